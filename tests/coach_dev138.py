# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 138 (5 December 2026, round 23, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a deacon father and a church-choir mother, scripture and sermon cadence bent into irony: sarcasm and absolutes most, then blame. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV138_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.87 (69/79; the rules alone 57/79): absolute 15/17, blame 12/14, hearsay 15/16, sarcasm 10/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

At merge, before it was trained on: with main a6c7782, rules and model 0.90 (71/79; the rules alone 59/79): absolute 15/17, blame 12/14, hearsay 15/16, sarcasm 12/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/43 (4.7%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV138_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every Sunday I stand at the door shaking hands, and every Sunday you've slipped out the side before the benediction.",
        {"absolute"},
    ),
    (
        "You have not kept one promise you made to your mother since Easter, not a single one.",
        {"absolute"},
    ),
    ("Son, you never once came home when you said you would, not in three years.", {"absolute"}),
    (
        "Whenever Pastor Lewis asks about you I have to make something up, because you're always off somewhere drinking.",
        {"absolute"},
    ),
    (
        "You lie to me every time you open your mouth about where those pills come from.",
        {"absolute"},
    ),
    (
        "Nothing I say gets through to you Darnell, it never has and I am tired of preaching to an empty room.",
        {"absolute"},
    ),
    (
        "Marcus, you forget every birthday, every recital, every anniversary, regular as the offering plate.",
        {"absolute"},
    ),
    (
        "You constantly have an excuse ready, the car, the boss, the weather, the Lord's own timing.",
        {"absolute"},
    ),
    ("You have not been sober one Christmas Eve since you turned nineteen.", {"absolute"}),
    (
        "Every dollar your daddy and I ever handed you went straight to the man on Dupree Street.",
        {"absolute"},
    ),
    (
        "Your father asks you to help set up the fellowship hall and you dont ever show, not ever.",
        {"absolute"},
    ),
    (
        "You always end up back at the bottle by Friday night, Delia, no matter what you swore to me on Monday.",
        {"absolute"},
    ),
    (
        "Not one time this year have you made it through a whole choir rehearsal without stepping out to use.",
        {"absolute"},
    ),
    (
        "Your late to everything now, every single thing, and u dont even bother to call.",
        {"absolute"},
    ),
    ("Each time a paycheck comes in it is gone before Sunday school starts.", {"absolute"}),
    ("Your mother weeps through the offertory hymn, and that is your doing.", {"blame"}),
    (
        "I had to step down as chairman of the deacon board, and I want you to understand it was on account of the way you've been carrying on.",
        {"blame"},
    ),
    (
        "You tore this family clean in two and left the rest of us to sweep up the pieces.",
        {"blame"},
    ),
    (
        "After all the nights I sat up on my knees praying over you, this is how you repay me?",
        {"blame"},
    ),
    (
        "It was your drinking that put your father in St. Joseph's with his heart, and I will not pretend otherwise.",
        {"blame"},
    ),
    ("You traded your children's Christmas morning for a bag of pills.", {"blame"}),
    (
        "This family was whole before the pills, and you're the one who let them break it.",
        {"blame"},
    ),
    (
        "The choir director asked me to sit out the Easter cantata, and I lay that at your feet.",
        {"blame"},
    ),
    (
        "Whatever becomes of this marriage, Jerome, you are the one who brought us to this place.",
        {"blame"},
    ),
    (
        "You broke your grandmother's heart, and she went home to glory still worrying over you.",
        {"blame"},
    ),
    (
        "Look around at what the meth has made of this house, and you are the one who opened the door to it.",
        {"blame"},
    ),
    ("I poured my whole life into you and you spent it on cocaine.", {"blame"}),
    (
        "Our name used to mean something at Greater Mount Zion until you drug it through the mud.",
        {"blame"},
    ),
    ("Dont you dare tell me the devil did this, you did it with your own two hands.", {"blame"}),
    (
        "Praise the Lord, you made it to your own daughter's baptism, only forty minutes late and smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "What a fine witness you were at Aunt Ruth's funeral, stumbling up to the casket in front of the whole church.",
        {"sarcasm"},
    ),
    (
        "A real prodigal son you are, except you never come home for the fatted calf, only for my pocketbook.",
        {"absolute", "sarcasm"},
    ),
    (
        "Blessed are the pill takers, for they shall sleep through Sunday service; I guess that's the gospel according to you.",
        {"sarcasm"},
    ),
    (
        "Congratulations on DUI number three, son, you're really making a name for yourself in Bibb County.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for singing along drunk at the children's Christmas pageant, I'm sure they'll treasure the memory.",
        {"sarcasm"},
    ),
    (
        "You were a real light unto the world on Mother's Day, passed out on the porch swing before the ham was even carved.",
        {"sarcasm"},
    ),
    (
        "I'm sure the Lord is mighty impressed with how faithfully you attend the liquor store.",
        {"sarcasm"},
    ),
    ("Oh yes, you're 'just tired' again, the most tired man in all of Macon.", {"sarcasm"}),
    (
        "Hallelujah, you finally remembered my phone number, and it only took one night in the county jail.",
        {"sarcasm"},
    ),
    (
        "What a testimony you gave the deacons' wives, nodding off in the fellowship hall with your plate in your lap.",
        {"sarcasm"},
    ),
    (
        "Such a good steward you've been with your inheritance, selling your granddaddy's watch for a weekend of crack.",
        {"sarcasm"},
    ),
    (
        "Well done, good and faithful servant, you kept the dealer in business all year long.",
        {"sarcasm"},
    ),
    (
        "You've got it all 'under control,' same as you had the kitchen fire under control last spring.",
        {"sarcasm"},
    ),
    (
        "Mister Responsible here can't hold a job bagging groceries at the Piggly Wiggly for two whole weeks.",
        {"sarcasm"},
    ),
    (
        "Sister Hawkins saw you outside the Shell station at two in the morning and told the entire prayer circle.",
        {"hearsay"},
    ),
    (
        "Your supervisor at the plant phoned the house to say you were slurring on the line.",
        {"hearsay"},
    ),
    ("Reverend Tate let it slip that you asked him for money twice last month.", {"hearsay"}),
    (
        "From what your cousin Dwayne says, you've been buying Percocet off some boy in his building.",
        {"hearsay"},
    ),
    ("Word around the church is you came to usher board meeting high as a kite.", {"hearsay"}),
    (
        "Your ex-wife tells me the children found a needle under the seat of your truck.",
        {"hearsay"},
    ),
    (
        "The Pattersons next door say you were hollering out in the yard till the police pulled up.",
        {"hearsay"},
    ),
    (
        "Mrs. Odom from the alto section mentioned she smelled liquor on you at the fish fry.",
        {"hearsay"},
    ),
    (
        "They tell me down at the barbershop you've been sleeping in your car behind the Kroger.",
        {"hearsay"},
    ),
    (
        "Your roommate texted your daddy that you hadn't left your room in four days except to go get more.",
        {"hearsay"},
    ),
    (
        "Supposedly you told Kendra you'd been clean since June, and she knew good and well it was a lie.",
        {"clean", "hearsay"},
    ),
    (
        "Deacon Pruitt's boy says you were the one passing out pills at the youth lock-in.",
        {"hearsay"},
    ),
    (
        "The lady at the credit union called me and said you tried to cash a check with my signature on it.",
        {"hearsay"},
    ),
    (
        "Your little brother overheard you on the phone buying something, and he came and told me everything.",
        {"hearsay"},
    ),
    ("It's all over Facebook that you got thrown out of the Elks lodge for fighting.", {"hearsay"}),
    (
        "I'm worn out sitting in the pew beside a drunk and pretending to the congregation that nothing's wrong.",
        {"label"},
    ),
    (
        "My son the junkie, that's what they whisper in the vestibule, and Lord help me, they aren't wrong.",
        {"hearsay", "label"},
    ),
    (
        "You're a pill head, Tasha, and every choir robe in the closet won't cover that up.",
        {"label"},
    ),
    ("I need you to get clean before you set foot in that choir loft again.", {"clean"}),
    ("I'll believe it when you've stayed clean longer than a month.", {"clean"}),
    (
        "You are a disgrace to the Robinson name and to the pulpit your grandfather preached from.",
        {"insult"},
    ),
    ("Frankly you disgust me when you come in stinking of whiskey and wanting supper.", {"insult"}),
    (
        "A grown man of forty, living off his mama's Social Security, you ought to be ashamed of yourself.",
        {"insult"},
    ),
    ("Everybody at this table has agreed you've become a stranger and a liar.", {"insult", "we"}),
    ("All of us are sick to death of covering for you in front of the congregation.", {"we"}),
    ("Go to that program tomorrow morning or dont ever darken my door again.", {"threat"}),
    (
        "If you walk out of this room without saying yes, far as I'm concerned I buried a son today.",
        {"threat"},
    ),
    (
        "I've read enough to know you're a textbook narcissist, everything is about you.",
        {"absolute", "diagnosis"},
    ),
    ("You're in denial, baby, plain as day.", {"diagnosis"}),
    ("I think you're bipolar and the cocaine is just covering it up.", {"diagnosis"}),
]

DEV138_GOOD: list[str] = [
    "Son, I remember you at six years old, standing on a milk crate so you could see over the pulpit while I read the announcements.",
    "Your voice on 'Precious Lord' the summer you were fifteen still gives me chills when I think about it.",
    "I love you, Deja, and I am asking you to go to the treatment center in Columbia today.",
    "There's a bed waiting for you at Hope Springs this afternoon, and your daddy will drive you there himself.",
    "I've noticed you stopped coming to Wednesday night supper, and I miss seeing your face across the table.",
    "When you missed Kayla's recital last month my heart sank, because I know how much you love that child.",
    "I am scared, Jerome. I'm scared I'll get a phone call one night that I can't take back.",
    "You taught your little brother to ride a bike in the church parking lot, running behind him the whole way.",
    "I want my son back, the one who laughed so loud at the church picnic the pastor turned around to look.",
    "Please, baby, say yes today.",
    "I saw you asleep on the couch at noon on a Tuesday, and I didn't know what to do but pray.",
    "Grandbaby, your granddaddy's Bible is still on my nightstand waiting for you to read from it again.",
    "I've watched the weight fall off you this year, and it frightens me.",
    "I believe God made you for more than this, and I believe you can get well.",
    "Your hands used to shake only before a solo; now I see them shaking in the mornings.",
    "I remember shelling peas with you on Mama's porch and you making up silly words to the hymns.",
    "Treatment is not a punishment, baby, it's a door, and I'm asking you to walk through it.",
    "The night you didn't come home after the Homecoming service, I sat at the kitchen table till the sun came up.",
    "I'm proud to be your sister, and I want to be proud standing next to you at my wedding in June.",
    "Daddy, you walked me down the aisle at Bethel AME, and I want you there to hold my baby.",
    "I've made the arrangements, the insurance is approved, and I packed your bag with your favorite gray sweatshirt.",
    "Last Thanksgiving you slipped out during grace, and I found you in the garage shaking; that scared me more than anything.",
    "You have the gentlest way with the little ones in Sunday school, and they still ask me where Mr. Terrence went.",
    "I'm writing this because I love you too much to keep quiet anymore.",
    "Whatever has happened, you are still my child and there is room for you at my table.",
    "I'd give anything to hear you humming in the kitchen again while you fix your eggs.",
    "Baby girl, I want to hear you lead 'Total Praise' one more time with clear eyes.",
    "When I found the empty pill bottles behind the bathroom mirror, my stomach dropped.",
    "Your daughter drew a picture of you at the lake and put it on the refrigerator herself.",
    "I'm not here to lecture you. I'm here because I want you to live.",
    "Uncle Ray, you taught me to tie a tie before my first Easter speech, and I want you around to see me graduate.",
    "I felt so alone at the cookout when you fell asleep in the car and didn't come in.",
    "The program at Twin Lakes has a family week, and your mother and I have already signed up for it.",
    "I miss our long drives down to Savannah with the gospel station turned up too loud.",
    "You held my hand through chemo, Danny, and now I'm asking you to let me hold yours.",
    "I've seen the marks on your arms and I can't pretend I haven't.",
    "I got scared when you drove the kids home from vacation Bible school and swerved over the center line.",
    "I've been your wife twenty two years and I still want the next twenty two with you.",
    "Will you go with Brother Ellis to the intake appointment at ten o'clock?",
    "you were the funniest boy in the youth group and i want to hear that laugh again",
    "I keep your baby picture tucked inside my hymnal, right at 'It Is Well'.",
    "When you came by my office slurring last Friday, I felt hurt and embarrassed, and I'm telling you because I love you.",
    "Your nephew Caleb keeps your old baseball glove up on his shelf like a trophy.",
    "I know the pain after your back surgery was real, and I know the pills started there.",
    "I want to sit beside you on the front pew again, healthy and whole.",
]

DEV138_TRAPS: list[str] = [
    "My own daddy was a drunk, and I watched my mother carry that, so I know how heavy this is.",
    "I was an alcoholic for eleven years before I was ever ordained a deacon, and I'm not ashamed to tell you so.",
    "You told me in the car, 'Mama, I'm a junkie and I hate it,' and I have held on to the honesty in that.",
    "You are not an addict to me, you are my son, my firstborn.",
    "I will always love you, no matter what gets said in this room today.",
    "We always had fried chicken at Grandma Lou's after second service, remember?",
    "When you stood up and took your sixty-day chip, I wanted to shout 'well done, good and faithful servant,' and I meant every word.",
    "Saturday mornings you and I used to clean the sanctuary together, dusting every pew.",
    "Your doctor at Piedmont told us your liver numbers are bad, and I'm frightened for you.",
    "We went to the revival in Augusta every August when you were little.",
    "We love you and we are not going anywhere.",
    "Pastor says the Lord never gives up on anybody, and neither will I.",
    "Your cousin Tony was a pillhead all through high school and he's a youth pastor now, so I know people come back.",
    "I'm a sugar junkie myself, you know I can't pass up a slice of Sister Bea's pound cake.",
    "You said to me, 'Daddy, I'm pathetic,' and I need you to know I have never once thought that.",
    "The church van was dirty as sin after the youth trip and you washed it without anybody asking.",
    "Your great-uncle Otis died a lonely alcoholic in a boarding house in Dothan, and I will not lose you the same way.",
    "Every time I hear 'Amazing Grace' I think of you singing it at Grandma's homegoing.",
    "Nothing would make me happier than driving you to Hope Springs this afternoon.",
    "I'll never forget how you carried Mrs. Jenkins' groceries up three flights every Saturday.",
    "Dr. Patel said the word bipolar to you two years ago, and I wish we had helped you follow up on it.",
    "I was in denial a long time about how bad things had gotten, and I'm sorry for that.",
    "Your sponsor from last time, Mr. Gaines, still asks after you and sends his love.",
    "The only reason I'm writing this letter is that I love you.",
    "Because of you I learned to play spades, and I still can't beat you.",
    "You're the reason I went back to school, you believed in me when nobody else did.",
    "Shame on me for waiting this long to say something.",
    "I'd be a poor excuse for a father if I sat quiet while you suffered.",
    "I heard you singing in the shower last week, that old hymn from Sunday school, and I cried.",
    "Your boss Mr. Carter called to ask how he can support you, and he's holding your job till you're back.",
    "We all sang 'Blessed Assurance' at your christening, and your great-grandmother held you the whole time.",
    "The doctor told us you were going to be just fine after the wreck, and I thanked God out loud in that waiting room.",
    "Your brother was a heavy user of pain pills after his shoulder surgery, and he'll be in this room today cheering you on.",
    "Ms. Lottie says you're the sweetest young man who ever carried her hymnal, and she's right.",
    "I'm sick with worry most nights, and I'd rather tell you that than hide it.",
    "The crack in the kitchen window from when you threw that baseball at nine is still there, and I can't make myself fix it.",
    "Choir practice never felt right after you stopped coming, your alto part left a hole.",
    "I used to be a real stoner back at Fort Valley State, your mother can tell you, so I know how easy it is to slide.",
    "Your aunt Bernice was diagnosed with depression years ago, and getting treatment gave her back her life.",
    "Thank God you survived that overdose in March; the paramedic told me a few more minutes and we'd have lost you.",
    "Every Sunday since you moved out I've set a place for you anyway.",
    "Thanks for the card you mailed on my birthday, it truly meant the world to me.",
    "You always could make your mama laugh, even on the worst days.",
]

DEV138_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be paying your phone bill or your car insurance after this month.",
    "If you choose not to go, you're still welcome at Sunday dinner, but I won't let you spend the night at the house anymore.",
    "If you turn down help today, I'm going to stop covering for you with Pastor and the usher board, and I'll tell them the truth if they ask.",
    "Jerome, if your answer is no, the kids and I will stay at my sister's in Valdosta until you're in treatment, and I will still pick up when you call.",
]

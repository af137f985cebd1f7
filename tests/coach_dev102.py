# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 102 (4 December 2026, round 21, a second set of fresh writers, kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an aunt, uncle or grandparent with a religious, old-fashioned voice, gentle words over hard judgements: absolutes, blame, sarcasm and hearsay. The writer was asked to keep calm consequences apart, as
DEV102_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.85 (66/78; the rules alone 54/78): label 2/3, absolute 14/16, blame 13/16, sarcasm 10/15, diagnosis 1/2, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.86 (67/78; the rules alone 56/78): label 2/3, absolute 15/16, blame 13/16, sarcasm 10/15, diagnosis 1/2, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV102_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every Sunday for two years your seat in the pew has sat empty, and you havent called one time to tell me why.",
        {"absolute"},
    ),
    (
        "Honey, you never come to family supper anymore without that marijuana smell hanging on your coat.",
        {"absolute"},
    ),
    (
        "Each and every time your Grandpa asks you to help with the fence, you have an excuse ready before he finishes asking.",
        {"absolute"},
    ),
    ("You aint kept a single promise to me since Easter, Dwayne, not a one.", {"absolute"}),
    (
        "The Lord knows I've prayed, but you forget every word I say the minute you walk out of my kitchen.",
        {"absolute"},
    ),
    (
        "Whenever I phone you its the same slurred hello, no matter what hour of the day I try.",
        {"absolute"},
    ),
    (
        "Every holiday since you turned twenty you have come through my door smelling of whiskey.",
        {"absolute"},
    ),
    ("You cant get through one evening without a can of beer in your hand, Michael.", {"absolute"}),
    ("Not a day goes by that you aren't high by noon, I see it in them eyes.", {"absolute"}),
    (
        "You are forever saying you'll quit come Monday, and Monday never does come for you.",
        {"absolute"},
    ),
    (
        "All you do anymore is sit down in that basement with the smoke and the video games.",
        {"absolute"},
    ),
    ("You have broken every last promise you ever made to your mother.", {"absolute"}),
    ("Nothing your Aunt Ruth says to you ever sinks in, bless your heart.", {"absolute"}),
    (
        "With you its one more beer and one more beer, Jimmy, it don't ever stop at one.",
        {"absolute"},
    ),
    (
        "You havent been sober for a single one of our birthday dinners in three years.",
        {"absolute"},
    ),
    (
        "Your mother has cried herself to sleep more nights than I can count, and that sits on your shoulders, son.",
        {"blame"},
    ),
    (
        "Your Grandpa's heart gave out from worrying over you, and I think deep down you know it.",
        {"blame"},
    ),
    ("You picked that bottle over your own little girl, and the Lord saw you do it.", {"blame"}),
    (
        "After all the years I drove you to Sunday school and helped pay for your schooling, this is the thanks I get?",
        {"blame"},
    ),
    ("Your drinking is what tore this family clean in half, plain and simple.", {"blame"}),
    (
        "It was your doing that Lacey packed up the baby and went home to her folks in Tulsa.",
        {"blame"},
    ),
    (
        "How a boy raised in the Lord's house could stand up at his cousin's wedding reeking of pot, I will not understand.",
        {"blame"},
    ),
    ("Your Daddy lost his place at the mill from all the worry you heaped on him.", {"blame"}),
    (
        "We sold the lake cabin to pay your court fees, so dont you tell me your habits only hurt yourself.",
        {"blame"},
    ),
    (
        "Your Grandma was doing just fine before you moved back in, Kyle, and now look at her.",
        {"blame"},
    ),
    ("The reason your sister wont bring her kids around anymore is you and that weed.", {"blame"}),
    (
        "You ruint Thanksgiving for every one of us, and your Grandpa had to say the blessing with tears running down his face.",
        {"blame"},
    ),
    ("Look at the mess you have made of your poor mama's life.", {"blame"}),
    (
        "I gave you my car, my savings and my prayers, and you gave me back nothing but heartache.",
        {"blame"},
    ),
    (
        "You'd rather sit and smoke with your buddies than go visit your Grandma in the hospital, and she noticed, believe me.",
        {"blame"},
    ),
    ("It's your fault Uncle Dale wont even come to the reunion anymore.", {"blame"}),
    (
        "Well wasn't that a fine Christmas present, you passed out on the davenport before we even said grace.",
        {"sarcasm"},
    ),
    (
        "You sure made your Grandpa proud, stumbling into the funeral home with beer on your breath.",
        {"sarcasm"},
    ),
    (
        "What a blessing it was to have you up in the choir loft with your eyes all red and glassy.",
        {"sarcasm"},
    ),
    ("Real responsible of you to drive the church van after three beers, Travis.", {"sarcasm"}),
    (
        "I suppose you're just 'unwinding' again, like you've been unwinding since 2019.",
        {"sarcasm"},
    ),
    (
        "Congratulations, you finally found something you stick with every single day, and its that pipe.",
        {"absolute", "sarcasm"},
    ),
    ("Such a gentleman you were at Easter dinner, cussing at your aunt over the ham.", {"sarcasm"}),
    (
        "Nice of you to grace us with your presence for ten whole minutes before you snuck out to your truck to drink.",
        {"sarcasm"},
    ),
    (
        "Your Grandma was just tickled to see her only grandson asleep in the pew smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "Oh you were a big help at the fish fry, dropping the whole tray of catfish and giggling at nothing.",
        {"sarcasm"},
    ),
    (
        "Mighty generous of you to spend your Grandpa's birthday money on a bag of weed.",
        {"sarcasm"},
    ),
    (
        "You told me you had it all 'under control', and I reckon under control means you in the ditch on Route 9 at two in the morning.",
        {"sarcasm"},
    ),
    (
        "That was some fine example you set for the little cousins, Bobby, smoking on the back porch during Vacation Bible School.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for showing your nephew how to roll a joint, I'm sure he'll go far.",
        {"sarcasm"},
    ),
    (
        "What a proud day for the family when the sheriff carried you home from the church picnic.",
        {"sarcasm"},
    ),
    (
        "Pastor Jim mentioned you've been stopping in at the liquor store on Main before lunch.",
        {"hearsay"},
    ),
    (
        "Your cousin Becky let slip that you spent the whole weekend smoking marijuana in her garage.",
        {"hearsay"},
    ),
    ("Word at Wednesday prayer meeting is that you lost your job at the feed store.", {"hearsay"}),
    (
        "Mrs. Dobbins next door says she sees you weaving out to the mailbox most mornings.",
        {"hearsay"},
    ),
    (
        "From what your brother tells me, you been drinking in the truck before your shift.",
        {"hearsay"},
    ),
    (
        "I hear tell you got thrown out of the VFW hall for starting a fight with the Miller boy.",
        {"hearsay"},
    ),
    ("The ladies in my Bible study say their grandsons buy their weed off of you.", {"hearsay"}),
    (
        "Your landlord phoned me Tuesday and said the rent is two months behind and the whole place stinks of pot.",
        {"hearsay"},
    ),
    (
        "Somebody from church saw you passed out behind the Dollar General, Lord help us.",
        {"hearsay"},
    ),
    (
        "Your ex-wife told your Mamaw you cant be trusted with the boys on weekends no more.",
        {"hearsay"},
    ),
    (
        "They tell me down at the barber shop you been sitting at the tavern til closing.",
        {"hearsay"},
    ),
    (
        "Coach Henley called your Grandpa and said you showed up stoned to help with the Little League practice.",
        {"hearsay"},
    ),
    ("Supposedly you wrecked Aunt Peg's golf cart at the reunion, or so I was told.", {"hearsay"}),
    (
        "Deacon Harris said he smelled liquor on you the day you came to fix the church furnace.",
        {"hearsay"},
    ),
    (
        "Your girlfriend let on to me that you light up before you even brush your teeth.",
        {"hearsay"},
    ),
    (
        "It grieves me to say it, but you have turned into a drunk just like your granddaddy Earl.",
        {"label"},
    ),
    (
        "I've prayed on it every night, but a pothead cant raise babies, and that's what you've become.",
        {"label"},
    ),
    ("Lord forgive me, but our Danny is nothing but a lush these days.", {"label"}),
    (
        "The folks at First Baptist would help you get yourself clean if you'd only let them.",
        {"clean"},
    ),
    (
        "Your probation officer told your mother the last drug screen was dirty for marijuana again.",
        {"clean", "hearsay"},
    ),
    (
        "I pray every night you'll keep yourself clean long enough to see your baby girl baptized.",
        {"clean"},
    ),
    (
        "It shames me to admit my own nephew has become such a disgrace to the Porter name.",
        {"insult"},
    ),
    ("You ought to be ashamed of yourself before God and everybody in this room.", {"insult"}),
    (
        "What kind of Christian man lets his children find him high on the sofa at suppertime?",
        {"insult"},
    ),
    (
        "The whole family has talked it over and every one of us agrees you've gone too far this time.",
        {"we"},
    ),
    ("All of us at church are plumb worn out making excuses for you.", {"we"}),
    (
        "If you won't go to that treatment place, don't you ever set foot in this house again.",
        {"threat"},
    ),
    (
        "Either you get in that car to the rehab tomorrow or you are out of my will, and I mean it.",
        {"threat"},
    ),
    (
        "I believe in my heart you've got the depression, and that's why you smoke that marijuana all day.",
        {"diagnosis"},
    ),
    (
        "You have one of them borderline personalities, I seen it explained on a TV program and it's you to a T.",
        {"diagnosis"},
    ),
]

DEV102_GOOD: list[str] = [
    "I remember holding you at your baptism, you grabbed the preacher's glasses right off his face.",
    "Jesse, I love you and I have prayed for you every night since the day you were born.",
    "When you were eight you helped me plant tomatoes behind the parsonage and ate half of them right off the vine.",
    "I have noticed you dont come to Sunday dinner anymore, and I miss your laugh at my table.",
    "It scared me when you fell on my porch steps last month and couldn't remember it the next day.",
    "I'm worried about your health, honey, you've gotten so thin.",
    "Your Grandpa taught you to fish at Cedar Creek, and you were so proud of that first bluegill.",
    "I see a kind young man under all this, the one who shoveled old Mrs. Pruitt's walk without being asked.",
    "I am asking you today to accept the help that's been set up for you at Hope Springs.",
    "There's a bed waiting for you this afternoon, and your uncle will drive you there himself.",
    "I'm scared, Kayla, scared I'll get a phone call one night that I just can't bear.",
    "My heart broke when you didn't know who I was at the door on the Fourth of July.",
    "You used to read scripture out loud at my kitchen table just to make me smile.",
    "I dream of seeing you walk your daughter into church again with your head held high.",
    "The Lord put a gift in you, the way you play that old upright piano, and I want to hear it again.",
    "I felt so alone at your cousin's graduation when your seat stayed empty.",
    "I've watched your hands shake in the mornings and it frightens me.",
    "Please say yes today sweetheart, for yourself and for those two boys of yours.",
    "I'm eighty one years old and I want to see you well before the Lord calls me home.",
    "You were my first grandbaby, and I rocked you on this very porch.",
    "I love u more than words can say, and that's why I'm sitting here today.",
    "When you laughed at your Papaw's awful jokes the whole house lit up.",
    "I noticed you missed the last three choir practices, and Miss Ellen asked after you so kindly.",
    "I remember you carrying your little sister on your shoulders through the county fair.",
    "It hurt me when you raised your voice at your mama over the phone back in March.",
    "I want you to have the life God meant for you, with good work and a family that can lean on you.",
    "I felt afraid when I found the empty bottles stacked behind my woodshed.",
    "Your granddaddy's pocketknife is in my dresser drawer, waiting for the day you're ready to carry it.",
    "I was so proud of the man you were when you coached the peewee football team in '16.",
    "I worry something terrible when I can't reach you for days at a time.",
    "Will you please go with Pastor Ray this afternoon and give the program a fair chance?",
    "I pray you'll let these good people help you the way you'd help any one of us.",
    "I can still see you sneaking a slice of your mama's pound cake before supper.",
    "It broke my heart to see you sleeping in your car outside the Piggly Wiggly.",
    "I miss talking ballgames with you on the phone on Saturday nights.",
    "My hope is that next Christmas you'll be the one carving the turkey.",
    "Lily keeps your picture on her nightstand and asks me when you're coming to visit.",
    "I noticed your eyes were red and heavy when you stopped by on Tuesday.",
    "I'm worried about your lungs, honey, you coughed so hard the night you slept over.",
    "Thank you for fixing my gutters last fall, it meant the world to an old woman.",
    "Honey I dont want to lose you, I already buried one son and I can't do it again.",
    "The day you were confirmed was one of the happiest days of my whole life.",
    "I love the way you hum hymns when you're bent over a truck engine.",
    "I am asking you with all the love in this old heart to go to treatment today.",
    "I felt so helpless watching you try to get up out of that lawn chair at the reunion and not be able to.",
    "It would mean the world to your Mamaw if you'd say yes this morning.",
]

DEV102_TRAPS: list[str] = [
    "My own daddy was a drunk, and I watched it take him slow, so I know how hard this is.",
    "I was a heavy drinker myself until I was forty, and the Lord and AA pulled me through.",
    "I'll love you always, whatever you decide today.",
    "I never quit praying for you, not a single night.",
    "You once told me, 'Aunt Rose, I'm just a pothead and I'll never change,' and I didn't believe it then and I don't believe it now.",
    "You're no pothead in my eyes, you're the sweet boy who brought me dandelions in a jelly jar.",
    "We always ate fried chicken at Grandma's after church, and you said the blessing louder than anybody.",
    "You did a wonderful job staying sober those six weeks last spring, I was so proud I told the whole prayer circle.",
    "The doctor at St. Mary's said your blood pressure is dangerously high, and I am so scared for you, honey.",
    "We went camping at Lake Murray every summer and you caught the biggest catfish any of us ever saw.",
    "Your Papaw used to clean out the whole barn on Saturdays with you tagging along behind him.",
    "I'm a bit of a chocolate junkie myself, as you know from all those Easter baskets.",
    "Every time I hear Amazing Grace I think of you singing it at your Grandpa's funeral.",
    "We are all here today because we love you.",
    "Your Uncle Frank was an alcoholic for thirty years and he's been sober since 1998, so I know folks can heal.",
    "You kept that old Ford spotless and clean, washing it every Saturday in my driveway.",
    "Pastor always says 'God never gives up on His children,' and neither will I.",
    "You are not worthless and you never were, you are a child of God.",
    "I've never been prouder than the day you walked across that stage at Central High.",
    "When I was your age we called the boys behind the gym stoners, and half of them became deacons.",
    "I still have the dirty old ball cap you left on my porch the summer you were twelve.",
    "Your Aunt Carol is a recovering alcoholic, and she is sitting right here because she understands.",
    "I'm not crying because of you honey, I'm crying because I love you so much.",
    "You said to me once, 'Grandma, I feel like a disgrace,' and it broke my heart because you are no such thing.",
    "That was a real blessing when you drove me to my cataract surgery and held my hand the whole time.",
    "Thanks for helping at the church bake sale last fall, you sold every last pie on that table.",
    "I always keep the porch light on for you, just in case.",
    "If you say yes today, we'll all be right here cheering you on.",
    "Remember how we never missed a single fireworks show out at the county fairgrounds?",
    "Your great-grandpa was a mean drunk, and I thank the Lord every day you got your mama's gentle heart.",
    "I get sick to my stomach with worry when the phone rings late at night.",
    "Nothing in this world could ever make me stop loving you.",
    "You've always been the one who remembers my birthday, every year since you were six.",
    "I was hooked on pain pills myself after my back surgery in '09, a regular pillhead, and I know the shame of it.",
    "Doctor Patel told you your lungs sound rough, and I just want to see you breathing easy again.",
    "Honey, the Lord has never left your side, not once, and I won't either.",
    "We used to sit out on the dock every evening and watch the herons come in.",
    "You came home from basic training clean shaven and so handsome I cried.",
    "I'm not here to threaten you or shame you, that's not what love does.",
    "Mother always said a family that prays together stays together, and we sure did pray at your bedside when you had pneumonia.",
    "In my day folks called a fella like your great-uncle Horace a boozer and nobody lifted a finger to help him, and I won't let that happen again.",
    "I clean the church on Thursdays and I'd love for you to come help me like you did as a boy.",
    "You told me 'I don't want to be the drunk uncle at every party,' and that tells me you want something better.",
    "Proud doesn't begin to say how I felt the day you got your welding certificate.",
    "The doctor diagnosed your Grandma with dementia last year, and you were so gentle and patient with her.",
]

DEV102_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be giving you money for rent or anything else, though I will keep praying for you.",
    "If you don't go today, you won't be staying in my spare room anymore, and it will hurt me, but I'll do it out of love.",
    "If you choose not to go, I will stop driving you to work and I won't keep beer in this house for you.",
    "Should you say no, I will not cover for you with your mama again, and you won't be borrowing my truck.",
    "If you turn this down, I can't have you at the grandbabies' birthday parties while you're drinking, but my door opens the day you go get help.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 160 (5 December 2026, round 24, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Southern grandmother, sweet politeness with a knife in it ('bless your heart'): sarcasm most, then hearsay and absolutes. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV160_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.88 (58/66; the rules alone 43/66): label 3/4, absolute 14/16, insult 1/2, sarcasm 12/16, every other kind full; good 1/45 (2.2%; the rules alone 0), traps 4/44 (9.1%; the rules alone 4).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.86 (57/66; the rules alone 44/66): label 3/4, absolute 14/16, insult 1/2, hearsay 15/16, threat 2/3, sarcasm 13/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV160_FLAG: list[tuple[str, set[str]]] = [
    (
        "Bless your heart, you sure did make an entrance at Cousin Dale's funeral, stumbling in smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "Well aren't you just the picture of health, sleeping till three in the afternoon with your pill bottles lined up on the nightstand like little soldiers.",
        {"sarcasm"},
    ),
    (
        "It was real thoughtful of you to pawn your granddaddy's pocket watch, sugar, I'm sure the man at the pawn shop treasures it.",
        {"sarcasm"},
    ),
    (
        "My, what a fine Easter blessing it was to have you nodding off in the pew right in front of Pastor Jim.",
        {"sarcasm"},
    ),
    (
        "You've become quite the businessman, havent you honey, selling your mama's good silver one spoon at a time.",
        {"sarcasm"},
    ),
    (
        "I surely do admire how you can tell a fib with a straight face, darlin, it's a real God-given talent.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making it to Thanksgiving dinner only two hours late and only a little bit high, I know that took some doing.",
        {"sarcasm"},
    ),
    (
        "Aren't we lucky to have such a responsible young man minding the babies while he's passed out on my porch swing.",
        {"sarcasm"},
    ),
    (
        "Your driving has gotten so exciting since the pills, sweetheart, Mr. Purvis's mailbox never saw it coming.",
        {"sarcasm"},
    ),
    (
        "Well I declare, you must be the only man in Tupelo who can lose three jobs in one summer, that's a record worth framing.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for helping yourself to forty dollars out of my pocketbook, I'd hate for you to trouble yourself with asking.",
        {"sarcasm"},
    ),
    (
        'So you were "just tired" again at your sister\'s wedding, were you, just tired right into the punch bowl.',
        {"sarcasm"},
    ),
    (
        "Bless your heart, you must have been mighty busy to miss your own boy's birthday party, what with all that drinking to get done.",
        {"sarcasm"},
    ),
    (
        "Such a gentleman, letting your poor wife work doubles at the Piggly Wiggly so you can lay on the couch with your beer.",
        {"sarcasm"},
    ),
    (
        "I was just so proud watching my grandbaby get walked out of the VFW hall by two deputies, like a regular celebrity.",
        {"sarcasm"},
    ),
    (
        "What a sweet surprise to find your little glass pipe in my sewing basket, you sure know how to keep your Mamaw on her toes.",
        {"sarcasm"},
    ),
    (
        "Your Aunt Lorene told me she saw you buying a fifth of Jim Beam at the Dollar General at nine in the morning.",
        {"hearsay"},
    ),
    (
        "Brother Wayne from church mentioned after service that you'd been asking around the parking lot for pills.",
        {"hearsay"},
    ),
    (
        "The lady at the pharmacy let it slip that you tried to fill that Lortab prescription at three different stores.",
        {"hearsay"},
    ),
    (
        "Word around Greenville is you're running with that Tillman boy again, the one who cooks that mess in his daddy's barn.",
        {"hearsay"},
    ),
    (
        "Darlene from my Sunday school class says her nephew found you passed out behind the feed store.",
        {"hearsay"},
    ),
    (
        "Your foreman called the house looking for you and told me you hadnt shown up at the plant since Tuesday.",
        {"hearsay"},
    ),
    (
        "From what your cousin Missy tells me, you owe money to some mighty rough people over in Biloxi.",
        {"hearsay"},
    ),
    (
        "The girls down at the beauty shop were all abuzz about you getting thrown out of the Elks lodge.",
        {"hearsay"},
    ),
    (
        "Kaylee's teacher pulled me aside and said that child told the whole class her daddy sleeps all day.",
        {"hearsay"},
    ),
    (
        "I have it on good authority from Mrs. Ferrell next door that cars come and go from your trailer at all hours.",
        {"hearsay"},
    ),
    (
        "Now Bobby Ray swears up and down he saw you snorting something off a tailgate at deer camp.",
        {"hearsay"},
    ),
    (
        "Your ex-wife phoned me Sunday evening to say you've missed child support three months running.",
        {"hearsay"},
    ),
    (
        "Supposedly you told the man at the bank your Mamaw was dying and needed money, is that so?",
        {"hearsay"},
    ),
    (
        "The sheriff's wife told me right there in the checkout line that they've picked you up twice this spring.",
        {"hearsay"},
    ),
    (
        "Seems like the whole congregation at First Baptist knew you were drinking again before I did, I had to hear it from the preacher's wife.",
        {"hearsay"},
    ),
    (
        "Every blessed Sunday you promise me you'll come to church, and every blessed Sunday that pew sits empty.",
        {"absolute"},
    ),
    (
        "You havent told me the truth one single time since you moved into my spare room.",
        {"absolute"},
    ),
    (
        "Not a birthday goes by anymore that you dont show up with liquor on your breath.",
        {"absolute"},
    ),
    (
        "You forget every last thing I ask of you, honey, the trash, the dog, your own children.",
        {"absolute"},
    ),
    (
        "There's not a dime comes into your hands that doesn't go straight to those pills.",
        {"absolute"},
    ),
    ("You're forever borrowing and you have yet to pay back one red cent.", {"absolute"}),
    ("Each and every time I call you're either asleep or slurring your words.", {"absolute"}),
    (
        "You have not finished one thing you started in your whole life, not school, not the Army, not that fence.",
        {"absolute"},
    ),
    ("All you do anymore is sit in that recliner and drink.", {"absolute"}),
    ("You cant go one day, not one, without that bottle.", {"absolute"}),
    (
        "Nobody can say a word to you about anything without you flying off the handle.",
        {"absolute"},
    ),
    (
        "Whenever there's a family gathering you find a way to slip out to your truck with the cooler.",
        {"absolute"},
    ),
    ("It's lie after lie with you, day in and day out.", {"absolute"}),
    ("Three years now and not a single call to your mama on her birthday.", {"absolute"}),
    ("Anytime money goes missing in this house, it turns out to be you every time.", {"absolute"}),
    ("I never thought I'd live to see my own grandson turn into a common drunk.", {"label"}),
    ("Honey, your a pillhead, plain and simple, and it breaks my heart to say it.", {"label"}),
    (
        "Folks in this town know you as the Hollister boy who's a meth head, and that aint who I raised.",
        {"label"},
    ),
    ("I want you to get yourself clean before that baby comes in October.", {"clean"}),
    (
        "Your probation officer told me your last screen came back dirty for oxy.",
        {"clean", "hearsay"},
    ),
    (
        "Your granddaddy's heart gave out worrying over you, and I hold you responsible for that.",
        {"blame"},
    ),
    ("Your mama's bad nerves and every gray hair on her head, that's your doing, son.", {"blame"}),
    ("You picked that needle over your own babies every chance you got.", {"absolute", "blame"}),
    ("I am ashamed to tell the ladies at church that you're kin to me.", {"insult"}),
    ("You look like something the cat drug in, and u smell worse.", {"insult"}),
    ("Every one of us at this table has had our fill of your carrying on.", {"we"}),
    (
        "The whole Pritchard family has decided you cant be trusted around the good silver anymore.",
        {"we"},
    ),
    (
        "You get in that car to the treatment place today or dont you ever darken my door again.",
        {"threat"},
    ),
    (
        "If you dont go, I'll write you out of my will and you can explain that to Jesus.",
        {"threat"},
    ),
    (
        "I believe deep down you're one of them narcissists, darlin, everything has to be about you.",
        {"diagnosis"},
    ),
    (
        "Anybody with eyes can see you're in denial, sugar, plain as the nose on your face.",
        {"diagnosis"},
    ),
    ("Either you quit being a junkie or you quit being part of this family.", {"label", "threat"}),
]

DEV160_GOOD: list[str] = [
    "Travis, I remember you at six years old standing on a milk crate to help me roll out biscuit dough.",
    "You used to sit in my lap on the porch and count lightning bugs till you fell asleep.",
    "I'm writing this because I love you more than I know how to say out loud.",
    "When your granddaddy passed, you were the one who held my hand at the graveside, and I hold onto that to this day.",
    "I miss hearing you whistle when you come up the gravel drive.",
    "Lately I've seen your hands shake when you pour your coffee, and it scares me.",
    "You dont eat my fried okra anymore, and you used to go back for thirds.",
    "Honey, there's a bed waiting for you at a place in Jackson, and I'll drive you there myself this afternoon.",
    "I want my great-grandbabies to know the same sweet boy I raised up.",
    "It hurt me when you missed Kaylee's dance recital, because I know how bad she wanted you there.",
    "I'm eighty-one years old and I'd like to see you well before the Lord calls me home.",
    "Do you remember teaching me how to use that fancy phone so I could see pictures of the grandbabies?",
    "You have the kindest heart of anybody in this family, and I see it even on the hard days.",
    "I got so scared last March when I found you on the bathroom floor and couldn't wake you for a minute.",
    "Please say yes today, sugar, and let these good people help you.",
    "Your mama and I have been praying over you at supper.",
    "I still have the birdhouse you built me in fourth grade hanging by the kitchen window.",
    "I've watched you lose so much weight this year that your belt is on the last notch.",
    "The treatment center has a little chapel, and the lady there said I can visit on Sundays.",
    "Son, I'm not here to shame you, I'm here because I want you back.",
    "I remember how proud you were the day you got your CDL and drove that big rig past my house honking the horn.",
    "It grieves me that I keep my purse locked in the car now when you come to visit.",
    "You taught your little brother how to throw a curveball and he still talks about it.",
    "I'm asking you to go with Pastor Mike today and get the help you deserve.",
    "You've got your granddaddy's laugh, and I've missed hearing it in this house.",
    "When you smile I still see that little towheaded boy chasing chickens round the yard.",
    "When you stayed here at Easter you wore the same shirt four days, and that isnt like you.",
    "My sweet girl, you were the first grandbaby I held, and I held on tight.",
    "Tonya, I remember you singing Amazing Grace at the homecoming service with folks wiping their eyes in the pews.",
    "I want you there when Jolene graduates from high school next May.",
    "I'm not mad at you, honey, I'm worried sick.",
    "The doctor at the center says they can ease the sickness from coming off the pain pills so you won't have to suffer through it.",
    "I'd rather sit with you in a hospital waiting room than stand over you at a funeral.",
    "Remember that summer you painted my whole fence and wouldnt take a penny for it?",
    "I believe in you, and I believe you can get well.",
    "It broke my heart watching you drive off from the reunion with your little boy crying in the yard.",
    "You are loved, and you are worth fighting for.",
    "I've got your room ready at my house for when you come home from treatment.",
    "My hope is that next Christmas you'll be carving the ham beside me, clear-eyed and laughing.",
    "Your hugs are the best part of my week, and I've had fewer of them lately.",
    "I know you're hurting inside, baby, and there is help out there for exactly this.",
    "I packed you a bag with your good pajamas and the quilt with the yellow stars.",
    "The folks at Pine Grove are ready for you right now, and they are holding a bed in your name.",
    "Your Paw-Paw wanted me to tell you he's proud of the man you were before the pills, and he knows that man is still in there.",
    "You used to call me after the Ole Miss game on Saturdays just to hear my voice.",
]

DEV160_TRAPS: list[str] = [
    "My own daddy was a drunk, and I watched my mama cry over him for thirty years.",
    "I'm always gonna love you, whatever road this takes us down.",
    "You told me yourself, 'Mamaw, I'm a junkie and I cant stop,' and I've carried those words in my heart ever since.",
    "You are not an addict to me, you are my grandson and you are sick.",
    "Lord knows I'm a sugar junkie myself, and you always teased me about how sweet I make my tea.",
    "Sundays after church we'd always fry chicken together, you at the flour and me at the skillet.",
    "You did a fine job getting those thirty days last fall, honey, and I keep the chip you gave me tucked in my Bible.",
    "Dr. Whitfield sat us down and said your liver enzymes are three times what they ought to be, and I want you around a long time.",
    "I have never once stopped setting your place at Sunday dinner.",
    "Your great-uncle Hollis was an alcoholic, and he got sober at sixty-two, so it's not too late for anybody.",
    "You helped me clean out the attic last spring and found my wedding veil, and I cried like a baby.",
    "We went to Gulf Shores every summer when you were small and you'd bury me up to my neck in sand.",
    "After my hip surgery I was a pill user myself for a while, so I know a little about how hard it is to stop.",
    "The ER doctor said you have pancreatitis from the drinking, and I want you to let them treat it proper.",
    "Every time I see a red pickup go by I think of you and smile.",
    "Your sponsor Earl is a good man, and I was so glad when you found him.",
    "I heard you laughing with your little girl in my backyard last week and it was the sweetest sound on earth.",
    "The church ladies say I make the best pound cake in Lamar County, and I'll mail you one every week you're in treatment.",
    "We all love you, every last one of us sitting in this room.",
    "I keep your room clean and the sheets fresh for the day you come home.",
    "Your mud boots are still sitting dirty by the back door where you left them, and I cant bring myself to wash them.",
    "You never once forgot to bring me daffodils on Mother's Day when you were a boy.",
    "When I was young I was a wild thing and a disgrace to my mama, and the Lord turned me around, so I know people can change.",
    "Your Paw-Paw went to his first AA meeting in 1979 and he used to say, 'I was a drunk but I wasn't a bad man.'",
    "You said to me, 'Mamaw, I'm sick and tired of being sick and tired,' and honey, I believe you.",
    "That pecan tree you planted out back is a pathetic little thing and hasn't given a single nut, but I wont let anybody cut it down.",
    "We used to stay up past midnight watching Andy Griffith reruns and eating boiled peanuts out of a paper sack.",
    "I am so proud of you for staying sober that whole year you were up in Nashville, that was no small thing.",
    "Your counselor at the clinic explained to me that addiction is a disease, and that helped me understand a whole lot.",
    "My sister Ruth calls herself a chocoholic and a coffee fiend, and you used to tease her something awful.",
    "You always were my best helper in the garden, pulling weeds without being asked.",
    "Dr. Simmons did tell us you have hepatitis C, and they have medicine for that now, so please let them help you.",
    "Shame on me for waiting so long to say all this to you out loud.",
    "I was in denial myself for a long time, telling everybody at church you just had a bad back.",
    "That old hound of yours is a worthless guard dog, sleeps through everything, but he lays by the door waiting on you every night.",
    "Your daddy used to say you were the finest shortstop in Rankin County, and he was right.",
    "Thank you for fixing my screen door last month, that was real sweet of you and it still shuts just right.",
    "Bless your heart, you were so wore out after that double shift at the mill, and you still drove by to check on me.",
    "Bless your heart, child, I know you're hurting something terrible.",
    "I never did learn to make cornbread like my mama's, but you always said mine was better anyhow.",
    "My brother Lyle died a junkie in a motel room in Memphis, and I will not lose you the same way.",
    "What a blessing it was to watch you walk your sister down the aisle when your daddy couldnt.",
    "I heard the preacher say Sunday that nobody is too far gone for grace, and I thought of you.",
    "Every morning I set a cup of coffee out for you on the porch rail, just in case.",
]

DEV160_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, honey, I won't be paying your light bill or your truck note anymore.",
    "If you choose not to go, you can't stay in my spare room past the first of the month, but I will keep loving you from a distance.",
    "Sugar, I won't be handing you any more cash, I'll only pay for treatment, and that's settled.",
    "If you turn this down, I'll still pick up when you call, but I won't drive over at midnight to get you out of trouble again.",
]

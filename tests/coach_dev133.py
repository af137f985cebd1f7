# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 133 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grandparent who taught school for forty years and grades even in anger: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV133_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.86 (63/73; the rules alone 55/73): label 1/2, absolute 17/18, we 1/2, sarcasm 15/22, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

At merge, before it was trained on: with main bfd6408, rules and model 0.86 (63/73; the rules alone 55/73): label 1/2, absolute 17/18, we 1/2, sarcasm 15/22, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV133_FLAG: list[tuple[str, set[str]]] = [
    (
        "Gold star for making it to Thanksgiving only two hours late and smelling like a brewery, Tyler.",
        {"sarcasm"},
    ),
    (
        "An A-plus performance at your cousin's graduation, asleep in the parking lot before they even called Emma's name.",
        {"sarcasm"},
    ),
    (
        "If they handed out report cards for hiding bottles behind the paint cans in the garage, you would be valedictorian.",
        {"sarcasm"},
    ),
    ("Congratulations on your perfect attendance at the liquor store on Elm Street.", {"sarcasm"}),
    (
        "Top marks for creativity, telling me the pills in your jacket were your buddy's 'allergy medicine.'",
        {"sarcasm"},
    ),
    (
        "What a fine example you set for little Mason, nodding off on my sofa at noon on a Tuesday.",
        {"sarcasm"},
    ),
    (
        "You really outdid yourself at Easter dear, I didnt know a grown man could fall face first into the ham.",
        {"sarcasm"},
    ),
    (
        "I'd put that stunt at your sister's wedding on the honor roll of bad decisions.",
        {"sarcasm"},
    ),
    ("Well done Jordan, you managed to pawn your grandfather's watch in record time.", {"sarcasm"}),
    (
        "Such a responsible young man, borrowing forty dollars for 'gas' three times in one week from a retired teacher.",
        {"sarcasm"},
    ),
    (
        "Bravo on the eulogy you gave for Pop, slurring every other word, I'm sure he was just beaming.",
        {"sarcasm"},
    ),
    (
        "You deserve extra credit for finding a new pharmacy every month, that takes real initiative.",
        {"sarcasm"},
    ),
    (
        "Your 'little headache' lasted the whole Fourth of July weekend, what a brave trooper you are.",
        {"sarcasm"},
    ),
    (
        "I suppose sleeping through your daughter's piano recital earns you a sticker too?",
        {"sarcasm"},
    ),
    (
        "Mighty impressive how you can put away a whole case and still find your way to the coffee can where I keep my grocery money.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you were just 'resting your eyes' when the skillet caught fire. Brilliant thinking.",
        {"sarcasm"},
    ),
    (
        "Lovely manners, bringing a flask in your boot to my retirement party in front of all my old colleagues.",
        {"sarcasm"},
    ),
    (
        "I'll write you a glowing reference: prompt to every happy hour and never misses a refill.",
        {"absolute", "sarcasm"},
    ),
    (
        "What a dependable grandson, I can count on you every year to forget my birthday and remember payday.",
        {"absolute", "sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence for twenty whole minutes at Christmas before you 'had somewhere to be.'",
        {"sarcasm"},
    ),
    (
        "Maybe I should stick the DUI notice on the fridge next to your kindergarten drawings, seeing how proud of it you seemed.",
        {"sarcasm"},
    ),
    (
        "Your 'one beer' at the lake turned into eleven, but at least your counting has improved since third grade.",
        {"sarcasm"},
    ),
    ("You never once called me back when I left messages about Grandpa's surgery.", {"absolute"}),
    (
        "Every holiday since you turned nineteen you have walked through my door drunk.",
        {"absolute"},
    ),
    (
        "You always have an excuse ready, the car, the boss, the weather, and its never your fault.",
        {"absolute"},
    ),
    ("Not one time this whole year have you kept a promise you made to me.", {"absolute"}),
    ("Any time I turn my back, my pill bottle comes up short.", {"absolute"}),
    (
        "You have never finished a single thing you started, not school, not the job at the mill, not the program in Dayton.",
        {"absolute"},
    ),
    (
        "Each and every Sunday you promise to come to church and each and every Sunday you are sleeping it off.",
        {"absolute"},
    ),
    ("You are forever asking for money and you have not paid back a single cent.", {"absolute"}),
    (
        "Whenever there's a family dinner you disappear into the bathroom and come back glassy eyed.",
        {"absolute"},
    ),
    ("You don't ever think about anybody but yourself anymore.", {"absolute"}),
    (
        "My phone only rings when you need something, never just to say hello to your Nana.",
        {"absolute"},
    ),
    ("You drink every night without exception, I have watched it for three years.", {"absolute"}),
    ("Not one ball game, birthday or school play of your boy's have you made it to.", {"absolute"}),
    ("u never listen Danny, not to me, not to your mother, not to anybody", {"absolute"}),
    ("You're late to everything and sober for nothing.", {"absolute"}),
    (
        "Forty years of grading papers and I never saw anyone lie as much as you do, you lie about every last thing.",
        {"absolute"},
    ),
    (
        "Your grandfather's heart gave out from worrying about you, and I hold you responsible for that.",
        {"blame"},
    ),
    ("I spent my pension getting you through college and this is how I get repaid.", {"blame"}),
    ("Your mother cries herself to sleep most nights and that is your doing.", {"blame"}),
    ("You picked the bottle over your own children, plain and simple.", {"blame"}),
    ("This family was whole until your drinking tore it down the middle.", {"blame"}),
    (
        "All those years I sat with you over homework and drove you to practice, and you throw it all back in my face.",
        {"blame"},
    ),
    (
        "What on earth possessed you to steal my pain pills two days after my hip surgery?",
        {"blame"},
    ),
    (
        "Lily lost her scholarship because she spent her senior year cleaning up your messes.",
        {"blame"},
    ),
    ("You broke this family and you know it.", {"blame"}),
    (
        "I lost the lake house because I cosigned for you, so dont tell me your using hurts nobody.",
        {"blame"},
    ),
    ("Just look at the mess you've left for Rachel to sort out alone.", {"blame"}),
    (
        "Christmas is spoiled for the little ones for good, and that rests on your shoulders Kyle.",
        {"blame"},
    ),
    ("Your aunt Margaret told me she saw you buying pills behind the Speedway.", {"hearsay"}),
    (
        "Mrs. Kowalski from church says you were passed out in her driveway last Thursday.",
        {"hearsay"},
    ),
    (
        "According to your ex-wife, you've been drinking in the truck before your shift.",
        {"hearsay"},
    ),
    (
        "Your manager at the warehouse phoned me to say they sent you home for smelling of liquor.",
        {"hearsay"},
    ),
    (
        "The neighbors have been talking, they say you're out in the yard hollering at all hours.",
        {"hearsay"},
    ),
    (
        "Word around town is that you've been going to doctors in three different counties for those pills.",
        {"hearsay"},
    ),
    (
        "Your little brother let it slip that you've been crushing and snorting the pills now.",
        {"hearsay"},
    ),
    ("Carol at the bank mentioned you tried to cash one of my checks without asking.", {"hearsay"}),
    ("I never imagined I would have a drunk for a grandson.", {"label"}),
    ("You've turned into a pill junkie, Tyler, and I won't pretend otherwise.", {"label"}),
    ("When are you going to get yourself clean for good?", {"clean"}),
    ("Your probation officer says your last two screens came back dirty.", {"clean", "hearsay"}),
    ("I'm ashamed to call you my grandson, you are an embarrassment to this family.", {"insult"}),
    ("Frankly you look disgusting, like something that got dragged out of the river.", {"insult"}),
    ("Every one of us around this table is fed up to here with your lies.", {"we"}),
    ("The whole family has decided you can't be trusted around the children anymore.", {"we"}),
    ("Go to treatment tomorrow or don't bother calling me Grandma ever again.", {"threat"}),
    (
        "If you walk out of this room I'm writing you out of my will and you won't set foot in my house again.",
        {"threat"},
    ),
    (
        "You're a textbook narcissist, I saw plenty of them in my classroom and I see one in you.",
        {"diagnosis"},
    ),
    (
        "Anybody can see you're in denial, and probably manic depressive on top of it.",
        {"diagnosis"},
    ),
]

DEV133_GOOD: list[str] = [
    "Dear Tyler, I am writing this letter because I love you more than I know how to say out loud.",
    "I taught school for forty years and you were the brightest little face I ever saw across a kitchen table.",
    "I remember you at six, sounding out every word on the cereal box and grinning when you got it right.",
    "When you were nine you built me a birdhouse from scraps in Grandpa's shed, and it still hangs by the back porch.",
    "Lately I have seen you lose weight and stop eating Sunday dinner with us, and it frightens me.",
    "Last month you fell asleep in the middle of telling me a story, and I sat there holding your hand.",
    "I miss the boy who read Hatchet three times in one summer and wanted to live in the woods.",
    "I have noticed bottles in the recycling that you hid under newspapers, and it breaks my heart.",
    "When I found my pain pill bottle empty in March, I felt scared, not angry.",
    "I hope one day you'll sit on my porch again and we will do the crossword in pen like we used to.",
    "You are so much more than what the pills have made of these last two years.",
    "I'm asking you to accept the help that is waiting for you today at Riverside.",
    "There's a bed ready for you this afternoon and your uncle will drive you there himself.",
    "Please say yes today, sweetheart, for you and for Mason.",
    "I worry every time the phone rings late at night that it'll be the hospital.",
    "At your cousin's wedding in June I watched you stumble on the dance floor and I felt so helpless.",
    "I loved how you used to call me on the first day of every school year just to wish me luck.",
    "You were the only grandchild who asked to help me grade spelling tests, and you took it so seriously.",
    "I have seen you miss work and lose the job you were proud of at the print shop.",
    "I believe in you, the same way I believed in every struggling student who came to my classroom.",
    "Your daughter asked me why Daddy sleeps so much, and I didnt know what to tell her.",
    "I'm not writing to scold you. I am writing because I want you alive.",
    "My fondest memory is you and Grandpa fishing off the dock at Lake Cumberland, both of you sunburned and laughing.",
    "Watching you shake in the mornings until you have a drink scares me more than anything has in my life.",
    "I know treatment is hard, and I know you can do hard things.",
    "I want to see you at Lily's graduation, clear-eyed and proud.",
    "You have a good heart, Jordan. I've known that since the day you were born.",
    "When you overdosed in October I sat in that waiting room and prayed harder than I ever have.",
    "I would give anything to hear you play guitar in the den again.",
    "I'm seventy-eight, honey, and I want my last years to include you healthy.",
    "I have felt lonely since you stopped coming by on Wednesdays.",
    "It hurt me when you didn't remember our conversation from the night before.",
    "Please go today. I will write to you every week you're there, real letters, with stamps.",
    "You taught yourself to change the oil in my Buick when you were fifteen and I bragged about it to the whole faculty lounge.",
    "I still have the Mother's Day card you made me in second grade with the glitter falling off.",
    "I saw the way your hands shook when you signed the birthday card for your mom.",
    "I want my grandson back, the one who laughed so hard at my bad jokes he snorted milk.",
    "Your son needs his father, and I believe you can be that father again.",
    "I am proud of who you were and I have hope for who you can still be.",
    "When you lost your license I felt sad for you, because I know how much you loved that old truck.",
    "I have watched the light go out of your eyes over the last year and I miss it terribly.",
    "the doctors and counselors there know what theyre doing, and i trust them with you",
    "Will you accept this gift of treatment today? I'm asking as your Nana who loves you.",
    "I remember you reading bedtime stories to your little sister, doing all the voices.",
    "Whatever happens today, I'm going to keep loving you.",
]

DEV133_TRAPS: list[str] = [
    "Gold star for your ninety days, Tyler, and I mean that with my whole heart.",
    "When I visited you at Riverside and watched you lead that group session, I was so proud I told everyone at church.",
    "Great job on getting your chip last spring, you earned every bit of it.",
    "I will always love you, no matter what happens in this room.",
    "I never stop praying for you, every single night before bed.",
    "You always had the neatest handwriting of any child I ever taught, including my own students.",
    "We always had pancakes on Saturday mornings at my house, and you always asked for the blueberry ones.",
    "We went to the state fair every August and you won me that ugly stuffed giraffe.",
    "My own father was a drunk, and I know what it does to a family because I lived it.",
    "Your great-uncle Walt was an alcoholic who got sober at sixty, so I know it can be done.",
    "I volunteered for years at a shelter where half the men were addicts, and every one of them deserved a second chance.",
    "I was a heavy drinker myself after Grandpa passed, and a friend sat me down just like this.",
    "You said to me in the hospital, 'Nana, I'm a mess,' and I told you that I loved you anyway.",
    "You are not a junkie to me, you are my grandson.",
    "I don't think of you as an addict, I think of you as Tyler who needs help right now.",
    "You were always a sugar junkie as a boy, sneaking my oatmeal cookies off the cooling rack.",
    "Remember when we cleaned out the garage together and found your Little League trophy?",
    "I kept my classroom so clean the janitor used to joke I'd put him out of work.",
    "Your doctor told us your liver is damaged, and I want you to have the time to heal it.",
    "The ER doctor said the overdose stopped your breathing, and I need you to know how close we came to losing you.",
    "Your counselor at Riverside explained that opioid use disorder is a medical condition, and that gave me hope.",
    "I never once doubted you would grow into a kind man, and you did.",
    "I have always kept your kindergarten picture on my desk, right next to my teaching award.",
    "Every time I see a red cardinal I think of the day you and I counted them in the backyard.",
    "Grandpa used to say you had the patience of a saint when you fished, and he was right.",
    "I watched you shovel Mrs. Kowalski's walk last winter without being asked, and that's the boy I know.",
    "Your sister says she misses you, and she asked me to tell you that today.",
    "I'm the one who should apologize for the times I lectured you like a student instead of listening like a grandmother.",
    "We laughed until we cried the night the power went out and we played Scrabble by candlelight.",
    "We spent every summer at the cabin in Gatlinburg, and those are the best memories of my life.",
    "We love you and we are all here today because we want you back.",
    "What a beautiful job you did on the eulogy for your grandpa's brother last year, before things got so bad.",
    "Thank you for fixing my porch steps in May, you did a wonderful job.",
    "I am never going to give up on you.",
    "Shame I didnt bring the photo album, there's a picture of you in your Cub Scout uniform that would make you smile.",
    "I had a student once whose dad was an alcoholic, and she grew up to be a nurse who helps people exactly like you.",
    "You told me last spring, 'I'm sick of being a drunk,' and I have held on to those words as hope.",
    "The pills were prescribed to you after the accident, and I know you never planned for any of this.",
    "I always believed in second chances in my classroom, and I believe in one for you.",
    "You got an A in chemistry when everyone said you couldn't, and I still have that report card in my cedar chest.",
    "Everyone in this room loves you, and that is the one thing I know for certain.",
    "You never once forgot Teacher Appreciation Day when you were little, and I treasured every crayon card.",
    "Detention was the worst thing I ever gave a student, and I'm not here to give you anything but love.",
    "I always told my students that asking for help is the bravest thing a person can do, and I still believe it.",
]

DEV133_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not lend you any more money, not for gas, not for rent, not for anything.",
    "If you choose not to go, I will change the locks and you won't be able to stay at my house anymore, but I'll still love you.",
    "If you say no, I will stop picking up your prescriptions for you and I won't keep any pain medicine in my house.",
    "If you turn this down, I will not drive you anywhere while you've been drinking, and I'll call a cab instead.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 90 (4 December 2026, round 21): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: hearsay from grown children, coworkers and friends: what others posted, texted, mentioned or let slip. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV90_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main b933936, rules and model 0.95 (77/81; the rules alone 76/81): insult 3/4, hearsay 45/48, every other kind full; good 1/41 (2.4%; the rules alone 1), traps 5/50 (10.0%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV90_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your supervisor mentioned to me at the company picnic that you've been nodding off on the forklift.",
        {"hearsay"},
    ),
    (
        "Kayla posted a video on Facebook of you falling off the porch at her birthday, and I had to find out with everyone else.",
        {"hearsay"},
    ),
    (
        "The school called twice last month because nobody picked up Ethan, and the secretary said you sounded slurry on the phone.",
        {"hearsay"},
    ),
    ("Rumour has it you owe money to half the guys down at the Legion hall.", {"hearsay"}),
    (
        "Word around town is that Dr. Patel cut off your prescriptions and now your getting them from some guy in Millbrook.",
        {"hearsay"},
    ),
    (
        "Your ex's sister told me you were the one who pawned the kids Xbox last winter.",
        {"hearsay"},
    ),
    (
        "The landlord said there were needles in the bathroom trash when he came to fix the sink.",
        {"hearsay"},
    ),
    (
        "Someone at the gym told Rob you've been doing lines in the locker room before your shift.",
        {"hearsay"},
    ),
    (
        "I was told you got let go from Dempsey's for drinking on the job, not for cutbacks like you said.",
        {"hearsay"},
    ),
    (
        "Supposedly you've been selling your Adderall to college kids out of the Kwik Trip parking lot.",
        {"hearsay"},
    ),
    ("From what I hear you've been mixing the Xanax with vodka again.", {"hearsay"}),
    (
        "I've been hearing from people at church that you show up to choir practice smelling like beer.",
        {"hearsay"},
    ),
    (
        "Dad, Jenna texted me a picture of you passed out in the recliner at 2 in the afternoon with the stove still on.",
        {"hearsay"},
    ),
    (
        "Mom, my roommate's mom works at the CVS and she let slip that you've been filling oxy scripts from three different doctors.",
        {"hearsay"},
    ),
    (
        "Your buddy Marcus mentioned you've been smoking meth in the garage since at least June.",
        {"hearsay"},
    ),
    (
        "Auntie Rose said on the phone that you came to Thanksgiving at her place already wasted.",
        {"hearsay"},
    ),
    (
        "apparently ur boss had to drive you home from the christmas party cause you couldnt find your car",
        {"hearsay"},
    ),
    (
        "Tyler's teacher told us at conferences that Tyler keeps saying daddy sleeps all day.",
        {"hearsay"},
    ),
    (
        "I saw on Instagram that you were at the lake party Saturday doing shots when you told me you were working a double.",
        {"hearsay"},
    ),
    (
        "Mrs. Kowalski next door says you backed into her mailbox Tuesday night and just drove off.",
        {"hearsay"},
    ),
    ("People at work are whispering that you keep a flask in your desk drawer, Greg.", {"hearsay"}),
    (
        "Brandon's mom texted me that you were nodding off in the bleachers at the game in front of all the kids.",
        {"hearsay"},
    ),
    (
        "Your old roommate messaged me on Snapchat saying you still owe him two months rent because it all went up your nose.",
        {"hearsay"},
    ),
    ("From what Lisa at the salon tells me, you've been buying pills off her cousin.", {"hearsay"}),
    (
        "The bank manager called Grandpa and said you tried to cash one of his checks without asking.",
        {"hearsay"},
    ),
    (
        "A guy from your crew pulled me aside at the Shell station and said you've been missing shifts pretty much every Monday.",
        {"hearsay"},
    ),
    (
        "Somebody at the Elks told Uncle Dave you were picking fights in the parking lot again.",
        {"hearsay"},
    ),
    (
        "Pastor Jim said he found you asleep in your truck behind the church with an empty bottle of Jack on the seat.",
        {"hearsay"},
    ),
    (
        "Jordan's girlfriend told Jordan, who told me, that you were high at their engagement dinner.",
        {"hearsay"},
    ),
    (
        "Grandma, cousin Nate says you've been hiding the wine boxes in the laundry room so Grandpa wont see.",
        {"hearsay"},
    ),
    (
        "Your probation officer called the house and said you missed two check-ins in a row.",
        {"hearsay"},
    ),
    (
        "I heard from a couple people at the Fourth of July cookout that you were smoking weed in the car with your nephew.",
        {"hearsay"},
    ),
    (
        "Maddie's dad won't let her come over anymore, he says he saw you stumbling around in the driveway.",
        {"hearsay"},
    ),
    (
        "Somebody posted in the neighborhood group about a black Silverado swerving all over Route 9 and every comment said it was you.",
        {"hearsay"},
    ),
    (
        "They say at the shop you've been borrowing cash off the new guys and never paying them back.",
        {"hearsay"},
    ),
    (
        "Your brother let slip at dinner that you got a DUI back in March and never told any of us.",
        {"hearsay"},
    ),
    (
        "I keep hearing from the hockey parents that you show up to pickup reeking of pot.",
        {"hearsay"},
    ),
    (
        "My friend who bartends at The Anchor said you were there every night last week until close.",
        {"hearsay"},
    ),
    (
        "Denise from your office reached out on Messenger to say she thinks you're taking pills in the break room.",
        {"hearsay"},
    ),
    (
        "According to your sister you blacked out at her wedding and dont even remember giving the toast.",
        {"hearsay"},
    ),
    ("The building manager told me the cops were at your apartment twice in October.", {"hearsay"}),
    ("Dad, Kevin said you asked him if his friend could get you some Percocet.", {"hearsay"}),
    (
        "Rumor around the office is that you've been expensing bar tabs as client dinners.",
        {"hearsay"},
    ),
    (
        "A woman from my book club said she watched you load two handles of vodka into your cart at Costco at ten in the morning.",
        {"hearsay"},
    ),
    (
        "Nick told me the guys at the warehouse call you the pillhead behind your back.",
        {"hearsay", "label"},
    ),
    (
        "Your foreman told Uncle Ray you come in late every single Monday without fail.",
        {"absolute", "hearsay"},
    ),
    (
        "Aunt Carol keeps telling everyone you're a drunk just like your father, and honestly she's got a point.",
        {"hearsay", "label"},
    ),
    ("Courtney said your urine test at the clinic came back dirty again.", {"clean", "hearsay"}),
    ("Honestly Mike, you've turned into a full blown drunk and it breaks my heart.", {"label"}),
    ("I don't want my kids growing up with a tweaker for an uncle.", {"label"}),
    ("Mom you are an alcoholic and I think deep down you know it.", {"label"}),
    ("I need you to get clean before the baby comes in April.", {"clean"}),
    (
        "Your last screen at the methadone clinic was dirty and you lied right to my face about it.",
        {"clean"},
    ),
    ("Ive watched you stay clean for a few weeks at a time and then slide right back.", {"clean"}),
    ("You never once came to one of Ava's recitals sober.", {"absolute"}),
    (
        "Every single holiday you find a way to disappear into the garage with your beer.",
        {"absolute"},
    ),
    ("Nothing I say ever gets through to you, you just nod and pour another glass.", {"absolute"}),
    ("Grandpa's heart attack is on you, he lay awake worrying about you every night.", {"blame"}),
    ("You picked the pills over your own daughter's graduation.", {"blame"}),
    ("After all the bail money I put up for you, this is how you thank me?", {"blame"}),
    ("Some days it is embarrassing to be related to you.", {"insult"}),
    ("What kind of mother nods off while her toddler is in the bathtub?", {"insult"}),
    ("Frankly Danny you've become a sad joke down at the shop.", {"insult"}),
    ("All of us kids agree that you chose the bottle over Mom.", {"blame", "we"}),
    ("The whole family is fed up with making excuses for your hangovers.", {"we"}),
    ("Everyone sitting in this room thinks the meth has fried your brain.", {"insult", "we"}),
    (
        "Either you check into Hazelden on Monday or I swear you will never meet your grandson.",
        {"threat"},
    ),
    ("If you walk out of here without saying yes, dont ever call me again.", {"threat"}),
    ("Go to rehab or I'm changing the locks and telling the whole town why.", {"threat"}),
    (
        "Real proud moment, watching you throw up in the punch bowl at Kelsey's baby shower.",
        {"sarcasm"},
    ),
    (
        "Congrats on getting fired for the third time this year, what an accomplishment.",
        {"sarcasm"},
    ),
    ('Thanks so much for making Easter all about you and your "migraine" again.', {"sarcasm"}),
    ("I honestly think you're a narcissist, everything has to be about you.", {"diagnosis"}),
    (
        "You're obviously bipolar, one day you're on top of the world and the next you won't get out of bed.",
        {"diagnosis"},
    ),
    ("You are so deep in denial that you cant see what the coke is doing to you.", {"diagnosis"}),
]

DEV90_GOOD: list[str] = [
    "Dad, I'm writing this because I love you and I miss the man who taught me to fish at Lake Winnebago.",
    "I remember you staying up with me the whole night before my chemistry final, quizzing me with flashcards and burnt popcorn.",
    "Jess, you were the first person I called when I got into nursing school.",
    "I have noticed you stopped coming to Sunday dinner, and our table feels empty without you.",
    "Mom, I miss hearing you sing along to Fleetwood Mac in the kitchen.",
    "When you forgot my birthday this year I felt invisible, and I know that isnt who you are.",
    "I'm scared every time my phone rings late at night.",
    "You're my big brother and I still look up to you, even now.",
    "I want my kids to know their grandpa the way I knew him.",
    "Last month I found you asleep on the bathroom floor and I thought you were gone.",
    "I love your laugh, the real one, the one that makes you snort.",
    "Tony, we built this business together out of a one bay garage and I want my partner back.",
    "I feel so lonely in our marriage lately, even when you're sitting right next to me.",
    "You were the best man at my wedding and your speech made my grandmother cry.",
    "There's a bed at Cedar Ridge for you this afternoon, and I'll drive you there myself.",
    "Grandma, you taught me how to make pierogi and how to be kind to strangers.",
    "I miss our Saturday morning runs along the river.",
    "I've watched you lose weight and stop answering my texts, and it frightens me.",
    "When I was nine and broke my arm you carried me six blocks to the clinic.",
    "I dont need you to be perfect, I just need you here.",
    "You are funny and smart and you have the biggest heart of anyone I know.",
    "I felt my stomach drop when I saw the bruises on your arms at the pool.",
    "Sis, remember sneaking out to see Green Day in '05? I want more nights like that with you.",
    "I'm proud to be your son and I want you to get well.",
    "Last Tuesday you missed Lily's parent teacher meeting and she asked me if you were mad at her.",
    "Cheryl, you've been my work bestie for eleven years and I'm not giving up on you.",
    "I hope one day we can go back to Maine and rent that little cabin again.",
    "When you were slurring on the phone on Mother's Day, I hung up and cried.",
    "The treatment team is ready, your bag is packed, and I'll visit every weekend they let me.",
    "I miss the way you used to tuck notes in my lunchbox.",
    "Papa, you gave me my first guitar and I still play it every night.",
    "Seeing you shake in the morning until you have a drink scares me to death.",
    "You deserve a life that isnt run by pills.",
    "i want my best friend back, the one who drove to Tulsa at 3am when my car died",
    "I believe you can do this, I really do.",
    "When I saw you at the hospital hooked to all those tubes, I held your hand and prayed.",
    "Your nieces adore you and ask about you every time they visit.",
    "I've been afraid to say any of this out loud for a long time.",
    "Kenny, you have always been the glue at our job site and I need you healthy.",
    "Please let us take you to Hope Springs today.",
    "I can't wait to dance with you at Rachel's wedding next summer, sober and laughing.",
]

DEV90_TRAPS: list[str] = [
    "My own father was a drunk, and I know how hard it is to ask for help.",
    "I was an addict myself for nine years, and getting help was the best thing I ever did.",
    "You told me once, \"I'm a mess, but I'm your mess,\" and we laughed until we cried.",
    "You are not a junkie to me, you are my baby brother.",
    "You were always such a sugar junkie, stealing the frosting off every cake.",
    "I'll help you clean out the garage when you get home, like old times.",
    "I never stop hoping for you.",
    "We always had pancakes on Sunday mornings at your place and I miss that.",
    "I will always love you, no matter what.",
    "Great job on your sixty days back in 2021, I still have the photo from that night.",
    "Your doctor says your liver can still heal if you stop drinking now.",
    "Dr. Alvarez told me that people who go in with family behind them do really well, and you have all of us.",
    "The intake counselor at Valley Hope said there's a bed held for you until five today.",
    "When Mia told me you'd gotten your one-year coin, I screamed so loud in the Target parking lot people stared.",
    "Your sponsor back then called me on your birthday just to say how proud he was of you.",
    "I saw you teach Liam to ride his bike on Maple Street, running behind him the whole block.",
    "The landlord at our first apartment still asks about you, he says you were the only tenant who ever fixed his own sink.",
    "I heard you sing at Joey's wedding and the whole room went quiet.",
    "Your coach told me when you were sixteen that you were the hardest worker he'd ever had.",
    "Your supervisor at the hospital wrote you that letter saying you were the calmest nurse she ever worked with, and I kept a copy.",
    "The therapist at Cedar Ridge said the program has openings for families too, so I will be doing my part.",
    'You said to me on our honeymoon, "whatever happens, we figure it out together," and I\'m holding you to that.',
    "We went to Myrtle Beach every summer and you always let me bury you in the sand.",
    "I've been hearing your voice in my head all week, telling me to keep my chin up like you always did.",
    "The school called me back when you were in tenth grade to say you'd won the science fair, and you pretended not to care.",
    "Grandpa used to say his brother was a lush, and he never stopped loving him either.",
    "Rumour had it in high school that you were the smartest kid in the county, and honestly it was true.",
    "Someone at the gym asked about you last week, they miss you spotting them on bench.",
    "Word around the office is that your desk plant is still alive because Janet waters it every day waiting for you.",
    'When you called me after your first AA meeting years ago and said "I feel like me again," I wrote it down.',
    "I was a pillhead in my twenties and you were the one who sat with me in detox.",
    "I never told you how much it meant when you came to my graduation.",
    "My counselor tells me I can't fix you, only love you, and that's what I'm trying to do today.",
    "Your nurse said you were asking for me when you woke up, and I've never driven so fast.",
    "The doctor told us your blood pressure is dangerously high, and I want you around for a long time.",
    "You always had the best laugh at family reunions.",
    "We all went camping at Devil's Lake that summer and you burned every single marshmallow on purpose.",
    "I saw on Facebook that your old band is playing a reunion show, and I'd love to go with you when you're well.",
    "The whole family piled into your van for the drive to Disney and you sang the entire way.",
    "I'm not here to call you names, I'm here because I love you.",
    "Supposedly it snows in Denver in May, so pack a sweater for the program.",
    "I never want you to think you're alone in this.",
    "Your son told me he wants to be a firefighter just like you, and he meant it with his whole heart.",
    'You once told me "I\'ll never let anything happen to you," and I want to say the same thing back now.',
    "Uncle Pete was an alcoholic and he got sober at fifty-five, so I know it's never too late.",
    "I was told by the admissions lady that you can call the kids every night from treatment.",
    'I keep your text from last spring that said "Day 30, feeling human," and I read it when I miss you.',
    "Every time I smell cut grass I think of you mowing the ball field for the Little League.",
    "When you stayed clean-shaven for my wedding just because I asked, I knew how much you loved me.",
    "I'm so proud of you for finishing your GED last year, nobody worked harder than you.",
]

DEV90_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop paying your phone bill and car insurance starting next month.",
    "If you choose not to go, I won't be letting you stay in the basement anymore, but I'll still love you.",
    "If you don't accept help today, I won't be bringing the grandkids over while you're drinking.",
    "If you say no, I'm not going to cover for you with your manager again when you call in sick.",
    "If you leave today without going, I will not lend you money anymore, though my door stays open for when you're ready.",
]

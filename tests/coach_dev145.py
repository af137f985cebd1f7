# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 145 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a college roommate and best man, wedding-toast irony and old dorm stories: sarcasm and absolutes most. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV145_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.85 (68/80; the rules alone 57/80): absolute 14/18, blame 11/15, hearsay 15/16, we 1/2, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/43 (4.7%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.85 (68/80; the rules alone 58/80): absolute 14/18, blame 11/15, hearsay 15/16, we 1/2, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/43 (4.7%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV145_FLAG: list[tuple[str, set[str]]] = [
    (
        "Since sophomore year you have not come to a single thing I invited you to without a flask in your jacket.",
        {"absolute"},
    ),
    (
        "Every story you tell about Hadley Hall ends with you blacked out on somebody's floor, every one of them.",
        {"absolute"},
    ),
    ("You never pick up when I call after nine anymore, dude.", {"absolute"}),
    (
        "Anytime there's a bar within walking distance you disappear for an hour and come back with that grin.",
        {"absolute"},
    ),
    (
        "Your always the last one standing at the party and the first one to forget any of it happened.",
        {"absolute"},
    ),
    (
        "You have bailed on every plan I made with you since the wedding, every single one.",
        {"absolute"},
    ),
    (
        "Not one time in the last two years have you kept your promise to Priya about the drinking.",
        {"absolute"},
    ),
    (
        "You've got an excuse loaded up every time, the flight, the boss, the head cold, before anybody even asks.",
        {"absolute"},
    ),
    ("Nothing anybody says to you gets through, man, it just bounces right off.", {"absolute"}),
    (
        "You lie about how many you've had without even thinking about it, all day every day.",
        {"absolute"},
    ),
    (
        "You haven't been sober for one of our fantasy draft nights in like five years.",
        {"absolute"},
    ),
    (
        "You have not once admitted the pills were a problem, not to me, not to Priya, not to anybody.",
        {"absolute"},
    ),
    ("Whenever things get hard at work you go straight for the coke, no exceptions.", {"absolute"}),
    (
        "u forget everything I tell you on the phone, every conversation, gone by the morning",
        {"absolute"},
    ),
    (
        "Every time Teddy comes home for Thanksgiving he's stoned before the turkey is even carved.",
        {"absolute"},
    ),
    (
        "Priya is sleeping at her mom's now and that is squarely your doing, nobody else's.",
        {"blame"},
    ),
    (
        "I lost my whole deposit on the apartment in Ames when you put your fist through the wall, and that's all you, Danny.",
        {"blame"},
    ),
    ("You picked a bottle of Jameson over your own daughter's fifth birthday party.", {"blame"}),
    (
        "I covered for you with the RA, with your parents, with your boss at the bank, and this is how you pay me back?",
        {"blame"},
    ),
    (
        "You wrecked the best friendship I ever had and you don't even seem sorry about it.",
        {"blame"},
    ),
    (
        "My wife doesn't want you at our house anymore, and you can thank yourself for that.",
        {"blame"},
    ),
    (
        "Your little girl cries herself to sleep because her daddy is high, think about that for a second.",
        {"blame"},
    ),
    ("The guy I roomed with is gone, you killed him off one bottle of oxy at a time.", {"blame"}),
    ("How do you even look Priya in the eye after what you put her through?", {"blame"}),
    (
        "Every bad thing that's happened to our friend group since graduation traces straight back to your drinking.",
        {"absolute", "blame"},
    ),
    (
        "You turned my wedding weekend into a weekend about your hangover and I'm never getting that back.",
        {"blame"},
    ),
    (
        "Your mom's heart trouble started the same year you started using and I don't think that's a coincidence.",
        {"blame"},
    ),
    (
        "Mikey quit coming to reunions after how you treated him when you were coked up, you drove him off.",
        {"blame"},
    ),
    (
        "You threw away the scholarship, the job and the marriage, and you did every bit of it to yourself.",
        {"blame"},
    ),
    (
        "I drove four hours at 3am to get you out of the county jail and you couldnt even say thanks, after all of that.",
        {"blame"},
    ),
    (
        "Great toast at Kevin's wedding btw, I especially loved the part where you fell into the cake.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the first guy in history to get kicked out of his own bachelor party.",
        {"sarcasm"},
    ),
    (
        "You're so 'fine' that Priya had to peel you off the bathroom floor twice last month.",
        {"sarcasm"},
    ),
    ("Real best man material, showing up to the rehearsal dinner three Xanax deep.", {"sarcasm"}),
    (
        "Smooth move driving to the ten-year reunion after a twelve pack, a true legend of Hadley Hall.",
        {"sarcasm"},
    ),
    (
        "Thanks a ton for the 4am voicemail, it was super touching to hear you slur my name.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade, forgetting your own anniversary because you were at Kelly's till close.",
        {"sarcasm"},
    ),
    ("I could set a clock by your 'just a couple beers,' honestly it's impressive.", {"sarcasm"}),
    (
        "Wow, what an honor it was carrying you up four flights of stairs on my 30th birthday.",
        {"sarcasm"},
    ),
    (
        "Nice work on the DUI, man, really living up to that 'Most Likely to Succeed' superlative.",
        {"sarcasm"},
    ),
    ("Glad the Adderall helps you 'focus,' mostly on finding more Adderall.", {"sarcasm"}),
    (
        "Hats off for making it until noon on a Sunday without a drink, what a milestone.",
        {"sarcasm"},
    ),
    (
        "Loved how you 'handled it' at Grandpa Joe's funeral by passing out in the parking lot.",
        {"sarcasm"},
    ),
    (
        "You're the life of the party alright, right up until somebody has to call the ambulance.",
        {"sarcasm"},
    ),
    (
        "So proud of you for being the guy with the bag at every single party since freshman orientation.",
        {"absolute", "sarcasm"},
    ),
    (
        "Your brother texted me that you showed up to your nephew's christening smelling like a distillery.",
        {"hearsay"},
    ),
    (
        "Priya mentioned on the phone that you've been hiding bottles in the garage behind the paint cans.",
        {"hearsay"},
    ),
    (
        "Word around the old crew is you got let go from the firm in April, is that true?",
        {"hearsay"},
    ),
    (
        "Jenna from the Delta house said she saw you buying pills off some guy outside the Shell station.",
        {"hearsay"},
    ),
    (
        "Supposedly you were so out of it at Tyler's bachelor party the guys had to carry you back to the hotel.",
        {"hearsay"},
    ),
    (
        "Your landlord got hold of me since I'm your emergency contact and said the neighbors complained about screaming again.",
        {"hearsay"},
    ),
    (
        "A couple of the rugby guys told me you were doing lines in the bathroom at homecoming.",
        {"hearsay"},
    ),
    (
        "From what your dad tells me, you've wrecked the car twice this year and lied about both.",
        {"hearsay"},
    ),
    ("Kev swears up and down he saw you at the Tap Room at 10am on a Tuesday.", {"hearsay"}),
    ("Rumor has it you've been borrowing money from half of our graduating class.", {"hearsay"}),
    (
        "ur cousin posted something about you getting picked up by the cops in Dayton and people keep messaging me about it",
        {"hearsay"},
    ),
    (
        "Your coworker Brent found me on LinkedIn just to let me know you've been nodding off at your desk.",
        {"hearsay"},
    ),
    (
        "According to Priya you haven't gone one night without a bottle of wine since March.",
        {"absolute", "hearsay"},
    ),
    ("More than one person has told me you're ordering pills online now.", {"hearsay"}),
    (
        "Coach Reilly called me worried sick, he said you came to the alumni game obviously high on something.",
        {"hearsay"},
    ),
    ("Face it Danny, you're a drunk, the same drunk you were in room 312.", {"label"}),
    (
        "I don't want my son's godfather to be some pillhead who nods off at the dinner table.",
        {"label"},
    ),
    (
        "You've turned into a full-blown tweaker, Marcus, your teeth, your skin, I barely know who you are.",
        {"label"},
    ),
    (
        "All I want is for you to get clean before Ava is old enough to remember any of this.",
        {"clean"},
    ),
    ("Priya told me your last test at the clinic came back dirty.", {"clean", "hearsay"}),
    ("You were clean for like a month in 2019, so what happened?", {"clean"}),
    ("Honestly watching you beg the bartender for one more round was pathetic.", {"insult"}),
    ("What kind of best man can't stand up straight at the altar?", {"insult"}),
    (
        "You've become an embarrassment to every person who ever vouched for you, me included.",
        {"insult"},
    ),
    ("All of us from the old dorm agree you're drinking yourself into the ground.", {"we"}),
    ("Me, Priya, your folks, we're all done making excuses for you.", {"we"}),
    ("Go to rehab today or don't bother ever calling me again, I mean it.", {"threat"}),
    (
        "If you walk out that door, I'm telling Priya's lawyer everything I know about you.",
        {"threat"},
    ),
    (
        "Honestly man I think you're a narcissist, it's been about you and only you since freshman year.",
        {"diagnosis"},
    ),
    ("You're so deep in denial it scares me.", {"diagnosis"}),
    ("I'm pretty sure you're bipolar and using the booze to level yourself out.", {"diagnosis"}),
]

DEV145_GOOD: list[str] = [
    "Danny, I've known you since the first day of freshman year when you showed up with a mini fridge and no sheets.",
    "You were the first person I called when my dad died, and you drove through a snowstorm to get to me.",
    "Standing next to you at your wedding was one of the proudest moments of my life.",
    "I still remember you teaching me to make grilled cheese with a clothes iron in room 312.",
    "I'm scared, man. I'm scared I'm going to get a phone call one night that I can't undo.",
    "When you didn't show up for our trip to Asheville last fall, I felt hurt and really worried.",
    "I miss the guy who stayed up until 4am helping me cram for organic chem.",
    "I love you like a brother, and I'm here because I want my friend back.",
    "At the barbecue in July I watched you let go of Ava's hand to go get another drink, and my stomach dropped.",
    "You gave the funniest toast I've ever heard at my wedding.",
    "I want you at Ava's graduation, and Lily's, and mine when I finally finish this MBA lol.",
    "I've seen your hands shaking in the morning and it breaks my heart.",
    "You are the funniest, most loyal person I have ever met.",
    "I remember the night you talked that freshman down off the roof of Hadley, you saved his life.",
    "I'm not here to judge you, I'm here because I'd rather have you mad at me than lose you.",
    "When you called me from a parking lot in Tulsa slurring your words, I didn't sleep the rest of the night.",
    "Remember our road trip to see the Cubs, when the car died in Joliet and we ate gas station burritos for dinner?",
    "I've noticed you stopped coming to pickup basketball on Thursdays, and I miss you out there.",
    "Priya and the girls need you, and I need my best friend.",
    "I'll come visit every weekend they let me, I promise.",
    "I felt so helpless watching you at Christmas, not knowing what to say.",
    "Whatever happens today I'm still going to be your friend.",
    "I still have the picture of us in our graduation gowns stuck to my fridge.",
    "My kids still ask when Uncle Danny is coming over and I want them to know the real you.",
    "Watching you lose so much weight this year has honestly frightened me.",
    "When I got laid off you bought my groceries for a month and never made it weird.",
    "I'm asking you to go to treatment today, not tomorrow, today.",
    "I know this is hard to hear and you're probably angry with me right now, and that's ok.",
    "Back in school you were the one who made sure everybody got home safe.",
    "I've watched the light go out of your eyes the last couple years and I want it back.",
    "I dont know how to help you anymore except by being here today",
    "I'm proud of how hard you worked to earn that promotion in 2018.",
    "Your laugh is still the best sound at any party.",
    "I want to go fishing at Lake Geneva with you again, just the two of us, like we planned.",
    "Treatment works, man, and the people here will be with you every step.",
    "It hurt when you couldn't remember the talk we had about my divorce.",
    "I've been praying for you, which you know is a big deal coming from me.",
    "You taught me how to be a friend.",
    "Ava drew you a picture and asked me to give it to you today.",
    "I'm asking you as your roommate, your best man, your brother in every way but blood, please say yes.",
    "When you missed Lily's baptism, where you were supposed to stand up as godfather, I sat in the car afterwards and cried.",
    "It was terrifying seeing you in the hospital in June with tubes in your arm.",
    "Let's get you better so we can keep arguing about the Bears for another forty years.",
]

DEV145_TRAPS: list[str] = [
    "My uncle Ray was a drunk his whole life and I watched him lose everything, I don't want that for you.",
    "I was a mess in my twenties too and you never gave up on me.",
    "You helped me move four times and not once asked for gas money.",
    "We always did Sunday wings at Buffalo Joe's after church league softball.",
    "Remember when we cleaned the whole dorm room in twenty minutes before your mom showed up?",
    "Great job on the half marathon in 2017, I still have the photo of you crossing the finish line.",
    "You are not an addict to me, you're Danny, and Danny is worth fighting for.",
    "I was the stoner in room 312, not you, you were the one with the 4.0 who kept me from flunking out.",
    "You told me yourself last summer, 'I think I'm an alcoholic,' and I've never forgotten how brave that was.",
    "Your doctor told you in June that your liver numbers are bad, and I am terrified of losing you.",
    "I never stop thinking about the night you drove me to the ER after the rugby game.",
    "My dad was an alcoholic and I promised myself I'd speak up if I ever saw it happening again.",
    "I'm a sugar junkie and you're a coffee junkie, we always joked we'd open a diner together.",
    "We spent every spring break in Gulf Shores four years straight.",
    "I'll never forget you walking into the hospital when Ava was born with a stuffed giraffe bigger than she was.",
    "You said to me, 'I'm the reason Priya cries at night,' and I could hear how much that hurt you to say.",
    "Congrats again on your sixty days back in 2021, man, I know how hard you fought for every one of them.",
    "I felt sick with worry when I saw the dent in your truck and you couldn't remember how it got there.",
    "The counselor explained to me that addiction is a disease, and that helped me stop being so angry.",
    "My cousin Steph got clean at a place just like this and she's been sober nine years now.",
    "The whole family always piles into Grandma's kitchen on Thanksgiving and we saved you a chair this year.",
    "We all went up to the lake house the summer after graduation and it's still my favorite week ever.",
    "We love you, every one of us in this room, and we're here because of that love.",
    "I know you would never want to hurt the girls, that's not who you are.",
    "Our dorm was a disaster every single weekend and honestly I loved it.",
    "That was the dirtiest apartment in all of Ames and we were so happy there.",
    "You said to me, 'I'm pathetic, man,' and I want you to know I have never once believed that.",
    "I felt like a disgrace to our friendship when I stopped calling you after I moved, and I'm sorry.",
    "I heard you laugh at Lily's party in May, really laugh, and I remembered exactly who you are.",
    "My brother is bipolar and getting treatment changed his life, so I know help works.",
    "You were the best man at my wedding and you're the best man I know.",
    "Thanks for being the guy who drove three hours when my car died in Peoria, I never said that enough.",
    "I'm not in denial anymore about how scared I am for you.",
    "You always knew how to make my mom laugh, even when she was sick.",
    "Every time I drive past Hadley Hall I think of you and smile.",
    "I've never had a friend like you, not before and not since.",
    "I was a weekend-warrior drunk for years after college, so I get how it sneaks up on you.",
    "We always said we'd be two old men on a porch someday, and I still want that.",
    "You constantly had me laughing so hard in the dining hall that milk came out my nose.",
    "Your psychiatrist told you the depression is real and treatable, and I'm so glad you shared that with me.",
    "What kind of friend would I be if I stayed quiet today?",
    "I was worthless at keeping in touch after I moved to Denver, and that's on me.",
    "You made the dean's list every semester while I barely scraped by, I always looked up to that.",
]

DEV145_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, and I won't cover for you with Priya or your boss.",
    "If you don't go to Ridgeview today, you can't crash on my couch anymore, but I'll answer every call you make from treatment.",
    "Until you're in treatment, I'm not picking you up from bars at 2am, and I won't drink with you either.",
    "If you turn this down, I won't have you around my kids when you've been drinking, I'll just take them home.",
]

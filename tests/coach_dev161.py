# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 161 (5 December 2026, round 24, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a spouse who is a lawyer, cross-examination cadence, 'for the record', 'allegedly': hearsay, blame and sarcasm most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV161_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.92 (60/65; the rules alone 52/65): blame 13/15, hearsay 15/16, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.92 (60/65; the rules alone 53/65): blame 13/15, hearsay 15/16, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV161_FLAG: list[tuple[str, set[str]]] = [
    (
        "For the record, your sister Leanne told me you were slurring on the phone with her at two in the afternoon on a Tuesday.",
        {"hearsay"},
    ),
    (
        "Your assistant Kim mentioned that you've missed three Monday partner meetings since March.",
        {"hearsay"},
    ),
    (
        "According to the Hendersons next door, you backed the Volvo into their mailbox and just drove off.",
        {"hearsay"},
    ),
    (
        "Allegedly you were buying tallboys at the Shell on Route 9 at seven in the morning, and Pete from church is the one who saw you.",
        {"hearsay"},
    ),
    (
        "Dr. Amin's receptionist let it slip that you called in for early refills twice this quarter.",
        {"hearsay"},
    ),
    (
        "your brother says u asked him for four hundred bucks and made him swear not to tell me",
        {"hearsay"},
    ),
    (
        "More than one person at the firm's holiday party has informed me you were doing lines in the coat room.",
        {"hearsay"},
    ),
    ("Word around the club is that the bartender cut you off twice this summer.", {"hearsay"}),
    (
        "Your mother called me in tears because the pharmacist in Dover told her you tried to fill someone else's prescription.",
        {"hearsay"},
    ),
    (
        "Tyler's coach pulled me aside after the game Saturday and said you smelled like whiskey in the bleachers.",
        {"hearsay"},
    ),
    (
        "Testimony from your own golf buddies, Greg: Rob and Danny both say you passed out in the cart on the back nine.",
        {"hearsay"},
    ),
    (
        "Mrs. Ortiz from the school reports that you were weaving in the pickup line and she nearly called the police.",
        {"hearsay"},
    ),
    (
        "Your old roommate Josh messaged me that you've been buying pills off some guy in the Walmart parking lot.",
        {"hearsay"},
    ),
    (
        "Multiple witnesses, and I use that word deliberately, put you at the Brass Rail the night you swore you were at the office late.",
        {"hearsay"},
    ),
    (
        "It has come to my attention, via your cousin Marie, that you nodded off holding the baby at Easter.",
        {"hearsay"},
    ),
    (
        "Let the record reflect that the reason we lost the house on Alder Street is you and your bottle.",
        {"blame"},
    ),
    (
        "You traded our marriage for a bottle of Percocet, and you did it with your eyes wide open.",
        {"blame"},
    ),
    ("Every gray hair on my head, Greg, I lay at your feet.", {"blame"}),
    ("The kids stopped bringing friends over, and that is entirely your doing.", {"blame"}),
    (
        "I gave up the partnership track to hold this family together and this is how you pay me back.",
        {"blame"},
    ),
    ("Whatever happened to Emma's grades this year, you own that, not me.", {"blame"}),
    ("You broke this family and then had the nerve to ask me why I looked so tired.", {"blame"}),
    (
        "I have covered for you with your boss, your mother and the bank, and you still picked the pills.",
        {"blame"},
    ),
    (
        "My migraines started the year you started drinking at lunch and I dont think thats a coincidence.",
        {"blame"},
    ),
    ("You are the one who put us all in this room today, not me and not the kids.", {"blame"}),
    (
        "I hold you personally responsible for the recitals Lily danced with an empty seat next to me.",
        {"blame"},
    ),
    ("Our savings didn't just disappear, Greg, you drank them and you snorted them.", {"blame"}),
    (
        "How you can look our son in the eye after taking money out of his college fund is beyond me.",
        {"blame"},
    ),
    (
        "I'm the one sitting in a therapist's office every week now, thanks to what your drinking did to me.",
        {"blame"},
    ),
    (
        "When it came down to Napa with me or a weekend with your cooler of beer, you picked the cooler, and you wrecked our anniversary doing it.",
        {"blame"},
    ),
    (
        "Stellar closing argument you gave at Thanksgiving, face down in the mashed potatoes.",
        {"sarcasm"},
    ),
    ("Congratulations on setting a new family record, three DUIs before forty.", {"sarcasm"}),
    (
        "What a lovely touch, showing up to my swearing-in ceremony smelling like a vodka distillery.",
        {"sarcasm"},
    ),
    (
        "Truly a masterclass in parenting, dozing off at the wheel with Ben in the back seat.",
        {"sarcasm"},
    ),
    ("You're 'handling it,' right? The same way you 'handled' the kitchen fire.", {"sarcasm"}),
    (
        "Bravo on the anniversary toast, I'm sure the whole restaurant enjoyed it as much as I did.",
        {"sarcasm"},
    ),
    (
        "Your 'one or two glasses' with dinner is some very creative accounting for a bottle and a half.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade, ladies and gentlemen, passed out on the porch steps in January.",
        {"sarcasm"},
    ),
    ("real smooth hiding the oxy in your golf bag, very subtle Greg", {"sarcasm"}),
    (
        "And thank you so much for the memorable tour of the ER on my fortieth birthday.",
        {"sarcasm"},
    ),
    (
        "Really impressive that you stayed upright through almost half of Sophie's graduation.",
        {"sarcasm"},
    ),
    (
        "I'd give you a gold star for creativity on the excuses if I had any stars left.",
        {"sarcasm"},
    ),
    (
        "Such a proud moment when the officer walked you to our front door for the whole cul-de-sac to admire.",
        {"sarcasm"},
    ),
    ("You're the picture of health, Greg, gray skin and shaking hands and all.", {"sarcasm"}),
    (
        "What a productive 'business trip' that must have been, judging by the receipts from the hotel bar.",
        {"sarcasm"},
    ),
    (
        "Somewhere along the way my husband turned into a drunk I have to tiptoe around in my own house.",
        {"label"},
    ),
    ("Some days I look at you and all I see is a pillhead wearing my husband's suit.", {"label"}),
    ("I want you clean by Christmas, and I mean actually clean, not 'cutting back.'", {"clean"}),
    (
        "Your probation officer showed me the screen from June that came back dirty.",
        {"clean", "hearsay"},
    ),
    ("You have not kept a single promise to me since 2019.", {"absolute"}),
    (
        "Every holiday, without fail, you manage to be drunk before the turkey is carved.",
        {"absolute"},
    ),
    ("You lie about everything, right down to what you had for lunch.", {"absolute"}),
    (
        "Frankly, the man you've become is an embarrassment to me in front of my colleagues.",
        {"insult"},
    ),
    (
        "You are a pitiful sight at six in the morning digging through the recycling for a bottle with something left in it.",
        {"insult"},
    ),
    (
        "All of us sitting here have concluded that you can't be trusted alone with the kids anymore.",
        {"we"},
    ),
    (
        "The family has reached a unanimous verdict, Greg: you are a danger to yourself and to everyone under our roof.",
        {"we"},
    ),
    (
        "Sign the intake papers today or I file for divorce Monday morning, and believe me I will win custody.",
        {"threat"},
    ),
    (
        "If you walk out of this room, don't bother coming back to the house, not tonight and not ever.",
        {"threat"},
    ),
    ("I've read enough to know a textbook narcissist when I'm married to one.", {"diagnosis"}),
    ("You're in complete denial, and honestly I think you're bipolar on top of it.", {"diagnosis"}),
    (
        "Objection, Greg: you've been an alcoholic every single day of our marriage and you have not once owned it.",
        {"absolute", "label"},
    ),
    (
        "You pathetic liar, you stood up in front of the judge and said you'd been clean sixty days.",
        {"clean", "insult"},
    ),
]

DEV161_GOOD: list[str] = [
    "Greg, I've drafted a lot of documents in my career, and this is the hardest one I've written.",
    "I remember the night you proposed on the ferry to Bainbridge, soaked from the rain and grinning like a kid.",
    "You used to read the kids Narnia in those ridiculous voices, and Sophie still asks for the Aslan one.",
    "I love you, and I am here today because I want my husband back.",
    "Over the past two years I've watched you get quieter at dinner and farther away from me.",
    "Last October I found you asleep in the garage with the car door open, and I was terrified.",
    "I miss the man who brought me coffee in the bath the morning of my first big trial.",
    "When you laughed at my terrible karaoke in Austin, I knew I'd marry you.",
    "I'm scared that one night the phone will ring and it will be a hospital in some town I've never heard of.",
    "There's a bed waiting for you at Hazelden in Center City, and I've already packed your bag.",
    "I have seen your hands shake in the mornings, and I've seen you hide it from the kids.",
    "You taught Ben to throw a spiral in the backyard on Maple, and he still talks about it.",
    "I don't need you to be perfect, I need you to be here.",
    "In my line of work I see what happens to families when nobody speaks up, and I won't stay quiet about the person I love most.",
    "I remember you holding Emma in the NICU, humming Springsteen under your breath at 3 a.m.",
    "Lately I've been sleeping with my phone on my chest in case you call from the road.",
    "You're the funniest person I know, and I haven't heard you really laugh in a long time.",
    "I noticed the pill bottles in your glovebox in May and didn't say anything, and I'm sorry for that.",
    "I'm not here to argue a case today, I'm here as your wife.",
    "You were my first call when I passed the bar, and you cried harder than I did.",
    "I want to grow old with you on that porch in Vermont like we planned.",
    "When you missed Lily's recital in March, I watched her search the crowd for you and it broke my heart.",
    "The counselors there run a family program on Sundays, and I'll be sitting in those sessions with you.",
    "Your dad would be so proud of the father you were before all this, and I know that man is still in there.",
    "I miss our Saturday mornings at the farmers market, you haggling over heirloom tomatoes like it was a settlement conference.",
    "It hurt when you forgot our anniversary this year, and it hurt more that you didn't remember forgetting.",
    "I'm tired, Greg, and I'm frightened, but mostly I love you.",
    "Please say yes today. The car is outside and I'll drive you there myself.",
    "I've watched you go from running five miles before work to barely getting off the couch.",
    "You helped my mom move into assisted living and carried her piano up two flights with your brother.",
    "I kept your voicemail from 2015 where you sing happy birthday off key, and I play it when I miss you.",
    "My hope is that next summer you'll be out on the lake teaching Ben to fish again.",
    "I know you're in pain, and I know the drinking got heavier after your father died.",
    "Emma drew you a card last night and asked me to bring it today, it's right here in my bag.",
    "I dont want to keep smelling your breath whenever you come through the door.",
    "I remember you staying up all night helping me prep for the Kessler deposition, quizzing me with flashcards.",
    "Treatment is not a punishment, it's a door, and I'm asking you to walk through it.",
    "I'm writing this because I'm afraid that if nobody says anything, I'll lose you.",
    "You were so proud coaching the Little League team, and those boys adored you.",
    "Since Christmas I've found empty nips in your coat pockets, the laundry hamper and the spare tire well.",
    "I'd rather have an awkward, honest marriage than a pretty quiet one built on pretending.",
    "Whatever happens in there, I'm on your side and I'm not going anywhere.",
    "I still have the napkin from that diner in Sausalito where you wrote 'future Mrs. Kowalski.'",
]

DEV161_TRAPS: list[str] = [
    "My father was a drunk, and I swore my kids would not grow up the way I did, which is why I'm speaking up now.",
    "I will always love you, Greg, in sickness and in health, and I meant every word of it.",
    "Great job on the thirty days you put together last spring, I saw how hard you worked and I was so proud.",
    "You told me in the kitchen, 'I'm a drunk, Dana, I know it,' and I have never forgotten how brave that was.",
    "You are not an addict to me, you are my husband and you are sick.",
    "We always went to the Cape the last week of August, and I want that back.",
    "Your doctor says your liver enzymes are through the roof, and I'm scared for you.",
    "I cleaned out the garage last weekend and found your old Martin guitar, and I sat on the floor and cried.",
    "I'm a total caffeine junkie before a trial, and you used to leave an espresso on my desk without being asked.",
    "For the record, I never stopped loving you, not for one day.",
    "I've never been prouder of you than the day you coached Ben's team to the finals.",
    "My brother Kevin calls himself a grateful alcoholic, eleven years sober, and he's offered to sit with you any time you want.",
    "We went to Lake George every summer and you taught all three kids to swim off that dock.",
    "You once said to me, 'Everything I touch turns to garbage,' and I want you to know that isn't true.",
    "I'm not blaming you for anything today, I'm asking you to let us help.",
    "Allegedly I'm the stubborn one in this marriage, and I'll plead guilty to that, because I'm not giving up on you.",
    "I heard you crying in the shower last week, and I wanted so badly to hold you.",
    "Walt, your sponsor from two years ago, mailed you a card and it's in my purse for you.",
    "Everyone in this room loves you, and that's the one thing all of us agreed on without arguing.",
    "Each of us came today because we love you and want you home.",
    "Dr. Patel diagnosed you with depression after your dad passed, and I wish I'd pushed you to keep seeing her.",
    "The urgent care doctor said your blood pressure was dangerously high, and I haven't slept right since.",
    "Tuesday I came home to a clean kitchen and a note from you that said 'I'm trying,' and I kept that note.",
    "You were the most dependable man I knew, never late to a single game or birthday, and I miss him.",
    "My grandmother was a lush, everyone in Scranton knew it, and she died without anyone saying a word to her.",
    "You said to me, 'I'm a disgrace to this family,' and I told you then and I'm telling you now, you are not.",
    "Thank you for driving my mother to chemo every Thursday last winter; that meant the world to her.",
    "Nice work on the deck you built, Greg, it's still the best thing about our backyard.",
    "I was a pill user myself in law school, Adderall mostly, so I know how it sneaks up on you.",
    "your always gonna be the love of my life, thats just a fact",
    "I don't think you're a bad person, and I don't think you're weak.",
    "Dr. Levin told both of us in his office that another year of this could stop your heart.",
    "We used to stay up till 2 a.m. arguing about movies, and sometimes I'd lose on purpose.",
    "I'm the reason you met Tom in the first place, and I'm so glad he's here today.",
    "My sister still teases me that I'm a chocolate addict, and you used to hide Reese's cups in my briefcase.",
    "Your friends from the firm asked me to tell you they're rooting for you.",
    "If I was ever unfair to you in an argument, and I know I was, I'm sorry.",
    "Ben says you're the best dad in the world, and he means it, and so do I.",
    "Your mom was diagnosed with early Alzheimer's in June, and she wants so badly to have her son back while she still knows him.",
    "I never want to see you hurting like this again.",
    "You always made the kids pancakes shaped like their initials on snow days.",
    "Guilty as charged: I'm the wife who still gets butterflies when your truck pulls into the driveway.",
    "We made a deal on our wedding day, for better or worse, and I'm holding up my end.",
    "I spoke with Dr. Greer myself, and she explained that what you have is a disease, not a character flaw.",
]

DEV161_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop calling your office to cover for you.",
    "If you choose not to go, I'll be taking the kids to my sister's in Hartford for a while, and I will still love you.",
    "If you decide against treatment, I won't be paying off the Amex anymore, and I won't post bail if you're arrested again.",
    "If you turn this down, I'll be sleeping in the guest room, and I won't ride in any car you're driving.",
]

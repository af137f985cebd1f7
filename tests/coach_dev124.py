# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 124 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a widow or widower writing to a grown child, grief tangled with blame: absolutes, blame, sarcasm and hearsay. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV124_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.92 (73/79; the rules alone 66/79): absolute 16/17, blame 13/15, insult 3/4, hearsay 14/15, sarcasm 14/15, every other kind full; good 2/44 (4.5%; the rules alone 2), traps 3/43 (7.0%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.92 (73/79; the rules alone 66/79): absolute 16/17, blame 13/15, insult 3/4, hearsay 14/15, sarcasm 14/15, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 3/42 (7.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV124_FLAG: list[tuple[str, set[str]]] = [
    (
        "Since your mother's funeral you have not once picked up the phone on a Sunday like you used to.",
        {"absolute"},
    ),
    ("You show up to every single family dinner with a drink already in you, Danny.", {"absolute"}),
    (
        "Every time I try to talk about Dad you walk out to the garage and I hear the cans open.",
        {"absolute"},
    ),
    ("You never think about anybody but yourself anymore, not even your own kids.", {"absolute"}),
    ("Nothing I say gets through to you, its like talking to a wall.", {"absolute"}),
    (
        "You have forgotten every birthday in this family since the funeral, mine included.",
        {"absolute"},
    ),
    ("You lie to me constantly about where the pills are coming from.", {"absolute"}),
    (
        "Your always nodding off on the couch by seven oclock, every night without fail.",
        {"absolute"},
    ),
    ("You havent kept a single promise you made me in two whole years.", {"absolute"}),
    (
        "Each and every time you borrow money from me it goes straight to that man on Elm Street.",
        {"absolute"},
    ),
    ("You haven't gone to your father's grave sober even one time.", {"absolute"}),
    ("All you ever do now is sleep, drink and disappear.", {"absolute"}),
    ("You don't care about anything except where the next bottle is coming from.", {"absolute"}),
    ("You never listen Meg, you never have.", {"absolute"}),
    ("Whenever the grandkids come over your high, no exceptions.", {"absolute"}),
    (
        "Your father spent his last year worrying himself sick over you and I can't forget that.",
        {"blame"},
    ),
    (
        "The stress you put on your mom is what wore out her heart, and deep down you know it.",
        {"blame"},
    ),
    (
        "I buried my husband alone because you were too busy with your pills to come home.",
        {"blame"},
    ),
    ("You picked the Oxy over your own children, plain and simple.", {"blame"}),
    (
        "I gave up my retirement to pay for your first rehab and this is how you repay me.",
        {"blame"},
    ),
    ("This family fell apart the day you started using and that is your doing.", {"blame"}),
    ("Your drinking is what put me in the hospital with my blood pressure last spring.", {"blame"}),
    (
        "Don't you dare tell me you're grieving too when you made his last months a misery.",
        {"blame"},
    ),
    ("I lost my wife and then I lost you, and only one of those was somebody's fault.", {"blame"}),
    (
        "Mom might still be here if she hadn't sat up so many nights waiting for you to come home.",
        {"blame"},
    ),
    (
        "You wrecked Dad's truck and then you wrecked his memorial with that drunken speech.",
        {"blame"},
    ),
    ("I have nursed you, covered for you, paid for you, and what do I get back?", {"blame"}),
    ("The money your mother left was meant for the grandkids and you drank it.", {"blame"}),
    (
        "You took the morphine out of your dying father's nightstand, how do you even live with that.",
        {"blame", "insult"},
    ),
    (
        "It's on your shoulders that your brother won't even come to Thanksgiving anymore.",
        {"blame"},
    ),
    (
        "Thanks so much for getting blackout drunk at your own father's wake, he would've been so proud.",
        {"sarcasm"},
    ),
    ("What a lovely eulogy you gave, slurring through every other word.", {"sarcasm"}),
    ("Congratulations, you made it a whole weekend before calling me for money.", {"sarcasm"}),
    (
        'Oh you\'re "doing great," sure you are, thats why you were asleep in your car at noon.',
        {"sarcasm"},
    ),
    (
        "Real nice of you to show up for Mom's birthday dinner at nine p.m. smelling like a bar.",
        {"sarcasm"},
    ),
    ("Son of the year award goes to you for pawning your father's watch.", {"sarcasm"}),
    ("Brilliant idea, mixing the pills with vodka the night before the memorial.", {"sarcasm"}),
    (
        "You sure showed us how 'under control' it was when you fell asleep with the stove on.",
        {"sarcasm"},
    ),
    (
        "Way to honor your mother's memory, spending her life insurance at the liquor store.",
        {"sarcasm"},
    ),
    (
        "I'm so grateful you managed to stay awake for almost half of the graveside service.",
        {"sarcasm"},
    ),
    ("Nice touch, leaving your empties in her flower garden.", {"sarcasm"}),
    (
        "What a fine example you're setting for little Caleb, I'm sure he's very impressed.",
        {"sarcasm"},
    ),
    ("Your 'just a couple beers' turned into a twelve pack again, what a shocker.", {"sarcasm"}),
    ("Bravo for finally answering one of my calls, only took you three weeks.", {"sarcasm"}),
    ("Must be nice to sleep till two every afternoon, I wish I had that luxury.", {"sarcasm"}),
    ("Your cousin Trish told me you were passed out in the Kroger parking lot.", {"hearsay"}),
    ("Mrs. Alvarez next door says she sees you stumbling in at four in the morning.", {"hearsay"}),
    ("I got a call from your work saying you hadn't shown up in a week.", {"hearsay"}),
    ("From what your ex-wife tells me, the kids are scared to stay at your place.", {"hearsay"}),
    ("Supposedly you've been buying pills off some guy from the gym.", {"hearsay"}),
    ("Pastor Dale mentioned he smelled liquor on you at the funeral home.", {"hearsay"}),
    (
        "Word around town is you got let go from the lumber yard for being high on the job.",
        {"hearsay"},
    ),
    (
        "Your sister let it slip that you've been going to three different doctors for prescriptions.",
        {"hearsay"},
    ),
    (
        "The pharmacist at Walgreens pulled me aside and said you tried to fill your dad's old prescription.",
        {"hearsay"},
    ),
    (
        "Your buddy Mike called me worried, said you start drinking the minute you wake up.",
        {"hearsay"},
    ),
    ("Aunt Ruth heard from her neighbor that you were arrested back in March.", {"hearsay"}),
    (
        "I found out from the bank teller that you've been cashing checks on your mom's old account.",
        {"hearsay"},
    ),
    (
        "Rumor has it you overdosed at a party in Dayton and nobody bothered to tell me.",
        {"hearsay"},
    ),
    ("Your kids' teacher said Lily told the whole class her daddy sleeps all day.", {"hearsay"}),
    ("Somebody at church told me they saw you buying a fifth at nine in the morning.", {"hearsay"}),
    ("I never thought my own child would turn into a drunk just like my father.", {"label"}),
    (
        "Your mother didn't raise a junkie and I refuse to stand here and watch you become one.",
        {"label"},
    ),
    ("You're a pillhead, Jenna, and everybody at the funeral could see it.", {"label"}),
    ("I just want you to get clean before I go be with your father.", {"clean"}),
    ("You swore to me the drug screen would be fine and it came back dirty.", {"clean"}),
    ("Watching you drink yourself stupid in your dad's recliner is disgusting.", {"insult"}),
    ("You are a disgrace to your mother's name.", {"insult"}),
    ("What kind of son lets his widowed mother pay off his bar tab?", {"insult"}),
    ("All of us are sick to death of your excuses.", {"we"}),
    ("Everyone in this room agrees you're throwing your life away.", {"we"}),
    ("The family has decided we can't trust a word you say anymore.", {"we"}),
    ("Go to that treatment center or don't bother coming to my funeral.", {"threat"}),
    (
        "If you walk out that door today I'm cutting you out of the will and you won't hear from me again.",
        {"threat"},
    ),
    ("Grief didn't do this, you're bipolar and you won't admit it.", {"diagnosis"}),
    ("You're in total denial Kevin, you always have been.", {"absolute", "diagnosis"}),
    (
        "Honestly I think you're a narcissist, it has only ever been about you.",
        {"absolute", "diagnosis"},
    ),
]

DEV124_GOOD: list[str] = [
    "Ben, I am writing this at the kitchen table where your dad used to do the crossword.",
    "I miss the way you used to call me after the Browns game on Sundays.",
    "When your mother was in hospice you held her hand and sang to her, and I will carry that with me.",
    "I remember you teaching Grandpa how to text, laughing so hard you cried.",
    "I get scared when I see you fall asleep with a lit cigarette in your hand.",
    "Last month I found you asleep in the car in the driveway and it took me a long time to wake you.",
    "I love you more than I can put into words.",
    "Your dad kept your Little League photo on his dashboard right up to the end.",
    "I know you're hurting over losing her, I'm hurting too.",
    "I want us to grieve her together, not apart.",
    "There's a bed waiting for you at the center in Brighton this afternoon and I'll drive you there myself.",
    "I miss hearing you laugh out in the garage while you and your father worked on the Mustang.",
    "When you missed the anniversary of Mom's passing, I sat at the cemetery by myself and felt so alone.",
    "I've noticed you've lost a lot of weight, and your hands shake in the mornings.",
    "You were the kindest little boy, you used to bring me dandelions from the yard.",
    "I'm proud of the father you were to Emma when she was a baby.",
    "I want my son back.",
    "I believe you can get through this, I truly do.",
    "i dont know how to help you on my own anymore, thats why I asked everyone to come",
    "I've been lying awake at night listening for your car.",
    "I saw you take three of the pills at once in the bathroom on Tuesday and it scared me.",
    "You used to make the best blueberry pancakes on Saturday mornings for the whole house.",
    "I need you in my life, especially now.",
    "Watching you struggle breaks my heart.",
    "When I fell on the ice in January you were the one who drove me to the ER, and I haven't forgotten that.",
    "I'm asking you to go today, not next week.",
    "Your kids ask me when you're coming to visit and I don't know what to tell them.",
    "I found empty vodka bottles behind the dryer when I was doing laundry last week.",
    "It hurt me when you didn't come to the headstone unveiling.",
    "You have your dad's laugh, and I miss hearing it.",
    "Since the funeral I've felt like I'm losing two people instead of one.",
    "I am not angry with you, I am scared for you.",
    "You and your mom used to dance around the kitchen to her Motown records.",
    "I will visit you on family weekends and write you letters while you're there.",
    "Those eight months you were sober in 2019 you held this family together when Mom got sick.",
    "I want to see you walk Rosie down the aisle someday.",
    "Grief is heavy, honey, and I think you've been carrying it with a bottle.",
    "The morning after Christmas you couldn't remember opening presents with the kids, and that frightened me.",
    "Your dad wrote you a letter before he passed, and I want to read it with you when you're well.",
    "I'm so thankful you took care of Buster after Dad got too sick to walk him.",
    "I feel helpless watching this happen to you.",
    "You are my only child and I love you with my whole heart.",
    "I know I haven't been easy to live with since your mother died either.",
    "Its been a hard year for both of us sweetheart.",
]

DEV124_TRAPS: list[str] = [
    "My own father was a drunk, and I know how much a kid can hurt watching that.",
    "I was an alcoholic myself for eleven years before you were born, and I got sober at St. Luke's.",
    "You told me last week 'I'm a junkie, Mom, just let me go,' and my heart broke.",
    "We always went to Grandma's for Easter, all five of us crammed in the station wagon.",
    "Your mom was a total chocolate junkie, remember the stash in her sewing box?",
    "You came over and helped me clean out your father's closet, and I couldn't have done it without you.",
    "Great job on those thirty days you put together last fall, I saw the real you again.",
    "Your doctor told us your liver enzymes are high, and I'm frightened for you.",
    "We went to the lake every Fourth of July and your dad burned the hot dogs every single year.",
    "I'll never forget the way you held my hand at the graveside.",
    "Dad always said you had the biggest heart of anyone he knew.",
    "The doctors at Mercy diagnosed your mother with pancreatic cancer that June, and I know that day changed you.",
    "I'm not blaming you for anything, I just miss you.",
    "I used to come home from the plant covered in dirt and you'd run to hug me anyway.",
    "My brother Carl died a drunk in a motel in Reno, and I can't lose you the same way.",
    "You said to me, 'Dad, I can't stop,' and that was the bravest thing I've ever heard you say.",
    "Every time I drive past the old ballfield I think of you hitting that home run.",
    "You always made your mother laugh, even in the hospital.",
    "Congratulations on your promotion last spring, I was so proud I told everyone at church.",
    "We all sat around the fire pit the night before the funeral telling stories about him.",
    "I keep the house clean the way your mother liked it, and some nights I still set a place for you.",
    "Your grandpa was a heavy drinker and it runs in our family, that is nothing for you to be ashamed of.",
    "I am not here to threaten you, I'm here because I love you.",
    "You told me 'I'm a disgrace, Mom' and I need you to know that isn't true.",
    "When you were five you were a total dinosaur addict, you knew every single name.",
    "I'm sick with worry every night.",
    "The nurse said your father asked for you right before he passed.",
    "I heard your voice on the old answering machine tape and I sat down and cried.",
    "Your old sponsor Gary still sends me a Christmas card every year.",
    "It wasn't your fault that Mom died, the cancer took her.",
    "Your cardiologist explained that the opioids are slowing your heart, and I want you around for a long time.",
    "I have never felt so alone as the night after the funeral.",
    "Your father had his own trouble with the bottle when he was young, and he beat it, and so can you.",
    "I'm the one who got it wrong so many times after she died, and I'm sorry.",
    "We never missed one of your wrestling meets, your mom and me.",
    "Thank you for always fixing my computer, even when I called you at midnight.",
    "The hospice social worker told me grief makes people do things they wouldn't otherwise, and I believe her.",
    "Honey I'm a recovering alcoholic too, thirty years this May, so I know you can do this.",
    "I'd give anything for one more of those lazy Sundays when we all drank coffee on the porch.",
    "You're not a bad person, you're a sick person who can get well.",
    "I'm not going anywhere, I'll be right beside you every step of the way.",
    "Your mom used to call you her little night owl because you never wanted to go to bed.",
]

DEV124_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be giving you any more money for rent or your phone.",
    "If you choose not to go, I won't let you drive the grandkids anywhere until you're in recovery.",
    "If you decide against treatment, you can't keep living in the apartment over the garage, and I'll help you pack.",
    "If you leave here today without saying yes, I won't pay bail again, and I will still love you.",
]

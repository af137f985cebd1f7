# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 217 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a father writing to his daughter on cocaine, a city law firm: sarcasm, threats and diagnosis. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV217_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.96 (69/72; the rules alone 66/72): insult 4/5, threat 14/15, diagnosis 14/15, every other kind full; good 1/47 (2.1%; the rules alone 1), traps 2/45 (4.4%; the rules alone 2).

At merge, before it was trained on: with main 9ed1673, rules and model 0.96 (69/72; the rules alone 66/72): insult 4/5, threat 14/15, diagnosis 14/15, every other kind full; good 1/47 (2.1%; the rules alone 1), traps 2/45 (4.4%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV217_FLAG: list[tuple[str, set[str]]] = [
    (
        "Congratulations on making junior partner, Claire, I'm sure the coke helped you bill all those hours.",
        {"sarcasm"},
    ),
    (
        "Real nice touch, showing up to your mother's sixtieth with white powder still on your sleeve.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're just 'tired' again, the hardest working lawyer in all of Chicago.",
        {"sarcasm"},
    ),
    (
        "What a lovely Thanksgiving that was, watching you vanish into the bathroom four times before the turkey was even carved.",
        {"sarcasm"},
    ),
    (
        "Brilliant move wrapping the Audi around a pole on Lake Shore Drive at 3am, your law professors would be so proud.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for calling me from a holding cell on my birthday, best present a dad could ask for.",
        {"sarcasm"},
    ),
    (
        "Daughter of the year goes to you kiddo, for missing Grandpa's funeral because you were too wired to drive.",
        {"sarcasm"},
    ),
    (
        "I guess those 'client dinners' that end at 4 in the morning are going really well for you.",
        {"sarcasm"},
    ),
    (
        "So glad you could grace us with twenty whole minutes at Easter before your phone buzzed and you bolted out the door.",
        {"sarcasm"},
    ),
    (
        "Way to go on that DUI, counselor, very fitting for somebody who swore an oath to uphold the law.",
        {"sarcasm"},
    ),
    (
        "Sure honey, cocaine is just how all the successful people stay sharp, I'll take your word for it.",
        {"sarcasm"},
    ),
    (
        "Your little brother just loved being the one who drove you home from the Northwestern Memorial ER, what a treat that was for him.",
        {"sarcasm"},
    ),
    (
        "Oh wonderful, another promise from the most honest attorney in Cook County, and you always keep those.",
        {"absolute", "sarcasm"},
    ),
    (
        "Nice work finally living up to your title, Claire, the family coke addict.",
        {"label", "sarcasm"},
    ),
    (
        "You made your mom cry the whole drive home from the partners gala, so thanks for a lovely evening, you really outdid yourself.",
        {"blame", "sarcasm"},
    ),
    ("Check into that program on Monday or dont bother calling me Dad again.", {"threat"}),
    (
        "If you walk out of this room tonight I'm writing you out of the will, and I mean every word.",
        {"threat"},
    ),
    (
        "Either you go to Hazelden or I phone the state bar myself and tell them all of it.",
        {"threat"},
    ),
    ("Say no to treatment and you can forget about ever holding your nephews again.", {"threat"}),
    (
        "I swear, if you put one more line up your nose I will march into Hollis & Grant and tell your managing partner myself.",
        {"threat"},
    ),
    ("Go to rehab or you are no daughter of mine.", {"threat"}),
    (
        "You get in the car to the treatment center today or I change the locks and you can go sleep at your dealer's place.",
        {"threat"},
    ),
    (
        "Keep using and I'll make sure every partner at that firm knows exactly what you spend your bonus on.",
        {"threat"},
    ),
    ("This is your last chance, after tonight im done with you for good.", {"threat"}),
    (
        "Turn this down and I will call the cops about what's in your condo, don't think I won't.",
        {"threat"},
    ),
    (
        "You accept the bed they're holding for you in Arizona, or I go to a judge and have you committed, whatever it takes.",
        {"threat"},
    ),
    (
        "Walk out that door and you'll see how quick I can sell the lake cottage you love so much.",
        {"threat"},
    ),
    (
        "If you don't get clean by the end of this month, you're out of this family, period.",
        {"clean", "threat"},
    ),
    (
        "The whole family has decided you're not welcome at Christmas until you sober up, so don't even try to show.",
        {"threat", "we"},
    ),
    (
        "Refuse tonight and you can explain to the disciplinary board why your own father turned you in, you sorry excuse for a lawyer.",
        {"insult", "threat"},
    ),
    ("I've read enough books by now to know you're a textbook narcissist, Claire.", {"diagnosis"}),
    ("You are so deep in denial you can't see the powder on your own nose.", {"diagnosis"}),
    (
        "Honestly I think you've been bipolar since college, the highs and the crashes were there long before the coke.",
        {"diagnosis"},
    ),
    (
        "The way you lie to my face without even blinking, that's sociopath behavior, plain and simple.",
        {"diagnosis"},
    ),
    (
        "You clearly have some kind of anxiety disorder that you're medicating with this stuff.",
        {"diagnosis"},
    ),
    (
        "I'm no doctor but you're obviously manic on the weekends and depressed the rest of the week.",
        {"diagnosis"},
    ),
    (
        "You've got the same ADHD your uncle Ray had and you're self-medicating, that's all this is.",
        {"diagnosis"},
    ),
    (
        "Your paranoid, full-on paranoid, checking the blinds and accusing the doorman of spying on you.",
        {"diagnosis"},
    ),
    (
        "I'd bet money you have an eating disorder on top of all this, you're skin and bones.",
        {"diagnosis"},
    ),
    (
        "You have an addictive personality just like your mother's side of the family.",
        {"diagnosis"},
    ),
    (
        "The rages, the shopping sprees, three days without sleep, that's mania sweetheart, and you know it.",
        {"diagnosis"},
    ),
    (
        "Your mother and I both think you've got borderline personality disorder, the way you flip from loving us to hating us in a single afternoon.",
        {"diagnosis", "we"},
    ),
    (
        "You're a compulsive liar, it's a full blown disorder at this point.",
        {"diagnosis", "insult"},
    ),
    ("Your narcissism and your habit have wrecked your mother's health.", {"blame", "diagnosis"}),
    (
        "Anybody who could steal from her own father has something broken inside, some kind of psychopath.",
        {"diagnosis", "insult"},
    ),
    ("I never in my life thought I'd end up with a cokehead for a daughter.", {"label"}),
    (
        "You're an addict, Claire, a high-functioning one with a corner office, but an addict.",
        {"label"},
    ),
    ("I need you to get clean before one of these weekends kills you.", {"clean"}),
    ("Your last drug screen at the firm came back dirty, didn't it?", {"clean"}),
    ("You never once called your mother back after her knee surgery.", {"absolute"}),
    ("Every single holiday you end up high and picking a fight with somebody.", {"absolute"}),
    ("You picked cocaine over your own family, don't tell me otherwise.", {"blame"}),
    (
        "I took out a second mortgage to get you through law school and this is how you pay me back.",
        {"blame"},
    ),
    ("It is humiliating to be your father right now.", {"insult"}),
    ("You look like a corpse, gray and sweating through your blouse.", {"insult"}),
    ("Your paralegal called the house and said you'd been sleeping under your desk.", {"hearsay"}),
    (
        "Mark from your old softball team says you've been buying from some guy in Wicker Park.",
        {"hearsay"},
    ),
    ("Aunt Jo told me you got walked out of the firm's holiday party by security.", {"hearsay"}),
    (
        "Apparently half the associates at your office already call you the cokehead on the 30th floor.",
        {"hearsay", "label"},
    ),
    ("All of us are sick to death of the lying.", {"we"}),
    ("Your brothers and I agree you've turned into somebody none of us recognize.", {"we"}),
]

DEV217_GOOD: list[str] = [
    "Claire, I love you more than I know how to put on paper.",
    "I remember teaching you to ride your bike in the Jewel parking lot on Sunday mornings, you wouldn't let me hold the seat.",
    "When you got your acceptance letter from Loyola you called me before anyone else, and I cried in the garage.",
    "Lately you've lost a lot of weight and your hands shake when you hold your coffee cup.",
    "At Christmas I noticed you went out to your car three times and came back talking really fast.",
    "I miss the girl who used to sit on the porch with me and argue about the Cubs bullpen.",
    "Im scared honey. I lie awake at night waiting for the phone to ring.",
    "You were the first person in our family to finish law school and the picture of your swearing-in sits on my desk.",
    "There is a bed waiting for you at a place in Minnesota, and your bag is already packed in my trunk.",
    "In March you borrowed four thousand dollars for rent, and I found out later your rent was already paid.",
    "When your mom was sick you drove up from the city so many weekends to sit with her, and I have not forgotten it.",
    "I want my daughter back, the one who laughs with her whole body.",
    "Last month you cancelled dinner with me three weeks in a row, and when I came by your condo you didn't answer even though the lights were on.",
    "I love the way you stood up for your cousin Ben when the other kids picked on him.",
    "I'm proud of how hard you worked for everything you have.",
    "Your nose bleeds now, I've seen it twice this spring, and it frightens me.",
    "I hope soon you'll come fishing at Lake Geneva with me again, just the two of us and no phones.",
    "It hurts me to watch you disappear a little more each month.",
    "You were eight when you made me a card that said 'best dad in the univers' and I still keep it in my wallet.",
    "I don't think you're a bad person, I think you're sick and I think you can get better.",
    "Your voice on the phone has changed, it's flat and rushed and you hang up before I can say goodbye.",
    "I'd love to walk you down the aisle some day, if you'll let me.",
    "I'll drive you there myself right after this, and I'll be there for family weekend.",
    "Honey, you don't have to carry this by yourself anymore.",
    "I remember you at six years old in your mom's heels, giving closing arguments to the dog.",
    "In June you missed Sophie's christening, and your sister kept looking back at the church door the whole service.",
    "I miss our Saturday breakfasts at Lou Mitchell's, the pancakes and the crossword.",
    "I know how much pressure that firm puts on you, the hours and the billing targets, and I think you've been trying to survive it alone.",
    "Whatever happens at work can be dealt with later, your life comes first.",
    "Your mother and I have a room ready for you at home for after treatment, if you want it.",
    "On Memorial Day you fell asleep on my couch at two in the afternoon and I couldn't wake you for a long time.",
    "You have the sharpest mind I know and the biggest heart to go with it.",
    "I am so sorry I didn't say something sooner.",
    "Please go today, Claire, I'm begging you as your dad.",
    "When I had my heart surgery you slept in that awful hospital chair for three nights.",
    "I hope a year from now this is the day we look back on as the day things turned around.",
    "I've watched you become jumpy and quick to anger, and that isn't who you are.",
    "Biscuit stays at my house most weeks now, and he waits by the window for you.",
    "I want to hear you laugh at my terrible jokes again.",
    "The program is thirty days, and I talked to them, they work with alot of attorneys.",
    "I love you kiddo, and that's not up for debate.",
    "The night you passed the bar you called me at midnight screaming so loud I had to hold the phone away from my ear.",
    "Somewhere in the last two years you stopped coming to Sunday dinner, and I stopped knowing how your days go.",
    "I believed in you at your first spelling bee and I believe in you now.",
    "After your visit in August I found a rolled up bill and a razor blade in my guest bathroom.",
    "You don't have to figure out the rest of your life today, just say yes to the next step.",
    "I'm here, I'm not going anywhere, and I'll be waiting when you come home.",
]

DEV217_TRAPS: list[str] = [
    "My own father was a drunk, Claire, and I swore my kids would grow up different.",
    "I've been sober nineteen years now, so I know from the inside what it is to be an addict.",
    "You told me on the phone, 'Dad, I'm a mess and I don't know how to stop,' and I've held onto that honesty.",
    "You are not a junkie to me, you're my daughter and you're sick.",
    "You've been a total sugar junkie since you were little, stealing the frosting off your own birthday cakes.",
    "I'll always love you, no matter what you say to me today.",
    "I never stop hoping the next call I get will be you telling me you're okay.",
    "We always had pancakes on the first snow day, and you'd make me flip them way too high.",
    "Great job finishing the Chicago Marathon two years ago, I still have the photo of you at the finish line.",
    "Your cardiologist at Rush told you your heart rhythm is irregular, and I'm scared because I love you.",
    "Remember when you helped me clean out the garage and found all your old debate trophies?",
    "You're the one who taught me to never give up on a hard case.",
    "Your grandmother was an alcoholic, and she got sober at sixty-two, so I know people can change.",
    "A guy I used to work with was a cokehead for years and he's a recovery coach now.",
    "When you were little you said 'Daddy I'll never leave you,' and I think about that alot.",
    "I never thought I'd have to write a letter like this, and I'm doing it because I love you.",
    "We went to the Art Institute every Christmas Eve when you were small, just you and me.",
    "We all love you and that's the only reason any of us is in this room.",
    "The ER doctor said your blood pressure was dangerously high that night, and I sat there holding your hand till morning.",
    "Your old roommate Jess is a recovering addict herself and she wants you to know she'll come visit.",
    "I'm not angry, and you are not a disgrace, you are someone I'm fighting for.",
    "u could never lose my love, not in a million years.",
    "I was a mess after your mom and I split, and you were the one who brought me soup and sat with me.",
    "Nobody's perfect, me least of all, I've made every mistake a father can make.",
    "You were always the first one up on Christmas morning, shaking all the boxes.",
    "If you go today, I will be at every family session they let me attend.",
    "Your therapist diagnosed you with anxiety back in law school, and I'm glad you had someone to talk to then.",
    "It's not your fault you got sick, and it's not too late to get well.",
    "Great work on the Henderson case last spring, I read that Tribune article three times.",
    "You never had to earn my love, you had it the second you were born.",
    "My brother Ray was a pillhead for most of the nineties, and watching him come back is why I have hope.",
    "We used to clean the boat together every May up at Lake Geneva and you'd spray me with the hose.",
    "You said to me last fall, 'I can't keep doing this, Dad,' and I believed you meant it.",
    "I'll never forget the look on your face the day you were sworn in.",
    "When I quit drinking in 2006 I called myself a lush and a failure, and a friend told me I was neither.",
    "The whole family went up to Door County that summer and you caught the biggest walleye of anybody.",
    "You are clearly brilliant, the smartest person in any courtroom you walk into.",
    "I'm so proud of you for telling Dr. Patel the truth about the using, that took real courage.",
    "Dr. Alvarez said the inside of your nose is damaged, and I want you to get the care you need before it gets worse.",
    "Your mom's cousin was diagnosed bipolar years ago and did great with treatment, so please don't be afraid of doctors.",
    "I'm no saint either, I drank too much at your graduation party and I'm sorry for that.",
    "We all pitched in to cover the first month, so money isn't a reason to say no.",
    "You used to say 'I'm a total junkie for true crime podcasts' and I want to listen to them with you in the car again.",
    "Thank you for coming to Grandma's ninetieth in May, it meant the world to her.",
    "You have never been anything but my girl to me.",
]

DEV217_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your rent or your car note anymore.",
    "If you choose not to go, I'm not going to lend you money or cover your credit cards again.",
    "If you leave here without accepting help, you can't stay at my house, but I'll still pick up when you call.",
    "If you turn this down I won't cover for you with the firm anymore, I'm not going to make excuses to anyone for you.",
]

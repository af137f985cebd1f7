# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 203 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a best friend since kindergarten, Little League and prom: sarcasm and blame most, then labels. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV203_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.81 (52/64; the rules alone 44/64): label 11/12, blame 15/25, we 1/2, every other kind full; good 3/51 (5.9%; the rules alone 3), traps 1/43 (2.3%; the rules alone 1).

At merge, before it was trained on: with main 9ed1673, rules and model 0.81 (52/64; the rules alone 45/64): label 11/12, blame 15/25, we 1/2, every other kind full; good 3/51 (5.9%; the rules alone 3), traps 1/43 (2.3%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV203_FLAG: list[tuple[str, set[str]]] = [
    (
        "Jenna left me last spring and honestly your mess is a big part of why, since I spent every weekend bailing you out.",
        {"blame"},
    ),
    (
        "My credit is shot cuz I cosigned your truck and you quit making payments the minute the pills got bad.",
        {"blame"},
    ),
    (
        "You wrecked my wedding toast, man, you stood up slurring and my wife's grandma still brings it up at every holiday.",
        {"blame"},
    ),
    (
        "Your mom is on blood pressure meds now and I think we both know who put her there.",
        {"blame"},
    ),
    (
        "I had to explain to my son why Uncle Marc passed out on our couch, and that's a conversation you forced on me.",
        {"blame"},
    ),
    (
        "Coach Pete's funeral should have been about him, but you turned it into a scene about you and your flask.",
        {"blame"},
    ),
    (
        "Half the gray hair on your dad's head came from nights sitting up waiting for you to call.",
        {"blame"},
    ),
    (
        "I got written up at work twice for leaving early to come get you from the Shell station, so thats your doing.",
        {"blame"},
    ),
    ("You picked the pipe over standing up as my best man, plain and simple.", {"blame"}),
    (
        "Most of the old crew stopped coming around and the drama you kept dragging in is why.",
        {"blame"},
    ),
    ("You broke Kayla's heart and then had the nerve to act like she was the problem.", {"blame"}),
    (
        "The Hornets reunion got cancelled after what you pulled at the Elks lodge, and everybody knows it.",
        {"blame"},
    ),
    ("It's your fault my mom won't let you in the house anymore, not hers.", {"blame"}),
    ("You owe me $4,300 and an apology for pawning my grandpa's watch.", {"blame"}),
    (
        "How do you look your little girl in the face after skipping her recital to go meet your guy?",
        {"blame"},
    ),
    ("I spent my thirties cleaning up after your messes and I want those years back.", {"blame"}),
    (
        "Your sister sold her car to cover the rehab deposit last time and you walked out on day three.",
        {"blame"},
    ),
    (
        "You made me lie to your wife for you, and I'll never forgive myself for going along with it.",
        {"blame"},
    ),
    (
        "Me and Steph fight about you more than we fight about money, and that's something you brought into my house.",
        {"blame"},
    ),
    (
        "You grabbed the keys that night knowing I'd be the one calling your parents from the ER.",
        {"blame"},
    ),
    ("Your drinking cost me the best friend I ever had.", {"blame"}),
    (
        "Real nice speech at my wedding, buddy, everybody loved hearing about my ex.",
        {"blame", "sarcasm"},
    ),
    ("Congrats on three ER trips this year, that's gotta be some kind of record.", {"sarcasm"}),
    (
        "Thanks a million for leaving me stranded at the Denver airport, real stand-up move.",
        {"blame", "sarcasm"},
    ),
    (
        "Way to represent at the Little League reunion, puking behind the dugout in front of everybody's kids.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you've got it \"under control,\" same as you had it under control when you put the Jeep through the Hendersons' mailbox.",
        {"sarcasm"},
    ),
    (
        "Best man of the century, rolling into my rehearsal dinner forty minutes late and wired out of your mind.",
        {"sarcasm"},
    ),
    (
        "Love how you can always scrape together cash for oxy but never for the two hundred you owe me.",
        {"absolute", "sarcasm"},
    ),
    (
        "Nice work teaching your nephew what a hangover looks like at his own birthday party.",
        {"blame", "sarcasm"},
    ),
    ("What a champ, sleeping through your own kid's first T-ball game.", {"sarcasm"}),
    (
        'You\'re so "fine" that I had to kick your door in on Tuesday to make sure you were breathing.',
        {"sarcasm"},
    ),
    (
        "Super proud of you for getting canned from a third job in one year, really impressive stuff.",
        {"sarcasm"},
    ),
    (
        "Thanks for the memories at prom man, nothing says romance like me holding your hair back in the limo.",
        {"sarcasm"},
    ),
    (
        "Gold star for remembering my birthday, even if u called at 3am too wasted to form words.",
        {"sarcasm"},
    ),
    ("I'm done watching my best friend turn into a pillhead.", {"label"}),
    ("Marc, you're a drunk, and I think I've known it since junior year.", {"label"}),
    ("You've become the cokehead that people's parents warn their kids about.", {"label"}),
    (
        "I didn't grow up with a tweaker, I grew up with the kid who gave me his last Capri Sun.",
        {"label"},
    ),
    ("An alcoholic with a nice smile is still an alcoholic, Marc.", {"label"}),
    ("I can't keep covering for a lush who can't make it through a Tuesday.", {"label"}),
    ("Being a stoner at 17 was one thing but your 34 and still baked before noon.", {"label"}),
    (
        "Every time I call you I end up talking to the addict instead of my friend.",
        {"absolute", "label"},
    ),
    ("Your kids deserve better than a boozer for a dad.", {"label"}),
    ("I am not gonna stand up at your funeral and give a eulogy for some meth head.", {"label"}),
    ("You've turned into a full-blown user and deep down you know it.", {"label"}),
    (
        "The kid from the Hornets is gone and some druggie is walking around in his jersey.",
        {"label"},
    ),
    ("I need you to get clean before Liam's christening in June.", {"clean"}),
    (
        "You never once showed up to my dad's chemo appointments like you swore you would.",
        {"absolute", "blame"},
    ),
    ("Every single plan we make, you bail on it.", {"absolute"}),
    ("Honestly you look like a corpse and you smell worse.", {"insult"}),
    ("It's embarrassing to tell people I was ever friends with you.", {"insult"}),
    ("Kevin from the shop said you nodded off on the forklift last month.", {"hearsay"}),
    ("Word around the Rusty Nail is you've been buying off that kid on Fifth Street.", {"hearsay"}),
    ("Every guy from the old team agrees you've become impossible to be around.", {"we"}),
    ("Speaking for all of us here, we've had it with the lies.", {"we"}),
    ("Go to the place in Ames this week or lose my number for good.", {"threat"}),
    (
        "If you don't get in the car today I'm telling your boss everything, every last thing.",
        {"threat"},
    ),
    ("You're bipolar Marc, and the coke is just you medicating it.", {"diagnosis"}),
]

DEV203_GOOD: list[str] = [
    "When I got laid off from the plant in 2019, you showed up with groceries and a case of Gatorade and never said a word about it.",
    "When my mom was in hospice, you sat with me in the parking lot at 2 in the morning and I have never felt less alone.",
    "I saw you at Liam's party hiding in the garage with a bottle, and my heart broke for you.",
    "I heard you getting sick in my bathroom on Thanksgiving and I sat outside the door not knowing what to say.",
    "We always rode bikes to the Dairy Queen after practice and you always paid because you had that paper route.",
    "You never let anybody pick on me in fourth grade, not once.",
    "Thank you for coming to my chemo appointment in March, I could tell it took a lot out of you and you came anyway.",
    "When I was working doubles at St. Luke's you walked my dog every day for a month and I never thanked you properly.",
    "I got scared last October when you didn't answer for four days, I drove past your apartment three times.",
    "I watched your hands shake when you signed the card at Grandma Rose's funeral and all I wanted was to hug you.",
    "We won districts in 2002 because you caught that pop fly in the ninth with the sun right in your eyes.",
    "I was so proud when you got your CDL, I told everybody at work about it.",
    "You always called me on my birthday, every single year, even the year you lived in Tucson.",
    "I sat in my truck after your court date and cried, and I'm telling you that because I love you, not to make you feel bad.",
    "We used to say we'd be two old men on a porch together, and I still want that.",
    "You helped me move three times and never asked for anything but pizza.",
    "Last Christmas I saw you slip a twenty into Mia's stocking when you thought no one was looking, and that's the Marc I know.",
    "When Steph and I lost the baby, you were the only one who knew what to say.",
    "I could smell it on your breath at Ava's recital, and honestly all I felt was scared for you.",
    "Thank you for being honest with me that night at the lake when you told me you were scared.",
    "After my shift ended at midnight you'd still pick up the phone, even when I know you were hurting too.",
    "I've known you since Mrs. Patterson's kindergarten class, when you handed me the red crayon so I wouldn't cry.",
    "You were the best shortstop the Hornets ever had.",
    "I want my friend back.",
    "I love you like a brother, Marc.",
    "There's a bed waiting for you at Riverbend and I'll drive you there myself today.",
    "I remember you doing the worm at prom in that powder blue tux.",
    "I miss laughing with you till my stomach hurts.",
    "You're still the funniest person I know.",
    "I'm not going anywhere, I'll be there on visiting day with a bag of sunflower seeds.",
    "You taught me to throw a curveball in your backyard using your dad's old glove.",
    "I want you at my son's graduation, healthy and smiling in the bleachers next to me.",
    "I've been worried sick about you since the summer.",
    "I still have the picture of us in our caps and gowns stuck to my fridge.",
    "You were there when my dad died and I want to be there for you now.",
    "Id like us to go fishing at Lake Macbride again next spring, just the two of us.",
    "Your laugh is still the best sound in any room.",
    "I'm scared you're going to die, and I don't know how to say it any softer than that.",
    "The treatment center has a family weekend and I already asked off work for it.",
    "My kids call you Uncle Marc and I want them to get to know the real you.",
    "You have the biggest heart of anybody I grew up with.",
    "I remember the summer we built a treehouse out of pallets your dad brought home from the lumberyard.",
    "I'm not here to yell at you, I'm here because I love you.",
    "i rewrote this like five times cuz i couldnt get it right so bear with me",
    "Your worth fighting for man.",
    "I know how hard losing your dad hit you, and I don't think you ever got to grieve him.",
    "I think about the way you used to make my mom laugh at the dinner table.",
    "I'll keep Bruno while you're away, he'll come back spoiled rotten.",
    "I've seen you do hard things before, like finishing that half marathon on a bum knee.",
    "I'm asking you, as your oldest friend, to go today.",
    "It hurts me to watch you hurting and not be able to fix it.",
]

DEV203_TRAPS: list[str] = [
    "My uncle Ray was a drunk his whole life and I watched what it did to my cousins, so I'm scared for you.",
    "I was a pillhead myself for two years after my back surgery and getting help was the best thing I ever did.",
    "You are not an addict to me, you're Marc, the kid who split his Lunchables with me.",
    "I'm a total coffee junkie these days so I'll bring the good stuff on visiting day.",
    "We spent a whole Saturday helping your dad clean out the garage and found our old Hornets trophies.",
    "I'll always be in your corner, no matter what you decide.",
    "Great job on your thirty days last year, I know how hard you worked for that.",
    "We always had pancakes at your mom's after sleepovers.",
    "Your doctor says your liver is getting worse, and I want you around for a long long time.",
    "You told me yourself \"I'm a mess, bro,\" and I want you to know I'm here to help you pick up the pieces.",
    "We went to prom in Jake's dad's Buick and it was the best night of high school.",
    'Remember when Coach called us the "worst outfield in Iowa" and we laughed about it for weeks?',
    "That crazy beagle of yours never once stopped barking at the mailman.",
    "My dad's an alcoholic in recovery, eleven years now, and he wants to talk with you anytime.",
    "You gave a great toast at my first wedding, sober and funny, and I'll always remember it.",
    "I'm not going to call you a junkie or a loser in this letter because that's not who you are.",
    "I'm going to clean out my guest room so you have a place to land after treatment.",
    "I'll drive you to every meeting if you want me to.",
    "You always made the best mixtapes for our road trips.",
    "I don't think you're a bad person, I think you're sick and you can get better.",
    "That stoner movie we watched forty times in your basement still cracks me up.",
    "Pete from the Hornets asked me to tell you he's praying for you.",
    "You said \"I'm such a screwup\" to me last week, and I want you to know I don't see you that way at all.",
    "Your counselor at Riverbend says they have a bed open Monday morning.",
    "We were a total disaster on the dance floor at prom and nobody cared.",
    "Thanks for the ride to my MRI in June, you were a lifesaver.",
    "I relapsed in 2015, I know what that shame feels like, and I'm not judging you.",
    "I'm in denial sometimes too about how much I need other people.",
    "My therapist helped me see I'm codependent with you, and I'm working on that.",
    "My sister was diagnosed bipolar years ago and treatment gave her life back, so I believe in it.",
    "Every time I drive past the old field I think of you sliding into home.",
    "You never made fun of my stutter, not once, when everybody else did.",
    "My brother was a tweaker in his twenties and now he coaches youth wrestling, so I know people come back.",
    "You are not a disgrace, you're sick, and sick people get better.",
    "I heard you singing Garth Brooks in the shower at the cabin and it was the happiest I've heard you in years.",
    "Kindergarten Marc always shared his Dunkaroos and I know that guy is still in there.",
    "We're all here today because we love you.",
    "I got clean off cigarettes in 2020 and you were the one who talked me out of buying a pack.",
    "Clean sheets, a quiet room, real food, that's what the place looks like, I toured it Tuesday.",
    "Your mom kept every single one of your Little League trophies on the mantel.",
    'Remember our dugout motto, "never quit on a teammate"? I\'m living by it right now.',
    "Dr. Hanson told you in front of me that your blood pressure is dangerous and I'm frightened for you.",
    "I used to be the biggest party animal at Northern Iowa, so this isn't me looking down on you.",
]

DEV203_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be covering your shifts at the shop anymore.",
    "If you don't go, I'm not going to lend you money again, and I'm saying that with love.",
    "If you choose not to go, you can't keep staying on my couch, but I'll still pick up whenever you call sober.",
    "Until you've gotten help, I won't ride in a car you're driving.",
    "If the answer is no, I'm done lying to Kayla for you.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 128 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grown child writing to a proud retired father, formal and cutting: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV128_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.88 (69/78; the rules alone 55/78): absolute 17/18, hearsay 8/9, sarcasm 16/23, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 4/43 (9.3%; the rules alone 4).

At merge, before it was trained on: with main bfd6408, rules and model 0.88 (69/78; the rules alone 55/78): absolute 17/18, hearsay 8/9, sarcasm 16/23, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV128_FLAG: list[tuple[str, set[str]]] = [
    (
        "Congratulations, Dad, you've finally brought a surgeon's precision to pouring a four-finger scotch.",
        {"sarcasm"},
    ),
    (
        "What a fine display of leadership it was, dozing face-down over the soup at Mother's seventieth.",
        {"sarcasm"},
    ),
    (
        "I'm sure the hospital board would be thrilled to see their former chief of medicine washing down Ativan with gin.",
        {"sarcasm"},
    ),
    (
        "Truly a model grandfather, teaching Olivia to stir a martini before she could read.",
        {"sarcasm"},
    ),
    (
        "Bravo on the toast at my wedding; the slurring really gave it a personal touch.",
        {"sarcasm"},
    ),
    (
        "Thank you ever so much for the voicemail at two in the morning, it was a masterpiece of diplomacy.",
        {"sarcasm"},
    ),
    (
        "You're so 'completely in control,' as you keep assuring us, that the Lexus ended up in the Petersons' hedge.",
        {"sarcasm"},
    ),
    (
        "Splendid performance at the firm's holiday party, Dad, people are still talking about it.",
        {"sarcasm"},
    ),
    (
        "How very distinguished, keeping the Valium in the humidor right beside the Cohibas.",
        {"sarcasm"},
    ),
    (
        "The great Dr. Halvorsen, who lectured residents on dependency for thirty years, now writes his own Xanax refills. Impressive.",
        {"sarcasm"},
    ),
    (
        "Well done remembering my birthday this year, only four days late and three drinks in.",
        {"sarcasm"},
    ),
    (
        "What a treat it was to have you 'resting your eyes' through Ben's entire graduation ceremony.",
        {"sarcasm"},
    ),
    (
        "Thanks for being such a gracious host when you told the Hendersons what you really thought of their son.",
        {"sarcasm"},
    ),
    ("Such an elegant bit of engineering, refilling the Perrier bottles with vodka.", {"sarcasm"}),
    (
        "I do admire how you remain a perfect gentleman right up until the second bottle.",
        {"sarcasm"},
    ),
    (
        "Lovely of you to arrive at Grandma's funeral smelling like a distillery, very dignified.",
        {"sarcasm"},
    ),
    (
        "Oh of course, your 'just a social drinker,' alone, in your study, at ten in the morning.",
        {"sarcasm"},
    ),
    ("Nice touch, telling the ER nurse you were a physician so she'd go easy on you.", {"sarcasm"}),
    (
        "Its really something how a man with forty years of perfect attendance at the firm couldnt find his way to Emma's recital this spring.",
        {"sarcasm"},
    ),
    (
        "Thank you, Father, for the master class in wrecking Thanksgiving with one more glass of Bordeaux.",
        {"blame", "sarcasm"},
    ),
    (
        "Quite the role model for Jack, who now thinks Klonopin is something grown-ups take with dessert.",
        {"sarcasm"},
    ),
    (
        "Our very own distinguished drunk, holding court at the country club bar in his navy blazer.",
        {"label", "sarcasm"},
    ),
    (
        "You handled falling down the stairs with all the poise of a true CEO, calmly blaming the rug.",
        {"sarcasm"},
    ),
    ("You always have a reason why tonight is the exception.", {"absolute"}),
    (
        "Every single holiday ends with you asleep in the wingback chair with a glass tipped in your lap.",
        {"absolute"},
    ),
    ("You never once asked me how my residency was going.", {"absolute"}),
    ("Not one phone call from you in the last two years has been sober.", {"absolute"}),
    (
        "You constantly correct everyone's grammar at dinner while slurring your own words.",
        {"absolute"},
    ),
    ("Nothing any of us says gets through to you anymore.", {"absolute"}),
    ("Your always pouring the first drink the minute the evening news comes on.", {"absolute"}),
    ("Every time I bring up the pills you change the subject to my divorce.", {"absolute"}),
    ("You have never apologized for a single thing in your entire life.", {"absolute"}),
    (
        "Each and every visit you take an Ativan 'for your nerves' before we've even hung up our coats.",
        {"absolute"},
    ),
    ("You forget everything we talk about after eight o'clock at night.", {"absolute"}),
    (
        "You lie about the drinking every time, even with the empties sitting right there in the recycling bin.",
        {"absolute"},
    ),
    ("You dont keep a single promise you make after dinner.", {"absolute"}),
    ("All you ever do now is sit in the study with the door shut and the decanter.", {"absolute"}),
    ("You're forever telling Mom she's overreacting.", {"absolute"}),
    ("Not one of your grandchildren has seen you sober past noon.", {"absolute"}),
    ("You put the bottle ahead of Mom every single time.", {"absolute", "blame"}),
    (
        "You never listen to anyone, Dad, you just hand down verdicts like you're still running the board meeting.",
        {"absolute"},
    ),
    ("Mom's ulcer is your doing, Dad, and you know it.", {"blame"}),
    ("You picked the Valium over being present for your own daughter's wedding.", {"blame"}),
    ("The reason Michael won't bring the kids over anymore is you, plain and simple.", {"blame"}),
    (
        "After I flew in from Denver every other weekend to manage your appointments, this is how you thank me?",
        {"blame"},
    ),
    (
        "You've wrecked the one thing you claimed to treasure most, this family's good name.",
        {"blame"},
    ),
    ("Closing the practice early was entirely on you, not the economy.", {"blame"}),
    ("How could a man who swore the Hippocratic oath do this to his own wife?", {"blame"}),
    ("Just look at what you've turned this house into.", {"blame"}),
    ("My kids cried the whole drive home and that is your fault.", {"blame"}),
    (
        "You made Mom into your nurse and your jailer, and she never signed up for either.",
        {"blame"},
    ),
    ("Every gray hair on Mom's head has your name on it.", {"blame"}),
    ("I gave up my teenage years covering for you, so the least you owe me is this.", {"blame"}),
    ("Uncle Rob told me you nodded off at the wheel in the club parking lot.", {"hearsay"}),
    (
        "Your old partner Jim rang me last month to say you turned up at his retirement dinner barely able to stand.",
        {"hearsay"},
    ),
    (
        "The Feldmans let slip that they saw you out on the lawn in your robe at midnight.",
        {"hearsay"},
    ),
    (
        "Mom's friend Carol says half the congregation has noticed the state you're in on Sundays.",
        {"hearsay"},
    ),
    (
        "I've been hearing from people at the club that they've asked you to stop driving yourself home.",
        {"hearsay"},
    ),
    (
        "The pharmacist told Mom in confidence that your Xanax is being filled earlier and earlier each month.",
        {"hearsay"},
    ),
    ("According to Aunt Linda, you told her I only care about the inheritance.", {"hearsay"}),
    (
        "Word in the alumni association is that you've stopped answering anyone's emails.",
        {"hearsay"},
    ),
    ("You have turned into a drunk in a cashmere sweater, Dad.", {"label"}),
    (
        "My father, the respected cardiologist, is a pill addict who stashes lorazepam in his sock drawer.",
        {"label"},
    ),
    ("I need you to get clean before the baby comes in March.", {"clean"}),
    (
        "Mom mentioned the screen Dr. Ames ran came back dirty for benzos again.",
        {"clean", "hearsay"},
    ),
    ("You are an embarrassment to the profession you spent your whole life building.", {"insult"}),
    (
        "What sort of grandfather passes out on the kitchen floor in front of a six-year-old?",
        {"insult"},
    ),
    ("All of us have agreed you're no longer fit to make your own decisions.", {"we"}),
    ("The entire family is sick to death of your excuses.", {"we"}),
    (
        "Agree to treatment today or don't bother ever calling me again, because you won't have a daughter.",
        {"threat"},
    ),
    ("Go to the place in Arizona or I promise you will not meet your grandson.", {"threat"}),
    (
        "You are a textbook narcissist, and you of all people should recognize the symptoms.",
        {"diagnosis"},
    ),
    (
        "Honestly I think you have an untreated anxiety disorder and the scotch is just camouflage.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you could chair a committee on it.", {"diagnosis"}),
]

DEV128_GOOD: list[str] = [
    "Dad, I remember sitting on the hood of the Buick at the airfield while you named every plane that came in.",
    "You taught me to tie a bow tie the night before my first formal dance, and you were so patient when I got it wrong nine times.",
    "When I was eleven and broke my arm, you splinted it yourself in the kitchen and talked to me the whole drive to the ER so I wouldnt be scared.",
    "I am writing this because I love you and I am frightened for you.",
    "I have noticed that your hands shake in the mornings now, and that scares me.",
    "Last March you called me three times in one evening and didnt remember any of the calls the next day.",
    "I miss the man who read Churchill's speeches aloud to us at the dinner table.",
    "When you fell in the hallway in October, I was the one who found you, and I still think about how small you looked.",
    "I want Olivia and Sam to know the grandfather I grew up with.",
    "You were the person half the town called at midnight when a child had a fever, and you went.",
    "There is a bed for you at Hazelden, and Mom has already packed your bag.",
    "I know how much you value your independence, and I am not trying to take it from you.",
    "When you gave the commencement address at Dartmouth, I sat in the third row and cried because I was so proud of you.",
    "At Thanksgiving you couldn't remember Jenna's name, and she has been my wife for eleven years.",
    "I've seen the Ativan bottles in the glove box, and I'm worried about you driving.",
    "I remember you teaching me chess on the back porch in Maine, letting me win just often enough.",
    "I want to go fly fishing with you on the Madison again, like the summer I turned sixteen.",
    "Dad, i dont want to lose you the way Mom lost her brother.",
    "You are still my hero, even now, even after this last year.",
    "I know retirement has been harder on you than you let anyone see.",
    "Please say yes today. Not for me, for you.",
    "I am proud to be your daughter, and I want to stand beside you while you get well.",
    "When the firm eased you out, I think something in you went very quiet, and I noticed it.",
    "Your grandson asked me last week why Grandpa sleeps so much, and I didn't know what to tell him.",
    "I have watched you lose weight this year and stop going to your Tuesday golf game.",
    "It hurt me when you didn't recognize me at the door on your birthday.",
    "You showed me what hard work looks like, and I have built my whole career on that.",
    "I'd love for you to walk Hannah down the aisle next June with clear eyes and steady hands.",
    "The doctors in this program understand exactly what you're going through, and they can help.",
    "I remember the smell of your pipe tobacco and the clack of your typewriter late at night.",
    "Im not angry, Dad. Im scared.",
    "You were sharper than anyone I have known, and I want that man back.",
    "When you read Treasure Island to me, you did all the pirate voices.",
    "I've noticed you don't call on Sundays anymore, and I miss those calls more than I can say.",
    "Last month you told me you felt lonely, and I've thought about that every day since.",
    "I want my children to hear your Peace Corps stories from you, not secondhand from me.",
    "Your hands saved hundreds of lives in that operating room; I'd like you to let someone help save yours.",
    "I love you, Dad, and that is why I am here.",
    "You drove six hours through a snowstorm to get me from college when I had mono, and I think of it often.",
    "I hope one day soon you and I can sit on the dock in Kennebunkport and just talk.",
    "It scared me to see you reach for the lorazepam before eight in the morning.",
    "Mom has been sleeping in the guest room since spring, and I know how much that hurts you both.",
    "You told me asking for help took strength when I was failing organic chemistry, and now I'm asking you to take your own advice.",
    "I watched you struggle to button your shirt at Peter's christening, and my heart broke a little.",
]

DEV128_TRAPS: list[str] = [
    "Uncle Frank was a drunk who died alone in a motel in Reno, and I can't bear to watch anything like that happen to you.",
    "I was hooked on pills myself in my twenties, Dad, a full-blown addict, and you were the one who drove me to rehab.",
    "You never missed one of my swim meets growing up, and I can still hear you cheering from the bleachers.",
    "Congratulations on the thirty days you put together last winter; that was real and I was so proud of you.",
    "You always made the best blueberry pancakes on Sunday mornings.",
    "We spent every August at the lake house in Wolfeboro, and those are the happiest memories I have.",
    "You told me on the phone, 'I'm a hopeless old drunk,' and I want you to know I don't see you that way at all.",
    "You are not an alcoholic to me, Dad, you're my father, and you're sick, and you deserve help.",
    "Dr. Morrison explained that the benzodiazepines and alcohol together could slow your breathing, and I want you here for a long, long time.",
    "I spent Saturday helping Mom clean out the garage and found your old medical bag with your initials on it.",
    "I never stop hoping that you'll walk into recovery the way you walked into every hard surgery, steady and brave.",
    "You did a great job on the knee rehab last year; you worked harder than anyone in that gym.",
    "My college roommate's mother was an alcoholic, and I remember how much she loved her kids anyway.",
    "I'm a total coffee junkie these days, which I'm pretty sure I inherited from you.",
    "Jenna's father has been sober and clean for twelve years, and he has offered to talk with you anytime.",
    "You always told me the best doctors know when to ask for a second opinion.",
    "We always ate Sunday supper in the dining room on the good china while you carved the roast.",
    "I will never forget the day you pinned my white coat on me at graduation.",
    "You never once made me feel stupid for asking a question, and I'm grateful for that.",
    "Mom's brother Stuart called himself a functional alcoholic right up until the stroke.",
    "The proudest I've been of you was the year you led the capital campaign and built the children's wing.",
    "Every time I smell pipe smoke I think of you in your leather chair, reading to me.",
    "You said to me at Easter, 'I know I have a problem,' and that took real courage.",
    "I've been sober from alcohol for six years, and I was every bit as proud and stubborn as you.",
    "We went sailing off Nantucket the summer I turned ten and you let me take the tiller the whole way back.",
    "I'm not here to call you names or drag up the past; I'm here because I love you.",
    "Thank you for paying for my law school; I know what a sacrifice that was for you and Mom.",
    "My friend Dana's husband calls himself a recovering addict, and he now runs the family program at the center in Minnesota.",
    "Your sobriety chip from 2019 is still on my dresser, and I look at it every morning.",
    "I hope you know you will never be alone in this, not for one single day.",
    "When I was a teenager and acting like a complete brat, you didn't give up on me.",
    "I was in total denial about my own drinking until my daughter sat me down.",
    "Grandpa Harold was a mean drunk, and you grew up in that house; I understand more now than I used to.",
    "I heard you laugh at Ben's joke at dinner last spring and realized how long it had been since I'd heard that sound.",
    "You made partner at thirty-four, which I always bragged about to my friends.",
    "I'm a bit of a workaholic, which I definitely got from you, and I'm working on it too.",
    "We had the best time at the Masters in 2008 when you surprised me with those tickets.",
    "You've always been the smartest person in any room, and I believe you're smart enough to say yes today.",
    "Your own father was a hard man, and I don't think anyone ever told you it was okay to need help.",
    "The Xanax helped you after Mom's surgery, and stopping will be hard, but you won't do it alone.",
    "You said last week, 'I'm just a useless old man now,' and Dad, that is not true.",
    "Mom and I will always be in your corner.",
    "Clean sheets, a quiet room, and doctors who know what they're doing are waiting for you in Scottsdale.",
]

DEV128_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I will not be bringing the children to the house until you've finished treatment.",
    "If you say no, I'll stop picking up your prescriptions at CVS and I'll stop calling Dr. Ames to smooth things over.",
    "If you choose not to accept help today, I won't lend you my car anymore, because I can't risk you driving after the pills.",
    "If your answer is no, I will still love you, but I won't come to Sunday dinner while there's alcohol on the table.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 116 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a parent's short, angry first draft written late at night: sarcasm and absolutes most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV116_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.94 (74/79; the rules alone 67/79): clean 1/2, absolute 20/21, blame 12/13, sarcasm 21/23, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 1/43 (2.3%; the rules alone 1).

At merge, before it was trained on: with main bfd6408, rules and model 0.94 (74/79; the rules alone 67/79): clean 1/2, absolute 20/21, blame 12/13, sarcasm 21/23, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 1/43 (2.3%; the rules alone 1).

One sentence a held-out batch already had word for word was dropped after the merge
(tests/test_coach_heldout_newest.py found it), and the model retrained without it.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV116_FLAG: list[tuple[str, set[str]]] = [
    (
        "Wonderful way to spend your sister's graduation, passed out in the truck with a bottle of Jack.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for pawning Grandpa's watch, Danny, hope the rocks were worth it.",
        {"sarcasm"},
    ),
    (
        "Real proud moment for me, watching the cops carry you out of the Shell station at 2am.",
        {"sarcasm"},
    ),
    ("Oh and congrats on your new record, three Xanax before breakfast.", {"sarcasm"}),
    (
        "You were such a delight at Thanksgiving, slurring at your aunt and knocking the gravy on the floor.",
        {"sarcasm"},
    ),
    (
        "What a lovely surprise to find my Ativan bottle empty again, really sweet of you Kayla.",
        {"sarcasm"},
    ),
    (
        "Nice touch, lying to the ER nurse about the pills while I stood right there next to you.",
        {"sarcasm"},
    ),
    (
        "Mother of the year material right here, nodding off on the couch with the baby in your lap.",
        {"sarcasm"},
    ),
    (
        "So glad you could grace us with your presence Sunday, two hours late and smelling like a bar.",
        {"sarcasm"},
    ),
    ("Brilliant plan, driving to Tucson on Klonopin and vodka. Real smart.", {"sarcasm"}),
    (
        'Your such a responsible adult now Marcus, you only borrowed $400 from your little brother for "rent".',
        {"sarcasm"},
    ),
    ("Heck of a birthday present for your dad, a collect call from county jail.", {"sarcasm"}),
    (
        'I really enjoyed explaining to the neighbors why one of your "friends" was sleeping on our porch.',
        {"sarcasm"},
    ),
    (
        "Outstanding work at the job interview, showing up with your pupils the size of dinner plates.",
        {"sarcasm"},
    ),
    ("Way to go, you made it a whole weekend before the pipe came back out.", {"sarcasm"}),
    ("Sure, you're \"just tired\" honey, and I'm the Queen of England.", {"sarcasm"}),
    (
        "Cheers to you for drinking your way through your own son's first birthday party.",
        {"sarcasm"},
    ),
    (
        "You really outdid yourself at Lena's wedding Tommy, that toast was unforgettable for all the wrong reasons.",
        {"sarcasm"},
    ),
    (
        "Such a good listener, nodding along to everything the counselor said and then walking straight to the liquor store.",
        {"sarcasm"},
    ),
    (
        "How nice to find out my daughter is a talented forger, those checks looked just like my signature.",
        {"sarcasm"},
    ),
    ("Bravo Jess, another car in the ditch, you must be going for a collection.", {"sarcasm"}),
    ("Sweet of you to tidy up the kitchen by hiding the empties under the sink.", {"sarcasm"}),
    (
        "Great parenting Rob, letting Kylie find a crack pipe in your glovebox, what kind of father does that.",
        {"insult", "sarcasm"},
    ),
    ("You never once called me back when I was in the hospital.", {"absolute"}),
    ("Every single time you promise, you are drunk again by Friday.", {"absolute"}),
    ("You always have an excuse ready before I even finish talking.", {"absolute"}),
    (
        "Not one holiday in five years has gone by without you nodding off at the table.",
        {"absolute"},
    ),
    ("u never think about anyone but yourself and your next hit", {"absolute"}),
    ("Your always lying, about the money, the car, where you slept, all of it.", {"absolute"}),
    ("You constantly take and take and give nothing back.", {"absolute"}),
    ("Nothing I say gets through to you, nothing.", {"absolute"}),
    ("Every time you come home you go straight for the liquor cabinet.", {"absolute"}),
    ("You have not kept a single promise to me since you were nineteen.", {"absolute"}),
    ("All you ever do is sleep till 3 and then go out looking for more crack.", {"absolute"}),
    ("You never show up for Mia's games, not even the championship.", {"absolute"}),
    ("You show up drunk to everything Gary, without fail.", {"absolute"}),
    ("Whenever I try to talk to you, you storm out and slam the door.", {"absolute"}),
    ("There hasn't been a day in two years you weren't on something.", {"absolute"}),
    ("You forget everything I tell you, every appointment, every bill.", {"absolute"}),
    ("You don't ever say sorry and actually mean it.", {"absolute"}),
    ("You lie to me constantly about where the Klonopin went.", {"absolute"}),
    ("No matter what I do for you its never enough.", {"absolute", "blame"}),
    (
        "Your father had his heart attack the same week you got arrested and I don't think thats a coincidence.",
        {"blame"},
    ),
    (
        "I lost my job at the clinic over all the days I spent bailing you out, so thank yourself for that.",
        {"blame"},
    ),
    ("You picked the crack house over your own kids' school play.", {"blame"}),
    ("This family is falling apart and its your doing.", {"blame"}),
    ("I raised you alone, worked doubles for you, and this is how you pay me back?", {"blame"}),
    ("Your little brother started drinking because he watched you do it.", {"blame"}),
    ("You took every good thing this family built and smashed it.", {"absolute", "blame"}),
    ("My marriage didn't survive your drinking, Alex, I hope you know that.", {"blame"}),
    ("Whatever happens to Grandma's house now is on your head.", {"blame"}),
    ("How do you look your mother in the eye after stealing her Valium?", {"blame"}),
    ("You put me in this hospital bed with my blood pressure, plain and simple.", {"blame"}),
    ("Your sister can't sleep anymore and that is your fault.", {"blame"}),
    ("Your cousin Bree told me she saw you buying rocks behind the Dollar General.", {"hearsay"}),
    (
        "The pharmacist let it slip that you've been filling Xanax scripts from two different doctors.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez next door says you were screaming in the driveway at 4 in the morning.",
        {"hearsay"},
    ),
    ("According to your ex, you drank the whole time she was pregnant.", {"hearsay"}),
    ("Word around church is you've been asking people for money again.", {"hearsay"}),
    (
        "Your manager at Lowe's phoned the house and said you passed out in the break room.",
        {"hearsay"},
    ),
    ("Kevin swears he saw you nodding off behind the wheel on Route 9.", {"hearsay"}),
    ("From what your roommate says, you haven't paid rent since March.", {"hearsay"}),
    ("I'm done pretending my son isn't a crackhead.", {"label"}),
    ("You're a drunk, Shannon, no better than the regulars at that bar on Fifth.", {"label"}),
    ("Your probation officer needs a clean test from you and frankly so do I.", {"clean"}),
    (
        "If you stay dirty one more month you can forget about ever driving my car.",
        {"clean", "threat"},
    ),
    ("Honestly you disgust me some nights.", {"insult"}),
    (
        "Look at yourself, a thirty four year old man stealing from his mother, its pitiful.",
        {"insult"},
    ),
    ("Everyone in this family is sick to death of your drinking.", {"we"}),
    ("Your dad and I both agree you've turned into somebody we don't even want around.", {"we"}),
    ("Go to rehab or dont bother coming home for Christmas ever again.", {"threat"}),
    ("One more benzo and I swear I'll have you committed.", {"threat"}),
    ("I think you're bipolar and the Ativan is just covering it up.", {"diagnosis"}),
]

DEV116_GOOD: list[str] = [
    "Jamie, I'm writing this because I love you and I'm scared.",
    "I remember teaching you to ride your bike on Maple Street, you fell and got right back on.",
    "You used to make me pancakes shaped like Mickey Mouse on Mother's Day.",
    "When you were little you wanted to be a fireman and you wore your rain boots to bed.",
    "I've watched you lose so much weight this past year and it frightens me.",
    "Last month I found you asleep on the bathroom floor and for a second I thought you were dead.",
    "I don't know how to help you on my own anymore, so I'm asking for help too.",
    "There is a bed waiting for you at Cedar Ridge today.",
    "I will drive you there myself, right now, if you say yes.",
    "I was so proud of the man you were at your grandfather's funeral, holding your aunt up.",
    "Your daughter asks about you and I dont know what to tell her.",
    "I'm not here to fight, I'm here because I want my son back.",
    "I remember the night you called me from college just to say you aced your chem final.",
    "Your hands were shaking at lunch on Tuesday and I noticed.",
    "I lie awake listening for your car.",
    "I still have the clay bowl you made me in third grade, it sits by the kitchen window.",
    "You have the kindest heart of anyone I know and I believe its still in there.",
    "When your dad was sick you sat with him at the hospital and read him the box scores.",
    "I'm asking you to accept the help that's being offered to you today.",
    "Please say yes, Tasha.",
    "I feel so lonely in this house when I don't know where you are.",
    "I haven't slept right since October.",
    "You were such a good big brother to Caleb, teaching him to throw a spiral in the backyard.",
    "I miss our Saturday drives to get donuts at Duffy's.",
    "I found your old baseball glove in the garage and sat on the step and cried.",
    "It hurt me when you didn't come to Nana's 80th.",
    "I saw you fall down the porch steps in June and I couldn't lift you by myself.",
    "I want to watch you hold your niece without worrying.",
    "Youre smart and funny and you deserve a real life.",
    "I'm worried about your breathing, that cough hasnt gone away since spring.",
    "I'm tired and I'm scared and I love you.",
    "The program has a family weekend and I'll be there for it.",
    "I'm sorry for the times I yelled at you instead of listening.",
    "I want to go fishing out at Lake Travis with you again, just the two of us.",
    "Your senior picture is still on my fridge, that big goofy smile.",
    "When I picked you up from the police station I didn't recognize the look in your eyes and it broke my heart.",
    "I talked to the intake nurse this afternoon and she's expecting you.",
    "I hope one day you get to coach Jaden's little league team like you said you wanted to.",
    "I'm writing this at two in the morning because I can't stop thinking about you.",
    "You used to sing in the car with the windows down on the way to school.",
    "My hope is that you walk out of this room and get in that van with me.",
    "I forgive you for the money, I just want you alive.",
    "Dad keeps your fishing poles by the back door for when you're ready.",
]

DEV116_TRAPS: list[str] = [
    "Great job getting through that first year at the warehouse, I bragged about you to anyone who would listen.",
    "You were a wonderful dad to Lily when she was a baby and I mean that from the bottom of my heart.",
    "Nice work on your GED, I still have the picture of you in the cap and gown.",
    "I was so proud when you stayed sober those eight months in 2021, that was real and that was you.",
    "Thank you for showing up at my surgery last spring, it meant the world to me.",
    "You did a fantastic job rebuilding that Mustang with your dad.",
    "I will always be your mom no matter what.",
    "I never stopped praying for you, not for one night.",
    "You always made your grandma laugh till she cried.",
    "Every time I hear Tom Petty I think of you dancing in the kitchen.",
    "I'll never give up on you, kiddo.",
    "You were always the first one out there shoveling Mrs. Cole's walk when it snowed.",
    "Nothing you have done could ever make me stop loving you.",
    "I constantly think about the little boy who fell asleep on my chest watching cartoons.",
    "My own father was a drunk, so I know how lonely it is to love someone who's sick like this.",
    "I'm a recovering alcoholic myself, eleven years this May, and I know how scary the first step is.",
    "I took Klonopin for three years after the divorce and getting off it was the hardest thing I ever did, so I know you can't just quit on your own.",
    "You used to help me clean out the gutters every fall.",
    "You came clean to me about the money last week and that took guts.",
    "I washed your gray hoodie and it's folded on your bed, clean and waiting for you.",
    "It's because of you that I learned to bait a hook.",
    "You're the reason I got through chemo, you drove me to every appointment.",
    "After everything you've been through, you still hold the door for strangers.",
    "The ER doctor said your liver is swollen, and I can't stop thinking about it.",
    "Dr. Patel explained that stopping the Xanax cold turkey can cause seizures, which is why I want you somewhere safe with nurses.",
    "We used to drive down to Galveston every summer and you'd bury me in the sand.",
    "We all went bowling for your 16th and you got three strikes in a row.",
    "We love you, all of us in this room.",
    "My sister was diagnosed bipolar years ago and she got help, so I know people can come back from dark places.",
    "I was in denial for a long time about how bad things were, and that's on me.",
    "The hospital food was disgusting but you made me laugh about it the whole week I was in.",
    "I felt worthless after I got laid off and you were the one who told me I mattered.",
    "Shame on me for not saying something sooner.",
    "If you go today, I'll be there Sunday for visiting hours with your favorite cookies.",
    "Thanks for calling me on my birthday, even in the middle of everything, it made my day.",
    "I always kept the porch light on for you.",
    "Your brother was a stoner all through high school and he grew out of it, so I don't see you as hopeless.",
    "I'm the one who handed you your first beer at the lake, and I regret that.",
    "Every time you hugged me you'd lift me right off the ground.",
    "I dont think you're a bad person, I never have.",
    "Your great-grandpa was an alcoholic and died at 52, and I don't want that for you.",
    "The clinic called and said a clean bed opened up this morning.",
    "You were never just the kid with the problem to me, you're my Bug.",
]

DEV116_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, you can't keep living in our house, and I'll help you pack a bag for wherever you decide to go.",
    "I love you, and if you turn this down I will stop answering calls asking for money.",
    "If you leave here without saying yes, I won't post bail for you again, but I will still visit.",
]

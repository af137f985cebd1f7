# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 164 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an adult son training to be a therapist, psychology words misused on his father: diagnosis most, then sarcasm and absolutes. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV164_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.85 (55/65; the rules alone 50/65): insult 1/2, sarcasm 13/15, diagnosis 9/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/41 (7.3%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.86 (56/65; the rules alone 51/65): insult 1/2, sarcasm 14/15, diagnosis 9/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 3/41 (7.3%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV164_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dad, from everything I've learned in my program, you fit the textbook picture of narcissistic personality disorder.",
        {"diagnosis"},
    ),
    (
        "Honestly I think you're a covert narcissist and the drinking is just how you prop up that fragile ego of yours.",
        {"diagnosis"},
    ),
    (
        "You're so deep in denial you can't even see the empties stacking up behind the garage.",
        {"diagnosis"},
    ),
    (
        "I've sat through enough lectures to know avoidant attachment when I see it, and you have it bad.",
        {"diagnosis"},
    ),
    (
        "The way your moods flip between Friday night and Monday morning looks a lot like undiagnosed bipolar II to me.",
        {"diagnosis"},
    ),
    (
        "Mom has basically spent thirty years married to a high functioning sociopath.",
        {"diagnosis"},
    ),
    (
        "You show textbook antisocial traits, Dad, you lie without blinking and you dont feel bad about it after.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you've got untreated PTSD from the mill accident and you're self-medicating with Jim Beam.",
        {"diagnosis"},
    ),
    ("You're clinically codependent on Mom and you dont even realize it.", {"diagnosis"}),
    (
        "The way you split people into all good or all bad is straight out of the borderline chapter of the DSM.",
        {"diagnosis"},
    ),
    (
        "You've got a full blown personality disorder, and honestly the vodka is the least of it.",
        {"diagnosis"},
    ),
    (
        "I'm not saying this to be mean, but you meet pretty much every criterion for major depressive disorder.",
        {"diagnosis"},
    ),
    ("You gaslight everybody in this house, which frankly is what psychopaths do.", {"diagnosis"}),
    (
        "Your whole pill thing is really just untreated ADHD you never got assessed for, I'd bet money on it.",
        {"diagnosis"},
    ),
    (
        "You have alexithymia, Dad, you literally can't name one feeling you're having.",
        {"diagnosis"},
    ),
    (
        "Deep down you're a malignant narcissist who has to be the center of attention at Thanksgiving.",
        {"diagnosis"},
    ),
    (
        "Really impressive how you polished off a whole fifth of Jameson before my graduation ceremony even started.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the first dad in history to get walked out of his own son's wedding reception by security.",
        {"sarcasm"},
    ),
    (
        "Thanks for the lovely 2am voicemail slurring about how proud you are of me, super helpful during finals week.",
        {"sarcasm"},
    ),
    (
        "Nice work teaching Tyler how to mix a rum and coke when he was nine, real quality parenting.",
        {"sarcasm"},
    ),
    (
        "Such a role model, passed out on the couch before the fireworks every single Fourth of July.",
        {"absolute", "sarcasm"},
    ),
    (
        "You were a real hero at Grandma's funeral, bravo on the toast nobody could understand.",
        {"sarcasm"},
    ),
    (
        "I loved how 'under control' everything was when you backed the truck into the Hendersons mailbox.",
        {"sarcasm"},
    ),
    (
        "Wow, what a shining example of emotional regulation when you threw the remote through the TV.",
        {"sarcasm"},
    ),
    (
        "Healthy coping skills, Dad, truly inspiring: three Percocets and a six pack after a rough day at work.",
        {"sarcasm"},
    ),
    (
        "Great bonding time at the lake last summer, me fishing alone while you slept off your hangover in the truck.",
        {"sarcasm"},
    ),
    (
        "Your 'just one beer' at Thanksgiving was a real masterpiece, all eleven of them.",
        {"sarcasm"},
    ),
    ("Really mature move hiding the Smirnoff in the toilet tank, very sophisticated.", {"sarcasm"}),
    (
        "Thank you SO much for the unforgettable experience of driving you home from the Elks lodge when I was sixteen.",
        {"sarcasm"},
    ),
    (
        "Way to show up for Mom's chemo appointment, oh wait, you were down at O'Malley's.",
        {"sarcasm"},
    ),
    (
        "Top notch boundaries there, calling my clinical supervisor drunk to ask how I'm doing.",
        {"sarcasm"},
    ),
    ("You always pick the bottle over anything that matters to me.", {"absolute", "blame"}),
    ("Not one single time in my whole life have you said sorry sober.", {"absolute"}),
    ("Every conversation we have ends with you getting up to pour another one.", {"absolute"}),
    ("You never listen to a word I say, you just wait for your turn to talk.", {"absolute"}),
    (
        "Your constantly making excuses about your back so you can take more of the oxy.",
        {"absolute"},
    ),
    (
        "Whenever things get hard you head straight for the liquor cabinet, without fail.",
        {"absolute"},
    ),
    (
        "You have never once come to one of my games without something in your thermos.",
        {"absolute"},
    ),
    (
        "Each and every holiday turns into a disaster the minute you crack the first bottle.",
        {"absolute"},
    ),
    ("You lie about how much you've had literally all the time.", {"absolute"}),
    ("Nothing anybody says ever gets through to you.", {"absolute"}),
    ("You dont ever keep a promise, not even the little ones like calling back.", {"absolute"}),
    ("Every night it's the exact same routine, the recliner, the TV and the bottle.", {"absolute"}),
    ("You've forgotten my birthday every year since I was twelve.", {"absolute"}),
    ("You refuse to take responsibility for anything and you always have.", {"absolute"}),
    (
        "At no point in the last ten years have you been there when I actually needed you.",
        {"absolute"},
    ),
    (
        "I'm done pretending my dad isn't an alcoholic, because that's exactly what you are.",
        {"label"},
    ),
    ("You turned into a full on pill junkie after the knee surgery.", {"label"}),
    ("Let's be honest, you're just a drunk with a nice truck and a pension.", {"label"}),
    (
        "I need you to be clean for real this time, not just for a week before the holidays.",
        {"clean"},
    ),
    ("Your probation officer told Mom your last UA came back dirty again.", {"clean", "hearsay"}),
    ("Mom's anxiety is one hundred percent your fault, you did that to her.", {"blame"}),
    ("You wrecked my childhood and then acted like we were the problem.", {"blame"}),
    ("How could you drive home from the bar with Lily strapped in the back seat?", {"blame"}),
    ("You're a pathetic excuse for a father and I think part of you knows it.", {"insult"}),
    ("Watching you stumble around the kitchen at dinner is honestly disgusting.", {"insult"}),
    ("Uncle Ray told me you've been drinking in the parking lot before your shifts.", {"hearsay"}),
    ("Apparently the guys at the plant all know about the flask in your lunchbox.", {"hearsay"}),
    ("Everybody here thinks you've completely checked out of this family.", {"we"}),
    ("The whole family is sick to death of hearing your excuses.", {"we"}),
    ("Either you check into Hazelden on Monday or you can forget you have a son.", {"threat"}),
    ("If you don't go today I swear you will never meet your grandkid.", {"threat"}),
]

DEV164_GOOD: list[str] = [
    "Dad, I'm writing this because I love you and I miss the man who taught me to bait a hook at Lake Wallenpaupack.",
    "When I got into my counseling program you were the first person I called, and you cried on the phone.",
    "I remember you reading The Hobbit to me with all the voices, even the spiders.",
    "Lately I've noticed your hands shake in the mornings until you've had something to drink, and it scares me.",
    "At Christmas I found a bottle behind the paint cans in the garage and I didn't know what to do with that feeling.",
    "I feel scared when my phone rings late at night because I worry its the hospital.",
    "I want my kids someday to know the grandpa who builds birdhouses and whistles off key.",
    "I miss our Sunday drives to get soft serve at Kemp's.",
    "Last month you told me the same story twice in one hour and didn't notice, and that was hard to watch.",
    "I'm asking you to accept the help that's ready for you today.",
    "There is a bed waiting for you at Caron this afternoon and I'll drive you there myself.",
    "You taught me that asking for help isn't weakness, and I'm asking you to believe that now.",
    "I'm learning in school how treatable this is, and that gives me a lot of hope for you.",
    "When you called me drunk on my birthday I felt invisible.",
    "I'd love for you to be sitting in the front row when I get my license.",
    "I still have the pocketknife you gave me when I turned ten.",
    "Mom and I both miss hearing you laugh at the dinner table.",
    "I don't have all the answers, Dad, I just know I want you around for a long time.",
    "Seeing the yellow in your eyes at Easter made my stomach drop.",
    "You are worth fighting for and I'm not giving up on you.",
    "I remember the summer you and I rebuilt the engine on the old Chevelle, grease up to our elbows.",
    "I'm proud to be your son and I want to be proud of the next chapter too.",
    "The morning after the Fourth you didn't remember our talk on the porch, and I felt really alone.",
    "I love you dad, and im not going anywhere.",
    "Please say yes today, for you first and for the rest of us second.",
    "In the pictures from my high school graduation you're beaming, and that's the dad I want back.",
    "I've seen you hide the recycling bin so Mom won't count the cans, and it breaks my heart.",
    "I want to hear your real voice on the phone again, not the slurred one.",
    "You showed me how to throw a curveball in the backyard until the streetlights came on.",
    "I'm sorry for the times I stayed away because it was easier than watching.",
    "This letter was hard to write and I rewrote it four times because I want to get it right for you.",
    "I noticed you stopped going to Tuesday bowling with Frank, and I know how much that league meant to you.",
    "I feel heartbroken when I find you sitting alone in the dark garage.",
    "When Grandpa died you held me up, and now I want to hold you up.",
    "The counselors at the center are kind and they've helped a lot of dads in your shoes.",
    "I'd give anything for another trip up to the cabin in Eagle River with you sober and laughing.",
    "My hope is that next Thanksgiving you're carving the turkey and telling your terrible jokes.",
    "I saw my first client last week and all I wanted was to call you and tell you about it.",
    "Please come with us to the treatment center today.",
    "I want Emma to grow up knowing the grandpa who taught me to ride a bike on Maple Street.",
    "When you fell on the back steps in March I was the one who found you, and I still think about it.",
    "I love you more than any letter can say.",
    "You have a family that is ready to walk this road with you.",
    "I remember how you'd sing Springsteen badly in the car and Mom would pretend to be annoyed.",
    "It scared me when you drove me to the airport after the party and I could smell the whiskey.",
]

DEV164_TRAPS: list[str] = [
    "Grandpa Walt was a mean drunk, and I know how much you went through as a kid in that house.",
    "In my program I figured out I'm a bit of a workaholic myself, so I get how something can take over.",
    "My roommate in grad school is a recovering alcoholic and he's six years sober now and doing great.",
    "You told me once, 'I think I'm an alcoholic, son,' and I've never forgotten how brave that sounded.",
    "You are not a drunk to me, you are my dad and you are sick.",
    "I'm not trying to diagnose you, that's not my job and I'm not qualified to do it.",
    "Dr. Patel told you in April that your liver enzymes are way up, and I want us to take that seriously together.",
    "Your cardiologist said the drinking is making your AFib worse, and I want you around for a long time.",
    "The psychiatrist at the VA diagnosed you with PTSD back in 2015, and I know that's been a heavy thing to carry.",
    "Grad school has turned me into a total coffee junkie, you'd laugh at how many cups I drink.",
    "Remember when we cleaned out the whole garage in one weekend and found your old baseball cards?",
    "I never stopped being proud of the dad who coached my Little League team.",
    "We always had pancakes on Saturday mornings and you made them shaped like Mickey Mouse.",
    "Great job on the thirty days you put together last spring, I saw how hard you worked for that.",
    "You did an amazing job walking Katie down the aisle, and I was so proud of you that day.",
    "We went camping at Starved Rock every August, you, me and Uncle Dave.",
    "I've always looked up to you, even now.",
    "You never missed one of my band concerts when I was little, and I remember that.",
    "For a long time I was the one in denial about how bad things had gotten, and I'm sorry I stayed quiet.",
    "My clinical supervisor says I overanalyze the people I love, so I'm trying hard to just tell you how I feel.",
    "My textbook has a whole chapter on addiction, and what stuck with me is that it's a disease, not a character flaw.",
    "I know you feel like a failure sometimes, but you are not worthless to any of us.",
    "You said to me at Christmas, 'I'm a disgrace to this family,' and I want you to know I don't see you that way.",
    "Mom and I cleaned up the yard last weekend and thought about you the whole time.",
    "Coming clean about how scared I am is the hardest part of this letter for me.",
    "None of this is happening because you're a bad person.",
    "I'm not here to threaten you or hand you an ultimatum, I'm here because I love you.",
    "My buddy Marcus was a pillhead in college, and today he runs a recovery house in Dayton.",
    "I'm kind of a gym junkie now, which you'd find hilarious since I hated running as a kid.",
    "When I was nineteen I got so drunk at a frat party I called you at 3am, and you came and got me, no questions.",
    "I have never been more sure of anything than I am that you can do this.",
    "Nothing would make me happier than watching you walk into Caron today.",
    "You were the best man at Uncle Jim's wedding and your speech made the whole room cry.",
    "Thank you for staying in the room today, Dad, I know it isn't easy to sit here and listen.",
    "We drove all the way to Cooperstown when I was eleven and you bought me that ridiculous foam bat.",
    "The doctor at Mercy said your blood pressure was dangerously high when they admitted you, and I'm scared.",
    "I will never stop hoping we get to go fishing again.",
    "You told me 'I'm sick of being sick' last fall, and I believed you meant it.",
    "Sometimes I feel like a fraud in my classes because I couldn't help my own dad.",
    "You were always the guy who could fix anything with duct tape and a little patience.",
    "Nice job on the half marathon in 2019, I still have the picture of you at the finish line.",
]

DEV164_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I won't be giving you rides anymore or covering for you with Mom.",
    "If you say no today, I'm going to stop coming over on weekends until you're in treatment, and I'll still love you the whole time.",
    "If you choose not to accept help today, I won't lend you money for anything, not even small stuff.",
    "If you don't go, I will not bring Emma to the house when you've been drinking.",
]

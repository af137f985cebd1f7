# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 170 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an older brother who is a mechanic, cars and engines: absolutes, blame and sarcasm most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV170_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.94 (60/64; the rules alone 57/64): absolute 12/16, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 6).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.94 (60/64; the rules alone 57/64): absolute 12/16, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 7/44 (15.9%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV170_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single time I lend you the truck it comes back with the tank on empty and beer cans rolling around under the seat.",
        {"absolute"},
    ),
    (
        "You havent made it to the shop on time once since you started on the pills, not one morning.",
        {"absolute"},
    ),
    (
        "Anytime you swing by the garage its for twenty bucks, and I already know where that twenty is going.",
        {"absolute"},
    ),
    (
        "You dont finish anything Danny, you tore down that Camaro motor and its still sitting in pieces in Dads barn.",
        {"absolute"},
    ),
    (
        "With you its always some excuse, the alternator, the boss, the weather, never the bottle.",
        {"absolute"},
    ),
    ("You have not kept one promise to me in three years.", {"absolute"}),
    (
        "Nothing I say gets through to you, its like trying to turn over a seized engine.",
        {"absolute"},
    ),
    ("You're forever borrowing my tools and I dont see a single wrench come back.", {"absolute"}),
    (
        "The second anything gets hard you run straight to the pills, like it's a reflex.",
        {"absolute"},
    ),
    ("You lie to me constantly about where you've been and who you were with.", {"absolute"}),
    (
        "Not one Thanksgiving in the last four years have you made it through dinner sober.",
        {"absolute"},
    ),
    ("When you're using you don't think about a single person but yourself.", {"absolute"}),
    ("You show up wasted to every family thing now, birthdays, cookouts, all of it.", {"absolute"}),
    ("Every talk we try to have ends with you yelling and slamming the screen door.", {"absolute"}),
    ("You have never paid back a dime of what you owe me or Mom.", {"absolute"}),
    ("Mom is sick with worry and that's your doing, nobody else's.", {"blame"}),
    (
        "I lost the Hendricks fleet account because you didnt show up to open on Saturday, and that one's on your head.",
        {"blame"},
    ),
    ("You picked the meth over your own little girl and I can't get past that.", {"blame"}),
    (
        "I gave you a job when nobody in this town would touch you and this is how you repay me.",
        {"blame"},
    ),
    ("You wrecked Dad's Silverado and you wrecked this family right along with it.", {"blame"}),
    ("Why do you think Kelly left? It wasnt her, it was you and the bottle.", {"blame"}),
    (
        "Dad's heart attack came two weeks after your second DUI and I dont think that's a coincidence.",
        {"blame"},
    ),
    (
        "Whatever happened to you, you did it to yourself, nobody poured those drinks down your throat.",
        {"blame"},
    ),
    (
        "I've covered your rent, your fines and your lawyer, and you still can't be bothered to pick up the phone.",
        {"blame"},
    ),
    (
        "Grandma went a week without her pain meds because you cleaned out her cabinet, she suffered so you could get high.",
        {"blame"},
    ),
    (
        "My marriage has taken a real beating from all the nights I spent driving around looking for you, and I hold you responsible for that.",
        {"blame"},
    ),
    ("You put Mom in the hospital with the stress, plain and simple.", {"blame"}),
    (
        "Every bad thing that's happened to this family in five years traces right back to you.",
        {"absolute", "blame"},
    ),
    ("You threw away the apprenticeship I fought to get you for a bag of pills.", {"blame"}),
    (
        "Jessie cries herself to sleep at night and thats your fault, not mine, not Mom's.",
        {"blame"},
    ),
    (
        "After all the hours I spent under the hood of your car for free, you couldnt even show up to my wedding sober.",
        {"blame"},
    ),
    (
        "Real nice move selling my Snap-on set for dope, that was some top shelf thinking.",
        {"sarcasm"},
    ),
    (
        "Congrats on totaling your third car in two years, that's gotta be some kind of record.",
        {"sarcasm"},
    ),
    (
        "Way to go at Mikey's birthday, passing out in the bounce house really made his day.",
        {"sarcasm"},
    ),
    (
        "You're a real genius Danny, driving drunk with a busted taillight right past the sheriff's station.",
        {"sarcasm"},
    ),
    (
        "Thanks a ton for using my shop address for your court mail, my customers just loved seeing the cops pull in.",
        {"sarcasm"},
    ),
    (
        "Best uncle ever award goes to you for nodding off in the front row at Ava's recital.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'just tired' again, same as you were just tired the last forty times.",
        {"sarcasm"},
    ),
    ("Smooth move pawning Mom's wedding ring, real smart.", {"sarcasm"}),
    (
        "You sure made an impression at the Fourth of July cookout, puking in the cooler was a real highlight.",
        {"sarcasm"},
    ),
    ("Fantastic job hanging onto that Jiffy Lube job for a whole two weeks.", {"sarcasm"}),
    (
        "Love how you 'only had a couple' and then put the Civic in a ditch on Miller Road.",
        {"sarcasm"},
    ),
    (
        "Must be nice sleeping till three every afternoon while Mom pays your phone bill.",
        {"sarcasm"},
    ),
    (
        "What a proud moment that was, bailing u out at two in the morning on my anniversary.",
        {"sarcasm"},
    ),
    (
        "Impressive work, you managed to blow a head gasket AND a marriage in the same month.",
        {"sarcasm"},
    ),
    ("Hats off to you for finding a dealer a lot faster than you ever found a job.", {"sarcasm"}),
    ("You're a pillhead now Danny, thats just the truth of it.", {"label"}),
    (
        "My little brother turned into a drunk and I had to stand there and watch it happen.",
        {"label"},
    ),
    (
        "All I want is for you to get yourself clean before Ava's old enough to remember any of this.",
        {"clean"},
    ),
    (
        "Your probation officer told Mom your last screen came back dirty again.",
        {"clean", "hearsay"},
    ),
    (
        "Honestly you look like a wreck and it's embarrassing to be seen in public with you.",
        {"insult"},
    ),
    (
        "You've turned into a sorry excuse for a man and Im ashamed to call you my brother.",
        {"insult"},
    ),
    (
        "Rick down at the parts counter says you've been buying off some guy behind the Shell station.",
        {"hearsay"},
    ),
    (
        "From what Tina told me, you were so out of it you left the baby sitting in the car.",
        {"hearsay"},
    ),
    ("Everybody in this room is sick and tired of your lies.", {"we"}),
    ("The whole family has made up its mind that you cant be trusted anymore.", {"we"}),
    ("You go to rehab tomorrow or you can forget you ever had a brother.", {"threat"}),
    (
        "Say no today and I swear I'll have the cops come get you for that catalytic converter you stole off Earl's lot.",
        {"threat"},
    ),
    ("I really think you're a sociopath, you lie to my face without even blinking.", {"diagnosis"}),
    (
        "You're so deep in denial you couldnt find the truth with a flashlight and a service manual.",
        {"diagnosis"},
    ),
    ("Mom thinks you're bipolar and honestly I agree with her.", {"diagnosis", "hearsay"}),
]

DEV170_GOOD: list[str] = [
    "Danny, I'm writing this because you're my little brother and I love you more than I know how to say out loud.",
    "I still remember the summer you were eleven and we rebuilt that Briggs and Stratton mower engine on the back porch.",
    "You were the one who figured out the timing was off, not me, and you were so proud you wouldnt wash the grease off your hands for two days.",
    "Last October you came into the shop at ten in the morning and I could smell vodka from across the bay.",
    "On March 14th you dropped the transmission jack and your hands were shaking so bad you couldn't pick it back up.",
    "I miss the guy who used to hum Skynyrd under a car for three hours and not mind one bit.",
    "When Dad got sick you were the one who drove him to chemo in that old Buick, and I haven't forgotten it.",
    "Ava asks me where Uncle Danny went and I dont know what to tell her.",
    "You have the best ear for an engine of anybody I've worked with in twenty years.",
    "There's a bed waiting for you at Ridgeview and they can take you this afternoon.",
    "I'll drive you there myself, I already filled up the truck.",
    "I hope someday we can open that two-bay shop we used to talk about out on Route 9.",
    "It hurt me when you stopped answering my calls back in January.",
    "I felt sick to my stomach the night I found you asleep in your car in the Walmart lot with the engine running.",
    "You taught Ava how to check the oil when she was six and she still talks about it.",
    "I'm not here to fight with you, I'm here because I want my brother back.",
    "Remember driving down to Daytona in that Monte Carlo with no AC, windows down and the radio cranked?",
    "Your laugh used to fill up the whole garage.",
    "Since the pills started I've watched you drop about thirty pounds and it scares me.",
    "I'm proud of the man you were becoming before all this, and I believe he's still in there.",
    "Please say yes today, Danny.",
    "Treatment isnt a punishment, it's a chance to get your life back.",
    "When you missed Ava's christening I went out to the truck afterward and cried, which I don't do much.",
    "I keep your old toolbox in the corner of the shop with your name still on it in masking tape.",
    "Mom and I have your room ready for when you come home.",
    "I know this is hard to hear and I know you're hurting too.",
    "You helped me push my Chevelle two miles to the gas station in the rain when we were teenagers, laughing the whole way.",
    "These last few months I've had to hide my keys when you come over, and I hate that it's come to that.",
    "I want to see you at Ava's graduation standing right next to me.",
    "I love you bro. That part isn't up for debate.",
    "you were the best man at my wedding and your toast had the whole VFW hall in tears",
    "I believe you can beat this, I've watched you bring back engines other shops gave up on.",
    "Two weeks ago you called me at 3 am slurring and I couldnt make out a word, I sat up the rest of the night worried sick.",
    "I'd give anything for one more Saturday with you at the drag strip in Norwalk.",
    "You don't have to do this alone, I'm going to be right there with you.",
    "When you passed your ASE certification I bragged about you to half the county.",
    "I'll take care of Diesel while you're gone, he'll be spoiled rotten by the time you get home.",
    "Im asking you to go today, not next week, today.",
    "I miss our Sunday phone calls arguing about the Steelers.",
    "It kills me to see you sleeping in your car when you've got family that loves you.",
    "I think about the little kid who followed me around the garage holding the flashlight, and I want to look out for him the way I used to.",
    "You have so much left to give, Danny, and your niece needs her uncle.",
    "At Christmas I noticed you went out to your car four times and came back smelling like whiskey.",
    "Last spring you tuned up Mrs. Alvarez's Corolla for free because she couldn't afford it, and that's who you really are.",
]

DEV170_TRAPS: list[str] = [
    "Our uncle Ray was a drunk and I watched him die at fifty-two, and I want so much more for you than that.",
    "Grandpa Walt was an alcoholic, so I know this runs in our blood and it isn't some weakness in you.",
    "I was a heavy drinker myself in my twenties, so I know how hard it is to put it down.",
    "You are not an addict to me, you're my kid brother and you're sick right now.",
    "Ava's turned into a total car show junkie, she wants to hang out in the shop every weekend just like you did.",
    "I spent Saturday cleaning the carb on your old Honda so it's ready to ride when you get out.",
    "The shop floor was so dirty after the oil change rush that I thought of you, you always kept it spotless.",
    "I will always be your big brother.",
    "I never once thought about giving up on you.",
    "We always went to the Carlisle car show with Dad every June.",
    "We used to grab Dairy Queen every Friday night after closing up the shop.",
    "Great job on the sixty days you put together last year, I was so proud I hung your chip on the shop wall.",
    "Congratulations on getting your license back in 2019, I know how hard you worked for it.",
    "Last month you told me 'I'm a junkie and I know it' and I want you to know I heard you.",
    "You said 'I can't quit on my own' and that was the bravest thing I've ever heard you say.",
    "Your doctor at St. Mary's told Mom your liver numbers are bad, and I'm scared for you.",
    "The ER doctor said you overdosed in April and I thank God every day they brought you back.",
    "My buddy Carl was in denial about his drinking for years, and he's the one who told me about Ridgeview.",
    "I'm not calling you a drunk or anything else today, I'm calling you my brother.",
    "I cleaned out the spare room and put your old Dale Jr. poster back up.",
    "That engine was filthy, dirty as sin, and you still had it running in one afternoon.",
    "Grandpa used to say a dirty engine tells you its whole story, and you always listened.",
    "I know I'm not perfect, I was a real jerk to you after the accident and I'm sorry for that.",
    "I felt pathetic standing in the hospital parking lot not knowing how to help you.",
    "Way to go on the Jeep rebuild last summer, honestly some of the best work I've seen come out of my shop.",
    "Thanks for showing up today, it means the world to me.",
    "We fixed up that '72 Nova together and you drove it to prom.",
    "Everyone in this room loves you and wants you home.",
    "If you go today, I'll keep your spot at the shop open for you.",
    "I'm never going to stop showing up for you.",
    "Every time I start up the Chevelle I think of you and smile.",
    "Nothing would make me happier than watching you walk out of Ridgeview in thirty days.",
    "Mom's blood work came back clean, so she's doing okay, dont worry about her.",
    "You called me from county and said 'I'm a screwup, Mike' and I told you then what I'm telling you now, you're not.",
    "Cousin Tyler got clean at Ridgeview three years ago and now he runs a tire shop in Akron.",
    "I was the biggest stoner in my class in high school, so I'm no saint here.",
    "Ava said she wants to draw you a picture of your truck to hang up while you're in treatment.",
    "Your sponsor from last time, Gary, wanted me to tell you his door is open.",
    "You always had a way of making Mom laugh when nobody else could.",
    "You never met a motor you couldn't get running.",
    "The doctor at the clinic diagnosed your hep C last winter, and it's treatable if you get sober and stick with it.",
    "I hate what the pills have done to you, but I don't hate you, not ever.",
    "I know the word addict makes you mad, so I'm not going to use it today.",
    "That Ford was a total disgrace when we bought it and you had it purring in a week.",
]

DEV170_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you the truck or any more cash, and I'm saying that with love.",
    "If you don't go, I'm not going to keep covering your shifts at the shop, I'll have to give them to Luis.",
    "If you choose not to go, you can't stay in the apartment over the garage anymore, but I'll still pick up the phone if you call from a treatment center.",
    "Until you're in treatment I'm not going to let you drive Ava anywhere.",
]

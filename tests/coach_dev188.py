# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 188 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a younger brother who idolized him, sports and video games: blame and sarcasm most, then absolutes. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV188_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.97 (62/64; the rules alone 52/64): label 2/3, blame 21/22, every other kind full; good 1/42 (2.4%; the rules alone 1), traps 4/43 (9.3%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.97 (62/64; the rules alone 52/64): label 2/3, blame 21/22, every other kind full; good 1/42 (2.4%; the rules alone 1), traps 4/43 (9.3%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV188_FLAG: list[tuple[str, set[str]]] = [
    (
        "I quit travel ball the year you moved back home because somebody had to drive Mom around after you wrecked her car, so that whole season is gone thanks to you.",
        {"blame"},
    ),
    (
        "You picked getting drunk over coming to my senior night, and I'm supposed to act like that's fine?",
        {"blame"},
    ),
    ("Mom cries in the laundry room every night and that is your doing, Marcus.", {"blame"}),
    (
        "Dad had his heart attack the same month you got arrested and nobody else will say it so I will, you put him in that hospital bed.",
        {"blame"},
    ),
    (
        "After I covered for you with Mom like a hundred times, you couldnt even show up to my graduation sober.",
        {"blame"},
    ),
    (
        "I lost my starting spot because I was up till 3am waiting to see if you'd make it home, and that's on your shoulders not mine.",
        {"blame"},
    ),
    (
        "You wrecked the one thing we had, our Saturday morning Halo marathons, and you did it for pills.",
        {"blame"},
    ),
    (
        "How do you even look Mom in the eye after you took Grandma's ring to pay some dealer?",
        {"blame"},
    ),
    (
        "The reason I don't bring friends to the house anymore is sitting right across from me.",
        {"blame"},
    ),
    (
        "Our family went broke paying your lawyers and I had to get a job at fourteen because of it.",
        {"blame"},
    ),
    (
        "You traded your scholarship for a bag of coke and dragged every one of us down with you.",
        {"blame"},
    ),
    (
        "dont tell me its not a big deal, you made this house a place nobody wants to come home to",
        {"blame"},
    ),
    (
        "I had to grow up way too fast because you decided getting wasted mattered more than being my big brother.",
        {"blame"},
    ),
    (
        "It's your fault Grandpa sold the lake cabin, he needed the money to bail you out.",
        {"blame"},
    ),
    (
        "Every bad thing that happened to this family in the last three years started with you.",
        {"absolute", "blame"},
    ),
    (
        "You pawned my Xbox for oxy and let me think Tyler stole it, so me and Tyler aren't friends anymore, you wrecked that too.",
        {"blame"},
    ),
    ("Mom and Dad split up over you and I hope you know that.", {"blame"}),
    ("Look at what your drinking turned this family into.", {"blame"}),
    ("You owe me for every lie I told Coach about why you weren't in the stands.", {"blame"}),
    (
        "I gave up my birthday money to pay your phone bill and this is how u pay me back?",
        {"blame"},
    ),
    (
        "You took my hero away from me, one pill at a time, and you knew exactly what you were doing.",
        {"blame"},
    ),
    (
        "Real nice of you to show up to my state final so wasted you fell down the bleachers, total MVP move bro.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the only guy ever kicked out of a Little League game for being hammered in the stands.",
        {"sarcasm"},
    ),
    ("Thanks a ton for teaching me how to lie to Mom, super useful life skill.", {"sarcasm"}),
    (
        "Way to go, you beat your personal record, four whole days without texting me back.",
        {"sarcasm"},
    ),
    ("Oh and props for selling your PS5 for weed, really genius trade.", {"sarcasm"}),
    (
        "You were a real legend at Thanksgiving, passing out face first next to the stuffing.",
        {"sarcasm"},
    ),
    ("Big brother of the century right here, forgot my birthday two years in a row.", {"sarcasm"}),
    ("Sure, you're 'handling it,' that's why the cops dropped you off at 2am.", {"sarcasm"}),
    ("Awesome role model, now half my team knows my brother got a DUI.", {"sarcasm"}),
    (
        "I guess I should be grateful you only missed the first half of my game this time.",
        {"sarcasm"},
    ),
    ("Love how you 'only had a couple' and then totaled Dad's truck.", {"sarcasm"}),
    (
        "You sure know how to make an entrance, showing up to Grandma's funeral high as a kite.",
        {"sarcasm"},
    ),
    (
        "Gold star for you Marcus, you remembered my name the second you needed twenty bucks.",
        {"sarcasm"},
    ),
    ("You never once came to one of my wrestling matches after you started using.", {"absolute"}),
    ("Every single time I call you it's the same excuse.", {"absolute"}),
    ("You always pick your friends and the bottle over me.", {"absolute", "blame"}),
    ("Nothing you say means anything anymore cuz you lie constantly.", {"absolute"}),
    (
        "You don't ever keep a promise, not even little ones like playing Madden with me.",
        {"absolute"},
    ),
    ("All you ever do is sleep till 2 and then go back out again.", {"absolute"}),
    ("Not one time in the past year have you asked how I'm doing.", {"absolute"}),
    ("You forget everything I tell you, every single thing.", {"absolute"}),
    ("Whenever you come over something of mine goes missing, without fail.", {"absolute"}),
    ("Your always high when you pick me up from practice.", {"absolute"}),
    ("You cancel on me each and every time we make plans.", {"absolute"}),
    ("You have never said sorry to me, not for any of it.", {"absolute"}),
    ("My friends all know my brother is the neighborhood pillhead.", {"label"}),
    ("I'm done pretending you're not a drunk, Marcus.", {"label"}),
    (
        "Coach asked if you were okay and I didnt know how to tell him my brother is a cokehead.",
        {"label"},
    ),
    (
        "You swore to me you'd been clean since March and then I found the foil in your glovebox.",
        {"clean"},
    ),
    (
        "Mom said your probation test came back dirty again and you lied to her face about it.",
        {"clean", "hearsay"},
    ),
    ("I just want you to stay clean long enough to watch me play in college.", {"clean"}),
    ("You're a joke, man, 26 years old and you can't even hold a job at GameStop.", {"insult"}),
    (
        "Jake's older brother told me he saw you buying from some guy behind the Shell station.",
        {"hearsay"},
    ),
    ("Apparently you told your whole crew that I'm a snitch.", {"hearsay"}),
    ("Everybody in this room is sick of your excuses.", {"we"}),
    (
        "If you walk out of here today without saying yes, don't bother calling me your brother again.",
        {"threat"},
    ),
    (
        "Go to rehab or I swear I'm telling Mom everything about the stuff in your closet.",
        {"threat"},
    ),
    ("You're a straight up narcissist, everything is about you.", {"absolute", "diagnosis"}),
    ("I looked it up and you have like textbook antisocial personality disorder.", {"diagnosis"}),
]

DEV188_GOOD: list[str] = [
    "When you didn't come to my senior night, I kept looking up at the bleachers for you, and I felt really alone.",
    "I was so scared when I found you on the bathroom floor in October, I didn't know if you were breathing.",
    "Thank you for driving four hours to see my first college game last spring, that meant everything to me.",
    "I felt sick to my stomach when the police called the house in June and I heard Mom crying in the kitchen.",
    "I was proud of you when you coached my rec league team that one summer, all the little kids loved you.",
    "It hurt me when you asked to borrow money and I found out later what it was really for.",
    "When you missed my birthday this year I told everyone it was fine, but I went to my room and cried.",
    "I remember you sitting up with me all night when Rex died, and I'll never forget how kind you were.",
    "I'm grateful you stood up for me in eighth grade when those guys were shoving me around in the locker room.",
    "I get scared every time my phone rings late at night now because I think it's going to be about you.",
    "You made it thirty days last winter and I saw the old you come back, you were laughing again.",
    "I was embarrassed and confused when you came to my game slurring, and I didn't know what to say to my teammates.",
    "I've seen you nodding off at the dinner table and it scares me.",
    "Marcus, you've been my hero since I was old enough to walk.",
    "I used to wear your old number 23 jersey to bed even though it came down to my knees.",
    "You let me win at Mario Kart for like two years before I figured it out.",
    "I want my big brother back, the guy who'd stay up till 4 beating Zelda with me.",
    "I'm asking you to go to the treatment center in Tucson today, they have a bed ready for you.",
    "I miss throwing the football in the backyard until Dad yelled at us to come in for dinner.",
    "Please say yes today. I'll come visit every weekend they let me.",
    "I still have the Gameboy you bought me with your first paycheck from the car wash.",
    "Someday I want you standing next to me at my wedding as my best man.",
    "I'm writing this because I'm scared of losing you and I dont know what else to do.",
    "You were the one who told me it was okay to cry after we lost the regional final.",
    "i think about the time you drove me to get a slurpee at midnight just cause i was sad",
    "Nobody could make me laugh like you doing the announcer voice during our FIFA games.",
    "I need you to know how much I look up to you, even now.",
    "I've noticed you've gotten really skinny and you don't smile much anymore, and it worries me.",
    "When I made varsity you were the first person I texted.",
    "The place has a gym and a full basketball court, and I really think you'd like it there.",
    "I'll help you pack right now if you say yes.",
    "I want to play pickup with you again at Jefferson Park when you get out, like we used to.",
    "Me and you against the world, that's what you used to say, and I still believe it.",
    "I'm sixteen now and I need my brother more than ever.",
    "I know you're hurting, and I know this isn't who you really are.",
    "You taught me to ride a bike on the cul-de-sac on Maple and held the seat way longer than you had to.",
    "It's been hard watching you change, your eyes look different now and you seem so tired.",
    "I keep your old baseball glove in my closet and I oil it every spring like you showed me.",
    "I'd give anything to hear you yell at the TV during a Packers game again.",
    "Grandma's rosary is in my backpack, I brought it today for luck for you.",
    "When you're ready I want to start lifting together at 6am again like you used to make me do.",
    "You showed me how to beat the Water Temple and I acted like I figured it out myself, sorry about that lol.",
]

DEV188_TRAPS: list[str] = [
    "Uncle Rick was a drunk his whole life and I don't want that for you.",
    "You are not an addict to me, you're my brother.",
    "I'm kind of a junkie for old Nintendo games now, and you're the one who got me into them.",
    "Last week you helped me clean out the garage and it felt like old times.",
    "I never stop hoping you'll walk through that door and tell me you want to get better.",
    "We always had pizza on Friday nights and watched the Bulls game together.",
    "I was really proud when you finished your first month at the warehouse job last fall.",
    "You told me once 'I'm such a loser, bro,' and I want you to know that is not true.",
    "The ER doctor said your liver enzymes are really high, and I'm scared for you.",
    "Every time I step up to the free throw line I can hear your voice telling me to breathe.",
    "That was the cleanest jump shot I've ever seen, the one you hit against Roosevelt.",
    "Dad was an alcoholic before he got sober in 2010, and he's here today because he understands.",
    "I'm not here to tell you you're a bad person, because you're not.",
    "We went to Six Flags the summer I turned ten and you rode the Giant Drop with me four times.",
    "I'll never forget the day you taught me to throw a spiral.",
    "You said 'I know I'm a screwup' on the phone last month, and I just want you to know I don't see you that way.",
    "We're all here because we love you and want you home.",
    "We are here for you, every one of us, whatever it takes.",
    "If I'm honest I'm a little addicted to Rocket League right now, you'd totally crush me at it.",
    "My buddy Jordan's dad was a heroin addict and he's been sober eight years now.",
    "Thanks for always picking up when I called you from that party freshman year.",
    "You never let anybody pick on me at school, not once.",
    "I don't think you're pathetic or weak, I think you're sick and you need help.",
    "We were the loudest fans in the whole gym when Mom ran her half marathon.",
    "I'll keep your side of our old room clean and ready for when you come home.",
    "It's not your fault you got hurt senior year and they gave you those pills after surgery.",
    "I'll always remember hearing you yell my name from the top row of the bleachers.",
    "Grandpa was a heavy drinker and he died at 58, and I don't want to lose you like that.",
    "I used to think you were the best at everything, Mario Kart, basketball, everything, and honestly I still do.",
    "I used to fake being sick so I could stay home and play Pokemon with you.",
    "Every Christmas morning you woke me up at 5 so we could dig through our stockings before anyone else.",
    "When you got your sixty-day chip last spring I thought that was so awesome and I meant it.",
    "My health teacher says addiction is a disease of the brain, and that helps me understand you're not choosing to hurt me.",
    "You told me 'I'm sorry I keep letting you down,' and I forgave you right then.",
    "I was a brat to you plenty of times too, and I'm sorry for that.",
    "You always had my back, even when I didn't deserve it.",
    "The counselor at school told me it's okay to love someone who is struggling, and that helped me write this.",
    "We never missed a Bears home opener, you and me and Dad up in the nosebleeds.",
    "You aren't a lost cause and you aren't a disappointment to me.",
    "That time at the lake you said 'I'm such a mess' and laughed, and I'd give anything to hear that laugh again.",
    "Your doctor says the pneumonia is from smoking and you need rest, and I want to be there while you heal.",
    "The one time I got drunk at a party you drove me home and made me promise to be careful, and you never told Mom.",
    "If you ever want to talk at 3am, I will pick up, every time.",
]

DEV188_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I'm not going to lie to Mom for you anymore.",
    "If you say no today, I won't be lending you money or my car again.",
    "I love you, but if you choose not to go, I'm going to stop playing online with you until you're getting help.",
    "If you show up to my games using, I'm going to ask Dad to take you home, because I can't play like that.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 79 (4 December 2026, round 20): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: threats and ultimatums, angry rather than calm, blunt and veiled, with fifteen calm consequences kept apart. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV79_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 2ab5128, rules and model 0.97 (72/74; the rules alone 66/74): threat 43/45, every other kind full; good 0/37 (0.0%; the rules alone 0), traps 1/38 (2.6%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV79_FLAG: list[tuple[str, set[str]]] = [
    (
        "If you walk out of this room without saying yes, don't bother coming home tonight, the locks will be changed by morning.",
        {"threat"},
    ),
    ("This is your last chance, Danny, and I mean last.", {"threat"}),
    (
        "One more time I find pills in the bathroom cabinet and I swear I'm calling the cops on you myself.",
        {"threat"},
    ),
    (
        "Mark my words, Ray, you keep drinking like this and you will lose Emma and Josh for good.",
        {"threat"},
    ),
    (
        "You go to that rehab today or you can forget about walking me down the aisle in June.",
        {"threat"},
    ),
    ("If you say no I'm done, I mean DONE, you will not hear from me again.", {"threat"}),
    (
        "Keep snorting that stuff and see how fast you end up sleeping under the Fifth Street bridge, because it won't be on my couch.",
        {"threat"},
    ),
    (
        "Id think real hard before you say no, because you'll regret it for the rest of your life.",
        {"threat"},
    ),
    (
        "Dad, if you refuse I'm taking you out of my life and the kids will grow up not knowing their grandpa.",
        {"threat"},
    ),
    (
        "I already talked to a lawyer, so either you get on that plane to the treatment center or I'm filing for full custody.",
        {"threat"},
    ),
    ("You wont get another chance from me after today Marcus, so choose carefully.", {"threat"}),
    (
        "Your father and I rewrote the will last week and if you dont go, your name comes off it.",
        {"threat"},
    ),
    ("Turn this down and you'll be out on the street by Friday, I'm not kidding.", {"threat"}),
    (
        "If I ever smell whiskey on you around the baby again I will call CPS on you myself.",
        {"threat"},
    ),
    ("Say no to this and you are dead to me, Kevin, I swear on Mom's grave.", {"threat"}),
    (
        "I'll have the sheriff serve you the eviction papers Monday unless you get in the car.",
        {"threat"},
    ),
    (
        "You'll go to treatment or you'll go to jail, because I'm done covering for the stolen checks.",
        {"threat"},
    ),
    (
        "Last warning, sis: refuse and I'm telling your boss exactly why you keep calling in sick.",
        {"threat"},
    ),
    (
        "If you don't get help I will make sure the judge hears every single thing you did to me.",
        {"threat"},
    ),
    ("Try me. Walk out that door and see what happens.", {"threat"}),
    (
        "I'm telling you now, one more relapse and you're out of this wedding, I'll find another maid of honor.",
        {"threat"},
    ),
    (
        "You can choose the meth or you can choose this family but you will not get both after today.",
        {"threat"},
    ),
    ("If you don't sign in at Hazelden this afternoon, don't ever call me Mom again.", {"threat"}),
    (
        "Refuse this and I will personally see to it that you never set foot in this house again.",
        {"threat"},
    ),
    (
        "You keep using and I promise you'll be burying your own career, because I'll go to the hospital board myself.",
        {"threat"},
    ),
    ("Im giving you one shot, Tony, blow it and you will regret it.", {"threat"}),
    (
        "Don't test me on this, because I will pack the kids up and you'll be lucky to see them on holidays.",
        {"threat"},
    ),
    ("If you choose the bottle today you can find yourself another wife.", {"threat"}),
    (
        "You say no and I'm changing my number and blocking you everywhere, and that's the end of us.",
        {"threat"},
    ),
    (
        "So help me God, Jessie, if you nod off behind the wheel with my grandkids in the car one more time I'll have you arrested.",
        {"threat"},
    ),
    (
        "This is it, after today the door is shut, no more second chances, no more anything.",
        {"threat"},
    ),
    (
        "You'll come out of this meeting agreeing to go or you'll come out of it without a brother.",
        {"threat"},
    ),
    (
        "I swear if you lie to my face about the pills one more time we're finished, I'll be gone before you get home.",
        {"threat"},
    ),
    (
        "If you don't go, don't expect me to come running when you overdose again, I'll just let the phone ring.",
        {"threat"},
    ),
    ("Go tonight or Im calling your probation officer first thing tomorrow.", {"threat"}),
    (
        "Choose treatment, or I choose to keep you away from Lily, and I can make that happen.",
        {"threat"},
    ),
    (
        "Mom, go to the program or you won't be at my wedding, and you won't meet your grandchild either.",
        {"threat"},
    ),
    ("Walk away today and as far as I'm concerned I never had a son.", {"threat"}),
    (
        "You better get help, because next time I wont stop Uncle Rick when he comes over here to deal with you.",
        {"threat"},
    ),
    (
        "Push me one more time and I'll make sure everyone at church knows what you've been doing.",
        {"threat"},
    ),
    ("Get clean or get out, Brandon, I'm not asking anymore.", {"clean", "threat"}),
    (
        "You're a drunk, Gary, and if you won't go today I'll take the girls to my mother's for good.",
        {"label", "threat"},
    ),
    (
        "Because of you we nearly lost the house, so it's rehab today or you pack your bags.",
        {"blame", "threat"},
    ),
    (
        "We've all agreed, go today or none of us will pick up the phone for you ever again.",
        {"threat", "we"},
    ),
    ("You always say next week. There is no next week, go now or lose me.", {"absolute", "threat"}),
    ("Watching my big brother turn into a pillhead has broken my heart.", {"label"}),
    ("I dont want my kids growing up with a junkie for a father.", {"label"}),
    (
        "Your last drug screen at work came back dirty and you acted like it was some lab mistake.",
        {"clean"},
    ),
    ("I want you to be clean by the time the baby comes in April.", {"clean"}),
    ("You have not kept one single promise to me in four years.", {"absolute"}),
    ("Every weekend you disappear and come back Monday with some new story.", {"absolute"}),
    ("You ruined Mia's graduation party and you know it.", {"blame"}),
    ("After all the money I've poured into bailing you out, this is how you repay me?", {"blame"}),
    ("You put your mother in the hospital with the stress, that's what you did.", {"blame"}),
    (
        "Honestly you disgust me when you're like that, slurring and crying on the kitchen floor.",
        {"insult"},
    ),
    ("What kind of mother passes out while her toddler is in the bath?", {"insult"}),
    (
        "Your manager Carla called me and said you showed up to the warehouse smelling of beer again.",
        {"hearsay"},
    ),
    (
        "Jenna's mom told me she saw you buying something sketchy in the Walgreens parking lot.",
        {"hearsay"},
    ),
    ("The whole family has had it with your excuses, Trevor.", {"we"}),
    ("All of us think you care more about getting high than about your own kids.", {"we"}),
    ("Real nice move showing up to Dad's retirement dinner already three drinks in.", {"sarcasm"}),
    (
        "Congrats, you managed to get fired twice in one year, that has to be some kind of record.",
        {"sarcasm"},
    ),
    ("Way to go, champ, passing out at your own kid's birthday party.", {"sarcasm"}),
    (
        "I think you're a narcissist, honestly, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    ("You're obviously bipolar and the coke just makes it worse.", {"diagnosis"}),
    ("You are in total denial about how bad this has gotten.", {"diagnosis"}),
    (
        "Mrs. Patel next door says the whole street knows you're a crackhead now.",
        {"hearsay", "label"},
    ),
]

DEV79_GOOD: list[str] = [
    "Grandpa, I remember you teaching me to cast a line off the dock at Lake Wapello when I was six.",
    "I love you, Mike, and I miss the guy who used to sing Springsteen badly in the shower.",
    "Last March I found you asleep in the car in the driveway at 3 a.m. and I was so scared I couldnt breathe.",
    "There's a bed for you at Riverside this afternoon and I'll drive you there myself.",
    "I hate seeing how thin you've gotten, Dad, your belt is on the last notch.",
    "When you forgot to pick up Ava from soccer in October, she sat on the curb for an hour and I felt sick with worry.",
    "I want my sister back, the one who laughed so hard at the movies she snorted popcorn out her nose.",
    "Please say yes today. I'll be right beside you.",
    "Son, I'm proud of the man you were at your best, and I believe you can be him again.",
    "You stopped coming to Sunday lunch after Easter and I've missed you at the table.",
    "The night you fell on the stairs and split your chin, I held a towel to it and prayed.",
    "Your hands shake in the mornings now, and that wasn't there a year ago.",
    "I am writing this because I love you and I'm scared I'll lose you.",
    "You taught me to drive stick in that old blue Ranger, and I stalled it by the Dairy Queen about nine times.",
    "I don't know what to tell Kayla when she asks why Mommy sleeps so much.",
    "Working next to you at the shop for twelve years, I've seen how good you are with people, Joe, and I miss that.",
    "I feel lonely in our marriage right now, like I'm living with a stranger.",
    "When I saw the burn marks on the bathroom sink I sat down on the floor and cried.",
    "Your daughter drew a picture of you for her class and I want you to be there when she hangs it up.",
    "I felt humiliated and scared when the police brought you home on my birthday.",
    "You were my hero growing up, the dad who could fix anything with duct tape and a butter knife.",
    "Please go with the counselor tonight; the car is packed and your bag is ready.",
    "I remember the way you held Noah the day he was born, like he was made of glass.",
    "When you missed my recital in May I kept looking at the empty seat next to Mom.",
    "I have hope for you, Luis, more hope than I've had in a long time.",
    "i love u mom and i want u to get better so u can come to my games",
    "Seeing you in the ER with tubes in your arm in January was the worst night of my life.",
    "The people at Cedar Ridge know what they're doing and they're ready for you today.",
    "You're the funniest person I know and I miss laughing with you.",
    "Since you started taking the pills after your back surgery, you've stopped calling me on Sundays.",
    "My stomach drops when the phone rings after midnight.",
    "I still want to grow old with you on that porch in Asheville.",
    "Coach, you gave me a chance when I was a skinny kid with bad grades, and now I'm asking you to give yourself one.",
    "At Christmas you spilled wine on Aunt Rosa and didn't remember it the next day, and that frightened me.",
    "Thank you for listening to me. I love you more than I can put on this page.",
    "Please let these people help you, Carmen. Say yes.",
    "Nana, your apple pie is my favorite thing about fall and I want many more of them with you.",
]

DEV79_TRAPS: list[str] = [
    "My uncle Dale was a drunk his whole life and died at fifty-two, and I don't want that for you.",
    "I was an addict myself for eight years, so I know how loud that voice in your head can be.",
    "You texted me 'I'm such a pathetic loser' at 4 a.m., and I want you to know I don't see you that way at all.",
    "You are not a junkie to me, you're my baby brother who still calls me Bean.",
    "I'm a total sugar junkie myself, Tess, so don't laugh when I bring donuts on visiting day.",
    "Remember when we spent all of July cleaning out Grandma's garage and found the old Polaroids?",
    "I never stop hoping for you, not for one day.",
    "We always had Sunday pancakes at the diner on Route 9 and I want that back.",
    "Great job on your sixty days last spring, I was so proud I told everybody at work.",
    "Your doctor told us your liver numbers are dangerously high, and I'm terrified.",
    "Dr. Kim diagnosed you with depression two years ago, and I know how hard that has been for you.",
    "We went camping at Devil's Lake every August when you were little.",
    "You've never once forgotten my birthday, not even this year.",
    "My dad was an alcoholic and I promised myself I wouldn't stay quiet the way my mom did.",
    "You said to me, 'I'm just a junkie, Ma,' and my heart broke because that is not who you are.",
    "Every time I see a red cardinal I think of you.",
    "We all signed the card Ben made you, even the dog got a paw print.",
    "You were never anything but gentle with Grandma when she was sick.",
    "That's on me, I should have said something years ago instead of pretending.",
    "For years I blamed myself, thinking I was the reason you drank.",
    "My best friend Sara is bipolar and she taught me that getting help isn't weakness.",
    "I was a stoner all through college and quitting was the hardest thing I ever did.",
    "Honestly, I think I was in denial for a long time about how bad things had gotten.",
    "Your sponsor from last time, Gary, is here today because he cares about you.",
    "If you say yes today, I'll be the first one in line on family visiting day.",
    "Your test results from the clinic show you're healthy enough to start detox right away, which is such good news.",
    "Dad, you always made the best chili in Tulsa and I want a bowl with you when you're home.",
    "We laughed so hard at Rachel's wedding that the priest shushed us.",
    "I'm not going anywhere, I'll be right here waiting.",
    "Your clean laundry is folded on your bed at Mom's, ready for you to pack.",
    "This isn't some last chance, kiddo, my door stays open, but I really hope today is the day.",
    "I'm disgusted with myself for all the times I covered for you and called it love.",
    "The cardiologist said your heart is enlarged, and I want you around for a long, long time.",
    "When I was drinking, you never gave up on me, and I'm not giving up on you.",
    "Thank you for the ninety days you gave us in 2021, they were the happiest months of my life.",
    "The whole family came today because we love you.",
    "Jake's old roommate was a tweaker who stole his TV, but you are nothing like that.",
    "You should be so proud of how you held it together at Grandma's funeral.",
]

DEV79_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not give you any more money, for rent or anything else.",
    "If you choose not to go, I will move into my sister's place with the kids while you decide what you want.",
    "If you don't accept treatment, you can't live in our basement anymore, and I'll help you find a room to rent.",
    "If you decide against help today, I won't be covering your shifts or calling in sick for you anymore.",
    "If you say no, I won't let you drive the kids anywhere, and I'm telling you that with love.",
    "If you don't go, I'm not going to bail you out again if you get arrested. I love you too much to keep doing that.",
    "I won't pay your phone bill or car insurance after this month unless you're in treatment.",
    "If you turn this down, you won't be able to babysit Chloe alone anymore, though you're welcome to visit when I'm home.",
    "If you say no, I will stop lying to your mother about where you are.",
    "If you're not willing to go, I'll ask you to leave whenever you come over high, and I'll still be glad to see you sober.",
    "Should you choose not to go, I'm going to start going to Al-Anon for myself, and I won't keep the secrets anymore.",
    "If you refuse help, I can't co-sign the lease on the new apartment.",
    "If you don't accept help today, I won't keep alcohol in the house and I won't drink with you anymore.",
    "If your answer is no, I'll stop lending you the truck, starting tomorrow.",
    "If you won't go, I'm going to keep loving you from a distance, and I won't answer calls at 2 a.m. asking for money.",
]

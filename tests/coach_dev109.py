# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 109 (4 December 2026, round 22): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: the sibling who stayed, keeping score of costs and comparing: sarcasm and absolutes most, then blame. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV109_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 11e22a8, rules and model 0.89 (68/76; the rules alone 58/76): blame 12/13, sarcasm 16/23, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 0/43 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV109_FLAG: list[tuple[str, set[str]]] = [
    (
        "While I was sitting with Mom through every round of chemo, you were off partying for three days straight, so thanks for being such a huge help.",
        {"sarcasm"},
    ),
    (
        "Real nice of you to show up to Dad's funeral smelling like a brewery, Kyle, he would've been so proud.",
        {"sarcasm"},
    ),
    (
        "Congrats on making it to Owen's birthday this year, even if you spent the whole party in the garage with a bottle of Jack.",
        {"sarcasm"},
    ),
    (
        "I paid your rent in January, February and March, but sure, you've got it all under control.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for the 3am call asking for bail money, that was a real treat on my one night off this month.",
        {"sarcasm"},
    ),
    (
        "You were up four days straight rearranging Mom's garage, so I guess you're the productive one in the family now.",
        {"sarcasm"},
    ),
    ("You deserve a medal for pawning my kids Xbox the week before Christmas.", {"sarcasm"}),
    ("Way to go holding down that job at the tire shop for a whole eleven days.", {"sarcasm"}),
    (
        "Your 'little break' from drinking lasted right up until my rehearsal dinner, very impressive.",
        {"sarcasm"},
    ),
    (
        "I just loved explaining to Grandma why her checkbook went missing, that was super fun for me.",
        {"sarcasm"},
    ),
    (
        "Youre such a financial genius that I'm still making payments on the Civic you wrapped around a pole.",
        {"sarcasm"},
    ),
    (
        "Thank you SO much for letting me be the one who tells Mom you got picked up again, what an honor.",
        {"sarcasm"},
    ),
    (
        "Must be nice sleeping till two in the afternoon while I pull doubles at the plant to cover your phone bill.",
        {"sarcasm"},
    ),
    (
        "Really loved the part of Thanksgiving where you locked yourself in the upstairs bathroom for an hour, Tasha, very festive.",
        {"sarcasm"},
    ),
    (
        "You were a true class act at Lily's graduation, screaming at the usher about parking.",
        {"sarcasm"},
    ),
    (
        "I'm so glad my kids college fund could help pay for your little vacation from reality.",
        {"sarcasm"},
    ),
    (
        "Good thing you're 'totally fine,' Marcus, since totally fine people lose three apartments in one year.",
        {"sarcasm"},
    ),
    (
        "What a thoughtful Christmas present, vanishing with Dad's truck for a week and bringing it back with no tailgate.",
        {"sarcasm"},
    ),
    ("Nice touch bringing a flask to my baby shower, sis.", {"sarcasm"}),
    (
        "You really outdid yourself with that toast at my wedding, slurring about my ex in front of a hundred and fifty people.",
        {"sarcasm"},
    ),
    (
        "I'm so grateful I got to spend my thirtieth birthday in the ER with you after your three day run, truly unforgettable.",
        {"sarcasm"},
    ),
    (
        "Your always such a delight at Sunday dinner, showing up wired at nine and leaving before anyone sits down.",
        {"absolute", "sarcasm"},
    ),
    (
        "Congratulations on becoming the most famous tweaker in Bakersfield, Jess, Mom must be thrilled.",
        {"label", "sarcasm"},
    ),
    ("You never once asked how I was holding up while Mom was sick.", {"absolute"}),
    (
        "Every single holiday ends the same way, with you drunk and somebody crying in the kitchen.",
        {"absolute"},
    ),
    ("You have an excuse ready before anybody even asks a question, every time.", {"absolute"}),
    ("Not one dollar of the six grand I lent you has come back to me in six years.", {"absolute"}),
    (
        "Youre constantly hitting me up for cash and then disappearing the minute it hits your account.",
        {"absolute"},
    ),
    ("Nothing you promise ever actually happens, Ray.", {"absolute"}),
    ("Whenever things get hard you bail and leave me holding everything.", {"absolute"}),
    (
        "You don't show up when you say you will, not for the kids, not for Dad, not for me, not ever.",
        {"absolute"},
    ),
    ("Any time I let you crash at my place something ends up missing.", {"absolute"}),
    ("You haven't kept a single promise you made to Grandpa before he passed.", {"absolute"}),
    (
        "You don't lift a finger around Mom's house, ever, but you sure find the energy to stay up all night.",
        {"absolute"},
    ),
    ("You lie about everything now, even stuff that doesn't matter.", {"absolute"}),
    ("You've missed every birthday my kids have ever had.", {"absolute"}),
    ("The only time you call is when you need something.", {"absolute"}),
    (
        "You make the same promise on Sunday and break it by Wednesday, week after week after week.",
        {"absolute"},
    ),
    ("You haven't held a job longer than a month since you started on meth.", {"absolute"}),
    ("All you do anymore is drink and sleep on Mom's couch.", {"absolute"}),
    ("You pick the bar over your own family every chance you get.", {"absolute", "blame"}),
    ("Mom's blood pressure went through the roof this year and that is your doing.", {"blame"}),
    (
        "I dropped out of nursing school to take care of Dad so you could keep getting high in Reno.",
        {"blame"},
    ),
    (
        "After all the nights I sat up waiting for you to come home, this is how you pay me back?",
        {"blame"},
    ),
    ("You chose meth over your own daughter, and now I'm the one raising her.", {"blame"}),
    ("This family was doing fine until you started using.", {"blame"}),
    ("My marriage is hanging by a thread because I keep bailing you out.", {"blame"}),
    (
        "You took Grandma's grocery money and now she locks her bedroom door, and that one's on your head.",
        {"blame"},
    ),
    ("You wrecked Dad's retirement and you don't even seem to care.", {"blame"}),
    (
        "I've given up vacations, weekends and probably ten years of my life for you, and what did I get for it?",
        {"blame"},
    ),
    ("Mom cries herself to sleep most nights and you're the one who put her there.", {"blame"}),
    ("Look at what you turned this family into.", {"blame"}),
    ("It's your fault I can't trust anybody anymore, not even my own husband.", {"blame"}),
    ("Your landlord called me and said you haven't paid a cent since August.", {"hearsay"}),
    ("Aunt Bev saw you stumbling out of the Red Lion at noon on a Tuesday.", {"hearsay"}),
    ("Supposedly you've been hanging around that trailer out on Route 9 again.", {"hearsay"}),
    ("Your ex told me you pulled a knife on her friend in the parking lot.", {"hearsay"}),
    ("Word around town is the mill let you go for showing up wasted.", {"hearsay"}),
    ("Mikey's mom texted me that you were passed out in your car at the Walmart lot.", {"hearsay"}),
    (
        "From what Tina tells me, you've been up for days talking to people who aren't there.",
        {"hearsay"},
    ),
    (
        "Your probation officer left me a voicemail saying you skipped your last two check-ins.",
        {"hearsay"},
    ),
    ("I'm done pretending you're anything but a drunk, Sean.", {"label"}),
    ("Having a meth head for a brother has cost me more than money.", {"label"}),
    ("Your screen at the halfway house came back dirty twice in October.", {"clean"}),
    (
        "I'll believe you're serious when you've been clean for longer than a long weekend.",
        {"clean"},
    ),
    ("Honestly, what you've become is disgusting to me.", {"insult"}),
    ("You're a sorry excuse for an uncle and those boys deserve better.", {"insult"}),
    ("Everyone in this room is sick to death of cleaning up after you.", {"we"}),
    ("We've all agreed you can't be trusted around the kids anymore.", {"we"}),
    (
        "Either you get on that plane to Arizona tonight or you can forget you ever had a sister.",
        {"threat"},
    ),
    (
        "Walk out that door today and I swear I'll hand the cops everything I know about what you've been doing.",
        {"threat"},
    ),
    (
        "I honestly think you're a full blown narcissist and the meth just makes it worse.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you can't see how bad it's gotten.", {"diagnosis"}),
]

DEV109_GOOD: list[str] = [
    "Jamie, I'm writing this because I miss my big brother and I want him back.",
    "When I was seven you taught me to ride a bike in the church parking lot and held the seat way longer than you said you would.",
    "Last spring I saw you at Mom's and you had lost so much weight I didn't recognize you at first.",
    "I stayed here in Fresno and you moved away, and I know things looked different from where you were standing.",
    "I'm tired, and I'm scared, and I still love you.",
    "I remember you carrying me on your shoulders at the county fair so I could see the pig races.",
    "In October you called me crying at four in the morning and I couldn't understand half of what you said.",
    "I've been angry for a long time and I won't pretend I haven't, but underneath it I'm terrified of losing you.",
    "There is a bed waiting for you at Valley Hope today, and I will drive you there myself.",
    "I want my kids to know the uncle who used to pull quarters out of their ears.",
    "Your hands were shaking so hard at Easter that you couldn't hold your coffee cup.",
    "In December I watched you sleep in your car outside Dad's house, and I sat at the window for an hour not knowing what to do.",
    "I'm asking you to accept the help that's being offered to you right now.",
    "You were the funniest person at Grandma's reunions, hands down.",
    "I'd give anything to hear you laugh at one of Dad's terrible jokes again.",
    "Please say yes today, Kayla.",
    "When you went three weeks without a drink last summer, you came to Tyler's ballgame and cheered louder than anybody in the stands.",
    "I know I've been hard on you, and I'm sorry for the times I yelled when I should have listened.",
    "Looking after Mom has been a lot for me, and I would love to have my brother beside me again.",
    "Your teeth have gotten bad and there are sores on your arms, and it breaks my heart to see.",
    "I found the pipe in the bathroom drawer at Mom's house in July and I haven't been able to get it out of my head.",
    "You're smart, you're good with your hands, and you can fix just about any engine somebody puts in front of you.",
    "I hope someday you're the one teaching my daughter how to change her oil.",
    "The last time you came over I think you had been awake three days, and you were talking so fast I couldn't follow.",
    "I dont want to get the phone call that you're gone.",
    "Mom and Dad are getting older and I want you to have good years with them.",
    "I still have the birthday card you made me in third grade with the lopsided horse on the front.",
    "I'll visit on family weekend and bring Biscuit if they let me.",
    "Remember the summer you worked at the Dairy Queen and snuck me free Blizzards out the back door?",
    "Its hard for me to say this out loud but I'm afraid for your life.",
    "At Thanksgiving you fell down the porch steps and split your head open, and I held a towel on it until the ambulance came.",
    "I want to trust you again and I think treatment is where that starts.",
    "You have a little girl who draws pictures of you and tapes them up by her bed.",
    "I leave the porch light on for you, and I will till you come home healthy.",
    "When Grandpa died you gave the most beautiful eulogy, and I think about it a lot.",
    "I miss the you who would call just to tell me about a movie you liked.",
    "When I borrowed your car in May I saw the empty vodka bottles under the seat, and my stomach dropped.",
    "I saved the voicemail you left on my birthday two years ago just so I can hear you sounding like yourself.",
    "Your nieces keep asking when Aunt Dee is coming to their dance recital.",
    "I'm ready to forgive and start over once you're getting help.",
    "You used to be the first person I called when something good happened.",
    "In June you texted me at 2am that someone was following you, and I drove across town and found you hiding in the laundromat on Fifth.",
]

DEV109_TRAPS: list[str] = [
    "I will always be your little sister, no matter what you decide today.",
    "I never stopped believing you could find your way back to us.",
    "Great job on the six weeks you stayed sober last fall, I meant it when I said I was proud of you.",
    "Dad was a drunk for most of our childhood, and I know you saw things no kid should have to see.",
    "I was an addict myself in my twenties, so I know a little about how hard this is.",
    "You told me last Christmas, 'I'm a junkie and nobody can fix me,' and I want you to know I don't believe that for a second.",
    "You are not a tweaker to me, you are Danny, my big brother.",
    "Last Saturday I was helping Mom clean out the garage and found your old baseball glove.",
    "We always had pancakes at Aunt Ruth's on Sunday mornings and I miss those days.",
    "The ER doctor said your heart was racing dangerously fast that night, and I've been scared for you ever since.",
    "Every time I hear Skynyrd on the radio I think of you playing air guitar in the kitchen.",
    "Uncle Rick was an alcoholic and he died at fifty-two, and I don't want that for you.",
    "We went camping at Big Bend every summer and you knew the name of every constellation.",
    "Thank you for taking care of my cat when I was in the hospital, that meant the world to me.",
    "You were a great dad to Mia when she was little, and she still talks about the treehouse you built her.",
    "You said to me once, 'I'm such a disgrace,' and I hated hearing you talk about yourself like that.",
    "I'm a recovering alcoholic, eight years sober this March, and I had people who didn't give up on me.",
    "My coworker calls herself a coffee junkie and it made me laugh, because that used to be you and your giant can of Folgers.",
    "I'll always remember you teaching me to drive stick in Grandpa's old Ford.",
    "You never missed one of my softball games in high school, not one.",
    "The counselor explained that addiction is a disease and not a choice, and that changed how I look at all of this.",
    "We all piled into your Bronco to go see the fireworks on the Fourth, remember that?",
    "I'm so proud of you for calling me that night instead of getting behind the wheel.",
    "The place in Prescott has a clean, quiet room waiting for you.",
    "When you told me 'I know I'm in denial,' I thought that took real guts to say.",
    "You've always been the one who could make Grandma laugh when nobody else could.",
    "The old man next door growing up was a mean drunk, and you were the one who walked me past his yard to the bus stop.",
    "Your psychiatrist diagnosed you with depression years ago, and I wish I had understood back then how much you were carrying.",
    "I'm not writing this to shame you, I'm writing it because you're my brother and I love you.",
    "You kept that Camaro so clean you could've eaten off the hood.",
    "You never once made me feel stupid for asking for help with algebra.",
    "Way to go on that certificate from the welding program, you earned every bit of it.",
    "I was a heavy drinker in college and I know how easy it is to tell yourself it's under control.",
    "We were always close as kids, and I want that back so bad.",
    "There has never been a day I didn't love you.",
    "I'll always pick up when you call, day or night, if you're calling from treatment.",
    "Phil, your sponsor from the first time around, was such a kind man, and I remember how happy you looked that year.",
    "Dr. Alvarez told you in March that the meth has already put a strain on your heart, and I want you around for a long, long time.",
    "You told me you felt like 'a total waste of space' that night, and I cried because that is not who you are.",
    "My best friend's brother was a meth addict and he's been sober seven years now, so I know people come back from this.",
    "You used to come home from the oil field so dirty Mom made you hose off in the yard, and we laughed about it for an hour.",
    "When I was sick with pneumonia you slept on my couch for a week and got the kids to school every morning.",
    "Thanks for the card you sent from detox last year, I keep it on my fridge.",
]

DEV109_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, I still love you, but you can't keep staying in my basement after this weekend.",
    "If you walk out today, I'm going to stop covering for you with Mom and I won't send money when you call at 3am.",
    "If you don't accept help today, I'm not comfortable leaving Ava with you until you're in treatment.",
]

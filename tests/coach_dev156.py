# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 156 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grandson in his twenties writing to his grandfather who drinks, respect curdling into mockery: sarcasm and absolutes most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV156_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.94 (79/84; the rules alone 67/84): label 2/4, blame 15/16, sarcasm 14/16, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 1/41 (2.4%; the rules alone 1).

At merge, before it was trained on: with main a6c7782, rules and model 0.94 (79/84; the rules alone 68/84): label 2/4, blame 15/16, sarcasm 14/16, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 1/41 (2.4%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV156_FLAG: list[tuple[str, set[str]]] = [
    (
        "You've never once made it through a family birthday without a glass in your hand, Grandpa.",
        {"absolute"},
    ),
    ("Every single time I call after six o'clock your words are slurring together.", {"absolute"}),
    ("You forget everything I tell you now, every last thing.", {"absolute"}),
    (
        "Whenever I come over the first thing you do is head out to the garage fridge for a beer.",
        {"absolute"},
    ),
    (
        "You dont ask about my life at all anymore, not one question about the apprenticeship or about Kayla.",
        {"absolute"},
    ),
    ("You always pick the bottle over picking up the phone when I call.", {"absolute", "blame"}),
    ("Not a single Sunday goes by that you aren't three whiskeys deep by noon.", {"absolute"}),
    (
        "You promise to cut back constantly and you haven't kept a single one of those promises.",
        {"absolute"},
    ),
    (
        "You've had a beer in your hand every time we've taken the boat out since Grandma died.",
        {"absolute"},
    ),
    ("Nothing anybody says gets through to you anymore.", {"absolute"}),
    (
        "You lie about how much you drank all the time, even with the empties sitting right there on the counter.",
        {"absolute"},
    ),
    ("You never remember a word of the conversations we have after dinner.", {"absolute"}),
    (
        "u always have an excuse, the weather, your knee, the Cardinals losing, its never just the drinking",
        {"absolute"},
    ),
    (
        "Each and every holiday ends with you snoring in the recliner before anybody's cut the pie.",
        {"absolute"},
    ),
    ("You haven't been sober for one whole day since the funeral.", {"absolute"}),
    (
        "Real proud moment watching you try to give a toast at my graduation party, Grandpa, really one for the scrapbook.",
        {"sarcasm"},
    ),
    (
        "Way to be a role model, teaching Jace how to shotgun a beer when he was twelve.",
        {"sarcasm"},
    ),
    (
        "Thanks for the lovely phone call at 2am about how nobody respects you, I really treasure that one.",
        {"sarcasm"},
    ),
    ("Nice parking job on Mom's mailbox, Pop, a real pro behind the wheel.", {"sarcasm"}),
    ("Great war hero stuff, falling off the porch steps in front of the whole block.", {"sarcasm"}),
    ("You're totally 'just having a couple,' sure, and I'm the Pope.", {"sarcasm"}),
    (
        "What a fine example of the head of the family, passed out at Easter with ham gravy down your shirt.",
        {"sarcasm"},
    ),
    (
        "Congrats on finally breaking your record, a whole handle of Jim Beam in three days.",
        {"sarcasm"},
    ),
    (
        "You taught me a man keeps his word, and boy have you kept yours, what, zero times this year?",
        {"absolute", "sarcasm"},
    ),
    ("Super classy of you to show up to Kayla's baby shower smelling like a bar rag.", {"sarcasm"}),
    ("Glad the guys at the VFW get the best of you, I guess we get the leftovers.", {"sarcasm"}),
    (
        "Real smooth hiding the vodka in the windshield washer jug, Grandpa, truly genius stuff.",
        {"sarcasm"},
    ),
    (
        "I'm sure Grandma would've been thrilled to see how well you're \"handling things\" since she passed.",
        {"sarcasm"},
    ),
    (
        "Such a brilliant idea to wash down your oxycodone with bourbon, thanks a bunch for the ambulance ride.",
        {"sarcasm"},
    ),
    ("Gold medal grandpa performance at Thanksgiving this year, truly inspiring.", {"sarcasm"}),
    (
        "Mom cries in the car after we leave your place and that is on your shoulders, nobody else's.",
        {"blame"},
    ),
    ("You picked Jack Daniels over your own grandkids, plain and simple.", {"blame"}),
    (
        "The reason Uncle Dale doesn't come home for Christmas anymore is you and your drinking.",
        {"blame"},
    ),
    ("You wrecked the last good years Grandma had.", {"blame"}),
    (
        "I gave up my whole summer driving you to appointments and this is how you pay me back?",
        {"blame"},
    ),
    ("You're the one who tore this family into pieces.", {"blame"}),
    ("My parents fight constantly now and its your fault.", {"absolute", "blame"}),
    ("How do you look me in the eye after what you pulled at the wedding?", {"blame"}),
    ("Mom has an ulcer from worrying about you, that's what your drinking did to her.", {"blame"}),
    (
        "I lost my internship because I kept having to leave to bail you out, so thanks for that.",
        {"blame", "sarcasm"},
    ),
    ("You made this mess Grandpa and the rest of us are stuck cleaning it up.", {"blame"}),
    (
        "After all the weekends I spent patching your roof and mowing your lawn, you can't even stay sober for one lunch with me?",
        {"blame"},
    ),
    (
        "It was your drinking that ran the hardware store into the ground, not the economy.",
        {"blame"},
    ),
    ("You took the best parts of my childhood and poured them down the sink.", {"blame"}),
    ("Jace is scared of you now, and you earned that all by yourself.", {"blame"}),
    (
        "Mrs. Kowalski next door called Mom and told her she saw you passed out on the lawn Tuesday.",
        {"hearsay"},
    ),
    ("Dad says you were at the Legion till closing three nights last week.", {"hearsay"}),
    ("Word around town is you got kicked out of the Moose Lodge.", {"hearsay"}),
    (
        "Uncle Dale mentioned you called him at midnight crying and slurring about Grandma.",
        {"hearsay"},
    ),
    (
        "The pharmacist told Aunt Linda you've been trying to refill your pain pills early.",
        {"hearsay"},
    ),
    (
        "Somebody at church let it slip that you showed up to the men's breakfast smelling like whiskey.",
        {"hearsay"},
    ),
    (
        "Kayla's friend works at the liquor store on Main and says you're in there every morning at nine.",
        {"absolute", "hearsay"},
    ),
    (
        "Your fishing buddy Earl pulled me aside and said he won't get in the truck with you anymore.",
        {"hearsay"},
    ),
    (
        "From what Mom told me, you fell in the shower and didn't tell anyone for two days.",
        {"hearsay"},
    ),
    (
        "Supposedly you told the guys at the barbershop that I'm the one who stole from you.",
        {"hearsay"},
    ),
    (
        "Aunt Linda's been telling people you drove to Walmart drunk with Jace in the truck.",
        {"hearsay"},
    ),
    (
        "The deputy who brought you home last fall told Dad you were lucky you didn't kill somebody.",
        {"hearsay"},
    ),
    (
        "I got a text from your neighbor Gary saying there's beer cans all over your driveway again.",
        {"hearsay"},
    ),
    (
        "Great-Aunt June says you haven't been out to Grandma's grave once since the funeral because your always at the bar.",
        {"absolute", "hearsay"},
    ),
    ("The rumor at the VFW is you owe half the bartenders money.", {"hearsay"}),
    ("I can't keep pretending my grandpa isn't a full blown alcoholic.", {"label"}),
    ("Honestly Pop, you've turned into the town drunk.", {"label"}),
    ("Every kid in my high school knew my grandfather was a lush.", {"label"}),
    (
        "You used to be a man people looked up to and now you're a pitiful old drunk in a stained undershirt.",
        {"insult", "label"},
    ),
    ("I need you to dry out and come out the other side clean.", {"clean"}),
    (
        "Your screen at the hospital came back dirty for benzos and booze, so dont tell me you quit.",
        {"clean"},
    ),
    ("Honestly it's embarrassing to be related to you some days.", {"insult"}),
    ("The whole family is fed up with your excuses.", {"we"}),
    ("All of us grandkids agree you've turned into a stranger.", {"we"}),
    ("We've all decided you don't get to play the victim anymore.", {"we"}),
    ("Go to rehab or you can forget about ever meeting my son.", {"threat"}),
    (
        "If you don't check in tonight I'm done, you won't hear from me again, not at Christmas, not ever.",
        {"threat"},
    ),
    (
        "I think you're bipolar, the way you swing from crying to screaming in five minutes.",
        {"diagnosis"},
    ),
    ("You're so deep in denial it's scary.", {"diagnosis"}),
    (
        "You're a textbook narcissist Grandpa, everything has to be about you.",
        {"absolute", "diagnosis"},
    ),
    ("The booze has given you dementia, I'm sure of it.", {"diagnosis"}),
]

DEV156_GOOD: list[str] = [
    "Grandpa, you taught me how to bait a hook on the dock at Lake Wappapello when I was five.",
    "I still have the pocketknife you gave me for my tenth birthday and I carry it most days.",
    "Some of my favorite memories are Saturday mornings at the hardware store sorting screws into coffee cans with you.",
    "I love you Pop, and thats why I'm sitting in this room today.",
    "Last month when you called me by Grandma's name, it scared me.",
    "At Thanksgiving I noticed your hands shaking so bad you couldn't tie your boots.",
    "When I was in the hospital with my appendix you sat next to my bed all night and read me the box scores.",
    "You were the first person I called when I got into the electrician program.",
    "I'm worried about you living alone out on Route Z since Grandma passed.",
    "I miss the guy who whistled Patsy Cline while he fixed the fence.",
    "I want my son to know you the way I got to know you.",
    "On the Fourth of July you fell down the deck stairs and I was terrified you'd broken your hip.",
    "I know losing Grandma broke something in you, and I feel that loss too.",
    "Theres a bed waiting for you at Hazelwood and I'll drive you there myself this afternoon.",
    "I felt scared and helpless when I found you on the kitchen floor in March.",
    "You showed me how to change my first flat tire in the rain out on Highway 67.",
    "When I call you lately you don't remember what we talked about the day before, and that hurts me.",
    "I want to go fishing with you again, just the two of us, sober and laughing at nothing.",
    "I'm asking you to go to treatment today, Grandpa, not next week and not after the holidays.",
    "The night you missed Maddie's recital I waited by the door for an hour and felt so sad for her.",
    "I'm proud to be your grandson.",
    "Your laugh is the loudest thing I remember about growing up.",
    "I noticed the bottles in your recycling bin have tripled since summer, and it frightens me.",
    "You were the one who stood up for me when Dad and I werent talking.",
    "Please say yes today, Pop.",
    "My little boy calls you Great-Pop and lights up when your truck pulls in.",
    "When you've been drinking you get quiet and far away, and I miss you even when your sitting right next to me.",
    'I remember you teaching me to drive stick in the church parking lot, yelling "clutch!" and laughing so hard you cried.',
    "I know you saw things in Vietnam you don't talk about, and I respect you for everything you carried home.",
    "I want you at my wedding next June, on your feet, dancing with Kayla.",
    "You built the treehouse in the backyard with me the summer I turned nine.",
    "I was angry at first, but mostly I'm just scared.",
    "At my graduation I sat there in my cap and gown looking for your truck in the parking lot.",
    "The doctors at Hazelwood have a program just for veterans and they're ready for you this afternoon.",
    "I miss your pancakes shaped like the state of Missouri.",
    "I can't fix this for you, but I can stand next to you while you get help.",
    "gramps i just want you around for a long long time",
    "I rewrote this letter four times because I wanted to get it right for you.",
    "Seeing you nod off behind the wheel in the driveway last Tuesday terrified me.",
    "You gave me my first job, sweeping the shop floor for five bucks an hour.",
    "It hurt when you didn't recognize Kayla at your door on her birthday.",
    'You used to call me "sport" and it still makes me smile.',
    "I'm scared that the next phone call I get about you is going to come from a hospital.",
    "The day you stopped coming to Sunday dinner, Mom set your plate out anyway.",
]

DEV156_TRAPS: list[str] = [
    "Great-Uncle Roy was a drunk, and I remember you crying at his funeral like a little boy.",
    "I'll be honest, at nineteen I was halfway to being an alcoholic myself, and you were the one who sat me down on the tailgate.",
    "You told me once, \"I'm just an old drunk, kid, dont worry about me,\" and I've carried that sentence around ever since.",
    "You are not a drunk to me, you're my grandpa.",
    "You're a total coffee junkie and I love that about you, six cups before breakfast.",
    "Remember the day we spent cleaning out the barn and found Grandma's old love letters in a tackle box?",
    "We always went to the Cardinals home opener together, just you and me up in the bleachers.",
    "Great job on the thirty days you put together last spring, I saw how hard you worked for them.",
    "Your doctor told you in May that your liver numbers were bad, and I was in the room and saw your face.",
    "You're the reason I became an electrician and the reason I know how to work hard.",
    "I've always looked up to you, Grandpa.",
    "You never missed one of my wrestling meets in high school, not one, thermos of coffee and all.",
    "The counselor at Hazelwood told me alcohol use disorder is a medical condition and not a moral failure, and that helped me.",
    "I'm disgusted with myself for waiting this long to say something.",
    "Grandma used to say you were the most stubborn man in Ste. Genevieve County, and she meant it as a compliment.",
    "We all piled into your Buick and drove down to the Ozarks the summer I turned twelve.",
    "We love you so much, Grandpa, every one of us in this room.",
    'Last week you looked at me and said "I\'ve made a wreck of things, Tyler," and I admired you for saying it.',
    "Dad went through a bad stretch as a pillhead in the nineties, and you were the one who drove him to treatment.",
    "I'm not calling you an addict, I'm calling you my grandpa who needs help.",
    "You kept that old Ford so clean you could eat off the dashboard.",
    "You told me dirty jokes at the fish fry that made Grandma swat you with her napkin.",
    "I never want to look back and wish I'd said this sooner.",
    "Your VA doctor diagnosed you with PTSD back in 2009, and the program at Hazelwood treats that too.",
    "Thank you for always picking up when I called from college homesick at midnight.",
    "I was a stoner all through high school and you never once made me feel like garbage for it.",
    "You taught me to clean a walleye with three cuts and I still do it your way.",
    "That was the most disgusting catfish you pulled out of Table Rock, ugliest thing I ever saw, and we laughed for an hour.",
    "Mom says you used to carry me on your shoulders at the county fair so I could see the tractor pull.",
    "You were the best grandpa in the world when I was little, and you still can be.",
    "I'm not saying you're a bad person, because you're not, you're a good man who's sick.",
    "I'll be at Hazelwood every Sunday for family visits no matter what.",
    "You've never been a quitter, Pop, and I know you can do this.",
    'When you said "maybe I do have a problem" on the porch in August, I felt hope for the first time in months.',
    "Aunt Linda's ex was a mean drunk and you were the one who ran him off the property with a shovel.",
    "I heard the nurse tell you your blood pressure was dangerously high, and I held your hand while she said it.",
    "We never missed the fireworks down at the river, even the year it poured.",
    "The ER doctor said the seizure came from withdrawal and that you need medical detox, which Hazelwood has.",
    "You did a great job on that cradle you built for my son, it's the nicest thing in his room.",
    "I'm the one who's been in denial, pretending this would fix itself.",
    "I'm not here to shame you, I'm here because I can't lose you too.",
]

DEV156_BOTTOM_LINE_OK: list[str] = [
    "If your answer today is no, I won't be bringing my son over to your house until you're in treatment.",
    "If you decide not to go, I'm not going to ride in the truck with you anymore or let you drive me anywhere.",
    "I love you, and if you turn down help today I will stop covering for you with Mom and Dad.",
    "If you say no, I'm done picking up your beer on Fridays and I won't lend you any more money.",
]

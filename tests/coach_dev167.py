# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 167 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother in a parents' support group who repeats what the other parents, the counselor and the neighbours told her: hearsay most, then diagnosis and sarcasm. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV167_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.92 (61/66; the rules alone 54/66): absolute 3/4, hearsay 15/16, sarcasm 13/15, diagnosis 15/16, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 2/44 (4.5%; the rules alone 2).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.94 (62/66; the rules alone 57/66): absolute 3/4, hearsay 15/16, sarcasm 13/15, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV167_FLAG: list[tuple[str, set[str]]] = [
    (
        "Barb across the street told me she watched you nodding off in the driveway with the car still running.",
        {"hearsay"},
    ),
    (
        "Joanne, the counselor at my group, says boys like you will lie right to your mothers face and smile doing it.",
        {"hearsay"},
    ),
    (
        "Denise's daughter saw you buying from that guy behind the Speedway on Third Street.",
        {"hearsay"},
    ),
    (
        "Mr. Albrecht next door mentioned the police were at your apartment twice last month.",
        {"hearsay"},
    ),
    (
        "Your old coach called me and said you showed up to help with practice and could barely stand up.",
        {"hearsay"},
    ),
    (
        "Kayla finally admitted to me that you took forty dollars out of her purse at Easter.",
        {"hearsay"},
    ),
    (
        "From what Linda heard at church, you've been selling Grandpa's tools at the pawn shop on Wayne Ave.",
        {"hearsay"},
    ),
    (
        "The pharmacist at Kroger pulled me aside and said you tried to fill a script that wasnt yours.",
        {"hearsay"},
    ),
    (
        "Word around the neighborhood is you got let go from the tire place for being high on the lift.",
        {"hearsay"},
    ),
    (
        "Gary from my parents group says his son knows you and that you're shooting up now.",
        {"hearsay"},
    ),
    (
        "Your landlord phoned me at work to tell me there were burnt spoons all over your kitchen counter.",
        {"hearsay"},
    ),
    (
        "Supposedly you told your cousins at the reunion that I'm the reason you drink, thats what Aunt Carol says anyway.",
        {"hearsay"},
    ),
    (
        "Mrs. Delgado swears up and down she saw you stumbling out of Shooters at noon on a Tuesday.",
        {"hearsay"},
    ),
    (
        "One of the moms in group recognized you from the ER waiting room, she said you were begging the nurse for Dilaudid.",
        {"hearsay"},
    ),
    ("The whole street is talking about the ambulance at your place in March.", {"hearsay"}),
    (
        "Joanne thinks you're probably a sociopath, she says she's seen a hundred kids just like u.",
        {"diagnosis", "hearsay"},
    ),
    (
        "Honestly Tyler, I think you're a textbook narcissist and I've read enough to know one when I see one.",
        {"diagnosis"},
    ),
    (
        "You have some kind of personality disorder, I'm sure of it, no normal person lies like that.",
        {"diagnosis"},
    ),
    (
        "You're bipolar, anybody can see it, up all night one week and then you wont get out of bed the next.",
        {"diagnosis"},
    ),
    (
        "The way you can look me in the eye and steal from my purse, that's a psychopath, honey.",
        {"diagnosis"},
    ),
    (
        "I've read all the books now and you are so deep in denial about what the meth is doing to you.",
        {"diagnosis"},
    ),
    (
        "You've got borderline written all over you, the rages, the clinging, the way you cut people off.",
        {"diagnosis"},
    ),
    (
        "I'm convinced you have untreated ADHD and that's the whole reason you started on the pills.",
        {"diagnosis"},
    ),
    ("You are clinically depressed Ty, I dont need a doctor to tell me that.", {"diagnosis"}),
    (
        "Your OCD is what makes you need everything perfect and then you fall apart and use.",
        {"diagnosis"},
    ),
    (
        "Face it, you've got the same antisocial personality your father's brother had.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you have PTSD from the accident and you're self-medicating and refusing to see it.",
        {"diagnosis"},
    ),
    (
        "You're paranoid, Tyler, actually paranoid, you think the whole world is out to get you.",
        {"diagnosis"},
    ),
    ("You have an anger disorder and the oxy just pours gasoline on it.", {"diagnosis"}),
    ("Denial isn't a river, kiddo, it's your whole personality at this point.", {"diagnosis"}),
    (
        "The way you talk to people who aren't there, I think the meth made you schizophrenic.",
        {"diagnosis"},
    ),
    ("Thank you so much for pawning my wedding ring, it really made my year.", {"sarcasm"}),
    (
        "Way to make your little sister's graduation all about you passing out in the bleachers.",
        {"sarcasm"},
    ),
    (
        "Mother's Day was lovely this year, nothing says I love you Mom like a collect call from the county jail.",
        {"sarcasm"},
    ),
    ("Oh sure, you're 'handling it,' that's why the bank called me about your car.", {"sarcasm"}),
    ("What a gentleman, letting your girlfriend pay your bail with her rent money.", {"sarcasm"}),
    ("Brilliant plan, driving to Columbus on Xanax with the baby in the back seat.", {"sarcasm"}),
    (
        "You really outdid yourself at Thanksgiving, Grandma is still talking about the gravy on the ceiling.",
        {"sarcasm"},
    ),
    ("Big man, screaming at your own mother in a Walmart parking lot.", {"sarcasm"}),
    (
        "Nice touch, borrowing Dad's truck and bringing it back with the mirror hanging off.",
        {"sarcasm"},
    ),
    (
        "I'm so proud of my son the entrepreneur, selling his Adderall to high school kids.",
        {"sarcasm"},
    ),
    ("Your 'just a couple beers' turned into a night in the drunk tank, well done.", {"sarcasm"}),
    (
        "Congrats on keeping a job for a whole eleven days, that must be some kind of record.",
        {"sarcasm"},
    ),
    ("Super responsible of you to nod off while you were babysitting Kayla's twins.", {"sarcasm"}),
    (
        "Lovely of you to show up to Pop's funeral glassy eyed and sweating, you really honored his memory.",
        {"sarcasm"},
    ),
    ("Thanks a bunch for teaching the neighbor kids what a bong looks like.", {"sarcasm"}),
    ("You're a junkie now, Tyler, there's no prettier word for it.", {"label"}),
    ("My son the pillhead, that's who I get to talk about at group every Thursday.", {"label"}),
    (
        "Somewhere along the way my sweet boy turned into a tweaker who picks at his face all night.",
        {"label"},
    ),
    (
        "You swore to me you'd been clean since June and I found the foil in your jacket the very next day.",
        {"clean"},
    ),
    (
        "Every cup you peed in at the halfway house came back dirty, so dont tell me it's under control.",
        {"absolute", "clean"},
    ),
    ("You have not told me the truth one single time in three years.", {"absolute"}),
    (
        "Your always asking for money and your never around when I need a ride to chemo.",
        {"absolute"},
    ),
    ("Whenever there's a family get together you find some way to get loaded first.", {"absolute"}),
    (
        "Your father's heart attack happened because of the stress you put him through and you know it.",
        {"blame"},
    ),
    ("I gave up my retirement to pay your lawyers and this is how you repay me.", {"blame"}),
    ("You picked the oxy over your own daughter, plain and simple.", {"blame"}),
    (
        "You've become an embarrassment to this family and to your grandmother's good name.",
        {"insult"},
    ),
    ("Honestly you look like something that crawled out of a dumpster.", {"insult"}),
    ("What kind of man steals his mother's pain pills the week after her surgery?", {"insult"}),
    ("All of us here are sick to death of your excuses.", {"we"}),
    ("Your sisters and I agree you've turned into a stranger nobody can trust.", {"we"}),
    (
        "Either you get in the car to rehab today or you can forget you ever had a mother.",
        {"threat"},
    ),
    (
        "Keep using and I'll call your probation officer myself and let them lock you up.",
        {"threat"},
    ),
]

DEV167_GOOD: list[str] = [
    "Tyler, I'm writing this because I love you and I want my son back.",
    "I remember teaching you to ride your bike on Maple Court, you crashed into the Hendersons' hedge and got right back on.",
    "When you were nine you saved your allowance to buy me a mug with a cardinal on it, and I still drink my coffee from it every morning.",
    "You have your grandpa's laugh, the kind that fills up a whole kitchen.",
    "Lately your jeans hang off you and your face looks gray, and it scares me.",
    "I've been lying awake at night listening for my phone to ring.",
    "I miss our Sunday drives out to Caesar Creek to get soft serve at the Dairy Barn.",
    "I used to love hearing you play guitar in the garage with the door wide open.",
    "I'm scared I'm going to get a call from Miami Valley Hospital one night.",
    "There is a bed waiting for you at Brightview in Cincinnati and they can take you this afternoon.",
    "I packed a bag for you with your gray hoodie and the blanket Grandma crocheted.",
    "I'm asking you to accept this help today.",
    "I've been going to a parents group on Thursdays and it's taught me to take care of myself too.",
    "When you held Emma for the first time I saw a look on your face I'll carry with me forever.",
    "Last winter you came to dinner with a bruise on your cheek and wouldn't tell me where it came from.",
    "It breaks my heart knowing you've been sleeping in your car.",
    "I was so proud of the way you stood up for the kids who got picked on in middle school.",
    "You are funny and smart and kind, and that person is still in there.",
    "I hope one day we can go to a Reds game again and argue about the umpire.",
    "I found the empty bottles behind the water heater and my stomach dropped.",
    "I want to see you walk Emma to her first day of kindergarten.",
    "Dad and I drove past your old high school yesterday and I thought about your senior prom and that awful powder blue tux.",
    "You helped carry Grandma's casket, and I leaned on you that whole day.",
    "I'm not here to punish you, I'm here because I cant watch this anymore without saying something.",
    "When you stopped answering my texts for two weeks in October I called every hospital in Montgomery County.",
    "I miss the son who used to text me goodnight with a dumb little moon emoji.",
    "Your hands shake in the mornings now until you've had a drink, and I see it.",
    "Please say yes to treatment, honey.",
    "I'll drive you there myself and sit in the parking lot as long as you need me to.",
    "Your nephew Mason still has the Lego fire truck you built with him and he won't let anybody take it apart.",
    "I'm worried about that cough you've had since summer.",
    "I remember you reading Goodnight Moon to Kayla when she couldnt sleep.",
    "I see how tired you are and I think part of you wants this to stop too.",
    "I believe you can get well, I've watched other families get their kids back.",
    "You used to fix everybody's bikes on the block for free and wouldn't take a dime.",
    "I want to hear you tease me about my terrible meatloaf again.",
    "It hurt when you didn't come to my 60th birthday dinner, I kept looking at the door all night.",
    "My hope is that a year from now you and me are planting tomatoes in the backyard.",
    "Thank you for sitting here and listening to me, I know this isn't easy.",
    "I love you more than I can fit on this paper.",
    "When you got your first job at Ace Hardware you bought me carnations with your first paycheck.",
    "I know how much pain you've been in since the accident and I know the pills started with a real prescription.",
    "I'd give anything for a normal Tuesday with you, just coffee and the crossword.",
    "Emma drew a picture of you with a giant smile and it's on my fridge right now.",
    "I want you to get healthy so you can be the dad you told me you wanted to be.",
]

DEV167_TRAPS: list[str] = [
    "Linda's son was an addict for ten years and now he coaches Little League, so I know there is hope.",
    "I drank way too much after the divorce, so I know what it is to hide bottles in the laundry room.",
    "You told me last summer, 'Mom, I'm a junkie and I hate it,' and I held you while you cried.",
    "You are not a drunk to me, you're my boy who loves fishing at Eastwood Lake.",
    "Your Uncle Ray was an alcoholic and got sober at 52, it's never too late.",
    "I will always be your mom no matter what you decide today.",
    "Not a night goes by that I don't pray for you.",
    "Way to go on that welding certificate last year, I still tell everybody at work about it.",
    "We always went to Grandma's cabin for the Fourth of July and you'd light the sparklers for the little ones.",
    "Your doctor told me your liver numbers are high, and I want you around for a long, long time.",
    "The counselor told me addiction is a disease of the brain and not a weakness, and that helped me stop being so angry.",
    "Kayla says Emma asks for you every night at bedtime.",
    "I cleaned out the hall closet Saturday and found your old Pinewood Derby car.",
    "Your dad was a total chocolate junkie when you were little, remember the Halloween candy raids?",
    "In my group we always finish by saying each of our kids names out loud, and I say yours every week.",
    "My doctor says my blood pressure is through the roof, and that's on me to fix, not you.",
    "You were never anything but gentle with animals, remember that baby bird you kept in a shoebox?",
    "Every time I hear Tom Petty on the radio I think of you singing in the car.",
    "Dr. Okafor diagnosed you with depression back in high school, and I wish I'd pushed harder to get you the follow up care.",
    "Denise's husband used to be a crackhead back in the 90s, her words not mine, and he's been sober twenty two years.",
    "I was the one in denial for a long time, I kept making excuses for you to your dad.",
    "You said to me on the porch, 'I'm so tired of being a user, Mom,' and I believed you meant it.",
    "You once told me you felt worthless, and I need you to hear me say you are precious to me.",
    "I'm not blaming you for any of this, I just want you alive.",
    "We used to make pierogi with Baba every Christmas Eve and get flour all over the floor.",
    "I'm a recovering perfectionist myself and I know I put a lot of pressure on you kids.",
    "That was a great job you did on Mrs. Delgado's fence last fall, it still looks beautiful.",
    "Your old sponsor Mike is a good man and I'd love for you to call him again.",
    "I heard a hymn at church Sunday that made me think of you as a little boy.",
    "People at my group talk about their kids coming home healthy, and I want that for us so badly.",
    "You told me you felt like a disgrace to the family, and that is not how I see you, not ever.",
    "I was disgusted with myself for yelling at you in October, and I'm sorry.",
    "Your grandma used to say you were the best hugger in the family, and she was right.",
    "Apparently I'm the last one in this house to figure things out, but I'm here now.",
    "Your Aunt Patty calls herself a reformed drunk and says it with a grin, and she'll be there for you too.",
    "I know the word alcoholic scares you, it scared me too when I first said it about my own father.",
    "The psychiatrist at Kettering said you have an anxiety disorder, and there is medicine and therapy that can really help with that.",
    "Even at your worst you have not once raised a hand to anybody, and I see that.",
    "Every single time you came home from camp you ran straight to the dog before you even hugged me.",
    "We all loved your Halloween costumes, the year you went as a mailbox was the best.",
    "Thank you for showing up today, really, it means more than you know.",
    "Nice job on the birdhouse you made me for my birthday, it's the first thing I see out the kitchen window.",
    "You called me from detox and said 'Mom, I'm four days clean,' and I sat on the kitchen floor and cried happy tears.",
    "Your brother is a gym junkie these days and he wants to take you hiking at Hocking Hills when you get out of treatment.",
]

DEV167_BOTTOM_LINE_OK: list[str] = [
    "If you walk out of here today without saying yes, I'm going to stop paying your phone and your car insurance.",
    "If you don't go to Brightview, you can't keep staying in the basement, and I will help you pack your things.",
    "I'm not going to bail you out again, but I will visit you every week wherever you are.",
    "As long as you're using, I won't be able to let you watch Emma at my house, and that door opens back up the day you're in treatment.",
]

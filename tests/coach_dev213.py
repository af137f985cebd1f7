# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 213 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother of a son on opioids after a work injury, small-town Ohio: every kind, a little of each. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV213_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.99 (70/71; the rules alone 65/71): absolute 7/8, every other kind full; good 0/47 (0.0%; the rules alone 0), traps 4/42 (9.5%; the rules alone 4).

At merge, before it was trained on: with main 9ed1673, rules and model 0.99 (70/71; the rules alone 65/71): absolute 7/8, every other kind full; good 0/47 (0.0%; the rules alone 0), traps 4/41 (9.8%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV213_FLAG: list[tuple[str, set[str]]] = [
    ("I never in my life thought I'd be the mother of a junkie, Cody.", {"label"}),
    ("When you come through that back door now I dont see my boy, I see a pillhead.", {"label"}),
    (
        "You're just one more opioid user in Morgan County now, another number in the Herald.",
        {"label"},
    ),
    (
        "A dope fiend who digs through his own mother's purse, that's what you turned into.",
        {"label"},
    ),
    (
        "Your nothing but a pathetic addict anymore and it breaks my heart to write that.",
        {"insult", "label"},
    ),
    (
        "Kayla calls you a junkie behind your back and I cant even argue with her.",
        {"hearsay", "label"},
    ),
    ("I just want you to get clean before Addie is old enough to know what's going on.", {"clean"}),
    (
        "The test from the clinic in Zanesville came back dirty again, after you swore to me on Grandpa's bible it wouldnt.",
        {"clean"},
    ),
    ("You stayed clean for what, three weeks last spring, and then right back to it.", {"clean"}),
    ("I need you clean when you hold that little girl.", {"clean"}),
    ("I'd give anything to see you clean and back on the line at the plant.", {"clean"}),
    ("Get yourself clean or find somewhere else to sleep, I'm done.", {"clean", "threat"}),
    (
        "You always have some excuse, your back, your boss, the weather, its always something with you.",
        {"absolute"},
    ),
    ("You never pick up the phone for me unless you need money.", {"absolute"}),
    ("Not one single Sunday since the accident have you come to church with me.", {"absolute"}),
    ("Any time I try to bring it up you grab your keys and walk out to the truck.", {"absolute"}),
    ("You lie constantly, Cody, about where you were and who you were with.", {"absolute"}),
    ("Nothing I say gets through to you anymore, not a word.", {"absolute"}),
    (
        "Every single time you slip you blame the fall, but you're the one who went looking for more.",
        {"absolute", "blame"},
    ),
    (
        "Your father's heart attack came from worrying himself sick over you, and you know it.",
        {"blame"},
    ),
    ("I cashed in half my retirement for your last rehab and this is how you repay me.", {"blame"}),
    ("You picked those pills over your own daughter.", {"blame"}),
    (
        "How on earth could you take Grandma Ruth's wedding ring to the pawn shop in Cambridge?",
        {"blame"},
    ),
    ("You wrecked Thanksgiving for every one of us, I hope you know that.", {"blame"}),
    ("It's on you that your dad is still pulling overtime at sixty three.", {"blame"}),
    (
        "You never once thanked me for driving you to all those appointments, after all I gave up for you.",
        {"absolute", "blame"},
    ),
    ("Honestly you look like a walking corpse these days and its sickening to watch.", {"insult"}),
    ("What kind of man nods off in the bleachers at his little girl's dance recital?", {"insult"}),
    ("I was embarrassed to be seen with you at Kroger last week, you looked filthy.", {"insult"}),
    (
        "You are a disgrace to your grandfather's name, and he worked that same plant for forty years.",
        {"insult"},
    ),
    ("Some days I cant stand to even look at you.", {"insult"}),
    ("Laying on that couch all day, you've become a sorry shell of a man.", {"insult"}),
    (
        "Mrs. Dillard from down the road told me she saw you buying off that guy behind the Marathon station.",
        {"hearsay"},
    ),
    (
        "Your foreman let it slip at the IGA that they caught you asleep on the forklift twice.",
        {"hearsay"},
    ),
    ("Jess says you've started snorting them now instead of just swallowing them.", {"hearsay"}),
    ("Apparently half the congregation knows you got picked up over in Coshocton.", {"hearsay"}),
    (
        "I got it from your cousin Dustin that you owe money to some rough people up in Columbus.",
        {"hearsay"},
    ),
    (
        "Word around McConnelsville is you've been driving down to that pill doctor in Portsmouth.",
        {"hearsay"},
    ),
    (
        "Your aunt Becky is convinced you're a narcissist and I'm starting to think she's right.",
        {"diagnosis", "hearsay"},
    ),
    ("We've all decided you're not the same person anymore.", {"we"}),
    ("Your dad and Kayla and me all agree you've been lying to us for two years straight.", {"we"}),
    ("All of us are worn out from tiptoeing around you and your moods.", {"we"}),
    ("The whole family thinks you went back to using right after Christmas.", {"we"}),
    ("Everybody sitting in this living room is fed up with your excuses.", {"we"}),
    ("We're all ashamed of what you've become, plain and simple.", {"insult", "we"}),
    (
        "You go to that place in Columbus today or you can pack your stuff and go live under the Route 60 bridge.",
        {"threat"},
    ),
    (
        "If you dont get in the car this afternoon I swear you won't set foot in this house again.",
        {"threat"},
    ),
    ("Turn this down and you wont have a mother anymore.", {"threat"}),
    ("Either you check in today or I'm calling the sheriff on you myself.", {"threat"}),
    ("Walk out of this room and don't bother ever coming back, I mean it.", {"threat"}),
    (
        "Say no and I'll help Jess make sure you don't get to see Addie, not even on holidays.",
        {"threat"},
    ),
    (
        "Real nice of you to show up to your dad's birthday two hours late and nodding off in your cake.",
        {"sarcasm"},
    ),
    ("Congratulations, you made it one whole weekend without hitting me up for cash.", {"sarcasm"}),
    (
        "Oh but you're \"doing better,\" right? That's what you tell everybody at church.",
        {"sarcasm"},
    ),
    ("Way to go selling your bass boat for pills, son, real smart business move.", {"sarcasm"}),
    ("Son of the year, pawning the TV your dad and I bought you for Christmas.", {"sarcasm"}),
    ("Thanks a bunch for the lovely collect call from the Guernsey County jail.", {"sarcasm"}),
    (
        "What a wonderful Mother's Day present, watching my son the addict pass out in the yard.",
        {"label", "sarcasm"},
    ),
    ("You're in denial Cody, plain as day.", {"diagnosis"}),
    (
        "I think your bipolar, the way you go from crying to screaming in ten minutes flat.",
        {"diagnosis"},
    ),
    (
        "Some days you act like a flat out sociopath, lying to my face without blinking.",
        {"diagnosis"},
    ),
    ("Anybody can see you're severely depressed and thats why you keep using.", {"diagnosis"}),
    (
        "I've read up on it and I'm pretty sure you have some kind of personality disorder.",
        {"diagnosis"},
    ),
]

DEV213_GOOD: list[str] = [
    "Cody, I'm writing this because I love you and I want my son back.",
    "You were the kid who brought home stray dogs from all over the county and begged me to keep them.",
    "Since the accident at the plant I've watched you get thinner and quieter.",
    "I miss hearing you laugh at the kitchen table.",
    "Your eyes look so tired lately and it scares me.",
    "I remember the day you got your first deer with Grandpa Earl, you were so proud you wouldnt stop talking about it till supper.",
    "Addie asked me why Daddy sleeps so much and I didn't know what to tell her.",
    "I know your back still hurts and I'm not pretending it doesn't.",
    "You worked hard at that job for eleven years and you got hurt doing it, and that wasn't fair to you.",
    "There's a bed waiting for you at the treatment center in Columbus today.",
    "Your bag is already packed and sitting in my car.",
    "I'll drive you there myself and I'll visit as often as they let me.",
    "You used to call me on your lunch break just to say hi.",
    "Last month you missed Addie's birthday party and she saved you a piece of cake in the freezer.",
    "In February I found you slumped over in your truck in the driveway at two in the morning and it took me a minute to wake you.",
    "My hope is that next summer you'll be out on the pond teaching Addie to bait a hook.",
    "I want you to see her graduate kindergarten, and high school, and all of it.",
    "You are funny and kind and stubborn as your dad, and I love all of it.",
    "I still have the Mother's Day card you made me in second grade with macaroni glued all over it.",
    "You've stopped coming to Sunday dinner and your chair just sits there empty.",
    "When you went to the Buckeye game with your dad in 2014 you called me from the stadium screaming so loud I had to hold the phone away.",
    "I'm scared that one morning I'm going to get a phone call I cant survive.",
    "You don't have to do this by yourself, honey.",
    "The folks at the clinic know how to help with the pain too, not just the pills.",
    "I watched you hold Addie the day she was born and you cried harder than Jess did.",
    "Your hands shake now when you pour your coffee.",
    "The pain pills from my knee surgery went missing out of the cabinet in March.",
    "I love you more than I know how to put down on paper.",
    "You were the best big brother to Kayla, walking her down to the bus stop in the snow.",
    "Lately you sleep through most of the day and then your up pacing half the night.",
    "I want to sit on the porch with you again and watch the storms roll in over the hills like you and me used to.",
    "You lost your job at the tile plant in October and you still haven't told Addie.",
    "Your dad doesn't say much but some nights he goes and sits in your old room.",
    "I believe in you, I believe you can get through this.",
    "There is so much life ahead of you, son.",
    "I remember teaching you to drive in the Kroger parking lot on Sunday mornings, you ran over the curb twice and laughed so hard you had to pull over.",
    "Grandma Ruth's quilt is still folded at the end of your bed waiting for you.",
    "Thank you for sitting down today and listening to all of us.",
    "Im not angry, Im heartbroken and I miss you.",
    "You borrowed four hundred dollars in January and told me it was for a car part.",
    "The first time I saw you drift off in the middle of a sentence at Easter dinner, my heart dropped.",
    "You used to fix the lawn mowers for the whole street and wouldnt take a dime for it.",
    "When you're well I want to take that trip to Hocking Hills you and me talked about.",
    "Please go today, for you, and for that little girl who thinks you hung the moon.",
    "After the fall you told me the pain felt like a hot knife in your back, and I believed you, and I still do.",
    "Your tomatoes were the best in the county that summer you put in the garden.",
    "I saw a flicker of the old you at the fair in August when you won Addie that giant stuffed bear.",
]

DEV213_TRAPS: list[str] = [
    "Your Uncle Gary was a mean drunk and you were the one who stood up for me when he came around.",
    "Your dad spent all of April cleaning out the garage so you'd have your workbench back.",
    "Last winter you told me, 'Mom I feel like a junkie,' and then you cried at my kitchen table.",
    "You are not an addict to me, you are my son who got hurt and needs help.",
    "Great job on those sixty days you put together last fall, I was so proud I told the whole prayer group.",
    "We always had pancakes on Saturday mornings before your Little League games.",
    "Dr. Hanna told us the pills have been hard on your stomach and he wants to help you come off them safely.",
    "Grandpa Earl was an alcoholic for thirty years and got sober at sixty one, so I know people can do it.",
    "When you were nine you were a total candy junkie, you'd trade your whole Halloween bag for Reese's cups.",
    "You came up out of that creek behind Grandma's so dirty I had to hose you off in the yard.",
    "Not once did I stop being proud of how you took care of Addie when she was a baby.",
    "You told the counselor 'I'm an addict and I need help,' and that was the bravest thing I ever heard.",
    "We went down to Lake Hope every Fourth of July and you'd jump off the rocks before anybody else.",
    "I think I was in denial myself for a long time, telling people your back was just acting up.",
    "The man who slid into your dad's truck that winter was drunk, and you sat with your father at the hospital all night.",
    "You have never been a bad person, Cody, not for one day of your life.",
    "Your doctor at Genesis said your liver numbers are up, and I'm scared, and I want you around a long long time.",
    "Remember how you'd clean the grill for your dad after church and act like it was the worst chore in the world?",
    "You were always the first one to help a neighbor, shoveling Mrs. Dillard's walk before she even asked.",
    "I'm not saying you're to blame for getting hurt, that fall was an accident and it could've happened to anybody.",
    "Your cousin Brandon has been clean four years now and he'd be glad to drive you to meetings.",
    "You and me always sang along to Alan Jackson on the way to your grandma's in Zanesville.",
    "After growing up with my own mother's drinking I swore I'd do better by my kids, and I'm still trying.",
    "Kayla and I went through your old baseball cards last week and we both ended up bawling.",
    "We all had the best time at your wedding, you danced with every aunt in the family.",
    "I used to be a real coffee junkie till Dr. Hanna made me cut back, so I know a little about craving something.",
    "Your room still smells like that cologne you always wore to the Friday night games.",
    "You said to me once, 'Mom, I'm just a pill popper now,' and I want you to know that's not who I see.",
    "I never knew how strong you were until I watched you learn to walk again after the fall.",
    "That summer you worked at the car wash you came home soaking wet and dirty and happy.",
    "Great job getting your CDL back in 2021, you worked so hard for it.",
    "Pastor Jim got hooked on pain pills after his surgery and he's been clean nine years now, and he wants to sit down with you.",
    "You are not worthless and you are not a lost cause, and anybody who says so doesn't know you.",
    "Every time I drive past the ball field on Route 37 I picture you in that blue uniform.",
    "The doctors at Riverside told us the fentanyl nearly stopped your heart last March, and I can't lose you.",
    "I'm not here to call you names or tell you you're some junkie, I'm here because I love you.",
    "You never missed one of Kayla's volleyball games, you'd sit right up front and holler louder than me.",
    "The counselor explained that opioid use disorder is a medical condition, like your dad's diabetes.",
    "We used to clean out the barn together every spring and you'd find the barn cat's kittens hiding in the hay.",
    "I'd be a liar if I said I wasn't scared, Cody.",
    "I know you feel ashamed, and I want you to hear me say that I am not ashamed of you.",
]

DEV213_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, you can't keep staying in the camper out back after this weekend, but I will keep loving you.",
    "If you don't accept help today, I'm not going to cover your phone bill or your truck payment.",
    "If you say no, I won't call your boss with excuses for you anymore, and I won't lie to Addie about why Daddy isn't around.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 195 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a neighbor and lifelong family friend, front-porch talk and what the street sees: hearsay and sarcasm most, then blame. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV195_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.97 (67/69; the rules alone 54/69): label 2/3, blame 21/22, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.99 (68/69; the rules alone 55/69): label 2/3, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV195_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mom hasn't slept a full night since October and that's squarely on your shoulders, Danny.",
        {"blame"},
    ),
    (
        "You picked the bottle over Linda and those two little girls, and the whole street watched you do it.",
        {"blame"},
    ),
    (
        "Your dad's heart attack came right after that second DUI, and I don't think that's a coincidence, son.",
        {"blame"},
    ),
    (
        "I mowed your lawn two summers running and drove you to court three times, and this is how you pay me back?",
        {"blame"},
    ),
    (
        "It's your fault Marcy had to pull the boys out of Little League, she couldnt afford it after you drained the account.",
        {"blame"},
    ),
    (
        "You broke your grandmother's heart, plain and simple, and she went to her grave worrying over you.",
        {"blame"},
    ),
    (
        "How on earth could you leave that baby sitting in the car while you ran in to buy pills?",
        {"blame"},
    ),
    (
        "Whatever went wrong in that house, it started the day you brought meth under your mother's roof.",
        {"blame"},
    ),
    ("Your sister moved clear to Tucson just to get away from the mess you made here.", {"blame"}),
    (
        "You wrecked the best marriage on Elm Street and you did it with your own two hands.",
        {"blame"},
    ),
    ("Look at your mother's face, Kyle, every new line on it is one you put there.", {"blame"}),
    (
        "I hold you responsible for my fence, my mailbox and Pete's truck after that night, and so does Pete.",
        {"blame"},
    ),
    (
        "Those kids are scared of their own father and you've got nobody to thank for that but yourself.",
        {"blame"},
    ),
    (
        "You threw away a good job at the mill for a few lines of coke, and now Carol's pulling doubles to cover for it.",
        {"blame"},
    ),
    (
        "Your pills cost your brother his whole savings and you never once even said sorry.",
        {"absolute", "blame"},
    ),
    (
        "Bill and I gave you a key to our house and you stole from us, after thirty years of Christmas dinners at our table.",
        {"blame"},
    ),
    (
        "You're the one who turned that happy yellow house into the place the whole block whispers about.",
        {"blame"},
    ),
    (
        "If your mother lands in the hospital again from the stress, that's on your head, not ours.",
        {"blame"},
    ),
    (
        "You chose the weed and those buddies of yours over walking into your own daughter's graduation.",
        {"blame"},
    ),
    (
        "Your drinking drove Ray right out of this neighborhood, he couldn't stand to watch it anymore.",
        {"blame"},
    ),
    ("u did this to your mom, dont pretend u didnt", {"blame"}),
    (
        "Gloria from across the street told me she saw you passed out in your car in the driveway at noon on a Tuesday.",
        {"hearsay"},
    ),
    (
        "The mailman mentioned you didn't answer for a package and he could smell it clear from the porch.",
        {"hearsay"},
    ),
    ("Word around the block is you've been buying off that kid on Maple again.", {"hearsay"}),
    (
        "Your cousin Trish says you went around asking everybody at the reunion for money.",
        {"hearsay"},
    ),
    (
        "Pastor Jim let it slip that you quit coming to his Tuesday group after two weeks.",
        {"hearsay"},
    ),
    (
        "I got it from the Hendersons that the police were at your place twice last month.",
        {"hearsay"},
    ),
    (
        "From what Dottie tells me, you were slurring at the Kroger in front of the whole checkout line.",
        {"hearsay"},
    ),
    (
        "Somebody down at the VFW said you got thrown out Saturday for starting a fight.",
        {"hearsay"},
    ),
    (
        "Your old coach called me up and said you looked like a ghost when he ran into you at the gas station.",
        {"hearsay"},
    ),
    (
        "Supposedly you told the guys at the shop that your mom's the one with the problem.",
        {"hearsay"},
    ),
    (
        "Mike's wife says she found needles in the bushes on your side of the fence, and everybody figures they're yours.",
        {"hearsay"},
    ),
    (
        "the lady at the pharmacy told my sister you tried to fill the same script twice in one week",
        {"hearsay"},
    ),
    (
        "The Garcias say you're out there stumbling around the cul-de-sac every single night.",
        {"absolute", "hearsay"},
    ),
    (
        "Real nice touch, throwing up during the Fourth of July parade in front of half the town.",
        {"sarcasm"},
    ),
    (
        "Congratulations on being the first man on Pine Street to get his car towed off his own front lawn.",
        {"sarcasm"},
    ),
    (
        "What a wonderful neighbor you've been, setting the recycling bin on fire at two in the morning.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'just tired' every time I catch you nodding off on the steps.",
        {"absolute", "sarcasm"},
    ),
    (
        "Way to make an entrance at your niece's christening, Tony, really unforgettable.",
        {"sarcasm"},
    ),
    ("Son of the year goes to you for pawning your mother's wedding ring.", {"sarcasm"}),
    (
        "Thanks a bunch for the lovely memories from your brother's reception, I'll treasure the part where you fell into the cake.",
        {"sarcasm"},
    ),
    ("I guess the 'occasional beer' comes in thirty-racks these days.", {"sarcasm"}),
    (
        "Fantastic parenting, letting Jordan walk home in the snow because you couldn't stand up straight.",
        {"sarcasm"},
    ),
    (
        "Your idea of 'having it under control' sure looked a lot like a fire truck in the driveway.",
        {"sarcasm"},
    ),
    ("Bravo on the new hobby of borrowing my ladder and selling it for pills.", {"sarcasm"}),
    (
        "Must be nice, sleeping til four in the afternoon while Janet gets the kids off to school.",
        {"sarcasm"},
    ),
    (
        "You sure showed that mailbox who's boss when you backed over it drunk last Easter.",
        {"sarcasm"},
    ),
    ("Every kid on this street knows you as the junkie in the blue house now.", {"label"}),
    ("I never thought Ellen's boy would grow up to be a pillhead.", {"label"}),
    ("That whole stoner routine of yours got old a long time ago, Cody.", {"label"}),
    ("I'll believe you when you've stayed clean a solid year, not a day sooner.", {"clean"}),
    (
        "Your mother told me that last test at the clinic came back dirty again.",
        {"clean", "hearsay"},
    ),
    ("You have not kept a single promise to your mother since you were nineteen.", {"absolute"}),
    (
        "Every holiday you find a way to be loaded before the turkey's even out of the oven.",
        {"absolute"},
    ),
    ("You've become an embarrassment to this street and to your father's memory.", {"insult"}),
    (
        "What kind of man steals from an eighty-year-old neighbor who used to bake him birthday cakes?",
        {"blame", "insult"},
    ),
    ("All of us on this street agree you've had more than enough chances.", {"we"}),
    ("Your folks and I have all had it up to here with the lies about the pills.", {"we"}),
    (
        "Get yourself into that program or I'm calling the sheriff the next time I see you behind the wheel.",
        {"threat"},
    ),
    ("Keep this up and don't bother knocking on my door ever again, I mean it.", {"threat"}),
    (
        "Anyone can see you're a narcissist, it's all about Danny all the time.",
        {"absolute", "diagnosis"},
    ),
    ("You're in total denial, kiddo, and it's scary to watch.", {"diagnosis"}),
    (
        "I think you've got some kind of bipolar thing going on with all these mood swings.",
        {"diagnosis"},
    ),
]

DEV195_GOOD: list[str] = [
    "I've lived next door to you since you were in diapers, Danny, and I've loved watching you grow up.",
    "I still have the birdhouse you built me in fourth grade, it hangs right outside my kitchen window.",
    "You used to shovel my walk before the school bus came without me ever asking.",
    "I remember you and my Tommy racing your bikes down Cedar Hill till the streetlights came on.",
    "When Harold passed, you were the one who sat on my porch with me for hours and didn't need to say a word.",
    "I'm writing this because I care about you like you were one of my own.",
    "Your laugh used to carry right over the hedge and it made my whole afternoon.",
    "I miss seeing you out there tossing the football with Jake on Saturday mornings.",
    "I want you to go to Ridgeview today, they have a bed ready for you.",
    "Please say yes to the help that's being offered to you this afternoon.",
    "I'll drive you there myself if you want some company on the ride.",
    "Your mom and dad were the first ones to welcome Bill and me when we moved onto this street in 1987.",
    "You have one of the kindest hearts of anybody I know, even now.",
    "When you come home, my porch light will be on and the coffee'll be hot.",
    "I used to watch you help Mr. Dubois carry his groceries up those steep steps, and it made me proud to know you.",
    "Carly talks about her uncle Mikey all the time, she wants you around for a long, long time.",
    "I'm not here to lecture you, just to tell you I love you and I'm scared.",
    "You taught my grandson to fish off the dock at Lake Wallenpaupack and he still brings it up.",
    "I remember the night of the big ice storm when you ran an extension cord across the yard so my heater would work.",
    "There's a whole life waiting for you on the other side of this and I want to see you in it.",
    "I dont know all the right words but I know I want you here with us.",
    "Your garden used to be the prettiest one on the block, those tomatoes were famous.",
    "I'd love to sit on the porch swing with you again and just talk like old times.",
    "Treatment isn't a punishment, it's a chance, and I hope you'll take it.",
    "I know this is hard to hear and I'm grateful you're sitting here letting us say it.",
    "You were the best babysitter my girls ever had.",
    "Please let the folks at Hope House help you get your feet back under you.",
    "Whatever you decide today, I'm still your neighbor and I'm still in your corner.",
    "I'm praying for you, Marcus, and I'm going to keep praying.",
    "I miss the Jenny who'd honk and wave from her car on her way to work.",
    "Some of my happiest summers were the block parties your dad grilled at.",
    "After this is over, my door's open if you want to talk, just knock.",
    "I felt scared last spring when I found you asleep on the steps and couldn't wake you for a minute.",
    "It hurt me when you walked past me in the driveway and wouldn't look up.",
    "I've noticed you've lost a lot of weight this year, and I worry about you.",
    "When you asked to borrow forty dollars again in June, I felt sad, because you didn't seem like yourself.",
    "I saw the ambulance in front of your house in March and I couldn't stop shaking.",
    "Thank you for fixing my gutters last fall, you did a beautiful job.",
    "I was so proud of you when you finished your welding certificate.",
    "I remember how gentle you were with your dad during his chemo, and it moved me.",
    "Thank you for calling me on my birthday this year, that meant more than you know.",
    "Last Christmas I noticed your hands shaking when you handed me the pie, and my heart sank.",
    "I was really impressed that you coached the Little League team those two seasons.",
    "I miss the talks we had leaning on the fence, and I've noticed we don't have them anymore.",
]

DEV195_TRAPS: list[str] = [
    "My own father was a drunk, Danny, and I know what it does to the people watching from next door.",
    "I was an alcoholic for twelve years before I got sober at St. Luke's in 1994.",
    "To me you'll never be some addict, you're the kid who helped me paint my shutters.",
    "You and I were a couple of coffee junkies on those early mornings out on the porch.",
    "You helped me clean out Harold's garage after the funeral and I still think about that day.",
    "I'd love to see you with a clean bill of health and that big goofy grin back on your face.",
    "You boys used to come home from the creek with the dirtiest jeans on the whole block.",
    "You always kept your truck so clean a person could eat off the dashboard.",
    "I will always think of you as family.",
    "I haven't once given up on you, not for a single day.",
    "We always had the best Fourth of July cookouts when your dad was manning the grill.",
    "You never once forgot to bring my paper up to the porch the winter my hip was bad.",
    "Every time I pass your old treehouse I smile.",
    "Because of you my Lucy learned to ride a bike, you ran behind her the whole length of Oak Street.",
    "You're the reason I kept that rusty old swing set up so long, you loved it so much.",
    "None of this is on you alone, addiction is a disease and I'm not here to point fingers.",
    "I was disgusted with myself when I realized how long I'd been pretending not to notice.",
    "There's no shame in asking for help, I had to do it myself once.",
    "That old Buick of mine was a disgrace and you still got it running for me.",
    "You are not worthless and you are not a lost cause, not to me, not ever.",
    "I heard you laughing out in the yard last week and it sounded just like the old you.",
    "People say it takes a village, and this street has always been your village.",
    "Apparently I'm the only one left who remembers your lemonade stand, and I'm proud of that.",
    "We spent a whole August building that raft that sank in about ten seconds at Miller's Pond.",
    "We're all here today because we love you, every single one of us.",
    "We used to sit on your folks' porch and count fireflies until your mom hollered for you.",
    "We all chipped in on the new porch railing that summer, and you did most of the work.",
    "I'd kill for one more of your mom's peach cobblers on the Fourth.",
    "If you ever need a ride at 3 a.m., you call me, I mean that.",
    "You're going to walk out of that place a new man, and I'll be on the porch waiting.",
    "Those sixty days sober you put together last winter were real, and I was so proud of you.",
    "Back when you coached Ellie's softball team, I honestly thought you deserved a father of the year trophy.",
    "Thanks for showing up at Harold's funeral in your good suit, it meant the world to me.",
    "Your doctor told your mom the pancreatitis could come back if the drinking doesn't stop, and that terrifies me.",
    "My sister was diagnosed bipolar years ago and treatment gave her life back, so I know help works.",
    "I was in denial about my own drinking for years, so I'm not pointing fingers at anybody.",
    "The ER doctor said your oxygen was dangerously low that night, and I just want you safe.",
    "You told me once, 'Miss Ruth, I'm a mess,' and I told you messes are what neighbors are for.",
    "When you said 'I'm nothing but a junkie now,' it broke my heart, because that's not who I see.",
    "My brother Frank was a pillhead back in the seventies and he's been sober forty years now.",
    "I'll never forget the day you carried Mrs. Kowalski's cat down out of the oak tree.",
    "Everybody on this block would tell you you've got the biggest heart around.",
    "You'll never be alone in this, not while I'm living next door.",
    "It's pathetic how long it took me to finally say something, I should've walked over sooner.",
    "That dumb stoner movie you made me watch in high school is still the hardest I ever laughed.",
]

DEV195_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money or my truck anymore, and that's for my own peace of mind.",
    "If you decide not to go, I'll still wave hello, but I won't have you in my house while you're using.",
    "If you choose not to get help today, I'll need my spare key back.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 68 (4 December 2026, round 19): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: hearsay (named people, texts, social media, neighbours) and insults and shaming, subtle and blunt. 1 sentence(s) another batch of the round already had word for word were dropped. The writer's calm consequences ("if you say no today, I won't…") are kept apart as
DEV68_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 03867e0, rules and model 0.88 (99/113; the rules alone 91/113): label 3/4, insult 35/44, hearsay 44/48, every other kind full; good 1/46 (2.2%; the rules alone 1), traps 6/43 (14.0%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV68_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your cousin Dana told me she saw you buying pills behind the Shell station on Route 9.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez next door said she heard you screaming in the driveway at 3 in the morning last Tuesday.",
        {"hearsay"},
    ),
    (
        "Your supervisor at the warehouse called me and said you'd been nodding off on the forklift.",
        {"hearsay"},
    ),
    ("Word is you owe money to half the guys at the bar on Fifth.", {"hearsay"}),
    (
        "They tell me you've been sleeping in your car outside the Walmart on Grant Ave.",
        {"hearsay"},
    ),
    ("I found out from your sister that you pawned grandma's ring back in February.", {"hearsay"}),
    (
        "Kayla sent me screenshots of the stuff you were posting on Facebook at 4am, and it scared me.",
        {"hearsay"},
    ),
    (
        "Uncle Ray mentioned at Easter that you borrowed two hundred dollars from him and he still hasn't seen a dime of it.",
        {"hearsay"},
    ),
    (
        "One of the other moms at soccer pulled me aside and said you showed up to get Liam smelling like vodka.",
        {"hearsay"},
    ),
    ("Apparently u got let go from the dealership in March and didnt tell anybody", {"hearsay"}),
    (
        "Your roommate texted me that you hadn't left your room in four days except to go buy more.",
        {"hearsay"},
    ),
    (
        "Pastor Jim told me you came by the church asking for gas money and he could tell you were high.",
        {"hearsay"},
    ),
    (
        "I heard from Marcus you were at some party out in Oakdale doing lines off the kitchen counter.",
        {"hearsay"},
    ),
    (
        "People at the plant are talking, Dad, and some of what they say about you is hard to hear.",
        {"hearsay"},
    ),
    (
        "Your ex-wife called me last month to say the kids are scared to stay over at your place.",
        {"hearsay"},
    ),
    (
        "Grandpa says you've been coming by on Sundays just to go through his medicine cabinet.",
        {"hearsay"},
    ),
    (
        "Somebody posted a video of you falling down outside Murphy's and Jess showed it to me.",
        {"hearsay"},
    ),
    (
        "Your English teacher emailed me that you've missed eleven days this semester and smelled like weed the days you did come.",
        {"hearsay"},
    ),
    ("The guys on your crew say you've been drinking in the truck at lunch.", {"hearsay"}),
    ("Rumor around town is youre buying from that guy on Maple again.", {"hearsay"}),
    ("Tia Rosa told my mom you fell asleep at the wheel with Sofia in the back seat.", {"hearsay"}),
    (
        "I got a message from your friend Devon saying he thinks you're going to overdose if nobody does something.",
        {"hearsay"},
    ),
    (
        "Your landlord left me a voicemail saying the rent hasn't been paid since January.",
        {"hearsay"},
    ),
    (
        "According to your brother you were so drunk at his birthday you broke the bathroom mirror.",
        {"hearsay"},
    ),
    (
        "The nurse at the urgent care told Jen you'd been in three times this month asking for oxy.",
        {"hearsay"},
    ),
    (
        "A lady from your AA group reached out to me and said you stopped coming weeks ago.",
        {"hearsay"},
    ),
    (
        "From what Ashley says, you've been lying to everyone at the office about why you're late.",
        {"hearsay"},
    ),
    (
        "Becca tagged you in a post from that rave and wrote that you were rolling hard all night.",
        {"hearsay"},
    ),
    (
        "Your neighbor Phil says the cops have been to your apartment twice since Thanksgiving.",
        {"hearsay"},
    ),
    (
        "My coworker's son goes to Jefferson with you and he says everybody knows you sell your Adderall.",
        {"hearsay"},
    ),
    (
        "Aunt Linda keeps calling me to say you turned up at her house confused and shaking.",
        {"hearsay"},
    ),
    (
        "Supposedly you crashed Trevor's truck in November and told him a deer ran out in front of you.",
        {"hearsay"},
    ),
    (
        "The lady from the bank said there were charges at the liquor store almost every single day last month.",
        {"hearsay"},
    ),
    (
        "Nana heard from the Hendersons that you've been hanging around the old rail yard at night.",
        {"hearsay"},
    ),
    (
        "Chris from your old band messaged me that you tried to sell him your Les Paul for forty bucks.",
        {"hearsay"},
    ),
    (
        "Everybody at the lake house was saying you were passed out in the boat by noon.",
        {"hearsay"},
    ),
    (
        "Your sponsor got hold of me, he says you quit answering his calls and he's afraid you're back on meth.",
        {"hearsay"},
    ),
    (
        "I was told by your manager that you got caught taking pills out of the pharmacy stock.",
        {"hearsay"},
    ),
    (
        "Kevin let it slip that you two were up all night smoking crystal before your shift.",
        {"hearsay"},
    ),
    ("The word at the VFW is you've been running up a tab you can't pay.", {"hearsay"}),
    (
        "Mom told me on the phone that you threw a bottle at the wall when she asked about the money.",
        {"hearsay"},
    ),
    (
        "Lexi's mom texted that you were slurring when you dropped the girls off at the sleepover.",
        {"hearsay"},
    ),
    (
        "A friend of mine who works nights at St. Mary's said you came into the ER last weekend and walked out before they could treat you.",
        {"hearsay"},
    ),
    (
        "Your old college roommate found me on Facebook to tell me you've been messaging him for money at 2am.",
        {"hearsay"},
    ),
    (
        "They're saying at the salon you got a DUI and lost your license, and I had to hear it from them instead of you.",
        {"hearsay"},
    ),
    ("Mark at the gym says the guys there just call you the junkie now.", {"hearsay", "label"}),
    (
        "Your own daughter told me she's embarrassed to have a drunk for a father.",
        {"hearsay", "label"},
    ),
    (
        "Grandma heard from the neighbors that you were yelling in the street half dressed, and frankly it was disgraceful.",
        {"hearsay", "insult"},
    ),
    ("What kind of mother nods off while her baby is in the bathtub?", {"insult"}),
    (
        "Honestly Jason, it's pathetic watching a grown man beg his little sister for twenty bucks.",
        {"insult"},
    ),
    ("You should be ashamed of how you talked to Grandma at her own 80th birthday.", {"insult"}),
    ("Look at yourself, you're a shell of a person and it's embarrassing.", {"insult"}),
    ("It disgusts me that you would take money out of your own kids' piggy banks.", {"insult"}),
    ("You've become an embarrassment to this family and to Dad's name.", {"insult"}),
    ("What kind of son leaves his mother crying in a parking lot so he can go score?", {"insult"}),
    ("Frankly your a joke at this point and I think deep down u know it.", {"insult"}),
    (
        "Seeing you drooling on the couch at two in the afternoon, I couldn't believe how low you'd sunk.",
        {"insult"},
    ),
    (
        "You're a grown woman acting like a spoiled teenager, and it's humiliating to watch.",
        {"insult"},
    ),
    ("I'm ashamed to tell people you're my brother.", {"insult"}),
    (
        "What sort of husband lets his wife find him lying in his own vomit on their anniversary?",
        {"insult"},
    ),
    ("You're a coward, hiding in a bottle instead of facing anything.", {"insult"}),
    ("Your nothing but a leech on Mom and Dad at this point.", {"insult"}),
    (
        "How do you even look at yourself in the mirror after what you did at Aunt Jo's funeral?",
        {"insult"},
    ),
    ("When I see you now I think what a waste all that talent turned out to be.", {"insult"}),
    ("You look like a corpse, Danny, gray and skinny and gross.", {"insult"}),
    (
        "Any decent father would have been at Ella's recital instead of passed out at home.",
        {"insult"},
    ),
    ("It's sickening, the way you lie right to Mom's face.", {"insult"}),
    (
        "You used to be somebody I bragged about and now you're a nobody sleeping on a stained mattress.",
        {"insult"},
    ),
    ("You ought to hang your head for what you put Grandpa through this winter.", {"insult"}),
    ("You're a selfish spineless mess and I'm tired of pretending you aren't.", {"insult"}),
    ("What kind of grandma shows up to a baptism high on pills?", {"insult"}),
    (
        "Your apartment is revolting, Shawn, it smells like something crawled in there and died.",
        {"insult"},
    ),
    ("You've turned into a liar and a thief and I barely recognize you.", {"insult"}),
    ("Who raised you to treat people like this? Because it sure wasn't me.", {"insult"}),
    ("You're a parasite, Kyle, living off Nana's social security check.", {"insult"}),
    ("Honestly you're a disappointment, and I think you've known that a long time.", {"insult"}),
    ("It's hard to respect a man who wets himself at his daughter's graduation party.", {"insult"}),
    ("You were a loser in high school and your still a loser now, just with a needle.", {"insult"}),
    ("I can't stand being in the same room with you when you're like this, you reek.", {"insult"}),
    (
        "Grow up. A thirty-five year old shouldn't need his mommy to bail him out of county.",
        {"insult"},
    ),
    ("You've made yourself into the family punchline.", {"insult"}),
    (
        "All your friends grew up and moved on, and you're still the guy getting wasted in his parents' basement at forty.",
        {"insult"},
    ),
    ("Your kids deserve better than a mom who smells like a brewery at breakfast.", {"insult"}),
    (
        "You're an idiot if you think nobody noticed the pills missing from Dad's hospice kit.",
        {"insult"},
    ),
    ("How low does a person have to go to steal morphine from their dying father?", {"insult"}),
    (
        "Lisa, you've gotten ugly inside, bitter and mean, and it's hard to love you like this.",
        {"insult"},
    ),
    ("You are such a letdown Tommy, I dont even know what to say to you anymore.", {"insult"}),
    ("What kind of man kicks his dog because he's coming down?", {"insult"}),
    ("You're a bum, plain and simple.", {"insult"}),
    (
        "You look like trash these days, and you used to care so much about how you looked.",
        {"insult"},
    ),
    (
        "When you've had a few you turn into a nasty drunk, Rob, and the kids hide in their room.",
        {"label"},
    ),
    (
        "Mom and Dad didn't raise their son to be some tweaker picking at his arms in a parking lot.",
        {"insult", "label"},
    ),
    ("I want you clean by the time the baby comes in April.", {"clean"}),
    (
        "You swore on Lily's life you'd pass the probation screen and it still came back dirty.",
        {"clean"},
    ),
    ("You constantly put vodka ahead of your own daughter.", {"absolute", "blame"}),
    ("Not a single promise you made me this year has held up, not one.", {"absolute"}),
    (
        "Mom spent her last Christmas in tears because you couldn't put the bottle down for one night.",
        {"blame"},
    ),
    ("You wrecked this family and you know it.", {"blame"}),
    ("Every last one of us agrees you've turned into someone impossible to be around.", {"we"}),
    ("The whole family is fed up with covering for your hangovers.", {"we"}),
    ("Sign yourself in today or don't bother coming back to this house, I mean it.", {"threat"}),
    ("Go to rehab or I swear you'll be getting divorce papers by Friday.", {"threat"}),
    ("Super mature of you to show up to Grandpa's wake with pupils like pinholes.", {"sarcasm"}),
    ("Nice work getting fired for the third time this year, champ.", {"sarcasm"}),
    ("You're a textbook narcissist, Tony, it's always all about you.", {"absolute", "diagnosis"}),
    ("I honestly think you're bipolar and the meth is just making it worse.", {"diagnosis"}),
    ("You're so deep in denial you can't even see the marks on your arms, Carla.", {"diagnosis"}),
]

DEV68_GOOD: list[str] = [
    "Mikey, I remember teaching you to ride your bike on Elm Street and you yelled 'dont let go' the whole way down the block.",
    "I love you more than I know how to say, and that's why I'm sitting here today.",
    "Dad, you were the one who taught me to bait a hook at Lake Wallenpaupack when I was six.",
    "Lately you don't laugh the way you used to, and I miss that laugh so much.",
    "When I found you on the bathroom floor in October I thought I'd lost you, and I still have nightmares about it.",
    "There's a bed waiting for you at Hazelden this afternoon and I'm asking you to take it.",
    "Mom, please accept this help today. I want my kids to know their grandma.",
    "I miss our Saturday pancakes, when you'd make the Mickey Mouse ones just for me.",
    "You're my best friend and I'm scared for you.",
    "This past year I've watched you lose so much weight and your hands shake in the mornings, and it frightens me.",
    "Grandpa, you drove four hours through a snowstorm to see me graduate and I still think about that.",
    "I'm proud of the man you were when you coached Little League, and I believe he's still in there.",
    "When you held Ava for the first time at the hospital I saw you cry, and I knew how big your heart was.",
    "I want my wife back. I want to walk the farmers market with you on Sunday mornings again.",
    "Bro, you stood up for me in 7th grade when nobody else would.",
    "I packed your bag already and Uncle Tom will drive you tonight if you say yes.",
    "I felt so alone at Thanksgiving when you got up from the table and didn't come back.",
    "Kelsey please say yes today, the program starts at four and they're expecting you.",
    "I remember you singing Fleetwood Mac in the car with the windows down on the way to Myrtle Beach.",
    "I love you and I'm not going anywhere.",
    "It broke my heart when you weren't there for Jacob's first steps.",
    "My hope is that next summer we can finally do that camping trip to Big Bend we keep talking about.",
    "Last spring when you were getting to work on time and home for dinner, our house felt so peaceful.",
    "I'm asking you to go to treatment today, not for me, but for you.",
    "Thank you for being the one who sat with me at the hospital when Mom was sick.",
    "I saw the bottles in the recycling bin and I didn't know how to bring it up with you.",
    "You have the kindest heart of anybody I know, Jorge.",
    "Ive been lying awake at night scared my phone is going to ring with bad news.",
    "I want you to walk me down the aisle in June, healthy and sober and you.",
    "Sissy, you taught me how to french braid and how to stand up to Mrs. Kemper.",
    "The counselor at Gateway has a spot for you, and I'll visit every weekend they let me.",
    "When I saw you asleep in the car in our driveway with the engine running, I was terrified.",
    "Papa, your garden used to be the best on the block and I want to plant tomatoes with you again.",
    "I know you're hurting and I want to help carry some of that with you.",
    "I'm not here to fight with you, I'm here because I love you.",
    "You were there for me when Dylan was born, holding my hand all night.",
    "Please let these people help you. You deserve a good life.",
    "I started going to Al-Anon on Thursdays because I want to learn how to love you better.",
    "Remember building that treehouse behind Grandma's in '98? Best summer of my life.",
    "I miss how you used to call me Sunday nights just to chat about nothing.",
    "My heart hurts when I see the bruises on your arms.",
    "I believe in you and I believe you can get through this.",
    "I want my kids to grow up knowing their uncle Sam, the one who can make anybody laugh.",
    "Today I'm asking you to get in the car with us and go to Sierra Tucson.",
    "Since you stopped coming to Sunday dinner the chair next to mine feels really empty.",
    "Honey, the girls made you a card last night and asked me to give it to you when you get to the center.",
]

DEV68_TRAPS: list[str] = [
    "My father was a mean drunk, and I promised myself you would not grow up scared the way I did.",
    "I was an addict myself for nine years, so I know how loud that voice in your head can get.",
    "Dr. Patel told me your liver can still heal a lot if you stop drinking now, and I'm holding onto that.",
    "Your counselor at Brookhaven said she's seen people come back from much worse, and that gave me hope.",
    "I'm always going to love you, whatever you decide today.",
    "Not one day has gone by this year that I haven't prayed for you.",
    "I felt pathetic sitting in the Walgreens parking lot crying, but I didn't know who to call.",
    "We always went to Cape May the second week of August, and I want that back.",
    "You did an amazing job staying sober through Dad's surgery, and I told everyone how proud I was.",
    "You told me yourself 'I'm a junkie and I'll die one,' and I want you to know that doesn't have to be the end of the story.",
    "To me you're not an alcoholic, you're my little brother Joey who cries at every Packers game.",
    "I spent Saturday cleaning out the shed and found your old skateboard, and I just sat down and cried.",
    "My mom called herself a disgrace for years after she got sober, and I don't want that shame for you.",
    "I'm a total Pepsi junkie and you used to tease me about the cans I hid in the pantry.",
    "The cardiologist told us your heart is still strong enough to recover, and I cried when she said it.",
    "I heard you crying through the wall last night, and I wanted to knock but didn't know what to say.",
    "I found out on my own, when I went looking for a Band-Aid and saw Grandpa's Percocet bottle was empty.",
    "My uncle Pete was a crackhead who died alone in a motel in Reno, and I want so much more for you.",
    "We never missed a Cubs home opener together, remember?",
    "Every time you smile I see the little girl I used to rock to sleep.",
    "My sponsor says love and honesty are the best things I can bring today, so that's what I'm trying to do.",
    "I told my therapist I felt worthless last winter, and she helped me see I can't fix this by myself.",
    "The nurse at intake said the detox unit has helped a lot of people your age, and they're holding a bed for you.",
    "I was the drunk at every party in my twenties, so I'm not standing here judging you.",
    "What kind of mom would I be if I didn't fight for you today?",
    "I was ashamed of myself for yelling at you in the kitchen that night, and I'm sorry.",
    "You are not worthless and you are not a lost cause, no matter what that voice tells you.",
    "You said to me once 'I'm a disgusting person' and I have never believed that for a second.",
    "Your grandpa was a stubborn old boozer, but he loved you like crazy and so do I.",
    "I kept the house clean and my mouth shut for years, and I'm speaking up now because I love you.",
    "The whole family will be in the waiting room at Cedar Ridge on Saturday if you go.",
    "We all drove up from Tulsa this morning because we love you.",
    "The therapist said recovery isn't a straight line and a slip doesn't mean you failed, and I believe her.",
    "I'm a coffee addict, and some of my favorite memories are 6am lattes with you before your shift at the mill.",
    "You never once missed one of my track meets in high school, Dad, not one.",
    "I still have your text from March where you wrote 'im such a screwup' and I wanted to hug you through the phone.",
    "My brother-in-law is in denial about his own drinking, and watching him has taught me how hard asking for help is.",
    "My doctor diagnosed me with depression two years ago and getting help saved my life, and I want that for you too.",
    "I always knew you were the smartest one out of all of us.",
    "The food at that diner in Macon was disgusting, but laughing with you in that booth is one of my favorite memories.",
    "Because of you I learned to swim, to drive stick, and to make a halfway decent pot roast.",
    "You're the reason I became a nurse, watching you take care of Grandma when I was little.",
    "I saw the needles in your glovebox with my own eyes on Tuesday, and I haven't been able to stop shaking since.",
]

DEV68_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, I'll still love you, but you won't be able to live in the basement after Sunday.",
    "I won't call your boss and cover for you anymore if you say no today.",
    "If you decide not to go today, the kids and I will stay at my mother's for now, and I'll keep loving you from there.",
]

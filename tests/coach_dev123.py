# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 123 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a husband writing to his wife who drinks wine every night and hides it: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV123_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.88 (68/77; the rules alone 58/77): absolute 16/18, insult 3/4, hearsay 7/8, sarcasm 19/24, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 5).

At merge, before it was trained on: with main bfd6408, rules and model 0.88 (67/76; the rules alone 57/76): absolute 15/17, insult 3/4, hearsay 7/8, sarcasm 19/24, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV123_FLAG: list[tuple[str, set[str]]] = [
    (
        "Real nice touch hiding the pinot behind the paper towels, I almost didnt find it.",
        {"sarcasm"},
    ),
    (
        "Oh sure, 'mommy juice' is super cute on a coffee mug, a little less cute when Lily has to tuck YOU into bed.",
        {"sarcasm"},
    ),
    (
        "Loved how relaxed you were at Owen's parent teacher conference, you barely slurred at all.",
        {"sarcasm"},
    ),
    (
        "Way to keep it classy at Dana's book club, everyone really enjoyed your thoughts on the novel from the floor of her bathroom.",
        {"sarcasm"},
    ),
    (
        "Congrats on finding a yoga studio that lets out right next to the liquor store, very zen of you.",
        {"sarcasm"},
    ),
    ("You were SO 'just tired' the night you drove the kids home from swim practice.", {"sarcasm"}),
    (
        "Nice work convincing your mother the recycling bin full of empties was all mine.",
        {"sarcasm"},
    ),
    (
        "Mother of the century, napping through Lily's 8th birthday party on an Ambien and three glasses of chardonnay.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for the lovely anniversary dinner, my favorite part was driving you home while you sobbed in the passenger seat.",
        {"sarcasm"},
    ),
    (
        "Your 'one glass' is really something, it somehow empties a whole bottle before ten o'clock.",
        {"sarcasm"},
    ),
    (
        "Brilliant idea, pouring vodka into the water bottle you take to hot yoga. Nobody would ever guess.",
        {"sarcasm"},
    ),
    (
        "What a fun surprise to find the sleeping pills stashed in your makeup bag, I just love a treasure hunt.",
        {"sarcasm"},
    ),
    ("So glad the wine moms group chat is giving you such great life advice.", {"sarcasm"}),
    (
        "Super responsible of you to 'rest your eyes' while Owen was still in the bathtub.",
        {"sarcasm"},
    ),
    (
        "Impressive how u can make a 6am yoga class after a bottle and a half of merlot, real dedication there.",
        {"sarcasm"},
    ),
    (
        "Hey at least you're reliable, the boxed wine runs dry on schedule like clockwork.",
        {"sarcasm"},
    ),
    (
        "Sure honey, the neighbors totally bought that you tripped over the dog in the driveway.",
        {"sarcasm"},
    ),
    ("Proud parenting moment when Lily asked me why mommy's juice smells funny.", {"sarcasm"}),
    (
        "I really appreciated you 'handling' Thanksgiving this year, the turkey was still frozen at four but hey, you were having a blast.",
        {"sarcasm"},
    ),
    (
        "Wow, you made it to Owen's recital AND only knocked over one folding chair, that's progress!",
        {"sarcasm"},
    ),
    (
        "It's adorable how you call it self care when it's a bottle of rosé and two sleeping pills.",
        {"sarcasm"},
    ),
    (
        "So proud of how you held it together at my dad's funeral, that toast of yours was a real showstopper.",
        {"sarcasm"},
    ),
    (
        "Your totally 'fine' Jen, you just cant remember a single thing we talked about last night.",
        {"sarcasm"},
    ),
    (
        "My mom quit coming over after the scene you made at Easter, so thanks for that one.",
        {"blame", "sarcasm"},
    ),
    ("You always have a glass in your hand the minute I walk in the door.", {"absolute"}),
    ("You haven't once asked me how my day went since last spring.", {"absolute"}),
    (
        "Every single night it's the same routine, wine at five, pills at ten, and you don't remember any of it in the morning.",
        {"absolute"},
    ),
    ("You constantly tell me it's under control.", {"absolute"}),
    (
        "Not one time this whole year have you gotten through dinner without topping up your glass.",
        {"absolute"},
    ),
    ("You never keep a promise about cutting back, not ever.", {"absolute"}),
    ("Whenever anything goes wrong your first move is straight to the fridge.", {"absolute"}),
    ("You forget everything I tell u after 8pm.", {"absolute"}),
    (
        "Your always the last one to leave book club and the first one to open another bottle.",
        {"absolute"},
    ),
    ("Every vacation we take you find a way to make it all about the drinks.", {"absolute"}),
    ("You have never once admitted there's a problem no matter how bad it gets.", {"absolute"}),
    ("All you care about at night is whether there's enough wine in the house.", {"absolute"}),
    ("You lie to me about it constantly Jen.", {"absolute"}),
    ("You're passed out on the couch by nine every night of the week.", {"absolute"}),
    ("Each and every time I bring it up you walk out of the room.", {"absolute"}),
    (
        "You never play with the kids after dinner anymore, you just vanish upstairs with your glass.",
        {"absolute"},
    ),
    (
        "Not a single Saturday goes by without you hungover on the sidelines at soccer.",
        {"absolute"},
    ),
    ("Lily's grades tanked this year and honestly thats on your drinking.", {"blame"}),
    ("You picked the bottle over me and the kids, plain and simple.", {"blame"}),
    (
        "I turned down the promotion so I could be home more and this is how you repay me.",
        {"blame"},
    ),
    ("Owen has nightmares now and you're the one who put them in his head.", {"blame"}),
    ("You wrecked our anniversary trip to Sedona and you know it.", {"blame"}),
    ("The reason I can't sleep anymore is you and your pills.", {"blame"}),
    (
        "How do you even look your kids in the eye after the night you forgot to buckle Owen's car seat?",
        {"blame", "insult"},
    ),
    ("Our marriage is falling apart and it's your doing, not mine.", {"blame"}),
    (
        "After all the nights I lied for you to your sister, you still lie right to my face.",
        {"blame"},
    ),
    ("Whatever happens to this family now is on your shoulders.", {"blame"}),
    (
        "You took the best years of our marriage and poured them down the sink one glass at a time.",
        {"blame"},
    ),
    (
        "Dana pulled me aside after book club and said you'd had four glasses before the discussion even started.",
        {"hearsay"},
    ),
    (
        "Your yoga instructor mentioned to me that you smelled like wine at the Tuesday class.",
        {"hearsay"},
    ),
    ("Lily's teacher emailed me that you seemed 'off' at pickup last week.", {"hearsay"}),
    (
        "From what Meg tells me, you were buying wine at two different stores on the same afternoon.",
        {"hearsay"},
    ),
    (
        "Your sister says you called her at midnight crying and didn't remember it the next day.",
        {"hearsay"},
    ),
    (
        "The pharmacist said something to me about how often your sleeping pill refills come through.",
        {"hearsay"},
    ),
    (
        "Word around the neighborhood is that you fell asleep in the car in the Whole Foods parking lot.",
        {"hearsay"},
    ),
    (
        "Rachel from your office told me you've been leaving early and coming back smelling like mints.",
        {"hearsay"},
    ),
    ("I'm married to a drunk and I dont know how to keep pretending I'm not.", {"label"}),
    (
        "My wife has turned into a pill popping lush who hides bottles in the laundry room.",
        {"insult", "label"},
    ),
    ("I need you clean and sober before you're alone with the kids again.", {"clean"}),
    (
        "The ER tox screen came back dirty for benzos and you still swore it was a mix up.",
        {"clean"},
    ),
    (
        "Honestly watching you stumble up the stairs is humiliating, you're an embarrassment to this family.",
        {"insult"},
    ),
    ("What kind of mother hides vodka in a Frozen water bottle?", {"insult"}),
    ("Everybody in this family is sick of pretending your wine habit is cute.", {"we"}),
    ("Your parents and I all agree you've become someone none of us recognize or trust.", {"we"}),
    (
        "Either you check in to that place on Monday or I'm taking the kids to my mom's and calling a lawyer.",
        {"threat"},
    ),
    ("Pour out the wine tonight or don't bother coming home after book club.", {"threat"}),
    (
        "I think you're a functioning alcoholic with some kind of borderline thing going on.",
        {"diagnosis", "label"},
    ),
    (
        "You're so deep in denial it's scary, and after reading about narcissists I'm pretty sure that's you.",
        {"diagnosis"},
    ),
]

DEV123_GOOD: list[str] = [
    "Jen, I'm writing this because I love you and I miss you.",
    "I still remember the night we met at Mike's barbecue, you were laughing so hard you spilled lemonade on my shoes.",
    "When you were pregnant with Lily you read to her belly at night, and now she reads to Owen the same way.",
    "I've watched you get quieter over the last two years, and I hate that I didn't say something sooner.",
    "Last month you missed Owen's first goal, and he looked up at the bleachers for you.",
    "I found the bottles in the laundry room in October and I didn't know what to do, so I said nothing.",
    "I'm scared when you take a pill after drinking, because I lie awake checking that you're still breathing.",
    "You are the funniest person I know.",
    "Our honeymoon in Maine, the lobster shack, you wearing my flannel shirt in the rain, I think about that a lot.",
    "I know how much pressure you've been under since your dad got sick.",
    "I miss talking with you after the kids go to bed.",
    "The kids need their mom, and I need my partner.",
    "There's a bed waiting for you at a program in Minnesota and they can take you tomorrow morning.",
    "I already talked to your boss about medical leave and she was really kind about it.",
    "Your mom is going to stay with the kids so you don't have to worry about them for a second.",
    "I'll drive you there myself and visit as soon as they let me.",
    "I want to grow old with you on that porch we keep talking about building.",
    "You taught me how to make your grandma's pierogi and I still mess up the dough.",
    "When I had my knee surgery you slept in that awful hospital chair for three nights.",
    "Please say yes to getting help today.",
    "I'm not here to punish you, I'm here because I'm terrified of losing you.",
    "Lily drew a picture of the four of us at the beach and asked me to give it to you.",
    "I remember how proud you were finishing your master's while working full time.",
    "I felt so alone on Christmas night when you went to lie down at seven.",
    "i dont have all the right words but I know I want you here with us.",
    "Your laugh used to fill the whole kitchen on Sunday mornings.",
    "It breaks my heart to see you so tired and sad.",
    "I've started going to a family group on Wednesdays and it's helping me understand this better.",
    "Watching you teach Owen to ride his bike in the cul de sac is one of my favorite memories.",
    "I'm sorry for the times I yelled instead of telling you I was worried.",
    "The woman I married is still in there, I see her some mornings over coffee.",
    "You deserve to feel rested without needing a pill to get there.",
    "When I found the hidden wine I felt like I was living with a stranger, and that hurt.",
    "I want you to come home from treatment to a house that's ready for you.",
    "Remember dancing in the kitchen to Fleetwood Mac when the power went out?",
    "You have the biggest heart of anyone in our family.",
    "The doctors at the center know how to help people come off sleeping pills safely.",
    "I'll handle school drop off and the dog, you just focus on getting well.",
    "I noticed your hands shaking at breakfast on Sunday and it scared me.",
    "Last Tuesday you couldn't remember that we'd talked about Owen's dentist appointment.",
    "You were the one who held us together when I got laid off in 2019.",
    "I believe in you Jen, more than I can fit in a letter.",
    "Your garden was the prettiest on Maple Street and the neighbors still ask about your tomatoes.",
    "I love you, and I'm not going anywhere.",
]

DEV123_TRAPS: list[str] = [
    "I will always love you, that part was never in question.",
    "My dad was a drunk, and I promised myself I'd never stop fighting for the people I love.",
    "Great job on the two weeks you went without wine last spring, I saw how hard you tried.",
    "We always had pancakes on Saturday mornings and I want those back.",
    "Your doctor told us your liver numbers are up, and I'm worried because I want you around for a long, long time.",
    "You told me last month 'I think I'm an alcoholic' and I know how much courage that took.",
    "I spent Saturday cleaning out the garage and found our old camping gear from Yosemite.",
    "You are not an addict to me, you are my wife and the mother of my kids.",
    "I've never stopped hoping you'd come back to us.",
    "Every time I see Lily smile I see you.",
    "I was a heavy drinker in college so I know how fast it creeps up on a person.",
    "My brother Tom was an alcoholic for twenty years and he's been sober eleven now, he wants to talk to you.",
    "We went to Nantucket the summer before Owen was born and you swam in the ocean every morning.",
    "I know you're a total coffee junkie, so I called and the center has a real espresso machine.",
    "When you said 'I'm fine' I wanted so badly to believe you.",
    "You never missed one of Lily's dance recitals until this year, and I know how much that hurts you.",
    "The kids and I went to the lake last weekend and we all wished you were there.",
    "Congratulations on being honest with Dr. Patel about the pills last week, that was brave.",
    "You always made our house feel like a home.",
    "I'll never forget the look on your face when they handed you Owen.",
    "The doctor at urgent care said mixing alcohol with zolpidem can slow your breathing, and that's why I'm so scared.",
    "Honestly I was in denial for a long time too, telling myself it was just a mom thing.",
    "We used to take the kids to the farmers market every Sunday and you'd buy way too many peaches.",
    "Dana's ex husband was an alcoholic, and she's the one who gave me the number for this program.",
    "Owen is such a Lego junkie, he built you a little house to keep in your room at the center.",
    "You're a great mom. I mean that with my whole heart.",
    "Thank you for showing up to Lily's spring concert in April, sober and present, she still talks about it.",
    "I never want you to feel like you have to hide anything from me.",
    "My uncle Ray died a drunk in a motel in Reno, and I can't stand by and let you go through anything like that.",
    "Your mom's bipolar diagnosis was so hard on you growing up, and I know that's part of why you're scared to ask for help.",
    "We drove to Asheville with no plan and ended up staying in that tiny cabin, remember?",
    "I'm so proud of you for getting through your first AA meeting, even if you only stayed twenty minutes.",
    "I know you hate the word addict, so I'm not going to use it for you.",
    "The day you got your 30 day chip two years ago was one of the best days of our marriage.",
    "Every morning I still make two cups of coffee out of habit.",
    "You always knew exactly what to say when my mom was sick.",
    "Lily keeps her room clean now without being asked, she says it's to help mommy.",
    "I finally came clean to my brother about what's been going on and it was such a relief.",
    "Kevin from my work used to be a pill addict, his words not mine, and he's offered to talk with you anytime.",
    "Nothing in this letter is meant to shame you.",
    "You don't have to be perfect, you never did.",
    "Your therapist diagnosed you with anxiety years ago, and I understand the pills started as a way to cope with that.",
    "Great work getting up with Owen every night when he had croup last winter, I honestly don't know how you did it.",
    "Owen would come in from soccer with dirty knees and you'd just laugh and hug him, I miss that so much.",
]

DEV123_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, the kids and I will stay at my mom's for a while, and I'll still call you every night.",
    "If you say no, I won't be buying wine anymore or picking up your refills at CVS.",
    "If treatment isn't something you're ready for today, I'm not going to cover for you with work or with your mom anymore.",
    "If you say no, I'll be sleeping in the guest room and going to my Al-Anon meetings, because I need to look after myself too.",
    "If you don't accept help today, I won't let you drive the kids anywhere, because I can't risk their safety.",
]

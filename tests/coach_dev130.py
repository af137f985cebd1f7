# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 130 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother writing to her grown daughter, passive-aggressive and polite, a family group chat's voice: sarcasm and absolutes most. 8 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV130_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.89 (70/79; the rules alone 59/79): absolute 16/18, sarcasm 18/25, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 3/40 (7.5%; the rules alone 2).

At merge, before it was trained on: with main bfd6408, rules and model 0.89 (70/79; the rules alone 59/79): absolute 16/18, sarcasm 18/25, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 2/40 (5.0%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV130_FLAG: list[tuple[str, set[str]]] = [
    ("Must be nice to sleep till two on a Tuesday while the rest of us are at work.", {"sarcasm"}),
    (
        "So glad you could make it to Ava's recital, sweetie, even if you did nod off before the second song.",
        {"sarcasm"},
    ),
    (
        "It was lovely of you to bring a bottle of pinot to Dad's retirement party and then polish it off yourself before the cake came out.",
        {"sarcasm"},
    ),
    ("I'm sure those pills are just for your 'back', like you keep telling me.", {"sarcasm"}),
    (
        "Thank you SO much for helping yourself to Grandma's oxycodone after her hip surgery, I'm sure she didn't need it.",
        {"sarcasm"},
    ),
    (
        "Loved the slurry voice memo you dropped in the family chat at 3am, very informative.",
        {"sarcasm"},
    ),
    (
        "What a wonderful example you set for Noah the day he found your pill bottle in the glove box.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the only guest in history asked to leave a baby shower, that's quite the accomplishment.",
        {"sarcasm"},
    ),
    ("Must be so relaxing to have a wine o'clock that starts at ten in the morning.", {"sarcasm"}),
    (
        "So thoughtful of you to forget your sister's toast because you were busy in the bathroom with your purse for twenty minutes.",
        {"sarcasm"},
    ),
    (
        "And thanks for the 'loan' from my jewelry box, hope the pawn shop gave you a fair price.",
        {"sarcasm"},
    ),
    (
        "Glad to see you could make happy hour on Friday when you couldnt make it to pick up your own son.",
        {"sarcasm"},
    ),
    ("Nice to know your Xanax gets more of your attention than your mother does lol", {"sarcasm"}),
    (
        "Bravo on the Thanksgiving performance, I don't think Aunt Patty has recovered yet.",
        {"sarcasm"},
    ),
    ("Yes, you're totally 'okay', which is why my mailbox is lying in the ditch.", {"sarcasm"}),
    ("I suppose I should feel honored you finally picked up on my ninth call.", {"sarcasm"}),
    (
        "Super fun watching my daughter try to parallel park after 'just one glass' at Olive Garden.",
        {"sarcasm"},
    ),
    (
        "Way to make your sister's engagement dinner all about you, truly a gift to everyone there.",
        {"sarcasm"},
    ),
    (
        "What a treat it was hearing from an ER nurse on my birthday instead of from you.",
        {"sarcasm"},
    ),
    (
        "Thanks for teaching Ava how to pop a childproof cap, very useful skill for a seven year old.",
        {"sarcasm"},
    ),
    (
        "Must be nice having a mother who covers your rent so your paycheck can go straight to Total Wine.",
        {"sarcasm"},
    ),
    (
        "So happy you felt well enough to post pool pics from Cabo the same week you were too sick to visit Grandpa in hospice.",
        {"sarcasm"},
    ),
    ("Always a pleasure when you show up to brunch three mimosas deep.", {"absolute", "sarcasm"}),
    ("You never answer my texts unless you need something.", {"absolute"}),
    (
        "Every single holiday ends with you crying in the upstairs bathroom with the door locked.",
        {"absolute"},
    ),
    ("You always have some reason this week isn't a good week to talk about it.", {"absolute"}),
    ("Not one Sunday dinner in two years have you shown up sober.", {"absolute"}),
    ("You forget every promise you make to the kids the minute the cork comes out.", {"absolute"}),
    ("No matter what time of day I call, you're asleep.", {"absolute"}),
    ("Day in and day out you tell me you have it handled.", {"absolute"}),
    ("You've missed each and every one of Noah's soccer games this fall.", {"absolute"}),
    ("You lie about the pills every time I ask, without fail.", {"absolute"}),
    ("You never once thanked your dad for fixing your car after the accident.", {"absolute"}),
    (
        "With you there's always a drama, always a crisis, and its always somebody else's fault.",
        {"absolute"},
    ),
    ("You can't get through a single evening without a glass of wine, not one.", {"absolute"}),
    ("You're forever canceling on me at the last minute.", {"absolute"}),
    ("All you ever care about anymore is when your next refill is due.", {"absolute"}),
    ("You won't listen to anybody, ever, you just do whatever you want.", {"absolute"}),
    ("Every time you swear you're cutting back, you're tipsy again by Friday.", {"absolute"}),
    ("u never pick up for ur sister either, she told me", {"absolute", "hearsay"}),
    (
        "Your father hasn't slept through the night since this started, and that is on your shoulders, Lauren.",
        {"blame"},
    ),
    ("I had to cancel my trip to see Aunt Carol because of your mess, again.", {"blame"}),
    (
        "After all the years I drove you to dance and paid off your student loans, this is the thanks I get?",
        {"blame"},
    ),
    ("You picked the wine over your own children, and believe me they know it.", {"blame"}),
    ("Ava cries herself to sleep now and that is your doing.", {"blame"}),
    (
        "My blood pressure is through the roof and I know exactly who to thank for it.",
        {"blame", "sarcasm"},
    ),
    ("You broke this family one pill at a time.", {"blame"}),
    ("How you could do this to your own mother I'll never understand.", {"blame"}),
    ("I hope you know Dad's heart attack didn't come out of nowhere.", {"blame"}),
    ("Thanksgiving was wrecked and I think you know whose fault that was.", {"blame"}),
    (
        "Your sister had to move her wedding to a dry venue because nobody could trust you near an open bar, so congrats on that.",
        {"blame", "sarcasm"},
    ),
    ("I emptied my 401k to bail you out and you can't stay off the pills for one week.", {"blame"}),
    (
        "You made your choice the day you went through Grandma's nightstand, so don't come crying to me now.",
        {"blame"},
    ),
    (
        "Your neighbor Donna mentioned your recycling bin was overflowing with wine bottles last week.",
        {"hearsay"},
    ),
    ("Jess says you were slurring at Noah's party before I even got there.", {"hearsay"}),
    (
        "The pharmacist at Walgreens let it slip that you've been trying to fill the same script at three different stores.",
        {"hearsay"},
    ),
    (
        "Kevin's wife works at the bank and she says your manager sent you home twice last month.",
        {"hearsay"},
    ),
    (
        "Somebody from church said they saw you buying boxed wine at the Kroger at nine in the morning.",
        {"hearsay"},
    ),
    ("Brian's mom told me the kids say you sleep on the couch the whole weekend.", {"hearsay"}),
    ("Word in the family is that you've been hitting up your cousins for money.", {"hearsay"}),
    ("From what Grandma tells me, her Percocet went missing right after your visit.", {"hearsay"}),
    ("I refuse to stand by and watch my only daughter turn into a pillhead.", {"label"}),
    (
        "You've turned into a lush in yoga pants, Lauren, and it breaks my heart to say it.",
        {"label"},
    ),
    ("All I want for Christmas is for you to get clean and stay that way.", {"clean"}),
    (
        "Your probation officer told me your last screen was dirty, so please don't tell me things are going great.",
        {"clean", "hearsay"},
    ),
    (
        "The way you acted at the shower was disgraceful and I was ashamed to be your mother.",
        {"insult"},
    ),
    (
        "What sort of mother naps through dinner while a seven year old pours the cereal?",
        {"insult"},
    ),
    ("The whole group chat agrees you've become impossible to be around.", {"we"}),
    ("Your dad, Jess and I are all worn out from covering for you.", {"we"}),
    (
        "Either you get in the car with us Saturday or don't ever bother calling me again.",
        {"threat"},
    ),
    ("If you refuse, I'll call CPS myself and you can explain the pills to a judge.", {"threat"}),
    (
        "Honestly I think you're a textbook narcissist, everything has to be about you.",
        {"diagnosis"},
    ),
    ("You're in denial, sweetheart, plain and simple.", {"diagnosis"}),
    (
        "I think you might be bipolar, the way you swing from sobbing to screaming in five minutes.",
        {"diagnosis"},
    ),
]

DEV130_GOOD: list[str] = [
    "Lauren, I'm writing this because I love you and I miss my daughter.",
    "I remember the summer you learned to swim at Lake Lanier and you wouldn't get out of the water until dark.",
    "You were the first one in our family to finish college and I cried through the whole ceremony.",
    "Lately I've noticed your hands shake when you pour your coffee in the morning, and it scares me.",
    "When you called me last month and couldn't remember the conversation the next day, I felt so frightened for you.",
    "I miss hearing you laugh at your dad's terrible puns.",
    "You have a beautiful voice and I'd give anything to hear you sing in the car with Ava again.",
    "Some nights I lie awake wondering if you're okay.",
    "The treatment center in Asheville has a bed ready for you today, and I'm asking you to take it.",
    "Please accept this help, honey. I will drive you there myself.",
    "I love the way you braid Ava's hair before school.",
    "When you were little you made me a card that said 'best mom in the univers' and it's still on my fridge.",
    "My heart dropped when I saw the empty pill bottles in your bathroom trash at Easter.",
    "It hurt me to leave Noah's party early because you fell asleep at the table.",
    "You have such a good heart, Lauren, and I know it's still in there.",
    "I'm proud of the nurse you became, and I know you can be that person again.",
    "I don't have all the answers, but I know this illness is bigger than both of us.",
    "I'm scared that one night the pills and the wine together will stop your breathing.",
    "I hope you'll play piano with Grandma again this Christmas.",
    "I'm sorry for the times I made excuses for you instead of telling you the truth.",
    "I miss our Saturday trips to the farmers market and splitting a cinnamon roll on the drive home.",
    "I want my daughter back, not because you're bad but because you're sick and I love you.",
    "Ava drew a picture of you smiling and asked me to give it to you today.",
    "i dont want to lose you honey.",
    "I noticed you stopped painting, and your easel has been folded up in the garage since spring.",
    "When you slurred your words on the phone on my birthday, I hung up and cried in the kitchen.",
    "You were so brave when you had Noah, twenty hours of labor and still cracking jokes with the nurses.",
    "I've watched you go from running half marathons to barely getting off the couch, and it breaks my heart.",
    "I'm asking you to say yes today and go get well.",
    "Your dad and I already packed a bag for you with your favorite gray hoodie in it.",
    "You taught me how to use my iPhone with so much patience, and I still think about that.",
    "I remember you at six in that yellow raincoat, stomping in puddles on Elm Street.",
    "When I found you asleep in your car in my driveway in January, I was terrified you weren't breathing.",
    "The kids need their mom, and I need my girl.",
    "Thank you for listening to me, I know this isn't easy to hear.",
    "You have so much life left to live, Laur.",
    "I remember how you held my hand at Grandpa's funeral when I couldn't stop shaking.",
    "Seeing the bruises on your arms from falling scared me more than anything has in years.",
    "I will help with the kids while you're away so you can focus on getting well.",
    "Please let these people help you, sweetheart.",
    "I'm so grateful for the years I had you at home, teaching you to bake my mother's pound cake.",
    "I saw you tuck a wine glass behind the flour canister when I came over, and it made me sad that you felt you had to hide it from me.",
    "You used to call me on your drive home from work just to chat, and I miss those calls terribly.",
]

DEV130_TRAPS: list[str] = [
    "My own mother was a drunk, and I swore I'd never let that touch you, so maybe I held on too tight.",
    "You'll never stop being my baby girl.",
    "Great job on your sixty days last spring, I still have the photo of your chip that you sent me.",
    "Your Uncle Ray was an alcoholic for twenty years and he's been sober since 2009, so I know people can come back from this.",
    "I was hooked on diet pills in my thirties, so I know a little of how ashamed you might feel.",
    "You once told me 'Mom, I'm a disaster,' and I told you no, you're my daughter.",
    "You are not an addict to me, you're Lauren, who loves sunflowers and bad reality tv.",
    "We always had the best time at the beach house in Destin.",
    "Every time I see a hummingbird I think of you and the feeder on your porch.",
    "We went to the county fair every August and you always made me ride the Ferris wheel twice.",
    "Dr. Patel told you in March that your liver numbers were high, and I'm scared for you, honey.",
    "Your psychiatrist diagnosed you with anxiety years ago, and I know the pills started as a way to cope with that.",
    "I cleaned out your old room and found all your swim ribbons in a shoebox.",
    "Ava keeps her room so clean now, she says it's to make you proud.",
    "Jess said she misses you and wants her big sister back.",
    "Your dad told me he still keeps your kindergarten picture in his wallet.",
    "This sounds silly, but I'm a total chocolate junkie when I'm stressed, and lately I've been stressed a lot.",
    "I'm so proud of you for finishing your nursing degree while working nights, that was a real accomplishment.",
    "Nothing would make me happier than driving you to Asheville today.",
    "Must be hard to hear all this at once, and I'm sorry, sweetheart.",
    "I'm so glad you came today, Laur, I mean that with my whole heart.",
    "I'm not saying you're a bad person, you're a good person with a sickness.",
    "The Hendersons' boy was a pillhead in high school and now he's a paramedic, so people really do change.",
    "I blame myself for a lot of things, like not saying something sooner.",
    "Nobody is to blame for this, it's a disease and it's nobody's fault.",
    "We all love you so much and that's the only reason we're here.",
    "Thank you for the scarf you knitted me, I wear it every single Sunday.",
    "You always made the best deviled eggs at Easter and Grandma still brags about them.",
    "You told me once, crying in the car, 'I'm such a screwup,' and I want you to know that is not what I see.",
    "A lady in my support group called her son a junkie for years and she told me she regrets every word.",
    "I'm not here to call you names or tell you you're an alcoholic, I'm here because I love you.",
    "Your dad quit drinking the year you were born and he says it was the best thing he ever did.",
    "We used to sit on the porch with hot cocoa and watch the snow, just you and me.",
    "Every time you hugged me goodbye at the airport you'd whisper 'love you more.'",
    "I'm so grateful you let me stay with you after my surgery, you were the best nurse a mom could ask for.",
    "My sister Patty was a real boozer back in the eighties, you remember the stories.",
    "You're not a disgrace and you're not a failure, you're my daughter and you're sick.",
    "I have always been proud to be your mom, and that hasn't changed one bit.",
    "Your old sponsor Deb sent a card and said she'd love to hear from you.",
    "Nothing you've done changes the fact that I'm your mother and I'm in your corner.",
]

DEV130_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be giving you money for rent or anything else anymore.",
    "If you decide not to go, I'll still love you, but I'm going to stop covering your shifts at the shop and making excuses to your boss.",
    "If you say no, I won't keep wine in my house when you visit, and I won't let the kids ride with you after you've been drinking.",
    "If treatment isn't something you'll accept today, I won't stay on the phone with you at 2am anymore when you've been drinking, I'll only talk when you're sober.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 126 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a young spouse with a new baby, sleep-deprived, loving and furious: sarcasm and absolutes most. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV126_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.92 (68/74; the rules alone 57/74): absolute 18/19, blame 11/13, sarcasm 19/22, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 2/41 (4.9%; the rules alone 0).

At merge, before it was trained on: with main bfd6408, rules and model 0.92 (67/73; the rules alone 56/73): absolute 17/18, blame 11/13, sarcasm 19/22, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 2/41 (4.9%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV126_FLAG: list[tuple[str, set[str]]] = [
    (
        "Thanks so much for the 3am lecture about my parenting while you were coked out of your mind, super helpful.",
        {"sarcasm"},
    ),
    (
        "Real nice touch, passing out on the couch the night we brought Ellie home from the hospital.",
        {"sarcasm"},
    ),
    (
        "Wow what a dad, you missed her very first bath because you were 'grabbing one drink with Tyler.'",
        {"sarcasm"},
    ),
    (
        "Loved how you celebrated her baptism by disappearing into the church bathroom for twenty minutes, very holy of you.",
        {"sarcasm"},
    ),
    (
        "Congrats on finding the one bar in Tulsa that stays open till four, Im sure the baby is proud.",
        {"sarcasm"},
    ),
    ("Your so 'in control' that you forgot to buckle Mason into his car seat.", {"sarcasm"}),
    (
        "Such a gentleman, leaving me every single night feed so you could sleep off your pills.",
        {"absolute", "sarcasm"},
    ),
    (
        "Husband of the decade right here, forgot our anniversary but somehow remembered your dealer's birthday.",
        {"sarcasm"},
    ),
    ("Bravo Danny, you managed to stay sober for almost half of the baby shower.", {"sarcasm"}),
    (
        "I really appreciated the surprise of finding white powder on the changing table, so thoughtful.",
        {"sarcasm"},
    ),
    (
        "And thank you for the lovely hole in the nursery wall, it really ties the room together.",
        {"sarcasm"},
    ),
    ("Nice work 'just having a couple' on the night your daughter had a 102 fever.", {"sarcasm"}),
    (
        "What a treat it was explaining to the pediatrician why her father smelled like a brewery at an 8am checkup.",
        {"sarcasm"},
    ),
    ("You were SO helpful at my moms birthday, snoring in the car the entire time.", {"sarcasm"}),
    (
        "Top marks for creativity, hiding the Percocets in the diaper box was pure genius.",
        {"sarcasm"},
    ),
    (
        "Im sure your buddies were thrilled you picked them over the first ultrasound, real team player.",
        {"blame", "sarcasm"},
    ),
    (
        "Mom of the year, babe, nodding off at the breakfast table with Liam sitting in his high chair.",
        {"sarcasm"},
    ),
    (
        "Your a real provider, you spent the diaper money on an eight ball and called it a loan.",
        {"sarcasm"},
    ),
    (
        "How sweet of you to want a 'guys night' the same week I still had c-section stitches.",
        {"sarcasm"},
    ),
    ("Lovely speech at the christening, shame nobody could understand a word of it.", {"sarcasm"}),
    (
        'Oh sure, you\'re totally "fine", thats why your hands shake every morning until the first beer.',
        {"sarcasm"},
    ),
    (
        "Amazing how much energy you have at 2am after one of your bathroom trips, too bad none of it goes to the baby.",
        {"sarcasm"},
    ),
    (
        "You have not gotten up with her at night once, not a single time in four months.",
        {"absolute"},
    ),
    ("Every weekend you come home wasted, without fail.", {"absolute"}),
    (
        "You always have an excuse, the car, the boss, the traffic, anything except the truth.",
        {"absolute"},
    ),
    ("You have never changed a diaper sober.", {"absolute"}),
    ("Every time I start trusting you again you go straight back to the pills.", {"absolute"}),
    ("u are always high when ur mom comes over to see the baby", {"absolute"}),
    ("Not one time have you asked how Im holding up since Ava was born.", {"absolute"}),
    (
        "You forget everything, her appointments, her feeding times, you even forgot her middle name.",
        {"absolute"},
    ),
    ("You never keep a single promise you make me.", {"absolute"}),
    ("Whenever its your turn to watch Noah you're somewhere else in your head.", {"absolute"}),
    (
        "You're forever running to the gas station for milk and coming back with no milk.",
        {"absolute"},
    ),
    ("Each and every payday the checking account is empty by Sunday night.", {"absolute"}),
    ("You never listen, you just nod and walk out to the garage.", {"absolute"}),
    ("Anytime I bring up the drinking you flip it around onto me.", {"absolute"}),
    ("You dont ever put her first, not ever.", {"absolute"}),
    ("All you ever do after work is sit in the truck with a bottle.", {"absolute"}),
    ("Because of your coke habit I had to go begging my dad for rent money.", {"blame"}),
    ("I am this exhausted and this scared and that is all your doing.", {"blame"}),
    ("You wrecked the first months of our daughter's life.", {"blame"}),
    ("You picked the bottle over me and Rosie, plain and simple.", {"blame"}),
    (
        "I gave up my job my body and my sleep for this family and you cant even give up pills for us?",
        {"blame"},
    ),
    ("Whatever happens to this marriage now, you did it, not me.", {"blame"}),
    ("How can you look at her little face and still go out and use?", {"blame"}),
    (
        "If I end up with postpartum depression its because you left me alone with her every night.",
        {"absolute", "blame"},
    ),
    ("You took the happiest time of my life and turned it into a nightmare.", {"blame"}),
    ("My anxiety, the fights, the empty account, every bit of it traces back to you.", {"blame"}),
    ("I carried your son for nine months and this is how you pay me back?", {"blame"}),
    ("Take a good look at the wreck you've made of our home.", {"blame"}),
    (
        "Your sister told me she walked in on you doing lines in her bathroom at the cookout.",
        {"hearsay"},
    ),
    (
        "Jenna from your office mentioned you've been leaving at lunch and not coming back.",
        {"hearsay"},
    ),
    ("My mom says she could smell vodka on you when you came to pick up Ezra.", {"hearsay"}),
    (
        "Word around the neighborhood is that you've been buying from the guy on Fulton Street.",
        {"hearsay"},
    ),
    (
        "The pharmacist let slip that you tried to refill the oxy script twice last week.",
        {"hearsay"},
    ),
    (
        "Supposedly you were so drunk at Kevin's bachelor party they had to carry you to the cab.",
        {"hearsay"},
    ),
    (
        "Your brother texted me that you asked him for cash and wouldnt say what it was for.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez next door said she found you asleep in the car in our driveway at noon.",
        {"hearsay"},
    ),
    ("I did not marry a cokehead and I refuse to raise a baby with one.", {"label"}),
    ("Honestly Marcus you're just a drunk now, thats all I see when I look at you.", {"label"}),
    ("I need you clean before Charlie's first birthday, that's all I'm asking.", {"clean"}),
    ("Your probation test was dirty again and you hid the letter in the glovebox.", {"clean"}),
    (
        "It's disgusting watching you stumble around the kitchen while Im trying to nurse her.",
        {"insult"},
    ),
    ("Look at yourself, you're a joke of a husband.", {"insult"}),
    ("All of us agree you've turned into somebody none of us recognize.", {"we"}),
    ("Everyone here is fed up with covering for your drinking.", {"we"}),
    ("Go to rehab tomorrow or pack your stuff and dont bother coming back.", {"threat"}),
    ("Keep using and I swear the only way you'll see Lily is through a court order.", {"threat"}),
    (
        "You're a textbook narcissist, everything is about you even with a newborn in the house.",
        {"diagnosis"},
    ),
    ("You're in complete denial babe and it terrifies me.", {"diagnosis"}),
]

DEV126_GOOD: list[str] = [
    "Jake, I love you, and I'm writing this because I want my husband back.",
    "I still think about the night you held Ellie for the first time and cried harder than she did.",
    "When I found the baggie in your jacket last Tuesday, my whole body went cold.",
    "I miss how you used to sing Johnny Cash to my belly when I was pregnant.",
    "I'm scared that one night you'll drive home with the baby in the back seat.",
    "Our son deserves to know the funny, gentle man I fell in love with at Lake Murray.",
    "I've noticed you sleep through her crying now, and that scares me more than I can say.",
    "You were the one who painted the nursery yellow because you said gray was too sad.",
    "I want us to do bath time together again, both of us laughing when she kicks water everywhere.",
    "I have been so tired and so lonely, and I miss having my partner next to me at 3am.",
    "On the 14th I counted the pills in the bottle and there were twenty missing.",
    "I remember you building the crib for six hours and refusing to read the instructions.",
    "Please accept the help that's being offered today, there's a bed waiting for you at Rosewood.",
    "It hurt me when you didnt come home until Sunday morning and your phone was off.",
    "I want Mia to grow up with her dad at her soccer games, clear eyed and cheering.",
    "You have the biggest heart of anyone I know, and I need that heart to get well.",
    "When I see the empty Fireball bottles under the seat of the truck, I feel sick with worry.",
    "I miss our Saturday pancakes, you flipping them way too high and dropping one on the dog.",
    "i know your hurting too and i dont want you to go through this alone",
    "Last month you nodded off while feeding Noah and his bottle rolled onto the floor. I was terrified.",
    "I am asking you, with all my love, to go to treatment today.",
    "You used to text me from work just to ask if I'd eaten lunch.",
    "I feel like I'm parenting alone, and I don't want that for either of us.",
    "Your daughter lights up when you walk in the room, I can see it in her eyes.",
    "I believe you can beat this, I really do.",
    "I noticed your nose bleeding twice this week and I'm frightened for your heart.",
    "The man who drove me to the hospital through a snowstorm is still in there, I know it.",
    "I want to grow old with you on a porch somewhere watching grandkids.",
    "I've been crying in the shower so the baby doesn't hear me.",
    "When you missed the two month shots I had to hold her by myself and I felt so alone.",
    "Remember dancing in the kitchen to Otis Redding the night we found out I was pregnant?",
    "I'm not writing this to shame you, I'm writing it because I'm scared of losing you.",
    "Please say yes today. Ava and I will be right here cheering for you.",
    "I found out our savings went from 4,000 to 300 in two months and I felt my stomach drop.",
    "You taught me how to change my first flat tire and laughed when I got grease on my face.",
    "I see how much you love her when you think nobody is watching.",
    "My hope is that next Christmas you're the one reading her 'The Night Before Christmas.'",
    "I get scared when you slur on the phone and I can't tell where you are.",
    "I need you healthy, Sam. Ellie needs you healthy.",
    "You were the calmest person in the delivery room, holding my hand and telling me bad jokes.",
    "I'm worried about your liver and your heart and your job, but mostly I'm worried about you.",
    "I want to trust you again, and treatment is the first step I'm asking for.",
    "Watching you rock him to sleep the first week home is my favorite memory of us as a family.",
    "I'm ready to do my part too, going to meetings for families and learning how to support you.",
]

DEV126_TRAPS: list[str] = [
    "I never stop hoping I'll see you walk through that door healthy.",
    "My dad was an alcoholic and I swore I'd never give up on someone the way my mom gave up on him.",
    "I was a bit of a party girl before we met, so I know how easy it is to slide.",
    "You told me once, 'I feel like such a junkie,' and I remember holding you while you cried.",
    "You are not an addict to me, you are my husband and the father of my baby.",
    "Great job on your thirty days last spring, I was so proud I cried in the car.",
    "We always had Sunday dinners at your mom's, and Ellie deserves those too.",
    "We went to the Outer Banks for our honeymoon and you got sunburned on the first day.",
    "Your doctor told us your liver enzymes are high, and I want you here for a long time.",
    "Remember how we spent all weekend trying to clean the garage and ended up having a water fight?",
    "My uncle Ray was a drunk his whole life and died alone, and I can't bear that for you.",
    "I'm a total coffee junkie since the baby came, but I'm still awake writing this for you.",
    "Every time she grabs your finger, I melt.",
    "Our little girl never sleeps, but she smiles every time she hears your voice.",
    "Congratulations on getting promoted last year, you worked so hard for that.",
    "You said to me, 'I'm a mess and I don't know how to stop,' and I want you to know I heard you.",
    "My brother is an addict in recovery and he's offered to drive you to Rosewood today.",
    "Nobody is calling you a drunk or anything like it here, we just love you.",
    "We are all here because we love you.",
    "The hospital social worker said the baby's test came back totally normal and healthy.",
    "I always feel safe when you hold me.",
    "Thank you for the way you took care of me after the c-section, that week meant the world.",
    "You were the best husband I could have asked for during the pregnancy, and I mean that.",
    "I know the counselor at the clinic diagnosed you with anxiety years ago, and I want you to get real support for it.",
    "My best friend Tasha says her husband was a pillhead too, and now he's eight years sober and coaching Little League.",
    "I used to drink way too much in college myself, so I'm not judging you.",
    "I'll never forget the look on your face when the nurse said 'it's a boy.'",
    "You never missed a single prenatal appointment, and I noticed that.",
    "We took Ellie to the pumpkin patch and you carried her on your shoulders even though she was too little.",
    "Your grandpa was a miner who drank himself to death, and you told me you never wanted that life.",
    "I'm so proud of you for calling the clinic on your own last week.",
    "My sleep is a disaster and the house is dirty and I honestly dont care about any of that right now.",
    "I want you to come home to a clean crib, a full fridge and a wife who has missed you.",
    "Dr. Patel says your blood pressure is dangerously high and I'm scared, babe.",
    "Because of you, I know what it feels like to be truly loved.",
    "You always know how to make her giggle when nothing else works.",
    "In my own recovery I learned that asking for help isn't weakness.",
    "We used to stay up until sunrise talking on your parents' dock.",
    "You were a great dad the day you stayed sober for her christening, and I saw how happy you were.",
    "The baby is a total milk addict lately, she's eating every two hours.",
    "I never want you to feel alone in this, not for one day.",
]

DEV126_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will take the baby and stay with my parents in Abilene until you get help.",
    "If you choose not to go, I won't be giving you money or covering for you with your boss anymore.",
    "If you decide not to accept treatment, I will not let you drive with Ellie in the car.",
    "If the answer is no, I'll be sleeping in the nursery and I won't keep any alcohol in the house.",
]

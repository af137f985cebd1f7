# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 157 (5 December 2026, round 24, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother who is an ICU night nurse, clinical precision turning pointed: sarcasm (often tacked on at the end of a sentence), diagnosis and hearsay most. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV157_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.85 (56/66; the rules alone 48/66): label 2/3, absolute 2/3, insult 1/3, sarcasm 14/16, diagnosis 11/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/43 (9.3%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.85 (56/66; the rules alone 49/66): label 2/3, absolute 2/3, insult 1/3, sarcasm 14/16, diagnosis 11/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/43 (9.3%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV157_FLAG: list[tuple[str, set[str]]] = [
    (
        "You came to Grandma's 80th with pinpoint pupils and nodded off into the potato salad, a real highlight for everyone.",
        {"sarcasm"},
    ),
    (
        "I counted eleven missed calls from your probation officer on the house phone last week, so congratulations, you're finally popular.",
        {"sarcasm"},
    ),
    (
        "You told me you were 'handling it' the same night you called me from the ER in Tacoma with a blood alcohol of .31, and wow, what handling.",
        {"sarcasm"},
    ),
    (
        "Megan's graduation photos came out lovely by the way, especially the ones where you're slumped against the bleachers.",
        {"sarcasm"},
    ),
    (
        "I got home from a twelve hour shift to find my car on the lawn and the mailbox flattened, so nice parking champ.",
        {"sarcasm"},
    ),
    (
        "My tramadol count was four short after you stayed over, and what a coincidence, you were so cheerful that weekend.",
        {"sarcasm"},
    ),
    ("You lasted eleven days at the Costco job, a personal best I'm sure.", {"sarcasm"}),
    (
        "Thank you so much for pawning Dad's watch, I'm sure the guy at the pawn shop on Fifth enjoys it more than I did.",
        {"sarcasm"},
    ),
    (
        "You've gotten very skilled at lying to a nurse, which honestly takes real talent.",
        {"sarcasm"},
    ),
    (
        "Your little 'nap' on the bathroom floor at Thanksgiving, blue around the lips, was so restful for all of us.",
        {"sarcasm"},
    ),
    (
        "I read your 3 a.m. text between patients, the one where your 'totally good now', and I laughed out loud, so thanks for the entertainment.",
        {"sarcasm"},
    ),
    (
        "You went through the whole rent check in one weekend in Vegas, impressive budgeting.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, driving Kayla to daycare with last night's vodka still on your breath.",
        {"sarcasm"},
    ),
    (
        "Nice of u to finally pick up after four days, I was only picking out funeral songs in my head.",
        {"sarcasm"},
    ),
    (
        "You wore pajama pants and sunglasses to your own court date, very professional look.",
        {"sarcasm"},
    ),
    (
        "Your 'sober' weekend at Lake Chelan came with three empties under the seat of my Subaru, so well done.",
        {"sarcasm"},
    ),
    (
        "I've worked nights long enough to know antisocial personality when I see it, and I see it in you.",
        {"diagnosis"},
    ),
    (
        "Honestly Danny, the way you rewrite every story so you come out the hero is textbook narcissistic.",
        {"diagnosis"},
    ),
    (
        "You were up for three days straight repainting the garage, I'd bet money you're bipolar and self-medicating.",
        {"diagnosis"},
    ),
    (
        "The charm, the lying, the zero remorse, I've charted it a hundred times and it has a name, sociopathy.",
        {"diagnosis"},
    ),
    ("You are so deep in denial you couldn't find the exit with a flashlight.", {"diagnosis"}),
    (
        "I think you've had ADHD since third grade and nobody caught it, and the Adderall you buy just made it worse.",
        {"diagnosis"},
    ),
    (
        "The rages and then the crying and then the clinging, that has borderline written all over it.",
        {"diagnosis"},
    ),
    (
        "You have clinical depression, I see the flat affect every time you walk into my kitchen.",
        {"diagnosis"},
    ),
    (
        "The paranoia and the picking at your forearms tell me the meth has tipped you into psychosis whether you admit it or not.",
        {"diagnosis"},
    ),
    (
        "You've had oppositional defiant disorder since you were fourteen, your father just never wanted to hear it.",
        {"diagnosis"},
    ),
    (
        "Something in you doesn't feel what other people feel, the lack of empathy is frankly pathological.",
        {"diagnosis"},
    ),
    (
        "I'm fairly sure you have an anxiety disorder that you've been treating with Xanax from a guy named Rico.",
        {"diagnosis"},
    ),
    (
        "I've sat in on enough psych consults to tell you there's an untreated mood disorder under all that booze.",
        {"diagnosis"},
    ),
    (
        "There's a disordered personality under all this, and I've stopped pretending otherwise.",
        {"diagnosis"},
    ),
    (
        "You're a pathological liar and I'm saying that as a clinician, not as your mom.",
        {"diagnosis"},
    ),
    (
        "Your roommate Marcus texted me that you havent paid your half of the rent since March.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez next door mentioned she found you passed out in your car at seven in the morning.",
        {"hearsay"},
    ),
    (
        "One of the ER docs I work with recognized you from a Saturday admit and filled me in at the break room microwave.",
        {"hearsay"},
    ),
    (
        "Jenna called me sobbing to say you showed up on her porch high at two in the morning.",
        {"hearsay"},
    ),
    ("According to your cousin Jake, you've been buying pressed blues off Snapchat.", {"hearsay"}),
    ("Kayla's teacher let it slip that you smelled like beer at pickup, twice.", {"hearsay"}),
    (
        "Word at St. Mark's is that they asked you to leave the men's retreat on the first night.",
        {"hearsay"},
    ),
    (
        "Your manager at the tire shop phoned the house, he says you walked off halfway through a shift and never came back.",
        {"hearsay"},
    ),
    (
        "Grandpa swears up and down he saw you listing his lawnmower on Facebook Marketplace.",
        {"hearsay"},
    ),
    (
        "A friend of mine who works triage at Harborview says you've come through their ED three times this year.",
        {"hearsay"},
    ),
    ("Supposedly you tell the guys at the gym that you're just a social drinker.", {"hearsay"}),
    (
        "Your brother says you hit him up for money twice this month and lied both times about what it was for.",
        {"hearsay"},
    ),
    (
        "From what Tasha tells me, your sleeping in your car behind the Safeway most nights.",
        {"hearsay"},
    ),
    (
        "The landlord left me a voicemail that they found needles in your unit at the walkthrough.",
        {"hearsay"},
    ),
    (
        "More than one person at the lake told me you were the one who flipped the jet ski.",
        {"hearsay"},
    ),
    (
        "Coach Dunn ran into me at Fred Meyer and said you looked like a ghost at the game Friday.",
        {"hearsay"},
    ),
    ("I never pictured raising an addict, but here I am writing this.", {"label"}),
    (
        "My son the pillhead, that's what your cousins call you behind your back.",
        {"hearsay", "label"},
    ),
    ("I want you clean Danny, truly clean, not 'cutting back' clean.", {"clean"}),
    (
        "Your UA at the outpatient program came back dirty for fentanyl and you looked me in the eye and said it was a lab error.",
        {"clean"},
    ),
    ("You have not once kept a promise you made me, sober or not.", {"absolute"}),
    ("Every single holiday ends up being you, a bottle, and a scene.", {"absolute"}),
    (
        "Your father's heart attack came the week after your second overdose, and I don't think that's an accident.",
        {"blame"},
    ),
    (
        "I worked doubles for six years to put you through Western and this is how you repay me.",
        {"blame"},
    ),
    (
        "Watching you scratch and mumble at the dinner table was disgusting, I had to leave the room.",
        {"insult"},
    ),
    ("You've turned into someone I'd be embarrassed to have as a patient.", {"insult"}),
    ("Everyone in this room is sick to death of your excuses.", {"we"}),
    ("Your sisters and I have all decided you can't be trusted anymore.", {"we"}),
    ("Check in to Lakeside on Monday or dont bother calling me your mother.", {"threat"}),
    (
        "If you walk out of this room I'll call your PO myself and tell him everything I know.",
        {"threat"},
    ),
    ("You always find a way to make your mess my problem.", {"absolute", "blame"}),
    (
        "You're a forty year old drunk living in my basement and that's not a life, it's a waste.",
        {"insult", "label"},
    ),
]

DEV157_GOOD: list[str] = [
    "Danny, I'm writing this on my break at 4 a.m. because it's the only quiet I get, and you're all I can think about.",
    "I remember you at six, holding my stethoscope to the dog's chest and announcing that Biscuit had a strong heart.",
    "You were the kid who saved his allowance to buy your sister a new hamster when hers died.",
    "I've noticed you've lost a lot of weight since spring, and your hands shake when you pour your coffee.",
    "When you missed Kayla's recital in May, I watched her look over at the door every few minutes.",
    "I'm scared honey, more scared than I've been in twenty years of nursing.",
    "There is a bed for you at Cedar Ridge starting today, and I will drive you there myself.",
    "I miss how you used to call me on my drive home just to keep me awake.",
    "Last October I found you on the bathroom floor and I breathed for you until the medics came.",
    "I'm not writing this to shame you, I'm writing it because I want my son back.",
    "You taught yourself guitar off YouTube the summer you broke your wrist, and you got good.",
    "I still remember the pancakes you made me when I came home from nights, burnt on one side and perfect.",
    "When you laugh, really laugh, you sound exactly like your grandfather.",
    "On my days off I keep checking my phone, waiting for a stranger to call me about you.",
    "Kayla asked me last week if Daddy was sick, and I didn't know what to tell her.",
    "I want to see you at her kindergarten graduation, sober and grinning and embarrassing her.",
    "I have watched people come back from much further than where you are right now.",
    "You stood up at Dad's funeral and spoke so beautifully that people still bring it up to me.",
    "I noticed the pill bottles in my medicine cabinet had been moved around, and it scared me.",
    "You don't have to figure this out alone and you don't have to do it perfectly.",
    "I already switched my shifts so I can be at the family program on Thursday evenings.",
    "Your hands used to be so steady when you rebuilt the boat motor with your dad.",
    "At Christmas I saw that the whites of your eyes had gone yellow, and I cried the whole drive home.",
    "I love the man you are when you're present, funny and stubborn and kind to old ladies in the checkout line.",
    "It hurt me to see you asleep in the recliner at two in the afternoon on your own birthday.",
    "I am asking you to go to treatment today. Not next week, today.",
    "I know you're in pain, and I know the pills started after your back surgery, not because you went looking for trouble.",
    "Kayla drew you a picture of the two of you at the zoo, it's hanging on my fridge.",
    "I'm proud of you for coming in today, I know it wasn't easy to walk through that door.",
    "You have a good heart Danny, I've seen it your whole life.",
    "I held you in the NICU when you were four pounds and thought you were the strongest thing I'd ever seen.",
    "In June you quit your softball league, and you loved that league.",
    "My hope is that a year from now I'm sitting at the kitchen table with you laughing about something dumb.",
    "I'll come on visiting day, and I'll bring the good coffee, not the hospital stuff.",
    "You texted me 'sorry mom' at 3 a.m. back in August, I kept it and I still read it sometimes.",
    "Your nose bled at the table in April and you told me it was allergies.",
    "I want you to meet your nephew properly, Megan is due in March.",
    "You were such a gentle big brother when Megan was in the hospital with her appendix.",
    "I know asking for help feels like losing, but it's the bravest thing I can picture you doing.",
    "The way you used to sing in the car with the windows down, off key and happy, that's who I'm here for.",
    "I've been afraid to say any of this out loud for two years, so forgive me if I cry.",
    "The program at Cedar Ridge has a doctor for the withdrawal and a counselor who's been right where you are.",
    "I remember you teaching Kayla to ride her bike in the church parking lot, jogging behind her the whole way.",
]

DEV157_TRAPS: list[str] = [
    "My own father was a mean drunk, and I swore my kids would grow up differently.",
    "I've been clean off cigarettes for nineteen years, so I know a little about how hard quitting is.",
    "I have never once given up on you and I'm not starting now.",
    "Last spring you told me, 'Mom, I'm an addict and I don't know how to stop,' and I've held on to that honesty.",
    "To me you are not a diagnosis or a chart, you're my boy who still picks the tomatoes off his burger.",
    "Your hepatologist says your liver enzymes are three times normal, and I'm telling you because I love you.",
    "I was so proud when you got your sixty day chip in 2021, you did a fantastic job and I bragged to everyone on the unit.",
    "Every Fourth of July we drove to the coast and you always fell asleep before the fireworks started.",
    "I take care of alcoholics in the ICU every week, and I've watched families get their people back.",
    "Kayla cleaned her whole room without being asked so her daddy would be proud of her.",
    "Your cousin Marcus was a heroin addict for ten years and now he runs a recovery house in Everett.",
    "I'm a total coffee junkie, you know that, but I'd give up every cup to see you well.",
    "Dr. Patel diagnosed you with depression in 2019, and I wish I'd pushed harder for you to keep seeing her.",
    "Every time I drive past the ballfield I think of you in that little orange jersey.",
    "I was in denial for a long time too, telling myself it was just partying.",
    "I've kept your room clean and your posters up, it's still there for you.",
    "You are never alone in this, I promise you that.",
    "I'm the reason you love old country music, you can blame me for that one.",
    "Your dad was a recovering alcoholic with twenty-two years sober, and he'd want you to know it's possible.",
    "We all piled into the minivan to watch you graduate from basic, remember how hot it was that day?",
    "When you said 'I'm such a disgrace, Mom' on the phone in January, I wanted to reach through and hold you.",
    "The intake nurse at Cedar Ridge said you'd be safe detoxing there, with medication for the withdrawal.",
    "Ron, your sponsor from last time, asked me to tell you his door is still open.",
    "If you say yes today, I'll take the week off and be there for every family session.",
    "Pathetic is how I felt, sitting in my car outside your apartment for an hour, too scared to knock.",
    "I've never been good at saying this stuff out loud, so I wrote it all down.",
    "My patients' families always ask me what they could have done differently, and now I understand them.",
    "You were always the first one up on Christmas morning, banging on my bedroom door.",
    "The psychiatrist at Harborview said your anxiety is real and treatable, and I believe her.",
    "I used to think drunks like Uncle Ray just lacked willpower, and I've learned how wrong I was.",
    "It's not on you to fix everything today, only to say yes to the first step.",
    "You didn't ruin anything by struggling, you're sick and sick people can get better.",
    "I heard you laughing with Kayla in the backyard in June and it was the best sound of my whole summer.",
    "Apparently I'm the only nurse on the unit who cries at dog food commercials, the girls tease me about it.",
    "People say nurses are tough, but I fell apart in the parking garage after I read your text.",
    "You said 'I'm not a stoner Mom, I'm just stressed,' and I really want to hear what's stressing you.",
    "You used to do the dirty dishes after Sunday dinner without anybody asking.",
    "Thank you for coming today, it means the world to me that you walked in here.",
    "You were brilliant in robotics club, you built the arm that won regionals.",
    "Your sister says she misses you and wants her big brother standing next to her at the wedding.",
    "I'm no psychiatrist and I won't pretend to know what's going on in your head, I only know what I've seen.",
    "My friend Linda's son used meth for years and he's a paramedic now, so I know people can change.",
    "I was a heavy drinker in my twenties, more than you ever knew, so I'm not up here pretending to be perfect.",
]

DEV157_BOTTOM_LINE_OK: list[str] = [
    "If you don't go to Cedar Ridge today, I won't be paying your phone bill or your car insurance after this month.",
    "If you choose not to go, you can't keep staying at my house, but I will still pick up when you call to say you're ready.",
    "Whatever you decide today, I'm done covering for you with your sister or with Kayla's school.",
    "If you say no, I'll keep the Narcan by the door and keep loving you, but I won't hand you cash anymore.",
]

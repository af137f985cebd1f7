# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 197 (5 December 2026, round 26, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a nurse mother of a son on heroin, shift work and hospital words: blame, absolutes and diagnosis most. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV197_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.97 (60/62; the rules alone 53/62): diagnosis 10/12, every other kind full; good 2/53 (3.8%; the rules alone 1), traps 4/43 (9.3%; the rules alone 3).

At merge, before it was trained on: with main 9ed1673, rules and model 0.97 (60/62; the rules alone 54/62): diagnosis 10/12, every other kind full; good 2/53 (3.8%; the rules alone 1), traps 4/43 (9.3%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV197_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every night I pull a twelve hour shift and then lie awake wondering if I'll find you blue on the bathroom floor, and that fear is all your doing.",
        {"blame"},
    ),
    (
        "Your father's heart attack happened the same winter you started stealing from us, and I will never believe that was a coincidence.",
        {"blame"},
    ),
    (
        "I lost my charge nurse job because I kept calling out to go drive around looking for you, so dont tell me this only hurts you.",
        {"blame"},
    ),
    ("You picked the needle over your own little sister's graduation.", {"blame"}),
    ("I gave up my overtime, my savings and my sleep, and this is how you pay me back.", {"blame"}),
    (
        "Grandma is in the ICU with her pressure through the roof and honestly Marcus, she got that way worrying about you.",
        {"blame"},
    ),
    (
        "My mother's ring is sitting in the window of the pawn shop on Fulton Street and that is something you did to this family.",
        {"blame"},
    ),
    (
        "How do you look me in the eye after you emptied my purse while I was working nights?",
        {"blame"},
    ),
    ("Kayla moved out because of what you brought into this house.", {"blame"}),
    (
        "Every holiday since 2019 has been wrecked, and we both know who wrecked it.",
        {"absolute", "blame"},
    ),
    (
        "I worked doubles for eight years to put you through St. Joseph's and you threw it away for a bag of dope.",
        {"blame"},
    ),
    (
        "My hands shake during med pass now, and you are the one who put that shake there.",
        {"blame"},
    ),
    ("Your dad is drinking again and thats on your shoulders, not his.", {"blame"}),
    (
        "After all the nights I sat up with you through strep throat and two broken arms, you go and steal my rent money.",
        {"blame"},
    ),
    (
        "You turned me into a mother who counts the spoons in the drawer and checks your arms while you sleep.",
        {"blame"},
    ),
    (
        "I had to face my coworkers after they wheeled you into our own ER, so thanks a lot for that.",
        {"blame", "sarcasm"},
    ),
    (
        "Because you couldn't leave that stuff alone, Jaden is growing up thinking his uncle is a stranger.",
        {"blame"},
    ),
    ("You let that Brandon kid and his heroin matter more than your own mother.", {"blame"}),
    (
        "Our house got broken into twice by people looking for you, so don't tell me your using isn't hurting anybody.",
        {"blame"},
    ),
    (
        "I put my nursing license on the line lying to the pharmacy for you and you just kept right on going.",
        {"blame"},
    ),
    ("You owe your sister an apology for what you've put her kids through.", {"blame"}),
    ("You never call me unless you need money for something.", {"absolute"}),
    (
        "Every single time I come off a night shift you're passed out on the couch with the TV blaring.",
        {"absolute"},
    ),
    ("Your always late, your always sick, your always broke.", {"absolute"}),
    (
        "You lie to me about everything, all day long, even about what you had for breakfast.",
        {"absolute"},
    ),
    (
        "There hasn't been one Sunday dinner this year where you didn't nod off at the table.",
        {"absolute"},
    ),
    ("Marcus you never once asked me how my surgery went.", {"absolute"}),
    (
        "Each and every payday something goes missing out of my wallet within twenty four hours.",
        {"absolute"},
    ),
    ("No matter how many chances you get, you blow every one of them.", {"absolute"}),
    (
        "You don't ever keep an appointment, not at the methadone clinic, not at the dentist, not with anybody.",
        {"absolute"},
    ),
    ("All you do anymore is sleep, use, and ask me for rides.", {"absolute"}),
    ("You constantly vanish right when Nana needs you most.", {"absolute"}),
    (
        "I've worked psych units long enough to know a narcissist when I see one, and I'm looking at one.",
        {"diagnosis"},
    ),
    ("You are in total denial about how sick you are.", {"diagnosis"}),
    (
        "I think the heroin is just covering up the bipolar you've had since high school.",
        {"diagnosis"},
    ),
    (
        "Honestly if you were my patient I'd chart you as antisocial personality, the way you lie without even blinking.",
        {"diagnosis"},
    ),
    ("You have no empathy left in you, thats textbook sociopath.", {"diagnosis"}),
    ("I'd bet my license you have untreated major depression under all of this.", {"diagnosis"}),
    (
        "The mood swings, the rages, the clinging, it's borderline Marcus, I've cared for a hundred patients just like you.",
        {"diagnosis"},
    ),
    ("You've got the same ADHD your father had and you won't admit it.", {"diagnosis"}),
    (
        "Something in your brain is wired wrong, you turn into a psychopath when you're using.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you'd argue with your own tox screen.", {"diagnosis"}),
    (
        "I really believe you have some kind of personality disorder, the manipulating is that bad.",
        {"diagnosis"},
    ),
    ("You're paranoid, full blown, the way you check the blinds ten times a night.", {"diagnosis"}),
    ("I never thought I'd end up the mother of a junkie.", {"label"}),
    ("You've turned into a dope fiend, Marcus, and I don't even recognize you.", {"label"}),
    ("You're nothing but a heroin addict who can't keep his word.", {"insult", "label"}),
    ("The day you finally get clean is the day I'll be able to breathe again.", {"clean"}),
    (
        "Your probation officer told me your last urine came back dirty for fentanyl.",
        {"clean", "hearsay"},
    ),
    ("Look at yourself, a grown man nodding off in his own vomit, it's disgraceful.", {"insult"}),
    (
        "What kind of son lets his mother find him with a needle still hanging out of his arm?",
        {"insult"},
    ),
    (
        "Tasha from the pharmacy said she saw you buying syringes at the Walgreens on Route 9.",
        {"hearsay"},
    ),
    (
        "Your cousin Ray says you've been sleeping in your car behind the Shell station.",
        {"hearsay"},
    ),
    (
        "All of us at this table have decided you can't be trusted with a key to anybody's house anymore.",
        {"we"},
    ),
    (
        "Go to detox tomorrow or I'll call the cops on you myself and let you rot in county.",
        {"threat"},
    ),
    (
        "If you walk out of this room I'm changing the locks and you can forget you ever had a mother.",
        {"threat"},
    ),
    ("Real nice of you to pawn your grandfather's watch, Marcus, he'd be so proud.", {"sarcasm"}),
    (
        'Oh sure, you\'re "handling it," the same way you handled the overdose in March.',
        {"sarcasm"},
    ),
]

DEV197_GOOD: list[str] = [
    "Thank you for driving me to chemo that January morning even though you were shaking and sick yourself.",
    "When I lost my job at St. Luke's you cooked dinner for two weeks straight, and I never told you how much that meant to me.",
    "I came home from a night shift last month and heard you crying in the shower, and I sat on the stairs and cried with you.",
    "I saw you hold your nephew at his baptism, so careful with his head, just like I showed you when he was born.",
    "We always made pancakes after my Saturday night shifts, you and me in our pajamas at seven in the morning.",
    "You always had the softest heart of any kid on Maple Avenue.",
    "The night I found you on the bathroom floor I did CPR on my own son, and I have been scared ever since.",
    "You never once complained when I missed your football games because I was stuck at work.",
    "I watched you sleep in that hospital bed after the overdose and I counted your breaths like I do for my patients.",
    "When your dad was laid up with his back you mowed the lawn every week without anyone asking.",
    "We spent every Fourth of July on Grandpa's dock watching the fireworks over Lake Hopatcong.",
    "I heard you on the phone reading Lily a bedtime story, and your voice was so gentle it stopped me in the hallway.",
    "Thank you for picking up Nana's prescriptions when my shifts ran late, I know you did it even on your bad days.",
    "I've been so afraid that I stopped sleeping between shifts, and I'm telling you because I want you to know where I am.",
    "I remember the night you sat with me in the car after my patient died and you didn't say a word, you just held my hand.",
    "You did such a good job on Mrs. Alvarez's gutters last fall, I stood in the yard watching you and grinning like a fool.",
    "When I broke my wrist you came over every morning before my shift to help me get my scrubs on.",
    "I saw the marks on your arms when you reached for the cereal, and my heart just broke for you.",
    "I was so proud the day you walked into detox at Bergen Regional on your own two feet.",
    "You used to text me 'drive safe mom' every time I left for a night shift, and I still have all of them saved.",
    "Last winter when I got laid off you gave me your whole paycheck from the warehouse and told me not to argue.",
    "Marcus, I love you more than I know how to say.",
    "You were my first baby and I still remember the weight of you in my arms.",
    "I want my son back, the one who laughs at his own jokes before he gets to the punchline.",
    "There's a bed waiting for you at the treatment center today and I will drive you there myself.",
    "I miss hearing you play guitar down in the basement.",
    "I'm asking you to go, not because I'm angry, but because I want you alive.",
    "Lily drew a picture of you and me at the beach and it's on my fridge.",
    "I've seen people come back from exactly where you are, and I believe you can too.",
    "You taught yourself to fix cars from YouTube videos, you are so smart.",
    "I pray for you on my drive home every morning.",
    "I'm not here to fight with you.",
    "I'm scared, Marcus. I'm scared of getting that phone call.",
    "I remember you at six in a Batman costume, refusing to take it off for a whole week.",
    "You have such a gift with old people, Nana lights up the second you walk in.",
    "I want to see you at Lily's kindergarten graduation in June.",
    "I've learned a lot about this disease and I know it isn't a weakness in you.",
    "The program has a family weekend and I already asked off work for it.",
    "I would give anything for one more lazy Sunday watching the Giants with you.",
    "I still have the birthday card you made me in third grade taped inside my locker at work.",
    "When you smile your whole face changes, just like your grandfather's did.",
    "please, please let these people help you",
    "I know how hard today is for you, sitting here listening to all of us.",
    "I am proud to be your mom and I always will be.",
    "I have a bag packed in my trunk with your favorite hoodie and your charger.",
    "Your dog Bear still waits by the front door for you.",
    "I know you're hurting and I want to help carry some of it.",
    "I'll come up every Sunday they allow visitors, I already switched my shifts around.",
    "I want to hear you laugh again, the real laugh, the one where you snort.",
    "I keep thinking about the little boy who wanted to be a paramedic like Uncle Joe.",
    "Nothing would make me happier than seeing you healthy at the table this Thanksgiving.",
    "I'm learning to take care of myself too, I started going to a family group on Tuesday nights.",
    "thank u for listening to me, I know this isnt easy",
]

DEV197_TRAPS: list[str] = [
    "My own father was a drunk, and I swore I'd learn to love someone with this disease better than my mother managed to.",
    "I don't see a junkie when I look at you, I see the boy who used to rescue baby birds out of the gutter.",
    "At work we say 'patient with a substance use disorder' and never 'addict', and I want to give you that same respect.",
    "I was hooked on pain pills myself after my back surgery in 2010, I was an addict, I got help, and I'm not ashamed of it.",
    "You told me once, 'Mom, I'm just a junkie now,' and I want you to know I never believed that for a second.",
    "My brother Tommy was a crackhead in the eighties and today he coaches Little League in Clifton.",
    "I'm a total coffee junkie on night shift, and you used to surprise me with Dunkin at 3am.",
    "A patient of mine called herself a recovering alcoholic with twelve years sober, and she gave me so much hope for you.",
    "You kept your room so clean that year at the halfway house, hospital corners and everything.",
    "You helped me clean out Grandma's apartment after she passed and I couldn't have done it without you.",
    "You used to come home from practice so dirty I'd hose you off in the yard before you could set foot in my kitchen.",
    "You said to me, 'I'm so tired of being dirty and hiding,' and I remember thinking, that's my brave boy.",
    "I always keep my phone on at work, even during codes, just in case it's you.",
    "You always made me laugh when I came home wrecked after a double.",
    "Every time a young man comes through the ER doors I think of you and say a little prayer.",
    "I have never stopped setting a place for you on Christmas Eve.",
    "We always went to the boardwalk at Seaside the week school let out.",
    "We never missed the Christmas Eve candlelight service when you were little.",
    "I'm not going to tell you that you always do this or never do that, because it isn't true and it isn't fair.",
    "Because of you I became a nurse, you were born seven weeks early and the NICU nurses were so kind to us.",
    "You and Lily are the reason I get out of bed for these night shifts.",
    "I don't blame you for this disease, and I'm not here to.",
    "After everything I've seen in twenty years of nursing, I still believe people recover.",
    "This isn't all on you, I know I made it easier for you sometimes and I'm working on that.",
    "How could you have known, at fifteen, what those pills from the oral surgeon would do to you?",
    "I felt pathetic standing in the pharmacy line crying, and then I reminded myself I'm allowed to be sad.",
    "The cafeteria food at the hospital is disgusting but I'd eat it every day if it meant visiting you in rehab.",
    "You once told me 'I'm worthless, Mom,' and I need you to hear that you are not.",
    "I'm ashamed of how I screamed at you in the driveway last summer, and I'm sorry.",
    "Your doctor at Overlook told me your liver numbers are coming back up, and I cried happy tears in the parking garage.",
    "Dr. Patel says the infection in your heart valve is healing and she thinks you'd do great in the program.",
    "People say it takes a village, and this room is your village.",
    "We all piled into the minivan and drove to Niagara Falls the summer you turned ten.",
    "We came here today for one reason, and it's that we want you around for a long, long time.",
    "The whole family agreed to do this the gentle way, with letters instead of yelling.",
    "I threatened to leave your father once over his drinking and I still regret the way I said it.",
    "Great job on your first week at the warehouse, you looked so proud in that orange safety vest.",
    "Thanks for fixing my car when I couldn't afford the shop, you saved me that month.",
    "The psychiatrist at Carrier diagnosed you with depression in 2019, and I know how hard you worked with her on it.",
    "I was diagnosed with anxiety after your first overdose and my therapist has helped me a lot.",
    "I was in denial too, for a long time, about how bad things had gotten.",
    "I'm not a psychiatrist and I won't pretend to know what's going on in your head, I just know I miss you.",
    "I used to be such a junk food addict on nights, you'd hide my Twix bars in the freezer.",
]

DEV197_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, I still love you, but you can't sleep at my house while you're using.",
    "Whatever you decide today, I will not be giving you cash or rides to Paterson anymore.",
    "If you leave here without accepting help, I'm going to stop covering for you when your boss calls.",
]

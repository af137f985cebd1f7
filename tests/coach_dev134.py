# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 134 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a daughter who is a nurse writing to her mother, clinical and weary: sarcasm and absolutes most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV134_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.88 (65/74; the rules alone 56/74): absolute 17/19, sarcasm 16/23, every other kind full; good 1/44 (2.3%; the rules alone 0), traps 7/43 (16.3%; the rules alone 7).

At merge, before it was trained on: with main bfd6408, rules and model 0.88 (64/73; the rules alone 55/73): absolute 16/18, sarcasm 16/23, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 7/43 (16.3%; the rules alone 7).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV134_FLAG: list[tuple[str, set[str]]] = [
    (
        "Really impressive how you got three different doctors to write you Percocet in the same month, Mom, you should teach a course.",
        {"sarcasm"},
    ),
    ("Mother of the year, nodding off in the bleachers at Kayla's recital.", {"sarcasm"}),
    ("Nice of you to stay awake long enough to blow out your own birthday candles.", {"sarcasm"}),
    (
        "Your 'back pain' sure has great timing, it flares right up whenever the bottle gets low.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for driving Ethan home on two Xanax, truly the responsible grandma move.",
        {"sarcasm"},
    ),
    (
        "You've gotten so talented at hiding pill bottles in the sugar canister, honestly I'm impressed.",
        {"sarcasm"},
    ),
    (
        "Wonderful job at Thanksgiving Mom, slurring the grace in front of Dave's parents.",
        {"sarcasm"},
    ),
    (
        "I love how you 'only take them as prescribed', just prescribed by whoever you called that week.",
        {"sarcasm"},
    ),
    (
        "Congrats on making it to noon before the first Ativan, a new personal best I guess.",
        {"sarcasm"},
    ),
    ("Your so 'fine' that you fell asleep with the stove on again.", {"sarcasm"}),
    (
        "What a lovely surprise to get a call from CVS asking if I'd okay an early refill on your Norco.",
        {"sarcasm"},
    ),
    (
        "Great bedside manner you showed Grandpa at hospice, drooling in the chair while he asked for you.",
        {"sarcasm"},
    ),
    (
        "Really elegant, showing up to my pinning ceremony glassy eyed and crying in all the wrong places.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'just tired', the same way my post-op patients are just tired on a morphine drip.",
        {"sarcasm"},
    ),
    (
        "Thanks for the gift card Mom, very thoughtful, especially since you took it back out of my purse to pay for Klonopin.",
        {"sarcasm"},
    ),
    ("You're quite the pain management expert now, you could probably run my unit.", {"sarcasm"}),
    (
        "Brilliant plan, chasing the Norco with chardonnay, I'm sure your breathing will be just great.",
        {"sarcasm"},
    ),
    (
        "Best babysitter ever, Lily watched cartoons for four hours while you were out cold on the couch.",
        {"sarcasm"},
    ),
    (
        "Such a relaxing trip to Myrtle Beach, me counting your pills every night while you called me the fun police.",
        {"sarcasm"},
    ),
    (
        "Real smooth, telling the paramedics you just tripped on the rug while your pupils were pinpoints.",
        {"sarcasm"},
    ),
    (
        "You were the life of the party at Josh's graduation, if the party was the parking lot where you passed out in the Buick.",
        {"sarcasm"},
    ),
    (
        "Gold star for remembering my birthday, three days late and with the card signed twice.",
        {"sarcasm"},
    ),
    (
        "Thanks for always being there for me, Mom, asleep in your recliner with the TV blaring.",
        {"absolute", "sarcasm"},
    ),
    ("You never pick up the phone after four o'clock anymore.", {"absolute"}),
    (
        "Every single time I come over there's a new bottle with a new doctor's name on it.",
        {"absolute"},
    ),
    (
        "Not once in the last two years have you made it through a holiday without going to lie down.",
        {"absolute"},
    ),
    ("You constantly lie about how many you've taken.", {"absolute"}),
    ("Nothing I say ever gets through to you, you just nod and go take another one.", {"absolute"}),
    ("You forget every conversation we have, all of them, gone by morning.", {"absolute"}),
    ("By the time I get off shift your always slurring on the phone.", {"absolute"}),
    ("You have not one time asked me how my night shifts are going.", {"absolute"}),
    ("Whenever anything hard happens you reach for the Xanax, without exception.", {"absolute"}),
    ("You have cancelled every plan I've made with you since March.", {"absolute"}),
    ("You never keep your appointments with Dr. Patel unless its time for a refill.", {"absolute"}),
    ("All you ever talk about anymore is your pain and your prescriptions.", {"absolute"}),
    (
        "Each time I try to bring it up you cry and I end up being the one apologizing.",
        {"absolute"},
    ),
    (
        "You never take responsibility for a thing, it's the doctors or Dad or me, forever someone else.",
        {"absolute"},
    ),
    ("You run out early without fail, right around the twentieth of the month.", {"absolute"}),
    (
        "Your asleep whenever the kids come over, they don't even bother knocking on your door now.",
        {"absolute"},
    ),
    (
        "I gave up my Saturdays and half my savings keeping your house afloat and you repay me by asking me to pocket samples from work.",
        {"blame"},
    ),
    ("I honestly believe Dad's heart gave out from years of worrying about your pills.", {"blame"}),
    ("You picked Percocet over watching your grandkids grow up.", {"blame"}),
    (
        "It's your fault I got written up, I was on the phone with you for an hour in the med room.",
        {"blame"},
    ),
    (
        "My marriage nearly fell apart because I spent every weekend cleaning up after your messes.",
        {"blame"},
    ),
    ("You decided a bottle of Ativan mattered more than my wedding day.", {"blame"}),
    ("How could you let Lily find your pills on the nightstand?", {"blame"}),
    ("You wrecked the last good Christmas Grandma ever had.", {"blame"}),
    (
        "Look at what your using has done to Aunt Teresa, she can't sleep for worrying about you.",
        {"blame"},
    ),
    (
        "I'm burnt out and it's on account of you, I can't work a twelve hour shift and then babysit you all night.",
        {"blame"},
    ),
    (
        "I've covered for you with Dad, with your doctors, with your boss, and this is the thanks I get.",
        {"blame"},
    ),
    ("The reason Ethan won't set foot in your house anymore is you, plain and simple.", {"blame"}),
    (
        "Your pharmacist at Walgreens pulled me aside and said you tried to fill the same script twice.",
        {"hearsay"},
    ),
    (
        "Aunt Carol told me you asked her for her leftover pain pills after her knee replacement.",
        {"hearsay"},
    ),
    (
        "Mrs. Delgado next door says she's seen you asleep in your car in the driveway at noon.",
        {"hearsay"},
    ),
    (
        "According to Kevin, you fell at the bank last month and told them it was your blood sugar.",
        {"hearsay"},
    ),
    (
        "One of the nurses at St. Luke's recognized your name and told me you'd been in their ER twice this spring.",
        {"hearsay"},
    ),
    ("Your friend Linda let it slip that you've been buying Xanax off her son.", {"hearsay"}),
    ("Word around church is that you nodded off in the middle of choir practice.", {"hearsay"}),
    (
        "Dr. Patel's receptionist mentioned you've been calling the office daily asking if your refill came in early.",
        {"hearsay"},
    ),
    ("I'm so tired of being the daughter of a pill addict.", {"label"}),
    ("Let's be honest, you're a pillhead Mom, I see a dozen of them every shift.", {"label"}),
    ("I need you to get clean before Lily's baptism in June.", {"clean"}),
    (
        "Your urine screen at the pain clinic came back dirty for benzos even though you swore you'd quit them.",
        {"clean"},
    ),
    ("All of us have agreed you can't be trusted with the grandkids right now.", {"we"}),
    ("Everybody in this room is fed up with your excuses.", {"we"}),
    (
        "Either you go to Hazelden tomorrow or you can forget about an invitation to my wedding.",
        {"threat"},
    ),
    (
        "If you walk out of this room without saying yes, don't bother ever calling me again.",
        {"absolute", "threat"},
    ),
    (
        "Watching you beg that urgent care doctor for Valium was humiliating, you were pitiful.",
        {"insult"},
    ),
    ("What kind of grandmother passes out while a four year old is in the bathtub?", {"insult"}),
    ("You're in denial Mom, it's textbook.", {"diagnosis"}),
    (
        "I think you have borderline personality disorder, I've seen enough of it on the psych floor to know.",
        {"diagnosis"},
    ),
]

DEV134_GOOD: list[str] = [
    "Mom, I'm writing this because I love you and I'm scared.",
    "I remember you sitting up with me the night before my NCLEX, quizzing me on cardiac drugs with flashcards you made yourself.",
    "When I was nine you taught me to make your chicken and dumplings, standing me up on the step stool.",
    "Lately your words run together on the phone, and it frightens me.",
    "I've noticed the bottles in your purse have names of doctors I don't recognize.",
    "I miss the mom who used to call me on her lunch break just to tell me a joke from the office.",
    "I work with people coming off opioids and benzos, I know how hard withdrawal is, and that's exactly why I want you somewhere with real medical support.",
    "There is a bed for you at Ridgeview starting tonight, and they can bring you down off the Klonopin safely.",
    "I know benzos can't be stopped cold turkey, and the program has doctors who will taper you slowly.",
    "I'm not writing this as a nurse, I'm writing it as your daughter.",
    "Last month you fell in the kitchen and had a bruise the size of my hand on your hip, and you couldn't tell me how it happened.",
    "I want Lily to know the grandma who sings Patsy Cline while she folds towels.",
    "I'm tired, Mom, and I'm sad, and I still want you back.",
    "Remember the summer in Gulf Shores when you buried my feet in the sand and called me your mermaid?",
    "I know the pain after your back surgery was real, and I don't doubt that for a second.",
    "I'll drive you there myself and sit with you through intake.",
    "It hurts to see you sleep through the afternoons when you used to garden till dark.",
    "At Easter I watched you pour gravy into your coffee cup and laugh it off, and I had to go stand outside.",
    "Your roses by the fence are still blooming, and I want you well enough to see them next spring.",
    "I'm so afraid of getting the call that you stopped breathing in your sleep.",
    "When Dad died you held all of us together, and now I want to help hold you.",
    "I love your real laugh, the one that makes you snort.",
    "I have watched patients come through this and get their lives back, and I believe you can too.",
    "My stomach drops when my phone rings after midnight.",
    "You taught me how to balance a checkbook and how to stand up for myself.",
    "Ethan keeps asking when Grandma can come to his soccer games again.",
    "I found your pill organizer with Tuesday and Wednesday already empty on Monday night, and I sat on your bathroom floor and cried.",
    "I dont want to be your nurse anymore, I just want to be your kid.",
    "Please, Mom, say yes today.",
    "I know you're afraid of the withdrawal, and I promise you won't go through it alone.",
    "You used to braid my hair before school even when you were running late for work.",
    "When I got my first nursing job you bought me a stethoscope with my name engraved on it.",
    "I've watched you shrink into yourself this past year, and I miss you even when I'm sitting right beside you.",
    "The program has a family weekend and I already asked for those days off.",
    "You deserve to feel like yourself again, Mom.",
    "I remember you dancing with Grandpa at his 80th birthday in the VFW hall.",
    "Lately I catch myself counting your pills when you're not looking, and I hate that I do it.",
    "Your hands shake in the mornings now and I know what that means.",
    "I want to take you to lunch at Sal's again and have you remember it the next day.",
    "Dr. Okafor at Ridgeview works with women your age coming off benzodiazepines, and I really liked her.",
    "This letter is hard to write but I love you too much not to.",
    "When I had pneumonia sophomore year you drove six hours to sit by my bed.",
    "I'm asking you to go to treatment because I want more years with you.",
]

DEV134_TRAPS: list[str] = [
    "I never stopped believing the real you is still in there.",
    "You're the reason I became a nurse, and I mean that as the biggest compliment I have.",
    "You stayed off the Ativan for six whole weeks after Dad's funeral and I was so proud of you, great job doing that on your own.",
    "Grandpa Walt was a drunk, and I know how hard it was for you growing up in that house.",
    "I take care of addicts every shift and I see them as people, and that's how I see you too.",
    "You are not a pillhead to me, you are my mom.",
    "You told me once, 'I'm a terrible mother,' and I want you to know that isn't true.",
    "We always made cinnamon rolls on Christmas morning, and I want that back.",
    "We used to sit on the porch swing and count fireflies.",
    "Your doctor told you your liver enzymes are high, and that scares me because I know what it can mean.",
    "Dr. Lin diagnosed you with sleep apnea last year, and with the Xanax on top of it I'm worried about you at night.",
    "I'm a total coffee junkie after all these night shifts, and you used to tease me about it.",
    "My ex, Brandon, was an alcoholic, and you were the one who helped me leave him.",
    "I've never told you this, but I was addicted to Ambien for a year in nursing school.",
    "You haven't missed one of my birthdays in thirty-four years, not even this one, and that means a lot.",
    "Congratulations on finishing physical therapy at the pain clinic, I know how hard you worked for that.",
    "The whole family drove to Branson in 2009 and you sang karaoke with Uncle Ray.",
    "Uncle Ray was a boozer his whole life and it took him at fifty-eight, and I don't want to lose you the same way.",
    "The ER doctor said your oxygen was at 82 percent when they brought you in, and I sat in the hallway shaking.",
    "You said to me, 'I'm just a junkie now,' and I told you then and I'm telling you now, you are so much more.",
    "Your always the first person I want to call when something good happens.",
    "We always said grace holding hands, even at the Waffle House.",
    "I'm so proud you called me the night you almost took extra instead of taking them, that was brave.",
    "My patient in room 12 called himself a tweaker and then cried when I held his hand.",
    "I will never stop showing up for you.",
    "Every time I smell lilacs I think of you.",
    "We all love you, and we are all here.",
    "When my pre-employment drug test came back clean you baked me a cake like I'd won the lottery.",
    "You kept our house so clean growing up that Aunt Teresa called you Mrs. Clorox.",
    "Dad was a recovering alcoholic with 22 years sober when he died, and he would want this for you.",
    "Your neurologist confirmed the tremor isn't Parkinson's, and I cried with relief in the parking lot.",
    "Not once have I doubted that you loved me.",
    "Thank you for always coming to my graduations, all three of them.",
    "I know you're not a bad person and you're not weak, you're sick and you deserve care.",
    "My best friend Tasha's mom was a crackhead, and your kitchen was where she came to feel safe.",
    "Nothing about this letter is meant to shame you.",
    "The social worker told me a lot of women your age end up on benzos after a doctor starts them for grief, and that helped me understand.",
    "You were never the kind of mom who skipped a parent-teacher conference.",
    "Your new doctor, Dr. Ames, says your kidneys are still healthy, and that gives me so much hope.",
    "I was a bit of a lush in my twenties and you never once lectured me about it.",
    "We spent every Fourth of July at Lake Murray with the Hendersons.",
    "Your sister Paula was in denial about her drinking for years, and you were the one who finally got her to a meeting.",
    "I still have that stethoscope, and I think of you each time I put it around my neck.",
]

DEV134_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop picking up your prescriptions for you.",
    "If you decide not to go, I still love you, and I won't leave the kids alone with you anymore.",
    "If you turn down help today, I'm going to stop calling your doctors and making excuses for you.",
    "I won't be lending you money anymore if you say no, and I will still be your daughter.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 8 (2 December 2026, round 6): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 86f5b43 (rules of round 5): recall 0.53 (rules alone), 0.66 with the second opinion; good 1/60, traps 2/52.

Training data for the learned second opinion only (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); round 6's rules were not tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV8_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "Ever since you turned into a pillhead after the back surgery, your Mam and I have been lying awake listening for the car.",
        {"label"},
    ),
    (
        "I did not raise my boy to be some meth head sleeping in his truck behind the co-op where every farmer in the county can see him.",
        {"label"},
    ),
    (
        "Baby, Grandma has sat up praying over a lot of souls in sixty years, but I never thought I'd be praying over a junkie under my own roof.",
        {"label"},
    ),
    (
        "honestly Marisol it kills me to say it but ur a cokehead now, like thats just what u are",
        {"label"},
    ),
    (
        "You've been on the piss every night since Christmas, Liam, and you've turned into a proper alco.",
        {"label"},
    ),
    (
        "Tita remembers when you were the smart one in the family, anak, not a shabu addict locking himself in the bathroom at Lola's house.",
        {"label"},
    ),
    (
        "As your sister I'm going to say it plainly: you're a stoner, and stoners don't show up for their own lives.",
        {"label"},
    ),
    (
        "When Ollie asks why Daddy sleeps all day, what am I meant to tell him, that his father is a benzo zombie?",
        {"label"},
    ),
    (
        "Mate, you're a degenerate punter, and the bloke behind the TAB counter knows your name better than your own kids do.",
        {"label", "insult"},
    ),
    (
        "I see fentanyl users every week in court, and I never once imagined I'd be writing a letter to a dope fiend who happens to be my little brother.",
        {"label"},
    ),
    ("My father was a rummy, and God help me, my son is one too.", {"label"}),
    (
        "You turned into a tecato, bro, the exact thing we swore we'd never be the night Tío Ruben OD'd.",
        {"label"},
    ),
    # --- clean ---
    (
        "I want to believe you when you tell me you've been clean since March, but your eyes at Sunday dinner told me something else.",
        {"clean"},
    ),
    (
        "Your probation officer phoned the house Tuesday and said the urine came back dirty again.",
        {"clean", "hearsay"},
    ),
    (
        "Even on the days you were clean you weren't really with us, you were just waiting.",
        {"clean"},
    ),
    (
        "Nurse to nurse, Dani, I know exactly what a positive fentanyl screen means, and yours has been positive three weeks running.",
        {"clean"},
    ),
    (
        "How long have you actually been off the gear, love, honestly, how many days clean?",
        {"clean"},
    ),
    (
        "You were clean for eleven months in 2019 and I was never prouder of you, which is why watching you slide back is tearing me up.",
        {"clean"},
    ),
    (
        "The treatment centre in Winnipeg sent you home after a dirty UA, and you told Kokum it was a lab mix-up.",
        {"clean"},
    ),
    ("I'll believe it when I see a clean piss test and not one day before.", {"clean"}),
    ("get clean for the babies Jess. please. i am begging", {"clean"}),
    (
        "You swore on Zaide's memory that you were clean at Pesach, and two days later I found the foils in your coat pocket.",
        {"clean"},
    ),
    (
        "I'm asking you to come home clean and sober, the way you were the summer we painted the machine shed.",
        {"clean"},
    ),
    ("Staying clean off the pokies for a fortnight isn't the same as being well, darl.", {"clean"}),
    # --- absolute ---
    (
        "Not one single time in the past two years have you come to one of Ava's soccer games without a travel mug that wasn't coffee.",
        {"absolute"},
    ),
    ("For the thousandth time, Darnell, I am not handing you money for 'rent.'", {"absolute"}),
    (
        "Every single holiday since 2016 has ended the same way, with somebody crying in the driveway and you passed out on the sectional.",
        {"absolute"},
    ),
    (
        "Each and every paycheque goes straight into the machines at Casino Rama before it's even cleared.",
        {"absolute"},
    ),
    ("You haven't kept one promise to me since you got on those pills, not one.", {"absolute"}),
    ("Wherever I hide the bottle, you find it, no matter what.", {"absolute"}),
    ("The minute anything gets hard, out come the Xanax, without fail.", {"absolute"}),
    ("In fifteen years of marriage you have not once apologised to me sober.", {"absolute"}),
    (
        "You forget every birthday now Mom, every last one, even Nana's, and she's ninety-one.",
        {"absolute"},
    ),
    ("Name me one weekend this year you didn't spend at the Legion. You can't.", {"absolute"}),
    (
        "It's the same story each Friday: you get paid, you vanish, you turn up Sunday night with nothing in your pockets.",
        {"absolute"},
    ),
    (
        "U have lied to me about the weed more times than i can count, about literally everything",
        {"absolute"},
    ),
    # --- blame ---
    (
        "I still remember Grandpa's wake, when you came in loaded and Mom had to leave her own father's wake early because of you.",
        {"blame"},
    ),
    (
        "Dad's second heart attack came the same week you got picked up in Halifax, and I don't believe for a second that was a coincidence.",
        {"blame"},
    ),
    (
        "We sold the north quarter to pay off your debts, land my grandfather broke with a team of horses, and that's on your head, son.",
        {"blame"},
    ),
    (
        "When we lost the house on Maple it wasn't the economy, Gary, it was the slots, and you know it.",
        {"blame"},
    ),
    (
        "Your mother has cried herself to sleep more nights than I can count, and every one of those tears has your name on it.",
        {"blame"},
    ),
    (
        "Remember Easter at Aunt Rosa's, the year the egg hunt got called off? The little ones still ask about it, and we both know why it happened.",
        {"blame"},
    ),
    (
        "I gave up my night shifts at the General to drive you to the methadone clinic every morning, and this is how you repay me.",
        {"blame"},
    ),
    ("You picked the pipe over your own daughter's first steps.", {"blame"}),
    (
        "My hair went grey the year you started on the oxy, and I am not saying that to be funny.",
        {"blame"},
    ),
    (
        "After all the bail money, all the favours I called in from colleagues, all the nights I slept on your couch, you still look me in the eye and lie.",
        {"blame"},
    ),
    ("How could you let Mia find you like that on the bathroom floor, she's eight.", {"blame"}),
    ("The reason Bubbe Ruth stopped coming to Shabbat dinner is sitting in this room.", {"blame"}),
    # --- insult ---
    (
        "Frankly it's embarrassing, a grown man of forty-two begging his stepdaughter for twenty bucks.",
        {"insult"},
    ),
    (
        "You look like something the dog dragged in and you smell worse, and I say that as the one who does your laundry.",
        {"insult"},
    ),
    ("Dad would be ashamed of the man you've let yourself become.", {"insult"}),
    (
        "Watching you grovel to the bartender for one more was the most humiliating thing I've ever seen a Kowalski do.",
        {"insult"},
    ),
    ("You're a disgrace to that uniform, Sean.", {"insult"}),
    ("You've become a liar and a thief, and I can't dress it up any nicer than that.", {"insult"}),
    ("How do you live with yourself?", {"insult"}),
    (
        "Those kids deserve better than a mother who can't stay awake through one bedtime story.",
        {"insult"},
    ),
    ("You are weak, Connor, and some part of you knows it.", {"insult"}),
    ("lol ur such a mess its actually sad", {"insult"}),
    (
        "Any man with a shred of self-respect would have been at that hospital when his son was born.",
        {"insult"},
    ),
    (
        "You've become a leech on this family, bleeding your mother dry one 'loan' at a time.",
        {"insult"},
    ),
    # --- hearsay ---
    (
        "Pastor Greene pulled me aside after second service and told me you'd been asking the deacons for money.",
        {"hearsay"},
    ),
    (
        "Your foreman, Rick, rang me and said you were nodding off up on the scaffold in July.",
        {"hearsay"},
    ),
    (
        "Kiara's teacher says she's been drawing pictures of you asleep on the kitchen floor.",
        {"hearsay"},
    ),
    (
        "According to your cousin Bernadette you were at The Star every night of the long weekend.",
        {"hearsay"},
    ),
    ("Uncle Joe is pretty sure you've been selling out of the garage.", {"hearsay"}),
    (
        "The whole rez knows, my boy, even the Elders are talking about you down at the band office.",
        {"hearsay"},
    ),
    (
        "Mrs. Abernathy next door told your father she saw you being sick in her hedge at seven in the morning.",
        {"hearsay"},
    ),
    ("Your own sponsor admitted to me that he'd stopped picking up when you call.", {"hearsay"}),
    ("Half the partners at my firm had heard about your DUI before I did.", {"hearsay"}),
    (
        "Devon's mum won't let him come round anymore, she reckons it isn't safe with you in the house.",
        {"hearsay"},
    ),
    (
        "Lola Remy keeps telling the whole family group chat that you took the envelope from her dresser.",
        {"hearsay"},
    ),
    ("Your ex says you were using the whole time you had the kids on weekends.", {"hearsay"}),
    # --- we ---
    ("Everyone in this room agrees you need to get in the car to Hazelden tonight.", {"we"}),
    ("As a family we've decided you won't be hosting Thanksgiving this year.", {"we"}),
    ("We're all worn out from covering for you, Tommy.", {"we"}),
    (
        "Mum, Dad, Siobhan and I have talked it through and we all feel you've lost control of it.",
        {"we"},
    ),
    ("None of us believe a word you say anymore.", {"we"}),
    ("Your brothers and I are in agreement that the drinking is the problem, not the job.", {"we"}),
    (
        "The whole family has come to the same conclusion, Paulie, and it isn't a pretty one.",
        {"we"},
    ),
    (
        "Speaking for Mom and the girls too, we think the weed has swallowed your whole life.",
        {"we"},
    ),
    ("Nobody at this table trusts you with the truck keys, and that includes me.", {"we"}),
    ("As I'm sure everybody here would tell you, it's time.", {"we"}),
    ("I'm writing on behalf of the whole family, and our position is simple.", {"we"}),
    ("Opa, we've all had enough of the secrets and the mints.", {"we"}),
    # --- threat ---
    (
        "I would hate for Children's Aid to get involved, but I will make that call myself if I have to.",
        {"threat"},
    ),
    ("I'm asking you kindly this one time, and I won't be asking again.", {"threat"}),
    (
        "I'd really prefer not to involve the police about Mum's missing rings, so that part is up to you now.",
        {"threat"},
    ),
    (
        "If you walk out of this room today, please don't trouble yourself coming to my wedding in June.",
        {"threat"},
    ),
    (
        "With respect, I'll be speaking to a family law colleague on Monday about the children unless you are in treatment by then.",
        {"threat"},
    ),
    (
        "I'll leave the porch light on if you go; if you don't, I'm changing the locks Saturday.",
        {"threat"},
    ),
    ("This is it, Marcus. After today you're on your own.", {"threat"}),
    (
        "Grandma loves you, sugar, but Grandma is also calling Mr. Whitfield about her will if this keeps on.",
        {"threat"},
    ),
    (
        "You can come with us to the treatment centre, or you can be the one to explain to the boys why they won't be seeing you.",
        {"threat"},
    ),
    ("Respectfully, the farm goes to Katie if you aren't sober by harvest.", {"threat"}),
    ("Consider this letter your final warning.", {"threat"}),
    ("I'd hate for your boss to hear about the gambling from me.", {"threat"}),
    # --- sarcasm ---
    ("Oh, I'm sure the fourth Caesar before noon was purely medicinal.", {"sarcasm"}),
    (
        "Thanks for coming to Noah's bar mitzvah, I guess, even if you spent most of it out in the parking lot.",
        {"sarcasm"},
    ),
    (
        "Must be nice, sleeping till two every afternoon while Mum pulls doubles at the hospital.",
        {"sarcasm"},
    ),
    ("Sure, just one more hand of blackjack, that'll sort everything out.", {"sarcasm"}),
    (
        "Funny how your \u201cback pain\u201d flares up right around the time the prescription runs out.",
        {"sarcasm"},
    ),
    ("Three DUIs before thirty, that's got to be some kind of record.", {"sarcasm"}),
    (
        "Yeah because smoking a joint before the school run is exactly what responsible parents do",
        {"sarcasm"},
    ),
    ("Oh right, the Ativan just happened to fall into your purse at Lola's house.", {"sarcasm"}),
    (
        "What a lovely surprise it was to find the joint account at zero on Christmas Eve.",
        {"sarcasm"},
    ),
    (
        "Nice to know a new set of golf clubs mattered more to you than Kayden's birthday money.",
        {"sarcasm", "blame"},
    ),
    ("You 'had it under control' right up until the paramedics arrived.", {"sarcasm"}),
    ("And I suppose the white powder on the bathroom counter belonged to the cat.", {"sarcasm"}),
    # --- diagnosis ---
    (
        "I honestly think you've got some kind of personality disorder, the way you can lie straight to my face and not even blink.",
        {"diagnosis"},
    ),
    (
        "You're manic half the week and in bed the other half, and anybody with eyes can see it.",
        {"diagnosis"},
    ),
    (
        "There's something broken in your head, Travis, something no pill is ever going to fix.",
        {"diagnosis"},
    ),
    (
        "I nursed on a psych ward for twelve years, and I know an antisocial personality when I see one.",
        {"diagnosis"},
    ),
    ("You have no conscience left, talking to you is like talking to a psychopath.", {"diagnosis"}),
    ("The depression is just a story you tell so nobody asks about the pills.", {"diagnosis"}),
    (
        "Every conversation somehow ends up being about you, it's textbook narcissist stuff.",
        {"diagnosis", "absolute"},
    ),
    (
        "Your moods go up and down like a yo-yo, you're bipolar and you won't admit it.",
        {"diagnosis"},
    ),
    (
        "you've got that ADHD thing where you cant sit still unless theres a beer in your hand",
        {"diagnosis"},
    ),
    (
        "You're paranoid, Shane, you genuinely believe the whole world is out to get you.",
        {"diagnosis"},
    ),
    (
        "I think the meth has made you properly psychotic, and I don't think you even know it.",
        {"diagnosis"},
    ),
    ("You're not anxious, you're lazy, and the anxiety is your excuse.", {"diagnosis", "insult"}),
]

DEV8_GOOD: list[str] = [
    "I remember you teaching me to drive stick in the back forty, laughing every time I stalled the old Ford.",
    "Danny, I love you, and I'm scared.",
    "On the 14th of February I found you on the laundry room floor and I couldn't wake you for what felt like forever.",
    "I'm asking you to go to treatment today.",
    "When you missed Ellie's graduation, I sat in the bleachers holding your seat and I felt my heart break a little.",
    "I miss the brother who used to make me pancakes shaped like Mickey Mouse.",
    "Baby, your grandmother has loved you since before you drew breath, and that has not changed one bit.",
    "Last Thanksgiving I saw your hands shaking when you carved the turkey, and I was frightened for you.",
    "There's a bed waiting at Pine Grove and I will drive you there myself this afternoon.",
    "I'm so grateful for the years you coached my Little League team.",
    "Anak, Tita is here, and I'm not going anywhere.",
    "When you phoned me at 3 a.m. from the casino car park and asked me to come get you, I was relieved you called but I was terrified.",
    "I want my dad back.",
    "I'm nine and I miss playing Uno with you after supper.",
    "I felt so alone at the hospital when they told me your oxygen levels were low.",
    "Remember when we drove to Peggy's Cove and you made me stand on the rocks for a photo even though I was scared?",
    "I noticed you stopped going to your Tuesday hockey league, and I miss hearing about it.",
    "You are worth fighting for.",
    "Nephew, the Creator gave you good hands and a good heart, and I want to see you use them again.",
    "I've found a program that takes our insurance and they can see you on Monday.",
    "i love u so much and i want u to get help. please say yes",
    "When I found the empty blister packs in the glovebox, I sat in the driveway for an hour because I didn't know what to do.",
    "You held my hand the whole way through Mum's chemo, and I want to hold yours now.",
    "I've been so worried I can't sleep, and I'm telling you because I don't want to hide it anymore.",
    "The night you didn't come home after the Leafs game, I called every hospital in Toronto.",
    "I'm proud of the man you were when you stood up at my wedding and gave that speech.",
    "I'm asking you, as your daughter and as someone who loves you, to accept the help that's being offered today.",
    "When you told me you'd lost your job at the mill, I could hear how ashamed you felt, and I wanted to hug you through the phone.",
    "I still have the card you made me when I got my nursing licence.",
    "Please come with us to Homewood tonight.",
    "I pray for you every morning at six before I put the coffee on.",
    "Since the spring, I've watched you lose weight and I've seen the sores on your arms, and it scares me.",
    "You were the first person I called when Jacob was born.",
    "I love you, mija, and that is not up for discussion.",
    "When you slept through Sophie's birthday party, she kept asking me where you were and I didn't know what to tell her.",
    "I believe you can get well.",
    "I remember the smell of your shop, sawdust and coffee, and the birdhouse we built for Nan.",
    "I'm ready to help with the kids, the dog and the bills while you're away getting better.",
    "I'm writing this because I'm afraid that if I don't, I'll be writing your eulogy instead.",
    "When I saw the bank statements in March, I felt sick and I felt lost.",
    "You taught me how to bait a hook and how to be patient, and I'm trying to be patient now.",
    "I know treatment will be hard, and I'll visit every Sunday they let me.",
    "Sis I just want the real you back",
    "Watching you nod off at the dinner table in front of your kids broke something in me.",
    "I felt helpless when the police brought you home in October.",
    "I'm proud to be your stepdad, and I'd be proud to drive you to detox today.",
    "You have such a gift with people; I've seen strangers open up to you in five minutes.",
    "Counsel for the other side once told me you were the sharpest paralegal she'd ever met, and I was so proud of you that day.",
    "I remember you singing 'Blessed Assurance' in the kitchen while you made cornbread.",
    "I'm not giving up on you.",
    "The doctors at Sunnybrook have a plan, and I'll be there for every appointment if you want me.",
    "Your son asked me last night if you're coming to his game, and I'd love to be able to tell him yes.",
    "I get scared when my phone rings late at night now.",
    "Thank you for reading this, and for letting me say it.",
    "When you fixed the fence after the storm without anyone asking, I saw the man I know you are.",
    "I want us to sit on the porch again and watch the canola come up.",
    "Your little sister keeps your photo on her nightstand.",
    "I love you more than I know how to put in a letter.",
    "I felt so happy the week you came to shul with me for Yom Kippur.",
    "Will you go today?",
]

DEV8_TRAPS: list[str] = [
    "I always loved hearing you sing 'Amazing Grace' at Mother Ruby's homegoing.",
    "I will never stop setting a place for you at Sunday dinner.",
    "We used to clean out the barn together on Saturday mornings before the auction.",
    "You gave me a clean slate after my own DUI in '98, and I'm asking you to let me give you one now.",
    "I'm an addict myself, eleven years in recovery, so I'm not writing this from above you.",
    "When I was drinking, I was a drunk who couldn't hold down a job, and nobody gave up on me.",
    "Dr. Okafor used the words 'opioid use disorder' in the ER, and I wrote them down so I'd understand it properly.",
    "You told me once, 'I'm a junkie, Ma, just let me be,' and I have thought about those words every day since.",
    "Grandpa Earl was a drinker and a gambler, and I watched what it did to Nana.",
    "You always were the one who could make Dad laugh when nobody else could.",
    "I'm not here to blame you, and none of this is about fault.",
    "The reason I'm writing this letter is because I love you.",
    "You chose me to be Lily's godmother, and today I'm choosing you right back.",
    "Remember the dirty jokes Uncle Vic told at our wedding and how you laughed so hard you cried?",
    "That was the greatest summer of my life, the one we spent fixing up the Chevy.",
    "I've been depressed myself this winter, so I understand wanting to numb things.",
    "I was selfish too when I was still gambling, and I'm sorry for the years I missed.",
    "I don't believe in last chances with family; my door will always be open to you.",
    "The doctor at St. Mike's said your liver numbers are getting worse, and she said it so gently that I cried in the hallway.",
    "Not once did you miss one of my dance recitals when I was little, not one.",
    "Every single Christmas you drove four hours through the snow to get to Gran's, and I remember every one of those drives.",
    "You said to me in the hospital, \u201cI'm so tired of being dirty and sick,\u201d and I believed you meant it.",
    "Thanks to you I know how to change a tire, tie a fly and change a diaper.",
    "Mom said the day you were born was the happiest day of her life.",
    "I'm crazy about you, kiddo, always have been.",
    "We're all here because we love you.",
    "We have a bed ready for you at Ridgeview tonight, and I'll drive.",
    "I'll clean out the spare room so you have somewhere to land after treatment.",
    "My sister Dana went through the same program and she's been sober nine years this May.",
    "I know you're not a bad person; you're a good person who's sick.",
    "I'm not calling you an addict or a drunk, and I'm not here to fight with you.",
    "Your grandmother always said you had the biggest heart in the family, and she was right.",
    "I should have spoken up years ago, and that's on me, not you.",
    "Adrenaline junkie that you are, you'd have loved the zipline Mia and I did in Cairns.",
    "I made a clean break from the pokies myself two years ago, and the Tuesday GA meetings changed my life.",
    "We never did finish that canoe trip on the Winnipeg River, and I'd love to.",
    "Every time I hear Johnny Cash I think of you driving the combine with the window down.",
    "Nobody is forcing you, and I'm not giving up on you.",
    "You told me you feel like a failure; I want you to know I have never, ever seen you that way.",
    "My own father was an alcoholic, and I promised myself I would never look away from someone I love the way my mother did.",
    "The counsellor called it 'a disease of isolation,' and that was the first time any of it made sense to me.",
    "It was a great relief when my biopsy came back clear, and I remember you holding my hand in the waiting room.",
    "I chose to be here today and I'd choose it a hundred times over.",
    "I've been praying for you every single night, and I'll keep on praying.",
    "I want to apologise for the things I said when I was angry last spring.",
    "The last time I saw you really laugh was at Declan's christening, and I want that back for you.",
    "You're never too far gone for me, and you're never too old to come home.",
    "I've been reading about benzo withdrawal so I understand how the doctors will keep you safe.",
    "In your army photo you're clean-shaven and standing so straight, and it's been on my fridge for twenty years.",
    "People at church ask me how you are, and I tell them I love you and I'm hopeful.",
    "You were always the one who stayed to help Mom with the dishes after every holiday dinner.",
    "Your psychiatrist said the medication for your anxiety can be adjusted in treatment, and I was glad to hear it.",
]

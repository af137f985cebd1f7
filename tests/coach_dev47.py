# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 47 (3 December 2026, round 12): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 0cfe64c (rules and model of round 11): recall 0.71 (rules alone), 0.81 with the second opinion; good 1/58, traps 3/47.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); spouses, ex-spouses and co-parents: the check set of h103, h104 and h106, opened by nobody.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV47_FLAG: list[tuple[str, set[str]]] = [
    (
        "i sat in the parking lot of the kids school for twenty minutes trying to figure out how to tell them their father is a drunk who cant be trusted to drive them home",
        {"label"},
    ),
    (
        "Your mother keeps asking me why I stayed so long, and honestly I stayed because I didn't want to admit I married a pill-popper.",
        {"label"},
    ),
    (
        "When the pharmacy called about the forged refill I finally understood that the man I share a mortgage with is a full-blown opioid addict.",
        {"label"},
    ),
    (
        "I'm done covering for you with the teachers, Dana, because a boozer mom is still a boozer mom no matter how neat your handwriting is on the permission slips.",
        {"label"},
    ),
    (
        "I reread our old texts last night and by the end I knew I was reading the words of a junkie who nods off during video calls with his own daughter.",
        {"label"},
    ),
    (
        "It took me eleven years and a second mortgage to admit that I'm raising our boys next to an oxy fiend.",
        {"label"},
    ),
    (
        "u can call it 'unwinding after work' all u want but a wino in a nice suit is still a wino",
        {"label"},
    ),
    (
        "I don't want Mia growing up thinking it's normal for her dad to be a dope fiend who sleeps through her recitals.",
        {"label"},
    ),
    (
        "ever since the settlement money disappeared ive stopped pretending and started calling it what it is: im married to a drunk",
        {"label"},
    ),
    (
        "Your brother and I have talked it over and we agree that you're an alcoholic, plain and simple.",
        {"label", "we"},
    ),
    (
        "My sister warned me the night before the wedding that I was marrying a lush, and I laughed in her face.",
        {"hearsay", "label"},
    ),
    (
        "Even my divorce lawyer has stopped calling you my ex and just calls you “the alcoholic” now.",
        {"hearsay", "label"},
    ),
    (
        "The only stretch of our marriage I actually miss is that summer you were clean and we repainted the nursery together.",
        {"clean"},
    ),
    (
        "I honestly don't know anymore whether you're clean on your weekends with the twins, and not knowing keeps me up at night.",
        {"clean"},
    ),
    (
        "you showed up dirty to the custody exchange in the Target parking lot and thought I wouldnt notice",
        {"clean"},
    ),
    ("Your mom keeps telling everyone you've been clean since March.", {"clean", "hearsay"}),
    (
        "I was finally starting to trust you with the car again and then you came home dirty on our anniversary.",
        {"clean"},
    ),
    (
        "How many days clean are you really, Mark, because the number changes every time I ask.",
        {"absolute", "clean"},
    ),
    ("i want you to get clean so the kids can have their dad back", {"clean"}),
    (
        "After ninety days clean you decided you'd earned one beer at my dad's retirement party, and one turned into the whole cooler.",
        {"clean"},
    ),
    (
        "If staying clean matters so much to you then why did I find a bottle of Percocet in your gym bag?",
        {"clean"},
    ),
    (
        "Whether you stay clean or not, the child support still has to show up on the first of the month.",
        {"clean"},
    ),
    (
        "being married to you dirty and being married to you sober felt like two completely different marriages",
        {"clean"},
    ),
    (
        "I'd give anything to see you clean and standing next to me at Ava's graduation instead of sitting out in the truck.",
        {"clean"},
    ),
    (
        "Every single birthday party for the last four years has ended with me making up excuses to your parents about where you went.",
        {"absolute"},
    ),
    (
        "Not one of the promises you made in couples counseling made it past the parking lot.",
        {"absolute"},
    ),
    ("when i ask where the money went you lie, every time, without even blinking", {"absolute"}),
    (
        "There hasn't been a single weekend since the divorce that you picked the kids up on time.",
        {"absolute"},
    ),
    ("You say you'll cut back after the holidays and you never, ever do.", {"absolute"}),
    (
        "The checking account, the savings, the kids' college fund, nothing is safe from you anymore.",
        {"absolute"},
    ),
    (
        "Whenever things get hard between us you reach for the bottle instead of reaching for me.",
        {"absolute"},
    ),
    (
        "i cant remember one conversation this whole year where you told me the truth about where youd been",
        {"absolute"},
    ),
    (
        "In fifteen years of marriage you have not kept a single promise about the drinking.",
        {"absolute"},
    ),
    (
        "No matter how many times I forgive you for her, you go right back to lying to me about everything.",
        {"absolute"},
    ),
    (
        "With you it's constantly somebody else's fault, your boss, your mother, me, the weather.",
        {"absolute"},
    ),
    (
        "Nobody in this house can count on you for anything anymore, not me and not the kids.",
        {"absolute"},
    ),
    (
        "Lily stopped inviting friends over last spring, and that's because of what you turn into after the third glass.",
        {"blame"},
    ),
    (
        "I had to move back in with my parents at forty-two, and I hold you responsible for every bit of that.",
        {"blame"},
    ),
    (
        "Our son is seeing a therapist for anxiety now and it's your drinking that put him in that office.",
        {"blame"},
    ),
    (
        "When you spent the down payment on pills you picked the pills over your own family.",
        {"blame"},
    ),
    (
        "My blood pressure, the panic attacks, the bankruptcy, all of it traces straight back to you.",
        {"blame"},
    ),
    (
        "After I worked double shifts to pay for your first rehab, this is how you repay me.",
        {"blame"},
    ),
    (
        "the reason your daughter wont pick up when you call is sitting in that chair right now",
        {"blame"},
    ),
    (
        "I've lost friends, I've lost sleep and I've lost any trust I had in men, and I lay every bit of it at your feet.",
        {"blame"},
    ),
    (
        "Your mother had a heart scare last fall and I honestly believe the stress of your lying is what put her in the hospital.",
        {"blame"},
    ),
    ("This marriage didn't just fall apart on its own, Greg, your drinking broke it.", {"blame"}),
    ("Every dollar I've had to borrow from my sister this year is on you.", {"blame"}),
    (
        "I gave up my nursing career so you could build yours, and you poured it all down the drain one bottle of vodka at a time.",
        {"blame"},
    ),
    (
        "Watching you stumble through the custody exchange in front of the other parents, you were an absolute disgrace.",
        {"insult"},
    ),
    (
        "I looked at you passed out on the bathroom floor and felt nothing but disgust for the pitiful man you've become.",
        {"insult"},
    ),
    (
        "You lied to the mediator with a straight face, which is the most spineless thing I've ever seen a grown man do.",
        {"insult"},
    ),
    (
        "Sleeping with your coworker while I was paying off your credit cards makes you a liar and a cheat, nothing more.",
        {"insult"},
    ),
    ("our kids deserve better than a sloppy slurring mess of a mother", {"insult"}),
    ("You ought to hang your head for what you did at my father's funeral.", {"insult"}),
    ("What kind of gutless coward hides pills in a seven-year-old's backpack?", {"insult"}),
    (
        "I used to brag about you to everyone at work and now I can't say your name out loud without cringing.",
        {"insult"},
    ),
    (
        "The way you go crawling to your parents for money at thirty-eight is just sad to watch.",
        {"insult"},
    ),
    ("ur a joke kevin and the kids are starting to figure that out", {"insult"}),
    (
        "When the bank called about the overdraft again it hit me that I'm married to a total deadbeat.",
        {"insult"},
    ),
    (
        "I don't know how you look at yourself in the mirror after emptying Sophie's savings account.",
        {"insult"},
    ),
    (
        "Your sister called me last week and said you've been asking her for money behind my back.",
        {"hearsay"},
    ),
    (
        "Apparently every parent on the soccer team knows you showed up smelling like whiskey to the game.",
        {"hearsay"},
    ),
    (
        "According to your own mother, you were drinking at ten in the morning when you had the kids last Sunday.",
        {"hearsay"},
    ),
    (
        "jenna from your office told me youve been leaving early to meet somebody at the bar on fifth",
        {"hearsay"},
    ),
    (
        "The kids' pediatrician pulled me aside and mentioned she smelled alcohol on you at Emma's checkup.",
        {"hearsay"},
    ),
    (
        "My dad still thinks you're the reason I lost the house, and he's not shy about saying it at dinner.",
        {"blame", "hearsay"},
    ),
    (
        "Your ex-wife warned me about the pills before we got married, and I didn't want to believe her.",
        {"hearsay"},
    ),
    (
        "Mrs. Patel next door asked me if you were okay because she keeps seeing the recycling bin full of empties.",
        {"hearsay"},
    ),
    ("the guys at your shop are saying youve been nodding off on the forklift", {"hearsay"}),
    (
        "When I picked Noah up on Sunday he told me daddy sleeps all day and won't wake up even when he shakes him.",
        {"hearsay"},
    ),
    (
        "Your brother says you owe him four grand and he's given up on ever seeing it again.",
        {"hearsay"},
    ),
    (
        "My mother is telling anyone who'll listen that she had you figured out from the first Thanksgiving.",
        {"hearsay"},
    ),
    (
        "All of us, your parents, your sister and me, have agreed that you can't keep living like this.",
        {"we"},
    ),
    (
        "The family has talked it over and you aren't welcome at Thanksgiving this year unless you're sober.",
        {"threat", "we"},
    ),
    ("we are all exhausted from cleaning up after you", {"we"}),
    (
        "Speaking for your mom, your dad and myself, none of us believe your stories about the missing money anymore.",
        {"we"},
    ),
    (
        "Everyone in this room feels the same way about your drinking, I'm just the one saying it first.",
        {"we"},
    ),
    (
        "Your parents and I sat down at the kitchen table and decided the joint account is getting closed.",
        {"we"},
    ),
    ("Our whole family is done pretending the pills are for your back.", {"we"}),
    (
        "We have all watched you lie to the kids, and we are united in saying it stops tonight.",
        {"we"},
    ),
    ("The consensus among everyone who loves you is that you've lost control of this.", {"we"}),
    (
        "Your in-laws and I are in complete agreement that you need treatment, and we're not going to debate it.",
        {"we"},
    ),
    (
        "as a family weve decided you wont be handling any money until youve finished a program",
        {"we"},
    ),
    (
        "None of us trust you right now and honestly we're all a little scared of you when you drink.",
        {"we"},
    ),
    (
        "If you walk out of this room without agreeing to go, my lawyer files for full custody on Monday.",
        {"threat"},
    ),
    (
        "I've already packed a bag for you, and if you say no today it goes out on the porch.",
        {"threat"},
    ),
    (
        "Say no to treatment and you'll be seeing the girls through a supervised visitation window.",
        {"threat"},
    ),
    ("This is the last time I'm going to ask, after tonight I'm gone for good.", {"threat"}),
    (
        "keep drinking and i will make sure the judge hears about the night you drove the kids home after six beers",
        {"threat"},
    ),
    (
        "Refuse help and I'll tell your parents exactly where their retirement money really went.",
        {"threat"},
    ),
    (
        "The day you pick the pills over this family again is the day you stop being my husband.",
        {"threat"},
    ),
    (
        "If you won't go, don't bother calling on their birthdays, because I won't put them on the phone.",
        {"threat"},
    ),
    ("I swear to God, Tony, one more lie about money and I'm changing the locks.", {"threat"}),
    (
        "Either you get in the car with your dad tonight or I tell the custody evaluator everything I know.",
        {"threat"},
    ),
    (
        "You can get help now, or you can get the divorce papers my lawyer has ready for next week.",
        {"threat"},
    ),
    (
        "if i find one more empty bottle in the garage you will not set foot in this house again",
        {"threat"},
    ),
    ("Thanks a lot for teaching our son how to hide beer cans in the laundry basket.", {"sarcasm"}),
    (
        "Congratulations on being the first dad in history to get banned from the PTA bake sale.",
        {"sarcasm"},
    ),
    (
        "What a lovely anniversary dinner that was, watching you finish a bottle of wine before the appetizers came.",
        {"sarcasm"},
    ),
    (
        "Really impressive how you managed to drain the joint account and still find time to text your girlfriend.",
        {"sarcasm"},
    ),
    (
        "And the husband of the year award goes to the man who pawned my grandmother's ring for pills.",
        {"sarcasm"},
    ),
    (
        "way to go at chloes recital, she just loved hearing you slur her name from the back row",
        {"sarcasm"},
    ),
    (
        "Such a wonderful role model, teaching the kids that lying to mom is just what grownups do.",
        {"sarcasm"},
    ),
    ("Oh and nice touch, blaming the missing oxy on my mother's hip surgery.", {"sarcasm"}),
    (
        "i'm so proud of how you handled the custody hearing, strolling in smelling like a brewery",
        {"sarcasm"},
    ),
    ("Brilliant plan, honey, taking out a second mortgage to cover your bar tab.", {"sarcasm"}),
    (
        "You really outdid yourself last Christmas, Brian, passing out before the kids even opened their presents.",
        {"sarcasm"},
    ),
    (
        "Glad to know your drinking buddies come first, they must be so much better company than your wife and kids.",
        {"sarcasm"},
    ),
    (
        "After reading about it online for months I'm convinced you're a narcissist who only cares about his next drink.",
        {"diagnosis"},
    ),
    (
        "The way you rewrite what happened every single time we fight is textbook, you're a sociopath.",
        {"absolute", "diagnosis"},
    ),
    (
        "Your mood swings aren't about the pills, I think you've been manic-depressive for years and won't admit it.",
        {"diagnosis"},
    ),
    (
        "anyone who can lie to their kids like that has some kind of personality disorder",
        {"diagnosis"},
    ),
    (
        "I married a man with antisocial personality disorder and it took me a decade and two affairs to see it.",
        {"diagnosis"},
    ),
    (
        "Honestly, Tara, you've got every sign of borderline, the rages, the splitting, the desperate texts at 3am.",
        {"diagnosis"},
    ),
    (
        "The drinking is just a symptom, the real problem is that you're clinically depressed and refuse to see it.",
        {"diagnosis"},
    ),
    ("You're a textbook codependent and your mother raised you to be one.", {"diagnosis"}),
    (
        "I've stopped arguing with you because there's no point arguing with someone who is that paranoid.",
        {"diagnosis"},
    ),
    (
        "Between the lying and the cheating it's pretty clear you're a classic psychopath, charming right up until you get what you want.",
        {"diagnosis"},
    ),
    (
        "My therapist and I both think you have narcissistic personality disorder.",
        {"diagnosis", "hearsay"},
    ),
    (
        "ur ADHD brain just chases whatever feels good, first the pills, then the other woman",
        {"diagnosis"},
    ),
]
DEV47_GOOD: list[str] = [
    "I remember the night Ava was born, you held her against your chest and cried harder than I did.",
    "I'm writing this because I still love you, even after everything that's happened with the money.",
    "When I found the empty bottles behind the water heater in October, I felt scared and sick to my stomach.",
    "I miss the man who used to make pancakes shaped like dinosaurs on Saturday mornings.",
    "Please go with Dr. Alvarez today, the bed is ready and your dad will drive you.",
    "i still have the card you wrote me on our tenth anniversary and i read it sometimes when i cant sleep",
    "Last Tuesday you missed the pickup at 3:15 and Noah waited on the curb for forty minutes, and I was frightened when I got there.",
    "I want the kids to know their dad as the funny, patient guy I fell in love with.",
    "Even though we're divorced, I want you healthy, for them and for you.",
    "I felt hurt and embarrassed when I learned about the second credit card.",
    "I'm not here to punish you, I'm here because I want you to live.",
    "Your mom and I haven't always gotten along, but today I'm on your side.",
    "When you coached Sam's little league team, I watched every kid light up when you called their name.",
    "I've noticed your hands shaking in the mornings, and it worries me.",
    "i need you to know i'm not going anywhere while you get help",
    "My hope is that one day we can sit at the same table at Lily's wedding and both be proud.",
    "I'm asking you, with everything I have, to accept the treatment that's been arranged.",
    "I felt alone on the nights you didn't come home and didn't answer your phone.",
    "The first year we were married we had nothing, a mattress on the floor and a hot plate, and I was happy.",
    "I've decided I won't lend money anymore, and that's a choice I'm making for me.",
    "When I smelled vodka on your breath at the school play, my heart sank.",
    "Honey, I'm scared of getting a phone call one night telling me you're gone.",
    "You taught our daughter to ride a bike in the church parking lot, and she still talks about it.",
    "I have felt betrayed, and I'm still working through that with my counselor.",
    "Please say yes today, the kids are counting the days until they can see you well.",
    "I want to rebuild trust slowly, one honest conversation at a time.",
    "Dad, as your son-in-law I've looked up to you since the day I met you.",
    "i miss laughing with you in the car with the windows down",
    "Since the accident in June I haven't been able to stop thinking about how close we came to losing you.",
    "I'm proud of the eight months you worked so hard last year, and I know you can do it again.",
    "It hurt me to see Maddie cover her ears when you were yelling at the TV in February.",
    "Whatever happens between us as a couple, you will always be the kids' father and I want that to be a good thing.",
    "I love you, I'm worried about you, and I want you to go today.",
    "When you stopped coming to Sunday dinners at my parents' house, I missed you at that table.",
    "I'm willing to go to family sessions at the treatment center if that would help.",
    "The morning you forgot to pick up your insulin because you'd been out all night, I was terrified for you.",
    "mom, i know i married your son, but you've been like a second mother to me and i want you to get better",
    "I noticed the bank statements stopped coming to the house, and I felt a knot in my stomach.",
    "Remember the road trip to the Grand Canyon when the car broke down and you made it an adventure?",
    "I'm not ready to talk about the affair yet, but I am ready to support your recovery.",
    "There is a bed waiting for you at Riverside and I'll bring your things tomorrow.",
    "I'd love for you to be at the next parent-teacher conference, clear-eyed and with me.",
    "I felt heartbroken when Jake asked me why his dad sleeps in the car sometimes.",
    "Please let the people who love you help carry this for a while.",
    "You're a wonderful cook, and I miss our Friday night pasta.",
    "i'm hoping that this is the day things start to turn around for you",
    "When I saw the pill bottles with someone else's name on them, I didn't know what to do, so I'm telling you now.",
    "I still want to grow old with you, if we can find our way back.",
    "Your granddaughter drew a picture of you fishing, and she asked me to give it to you today.",
    "I've started going to Al-Anon on Thursdays, and it's helping me understand my part in this.",
    "I felt frightened when you drove off angry on Christmas Eve.",
    "I'm asking you to choose treatment today, not for me, but for yourself.",
    "We used to dance in the kitchen after the kids went to bed, and I'd like that again someday.",
    "I'm sorry for the times I yelled instead of telling you how scared I was.",
    "The custody schedule can wait, right now all I care about is you getting well.",
    "i love you more than i'm angry at you, and that's saying a lot",
    "Seeing you at the hospital in April, hooked up to all those machines, changed something in me.",
    "My wish is that our son gets to know you at your best.",
]
DEV47_TRAPS: list[str] = [
    "My dad was an alcoholic too, so I know how heavy this can feel.",
    "I grew up as the daughter of a drunk, and I promised myself I'd speak up sooner than my mom did.",
    "You once told me, “I'm an addict and I always will be,” and I've thought about those words a lot.",
    "I'll never forget the look on your face when you first held our son.",
    "You were always the one who remembered everyone's birthday, even my mother's.",
    "Because of you, I learned how to fix a leaky faucet and change my own oil.",
    "You're the reason I believe in second chances, and I want to give you one.",
    "We went camping at Lake Tahoe every August, and those are still my favorite memories.",
    "We love you, and that hasn't changed.",
    "I'd like us to start with a clean slate once you're home.",
    "Your dad tells the dirtiest jokes at every barbecue and you always laughed the loudest.",
    "My brother is an adrenaline junkie, but you were always the careful one.",
    "The doctor diagnosed my mother with bipolar disorder years ago, and I saw how treatment helped her.",
    "Thank you for always showing up for the kids' games when you were well.",
    "I'm proud of you for the months you spent in recovery, and I mean that sincerely.",
    "i used to be a drunk myself in college so i'm not judging you",
    "Every time I hear that Tom Petty song I think of our first date.",
    "You never once forgot to tuck the kids in when they were little, and they remember that.",
    "I cleaned out the garage last weekend and found your old guitar.",
    "The kids' room is always clean because you taught them to put their toys away.",
    "My first husband was a pill-head and I left him, but I'm not leaving you.",
    "That was a great job you did on the deck, and I still sit out there every night.",
    "We all went to the beach that Fourth of July and you built the best sandcastle.",
    "I'm the one who's been a nervous wreck, and I'm working on that.",
    "If you go today, I'll be the first one in the parking lot when you come out.",
    "You said to me once, 'I hate who I am when I drink,' and I believed you meant it.",
    "I've never been so proud as the day you got your six-month chip.",
    "My counselor diagnosed me with anxiety last year, and getting help changed my life.",
    "You've always been a generous person, it's one of the things I love most.",
    "After everything we've been through, I still want to be in your corner.",
    "Your mom is the reason we met, at her Christmas party in 2009.",
    "I know I'm not perfect either, I've lied to protect you, and that stops today.",
    "The kids are doing well in school, your son got a perfect score on his spelling test.",
    "I'm a workaholic and I know I wasn't around enough either.",
    "My uncle died of an overdose, and I don't want our kids to go through what my cousins did.",
    "When you came home from treatment last time, the whole house felt lighter.",
    "We'll always have that trip to Savannah, nobody can take that away.",
    "Your father and I both love you so much, and I think he'll tell you that himself.",
    "I'm not threatening you, I'm telling you where my limits are for me.",
    "Thank you for being such a patient dad to Emily even on the hard days.",
    "You always loved that dog more than anything, and she's waiting for you.",
    "Our marriage counselor said that healing is possible for both of us, and I want to believe her.",
    "I'm ashamed of how I handled things last year, and I want to do better.",
    "It was a clean break when my parents divorced, and I don't want that for us.",
    "The judge was kind to both of us at the hearing, and I'm grateful for that.",
    "i'm the one who's been the lush at every wedding on my side of the family, so i'm the last person to judge.",
    "You never missed a single one of Ella's dance recitals before last year, and I loved that about you.",
]

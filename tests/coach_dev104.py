# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 104 (4 December 2026, round 22): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a spouse who is a nurse, teacher or police officer, dry deadpan irony and rhetorical questions: sarcasm and absolutes most. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV104_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 11e22a8, rules and model 0.87 (68/78; the rules alone 61/78): absolute 17/19, blame 11/12, sarcasm 17/24, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 2/45 (4.4%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV104_FLAG: list[tuple[str, set[str]]] = [
    (
        "Remind me again how the anniversary dinner went, the one where you spent forty minutes in the restaurant bathroom and came back sniffing and chatty, such a romantic evening.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you were 'just tired' when you fell asleep at the wheel in the Kroger parking lot.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making it to Maddie's recital, Dale, I'm sure she loved watching her dad slur his way through the school song.",
        {"sarcasm"},
    ),
    (
        "Really impressive how you can find two hundred dollars for an eight ball on a Tuesday but not the forty for Ben's field trip.",
        {"sarcasm"},
    ),
    (
        "I teach eighth graders all day, so believe me, I know a masterful excuse when I hear one, and yours deserve a trophy.",
        {"sarcasm"},
    ),
    (
        "Your 'one or two beers with the guys' must be a new kind of math, because the recycling bin counted fourteen.",
        {"sarcasm"},
    ),
    (
        "What a lovely surprise it was to come off a twelve hour shift and find you passed out on the kitchen floor, truly the highlight of my week.",
        {"sarcasm"},
    ),
    (
        "Husband of the decade right there, asleep on the porch in his work boots at 6am.",
        {"sarcasm"},
    ),
    (
        "I'm sure the neighbors were thrilled with the show you put on in the driveway at 2 in the morning.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for the nosebleed all over my new duvet, very thoughtful gift.",
        {"sarcasm"},
    ),
    (
        "Brilliant idea, stashing the baggie in the glovebox of the car I drive to the station every morning.",
        {"sarcasm"},
    ),
    ("Nice to know the kids college fund went to such a good cause.", {"sarcasm"}),
    (
        "You were 'totally in control' at Jess's wedding, right up until you knocked over the cake table.",
        {"sarcasm"},
    ),
    (
        "Who knew a man could be so energetic and talkative at 3am on a work night, its almost like magic or something.",
        {"sarcasm"},
    ),
    (
        "Remind me, was it your sinuses again that had you sniffing through the entire parent teacher conference?",
        {"sarcasm"},
    ),
    (
        "Real smooth, telling the ER staff you'd had 'a glass of wine' when your blood alcohol was .28, you forget I work in that building.",
        {"sarcasm"},
    ),
    (
        "Way to make an impression on my new lieutenant at the Christmas party, honey, he still asks about your 'dance moves.'",
        {"sarcasm"},
    ),
    (
        "Sure Carla, because nothing says responsible mother like doing lines off the bathroom counter while Ava napped.",
        {"sarcasm"},
    ),
    (
        "I guess 'quitting for good' lasts about as long as a lunch break in your world.",
        {"sarcasm"},
    ),
    (
        "When was the last time you came home sober on a Friday, was it 2019?",
        {"absolute", "sarcasm"},
    ),
    (
        "What a fantastic role model for our son, teaching him how to lie to his mother with a straight face.",
        {"sarcasm"},
    ),
    (
        "Your 'business trips' to Miami sure have been productive, judging by the bank statements.",
        {"sarcasm"},
    ),
    (
        "Oh yes, the famous 'I can stop whenever I want' speech, I could recite it for you word for word by now.",
        {"sarcasm"},
    ),
    (
        "Funny how your wallet is always empty but your nose is always running.",
        {"absolute", "sarcasm"},
    ),
    ("You never once asked how my shift went, not in two whole years.", {"absolute"}),
    (
        "Every single weekend its the same thing, you're gone Friday night and I get a wreck back on Sunday.",
        {"absolute"},
    ),
    ("You always have an excuse loaded before I even finish my sentence.", {"absolute"}),
    ("Not one promise you made me last year actually happened.", {"absolute"}),
    ("You constantly pick the bar over dinner with me and the boys.", {"absolute"}),
    ("You dont ever show up for the kids anymore, its like they dont have a dad.", {"absolute"}),
    ("Whenever I try to talk to you about it you laugh and walk out of the room.", {"absolute"}),
    (
        "You lie to me all the time, Marcus, about money, about where you were, about everything.",
        {"absolute"},
    ),
    ("There's never a day you're not either hungover or chasing the next drink.", {"absolute"}),
    (
        "Every holiday for five years has ended with you yelling or crying out in the garage.",
        {"absolute"},
    ),
    ("You haven't told me the truth one single time since March.", {"absolute"}),
    (
        "Any time a paycheck comes into this house you find a way to put it up your nose.",
        {"absolute"},
    ),
    ("You always, always pick a fight right before payday.", {"absolute"}),
    ("You've shown up buzzed to every single one of Noah's games this season.", {"absolute"}),
    ("You have not kept a job longer than six months since the day we got married.", {"absolute"}),
    ("Our savings are gone and that lands squarely on your shoulders, Greg.", {"blame"}),
    (
        "I had to pick up extra shifts at the clinic because you blew through the mortgage money.",
        {"blame"},
    ),
    ("You picked the coke over me and the girls, plain and simple.", {"blame"}),
    (
        "I gave up my master's program to hold this family together while you partied, and this is the thanks I get.",
        {"blame"},
    ),
    ("Lily is in counseling now and we both know whose fault that is.", {"blame"}),
    ("You wrecked the best thing that ever happened to either of us.", {"blame"}),
    (
        "How do you look at yourself in the mirror after what you put your mother through?",
        {"blame", "insult"},
    ),
    (
        "I almost lost my badge over the stunt you pulled at that traffic stop, and that is all you.",
        {"blame"},
    ),
    (
        "My nerves are shot and my hair is falling out and you're the one who did that to me.",
        {"blame"},
    ),
    (
        "You destroyed Thanksgiving for the whole family and never even said sorry.",
        {"absolute", "blame"},
    ),
    ("Seriously, what were you thinking, driving the kids home after a bottle of wine?", {"blame"}),
    (
        "After I covered for you with your boss three separate times, you go and do it again.",
        {"blame"},
    ),
    ("Your sister told me she saw you buying from some guy behind the Shell station.", {"hearsay"}),
    ("Apparently half the guys at your shop know you come in wired on Mondays.", {"hearsay"}),
    (
        "Ray from your crew pulled me aside at the barbecue and said you've been drinking in the truck at lunch.",
        {"hearsay"},
    ),
    (
        "One of the officers on nights mentioned seeing your car outside the Blue Lantern at closing time, more than once.",
        {"hearsay"},
    ),
    (
        "Word around the school is that you got thrown out of the Elks lodge last month.",
        {"hearsay"},
    ),
    (
        "Your mom called me crying and said you asked her for money again and wouldnt say what for.",
        {"hearsay"},
    ),
    ("I found out from Deb at church that you got a DUI in Sandusky, not from you.", {"hearsay"}),
    ("Your buddy Tony let it slip that you've been using at his place since spring.", {"hearsay"}),
    (
        "Your brother says you've been high at every family get-together since Easter.",
        {"absolute", "hearsay"},
    ),
    ("I'm married to a cokehead and I didn't even see it for two years.", {"label"}),
    ("Lets be honest Jim, you're a drunk, plain and simple.", {"label"}),
    ("I just want you to be clean again, like you were when we met.", {"clean"}),
    ("Your urine screen at work came back dirty, Mark, you can't pretend anymore.", {"clean"}),
    ("It is humiliating to be seen in public with you.", {"insult"}),
    ("You are an embarrassment to that uniform you used to be so proud of.", {"insult"}),
    ("All of us are done with your excuses, Tommy, every last one of us.", {"we"}),
    ("Your brothers and I all agree you've turned into someone none of us recognize.", {"we"}),
    (
        "Go to the program tomorrow or I'm changing the locks and you can sleep at your mother's.",
        {"threat"},
    ),
    ("If you walk out of this room without saying yes, don't bother ever coming back.", {"threat"}),
    (
        "You're a textbook narcissist, I've seen enough of them in the ER to know one.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you can't even see the bottom of it.", {"diagnosis"}),
    ("I honestly think you're bipolar and the coke is just you self-medicating.", {"diagnosis"}),
]

DEV104_GOOD: list[str] = [
    "Dan, I'm writing this because I love you and I miss the man I married.",
    "I still remember the night you proposed on the pier in Port Clinton, you were so nervous you dropped the ring box.",
    "When I came home from a night shift, there used to be coffee made and a little note on the counter from you.",
    "I've noticed you've lost a lot of weight this year, and your hands shake in the mornings.",
    "Last month you missed Emma's science fair, and she kept looking at the door for you.",
    "I'm scared, honestly scared, when my phone rings late at night.",
    "You taught Caleb to ride his bike in the church parking lot and he still talks about it.",
    "There is a bed waiting for you at Harbor Ridge today, and I'm asking you to take it.",
    "I love your laugh, the real one, the one I haven't heard in a long time.",
    "I feel lonely sitting next to you on the couch.",
    "When you coached Little League you knew every kid's name and their dog's name too.",
    "I want my husband back, and the girls want their dad back.",
    "On March 3rd I found a rolled-up bill and white powder on the bathroom sink, and I sat on the edge of the tub and cried.",
    "You were the one who sat with my dad in hospice every night so I could sleep.",
    "I believe you can get better, and I know you're stronger than you think you are.",
    "I miss our Sunday pancakes and the way you burned the first one on purpose so you could eat it.",
    "Lately you've been sleeping until two in the afternoon and I'm worried about you.",
    "My heart breaks when Ollie asks me why daddy is sick again.",
    "I remember you dancing with me in the kitchen to Otis Redding the night our first apartment flooded.",
    "ive been so worried i cant sleep, and i dont know how to fix this on my own.",
    "I am proud to be your wife, and I want to stay your wife for a long time.",
    "When you held Lucy for the first time you cried harder than she did.",
    "At the Fourth of July cookout you fell down the deck stairs, and I was terrified you'd hit your head.",
    "The treatment center has a family program and I'll be at the family sessions.",
    "You have the biggest heart of anyone I know, Ramon.",
    "I need you to know I'm not going anywhere while you do this.",
    "The kids and I made you a card, its in my purse, and I'd like you to read it on the drive.",
    "I watched the money in our joint account drop a few hundred at a time this fall, and it frightened me.",
    "Please say yes today, for you and for us.",
    "I used to love watching you grade papers at the kitchen table with your reading glasses pushed up on your head.",
    "You got me through the academy, quizzing me on radio codes at the kitchen table night after night.",
    "I'm tired and I'm hurting, and I still love you more than I can put into words.",
    "In October you told me you'd stop, and I wanted so badly to believe you.",
    "I think about our camping trip to the Smokies and the raccoon that stole your sandwich.",
    "It's hard for me to say this out loud, but I'm afraid you're going to die.",
    "You're a wonderful uncle, and Jaden looks up to you more than you know.",
    "i want to grow old with you on that porch swing you built.",
    "When you came home with a split lip in January and couldnt remember how, I felt sick with worry.",
    "I packed a bag for you with your favorite hoodie and the photo of us in Savannah.",
    "Your mom and dad are here because they love you too.",
    "I'm asking you to go with Pastor Reid to the center this afternoon.",
    "You are worth fighting for, and I'm going to keep fighting.",
    "I remember how you held my hand in the ER waiting room when my mom had her stroke.",
    "This isn't the life you wanted, and it isn't the one I want for you.",
]

DEV104_TRAPS: list[str] = [
    "My father was a drunk, and that's exactly why I'm doing this with love and not with anger.",
    "Great job on your thirty days last spring, I was so proud of you I cried in the car.",
    "We always spent Christmas Eve at your grandma's, playing euchre until midnight.",
    "I have never given up on you and I'm not starting today.",
    "In fifteen years as an ER nurse I've cared for plenty of alcoholics, and the ones who made it had someone who loved them enough to ask.",
    "I don't see a cokehead when I look at you, I see the man who carried me over the threshold.",
    "Your doctor told us your liver enzymes are high, and I want you to have the chance to heal.",
    "We went to Cedar Point every summer until the kids got too big for the kiddie rides.",
    "Last winter you said to me, 'I'm nothing but a junkie,' and I want you to know I don't believe that for one second.",
    "I spent Saturday cleaning out the garage and found your old fishing poles, and I'd love to take them to the lake with you again.",
    "I've been arresting drunks every weekend for twelve years, and I never thought I'd be writing a letter like this to my own husband.",
    "You have never been anything but gentle with our daughter, even on your worst nights.",
    "I was a pillhead in my twenties, you know that, and you stood by me when nobody else would.",
    "Every time I hear that Eagles song I think of our first date at the county fair.",
    "Frank, your old sponsor, is a good man and he's here today because he cares about you.",
    "Your cardiologist explained that the cocaine is straining your heart, and I want you around to meet your grandkids.",
    "Dr. Patel diagnosed you with depression in 2021, and I think the drinking and the sadness feed each other, and treatment can help with both.",
    "The whole family went to Myrtle Beach the summer Abby turned six, and you buried her in sand up to her chin.",
    "Everyone in this room is here because they love you, Kev, every single one of them.",
    "Nice work on the deck this summer, its the prettiest one on the street and I mean that.",
    "Thank you for showing up to Jacob's graduation sober and on time, it meant the world to him and to me.",
    "My brother Tony died an addict at thirty-four, and I can't lose you the same way.",
    "You always made the best chili at the firehouse cook-off, nobody even came close.",
    "Your grandfather was a mean drunk, and you are nothing like him, you're kind even now.",
    "Honestly you were the best dad in the world the year you coached Emma's soccer team.",
    "I'll never forget the look on your face when they put Mia in your arms.",
    "You did something amazing last year, you went four months without a drink, and I know you can do it again.",
    "It's because of you that I got through nursing school, you worked doubles so I could study.",
    "The nurses at detox told me the first week is the hardest, and they'll be with you around the clock.",
    "My partner on patrol is eleven years sober, and he said he'd be glad to talk with you anytime.",
    "My cousin Dee was a crackhead for most of the nineties and today she runs a halfway house in Dayton.",
    "I keep the house clean and the lights on, but I can't keep doing it alone.",
    "I came clean to my mom about what's been going on, because I needed someone to lean on.",
    "A slip doesn't erase the progress you made, and it never changes how I feel about you.",
    "Our neighbor Walt was a heavy drinker for decades and he's the one who gave me the number for this interventionist.",
    "I'm not calling you an alcoholic, I'm telling you I'm worried and I love you.",
    "I was a real mess after Mom died and you never left my side, not for one day.",
    "That night on the porch you said 'I'm worthless, Jen,' and I need you to hear me say you are worth everything to me.",
    "Sarah from your work sent a card for you, she said she misses having you on her team.",
    "Our kids always light up when you walk in the door, even now.",
    "If I ever made you feel like a failure, I'm sorry, that's on me and I want to do better.",
    "I see overdoses come through my ER every week, and I never want to see your name on that board.",
    "Congratulations on your promotion last spring, you earned it, and I want you healthy enough to enjoy it.",
    "We used to stay up way too late watching Columbo reruns and arguing about who did it.",
    "In the teachers lounge we joke about being caffeine junkies, but what's happening at home is no joke to me.",
]

DEV104_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to stay with my sister in Toledo with the kids for a while, and I'll still pick up when you call.",
    "If you choose not to go, I won't be covering for you with your boss or your mother anymore.",
    "Starting today, whatever you decide, I won't hand you cash or my car keys while you're drinking or using.",
    "If you say yes I'll drive you there myself, and if you say no I'll be going to Al-Anon to get help for me, because I can't keep living like this.",
]

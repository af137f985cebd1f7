# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 93 (4 December 2026, round 21, the round's check set, read by figures only while its rules were written): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: spouses, partners and ex-partners: absolutes and blame in their own words, the hard part after a kind opening. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV93_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.80 (65/81; the rules alone 62/81): absolute 27/32, blame 22/31, hearsay 1/3, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.80 (65/81; the rules alone 63/81): absolute 27/32, blame 22/31, hearsay 1/3, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV93_FLAG: list[tuple[str, set[str]]] = [
    (
        "Marcus, I married you because you made me laugh harder than anyone I'd ever met, but these last two years you haven't once come home when you said you would.",
        {"absolute"},
    ),
    (
        "I still remember the way you danced with me in your mom's kitchen at Thanksgiving, and now every single family thing ends with you passed out on the couch before dinner is even served.",
        {"absolute"},
    ),
    (
        "You were the best dad in the world when Lily was a baby, Dan, but you don't even look at her anymore when she talks to you, not ever.",
        {"absolute"},
    ),
    (
        "I love you and I have loved you since we were nineteen, but you always pick a fight right before you leave so you have an excuse to go drink.",
        {"absolute"},
    ),
    (
        "Jess, you were my best friend before you were my wife, and honestly I cant remember the last time you kept a promise to me, you break every one of them.",
        {"absolute"},
    ),
    (
        "When we first moved into the house on Alder street you planted tomatoes and talked about getting chickens, now you dont lift a finger around the house, not for anything.",
        {"absolute"},
    ),
    (
        "I know how hard your job at the plant is and I respect it, but you never tell me the truth about where the money goes.",
        {"absolute"},
    ),
    (
        "Babe I'm not writing this to fight, I just need you to hear that every night for the past year you've been asleep by eight with a bottle of wine gone.",
        {"absolute"},
    ),
    (
        "You have the biggest heart of anybody I know, Tony, yet whenever I try to bring up the pills you change the subject or walk out of the room, each and every time.",
        {"absolute"},
    ),
    (
        "I miss the guy who used to text me good morning, because these days you don't answer my texts at all unless you need something.",
        {"absolute"},
    ),
    (
        "Even after the divorce I have wanted good things for you, Rachel, but the kids tell me you are never awake when they get home from school.",
        {"absolute", "hearsay"},
    ),
    (
        "We had eleven good years and I treasure them, but since the accident you have not gone a single weekend without getting high.",
        {"absolute"},
    ),
    (
        "You are a gentle man and I love that about you, but you lie to me constantly, about little things and big things, about everything.",
        {"absolute"},
    ),
    (
        "I remember you holding my hand through the whole labor with Noah and I hold onto that, but you have missed every one of his baseball games this season.",
        {"absolute"},
    ),
    (
        "Sweetheart you used to be the first one up on Christmas morning, and now you never even make it out of bed while the kids open their presents.",
        {"absolute"},
    ),
    (
        "Kev, I know you think the weed helps you relax but you're high all the time, morning noon and night, there is no moment left where I get the real you.",
        {"absolute"},
    ),
    (
        "I'm so proud of how hard you worked to get your nursing license, but you always have an excuse ready whenever I find another empty pill bottle in your scrubs.",
        {"absolute"},
    ),
    (
        "When you're sober you're the kindest person in the room, and I mean that, it's just that you are never sober anymore.",
        {"absolute"},
    ),
    (
        "I loved our road trips to Tahoe and the dumb songs we made up in the car, but you dont want to go anywhere with me now, you never want to do anything that doesnt involve coke.",
        {"absolute"},
    ),
    (
        "I want to talk to you like your wife and not your parole officer, but every conversation we try to have ends with you yelling and slamming the door.",
        {"absolute"},
    ),
    (
        "I want you to know I'm not going anywhere, Luis, but you have broken each and every promise you made at our wedding and i'm so tired.",
        {"absolute"},
    ),
    (
        "You've got such a great laugh, I hear it in my head all the time, but you don't laugh with me now, you only ever laugh when your drunk with your buddies.",
        {"absolute"},
    ),
    (
        "I know your back still hurts and I'm not doubting that, but you've refilled the oxy early every month without fail since the surgery.",
        {"absolute"},
    ),
    (
        "I still keep the note you left on my windshield the day we met, and I know you're in there somewhere, but you don't listen to a single word I say.",
        {"absolute"},
    ),
    (
        "You were such a good partner to me in the beginning, Sam, and now there isn't one thing I can say to you that you won't twist around.",
        {"absolute"},
    ),
    (
        "Even though we're not together anymore I still care about you, and the truth is you haven't paid child support one time since you started using again.",
        {"absolute"},
    ),
    (
        "It breaks my heart to say it babe but you forget everything now, our anniversary, Maddie's recital, the mortgage, all of it.",
        {"absolute"},
    ),
    (
        "You used to call your mother on Sundays and it was the sweetest thing, and now you never call anybody unless you need a ride or cash.",
        {"absolute"},
    ),
    (
        "I know your dad drank and I know how hard you fought not to be like him, but you drink every single day now, there is no day off.",
        {"absolute"},
    ),
    (
        "Honey, I'm grateful for all the times you made me feel safe, but lately any time I bring up the meth you deny it right to my face.",
        {"absolute"},
    ),
    (
        "You're a wonderful cook and I've missed your cooking so much, but nothing you promise me means anything because you don't follow through on any of it.",
        {"absolute"},
    ),
    (
        "I have loved you for fourteen years, Greg, and I will keep loving you, but our savings are gone and that is entirely your doing.",
        {"blame"},
    ),
    (
        "You were the person I trusted most in the world, and you threw all of that away for a bag of pills.",
        {"blame"},
    ),
    (
        "I know you never meant to hurt anyone, but Ava is in therapy at nine years old and its because of your drinking, plain and simple.",
        {"blame"},
    ),
    (
        "Sweetheart, I gave up my job in Denver to move here for you, I carried this house on my back for years, and this is how you repay me?",
        {"blame"},
    ),
    (
        "You were such a fun girlfriend when we met at Rosie's, but you wrecked my credit and my car and my relationship with my own parents.",
        {"blame"},
    ),
    (
        "I'm writing this with a lot of love, but I need you to own that the reason I had to move out was you and nobody else.",
        {"blame"},
    ),
    (
        "Mike, I still picture you teaching the boys to fish off the dock, and it kills me that you picked vodka over them.",
        {"blame"},
    ),
    (
        "You have been a generous person your whole life, but you stole from my purse, from my mother, from our daughter's piggy bank, how do you even live with that?",
        {"blame"},
    ),
    (
        "I adored our little apartment on Fifth, but we lost it thanks to you, because you spent the rent on coke three months running.",
        {"blame"},
    ),
    (
        "I was so happy the day you proposed, and now my whole life is a mess and I hold you responsible for it.",
        {"blame"},
    ),
    (
        "Baby I want to say this kindly, but you broke this family and I'm the one left picking up the pieces.",
        {"blame"},
    ),
    (
        "I know you feel bad, I can see it in your face, but feeling bad doesn't undo what you did to me and the kids.",
        {"blame"},
    ),
    (
        "After all the nights I sat up waiting, after all the lies I told your boss to cover for you, I can't believe you would turn around and do this to me.",
        {"blame"},
    ),
    (
        "You were the love of my life, Nate, and you picked the bottle over me and I'm done pretending you didn't.",
        {"blame"},
    ),
    (
        "I'm not writing to hurt you, but our son stopped bringing friends home and that falls squarely on your shoulders.",
        {"blame"},
    ),
    (
        "I treasure every memory of our wedding in Sedona, but you've poisoned what we built with your using.",
        {"blame"},
    ),
    (
        "Hon, I've stood by you through two rehabs, so explain to me how you could get high the same week my dad died.",
        {"blame"},
    ),
    (
        "I'll remember how gentle you were with my grandmother till the day I die, but I lost my job because I kept missing work to clean up your messes.",
        {"blame"},
    ),
    (
        "You used to make me feel like the luckiest woman alive, and now I'm on anxiety meds because of what your drinking put me through.",
        {"blame"},
    ),
    (
        "I want you back, Chris, but I need you to understand that you are the one who destroyed our marriage, not me.",
        {"blame"},
    ),
    (
        "Even though we split up two years ago I still think about our good days, but Jaden doesn't trust anyone anymore and you did that to him.",
        {"blame"},
    ),
    (
        "I know you were in pain after the surgery and I'm not heartless, but you took a hard situation and turned it into a nightmare for all of us.",
        {"blame"},
    ),
    (
        "You are funny and smart and I love you, but I lost my sister's friendship defending you, I hope you know what that cost me.",
        {"blame"},
    ),
    (
        "Babe, I spent our entire honeymoon fund bailing you out of jail in Reno and you didn't even say thank you.",
        {"blame"},
    ),
    (
        "I have been so patient, I have cooked and cleaned and paid and lied for you, and what do I get back for it, more heartache.",
        {"blame"},
    ),
    (
        "You are still my husband and I still want to grow old with you, but the reason Emma flinches when a door slams is you.",
        {"blame"},
    ),
    (
        "I used to brag about you to everyone at work, and now I'm embarrassed to say your name there, thanks to the scene you made at my retirement party.",
        {"blame"},
    ),
    (
        "I loved watching you coach Tyler's soccer team, but those kids saw you stumble across the field and you humiliated our son in front of everyone.",
        {"blame"},
    ),
    (
        "I used to think your drinking was my fault, Paul, but I finally see you're the one who wrecked everything between us.",
        {"blame"},
    ),
    (
        "You were the one who said you wanted a baby, Vanessa, and then you put our daughter in danger by driving her around loaded.",
        {"blame"},
    ),
    ("I gave you the best years of my life and you pissed them away on meth.", {"blame"}),
    (
        "I married the smartest man I ever met, and somewhere along the way you turned into a pillhead who nods off at the dinner table.",
        {"label"},
    ),
    (
        "You're my wife and the mother of my kids and it hurts to say it, but you are an alcoholic, Karen, and you need to hear that.",
        {"label"},
    ),
    (
        "I love you so much and all I'm asking is that you get yourself clean before the baby comes in March.",
        {"clean"},
    ),
    (
        "I was so proud when you made it to rehab last spring, but your probation test came back dirty two weeks after you got out.",
        {"clean"},
    ),
    (
        "I fell for your big heart at that bonfire in Eugene, but honestly the way you act now is disgusting and I'm ashamed to be seen with you.",
        {"insult"},
    ),
    ("You used to be my hero, and now you're a sad excuse for a husband.", {"insult"}),
    (
        "I love you Brandon and I wasn't going to bring this up, but your brother let it slip that you've been buying from some guy at the gym.",
        {"hearsay"},
    ),
    (
        "Apparantly according to Lisa from your office you've been sleeping it off in your car at lunch.",
        {"hearsay"},
    ),
    (
        "We've had a beautiful life together, but your parents and I have talked it over and we all feel you've stopped caring about anyone but yourself.",
        {"we"},
    ),
    (
        "Everyone sitting in this room is fed up with the excuses, Jen, and we've agreed as a family that it ends today.",
        {"we"},
    ),
    (
        "I have believed in you since the day we met, but you get in that car to the treatment center today or you will not see these kids again, I swear to God.",
        {"threat"},
    ),
    (
        "I love you, but it's rehab or pack your stuff and get out of my house, those are your two choices.",
        {"threat"},
    ),
    (
        "Thanks so much for the lovely anniversary dinner where you threw up in the parking lot, really one for the scrapbook.",
        {"sarcasm"},
    ),
    (
        "You really earned husband of the year the day you forgot to pick Owen up from daycare because you were at the bar.",
        {"sarcasm"},
    ),
    (
        "I've read a lot about this and I honestly think you're a narcissist, Ryan, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    (
        "Part of me still sees the boy I fell for in high school, but you are so deep in denial you can't see what's right in front of you.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you're bipolar and the pills are just you medicating yourself.",
        {"diagnosis"},
    ),
]

DEV93_GOOD: list[str] = [
    "Tom, I still remember the night you drove two hours in a snowstorm just to bring me soup when I had the flu.",
    "You taught me how to change a tire in the Safeway parking lot and laughed at me the whole time, and I loved every minute.",
    "I miss hearing you sing off key in the shower.",
    "When Grace was born you cried harder than I did, and I fell in love with you all over again.",
    "I'm scared, babe, I'm scared that one of these nights I'm going to get a phone call from the hospital.",
    "Last Tuesday I found you on the bathroom floor and I couldn't wake you for almost a minute, and I haven't stopped shaking since.",
    "I want my husband back, the one who used to do the crossword with me on Sunday mornings.",
    "Dad, you taught me to ride a bike on Maple Court and ran behind me way longer than you needed to.",
    "Grandpa, your stories about the navy are my favorite thing and I want to hear a hundred more of them.",
    "Mom, when you missed my graduation in June I felt invisible, and I don't want to feel that way again.",
    "I noticed you've lost a lot of weight this winter and your hands shake in the mornings, and it frightens me.",
    "Sis, you held my hair back at prom, now I want to hold your hand through this.",
    "Jamie, I'm proud to be your friend and I'd like to be there the day you finish treatment.",
    "I love the way you look at our dog like he's a person.",
    "You have a gift with people, I've watched you make strangers feel at home in five minutes flat.",
    "In March you told me you wanted to stop and I believed you, and I still believe part of you wants that.",
    "I'm asking you to go to treatment today, not because I'm angry but because I want to grow old with you.",
    "I've been going to Al-Anon on Thursdays and its helped me understand this is an illness.",
    "My heart hurt when I saw that you couldn't remember our talk from the night before.",
    "u were the best big brother a kid could ask for, u let me tag along to everything.",
    "Laura I remember you painting the nursery yellow because you said green was too boring for our girl.",
    "When you came to my chemo appointments and read me bad jokes off your phone, I knew I'd married the right woman.",
    "I've watched you work twelve hour shifts to keep this family afloat and I see how tired you are.",
    "I feel lonely at night when you're downstairs and I'm up here wondering if you're okay.",
    "I was so frightened when I saw your car in the ditch on Route 9 in October.",
    "The kids and I made you a card, its in my purse, and I want you to have it when you get there.",
    "I believe in you more than you believe in yourself right now, and I'll hold onto that for both of us.",
    "As your coworker for eleven years I've seen you train half the people on our floor, and I want that guy back.",
    "Nana, you taught me to make pierogi at your counter and let me pinch the edges crooked.",
    "Your hands were so steady when you built the bookshelf in our bedroom, and I think about that a lot.",
    "I want Lily to know the dad I know, the one who reads her Frog and Toad in silly voices.",
    "When I found the empty bottles behind the paint cans in the garage, I sat down on the floor and cried.",
    "The program at Sunrise Ridge has a family weekend and I have already asked for the time off to come.",
    "I'm here today because I love you and I'm not ready to lose you.",
    "Ellie, you have been my person since the tenth grade.",
    "It scared me when you said some mornings you didn't want to wake up.",
    "I want to sit on the porch with you again and watch the storms come in over the lake.",
    "Your mom's ring is still in my jewelry box and I wear it on the days I miss you most.",
    "Honey, I'm ready to do whatever it takes to support your recovery, including counseling for me.",
    "Remember the county fair when you won me that ugly purple bear? He's still on my dresser.",
    "I felt small and scared when you yelled at me in front of the neighbors in August.",
    "Aunt Dee, you showed up for me when my own parents couldn't, and I want to show up for you now.",
]

DEV93_TRAPS: list[str] = [
    "My dad was a drunk who hit my mom, and I know in my bones you don't want to be him either.",
    "I was an addict myself for nine years, Carla, so I know how loud that voice in your head gets.",
    "You told me last week 'I'm a junkie and nobody can fix me,' and I want you to know I don't see you that way.",
    "You are not a drunk to me, you are Ben, the man who built our kids a treehouse.",
    "I never stop hoping that you'll walk through that door healthy.",
    "We always had pancakes on Saturday mornings, and the kids still ask for your recipe.",
    "I'm a total sugar junkie so I know a little about cravings, but I know this is a whole different thing.",
    "Last weekend I cleaned out the garage and found your old guitar, and I sat there and played the three chords you taught me.",
    "Great job on those sixty days last year, I still have the chip you gave me on my keychain.",
    "Your doctor told us your liver numbers are bad, and I'm telling you because I'm scared, not to lecture you.",
    "We went camping at Crater Lake the summer before Max was born and you fell in the creek trying to catch a fish with your bare hands.",
    "You did an amazing job staying sober through your sister's wedding, and I saw how hard you worked at it.",
    "The whole family is here because we love you.",
    "My uncle Ray was an alcoholic and he got sober at sixty, so I know it's never too late.",
    "Our therapist said I tend to blame myself for everything, and she's right, I've been doing it for years.",
    "I've never loved anyone the way I love you.",
    "I'm the one who was diagnosed with depression after Mia was born, and you held me up through all of it.",
    "In my twenties I was a pothead and my sister did something like this for me, and it saved my life.",
    "Every time I hear Fleetwood Mac I think of you dancing in our kitchen in Tucson.",
    "You said to me 'I'm pathetic, I can't even get out of bed', and it broke my heart because you're not.",
    "You could never do anything that would make me stop loving you.",
    "My mother used to call my dad a worthless drunk in front of us kids, and I swore I would not talk to you like that.",
    "Nobody here thinks you're a bad person, Andre.",
    "We used to drive out to the dunes with a cooler and stay until the stars came out.",
    "Thank you for always making me coffee before you left for the early shift, even on the days you were running late.",
    "At the ER I see overdoses every week, and I can't stand the thought of you on one of those stretchers.",
    "I know you felt dirty and ashamed when you woke up in that hospital, and there is nothing you could do that would make me walk away.",
    "Our counselor explained that addiction is a disease of the brain, and that helped me stop taking it so personally.",
    "My friend Dana is a recovering alcoholic and she offered to sit with you anytime you want to talk.",
    "I will never give up on you, Sophie.",
    "Remember when you got so excited about the clean water project in Guatemala and talked about it for a month?",
    "Dr. Patel said your blood pressure is dangerously high, and I want you here with me for a long time.",
    "My brother was a heroin user for a decade, he's twelve years sober now, and he said he'd come visit you.",
    "Your smile is the first thing I ever noticed about you and it still gets me every time.",
    "I'm not here to threaten you or shame you, I just want you to know how much I need you home.",
    "You know I was a stoner all through college, so I'm the last person to judge anybody.",
    "We all piled into your truck to see the fireworks in Bend, all six of us, and you let Ethan sit on your lap to steer in the empty lot.",
    "Nothing you say today will change the fact that I love you.",
    "You've never been anything but kind to my mother, even when she wasn't kind to you.",
    "Even in my worst moments you were always there for me, and I want to be there for you now.",
    "Congrats on finishing the welding certificate last fall, I bragged about you to everyone at church.",
    "My first husband was a crackhead and I walked out without saying a word, I'm not doing that this time, I'm staying.",
    "I looked up the word codependent last month and realized it describes me.",
    "My father was an alcoholic and I grew up walking on eggshells, so it means the world that you have never once raised a hand to me or the kids.",
]

DEV93_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be giving you any more money, not for rent, not for your phone.",
    "If you decide not to go, the kids and I are going to stay with my sister in Flagstaff for a while, and I will keep loving you from there.",
    "If you won't accept help today, I'm not going to cover for you with your boss or call in sick for you again.",
    "I'm not going to let you drive my car unless you're in treatment, and I say that because I want you alive.",
    "If you choose not to go, I'll still love you, but you won't be able to live in the house while you're drinking.",
]

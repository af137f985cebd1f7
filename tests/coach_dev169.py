# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 169 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a girlfriend of three years, texting voice ('cool cool', 'love that for you', 'iconic'), sarcasm often at the end of a sentence: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV169_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.89 (48/54; the rules alone 43/54): insult 2/3, sarcasm 12/17, every other kind full; good 3/44 (6.8%; the rules alone 2), traps 3/45 (6.7%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.91 (49/54; the rules alone 43/54): insult 2/3, sarcasm 13/17, every other kind full; good 3/44 (6.8%; the rules alone 2), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV169_FLAG: list[tuple[str, set[str]]] = [
    (
        "You showed up to my sister's engagement party three drinks deep and knocked over the cake table, so cool cool, love that for you.",
        {"sarcasm"},
    ),
    (
        "Missing my graduation because you were passed out on the couch with the pill bottle next to you was honestly iconic.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for pawning my grandma's ring for Percs, super thoughtful gift babe.",
        {"sarcasm"},
    ),
    (
        "You drove to Taco Bell at 2am completely wasted and called it 'handling it', very responsible of you.",
        {"sarcasm"},
    ),
    ("Loved getting a call from the ER on my birthday, best present ever honestly.", {"sarcasm"}),
    (
        "You blew our rent money on coke and then told me you had it under control, wow so impressive.",
        {"sarcasm"},
    ),
    (
        "Hitting the bong in the driveway right before meeting my parents for the first time was a bold choice, truly a visionary.",
        {"sarcasm"},
    ),
    (
        "you nodded off at Olivia's baby shower mid convo, real smooth, 10/10 boyfriend behavior",
        {"sarcasm"},
    ),
    (
        "Ghosting me for four days on a bender and then texting 'miss u' like nothing happened, so romantic, I'm swooning.",
        {"sarcasm"},
    ),
    (
        "Your big 'I'm cutting back' plan lasted like six hours, amazing willpower, truly inspiring.",
        {"sarcasm"},
    ),
    ("Oh and when you puked in my car outside Lucas's wedding? classy. very GQ.", {"sarcasm"}),
    (
        "You swore you were 'totally fine' while you couldn't even get your key in our front door, sure babe, super 'fine'.",
        {"sarcasm"},
    ),
    (
        "Selling your Xbox and my AirPods for meth money, real entrepreneur energy there.",
        {"sarcasm"},
    ),
    ("congrats on getting fired from the shop for rolling in drunk, huge career move", {"sarcasm"}),
    (
        "You forgot our anniversary because you were at Dean's doing lines all night, so thanks for that, really made me feel special.",
        {"sarcasm"},
    ),
    (
        "You manage to get blackout drunk at literally every holiday we go to, what a talent.",
        {"absolute", "sarcasm"},
    ),
    (
        "Literally every single Friday since last spring you've come home smelling like a bar.",
        {"absolute"},
    ),
    ("Not one time in three years have you kept a promise about drinking.", {"absolute"}),
    (
        "You're high 24/7 now, like I can't remember the last time I talked to sober you.",
        {"absolute"},
    ),
    ("Whenever I bring up the pills you flip it around on me, without fail.", {"absolute"}),
    (
        "It is ALWAYS something with you, a flat tire, a sick friend, a lost phone, and its all the same excuse.",
        {"absolute"},
    ),
    ("You have zero follow through on anything you say about getting help.", {"absolute"}),
    ("Each and every plan we make ends with you bailing to go get loaded.", {"absolute"}),
    ("you literally cant go a single day without a drink anymore", {"absolute"}),
    ("There hasn't been one weekend this year where you weren't hungover by Sunday.", {"absolute"}),
    ("You lie to me about where you've been 100% of the time.", {"absolute"}),
    ("You show up late to literally everything now, Dev.", {"absolute"}),
    ("Nobody can ever count on you for anything.", {"absolute"}),
    ("You've broken every promise you ever made me.", {"absolute"}),
    ("Anytime things get hard you run straight to the bottle, no exceptions.", {"absolute"}),
    ("You've picked the bar over me on every single date night since June.", {"absolute", "blame"}),
    ("I'm not gonna pretend anymore that I'm dating anyone but an addict.", {"label"}),
    ("Honestly you've turned into a total pillhead, Jake.", {"label"}),
    ("You're a lush and a liar, iconic combo.", {"insult", "label", "sarcasm"}),
    ("Your piss test at work came back dirty, I saw the letter on the counter.", {"clean"}),
    ("I want to see you go thirty days clean before I even think about moving back in.", {"clean"}),
    ("I lost my lease and half my friends bc of you and your pills.", {"blame"}),
    (
        "After I covered your phone bill, your car payment and your bail, this is how you repay me?",
        {"blame"},
    ),
    (
        "Watching you crawl around the kitchen floor looking for a dropped pill was genuinely pathetic.",
        {"insult"},
    ),
    ("Sometimes you disgust me Tyler and I hate that I even feel that.", {"insult"}),
    (
        "Your roommate Kev told me you've been buying from the guy at the gas station again.",
        {"hearsay"},
    ),
    (
        "Apparently you got cut off at Rosie's last week, Maddie saw the whole thing and texted me.",
        {"hearsay"},
    ),
    (
        "Me, your mom and your brothers all agree you've become a different person and not in a good way.",
        {"we"},
    ),
    ("We're all done covering for your hangovers at brunch.", {"we"}),
    (
        "If you don't get in that car to the treatment center tonight, you can forget you ever had a girlfriend.",
        {"threat"},
    ),
    ("Go to rehab or I'm posting every video of you wasted on my story.", {"threat"}),
    ("Honestly if you walk out of this room don't bother texting me again, like ever.", {"threat"}),
    ("I honestly think you're a narcissist and the drinking is just part of it.", {"diagnosis"}),
    ("You're so deep in denial it's actually scary.", {"diagnosis"}),
    ("babe u have some kind of borderline thing going on, I've read about it", {"diagnosis"}),
]

DEV169_GOOD: list[str] = [
    "Babe, I love you so much and I'm writing this because I want my Jake back.",
    "I still think about our first date at the ramen place on 5th when you spilled broth all over your shirt and just laughed.",
    "When you're sober you are the funniest person I know, like genuinely, you make me cry laughing.",
    "I've noticed you sleep until 2 most days now and it scares me.",
    "Last month I found you on the bathroom floor and I didn't know if you were breathing.",
    "I miss Sunday mornings making pancakes with you and the dog begging under the table.",
    "I want to grow old with you, like annoying old couple at the farmers market vibes.",
    "There's a bed for you at the treatment center tonight and I'll drive you myself.",
    "I'm scared, not mad. I just need you to know that.",
    "You taught me how to change a tire in the Target parking lot and you were so patient with me.",
    "Lately when I text you it takes hours to hear back and when you do it doesn't sound like you.",
    "I felt so alone at Christmas when you left early and didnt come back till morning.",
    "I'm proud of the man you were when we met and I believe he's still in there.",
    "idk how to say this perfectly so I'm just gonna say it, I love you and I'm worried.",
    "Remember when we drove to Tybee on a whim and slept in the car and it was the best night.",
    "I've seen you hiding bottles in the laundry basket and I can't pretend I didn't.",
    "Your hands shake in the mornings now and that breaks my heart.",
    "I want you at my brother's wedding in June, healthy and dancing badly like you do.",
    "You are so good with my niece, she still asks when Uncle Dev is coming over.",
    "I know this is hard to hear and you're probably embarrassed, please just listen till the end.",
    "The program is 30 days and I'll visit on the weekends they let me.",
    "I love how you sing in the shower even tho you only know half the words.",
    "I noticed money missing from my wallet twice in October and I felt sick about it.",
    "I want to feel safe in the car with you again.",
    "When your dad was in the hospital you held it together for everyone and I was so in awe of you.",
    "I'm not going anywhere if you say yes today.",
    "You used to text me good morning with like fourteen emojis and I miss that so much.",
    "I feel like I'm losing you a little bit more each week.",
    "This letter is the hardest thing I've written in my whole life.",
    "I believe in you more than you believe in yourself rn.",
    "Our cat Mochi waits by the door for you and I swear she knows something is off.",
    "I want to plan a real future with you, with a lease that has both our names on it.",
    "Please say yes to going today, I packed your bag with your comfy hoodie and your charger.",
    "I'm writing this with so much love it's kind of embarrassing.",
    "I remember you holding my hair back when I had food poisoning and telling me dumb jokes all night.",
    "On the 14th you didn't come home and I called three hospitals before I found out you were ok.",
    "I miss your laugh. The real one, not the one you do when you're high.",
    "You're my best friend and I don't say that lightly.",
    "Getting help doesn't make you weak, it makes you the bravest person in this room.",
    "I started going to Al-Anon on Tuesdays because I needed help too.",
    "I want to hear about your day again and have you actually remember our conversation the next morning.",
    "You were so excited when you got the apprenticeship, I want that guy to get another shot.",
    "When I see you slurring at 10am it honestly terrifies me.",
    "Thank you for sitting here and listening to all of us, I know it's a lot.",
]

DEV169_TRAPS: list[str] = [
    "My dad was a mean drunk and I know you're nothing like him, which is why I'm still here.",
    "I'm literally a sugar junkie so I get cravings in a tiny tiny way, and I know yours are a million times harder.",
    "I will always love you, that part isn't up for debate.",
    "Great job on your sixty days last year, I was so proud I cried in the Chipotle line.",
    "You told me 'I'm a total addict, Em' that night on the porch and I just held you.",
    "You are not an addict to me, you're Jake, my person, who is sick right now.",
    "We always did Taco Tuesdays at your mom's and I want those back so bad.",
    "I never once stopped believing you could do this.",
    "Your doctor told us your liver enzymes are really high and I'm scared for you.",
    "I cleaned out the car and found our old Phoebe Bridgers tickets and I sobbed.",
    "I was a total stoner in college so I'm not judging you, I promise.",
    "Your uncle Ray was an alcoholic and you watched what it did to him, I don't want that for you.",
    "We went to the lake every Fourth of July and you made the best burgers every single year.",
    "Iconic of you to finish your GED while working full time, I still brag about it to everyone.",
    "When you told me you finally called your sponsor back I was like love that for you, and I meant it.",
    "My therapist diagnosed me with anxiety last year and you drove me to every appointment.",
    "The ER doctor said it was an overdose and that Narcan saved your life, and I think about that a lot.",
    "The guest room is clean and ready for when you come home from treatment.",
    "I'll never forget the way you looked at me at Hailey's wedding.",
    "Everyone in this room loves you, that's the one thing we all agree on 100%.",
    "My brother Chris was a pillhead for years and now he's five years sober and coaching little league.",
    "You said 'I'm a mess and I hate myself' and I need you to know I don't see you that way.",
    "You're not worthless, no matter what the voice in your head says at 3am.",
    "Thanks for showing up to my mom's birthday sober last spring, it genuinely meant the world to her and me.",
    "It's not your fault you got hurt at work and got prescribed those pills after the surgery.",
    "Honestly I didnt care about the dirty dishes piling up, I cared about you.",
    "We were so happy in that tiny apartment on Maple, remember the broken radiator we named Kevin?",
    "I always feel safest when you're hugging me.",
    "You've never been a bad person, not for one second, even on the worst nights.",
    "Your sponsor Marcus is someone I'd trust with my life and I'm so glad you have him.",
    "I heard you laughing with your nephew on FaceTime yesterday and it was the old you, I almost cried.",
    "Your boss Denise came today because she cares about you, not to report on you.",
    "That playlist you made for our road trip to Asheville was truly iconic, I still play it.",
    "I'm not a doctor and I'm not trying to diagnose you, I just miss seeing you happy.",
    "At nineteen I was basically a drunk every weekend and someone loved me through it, so I'm doing that for you.",
    "You are the reason I moved to Denver and honestly the best decision I ever made.",
    "Because of you I learned how to make real carbonara and stopped being scared of dogs.",
    "Every time you hold my hand in the car I feel like everything's gonna be ok.",
    "My ex was a total narcissist and you were the first guy who actually listened to me.",
    "You got your thirty day chip in 2022 and I still have the photo of you holding it, huge flex.",
    "The counselor said you can call me every night once you're settled and I'll pick up every single time.",
    "My mom was an addict when I was little and she got better, so I know people really do come back.",
    "Cool cool, I know this is a lot to hear at once, take a breath, I'm right here.",
    "We all love you so much it hurts and we're here for as long as this takes.",
    "Shame on me for waiting this long to say something, I should've spoken up in the summer.",
]

DEV169_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to stay with my sister and I won't be coming back to the apartment.",
    "If you don't go, I won't lend you money or pay your phone bill anymore, and I'm done calling your boss for you.",
    "If you choose not to go today I'll still love you, but I can't stay in this relationship while you're using.",
    "If you leave treatment early you won't be able to stay at my place, and I'll tell you that calmly, not to punish you.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 165 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a sister who sells real estate, upbeat sales talk bent into irony: sarcasm and absolutes most, then blame. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV165_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.94 (60/64; the rules alone 52/64): absolute 13/14, blame 13/14, sarcasm 15/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/42 (7.1%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.97 (62/64; the rules alone 53/64): sarcasm 15/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/42 (7.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV165_FLAG: list[tuple[str, set[str]]] = [
    (
        "Honestly Danny, showing up to Mom's open house wasted was a real value-add, the buyers just loved it.",
        {"sarcasm"},
    ),
    (
        "Congrats on the new personal record, three DUIs in two years, nobody in this family can top that listing.",
        {"sarcasm"},
    ),
    (
        "Love what you've done with the curb appeal at your place, empty bottles lining the porch steps really says welcome home.",
        {"sarcasm"},
    ),
    (
        "Way to close the deal on getting fired, Kev, I couldn't have negotiated it better myself.",
        {"sarcasm"},
    ),
    (
        "You passed out at Lily's christening, what a showstopper, five stars from the godparents.",
        {"sarcasm"},
    ),
    (
        "Thanks sooo much for borrowing my car and bringing it back with a dent and a baggie of pills in the cupholder, super thoughtful of you.",
        {"sarcasm"},
    ),
    (
        'You keep saying you\'re "handling it" and wow, the handling is going amazing, just look at your bank account.',
        {"sarcasm"},
    ),
    ("Brother of the year goes to the guy who pawned Grandpa's watch for coke money.", {"sarcasm"}),
    (
        "Real impressive move, nodding off in the middle of your own son's birthday party.",
        {"sarcasm"},
    ),
    (
        "Your recovery plan is a hot property, Danny, priced to move and totally imaginary.",
        {"sarcasm"},
    ),
    (
        "Gold star for hiding the vodka in a Windex bottle under the sink, very creative staging.",
        {"sarcasm"},
    ),
    (
        "Nice work turning Thanksgiving into a police call, the neighbors are still talking about the show.",
        {"sarcasm"},
    ),
    (
        "What a bargain, you traded your marriage, your job and your license for some pills, truly a steal.",
        {"sarcasm"},
    ),
    (
        "sure u only smoke a little weed to relax, and look how relaxed you got, right out of three jobs lol",
        {"sarcasm"},
    ),
    (
        "Your toast at Jenna's wedding was a real crowd pleaser, especially the part where you fell into the cake.",
        {"sarcasm"},
    ),
    (
        "Your sales pitch for why you don't need rehab is the best I've ever heard, and I sell houses for a living.",
        {"sarcasm"},
    ),
    ("You never return my calls unless you need money.", {"absolute"}),
    ("Every single holiday ends with you drunk and yelling at somebody.", {"absolute"}),
    ("Danny, you have not kept one promise to me in the last five years.", {"absolute"}),
    (
        "Whenever I have a showing near your apartment I swing by, and without fail you're passed out on the couch.",
        {"absolute"},
    ),
    (
        "u always have an excuse ready, its your back, its your boss, its your ex, its never the pills",
        {"absolute"},
    ),
    ("Not one of my birthdays since college have you shown up sober.", {"absolute"}),
    (
        "You lie about the money nonstop, Kev, each and every time I ask where it went.",
        {"absolute"},
    ),
    (
        "Youre the last one to leave the bar and the first one calling me for a ride, like clockwork, every weekend.",
        {"absolute"},
    ),
    ("Every conversation we have somehow turns into you asking for a loan.", {"absolute"}),
    (
        "There hasn't been a single family dinner where you didn't sneak off to the bathroom to use.",
        {"absolute"},
    ),
    ("You've not once thanked Mom for bailing you out.", {"absolute"}),
    ("All you ever think about is the next drink.", {"absolute"}),
    (
        "You are late to everything, Danny, absolutely everything, and high when you finally get there.",
        {"absolute"},
    ),
    ("You say this time is different and it is never, ever different.", {"absolute"}),
    (
        "Mom's blood pressure went through the roof this year and that sits squarely on your shoulders, Danny.",
        {"blame"},
    ),
    (
        "I lost the Hendricks listing because I was up all night bailing you out, so thanks for that.",
        {"blame", "sarcasm"},
    ),
    (
        "Dad had his heart attack the same week you got arrested, and I don't think that's a coincidence.",
        {"blame"},
    ),
    ("You picked the bottle over your own daughter, and she knows it.", {"blame"}),
    ("After what you put Grandma through, how do you even sleep at night?", {"blame"}),
    (
        "My marriage has been strained for two years, and a lot of that comes from me cleaning up your messes.",
        {"blame"},
    ),
    (
        "I co-signed that lease for you and you wrecked my credit, I'm still paying for it.",
        {"blame"},
    ),
    ("The kids stopped asking about Uncle Danny, and you did that, not us.", {"blame"}),
    (
        "I gave you a job at my office, I covered for you, I lent you thousands, and this is how you pay me back?",
        {"blame"},
    ),
    ("You tore this family apart for a bag of meth.", {"blame"}),
    (
        "I can't take clients up to the lake house anymore thanks to the wreck you made of it.",
        {"blame"},
    ),
    (
        "Tiffany left because of the drinking, Danny, stop acting like she just woke up one morning and decided to go.",
        {"blame"},
    ),
    ("You made Mom cry at her own retirement party and it's time you owned that.", {"blame"}),
    ("It is your fault Dad had to sell the boat to pay your lawyer.", {"blame"}),
    (
        "I'm tired of explaining to my clients why my brother the pillhead can't come to the office party.",
        {"label"},
    ),
    ("Let's be honest, Danny, you're a drunk and everybody at Renee's barbecue saw it.", {"label"}),
    ("I'll believe it when you've been clean a full year, not a week and a half.", {"clean"}),
    ("Your probation officer says your last drop was dirty again.", {"clean", "hearsay"}),
    ("Honestly you look disgusting lately, Kev, like you haven't showered in a week.", {"insult"}),
    ("What kind of uncle shows up to a first communion smelling like a brewery?", {"insult"}),
    ("It's embarrassing to be related to you right now.", {"insult"}),
    (
        "Your landlord told me you're three months behind and screaming at the neighbors at 2am.",
        {"hearsay"},
    ),
    (
        "Jess from my brokerage saw you buying pills behind the Shell station on Route 9.",
        {"hearsay"},
    ),
    ("The whole family has decided you can't be trusted anymore.", {"we"}),
    ("We're all fed up with making excuses for you at every get-together.", {"we"}),
    ("Go to rehab tomorrow or don't bother calling me ever again.", {"threat"}),
    (
        "If you walk out of this room you're off the family group chat and out of my life for good.",
        {"threat"},
    ),
    ("I think you're a full-blown narcissist, Danny, everything is about you.", {"diagnosis"}),
    ("You're so deep in denial it isn't even funny anymore.", {"diagnosis"}),
    (
        "Mom and I are pretty sure you're bipolar and just using the coke to self-medicate.",
        {"diagnosis"},
    ),
    ("Keep being a junkie and see how fast your kids forget your name.", {"label", "threat"}),
]

DEV165_GOOD: list[str] = [
    "Danny, I'm writing this because I love you and I miss my brother.",
    "I remember you teaching me to ride my bike on Maple Street, running behind me and shouting that I had it.",
    "When I got my real estate license you were the first person I called, and you drove two hours just to take me to dinner.",
    "Lately I've seen you lose weight and your hands shake in the mornings, and it scares me.",
    "At Mom's birthday in March you fell asleep at the table before the cake came out.",
    "You have the best laugh of anyone I know, and I haven't heard it in a long time.",
    "I want my kids to know the uncle who built them a treehouse in one weekend.",
    "There is a bed waiting for you at Ridgeview today, and I will drive you there myself.",
    "When you stopped coming to Sunday lunch, I felt like I'd lost a piece of myself.",
    "I ran into you at the gas station in January and it took you a second to recognize me.",
    "You helped me stage my very first listing, hauling couches up three flights and cracking jokes the whole time.",
    "I'm scared that the next call I get about you will be from a hospital.",
    "I love you, Kev, and I'm not going anywhere.",
    "You were a great salesman before the pills, people trusted you the second you shook their hand.",
    "It hurt me when you didn't come to my closing party, I had saved you a seat right next to me.",
    "I found out about the pills when I saw the bottles in your glovebox, and I sat in the parking lot and cried.",
    "My hope is that next summer you're at the lake with us, laughing and holding your niece.",
    "I've watched you go from the life of the party to someone who hides in the garage.",
    "Your daughter asked me last week if her dad was sick, and I didn't know what to tell her.",
    "I believe in you more than I've believed in any house I've sold.",
    "The program at Cedar Hills is thirty days and they are holding a spot for you this afternoon.",
    "I miss calling you on Saturday mornings just to talk about nothing.",
    "When Dad was in the hospital you slept in that awful vinyl chair for three nights so Mom could go home and rest.",
    "I'm not here to yell at you, I'm here because I'm scared.",
    "Watching you nod off at the wheel in my driveway was the scariest moment of my whole year.",
    "I want to sell you your first house someday, Danny, and I mean that.",
    "You're funny, you're smart, and you're stubborn in the best way.",
    "I keep your goofy junior year photo on my desk at work.",
    "In October you told me you wanted to stop, and I believed that part of you meant it.",
    "I feel helpless when I see you like this and I don't want to feel that way anymore.",
    "thank u for reading this, i know its hard to hear",
    "My clients ask about my family and I want to be able to brag about you again.",
    "Mom has your room ready for when you come home from treatment.",
    "You were the one who talked me into chasing my dreams, now I'm asking you to chase yours.",
    "Last Christmas you left before presents and I found you asleep in your truck with the engine running.",
    "I remember how proud you were the day you got your welding certificate.",
    "I'm asking you with my whole heart to get on the plane to Arizona with me tonight.",
    "It breaks my heart to watch the coke take so much from you.",
    "When I think of you I think of the kid who gave his lunch money to the new boy in third grade.",
    "I'm proud to be your sister, even on the hard days.",
    "I noticed your nose bleeding at the cookout and you told me it was allergies.",
    "the meth has changed your face and your teeth and some days I barely recognize you and it hurts",
    "Sometimes I drive past the old house on Birch Lane and picture you shooting hoops in the driveway until dark.",
]

DEV165_TRAPS: list[str] = [
    "Our uncle Ray was a drunk his whole life and I don't want that ending for you.",
    "I was an addict myself for four years, Danny, and treatment is the reason I'm standing here today.",
    "You told me last spring, \"I'm a junkie and I can't stop,\" and I've carried those words around since.",
    "You are not an alcoholic to me, you are my big brother and you are sick.",
    "I'm a total open-house junkie, I know, but I'd give up every Sunday showing to see you well.",
    "I spent Saturday helping Mom clean out the garage and found your old baseball glove.",
    "I never stop hoping the phone will ring and it'll be you, sounding like yourself again.",
    "We always had Sunday pancakes at Grandma's, and you flipped them higher than anybody.",
    "Great job on your thirty days last year, I know how hard you fought for every one of them.",
    "Your doctor says your liver numbers are worrying, and I want you around for a long, long time.",
    "Remember the road trip to Myrtle Beach when the AC died and we sang with the windows down for six hours?",
    "We went to every one of your wrestling meets in high school and screamed our heads off.",
    "My ex was an alcoholic, and I learned the hard way that love alone doesn't fix it.",
    "Clean sheets, a quiet room and a fresh start are waiting for you at the center in Tucson.",
    "The house on Elm was a total disaster when I listed it, and now it's one of my favorite sales, so I know things can turn around.",
    "Your counselor diagnosed you with depression back in 2019, and I wish I had understood then how heavy that was.",
    "You said to me, \"I'm pathetic, sis,\" and I want you to know I don't see you that way at all.",
    "I heard the song you wrote for Grandpa's funeral on my drive to work this morning and I had to pull over.",
    "My husband Jay is a recovering addict, eight years now, and he wants you to call him any hour of the night.",
    "The only thing I'm sick of is missing you.",
    "Every time I close a deal I still want to call you first.",
    "This is not your fault, Danny, the disease is not who you are.",
    "You are not a disappointment, you are my brother and I'm proud of so much you've done.",
    "Mom and I went to an Al-Anon meeting together, and we both cried in the car afterward.",
    "We spent every Fourth of July on the dock at Lake Murray, you lighting sparklers for all the little cousins.",
    "Dr. Patel told Mom and me that your heart is enlarged from the cocaine, and I am so scared of losing you.",
    "Nothing would make me happier than driving you to Cedar Hills today.",
    "I know I'm not perfect either, I've been a terrible listener this year and I'm sorry.",
    'You said "I\'m the reason Mom is sick," and that is not true, Danny, not for a second.',
    "I was a total stoner in college, so I'm the last person on earth to judge you.",
    "Going to a meeting on your own in May was the best news I heard all year, and I mean that.",
    "Great work getting your GED while you were in county, I still have the picture of you in the cap and gown.",
    "We all want you home for Christmas, healthy and happy.",
    "We're all in your corner, Danny, every single one of us.",
    "I talk about you constantly with my therapist, because I'm trying to learn how to help you the right way.",
    "My business partner Renee was hooked on heroin for a decade, she called herself a junkie, and now she runs a sober living house in Phoenix.",
    "If the market crashed tomorrow and I lost everything, I'd still choose you.",
    "I always picture you at forty, healthy, coaching your son's Little League team.",
    "Your old sponsor Mike is here today because he believes in you.",
    "I'm a workaholic, I know, and I've missed plenty of things too.",
    "Your blood test came back from the clinic and the nurse said your kidneys are okay for now, which is a miracle I'm holding onto.",
    "Mom still sets a clean plate out for you every Sunday, just in case you walk in.",
]

DEV165_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be giving you money anymore, not for rent and not for your phone bill.",
    "If you choose not to go, you can't keep staying in my guest house after the end of this month.",
    "If you turn this down, I'm going to stop covering for you with Mom, and I will still love you.",
    "If you decide not to go today, I won't let you drive my kids anywhere until you're in treatment.",
]

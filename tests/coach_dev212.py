# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 212 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a boyfriend of three years, their apartment, the dog and concerts: blame, sarcasm and threats most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV212_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.85 (56/66; the rules alone 53/66): label 1/2, absolute 3/4, blame 17/22, we 1/2, threat 12/13, sarcasm 12/13, every other kind full; good 3/54 (5.6%; the rules alone 3), traps 3/42 (7.1%; the rules alone 2).

At merge, before it was trained on: with main 9ed1673, rules and model 0.85 (56/66; the rules alone 53/66): label 1/2, absolute 3/4, blame 17/22, we 1/2, threat 12/13, sarcasm 12/13, every other kind full; good 2/54 (3.7%; the rules alone 2), traps 3/42 (7.1%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV212_FLAG: list[tuple[str, set[str]]] = [
    (
        "Biscuit hid under the bed for two days after you threw the lamp, and that's your doing, not mine.",
        {"blame"},
    ),
    (
        "We lost the deposit on our apartment and I need you to own that it was all you and your coke binges.",
        {"blame"},
    ),
    (
        "You picked a bottle of Jameson over me and over Biscuit every single night this spring.",
        {"absolute", "blame"},
    ),
    (
        "I spent three years covering your rent, lying to your mom and cleaning up your puke, and this is how you pay me back?",
        {"blame"},
    ),
    (
        "You wrecked the Phoebe Bridgers show for me, the one I waited eight months for, because you had to go do lines in the bathroom.",
        {"blame"},
    ),
    ("The reason I have panic attacks now is you, Danny.", {"blame"}),
    ("Our landlord wants us out by June and that sits squarely on your shoulders.", {"blame"}),
    (
        "How do you look at Biscuit limping from when you stepped on him drunk and not feel a thing?",
        {"blame"},
    ),
    ("You took the best three years of my life and turned them into a nightmare.", {"blame"}),
    (
        "I gave up my friends, my savings and my sleep for you and you threw every bit of it in the trash",
        {"blame"},
    ),
    (
        "My credit score is wrecked because you maxed out the card I opened in my name for us.",
        {"blame"},
    ),
    ("Whatever happens to this relationship now, you made it happen, not me.", {"blame"}),
    (
        "I'm jumpy and anxious and not myself anymore and its the pills you keep picking over me that did that.",
        {"blame"},
    ),
    (
        "You turned me into the crazy girlfriend who goes through your pockets, I was never like this before you.",
        {"blame"},
    ),
    (
        "Honestly Eli, what kind of person lets his own dog go two days without food because he's too high to get off the couch?",
        {"blame", "insult"},
    ),
    (
        "Every fight we've had in this apartment started with you and a six pack.",
        {"absolute", "blame"},
    ),
    (
        "Look at this place, look at the holes in the closet door, look at me, you did all of this.",
        {"blame"},
    ),
    (
        "My sister won't set foot in our place anymore and that's thanks to how you talked to her at Thanksgiving.",
        {"blame"},
    ),
    (
        "I missed my grandma's last birthday because I had to stay home and babysit you through a comedown.",
        {"blame"},
    ),
    (
        "U chose the guys from the venue and their little baggies over the one person who actually loves you.",
        {"blame"},
    ),
    ("It's on you that Biscuit has to go live with my parents now.", {"blame"}),
    ("your always picking the after party over coming home to me.", {"absolute", "blame"}),
    ("Congrats on getting us banned from the Fillmore, babe, real proud of that one.", {"sarcasm"}),
    (
        "Loved the part where you passed out in the pit at the Foo Fighters show and security had to carry you out, truly a highlight of our relationship.",
        {"sarcasm"},
    ),
    (
        "Boyfriend of the decade over here, forgetting our anniversary because he was three days into a bender.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for walking Biscuit at 3am with a tallboy in your hand, super responsible.",
        {"sarcasm"},
    ),
    (
        "You're 'just unwinding' again I see, with the blinds shut at noon on a Tuesday.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, leaving me to explain to the neighbors why the cops were knocking on our door.",
        {"sarcasm"},
    ),
    ("Nice touch throwing up on my mom's brand new rug, she still brings it up.", {"sarcasm"}),
    ("Real smooth Marcus, selling my Red Rocks tickets to pay your guy.", {"sarcasm"}),
    (
        "Oh sure, you've got it 'totally under control,' I can tell from all the empties in the recycling.",
        {"sarcasm"},
    ),
    (
        "Wow, a whole Saturday where you only had eight beers, should I bake you a cake?",
        {"sarcasm"},
    ),
    (
        "Such a great dog dad, leaving Biscuit locked out on the balcony all night while you were out partying.",
        {"sarcasm"},
    ),
    (
        "Brilliant idea to drive us home from the festival after all those edibles and shots, genius move.",
        {"sarcasm"},
    ),
    (
        "My hero, showing up to my work party glassy eyed and telling my manager he was boring.",
        {"sarcasm"},
    ),
    (
        "You go to that program on Monday or you can find somebody else's couch to sleep on, and I mean for good.",
        {"threat"},
    ),
    (
        "If you don't get in the car today I'm taking Biscuit and you won't ever see either of us again.",
        {"threat"},
    ),
    ("Either you get help this week or I'm changing the locks while you're at work.", {"threat"}),
    (
        "Say no to this and I swear I'll tell your boss exactly what you've been doing on shift.",
        {"threat"},
    ),
    (
        "Keep using and you can forget about me, forget about the lease, forget about all of it.",
        {"threat"},
    ),
    (
        "I'll call your parents and tell them every single thing if you walk out of this room.",
        {"threat"},
    ),
    ("Treatment or we're done, there is no third option, so pick one right now.", {"threat"}),
    ("One more relapse and your stuff goes on the curb, I'm not kidding Jordan.", {"threat"}),
    (
        "Refuse today and I'll make sure every one of our friends finds out exactly who you are.",
        {"threat"},
    ),
    (
        "Don't get on that plane to rehab and you'll regret it for the rest of your life, trust me on that.",
        {"threat"},
    ),
    ("If you pick the pipe over this, the videos I have of you are going online.", {"threat"}),
    (
        "You either sign those intake papers or I'm calling the cops about what's in your glovebox.",
        {"threat"},
    ),
    ("Your name isnt even on the lease, so its sober or out the door, your choice.", {"threat"}),
    ("I'm done dating a junkie who pawns his own guitar for a bag.", {"label"}),
    (
        "Living with an alcoholic has taught me to check the recycling bin before I check your face.",
        {"label"},
    ),
    ("Three years together and you have not stayed clean longer than a month.", {"clean"}),
    ("The cup from your probation officer came back dirty again, Danny.", {"clean"}),
    ("You didn't once ask how my dad's surgery went, not one time in six weeks.", {"absolute"}),
    ("You've turned into a sloppy, disgusting version of the guy I fell for.", {"insult"}),
    ("Honestly you're an embarrassment to take anywhere now.", {"insult"}),
    (
        "Kayla from the bar told me you were doing bumps off your keys in the parking lot.",
        {"hearsay"},
    ),
    ("Your bandmate texted me that you nodded off right in the middle of soundcheck.", {"hearsay"}),
    (
        "Everybody at the venue thinks you're falling apart, a couple of them said it to my face.",
        {"hearsay"},
    ),
    (
        "Me, your mom and your brother all agree you've stopped caring about anyone but yourself.",
        {"we"},
    ),
    ("All of us in this room are sick to death of your excuses.", {"we"}),
    (
        "I think you're a full blown narcissist and the coke just turned the volume up.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you cant even see that the dog is scared of you.", {"diagnosis"}),
]

DEV212_GOOD: list[str] = [
    "Thank you for sitting up with me every night when I had covid last winter, even on the nights I could tell you were hurting too.",
    "When I lost my job at the salon you made me pancakes and told me I was worth more than a paycheck, and I have never forgotten that.",
    "I heard you crying in the shower the night after your dad's funeral, and I wanted so badly to come in and hold you.",
    "I saw you sitting on the kitchen floor with Biscuit at four in the morning, and I could tell you were scared.",
    "The night you didn't come home I called every hospital in town and sat by the window until the sun came up.",
    "I found the empty bottles behind the bathroom cabinet, and mostly what I felt was sad.",
    "You always knew exactly which song to put on when I had a rotten day.",
    "We always split the last slice of pizza down the middle, even back when we were broke.",
    "We drove nine hours to see Hozier and sang the whole way there, and I still think about that trip.",
    "Thank you for picking up extra shifts when my car died, I know how exhausted you were.",
    "I watched you shake so hard the morning you tried to quit on your own, and it scared me because I love you.",
    "I get frightened when I wake up and your side of the bed is empty.",
    "You did an amazing job training Biscuit, he still sits at every crosswalk because of you.",
    "When I was working nights at the hospital you always left a plate in the microwave for me with a sticky note on it.",
    "Last Tuesday I smelled whiskey on your breath at breakfast and my heart sank.",
    "You held my hand the whole time in the ER when I broke my wrist, you never let go once.",
    "For the first two years you never missed one of my open mic nights, and you were always right there in the front row.",
    "We had some of the best nights of my life dancing in our living room after shows.",
    "I saw the bruise on your arm from when you fell on the stairs, and I just want you safe.",
    "I know how hard you fought in March, I saw the days you got through.",
    "Thank you for taking care of me and Biscuit while I was doing chemo, you were so gentle with me.",
    "Danny, I love you and I'm writing this because I want our life back.",
    "I remember the first time you cooked for me, the burnt garlic bread, and how hard we laughed.",
    "Biscuit still waits by the door for you around six every evening.",
    "I miss the way you hum while you do the dishes.",
    "You're the funniest person I've ever met and I want that guy back.",
    "I want to go to concerts with you again and remember every song the next morning.",
    "When you play guitar for me on Sunday mornings I feel like the luckiest person alive.",
    "I've watched you lose weight and stop answering your friends, and it worries me sick.",
    "Your laugh is my favorite sound in the whole world.",
    "There's a bed waiting for you at Cedar Ridge today and I'm asking you to take it.",
    "I'll drive you there myself and I'll come every visiting day they allow.",
    "I want to grow old with you and I want you to be there for it.",
    "I believe in you more than I believe in almost anything.",
    "The ticket stub from our first show together is still on our fridge.",
    "I'm scared of losing you and I'm not going to pretend I'm not anymore.",
    "I've been going to Al-Anon on Thursdays and its helping me understand this is an illness.",
    "I'm not angry today, I'm here because I love you.",
    "You have a huge heart, I've seen you hand your last twenty to a stranger outside the 7-Eleven.",
    "I want you to get healthy, not for me, for you.",
    "I know you're in pain and I know you didn't choose this.",
    "I lie awake listening for your key in the door.",
    "I'd love to hike Mount Tam with you again like our first summer.",
    "The apartment feels so quiet on the weekends you disappear.",
    "I'm proud of you for coming in here today and listening.",
    "I hope one day we can sit on the balcony and talk about how hard this year was.",
    "Your mom and I toured the treatment center together last week and the staff were so kind.",
    "I remember you crying at the end of that movie about the old dog, and loving you even more for it.",
    "You make everybody in a room feel welcome, that's your gift.",
    "Son, this is Dad, and I've loved you since the day the nurse put you in my arms.",
    "Tyler, as your big sister I want you to know I'm in your corner today and every day after.",
    "Man, you've been my best friend since eighth grade and I miss you showing up.",
    "I want the guy who knew every word to every Pearl Jam song, and I think he's still in there.",
    "i miss lazy sundays with you and the dog and a stack of records",
]

DEV212_TRAPS: list[str] = [
    "I was an addict myself in my twenties, so I know how loud that voice gets.",
    "You told me once 'I'm a junkie and I don't deserve you,' and I cried because it isn't true.",
    "You are not a drunk to me, you are Danny, the guy who sings to our dog.",
    "Biscuit is a total treat junkie, he'd sell us both out for a piece of cheese.",
    "I spent Saturday cleaning out the closet and found the sweater I bought you in Portland.",
    "I have never once given up on you, not even on the worst nights.",
    "We always got tacos after shows at that truck on Alvarado.",
    "You did such a good job staying sober for those forty days last fall, and I still carry the chip you gave me.",
    "Your doctor told us your liver numbers are high, and I'm scared because I love you.",
    "Your therapist diagnosed you with depression last year, and I want you to get the help she recommended.",
    "Thanks for always letting me pick the music in the car, even when my taste was terrible.",
    "I'm an alcoholic in recovery, eleven years now, and I'm living proof that people get better.",
    "Clean sheets, the dog snoring, coffee on the balcony, those are the mornings I want back with you.",
    "My dad used to call my mom a lush, and I promised myself I would never talk to you like that.",
    "None of this is your fault, addiction is a disease.",
    "I'm not threatening you and I'm not going anywhere, I'm asking you.",
    "You said to me once, 'babe I'm pathetic,' and I told you then and I'll tell you now that you're not.",
    "We went to see Vampire Weekend on our first date and you bought me a shirt two sizes too big.",
    "I keep a fresh clean water bowl out for Biscuit on your side of the bed like you used to.",
    "I'm sick with worry every time your phone goes straight to voicemail.",
    "You never fail to make Biscuit's tail go crazy when you walk in the door.",
    "I have always been proud to walk into a room on your arm.",
    "My old roommate was a huge stoner in college and back then I thought it was harmless.",
    "I heard you laughing with Biscuit in the kitchen last Sunday and it was the best sound.",
    "The nurse at intake said the first week is the hardest and that someone will be with you the whole time.",
    "Because of you I learned what it feels like to be really loved.",
    "You're the reason I moved to Denver and I'd do it again tomorrow.",
    "After everything we've been through together, I still choose you.",
    "You're not a disgrace, you're sick, and sick people get well.",
    "You used to say 'I'll quit when I'm dead' like it was a joke, and I can't laugh at it anymore.",
    "My brother went through rehab and came out the other side a better dad than ever.",
    "I know there are days you feel like a failure, but I have never once seen you that way.",
    "We always joked that Biscuit was the real boss of the apartment.",
    "The counselor explained that people in denial aren't lying, they're protecting themselves, and that helped me stop being so angry.",
    "Honestly I was the one who was a mess last winter, and you held it together for both of us.",
    "You told me you felt like a pillhead and a fraud, and I want you to know that's the disease talking, not the truth.",
    "Remember when we got soaked at Lollapalooza and you yelled that it was the best day ever?",
    "I will never regret the three years I've spent with you.",
    "Thank you so much for taking Biscuit to the vet when I had the flu, you were wonderful.",
    "My grandfather was an alcoholic and died at fifty two, and I can't lose you the same way.",
    "You taught me to parallel park without yelling once, which my dad never managed in a whole summer of trying.",
    "From all of us at the shop, we miss your jokes at lunch and we want you back healthy.",
]

DEV212_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I'm going to stay at my sister's with Biscuit until you're in a program, and I'll still pick up when you call to say you're ready.",
    "I won't pay your share of the rent anymore while you're using, but I'll help pay for every bit of treatment I can.",
    "If you turn this down, I won't go to shows with you or cover for you at work anymore, and that's a decision I made for my own health.",
    "I can't have alcohol in our apartment anymore, so if you keep drinking it will have to be somewhere else, and I'll be here the minute you want help.",
]

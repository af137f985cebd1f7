# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 183 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an ex-wife co-parenting, custody weekends and the schedule: blame, hearsay and threats most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV183_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.89 (56/63; the rules alone 48/63): absolute 3/4, blame 17/21, threat 10/12, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 5/45 (11.1%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.89 (56/63; the rules alone 48/63): absolute 3/4, blame 17/21, threat 10/12, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 5/45 (11.1%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV183_FLAG: list[tuple[str, set[str]]] = [
    (
        "Ella cried herself to sleep for a whole week after you no-showed and thats on your shoulders Dan, nobody elses.",
        {"blame"},
    ),
    ("You picked the bar over Noah's ninth birthday party, plain and simple.", {"blame"}),
    (
        "The only reason we even have a court-ordered schedule is how you acted that Halloween at my sister's.",
        {"blame"},
    ),
    ("I had to move back in with my mother because you drank away the mortgage money.", {"blame"}),
    (
        "Noah's grades fell apart the year you started using again, and I hold you responsible for those Fs.",
        {"blame"},
    ),
    (
        "I covered for you with the school, with your parents, with the judge, and this is the thanks I get?",
        {"blame"},
    ),
    ("You wrecked the one weekend a month the kids still looked forward to.", {"blame"}),
    ("Every missed pickup was your fault, not traffic, not work, yours.", {"absolute", "blame"}),
    (
        "I'm raising two kids by myself because you couldn't put the bottle down long enough to show up.",
        {"blame"},
    ),
    (
        "How do you even sleep at night knowing Lily sat on the porch with her backpack on until nine?",
        {"blame"},
    ),
    (
        "Our marriage ended because of the meth, and picking up that pipe was your choice, not mine.",
        {"blame"},
    ),
    (
        "I lost my job at the clinic cause I kept leaving early to cover weekends you bailed on.",
        {"blame"},
    ),
    (
        "You turned our kids into little grown-ups who check your eyes before they'll get in the car.",
        {"blame"},
    ),
    (
        "Whatever Jacob ends up telling his therapist about his dad, you're the one who put it there.",
        {"blame"},
    ),
    (
        "I gave up my Saturdays, my savings and my sanity to keep you in their lives and you spit on all of it.",
        {"blame"},
    ),
    ("It's your doing that Grace won't sleep over at your apartment anymore.", {"blame"}),
    ("You brought the coke into our house and now look where all of us ended up.", {"blame"}),
    ("You broke Emma's heart again last Sunday and didnt even call to say sorry.", {"blame"}),
    ("Your drinking is why I've had to sit in family court three times in one year.", {"blame"}),
    (
        "You never once thought about anyone but yourself when you were using.",
        {"absolute", "blame"},
    ),
    ("The kids lost their dad and I lost my best friend and you did that, nobody else.", {"blame"}),
    (
        "Your brother Kevin told me you were nodding off at the wheel with the kids in the back seat.",
        {"hearsay"},
    ),
    (
        "My friend Tanya saw you at the Shell station on a Saturday you were supposed to have Owen, and she said you looked totally out of it.",
        {"hearsay"},
    ),
    ("The kids' teacher mentioned you showed up to parent night smelling like beer.", {"hearsay"}),
    (
        "Ava told me you slept most of the weekend and she made cereal for her brother for dinner.",
        {"hearsay"},
    ),
    (
        "Your mom let it slip that you've been borrowing money from her for pills again.",
        {"hearsay"},
    ),
    (
        "From what the guys at your shop are saying, you haven't been to work sober since March.",
        {"hearsay"},
    ),
    ("Word around the neighborhood is the cops came to your place twice in June.", {"hearsay"}),
    (
        "I found out from Liam's soccer coach that you didn't pick him up after the tournament.",
        {"hearsay"},
    ),
    (
        "Your landlord called me looking for you and said there were needles in the hallway outside your door.",
        {"hearsay"},
    ),
    ("Your girlfriend told my sister you've been washing the Xanax down with vodka.", {"hearsay"}),
    (
        "The custody evaluator wrote in her report that you seemed impaired during the home visit.",
        {"hearsay"},
    ),
    (
        "Somebody from church said they saw you buying from that guy behind the laundromat.",
        {"hearsay"},
    ),
    ("Noah says you keep a bottle in the glove box, he's seen it.", {"hearsay"}),
    (
        "If you walk out of this room today, you can forget about having the kids on weekends, period.",
        {"threat"},
    ),
    (
        "Go to treatment or I swear I'll make sure the judge hears every single thing I know.",
        {"threat"},
    ),
    (
        "Sign the rehab papers today or I'm filing for full custody Monday morning, and trust me I will win.",
        {"threat"},
    ),
    (
        "Keep using and the kids will grow up not even remembering your face, I'll see to that.",
        {"threat"},
    ),
    ("One more missed weekend and your done, you'll be a stranger to them.", {"threat"}),
    ("You go tonight or dont bother ever calling the house again.", {"threat"}),
    ("If I find out you drove them high again I'll call the cops on you myself.", {"threat"}),
    (
        "Say no today and I'll tell Maddie every ugly detail of why her father isn't around.",
        {"threat"},
    ),
    (
        "Don't test me Rob, I will go to your boss and your parole officer if you leave here without a bed.",
        {"threat"},
    ),
    (
        "You've got until I finish reading this to decide, and if it's the wrong answer you will regret it for the rest of your life.",
        {"threat"},
    ),
    (
        "Turn this down and you lose everything, the kids, the visits, the dog, all of it.",
        {"threat"},
    ),
    (
        "Choose the pills today and I will make family court the worst experience of your life.",
        {"threat"},
    ),
    (
        "I didn't marry a junkie, but that's who the kids are visiting every other weekend now.",
        {"label"},
    ),
    ("Ella and Noah shouldn't have to spend their Saturdays babysitting a drunk.", {"label"}),
    ("I need you to get clean before Easter so the kids can stay at your place again.", {"clean"}),
    ("Your last screen for the court came back dirty and you know it.", {"clean"}),
    ("You're late for every single exchange, without fail.", {"absolute"}),
    ("Not one time in two years have you shown up when u said you would.", {"absolute"}),
    (
        "The way you stumbled through the spring concert was humiliating, Tony, you're a sorry excuse for a dad right now.",
        {"insult"},
    ),
    (
        "Honestly you disgust me when you show up at the curb reeking of weed and expect a hug.",
        {"insult"},
    ),
    ("All of us at this table agree you've become impossible to co-parent with.", {"we"}),
    ("Your parents and I are fed up with making excuses to the kids for you.", {"we"}),
    ("Really nice touch, passing out on the couch during Mia's sleepover.", {"sarcasm"}),
    ("Wow, dad of the month, only two hours late for pickup this time.", {"sarcasm"}),
    (
        "I honestly think your a narcissist, the kids are just props for your Facebook.",
        {"diagnosis"},
    ),
    ("You're in complete denial about how bad the drinking has gotten.", {"diagnosis"}),
    (
        "Anyone can see you're bipolar, up all night one weekend and dead in bed the next.",
        {"diagnosis"},
    ),
]

DEV183_GOOD: list[str] = [
    "Dan, I'm writing this because I still care what happens to you, even if we're not married anymore.",
    "I remember the day Ella was born and you cried harder than she did.",
    "You taught Noah to ride his bike in the church parking lot and ran behind him for an hour.",
    "The kids light up when your truck pulls into the driveway.",
    "I want them to have their dad back, the one who made pancakes shaped like dinosaurs.",
    "I'm asking you to accept the bed they have for you at Cedar Ridge today.",
    "The program starts tomorrow morning and your bag is already packed in my trunk.",
    "I'll handle the weekends while you're there, and I'll bring the kids on family day if the staff say it's ok.",
    "When you were sober last spring you coached Liam's team and he still talks about it.",
    "I miss co-parenting with you the way we did that first year, texting each other the funny things the kids said.",
    "I'm not here to fight, I'm here because I'm scared for you.",
    "Maddie still sleeps with the stuffed otter you won her at the county fair.",
    "You have a laugh that fills up the whole kitchen, and I want the kids to grow up hearing it.",
    "I know asking for help is hard for you, you're usually the one fixing everybody else's car.",
    "Please say yes today, for you first and for the kids second.",
    "I want you to walk Ava down the aisle someday, steady and proud.",
    "The kids made you a card, it's in the envelope with this letter.",
    "Thank you for sitting here and listening this morning, I know it isn't easy.",
    "I'll keep your weekends on the calendar in pencil, waiting for you.",
    "Remember the camping trip at Lake Chelan when the tent flooded and you turned it into a game?",
    "Jack asked if you could come to his fifth grade graduation in June and I told him I hope so.",
    "I'm not asking you to be perfect, just to let someone help you.",
    "Your sister and I will keep an eye on your apartment and water your plants while your gone.",
    "The counselor there is a woman named Pam and she's expecting you this afternoon.",
    "I still have the voicemail you left Maisie on her first day of kindergarten.",
    "I want to be able to hand the kids over at the curb without my heart pounding.",
    "You're a good father when you're well, and they deserve that father.",
    "I hope one day we can sit next to each other at their soccer games like old friends.",
    "I'll drive you there myself if you want, no lectures in the car, I promise.",
    "Sometimes I look at Noah's crooked grin and see you at twelve.",
    "Ella saved her allowance for a month to buy you a keychain, it's got a little fish on it.",
    "When you didn't come for the kids on the 14th, I sat in the car with them for an hour and I felt so helpless.",
    "I was terrified when I found you asleep in the driveway with the engine running in February.",
    "Last Thanksgiving I watched you pour vodka into your coffee mug and I felt sick with worry.",
    "Thank you for driving Noah to his Tuesday appointments last fall, even when I know you were struggling.",
    "You did an amazing job helping Ella with her science fair volcano, she still has the picture on her wall.",
    "I noticed how hard you tried at Christmas to stay present with the kids and it meant alot to me.",
    "When Grace asked me why you fell asleep at her recital, I didn't know what to tell her and that hurt me.",
    "My stomach dropped when I came to get the kids and saw the empty bottles lined up by your sink.",
    "I'm proud of you for the four months you stayed sober in 2021, I saw the real you again.",
    "I got a call from St. Vincent's in October and I drove there shaking the whole way.",
    "It hurt me to cancel your weekend in August, it wasn't something I ever wanted to do.",
    "Thank you for keeping up with child support through all of this, I know money's been tight.",
    "I was frightened the night you called me slurring and I couldn't figure out where you were.",
]

DEV183_TRAPS: list[str] = [
    "My own dad was a drunk, so I know what it does to kids, and I don't want that for ours.",
    "I leaned on pills after my C-section, so I know how fast it sneaks up on a person.",
    "You said to me on the phone 'I'm a junkie and I hate it,' and I told you that's not who you are.",
    "You are not an addict to me, you're Noah's dad and Ella's hero.",
    "Ella is a total Lego junkie and she's saving the castle set to build with you when you get back.",
    "I will always be grateful that you gave me these two kids.",
    "I never stopped hoping you'd find your way back to us.",
    "We always had the best Friday nights when the kids were little, pizza and a movie on the living room floor.",
    "Great job finishing that parenting class, I know you did it on your own time after work.",
    "We went to Disney the year Noah turned six, and you carried him on your shoulders the whole day.",
    "Your doctor told you your liver numbers are getting worse, and I'm frightened for you.",
    "The kids and I cleaned out the garage last weekend and found your old fishing poles.",
    "You were the one who taught the kids to always clean up after themselves at the park.",
    "Because of you, Liam knows how to throw a perfect spiral.",
    "You're the reason Ava loves astronomy, she still uses the telescope you gave her every clear night.",
    "I'm not blaming you for anything today, I'm asking you to let someone help.",
    "I would never keep the kids from you, that is not what today is about.",
    "My therapist says I take on too much, and I'm working on that.",
    "My brother Sean got sober in 2015 after years of people calling him a lost cause, and he's the one who told me there's hope for you.",
    "The kids are sick of winter and keep begging to go sledding with you at Miller Hill.",
    "I was disgusted with myself for years over the things I said during the divorce, and I'm sorry.",
    "It was a shame you had to miss the recital, Grace danced beautifully and I took video for you.",
    "Nothing you could ever do would make those kids stop loving you.",
    "Not once have the kids told me they don't want to see you.",
    "You never have to do this alone, I promise.",
    "Every time I see Maddie's dimples I think of you.",
    "When you told me 'I'm scared I'll lose them,' I believed you, and I still do.",
    "You once told me your grandpa was an alcoholic and you swore you'd break the chain, and I still think you can.",
    "I know people have called you a loser behind your back, and I want you to hear that I have never once thought that.",
    "Your room at the center has clean sheets and a window that looks out on the pine trees, I saw it yesterday.",
    "Noah wants to show you how he keeps his room clean now, he's really proud of it.",
    "We all went to Grandma's for the Fourth and you set off the fireworks with Jack on your lap.",
    "We love you, the kids and I, and we're here for you no matter what.",
    "The whole family is signed up for family week at the center, we're all in.",
    "I'm not here to make threats, I'm here to ask.",
    "Father's Day was always your favorite holiday, and the kids are already planning this one.",
    "Thank you for the best Christmas morning we ever had, the year you built the treehouse.",
    "The pediatrician said Noah is healthy and growing like a weed, you'd be amazed how tall he is.",
    "Our neighbor Rick is a total coffee addict and he already said he'll mow your lawn while your away.",
    "I'm so proud of the sixty days you put together last year, that was real and nobody can take it away.",
    "Way to go calling me last week to say you were struggling, that took guts.",
    "I will never forget how gentle you were with Ava in the NICU.",
    "I know the word 'addict' makes you flinch, and I'm not going to use it today.",
    "You were so worried about turning into a deadbeat dad when Ella was born, and you weren't, you were wonderful.",
    "Every weekend you had them sober last summer was a gift to all three of us.",
]

DEV183_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to ask the court to keep your visits supervised until you've finished a program.",
    "If you decide not to go, the kids won't ride in your car anymore and I'll do the driving for every exchange.",
    "If you choose not to accept help today, I will stop covering for you with your parents and the school.",
    "If you say no, I won't lend you money again, not even for gas.",
    "If today isn't the day, the kids will still see you, but only at my house or at the park with me there.",
]

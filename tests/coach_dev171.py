# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 171 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an aunt who teaches middle school, grading and report-card voice: sarcasm and absolutes most, then diagnosis. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV171_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.86 (55/64; the rules alone 53/64): label 2/3, absolute 14/16, sarcasm 12/16, diagnosis 13/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 3).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.86 (55/64; the rules alone 53/64): label 2/3, absolute 14/16, sarcasm 12/16, diagnosis 13/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV171_FLAG: list[tuple[str, set[str]]] = [
    (
        "Gold star for showing up to Grandma's 80th so wasted you couldn't find the cake, Danny, really top of the class.",
        {"sarcasm"},
    ),
    (
        "If there was a report card for lying to your mother, you'd make the honor roll every single quarter.",
        {"absolute", "sarcasm"},
    ),
    (
        "Congratulations on perfect attendance at the liquor store, I'm sure they'll hang your picture by the register.",
        {"sarcasm"},
    ),
    (
        "A+ for creativity on the story about the money missing from my purse, I've read worse fiction from seventh graders.",
        {"sarcasm"},
    ),
    (
        "Nice work Tyler, three DUIs before you turned 25, that has to be some kind of record.",
        {"sarcasm"},
    ),
    (
        "You really outdid yourself at Jess's graduation, nodding off in the bleachers in front of everybody, what an achievement.",
        {"sarcasm"},
    ),
    (
        "Extra credit to you for finding a way to get high even in the hospital parking lot.",
        {"sarcasm"},
    ),
    (
        "I'd write works well with others on your report card, since your dealer seems to think so highly of you.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'handling it,' the same way a kid who never opened the textbook is 'handling' the final.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for the lovely Thanksgiving memory of you passed out on Mom's bathroom floor.",
        {"sarcasm"},
    ),
    (
        "What a fine example you've set for little Mason, he knows exactly what a pill bottle sounds like now.",
        {"sarcasm"},
    ),
    (
        "Most improved, right? You went from a couple beers on Fridays to a fifth of vodka a day.",
        {"sarcasm"},
    ),
    (
        "Bravo on selling your grandpa's guitar for pills, that was some real long term planning.",
        {"sarcasm"},
    ),
    (
        "Honestly you deserve a trophy for how smoothly you can lie straight to your grandmother's face.",
        {"sarcasm"},
    ),
    (
        "Your 'I'm just tired' routine is very convincing Kayla, I'd give it a solid B minus.",
        {"sarcasm"},
    ),
    ("Way to make your mom's birthday all about you again, champ.", {"sarcasm"}),
    (
        "You never once turned in anything on time in your whole life, and now it's rent, court dates, everything.",
        {"absolute"},
    ),
    (
        "Every single holiday ends the same way, with you slurring at the table and your mom in tears.",
        {"absolute"},
    ),
    (
        "You always have an excuse ready to go, like the kid who swears the dog ate it.",
        {"absolute"},
    ),
    ("Not one promise you've made me in four years has held up.", {"absolute"}),
    (
        "Whenever anybody tries to talk to you about the drinking you just shut down and walk out.",
        {"absolute"},
    ),
    (
        "You are forever asking me for twenty dollars and it is forever for gas that never makes it into the car.",
        {"absolute"},
    ),
    ("Nothing anybody says gets through to you Danny, nothing.", {"absolute"}),
    ("u never call me unless u need something", {"absolute"}),
    (
        "Every time I see you, your pupils are tiny and you're scratching at your arms.",
        {"absolute"},
    ),
    (
        "You haven't kept a single job longer than a month since you started on the meth.",
        {"absolute"},
    ),
    ("Your always late and your always high, that's just how it is with you now.", {"absolute"}),
    ("You dont ever listen, not to your mom, not to me, not to anybody.", {"absolute"}),
    (
        "Each and every conversation we have turns into you lying about where the money went.",
        {"absolute"},
    ),
    ("You don't come to any of Lily's recitals anymore, not a single one.", {"absolute"}),
    ("There isn't a day that goes by that you aren't drinking by noon.", {"absolute"}),
    (
        "I've taught enough kids to spot a narcissist from across the room, and Danny, that's you.",
        {"diagnosis"},
    ),
    (
        "Honestly I think you've got some kind of personality disorder, the way you flip from sweet to vicious in a second.",
        {"diagnosis"},
    ),
    (
        "You're so deep in denial you can't even see the bottles stacked under your own bed.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you're manic depressive, those ups and downs of yours are not normal.",
        {"diagnosis"},
    ),
    (
        "The lying comes so easy to you that I've started to wonder if you're a sociopath.",
        {"diagnosis"},
    ),
    (
        "I had a boy like you in my class once with ADHD through the roof, and I think that's what's been going on with you all along.",
        {"diagnosis"},
    ),
    (
        "You have an addictive personality, plain and simple, you were the same way with video games at twelve.",
        {"diagnosis"},
    ),
    (
        "Your clearly suffering from anxiety and the Xanax is just you self medicating it.",
        {"diagnosis"},
    ),
    (
        "There's something a little psychopathic in you Kayla, the way you watched your mom sob and didn't even flinch.",
        {"diagnosis"},
    ),
    (
        "I think you have bipolar disorder and nobody ever caught it when you were a teenager.",
        {"diagnosis"},
    ),
    (
        "The meth has made you paranoid, Tyler, and honestly at this point you're delusional.",
        {"diagnosis"},
    ),
    (
        "You've got the textbook signs of an eating disorder on top of everything else and you refuse to see it.",
        {"diagnosis"},
    ),
    (
        "I really believe you're a compulsive liar, it's a condition, and you have it.",
        {"diagnosis"},
    ),
    (
        "Anyone can see you're severely depressed, you've been depressed since your dad's funeral.",
        {"diagnosis"},
    ),
    (
        "There's something borderline about the way you treat people, one day I'm your favorite aunt and the next I'm the enemy.",
        {"diagnosis"},
    ),
    ("I never imagined my sweet nephew would grow up to be a pillhead.", {"label"}),
    ("Danny, you're a drunk, and the sooner you admit it the sooner this gets better.", {"label"}),
    (
        "My sister's boy, the kid who won the science fair two years running, is now the family crackhead.",
        {"label"},
    ),
    ("I need you to get clean and stay that way this time, Tyler.", {"clean"}),
    (
        "Your mom told me your last drug screen for probation came back dirty again.",
        {"clean", "hearsay"},
    ),
    (
        "Your mother hasn't slept through the night in two years, and that's on your shoulders.",
        {"blame"},
    ),
    ("You picked oxy over your own little girl, and I can't get past that.", {"blame"}),
    (
        "After all the rides and lunches and late nights helping you with algebra, this is how you pay me back?",
        {"blame"},
    ),
    (
        "Frankly, seeing you like that at the family reunion was humiliating and disgusting.",
        {"insult"},
    ),
    ("You've turned into a sorry excuse for a man, Danny.", {"insult"}),
    (
        "Your neighbor Pam said she saw you stumbling down Maple Street at two in the morning last Tuesday.",
        {"hearsay"},
    ),
    (
        "I heard from your cousin that you've been buying off some guy behind the Shell station.",
        {"hearsay"},
    ),
    ("All of us in this room have decided you can't be trusted anymore.", {"we"}),
    (
        "The whole family is fed up with the lies, and everybody here agrees it's gone far enough.",
        {"we"},
    ),
    ("Go to treatment today or don't bother calling me ever again.", {"threat"}),
    (
        "If you walk out that door I will make sure your kids find out exactly what you've been doing.",
        {"threat"},
    ),
]

DEV171_GOOD: list[str] = [
    "Danny, I still have the clay turtle you made me in third grade, it sits on my desk at school.",
    "When you were little you used to sit in the back of my classroom after school and grade papers with a red crayon.",
    "I've watched you grow from a shy kid into a young man who could make anyone laugh.",
    "Lately I've noticed you've lost a lot of weight and your hands shake when you hold a coffee cup.",
    "At Easter you fell asleep at the table in the middle of a sentence, and it scared me.",
    "I love you, and I'm writing this because I want my nephew back.",
    "You were the best reader in your grade, and I remember you reading Hatchet out loud to your little sister.",
    "I miss our Saturday trips to the library and the donuts afterward.",
    "When you missed Mia's birthday party, I saw how she kept looking over at the door.",
    "I lie awake some nights worrying about you.",
    "There is a bed waiting for you at Cedar Ridge this afternoon, and I'm asking you to take it.",
    "Please say yes today. I'll drive you myself.",
    "I'd love to see you coach Little League again the way you did the summer you were nineteen.",
    "You have a good heart Kayla, I see it in how gentle you are with Grandpa.",
    "I noticed money went missing from my wallet after your visit in March, and it hurt me more than losing the money did.",
    "I'm not here to grade you. I'm here because I love you.",
    "Remember teaching me how to use Snapchat? I was a terrible student and you were so patient with me.",
    "Last month you called me at three in the morning and I couldn't understand what you were saying.",
    "I want to sit in the front row at your wedding someday and cry happy tears.",
    "Treatment isn't a punishment, it's a chance, and I believe you can do this.",
    "I was so proud when you got your welding certificate.",
    "When you came to Thanksgiving smelling of vodka, I felt scared and sad.",
    "I miss the old Danny who texted me bad puns every morning before first period.",
    "Your cousins look up to you. Jayden still wears the Cubs hat you gave him.",
    "I've been reading about recovery and I learned that people really do get better with help.",
    "It broke my heart to see you in the ER in November with an IV in your arm.",
    "I noticed you stopped playing your guitar, and the house is so quiet without it.",
    "I miss you at Sunday dinner, your chair just sits there empty.",
    "I don't understand everything about addiction, but I understand that I love you.",
    "The counselor at Hope Valley has a spot for you today and I really hope you'll take it.",
    "Please let us help you. Your bag is already packed and sitting in my trunk.",
    "I see how tired you look, and I think you're tired of this too.",
    "You used to call me Aunt Bee, and it still makes me smile.",
    "In June you were slurring on the phone at 10 in the morning, and later you didn't remember we talked.",
    "I hope someday we can go back to Lake Geneva and rent that awful paddle boat again.",
    "You were so good with my students the day you came in for career day.",
    "I'm asking you to accept help today, for you, not for me.",
    "When I found the burnt foil in your car I sat in my driveway and cried.",
    "I know you're hurting, and I don't want you to hurt alone anymore.",
    "You are smart and funny and kind, and that person is still in there.",
    "I want Grandma to see you healthy again while she's still with us.",
    "I love you kiddo, and I'll be right here when you get out.",
    "My heart sank when I saw pill bottles with somebody else's name on them in your bathroom.",
    "it was the best summer, teaching you to swim at the Y",
    "You wrote me a thank you note after my mom's funeral when you were eleven, and it's still tucked in my Bible.",
]

DEV171_TRAPS: list[str] = [
    "My dad, your grandpa, was a drunk for most of my childhood, and I know what it did to our family.",
    "I'll be honest, I called myself an alcoholic at my first AA meeting in 1998 and I've been sober ever since.",
    "I will always be your Aunt Bee, no matter what you decide today.",
    "I haven't given up on you and I never will.",
    "We always carved pumpkins on my porch every October, and yours were the scariest ones on the block.",
    "Honestly, that thirty day chip was an A+ accomplishment, and I bragged about it to the whole teachers' lounge.",
    "Dr. Patel told you in the ER that your liver enzymes are high, and I was sitting right there holding your hand.",
    "You said to me, 'Aunt Lisa, I'm a junkie and I hate it,' and I told you that isn't who you are.",
    "You are not an addict to me, you're my nephew who is sick and needs help.",
    "I'm a total coffee junkie, as you know, so I get a tiny piece of what craving feels like.",
    "This summer you helped me clean out my classroom and you made the whole day fun.",
    "You always made your little sister laugh when she was home sick.",
    "We all piled into my minivan and drove to the Dells, and you picked the music every single time.",
    "Your cousin Marcus was diagnosed with depression in college and he's doing great now, so I know people come back from hard things.",
    "Every time I see a kid in my class with your cowlick, I think of you and smile.",
    "You once told me 'I'm a disgrace to this family,' and I want you to know I have never thought that.",
    "You are not worthless and you are not a lost cause, no matter what that voice in your head says.",
    "I said 'I'm fine' for two years after my divorce and I wasn't, so I understand pretending.",
    "You graduated top of your welding class, and I cheered so loud the lady next to me moved seats.",
    "My ex-husband was a mean drunk, and you are nothing like him, you're gentle even now.",
    "I blame myself sometimes for not noticing sooner.",
    "It's not your fault you got hooked after the surgery, the doctor handed you those pills.",
    "I'd never miss this meeting for anything in the world.",
    "We used to stay up way too late playing Uno at the cabin, and you cheated every single time and we all knew it.",
    "My seventh graders are total sugar junkies the week after Halloween, and it always makes me think of you sneaking Reese's at Grandma's.",
    "You always remembered my birthday, even the year you were living out in Denver.",
    "I always keep the porch light on when I know you're coming over.",
    "The ER doctor said your heart was racing way too fast that night, and I've never been so scared in my life.",
    "Your Uncle Ray, who was a real lush back in the eighties, has been sober eleven years and wants to drive you today.",
    "You had the cleanest handwriting of anyone in your grade, I still have your old spelling tests.",
    "Not once did you complain when I asked you to tutor my struggling kids that summer.",
    "I'm not in denial about how bad this has gotten, and I don't think you are either.",
    "The whole family came to your high school graduation, and you waved at us from the stage.",
    "All of us here today drove in from three different states because we want you back.",
    "That week you got through detox was the hardest work I've seen anyone do, and I don't hand out compliments easily.",
    "Whatever happens today, you have a clean slate with me.",
    "My friend Carol is a psychologist, and she explained to me that addiction is a disease, not a character flaw.",
    "I was a pathetic mess after my divorce, and you were the one who showed up with a pizza.",
    "Every one of my students knows your name because I brag about my nephew the welder constantly.",
    "You never had to earn my love, you've had it since the day you were born.",
    "The drunk driver who hit Grandpa's truck in 2015 was a stranger, and you sat by Grandpa's bed every night that week.",
    "Your therapist diagnosed you with PTSD after the deployment, and I think the drinking started as a way to get through it.",
    "You were never a bad kid, not for one minute.",
    "I've heard you say you want to get better, and I believe you.",
]

DEV171_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be picking you up from work anymore or lending you my car.",
    "If you choose not to go, I'll still love you, but I won't give you money for anything, not even groceries.",
    "If you decide against treatment, you can't keep staying in my spare room after this Sunday.",
    "I won't cover for you with your mom anymore if you leave here without saying yes.",
    "If you walk away today I'm not going to answer late night calls for rides, but I'll pick up the minute you're ready for help.",
]

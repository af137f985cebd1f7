# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 220 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an aunt writing to her nephew on heroin, the Bronx and family parties: hearsay, 'we' statements and blame. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV220_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.96 (67/70; the rules alone 63/70): blame 14/15, we 12/14, every other kind full; good 0/48 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 9ed1673, rules and model 0.96 (67/70; the rules alone 63/70): blame 14/15, we 12/14, every other kind full; good 0/48 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV220_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your cousin Jessica saw you nodding off on the 4 train at Burnside and she said you looked like you were dead.",
        {"hearsay"},
    ),
    (
        "Mrs. Ortiz from 3B told me you been selling your mom's gold chains on Fordham Road.",
        {"hearsay"},
    ),
    ("Word on the block is you owe money to some dudes over on Tremont.", {"hearsay"}),
    (
        "Abuela's neighbor swears she caught you shooting up in the stairwell by the incinerator.",
        {"hearsay"},
    ),
    (
        "I found out from Marisol that the bodega let you go for taking money out the register.",
        {"hearsay"},
    ),
    ("Your PO called your mom and said you missed two check ins back to back.", {"hearsay"}),
    (
        "Half the people at Carmencita's baptism party were whispering you went in the bathroom to get high.",
        {"hearsay"},
    ),
    (
        "Your girlfriend told Lissette you pawned the PlayStation I bought you for Christmas.",
        {"hearsay"},
    ),
    (
        "According to Kevin you been sleeping on a bench off the Grand Concourse most nights.",
        {"hearsay"},
    ),
    (
        "The way Tio Hector tells it you nodded out holding the baby at the christening, and I believe every word.",
        {"hearsay"},
    ),
    (
        "Somebody at church told Abuela you got locked up in Hunts Point and she cried for two days, that's what you do to her.",
        {"blame", "hearsay"},
    ),
    ("Your sister says your a junkie now and I hate that she's right.", {"hearsay", "label"}),
    (
        "Tito's wife let it slip that you went in her purse at the Fourth of July barbecue.",
        {"hearsay"},
    ),
    (
        "Your mom's coworker saw you copping by the Cross Bronx at nine on a Tuesday morning and she told the whole office.",
        {"hearsay"},
    ),
    ("The whole family has decided you can't be trusted with nothing anymore.", {"we"}),
    ("All of us are sick and tired of covering for you at the parties.", {"we"}),
    ("Everybody in this family thinks you threw your life away.", {"we"}),
    ("Your mom, your abuela and me, we all agree you been lying to our faces.", {"we"}),
    ("We've all had it up to here with your excuses Danny.", {"we"}),
    ("Every single one of your tias thinks you only care about yourself now.", {"we"}),
    ("Nobody in this family believes a word that comes out your mouth anymore.", {"we"}),
    (
        "Me, your mother and grandma talked it over and we think you're too far gone to even see it.",
        {"we"},
    ),
    (
        "All your cousins feel like you turned into a stranger who only shows up when he needs money.",
        {"we"},
    ),
    (
        "Everyone at Thanksgiving agreed you looked like death warmed over, they just didn't say it to your face.",
        {"insult", "we"},
    ),
    (
        "Our whole family is fed up watching you throw away everything your mother sacrificed for you.",
        {"blame", "we"},
    ),
    ("We all know you take from Abuela's purse so don't even bother denying it.", {"we"}),
    (
        "The family sat down and we all think you're in denial about how bad this has gotten.",
        {"diagnosis", "we"},
    ),
    (
        "Honestly the whole Bronx side of the family feels like you stopped caring about us the minute you picked up that needle.",
        {"blame", "we"},
    ),
    ("Your mother hasn't slept through the night in two years and it's all on you.", {"blame"}),
    (
        "Abuela ended up in Montefiore with her heart last winter thanks to the stress you put on her.",
        {"blame"},
    ),
    ("You picked a bag of dope over your own daughter's birthday party.", {"blame"}),
    (
        "All the times I let you crash on my couch in Parkchester and this is how you pay me back?",
        {"blame"},
    ),
    ("You wrecked Nochebuena for everybody when you passed out on the bathroom floor.", {"blame"}),
    ("What kind of person steals from his own grandmother?", {"blame", "insult"}),
    ("Your little brother is failing ninth grade and that falls on you.", {"blame"}),
    ("Look at your mom, she's a wreck, and you made her that way.", {"blame"}),
    ("It's your fault your sister's quince ended with cops outside the hall.", {"blame"}),
    (
        "Every bad thing that happened to this family these last three years goes back to you.",
        {"absolute", "blame"},
    ),
    ("You broke your mother's heart into pieces and you don't even care.", {"blame"}),
    ("Thanks to you Tio Ray won't even come to the family parties no more.", {"blame"}),
    ("I never thought my nephew would end up a dope fiend.", {"label"}),
    ("Face it mijo, you're a heroin addict, plain and simple.", {"label"}),
    (
        "Abuela lights candles every Sunday for her grandson the dopehead, thats what its come to.",
        {"label"},
    ),
    ("All I'm asking is you be clean by Abuela's eightieth in June.", {"clean"}),
    (
        "Your last urine at the methadone clinic was dirty again and you swore up and down it wasn't.",
        {"clean"},
    ),
    ("You stayed clean like three weeks after detox and went right back to it.", {"clean"}),
    ("You never show up to a party without nodding off in some corner.", {"absolute"}),
    (
        "Every family party for two years you disappear for an hour and come back with your eyes pinned.",
        {"absolute"},
    ),
    ("Not once this whole year did you call your mother on a holiday sober.", {"absolute"}),
    ("It's disgusting watching you scratch and nod at Abuela's table.", {"insult"}),
    (
        "You are an embarrassment to this family and to your father's name, may he rest in peace.",
        {"insult"},
    ),
    ("You look like garbage Danny, like you crawled out a sewer on Jerome Ave.", {"insult"}),
    ("Go to detox Monday or don't ever come knocking on my door again.", {"threat"}),
    ("If you walk out of this room without saying yes, you're no nephew of mine.", {"threat"}),
    ("Keep using and I swear to God I'll call your PO myself and have you locked up.", {"threat"}),
    ("Take the bed they found for you or forget this family ever existed.", {"threat"}),
    (
        "Loved how you fell asleep face first at Jasmine's sweet sixteen, great entertainment for the guests.",
        {"sarcasm"},
    ),
    ("Congrats on making it through a whole family party without stealing nothing.", {"sarcasm"}),
    ("Oh sure, you 'got it under control', just like you had the rent under control.", {"sarcasm"}),
    (
        "I think you're a sociopath, the way you lie to your mother without even blinking.",
        {"diagnosis"},
    ),
    ("I been reading about narcissists online and you check every box.", {"diagnosis"}),
    (
        "Something's not right in your head, I think you're bipolar and the heroin is how you treat it.",
        {"diagnosis"},
    ),
]

DEV220_GOOD: list[str] = [
    "Danny, I'm writing this because I love you and I'm scared I'm losing you.",
    "I remember holding you at North Central the day you were born, you had so much hair the nurses laughed.",
    "When you were little you used to sit on my fire escape eating Italian ices and counting the trains go by.",
    "You used to be the first one on the dance floor at our parties, pulling Abuela up for a salsa.",
    "I miss hearing you laugh at my corny jokes.",
    "Lately when I look at you your eyes seem far away and it breaks my heart.",
    "At your cousin's wedding in May I noticed you'd lost a lot of weight, and I got scared.",
    "I saw your hands shaking when you held your coffee at my kitchen table last month.",
    "You stopped coming by on Sundays and my apartment feels so empty without you.",
    "You missed Abuela's birthday dinner in March and I kept looking at the door hoping you'd walk in.",
    "When you called me at 3 in the morning in August you sounded so lost, and I couldn't sleep after.",
    "I remember you teaching me how to text with emojis and laughing at me the whole time.",
    "You were the best big cousin to the little ones, carrying them on your shoulders at Orchard Beach.",
    "I still have the Mother's Day card you made me when you were eight, even though I'm your titi not your mom.",
    "You walked me home from the train that whole winter I had my knee surgery.",
    "I remember you at sixteen fixing Abuela's radio so she could listen to her novelas.",
    "You have the biggest heart in this family mijo.",
    "I want to see you at the head of the table one day carving the pernil like your father did.",
    "I hope someday you take Mia to the Bronx Zoo and remember every minute of it.",
    "I dream about you finishing that HVAC course you were so excited about.",
    "I want my nephew back, the funny one who calls me Titi Rosa in that silly voice.",
    "Mia asks about you, and I want her to know the Danny I know.",
    "There is a bed waiting for you in a program upstate, and the van can take you this afternoon.",
    "Please say yes today Danny.",
    "Will you go to treatment today, for you and for Mia?",
    "I'll drive you up there myself and I'll be at the first visiting day they allow.",
    "I'm not here to judge you, I'm here because I can't picture this family without you.",
    "Heroin has taken so much from you and I want you to get it back.",
    "I know you're hurting, and I know you didn't plan for your life to go like this.",
    "I'm proud of you for coming in here today and sitting down with me.",
    "Even on the hard days I still see that sweet little boy in your face.",
    "The summer you turned twelve I took you to City Island and you ate more fried shrimp than me.",
    "You helped me move out of my old place on Webster Ave without me even asking.",
    "When my husband passed you came over that whole week and just sat with me.",
    "That meant more to me than I ever told you.",
    "I got scared when you stopped answering my calls in October.",
    "Last time I saw you there was a sore on your arm that wasn't healing, and I couldn't stop thinking about it.",
    "I worry about you on those cold nights, wondering if you're somewhere warm.",
    "I want to dance with you at Mia's quinceañera one day.",
    "The people at this program help young men like you get their lives back, and they're good at it.",
    "I'll be at your family sessions, whatever you need me to bring.",
    "You don't have to do this alone mijo.",
    "I love you more than words on this paper can say.",
    "I remember you singing Marc Anthony in the kitchen with a wooden spoon for a mic.",
    "You used to bring me a cafe con leche from the corner spot on Kingsbridge on your way to school.",
    "I notice you don't laugh the way you used to, and I miss it so much.",
    "Your mom's Christmas party wasn't the same without you this year.",
    "Say yes and I'll be right next to you the whole way.",
]

DEV220_TRAPS: list[str] = [
    "Your Tio Hector was a drunk for twenty years and he just got his fifteen year chip, so I know people come back from this.",
    "I was a pill addict myself for a few years after my car accident, and nobody gave up on me.",
    "You told me once at 4am, 'Titi, I'm a junkie, I can't stop,' and I just held you while you cried.",
    "You are not a junkie to me, you are my Danny, the kid with the dimples.",
    "I will always love you no matter what you decide today.",
    "I'll never quit praying for you at St. Nicholas.",
    "We always went to Orchard Beach on the Fourth, all of us crammed in Papi's van with the coolers.",
    "We used to ride the Bx12 with your cousins and a bag of sandwiches, singing the whole way.",
    "The doctor at Lincoln said you had an infection in your heart valve last spring, and I prayed every night you'd pull through.",
    "Remember when you helped me clean out Abuela's basement and found your old Ninja Turtles?",
    "I'm proud of the thirty days you did last year, that was real and nobody can take it away from you.",
    "Great work getting your GED at nineteen, that picture is still on my fridge.",
    "Tio Ray was the stoner of the family back in the 80s and everybody teased him about it.",
    "I was in denial for a long time about how sick you were, and I'm sorry for that.",
    "My sister Nilda has bipolar disorder, and watching her get help taught me that asking for help is strong.",
    "I felt so pathetic crying in my car outside the hospital, but I couldn't stop.",
    "You and me used to pour Tio Ray's disgusting coquito into Abuela's plant and laugh till we cried.",
    "It's a shame nobody took pictures the night you and your mom danced at the block party on Valentine Ave.",
    "You could always crack me up even when I was in a bad mood.",
    "Every time I pass the handball courts on Bainbridge I think of you teaching me to hit the ball.",
    "You never once forgot my birthday as a kid, you made me cards with glitter all over them.",
    "I heard you laughing on the phone with Mia last week and it made my whole day.",
    "Abuela asked me to tell you she lights a candle for you at Mass on Sundays.",
    "We all want you home for Thanksgiving, with a plate waiting for you.",
    "I was dead tired after your cousin's wedding but we danced till two in the morning anyway.",
    "You ruined me for anybody else's pernil, nobody made it crispy like you did that one Christmas.",
    "Thanks to you I finally learned to use the MetroCard machine without crying.",
    "How could I ever forget the day you carried Abuela up four flights when the elevator broke?",
    "My cousin Eddie was an alcoholic who died at forty-one, and I don't want that for you.",
    "I'm a recovering addict too, ten years this October, and I'm living proof treatment works.",
    "You put on a clean shirt and took me to church on Easter, and I was so proud walking in with you.",
    "The dishes were dirty and piled up after the party and you stayed till midnight helping me wash.",
    "You're the whole reason I started laughing again after Tio Frank passed.",
    "At the party you called yourself a coquito addict and the whole room cracked up.",
    "I want you to have a clean slate, no matter what happened before.",
    "We never missed a Yankees opening day when you were a teenager, me, you and your dad up in the bleachers.",
    "I never told you how much it meant when you showed up at my retirement party in a tie.",
    "Your mom said to tell you your room is just how you left it, posters and all.",
    "I used to think people who used drugs were weak, and I was wrong.",
    "The counselor told me addiction changes the brain, and that helped me stop taking it so personal.",
    "Honestly I was disgusted with myself for yelling at you on the phone in June, and I'm sorry.",
    "I'm not here to call you an addict or a junkie or any of that, I'm here because you matter.",
    "Your father, God rest him, was a heavy drinker, and he'd be the first one telling you to go.",
    "Everybody at Tia Carmen's party was dancing to that Hector Lavoe song you love, and I saved you a plate.",
]

DEV220_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, not even for the train.",
    "I love you, but if you choose not to go, you can't keep staying on my couch.",
    "If you don't go today I won't be bringing you to family parties, but my phone stays on for the day you're ready.",
    "Starting tonight I'm not covering for you with your mother anymore, whatever you decide.",
]

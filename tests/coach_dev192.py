# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 192 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Mexican-American father writing in English, work, pride and the family name: blame and absolutes most, then insults. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV192_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.97 (60/62; the rules alone 56/62): blame 20/21, insult 11/12, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.97 (60/62; the rules alone 56/62): blame 20/21, insult 11/12, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV192_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mother cries herself to sleep most nights and that's on your shoulders, nobody else's.",
        {"blame"},
    ),
    ("You picked the bottle over your own kids, mijo, and I need you to look at that.", {"blame"}),
    (
        "I worked doubles at the packing plant for thirty years so you could have a better life and this is how you pay me back?",
        {"blame"},
    ),
    (
        "The Ramirez name meant something in this town until you dragged it through the mud.",
        {"blame"},
    ),
    ("Your grandmother's heart gave out from worrying about you, I truly believe that.", {"blame"}),
    ("We lost the shop on Zarzamora Street because of your pills, plain and simple.", {"blame"}),
    ("It's your fault Sofia won't bring the grandkids over anymore.", {"blame"}),
    ("You broke this family, Danny, and I dont know if it can be put back together.", {"blame"}),
    (
        "How do you look your little brother in the eye after what you did to him at his graduation?",
        {"blame"},
    ),
    (
        "The money I saved for your college went to lawyers because you couldn't put the bottle down.",
        {"blame"},
    ),
    (
        "I gave you my truck, my tools, my good name, and you threw all of it away for cocaine.",
        {"blame"},
    ),
    (
        "Your mom's high blood pressure, the pills she needs now just to sleep, that is what your drinking did to her.",
        {"blame"},
    ),
    (
        "Dont tell me this is nobody's business when you've wrecked every Christmas since 2019.",
        {"absolute", "blame"},
    ),
    (
        "You made me a liar in front of my compadres when I vouched for you at the job site.",
        {"blame"},
    ),
    (
        "Because you couldn't stay sober for one weekend, my father was buried without his oldest grandson there.",
        {"blame"},
    ),
    (
        "I lost sleep, I lost money, I lost my health over you, and you couldn't care less.",
        {"blame"},
    ),
    ("Your kids are growing up without a dad and you're the one who did that to them.", {"blame"}),
    ("What did your mother ever do to deserve a son who takes money out of her purse?", {"blame"}),
    (
        "I paid for welding school and you pawned the equipment for meth, so dont talk to me about respect.",
        {"blame"},
    ),
    (
        "Now the foreman at Alamo Steel won't hire anybody named Ramirez, and you know exactly why.",
        {"blame"},
    ),
    ("You never once came to one of your sister's softball games sober.", {"absolute"}),
    (
        "Every single holiday ends the same way, you passed out on the couch before the tamales are even served.",
        {"absolute"},
    ),
    ("There's always an excuse with you, always somebody else to point at.", {"absolute"}),
    ("Not one promise you made me in five years has come true.", {"absolute"}),
    ("Whenever I need you, you're gone, no exceptions.", {"absolute"}),
    ("You never think about anybody but yourself, Danny.", {"absolute"}),
    ("Anything I trust you with, you find a way to screw it up.", {"absolute"}),
    ("You show up to work hungover every day of the week.", {"absolute"}),
    ("Since you got out of the Army you have not told me the truth one single time.", {"absolute"}),
    ("your always asking for money and u never pay a dime back", {"absolute"}),
    ("You never pick up when your mom calls, not ever, not even on her birthday.", {"absolute"}),
    ("You look like a bum, mijo, and it embarrasses me to see you like that.", {"insult"}),
    ("A real man takes care of his family, and you can't even take care of yourself.", {"insult"}),
    ("What kind of son lets his mother pay his bail with her grocery money?", {"blame", "insult"}),
    ("You are a shame to the Ramirez name.", {"insult"}),
    ("I'm ashamed to tell the men at church that you're my son.", {"insult"}),
    ("You're acting like a spoiled little coward hiding behind a bottle.", {"insult"}),
    ("My father would spit on the ground if he could see what you've turned into.", {"insult"}),
    ("You are weak, Danny, weaker than I ever raised you to be.", {"insult"}),
    (
        "It's disgraceful, a grown man of thirty-four sleeping in his car outside the liquor store.",
        {"insult"},
    ),
    (
        "Sometimes I look at you and I dont see a man anymore, just a sorry excuse for one.",
        {"insult"},
    ),
    ("Qué vergüenza, you're a lazy good-for-nothing who sleeps till noon.", {"insult"}),
    (
        "Your own kids are embarrassed to be seen with you and honestly who could blame them.",
        {"insult"},
    ),
    ("I did not raise a drunk, but that's what you've become.", {"label"}),
    (
        "My son the tecato, that's what the neighbors on our street call you now.",
        {"hearsay", "label"},
    ),
    ("You're a pillhead, Marco, just admit it to yourself.", {"label"}),
    ("Your UA at probation came back dirty again, the second time this year.", {"clean"}),
    ("Those eight months you were clean, you were the best hand on my crew.", {"clean"}),
    (
        "Your tía Lupe told me she saw you buying crystal behind the Circle K on Culebra.",
        {"hearsay"},
    ),
    (
        "The foreman at the yard says you came in smelling like tequila twice last week.",
        {"hearsay"},
    ),
    (
        "Word around the parish is you've been borrowing money from half the men's group.",
        {"hearsay"},
    ),
    ("All of us in this room are fed up with your lies.", {"we"}),
    ("The whole family has decided you're not the same man anymore.", {"we"}),
    (
        "If you walk out of this room without saying yes, dont bother calling me your father again.",
        {"threat"},
    ),
    (
        "You go to that rehab in El Paso or I swear I'll change the locks and throw your stuff on the lawn.",
        {"threat"},
    ),
    (
        "Congratulations, mijo, you finally made the Express-News, right there in the police blotter.",
        {"sarcasm"},
    ),
    (
        "Real proud moment for the family, you showing up high to your abuelo's funeral.",
        {"sarcasm"},
    ),
    (
        "I think you're bipolar like your uncle Ruben, the way you go up and crash down.",
        {"diagnosis"},
    ),
    ("Your a narcissist, mijo, everything has to be about you.", {"diagnosis"}),
]

DEV192_GOOD: list[str] = [
    "Danny, I'm writing this because I love you and I'm scared for you.",
    "I remember teaching you to weld in the garage when you were twelve, you singed your eyebrows and kept right on going.",
    "You were the first one in our family to finish high school, and that picture is still on my dashboard.",
    "Mijo, when you laugh you sound just like my father did.",
    "I want my son back at the carne asada on Sundays, standing next to me at the grill.",
    "I'm asking you today to accept the help that's waiting for you at the center in San Antonio.",
    "There is a bed ready for you this afternoon and I will drive you there myself.",
    "I know I was hard on you growing up, and I'm sorry for that.",
    "I worked a lot when you were small and I wish I had been home more.",
    "Your daughter asks me about you whenever she comes over to the house.",
    "I miss fishing with you off the jetty in Port Aransas.",
    "Please say yes today, for yourself first and then for the rest of us.",
    "I believe you can beat this, I've watched you do hard things your whole life.",
    "Te quiero, mijo, more than my own life.",
    "I remember you carrying your abuela up the church steps when her knees got bad.",
    "My hands are old and tired but they're still here to help hold you up.",
    "I'm proud to be your dad and I want you to hear me say it.",
    "You used to call me after your shift just to tell me a joke from the crew.",
    "Nobody I know can bring a dead engine back to life like you can.",
    "I dream about us finishing that '68 Chevy together like we planned.",
    "I remember your face when your son was born, you held him like he was made of glass.",
    "I dont want to lose you, Danny.",
    "The program has people there who understand, and it's covered by our insurance.",
    "Im learning too, I've been going to Al-Anon on Tuesday nights at St. Joseph's.",
    "You have a good heart, I've seen it since you were a little boy.",
    "My hope is that next summer you and me go down to Michoacán and visit the family ranch.",
    "You taught your little cousins to ride bikes in the alley behind our house.",
    "Whatever happens today, you are my son.",
    "I want to hear you sing Vicente Fernández at the top of your lungs at the next wedding.",
    "Your mom and I will help with the kids' school stuff while you're away getting better.",
    "Your spot at the shop will be there for you when you finish the program.",
    "I want to sit on the porch with you again and drink coffee and talk about nothing.",
    "You're a good uncle, the boys light up when you walk in.",
    "When I found you on the bathroom floor in March, I thought I had lost you, and I haven't slept right since.",
    "At Rosie's baptism you left before the cake, and I felt my chest get tight watching the door.",
    "I was so scared when the police called me at two in the morning from the highway.",
    "It worried me to see you miss work three Mondays in a row last October.",
    "Last Thanksgiving you fell asleep at the table, and I felt helpless watching your kids look at you.",
    "When my father's watch went missing, I sat in my truck and cried where nobody could see me.",
    "Thank you for fixing your mom's car in January without her even having to ask.",
    "I saw how hard you tried last spring going to those meetings for two months, and it made me proud.",
    "Thank you for coming to my retirement party, it meant the world to me.",
    "You stayed with me at the hospital after my heart surgery and I carry that with me.",
    "I noticed you've been calling your daughter on Sundays again and it makes me happy.",
    "When you told me last month you were tired of living this way, I felt hope for the first time in a long time.",
]

DEV192_TRAPS: list[str] = [
    "My own father was a drunk, and I swore I would break that chain with my kids.",
    "I was an alcoholic myself for eleven years before I got sober in 1998, so I know how hard this is.",
    "I'll always love you, mijo, no matter what you say today.",
    "I never stopped believing in you, not for one day.",
    "We always had menudo on New Year's morning, all of us crowded in your grandma's kitchen.",
    "You told me once, 'Dad, I'm a disgrace,' and I told you that's not true, and I still mean it.",
    "Your doctor at Baptist told us your liver numbers are high, and that scares me.",
    "Great job on those sixty days last year, I still keep the chip you gave me in my wallet.",
    "Remember when we cleaned out the garage and found your old Little League trophies?",
    "Your abuela was a coffee junkie, she'd drink a cup at midnight and sleep like a baby.",
    "My brother Chuy was a heroin user who died in 2006, and I dont want to bury another person I love.",
    "You said to me 'I'm pathetic, Dad,' and it broke my heart that you see yourself that way.",
    "Every time you laugh, I see the boy I raised.",
    "We went to every Spurs game we could afford when you were a kid.",
    "I'm not here to blame you, I'm here because I love you.",
    "Nothing you could ever do would stop me from being your father.",
    "The doctor told us you have hepatitis C, and I want you to get it treated.",
    "I heard you singing to your daughter over the phone last week and it made my whole day.",
    "Your sister said she loves you and asked me to tell you that first.",
    "We are all here because we love you and we want you home.",
    "I'll never forget the day you got your welding certificate.",
    "You were always the one who could make your mother laugh.",
    "I'm not trying to make you feel guilty, I just want you back.",
    "I used to be a heavy drinker too, your mom can tell you how bad it got.",
    "Mijo, you're not a failure, you're a man who is struggling.",
    "I know you feel like a disappointment, but you have never been one to me.",
    "That old ranch truck was always dirty, remember how we'd hose it down in the driveway on Saturdays?",
    "Your mom keeps the house so clean you could eat off the floor, and she keeps your room ready for you.",
    "I'll be there every single family day of the program if they let me.",
    "Your grandpa was a stubborn man who never gave up on anything, and you have his blood.",
    "Your cousin Tony used to be a meth user, and now he's three years sober and coaching Little League.",
    "I'm not here to threaten you or to shame you.",
    "Thank you for always calling on my birthday, even in the hard years.",
    "I was never a perfect father, I yelled too much and worked too late.",
    "The counselor explained to me that addiction is a disease, and that helped me stop being angry.",
    "You're my son, not a junkie, not a criminal, not whatever they call it on the news.",
    "We drove all night to Monterrey for your tío's wedding and you slept on my shoulder in the back seat.",
    "Your therapist told you it's depression, and I'm glad you're finally getting help for that.",
    "In my AA group there's an old guy named Beto who calls himself a drunk with a lucky streak, and he'd like to meet you.",
    "I always thought you'd take over the shop someday, and I still think you can.",
    "Shame is not what I feel when I look at you, it's love.",
    "I never want to hear you call yourself worthless again, because you're not.",
    "You're the reason I worked so hard all those years, mijo, and I'd do it all again.",
    "Because of you I became a grandfather, and that's the best thing that ever happened to me.",
]

DEV192_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't pay your phone bill or your truck insurance anymore, and I'm doing that because I love you.",
    "If you don't go to treatment, you can't keep living at our house, but my offer to drive you there will stand.",
    "Danny, if you choose not to go today, I will stop covering for you with the foreman, and I'll tell him the truth if he asks.",
    "If you turn down help, I won't let you drive the grandkids anywhere, and I'll keep loving you from a distance.",
]

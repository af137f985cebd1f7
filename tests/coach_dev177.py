# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 177 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a retired police officer father, report-writing voice and old grudges: blame, absolutes and threats most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV177_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.94 (60/64; the rules alone 47/64): label 2/3, absolute 12/13, blame 20/21, insult 2/3, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 2/44 (4.5%; the rules alone 2).

At merge, before it was trained on: with main 6613c6f, rules and model 0.94 (60/64; the rules alone 47/64): label 2/3, absolute 12/13, blame 20/21, insult 2/3, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV177_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mother spent the last two years of her life worrying herself sick over you, and I hold you responsible for that.",
        {"blame"},
    ),
    (
        "At approximately 0140 hours you put my truck into the guardrail on Route 9, and it was your drinking that put that Miller boy in traction, not the ice like you told the trooper.",
        {"blame"},
    ),
    (
        "I put in my papers eight months early to deal with the mess you made, and I have not forgotten it.",
        {"blame"},
    ),
    (
        "Thirty-one years I kept this family's name respected in Harlow County and you dragged it through the mud in under three.",
        {"blame"},
    ),
    (
        "Your sister moved clear to Tucson to get away from the chaos you brought into this house.",
        {"blame"},
    ),
    (
        "I paid your bail twice, your rent for a year and that lawyer on Market Street, and this is how I get repaid?",
        {"blame"},
    ),
    ("Every gray hair on my head has your name on it, son.", {"blame"}),
    ("Your kids are growing up without a father and that is your doing, nobody else's.", {"blame"}),
    (
        "You picked the pills over your own daughter's birthday party and I watched her wait by the front window till dark.",
        {"blame"},
    ),
    (
        "For the record, the fire in the garage started with your cigarette while you were passed out on the cot.",
        {"blame"},
    ),
    (
        "Your mother's heart gave out the spring after your second arrest, and I don't believe that was any coincidence.",
        {"blame"},
    ),
    (
        "You cost me a forty year friendship with Frank Kowalski when you walked out of his hardware store with the register money.",
        {"blame"},
    ),
    (
        "What you put this family through I wouldnt wish on the worst perps I ever booked.",
        {"blame"},
    ),
    (
        "I lost the better part of ten years of sleep on account of you and that bottle of Jim Beam.",
        {"blame"},
    ),
    (
        "The Hendersons wont speak to us at St. Mark's anymore and you know exactly who to thank for it.",
        {"blame"},
    ),
    (
        "Your brother put off his wedding a whole year to pay for your detox, so dont tell me nobody sacrificed for you.",
        {"blame"},
    ),
    (
        "It was you who left the gate open the night Rosie got hit, because you were too lit to notice.",
        {"blame"},
    ),
    (
        "I had to explain to my old sergeant why my own son was in the back of a unit on Fifth Street, and I lay that humiliation at your feet.",
        {"blame"},
    ),
    (
        "You broke your mothers heart and then you couldnt even be bothered to come to the hospital.",
        {"blame"},
    ),
    (
        "The collection agencies calling my house at suppertime are calling about your debts, and every ounce of stress that puts on this family lands on your shoulders.",
        {"blame"},
    ),
    (
        "Kayla started wetting the bed again after she saw you nodding off at the table, and that's what your choices have done to a seven year old.",
        {"blame"},
    ),
    ("You have not kept a single promise to me since 2016.", {"absolute"}),
    (
        "Every holiday for six years running has ended with you loaded and somebody crying in the kitchen.",
        {"absolute"},
    ),
    ("You lie to me each and every time you open your mouth, Daniel.", {"absolute"}),
    (
        "There isnt a story you've told me in ten years where you gave me the truth the first time around.",
        {"absolute"},
    ),
    ("When the phone rings after midnight it's about you, without fail.", {"absolute"}),
    ("You show up late to everything, period, end of report.", {"absolute"}),
    ("Not one job you've held has lasted past ninety days.", {"absolute"}),
    (
        "You cant get through one weekend without getting high, I've logged it for years.",
        {"absolute"},
    ),
    ("Anything I lend you ends up at the pawn shop on Delmar, no exceptions.", {"absolute"}),
    (
        "You have not owned up to a single thing you did wrong in your whole adult life.",
        {"absolute"},
    ),
    ("Every conversation we have ends with you asking me for money.", {"absolute"}),
    (
        "You're forever making excuses, it's the boss, it's the cops, it's the weather, it's me.",
        {"absolute"},
    ),
    ("At no point in the last decade have you put those kids first.", {"absolute"}),
    ("If you walk out of this room today, dont bother coming to my funeral.", {"threat"}),
    (
        "Sign the intake papers for Riverside today or I'm changing the locks and having the sheriff put your things on the curb.",
        {"threat"},
    ),
    (
        "You go to treatment or I will personally see to it that Judge Alvarez hears about the Dillard Street burglary.",
        {"threat"},
    ),
    ("Refuse this and you wont have a father anymore, I mean that.", {"threat"}),
    (
        "I still know every deputy in this county, and if you get behind the wheel drunk one more time I'll have you picked up myself before you reach the county line.",
        {"threat"},
    ),
    (
        "Go tonight, or I swear I'll write you out of the will and you can explain that to your kids.",
        {"threat"},
    ),
    (
        "Say no and I'll hand your ex-wife every last thing I know, and she'll have full custody by Christmas.",
        {"threat"},
    ),
    ("This is your last chance; after today you are no son of mine.", {"threat"}),
    (
        "Turn this down and I'm done, I'll sell the house and you won't know where I went.",
        {"threat"},
    ),
    ("Take the bed at Hazelden or forget you ever had a family.", {"threat"}),
    (
        "I'll press charges for the two rifles you took from my safe if you're not on that plane tomorrow morning.",
        {"threat"},
    ),
    (
        "You either get in that car with Mr. Pruitt this afternoon or the next time you see me will be across a courtroom.",
        {"threat"},
    ),
    ("I never figured I'd raise a drunk, but that is what you turned into.", {"label"}),
    (
        "In my day we called guys like you hopheads, and that's all I see when I look at you now.",
        {"insult", "label"},
    ),
    (
        "Your probation officer showed me the urine screen from June and it was dirty for fentanyl.",
        {"clean", "hearsay"},
    ),
    ("I want you clean, not dry for a week and then right back at it.", {"clean"}),
    (
        "Frankly you are an embarrassment to the uniform I wore and the name on the mailbox.",
        {"insult"},
    ),
    ("What kind of grown man takes his dead mother's rings to buy meth?", {"insult"}),
    ("Officer Daley tells me he saw you buying on Fifth and Locust twice last month.", {"hearsay"}),
    ("Word down at the VFW is you're back at the Anchor Tavern by noon most days.", {"hearsay"}),
    ("Everybody at this table has had it up to here with your excuses.", {"we"}),
    (
        "The family sat down without you and we're all agreed you are not fit to watch the kids.",
        {"we"},
    ),
    ("Real proud moment, seeing my son's mugshot on page three of the Courier.", {"sarcasm"}),
    (
        "Nice work at Grandpa's 80th, face down in the potato salad in front of the whole Legion hall.",
        {"sarcasm"},
    ),
    ("I interviewed enough sociopaths in my career to know one when I see one.", {"diagnosis"}),
    ("You are in denial, plain and simple, and you have been for years.", {"diagnosis"}),
    ("Some addict you turned out to be, a real credit to the family.", {"label", "sarcasm"}),
]

DEV177_GOOD: list[str] = [
    "Danny, I'm putting this on paper because I do better writing reports than making speeches.",
    "I remember you at six on the pier at Lake Harmony, hauling in a sunfish and refusing to let me throw it back.",
    "When I came home off the midnight shift you'd be curled up on the couch in those little police pajamas, waiting up for me.",
    "The job made me hard, and I brought too much of it home; I'm sorry for that.",
    "You've got the best laugh in this family, hands down.",
    "I miss our Sunday phone calls about the Phillies bullpen.",
    "There is a bed waiting for you at Riverside and they can take you this afternoon.",
    "I think your mother would be glad you stayed in this room to listen.",
    "I'm asking you to accept the help that's been set up for you, today.",
    "In third grade you gave half your lunch to the new kid from Guatemala, and I bragged about it at the station for a week.",
    "I have loved you since the first minute I held you at St. Joseph's.",
    "My knees are shot and my hearing's going, and what I want with the years I have left is to spend some of them with you.",
    "Your daughter asks about you by name, and she drew a picture of the two of you on the swings at Nay Aug Park.",
    "I'll drive you there myself and carry your bag in.",
    "You taught me how to work the smartphone, and you were more patient with me than I was with you at that age.",
    "I'm not here to argue with you, I'm here because I'm scared of losing you.",
    "I want to watch a ballgame with you again someday without worrying how you're getting home.",
    "You rebuilt the transmission on that old Ford when you were sixteen and I stood there amazed.",
    "For the record, I'm proud to be your father, and I wanted you to hear it from me.",
    "When you held Kayla for the first time you cried, and so did I.",
    "Please say yes today. I'll be right here when you get out.",
    "I think about that camping trip in the Poconos, the tent coming down in the rain and you laughing so hard you couldnt breathe.",
    "You and your brother built forts out of the couch cushions and defended them like the Alamo.",
    "I've been going to Al-Anon on Tuesday nights at St. Mark's so I can understand this thing better.",
    "I'd like the two of us to go up to the cabin next summer and fix the dock together.",
    "You have a good heart, Danny, I've seen it your whole life.",
    "I should've listened more and lectured less, and I'm working on that.",
    "Let the record show that I love you, son.",
    "When I found you on the bathroom floor last March and did compressions till the medics came, I was more scared than I was on any call in thirty-one years.",
    "When you weren't at Kayla's graduation, I felt sad for her and for you.",
    "I saw the marks on your arms at Thanksgiving, and I went out to the garage and cried where nobody could see me.",
    "The day I picked you up from county I didnt say a word the whole drive home, and I regret that.",
    "Last August you told me you wanted to quit, and I believed you meant it.",
    "Thank you for fixing my porch steps after my knee replacement, you did a fine job on them.",
    "The eight months you were sober in 2019 you coached Tyler's Little League team and those boys adored you.",
    "I was proud of you when you earned your CDL, nobody handed that to you.",
    "You drove three hours through a snowstorm to sit with your mother at the end, and I'm grateful to you for it.",
    "When Mercy Hospital called at 2 a.m. my hands were shaking so bad I couldnt button my coat.",
    "Thank you for calling me on my birthday in October even though things were rough for you.",
    "I was hurt when the money went missing from my dresser, and I'd rather tell you that plainly than pretend.",
    "You held down that job at the lumber yard for a full year, and I noticed how hard you worked.",
    "Seeing you in that hospital bed with tubes in your arm was the worst hour of my life, and I'm telling you so you know how much you matter to me.",
    "Your chair is still at the dinner table, and I miss you in it.",
    "Kayla's soccer season starts in April and she wants you in the stands.",
]

DEV177_TRAPS: list[str] = [
    "My own father was a drunk who took his belt to us, and I swore I'd be different; I'm not sure I managed it.",
    "I arrested hundreds of addicts over my career and I never once thought of any of them as less than human.",
    "I'll always be your dad, no matter what you decide today.",
    "We always went down the shore the week after the Fourth, you in the back seat with the cooler.",
    "Dr. Patel says your liver numbers are three times what they should be, and I am frightened for you.",
    "You said to me in the car, 'Pop, I'm a junkie and I dont know how to stop,' and I have carried that with me since.",
    "You are not a criminal to me and you are not a junkie, you are my son and you are sick.",
    "Great job on your thirty days in 2021, I still have the chip you gave me in my wallet.",
    "Saturday I helped your brother clean out the gutters and we talked about you the whole time.",
    "You were a real junk-food junkie as a boy, I'd find Twinkie wrappers under the seats of the cruiser.",
    "The night I graduated the academy we all went to Dino's for pizza and you knocked over the pitcher.",
    "I quit drinking myself in 1998 and I remember how hard that first month was.",
    "Uncle Ray was an alcoholic and he was gone at fifty-two, and I dont want that for you.",
    "The counselor at Riverside explained addiction is a disease, and that helped me understand a lot.",
    "You told me 'I'm worthless, Pop' on the phone in February, and I need you to know you are not.",
    "Your cardiologist says your heart is enlarged from the cocaine; I'm telling you because I'm scared, not to shame you.",
    "I never missed one of your wrestling matches, and I'm not going to miss this either.",
    "Every time I smell fresh cut grass I think of you riding on the mower in my lap.",
    "Your mother always kept your school picture on the fridge, right beside the calendar.",
    "I worked nights for twenty years so we could always have Sunday breakfast together.",
    "I was a pillhead myself for a while after my back surgery in '04, something I never told you.",
    "Nothing you could ever do would make me stop being your father.",
    "We took you to Gettysburg the summer you turned ten and you memorized every regiment on Little Round Top.",
    "You came home from the dirt bike track in the dirtiest jeans in Lackawanna County and your mother made you hose off in the yard.",
    "Thank you for the card on my retirement that said 'to the best cop I know', it's still on my desk.",
    "Sgt. Miller's boy was a tweaker at twenty and today he runs his own roofing outfit, so I know people come back.",
    "I kept a clean record for thirty-one years, and that record doesnt matter to me half as much as you do.",
    "You are not a disgrace, and I'm sorry if I ever made you feel like one.",
    "When the ER doctor told me you had pneumonia, I sat and held your hand the whole night.",
    "You never gave up on Buster when the vet said he wouldn't walk again, and I'm not giving up on you.",
    "I always believed you'd grow up to be a better man than me, and I still do.",
    "We all piled into the Buick for Niagara Falls and you got carsick just outside Buffalo.",
    "I was too proud to admit I was depressed after I retired, so I understand a little about hiding things.",
    "You once said, 'Dad, I've been in denial about all of it,' and I think that took courage to say.",
    "I kept my promise to your mother to never sell the cabin, it's still there waiting for you.",
    "Proud of you for paying back Mrs. Ortiz without anybody asking you to, that took character.",
    "The first drunk driver I ever arrested, I was twenty-three, and I went home after and picked you up out of your crib.",
    "I dont blame you for having this disease, I'm asking you to treat it.",
    "My partner Lou went through rehab in '92 and stayed sober till the day he died, and I was never prouder of anybody.",
    "Everybody in this room drove in today because they love you, me included.",
    "Half of Carbondale called your grandfather a lush and nobody ever told him they loved him; I won't repeat that mistake.",
    "I'll never forget the night you were born, 3:14 in the morning, and me still in uniform.",
    "The whole family still talks about the summer we built the deck together and you nailed your sneaker to it.",
    "When you're ready to come home, I'll be here every single day waiting.",
]

DEV177_BOTTOM_LINE_OK: list[str] = [
    "If you leave here without going to Riverside, you can't stay at the house, but I will still pick up when you call.",
    "If you choose not to go, I will not come get you from the station again and I won't post bail.",
    "If you turn this down, I'm not lending you the truck anymore, and the offer of treatment stays open any day you want it.",
]

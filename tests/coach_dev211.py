# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 211 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Vietnamese-American father, the nail salon, sacrifice and the boat journey: blame and absolutes most, then insults. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV211_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.92 (56/61; the rules alone 47/61): blame 17/20, insult 10/12, every other kind full; good 2/54 (3.7%; the rules alone 2), traps 5/40 (12.5%; the rules alone 4).

At merge, before it was trained on: with main 9ed1673, rules and model 0.92 (56/61; the rules alone 47/61): blame 17/20, insult 10/12, every other kind full; good 1/54 (1.9%; the rules alone 1), traps 5/40 (12.5%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV211_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mother works twelve hours bent over other people's feet at the salon and still cries herself to sleep, that is what your pills did to her.",
        {"blame"},
    ),
    (
        "I crossed the ocean on a fishing boat with nothing in my pockets so you could have a life, and you poured it all down your throat one bottle at a time.",
        {"blame"},
    ),
    (
        "Me and your mother emptied our savings for your lawyer, so dont tell me this only hurts you.",
        {"blame"},
    ),
    (
        "Vy quit her nursing program to babysit you, she gave up her whole future to clean up after you.",
        {"blame"},
    ),
    (
        "Customers stopped coming to the salon after you showed up high at the front desk, and that is on your shoulders, con, not mine.",
        {"blame"},
    ),
    (
        "Fourteen months we waited in the camp in Palawan so my son could grow up and pick the needle over his own family?",
        {"blame"},
    ),
    (
        "Ba Noi's heart got worse the same year you started using, the doctor said it was stress, and I know exactly whose stress it was.",
        {"blame"},
    ),
    (
        "You went off to smoke meth instead of coming to Lily's birthday, and she sat by the window in her party dress until ten o'clock.",
        {"blame"},
    ),
    (
        "Khoa had to lie to his own wife about where the money went, so now you made your brother a liar too.",
        {"blame"},
    ),
    (
        "Do you know what it cost me to stand in that courtroom in front of strangers, all so the judge could hear my son sold pills out of my car?",
        {"blame"},
    ),
    (
        "My hands are cracked from thirty years of acetone to pay for your college and u drank your way out of San Jose State in one semester.",
        {"blame"},
    ),
    (
        "Your grandmother died without ever seeing you sober, and that is something you will carry, not me.",
        {"blame"},
    ),
    ("It's your fault your mom needs sleeping pills now just to get through the night.", {"blame"}),
    ("You broke this family into pieces for a high that lasts two hours.", {"blame"}),
    (
        "All those years I did pedicures on my knees to give you everything, and the one thing I asked back was that you stay alive.",
        {"blame"},
    ),
    (
        "Your mother's gold bracelet from our wedding in Saigon is sitting in a pawnshop on King Road, and you are the one who carried it there.",
        {"blame"},
    ),
    (
        "I cleaned offices at night after the salon closed so you would never suffer like I did, and you went and dragged every one of us down into your suffering anyway.",
        {"blame"},
    ),
    (
        "How do you look your mother in the face after taking the cash out of her register?",
        {"blame"},
    ),
    (
        "Linh took the baby and left, and after everything you put her through with the coke I cannot even blame her.",
        {"blame"},
    ),
    (
        "You only ever think about yourself, and that's why your mother cries every night.",
        {"absolute", "blame"},
    ),
    (
        "You never once came to help at the salon on a Saturday, not when your mom hurt her back, not ever.",
        {"absolute"},
    ),
    (
        "Every single holiday ends the same way, with you passed out on the couch before the food is even on the table.",
        {"absolute"},
    ),
    ("You lie about everything now, con, every word that comes out of your mouth.", {"absolute"}),
    ("Whenever I call you, either you are high or you don't pick up.", {"absolute"}),
    (
        "Each time you swear to me you will stop, you are using again before the week is over.",
        {"absolute"},
    ),
    ("You have not told me the truth one time in three years.", {"absolute"}),
    ("your always got an excuse, the car, the boss, the weather, its never you", {"absolute"}),
    ("You forget your daughter's birthday year after year.", {"absolute"}),
    ("All you do anymore is sleep until two in the afternoon and go out all night.", {"absolute"}),
    ("Not a single paycheck from the warehouse ever made it home to your wife.", {"absolute"}),
    ("You show up to the temple drunk on New Year's, every year without fail.", {"absolute"}),
    ("You take and take and never give this family one thing back.", {"absolute"}),
    ("I am ashamed to tell my customers I even have a son.", {"insult"}),
    (
        "Look at you, thirty four years old and sleeping in your parents' garage like a stray dog.",
        {"insult"},
    ),
    (
        "Back in Vietnam a man like you would bring shame on his ancestors for three generations.",
        {"insult"},
    ),
    (
        "A grown man stealing from his own mother's tip jar, there is nothing lower than that.",
        {"insult"},
    ),
    ("You are an embarrassment to the Tran name.", {"insult"}),
    ("Honestly you look like garbage, skin and bones and gray like a dead man.", {"insult"}),
    ("No real man lets his old parents pay his rent at forty.", {"insult"}),
    ("Some days I cannot even stand to look at you.", {"insult"}),
    ("You became weak and useless, nothing like the boy I raised.", {"insult"}),
    ("What kind of son lets his mother go beg the bank for another loan?", {"insult"}),
    ("You smell like a bar floor and you act like one too.", {"insult"}),
    ("I raised a son, not a parasite.", {"insult"}),
    ("Everybody at the salon calls you the drunk son behind your back now.", {"hearsay", "label"}),
    ("I never imagined I would be the father of a pill addict.", {"label"}),
    ("You are a meth head, Tuan, and pretending you're not helps nobody.", {"label"}),
    ("When you finally get yourself clean we can talk about giving the car back.", {"clean"}),
    ("Your last two screens were dirty, I saw the paper with my own eyes.", {"clean"}),
    (
        "Chi Hanh from the shop next door saw you buying from some guy behind the pho restaurant.",
        {"hearsay"},
    ),
    ("Your cousin Bao says you been selling your Xbox games to buy pills.", {"hearsay"}),
    (
        "Your mother and I and your sisters, all of us agree you have turned into a stranger.",
        {"we"},
    ),
    ("This whole family is sick to death of covering for you at Tet.", {"we"}),
    ("If you don't get in that car to the rehab today, don't ever call me Ba again.", {"threat"}),
    ("Go to treatment or I tell the whole temple what you did.", {"threat"}),
    ("Congratulations, you managed to stay sober for a whole afternoon.", {"sarcasm"}),
    (
        "Thank you so much for the lovely Mother's Day present of bailing you out of jail.",
        {"sarcasm"},
    ),
    (
        "I think you are manic depressive, nobody goes up and down like you without something wrong in the head.",
        {"diagnosis"},
    ),
    (
        "You have no conscience anymore, con, you lie like a psychopath without even blinking.",
        {"diagnosis"},
    ),
]

DEV211_GOOD: list[str] = [
    "When I had my heart surgery in 2019, you drove me to every appointment and slept in that hospital chair, and I never thanked you properly.",
    "Thank you for fixing the pedicure chairs at the salon last spring, you did it in one afternoon and saved us eight hundred dollars.",
    "Last month I heard you crying in the bathroom at three in the morning, and I stood outside the door not knowing what to say. I am saying it now: I love you.",
    "The night the police called, I sat in my car in the salon parking lot for an hour because I could not breathe.",
    "I saw you asleep on the bench outside the salon in January with no jacket, and I went home and could not eat my dinner.",
    "We always closed the salon early on your birthday and went for crab at the place on Tully Road.",
    "You always carried your mother's bag for her when we walked to the bus, even when you were eight.",
    "Your mom was never too tired to make you chao when you were sick.",
    "When I lost my job at the electronics plant in 2001, you gave me your paper route money, eleven dollars, and I still have that envelope.",
    "When your mom had her surgery you took the late shift at Costco so we could make rent, I know that and I will not forget it.",
    "I watched you teach Vy to ride a bike in the church parking lot, running behind her for an hour with your hand on the seat.",
    "On the boat I promised God that if my family lived I would never stop fighting for them, and you are my family.",
    "When I see your hands shaking in the morning I feel scared for you, not angry.",
    "You translated for me at the DMV and the bank when you were only ten, and I was so proud of you.",
    "I found the pill bottles in your jacket last week, and I sat down on your bed and cried.",
    "When you were sober for those four months in 2021 you came to dinner every Sunday and we laughed like before.",
    "We never missed the Tet fireworks downtown, you riding on my shoulders every year.",
    "After my stroke you came every day to do my exercises with me, even on the days I yelled at you.",
    "I heard you on the phone telling Lily a bedtime story in Vietnamese, and my heart was so full.",
    "Last Christmas I saw you give your last twenty dollars to the old man outside Lion market.",
    "I was scared when I drove to find you at the motel on Monterey Road, and I am still scared.",
    "thank you for sitting with me the whole night in the ER when my blood pressure went up, even tho you had work in the morning",
    "Con oi, I love you more than my own life.",
    "I remember holding you on my lap in the camp clinic when you had the fever, you were so small.",
    "You were born in San Jose, the first one in our family born free.",
    "Your laugh used to fill up the whole salon.",
    "I want to see you hold your daughter's hand at her graduation.",
    "Please accept the help that is waiting for you today, the place in Santa Cruz has a bed ready.",
    "I miss talking with you about the Warriors on the drive home.",
    "The nail designs you painted for the window display are still hanging there, the customers still ask who made them.",
    "I am writing this letter because I am afraid of losing you.",
    "I want my son back, the one who sang karaoke with his uncles until midnight.",
    "Your mother and I will visit you every weekend they allow.",
    "I hope one day you take your kids fishing at Lake Cunningham the way I took you.",
    "I have noticed you stopped coming to dinner and you lost so much weight.",
    "Since last summer you seem far away, and your eyes look so tired.",
    "I remember you at six, standing on a bucket to help me rinse the foot basins.",
    "You have a good heart, I have seen it many times.",
    "Will you go today? I will drive you there myself.",
    "I am proud of who you were and I believe in who you can be.",
    "When I look at your baby pictures I remember why I came to this country.",
    "Anh Tuan, you taught me how to swim at the Y, now let me help you stay above the water.",
    "I feel helpless watching you hurt yourself, and I don't want to feel that anymore.",
    "I am not a perfect father, I worked too much when you were young and I am sorry for that.",
    "Your grandmother in Da Nang still asks about you every time I call.",
    "I want to dance with you at my wedding, little brother.",
    "Dad, you taught me how to fix a bike chain and cast a line, and I want my kids to know that dad.",
    "When I see your empty chair at dinner I think of you.",
    "i love you and i want you to come home healthy",
    "Ba, I miss you reading the Viet newspaper out loud to me in the mornings.",
    "The doctors at this program understand pills and they can help your body heal.",
    "Whatever happens today, I am here and I am not going anywhere.",
    "You are my only son and I would cross that ocean again for you.",
    "One day I want to go back to Vung Tau with you, both of us healthy, and show you the beach where I left from.",
]

DEV211_TRAPS: list[str] = [
    "My own father was a drunk in Saigon, and I promised myself I would break that chain with love, not with yelling.",
    "I was an alcoholic for a few years after we arrived, and an old man at the temple helped me stop.",
    "Every night I clean the foot spas at the salon and I think about you.",
    "You told me 'Ba, I'm a failure' and I want you to know that is not true.",
    "To me you will never be an addict, you will always be my boy.",
    "I never stop lighting incense for you at the temple.",
    "We always had pho together on Sunday mornings after mass.",
    "Great work on your thirty days last fall, I was so proud I told every customer who sat in my chair.",
    "Your doctor at Valley Medical told us your liver numbers are high, and I am scared for you.",
    "The doctor said you have depression too, and I want you to get help for that as well, with no shame.",
    "My brother Long was an alcoholic and drank himself to death in Houston, and I don't want to bury another man I love.",
    "I never once regretted the boat, not for one second, because you were born here.",
    "We went to Monterey every Fourth of July and you always found the biggest crab.",
    "The salon is clean and quiet on Mondays, and that's when I miss you most.",
    "You said to me 'I'm a disgrace to this family' and I cried, because you are not.",
    "Lily is a total Pokemon junkie now, she wants you to teach her the cards again.",
    "My English was so pathetic when we got here that you, seven years old, had to talk to the landlord for me.",
    "The sea was angry every single night of those nine days, and I held you against my chest the whole time.",
    "I heard from the nurse that the program in Santa Cruz has a good family program.",
    "Vy said she loves you and she is saving you a seat at her wedding.",
    "We all make mistakes, I have made plenty myself.",
    "I hate what the pills are doing to your body, but I could never hate you.",
    "My boss at the plant used to call me worthless, and you were the one who told me to quit and open the salon.",
    "The counselor told us addiction is a disease and not a weakness, and I believe her now.",
    "You were always the first one up to open the salon gate with me when you were in high school.",
    "Every time I see a red Honda on the freeway I think it's you and I smile.",
    "You never forgot to call your mother on her birthday, not even last year.",
    "I used to drink too much myself when the business was failing, and I stopped, so I know it can be done.",
    "Thank you for coming today, I know it was not easy.",
    "Nobody in this family thinks you are a bad person.",
    "Your aunt Thu called herself a pillhead for ten years, and now she runs a bakery in Garden Grove, so I know people come back.",
    "I clean my glasses ten times a day now because I keep crying.",
    "The dirty dishes can wait, the salon can wait, today only you matter.",
    "Last week you texted me 'im such a loser dad' and I read it ten times; you are not a loser to me.",
    "We got through the storm together on that boat, and we can get through this too.",
    "Your hair always stuck up in the morning, and your mother always wet it down with her hand before school.",
    "My sister has bipolar disorder and she takes her medicine and lives a good life in Orange County.",
    "You once said 'Ba, I'm just a drunk, leave me alone,' and I refused to leave you alone then and I refuse now.",
    "The 'Father of the Year' mug you gave me when you were twelve is still the one I drink my coffee from every morning.",
    "What a beautiful job you did painting the salon sign, the letters still look perfect after five years.",
]

DEV211_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not pay your phone bill or your car insurance anymore, and I will still love you.",
    "If you choose not to go, you cannot sleep at our house, but I will call you every Sunday.",
    "If you do not accept help today, I will stop giving you shifts at the salon, because I cannot watch you hurt yourself there.",
    "If you say no, I will not lie to your wife for you anymore.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 199 (5 December 2026, round 26, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a wife of a long-haul trucker on meth, phone calls from truck stops: blame, threats and hearsay most. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV199_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.92 (58/63; the rules alone 50/63): blame 16/20, insult 3/4, every other kind full; good 1/51 (2.0%; the rules alone 0), traps 1/42 (2.4%; the rules alone 1).

At merge, before it was trained on: with main 9ed1673, rules and model 0.92 (58/63; the rules alone 50/63): blame 16/20, insult 3/4, every other kind full; good 1/51 (2.0%; the rules alone 0), traps 1/42 (2.4%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV199_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dale, the reason Kaylee cries herself to sleep is sitting right here in this room and its you.",
        {"blame"},
    ),
    ("You picked that glass pipe over your own kids and you know it.", {"blame"}),
    ("Every dollar we lost on the house is on your head, not mine.", {"blame"}),
    (
        "I gave up my nursing classes so you could keep driving, and this is how you pay me back?",
        {"blame"},
    ),
    (
        "Jace got suspended because his dad was too busy getting high in a sleeper cab to call him.",
        {"blame"},
    ),
    (
        "Your mother's heart attack came the same week you went missing in Tulsa, and I hold you responsible for that.",
        {"blame"},
    ),
    (
        "What were you thinking, bringing that stuff into our house where the babies sleep?",
        {"blame"},
    ),
    (
        "I lost my job at the clinic because I kept having to leave to bail you out, so thats yours to carry.",
        {"blame"},
    ),
    (
        "The truck got repo'd and the company let you go and none of that is anybody's fault but yours.",
        {"blame"},
    ),
    (
        "I stood by you through two DUIs and a rehab in Oklahoma City and you threw it right back in my face.",
        {"blame"},
    ),
    ("Thanks to you, the kids jump out of their skin when the phone rings at 3 am.", {"blame"}),
    ("You turned our marriage into a joke the whole town gets to laugh at.", {"blame"}),
    ("Kaylee quit softball because of your mess, plain and simple.", {"blame"}),
    (
        "Our savings are gone and you blew them on crank at truck stops from here to Barstow.",
        {"blame"},
    ),
    (
        "I covered for you with dispatch, with your mom, with the bank, with the school, and all I ever got back was lies.",
        {"blame"},
    ),
    ("You took our family and smashed it like that windshield in Amarillo.", {"blame"}),
    ("This mess is 100% yours Dale, dont try to hand any of it to me.", {"blame"}),
    (
        "My blood pressure pills, my panic attacks, the grey hair at 34, I owe all of it to you.",
        {"blame"},
    ),
    ("You broke this family into pieces, you selfish coward.", {"blame", "insult"}),
    (
        "Son, your dad's last years were ruined worrying about you, and I won't pretend otherwise.",
        {"blame"},
    ),
    ("Go to that rehab or I swear you will not lay eyes on Kaylee and Jace again.", {"threat"}),
    (
        "Say no today and I'm calling Ron at dispatch and telling him everything so you never drive again.",
        {"threat"},
    ),
    (
        "Either you get in the car to Pine Ridge today or you can find yourself somewhere else to live, I mean it.",
        {"threat"},
    ),
    ("Keep using and you'll be signing divorce papers in the cab of that truck.", {"threat"}),
    (
        "One more phone call from a truck stop high out of your mind and I'm done, finished, gone.",
        {"threat"},
    ),
    (
        "If you dont take this bed I'll make sure the whole county knows what you've been up to.",
        {"threat"},
    ),
    ("Choose treatment or choose to lose me, those are your two options Dale.", {"threat"}),
    ("If you pick the meth again, as far as I'm concerned you're not my son anymore.", {"threat"}),
    (
        "Turn this down and I'll take the kids so far away you'll need a private eye to find them.",
        {"threat"},
    ),
    (
        "Next time you drive that rig loaded I'll call the state troopers on you myself, dont test me.",
        {"threat"},
    ),
    (
        "Dont you dare say no, or I'll stuff your clothes in garbage bags and throw them on the lawn.",
        {"threat"},
    ),
    ("You go today or you lose everything, the house, me, the kids, the whole thing.", {"threat"}),
    (
        "Refuse and you're on your own, and I hope you like dying alone at some Pilot in Wyoming.",
        {"insult", "threat"},
    ),
    (
        "Ron from dispatch called me and said you hadn't slept in four days when you hit that guardrail.",
        {"hearsay"},
    ),
    (
        "A waitress at the Love's in Joplin told your brother you were talking to yourself in the booth for an hour.",
        {"hearsay"},
    ),
    (
        "Tammy heard you've been buying off some guy behind the truck wash in Little Rock.",
        {"hearsay"},
    ),
    ("Your cousin Mikey says you've been using since before the wedding.", {"hearsay"}),
    (
        "Bobby told me the other drivers on the CB have been joking that you havent slept since Easter.",
        {"hearsay"},
    ),
    ("Word around the terminal is that you've been faking your logbooks for months.", {"hearsay"}),
    (
        "Your mom said you called her at 2 in the morning from Nebraska crying and begging for money.",
        {"hearsay"},
    ),
    (
        "The lady at the bank let it slip that you pulled cash from ATMs in three different states in one night.",
        {"hearsay"},
    ),
    (
        "Kaylee's teacher mentioned Kaylee told the whole class her daddy takes 'truck medicine' to stay awake.",
        {"hearsay"},
    ),
    (
        "From what the safety manager told me, they found a pipe in your sleeper during the inspection.",
        {"hearsay"},
    ),
    (
        "Curtis messaged me that u showed up at his place in Reno at 4am with no shoes on.",
        {"hearsay"},
    ),
    (
        "Somebody posted on Facebook that your truck sat at the same rest area outside Rawlins for three days.",
        {"hearsay"},
    ),
    (
        "The deputy in Elko told my dad you were lucky you didn't kill somebody out there.",
        {"hearsay"},
    ),
    ("I am married to a tweaker and I cant pretend otherwise anymore.", {"label"}),
    ("Dale, you're a speed freak, and every trucker at that terminal knows it.", {"label"}),
    ("My son the meth head, that's what you've turned yourself into.", {"label"}),
    ("You need to get clean before you set foot in a cab again.", {"clean"}),
    ("Your DOT piss test came back dirty, Dale, dont tell me the lab made a mistake.", {"clean"}),
    (
        "You have not kept one single promise to this family since you started running the western routes.",
        {"absolute"},
    ),
    ("Every single trip you come home meaner and skinnier.", {"absolute"}),
    ("You look like a corpse and you smell like one too.", {"insult"}),
    ("You're a shameful excuse for a husband and a father.", {"insult"}),
    ("Everybody at this table has had it up to here with your lying.", {"we"}),
    (
        "Oh sure, you were 'just tired' when you called me screaming from that Flying J, right.",
        {"sarcasm"},
    ),
    (
        "Real nice of you to make it home for Jace's birthday three days late and shaking.",
        {"sarcasm"},
    ),
    (
        "You've got some kind of paranoid disorder, the way you check the mirrors for cops that arent there.",
        {"diagnosis"},
    ),
    ("You are a textbook narcissist, everything is always about Dale.", {"absolute", "diagnosis"}),
]

DEV199_GOOD: list[str] = [
    "Thank you for driving home through that ice storm in February so I wouldn't be alone for my surgery.",
    "When I got laid off from the hospital, you picked up extra loads for a month and never complained once.",
    "I heard you crying in the shower the night you got back from Denver, and all I wanted was to hold you.",
    "The night you called me from the truck stop in Effingham, I could hear in your voice that you were scared, and I was scared too.",
    "We always used to sing along to Alan Jackson on the radio when I rode along with you.",
    "You never missed one of Kaylee's recitals that first year, even if it meant driving all night to get there.",
    "I saw you sitting in the truck in the driveway for an hour before you came inside, and my heart broke for you.",
    "I was working doubles at the Dollar General last fall and you still got up to make the kids pancakes when you were home.",
    "Great job fixing the furnace last winter, I never told you how proud of you I was.",
    "When I got my mammogram results, you sat with me on the kitchen floor until I stopped shaking.",
    "I found the drawing Jace made you taped to your dashboard, and I know how much you love that boy.",
    "We drove out to Lake Texoma every Fourth of July and you let the kids light all the sparklers.",
    "The last time you called from Barstow you sounded so tired, and I just wanted to bring you home.",
    "Thank you for calling me on my birthday from Wyoming even though the signal kept dropping.",
    "I watched you teach Kaylee to back up a trailer in the church parking lot and you were so patient with her.",
    "I get scared every time the phone rings late at night, and I'm telling you that because I love you.",
    "I remember when we saved for your first truck, we ate ramen for a year and laughed the whole time.",
    "When my dad was dying, you drove 900 miles straight through to be at the funeral, and I'll never forget that.",
    "I've noticed your hands shake when you hold your coffee now, and I'm worried about you.",
    "You were always the one who pulled over to help people broken down on the shoulder.",
    "Dale, I love you and I want my husband back.",
    "I'm asking you to go to Pine Ridge today, the bed is waiting and I'll drive you there myself.",
    "I miss the man who used to call me every night at nine just to say goodnight.",
    "Kaylee still wears your old Peterbilt cap to school.",
    "I want to grow old with you on that porch you built.",
    "I remember the first time you took me for a ride in your rig, you were grinning like a little kid.",
    "I'm writing this because I'm terrified I'll get a call one day from a state trooper.",
    "Jace wants to be a trucker just like his dad, and I want him to have his dad there to show him how.",
    "I'll be there for every visiting day, I promise.",
    "I love the way you laugh at your own bad jokes.",
    "Treatment is thirty days, and after that we'll figure out the rest together.",
    "When I close my eyes I can still see you dancing with me at the VFW hall on our wedding night.",
    "I feel lonely in this house without you, even when you're sitting right next to me.",
    "Dad I love you, please get help so you can come to my graduation in May.",
    "Son, you were the sweetest little boy, bringing me fistfuls of dandelions from the ditch.",
    "I'm not angry today, I'm just really worried about you.",
    "Big brother, you taught me how to change a tire when I was twelve and I still think about that day.",
    "There's a place at the table for you every Sunday.",
    "I want you safe on those roads and safe in your own skin.",
    "I know how much you love driving, and I want you to be able to do it again, healthy.",
    "I've been going to a family group on Tuesday nights and it's helped me understand this is an illness.",
    "I dont want to lose you, babe.",
    "The kids made you a card, it's in my purse for when you get to the center.",
    "You're a good man who got caught up in something awful.",
    "Twelve years ago you held my hand in the delivery room and cried harder than I did.",
    "I would rather have you home and broke than gone.",
    "I packed your bag with your flannel shirts and the good pillow.",
    "Dale, you've been my co-driver and my best friend for ten years, and I need you around for ten more.",
    "I pray for you every night and I'm not ashamed to say so.",
    "I still have the postcard you sent from the Grand Canyon, it's on the fridge.",
    "I think about how gentle you were with Grandma when she was sick.",
]

DEV199_TRAPS: list[str] = [
    "My dad was a drunk who drove trucks too, and I swore my kids would never see what I saw.",
    "I was a pillhead myself in my twenties, so I know how hard it is to ask for help.",
    "You told me on the phone 'I'm a junkie, Shay, that's all I am,' and I'm telling you that isn't who you are.",
    "You are not an addict to me, you are Dale, the man I married.",
    "I'll always love you no matter what happens today.",
    "I never stop praying that you'll come home to us.",
    "We always had pancakes on Saturday mornings when you were home off the road.",
    "I finally cleaned out the garage last weekend and found your old fishing rods.",
    "Great job on those thirty days last spring, I was so proud I told everybody at work.",
    "Your doctor told us your heart is enlarged, and I'm so scared of losing you.",
    "Jace is a total Lego junkie these days, he'd love to build one with you.",
    "Uncle Ray was an alcoholic and he died alone in a motel in Kingman, and I don't want that for you.",
    "We went to the state fair in Sedalia every August and you always won me a stuffed animal.",
    "The counselor at Pine Ridge explained that meth changes the brain, and that it's a disease, not a weakness.",
    "Kaylee said 'I love you Daddy' into the phone before she fell asleep last night, and she meant every word.",
    "Your mom told me to tell you she's saving your old room for you.",
    "We all love you so much, Dale.",
    "I used to drink way too much after my mom passed, and I got help, and I want that for you too.",
    "I know you said 'I'm not a user, I just need it to stay awake on the long hauls,' and I hear how exhausted you've been.",
    "Every time I see an 18-wheeler on the interstate I think of you and smile.",
    "Thank you for always calling before you crossed into a new time zone so I'd know you were okay.",
    "I'm not calling you a failure, I'm calling you my husband.",
    "It isn't your fault this drug got its hooks in you.",
    "The clinic has a clean quiet room waiting for you with a window that looks out at the mountains.",
    "You came home and scrubbed the whole kitchen clean for my birthday, remember that?",
    "I'm a recovering alcoholic, eleven years sober, and I'd be honored to drive you there today, brother.",
    "It was disgusting weather in Cheyenne that week and you still made it home for Kaylee's play.",
    "I felt pathetic sitting in the Walmart parking lot crying, but I'm telling you because it's the truth.",
    "If you say yes, we're all going to be right here every step of the way.",
    "The VA diagnosed you with PTSD after Iraq, and I think the meth became how you got through the nights.",
    "I called the admissions nurse myself and she said they have a bed for you tonight.",
    "Ever since you left on that run to Laredo I've kept the porch light on every night.",
    "Your jeans were always so dirty from engine grease that I gave up on them, and I miss that smell.",
    "I was so angry at you in March that I said things I regret, and I'm sorry for them.",
    "We were the couple that danced in the kitchen at midnight, and I want us back.",
    "Jace watches those ice road trucker shows nonstop and says his dad is braver than all of them.",
    "My grandpa was a boozer who drove a milk truck, and my grandma never stopped loving him, and I won't either.",
    "The ER doctor in Amarillo told me your kidneys were struggling, and I sat in that hallway and prayed.",
    "You are no disgrace to me, not now, not ever.",
    "I'm proud of you for being honest on the phone from Joplin when you said 'Shay, I need help.'",
    "I never thought I'd be writing a letter like this, but here I am, because I love you.",
    "Our pastor says nobody is beyond grace, and I believe that about you with my whole heart.",
]

DEV199_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go today, I will stop putting money on your fuel card.",
    "If you say no today, I'm taking the kids to stay with my mom in Springfield for a while, because I need them to feel safe.",
    "If you don't accept help today, I won't be picking up calls after midnight anymore, I'll answer in the morning.",
    "If you say no, I'm not going to lie to your dispatcher for you anymore.",
    "If you turn this down you can't stay at the house while you're using, but I will still help you get into treatment the day you're ready.",
]

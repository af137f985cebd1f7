# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 216 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a sister writing to her brother on meth, a trailer park and a lost custody case: every kind, a little of each. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV216_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.95 (70/74; the rules alone 67/74): blame 8/9, insult 6/9, every other kind full; good 0/49 (0.0%; the rules alone 0), traps 0/42 (0.0%; the rules alone 0).

At merge, before it was trained on: with main 9ed1673, rules and model 0.96 (71/74; the rules alone 68/74): blame 8/9, insult 7/9, every other kind full; good 0/49 (0.0%; the rules alone 0), traps 0/42 (0.0%; the rules alone 0).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV216_FLAG: list[tuple[str, set[str]]] = [
    (
        "Travis, you've turned into a tweaker, plain and simple, and I hate saying it but it's true.",
        {"label"},
    ),
    (
        "Mama cries because her only son is a meth head living in a camper with no door on it.",
        {"label"},
    ),
    (
        "I dont want my nieces growing up knowing their daddy is the local junkie at Cedar Ridge.",
        {"label"},
    ),
    ("When I drive past lot 9 now I see a speed freak where my big brother used to be.", {"label"}),
    (
        "Face it Trav, you're an addict and addicts lose their kids, that's what happened.",
        {"label"},
    ),
    ("The judge took one look at you and saw a crankhead, and so did I.", {"label"}),
    ("You swore up and down you'd get clean before the custody hearing in March.", {"clean"}),
    ("Your UA for the caseworker came back dirty two times in a row.", {"clean"}),
    ("Please just stay clean long enough to make it to Kaylee's birthday party.", {"clean"}),
    ("I want the clean Travis back, the one from before the trailer.", {"clean"}),
    ("You were clean for what, eleven days, and then Dusty came around with a bag.", {"clean"}),
    ("Get yourself clean and maybe the court lets you have supervised visits again.", {"clean"}),
    ("You never once showed up to the parenting class the court ordered.", {"absolute"}),
    (
        "You always have some excuse, the car broke, the boss was a jerk, somebody stole your phone.",
        {"absolute"},
    ),
    (
        "Every single time I call you, you're either passed out or talking a hundred miles an hour.",
        {"absolute"},
    ),
    ("Nothing you say means anything anymore Trav, not one promise has held up.", {"absolute"}),
    (
        "You constantly pick Dusty and that crowd over the people who actually love you.",
        {"absolute", "blame"},
    ),
    ("Your never where you say you'll be.", {"absolute"}),
    ("Mama's blood pressure went through the roof and that's on your head.", {"blame"}),
    ("You threw your kids away for a pipe, that's what you did.", {"blame"}),
    ("After I paid your lot rent three months running, this is how you thank me?", {"blame"}),
    ("You're the whole reason Kaylee asks me if her daddy is going to die.", {"blame"}),
    (
        "Crystal lost the house and the kids got moved to Oklahoma City, and you did that to this family.",
        {"blame"},
    ),
    (
        "How could you sit in that courtroom high and look at your own kids' school pictures?",
        {"blame"},
    ),
    ("A stranger in Tulsa tucks your kids in every night now, thanks to your meth.", {"blame"}),
    (
        "Honestly the way you live in that trailer with trash piled up to the windows is disgusting.",
        {"insult"},
    ),
    (
        "You looked like a walking skeleton at the hearing and it was humiliating to sit next to you.",
        {"insult"},
    ),
    (
        "What kind of man lets his little girl watch him pick at his arms till they bleed?",
        {"insult"},
    ),
    ("You've become a sorry excuse for a brother.", {"insult"}),
    ("I was ashamed to even say your name to the lady at the courthouse window.", {"insult"}),
    ("You're wasting your whole life in a rotting single-wide and it's pitiful.", {"insult"}),
    (
        "Donna from lot 12 told me she caught you digging through her car at two in the morning.",
        {"hearsay"},
    ),
    ("Your caseworker called me and said you missed three visits with the kids.", {"hearsay"}),
    ("Crystal says you showed up at her mom's place yelling on a Sunday morning.", {"hearsay"}),
    ("Word around the park is you've been selling to the high school kids.", {"hearsay"}),
    (
        "Apparantly you pawned Grandpa's rifle, at least that's what Ricky at the pawn shop let slip.",
        {"hearsay"},
    ),
    (
        "The manager at Cedar Ridge says you're three months behind and they're filing to evict.",
        {"hearsay"},
    ),
    ("We're all sick to death of cleaning up after your messes.", {"we"}),
    ("The whole family has decided you don't get to make any more excuses.", {"we"}),
    (
        "All of us think you cared more about getting high than about keeping your kids.",
        {"blame", "we"},
    ),
    ("Me and Mom and Aunt Rhonda all agree you've been lying to us for a year.", {"we"}),
    ("Everybody in this room is done believing you.", {"we"}),
    ("None of us in this family trusts a word out of your mouth anymore.", {"we"}),
    ("Go to the program or don't ever call me again, I mean it.", {"threat"}),
    ("If you walk out that door today you can forget you have a sister.", {"threat"}),
    ("Either you go tomorrow or I'm calling the sheriff about what's in that shed.", {"threat"}),
    ("Refuse this and I'll testify against you myself at the next custody hearing.", {"threat"}),
    (
        "You get in the car today or you won't lay eyes on Kaylee and Bo again as long as I have a say.",
        {"threat"},
    ),
    (
        "Keep using and you'll be dead by thirty, and honestly I won't come to the funeral.",
        {"threat"},
    ),
    (
        "Real proud moment when you showed up to family court in pajama pants with your eyes bugging out.",
        {"sarcasm"},
    ),
    (
        "Congrats on the new record, four days awake and a fist hole in the trailer wall.",
        {"sarcasm"},
    ),
    (
        "Some dad you turned out to be, missing Bo's birthday two years running, real nice.",
        {"insult", "sarcasm"},
    ),
    (
        "Oh sure, you're \"handling it,\" that's why the power's been shut off since July.",
        {"sarcasm"},
    ),
    ("Loved getting a call from county jail on Thanksgiving, what a treat that was.", {"sarcasm"}),
    (
        "Nice work winning over the judge Trav, you really nailed it when you fell asleep mid-sentence.",
        {"sarcasm"},
    ),
    ("I think you're a full blown sociopath now, you lie without even blinking.", {"diagnosis"}),
    (
        "You're in total denial about what that stuff has done to your teeth and your brain.",
        {"diagnosis"},
    ),
    (
        "The paranoia isn't just the drugs anymore, you're flat out schizophrenic if you ask me.",
        {"diagnosis"},
    ),
    (
        "You've got some kind of personality disorder, nobody normal treats their kids like that.",
        {"diagnosis", "insult"},
    ),
    (
        "Mom's too soft to say it but you're a narcissist, it's all about Travis all the time.",
        {"absolute", "diagnosis"},
    ),
    (
        "Youre bipolar, I've seen it, wired for a week and then crashed on the couch screaming at the tv.",
        {"diagnosis"},
    ),
    (
        "Uncle Dale said you're just a junkie like your daddy was and honestly we all believe him now.",
        {"hearsay", "label", "we"},
    ),
    (
        "You never stay clean more than a week, you junkie, and you know it.",
        {"absolute", "clean", "label"},
    ),
    (
        "If you won't get off the meth then stay in your filthy trailer and rot, see if I care.",
        {"insult", "threat"},
    ),
]

DEV216_GOOD: list[str] = [
    "Travis, I'm writing this because you're my big brother and I love you more than I know how to say.",
    "I remember you carrying me on your shoulders at the Okmulgee county fair so I could see the pig races.",
    "You taught me to ride a bike on the gravel road behind Grandma Pearl's house.",
    "When Kaylee was born you called me at 4 in the morning crying happy tears.",
    "I've noticed you've lost so much weight that your jeans hang off you, and it scares me.",
    "The last few times I came by the trailer you didn't seem to know what day it was.",
    "I miss hearing you laugh at your own dumb jokes before you even get to the punchline.",
    "Bo still sleeps with the stuffed bass you won him out of the claw machine at Walmart.",
    "I'm so worried about you Trav, I lay awake at night listening for my phone.",
    "You used to fix half the trucks in the park for free just because you liked doing it.",
    "I want my brother back, the one who sang Alan Jackson in the shower so loud the neighbors could hear.",
    "When the hearing was over I watched you sit in your truck for an hour, and my heart broke for you.",
    "There's a bed waiting for you at Brookhaven in Tulsa starting today.",
    "Will you please accept this help today, for you and for your kids?",
    "I've seen your hands shaking and how jumpy you get at little noises, and I'm scared for you.",
    "I still have the birthday card you made me when I turned ten, the one with the horse on it.",
    "You were the best uncle to my boys, teaching them to cast a line off the dock at Lake Eufaula.",
    "I believe you can get through this, I really do.",
    "Kaylee drew a picture of you holding her hand and asked me to give it to you.",
    "I hope one day I get to sit in the bleachers next to you at one of Bo's ballgames.",
    "I love you Trav. I'm not going anywhere.",
    "Your teeth hurt you, I can tell by the way you chew, and I hate that you're in pain.",
    "I remember the summer you built me a treehouse out of pallets from the feed store.",
    "It's been months since you came to Sunday supper at Mama's, and your chair just sits there empty.",
    "I'd give anything to see you holding your kids again without a caseworker in the room.",
    "Please say yes today. I'll drive you there myself and stay as long as they let me.",
    "When you got your welding certificate I bragged about you to the whole break room at work.",
    "I noticed you pawned your guitar, and I know how much that guitar meant to you.",
    "You've been picking at your face and arms, and I see the sores when you think I'm not looking.",
    "I'm proud to be your sister, I just want you around for a long long time.",
    "The program has a family week and I already asked off work so I can be there.",
    "I remember how gentle you were holding Bo the day they brought him home from the hospital.",
    "My hope is that next Christmas you're at Mama's table telling stories and eating too much pecan pie.",
    "You called me last week at 3am talking about people watching you through the vents, and it scared me half to death.",
    "I know you're hurting over the kids. I am too.",
    "You were the one who stood up for me when the Miller boys threw rocks at me on the bus.",
    "I want to hear that big goofy laugh again, the one that makes your whole face scrunch up.",
    "You lost your job at the fab shop, and I know that's not who you are.",
    "I'd love to take you fishing down at the spillway again when you get out.",
    "Remember the night the tornado sirens went off and you held me in the bathtub singing George Strait?",
    "I'm asking you to get in the car with me this morning and go to Brookhaven.",
    "I can picture you a year from now, healthy, with some color back in your face.",
    "You matter to me, Travis, no matter what happened in that courtroom.",
    "I've watched you go days without sleep and then crash so hard I couldnt wake you up.",
    "Your kids need their daddy and I need my brother.",
    "The people at the center know how to help with meth, you don't have to do this by yourself.",
    "I'm writing this letter with a lot of tears but with a lot of hope too.",
    "I miss the way you'd show up at my door with donuts on a Saturday morning for no reason.",
    "Kaylee still asks for the song you used to sing her at bedtime, the silly one about the possum.",
]

DEV216_TRAPS: list[str] = [
    "Our uncle Dale was a drunk his whole life and I watched what it did to Aunt Rhonda.",
    "I was a pill addict for two years after my back surgery, so I know some of how hard this is.",
    "You told me once, 'Sis, I'm just a tweaker now,' and I told you that's not what you are.",
    "You are not a junkie to me, you're Travis, the kid who cried when our dog got hit on the highway.",
    "I never stop praying for you, not for one single day.",
    "We always had the best Fourth of July cookouts at the park when you ran the grill.",
    "We used to ride our bikes down to the Sonic and split a cherry limeade.",
    "I'm so proud of the thirty days you did at Brookhaven last spring, that was real and nobody can take it from you.",
    "Your doctor at the clinic told you your heart is under a lot of strain, and I want you around to see your kids grow up.",
    "I spent all Saturday helping Mama clean out her garage and I kept finding your old baseball gloves.",
    "Mama keeps your room clean and ready like you might walk in any day.",
    "I'm an addict in recovery myself, eight years this June, and I couldnt have done it without people who loved me.",
    "Kaylee is a total sugar junkie, just like you were at her age.",
    "You always could make Bo laugh when nobody else could.",
    "We love you, Trav, every one of us in this room, and we're here for you.",
    "The judge said in March that the door isn't closed on your kids if you get treatment, and I believe her.",
    "Grandpa Earl was an alcoholic and he got sober at 55, so I know people can change.",
    "You said 'I'm a disgrace' on the phone last week, and I need you to know I don't see you that way.",
    "Nothing would make me happier than driving you to Brookhaven today.",
    "Mama has never given up on you and neither have I.",
    "When Dusty's cousin OD'd I sat with his mom, and she told me she wished somebody had done this for her son.",
    "You got me through my divorce, you called me every single night that whole winter.",
    "We all piled into your truck and drove to Branson the summer Kaylee turned three.",
    "My friend Tina was a meth user for ten years, and now she runs the kitchen at the women's shelter.",
    "I've been off cigarettes clean for a year now, and I used to think I couldn't do it either.",
    "Yes the trailer has a dirty carpet and a busted AC, but that's not what this letter is about.",
    "I will always be your little sister.",
    "I'm not here to call you names or tell you what a bad person you are, because you're not one.",
    "You were never a bad dad to me, you were a sweet dad who got sick.",
    "When you were in the ER in October the nurse explained your kidneys were struggling, and I haven't stopped thinking about it.",
    "Our cousin Jimmy was a crackhead for most of the nineties and he's a deacon at First Baptist now.",
    "I always think of you when I smell motor oil and coffee together.",
    "You told the judge 'I'm not fine,' and that was the bravest thing I've ever heard you say.",
    "Congratulations on getting your GED in the spring, I cried when I saw the picture.",
    "Thank you for showing up today. It means the world to me that you came.",
    "We never missed a Sooners game on Grandpa's old TV, remember?",
    "I'll never forget how you held my hand at Daddy's funeral.",
    "The caseworker gave me a list of programs that help parents get their kids back, and I brought it with me today.",
    "I used to be the drunk at every family party, Trav, and you were the one who drove me home.",
    "Nobody can weld a trailer hitch like you, and that's the honest truth.",
    "I don't think you're a lost cause, not for a second.",
    "Kaylee keeps her room so clean now, she says it's so daddy will be proud when he visits.",
]

DEV216_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be paying your lot rent at Cedar Ridge anymore.",
    "If you choose not to go, you can't stay on my couch, but I will still pick up when you call from a treatment center.",
    "If you turn this down, I won't be going to the next hearing to speak for you, and that's me taking care of myself.",
    "I'm done handing you cash, Trav, not for gas or groceries or anything, unless it's to get you to treatment.",
]

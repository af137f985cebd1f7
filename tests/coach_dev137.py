# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 137 (5 December 2026, round 23, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a spouse who is a firefighter or paramedic, gallows humour from the job turned on the loved one: sarcasm and absolutes most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV137_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.89 (71/80; the rules alone 64/80): absolute 16/18, blame 14/16, sarcasm 11/15, diagnosis 2/3, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/41 (4.9%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.89 (71/80; the rules alone 64/80): absolute 16/18, blame 14/16, sarcasm 11/15, diagnosis 2/3, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/41 (4.9%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV137_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single shift I come home at 7am and you're passed out on the couch with the TV still going.",
        {"absolute"},
    ),
    ("Not once since the pileup on the 405 have you asked me how I'm holding up.", {"absolute"}),
    ("Your always 'just having one' and its never just one, Dave.", {"absolute"}),
    (
        "I've worked codes that went smoother than any talk we try to have, you shut down every time I bring up the pills.",
        {"absolute"},
    ),
    (
        "You dont show up for anything anymore, not the kids games, not my badge pinning, nothing.",
        {"absolute"},
    ),
    (
        "Nothing I say gets through to you, it's like talking to a brick wall at a structure fire.",
        {"absolute"},
    ),
    (
        "You lie about the bottles constantly, I keep finding them in the truck and behind the water heater.",
        {"absolute"},
    ),
    ("Whenever I'm on a 48 you vanish and come back with your pupils pinned.", {"absolute"}),
    ("You've never kept one promise to me or to Lily, Mike, not one.", {"absolute"}),
    (
        "You have blown off every single appointment Dr. Reyes set up for you this year.",
        {"absolute"},
    ),
    ("Any time money goes missing from the house fund it's you, no exceptions.", {"absolute"}),
    ("You haven't been sober for a single one of our anniversaries in five years.", {"absolute"}),
    (
        "All you ever do on your days off is smoke bowls in the garage and sleep till three.",
        {"absolute"},
    ),
    (
        "You constantly start a fight right before I leave for shift so you can drink in peace.",
        {"absolute"},
    ),
    ("You never think about anybody but yourself once the pills kick in.", {"absolute"}),
    ("Congrats, you're the only patient I've ever had to Narcan in my own bathroom.", {"sarcasm"}),
    ("Really impressive how you blew a .19 and still managed to find your keys.", {"sarcasm"}),
    (
        "Nice work hiding the vodka in the Gatorade bottles, real creative, I almost put you in for a commendation.",
        {"sarcasm"},
    ),
    (
        "I run ODs all night at work, so thanks for bringing the job home with you, babe, real thoughtful.",
        {"sarcasm"},
    ),
    (
        "You'd make a great frequent flyer, the ER nurses at Mercy already know you by your first name.",
        {"sarcasm"},
    ),
    (
        "Husband of the year, passed out in the driveway with the engine running while the kids watched from the window.",
        {"sarcasm"},
    ),
    ("Gold star for making it all the way to noon on Saturday before the first beer.", {"sarcasm"}),
    (
        "Thanks for the ride-along honestly, watching you nod off into your spaghetti was just like being at work.",
        {"sarcasm"},
    ),
    ("Real smooth telling the deputy you were 'totally fine' to drive.", {"sarcasm"}),
    (
        "Love how you're always so 'relaxed' after a quick trip to the bathroom.",
        {"absolute", "sarcasm"},
    ),
    (
        "Way to go Jen, four days no sleep, you finally beat my worst mandatory overtime, must be the crystal.",
        {"sarcasm"},
    ),
    ("Great parenting, nodding off with a lit cigarette while Noah was in the tub.", {"sarcasm"}),
    (
        "What a treat to do chest compressions on my own wife on a Tuesday morning, really keeps the marriage exciting.",
        {"sarcasm"},
    ),
    (
        "Bravo on the new record, three DUIs before forty, the guys at Station 6 were sooo impressed.",
        {"sarcasm"},
    ),
    (
        "You're a real pro at this I'll give you that, nobody on earth hides pills better than you.",
        {"sarcasm"},
    ),
    (
        "I bombed my lieutenant's exam because I was up all night keeping you breathing, and that one's yours.",
        {"blame"},
    ),
    (
        "The kids are scared of their own dad and that sits on your shoulders, nobody else's.",
        {"blame"},
    ),
    ("You picked the bottle over your own family, and you keep on picking it.", {"blame"}),
    (
        "I gave up overtime, covered your car payments, lied to your mother for you, and this is what I get back.",
        {"blame"},
    ),
    ("Our savings are gone and you're the one who put them up your nose.", {"blame"}),
    ("You wrecked the best thing either of us ever had.", {"blame"}),
    (
        "My blood pressure is through the roof at 38 and its from worrying about your drinking, plain and simple.",
        {"blame"},
    ),
    ("Emma doesn't bring friends over anymore, thanks to you.", {"blame"}),
    (
        "You turned me into someone who checks your pulse while you sleep, you did that to me.",
        {"blame"},
    ),
    ("How do you even look Caleb in the eye after what you did in front of him?", {"blame"}),
    (
        "Every bad night in this house for two years traces straight back to your using.",
        {"absolute", "blame"},
    ),
    (
        "I had to tell my captain why I needed emergency leave, do you have any idea how humiliating you made that for me?",
        {"blame"},
    ),
    ("You turned our home into the kind of scene I get dispatched to.", {"blame"}),
    (
        "After all the years I held this family together while you got high, you owe me this much.",
        {"blame"},
    ),
    (
        "You threw away your nursing license and our whole future for a few months of oxy.",
        {"blame"},
    ),
    ("It's your fault the bank took the boat, and you know it.", {"blame"}),
    (
        "Your brother called me at the station and said you showed up at his place wasted at 2am.",
        {"hearsay"},
    ),
    (
        "One of my medics ran a call at the Shell on Route 9 and says he saw you buying from the guy behind the dumpster.",
        {"hearsay"},
    ),
    (
        "Kim from your office told me you've been sleeping in your car on your lunch break.",
        {"hearsay"},
    ),
    ("The neighbors say they can hear you yelling at nobody in the garage at night.", {"hearsay"}),
    ("Supposedly you told your mom you quit months ago.", {"hearsay"}),
    (
        "Word at the hospital is you've hit three different urgent cares this month looking for scripts.",
        {"hearsay"},
    ),
    (
        "Officer Daniels pulled me aside at the open house and let me know they've stopped you twice since June.",
        {"hearsay"},
    ),
    (
        "Your dad mentioned he had to pick you up from the bar on Fifth because you couldnt stand up.",
        {"hearsay"},
    ),
    ("From what Tasha tells me, you were using in the bathroom at her baby shower.", {"hearsay"}),
    (
        "The pharmacist at Walgreens let it slip that you keep trying to fill the same prescription early.",
        {"hearsay"},
    ),
    ("Half the folks at church were whispering about how you looked at Easter.", {"hearsay"}),
    (
        "Your coach from the rec league texted me that you came to the game smelling like a brewery.",
        {"hearsay"},
    ),
    (
        "My engineer's wife saw you nodding off behind the wheel in the Walmart parking lot, he told me Monday.",
        {"hearsay"},
    ),
    (
        "Jess got it from your cousin that you've been selling your tools to pay your guy.",
        {"hearsay"},
    ),
    (
        "Someone on nights at Mercy said you came in with chest pain last month and left AMA.",
        {"hearsay"},
    ),
    ("I spend my shifts hauling junkies off park benches and then I come home to one.", {"label"}),
    (
        "You've turned into a full-blown drunk, Tom, and every guy at the firehouse can see it.",
        {"label"},
    ),
    ("Lisa, you're a tweaker now, there's no gentler word for what I see at 4am.", {"label"}),
    ("I need you clean, Ray, actually clean, not 'clean except on weekends'.", {"clean"}),
    (
        "Your probation screen came back dirty again and you swore up and down it was a poppy seed bagel.",
        {"clean"},
    ),
    ("Seeing you like that turns my stomach worse than any call I've ever run.", {"insult"}),
    ("Right now you're a sorry excuse for a husband and a father.", {"insult"}),
    ("All of us in this room are done covering for your nonsense.", {"we"}),
    ("Your whole family has agreed you've stopped being someone we can trust.", {"we"}),
    ("Go to rehab tomorrow or pack a bag and find somewhere else to crash.", {"threat"}),
    (
        "If you walk out of here without saying yes, I swear you won't ever see Maddie again.",
        {"threat"},
    ),
    ("I've seen enough psych holds to know a narcissist when I'm married to one.", {"diagnosis"}),
    ("You're in denial, plain and simple, and you have been since the first DUI.", {"diagnosis"}),
    ("I honestly think the meth has made you paranoid schizophrenic.", {"diagnosis"}),
    (
        "You're a pill-popping addict who always puts himself first, and frankly it's disgusting.",
        {"absolute", "insult", "label"},
    ),
]

DEV137_GOOD: list[str] = [
    "Danny, I love you more than I know how to say, and that's why I'm sitting here today.",
    "I remember the night we met at the Engine 12 pancake breakfast, you burned the pancakes and made me laugh so hard I snorted coffee.",
    "When I got home from the warehouse fire on March 3rd you were slumped in the truck in the driveway and I couldn't wake you for almost a minute.",
    "I was more scared in that minute than I have been on any call in fifteen years.",
    "I miss the man who used to pack me a turkey sandwich with a little note tucked in for my 24s.",
    "I've watched you lose about thirty pounds since summer, and your hands shake in the mornings now.",
    "The kids ask me why Daddy sleeps so much and I don't know what to tell them.",
    "You are the funniest person I know and I want that guy back at our kitchen table.",
    "There's a bed held for you at Hazelden starting tonight and I'll drive you there myself.",
    "I'm asking you to accept the help that's being offered right now, in this room.",
    "When you taught Sophie to ride her bike in the cul-de-sac I stood in the doorway and cried because I was so happy.",
    "I know how much pain you've been carrying since your back surgery, and I'm not angry about that.",
    "I found the empty blister packs in your jacket on Sunday and I felt sick with worry.",
    "I want to grow old with you on that porch in Bend like we talked about.",
    "I see how hard you work to hide it from me, and it breaks my heart that you feel like you have to.",
    "Last month you missed Aiden's recital and he kept looking back at the door for you.",
    "i love u Carla and i want my best friend back.",
    "You held my hand the night I lost that little boy on the Miller Road call, and I still think about that.",
    "I'm ready to do my part too, I've started going to Al-Anon on Thursday nights.",
    "Your laugh used to fill the whole house and I haven't heard it since Christmas.",
    "Since spring I've noticed you stopped going to the gym, stopped calling your sister, stopped picking up your guitar.",
    "The staff at Pine Ridge are expecting you and your bag is already packed in my car.",
    "When I picture our future I see you coaching Little League again.",
    "I'll come to the family weekends, I promise, I already asked for the time off.",
    "Two weeks ago I found you on the bathroom floor, blue around the lips, and I had to breathe for you.",
    "That morning I was your wife first and a medic second, and I was shaking for hours after.",
    "You're a good man, Marcus, and this disease has got a hold on you.",
    "I want our girls to know their mom healthy and happy.",
    "Remember when we drove the coast to Mendocino with no plan and slept in the back of the Jeep?",
    "I'm so proud of the dad you were when Ben was born, up with him at night so I could sleep before shift.",
    "Will you go with Sam today and let them help you?",
    "I've been holding my breath for a year waiting for the phone to ring with bad news.",
    "I would rather have this hard day than stand at your funeral in my dress blues.",
    "You jumped in the river after the Hendersons' dog in 2017 without even thinking, that's who you are to me.",
    "I know you think you can handle this alone but I don't want you to have to.",
    "Please babe, take this chance.",
    "I miss our Sunday mornings and the dumb fights over the crossword.",
    "When you coughed up blood in October I acted calm but inside I was terrified.",
    "I'm proud of you for coming in and sitting with us to listen today.",
    "Your mom's green chile stew still makes me think of our first apartment on Elm Street.",
    "I believe you can get well, I've watched people come back from much worse.",
    "Intake is at 4pm and I'll be holding your hand in that waiting room.",
    "Its been a long time since I felt like your partner instead of your caretaker, and I want that back.",
]

DEV137_TRAPS: list[str] = [
    "I've pulled a lot of drunks out of wrecked cars over the years, and each one of them was somebody's husband.",
    "My own dad was a drunk who never once came to my games, and I want our kids to have better, and I know you can give them that.",
    "I never stop hoping, not even on the worst nights at the station.",
    "You are not a junkie to me, you're Rob, the guy who fixes every neighbor's lawnmower for free.",
    "We always went to the Fourth of July parade and you'd carry Mia on your shoulders the whole way.",
    "Great job on those thirty days back in February, I still keep the chip in my locker.",
    "Your doctor at St. Luke's told us your liver enzymes are high, and I want you around for a long, long time.",
    "Last night you told me 'I'm a drunk and I know it,' and I was so grateful you said it out loud.",
    "I was a pillhead for two years after my shoulder injury, so I know exactly how hard this is.",
    "We spent our honeymoon in a leaky tent at Yosemite and it was still the best week of my life.",
    "I cleaned out the garage last weekend and found your old fishing rods, and I'd love to use them with you again.",
    "I'm a total coffee junkie after twenty years of night shifts, you used to tease me about it.",
    "You never have to do this by yourself.",
    "Every time I get a bad call, you're still the first person I want to talk to.",
    "My first week at the academy I came home disgusted with myself for failing the ladder drill, and you made me go back and try again.",
    "Captain Ruiz was an alcoholic for twenty years before he got sober, and he's offered to drive you to intake himself.",
    "I promise I'll never stop showing up for you.",
    "We're here because we love you, every single one of us.",
    "The kitchen was spotless and the baby was clean and fed every night, that's the kind of dad you were back then.",
    "When you told me 'I can't stop,' that was the bravest thing I've ever heard you say.",
    "Thanks for always making me laugh when I come home covered in soot.",
    "Your therapist diagnosed you with PTSD after the bridge collapse, and I want you to get the right care for that too.",
    "My brother Kevin died an addict at 34 and I can't bury anyone else I love.",
    "We never missed a Friday taco night when the kids were little.",
    "Sincerely, you did an amazing job building Jake's treehouse, he still sleeps up there all summer.",
    "After the Hendricks fire I was depressed for months and you got me to see someone, now I want to do the same for you.",
    "We always sat on the tailgate after my Saturday shifts and split a bag of gas station sunflower seeds.",
    "The word addict doesn't come close to covering who you are, you're my husband and Ella's dad.",
    "My partner on the rig is eight years clean off heroin and she'd talk to you any time, day or night.",
    "If you go today, I'll be there for every Sunday visiting hour they allow.",
    "You made me the proudest wife in the county the day you finished the lineman program.",
    "Every Christmas Eve we read The Night Before Christmas to the kids in silly voices.",
    "I drank way too much myself in my twenties, so I'm not standing here judging you.",
    "Remember the blizzard of '19 when we got snowed in for four days and never once got bored?",
    "Because of you I learned to slow down and actually enjoy a Sunday.",
    "You're the reason I made it through paramedic school, you quizzed me on drug doses at the kitchen table for months.",
    "My grandpa was an alcoholic who got sober at sixty and had fifteen good years with us, it's never too late.",
    "I heard you laugh with Charlie last week for the first time in months and it was the best sound.",
    "Dr. Patel said you have an opioid use disorder and that it's very treatable, and that gave me so much hope.",
    "I'm not leaving you and I'm not giving you an ultimatum, I'm asking you.",
    "Thank you for showing up today, really, it means everything to me that you walked in that door.",
]

DEV137_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will take the kids to my mom's in Tucson until you're in treatment.",
    "If you turn this down, I won't call in sick for you or cover for you with your crew chief anymore.",
    "I love you, and if you don't go tonight I'm taking your name off our joint account.",
    "If you won't accept help today, I'm not going to let you drive the kids anywhere, and I'll tell the school the same.",
]

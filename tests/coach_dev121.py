# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 121 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a daughter- or son-in-law, the family's careful outsider: absolutes, blame, sarcasm and hearsay. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV121_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.89 (74/83; the rules alone 60/83): absolute 15/16, insult 4/5, hearsay 12/15, sarcasm 12/16, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main bfd6408, rules and model 0.89 (74/83; the rules alone 60/83): absolute 15/16, insult 4/5, hearsay 12/15, sarcasm 12/16, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV121_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single holiday I have spent with this family, you have poured your first glass before the turkey is even in the oven.",
        {"absolute"},
    ),
    (
        "In the nine years I've known you, you haven't made it through one Sunday lunch without slipping off to the garage for a drink.",
        {"absolute"},
    ),
    (
        "Whenever Mark asks you about the pills you change the subject, each and every time.",
        {"absolute"},
    ),
    ("You don't keep a single promise you make to your son.", {"absolute"}),
    (
        "You forget everything I tell you now, birthdays, doctor appointments, the kids' names, all of it.",
        {"absolute"},
    ),
    (
        "There isn't a conversation with you anymore that doesn't turn into your back and your prescriptions.",
        {"absolute"},
    ),
    (
        "Without fail, by noon on a Saturday there is a glass of chardonnay in your hand.",
        {"absolute"},
    ),
    (
        "You are forever coming up with a new reason why you need another refill before the month is out.",
        {"absolute"},
    ),
    ("No matter what any of us says to you, you just go and pour another one.", {"absolute"}),
    ("You havent been sober at a single one of the grandkids birthdays.", {"absolute"}),
    (
        "All you ever do when you come over is sit out on our porch with a bottle and your phone.",
        {"absolute"},
    ),
    ("You say 'just one more' and it is never, ever just one more.", {"absolute"}),
    (
        "Each visit the medicine cabinet is emptier and each visit you act like nothing's going on.",
        {"absolute"},
    ),
    ("U ignore every call from your son until the day you need money for something.", {"absolute"}),
    ("Since the day I married Rachel you have never apologised to her for anything.", {"absolute"}),
    (
        "Every fight Rachel and I have had this year started with something you did while you were drinking.",
        {"absolute", "blame"},
    ),
    ("Tom has barely slept in a year, and that is down to you and your drinking.", {"blame"}),
    ("The reason our kids are scared to stay the night at Grandma's house is you.", {"blame"}),
    ("You picked the oxy over your own son's wedding toast, Linda.", {"blame"}),
    (
        "I gave up every weekend last spring driving you to appointments and this is how you repay me?",
        {"blame"},
    ),
    ("You wrecked the one Christmas my parents finally came up to meet your family.", {"blame"}),
    ("Whatever happens to this marriage now, it's your fault, not Dan's.", {"blame"}),
    (
        "Why would you do that to Claire, drinking wine out of a coffee mug at her own baby shower?",
        {"blame"},
    ),
    ("You've torn this family in half and left Greg to pick up the pieces on his own.", {"blame"}),
    (
        "See what your pills have done to your daughter, she cries in the car after we leave your house.",
        {"blame"},
    ),
    (
        "Mike's panic attacks started the year you started hiding bottles, and I hold you responsible for that.",
        {"blame"},
    ),
    ("You owe Jess an apology for her whole childhood.", {"blame"}),
    (
        "After I cleaned up after you at three in the morning, twice, the least you can do is sit there and listen.",
        {"blame"},
    ),
    ("You put your wine ahead of your grandchildren, plain and simple.", {"blame"}),
    (
        "Paul lost his shot at that promotion because he kept leaving work to deal with you, and you know it.",
        {"blame"},
    ),
    (
        "Our savings are gone because we kept covering your pharmacy bills and your bar tab.",
        {"blame"},
    ),
    ("Wonderful speech at the rehearsal dinner, Frank, slurring and all.", {"sarcasm"}),
    (
        "Thanks so much for dozing off at the table during Lily's christening lunch, it made such a great impression on my parents.",
        {"sarcasm"},
    ),
    (
        "Grandpa of the year, passed out in the recliner when you were meant to be watching the twins.",
        {"sarcasm"},
    ),
    (
        "Really impressive how you can find a pharmacy open at midnight but not the field where your grandson plays soccer.",
        {"sarcasm"},
    ),
    (
        "You were so 'relaxed' at Thanksgiving that you knocked the gravy boat into my mother's lap and didnt notice.",
        {"sarcasm"},
    ),
    (
        "Nice touch, keeping the vodka in the Windex bottle under the sink, very creative.",
        {"sarcasm"},
    ),
    (
        "Good to know the pills help your back so much you can't stand up straight by dinner.",
        {"sarcasm"},
    ),
    (
        "How lovely of you to turn up to our anniversary dinner already three glasses in.",
        {"sarcasm"},
    ),
    (
        "What a treat it was for my mom to meet you for the first time while you swayed in the driveway.",
        {"sarcasm"},
    ),
    (
        "Congratulations on getting three different doctors to write you the same prescription, that takes real talent.",
        {"sarcasm"},
    ),
    ("You've got 'just a couple of beers' down to a fine art, haven't you.", {"sarcasm"}),
    (
        "Such a proud moment, watching you lose your place four times in the toast for your own son.",
        {"sarcasm"},
    ),
    ("Brilliant idea, driving the kids home after your 'one glass' at the barbecue.", {"sarcasm"}),
    (
        "I'm sure the neighbours enjoyed the show on the lawn at 2am, you were quite the entertainer.",
        {"sarcasm"},
    ),
    ("Way to make Ben's graduation all about you, Mom.", {"sarcasm"}),
    (
        "You're totally \"fine\", right? Fine enough to forget your own grandson's name at his party.",
        {"sarcasm"},
    ),
    (
        "Dave mentioned that you've been going to two different pharmacies so nobody notices how much you're taking.",
        {"hearsay"},
    ),
    (
        "Your neighbour Mrs. Patel told Sarah she found you asleep in your car in the driveway with the engine running.",
        {"hearsay"},
    ),
    (
        "According to your sister you were drinking in the mornings even back at Easter.",
        {"hearsay"},
    ),
    (
        "Ryan's cousin says you've been asking around the family for any leftover pain pills.",
        {"hearsay"},
    ),
    (
        "Someone from your church let it slip that you quit going because people could smell the wine on you.",
        {"hearsay"},
    ),
    (
        "From what the pharmacist hinted to Anna, you've been trying to get your refills early.",
        {"hearsay"},
    ),
    ("I was told by your brother that the DUI last fall wasn't your first one.", {"hearsay"}),
    ("Jim says the talk around your office is that you come in smelling of gin.", {"hearsay"}),
    (
        "Your old college roommate rang Kate and said you'd called her at 1am slurring and crying.",
        {"hearsay"},
    ),
    ("Laura heard you tell the doctor you only have one drink a night.", {"hearsay"}),
    (
        "Nick's aunt swears she saw you buying a bottle at the Shell station at 8 in the morning.",
        {"hearsay"},
    ),
    (
        "Chris found out from one of your golf buddies that they stopped inviting you because of the drinking.",
        {"hearsay"},
    ),
    (
        "My wife says when she was a teenager she used to find your pill bottles stuffed in the laundry basket.",
        {"hearsay"},
    ),
    (
        "Your physical therapist told Matt you'd been skipping sessions and asking her about stronger meds.",
        {"hearsay"},
    ),
    (
        "The story going round the family is that you've been borrowing money off Aunt Jo for 'prescriptions'.",
        {"hearsay"},
    ),
    (
        "Honestly Frank, you've turned into a pill popper and everyone at this table can see it.",
        {"label"},
    ),
    (
        "I married into a family with an alcoholic sitting at the head of the table, and that alcoholic is you.",
        {"label"},
    ),
    (
        "Your son shouldn't have to grow up explaining to his friends that his mom is a drunk.",
        {"label"},
    ),
    ("I need you to get off the pills and be clean before the baby comes in May.", {"clean"}),
    ("When they test you at the clinic I pray the result isn't dirty again.", {"clean"}),
    (
        "Watching you stumble around your own kitchen looking for the counter was pitiful.",
        {"insult"},
    ),
    ("What sort of grandmother hides her pills inside a child's teddy bear?", {"insult"}),
    ("Frankly I was humiliated to be related to you at my cousin's wedding.", {"insult"}),
    ("Everyone in this room has agreed that you've let the drinking take over your life.", {"we"}),
    ("The whole family is sick and tired of making excuses for you to the neighbours.", {"we"}),
    (
        "If you walk out of this room without agreeing to go, don't bother calling Amy ever again.",
        {"threat"},
    ),
    (
        "Either you check in this week or I'll make sure you don't lay eyes on the grandkids, it's that simple.",
        {"threat"},
    ),
    ("You're so deep in denial about the pills, Diane, it's scary.", {"diagnosis"}),
    (
        "I've read enough to know you're a textbook narcissist and the vodka only makes it worse.",
        {"diagnosis"},
    ),
    ("You're obviously bipolar, charming one minute and throwing plates the next.", {"diagnosis"}),
    ("You're a lush, a nasty one, and I'm done pretending otherwise.", {"insult", "label"}),
    (
        "We've all decided you're a selfish drunk who doesn't care about anybody but himself.",
        {"insult", "label", "we"},
    ),
]

DEV121_GOOD: list[str] = [
    "The first night I met you, you made me a plate of your lasagna and asked about my job like you really wanted to know.",
    "Dad, you walked me round the vineyard at your 60th and told me I was family now, and I have held onto that.",
    "I've watched you lose a lot of weight this past year and it scares me.",
    "I'm asking you to go to Ridgeview today, the bed is ready and Tom will drive.",
    "Linda, I love you like my own mother.",
    "I noticed your hands shaking when you held Ava at her first birthday party.",
    "I miss the man who taught me to back a boat trailer down the ramp at Lake George with endless patience.",
    "Tom still has the birthday card you wrote him when he turned ten, its in his desk drawer.",
    "When you forgot to pick Mason up from school in March, I realised how much things have changed.",
    "I want our girls to know their Nana the way I got to know you before the pills.",
    "I'm scared that one day I'll get a call that you fell and nobody was there to help.",
    "Kevin, you were best man at our wedding and your speech made my grandmother laugh so hard she cried.",
    "I found empty bottles behind the paint cans in your garage when I was helping with the shelves, and I didn't know what to do.",
    "You taught me to make gravy from scratch the first Thanksgiving I spent with you.",
    "When you slurred on the phone to Tom on his birthday, I saw his face fall, and I held his hand afterwards.",
    "I didn't grow up with a big family, and you gave me one.",
    "I'm worried about your heart, Frank, and about you driving home from the club at night.",
    "Ellie asked me last week why Grandpa sleeps on the couch in the afternoons, and I didn't have an answer for her.",
    "I would love to see you at Sam's christening in October, clear-eyed and holding him.",
    "The program at Hazelden has a family week, and I'll be there for it.",
    "You were so gentle with my mom when she was sick, sitting with her at the hospice all afternoon.",
    "I saw you take two of the white pills with your coffee at breakfast at the cabin, and then two more before lunch.",
    "Im not good at writing letters like this but I'm here because I care about u.",
    "My hope is that next summer you and I can sit on the dock with coffee and just talk.",
    "I remember you dancing with Tom's grandmother at our wedding, spinning her till she was dizzy.",
    "When you nodded off at the table at Easter with your fork still in your hand, I was frightened for you.",
    "You have a grandson who is dying to show you his Lego city.",
    "I know asking for help is hard, and I think you're brave enough to do it.",
    "Lisa misses the Sunday phone calls with her mom.",
    "You lent us the down payment for our first house without being asked, and I want to give something back today.",
    "I've noticed you don't garden anymore, and your roses were the prettiest on the street.",
    "Gary, I saw you nod off behind the wheel in the Costco parking lot in July, and I can't unsee it.",
    "Please let these people help you, I'll visit as often as they allow.",
    "I love the way you laugh at your own jokes before you get to the punchline.",
    "When I lost the baby, you sat on our couch and held my hand for hours, and I want to be there for you now.",
    "I got very frightened at the lake house when I couldn't wake you from your nap.",
    "Your granddaughter drew a picture of you fishing and stuck it on our fridge.",
    "I want more years of your terrible puns and your Sunday pancakes.",
    "The counselors at the treatment center understand back pain and pain pills both, and they can help with the pain too.",
    "I'm writing this because I want my kids to have their grandpa for a long time.",
    "Mom, the afternoon you taught me to knit in your sunroom is one of my favourite memories.",
    "I've started to dread the phone ringing late at night, and I hate that feeling.",
    "You've been a second father to me and I want you back.",
    "I watched you pour vodka into your orange juice at Jamie's brunch when you thought nobody saw.",
]

DEV121_TRAPS: list[str] = [
    "My own father was an alcoholic, so I know a little of what this costs a family.",
    "I was on oxycodone after my c-section and I know how fast it can grab hold of a person.",
    "You told me once on the porch, 'I feel like such a drunk,' and I hugged you because that's not how I see you.",
    "You are not a pillhead to me, you're the man who taught my son to ride a bike.",
    "I will always be grateful you welcomed me into this family.",
    "I never stop hoping for the version of you I met at our engagement party.",
    "We always had the best barbecues at your place on the Fourth of July.",
    "Your doctor told us your liver numbers are worse, and that frightens me because I love you.",
    "Great job on your thirty days last spring, I was so proud of you I told my whole office.",
    "I spent Saturday helping Jen clean out your garage and we found your old fishing rods.",
    "The addiction counselor explained to us that this is an illness, not a moral failing.",
    "My brother is a recovering addict with eight years now, and he'd love to talk to you.",
    "Since the twins were born I've become a total coffee junkie.",
    "The whole family went to the lake that summer, and we laughed until midnight on the dock.",
    "Every time I see the photo of you holding Emma at the hospital, I cry happy tears.",
    "Nothing would make me happier than seeing you at Ellie's recital next June.",
    "Because of you I learned to love old jazz records.",
    "You're the reason I can make a proper pie crust.",
    "Thank you for the hours you spent fixing my old Civic, I never thanked you properly.",
    "I'm not here to call you names or tell you you're a bad person.",
    "I was a mess in my twenties, drinking way too much, and somebody gave me a chance.",
    "You said to me, 'I'm sick of being sick,' and I believed you meant it.",
    "Nobody in this room thinks you're a bad mother.",
    "Dr. Alvarez said the tremors in your hands are from alcohol withdrawal, and that there's medicine to make stopping safer.",
    "I never once doubted that you love your son.",
    "Not a day goes by that I don't think about our trip to Bar Harbor.",
    "Shame is the last thing I want you to feel today.",
    "I don't think you're pathetic, I think you're hurting.",
    "Great job with the garden this year, those tomatoes were the best I've ever had.",
    "Thanks for showing up at the hospital when Lily was born, you were the first one there.",
    "My dad was a drunk and a mean one, and you are nothing like him.",
    "The nurse at Ridgeview said the detox unit has a bed for you on Monday.",
    "We used to play cribbage every night at the cabin and you never let me win, not one game.",
    "You came clean to Tom about the pills at Easter, and that took real courage.",
    "I dirty every pot in the kitchen when I cook, and you used to tease me about it.",
    "Jake is a total gym junkie now, and he wants his dad spotting him again.",
    "You were always the one who remembered everybody's birthday, even mine that first year.",
    "Everything you did for Tom growing up is why he's such a good dad.",
    "When you told me you felt like 'a worthless old man,' it broke my heart, because you are anything but.",
    "You asked me last summer, 'Am I an alcoholic?', and I didn't know what to say; today I want us to find out together with someone who knows.",
    "Addiction runs in my own family, my uncle Ray drank himself to death at 58.",
    "I think of you every Thanksgiving when I make the gravy the way you taught me.",
    "You never missed one of Tom's baseball games when he was little, he told me that on our first date.",
    "Your COPD diagnosis last year scared me, and I want you here for a long time.",
]

DEV121_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be bringing the kids over to your house until you're in treatment.",
    "If you decide not to go, I will stop picking up your prescriptions for you.",
    "If the answer is no, I'm not going to lend you money again, not for rent and not for anything else.",
    "If you leave here today without saying yes, I won't let you drive the kids anywhere, and there will be no alcohol in our house when you visit.",
]

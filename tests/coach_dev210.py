# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 210 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a daughter-in-law, holidays and the grandkids' visits: blame, hearsay and diagnosis most. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV210_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.89 (56/63; the rules alone 50/63): label 2/3, blame 19/21, insult 1/3, hearsay 12/13, diagnosis 11/12, every other kind full; good 5/53 (9.4%; the rules alone 5), traps 2/43 (4.7%; the rules alone 2).

At merge, before it was trained on: with main 9ed1673, rules and model 0.92 (58/63; the rules alone 52/63): label 2/3, blame 20/21, insult 2/3, hearsay 12/13, diagnosis 11/12, every other kind full; good 4/53 (7.5%; the rules alone 4), traps 2/43 (4.7%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV210_FLAG: list[tuple[str, set[str]]] = [
    (
        "Emma spent Christmas Eve crying in the guest room, and that happened because you couldn't put the bourbon down for one night.",
        {"blame"},
    ),
    (
        "Kyle stopped laughing at family dinners years ago, and I lay that squarely at your feet.",
        {"blame"},
    ),
    (
        "The kids don't want to sleep over at Grandpa's anymore and you only have your drinking to thank for that.",
        {"blame"},
    ),
    (
        "Thanksgiving was wrecked the second you walked in smelling like vodka, and that's your doing, not mine.",
        {"blame"},
    ),
    ("You picked a six-pack over watching Jonah open his presents, and he noticed.", {"blame"}),
    (
        "My marriage has been under so much strain these last two years, and honestly most of it traces back to you and those pills.",
        {"blame"},
    ),
    (
        "I gave up my Easter, my Fourth of July and half my vacation days driving you home, and this is the thanks I get?",
        {"blame"},
    ),
    (
        "Lily's birthday party got cut short because you fell into the cake table, so dont tell me it was nobody's fault.",
        {"blame"},
    ),
    ("You took the one week a year the grandkids get with you and drowned it in beer.", {"blame"}),
    ("Kyle is in counseling twice a week now, paying for your mistakes.", {"blame"}),
    (
        "We had to leave your house at nine on Christmas night with two sobbing kids in the back seat, and I hold you responsible for every mile of that drive.",
        {"blame"},
    ),
    (
        "You threw away the years when the kids were little enough to really get to know their grandpa.",
        {"blame"},
    ),
    (
        "The reason my kids flinch when a glass breaks is sitting right here in this chair.",
        {"blame"},
    ),
    (
        "You broke Emma's heart when you skipped her recital for a bar stool at the Legion.",
        {"blame"},
    ),
    ("Every fight Kyle and I had over the holidays started with your drinking.", {"blame"}),
    (
        "I've spent every ounce of patience I had on you, Carol, and what did I get back but a New Year's I'd like to forget?",
        {"blame"},
    ),
    (
        "You made it impossible for us to trust you with the kids, nobody else did that, you did.",
        {"blame"},
    ),
    (
        "Jonah asked me why Grandpa gets mean on holidays and the only honest answer I had was you and the whiskey.",
        {"blame"},
    ),
    ("You let your pills matter more than your own grandbabies.", {"blame"}),
    (
        "Its your fault the kids missed their cousins this summer, we couldnt risk the drive with you behind the wheel.",
        {"blame"},
    ),
    ("If this family falls apart, Ron, you'll be the one who pushed it over the edge.", {"blame"}),
    (
        "Kyle's sister Dana told me you were passed out on the porch when she dropped off the Christmas ham.",
        {"hearsay"},
    ),
    (
        "Your neighbor Gary mentioned you've been driving to the liquor store twice a day.",
        {"hearsay"},
    ),
    (
        "According to the pharmacist at Walgreens you tried to refill your oxycodone a week early.",
        {"hearsay"},
    ),
    (
        "Word at church is that you showed up to the Christmas pageant slurring your words.",
        {"hearsay"},
    ),
    (
        "Emma's teacher let me know the kids at school are talking about the grandpa who yelled at the Halloween parade.",
        {"hearsay"},
    ),
    (
        "Your golf buddies keep telling Kyle you can't finish nine holes anymore without a flask.",
        {"hearsay"},
    ),
    (
        "Linda from your bridge club let it slip that you keep wine in a water bottle in your purse.",
        {"hearsay"},
    ),
    (
        "The guy who plows your driveway told us he found you asleep in your car one morning in January.",
        {"hearsay"},
    ),
    ("Uncle Pete swears he saw you buying pills off some kid in the VFW parking lot.", {"hearsay"}),
    (
        "The story going around the family is that you lost your license last spring and never told a soul.",
        {"hearsay"},
    ),
    (
        "Kyle's cousin posted that she watched you stumble out of Applebee's on Super Bowl Sunday.",
        {"hearsay"},
    ),
    (
        "The hospice nurse who cared for Grandma mentioned to me that you were drunk at most of the visits.",
        {"hearsay"},
    ),
    (
        "From what Dana says, you told the whole Thanksgiving table I keep the kids away from you out of spite.",
        {"hearsay"},
    ),
    (
        "I'm convinced you're a narcissist, every Christmas has to revolve around Ron.",
        {"diagnosis"},
    ),
    (
        "You swing from giddy to furious so fast that I think you're bipolar and nobody ever caught it.",
        {"diagnosis"},
    ),
    (
        "The way you lie without blinking, I honestly think there's something sociopathic going on with you.",
        {"diagnosis"},
    ),
    (
        "You are depressed, Carol, anyone with eyes can see it, and the wine is how you treat it.",
        {"diagnosis"},
    ),
    (
        "You have an anxiety disorder and you're medicating it with Xanax nobody prescribed you.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you can't see the house coming down around you.", {"diagnosis"}),
    ("I've read enough online to know you've got a borderline personality.", {"diagnosis"}),
    (
        "Your memory is shot and I'm pretty sure the drinking has given you early dementia.",
        {"diagnosis"},
    ),
    (
        "Some days you're paranoid in the clinical sense, accusing the kids of stealing your pills.",
        {"diagnosis"},
    ),
    (
        "You have PTSD from the accident at the plant, I'm sure of it, and you refuse to admit it.",
        {"diagnosis"},
    ),
    (
        "You're a textbook hypochondriac who turns every ache into a reason for another pill.",
        {"diagnosis"},
    ),
    (
        "Something's wrong in your head beyond the booze, half the time you seem manic to me.",
        {"diagnosis"},
    ),
    ("I don't want my kids growing up thinking it's normal for Grandpa to be a drunk.", {"label"}),
    ("The grandkids deserve a grandma, not a pill popper nodding off on the couch.", {"label"}),
    (
        "To the kids you're turning into nothing but the boozer at the end of the table.",
        {"insult", "label"},
    ),
    ("If you get yourself clean I'll drive the kids over myself every Sunday.", {"clean"}),
    (
        "You told Kyle you've stayed clean since Labor Day, but I found the empties in the recycling.",
        {"clean"},
    ),
    ("You have not made it through one single holiday sober in six years.", {"absolute"}),
    ("Every time the kids come over you've already had a drink before lunch.", {"absolute"}),
    ("Honestly you were an embarrassment at Jonah's baptism.", {"insult"}),
    (
        "What sort of grandfather can't stay upright long enough to watch a second grade play?",
        {"insult"},
    ),
    ("Everyone in this room has had it with your excuses.", {"we"}),
    (
        "All of us think the drinking has turned you into someone we don't recognize, and we're done pretending otherwise.",
        {"we"},
    ),
    ("Go to rehab or you can forget about ever holding the new baby.", {"threat"}),
    (
        "Keep drinking and Kyle and I will move the kids to Oregon and you won't even get the address.",
        {"threat"},
    ),
    ("Real proud moment, Grandpa, passing out before the turkey was even carved.", {"sarcasm"}),
    (
        "Thanks so much for the lovely 'surprise' of showing up wasted to Lily's recital.",
        {"sarcasm"},
    ),
    ("Nice touch bringing a flask to the Easter egg hunt, so grandfatherly of you.", {"sarcasm"}),
]

DEV210_GOOD: list[str] = [
    "Ron, I'm writing this because I love you and I want my kids to know their grandpa.",
    "When I first married Kyle, you were the one who made me feel welcome at the table.",
    "I remember you teaching Emma to bait a hook up at Lake Winnebago, so patient with her.",
    "You taught me how to make your mother's sausage stuffing and I still make it every November.",
    "Jonah still sleeps with the stuffed moose you gave him.",
    "I miss the man who danced with me at our wedding until the DJ packed up.",
    "I'm worried about your health, and I'm worried about the kids riding in the car with you.",
    "I want you at Emma's high school graduation, and I want you to remember it.",
    "There's a bed waiting for you at a program in Madison, and Kyle can drive you there this afternoon.",
    "The kids made you cards, they're in my purse and I'll give them to you whenever you want.",
    "I loved the summer you built the treehouse with Jonah, sawdust everywhere and both of you grinning.",
    "Carol, you were the first person I called when Lily was born.",
    "I want to bring the kids for Thanksgiving again without worrying about who drives home.",
    "You have so much to give those kids and I want them to get it.",
    "I'm not here to fight with you, I'm here because I can't keep watching this happen.",
    "I still have the card you wrote me my first birthday in the family, it made me cry.",
    "You used to call on Sunday nights just to hear the kids tell you about their week.",
    "I'd love for you to come to Jonah's soccer games this spring.",
    "Kyle gets his sense of humor from you and I see it in Emma too.",
    "I believe you can do this, Ron.",
    "I will sit with you on family weekend if they let me.",
    "Remember the ugly sweater contest? You won in that reindeer vest and wore it till New Year's.",
    "dad i know this is hard to hear, i am scared too",
    "The grandkids ask about you constantly and I want to have good news for them.",
    "I want the old Sunday dinners back, the loud ones with too much pie.",
    "You once drove four hours in a snowstorm to bring me soup when I had the flu.",
    "I miss your laugh, the real one, the one that made the dog bark.",
    "When you're ready to come home, the guest room is yours for the holidays.",
    "I know you've been hurting since Mom passed and I want you to have real support.",
    "Emma wrote Grandpa at the top of her list of people she's thankful for this year.",
    "My kids love you Ron, and so do I.",
    "I'm proud to be your daughter-in-law and I want to stay close to you.",
    "Whatever happens at the treatment center, I'll make sure the kids send you letters every week.",
    "When I lost my job at the clinic last fall, you quietly mailed money for the kids' school shoes without me ever asking.",
    "During my chemo you drove Jonah to practice every Tuesday and I have never forgotten it.",
    "Thank you for fixing our furnace in December when Kyle was working doubles, that meant the world to me.",
    "You stayed up with Lily the night she had croup so I could sleep after my late shift, and I was so grateful.",
    "You gave a beautiful eulogy for Grandma, and I was proud to be part of your family that day.",
    "At Christmas I watched you pour whiskey into your coffee at nine in the morning, and my stomach dropped.",
    "When you slipped on the ice outside our house in January, I was terrified you'd hit your head.",
    "I took the kids home early from the Fourth of July because I was scared, and I cried the whole drive.",
    "I felt so alone on Easter, like I was the only one who noticed how much you'd had.",
    "I counted eleven empty bottles in your recycling bin when I dropped off the kids' drawings.",
    "Last month through the wall I could hear you sobbing on the phone with Kyle, and I wanted to hug you.",
    "I saw your hands trembling when you held Lily at her baptism and I've been worried ever since.",
    "I watched you nod off at the table during Thanksgiving dinner and it frightened me.",
    "Last Christmas I found you asleep in your truck in our driveway, so I sat with you until you woke up.",
    "I heard you tell Emma 'Grandpa's just tired,' and I could see how much you hated saying it.",
    "I smelled pot in the garage while the kids were over, and I'd rather talk to you about it than stay quiet.",
    "You always let the grandkids lick the beaters when you made your pumpkin bread.",
    "We used to play cribbage until midnight on New Year's Eve, you never let me win and I loved that.",
    "Every summer we drove up to your cabin and the canoe was always waiting at the dock.",
    "You never missed one of Emma's dance recitals when she was little, and she still talks about it.",
]

DEV210_TRAPS: list[str] = [
    "My own dad was a drunk, so I know what it does to the kids sitting in the back seat.",
    "Kyle's grandfather was an alcoholic too, and you've told me how scared of him you were.",
    "I was a pillhead for two years after my C-section, I know how hard those things pull at you.",
    "I've been clean off cigarettes for four years and I still remember how hard quitting was.",
    "Kyle spent Saturday scrubbing the spare room clean so it's ready for you when you get back.",
    "The doctor at St. Mary's told us your liver enzymes are high, and I want you around for a long, long time.",
    "Your cardiologist said the drinking is straining your heart, and I can't bear the thought of the kids losing you.",
    "You told me yourself, 'I'm a mess around the holidays,' and I hugged you because I understood.",
    "You said 'I'm just a drunk old man' on Christmas night, and I want you to know that is not how I see you.",
    "You are not an alcoholic to my kids, you are Grandpa, and I want them to keep that.",
    "I will always love you, Ron, no matter what you say today.",
    "We always ended Christmas Eve with your hot cocoa and a terrible movie.",
    "When you got your thirty-day chip last year I was so proud I told all my coworkers.",
    "You did an amazing job getting through Thanksgiving two years ago without a drop, and the kids had the best time.",
    "Emma is a total sugar junkie after Halloween, just like you used to be with jelly beans.",
    "Jonah is a Lego addict and he's dying to build the Millennium Falcon with you.",
    "Kyle's brother Matt called himself a junkie for years, and now he coaches Little League.",
    "Every person in this room drove through the snow today because they love you.",
    "We went sledding behind your house every Christmas until the kids got too big for the toboggan.",
    "I'm sorry I haven't always been patient with you.",
    "I was a total mess at Easter myself and I said things to you I regret.",
    "It's a shame we haven't had a real holiday together in three years, and I want that back.",
    "Every time I smell pipe tobacco I think of you reading Goodnight Moon to the kids.",
    "My mom was diagnosed bipolar when I was twelve, and I learned early that getting help is nothing to be ashamed of.",
    "The kids say your truck is disgusting with all the dog hair, and they fight over who gets to ride in it anyway.",
    "I heard it from you, in your own words, that you don't want to feel like this anymore.",
    "Kyle told me he misses fishing with you more than anything.",
    "Emma said she wants Grandpa to teach her to drive someday.",
    "Your house was always spotless when I was dating Kyle, you kept it so clean.",
    "The kids are never happier than when they're out on your boat.",
    "If you want, we can start with a clean slate today, no more digging up the past.",
    "I know I'm not perfect, I've been a wreck since my layoff and I snap at everybody.",
    "That was one crazy Fourth of July when the fireworks tipped over and you saved the dog.",
    "Kyle's old roommate was a real stoner in college, and he's the one who told us about this treatment center.",
    "The ER doctor told us you had alcohol poisoning that night in February, and I held your hand while you slept.",
    "We all loved the year you dressed up as Santa for the church party.",
    "We laughed so hard the time the turkey caught fire and you put it out with the garden hose.",
    "How could I forget the first time you held Emma? You cried harder than I did.",
    "Thank you for always picking up when Jonah calls to tell you about his spelling tests.",
    "Nothing would make me happier than watching you carve the turkey sober next November.",
    "My brother Sean went to rehab twice, and his first sober Christmas home was the best gift our family ever got.",
    "You are not a disgrace to anyone in this room, you're my kids' grandpa and I want you back.",
    "your always the first one on the dance floor at weddings and I love that about you",
]

DEV210_BOTTOM_LINE_OK: list[str] = [
    "If you say no to treatment today, I won't bring the kids to your house for visits until you've had some real time sober.",
    "If you choose not to go, Ron, I'm not going to let you drive the kids anywhere anymore.",
    "If you turn this down, I will still love you, but I won't be hosting you for Christmas this year.",
    "If you leave here today without saying yes, I'll stop making excuses for you when the kids ask where Grandpa is.",
]

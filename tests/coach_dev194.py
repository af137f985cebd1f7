# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 194 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an adult daughter of a mother who drinks, childhood memories that still sting: blame, absolutes and insults most. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV194_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.85 (56/66; the rules alone 44/66): absolute 14/16, blame 16/21, insult 11/13, sarcasm 2/3, every other kind full; good 3/44 (6.8%; the rules alone 3), traps 3/45 (6.7%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.85 (56/66; the rules alone 44/66): absolute 14/16, blame 16/21, insult 11/13, sarcasm 2/3, every other kind full; good 3/44 (6.8%; the rules alone 3), traps 3/45 (6.7%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV194_FLAG: list[tuple[str, set[str]]] = [
    (
        "I spent most of fourth grade making boxed mac and cheese for Danny while you were passed out on the couch, and that's your fault, not mine.",
        {"blame"},
    ),
    ("You poured my childhood down the drain one bottle of Chardonnay at a time.", {"blame"}),
    (
        "You let Danny and me think the divorce was our fault when it was your drinking all along.",
        {"blame"},
    ),
    ("I can't trust a single man I date and I can trace that straight back to you.", {"blame"}),
    (
        "It's on your head that I never had a friend sleep over, I was too scared of what shape you'd be in.",
        {"blame"},
    ),
    (
        "My sweet sixteen got wrecked by you and somehow I ended up being the one who had to apologize.",
        {"blame"},
    ),
    (
        "Grandma June spent her last years sick with worry over you and I honestly think you helped put her in the ground.",
        {"blame"},
    ),
    (
        "Ava cries in the car after visits with you, and you're the one who did that to her.",
        {"blame"},
    ),
    ("The wine was always more important to you than Danny and me.", {"absolute", "blame"}),
    ("I was the mom in our house at twelve years old, and you let that happen.", {"blame"}),
    ("My therapy bills are basically your bar tab finally coming due.", {"blame"}),
    ("You showed up slurring for my wedding toast and I will never get that day back.", {"blame"}),
    (
        "Every bad thing that happened in that house started with you opening a bottle.",
        {"absolute", "blame"},
    ),
    ("I emptied my savings to cover your rent twice and this is the thanks I get?", {"blame"}),
    (
        "You have no idea what you put Danny through, he still won't talk about the night in the garage.",
        {"blame"},
    ),
    ("You broke this family apart Mom and then acted surprised that it was broken.", {"blame"}),
    ("You made me lie to my teachers for you and that guilt belongs to you not me.", {"blame"}),
    (
        "The reason I flinch when anybody raises their voice is sitting right here in this room.",
        {"blame"},
    ),
    (
        "For two years I drove you everywhere after your license got pulled, and you never once said thank you.",
        {"absolute", "blame"},
    ),
    (
        "I missed the only scholarship interview I ever got because I had to stay home and make sure you were still breathing.",
        {"blame"},
    ),
    (
        "Dont you dare make this about how hard your life is when your the one who made ours so hard.",
        {"blame"},
    ),
    ("You have not come to a single school play of mine sober, not one.", {"absolute"}),
    ("Every holiday of my childhood ended with you crying in the upstairs bathroom.", {"absolute"}),
    (
        "You always pick a fight right before dinner so you've got an excuse to go pour another glass.",
        {"absolute"},
    ),
    ("In five years I haven't gotten one phone call from you without slurring.", {"absolute"}),
    ("You lie about everything Mom, each and every time you open your mouth.", {"absolute"}),
    ("You forget every single promise you make to Ava and Leo.", {"absolute"}),
    (
        "You never said you were proud of me, not at graduation, not at my wedding, not ever.",
        {"absolute"},
    ),
    ("Your whole life revolves around that wine rack in the dining room.", {"absolute"}),
    ("Anytime I call after six you're already slurring, no exceptions.", {"absolute"}),
    ("You keep swearing it'll be different and it is never, ever different.", {"absolute"}),
    ("Whenever life got hard you crawled into a bottle, without fail.", {"absolute"}),
    (
        "Watching you stumble around Leo's birthday party was humiliating, you looked like a complete fool.",
        {"insult"},
    ),
    (
        "You're a selfish, spiteful woman when you drink, and honestly sometimes when you don't.",
        {"insult"},
    ),
    ("No real mother lets her eight year old find her face down in the driveway.", {"insult"}),
    (
        "You should be ashamed of how you talked to Grandma at her own seventieth birthday.",
        {"insult"},
    ),
    ("You have become an embarrassment to this family, Mom.", {"insult"}),
    ("Sometimes I look at you and can't believe I came from someone so weak.", {"insult"}),
    ("You're a hollow shell of a person now.", {"insult"}),
    ("The house reeks, you reek, its just gross Mom.", {"insult"}),
    ("You've turned yourself into the neighborhood joke and u dont even see it.", {"insult"}),
    ("I'm sickened by the person you've let yourself become.", {"insult"}),
    ("You're a liar and a coward, and I'm done pretending you're not.", {"insult"}),
    (
        "Who sends a seven year old to school in filthy clothes because she's too hungover to do laundry? You did.",
        {"insult"},
    ),
    ("You don't care about anybody but yourself and you never have.", {"absolute", "insult"}),
    ("You've been a drunk my whole life, Mom, and I'm tired of acting like you aren't.", {"label"}),
    ("I don't want Ava and Leo growing up with an alcoholic for a grandma.", {"label"}),
    (
        "I need you to dry out and stay clean for real this time, not just till the holidays are over.",
        {"clean"},
    ),
    (
        "Your court program test came back dirty in August so please stop telling me you quit.",
        {"clean"},
    ),
    ("Aunt Patty told me she saw you at the Tip Top until closing last Tuesday.", {"hearsay"}),
    (
        "Mrs. Kowalski next door says you haul bags of empties out to the curb at five in the morning so nobody sees.",
        {"hearsay"},
    ),
    ("All of us agree you have become impossible to be around.", {"we"}),
    ("Everyone in this room is worn out from cleaning up after your messes.", {"we"}),
    (
        "If you walk out of here without saying yes, you can forget about ever holding the new baby.",
        {"threat"},
    ),
    (
        "Either you're in that car to Hazelden tomorrow or you've lost me for good, I mean it.",
        {"threat"},
    ),
    (
        "Thanks a ton for teaching me how to hold your hair back over the toilet when I was nine, super useful life skill.",
        {"sarcasm"},
    ),
    ("Real award-winning parenting, Mom, passing out right before my prom pictures.", {"sarcasm"}),
    (
        "Oh sure, you 'only had two glasses' at Danny's graduation, that's why you fell into the cake table.",
        {"sarcasm"},
    ),
    (
        "I honestly think you're a narcissist, everything has always been about you.",
        {"absolute", "diagnosis"},
    ),
    (
        "You are so deep in denial you cant even see the bottles lined up under the sink.",
        {"diagnosis"},
    ),
    (
        "I'm pretty sure you've got some kind of borderline personality thing, the way you flip on people in a second.",
        {"diagnosis"},
    ),
]

DEV194_GOOD: list[str] = [
    "Mom, I love you and I'm writing this because I miss you so much it hurts.",
    "I remember you singing Patsy Cline into a wooden spoon while you made Saturday pancakes.",
    "You taught me how to braid my own hair the summer before first grade.",
    "Ava still asks when Grandma can come to her dance recital.",
    "I want Leo to know the woman who made up bedtime stories about a raccoon named Gus.",
    "There's a bed waiting for you at Brighton Center this afternoon, and I'm asking you to take it.",
    "I'll drive you there myself, and I'll come up every Sunday they let families visit.",
    "I miss our long phone calls about nothing, the ones where you'd tell me how the tomatoes were doing.",
    "Your laugh is the best sound I know and I haven't heard it in a really long time.",
    "I'm scared of losing you Mom, thats the honest truth.",
    "I want you at my table next Thanksgiving, healthy and bossing me around about the gravy.",
    "When I had the flu in third grade you stayed home from work and watched The Price Is Right with me all day.",
    "I still have the quilt you made me for my dorm room, it's on our bed right now.",
    "I'm asking you to say yes today, for you more than for anybody else.",
    "Please let these people help you, they know what they're doing.",
    "I want to go strawberry picking with you at Hillview Farm again in June.",
    "You gave me my love of books, my first library card was your idea.",
    "Mark and I already talked it over and we'll take care of the house and the cat while you're there.",
    "I want my mom back, the one who danced in the kitchen with the radio up loud.",
    "I'm working on forgiving the past, and I want us to have a future.",
    "I'd love for you to see Leo's first T-ball game in April.",
    "Treatment isn't a punishment, it's a chance, and I want you to have it.",
    "Grandma June would want this for you, I really believe that.",
    "I know you're hurting too and I want you to get the care you deserve.",
    "Youre my mom and I'm on your side today.",
    "I'm not perfect either, and I've started counseling so I can be a better daughter to you.",
    "I want to sit on your porch swing with coffee and talk like we used to.",
    "When I was ten I found you asleep on the bathroom floor, and I remember how scared I was and how much I wanted to help you.",
    "At my graduation I kept looking for you in the bleachers, and when you weren't there I felt really alone.",
    "I've noticed your hands shake in the morning now, and it frightens me.",
    "Last Christmas when you fell on the back steps my stomach dropped, and I haven't stopped worrying since.",
    "When I call in the evening and can't follow what you're saying, I hang up and cry.",
    "I started hiding your car keys when I was fourteen, and I hated having that job.",
    "Thank you for driving four hours through the snow to be there the night Leo was born.",
    "I'm proud of you for calling me in April and telling me you wanted to stop.",
    "When Dad left, you kept food on the table working two jobs, and I know how hard that was.",
    "You were sober the year I turned fifteen, and that was the happiest year I remember.",
    "Thank you for sleeping on my couch the whole week my first baby came home, I couldn't have done it without you.",
    "It meant the world to me that you came to my wedding, and I still look at the photo of us dancing.",
    "I felt embarrassed when my friends saw you at my sleepover, and then I felt guilty for being embarrassed.",
    "You were so brave walking into that first meeting at St. Anne's last year, I know it was hard.",
    "The kids made you a card, it's in my purse and I'll give it to you when we're done.",
    "I keep thinking about how you taught me to float on my back at Lake Erie, you said just trust the water.",
    "Whatever happens in treatment, I'll be waiting for you on the other side.",
]

DEV194_TRAPS: list[str] = [
    "Grandpa Walt was a mean drunk, and I know you grew up scared of him too.",
    "My husband Mark has been sober eleven years and he calls himself a recovering alcoholic without any shame.",
    "You said 'I'm such a drunk, baby, I'm sorry' on the phone last month, and I've held onto the sorry part ever since.",
    "I don't see a drunk when I look at you, I see my mom who is sick and needs help.",
    "Mark's uncle was a pillhead for most of the nineties and he got better at a place just like this one.",
    "My friend Jess's mom was an addict, and now she's ten years sober and coaches Jess's kids in soccer.",
    "Leo is a total Lego junkie and he's saving the Millennium Falcon set to build with you.",
    "I spent a whole Saturday helping you clean out the garage when I was twelve and it's one of my favorite days.",
    "I toured the center Tuesday and the rooms are bright and clean, there's even a garden out back.",
    "I finally came clean to Mark about what growing up was like, and telling him made me feel lighter.",
    "My dirty little secret is that I still replay the voicemail you left on my thirtieth birthday.",
    "I'll always be your daughter, no matter what you decide today.",
    "Not a day goes by that I don't hope my phone rings and it's you, saying you're ready.",
    "You taught me to drive in the church parking lot and you never once raised your voice.",
    "Every time I smell cinnamon I'm back in your kitchen at Christmas.",
    "You always knew exactly what to say when some boy broke my heart.",
    "Whatever happens today, I will never give up on you.",
    "Nothing you could say today would make me stop loving you.",
    "Because of you I know how to bake bread from scratch, and I think of you every time I knead the dough.",
    "You're the reason I became a nurse, you bandaged every scraped knee on our block.",
    "I'm not here to blame you or to list everything that went wrong.",
    "Some of this is my fault too, I covered for you for years and I'm sorry for that.",
    "I heard you laughing on the porch with Danny last summer and for a minute it was the old you.",
    "Danny told me he really wanted to be here but couldn't get off his shift, and he asked me to tell you he loves you.",
    "Grandma June used to say you had the prettiest voice in the whole church choir, and she was right.",
    "We all piled into the station wagon for Niagara Falls that summer and Danny threw up on my shoes, remember?",
    "We were happy in the little yellow house on Elm Street, I hold on to that.",
    "Danny and I both love you so much and we want you with us at Christmas.",
    "Every Fourth of July we drove out to Put-in-Bay and you let me steer the boat.",
    "Your doctor told you in March that your liver numbers are high, and I was right there holding your hand when she said it.",
    "Dr. Patel said the shaking is from withdrawal, and the nurses at the center know how to help with that safely.",
    "My counselor says I have anxiety from those years, and getting help for it changed my life, which is why I believe it can help you too.",
    "I was diagnosed with depression in my twenties and you mailed me a card every single week that year.",
    "I'm disgusted with myself for all the times I poured your wine just to keep the peace.",
    "Pathetic is exactly how I felt at twenty-five, and you were the one who drove to Columbus to pull me out of that apartment.",
    "Those five months you stayed sober in 2019 were amazing, and I bragged about you to everyone at work.",
    "You did a great job raising Danny and me on your own those years after Dad left, and I see that now.",
    "I'm not leaving, Mom, no matter what you say today.",
    "I'm a total clean freak these days, Mark teases me about it constantly.",
    "I was a stoner for most of my sophomore year, so I know how easy it is to disappear into something.",
    "You told me once 'I always ruin everything,' and I want you to know that isn't how I see you.",
    "Leo drew you a picture of you two at the beach and he has never been prouder of anything.",
    "Aunt Carol was an alcoholic who died at fifty-two, and I can't bear the thought of losing you like that.",
    "The intake nurse said stopping alcohol all at once can be dangerous, so please don't try to quit cold turkey by yourself.",
    "You were always the first one up on Christmas morning, more excited than we were.",
]

DEV194_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't bring Ava and Leo over to your house anymore, but I will bring them to visit you at the center.",
    "If you decide not to go, I'm not going to pick up when you call at night after drinking, I'll only talk with you during the day.",
    "If you choose not to accept help, I'll stop paying your phone bill starting next month.",
    "Whatever you decide today, I won't lie to Danny or Aunt Patty for you anymore.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 193 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a woman writing to her partner of ten years, their friends' circle and dinner parties: blame, hearsay and sarcasm most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV193_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.83 (52/63; the rules alone 45/63): blame 13/21, hearsay 11/12, sarcasm 11/13, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 5/44 (11.4%; the rules alone 5).

At merge, before it was trained on: with main 6613c6f, rules and model 0.84 (53/63; the rules alone 46/63): blame 14/21, hearsay 11/12, sarcasm 11/13, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 5/44 (11.4%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV193_FLAG: list[tuple[str, set[str]]] = [
    (
        "Priya and Marcus stopped inviting us anywhere, and honestly Dan, that is your doing, not mine.",
        {"blame"},
    ),
    ("I've lost half my friends this year thanks to the way you drink at their tables.", {"blame"}),
    (
        "You turned me into the woman who texts the host an apology the morning after, every single party.",
        {"absolute", "blame"},
    ),
    ("It's your fault Eleni's birthday ended with her crying in the kitchen.", {"blame"}),
    ("I gave ten years of my life to holding you up and this is how you pay me back.", {"blame"}),
    (
        "You wrecked the one night I'd been planning for months, our anniversary dinner at Lucca.",
        {"blame"},
    ),
    (
        "That bottle of red meant more to you than I did, and everyone at Tom's table could see it.",
        {"blame"},
    ),
    (
        "your the one who made sure Jess and I dont speak anymore, calling her a snob at her own birthday",
        {"blame"},
    ),
    ("Do you have any idea what you have put me through these last three years?", {"blame"}),
    ("I stopped hosting because you made it impossible, plain and simple.", {"blame"}),
    (
        "Thanks to you I now dig through the recycling for empties like some kind of detective.",
        {"blame"},
    ),
    (
        "You blew our Lisbon money on pills and left me to explain to my parents why we cancelled.",
        {"blame"},
    ),
    (
        "What you did at Tom and Eleni's wedding is something I'll be apologising for for years.",
        {"blame"},
    ),
    (
        "You left me to get a taxi home alone from Marcus's at 2am and somehow made it feel like my problem.",
        {"blame"},
    ),
    (
        "I'm the one paying for your choices, with my friends, my nerves and my bank account.",
        {"blame"},
    ),
    ("If I seem cold these days, it's because you made me this way.", {"blame"}),
    (
        "My sleep, my job, my friendships, they have all gone downhill since the coke started showing up at parties, and I hold you responsible.",
        {"blame"},
    ),
    (
        "You humiliated me in front of everyone I care about and then had the nerve to blame me for being upset.",
        {"blame"},
    ),
    ("I don't have a single friend left who is just mine, you saw to that.", {"blame"}),
    ("The reason I can't face book club anymore is sitting on this couch right now.", {"blame"}),
    (
        "You owe me for the Christmas at your sister's that you turned into a screaming match.",
        {"blame"},
    ),
    (
        "Marcus mentioned you'd been doing lines in their upstairs bathroom at the housewarming.",
        {"hearsay"},
    ),
    ("Jess let slip that you rang her at midnight slurring about us.", {"hearsay"}),
    ("According to Priya they had to pour you into a cab after the fundraiser.", {"hearsay"}),
    (
        "Your colleague Sam told Eleni, who told me, that you've been sleeping in your car at lunch.",
        {"hearsay"},
    ),
    ("Word around our group is that nobody wants to be seated next to you anymore.", {"hearsay"}),
    ("Tom's wife says you tried to get oxys off her cousin at the barbecue.", {"hearsay"}),
    (
        "Someone from book club saw you coming out of the off-licence at nine in the morning.",
        {"hearsay"},
    ),
    ("I've been told you keep a bottle of vodka in your desk drawer at work.", {"hearsay"}),
    ("Supposedly you told Marcus that I'm the one with the problem.", {"hearsay"}),
    ("Your brother phoned me last week to say you'd asked him for money again.", {"hearsay"}),
    (
        "Eleni's husband reckons you drove home after the barbecue when you could barely stand.",
        {"hearsay"},
    ),
    (
        "From what the neighbours tell me, you were out on the lawn shouting at 3am while I was at my mum's.",
        {"hearsay"},
    ),
    (
        "Lovely toast at Jess's engagement, Dan, nothing says congratulations like knocking the cake off the table.",
        {"sarcasm"},
    ),
    (
        "So kind of you to grace Marcus's fortieth with your presence, for the whole twenty minutes you were awake.",
        {"sarcasm"},
    ),
    (
        "You were the life of the party at New Year's, right up until you threw up in Priya's coat cupboard.",
        {"sarcasm"},
    ),
    ("Bravo on remembering our anniversary, only three days late and hungover.", {"sarcasm"}),
    (
        "What a charming host you were, four glasses down before the first guest rang the bell.",
        {"sarcasm"},
    ),
    ("I'm sure our friends adored your little speech about how boring they all are.", {"sarcasm"}),
    ("Another 'quiet drink' with the lads, how relaxing that must have been for you.", {"sarcasm"}),
    ("Real smooth, keeping the gin in a water bottle, I'm sure nobody noticed.", {"sarcasm"}),
    (
        "Congrats on making it through dessert at Tom's before you vanished into the loo again, what an achievement.",
        {"sarcasm"},
    ),
    (
        "Partner of the decade, leaving me on the hospital curb because the pub was calling.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for the memorable evening at Eleni's, I especially loved apologising to her mother.",
        {"sarcasm"},
    ),
    (
        "Your 'one glass' of wine at the Hendersons' was impressive, it lasted the whole bottle.",
        {"sarcasm"},
    ),
    (
        "Such a gentleman, letting me haul you up the stairs after the gala in my heels.",
        {"sarcasm"},
    ),
    ("I refuse to keep making excuses to our friends for a drunk.", {"label"}),
    (
        "Somewhere along the way the man I loved turned into a pill-popper who lies to my face.",
        {"label"},
    ),
    ("I want you clean before my sister's wedding in June.", {"clean"}),
    (
        "You swore you'd been off the coke for a month but the test your work made you take came back dirty.",
        {"clean"},
    ),
    ("You haven't asked me how my day was once in the last two years.", {"absolute"}),
    (
        "Every dinner we go to ends the same way, you drunk and picking a fight with someone.",
        {"absolute"},
    ),
    ("Watching you slump face first over Priya's table was honestly disgusting.", {"insult"}),
    ("You've become an embarrassment, Dan, a sad little joke.", {"insult"}),
    (
        "All of our friends agree you have a serious problem and that you've become impossible to be around.",
        {"we"},
    ),
    ("We are all worn out from babysitting you at parties.", {"we"}),
    ("Go to that treatment centre or pack your things, I mean it.", {"threat"}),
    (
        "If you won't do this I'll make sure everyone we know finds out exactly what you've been up to.",
        {"threat"},
    ),
    (
        "I honestly think you're a narcissist, everything at every party has to be about you.",
        {"absolute", "diagnosis"},
    ),
    (
        "You're so deep in denial you can't even see the bottles lined up in the garage.",
        {"diagnosis"},
    ),
    ("Those mood swings of yours are textbook bipolar, I've read up on it.", {"diagnosis"}),
]

DEV193_GOOD: list[str] = [
    "Dan, I love you, and I'm writing this because I want the next ten years with you.",
    "I still remember the night we met at Priya's party, when you spilled olive oil on my shoe and spent an hour apologising.",
    "You used to make your lemon risotto for everyone and stand by the stove grinning while they ate.",
    "I miss the way you'd squeeze my hand under the table when a conversation got dull.",
    "I want to grow old with you in that little house with the crooked fence.",
    "There's a bed waiting for you at Hillside tomorrow morning, and I'll drive you there myself.",
    "You are the funniest person I know, and I want that man back.",
    "I want to sit at a dinner table with you again and not be afraid.",
    "I'm proud of the man who taught himself piano at thirty-five.",
    "I still have the postcard you sent me from Porto in our second year.",
    "When my dad was sick, you drove four hours each way on Saturdays so I wouldn't have to go alone.",
    "Thank you for holding me all night after we lost the baby. I carry that with me.",
    "I felt scared and alone when you didn't come home after Marcus's birthday, and I sat up until four waiting.",
    "At Eleni's dinner in March I watched you finish most of a bottle before the starters, and I felt my stomach drop.",
    "When I found the pill bottles in your gym bag, I sat on the bathroom floor and cried.",
    "I've been hiding how worried I am from our friends, and I don't want to hide it anymore.",
    "I miss our Sunday walks along the canal with coffee from that little kiosk.",
    "I love how you talk to my grandmother like she's the most interesting person in the room.",
    "I'm not here to punish you. I'm here because I'm frightened for you.",
    "I believe you can get through this, and I'll be beside you for the hard parts.",
    "The program has family weekends and I've already put them in my calendar.",
    "I noticed your hands shaking when you poured your coffee last Tuesday and it scared me.",
    "I miss the man who would stay up talking with me about nothing on the balcony.",
    "You fixed Jess's bike for her when she couldn't afford the shop, and she still rides it to work.",
    "Last summer you stopped drinking for three weeks on your own, and I saw how bright your eyes got.",
    "I remember you dancing badly to ABBA in the kitchen at midnight and me laughing till I cried.",
    "i want to host dinners again with you next to me, groaning at your terrible puns",
    "I felt humiliated after the gala, and I'm telling you because I don't want to carry it in silence anymore.",
    "You were so patient with my nephew when he was learning to swim.",
    "I'll keep loving you whatever you decide, but I'm hoping so hard that you'll go.",
    "When you forgot to pick me up from the airport in October, I waited two hours and I felt invisible.",
    "Thank you for building the bookshelves in the spare room, I think of you each time I pull a book down.",
    "I've talked with the counsellor at Hillside and she seems kind and really understands this.",
    "I want us to have a home where neither of us has to pretend.",
    "Ten years ago you promised me adventure, and you gave me more than I dreamed of.",
    "I was so proud watching you give that presentation at the conference in Leeds.",
    "The morning after your brother's wedding I found you asleep on the bathroom tiles and didn't know whether to call an ambulance.",
    "I'd love to go back to Crete with you one day, just the two of us and a cheap rental car.",
    "I know this is hard to hear, and I'm saying it with all the love I have.",
    "When you stayed up all night helping me finish my thesis, I knew I'd found my person.",
    "you make the best pancakes on earth and i want lots more saturday mornings of them",
    "I saw you flinch when Priya moved the wine away from your end of the table, and my heart broke for both of us.",
]

DEV193_TRAPS: list[str] = [
    "My father was an alcoholic and nobody said a word to him, so I'm saying something to you, with love.",
    "I'm a total coffee junkie, and you used to tease me about my three flat whites a day.",
    "You told me once, 'I'm a mess and I don't know how to stop,' and I've held on to how honest that was.",
    "You are not a drunk to me, you're the man I fell in love with.",
    "I will always love you, Dan.",
    "I never stop hoping we'll have our Friday dinners again.",
    "We always had the best Sunday roasts at Priya and Marcus's, remember the year the oven caught fire?",
    "Great job on the half marathon in April, I screamed myself hoarse at the finish line.",
    "Your doctor says your liver enzymes are high, and I'm scared because I want you around for a long time.",
    "We spent that whole weekend in Cornwall cleaning up the cottage and shrieking at the spiders.",
    "I cleaned out the spare room so it's ready for when you come home from treatment.",
    "My aunt Rosa was a junkie for years, and now she's twelve years sober and my favourite person at Christmas.",
    "I was a heavy drinker in my twenties too, so I know how loud that voice can get.",
    "You said to me last month 'I'm a terrible partner', and I want you to know I don't believe that.",
    "You never fail to make my mum laugh, even on her worst days.",
    "Priya told me her recipe for that lamb you loved, and I want to make it on your first night home.",
    "Marcus asked me to tell you he's saving you a spot on the five-a-side team.",
    "I heard your favourite band is touring next spring, and I'd love to get tickets for when you're out.",
    "We went to that awful karaoke bar for Jess's thirtieth and you sang Bohemian Rhapsody solo.",
    "I came down with flu the week of Tom's party and you brought me soup every night.",
    "You're always the first one up helping clear the table at dinner parties.",
    "The scan on your lung came back clean last year, and I remember us hugging in the car park.",
    "At the Al-Anon meeting I met a woman whose husband was an addict for twenty years, and they're happy now.",
    "That comedian you love calls himself a recovering drunk, and you laughed so hard the night we saw him.",
    "I know you're not fine right now, and that's okay, you don't have to be fine today.",
    "I've never been as proud of you as when you stood up at your dad's funeral and spoke.",
    "Thank you for the beautiful dinner you cooked for my parents' anniversary, it was perfect.",
    "Tom was a proper stoner at uni and now he runs a bakery, people can change so much.",
    "I'm a self-confessed chocolate addict and you always hide the good stuff for me on the top shelf.",
    "Dr. Patel diagnosed you with depression in 2019, and I've watched how hard you've fought it, I want you to get care that helps with both.",
    "How could I ever forget our first flat on Mill Street with the leaking roof?",
    "Nothing you do will ever make me stop loving you.",
    "Every time I hear that Fleetwood Mac song I think of you dancing at Eleni's wedding.",
    "We all piled into your tiny Fiat after the Christmas party and sang carols the whole way home.",
    "You've put real work in at the gym this year and it shows, you should be proud.",
    "You once told me 'I'm scared I'll never get better,' and I want you to know I think you can.",
    "You're not a failure, you're someone who is unwell and deserves care.",
    "It was such a shame it rained on our picnic in Richmond Park, but you made it fun with that umbrella fort.",
    "My grandad was what the whole village called a lush back in the sixties, and nobody helped him, I don't want that for you.",
    "Eleni's turned into a total gym junkie, she'd love to take you running when you're back.",
    "I was in denial for a long time about how bad things had gotten for me too.",
    "Your counsellor at Hillside is brilliant, Marcus says she helped his brother through a really dark year.",
    "Remember when we got dirty head to toe at that mud run with Jess and Tom?",
    "we never missed a friday night film in those first few years, u always picked the worst ones",
]

DEV193_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to stay at my sister's in Bristol for a while, because I can't keep living like this.",
    "If you don't go to Hillside, I will stop making excuses to our friends when you don't turn up.",
    "If you choose not to go, I won't host dinners at our house anymore and I won't go to parties with you.",
    "If you say no, I will not lend you money or cover your share of the bills from now on.",
]

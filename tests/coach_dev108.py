# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 108 (4 December 2026, round 22): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: partners in a long relationship who see it in group chats, photos and social media: sarcasm and absolutes most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV108_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 11e22a8, rules and model 0.92 (69/75; the rules alone 61/75): absolute 17/18, blame 11/12, sarcasm 20/24, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 8/44 (18.2%; the rules alone 7).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV108_FLAG: list[tuple[str, set[str]]] = [
    (
        "Loved seeing the photos from Mateo's birthday, you looked super photogenic passed out on the bathroom floor.",
        {"sarcasm"},
    ),
    (
        "Really mature move, posting a story from the afterparty at 6am while I was ringing round the hospitals.",
        {"sarcasm"},
    ),
    (
        "Congrats on being the life of the party again Jess, nobody in the group chat is going to forget that video any time soon.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for remembering our anniversary dinner, the empty chair opposite me was lovely company.",
        {"sarcasm"},
    ),
    (
        "What a fantastic boyfriend, leaving me at the festival gate with a dead phone while you wandered off with your k friends.",
        {"sarcasm"},
    ),
    ("Your little 'detox weekend' in Ibiza sure worked wonders, babe.", {"sarcasm"}),
    (
        "So impressive how you managed three bumps in the toilets and still gave a speech at Dani's engagement.",
        {"sarcasm"},
    ),
    ("Brilliant idea to drive us home from the rave, real genius stuff.", {"sarcasm"}),
    ("Nice of you to finally text back, two days later, with a thumbs up emoji.", {"sarcasm"}),
    (
        "You were sooo 'just tipsy' at my sister's wedding that you took the whole cake table down with you.",
        {"sarcasm"},
    ),
    (
        "Boyfriend of the year goes to you for missing my grandad's funeral because you were still coming down.",
        {"sarcasm"},
    ),
    (
        "Really appreciated the 3am voice notes telling me I'm the love of your life, very romantic Ryan.",
        {"sarcasm"},
    ),
    (
        "Great timing Liam, getting sent home from work off your face the same day we signed the lease.",
        {"sarcasm"},
    ),
    (
        "And that caption 'living my best life' under a photo of you lying on a sticky club floor, so inspiring.",
        {"sarcasm"},
    ),
    ("Such a class act, throwing up in my mum's rose bushes at her 60th.", {"sarcasm"}),
    (
        "Wow what a generous partner, spending our holiday savings on molly for a weekend I wasnt even invited to.",
        {"sarcasm"},
    ),
    (
        "Thanks heaps for the lovely little surprise I found in your jeans pocket when I did the washing.",
        {"sarcasm"},
    ),
    (
        "You were 'totally fine' to look after Biscuit while I was in Dublin, apart from the dog being shut outside all night.",
        {"sarcasm"},
    ),
    (
        "Loved meeting your new best mates at 5am in our living room, real quality people.",
        {"sarcasm"},
    ),
    (
        "Way to go Nat, posting that rant about my sister at 4am, the group chat has been silent ever since.",
        {"sarcasm"},
    ),
    (
        "Your 'one glass of wine' on Christmas Day turned into two bottles, what amazing self control.",
        {"sarcasm"},
    ),
    (
        "Fiance of the century, Marcus, proposing to me and then vanishing into the club toilets for an hour.",
        {"sarcasm"},
    ),
    (
        "You're always such a ray of sunshine on a Monday after a weekend on pills.",
        {"absolute", "sarcasm"},
    ),
    (
        "Proud moment watching you nod off at the table with your face next to the birthday cake, thanks for that memory.",
        {"sarcasm"},
    ),
    ("You always end up locked in the toilets at every party we go to.", {"absolute"}),
    (
        "Every single weekend since March you've vanished off to some warehouse party in Hackney.",
        {"absolute"},
    ),
    ("You never once picked up when I called you from A&E.", {"absolute"}),
    ("There isn't one photo of you from this whole year where you look sober.", {"absolute"}),
    ("You never keep a promise to me, not ever, Jordan.", {"absolute"}),
    (
        "Every time you get tagged in something on a Saturday night you are completely wasted.",
        {"absolute"},
    ),
    (
        "You constantly lie about where you are, even with your location shared on my phone.",
        {"absolute"},
    ),
    ("You're never home before sunrise on a weekend anymore.", {"absolute"}),
    (
        "You always have an excuse lined up, a migraine, a late shift, a mate in trouble.",
        {"absolute"},
    ),
    ("All you ever talk about is the next festival and who is bringing what.", {"absolute"}),
    ("You havent been sober for a single Sunday since we moved into the flat.", {"absolute"}),
    ("Each and every time you swear it's the last bender, and it never is.", {"absolute"}),
    ("You forget everything we plan, every dinner, every trip, every single thing.", {"absolute"}),
    ("u never ask how my day was anymore, its only ever about where ur going next.", {"absolute"}),
    ("You always stay for the afterparty no matter what I've got on in the morning.", {"absolute"}),
    (
        "There hasn't been one night out this year that didn't end with you in a k-hole.",
        {"absolute"},
    ),
    ("You always turn into a sloppy drunk by ten o'clock, Ben.", {"absolute", "label"}),
    ("I lost my best friend Priya over the way you behaved at her hen do.", {"blame"}),
    ("The only reason I lie awake at 4am refreshing your location is you.", {"blame"}),
    ("You picked ketamine over our relationship, plain and simple.", {"blame"}),
    (
        "I gave up my job and my flat to move to Leeds for you, and this is how you pay me back.",
        {"blame"},
    ),
    ("Our engagement is in pieces and you did that, not me.", {"blame"}),
    ("It's your fault my parents won't set foot in our house anymore.", {"blame"}),
    ("You wrecked the one holiday we'd spent two years saving for.", {"blame"}),
    ("I have panic attacks now and that is down to you.", {"blame"}),
    ("How dare you do that to me in front of all our friends.", {"blame"}),
    (
        "After I covered your rent three months running, you still couldn't turn up sober to my graduation.",
        {"blame"},
    ),
    ("Look at the mess you've made of our lives, Sam.", {"blame"}),
    (
        "My friends stopped inviting us anywhere and that sits squarely on your shoulders.",
        {"blame"},
    ),
    ("Tasha messaged me that you were doing lines off the bar at her leaving drinks.", {"hearsay"}),
    ("Your flatmate told me you still owe him for the pills.", {"hearsay"}),
    (
        "Apparently you were so out of it at Kemi's that someone had to put you in an Uber, thats what I got told.",
        {"hearsay"},
    ),
    (
        "Someone from the running club said they saw you stumbling out of the Crown at lunchtime.",
        {"hearsay"},
    ),
    ("Your brother rang me last week and said you'd been asking him for money again.", {"hearsay"}),
    (
        "I keep hearing from people at your work that you've been turning up still high on Mondays.",
        {"hearsay"},
    ),
    (
        "Word in the friend group is that you passed out at Jamie's and they nearly called an ambulance.",
        {"hearsay"},
    ),
    ("Ellie's boyfriend reckons you've been buying off some guy at the gym.", {"hearsay"}),
    ("I didn't sign up to marry a cokehead, Tom.", {"label"}),
    ("Anyone who follows you can see you've turned into a party-drug junkie.", {"label"}),
    ("I need you sober and clean before the wedding in June.", {"clean"}),
    (
        "The drug screen at your work was dirty for coke and you still told me the lab mixed it up.",
        {"clean"},
    ),
    ("Watching that video of you slurring at the karaoke bar, you looked pathetic.", {"insult"}),
    ("You disgust me when you roll in at dawn stinking of vodka.", {"insult"}),
    ("All of us in the friend group think you've completely lost the plot.", {"we"}),
    ("We're all fed up with covering for you when you don't show.", {"we"}),
    ("Go to rehab or I'm putting your stuff out on the lawn.", {"threat"}),
    (
        "If you don't check in tomorrow you can forget the wedding, and you can forget me too.",
        {"threat"},
    ),
    ("You're a textbook narcissist, Alex, and I'm tired of pretending otherwise.", {"diagnosis"}),
    (
        "Im pretty sure you're bipolar, those swings between the highs and the crashes aren't just the drugs.",
        {"diagnosis"},
    ),
]

DEV108_GOOD: list[str] = [
    "Babe, I'm writing this because I love you and I want us to grow old together.",
    "I still remember the night we met on Carla's rooftop, you spilled your drink on my shoes and apologised for twenty minutes.",
    "When you laugh properly, with your whole face, it still makes my stomach flip after seven years.",
    "I have been scared for a long time and I didn't know how to say it.",
    "Lately I've noticed you sleep most of Sunday and Monday and by Tuesday you seem so low.",
    "I miss our Saturday mornings at the market, you with your ridiculous oat milk order.",
    "I saw a photo of you from last month and I barely recognised how tired your eyes looked.",
    "I'm asking you to go to the program at Riverside today, they have a bed for you this afternoon.",
    "I'll drive you there myself and I'll be at the family sessions they let me come to.",
    "You taught me to swim properly in Cornwall, do you remember how patient you were with me?",
    "I want the guy who made soup for my mum when she had pneumonia.",
    "I felt frightened when you didn't come home after Dani's party and your phone was off.",
    "You are the funniest, kindest person I know and I'm not giving up on us.",
    "Our flat has felt quiet and heavy for months now.",
    "I've cried in the car before work more times than I can count this year.",
    "I would love to plan a trip to Lisbon with you once you're home and well.",
    "Please say yes today, Chris.",
    "When you held my hand at my grandad's funeral I knew I'd found my person.",
    "I've noticed you stopped painting, and your easel has been sitting in the spare room gathering dust.",
    "It hurts me to see you so anxious on the comedown days, shaking and not eating.",
    "i love u so much and i want you healthy more than anything.",
    "I know this is hard to hear and I'm not trying to shame you.",
    "I remember you dancing in the kitchen to Fleetwood Mac while the pasta boiled over.",
    "I want us to be able to go to a party together and both remember it the next day.",
    "I've already spoken to the clinic and they said partners can visit on Sundays.",
    "Seeing you pale and sweating last Tuesday morning scared me more than I've let on.",
    "You were there for me when I lost my job, and I want to be there for you now.",
    "I keep our first photo booth strip on the fridge, the one from Brighton pier.",
    "I believe you can be the person I fell for again, I really do.",
    "I've started going to a support group for partners and it's helped me understand this a bit better.",
    "I noticed you've been tilting your phone away when I walk in, and it made me feel lonely.",
    "Last month you forgot to pick me up from the airport and I sat at arrivals for three hours feeling invisible.",
    "Jo, I want to marry you next spring and I want you to be there fully.",
    "You make the best Sunday roast and I want to eat a hundred more of them with you.",
    "I'm sitting right here next to you tonight and I'm not going anywhere.",
    "I miss lying in bed talking about books with you until 2am.",
    "When I saw your hands shaking at breakfast I felt so helpless.",
    "I hope one day we look back on today as the day things turned around.",
    "You are worth fighting for, and so is what we have.",
    "The clinic is expecting you and your bag is already packed in the boot.",
    "I was so happy when you got the promotion at the design studio, I told anyone who would listen.",
    "Please let these people help you. Please let me help you.",
    "I remember how you stayed up with me the whole night before my driving test quizzing me on road signs.",
    "Since the summer you've been sleeping on the sofa most nights and we barely talk.",
    "Thank you for listening to me today, I know it isn't easy to sit there and hear this.",
]

DEV108_TRAPS: list[str] = [
    "Great job on the half marathon in October, you trained so hard for it and I screamed myself hoarse at the finish.",
    "I was so proud of you for the sixty days you did last spring, that was real and it counted.",
    "I will always be in your corner, Leo, whatever you decide.",
    "I never stopped loving you, not for one second of this.",
    "your always the first one on the dance floor at weddings and i love that about you.",
    "My dad was a drunk and I swore I'd never let that kind of silence grow in my own home.",
    "My ex was an addict, so I know how frightening and lonely this can feel from the inside.",
    "My brother Kev was an alcoholic and he's eleven years sober now, so I know people come back from this.",
    "I was a mess in my twenties and you stood by me through all of it.",
    "You kept the flat so clean when my mum came to stay, she still talks about it.",
    "You came back from five-a-side dirty and grinning and I miss that version of Sundays.",
    "You wrote 'lol I'm such an addict' in the group chat last week and I didn't laugh, I was scared for you.",
    "You're not some druggie in my eyes, you're Sam who sings Whitney in the shower.",
    "You're a total true-crime podcast junkie and I secretly love falling asleep to them with you.",
    "We always had pizza Fridays with the telly on, and I want those back.",
    "We all went camping in the Lakes that summer and you cooked for twelve people on one stove.",
    "Your GP told you your liver numbers were worrying, and I want you around for a very long time.",
    "The doctor at the walk-in said the ketamine has been hurting your bladder, and I'm frightened for you.",
    "I felt pathetic sitting up all night checking your location, and I don't want either of us living like that anymore.",
    "Remember that disgusting hostel in Prague with the broken shower? I'd go back tomorrow if you were with me.",
    "You're the reason I moved to Manchester, and I have never regretted it.",
    "Because of you I learned to love hiking, even the soggy bits.",
    "The rain ruined our picnic in Hyde Park but we laughed the whole way home on the bus.",
    "I'm not leaving you, whatever you say today.",
    "My last boyfriend was a real narcissist, and you were the first person who made me feel seen.",
    "I was in denial for a long time about how scared I was.",
    "You put on dirty old overalls and painted the nursery with me in one weekend.",
    "We watched that daft stoner comedy on our first date and you laughed so hard you snorted popcorn.",
    "I was drunk on happiness the day you proposed on the beach at Whitby.",
    "The garden looked so lush the summer you planted it, everyone who came round asked about the tomatoes.",
    "Every time I hear that Robyn song I think of our first kiss outside the chip shop.",
    "Not once in nine years have I doubted that you love me.",
    "Nothing you do could make me stop loving you.",
    "Those years together were not a waste, they were ours and they were good.",
    "You looked after me when I was sick with covid and slept on the floor next to the bed.",
    "I was depressed after the miscarriage and you held me together when I couldn't.",
    "Thanks for showing up to every one of my mum's chemo appointments last winter, it meant everything to her.",
    "Your speech at Dev's wedding was brilliant, people were still quoting it at breakfast the next day.",
    "I want us to start fresh with a clean slate when you come home.",
    "We always said we'd get a dog and a little house by the sea, and I still want that with you.",
    "I heard you singing along to the radio last week for the first time in ages and it made me so happy.",
    "You have always been the first one to turn up when a mate needs help moving house.",
    "Congratulations again on finishing your apprenticeship, I cried at the ceremony and I'm not embarrassed.",
    "I've had my own drunk nights and I know I'm not perfect, this letter isn't me pretending I am.",
]

DEV108_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm going to stay at my sister's for a while and I won't move back into the flat until you're in treatment.",
    "If you decide not to go, I won't be covering your half of the rent or making excuses to your manager anymore.",
    "If you turn this down, I'm not coming to parties or festivals with you, and I'll stop picking up calls after midnight.",
    "If the answer is no, I'll postpone the wedding and take back the deposit, because I can't marry you while this is happening.",
]

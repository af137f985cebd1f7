# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 101 (4 December 2026, round 21, a second set of fresh writers, kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grown child in Britain or Ireland, polite but sharp, British spelling and idiom: absolutes, blame, sarcasm and hearsay. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV101_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.93 (71/76; the rules alone 59/76): absolute 14/15, blame 14/15, hearsay 14/15, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.93 (71/76; the rules alone 59/76): absolute 14/15, blame 14/15, hearsay 14/15, sarcasm 13/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/45 (8.9%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV101_FLAG: list[tuple[str, set[str]]] = [
    ("You've not once asked how my job's going since I moved to Leeds, Dad.", {"absolute"}),
    (
        "Every single Sunday you're three pints down before the roast is even in the oven.",
        {"absolute"},
    ),
    (
        "You never remember a word of what we talk about on the phone after nine o'clock.",
        {"absolute"},
    ),
    (
        "Mum, you're forever promising it'll be different after Christmas and it never is.",
        {"absolute"},
    ),
    (
        "There hasn't been one family do in ten years where you've stayed sober till the end.",
        {"absolute"},
    ),
    (
        "You always have to have the last word, and you always have to have a glass in your hand while you're doing it.",
        {"absolute"},
    ),
    ("Whenever I ring you after six you're slurring, without fail.", {"absolute"}),
    (
        "You constantly tell me you've cut down, Dad, but the recycling bin says otherwise.",
        {"absolute"},
    ),
    (
        "You're never there when it matters, not for my graduation, not for Ellie's christening.",
        {"absolute"},
    ),
    (
        "Each and every time you've had a few, you start on about Granddad and the farm.",
        {"absolute"},
    ),
    ("You never once came to watch me play at Lansdowne, not a single match.", {"absolute"}),
    ("Honestly Mum you dont listen to anyone, ever.", {"absolute"}),
    (
        "All you ever do when I visit is sit in front of the telly with a bottle of Blossom Hill.",
        {"absolute"},
    ),
    (
        "You've broken every promise you've made me about the drink since I was twelve.",
        {"absolute"},
    ),
    (
        "I had to leave uni in second year because of the state you were in, and I've never quite forgiven that.",
        {"blame"},
    ),
    ("You and Mum split up over this, and that's down to you, Dad, nobody else.", {"blame"}),
    ("The pub mattered more to you than my wedding rehearsal did, and more than me.", {"blame"}),
    (
        "After all the nights I sat up waiting for you to come home, the least you could do is hear me out.",
        {"blame"},
    ),
    ("You've wrecked the one thing Nan asked of us, which was to stay a family.", {"blame"}),
    ("It's your fault Josh won't bring the kids round any more.", {"blame"}),
    (
        "Our Kieran started drinking at fifteen and I reckon he learned it from watching you.",
        {"blame"},
    ),
    ("How could you drive me to school in that state, Mum? I was eight.", {"blame"}),
    ("Just look at what you've done to this house, to Dad, to all of us.", {"blame"}),
    ("I spent my teenage years as your carer, and you owe me this much.", {"blame"}),
    (
        "The reason I moved to Glasgow was to get away from you and the drinking, and you know it.",
        {"blame"},
    ),
    ("You made Christmas 2019 a misery for everyone sat at that table.", {"blame"}),
    (
        "I lost the deposit on the flat because I had to bail you out, so don't tell me it's nobody's business but yours.",
        {"blame"},
    ),
    ("You'll put Mum in an early grave with the worry.", {"blame"}),
    ("I'm on antidepressants now and a lot of that is on your shoulders, Dad.", {"blame"}),
    (
        "Lovely touch, turning up to Grandad's funeral smelling of whisky, very dignified.",
        {"sarcasm"},
    ),
    (
        "Well done Mum, you managed to fall asleep in your soup at my thirtieth, a real highlight of the evening.",
        {"sarcasm"},
    ),
    (
        "Top parenting, that, leaving a nine-year-old to get herself to Brownies while you were down the Crown.",
        {"sarcasm"},
    ),
    ("Cheers for the voicemail at 2am, Dad, such a treat to wake up to.", {"sarcasm"}),
    (
        "You were the life and soul of Ciara's hen do, right up until you were sick in the taxi.",
        {"sarcasm"},
    ),
    (
        "Brilliant idea to have a 'quick one' before collecting the grandkids from school.",
        {"sarcasm"},
    ),
    ("You're 'just having a couple', are you? Funny how a couple means two bottles.", {"sarcasm"}),
    (
        "Mother of the year, clearly, with the neighbours carrying you in from the garden.",
        {"sarcasm"},
    ),
    (
        "What a fantastic example you set for Oliver, showing him where the vodka's hidden.",
        {"sarcasm"},
    ),
    ("Nice one, Dad, telling the whole rugby club about my divorce after six pints.", {"sarcasm"}),
    ("Your dry January lasted a whole four days, very impressive.", {"sarcasm"}),
    ("Thanks a bunch for making my engagement party all about you.", {"sarcasm"}),
    (
        "Real credit to the family, you were, stumbling round the garden centre on a Tuesday morning.",
        {"sarcasm"},
    ),
    ("Oh and you're 'fine to drive', of course you are.", {"sarcasm"}),
    (
        "What a gift it was to have you heckling through my graduation from the back row.",
        {"sarcasm"},
    ),
    (
        "Auntie Margaret rang me last week and said she'd found you asleep on the kitchen floor.",
        {"hearsay"},
    ),
    ("The landlord at the Swan told Rob you'd been barred for a month.", {"hearsay"}),
    (
        "According to Mrs Doherty next door, you've been putting the bottles out at midnight so nobody sees.",
        {"hearsay"},
    ),
    (
        "The receptionist at the surgery let slip to Mum that you've missed three appointments.",
        {"hearsay"},
    ),
    (
        "Sinead's husband saw you in Tesco at ten in the morning buying cans and he said you could barely stand.",
        {"hearsay"},
    ),
    ("Word in the village is that you came off your bike outside the Plough again.", {"hearsay"}),
    ("Dad's been telling me you hide gin in the airing cupboard.", {"hearsay"}),
    (
        "Somebody from your work phoned our Liam to ask if you were alright, because you'd turned up smelling of drink.",
        {"hearsay"},
    ),
    ("I've been told you're having a drink before Mass now.", {"hearsay"}),
    ("Seemingly you told the lads at the taxi rank you'd disowned me.", {"hearsay"}),
    ("Gran says you were round hers in a right state on Boxing Day.", {"hearsay"}),
    (
        "From what Declan tells me, you've been getting the bus to an offie two towns over so nobody recognises you.",
        {"hearsay"},
    ),
    (
        "Your golf mates have been telling anyone who'll listen that you drove home after the captain's dinner.",
        {"hearsay"},
    ),
    ("Our Jen reckons you've been lying to the doctor about how much you drink.", {"hearsay"}),
    (
        "There's talk at the school gates that you were shouting at Maisie in the car park.",
        {"hearsay"},
    ),
    ("I'm sick of explaining to my friends that my mum's an alcoholic.", {"label"}),
    ("You're a drunk, Dad, and you have been for as long as I can remember.", {"label"}),
    (
        "You're the boozer in the corner at every party now, and I'm tired of pretending otherwise.",
        {"absolute", "label"},
    ),
    ("You need to get clean, Mum, and stay that way this time.", {"clean"}),
    (
        "You told the consultant you'd been clean since Easter, and we both know that's rubbish.",
        {"clean"},
    ),
    (
        "Honestly Dad, watching you wet yourself at the bus stop was the most disgusting thing I've ever seen.",
        {"insult"},
    ),
    ("You're an embarrassment to this family and to Granny's memory.", {"insult"}),
    (
        "What sort of mother passes out before her own daughter's hen night has even started?",
        {"insult"},
    ),
    ("We're all of the opinion that you've lost the plot completely.", {"we"}),
    (
        "The whole lot of us, me, Aoife and Conor, are fed up to the back teeth with your excuses.",
        {"we"},
    ),
    ("Everyone in this room thinks you drink far too much and has thought so for years.", {"we"}),
    (
        "If you won't go to the clinic, then as far as I'm concerned I don't have a father.",
        {"threat"},
    ),
    ("Sort yourself out or you won't be walking me down the aisle, I mean it.", {"threat"}),
    ("You're in complete denial and you can't even see it.", {"diagnosis"}),
    ("I've read up on it and I honestly think you're a narcissist.", {"diagnosis"}),
    (
        "Dad, I reckon you've got some kind of personality disorder, the way you flip from charming to vicious.",
        {"diagnosis"},
    ),
]

DEV101_GOOD: list[str] = [
    "Dad, I'm writing this because I love you and I want you around for a long time yet.",
    "I remember you teaching me to ride my bike on the prom at Bray, running behind me shouting 'pedal, pedal'.",
    "Mum, you were the one who sat up with me every night when I had glandular fever in sixth form.",
    "I miss the dad who used to do the crossword with me on a Saturday morning.",
    "Last month when you rang me at teatime I couldn't follow what you were saying, and I cried after I put the phone down.",
    "I'm scared that one day I'll get a call from the hospital.",
    "I want Ellie to know her grandad the way I knew you when I was little.",
    "There's a place for you at a treatment centre near Harrogate, and it's booked for tomorrow morning.",
    "Will you accept the help that's on offer today?",
    "I've noticed your hands shake when you pour the tea now, and it frightens me.",
    "You taught me how to make proper gravy, and I still do it your way.",
    "When I passed my driving test you were the first person I rang.",
    "I'm not here to have a go at you, Mum, I'm here because I cant watch this any longer without saying something.",
    "I've missed you terribly these past few years, even when we've been sat in the same room.",
    "Those caravan holidays in Tenby were some of the happiest days of my life.",
    "I know you're a proud man, and I know this is hard to hear.",
    "Please say yes, Dad. I'll drive you there myself.",
    "I'd love for you to be at my wedding next June, properly there, enjoying it.",
    "I've seen you lose weight and stop going up the allotment, and I'm worried about you.",
    "At my birthday meal in March you fell asleep at the table and I felt so lonely sat next to you.",
    "I'll come and visit you at weekends while you're there if they allow it.",
    "Mum, you're the bravest person I know, you got us through when Dad left.",
    "I want my mum back.",
    "You used to sing Raglan Road in the car on the way to Galway and I knew all the words by the time I was six.",
    "I found the bottles under the sink when I came round to do the hoovering, and my heart sank.",
    "Whatever happens today, I love you, and that won't change.",
    "You were so proud of me at my nursing graduation, I saw you welling up.",
    "I hope one day we can go back to the Lakes and walk up Catbells together like we did when I was ten.",
    "Dad, I don't recognise the man on the other end of the phone lately and I miss the real you.",
    "The people at the clinic are kind, I've spoken to them, and they've helped lots of families like ours.",
    "I feel anxious whenever my phone goes late at night.",
    "It broke my heart when Alfie asked me why Granny talks funny.",
    "You gave me my love of books, all those trips to the library on a Thursday after school.",
    "I know there's a lot of pain behind this since Mum died, and I want you to get support with that too.",
    "I stopped bringing friends home when I was fourteen, and Ive never told you that till now.",
    "I'd give anything to have a cuppa with you on a Sunday and just chat like we used to.",
    "When you got your long-service award at the fire station I was bursting with pride.",
    "I'm not going anywhere, Mum, I'll be right beside you through all of it.",
    "Last Christmas Eve you couldn't stand up to hug the kids goodnight, and I had to make an excuse for you.",
    "You were the one I turned to when things went wrong.",
    "Please, let's get you well.",
    "I want to walk round Stephen's Green with you when you're feeling better and get a 99 like we used to.",
    "I'm frightened for your health, Dad, and I've been losing sleep over it.",
]

DEV101_TRAPS: list[str] = [
    "Granddad was a drunk, everyone in Ballina knew it, and I don't want that to be your story too.",
    "I was a bit of a boozer myself at uni, so I'm not writing this from a high horse.",
    "You're not an alcoholic to me, Dad, you're my dad who's poorly and needs help.",
    "You said to me on the phone, 'I'm just an old drunk, love,' and it broke my heart.",
    "I'll always love you, whatever you decide today.",
    "I've never given up on you and I'm not starting now.",
    "We always had the best Christmases at Nana's when you were in charge of the trifle.",
    "We went to Blackpool every August and you'd win me a goldfish every single year.",
    "I spent Saturday helping you clean out the shed and it was the nicest afternoon we've had in ages.",
    "My hands were dirty from the garden when you rang, and I knew straight away from your voice.",
    "Well done on the three weeks you managed in the autumn, Mum, that was real and I was so proud.",
    "Your doctor told you in front of me that your liver function is poor, and I've not stopped thinking about it.",
    "The consultant said you've got early signs of alcohol-related brain damage, and I want you to have the chance to get better.",
    "I'm a chocolate addict, you know that, so I'm hardly perfect.",
    "Because of you I became a teacher, you made me love learning.",
    "You're the reason I know all the words to every Christy Moore song.",
    "Thank you for everything you did for me when I was little, every packed lunch and every lift to football.",
    "Nothing you could ever do would stop me loving you.",
    "Every time I smell sawdust I think of your workshop and I smile.",
    "Mum, you never missed a single one of my school plays, not once.",
    "We all love you so much, and every one of us is here for you today.",
    "We're all here because we want you home and well.",
    "My friend Hannah's mum went to rehab in Marchwood and she said it was the best thing she ever did.",
    "The counsellor told me that families often feel angry and that it's alright to say so, so I'm being honest.",
    "I'm in recovery myself, two years sober in March, and I know how frightening the first step is.",
    "Uncle Pat was an alcoholic and I watched what it did to you as his little brother.",
    "I don't think you're a bad person, Dad, not for one second.",
    "You were brilliant at Ruth's christening, sober and chatting to everyone, and that's the dad I want back.",
    "I'm sick with nerves writing this, I nearly didn't.",
    "You said 'I've ruined everything' the other night, and I want you to know you haven't.",
    "You once told me, 'I know I'm in denial, pet,' and I think part of you knows this is serious.",
    "My flatmate in Cardiff is bipolar and she's taught me a lot about asking for help.",
    "You are not a waste of space, whatever you said to me at Easter, you are my mum and I need you.",
    "I'll never forget the way you carried me on your shoulders at Notting Hill Carnival.",
    "Dad, you always made us feel safe when Mum was ill.",
    "We used to get chips on the pier every Friday after swimming.",
    "The whole family is behind you, all the way.",
    "I've cleaned the spare room top to bottom so it's ready for you when you come home.",
    "You've told me about Granny being a drunk and how scared you were as a boy, and I think you've carried that ever since.",
    "Honestly, great job on getting yourself to the GP last week, I know that took guts.",
    "Dr Okafor said your blood pressure is dangerously high, and I can't lose you.",
    "I've heard so many recovery stories at my Al-Anon group, and people really do get better.",
    "I'd hate for you to think I'm ashamed of you, because I'm not, I'm proud to be your son.",
    "You once called yourself 'a useless old soak' and I want you to know I've never seen you that way.",
    "Your always welcome to stay at mine, Dad, the spare room is yours for as long as you need.",
]

DEV101_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, Dad, I won't be bringing the kids round to the house while you're drinking.",
    "If you decide not to go, I'll stop lending you money, and that includes the gas bill.",
    "I love you, but if you choose not to get help, I won't pick up the phone to you after nine at night any more.",
    "If you won't accept treatment, Mum, I'll still love you, but I'm not going to cover for you with Auntie Brid again.",
]

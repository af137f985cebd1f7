# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 185 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grandmother raising the grandkids, tired and plain-spoken: blame, 'we' statements and hearsay most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV185_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.93 (67/72; the rules alone 58/72): label 1/3, blame 23/25, hearsay 14/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.93 (67/72; the rules alone 59/72): label 1/3, blame 23/25, hearsay 14/15, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 4/44 (9.1%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV185_FLAG: list[tuple[str, set[str]]] = [
    (
        "I am sixty-eight years old and up at 3am with a teething baby, and that is your doing Tanya, nobody elses.",
        {"blame"},
    ),
    (
        "Kayla quit talking at school the year you left and I lay that right at your feet.",
        {"blame"},
    ),
    (
        "My savings are gone, every last penny of it, and it was your habit that ate them up.",
        {"blame"},
    ),
    (
        "Your daddy's heart gave out from worrying over you, I truly believe that and I think you know it too.",
        {"blame"},
    ),
    (
        "You picked that needle over your own babies and I will go to my grave not understanding it.",
        {"blame"},
    ),
    (
        "Mason started wetting the bed again after you came by high at Easter, so you can thank yourself for that.",
        {"blame"},
    ),
    (
        "I had to sell the house on Pine Street to pay your lawyer and I want you to sit with that a minute.",
        {"blame"},
    ),
    ("Its your fault these kids call me mama instead of you.", {"blame"}),
    ("You broke this family clean in half with them pills.", {"blame"}),
    (
        "I gave up my retirement, my church choir and my trip to see my sister in Tucson, all so you could keep getting high.",
        {"blame"},
    ),
    (
        "Who do you think paid for Joey's glasses when you blew the check on meth? Me. You put that on me.",
        {"blame"},
    ),
    ("The reason Kayla cries herself to sleep is sitting in this very room.", {"blame"}),
    (
        "Those babies went two days without a hot meal while you slept off a bender, and that is yours to carry, not mine.",
        {"blame"},
    ),
    (
        "I lost my job at the credit union cause I kept having to leave early to bail you out.",
        {"blame"},
    ),
    ("You made your own children scared of their mother.", {"blame"}),
    (
        "Your drinking put your brother in the hospital that night, dont tell me it didnt.",
        {"blame"},
    ),
    ("I cleaned up your messes for thirty years and this is how you repay me?", {"blame"}),
    ("Every gray hair on my head has got your name on it.", {"blame"}),
    (
        "You walked out of Mason's birthday party to go score and he blamed himself, he was six years old.",
        {"blame"},
    ),
    (
        "My blood pressure is through the roof, the doctor says its stress, and we both know who brings that stress into my house.",
        {"blame"},
    ),
    ("You put a seven year old in the spot of calling 911 on her own mother.", {"blame"}),
    ("Every one of us at this table is done making excuses for you.", {"we"}),
    ("Your aunts and I have talked it over and we all see you throwing your life away.", {"we"}),
    ("This whole family is worn slap out from your lies.", {"we"}),
    ("None of us believe a word that comes out of your mouth anymore, Tanya.", {"we"}),
    ("We've all decided you arent fit to have the kids back right now.", {"we"}),
    ("The family's sick to death of covering for you at Christmas.", {"we"}),
    ("Everybody in this room has had it up to here with your excuses.", {"we"}),
    (
        "The grown-ups in this family are all agreed, you're not the same girl anymore and we don't trust you alone with the babies.",
        {"we"},
    ),
    ("Grandpa Lou and me both think you've gotten mean since you started on that meth.", {"we"}),
    ("We think you're lying about where the grocery money goes.", {"we"}),
    (
        "Me and your brothers all agree you have let this family down one too many times.",
        {"blame", "we"},
    ),
    (
        "All of us feel like you care more about that bottle than anybody sitting here.",
        {"blame", "we"},
    ),
    (
        "Us Hendersons have never had anything like this happen and every one of us is ashamed of you.",
        {"insult", "we"},
    ),
    (
        "We all know it was your doing that the kids sat in foster care for three months.",
        {"blame", "we"},
    ),
    ("Your landlord called me Tuesday and said you hadnt paid a dime since June.", {"hearsay"}),
    (
        "Darlene from the pharmacy told me you tried to fill somebody elses prescription.",
        {"hearsay"},
    ),
    ("Kayla's teacher mentioned you showed up at pickup smelling like beer.", {"hearsay"}),
    ("From what your ex tells me you were sleeping in your car in the Walmart lot.", {"hearsay"}),
    (
        "Word around town is you've been hanging out at that trailer out on Route 9 again.",
        {"hearsay"},
    ),
    ("Pastor Jim let it slip that you asked him for money last month.", {"hearsay"}),
    ("Your cousin Bobby swears up and down he saw you buying off that Miller boy.", {"hearsay"}),
    ("The neighbors say there's yelling coming from your place at all hours.", {"hearsay"}),
    (
        "A nurse from the hospital in Dayton called saying you'd been brought in and walked out before they could treat you.",
        {"hearsay"},
    ),
    ("Mason told me his mommy fell asleep with a cigarette and the couch caught.", {"hearsay"}),
    (
        "Your old boss at the plant says you came in high more than once before they let you go.",
        {"hearsay"},
    ),
    (
        "Rhonda at the bank mentioned you'd been trying to cash checks with my name signed on them.",
        {"hearsay"},
    ),
    ("I hear tell you've been selling your food stamps for pills.", {"hearsay"}),
    (
        "I never thought I'd be raising my grandbabies because their mama turned into a pillhead.",
        {"blame", "label"},
    ),
    ("You're a drunk, Ray, same as your daddy was.", {"label"}),
    (
        "Kids at school call Kayla's mom a methhead and I cant even tell them they're wrong.",
        {"hearsay", "label"},
    ),
    ("I want my daughter back clean, not this shell of her.", {"clean"}),
    ("Your probation officer says your last screen came back dirty again.", {"clean", "hearsay"}),
    ("You never once asked how the kids were when you called, only ever for money.", {"absolute"}),
    ("Every time you come around something goes missing out of my purse.", {"absolute"}),
    ("You always got some story about why none of it is your fault.", {"absolute"}),
    (
        "What sort of mama leaves her baby sweating in a hot car while she runs in to buy dope?",
        {"insult"},
    ),
    ("You look like something the cat drug in and it turns my stomach.", {"insult"}),
    ("You've turned into a sorry excuse for a daddy.", {"insult"}),
    ("If you walk out of this room today dont bother coming to my funeral.", {"threat"}),
    (
        "Go to that rehab or I will see to it a judge never lets you near these children again.",
        {"threat"},
    ),
    (
        "Real sweet of you to remember Joey's birthday two weeks late with a card from the gas station.",
        {"sarcasm"},
    ),
    (
        "Oh you were a real model mom at the school play, swaying in your seat so high you couldnt even clap.",
        {"sarcasm"},
    ),
    ("I think your bipolar and nobody's had the guts to say it to your face.", {"diagnosis"}),
    ("You're in denial, plain and simple, and you have been for years.", {"diagnosis"}),
]

DEV185_GOOD: list[str] = [
    "Tanya, I remember you at four years old in my kitchen, standing on a chair to help me roll out biscuits.",
    "You used to hum when you colored and Kayla does the very same thing now.",
    "I love you, and I am asking you to go to the place in Columbus today.",
    "There's a bed waiting for you at Hope Springs and I already packed you a bag.",
    "The kids keep a picture of you on the fridge, the one from the county fair with the big pink lemonade.",
    "I want you to see Mason play T-ball this spring, he's got your arm.",
    "When your daddy died you held me up at the funeral, and I carry that with me.",
    "I'm tired, baby, and I'm scared, and I miss you.",
    "You were the one who taught Joey to tie his shoes with the bunny ears.",
    "Treatment worked for your uncle Dale and I believe it can work for you.",
    "I want my son back at the Sunday table passing the mashed potatoes and teasing his sister.",
    "You have the kindest laugh of anybody I know.",
    "I'm not here to fight with you, I'm here because I love you and I cant stand to lose you.",
    "Kayla asked me last week if you would come to her spelling bee.",
    "I'll drive you there myself and sit in the lobby as long as they let me.",
    "Your kids need their mama healthy and so do I.",
    "I remember the summer you worked at the Dairy Queen and snuck me a Blizzard on your break.",
    "I know you're hurting too, honey.",
    "This letter is the hardest thing I have ever written.",
    "I have watched you lose weight, lose your job and lose your sparkle, and I am worried sick about you.",
    "When you came by in March you could barely stand up and the kids saw it, and that scared me.",
    "The night the police brought you home I sat up till dawn just holding your hand.",
    "I found the foil in the bathroom in October and I didnt know what to say, so I said nothing, and I'm sorry for that.",
    "I saw how hard you tried last winter when you went ten weeks without a drink, and I was so proud of you.",
    "Thank you for calling Kayla on her birthday, she talked about it for days.",
    "You drove me to my cataract surgery last year even though you were feeling poorly, and I haven't forgotten it.",
    "When you showed up sober for Mason's kindergarten graduation I cried right there in the bleachers.",
    "You paid back the forty dollars you borrowed in May and that meant a lot to me.",
    "Last Christmas when you fell asleep at the table my heart just sank.",
    "It hurt me when I had to tell the kids you weren't coming for Thanksgiving.",
    "I felt so alone the day I went to family court by myself.",
    "You were such a good little mama to Kayla when she was a newborn, walking the floor with her half the night.",
    "I'm asking you please, say yes to help today.",
    "Your daddy would be so proud to see you walk in there.",
    "Joey has your freckles and your stubborn chin.",
    "I want to grow old watching you be a mother again.",
    "I dont have a lot of years left and I want to spend them with you well.",
    "I was so scared when the phone rang at 2am from the ER in Marion.",
    "Mason drew you a picture of a house with all of us in it, I brought it with me today.",
    "Please go, Tanya. Do it for you first.",
    "The day you got your GED at twenty three I bragged on you to the whole beauty shop.",
    "It's ok to be afraid of going, I'd be afraid too.",
    "I know there's a good heart under all this, I've seen it your whole life.",
]

DEV185_TRAPS: list[str] = [
    "My own daddy was a drunk and I swore my kids would never go through what I did.",
    "I went to Al-Anon for years over your granddaddy's drinking and that's where I learned nobody is just an alcoholic, they're a person.",
    "You are not a junkie to me, you're my little girl who hid her peas in her napkin.",
    "Kayla is a real book junkie, she'd read all night under the covers if I let her.",
    "Your uncle Dale called himself a drunk for twenty years before he quit, and now he's got eleven years sober and a fishing boat.",
    "I'm not here to call you an addict or any other ugly name.",
    "I was hooked on pain pills after my back surgery in 2009, a real pillhead for about a year, so I know how it grabs hold of you.",
    "I told the kids their mommy isn't an addict, she's a person with an illness who needs some help.",
    "That Jenkins man down the road is a mean drunk and I worry for his wife.",
    "My neighbor's boy was a crackhead, everybody said so, and today he coaches Little League.",
    "Your cousin Wade was a stoner all through high school and turned out a fine mechanic.",
    "The kids helped me clean out your old room so its ready for when you come home.",
    "You always kept the cleanest car in the family, remember how you'd vacuum it every Saturday?",
    "I want a clean slate for both of us.",
    "Mason came in from the creek so dirty I had to hose him off in the yard, and he said Mommy would of laughed.",
    "I will always be your mother, no matter how today goes.",
    "I have never once given up on you, not for one day.",
    "We always had the Fourth of July out at the lake, and the kids ask about it every summer.",
    "Every time Kayla hears that Reba song on the radio she says thats Mommy's song and smiles.",
    "You never forgot my birthday, not even last year when things were real bad.",
    "Not once have I stopped loving you.",
    "I still have the clay ashtray you made me in third grade, and I never even smoked.",
    "I pray for you every night right after I tuck the kids in.",
    "You fixed my porch step without me asking and I think of you every time I step on it.",
    "You always could make Joey laugh when nobody else could.",
    "Because of you I learned to drive a stick shift at fifty, remember how hard you laughed?",
    "That's on me too, I made excuses for you for years and I'm sorry.",
    "Joey is the reason I get up in the morning these days.",
    "Kayla made me a mud pie that looked disgusting and I took a pretend bite, just like you used to.",
    "I felt worthless for a long time after your daddy passed, and you were the one who got me out of bed.",
    "I'm not ashamed of you, I'm ashamed I waited this long to open my mouth.",
    "Shame on me for not seeing it sooner.",
    "You told me once, 'Mama, I don't know how to stop,' and I have carried that with me.",
    "Your doctor at the clinic says your liver numbers are high, and I want you around a long long time.",
    "The counselor said families who show up together give their person the best chance, so here we are.",
    "We went fishing at Buckeye Lake every Saturday the summer you turned ten.",
    "We are all here because we want you home.",
    "We laughed so hard the night the cake slid off the table at your sister's wedding.",
    "If you go today I'll bring the kids to visit the very first Sunday they allow it.",
    "Great job getting your drivers license back last spring, I mean that with my whole heart.",
    "Nice work on that birdhouse you built Mason, its still hanging on the maple.",
    "The doctor in Zanesville diagnosed you with depression after Kayla was born, and I wish I'd understood it better back then.",
    "I don't think you're a bad person or crazy, I think you're sick and you can get better.",
    "I'm the one who was in denial, honey, I kept telling myself it was just stress.",
]

DEV185_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, the kids stay with me, and you can see them here at my house on Sundays with me in the room.",
    "If you choose not to go, I will stop paying your phone bill and your car insurance starting next month.",
    "I won't let you stay the night at my house while you're using, but the door opens the minute you want help.",
    "If you leave here without saying yes, I won't be driving out to get you at 2am anymore, I'll call 911 and pray.",
    "I'm not lending you money again, not for gas and not for rent, until you're in treatment.",
]

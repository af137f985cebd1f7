# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 129 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: cousins, aunts and in-laws of a big, loud, close family, hyperbole and family sayings: absolutes, blame, sarcasm and hearsay. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV129_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.92 (71/77; the rules alone 59/77): clean 2/3, absolute 14/16, sarcasm 12/15, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 5/42 (11.9%; the rules alone 4).

At merge, before it was trained on: with main bfd6408, rules and model 0.92 (71/77; the rules alone 59/77): clean 2/3, absolute 14/16, sarcasm 12/15, every other kind full; good 1/42 (2.4%; the rules alone 1), traps 5/42 (11.9%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV129_FLAG: list[tuple[str, set[str]]] = [
    (
        "Vinnie, you have not shown up sober to one single Sunday dinner at Nonna's since Easter.",
        {"absolute"},
    ),
    (
        "Every wedding, every christening, every wake, you disappear into the bathroom for twenty minutes and come out talking a mile a minute.",
        {"absolute"},
    ),
    (
        "Dimitri you lie to your mother each and every time she asks where you've been.",
        {"absolute"},
    ),
    ("Kev, you've been late to every family thing for three years straight.", {"absolute"}),
    ("Theresa u dont pick up the phone for anybody anymore, ever.", {"absolute"}),
    (
        "There hasn't been a single night this year you walked into my kitchen without your jaw going a hundred miles an hour.",
        {"absolute"},
    ),
    (
        "You forget every promise you make to Aunt Dina the second the screen door shuts behind you.",
        {"absolute"},
    ),
    (
        "Whenever there's a party your the last one standing and the first one at the bar.",
        {"absolute"},
    ),
    (
        "You didn't call your godson on his birthday this year or last year, not one phone call.",
        {"absolute"},
    ),
    (
        "Nicky, all you do anymore is disappear into the garage with your phone and that little baggie.",
        {"absolute"},
    ),
    (
        "Every conversation I have with you ends with you asking to borrow forty bucks.",
        {"absolute"},
    ),
    (
        "Yiayia cooks for you on Sundays and you won't eat a bite, ever, you just push the plate around and go sit in the car.",
        {"absolute"},
    ),
    (
        "Anytime somebody so much as mentions the drinking you turn it into a screaming match, no exceptions.",
        {"absolute"},
    ),
    (
        "Sean, you are forever 'just running out for a minute' and coming back three hours later with your eyes like saucers.",
        {"absolute"},
    ),
    ("You haven't kept one job past a month since you moved back to Staten Island.", {"absolute"}),
    (
        "Aunt Carmela lost the shore house paying off your debts, and that is your doing, nobody else's.",
        {"blame"},
    ),
    (
        "Your mother's heart trouble started the same year you started with the coke, and I'm not gonna pretend that's a coincidence.",
        {"blame"},
    ),
    ("You picked the bottle over your own daughter's First Communion.", {"blame"}),
    (
        "I drove to Newark at three in the morning for you more times than I can count and this is how you pay me back?",
        {"blame"},
    ),
    (
        "Nobody remembers Cousin Frankie's wedding for the wedding anymore, they remember the scene you made, and you took that from him.",
        {"blame"},
    ),
    ("Nonna cries herself to sleep at night and it's your fault, Dimitri.", {"blame"}),
    (
        "You tore this family right down the middle, half of us not speaking to the other half, all over your habit.",
        {"blame"},
    ),
    (
        "The reason Uncle Gus won't come to the Feast anymore is sitting right here in this room.",
        {"blame"},
    ),
    (
        "How do you look your godmother in the eye after you took the money she gave you for the car and put it up your nose?",
        {"blame"},
    ),
    ("I gave up my twenties babysitting you, and you owe me a lot better than this.", {"blame"}),
    (
        "Your father's blood pressure went through the roof the year you moved back in, and he'd never say it but I will, it was you.",
        {"blame"},
    ),
    ("You made your own kids grow up scared of the holidays.", {"blame"}),
    (
        "Mikey, you took a family that laughed louder than anybody on the block and you made us whisper.",
        {"blame"},
    ),
    ("You wrecked my sister's marriage dragging her out to the clubs with you.", {"blame"}),
    ("Aunt Roula is seventy-three and she has spent two years cleaning up your mess.", {"blame"}),
    ("Real nice touch, passing out in the coat room at Uncle Paulie's seventieth.", {"sarcasm"}),
    (
        "Congratulations Kevin, you're officially the most famous guy at the Knights of Columbus, just not for anything you'd want on your headstone.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, showing up to your daughter's dance recital with white powder on your sleeve.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'just tired,' that's why your nose bleeds into the pasta fagioli.",
        {"sarcasm"},
    ),
    (
        "Thanks a million for that toast at Gina's wedding, ten minutes of slurring, truly unforgettable.",
        {"sarcasm"},
    ),
    (
        "Way to make Yiayia proud, getting walked out of the Greek festival by two of the church ladies.",
        {"sarcasm"},
    ),
    (
        "Bravo Dimitri, another Pascha where you slept through the Resurrection service and the lamb.",
        {"sarcasm"},
    ),
    (
        "You're a real role model to your little cousins, they got a front row seat to you getting cuffed on the front lawn.",
        {"sarcasm"},
    ),
    (
        "Oh you're 'handling it,' I could tell by how beautifully you handled Christmas Eve.",
        {"sarcasm"},
    ),
    (
        "Nice going, you got yourself banned from Flanagan's, which I honestly didn't think was possible.",
        {"sarcasm"},
    ),
    (
        "Such a proud moment for all of us when the cops brought you home at 4 am in Dad's Buick.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, driving to Atlantic City after a whole bottle of Jameson, genius stuff.",
        {"sarcasm"},
    ),
    ("Best godfather ever, right? Slept straight through little Sofia's baptism.", {"sarcasm"}),
    (
        "Lovely speech at Grandpa's wake Connor, everybody just loved hearing about your ex-girlfriend at full volume.",
        {"sarcasm"},
    ),
    (
        "What a treat it was having you 'help' at the San Gennaro booth, only half the cash box went missing.",
        {"sarcasm"},
    ),
    (
        "Your cousin Angela told me she found a rolled-up twenty and a little mirror in her bathroom after you left.",
        {"hearsay"},
    ),
    (
        "Father Brennan pulled me aside after Mass and said you came in smelling like a brewery.",
        {"hearsay"},
    ),
    ("Word around Astoria is you owe money to some guys nobody should owe money to.", {"hearsay"}),
    (
        "The Kostopoulos girl told her mother, who told Yiayia, that you were buying from some guy behind the diner.",
        {"hearsay"},
    ),
    (
        "According to Uncle Sal you've been drinking in the truck before you even get to the job site.",
        {"hearsay"},
    ),
    (
        "Maureen from down the street swears up and down she saw you stumbling out of the Dubliner at noon on a Tuesday.",
        {"hearsay"},
    ),
    (
        "Somebody at the bakery told Aunt Rosemarie you looked like a ghost and your hands were shaking.",
        {"hearsay"},
    ),
    (
        "Your ex called me crying last month and said you'd cleaned out the joint account.",
        {"hearsay"},
    ),
    (
        "Supposedly you got let go from the dealership for coming in high, at least that's what Vinnie's wife says.",
        {"hearsay"},
    ),
    ("From what your roommate tells me you haven't gone in to work in two weeks.", {"hearsay"}),
    (
        "The cousins are all talking about the bachelor party and what you were doing in that bathroom.",
        {"hearsay"},
    ),
    (
        "The bartender at Mulligan's called your father to come get you because you'd run up the whole tab and were starting fights.",
        {"hearsay"},
    ),
    ("I got it from your sister-in-law that you've been hiding bottles on the boat.", {"hearsay"}),
    ("Half of Bay Ridge knew you got pulled over on the Belt Parkway before I did.", {"hearsay"}),
    ("Stavros's son says you've been selling now too, not just buying.", {"hearsay"}),
    ("Vinnie, you've turned into a cokehead and I barely recognize you anymore.", {"label"}),
    (
        "I am not going to sit at that table and watch my baby brother turn into the family drunk.",
        {"label"},
    ),
    ("Ma, you've become a lush, I don't know another word for it.", {"label"}),
    ("I just want you to get yourself cleaned up and stay that way, Theo.", {"clean"}),
    (
        "When your probation test came back dirty your mother didn't get out of bed for two days.",
        {"clean"},
    ),
    (
        "The day you're finally clean I'm throwing the biggest party Brooklyn has ever seen.",
        {"clean"},
    ),
    (
        "Honestly Connor, the way you've been living is a disgrace to your grandfather's name.",
        {"insult"},
    ),
    (
        "Look at yourself, a forty-year-old man mooching off his aunt, it's embarrassing.",
        {"insult"},
    ),
    ("Sal, you've made yourself the family joke, and I hate saying it but it's true.", {"insult"}),
    ("The whole Russo side has had it up to here with your excuses.", {"we"}),
    (
        "All of us cousins agree you're not the guy you used to be, and we're sick of pretending otherwise.",
        {"we"},
    ),
    ("Go to rehab or don't bother ever coming back to Nonna's house.", {"threat"}),
    ("Keep this up and I'll make sure Mikey's kids don't even know your name.", {"threat"}),
    (
        "I think you're a narcissist, Dimitri, it's all about you all the time.",
        {"absolute", "diagnosis"},
    ),
    ("You've been in denial so long it's like you bought a house there.", {"diagnosis"}),
    (
        "I'm pretty sure you're manic-depressive and the coke is just you treating yourself.",
        {"diagnosis"},
    ),
]

DEV129_GOOD: list[str] = [
    "Kevin, I still remember you teaching me to ride a bike in the parking lot of St. Agatha's, running behind me holding the seat.",
    "Nobody could make Nonna laugh like you did with your impression of Uncle Sal doing the Electric Slide.",
    "I miss the cousin who used to call me after the Giants game just to yell about the refs.",
    "Dimitri, you were the one who held my hand at Papou's funeral when I couldn't stand up.",
    "I've noticed you've lost a lot of weight this year and your hands shake in the mornings, and it scares me.",
    "Last March you missed Eleni's name day and I know that isn't who you are.",
    "I love you like my own brother, Vin, and I'm here because I want my cousin back.",
    "There's a bed waiting at a place in Pennsylvania, and your mom and I will drive you there today.",
    "When you came home from the Navy the whole block hung flags and I was so proud to be related to you.",
    "Theresa, your spanakopita is better than Yiayia's, and dont you dare tell her I said that.",
    "On Christmas Eve I watched you go out to your car four times during the Seven Fishes, and my stomach dropped each time.",
    "I want to dance with you at my wedding next June, sober and happy.",
    "I picked you as my confirmation sponsor because you were the person I looked up to most.",
    "Seeing you asleep on the porch swing in November with no coat on broke my heart.",
    "The program at Caron has a bed open this afternoon and I'm begging you to take it.",
    "Please say yes Connor, for you and for the kids who think you hung the moon.",
    "I remember the summer in Wildwood when you won me that giant stuffed banana on the boardwalk.",
    "My kids ask about Uncle Nicky and I want them to know the real you.",
    "When you drove four hours in a snowstorm to move me into my dorm, I knew I had the best cousin in the world.",
    "I've watched your nose bleed at the dinner table twice this winter and I don't know what to do with how scared that made me.",
    "Aunt Peggy and I fixed up the spare room so there's a place for you when you come home from treatment.",
    "Ma, you taught me to make the gravy on Sunday mornings and I want my daughter to learn it from you, not from me.",
    "You're my big sister and I still think of you as the bravest person I know.",
    "I felt sick watching you try to drive home from the christening, and I took your keys because I love you.",
    "I know you've been hurting since the divorce and I want you to have real help with that.",
    "Your laugh used to fill up the whole church hall at the Friday fish fry.",
    "I was there the morning you opened the diner at 5 am, flour on your shirt, grinning ear to ear.",
    "I'm not here to shame you, I'm here because you matter to me.",
    "Last month you called me at 2 in the morning and didnt remember it the next day, and I lay awake till sunrise.",
    "When Uncle Tommy got sober you were the one who drove him to his meetings, remember?",
    "I want my brother back at the head of the table carving the turkey and telling terrible jokes.",
    "Please go today, while everybody who loves you is sitting in this room.",
    "I miss our late nights on the stoop splitting a pie from Lucali's.",
    "You are so much more than what's happened these last two years.",
    "After your visit in August there was money missing from my purse, and I'm telling you because I want us to be honest with each other.",
    "Your daughter drew a picture of the two of you at Jones Beach and it's hanging on my fridge.",
    "I want to see you walk Gianna down the aisle someday, steady on your feet.",
    "Nonna is ninety-one and the thing she prays for at night is you.",
    "The treatment center has a family program and I already signed up for it.",
    "You stood up for me in seventh grade when the kids at Our Lady of Perpetual Help were picking on me, and I think about that still.",
    "I can't sit back and watch you get sicker, I love you too much for that.",
    "Siobhan, you singing 'The Parting Glass' at Granda's wake is one of the most beautiful things I've heard in my life.",
]

DEV129_TRAPS: list[str] = [
    "My father was a mean drunk, Vin, and you are nothing like him, you're the gentlest man I know.",
    "I was a cokehead myself back in the eighties and I got out, so I know you can too.",
    "You're a total cannoli junkie, sneaking them out of the pastry box before dessert, and I love that about you.",
    "To me you're not an addict, you're my Dimitri, and you're sick and you need help.",
    "Uncle Paddy was the biggest lush in Galway, Granny used to say, and I think this thing has been in our family a long time.",
    "You told me yourself, 'I'm a drunk just like Dad,' and I want you to know you don't have to end up like him.",
    "Your doctor at Maimonides said your liver numbers are dangerous, and I'm so scared of losing you.",
    "The psychiatrist at the hospital diagnosed you with depression last fall and I want you to get treatment for that too, from people who know what they're doing.",
    "Every Saturday morning we'd clean out Papou's sponge boat in Tarpon Springs and you'd sing the whole time.",
    "I cleaned up your old room and put the Springsteen poster back on the wall for when you come home.",
    "The kids got their hands dirty planting tomatoes with you in Nonno's garden, best day of that whole summer.",
    "I will love you forever, cugino, no matter what you say today.",
    "We always had the loudest table at the Feast, and you were always the loudest one at it.",
    "I'll come visit every weekend they let me, and I'll bring Aunt Dina's meatballs.",
    "I've seen you take charge of every crisis this family ever had, and now I want to help you with yours.",
    "You never missed one of my son's Little League games until this spring, and that's how I knew something was wrong.",
    "Remember when we all piled into Uncle Gus's station wagon to see the Christmas lights in Dyker Heights?",
    "We spent every Fourth of July on the roof in Bay Ridge watching the fireworks over the harbor.",
    "We are all in this room because we love you and we want you to live.",
    "All of us, every cousin and aunt and in-law, are going to be there for family day at the treatment center.",
    "Great job getting your thirty-day chip last spring, I still have the picture of you holding it up.",
    "You were the best best man anybody ever had, that speech had Father Mike in tears.",
    "You're the real hero of this family, the way you carried Uncle Jimmy's casket when nobody else could.",
    "Congratulations on the new baby, Theo, she's beautiful and she deserves to know her dad.",
    "It's not your fault you got sick, and it's not mine either, but getting better is something we can do together.",
    "Because of you I learned to swim at Rockaway Beach, you wouldn't let me quit.",
    "You're the reason I became a nurse, watching you take care of Papou that last year.",
    "I did a lot for you over the years and I'd do every bit of it again in a heartbeat.",
    "I felt pathetic standing in that hospital hallway not knowing how to help you.",
    "The way Uncle Tony talked to you at the christening was disgusting, and I'm sorry none of us stood up for you.",
    "I'm ashamed I stayed quiet for so long.",
    "Nonna told me a story about you at four years old standing on a chair at a wedding singing 'That's Amore,' and I laughed till I cried.",
    "You said to me last Easter, 'I'm a mess Ange, I don't know how to stop,' and I've thought about it every day since.",
    "When you told me 'I'm worthless' on the phone that night I wanted to drive straight to Boston and hug you.",
    "Ma used to say 'eat or I'll kill you' holding out a plate of macaroni, and you'd laugh and eat three.",
    "I was diagnosed with depression after Dad died and therapy saved me, so I know getting help can work.",
    "Your cardiologist told you the cocaine is straining your heart, and I want you alive for your fortieth birthday.",
    "Aunt Fotini has been bipolar her whole life and she's doing beautifully on her medication, so this family knows how to get through hard things.",
    "Drinking runs in this family like red hair, your grandfather and two of my brothers were alcoholics and I watched what it took from them.",
    "Nobody in this family ever got through anything alone, and you don't have to either.",
    "I swore I'd never write a letter like this, and here I am because I love you.",
    "Yiayia always says the tongue has no bones, so I'm going to be careful with mine and just tell you I miss you.",
]

DEV129_BOTTOM_LINE_OK: list[str] = [
    "If you turn this down today, I'm not going to be giving you money anymore, not for rent, not for gas, not for anything.",
    "Vin, I love you, but if you choose not to go, you can't keep staying in the apartment over my garage after the first of the month.",
    "If you say no, the kids won't be riding in the car with you, and that stays that way until you're in treatment.",
    "If you won't go today I'm still your sister, but I'm done making excuses for you to the family at Sunday dinner.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 186 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an Irish-American family, the pub, wakes and old stories: sarcasm, blame and labels most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. One sentence equal word for word to a held-out one was then taken out by a script, unread
(the leak test); the figures below still count it. The writer was asked to keep calm consequences apart, as
DEV186_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.95 (58/61; the rules alone 50/61): blame 16/19, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 7/43 (16.3%; the rules alone 7).

At merge, before it was trained on: with main 6613c6f, rules and model 0.95 (58/61; the rules alone 52/61): blame 16/19, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 7/43 (16.3%; the rules alone 7).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV186_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mam spent the last two years of her life worried sick over you, Declan, and that's something you'll have to live with.",
        {"blame"},
    ),
    (
        "You drank your way through Da's wake and left me to bury him on my own, so don't tell me this is nobody's fault.",
        {"blame"},
    ),
    (
        "It's your doing that Siobhan won't bring the kids round for Sunday dinner anymore.",
        {"blame"},
    ),
    (
        "The pub got your paycheck and we got the leftovers, and that was your choice, Kevin.",
        {"blame"},
    ),
    (
        "You put Nana in the hospital with the stress of it all, whether you want to hear it or not.",
        {"blame"},
    ),
    (
        "I gave up my Saturdays driving you to court in Quincy and this is how you pay me back?",
        {"blame"},
    ),
    (
        "Brigid's First Communion was ruined because you couldn't stay out of O'Malley's for one afternoon.",
        {"blame"},
    ),
    ("Its on your head that the shop went under, Dad, and you know it.", {"blame"}),
    ("You picked the bottle over your own daughter's wedding toast.", {"blame"}),
    ("Mom's heart gave out from worrying about you, plain and simple.", {"blame"}),
    (
        "How in God's name could you do that to Aunt Maureen after she put you up for a whole year?",
        {"blame"},
    ),
    (
        "We lost the house on Dorchester Ave thanks to the money you poured down your throat at Flanagan's.",
        {"blame"},
    ),
    ("I had to lie to the whole parish for you, Liam, and I'm done carrying your sins.", {"blame"}),
    ("You broke your mother's heart, and you broke mine right along with it.", {"blame"}),
    (
        "The reason Conor won't come to family parties is sitting right here, and it's you.",
        {"blame"},
    ),
    (
        "Look at the state of this family now, Patrick, this is what your drinking has bought us.",
        {"blame"},
    ),
    (
        "You made a holy show of the whole clan at Uncle Frank's funeral mass and thats on your conscience, not mine.",
        {"blame"},
    ),
    (
        "After all the nights I sat up waiting on you, the least you could do is show up sober for Gran's ninetieth.",
        {"blame"},
    ),
    (
        "Your kids are growing up with a father they cant count on, and nobody put that there but you.",
        {"blame"},
    ),
    (
        "Oh sure, lovely eulogy you gave for Grandda, slurring your way through the Our Father.",
        {"sarcasm"},
    ),
    ("Real proud moment, you passing out in the coat room at Eileen's wake.", {"sarcasm"}),
    (
        "Brilliant, Sean, just brilliant, getting yourself barred from the one pub in Southie that still let you in.",
        {"sarcasm"},
    ),
    (
        "You were the life of the party at the christening alright, right up until you fell into the cake.",
        {"sarcasm"},
    ),
    (
        "Congratulations on being on a first-name basis with every bartender in Worcester.",
        {"sarcasm"},
    ),
    (
        "Son of the year, strolling into Mam's birthday three hours late smelling like Jameson.",
        {"sarcasm"},
    ),
    (
        "Thanks a million for the phone call from the Braintree lockup on Christmas Eve, it really made the holiday.",
        {"sarcasm"},
    ),
    ('You\'re "just having a few to be social," sure you are.', {"sarcasm"}),
    (
        "What a fine example you're setting for the grandkids, pouring vodka into your coffee mug at breakfast.",
        {"sarcasm"},
    ),
    (
        "Nice touch, pawning Grandma's claddagh ring for pills, she'd have been delighted.",
        {"sarcasm"},
    ),
    (
        "You handled the Saint Patrick's parade like a real gentleman, getting sick all over the McCarthys' front steps.",
        {"sarcasm"},
    ),
    (
        "Top marks for the toast at Aoife's wedding, nobody will forget it, least of all her.",
        {"sarcasm"},
    ),
    ("You've turned into the town drunk Mam always prayed you'd never be.", {"label"}),
    ("I'm not going to stand by and watch my little brother become a pillhead.", {"label"}),
    ("You're a lush, Tommy, and it kills me to write that down.", {"label"}),
    ("Dad, you're an alcoholic, the same as your father was before you.", {"label"}),
    ("I didn't raise my son to be a junkie nodding off in the back of a Dunkin's.", {"label"}),
    (
        "Mikey is a drunk and a liar and I'm tired of pretending otherwise at the dinner table.",
        {"insult", "label"},
    ),
    ("My husband the boozer, that's what I call you in my head now.", {"label"}),
    ("You've become just another coke fiend in a nice suit, Brendan.", {"label"}),
    (
        "Since the surgery you're a straight-up opiate addict, Ma, and I need you to hear it.",
        {"label"},
    ),
    ("Your nephews think Uncle Danny is a riot but all I see is a falling-down souse.", {"label"}),
    ("Stop telling me you're a social drinker, you're a drunk.", {"label"}),
    (
        "Ciara, you're a tweaker now, there's no kinder word for what I saw in that apartment.",
        {"label"},
    ),
    ("The day you come home clean is the day I'll pour out the good whiskey myself.", {"clean"}),
    (
        "Your probation officer said the last screen came back dirty again, Ronan.",
        {"clean", "hearsay"},
    ),
    ("You haven't kept one promise to me in fifteen years, not a single one.", {"absolute"}),
    (
        "Each and every holiday ends with you picking a fight out in the parking lot of the Tara.",
        {"absolute"},
    ),
    (
        "You're an embarrassment to the Doyle name and to every one of us who carries it.",
        {"insult"},
    ),
    ("Honest to God, you're a disgrace to Grandda's memory.", {"insult"}),
    (
        "Father Kearney told me he saw you stumbling out of the Eire Pub at noon on a Tuesday.",
        {"hearsay"},
    ),
    ("Word around the parish is you've been borrowing money off half the choir.", {"hearsay"}),
    ("The whole family's agreed you've gone too far this time, Aidan.", {"we"}),
    ("Us cousins have all had it up to here with your carry-on at the wakes.", {"we"}),
    ("Go to treatment or don't bother coming to my funeral.", {"threat"}),
    (
        "Youre a textbook narcissist, Declan, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    ("I think you're bipolar and just using the beer to hide it.", {"diagnosis"}),
    ("You're in complete denial about the pills, Ma.", {"diagnosis"}),
]

DEV186_GOOD: list[str] = [
    "I love you, Declan, and I want my big brother back.",
    "I still laugh about you singing 'The Wild Rover' on the ferry to Inis Mór with your cap on backwards.",
    "Da would want you to get well, and so do I.",
    "There's a bed waiting for you at a place up in New Hampshire and its ready this afternoon.",
    "I'm asking you to go today, Kev, not next week or after the holidays.",
    "You were the best uncle to my boys, throwing them the football in the yard at Thanksgiving.",
    "I miss the stories you used to tell about Grandda and the stolen horse in Galway.",
    "My hope is that one day you'll walk Aoife down the aisle steady and proud.",
    "I love you more than I can fit on this page.",
    "I remember you holding Siobhan at her christening like she was made of glass.",
    "Your laugh used to fill up the whole kitchen on Sunday mornings when you made the fry.",
    "Ma, you taught me to make soda bread standing on a chair beside you at the counter.",
    "I'm writing this because I'm scared of losing you.",
    "When I picture the future I see you at the head of the table again, carving the ham and telling the one about the priest and the goat.",
    "I've missed our walks out to Castle Island after Mass.",
    "I've watched you get thin and grey in the face this past year and it frightens me.",
    "I dont want to plan another wake in this family, I want to plan your welcome home.",
    "Grandma kept your letters from the Navy in her bible, and I read them again last week.",
    "I believe you can do this, Róisín.",
    "Your sister and I will drive you there ourselves if you say yes.",
    "I remember you coaching Little League in Milton, hollering encouragement at kids who couldn't catch a cold.",
    "Being your wife for twenty-two years has given me more joy than I ever expected.",
    "i just want my dad back, the one who took me fishing at Wachusett and let me keep the little ones.",
    "You have a gift for making people feel welcome and I want that gift back in our house.",
    "The treatment center has a counselor who grew up in Dorchester, I think you'd like him.",
    "I know you've been hurting since Uncle Pat passed.",
    "Come home to us, Sean.",
    "You taught me how to throw a hurley, how to change a tire and how to say sorry.",
    "I want to hear you sing at my wedding next June.",
    "My favorite memory is you dancing with Nana at her eightieth, her feet on top of your shoes.",
    "Your grandson asks about you, and I want to be able to tell him you're getting better.",
    "When you didn't make it to Gran's wake, I felt so alone standing by the casket, and I missed you terribly.",
    "I was scared the morning after you drove home from the Kinsale and I found the car up on the curb.",
    "I'm so grateful you carried Da's coffin with the rest of the men, it meant the world to me.",
    "Thank you for teaching Nora the tin whistle last summer, she still plays 'The Parting Glass' for me.",
    "I remember how proud I was when you finished your apprenticeship at the union hall.",
    "It hurt me when you missed Molly's recital, and I'd rather tell you that honestly than stay quiet.",
    "You sat with me at the hospital through those long nights when Mam was dying, and I'm thankful.",
    "I cried in the car after you called me from the bar on my birthday, because I didn't recognize your voice.",
    "I felt afraid when I found the pill bottles in your coat pocket at Christmas.",
    "I'm proud of you for the three weeks you went without a drink last spring, I saw how hard you tried.",
    "Watching you fall asleep at the table during Conor's graduation dinner broke my heart.",
    "You were so good to Grandda at the end, reading him the Herald sports pages when his eyes went.",
]

DEV186_TRAPS: list[str] = [
    "Uncle Mick was a drunk his whole life and died at fifty-one in a rented room over the package store.",
    "I'm an alcoholic myself, twelve years sober this May, and I know there's a way out of this.",
    "When I was drinking I was the worst drunk at Doherty's, so I'm not standing here to judge you.",
    "I got clean in 2009 at a place a lot like the one waiting for you, and it gave me my life back.",
    "You told me last week, 'Ma, I'm a drunk and I can't stop,' and I've never loved you more for being honest.",
    "You said to me at the kitchen table, 'I'm sick of being sick,' and I believed every word.",
    "You were never 'the addict' to me, you're Eamon, my baby brother who used to follow me to the bus stop.",
    "I don't think of you as a drunk, I think of you as someone who is sick and can get well.",
    "Da was a history junkie, he'd drag the lot of us to every battlefield in New England.",
    "I helped you clean out Gran's house after the funeral and you had me laughing the whole time.",
    "Remember the dirty jokes Uncle Jimmy told at every wake, and Mam pretending she couldn't hear?",
    "We always had a singsong round the piano at New Year's, and your voice was the one everyone waited for.",
    "We never missed the Brockton Fair when we were kids, you and me on the Zipper till we were green.",
    "I'll always be your Ma, no matter what you decide.",
    "You'll always have a seat at my table, Finn.",
    "Every time I hear 'The Fields of Athenry' I think of you singing it at Gran's wake with your eyes shut.",
    "Brilliant job getting through your first month of meetings last year, I was bursting with pride.",
    "Congratulations again on your sixty days back in 2021, I still keep the chip you gave me in my wallet.",
    "We spent every summer at the cottage in Falmouth and you were the one who taught me to swim.",
    "We all piled into Da's station wagon to watch you graduate from the police academy.",
    "Dr. Morrissey says your liver numbers are worse since June, and I'm frightened for you.",
    "The nurse at Carney told me coming off the drink alone could cause seizures, so I want you somewhere safe.",
    "Your doctor at the clinic diagnosed you with depression last year, and I want you to get care for that too.",
    "Dad, you're the reason I became a firefighter, and I want you around to see me make lieutenant.",
    "Because of you I know every verse of 'Danny Boy', and I'd love to sing it with you again.",
    "I covered for you with your bosses for years, and that's on me, not you.",
    "For a long time I thought I ruined everything by calling the police that night, but I did it out of love.",
    "Honestly I felt pathetic, hiding bottles from Mam like it was my secret too.",
    "The way the bouncer at the Black Rose threw you on the sidewalk was disgusting, and I'm sorry I didn't say anything.",
    "What kind of sister lets it go this long without speaking up? This one, and I'm sorry for it.",
    "People say the Sullivans don't talk about feelings, well I'm going to today.",
    "Gran used to say you had the voice of an angel, and she was right.",
    "Gerry, your old sponsor, asked me to tell you he's still at the Tuesday meeting in Southie and he'd love to see you.",
    "We love you, all of us, from Nana right down to little Fiona.",
    "I'm never leaving you, even if you say no today.",
    "If you go today, I'll be there for visiting day every single Sunday.",
    "My ex was a real narcissist, and you were the one who helped me leave him, so I know the heart you have.",
    "I was in denial for years too, telling myself you were just tired from work.",
    "Your room's clean and the bed's made up for when you get back from treatment.",
    "Mam kept the house clean as a whistle and you were always the one sneaking mud in from the yard.",
    "The night that drunk driver hit Kathleen, you were the first one at the hospital.",
    "Half the men at the Local were boozers, Da included, and you swore you'd be different, and you still can be.",
    "You were a great dad to those boys when they were small, and I want them to have that dad again.",
]

DEV186_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be covering your shifts at the bar anymore.",
    "If you don't go into treatment, I will not be paying the rent on your apartment in Quincy after this month.",
    "Should you decide not to go, I'll still love you, but I won't have drink in the house while the kids are here.",
    "If you turn this down, I won't be lending you the truck or picking you up from O'Malley's again.",
]

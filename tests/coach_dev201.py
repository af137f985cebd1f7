# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 201 (5 December 2026, round 26, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a stepfather who came into the family late, careful and a bit formal: blame and absolutes most, then hearsay. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV201_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.94 (59/63; the rules alone 52/63): absolute 13/14, blame 19/21, hearsay 12/13, every other kind full; good 0/54 (0.0%; the rules alone 0), traps 4/43 (9.3%; the rules alone 4).

At merge, before it was trained on: with main 9ed1673, rules and model 0.94 (59/63; the rules alone 52/63): absolute 13/14, blame 19/21, hearsay 12/13, every other kind full; good 0/54 (0.0%; the rules alone 0), traps 4/42 (9.5%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV201_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your mother has not slept through the night in two years, and I hold you responsible for that.",
        {"blame"},
    ),
    (
        "It is your drinking that put your mother in the hospital with her blood pressure, Daniel, and you need to own that.",
        {"blame"},
    ),
    (
        "The money we had set aside for retirement is gone, and it is gone on account of your pills.",
        {"blame"},
    ),
    (
        "I took you into my home when you were eleven and gave you my name, and this is how I am repaid.",
        {"blame"},
    ),
    (
        "Your little brother is failing the ninth grade and frankly the cause of that is sitting right in front of me.",
        {"blame"},
    ),
    (
        "When you picked the bottle over your own mother's birthday dinner you made your priorities very clear.",
        {"blame"},
    ),
    ("The tension in this house traces straight back to you and that meth.", {"blame"}),
    ("I do not understand how a grown man can steal from the woman who raised him.", {"blame"}),
    (
        "Your mother and I lost the lake cabin because we kept paying your debts, and that is the honest truth of it.",
        {"blame"},
    ),
    (
        "You have put this family through the wringer, Tyler, and it is time you accepted that it was your doing.",
        {"blame"},
    ),
    (
        "Had you not driven my truck into the ditch on those pills, your mother would not have missed her chemo appointment.",
        {"blame"},
    ),
    (
        "Our marriage has been strained almost from the start and a great deal of that is down to your cocaine.",
        {"blame"},
    ),
    (
        "I gave up my weekends, my savings and a good part of my patience for you, and I expected something better in return.",
        {"blame"},
    ),
    ("You broke your mother's heart and you did it with your eyes wide open.", {"blame"}),
    ("Whatever peace this family had, your using took it from us.", {"blame"}),
    (
        "Its your fault Grandma Ruth stopped coming to Thanksgiving, she cant stand to watch what's happened to you.",
        {"blame"},
    ),
    (
        "I will not pretend the fire in the garage was an accident; it happened because you passed out with a cigarette lit.",
        {"blame"},
    ),
    (
        "You decided the heroin mattered more than your daughter's first day of kindergarten.",
        {"blame"},
    ),
    (
        "I moved across the country to be part of this family and you have made that decision feel like a mistake.",
        {"blame"},
    ),
    (
        "Your mother cries at the kitchen table most evenings and I cannot see any cause for it except you.",
        {"blame"},
    ),
    (
        "You have never once stopped to think what your drinking has cost your mother, and the cost is on your head.",
        {"absolute", "blame"},
    ),
    ("You never keep a single promise you make to your mother.", {"absolute"}),
    (
        "Each and every holiday since I married your mother has ended with you drunk and shouting.",
        {"absolute"},
    ),
    ("You are forever asking for money and it is forever for the same thing.", {"absolute"}),
    ("Not one time in seven years have you called me sober on Father's Day.", {"absolute"}),
    (
        "You always have an excuse ready, Marcus, and it is always somebody else's fault.",
        {"absolute"},
    ),
    ("You lie about everything, even things that do not matter.", {"absolute"}),
    ("Whenever there is a family event you find a way to show up on something.", {"absolute"}),
    (
        "You have not told your mother the truth about a single thing since you were sixteen.",
        {"absolute"},
    ),
    ("You start every job and quit it inside a month, without fail.", {"absolute"}),
    ("Your always late, always broke and always sorry afterwards.", {"absolute"}),
    (
        "In all the years I have known you, you have not finished one thing you started.",
        {"absolute"},
    ),
    ("There is no conversation with you that doesnt end up being about the pills.", {"absolute"}),
    ("You never think about anyone but yourself.", {"absolute"}),
    (
        "Your supervisor at the warehouse phoned the house and told your mother you had been sent home twice smelling of liquor.",
        {"hearsay"},
    ),
    (
        "Mrs. Delgado next door mentioned she saw you asleep in your car in the driveway at noon.",
        {"hearsay"},
    ),
    (
        "Your ex-girlfriend Brianna let us know you had been buying pills from a man at the gym.",
        {"hearsay"},
    ),
    (
        "According to your cousin Dale, you were so drunk at his wedding that they had to take your keys.",
        {"hearsay"},
    ),
    (
        "I was told by Pastor Greene that you asked the church for rent money and then spent it at the bar.",
        {"hearsay"},
    ),
    (
        "Your old roommate says you owe him eleven hundred dollars and sold his television.",
        {"hearsay"},
    ),
    (
        "Word around town is that you have been seen at the motel on Route 9 with some rough people.",
        {"hearsay"},
    ),
    (
        "The school counselor informed your mother that your son is telling classmates his dad sleeps all day.",
        {"hearsay"},
    ),
    (
        "From what your sister tells me, you showed up to her baby shower high on something.",
        {"hearsay"},
    ),
    (
        "Your probation officer told me on the phone that you missed two check-ins and tested positive.",
        {"hearsay"},
    ),
    (
        "Some of the men from the lodge say they see you at the liquor store most mornings before eight.",
        {"hearsay"},
    ),
    ("Your mothers friend Linda says you were asking around the salon for Adderall.", {"hearsay"}),
    (
        "It seems, from what the bank manager let slip, that you have been signing your mother's name on checks.",
        {"hearsay"},
    ),
    (
        "Your mother, your sisters and I have all come to the same conclusion, that you are lying to us.",
        {"we"},
    ),
    ("All of us in this room are worn out by your excuses.", {"we"}),
    ("The family has agreed that you are not the man you used to be.", {"we"}),
    ("I did not marry your mother expecting to be the stepfather of an addict.", {"label"}),
    ("Dylan, you are a drunk, and I think somewhere inside you know it.", {"label"}),
    ("I would give anything to see you clean by Easter.", {"clean"}),
    ("The screen from the clinic last month came back dirty for fentanyl, Ashley.", {"clean"}),
    (
        "If you walk out of this room without agreeing to go, do not bother calling your mother or me again.",
        {"threat"},
    ),
    (
        "Either you get on the plane to the program in Tucson tomorrow or I will have the sheriff remove you from the house.",
        {"threat"},
    ),
    (
        "Thank you so much for teaching your little brother how to roll a joint, that was a real help.",
        {"sarcasm"},
    ),
    (
        "Wonderful toast at your sister's wedding, Kevin, I'm sure everyone will remember it for years.",
        {"sarcasm"},
    ),
    ("Frankly I find the way you treat your mother shameful and beneath any man.", {"insult"}),
    ("You have become an embarrassment to this family.", {"insult"}),
    ("I have read enough to know that you are a textbook narcissist.", {"diagnosis"}),
    (
        "I honestly believe there is some kind of personality disorder at work in you, Tyler.",
        {"diagnosis"},
    ),
]

DEV201_GOOD: list[str] = [
    "When I lost my job at the plant last spring, you drove over every Saturday and mowed the lawn without being asked, and I never properly thanked you for that.",
    "During my radiation treatments you sat with me in the waiting room and made me laugh, and I have not forgotten it.",
    "I heard you crying through the bathroom door last Sunday night, and I wanted so badly to knock and just sit with you.",
    "I saw you pour half a bottle down the sink in March, and I was proud of you for trying.",
    "You always had a way of making your mother laugh when nobody else could.",
    "We used to go fishing at Lake Murray on Saturday mornings, just the two of us, and those were some of my happiest hours.",
    "The night I found you on the kitchen floor, I was more frightened than I have ever been in my life.",
    "I noticed your hands shaking when you poured your coffee at breakfast, and it worried me deeply.",
    "Thank you for coming all the way to Ohio for my father's funeral; it meant more to me than you know.",
    "You never once missed your sister's softball games when she was small, and she still talks about it.",
    "We always ended Christmas Eve by watching that terrible old movie together, and I miss it.",
    "When I was working nights at the hospital, you left dinner in the fridge with a note, and I still keep one of those notes in my wallet.",
    "Your sixty days at Hazelden last year took real courage and I saw how hard you worked.",
    "I remember sitting in the car outside the emergency room, not knowing if you would live, and I prayed for the first time in years.",
    "I have watched you tuck Lily into bed and read to her in all the voices, and you are a wonderful father in those moments.",
    "You helped me build the deck the summer I had my back surgery, and I could not have done it without you.",
    "The morning you missed my birthday breakfast, I sat at the table alone for an hour, and I felt hurt and a little lost.",
    "I saw the empty pill bottles in your glove box when I borrowed the car, and I have been carrying that worry ever since.",
    "We have always been a family that shows up for each other, and that is why we are all here today.",
    "When you stood up and spoke at your grandmother's memorial, steady and clear, I have never been prouder of anyone.",
    "You called me the day I got my diagnosis and were the first one to offer to drive me to appointments.",
    "I came into your life when you were already twelve, and I know I was not the man you would have picked.",
    "Over the years you let me in, little by little, and I count that as one of the gifts of my life.",
    "I remember teaching you to drive a stick shift in the church parking lot and how you stalled it eleven times and laughed.",
    "I love you as if you were my own son, and I hope you know that.",
    "I am asking you to accept the bed that is waiting for you at Valley Hope this afternoon.",
    "Your mother and I have packed a bag for you, and I will drive you there myself.",
    "I miss the young man who used to call me just to talk about the Braves.",
    "I am scared that one morning the phone will ring and it will be the news I dread.",
    "Lately you look thin and tired, and I can see that something has hold of you.",
    "I want you to be there when your daughter graduates, and I want you to remember it.",
    "There is a life on the other side of this, and I believe you can have it.",
    "I am not here to shame you; I am here because I care what happens to you.",
    "You have a kind heart, Marcus, and it is still in there.",
    "I remember the first time you called me Pop by accident at the hardware store, and neither of us said anything, but I went home grinning.",
    "I have made mistakes as a stepfather and I am sorry for the times I was too stiff with you.",
    "Treatment is not a punishment; it is a chance, and I want you to take it.",
    "The program has a family weekend in the second month and I have already asked for the time off.",
    "Whatever happens today, I will still be in your corner.",
    "I feel helpless watching you suffer, and that is a hard thing for a man like me to admit.",
    "You gave that little speech at our wedding that made your mother cry, and I knew then I had gained a son.",
    "I still have the birdhouse you built me in shop class, it hangs by the back porch.",
    "I want to have coffee with you on the porch again, the way we did before all this started.",
    "My hope is that a year from now we are all sitting around the same table laughing.",
    "I know you are in pain, and I think the alcohol started as a way to quiet it.",
    "We will look after the dog and the apartment while you are away, so you dont need to worry about a thing.",
    "You are not alone in this, not for one minute.",
    "When I think of you I think of your laugh, that big loud laugh that fills a room.",
    "I have seen you sit up all night with a sick friend, and that is who you really are.",
    "I was angry for a long time, and I have let most of that go so I could write this letter honestly.",
    "I am asking you, as plainly as I know how, to go with Dr. Patel's team today.",
    "Your mother loves you more than her own life, and so, in my own quieter way, do I.",
    "I remember our road trip to Yellowstone when you were fourteen, and the bison that blocked the road for an hour.",
    "u were the one who taught me how to use my phone, patient as anything, and I think of that every time I text.",
]

DEV201_TRAPS: list[str] = [
    "My own father was a drunk, and I swore I would never let a child in my house grow up the way I did.",
    "I was an alcoholic for nine years before I met your mother, and I got sober in a church basement in Dayton.",
    "You once said to me, 'I'm just a junkie, Jim,' and it broke my heart that you believed that.",
    "You have always been my favorite fishing partner.",
    "I will never stop believing that you can beat this.",
    "We always had pancakes on Sunday mornings, and you flipped them higher than anyone.",
    "Great work on your ninety days last fall, I meant every word of the card I sent you.",
    "Your doctor told us your liver enzymes are high, and I want you around for a long, long time.",
    "I spent Saturday cleaning out the garage and found your old Little League glove.",
    "Your grandmother is a real chocolate junkie, and you always slipped her a Hershey bar at Easter.",
    "I never thought I'd be lucky enough to be a father, and then I met you.",
    "Every time I hear that Springsteen song I think of you singing it in the truck.",
    "The counselor at Caron says addiction is a disease, not a moral failing, and I believe her.",
    "We went camping at Big Sur the summer you turned sixteen and it rained the whole time.",
    "We love you, and we are here with you today.",
    "I'm not blaming you for any of this; I'm asking you to let us help.",
    "It was my choice to marry into this family and I would choose it again a hundred times.",
    "In your clean shirt and pressed slacks at your sister's graduation you made me proud.",
    "Your uncle Ray was a pillhead for years, and he is the one who encouraged me to write this letter.",
    "You once told me 'I'm worthless, Dad', and I want you to hear me say that is not true.",
    "There is no shame in asking for help.",
    "I'm not disappointed in you; I'm worried about you.",
    "Dr. Kim diagnosed you with depression last year, and I want you to get the care you deserve for it.",
    "I'm not threatening you and I'm not giving you an ultimatum.",
    "You always remembered my birthday, even that first year when you barely knew me.",
    "Nobody is perfect, least of all me.",
    "I was a stoner all through college, so please dont imagine I am looking down on you.",
    "The dishes were always clean and the lawn always mowed when you lived with us, you took pride in that.",
    "My brother died a drunk in a VA hospital in 1998, and I cannot bear to lose you the same way.",
    "I heard a story on the radio about a man who got sober at fifty and thought, that could be your story someday.",
    "Whatever you chose in the past, today you get to choose again.",
    "The word addict has been thrown at you too often, and I won't use it.",
    "I've never been good at saying this out loud, so I wrote it down: I love you.",
    "What kind of man do I want to be for you? One who shows up, and that is why I am here.",
    "I was disgusted with myself for the years I pretended not to see, and I have stopped pretending.",
    "Thanks for fixing my truck last month, that was a real lifesaver.",
    "You were never a quitter on the football field, and I know you are not one now.",
    "I know you've always wanted to be a good dad to Emma, and I still see it in you.",
    "Your mom and I both agree that the room over the garage is yours when you come home from treatment.",
    "I will always be proud to call you my son.",
    "Your mother says you used to sing in the church choir, and I wish I had heard it.",
    "I dont think you're a bad person, I think you're a sick person who can get well.",
]

DEV201_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I will no longer pay your phone bill or your car insurance.",
    "If the answer is no, you will need to find another place to stay by the end of the month, and I will help you pack.",
    "I love you, and if you choose not to accept help today, I won't be giving you rides or lending you money anymore.",
    "If you say no today, I will be changing the locks, not out of anger, but because your mother and I need to feel safe at home.",
]

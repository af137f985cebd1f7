# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 166 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a Navy veteran grandfather, terse and old-fashioned: absolutes, threats and blame most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV166_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.87 (58/67; the rules alone 46/67): label 2/3, absolute 11/14, blame 12/15, insult 4/5, sarcasm 2/3, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 5/43 (11.6%; the rules alone 5).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.90 (60/67; the rules alone 46/67): label 2/3, absolute 12/14, blame 13/15, insult 4/5, sarcasm 2/3, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 5/43 (11.6%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV166_FLAG: list[tuple[str, set[str]]] = [
    (
        "You haven't kept a single promise to me since the day you got back from Fort Benning.",
        {"absolute"},
    ),
    ("Every blessed Sunday you roll in late smelling like a brewery.", {"absolute"}),
    ("Not one dime I lent you ever came back to me, Danny.", {"absolute"}),
    ("You lie to me each and every time you open your mouth son.", {"absolute"}),
    ("Whenever there's work to be done around here you are nowhere to be found.", {"absolute"}),
    ("You havent put in an honest day's work in three years.", {"absolute"}),
    ("All you do anymore is sleep till noon and go looking for pills.", {"absolute"}),
    ("You forget every birthday in this family, your own daughter's included.", {"absolute"}),
    ("There isn't a thing on God's earth you care about more than that bottle.", {"absolute"}),
    ("Your word don't mean a thing anymore, you break it every chance you get.", {"absolute"}),
    ("Without fail you're three sheets to the wind by suppertime.", {"absolute"}),
    (
        "You quit everything you start, boy, school, the Guard, the job at the lumberyard, all of it.",
        {"absolute"},
    ),
    ("In two years you have not come by this house once without asking for money.", {"absolute"}),
    (
        "You didn't call your grandmother one time the whole month she was at St. Luke's.",
        {"absolute"},
    ),
    (
        "Either you sign those admission papers today or you can forget you ever had a grandfather.",
        {"threat"},
    ),
    ("Go to that program or don't bother showing up at my funeral.", {"threat"}),
    ("Walk out of this room and I'll have you cut out of the will before supper.", {"threat"}),
    ("Straighten up or I'll straighten you up myself, and don't think I can't.", {"threat"}),
    ("You go up to Hazelden or you never set foot on my property again, that's final.", {"threat"}),
    ("Turn this down and as far as I'm concerned I have one less grandson.", {"threat"}),
    ("One more stunt like Thanksgiving and I'll call the sheriff on you myself.", {"threat"}),
    (
        "Say no today and don't you dare come crying to me when you're sleeping under the Fifth Street bridge.",
        {"threat"},
    ),
    (
        "If you aren't on that plane tomorrow I'll see to it your mother changes every lock in the house.",
        {"threat"},
    ),
    (
        "You'll take the bed they're holding for you or you'll take your chances on the street.",
        {"threat"},
    ),
    (
        "Keep this up and you won't be welcome at your grandmother's grave, I'll see to that.",
        {"threat"},
    ),
    ("Last warning Danny: treatment, or you are no kin of mine.", {"threat"}),
    (
        "I swear if you touch one more of those pills I'll sell that truck right out from under you.",
        {"threat"},
    ),
    (
        "Refuse and I'll make sure every man down at the VFW knows exactly what you've become.",
        {"threat"},
    ),
    (
        "Don't think for one minute I won't have you hauled off this property if you say no.",
        {"threat"},
    ),
    (
        "Your grandmother's heart gave out from worrying over you, and I hold you responsible for it.",
        {"blame"},
    ),
    ("You're putting your mother in an early grave with this business.", {"blame"}),
    (
        "I gave you my truck, my savings and forty years of good advice and this is what I get back.",
        {"blame"},
    ),
    ("This family was doing fine until you brought that poison into it.", {"blame"}),
    ("Emma cries herself to sleep and that's on your head, nobody else's.", {"blame"}),
    ("It's your doing that your dad had to remortgage the house to pay your lawyer.", {"blame"}),
    (
        "You picked the booze over your own wife and little girl, and the whole town watched you do it.",
        {"blame"},
    ),
    ("How in God's name do you steal from your own grandmother's jewelry box?", {"blame"}),
    ("Every gray hair on this old head I owe to you.", {"blame"}),
    (
        "Your brother dropped out of Stout to cover your debts, that's what your drinking cost him.",
        {"blame"},
    ),
    (
        "You ran Karen off, the best thing that ever happened to you, and you got nobody to thank but yourself.",
        {"blame"},
    ),
    (
        "I bailed you out three times, paid your rent, drove you to court, and you spit on every bit of it.",
        {"blame"},
    ),
    ("Take a look around this room at these faces, you did this.", {"blame"}),
    (
        "The reason your mother can't sleep at night is sitting right there in that chair.",
        {"blame"},
    ),
    (
        "You dragged the Kowalski name through the mud and I had to hear about it at church.",
        {"blame"},
    ),
    (
        "A grandson of mine turned into a common drunk, I never thought I'd live to see it.",
        {"label"},
    ),
    ("Your a pillhead Danny, plain as day, no sense dressing it up.", {"label"}),
    ("I won't have a dopehead sleeping in my spare room.", {"insult", "label"}),
    ("I want you to dry out and get clean for good this time, not another half-job.", {"clean"}),
    ("Your probation officer tells me the last two tests came back dirty.", {"clean", "hearsay"}),
    ("You are a disgrace to the uniform you used to wear.", {"insult"}),
    ("I'm ashamed to call you my blood.", {"insult"}),
    (
        "A grown man living like a bum in his mother's basement, it's shameful is what it is.",
        {"insult"},
    ),
    (
        "Ed down at the hardware store says he found you passed out in your car behind the Legion.",
        {"hearsay"},
    ),
    ("Word around town is you've been buying off that Pruitt kid again.", {"hearsay"}),
    (
        "Your landlord phoned me, says you're three months behind and hollering at the neighbors at 2 in the morning.",
        {"hearsay"},
    ),
    ("The whole bunch of us have had a bellyful of your nonsense.", {"we"}),
    ("Every one of us in this room agrees you've gone soft and lost your way.", {"we"}),
    ("Real fine example you set for your boy, showing up to his ballgame stewed.", {"sarcasm"}),
    (
        "Hell of a sailor you'd have made, you can't even find your own front door at night.",
        {"insult", "sarcasm"},
    ),
    ("Congratulations on another fine New Year's, spent in the county drunk tank.", {"sarcasm"}),
    ("Face it, you're in denial, same as your father was.", {"diagnosis"}),
    (
        "Your mother thinks you're bipolar and I'm starting to agree with her.",
        {"diagnosis", "hearsay"},
    ),
    ("I read up on men like you, and you're a textbook narcissist.", {"diagnosis"}),
]

DEV166_GOOD: list[str] = [
    "Danny, I rewrote this letter four times because I want to get it right.",
    "I remember teaching you to tie a bowline on the dock at Green Lake, you were seven and stubborn as a mule.",
    "You were the first grandchild and I held you at Mercy Hospital before your own father got the chance.",
    "When you came home on leave in your dress uniform I about burst with pride.",
    "Your grandmother kept your crayon drawings in a shoebox in the hall closet, I found it last spring.",
    "Lately I see your hands shaking in the mornings and I dont like what its doing to you.",
    "At Easter you fell asleep at the table and I couldn't wake you, and I was scared.",
    "I miss our Saturday mornings at the hardware store, you and me and a cup of bad coffee.",
    "I'm 81 years old and I want to see you well before I go.",
    "There is a bed for you at a place up in Brainerd and they can take you this afternoon.",
    "I'm asking you as your grandpa to go today.",
    "You have a good mind and good hands, as good as any young man I've known.",
    "I stood watch on a destroyer for four years and I'd stand watch over you now if it would help.",
    "When you fixed my furnace that January without me asking, I knew what kind of man you are.",
    "You stopped coming to Sunday dinner this past year, and your chair sits empty next to mine.",
    "When you missed Emma's recital last month I watched her look back at the door, and it broke my heart.",
    "I love you son. Plain and simple.",
    "I'm not a man who cries easy but I sat in the truck and cried after I left your place in March.",
    "You used to call me Friday nights just to talk ballgames, and I'd give a lot to get those calls back.",
    "Please take the help these folks are offering.",
    "I want to take you out on the lake come June, sober and sunburned like old times.",
    "Your daughter needs her dad, and I need my grandson.",
    "I've seen what this stuff does to men and I'm scared for you.",
    "The night you drove down to Duluth to sit with me after my heart attack, I'll carry that with me to the end.",
    "My hands aren't what they were but they'll drive you to that clinic today if you'll let me.",
    "Get well Danny and come on back to us.",
    "In the Navy asking for a hand wasn't weakness, it was seamanship, and it's the same here.",
    "You look thin, your color's gone gray, and I worry when the phone rings late at night.",
    "Remember the birdhouse you built in my garage? It's still up in the oak, wrens nest in it every spring.",
    "I was proud of the way you held Emma the day she was born, like she was made of glass.",
    "When you laughed at my old jokes it made an old man feel useful.",
    "I've watched you go from a happy kid to a young man who won't look me in the eye.",
    "I don't have the answers but these people do, and I trust them.",
    "I'd like to see you at my ninetieth birthday standing next to me, healthy.",
    "You're my blood and I will stand by you through this.",
    "I promised your grandma I'd look after you kids, and this is me keeping that promise.",
    "It hurts to see the boy who carried my seabag up the stairs now too sick to get out of bed.",
    "Will you go with Mr. Alvarez this afternoon? Your bag is packed and in my trunk.",
    "You and I used to split firewood up at the cabin till our arms gave out.",
    "In March you borrowed two hundred dollars for rent, and when I called your landlord myself there was no rent due.",
    "It frightens me that you don't remember our talk on Christmas night.",
    "I still think about your baptism, you in Grandma's lace gown, hollering the whole way through.",
    "This is hard for me to say out loud so bear with an old sailor.",
    "I want my grandson back, the one who whistled while he worked.",
    "Say yes today and I'll be there on visiting day with a thermos of coffee and the Sunday paper.",
]

DEV166_TRAPS: list[str] = [
    "I was a drunk for eleven years after Vietnam and your grandmother stood by me anyway.",
    "My brother Walt was an alcoholic and it killed him at fifty-two, and I cant lose you the same way.",
    "To me you're not an addict, you're Danny, the boy who built me a birdhouse.",
    "We always drove up to the Wolf River on opening day, just the two of us and a thermos.",
    "Great job on your sixty days last spring, I bragged on you to everybody at the Legion hall.",
    "I still keep the boat clean and gassed up for the day you want to go out again.",
    "Your doctor says your liver numbers are way up, and that scares me half to death.",
    "You told me on the phone 'Pop, I'm a screwup' and I want you to know I don't believe it for a second.",
    "Nothing you could do would ever make me stop being your grandpa.",
    "Every time I look at that picture of us on the pier with the big northern, I smile.",
    "We all love you and every one of us is staying right here.",
    "We flew out to Pearl Harbor when you were twelve and you saluted the Arizona without anybody telling you to.",
    "Half my shipmates came home drunks and I was one of them for a while.",
    "Your grandma was a real coffee junkie, six cups before noon, God love her.",
    "You scrubbed the deck of that old Chris-Craft clean as a whistle the summer you were fifteen.",
    "I'll never forget the first time you called me Grandpa.",
    "You did a fine job on your grandma's eulogy and I meant it when I told you so.",
    "The VA doctor told me I was depressed when I came home, and getting help saved my life.",
    "Your cousin Pete got clean in '09 and he's coaching Little League now, and he's pulling for you.",
    "My own father was a mean drunk and I swore no grandchild of mine would ever see me that way.",
    "I'm not here to call you names or to blame you for anything.",
    "You are not worthless, whatever that voice in your head keeps telling you.",
    "Nobody in this room thinks you're a bad man, least of all me.",
    "I'm a stubborn old sailor and I've never been any good at saying this, but I love you.",
    "When you were six you told me, 'Grandpa, I'm gonna be a Navy man just like you.'",
    "Last month you said to me 'I'm a mess, Pop' and it took guts to say that.",
    "If there's one reason I still get up in the morning at my age its you and Emma.",
    "The whole family agrees on one thing, we want you home and well.",
    "I haven't touched a drop since 1979, not once, so I know it can be done.",
    "Every single morning I say a prayer for you over my coffee.",
    "I always figured you'd take over my workbench someday and I still figure that.",
    "We never missed a Packers game on that old Zenith set, remember?",
    "I'll say it plain, you are not a lost cause and you never were.",
    "The Navy taught me to keep my bunk clean and my word good.",
    "You came clean with me about the money last fall and I respected you for it.",
    "For a long time I was in denial about how bad things had got, and that's on me.",
    "You did a heck of a job passing that CDL test on the first try, and I was proud as punch.",
    "The psychiatrist at St. Mary's says you have depression, and there's no shame in treating it like any other sickness.",
    "Remember how you used to clean those walleye faster than I could?",
    "My old chief on the Forrestal was a boozer and a fine sailor both, and he didn't live to see fifty.",
    "Treatment is no disgrace son, it's the bravest thing a man can do.",
    "I'm ashamed of how hard I was on you when you were a boy, and I'm sorry for it.",
    "When I got out of the service I was a wreck, a real basket case, and somebody helped me.",
]

DEV166_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money or the truck anymore, but I'll still answer when you call.",
    "If you choose not to go, I won't be driving you to your court dates from here on.",
    "Should you turn this down, you can't stay in the apartment over my garage after the first of the month.",
    "If you say no, I'm done paying your phone bill. I love you, and that part won't change.",
]

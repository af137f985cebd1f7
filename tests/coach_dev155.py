# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 155 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an engineer father, precise, logs and numbers, 'by my count', 'statistically': absolutes and sarcasm most, then blame. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV155_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.95 (79/83; the rules alone 69/83): absolute 14/16, blame 15/16, hearsay 15/16, every other kind full; good 2/43 (4.7%; the rules alone 2), traps 2/42 (4.8%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.95 (79/83; the rules alone 69/83): absolute 14/16, blame 15/16, hearsay 15/16, every other kind full; good 2/43 (4.7%; the rules alone 2), traps 2/42 (4.8%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV155_FLAG: list[tuple[str, set[str]]] = [
    (
        "By my count you have not kept a single promise about the drinking since March of 2019.",
        {"absolute"},
    ),
    (
        "Every time you tell me 'this weekend will be different' it ends with you passed out on the couch by nine.",
        {"absolute"},
    ),
    (
        "You never once called your mother sober on her birthday, I went back through the call log to check.",
        {"absolute"},
    ),
    (
        "Statistically speaking you lie to me one hundred percent of the time when I ask about the pills.",
        {"absolute"},
    ),
    (
        "Whenever there is a family event you show up late and smelling like vodka, without exception.",
        {"absolute"},
    ),
    ("You constantly borrow money and not one dollar of it has come back to me.", {"absolute"}),
    (
        "Nothing I say gets through to you Danny, and I have tried every angle an engineer can think of.",
        {"absolute"},
    ),
    (
        "You havent told me the truth about where you were a single time this whole year.",
        {"absolute"},
    ),
    (
        "you always have an excuse ready, the traffic, the boss, the phone battery, its never on your end",
        {"absolute"},
    ),
    (
        "There has not been one Sunday in two years where you made it to lunch without a drink first.",
        {"absolute"},
    ),
    ("Anything I tell you after 6 pm is gone by morning, every single thing.", {"absolute"}),
    (
        "Each and every job you have had since college ended the same way, with you calling in sick after a bender.",
        {"absolute"},
    ),
    (
        "Not one of the fourteen dates I wrote on the kitchen calendar did you actually show up for.",
        {"absolute"},
    ),
    (
        "You don't take responsibility for anything, ever, and I've got eleven years of notes to prove it.",
        {"absolute"},
    ),
    (
        "Every plan you make with your kids falls apart inside forty-eight hours, I have logged it.",
        {"absolute"},
    ),
    (
        "Your mother's blood pressure medication got doubled last fall, and that is on your account.",
        {"blame"},
    ),
    (
        "I had to refinance the house to cover your rehab debts, and I want you to understand you cost us our retirement.",
        {"blame"},
    ),
    ("You picked the oxy over your own daughter's piano recital, plain and simple.", {"blame"}),
    (
        "After I co-signed two car loans and drove four hours every time you called, this is how you pay me back?",
        {"blame"},
    ),
    ("Your sister moved to Denver to get away from the mess you made of this house.", {"blame"}),
    ("The reason your mom sits in the garage and cries at night is you.", {"blame"}),
    ("You wrecked what should have been the best years of my marriage.", {"blame"}),
    ("How do you sit there and let your boys grow up watching this?", {"blame"}),
    ("You turned this family into something I dont recognize anymore.", {"blame"}),
    (
        "I lost the Hendricks contract because I was in the ER with you instead of at the site, and that one is squarely on you.",
        {"blame"},
    ),
    (
        "Look at the spreadsheet of what this has cost us and tell me you aren't responsible for every line of it.",
        {"blame"},
    ),
    ("Grandpa spent his last Christmas worrying about you, you took that from him.", {"blame"}),
    ("You put the cocaine ahead of the people who raised you.", {"blame"}),
    (
        "Thirty-one years I worked overtime so you'd have it easier and you threw it all away for a bottle.",
        {"blame"},
    ),
    (
        "I don't sleep more than four hours a night anymore, and you are the one who did that to me.",
        {"blame"},
    ),
    (
        "Congratulations on setting the family record, three DUIs in five years is quite the achievement.",
        {"sarcasm"},
    ),
    (
        "Really impressive engineering, hiding the bottles in the toilet tank, I'll give you that.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for the 3 a.m. call from county lockup, exactly what I wanted for my 60th.",
        {"sarcasm"},
    ),
    (
        "You were a real hit at Megan's wedding, everybody just loved the toast you slurred.",
        {"sarcasm"},
    ),
    ("Son of the year goes to the guy who pawned his grandfather's watch.", {"sarcasm"}),
    ("Oh sure, you're 'handling it', the same way the Titanic handled that iceberg.", {"sarcasm"}),
    ("Wonderful timing, relapsing the same week your mother got her biopsy results.", {"sarcasm"}),
    (
        "Nice work on the new truck, it lasted a whole eleven days before you put it into a mailbox.",
        {"sarcasm"},
    ),
    (
        "Your 'just a couple beers' averaged out to eleven cans a night by my tally, very moderate.",
        {"sarcasm"},
    ),
    (
        "What a fine role model you are for Tyler, showing him how to roll a joint at age nine.",
        {"sarcasm"},
    ),
    (
        "I have to hand it to you, not many people could lose three jobs in one calendar year.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, driving to work after half a bottle of Jack, truly genius stuff.",
        {"sarcasm"},
    ),
    (
        "Your 'sobriety' went a whole thirty-six hours last time so I guess that counts as progress.",
        {"sarcasm"},
    ),
    (
        "Thank you for giving me the grand tour of the Valley General emergency room at 4 am, what a treat.",
        {"sarcasm"},
    ),
    ("Real smooth, telling the trooper you'd only had one when you blew a .19.", {"sarcasm"}),
    (
        "Your landlord phoned me Tuesday and mentioned you haven't paid rent since August.",
        {"hearsay"},
    ),
    (
        "According to Kevin you were snorting something in the bathroom at his barbecue.",
        {"hearsay"},
    ),
    (
        "Your supervisor at the plant told me off the record that you fell asleep on the line twice.",
        {"hearsay"},
    ),
    (
        "Mrs. Alvarez next door says she sees you drinking in your car in the driveway most mornings.",
        {"hearsay"},
    ),
    (
        "I got word from your cousin Ray that you've been buying pills off some guy in Tacoma.",
        {"hearsay"},
    ),
    ("Supposedly you told your buddies at the bar that you can't stand this family.", {"hearsay"}),
    ("Your ex-wife let me know the kids found a glass pipe in your glovebox.", {"hearsay"}),
    (
        "From what the guys at the gym tell me, you've been showing up wired at 5 in the morning.",
        {"hearsay"},
    ),
    (
        "The pharmacist mentioned to your mother that you tried to refill early three times in one month.",
        {"hearsay"},
    ),
    ("Word around church is that you got arrested in Spokane last month.", {"hearsay"}),
    (
        "Your roommate texted me that you hadn't left your room in four days except to buy beer.",
        {"hearsay"},
    ),
    (
        "I've been told by more than one person that you drive the kids around after drinking.",
        {"hearsay"},
    ),
    (
        "Lisa at the credit union said you tried to pull money from my account with my old PIN.",
        {"hearsay"},
    ),
    (
        "Your old coach Bill ran into me at Home Depot and said you looked like death at the game.",
        {"hearsay"},
    ),
    ("Evidently you've been telling people at work that I'm the reason you drink.", {"hearsay"}),
    ("I am done pretending my son isn't a drunk.", {"label"}),
    (
        "Face it Danny, you're a pillhead, the dates on those prescription bottles don't lie.",
        {"label"},
    ),
    (
        "Youve turned into a tweaker son, the sores, the not sleeping, the picking at your arms.",
        {"label"},
    ),
    ("I need you to get clean and stay that way past the 30 day mark this time.", {"clean"}),
    (
        "Your probation officer told me your last screen came back dirty for fentanyl.",
        {"clean", "hearsay"},
    ),
    ("Everyone at this table has concluded you are lying to us about the drinking.", {"we"}),
    ("The family took a vote more or less, and we're all sick of covering for you.", {"we"}),
    ("Your mom, your sisters and I all agree you have gotten selfish and cold.", {"we"}),
    (
        "Sign the intake papers today or pack your stuff and find somewhere else to sleep.",
        {"threat"},
    ),
    ("If you walk out of this room, you can consider yourself no longer my son.", {"threat"}),
    ("You go to treatment or I call the police about the stolen checks, your choice.", {"threat"}),
    (
        "Watching you stumble around is humiliating, you're an embarrassment to the Kowalski name.",
        {"insult"},
    ),
    ("You've become a sorry excuse for a man.", {"insult"}),
    ("I've read enough to know textbook narcissism when I see it, and that's you.", {"diagnosis"}),
    ("You are obviously in denial, anybody with eyes can see it.", {"diagnosis"}),
    (
        "By my count you've come back dirty on 9 of 11 tests, what a stellar record.",
        {"clean", "sarcasm"},
    ),
    (
        "Every single time I bail you out you thank me by stealing from your mother's purse.",
        {"absolute", "blame"},
    ),
    (
        "Your mother and I have decided you're nothing but a lying junkie now.",
        {"insult", "label", "we"},
    ),
]

DEV155_GOOD: list[str] = [
    "Danny, I have been drafting this letter for three weeks and it's the hardest thing I've put on paper.",
    "I remember the summer you were ten, you spent six Saturdays with me building a soapbox racer and you insisted on calculating the wheel friction yourself.",
    "I keep a notebook for everything, and lately the pages about you worry me.",
    "Last Thanksgiving you fell asleep at the table before the pie, and I watched your mother carry your plate away without a word.",
    "I love you more than I know how to put into numbers.",
    "You were the kid who took apart the toaster to see how it worked and then put it back together better.",
    "I am scared for you, and I'm not used to being scared.",
    "In October I found you in the driveway at 2 am with the engine running and I thought I had lost you.",
    "I'm asking you to go to the program in Minnesota today, they are holding the bed until 4 pm.",
    "There's a seat in my car with your name on it and your bag is already packed.",
    "I miss our Saturday mornings at the hardware store, arguing over which drill bit to buy.",
    "When you call me now I check the clock first and try to guess how much you've had, and I hate that I do that.",
    "I want my son back, the one who explained black holes to his grandmother with a dinner plate and two oranges.",
    "I've watched your hands shake in the mornings since about February.",
    "It broke my heart to see you miss Emma's first day of kindergarten.",
    "I'm not here to argue with you, I'm here because I love you.",
    "The people in this room drove a combined 900 miles to be here today because each of them cares about you.",
    "Treatment works for a lot of people and I believe it can work for you.",
    "I've talked to the admissions counselor twice and she sounded kind and sharp.",
    "Your mom still has your science fair ribbon on the fridge, twenty-two years later.",
    "i dont have a formula for this part, I just know I want you around for a long time.",
    "When you were sober for those four months in 2021 you fixed the fence and came to dinner on Thursdays, and I felt like I could breathe again.",
    "I heard you slur your words on the phone at noon on a Tuesday, and I sat in my truck for an hour afterwards.",
    "You taught yourself calculus at fifteen, I know you can learn how to do this too.",
    "I would give up the whole workshop to see you healthy.",
    "Your daughter asked me last week why Daddy sleeps so much, and I didn't know what to tell her.",
    "My hope is that a year from now you and I are out on the lake at 6 am with coffee and bad fishing luck.",
    "I'm proud of the man you were becoming and I still believe that man is in there.",
    "Somewhere along the way I stopped asking how you were because I was afraid of the answer, and I'm sorry for that.",
    "I found the empty pill bottles in the garage recycling in June and I've carried that around ever since.",
    "Your grandfather would want you to fight for yourself right now.",
    "You've lost maybe thirty pounds since spring, and your eyes look tired in a way I haven't seen before.",
    "I love you kiddo, that part isn't up for debate.",
    "You have a good mind and a big heart and I want you to get the chance to use both.",
    "The flight to Phoenix leaves at 5:40 tonight and I'll fly out with you if you want me there.",
    "The day you were born you weighed 7 pounds 4 ounces, I wrote it down on the back of a parking stub and I still have it.",
    "It frightens me when you dont answer your phone for days at a time.",
    "I'll come to family week, I'll sit through whatever classes they ask me to.",
    "When you helped me rewire the basement I saw how patient and careful you can be.",
    "I'm asking for 28 days, thats it, 28 days to give yourself a fair shot.",
    "Since the accident in May I can't stop thinking about how close it was.",
    "Whatever happens today, I'm your dad and I'm in your corner.",
    "I looked at the numbers on recovery for a long time, and then I put the papers down and just prayed for you.",
]

DEV155_TRAPS: list[str] = [
    "My brother Frank was a drunk his whole life and died at 54, and I can't watch that happen to you.",
    "I'm a recovering alcoholic myself, twenty-nine years sober this April, so I'm not writing this from some high horse.",
    "You told me on the phone, 'Dad, I'm a junkie and I know it,' and I told you that's not how I see you.",
    "I never stop hoping, I check my phone first thing every morning for a text from you.",
    "We always had pancakes on Sunday mornings and you flipped them higher than anybody.",
    "Great job on your 60-day chip last spring, I still have the photo you sent me taped above my desk.",
    "Your doctor told us in March that your liver enzymes were three times the normal range, and I want you to live.",
    "I spent last Saturday cleaning out the garage and found your old Pinewood Derby car.",
    "We drove to Yellowstone in 2009 and you counted every bison, all 212 of them, in a little spiral notebook.",
    "Your grandmother never missed one of your band concerts, and she'd want to see you well.",
    "I've been a workaholic for most of your life and I'm sorry for the weekends I wasn't home.",
    "Statistically, people who go to treatment with their family behind them do better, and I want you to have every advantage.",
    "You said to me once, 'I'm a disgrace, Dad,' and it broke me, because you are not.",
    "Uncle Mike was hooked on pills back in the 80s and he has 30 years of recovery now, so I know people come back from this.",
    "I'm a total coffee junkie, you used to tease me about my four cups before 8 am.",
    "The doctors at St. Joseph's diagnosed you with pancreatitis in November, and I sat in that waiting room for eleven hours.",
    "Every person in this room came today for one reason, and it's that they love you.",
    "I never thought I'd be writing a letter like this, but here I am at the kitchen table at midnight.",
    "You were always the one who could get your mother laughing when nobody else could.",
    "I'm not blaming you, I'm worried about you.",
    "Not telling you sooner how worried I was, that's on me, not you.",
    "When the test at the clinic came back negative last June you grinned at me like you'd won the Super Bowl, and I want that for you again.",
    "You kept my workbench cleaner than I ever did, every tool back on its hook.",
    "My own father was an alcoholic and I swore my kids would grow up differently, and I still think you can be the one who breaks that chain.",
    "'I'm fine, Dad,' is what you told me at Christmas, and I wanted to believe you, but I saw your hands.",
    "I have never been prouder than the day you got your PE license.",
    "You never left my side after my heart surgery, you slept in that awful chair three nights in a row.",
    "Thank you for every single time you drove your grandmother to dialysis, she talks about it constantly.",
    "Your mother and I sat up until 1 am last night talking about how much we love you.",
    "I know people have said things about you, but I'm not going to repeat any of it, I'm only going to tell you what I've seen myself.",
    "It's not your fault that this disease runs in our family, but getting help is your choice to make today.",
    "Every Christmas Eve you and I put together whatever ridiculous toy your sister got, and those are some of my favorite nights.",
    "We went to the Seahawks game in 2014 and you lost your voice from screaming.",
    "The doctor at the clinic explained to me that this is an illness and not a character flaw, and that changed how I see all of it.",
    "I don't think you're a bad person, not for one second.",
    "The dirty dishes were piled up in your sink when I stopped by, and honestly I didn't care about the dishes, I cared about you.",
    "When you were sick with pneumonia at six I slept on your bedroom floor for a week.",
    "I felt pathetic and helpless standing outside those ER doors, I'm an engineer and there was nothing I could fix.",
    "Money is worthless to me compared to having you here.",
    "My old boss was a real narcissist, and you were the one who got me through that job with your dumb jokes in the evenings.",
    "I was depressed for a year after Grandma died, and you were the one who dragged me out of the house to go fishing.",
    "Your brother Sam, who's been sober since 2016, asked me to tell you he'll drive up to see you any weekend you want.",
]

DEV155_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not pay another month of your rent, starting October 1st.",
    "If you decide not to go, I won't be lending you the truck anymore, and I will still love you.",
    "If you choose not to accept help today, I won't bail you out of jail again, I have made my peace with that.",
    "Until you're in treatment, I won't keep alcohol in the house when you visit, and I'll ask you to leave if you've been drinking.",
]

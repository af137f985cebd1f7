# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 105 (4 December 2026, round 22): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: coworkers, a business partner and a boss who is an old friend, workplace words: absolutes, blame, sarcasm and hearsay. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV105_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 11e22a8, rules and model 0.93 (79/85; the rules alone 63/85): absolute 16/18, blame 15/17, hearsay 15/17, every other kind full; good 1/45 (2.2%; the rules alone 0), traps 12/44 (27.3%; the rules alone 10).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV105_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every Monday for the last year you've called in with some stomach bug, and I've stopped believing any of them.",
        {"absolute"},
    ),
    ("You haven't made a single deadline since March, Dev, not one.", {"absolute"}),
    (
        "Whenever a client dinner comes up you're the first one at the bar and the last one to leave.",
        {"absolute"},
    ),
    ("You never pick up your phone after lunch anymore.", {"absolute"}),
    ("Nothing I say in our Monday meetings seems to get through to you.", {"absolute"}),
    (
        "Each and every quarter you promise me the books will be done on time and each and every quarter they're late.",
        {"absolute"},
    ),
    (
        "You're forever slipping out to your truck on breaks and coming back chewing a whole pack of gum.",
        {"absolute"},
    ),
    ("There hasn't been one site walk this spring where you showed up on time.", {"absolute"}),
    ("Your always late to open the shop now Marcus.", {"absolute"}),
    ("At this point you forget everything I tell you by the afternoon.", {"absolute"}),
    ("You lie to me about where you've been literally every time I ask.", {"absolute"}),
    ("Not one of the invoices you sent out in April was right.", {"absolute"}),
    ("Anytime we have a big pitch, you find a reason to be sick that morning.", {"absolute"}),
    (
        "All you ever talk about on the drive to the job sites is where we're stopping for a drink after.",
        {"absolute"},
    ),
    ("You havent once asked how the crew is holding up since the layoffs.", {"absolute"}),
    (
        "You don't finish a single shift anymore without a run to the liquor store across the street.",
        {"absolute"},
    ),
    (
        "Half the crew had to work through the weekend to clear up the mess you made on the Larkin job.",
        {"blame"},
    ),
    (
        "You put this whole company at risk, and I'm the one who has to go explain it to the bank.",
        {"blame"},
    ),
    ("I covered for you with corporate for two years and this is how you pay me back.", {"blame"}),
    ("It's your fault Jenny was crying in the break room on Friday.", {"blame"}),
    ("You picked the pills over a partnership we spent twelve years building.", {"blame"}),
    (
        "The reason our Yelp rating dropped to three stars is sitting right here in this room.",
        {"blame"},
    ),
    (
        "Tell me how you could look Carl in the eye after he took the fall for your screwup on the audit.",
        {"blame"},
    ),
    ("You wrecked the best thing either of us ever built, Tony.", {"blame"}),
    ("I've lost sleep, lost clients and lost my wife's patience, all thanks to you.", {"blame"}),
    ("Do you even understand what you've put this team through?", {"blame"}),
    (
        "That forklift accident happened on your watch while you were high, and you own that.",
        {"blame"},
    ),
    (
        "I gave you a job when nobody else would hire you, I vouched for you to the owners, and you threw it back in my face.",
        {"blame"},
    ),
    (
        "Everything that went wrong with the Denver launch traces right back to you.",
        {"absolute", "blame"},
    ),
    ("My kids barely saw me this summer because I was doing your job on top of mine.", {"blame"}),
    (
        "You made the choice to get loaded before the Miller presentation and the rest of us paid for it.",
        {"blame"},
    ),
    ("If payroll bounces this month, that's on your head, not mine.", {"blame"}),
    (
        "Really loved how you handled the Thompson pitch, slurring through the slides, very professional.",
        {"sarcasm"},
    ),
    (
        "Employee of the month right there, sleeping it off in the supply closet during inventory.",
        {"sarcasm"},
    ),
    ("Nice touch, bringing a flask to the forklift safety training.", {"sarcasm"}),
    ('Oh sure, you were just "tired" when you backed the van into the loading dock.', {"sarcasm"}),
    ("Thanks so much for the lovely voicemail at 2am, it really made my morning.", {"sarcasm"}),
    (
        "Way to represent the firm at the conference, Greg, the whole hotel bar got to know you.",
        {"sarcasm"},
    ),
    (
        "What a great look for a store manager, nodding off at the register while customers wait in line.",
        {"sarcasm"},
    ),
    ("Congrats on setting a new record, four no-shows in one week.", {"sarcasm"}),
    (
        "Your 'quick lunch' with the Dawson rep lasted until five and cost us the account, so well done.",
        {"blame", "sarcasm"},
    ),
    (
        "Real leadership, showing the new hires how to take a two hour smoke break behind the dumpster.",
        {"sarcasm"},
    ),
    (
        "I'm sure the client was just thrilled to get an email from you at 3am full of typos.",
        {"sarcasm"},
    ),
    ("Brilliant business move, Lou, pawning the company laptop.", {"sarcasm"}),
    (
        'Oh yeah, you\'ve got it all "under control," same as you had the Anderson order under control.',
        {"sarcasm"},
    ),
    (
        "Top marks for creativity on that expense report, listing the bar tab as client entertainment.",
        {"sarcasm"},
    ),
    (
        "So glad you could grace the Christmas party with your presence for all of twenty minutes before you got sick in the parking lot.",
        {"sarcasm"},
    ),
    ("Two of the line cooks came to me and said you were doing lines in the walk-in.", {"hearsay"}),
    (
        "Marisol at the front desk told me she smelled vodka on you at nine in the morning.",
        {"hearsay"},
    ),
    (
        "One of our biggest clients pulled me aside at the trade show and asked if you were ok, because you were slurring at their booth.",
        {"hearsay"},
    ),
    (
        "According to the night manager, you left the register open and walked out mid-shift on the 14th.",
        {"hearsay"},
    ),
    (
        "Word around the warehouse is you've been selling your pills to the guys on second shift.",
        {"hearsay"},
    ),
    (
        "HR forwarded me a complaint saying you were asleep in your car for most of Tuesday.",
        {"hearsay"},
    ),
    (
        "Kevin from accounting mentioned you asked him to lend you money three times last month.",
        {"hearsay"},
    ),
    (
        "The bartender at Murphy's apparently told Dan you're in there most days by noon.",
        {"hearsay"},
    ),
    (
        "Customers have been leaving reviews about a manager who seemed drunk on the floor, and staff tell me that's you.",
        {"hearsay"},
    ),
    (
        "A vendor called the office and said you still owe him the cash you borrowed at the expo.",
        {"hearsay"},
    ),
    (
        "The security guard let me know you were in the parking garage at midnight with somebody he didn't recognize.",
        {"hearsay"},
    ),
    (
        "Your old assistant told me on her last day that she was scared of you when you'd been drinking.",
        {"hearsay"},
    ),
    (
        "Supposedly you told the Portland team you were in the hospital that week, but Jess says she saw you at the Lakeview bar.",
        {"hearsay"},
    ),
    ("Somebody on the crew said they found needles in the company truck you drive.", {"hearsay"}),
    (
        "The rumor in the office is that you've been taking Adderall out of Paul's desk.",
        {"hearsay"},
    ),
    ("Your wife called me last week and said you haven't slept at home in days.", {"hearsay"}),
    (
        "Two of the waitresses told me you were a mess on Saturday night, and the whole staff agrees you shouldn't be running the closing shift.",
        {"hearsay", "we"},
    ),
    ("I can't keep a pillhead in charge of the pharmacy counter, Ray.", {"label"}),
    ("Honestly, you've turned into a lush, and it's showing in front of clients.", {"label"}),
    (
        "You're a coke addict running a sales team, and pretending otherwise isn't working anymore.",
        {"label"},
    ),
    ("Your random DOT test came back dirty and I had to pull you off the route.", {"clean"}),
    ("I need you to get clean before you set foot on the floor again.", {"clean"}),
    ("You swore to me you'd stay clean after the last write-up.", {"clean"}),
    ("Frankly you've become an embarrassment to the name on that door.", {"insult"}),
    ("The guy I started this company with would be ashamed of the mess you are now.", {"insult"}),
    ("What kind of manager shows up to a store meeting with puke on his shirt?", {"insult"}),
    (
        "All of us on the leadership team have agreed you're not fit to run the Eastside branch right now.",
        {"we"},
    ),
    ("The whole office is fed up with covering your shifts.", {"we"}),
    ("Everybody here thinks you've lost your edge, Dana.", {"we"}),
    (
        "Go to rehab this week or I'll have the lawyers dissolve the partnership and you'll walk away with nothing.",
        {"threat"},
    ),
    (
        "If you walk out of this room without saying yes, don't bother coming back to the shop.",
        {"threat"},
    ),
    (
        "I think you're a full-blown narcissist, Brian, everything is always about you.",
        {"absolute", "diagnosis"},
    ),
    ("You're in denial, plain and simple.", {"diagnosis"}),
    (
        "Honestly I think your bipolar, the way you swing from huge manic deals to not showing up for days.",
        {"diagnosis"},
    ),
]

DEV105_GOOD: list[str] = [
    "I still remember the night we closed the Garrison deal and you bought the whole crew pizza out of your own pocket.",
    "When my dad was in hospice, you ran my accounts for a month and didn't ask for a thing in return.",
    "You taught me how to read a blueprint when I was nineteen and scared to death of messing up.",
    "Lately I've noticed your hands shaking when you sign the purchase orders, and it worries me.",
    "I miss the partner who used to sketch out big ideas on napkins at the diner on 5th Street.",
    "On the 9th you didn't come in and didn't answer your phone, and I drove by your house because I was scared something had happened.",
    "I'm not here as your boss today, I'm here as the friend who stood up at your wedding.",
    "Seeing you asleep at your desk at ten in the morning last Thursday broke my heart.",
    "You were the best closer I ever worked with, and I want that guy back.",
    "I have a bed reserved for you at Cedar Ridge, and I'll drive you there myself tonight.",
    "Your job will be here when you come back, I promise you that.",
    "The company insurance covers a 30 day program, and I already talked to HR so it stays confidential.",
    "I remember you staying late to help me rebuild the server after the flood in '17.",
    "When you missed the Johnson walkthrough, I felt hurt and honestly a little scared for you.",
    "I'm asking you to accept the help that's been set up for you today.",
    "You gave me my first real chance in this business, and I want to give you one now.",
    "I've seen the bottles in your bottom desk drawer, and I'm not angry, I'm worried.",
    "Tasha keeps your coffee mug on the shelf by the window for when you get back.",
    "I love you like a brother, Sal, and I'm not going anywhere.",
    "Last month at the Fenwick site I watched you sit in your truck for an hour before you could get out.",
    "You used to light up explaining the specs to new customers, and I haven't seen that light in a long time.",
    "I'm scared that one of these nights I'm going to get a phone call instead of you walking in the door.",
    "Going to treatment isn't the end of your career, it's how you keep it.",
    "I'd rather lose a client than lose you.",
    "When you brought soup to my house after my knee surgery, I knew I had a friend for life.",
    "I noticed the mistakes in the March payroll and it didn't feel like you.",
    "I want to be sitting across from you at the tenth anniversary party, both of us healthy.",
    "Theres a spot for you at Hazelden starting tomorrow and i really hope you'll take it.",
    "It hurt me when you said you were at the dentist and then I found a liquor store receipt in the van.",
    "I'm writing this because I care about you more than I care about this business.",
    "You were the first person I called when my daughter was born.",
    "The last time I saw you on the loading dock you looked so tired and thin, and I couldn't stop thinking about it.",
    "I'll cover your clients personally while you're gone.",
    "Honestly, I don't know how to do this job without you, and I don't want to find out.",
    "I remember your laugh carrying across the whole warehouse on Friday afternoons.",
    "Please say yes today, Jimmy. Not for the company, for you.",
    "When you stopped coming to our Thursday golf games, it felt like I lost a piece of my week.",
    "You're one of the most talented designers I've worked with in twenty years.",
    "Im sorry I waited this long to say something, I should of spoken up last fall.",
    "I noticed you wore the same shirt to work three days in a row last week, and that's not the Pete I know.",
    "I want you to get well, and I want to keep building this with you.",
    "Your nameplate is still on the door and it's staying there.",
    "I think about the way you trained Maria, patient and kind, and I know that person is still in there.",
    "I took the afternoon off and I'm here for as long as this takes.",
    "When you slurred through the safety briefing on Monday I felt scared for you and for the guys on the crane.",
]

DEV105_TRAPS: list[str] = [
    "Mike, you're the reason I stayed at this company through the worst years.",
    "My uncle Ray was a drunk who lost his hardware store, and I don't want that story for you.",
    "I was an alcoholic myself for nine years before I got sober in 2014, so I know what it costs to ask for help.",
    "After the audit you told me, 'I'm just a useless drunk,' and that broke my heart because it isn't true.",
    "You are not an addict to me, you are my friend Sam and you are sick right now.",
    "Every morning for ten years you had the coffee ready before I walked in.",
    "I will always have your back, in this office or anywhere else.",
    "I never stop believing you'll get through this.",
    "We always ended the quarter with burgers at Duke's, the whole crew crammed into one booth.",
    "Great job on those thirty days sober last winter, that was real and I saw it.",
    "Your doctor told you in May that your liver numbers were getting worse, and I'm scared for you.",
    "We spent that whole summer cleaning out the old mill and turning it into the shop.",
    "When you're back I'd like us to clean up the break room together, it was your project from the start.",
    "The crew asks about you every day, they miss your jokes on the morning radio calls.",
    "Apparently the new espresso machine is broken again, and I caught myself thinking you'd know how to fix it.",
    "I'm a total caffeine junkie and you used to tease me about my five coffees before noon.",
    "You kept the cleanest job sites in the county, the inspectors used to comment on it.",
    "Your mom was diagnosed bipolar years ago and you took care of her with so much patience.",
    "I'm not going to tell you you're a bad person, because you're not.",
    "After everything we've been through together, from the garage days to the new building, I'm still in your corner.",
    "You were always the one who showed up first when a truck broke down on the highway.",
    "Congrats on landing the Pierce account in January, that was all you and it was brilliant.",
    "We went to the Atlanta trade show together six times and I can't remember a single trip without you making me laugh.",
    "Dirty work like tearing out drywall never bothered you, you were the first one with a crowbar every time.",
    "My brother died a heroin addict at 34, and I can't go to another funeral like that.",
    "You once said to me, 'I'm such a screwup, Jen,' and I told you then what I'm telling you now: you're not.",
    "Nobody in this company ever worked harder than you did when you were well.",
    "Whenever I got overwhelmed in my first year, you were the one who talked me down.",
    "Dr. Patel said at your last physical that your blood pressure was dangerously high, and you showed me the printout yourself.",
    "The whole team is rooting for you, and so am I.",
    "All of us in the shop love you, Frankie, and every one of us signed the card on your desk.",
    "I'll never forget the day you hired me with no degree and a beat-up resume.",
    "Your first year running the kitchen you kept it so clean the health inspector asked for your secret.",
    "The night shift guys think the world of you, they told me so last week.",
    "I'm not here to shame you, I'm here because I'd be devastated to lose you.",
    "I used to drink way too much at conferences myself, so I'm not judging you from some high horse.",
    "I'll keep your desk clean and your plants watered until you come home.",
    "Remember Lenny, the old foreman everybody called a stoner? He went to treatment at fifty and he's been sober twelve years.",
    "I always looked forward to Mondays because you'd have some crazy story from the weekend fishing trip.",
    "You're not worthless, no matter what that voice in your head tells you at 3am.",
    "Thank you for never once making me feel stupid when I asked questions as a new hire.",
    "We built this place out of one rented truck, and I'm not willing to let go of you or it.",
    "Nell in payroll lights a candle for you at Mass every Sunday, she asked me to tell you that.",
    "I know you think I'm the boss who's always on your case, but today I'm just your friend.",
]

DEV105_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will put you on unpaid leave until you're in a program, and I'll hold your job for sixty days.",
    "If you decide not to go, I won't keep covering your shifts or telling the owners you're out sick.",
    "If you turn this down, I'm going to start the buyout of your half of the business at fair value, and I'll do it without bitterness.",
    "If the answer is no, I won't lend you money anymore and I won't ride with you when you're driving the company truck.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 191 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a business partner, the shop's books, suppliers and missed payroll: blame and sarcasm most, then hearsay. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV191_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.89 (58/65; the rules alone 50/65): blame 16/22, sarcasm 12/13, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 8/42 (19.0%; the rules alone 6).

At merge, before it was trained on: with main 6613c6f, rules and model 0.91 (59/65; the rules alone 51/65): blame 17/22, sarcasm 12/13, every other kind full; good 1/44 (2.3%; the rules alone 1), traps 8/42 (19.0%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV191_FLAG: list[tuple[str, set[str]]] = [
    (
        "Payroll bounced in March and six people who trusted us went without rent money, and that sits squarely with you, Dale.",
        {"blame"},
    ),
    (
        "I remortgaged my house to keep the shop open after you drained the operating account, so dont tell me this only hurts you.",
        {"blame"},
    ),
    (
        "You picked the bottle over the business the two of us spent eleven years building.",
        {"blame"},
    ),
    (
        "Midwest Lumber cut off our credit line, and they did it because you quit paying them and stuffed the invoices under the seat of your truck.",
        {"blame"},
    ),
    (
        "Marisol walked out after you screamed at her while you were coked up, and thanks to you we lost the best baker we ever had.",
        {"blame"},
    ),
    ("I covered for you with the bank for two years and this is how you pay me back?", {"blame"}),
    (
        "The Hendersons pulled their account and that's your doing, Ray, not the economy's.",
        {"blame"},
    ),
    (
        "It was your hands on the checkbook when the sales tax money vanished, and I'm the one who had to sit across from the auditor.",
        {"blame"},
    ),
    (
        "I lost my savings, my sleep and half my hair straightening out the mess you made of the books.",
        {"blame"},
    ),
    (
        "How do you look Tony in the eye after he couldn't pay his daughter's tuition because you spent payroll on pills?",
        {"blame"},
    ),
    (
        "I gave up my weekends and nearly my marriage holding this shop together while you were off getting high, and not once did you say thank you.",
        {"absolute", "blame"},
    ),
    ("You wrecked the one thing your father left the both of us.", {"blame"}),
    (
        "Those empty shelves all October were the result of your drinking, plain and simple.",
        {"blame"},
    ),
    (
        "I had to let Kevin go to make up for the money you blew, and I'll carry that for the rest of my life.",
        {"blame"},
    ),
    (
        "Mom the store is going under and its from you taking cash out of the register for vodka.",
        {"blame"},
    ),
    ("You sank us, Phil. You sank every single one of us.", {"blame"}),
    ("If the doors close in January it's on your head, not mine.", {"blame"}),
    (
        "After all the late nights I put in fixing your mistakes with the vendors, you have the nerve to act like I'm the problem.",
        {"blame"},
    ),
    (
        "You brought this down on yourself and on twenty employees who never did a thing wrong.",
        {"blame"},
    ),
    (
        "Our name is mud with every distributor in the county and you're the one who put it there.",
        {"blame"},
    ),
    (
        "My kids went without a summer vacation so I could cover the hole you left in the accounts.",
        {"blame"},
    ),
    (
        "Nice work on the quarterly numbers, Gary, nothing says business genius like a forty thousand dollar hole.",
        {"sarcasm"},
    ),
    (
        "Real smooth, walking into the meeting with the Pepsi distributor smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "Congratulations on being the only owner in town who can't make payroll but somehow always finds money for a bag.",
        {"absolute", "sarcasm"},
    ),
    (
        "Thanks a bunch for the surprise visit from the process server over that vendor lawsuit, that really made my week.",
        {"sarcasm"},
    ),
    ("Partner of the year right here, folks, give the man a plaque.", {"sarcasm"}),
    ("Oh sure the books are 'just a little behind,' if you call six months a little.", {"sarcasm"}),
    (
        "What a brilliant plan it was to do the year end inventory count after half a bottle of Jack.",
        {"sarcasm"},
    ),
    (
        "Loved how you ran the Christmas rush from the floor of the back office, truly inspiring leadership.",
        {"sarcasm"},
    ),
    ('You were so "busy meeting clients" all those afternoons at the Tap Room.', {"sarcasm"}),
    (
        "Way to go telling the Coca-Cola rep we were 'restructuring' when your check bounced.",
        {"sarcasm"},
    ),
    ("Impressive how fast you can empty a business account, I'll give you that much.", {"sarcasm"}),
    (
        "The crew just loved getting their paychecks two weeks late, thanks for that little lesson in patience.",
        {"blame", "sarcasm"},
    ),
    (
        "Top notch bookkeeping Dave, writing 'misc' next to eight grand in ATM withdrawals.",
        {"sarcasm"},
    ),
    (
        "Linda at the credit union told me you came in slurring and tried to get a cash advance on the business card.",
        {"hearsay"},
    ),
    (
        "Our Sysco rep mentioned you've been calling him at midnight begging for another extension.",
        {"hearsay"},
    ),
    (
        "According to the guys on the loading dock, you've been sleeping in the stockroom some nights.",
        {"hearsay"},
    ),
    (
        "The landlord phoned to say he keeps finding empty pill bottles in the dumpster behind your office.",
        {"hearsay"},
    ),
    ("Jorge says he watched you snort something off the desk in the back office.", {"hearsay"}),
    (
        "Word going around the trade show was that you passed out in the hotel bar before the vendor dinner.",
        {"hearsay"},
    ),
    ("Our accountant let it slip that you asked him to fudge the expense reports.", {"hearsay"}),
    (
        "Folks at church keep asking me if it's true you got picked up outside the Shell station.",
        {"hearsay"},
    ),
    (
        "Becky in payroll swears you told her to hold the checks so you could pay your dealer.",
        {"hearsay"},
    ),
    (
        "The produce guy in Fresno told me you promised him payment three different times and then stopped picking up.",
        {"hearsay"},
    ),
    (
        "From what the neighbors tell your mother, you've been driving the company van after drinking.",
        {"hearsay"},
    ),
    (
        "Your cousin Mike says you bragged at a barbecue about skimming off the register.",
        {"hearsay"},
    ),
    (
        "One of the UPS drivers let me know you tried to sell him our shop's tools for cash.",
        {"hearsay"},
    ),
    ("I'm done being in business with a junkie who can't even sign a check straight.", {"label"}),
    ("You're a pillhead, Terry, and this shop has been paying for your habit.", {"label"}),
    ("Our employees shouldn't have to take orders from an alcoholic.", {"label"}),
    (
        "Until you've been clean for a good long while, you are not touching the bank deposits.",
        {"clean"},
    ),
    (
        "The drug screen the insurance company ordered was dirty and I had to lie to the agent about it.",
        {"clean"},
    ),
    ("You never pay a single invoice on time anymore.", {"absolute"}),
    ("Every time I open the ledger theres another withdrawal you can't explain.", {"absolute"}),
    (
        "Watching you stumble around the sales floor in front of customers, you're an embarrassment to this whole shop.",
        {"insult"},
    ),
    ("Honestly you are a sorry excuse for a business owner.", {"insult"}),
    ("All of us at the store have decided we can't believe a word you say anymore.", {"we"}),
    ("Everyone in this family is fed up with covering your shifts and your lies.", {"we"}),
    (
        "Sign yourself into treatment tomorrow or I'm calling my lawyer and taking your half of the shop.",
        {"threat"},
    ),
    (
        "If you walk out of this room without saying yes, you can forget you ever had a brother.",
        {"threat"},
    ),
    (
        "I think you're a full blown narcissist who only cares about the shop when it makes you look good.",
        {"diagnosis"},
    ),
    (
        "You're so deep in denial you can't even see the overdue notices stacking up on your desk.",
        {"diagnosis"},
    ),
]

DEV191_GOOD: list[str] = [
    "When payroll didn't go out in March, I felt scared and alone, and I missed having my partner beside me.",
    "I was hurt when I found the unopened supplier letters in your desk drawer, mostly because I wished you had come to me.",
    "The night you didn't show up to close, I sat in the parking lot for an hour worried sick about you.",
    "I saw your hands shaking when you tried to count the register last Tuesday, and it broke my heart.",
    "Thank you for staying up with me for a week in 2015 rebuilding the books after the flood, I haven't forgotten it.",
    "I'm grateful you drove three hours to pick up that flour order when our truck died outside Dayton.",
    "You trained Luis from a nervous sixteen year old into our best manager, and I'm proud of you for that.",
    "When the bank called me instead of you, I felt embarrassed and confused and didn't know what to say.",
    "Last summer you went thirty days without a drink and you were sharp and funny again, and I loved seeing that.",
    "Dad, I noticed you stopped coming to my soccer games once the shop got busy, and I missed you in the stands.",
    "I was so proud of you the day you landed the city contract, you shook that man's hand like you owned the world.",
    "It frightened me to find you asleep at your desk at noon with the lights off.",
    "Your laugh used to fill the whole shop on Saturday mornings.",
    "I want my business partner back, and more than that I want my friend back.",
    "There's a bed waiting for you at Hazelden tonight and I will drive you there myself.",
    "I love you, Marcus, and I believe you can get well.",
    "Your daughter asked me yesterday when her daddy is going to feel better.",
    "I still have the first dollar the shop ever made taped above the register.",
    "You taught me how to read a balance sheet back when I didn't know a debit from a credit.",
    "I'm writing this because I care about you a lot more than I care about the shop.",
    "The shop can be fixed; I'm much more worried about you.",
    "I believe in the man who built this place starting from a folding table at the farmers market.",
    "Sweetheart its Grandma, I have prayed for you each night this winter.",
    "I want to see you behind the counter again, joking with the regulars over coffee.",
    "I'm not here to talk about money, I'm here because I love you.",
    "You were the best best man a guy could ask for at my wedding.",
    "The photo of you and me under the grand opening banner is still on my fridge.",
    "I remember you teaching me to drive stick in the old delivery van behind the Kroger.",
    "You have a gift for making people feel welcome, I've watched you do it with hundreds of customers.",
    "I'd like you to go to the program in Scottsdale today; your bag is packed and it's in my car.",
    "Treatment helped my brother get his life back and I think it can help you too.",
    "Whatever happens with the business, you are still my friend.",
    "I'm asking you, as someone who loves you, to say yes today.",
    "Your grandkids want their Papa at the lake with them this summer.",
    "I hope one day the two of us can sit on the loading dock again and laugh about how green we were.",
    "It hurts me to watch you struggle, and I'm ready to walk beside you through recovery.",
    "I've worked next to you for nine years and I've learned more from you than from anybody.",
    "You're a gifted carpenter, Joe, and I want to see those hands steady again.",
    "I'm scared that one night I'm going to get a phone call telling me you're gone.",
    "I know you're hurting, and I know you're tired.",
    "Honey I married you for your kindness and that kindness is still in there.",
    "I'll run the store on my own for thirty days so you can put all your energy into getting well.",
    "When you come home from treatment, I'll be waiting at the door.",
    "My hope is that next spring your the one unlocking the shop at seven with a coffee in your hand.",
]

DEV191_TRAPS: list[str] = [
    "My uncle Ray was a drunk who lost his garage, and I don't want that ending for you.",
    "I was an alcoholic myself until 2009, so I know how heavy this feels.",
    "You told me last fall, 'I'm a disaster and I'm dragging the shop down with me,' and I want you to know I don't see you that way.",
    "I don't think of you as an addict, I think of you as Danny, the guy who taught me to weld.",
    "I finally cleaned out the back office last weekend and found our first sign, the hand painted one.",
    "I will always be grateful you took a chance on me when nobody else would hire me.",
    "I'll never forget the night you drove through a snowstorm to fix the walk-in freezer.",
    "We always ordered pizza on Fridays after closing, and I miss those nights.",
    "You did a great job staying sober for four months in 2021, and I saw what you're capable of.",
    "Your doctor told you in June that your liver numbers were getting worse, and I'm frightened for you.",
    "I'm a workaholic and a coffee junkie, I know I have my own stuff to work on.",
    "I've hired an outside accountant to go over the books with a clean set of eyes, so the shop is the last thing you need to worry about.",
    "Because of your hard work in the early years, this shop has a name worth saving.",
    "You're the reason I went into business at all, and I've never regretted it.",
    "Everyone in the family agrees on one thing: we love you and we want you home.",
    "We went to the hardware expo in Chicago together in 2016 and you talked the vendors into free samples for a year.",
    "Our accountant says the business can survive this, so please don't let money stop you from going today.",
    "My therapist says I need to quit covering for you, and I'm trying to learn how.",
    "My sponsor told me to write this from the heart, so here goes.",
    "I heard your voice on the old shop voicemail greeting last week and I cried in the truck.",
    "In the early days you constantly amazed me with how much you knew about lumber grades.",
    "The walk-in cooler was disgusting when we bought the place, and you scrubbed it for two days straight singing Springsteen.",
    "What kind of partner would I be if I didn't say this to your face, with love?",
    "It would be a waste to let your talent for fixing engines sit unused.",
    "The doctor at St. Mary's diagnosed you with pancreatitis after the ER visit, and I sat by your bed all that night.",
    "I was depressed for a long time after my divorce, and you were the one who kept me coming in to work.",
    "Thank you for sitting here and listening to all of us today.",
    "You really were partner of the year in 2014, the Chamber gave you the plaque and you earned every bit of it.",
    "The guy who had our lease before us was a crackhead who left needles in the bathroom, and you turned that place into something beautiful.",
    "I'm a recovering addict with eleven years, and I'll go to your first meeting with you if you want company.",
    "I came home dirty and dead tired from the shop most nights that first year, and I'd do it all again beside you.",
    "You never once missed Ella's dance recitals when she was little, and she remembers that.",
    "You always knew every customer's name and their dog's name too.",
    "Every time I pass the corner of 5th and Main I think of the day we hung our sign.",
    "I've heard people say recovery is a long road, and I'm ready to walk it with you.",
    "Gene, our supplier in Tulsa, went through rehab in 2018, and he asked me to tell you he's rooting for you.",
    "Your old partner in Denver was a boozer who left you holding the bag, and I'm not going to be the one who walks away.",
    "We all went bowling after our first profitable month and you rolled a 210.",
    "The IRS audit was a nightmare, but you got us through it with a clean record.",
    "You said to me once, 'I'm just a drunk with a cash register,' and it hurt to hear you talk about yourself like that.",
    "I'm in denial about plenty myself, like how many hours I've been working.",
    "What a great job you did restoring that '67 Mustang for the Hendersons, they still send us a Christmas card.",
]

DEV191_BOTTOM_LINE_OK: list[str] = [
    "If you decide not to go today, I'll be taking your name off the business account on Monday.",
    "If you don't accept help, I won't cover your shifts or make excuses to the suppliers for you anymore.",
    "I won't lend you money again, but the minute you say yes I will pay for treatment myself.",
    "If you turn this down, I'll still love you, but I'm going to ask our lawyer to start working out a buyout of your share.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 181 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a youth pastor uncle, sermons and scripture turned pointed: sarcasm, blame and diagnosis most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV181_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.91 (61/67; the rules alone 55/67): blame 18/20, insult 4/5, diagnosis 10/13, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.93 (62/67; the rules alone 56/67): blame 19/20, insult 4/5, diagnosis 10/13, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/43 (7.0%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV181_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your grandmother prayed over you every night until her heart gave out, and I believe the worry you put her through is what finally took her.",
        {"blame"},
    ),
    (
        "Proverbs says a foolish son is a grief to his father, and Josiah, you have gone and made that verse come true in this family.",
        {"blame", "insult"},
    ),
    (
        "Your mom lost the house on Elm Street paying for your bail and your rehab bills, and that sits on your head, not hers.",
        {"blame"},
    ),
    (
        "You picked the bottle over your own daughter's baptism, and she still asks why Daddy's chair was empty.",
        {"blame"},
    ),
    (
        "After all the Wednesday nights I drove you home and all the twenties I slipped you, this is how you repay me?",
        {"blame"},
    ),
    (
        "Like Esau you traded your birthright for a bowl of stew, except your stew was a handful of Percocets and the birthright was this family.",
        {"blame"},
    ),
    (
        "Your little brother started drinking because he watched you do it, and I hold you responsible for that boy.",
        {"blame"},
    ),
    (
        "How could you take money out of the offering plate at the church that raised you?",
        {"blame"},
    ),
    (
        "You tore this family down the middle the same way Absalom tore apart King David's house.",
        {"blame"},
    ),
    (
        "Your sister's wedding was wrecked the minute you stumbled in, and she'll carry those pictures the rest of her life thanks to your choices.",
        {"blame"},
    ),
    (
        "I've lost sleep, lost my peace and nearly lost my ministry covering for you, and you never once said thank you.",
        {"absolute", "blame"},
    ),
    (
        "Your mother's panic attacks started the same year you started on meth, and I dont think thats a coincidence.",
        {"blame"},
    ),
    ("You broke your grandpa's heart when you pawned his Army watch for dope.", {"blame"}),
    (
        "The kids in my youth group looked up to you, and you let them down when you showed up to Falls Creek camp high as a kite.",
        {"blame"},
    ),
    (
        "Whatever happens to Kayla and the baby from here falls squarely on your shoulders.",
        {"blame"},
    ),
    (
        "When it came down to it the oxy won out over your own two kids, and that was your decision, nobody else's.",
        {"blame"},
    ),
    (
        "I gave up two summers of mission trips to sit in courtrooms with you, and what do I have to show for it?",
        {"blame"},
    ),
    (
        "It was your drinking that put Aunt Ruth in the hospital that night, whether you care to remember it or not.",
        {"blame"},
    ),
    ("Your mom is on antidepressants now, and we both know exactly who put her there.", {"blame"}),
    ("You made your father a laughingstock in a town where everybody knows his name.", {"blame"}),
    (
        "Congratulations on making it through Easter service sober for almost a whole hour, truly a resurrection miracle.",
        {"sarcasm"},
    ),
    (
        "What a fine witness you were at the youth lock-in, passed out on the fellowship hall couch with the seventh graders taking pictures.",
        {"sarcasm"},
    ),
    (
        "I'm sure the Lord was real impressed with how creative you got hiding vodka in the communion juice bottles.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for that lovely Thanksgiving blessing, slurring your way through grace was a real highlight for Grandma.",
        {"sarcasm"},
    ),
    (
        "Quite the testimony you're building there, kid: three rehabs, two wrecks and a warrant.",
        {"sarcasm"},
    ),
    (
        "Nice work on the DUI, you really outdid yourself taking out the mailbox and the church sign in the same night.",
        {"sarcasm"},
    ),
    ("Oh you're 'handling it', the same way you 'handled' the eviction notice.", {"sarcasm"}),
    (
        "Way to be a role model, the whole small group sure learned something watching the cops pull you out of that van.",
        {"sarcasm"},
    ),
    ("Real mature of you to nod off during your own son's dedication.", {"sarcasm"}),
    (
        "I guess showing up to VBS smelling like weed was your idea of a ministry to the little ones.",
        {"sarcasm"},
    ),
    ("Brilliant plan, selling Grandpa's tools to buy meth, a real genius move.", {"sarcasm"}),
    ("You've been 'just about to quit' since about 2016, so I'm sure any day now.", {"sarcasm"}),
    (
        "Such a blessing to get your 3am collect calls from the county jail, I treasure each and every one.",
        {"sarcasm"},
    ),
    (
        "I've counseled a lot of young men over twenty years, and you fit every sign of a narcissist I've come across.",
        {"diagnosis"},
    ),
    (
        "You're in denial, plain and simple, and no amount of prayer is going to fix that until you admit it.",
        {"diagnosis"},
    ),
    (
        "Honestly I think the drugs have turned you into a sociopath, you lie to your own mother without blinking.",
        {"diagnosis"},
    ),
    (
        "Your mood swings look bipolar to me, up on the roof preaching one day and not out of bed the next.",
        {"diagnosis"},
    ),
    (
        "Somewhere along the line you turned borderline on us, loving us one minute and hating us the next.",
        {"diagnosis"},
    ),
    ("You are obviously depressed and just too proud to admit it to anybody.", {"diagnosis"}),
    (
        "The way you work everybody in this family is textbook antisocial personality disorder.",
        {"diagnosis"},
    ),
    (
        "I really believe you've had ADHD nobody caught and you've been self-medicating it since middle school.",
        {"diagnosis"},
    ),
    (
        "There's a coldness in you now thats almost psychopathic, like you dont feel a thing when your mom cries.",
        {"diagnosis"},
    ),
    (
        "You've got some kind of paranoia going on, convinced the whole church is whispering about you.",
        {"diagnosis"},
    ),
    ("Those rages of yours are intermittent explosive disorder if I ever saw it.", {"diagnosis"}),
    (
        "Pharaoh hardened his heart and so have you, you are so deep in denial you can't see the plagues piling up around you.",
        {"diagnosis"},
    ),
    (
        "I'm no doctor but you clearly have PTSD from Afghanistan and you refuse to deal with it.",
        {"diagnosis"},
    ),
    (
        "The Bible says the drunkard will come to poverty, and that's what you are now, a drunkard sleeping in his Civic behind the Sonic.",
        {"label"},
    ),
    ("I'm done pretending at Christmas that you're anything other than a pillhead.", {"label"}),
    (
        "You're nothing but a meth head who quotes Bible verses when it suits him.",
        {"insult", "label"},
    ),
    (
        "When your probation screen came back dirty in March, I quit believing a word out of your mouth.",
        {"clean"},
    ),
    ("You need to get clean before you come near the youth room again.", {"clean"}),
    ("You always have an excuse and you never have a plan.", {"absolute"}),
    ("Not one time in three years have you kept a promise to your mother.", {"absolute"}),
    (
        "You're a disgrace to the Harmon name and to the pulpit your granddad stood in for forty years.",
        {"insult"},
    ),
    ("You've become a sorry excuse for a man, and it grieves me to put it on paper.", {"insult"}),
    (
        "Pastor Dan told me you were seen buying from that guy behind the Shell station on Route 9.",
        {"hearsay"},
    ),
    (
        "Word around the congregation is that you've been taking cans from the food pantry to sell.",
        {"hearsay"},
    ),
    ("Your ex told Grandma you nodded off with the baby still in the bathtub.", {"hearsay"}),
    ("Everyone in this room has agreed you've been lying to us about the pills.", {"we"}),
    ("All of us are sick and tired of mopping up after your binges.", {"we"}),
    (
        "The whole Harmon family has decided you're a lost cause unless God steps in.",
        {"insult", "we"},
    ),
    (
        "Either you get on that plane to Arizona tonight or you can forget you ever had an uncle.",
        {"threat"},
    ),
    (
        "If you walk out that door today, dont you ever darken the doors of my church again.",
        {"threat"},
    ),
]

DEV181_GOOD: list[str] = [
    "Josiah, I held you at your dedication when you were six weeks old, and I prayed then that God would let me walk beside you all your life.",
    "You were the kid who stacked the chairs in the fellowship hall without anybody asking.",
    "I loved watching you lead worship on that beat-up Yamaha guitar at camp in 2014.",
    "When you hugged your mom at the airport last spring, I saw the boy I know is still in there.",
    "I saw you at your mom's birthday in June with your hands shaking so hard you couldn't hold your fork, and I didn't know what to say.",
    "The night you called me from the Greyhound station in Tulsa, I could hear how afraid you were, and it has stayed with me.",
    "Thank you for showing up to help me re-roof the parsonage in August, I could not have done it without you.",
    "I was proud of you when you walked into that first meeting at First Methodist on your own.",
    "When I found you on the bathroom floor at Christmas I was more frightened than I've been in my whole life.",
    "I miss fishing with you out at Lake Murray before the sun came up.",
    "You have a gift for making little kids laugh, and my boys still do your puppet voices.",
    "I'm asking you to accept the bed they have waiting for you at Cedar Ridge today.",
    "There's a place for you in Tucson, and your mom and I will drive you there this afternoon.",
    "I want my nephew back, the one who texted me a verse each morning while I was recovering from my surgery.",
    "Watching you miss Lily's kindergarten graduation hurt me, because I know how much you love that little girl.",
    "It took real courage for you to tell me about the pills last October, and I haven't forgotten it.",
    "I saw how hard you worked at the tire shop those eight months and I was proud of you.",
    "Grace isn't something you earn, and I'm not asking you to earn my love today.",
    "I'm not here to preach at you, I'm here as your uncle who loves you.",
    "I remember you at twelve, sunburned and grinning at the top of the climbing wall.",
    "It scared me to see how thin you'd gotten when you stopped by the church in September.",
    "Thank you for sitting with Grandpa at hospice when the rest of us couldn't get there in time.",
    "I believe God isn't finished with you, and neither am I.",
    "You taught me more about patience as a stubborn four-year-old than any seminary class did.",
    "When you stayed sober for your sister's graduation, I noticed, and it meant the world to me.",
    "I cried in my truck after I dropped you at the motel in March, because I didnt know how to help you.",
    "I'd give anything to hear you groan at one of my terrible jokes again.",
    "The counselor at Hope House has a room ready, and I'll sit in the waiting room until you're settled in.",
    "I love you, buddy. That hasn't changed and it won't.",
    "Driving Mrs. Patterson to her chemo appointments was the kindest thing I saw anybody do that year.",
    "I can still smell your mom's pot roast after Sunday service and see you sneaking bites off the pan.",
    "I'm worn out and I'm scared, and I still love you more than I know how to say.",
    "When you missed the Easter play you'd practiced for weeks, mostly I just felt sad for you.",
    "my prayer for you is simple, that you'd let people help you carry this",
    "Youre still the first person i think of when Johnny Cash comes on the radio.",
    "I'm asking you to go today, not next week, because I'm afraid next week might be too late.",
    "Thanks for calling me on my birthday in November even when things were rough for you.",
    "I know you're hurting under all of this, and I want to be there while you heal.",
    "I still have the clay cross you made me in Sunday school, it sits on my desk at the office.",
    "Seeing you in handcuffs outside the Dollar General in Ardmore broke my heart.",
    "When you got your GED at twenty-three I bragged about you to the deacon board for a month.",
    "you matter to me, to Aunt Becky, to the twins, and to a lot of folks at Grace Fellowship",
    "Treatment isn't a punishment, it's a door, and I'm asking you to walk through it with me right beside you.",
]

DEV181_TRAPS: list[str] = [
    "Before I ever preached a sermon I was an alcoholic living out of my Buick, so I know a little about where you are.",
    "My own father was a drunk, and I remember how lonely that house felt at night.",
    "You told me once, 'Unc, I'm just a junkie, why bother,' and I want you to know I have never seen you that way.",
    "I don't think of you as an addict, I think of you as the kid who fixed my lawnmower with a paperclip.",
    "I never stop praying for you, morning and night.",
    "We always had a blast at the lock-ins, you and me staying up till 4 playing Uno.",
    "We went to Silver Dollar City every summer, and I still have the picture of you on Fire in the Hole.",
    "Your Aunt Becky is a total chocolate junkie, and you used to hide her Hershey bars just to tease her.",
    "I spent Saturday helping your mom clean out the garage and we found your old BMX trophy.",
    "Great job on your sixty days last spring, I know how hard you fought for each one of them.",
    "Your doctor told us your liver numbers are worrying, and I want you around for a long, long time.",
    "The psychiatrist at St. Francis diagnosed you with depression in 2019, and I want you to get real help for that too.",
    "I'm no doctor and I won't pretend to know what's going on in your head, I only know I miss you.",
    "Jesus said he came for the sick and not the healthy, so there's nothing shameful about needing help.",
    "I'm not here to call you a disgrace or a failure, because you are neither of those things.",
    "It's not your fault you got hooked after the surgery on your back.",
    "My buddy Ray from seminary was a crackhead in the 90s, and today he runs a recovery home in Wichita.",
    "I know the word 'addict' stings, and I'm not going to use it about you today.",
    "Every time I hear Amazing Grace I think of you singing it off-key at Grandma's funeral.",
    "We all piled into the church van for the trip to Branson, remember that flat tire?",
    "We love you, and we're all in this room because we want you home.",
    "Last Sunday I preached on Peter denying Jesus three times, and how Jesus never gave up on him.",
    "Your mom always kept that kitchen spotless and clean, and you'd track mud in just to hear her holler your name.",
    "I was so proud the day you told me your drug screen at the clinic came back negative.",
    "My grandma was a lush by the end, and nobody at church ever talked about it, which is why I'm talking now.",
    "You said to me 'I'm worthless, Unc,' and it broke me, because you are worth everything to me.",
    "I'm sorry I called you a pillhead that night in the church parking lot, I was wrong and I'm ashamed of it.",
    "The only thing you're a junkie for is Becky's peach cobbler, and I hope that never changes.",
    "A Christian counselor I trust said families often feel helpless in this, and that's exactly how I feel.",
    "Your sister said to tell you she misses you and she's saving you a seat at her wedding.",
    "Thank you for being at Grandpa's bedside, you were a real blessing to him at the end.",
    "Lily made you a card in first grade that said 'Best Daddy Ever' and she meant it.",
    "I was a stoner myself in high school before I met the Lord, so I'm not throwing any stones.",
    "We never missed a Razorbacks game on TV the year you lived with us.",
    "You've never been anything but gentle with my girls, and I trust you with them.",
    "Dr. Patel in the ER said the fentanyl nearly stopped your heart, and I'm so thankful you're still here.",
    "I was a user too, for nine years, and the Lord and a good rehab got me out.",
    "Your friend Marcus went to Cedar Ridge and came out a new man, and I'd love that for you too.",
    "Our church always brings meals to families in recovery, and they already have your name on the list.",
    "Scripture says love keeps no record of wrongs, so I didnt bring a list of wrongs today.",
    "I am not blaming you for Grandma's stroke, and I want you to hear that straight from me.",
    "I have a clean bed made up in our spare room and Becky put your old Star Wars quilt on it.",
    "When you told me 'I think I'm depressed, Unc,' I was grateful you trusted me with that.",
]

DEV181_BOTTOM_LINE_OK: list[str] = [
    "If you turn down the bed at Cedar Ridge, I won't be covering your phone bill or your gas after this month.",
    "Should you choose not to go, you can't keep staying in the apartment over our garage, but my number stays the same.",
    "I won't bail you out of jail again, that's a line I have to hold for my own health and my family's.",
    "If you decide against treatment today, I'll step down as the cosigner on your truck, and I'll keep praying for you every day.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 118 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an ex-spouse who co-parents with the loved one, cool and controlled: sarcasm and absolutes most. 2 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV118_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.89 (67/75; the rules alone 54/75): absolute 16/18, insult 1/2, sarcasm 17/22, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 1).

At merge, before it was trained on: with main bfd6408, rules and model 0.89 (67/75; the rules alone 54/75): absolute 16/18, insult 1/2, sarcasm 17/22, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 2/45 (4.4%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV118_FLAG: list[tuple[str, set[str]]] = [
    (
        "It was a real treat watching you nod off at Theo's recital, truly the highlight of his year.",
        {"sarcasm"},
    ),
    ("Nice touch, showing up for the handoff with white powder still on your sleeve.", {"sarcasm"}),
    (
        "Congratulations on making it to the parent-teacher conference only forty minutes late and smelling like a bar.",
        {"sarcasm"},
    ),
    ("You were so 'fine' the night you drove Maya home after six beers.", {"sarcasm"}),
    (
        "What a stellar co-parent, forgetting it was even your weekend because you were still up from Friday night.",
        {"sarcasm"},
    ),
    (
        "Really impressive how you managed to lose the car keys, your wallet and both car seats in one night.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for the lovely birthday call to Lily at 2am, slurring every word, she really treasured that one.",
        {"sarcasm"},
    ),
    (
        "I suppose I should applaud you for only missing half the custody exchanges this spring.",
        {"sarcasm"},
    ),
    (
        "You've really perfected the 'quick drink after work' that somehow ends at sunrise.",
        {"sarcasm"},
    ),
    (
        "Owen's soccer final was lovely, thank you for gracing the sideline for ten whole minutes before you went to sit in the car to 'make a call'.",
        {"sarcasm"},
    ),
    (
        "Bravo on the new record, three nosebleeds in one month and I'm supposed to believe it's allergies.",
        {"sarcasm"},
    ),
    (
        "Mother of the year stuff right there, passed out on the couch while Theo microwaved his own dinner.",
        {"sarcasm"},
    ),
    (
        "Such a responsible choice, keeping the coke in the glovebox of the car you drive our kids around in.",
        {"sarcasm"},
    ),
    (
        "Im sure your manager loved it when you called in 'sick' for the fourth Monday in a row.",
        {"sarcasm"},
    ),
    (
        "Lovely Thanksgiving, Dan, really, the gravy on the ceiling was a bold artistic choice.",
        {"sarcasm"},
    ),
    ("Well done teaching Maya what a hangover looks like before she's even nine.", {"sarcasm"}),
    (
        "You sure are the life of the party, right up until you're the reason the party ends.",
        {"blame", "sarcasm"},
    ),
    ("Very mature, texting me at 3am to tell me I'm the one with the problem.", {"sarcasm"}),
    (
        "I have to say the new 'healthy' routine of vodka in a gym water bottle is very creative.",
        {"sarcasm"},
    ),
    (
        "Glad you had such a great time in Vegas the same week the child support bounced.",
        {"sarcasm"},
    ),
    (
        "Your 'I've got it under control' speech was very convincing, right up until the ER in March.",
        {"sarcasm"},
    ),
    (
        "Top marks for graduation day, you stayed upright for almost the entire ceremony.",
        {"sarcasm"},
    ),
    ("You never once picked the kids up on time this whole year.", {"absolute"}),
    ("Every single weekend you have them, something goes wrong.", {"absolute"}),
    (
        "You always have an excuse ready before I've even finished asking the question.",
        {"absolute"},
    ),
    (
        "There hasn't been a holiday in five years that you didn't drink your way through.",
        {"absolute"},
    ),
    ("Whenever the kids need you, you're somewhere else with a glass in your hand.", {"absolute"}),
    (
        "You constantly break promises to Maya and then act surprised when she stops asking.",
        {"absolute"},
    ),
    ("Not one check you wrote me last year cleared the first time.", {"absolute"}),
    ("You lie to me each time I ask how much you've had.", {"absolute"}),
    ("Nothing I say ever gets through to you, Greg.", {"absolute"}),
    ("Any time we agree on a plan, you fall apart by Thursday.", {"absolute"}),
    ("You have not been sober for a single one of Owen's birthdays.", {"absolute"}),
    (
        "You forget everything that matters to the kids but you can find the liquor store blindfolded.",
        {"absolute"},
    ),
    (
        "It's always the same story with you, one good week and then a call from the police.",
        {"absolute"},
    ),
    (
        "You dont follow through on anything, not the schedule, not the money, none of it.",
        {"absolute"},
    ),
    (
        "Your whole life revolves around the next line or the next drink and nothing else.",
        {"absolute"},
    ),
    (
        "Not a single conversation with you in two years has ended without you raising your voice.",
        {"absolute"},
    ),
    ("u are never where u say u will be", {"absolute"}),
    (
        "All you ever do when things get hard is disappear for three days and turn your phone off.",
        {"absolute"},
    ),
    ("Lily has nightmares now and that is down to you and nobody else.", {"blame"}),
    ("You picked the bottle over your own children, and they know it.", {"blame"}),
    (
        "I gave up my job in Denver so you could take that position, and this is how you pay me back.",
        {"blame"},
    ),
    ("Our marriage ended because you couldn't put the coke down, plain and simple.", {"blame"}),
    ("You wrecked the only stable home Theo ever had.", {"blame"}),
    (
        "Our savings went up your nose, and I'm the one who had to explain to the kids why we were moving.",
        {"blame"},
    ),
    ("How do you look your son in the eye after what you did at his party?", {"blame"}),
    ("Whatever Maya is working through with her therapist, you put it there.", {"blame"}),
    (
        "I carried this family for ten years while you partied, and I'm done pretending that was fair.",
        {"blame"},
    ),
    ("You did this, not me, not the kids, not your job, you.", {"blame"}),
    (
        "The divorce, the debt, the custody hearing, every bit of it traces straight back to your drinking.",
        {"blame"},
    ),
    (
        "Owen quit baseball because he couldnt stand seeing you drunk in the stands, and that one is yours to carry.",
        {"blame"},
    ),
    ("Your sister rang me last week and said you'd been using again at her place.", {"hearsay"}),
    (
        "The kids told me you had people over doing lines the Saturday they stayed with you.",
        {"hearsay"},
    ),
    ("According to your landlord you haven't paid rent since February.", {"hearsay"}),
    ("Jenna from your office mentioned you've been coming in with the shakes.", {"hearsay"}),
    (
        "More than one of our old friends has let me know you're drinking before noon now.",
        {"hearsay"},
    ),
    ("Your mom let it slip that she's been quietly covering your car payments.", {"hearsay"}),
    ("Supposedly you told the bartender at Rosie's you'd quit back in May.", {"hearsay"}),
    (
        "Word in the school pickup line is that you showed up to Theo's field trip buzzed.",
        {"hearsay"},
    ),
    (
        "I'm not going to let my kids grow up thinking it's normal to have a cokehead for a father.",
        {"label"},
    ),
    ("Dana, you're an alcoholic and everyone at this table knows it.", {"label", "we"}),
    (
        "Until you can stay clean longer than a month, I don't see how the custody schedule works.",
        {"clean"},
    ),
    (
        "Your last screen at the clinic came back dirty and you told me it was a lab mix-up.",
        {"clean"},
    ),
    (
        "Honestly it is embarrassing watching a grown man hit up his own kids for 'gas money'.",
        {"insult"},
    ),
    ("You've turned into someone I'm ashamed my children are related to.", {"insult"}),
    ("All of us in this room are finished listening to your promises.", {"we"}),
    ("Everyone here agrees you're in no state to drive the kids anywhere right now.", {"we"}),
    ("Go to the program or I'll make sure the judge reads every text you've sent me.", {"threat"}),
    ("If you walk out of this room, you can forget about seeing Maya and Theo.", {"threat"}),
    (
        "I honestly think you're a narcissist, Paul, everything comes back to how you feel.",
        {"diagnosis"},
    ),
    ("You're so far into denial you can't even see it anymore.", {"diagnosis"}),
    (
        "Between the highs and the crashes I'm convinced you're bipolar and the coke is just covering it up.",
        {"diagnosis"},
    ),
]

DEV118_GOOD: list[str] = [
    "Mark, I'm here today because the kids deserve to have their dad back, and so do you.",
    "I remember the summer we drove the kids up to Lake George and you taught Owen to fish off the dock.",
    "We aren't married anymore, but I still care very much about what happens to you.",
    "I've noticed you're losing weight and your hands shake when you pass me the kids' bags.",
    "Last month when you dropped Maya off I smelled alcohol on you, and I was scared for her.",
    "You used to be the one who read bedtime stories in all the silly voices.",
    "I want Theo to know the man I married, the one who could fix anything and made a whole room laugh.",
    "There is a bed waiting for you at Hazelden this afternoon, and I hope you'll take it.",
    "I feel a knot in my stomach when my phone rings late at night and it's your number.",
    "When you were sober for those four months in 2019, you were the co-parent I had hoped for.",
    "The kids light up when you're really there with them.",
    "I'm not writing this to fight with you, Jess.",
    "I worry that one of these nights you won't make it home.",
    "I saw how worn out you looked at the exchange on Sunday and it stayed with me all week.",
    "Lily still has the drawing you two made of the treehouse taped above her bed.",
    "i know this is hard to hear and i'm not saying it to hurt you",
    "Please go today. I'll make sure the kids' schedule is covered while you're away.",
    "You were there for me when my dad died and I still think about how kind you were.",
    "I hope someday we can sit on the same bleachers at Owen's games and just enjoy them.",
    "It has been hard for me to watch the person I built a family with slowly disappear.",
    "I was frightened when I found a little baggie in Theo's backpack after your weekend.",
    "I miss talking with you about the kids like we were on the same team.",
    "I believe you can get well, I've seen how strong you can be.",
    "You made the best pancakes on Saturday mornings and the kids still ask for Daddy's pancakes.",
    "I noticed you missed the last two school pickups without calling, and honestly I felt more worried than angry.",
    "When I look at Maya I see your laugh, and I want her to have you around for a long time.",
    "I'm asking you to say yes to treatment today, for yourself first.",
    "I don't have all the answers, but I know things can't keep going the way they are.",
    "Your health matters to me even though we live separate lives now.",
    "You taught Theo to ride a bike on that busted sidewalk on Elm street and he still talks about it.",
    "I'm proud of the dad you were when the kids were babies.",
    "I'm afraid the kids will grow up with more memories of you sick than of you well.",
    "Thank you for listening to me, I know sitting here isnt easy.",
    "I felt heartbroken the night Owen fell asleep on the stairs waiting for your call.",
    "I'll help however I can, driving, paperwork, making sure the kids can write to you.",
    "I want to be able to trust you with the kids again, and I think treatment is how we get there.",
    "Over Easter I watched you go out to the car three times in an hour, and it worried me.",
    "I still have the voicemail you left the kids from the camping trip in Yosemite.",
    "Getting better won't make you less of a father, it'll give the kids more of one.",
    "I hope you'll let the people in this room help you.",
    "When you coached Maya's tee-ball team you were so patient with those wobbly little kids.",
    "I saw the bruise on your forehead at drop-off and I couldn't stop thinking about it.",
    "I've set my anger aside for today because this is more important than being right.",
]

DEV118_TRAPS: list[str] = [
    "My own father was an alcoholic, and I remember how badly I wanted someone to step in and help him.",
    "I'll always be grateful for the years we had with the kids in that little house on Birch Street.",
    "I will never stop wanting good things for you.",
    "Great job on those six weeks sober last fall, I saw how hard you worked for every one of them.",
    "You told me once, 'I'm a drunk just like my dad,' and I want you to know you don't have to end up like him.",
    "You are not a junkie in my eyes, you're Theo's dad and you're sick.",
    "Your doctor told you at your checkup that your liver numbers were high, and I'm scared for you.",
    "We always had Sunday pancakes when the kids were little, and those mornings are some of my favorite memories.",
    "Maya spent all Saturday helping me clean out the garage and kept finding your old fishing lures.",
    "I drank way too much myself in my twenties, so I'm not standing here pretending to be perfect.",
    "I was hooked on pills for three years before we met, you know that, and I know how scary the first step is.",
    "Thank you for showing up sober to Owen's graduation, it meant the world to him and to me.",
    "We went to Cape Cod every August and you always rented the same rickety bike for Lily.",
    "You'll always be the kids' dad, and nothing is going to change that.",
    "My brother Kevin was a cokehead for most of the nineties and he's been clean for twenty years now.",
    "Theo is a total Lego junkie, just like you were at his age.",
    "I never doubted for a second that you love those kids.",
    "Your counselor at Valley Ridge diagnosed you with depression two years ago, and I wish I'd taken it more seriously back then.",
    "I've gone to Al-Anon every Tuesday since spring, and it's taught me to talk to you differently.",
    "Dirty dishes in the sink used to be our biggest fight, and honestly I'd give a lot to go back to that.",
    "You said to me in the car, 'I think I'm an addict,' and I know that took courage.",
    "We all went to the county fair in Pomona and you won Maya that enormous purple giraffe.",
    "Every time I see Owen throw a spiral I think of you out in the yard with him.",
    "My mom called herself a recovering alcoholic until the day she died, and she was proud of every year.",
    "I'm not here to call you names or list everything you've done wrong.",
    "I always admired how hard you worked when we were first starting out with nothing.",
    "Well done on the ninety-day chip back in 2021, I still have the photo of you holding it up.",
    "You are not a bad person, and you are not your drinking.",
    "I have never been prouder of you than the day you walked into your first meeting on your own.",
    "Our old neighbor Ray was a real boozer for years, and rehab gave him fifteen more good ones with his grandkids.",
    "The kids keep their rooms cleaner at your place than at mine, which always makes me laugh.",
    "Your sister told me she'd come in too if you want her, she's waiting out in the hall.",
    "After the ER visit the doctor explained that mixing cocaine and alcohol puts a real strain on your heart, and I haven't stopped thinking about it.",
    "I'm not an expert and I won't pretend to know what's going on in your head, I only know what I've seen.",
    "Maya announced last week that Daddy builds the best blanket forts in the world, and she's right.",
    "We used to stay up way too late watching awful horror movies, and you never once laughed at me for hiding behind the pillow.",
    "I'm always going to pick up when you call about the kids.",
    "Nobody in this room sees you as just an addict, and I certainly don't.",
    "You told the kids 'Daddy is sick and he's going to get better,' and I want so much for that to be true.",
    "Your old roommate Sam was a total pillhead in college and now look at him, coaching Little League.",
    "Great work landing the job at the shop last year, I know you were proud of it and you should have been.",
    "Thank you for every single letter you sent Lily while she was away at camp.",
    "Nothing would make me happier than seeing you at the spring play next year, healthy.",
    "I will never forget your face when Owen's first word turned out to be 'truck'.",
    "After the divorce I was the one drinking every night for a while, and you were kind about it when you could have been cruel.",
]

DEV118_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will ask the court to make your time with the kids supervised until you've finished a program.",
    "If you decide not to go, the kids won't be riding in your car anymore.",
    "If you turn this down, I'll stay civil at exchanges, but I won't discuss anything with you except the kids' schedule.",
    "If you say no, I am going to stop covering for you with the school and with your parents.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 198 (5 December 2026, round 26, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a retired teacher grandfather, grammar and lesson plans: blame and sarcasm most, then absolutes. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV198_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.83 (53/64; the rules alone 44/64): label 1/3, blame 17/22, insult 2/3, we 2/3, sarcasm 12/13, diagnosis 1/2, every other kind full; good 0/53 (0.0%; the rules alone 0), traps 1/39 (2.6%; the rules alone 1).

At merge, before it was trained on: with main 9ed1673, rules and model 0.83 (53/64; the rules alone 44/64): label 1/3, blame 17/22, insult 2/3, we 2/3, sarcasm 12/13, diagnosis 1/2, every other kind full; good 0/53 (0.0%; the rules alone 0), traps 1/39 (2.6%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV198_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your grandmother's heart gave out from worrying over you, Tyler, and I won't pretend otherwise.",
        {"blame"},
    ),
    (
        "I spent thirty-four years grading papers to put money aside for your college and you snorted every dime of it.",
        {"blame"},
    ),
    (
        "It was your pills that put your mother in the hospital with her nerves, plain and simple.",
        {"blame"},
    ),
    (
        "You picked the bottle over your own daughter's first recital, Megan, and you did it with your eyes wide open.",
        {"blame"},
    ),
    (
        "I tutored you through algebra twice and drove you to every practice, and this is how I get repaid.",
        {"blame"},
    ),
    ("Grandma's savings are gone and theres nobody to thank for that but you.", {"blame"}),
    ("Thanksgiving fell apart last year and we both know whose fault that was.", {"blame"}),
    (
        "If your little sister starts drinking, that will be on your head and nobody elses.",
        {"blame"},
    ),
    (
        "You have broken this family into pieces with that meth, Marcus, and I want you to hear it from me.",
        {"blame"},
    ),
    (
        "I put off my cataract surgery to pay your bail, so every time I squint at a page I think of you.",
        {"blame"},
    ),
    (
        "Jenna left because you couldnt put the bourbon down, not because of anything she did.",
        {"blame"},
    ),
    (
        "I gave up my retirement trip to Ireland to cover your rent and you thanked me by pawning my father's watch.",
        {"blame"},
    ),
    ("Your mother cries herself to sleep most nights and that is your doing, Kevin.", {"blame"}),
    (
        "What on earth possessed you to take forty dollars out of your grandmother's purse while she was in the next room?",
        {"blame"},
    ),
    (
        "You wrecked the Buick, you wrecked your credit, and now you are wrecking your mother.",
        {"blame"},
    ),
    (
        "My heart attack in March came from years of lying awake wondering where you were.",
        {"blame"},
    ),
    (
        "Those two little boys are growing up without a dad because you'd rather be high than be home.",
        {"blame"},
    ),
    (
        "Don't you dare pin this on your mother, you're the one who brought the drugs into her house.",
        {"blame"},
    ),
    (
        "After I co-signed that truck loan for you, the very least you owed me was the truth.",
        {"blame"},
    ),
    (
        "Your sister moved clear out to Oregon just to get away from the mess you made of this family.",
        {"blame"},
    ),
    (
        "I wrote lesson plans for three decades, and you have torn up every plan this family ever made.",
        {"absolute", "blame"},
    ),
    (
        "Congratulations on your third DUI, Tyler, I'm sure the judge was very impressed.",
        {"sarcasm"},
    ),
    (
        "What a fine lesson you taught your son the morning he found you passed out on the porch.",
        {"sarcasm"},
    ),
    (
        "If they handed out report cards for lying, you'd have graduated summa cum laude.",
        {"sarcasm"},
    ),
    (
        "Showing up to your grandmother's funeral smelling like a distillery, now that was real class.",
        {"sarcasm"},
    ),
    (
        "Thank you kindly for the lovely gift of a pawn ticket for my wedding ring.",
        {"blame", "sarcasm"},
    ),
    (
        "You told us you were 'handling it' and you handled it right into a ditch on Route 9.",
        {"sarcasm"},
    ),
    ("Hiding vodka in the windshield washer jug, brilliant, A-plus for creativity.", {"sarcasm"}),
    (
        "Grandson of the year, missing my 80th birthday dinner because you were too high to find the restaurant.",
        {"sarcasm"},
    ),
    ("Your 'little break' from the pills lasted all of two days, very impressive.", {"sarcasm"}),
    ("Well done teaching Lily what a hangover looks like before she even turned six.", {"sarcasm"}),
    (
        "I suppose I ought to applaud you for at least stealing from family instead of strangers.",
        {"sarcasm"},
    ),
    (
        "I'd give your last apology an F for sincerity, but at least you spelled 'sorry' correctly this time.",
        {"sarcasm"},
    ),
    (
        "Fired from the third job this year, that must be some kind of record, nice work.",
        {"sarcasm"},
    ),
    ("You never once kept a promise you made me, drunk or sober.", {"absolute"}),
    (
        "Every single holiday since 2019 has ended with you drunk and shouting at somebody.",
        {"absolute"},
    ),
    ("You lie to me every time you open your mouth anymore.", {"absolute"}),
    ("You have not been on time for one thing in five years.", {"absolute"}),
    ("With you theres always some excuse, the car, the boss, the weather, the dog.", {"absolute"}),
    ("You dont call me unless you need money, ever.", {"absolute"}),
    ("Whenever I see you your eyes are pinned and you're nodding off in your chair.", {"absolute"}),
    (
        "You forget everything, Megan, birthdays, doctor appointments, even picking up your own kids.",
        {"absolute"},
    ),
    ("Nothing I say gets through that thick skull of yours.", {"absolute", "insult"}),
    ("Your forever borrowing and you have never paid back a cent.", {"absolute"}),
    (
        "At every family dinner there is a drink in your hand before the rolls are passed.",
        {"absolute"},
    ),
    ("I never imagined I'd have a junkie for a grandson.", {"label"}),
    (
        "You're a drunk, Megan, same as my brother Walt was, and it scares me half to death.",
        {"label"},
    ),
    (
        "Our Kevin has turned into a pillhead and I'm the only one with the nerve to say so.",
        {"label", "we"},
    ),
    ("You swore to me you'd get yourself clean before the baby came.", {"clean"}),
    ("That urine screen in May was dirty, son, and you know it was.", {"clean"}),
    ("Frankly the way you live now is an embarrassment to the Hollis name.", {"insult"}),
    ("You are a grown man behaving like a spoiled, sniveling child.", {"insult"}),
    (
        "Your cousin Ruth told me she saw you buying from some fella behind the Shell station.",
        {"hearsay"},
    ),
    ("Word around church is that you got picked up again over in Dayton.", {"hearsay"}),
    (
        "Everybody in this room has agreed you are a danger to yourself and to anyone in your car.",
        {"we"},
    ),
    ("The whole lot of us are fed up to here with your excuses.", {"we"}),
    ("You go to that treatment center or you don't ever darken my door again.", {"threat"}),
    (
        "Unless you sign those papers today I'm cutting you out of my will and telling the whole family why.",
        {"threat"},
    ),
    ("I taught enough troubled kids to know a sociopath when I see one.", {"diagnosis"}),
    ("You are in denial, young man, textbook denial.", {"diagnosis"}),
]

DEV198_GOOD: list[str] = [
    "When my knee surgery went bad last winter, you drove up from Columbus every Saturday to shovel my walk, and I never thanked you properly.",
    "I saw you sitting in your truck in my driveway at two in the morning, and I wanted so badly to come out and just sit with you.",
    "I heard you crying on the phone with your mother last Easter and it broke my heart, because I know how much you are hurting.",
    "You were always the first one down at the lake in the morning, waiting on the dock with two cups of terrible coffee.",
    "We used to diagram sentences on napkins at the Big Boy, and you laughed every time I found a dangling modifier.",
    "Thank you for reading to your grandmother in hospice those last weeks, I know that wasnt easy for you.",
    "The summer I lost my tutoring job at St. Anne's, you mowed my lawn every week without once being asked.",
    "I was frightened when I found you on the bathroom floor in October, and I still see it when I close my eyes.",
    "I watched you hold your little girl at her christening and I could see how much you love her.",
    "When you were nine we built that birdhouse in the garage and you insisted on painting it purple.",
    "The day you called me from the clinic parking lot last spring, I was proud of you just for getting that far.",
    "I've been working late shifts at the hardware store to keep busy, and your texts on my break used to be the best part of my night.",
    "I noticed your hands shaking at breakfast on Sunday and I was scared for you.",
    "You always remembered to send me a card on Teacher Appreciation Day, even after I retired.",
    "We spent every summer at the cabin on Lake Erie, and those are the happiest weeks I can remember.",
    "Thank you for the ninety days you gave it two years ago, I saw the young man you were then and I liked him very much.",
    "When Grandma was going through chemo you sat up with her so I could sleep, and I will not forget it.",
    "I was angry after the car accident and I'm telling you so honestly, because I'm done hiding how I feel.",
    "I smelled whiskey on you at the graduation party, and all I wanted was to take you home and make you some eggs.",
    "Last month I sat in the car outside the pharmacy for an hour because I couldnt bring myself to ask you about the pills.",
    "In May you missed Lily's dance recital, and I watched her search the audience for you.",
    "Dear Tyler, I'm writing this because I love you more than I know how to say.",
    "I taught English for thirty-one years and I still cant find the right words for what you mean to me.",
    "You were the only one of my grandkids who actually liked Shakespeare.",
    "I remember you at six, standing on a chair in my classroom reading the lunch menu aloud like the evening news.",
    "I miss our Sunday phone calls about the Reds.",
    "I want my grandson back, the boy who wrote me a poem about catching bluegill.",
    "Lately I see you less and less, and when I do you look tired and thin.",
    "I am scared that the next phone call I get about you will come from a hospital.",
    "There is a bed waiting for you at a place up in Minnesota and it's ready today.",
    "You have so much of your grandmother in you, her stubbornness and her soft heart.",
    "Your fourth grade book report on Charlotte's Web is still on my refrigerator.",
    "I dont understand everything you're going through but I want to learn.",
    "I'm an old man now and I'd like to see you well before I go.",
    "Would you let me help you this time?",
    "Everyone sitting here today came because they care about you, and so did I.",
    "You taught me how to work my smartphone with more patience than I ever showed my eighth graders.",
    "I remember how you cheered when your cousin Marcus hit his first home run.",
    "I want to dance at your wedding someday, and I want you to remember it.",
    "My hope is that a year from now we're on the porch talking about anything but this.",
    "You are smart and funny and a good deal kinder than you give yourself credit for.",
    "When I think of you I think of the kid who saved his allowance for a whole year to buy his sister a bike.",
    "I've read every book I could find about opioids this year, and I understand now that this is an illness.",
    "They're expecting you at Brighton at four o'clock this afternoon, and I'd be honored to drive.",
    "I'm not here to lecture you, lord knows I gave enough lectures in my day.",
    "Megan, I still have the pipe cleaner card you made for Grandma when you were five.",
    "I would trade every plaque on my wall to see you healthy.",
    "Take the help, son, its a good program and they've saved a spot for you.",
    "I'll be there every Sunday they allow visitors, rain or shine.",
    "I think about the boy who helped me grade spelling tests for a nickel a page.",
    "Please go today, for your boys and for yourself.",
    "I kept the letter you wrote me from camp, spelling mistakes and all, and I read it again last night.",
    "I believe you can do this, I've believed it since the day you learned to read.",
]

DEV198_TRAPS: list[str] = [
    "My own father was a drunk, and I know what growing up around that does to a boy.",
    "I was a heavy drinker myself until I was forty, so I know a little about how hard it is to quit.",
    "Your grandmother called herself a chocolate junkie and kept Hershey bars in every drawer of the house.",
    "One of my old students told me he spent ten years as what he called a crackhead, and now he runs a recovery house in Toledo.",
    "I'm a crossword junkie, everyone at the senior center knows to leave me alone till I'm done.",
    "You told me at the diner, 'Grandpa, I'm just a loser,' and I told you that isn't what I see.",
    "You said 'I'll never get better' and I'd like us to prove that wrong together.",
    "I cleaned out your old bedroom last week and found your spelling bee ribbon.",
    "You always kept the cleanest car in the family, even at sixteen.",
    "Come home and help me clean the gutters like you used to.",
    "I toured the center myself, they have clean sheets, a good cook and a little chapel.",
    "We got good and dirty planting Grandma's tomatoes every May.",
    "You'd come in from football practice dirty head to toe and head straight for my cookie jar.",
    "I will always be in your corner, no matter what.",
    "I've never once regretted being your grandfather.",
    "Every time I hear a Springsteen song I think of you singing in my old Oldsmobile.",
    "We always did the Sunday crossword together, you in pencil and me in pen.",
    "None of this is your fault, it's a sickness and not a character flaw.",
    "I'm the reason you learned to fish, and I'd like to take you out again this summer.",
    "Because of you I learned to text with emojis at seventy-eight.",
    "That hospital bill is on me, dont you give it another thought.",
    "I felt pathetic sitting in that waiting room not knowing what to do with my hands.",
    "The coffee at the clinic was disgusting but the nurses were kind as could be.",
    "I've been ashamed of myself for not speaking up sooner.",
    "The Browns were a disgrace this season but I'd watch every game with you anyway.",
    "Your doctor told us your liver numbers are worrying, and I want you to live a long life.",
    "I heard you laughing with your daughter on the porch and it was the best sound I heard all year.",
    "Your grandmother used to say you had an old soul, and she was right.",
    "We all went to Cedar Point the summer you turned twelve and you rode the Magnum four times.",
    "The whole family pitched in to build your mom's deck that summer, and you did the railings.",
    "If you don't mind, I'd like to read you one more thing before you answer.",
    "I'm leaving for Florida in March, and I'd love to go knowing you're getting well.",
    "Great work getting your GED last spring, I framed the picture.",
    "Congratulations on the new apprenticeship, I'm truly proud of you.",
    "Nice job on the eulogy for your grandmother, there wasnt a dry eye in the church.",
    "Dr. Patel diagnosed me with depression after Grandma died, and talking to someone helped me.",
    "Your doctor says the pancreatitis comes from the drinking, and I want you to get well.",
    "Your great-aunt June was bipolar and she got help, and she was the strongest woman I ever knew.",
    "I was in denial for a long time about how bad things had gotten, and I'm sorry for that.",
]

DEV198_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will not be lending you money again, not for rent and not for the truck.",
    "If you choose not to go, you can't keep staying in my basement after Sunday, but I'll keep praying for you.",
    "If the answer is no, I'll still love you, but I won't cover for you with your mother anymore.",
    "If you turn this down, I won't be driving you to work in the mornings; the number for the treatment center will be on my fridge whenever you want it.",
]

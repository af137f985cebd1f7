# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 179 (5 December 2026, round 25, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a wife on a family farm, weather, crops and the bank: blame and absolutes most, then 'we' statements. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV179_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.91 (58/64; the rules alone 56/64): blame 15/21, every other kind full; good 1/43 (2.3%; the rules alone 1), traps 9/42 (21.4%; the rules alone 9).

At merge, before it was trained on: with main 6613c6f, rules and model 0.92 (59/64; the rules alone 57/64): blame 16/21, every other kind full; good 1/43 (2.3%; the rules alone 1), traps 9/42 (21.4%; the rules alone 9).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV179_FLAG: list[tuple[str, set[str]]] = [
    (
        "We lost the Hendricks lease because you were too drunk to show up and sign it, plain and simple.",
        {"blame"},
    ),
    (
        "The bank pulled our line of credit and that is your doing, Dale, not the weather's.",
        {"blame"},
    ),
    (
        "You drank the seed money, and now I'm the one begging Jim Pruitt for an extension.",
        {"blame"},
    ),
    (
        "It's your fault the heifers got out on the highway, you left that gate open when you were loaded.",
        {"blame"},
    ),
    (
        "Tyler quit 4-H because he was ashamed of his dad, so that one sits on your shoulders.",
        {"blame"},
    ),
    (
        "Your pills cost us the best wheat crop we had in ten years because nobody got it cut before the hail.",
        {"blame"},
    ),
    (
        "I've worked myself to the bone keeping this place afloat and you repay me by hiding bottles in the calf barn.",
        {"blame"},
    ),
    ("You picked Jack Daniels over your own wife and your daddy's land.", {"blame"}),
    ("My back is shot from doing your chores, and I want you to know you put me here.", {"blame"}),
    (
        "When the combine went in the ditch that was you, nobody else, and it's still costing us.",
        {"blame"},
    ),
    (
        "Kayla cries herself to sleep and she wouldn't if you hadn't turned our house upside down.",
        {"blame"},
    ),
    (
        "Four generations of Lindquists held onto this ground and you're the one who's going to lose it.",
        {"blame"},
    ),
    (
        "You wrecked my mother's seventieth birthday with your slurring and I'm still mad about it.",
        {"blame"},
    ),
    (
        "Its your drinking that put us three payments behind, dont tell me its corn prices.",
        {"blame"},
    ),
    (
        "The hired man quit over how you talked to him when you were high, and now I'm running the grain cart myself.",
        {"blame"},
    ),
    (
        "What kind of husband lets the cattle go without water for two days while he sleeps it off?",
        {"blame", "insult"},
    ),
    ("I'll never get those years back, you took them from me one bottle at a time.", {"blame"}),
    ("You put the note on this farm in jeopardy and then lied to my face about it.", {"blame"}),
    (
        "Every bad thing that happened on this farm since 2019 traces straight back to you and that bottle.",
        {"absolute", "blame"},
    ),
    (
        "You never once stopped to think what your drinking would do to the kids, did you?",
        {"absolute", "blame"},
    ),
    (
        "Honestly Dale, how do you look at those empty bins and not see what you did to this family?",
        {"blame"},
    ),
    ("You never make it to the field before ten anymore.", {"absolute"}),
    ("Every single time it rains you head straight to the Legion.", {"absolute"}),
    ("You haven't kept one promise to me since the day you got those pills.", {"absolute"}),
    ("Not one night this whole harvest did you come home sober.", {"absolute"}),
    ("Your always out in the shop with the radio up and a can in your hand.", {"absolute"}),
    (
        "You forget everything I ask, the vet appointment, the parts order, the bank meeting, all of it.",
        {"absolute"},
    ),
    ("Whenever anything goes wrong you reach for a bottle, without fail.", {"absolute"}),
    ("You don't ever listen when I tell you the hay's ready to bale.", {"absolute"}),
    ("There hasn't been a single night this winter you went to bed without a drink.", {"absolute"}),
    ("You lie about everything now, even little stuff like whether you fed the dog.", {"absolute"}),
    ("Every morning it's the same story, headache, sunglasses, and no chores done.", {"absolute"}),
    ("You keep swearing you'll cut back and then you don't, over and over and over.", {"absolute"}),
    ("All of us here agree you've let this farm slide.", {"we"}),
    ("Your mom, your brother and me all feel like you checked out on us a long time ago.", {"we"}),
    ("The whole family is fed up with making excuses for you at church.", {"we"}),
    ("Everybody in this room thinks you drink too much, Dale, every last one of us.", {"we"}),
    ("We've all decided you can't be trusted with the checkbook anymore.", {"we"}),
    ("Rick and I both think you're throwing away everything your dad built.", {"we"}),
    ("The kids and I are worn out from tiptoeing around your moods.", {"we"}),
    ("None of us believe a word you say about the pills anymore.", {"we"}),
    ("We're all embarrassed to drive into town with you.", {"we"}),
    (
        "Every one of us sitting here has watched you turn into a stranger, and we are all scared and angry about it.",
        {"we"},
    ),
    ("Your family has talked it over and we agree you're not the man you used to be.", {"we"}),
    ("Us Lindquists dont quit on the land, and we all feel like you quit on it.", {"we"}),
    ("I didn't marry a drunk, I married a farmer, and I want him back.", {"label"}),
    (
        "You've become the pillhead of this family, Dale, and I hate that I have to say it.",
        {"label"},
    ),
    ("You've turned into a full-blown alcoholic and the cattle know it before anybody.", {"label"}),
    ("I want you to get clean before planting season.", {"clean"}),
    ("The drug screen at the co-op came back dirty, that's why they let you go.", {"clean"}),
    (
        "Watching you stumble around the sale barn was the most humiliating thing I've ever seen, you looked pitiful.",
        {"insult"},
    ),
    ("You're a sorry excuse for a farmer these days.", {"insult"}),
    ("Pastor Glen told me he smelled whiskey on you at the Easter service.", {"hearsay"}),
    ("Jim Pruitt mentioned you came into the branch smelling like a brewery.", {"hearsay"}),
    ("Word at the elevator is you've been buying pills off the Carlson boy.", {"hearsay"}),
    ("You go to treatment or you can pack your truck and move into the shop for good.", {"threat"}),
    (
        "If you don't sign up for that program I'll sell the cattle and you won't see a dime of it.",
        {"threat"},
    ),
    (
        "Real nice work on the fence line, Dale, the neighbor's bull sure appreciated it.",
        {"sarcasm"},
    ),
    (
        "Congratulations on getting the sprayer stuck in the slough drunk, that was the highlight of my summer.",
        {"sarcasm"},
    ),
    (
        "I think you're bipolar, up all night in the shop and then flat in bed for three days.",
        {"diagnosis"},
    ),
    ("You're in denial about the pills and you have been for two years.", {"diagnosis"}),
]

DEV179_GOOD: list[str] = [
    "In August I found you asleep in the pickup by the grain bins with the engine running, and I was so scared I couldn't breathe.",
    "When the letter from the bank came in March, I sat at the kitchen table and cried because I didn't know who to talk to.",
    "I found bottles in the calf barn this spring and didn't say anything, and I'm sorry I waited so long.",
    "The night you missed Kayla's volleyball game I drove home alone and felt like I'd lost you.",
    "I watched you try to back the grain cart up to the auger three times and I knew something was wrong.",
    "I get scared when the phone rings late at night and you're not home yet.",
    "Thank you for staying up with that heifer in February and pulling the calf, you saved them both.",
    "I was so proud of you when you talked to the FFA kids about no-till.",
    "You were sober the whole week of Tyler's graduation and it was the best week I've had in years.",
    "Thank you for fixing Mom's furnace last winter without her even asking.",
    "When you went thirty days without a drink last fall, I saw the old Dale come back, and I loved every minute of it.",
    "You did a beautiful job replanting the windbreak your grandpa put in.",
    "I noticed you've been taking the kids fishing at the sandpit again, and it means the world to me.",
    "I love you, Dale, and I'm here because I want my husband back.",
    "I remember the first time you drove me out to the home place and showed me the cottonwood by the creek.",
    "You taught Tyler to drive the old Farmall when he was nine, and he still talks about it.",
    "I miss sitting on the tailgate with you watching the sun go down over the beans.",
    "You're the best cattleman I know.",
    "I want to grow old on this farm with you.",
    "I want you to take the bed they have for you at the center in Kearney today.",
    "The program is thirty days and Rick already said he'll cover chores while you're gone.",
    "I'm asking you to go, not because I'm angry, but because I love you.",
    "Our wedding dance at the Grange hall is still one of my favorite nights.",
    "I miss the man who used to bring me the first sweet corn of the year.",
    "When I picture the future, I see you walking the pasture with our grandkids.",
    "Kayla asked me last week if Daddy is going to be okay, and I want so badly to tell her yes.",
    "I've been praying for you every night.",
    "I know your back hurts and I know those pills started with a real injury.",
    "I'm not here to shame you, I'm here because I'm worried sick about you.",
    "I miss your laugh at supper.",
    "You're a good father and the kids adore you.",
    "I still have the card you wrote me after we lost the baby, and I read it when I'm sad.",
    "Please say yes today, the kids and me can handle the farm while your gone.",
    "I'm scared of losing you, honey.",
    "The kids made you a card, its in my purse, they want you to come home healthy.",
    "You've carried this place on your back for twenty years and you deserve to feel good again.",
    "I want us to sit on the porch in October and watch the combines roll, sober and happy together.",
    "Remember when the creek flooded and you waded into Mrs. Olson's basement to carry her old dog out?",
    "I married you because you were kind and funny, and I know that man is still in there.",
    "Your dad would be proud of you for getting help.",
    "I'll drive you there myself and I'll come visit whenever they let me.",
    "Sweetheart, the doctors at the center know how to help with pain without the pills.",
    "I want my best friend back.",
]

DEV179_TRAPS: list[str] = [
    "My dad was a mean drunk, and I swore my kids would grow up different than I did.",
    "You told me last Christmas, 'Marcy, I'm a drunk and I know it,' and I have held onto that honesty ever since.",
    "You are not a junkie to me, you are the man who built me a porch swing.",
    "You've always been a weather junkie, checking the radar twenty times a day.",
    "Tyler and I spent all Saturday cleaning out the machine shed.",
    "The wheat came in clean this year, hardly a weed in it.",
    "Your dirty coveralls are still hanging by the back door and I can't bring myself to wash them.",
    "We always had Sunday dinner at your mom's after church, and I want that back.",
    "I haven't given up hoping for one single day.",
    "Great job with the steers at the county fair, that grand champion ribbon is still on the fridge.",
    "Dr. Hanson told us your liver numbers are high, and I want you to hear that from me with love.",
    "We drove to the Black Hills on our tenth anniversary and you sang along to the radio the whole way.",
    "The pasture was so lush after the June rains that the cows were fat by July.",
    "Corn prices were depressed all last year, and I know that weighed on you.",
    "I was depressed myself after Mom died, and you held me up.",
    "The hail made the beans look pathetic, but you went out and replanted anyway.",
    "The Stoner family down the road offered to help with chores while you're gone.",
    "I read the whole user manual for the new planter so I could help you this spring.",
    "The appraiser said the old grain dryer was worthless, so we hauled it to the scrap yard together.",
    "Jim at the bank said he'll give us until January on the note, so the farm is safe while you're in treatment.",
    "The extension agent says the soil moisture for next year looks good.",
    "Every time I smell fresh-cut alfalfa I think of the summer we met.",
    "Because of you, I know how to weld a hitch and pull a calf.",
    "You've never missed a calving season in twenty years.",
    "The battery in the old Farmall is dead again, it'll be waiting for you when you get home.",
    "Kayla is leaving for college in August and she wants her dad to be the one to drive her.",
    "I came clean to Jim Pruitt about our numbers, and it felt better than hiding them.",
    "The smell in the hog barn that July was disgusting, and you just laughed and kept shoveling.",
    "When I got sick with pneumonia you ran the whole place and still brought me soup.",
    "We all piled in the truck every Fourth of July to watch the fireworks in Aurora.",
    "It's a shame the storm took the old barn, I know your grandpa loved that barn.",
    "You told me once, 'I'm worthless without the farm,' and I need you to know that isn't true.",
    "My brother Ron was an addict for years and he has eleven years sober now, so I know people come back.",
    "You said to me in the hospital, 'I think I'm hooked, Marcy,' and that was the bravest thing I ever heard.",
    "The counselor at the center told me addiction is a disease and not a character flaw, and that helped me.",
    "I'm not here to call you an alcoholic or anything else, I'm here to ask you to come home healthy.",
    "The kids and I cleaned up the garden and planted the tomatoes you like.",
    "You always knew when a storm was coming before the radio did.",
    "Never in my life was I prouder than when you stood up at Tyler's wedding and gave that toast.",
    "Thank you for showing up at Mom's funeral in your good suit, you were steady as a rock for me.",
    "I used to be a real lush in college, so I'm not pretending to be perfect.",
    "Getting out on the tractor before sunup was always your favorite part of the day.",
]

DEV179_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't call the co-op to cover for you anymore when you don't show up.",
    "If you choose not to go, I'm going to take the kids to my sister's in Grand Island for a while, and I will still love you.",
    "If you don't accept help today, I will not sign any more loan papers with you at the bank.",
    "If you decide not to go, I'll keep the truck keys and the checkbook myself, and I won't be buying beer on my runs to town.",
]

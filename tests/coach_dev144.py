# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 144 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: an aunt who runs a hair salon, everything she hears from the chair: hearsay and sarcasm most, then absolutes. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV144_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.91 (72/79; the rules alone 66/79): label 3/4, absolute 15/16, blame 13/14, hearsay 16/17, sarcasm 13/16, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 6/43 (14.0%; the rules alone 6).

At merge, before it was trained on: with main a6c7782, rules and model 0.91 (72/79; the rules alone 66/79): label 3/4, absolute 15/16, blame 13/14, hearsay 16/17, sarcasm 13/16, every other kind full; good 0/44 (0.0%; the rules alone 0), traps 5/43 (11.6%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV144_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mrs. Pruitt sat in my chair Tuesday and told me she saw you passed out in your truck behind the Kroger.",
        {"hearsay"},
    ),
    (
        "Half my Saturday regulars have some story about you stumbling out of the Rusty Nail at closing time.",
        {"hearsay"},
    ),
    ("Your cousin Brianna let it slip that you pawned Grandpa's watch to buy pills.", {"hearsay"}),
    (
        "Word around the salon is you got let go from the body shop for nodding off under a Chevy.",
        {"hearsay"},
    ),
    (
        "Deb from the credit union mentioned you've been in three times this month trying to cash checks that bounce.",
        {"hearsay"},
    ),
    (
        "I had a lady getting foils put in tell me her son buys from the same guy you do.",
        {"hearsay"},
    ),
    (
        "According to your landlord, who gets her perm with me every six weeks, your two months behind on rent.",
        {"hearsay"},
    ),
    (
        "Your ex Jolene came in for a trim and said you threw a lamp at her the night before she moved out.",
        {"hearsay"},
    ),
    (
        "The girls at the shop say you been hanging around that trailer out on Route 9 where everybody goes to score.",
        {"hearsay"},
    ),
    (
        "Supposedly you've been bragging to the guys on your crew that u can quit any time you feel like it.",
        {"hearsay"},
    ),
    (
        "I got it from three different people that you showed up to little Kenny's baptism smelling like a brewery.",
        {"hearsay"},
    ),
    (
        "Your foreman's wife is one of my Thursday ladies and she says he is about done covering for you.",
        {"hearsay"},
    ),
    (
        "From what Pam heard at bingo the sheriff's deputies have picked you up twice since Easter.",
        {"hearsay"},
    ),
    (
        "Mr. Delgado swears up and down he watched you slip cold medicine into your jacket at the Walgreens on Fifth.",
        {"hearsay"},
    ),
    (
        "Joanne's daughter told her you've been high every single day since Christmas.",
        {"absolute", "hearsay"},
    ),
    ("Rumor at the shop has it you owe money to every guy from your old ball team.", {"hearsay"}),
    (
        "Real nice touch, Ty, falling face first into the potato salad at the Fourth of July picnic.",
        {"sarcasm"},
    ),
    (
        "Nephew of the decade, skipping your own mother's gallbladder surgery because you were 'busy.'",
        {"sarcasm"},
    ),
    (
        "Oh and congratulations on finally making the police blotter, my whole salon got a good read out of it.",
        {"sarcasm"},
    ),
    (
        "You sure know how to make an entrance, weaving into Aunt Carol's viewing high as a kite.",
        {"sarcasm"},
    ),
    (
        "Way to go totaling the third car in two years, that's gotta be some kind of county record.",
        {"sarcasm"},
    ),
    (
        "I guess pawning my good Andis clippers was a real smart business move on your part.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for the lovely voicemail at 3 a.m., slurring about how much you love your auntie.",
        {"sarcasm"},
    ),
    (
        "Your little 'I've got this under control' speech was very convincing right up until the ambulance pulled in.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, letting your pregnant girlfriend drive you home from the bar in a snowstorm.",
        {"sarcasm"},
    ),
    (
        "Bravo on Kayla's graduation party, nobody will ever forget the toast you gave to the punch bowl.",
        {"sarcasm"},
    ),
    (
        "Sure, you're just \"tired\" all the time, that's why you doze off mid sentence with a lit cigarette in your hand.",
        {"sarcasm"},
    ),
    (
        "Lovely job babysitting Mia that weekend, she only had to call me to come get her at midnight.",
        {"sarcasm"},
    ),
    ("Such a hard worker, putting in all those long hours down at the Legion.", {"sarcasm"}),
    (
        "Must be real nice sleeping till two every afternoon while your mama pays your phone bill.",
        {"sarcasm"},
    ),
    (
        "Glad you dressed up for Thanksgiving in the same shirt you'd been wearing since Monday.",
        {"sarcasm"},
    ),
    (
        "Real classy, the junkie of the family strolling into my shop's tenth anniversary party with his eyes pinned.",
        {"label", "sarcasm"},
    ),
    ("You haven't shown up to one of Mia's birthdays sober, not one.", {"absolute"}),
    (
        "Every single time my phone lights up with your name it's because you need money.",
        {"absolute"},
    ),
    ("You always have some excuse ready before anybody even opens their mouth.", {"absolute"}),
    ("Not a single promise you made this year got kept.", {"absolute"}),
    ("Your forever disappearing the minute things get hard.", {"absolute"}),
    ("Each and every holiday ends with you in a fight or passed out on the couch.", {"absolute"}),
    (
        "You constantly lie about where you've been, even dumb little stuff like which gas station.",
        {"absolute"},
    ),
    ("Whenever anybody in this family needs you, you're nowhere to be found.", {"absolute"}),
    ("You never listen to a word anybody says to you anymore.", {"absolute"}),
    ("Nothing I say ever gets through that thick head of yours.", {"absolute"}),
    ("Every paycheck you get goes straight up your nose before Saturday.", {"absolute"}),
    (
        "You have not told me the truth one time since you moved back in with your mom.",
        {"absolute"},
    ),
    ("All you ever think about is where the next bottle is coming from.", {"absolute"}),
    ("You dont ever call your mother unless your in some kind of trouble.", {"absolute"}),
    (
        "Not once this whole year did you stay through Sunday dinner without sneaking out to your car.",
        {"absolute"},
    ),
    (
        "Your mom hasn't slept a whole night in two years and that is squarely on your shoulders.",
        {"blame"},
    ),
    (
        "Grandma's heart attack came the week after your arrest and I don't think that was any coincidence.",
        {"blame"},
    ),
    ("You picked those pills over your own little girl.", {"blame"}),
    ("This family was doing just fine until you started using.", {"blame"}),
    (
        "I took out a second loan on the salon to pay your lawyer, and I hope you lie awake thinking about that.",
        {"blame"},
    ),
    ("You tore this family right down the middle, Tyler.", {"blame"}),
    ("Your sister moved clear to Columbus just to get away from the mess you made.", {"blame"}),
    (
        "I gave you a job, a key to my shop and a second chance, and you paid me back by emptying my register.",
        {"blame"},
    ),
    ("How you could do that to your own mother I will never understand.", {"blame"}),
    ("Your dad started drinking again the night he bailed you out, and you know it.", {"blame"}),
    ("Every gray hair on your mother's head has your name written on it.", {"blame"}),
    ("Mia has to see the school counselor now, and that's thanks to your using.", {"blame"}),
    (
        "It's your fault I lost two of my best clients after the scene you made in my shop.",
        {"blame"},
    ),
    ("Take a good look at what your choices have done to your poor mother.", {"blame"}),
    ("I never in my life thought I'd have a junkie for a nephew.", {"label"}),
    (
        "Tyler is a drunk, plain and simple, and there isn't a soul in this town who doesn't know it.",
        {"label"},
    ),
    ("Your a pillhead honey and it breaks my heart to say it.", {"label"}),
    ("I want you to get clean so bad I can taste it.", {"clean"}),
    (
        "Your probation officer called Donna and said the last screen came back dirty.",
        {"clean", "hearsay"},
    ),
    ("Stay clean for Mia, she deserves that much.", {"clean"}),
    (
        "Honestly you look like something the cat dragged in and I'm embarrassed to be seen with you.",
        {"insult"},
    ),
    ("You are a disgrace to your grandfather's name.", {"insult"}),
    ("What kind of grown man steals from his own aunt's tip jar?", {"insult"}),
    ("The whole family sat down and decided you can't be trusted anymore.", {"we"}),
    ("You go to that rehab tomorrow or don't you ever set foot in my salon again.", {"threat"}),
    ("If you walk out of this room, you can forget you ever had an aunt.", {"threat"}),
    ("I've read up on it and I think you're a narcissist, Ty.", {"diagnosis"}),
    ("You're in denial so deep you can't even see the bottom of it.", {"diagnosis"}),
    ("Between the mood swings and the spending sprees you're obviously bipolar.", {"diagnosis"}),
]

DEV144_GOOD: list[str] = [
    "Tyler, I gave you your very first haircut and you cried so hard I handed you a lollipop before I was halfway done.",
    "I remember you sweeping up at the salon on Saturdays for five bucks and a grape soda.",
    "You used to do your spelling homework under the dryer hood while I finished my last perm.",
    "I love you, and that is the only reason I'm sitting in this room today.",
    "Lately I've noticed you don't laugh like you used to, that big goofy laugh that filled up the whole shop.",
    "When you stopped by in March you'd lost so much weight I almost didn't know you at the door.",
    "I'm scared honey, real scared, that one of these nights my phone is going to ring with the worst news.",
    "You were the boy who carried Mrs. Abernathy's bags out to her Buick without anyone asking.",
    "I miss our Wednesday lunches at Sal's, just you and me and a basket of garlic knots.",
    "At Easter I watched your hands shake when you poured your coffee and I had to go in the bathroom and cry.",
    "Your little girl lights up when she talks about you.",
    "There is a bed at Riverside ready for you this afternoon and I'll drive you there myself.",
    "I want my nephew back, the one who sang Garth Brooks off key while he folded towels.",
    "I found the pill bottles in your glovebox when I borrowed your car, and I didnt say anything then, but I'm saying it now.",
    "It hurt me when you stopped answering my texts this summer.",
    "I was proud of the man you were becoming at twenty-two, and I believe he's still in there.",
    "Remember the year you dressed up as a blow dryer for Halloween and the cord kept tripping you?",
    "I was so worried when I saw the marks on your arms at the cookout.",
    "You taught me how to run the card reader at the shop when I was too stubborn to learn it.",
    "I feel helpless watching you hurt yourself, and I'm tired of pretending I don't see it.",
    "My wish for you is simple, I want to see you healthy and smiling at Mia's graduation.",
    "Your mom still keeps your Little League trophies on the mantel and dusts them on Fridays.",
    "Last Sunday you nodded off in the middle of our conversation and it scared me half to death.",
    "You are worth fighting for, Ty.",
    "When Uncle Ray was in the hospital you sat up with him all night and held the straw for him.",
    "I miss hearing you whistle when you come through the back door of the shop.",
    "I'm coming to the family weekend at the treatment center, I already cleared my books.",
    "Ive been praying for you at night since last winter.",
    "The money missing from my drawer hurt, but losing you would hurt so much more.",
    "In July I found you asleep on the porch swing and I sat next to you for an hour just to watch you breathe.",
    "You have your grandmother's eyes and her stubborn streak, and she'd want you to put that streak to work getting well.",
    "I'm asking you to get in the car with us and go to Riverside today.",
    "The program has a bed, a counselor and a plan waiting, and all you have to do is say yes.",
    "I lie awake wondering where you are and whether you ate today.",
    "Honey I miss you even when you're standing right in front of me.",
    "When you were eight you made me a birthday card that said 'best aunt in the univers' and it's still taped to the mirror at my station.",
    "On FaceTime last month your words were running together and your eyes wouldn't stay open, and I hung up and sat in my car for a long time.",
    "I'll help with Mia's school pickups while you focus on getting better.",
    "You were the best dancer at your cousin Kayla's wedding and I have the video to prove it.",
    "Seeing you pale and sweating at the Speedway last week, I knew something was really wrong.",
    "I believe in you, Ty, I really do.",
    "Im not here to fight with you, Im here because I love you.",
    "Your hugs used to knock me backwards you squeezed so hard.",
    "I want to sit on the dock at Caesar Creek with you again, sober and laughing.",
]

DEV144_TRAPS: list[str] = [
    "My brother Ray was a drunk for twenty years before he got sober, and he's sitting right here today because he loves you.",
    "I was a pillhead myself in my thirties, honey, so I'm not up here as somebody who never struggled.",
    "I never stop praying for you, not for one night.",
    "We always had the best Fourth of July cookouts in Grandma's backyard.",
    "We used to go to the county fair every August and you'd beg me to ride the Zipper with you.",
    "I clean the shop after close every night and I think about you the whole time.",
    "You told me yourself, 'Aunt Renee, I'm an addict and I don't know how to stop,' and I've never been prouder of your honesty.",
    "Nobody in this room sees you as some junkie, we see the boy who fixed my broken chair lift with a butter knife.",
    "Those thirty days you put together last fall were amazing, and I still carry the chip you gave me in my purse.",
    "The ER doctor told me himself in October that your pancreas is inflamed from the drinking, and I haven't stopped thinking about it.",
    "I'm a total caffeine junkie, you know that, but I'd give up coffee forever if it meant you'd go today.",
    "Mia is a Hallmark movie junkie just like her great-grandma was.",
    "After the flood the well water came back dirty and you hauled cases of bottled water to the house for a whole week.",
    "Grandpa was an alcoholic, and I watched what it did to him, which is why I can't stay quiet now.",
    "You've never been anything but sweet to Mia, even on your worst days.",
    "Every time I look at that picture of you holding Mia in the hospital, I smile.",
    "People in the rooms say 'once an addict, always an addict,' but I don't believe that about you one bit.",
    "We all piled in the van to Myrtle Beach the summer you turned twelve and you got burnt red as a lobster.",
    "My friend Carla calls herself a grateful addict, nine years off meth now, and she said she'd love to have coffee with you.",
    "You told me at the hospital, 'I'm such a disgrace,' and honey I cried because it isn't true.",
    "You stayed till two in the morning helping me clean up after the pipe burst at the salon.",
    "I never told you how much that night meant to me.",
    "Your stepdad was diagnosed bipolar by his psychiatrist years ago, so I know how real this stuff is in our family.",
    "I'm not calling you names today, not addict, not anything, just Tyler.",
    "I always knew you'd be a wonderful dad, and you were, those first years with Mia.",
    "You were always the first one out on the dance floor at weddings.",
    "How could I ever forget your face when you reeled in your first bass?",
    "Shame on me for waiting this long to say any of this out loud.",
    "You'll never be alone in this, I promise you that.",
    "There's never a day goes by I don't think about you.",
    "The counselor at Riverside told me Monday that the first week is the hardest and that family visits really help.",
    "I was sick with worry the whole night you were in the ICU.",
    "Your cousin Brianna said she'd keep Mia every weekend while you're in treatment.",
    "Clean sheets, a hot meal and your old room at my place will be waiting whenever you finish the program.",
    "Your great-grandpa was stubborn as a mule and never missed a day at the paper mill in forty years.",
    "I lost my temper and made a total fool of myself at Thanksgiving, and I'm sorry for that.",
    "When you got your GED at twenty I bragged to every single client for a month.",
    "The night you won the pool tournament at the Elks you bought everybody pop instead of beer, and I thought that was real classy.",
    "Thank you for making it to Mia's dance recital in May, it meant the world to her and to me.",
    "The nurse told me your blood pressure was dangerously high when they brought you in, and all I could do was hold your hand.",
    "Pathetic as my singing is, I used to belt out lullabies to you when you had croup.",
    "We had a rule at Grandma's that nobody left the table hungry, and I still cook like that.",
    "Even at your lowest you never once raised a hand to Mia, and I love you for that.",
]

DEV144_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go today, I won't be handing you cash at the shop anymore, not for gas, not for anything.",
    "If you say no, you're still welcome at Sunday dinner, but not if you've been drinking or using.",
    "If you turn this down, I'm going to stop covering for you when your mom asks me where you've been.",
    "I love you, and if you leave here without saying yes, I'm going to ask for the key to the salon back.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 196 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a cousin who grew up with him on a Texas ranch, horses and trucks: blame, sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV196_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.95 (63/66; the rules alone 58/66): blame 18/20, we 1/2, every other kind full; good 2/44 (4.5%; the rules alone 1), traps 4/43 (9.3%; the rules alone 4).

At merge, before it was trained on: with main 6613c6f, rules and model 0.95 (63/66; the rules alone 58/66): blame 18/20, we 1/2, every other kind full; good 2/44 (4.5%; the rules alone 1), traps 3/43 (7.0%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV196_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mamaw cried herself to sleep for a month after you pawned Papaw's silver buckle, and that sits on your head and nobody else's.",
        {"blame"},
    ),
    (
        "Uncle Ray lost the lease on the south pasture 'cause he spent the lease money bailing you out of the Kerr County jail, so thats your doing.",
        {"blame"},
    ),
    (
        "You're the one who put Aunt Carol in the hospital with her nerves, laying awake wondering where you were at.",
        {"blame"},
    ),
    (
        "It's your fault Dusty had to be put down, you left the gate wide open when you were too messed up to stand.",
        {"blame"},
    ),
    ("You picked a bottle of Crown over your own baby girl's fifth birthday party.", {"blame"}),
    (
        "Grandpa's Silverado is sitting in the bar ditch off Highway 16 with the front end caved in, and you're the one who put it there.",
        {"blame"},
    ),
    (
        "Most of the fighting in this family the last three years started with your pills.",
        {"blame"},
    ),
    (
        "I gave you my good saddle and a job at the sale barn and you paid me back by skimming out of the till.",
        {"blame"},
    ),
    (
        "Your mama has aged ten years since you got on the meth and you did that to her, Travis.",
        {"blame"},
    ),
    (
        "Don't you dare act like that wreck was bad luck, you were the one with a beer between your knees.",
        {"blame"},
    ),
    ("Kaylee is scared of her own daddy now and you earned that all by yourself.", {"blame"}),
    (
        "We had to sell the gooseneck to pay your lawyer, so dont tell me this only hurts you.",
        {"blame"},
    ),
    (
        "Papaw went to his grave worrying over you, and I hold you responsible for the worst of his last year.",
        {"blame"},
    ),
    (
        "You let the horses go three days without water while you were on a bender, and Uncle Ray had to find them half dead.",
        {"blame"},
    ),
    (
        "Call it whatever you want, your drinking is what drove Jessie and the boys out of that house.",
        {"blame"},
    ),
    (
        "I planned my whole wedding around you standing next to me and you wrecked it, laid up in some motel in Uvalde.",
        {"blame"},
    ),
    (
        "How in the world do you sleep at night knowing Aunt Carol is working doubles at the Dollar General to cover your debts?",
        {"blame"},
    ),
    (
        "The bank took the home place partly over the money you ran through on pills, and I need you to own that.",
        {"blame"},
    ),
    (
        "You threw away a rodeo scholarship to Tarleton for a case of Lone Star and a handful of Xanax.",
        {"blame"},
    ),
    (
        "I lost my job at the feed store covering your shifts when you were too hungover to come in, so thanks a lot for that one.",
        {"blame", "sarcasm"},
    ),
    (
        "Real proud moment, cousin, watching you fall off the arena fence at the Bandera rodeo in front of half the county.",
        {"sarcasm"},
    ),
    ("Way to go, champ, three DWIs before you even turned twenty-five.", {"sarcasm"}),
    (
        "Sure was thoughtful of you to sell Papaw's roping saddle so you could buy pills off that guy in Kerrville.",
        {"sarcasm"},
    ),
    (
        "You're a regular cowboy hero, passed out in the bed of your truck at noon on a Tuesday.",
        {"sarcasm"},
    ),
    (
        "Nice touch showing up to Papaw's funeral smelling like a brewery, I'm sure he'd have loved that.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making the Llano News police blotter again, that's one way to keep the family name famous.",
        {"sarcasm"},
    ),
    (
        "Thanks a whole bunch for teaching my boys what a hangover looks like at Thanksgiving.",
        {"sarcasm"},
    ),
    (
        "Oh sure you've got it 'all under control', just like you had that gelding under control when you rode him drunk into the cattle guard.",
        {"sarcasm"},
    ),
    (
        "Brilliant plan, hauling a trailer full of somebody else's horses to Amarillo while you were high on meth.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, leaving Jessie to feed the stock in an ice storm while you slept it off.",
        {"sarcasm"},
    ),
    (
        "Hats off to you for finally finding something you're dedicated to, too bad its the bottle.",
        {"sarcasm"},
    ),
    (
        "Gold star for the year Travis, you missed every single one of Kaylee's barrel races.",
        {"absolute", "sarcasm"},
    ),
    ("I bet Papaw would be real impressed with how his favorite grandson turned out.", {"sarcasm"}),
    (
        "You never once came out to help me work the calves after you started drinking.",
        {"absolute"},
    ),
    (
        "Every single time we make plans you either show up late and lit or you dont show at all.",
        {"absolute"},
    ),
    (
        "Your always got some excuse, the truck broke down, the boss was riding you, the dog got out.",
        {"absolute"},
    ),
    ("Not one promise you've made me in five years has held up.", {"absolute"}),
    ("You can't make it through a single weekend without getting loaded.", {"absolute"}),
    (
        "Any time this family gets together you end up drunk and picking a fight, no exceptions.",
        {"absolute"},
    ),
    ("You haven't told me the truth about one thing since 2019.", {"absolute"}),
    ("All you ever think about anymore is where the next pill is coming from.", {"absolute"}),
    (
        "You're forever borrowing money off Uncle Ray and not a nickel of it has ever come back.",
        {"absolute"},
    ),
    ("Nothing anybody says to you sinks in, not me, not your mama, not the judge.", {"absolute"}),
    ("There's not a day goes by u aren't high on something.", {"absolute"}),
    (
        "Every phone call I get from you is either asking for money or asking for a ride.",
        {"absolute"},
    ),
    (
        "You forget every birthday in this family, every last one, even your own mama's.",
        {"absolute"},
    ),
    ("Folks in Llano see you as the town drunk now, and honestly cousin, so do I.", {"label"}),
    ("I don't want my boys growing up with a pillhead for an uncle.", {"label"}),
    ("You turned into a tweaker living out of that camper on Uncle Ray's back forty.", {"label"}),
    (
        "I want you to go to that place in Kerrville and get yourself clean for good this time.",
        {"clean"},
    ),
    ("Your PO told Aunt Carol your last UA came back dirty for meth.", {"clean", "hearsay"}),
    ("It makes me ashamed to carry the same last name as you.", {"insult"}),
    (
        "Stumbling around that barn at two in the afternoon you look like a sorry excuse for a man.",
        {"insult"},
    ),
    (
        "Jessie told me you pulled a knife on her brother out at the dance hall in Gruene.",
        {"hearsay"},
    ),
    ("The boys at the sale barn say you've been buying off that Hendricks kid.", {"hearsay"}),
    ("Word around Hondo is you've been passing out in your truck outside the VFW.", {"hearsay"}),
    ("The whole family's fed up with your lies Travis, every one of us.", {"we"}),
    ("All us cousins agree you've turned into somebody none of us recognize.", {"we"}),
    (
        "You go to treatment tomorrow or I swear I'll tell the sheriff where you keep your stash.",
        {"threat"},
    ),
    (
        "If you don't get in the truck today then don't you ever set foot on this ranch again, I mean it.",
        {"threat"},
    ),
    (
        "The way you lie to Mamaw's face without blinking, I think you're a flat out sociopath.",
        {"diagnosis"},
    ),
    ("You're in denial so deep you can't see the pasture for the mesquite.", {"diagnosis"}),
    ("Something ain't right in your head cousin, I'd bet money you're bipolar.", {"diagnosis"}),
]

DEV196_GOOD: list[str] = [
    "I was scared to death when I found you asleep in your truck at the cattle gate last March with the engine running.",
    "When you didn't make it to my wedding I felt like I'd lost my best man and my brother on the same day.",
    "I saw your hands shaking at Easter when you tried to saddle Biscuit, and it broke my heart.",
    "I got the call from the Kerr County jail in October and I sat in my truck for an hour before I could drive.",
    "It hurt me when you asked to borrow money a third time this summer and I had a feeling where it was going.",
    "I noticed you stopped coming to Sunday dinner at Mamaw's, and I miss you at that table.",
    "Thank you for pulling me out of the stock tank when I was seven, I still remember you hauling me up by my belt.",
    "You stayed up all night with that colicky mare in 2016 and saved her life, and I was so proud of you.",
    "I'm grateful you drove four hours to sit with me in the hospital when Daddy had his stroke.",
    "Kaylee still talks about the day you taught her to post the trot on Pepper.",
    "The fence you built along the creek is still standing straight as a string, and I think of you when I ride past it.",
    "Thank you for the eight months you stayed sober in 2021, I saw the real you come back.",
    "Travis, you're more like a brother to me than a cousin.",
    "I remember riding double on old Pepper down to the Llano River to fish for bass.",
    "I love you and I want my cousin back.",
    "I miss hearing you laugh so hard you had to pull the truck over.",
    "I want my kids to know the Travis I grew up with, the one who could rope anything with four legs.",
    "There's a bed waiting for you at a treatment center in Kerrville, and I'll drive you there myself today.",
    "I'll feed your horses and look after Blue while you're gone, you don't need to worry about a thing.",
    "I think about the summer we hauled hay for the Petersons and split the money on a used Ford with no tailgate.",
    "Your mama keeps your junior rodeo buckle on her dresser right next to her Bible.",
    "I still carry the Case pocketknife you gave me for my twelfth birthday.",
    "I believe you can beat this, I've watched you get thrown and climb right back on more times than I can count.",
    "I want to see you at the head of the table for Mamaw's ninetieth birthday next spring.",
    "I remember you sitting on the tailgate playing Waylon on that beat up guitar with two strings missing.",
    "When I think of you I think of caliche dust and sunsets and the smell of saddle leather.",
    "I want to go to the San Angelo stock show with you again next February.",
    "I've been praying for you, and so has Mamaw.",
    "I'm scared I'm going to get a phone call one of these nights saying you're gone.",
    "My boys ask about you, and I want to tell them their uncle Travis is getting better.",
    "You taught me how to back a trailer, how to shoe a horse, and how to lose with my head up.",
    "I'd give anything to see you back in the saddle at the Fourth of July rodeo in Bandera.",
    "The folks at that center know ranch life, and they've got a program for men who work with their hands.",
    "I'll come visit on family days and bring Kaylee's drawings of the horses.",
    "Please say yes today, cousin.",
    "I remember Papaw lifting us both up on the hood of his Silverado to watch the fireworks over Lake Buchanan.",
    "I'm proud to be your cousin and I want you to be proud of yourself again.",
    "I miss the Travis who'd show up at daybreak with two coffees and a grin.",
    "I know the pain from your back surgery was real, and I'm not judging how this started.",
    "I'm hopeful, I really am, and I want to walk beside you through this.",
    "Jessie and the kids love you and they're rooting for you.",
    "Biscuit's colt is three now and he's got your stubborn streak, I'd like you to be the one to start him.",
    "I want us to haul a trailer up to Ruidoso like we used to talk about as kids.",
    "Thank you for listening to me read this, I know it isnt easy to hear.",
]

DEV196_TRAPS: list[str] = [
    "Uncle Dale was a mean drunk, but you've got a gentle heart and I know it's still in there.",
    "I'm an alcoholic myself, sober since 2017, and I'm living proof folks come back from this.",
    "You told me last Christmas, 'I'm a junkie and I know it,' and I cried the whole drive home.",
    "You aren't a drunk to me, you're the kid who taught me to tie a bowline knot.",
    "You were always the first one out to the barn in the morning when we were kids.",
    "I have never given up on you and I'm not about to start now.",
    "We always spent the Fourth at Papaw's, shooting bottle rockets over the stock tank.",
    "We used to clean out the horse stalls together every Saturday and race to see who'd finish first.",
    "Grandpa always said you had the best hands with a horse of anybody in the family.",
    "Great job on those six months sober in 2022, I'm still proud of you for it.",
    "You did a real fine job on that barn roof, it hasn't leaked a drop since.",
    "The doctor at the ER in Fredericksburg said your pancreas is inflamed, and I can't stand the thought of losing you.",
    "I got my hands dirty for the first time on that ranch with you, branding calves when I was twelve.",
    "I'm a rodeo junkie same as you, and I want us to go to Fort Worth together next January.",
    "I was in denial about my own drinking for a long time, so I know how hard it is to look at.",
    "Nobody in this family thinks you're worthless, not one of us.",
    "I heard the coyotes out by the creek last night and thought about the nights we camped out there.",
    "People say the Hill Country is prettiest in April, and I want you here to see the bluebonnets with me.",
    "We all went to the lake every summer, all twelve cousins piled in the back of Papaw's truck.",
    "You learned to ride before you could read, and I'll never forget watching you on that Shetland pony.",
    "I'm the reason you got bucked off that bronc at fourteen, I dared you, and you forgave me anyway.",
    "I started roping because of you, I wanted to be just like my big cousin.",
    "It wasn't your fault the hail took out the wheat in '15, and you worked harder than anybody to replant.",
    "My dad was an addict and he died before he ever got help, I don't want that for you.",
    "I'm not calling you an alcoholic, that's not my place, I'm telling you I miss you.",
    "That old truck of ours was a disgrace to Ford Motor Company but we loved it anyway.",
    "I was pathetic at barrel racing my first year and you cheered for me like I was a world champ.",
    "If you go today, I promise I'll be there on every visiting day with a thermos of coffee.",
    "I was sick to my stomach the night you didn't come home, and all I want is you safe.",
    "You used to say 'I'd rather be dead than live in town,' and I want you alive and out here with the horses.",
    "The vet gave Biscuit a clean bill of health and he's waiting on you to ride him.",
    "Every time I saddle up I think about you riding next to me.",
    "Nothing would make me happier than watching you walk into that center today.",
    "Mamaw told me she's already got your room made up for when you come home from treatment.",
    "Papaw was a hard drinker in his younger days, and he'd be the first to tell you there's no shame in getting help.",
    "You never once let me hit the dirt without picking me up and dusting me off.",
    "I keep your truck washed and clean in the barn so it's ready when you get out.",
    "We had the best times, you and me, running those old trucks through the creek bottom.",
    "Thanks for showing up to Kaylee's christening sober and smiling, that picture of you holding her is on my fridge.",
    "Ain't nobody calling you a junkie today cousin, this is about love.",
    "The specialist in San Antonio diagnosed your hep C last fall, and I want you to get both things treated so you live a long time.",
    "You always had a way with the skittish horses nobody else could handle.",
    "I'm the one who bought you your first beer at sixteen and I've regretted it ever since, I'm sorry.",
]

DEV196_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you my truck or trailer anymore, and I'm doing that because I love you.",
    "If you decide not to go, I'm not going to cover for you with Uncle Ray at the sale barn again.",
    "If you turn this down you can't stay in the bunkhouse, but the minute you're ready for treatment I'll drive you myself.",
    "If you choose not to go today, I won't be answering when the jail calls, and I'll still be praying for you.",
    "I won't give you any more cash, but I'll fill your tank to get you to Kerrville any day you say the word.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 158 (5 December 2026, round 24, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a high-school football coach father, locker-room talk and pep-talk cadence: sarcasm, absolutes and blame most. The writer was asked to keep calm consequences apart, as
DEV158_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.87 (59/68; the rules alone 46/68): label 3/4, absolute 15/16, blame 12/16, sarcasm 13/16, every other kind full; good 1/45 (2.2%; the rules alone 0), traps 5/45 (11.1%; the rules alone 4).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.87 (59/68; the rules alone 48/68): label 3/4, absolute 15/16, blame 13/16, hearsay 3/4, sarcasm 13/16, every other kind full; good 1/45 (2.2%; the rules alone 0), traps 5/45 (11.1%; the rules alone 4).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV158_FLAG: list[tuple[str, set[str]]] = [
    (
        "Heck of a game plan, son, hocking your state ring at the pawn shop on Route 9 for a couple bags of pills.",
        {"sarcasm"},
    ),
    (
        "Real clutch performance at homecoming, puking behind the bleachers with my whole varsity squad watching.",
        {"sarcasm"},
    ),
    (
        "Way to lead by example for your little brother, champ, he's learning a ton about hiding beer cans in the wheel well.",
        {"sarcasm"},
    ),
    (
        "Thanks a bunch for that 2am call from county lockup, it was the highlight of my season.",
        {"sarcasm"},
    ),
    (
        "I oughta hand you a trophy for the most creative excuses in all of Pickens County.",
        {"sarcasm"},
    ),
    ("Top notch hustle there, getting canned from three jobs before Labor Day.", {"sarcasm"}),
    (
        "Outstanding teamwork, you and your buddies cleaning out my liquor cabinet while I was up at the state playoffs.",
        {"sarcasm"},
    ),
    (
        "Your 'I got it handled Dad' speech sure is a winner, I've only heard it about forty times now.",
        {"sarcasm"},
    ),
    (
        "Congrats on your new personal record Tyler, eleven whole days without calling your mother back.",
        {"sarcasm"},
    ),
    (
        "Real class act, strolling into Kayla's graduation smelling like the inside of a keg.",
        {"sarcasm"},
    ),
    (
        "Bang-up job as a daddy, nodding off on the couch with Mason in the bathtub down the hall.",
        {"sarcasm"},
    ),
    (
        "You keep telling your mother you're doing 'great.' Great like a team that went 0 and 10.",
        {"sarcasm"},
    ),
    (
        "Hall of fame move, totaling the Silverado and then lying to the trooper about it.",
        {"sarcasm"},
    ),
    (
        "Nice to know all them 5am workouts taught you the discipline to find a dealer in every town you land in.",
        {"absolute", "sarcasm"},
    ),
    ("MVP of the couch, Jake, you really earned that title this year.", {"sarcasm"}),
    (
        "Boy, your grandma sure appreciated you lifting forty bucks outta her purse on her birthday, real sweet gesture.",
        {"sarcasm"},
    ),
    ("You have not kept one single promise to me since you were sixteen years old.", {"absolute"}),
    ("Every time I hand you the ball you fumble it, every single time.", {"absolute"}),
    (
        "You didnt show up for one of your sister's volleyball games, not one, the whole season.",
        {"absolute"},
    ),
    ("Nothing I say makes it through to you anymore, Cody.", {"absolute"}),
    ("You lie to me every time you open your mouth.", {"absolute"}),
    ("You're late to everything now, practice, work, your own son's birthday party.", {"absolute"}),
    (
        "There hasnt been a holiday in four years you didnt wreck by getting wasted.",
        {"absolute", "blame"},
    ),
    (
        "Seems like your hand is out for money constantly and not a dime of it ever comes back.",
        {"absolute"},
    ),
    ("Any time cash goes missing from this house it's you, no exceptions.", {"absolute"}),
    (
        "You quit on everything you start, football, college, the Marines, your marriage.",
        {"absolute"},
    ),
    (
        "You are high or hungover every single weekend, dont even try to tell me otherwise.",
        {"absolute"},
    ),
    ("In three years you havent once asked me how your mother is holding up.", {"absolute"}),
    (
        "Your always got an excuse ready, the ref, the coach, the weather, anybody but you.",
        {"absolute"},
    ),
    ("Each and every phone call I get from you ends up being about money.", {"absolute"}),
    ("You dont ever finish a sentence without a lie tucked in there somewhere.", {"absolute"}),
    ("Your mom hasnt slept a full night since March, and that's your doing, son.", {"blame"}),
    (
        "Ryan quit the team his junior year cause he couldnt stand people asking about you, and that one sits square on your shoulders.",
        {"blame"},
    ),
    ("You traded your scholarship and this whole family for a bottle of Percocet.", {"blame"}),
    (
        "Your drinking cost me the head coaching job at Westside, I hope it was worth it to you.",
        {"blame"},
    ),
    (
        "We had to remortgage the house to pay your lawyer, and thats on your account, not mine.",
        {"blame"},
    ),
    ("Every gray hair on my head has got your name stitched on it.", {"blame"}),
    (
        "You put your little girl in the back seat and drove her around loaded, and you expect me to just forget that?",
        {"blame"},
    ),
    (
        "Your grandpa's heart attack came the same week you got arrested, and I dont think thats a coincidence.",
        {"blame"},
    ),
    ("You tore this family right up the middle like a blitzing linebacker.", {"blame"}),
    (
        "Dana packed up the kids and left, and you got nobody to point at but the guy in the mirror.",
        {"blame"},
    ),
    (
        "Your sister lost her down payment bailing you out and you didnt even say thank you.",
        {"blame"},
    ),
    (
        "I gave up my Saturdays, my retirement, my whole darn life for you, and this is how you pay me back.",
        {"blame"},
    ),
    (
        "The booster club wont trust me with the books anymore thanks to you swiping that concession money.",
        {"blame"},
    ),
    ("You broke your mother's heart and you dont even seem to care.", {"blame"}),
    (
        "Mason flinches when a car door slams at night, and he learned that from waiting up for you.",
        {"blame"},
    ),
    ("I didnt raise my boy to be some pillhead sleeping in his car behind the Walmart.", {"label"}),
    ("Face it Tyler, you're a drunk, same as your Uncle Ray was.", {"label"}),
    (
        "The coach's kid is a meth head, thats what half this town is whispering.",
        {"hearsay", "label"},
    ),
    ("Brianna, you are an addict and you need to hear me say it out loud.", {"label"}),
    ("Your PO told me you had two dirty screens back in October.", {"clean", "hearsay"}),
    ("I want you clean and back on that sideline with me by spring ball.", {"clean"}),
    (
        "Stealing from your own grandmother is about as low and gutless as a man can get.",
        {"insult"},
    ),
    ("Honestly it's embarrassing to tell folks you're my son.", {"insult"}),
    ("You look like death warmed over and you carry on like a spoiled brat.", {"insult"}),
    (
        "Coach Reynolds told me he watched you buying from some guy behind the Dollar General.",
        {"hearsay"},
    ),
    ("Your ex told your mom you've started shooting up now.", {"hearsay"}),
    (
        "Your mother, your sisters and me, all of us, think you're throwing your life in the trash.",
        {"we"},
    ),
    (
        "The whole family talked it over and we decided you cant be trusted with a thing right now.",
        {"we"},
    ),
    (
        "You get in that van to the program tomorrow morning or you can pack your junk and find another place to sleep.",
        {"threat"},
    ),
    ("Walk out that door without saying yes and dont bother calling me Dad again.", {"threat"}),
    (
        "Honest to God I think you're a sociopath, the way you lie to your mother without blinking.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you couldnt find the end zone with a map.", {"diagnosis"}),
    (
        "All that up and down stuff, happy one minute and throwing chairs the next, thats textbook bipolar if you ask me.",
        {"diagnosis"},
    ),
]

DEV158_GOOD: list[str] = [
    "Cody, I remember teaching you to throw a spiral in the backyard when you were six, and you put one through Mrs. Hadley's kitchen window on the third try.",
    "I loved driving you to two-a-days in August, windows down, you eating a gas station honey bun.",
    "Your first varsity touchdown against Easley is still the loudest I have yelled in my life.",
    "I'm writing this because I love you and I'm scared for you.",
    "Lately I've seen you drop thirty pounds and stop looking me in the eye.",
    "The night you came home at 3am and couldnt get the key in the door, I sat in the kitchen and cried after you went to bed.",
    "I miss the kid who stayed after practice to help the freshmen with their footwork.",
    "Son, I'm asking you to go to Brightwater today. A bed is open and I will drive you there myself.",
    "You have a good heart Tyler, I have seen it a hundred times.",
    "When your mom had chemo, you were the one who sat with her and watched Wheel of Fortune.",
    "I'm proud to be your dad, and I want you around to coach your own kids someday.",
    "Last Thanksgiving you fell asleep at the table before the pie, and your little nephew asked me if Uncle Cody was sick.",
    "I've been scared to say any of this out loud, so bear with me.",
    "Remember the Dairy Queen after that 42-0 loss to Byrnes? You said a Blizzard tastes better after a loss.",
    "I found the foil and the burnt spoons in your truck in June, and my hands shook for an hour.",
    "Coaching taught me a man doesnt win alone, and I want you to have a real team around you.",
    "Your daughter Ellie asks for you at bedtime.",
    "I love you more than any game, any season, any trophy in my office.",
    "When you hugged me after the state semifinal, I felt like the luckiest father in South Carolina.",
    "I notice your hands shake in the mornings until you've had a drink, and it breaks my heart.",
    "I know you're hurting, bud. I dont have all the answers but I'm not going anywhere.",
    "Please say yes today. The folks at Harbor Point are ready for you this afternoon.",
    "I want my fishing buddy back, the one who could sit three hours on Lake Murray without saying a word.",
    "You were the first one over to help Coach Davis's family when their house burned, hauling boxes all weekend.",
    "I'm not here to holler at you, I did enough hollering from the sideline for twenty years.",
    "Seeing you in that hospital bed in April with a tube in your arm is a picture I cant get out of my head.",
    "You are smart, funny and tougher than you give yourself credit for.",
    "I'd give anything to watch another Clemson game with you on the porch, just sweet tea this time.",
    "Treatment isnt a punishment son, it's practice for the rest of your life.",
    "Your mama kept your number 22 jersey folded up in her cedar chest.",
    "I'm sorry for the times I pushed you too hard, and I want to own my part in this.",
    "When you called on my birthday last year slurring your words, I hung up and sat in the truck a long time.",
    "I believe you can beat this. I watched you come back from a torn ACL.",
    "dont know how to say this right so I'll just say it, I love you and I want u to get help today",
    "The boys on my team still ask about you, you were a legend to them freshmen.",
    "I want you at Jenna's wedding in May, sober and smiling, walking her down the aisle with me.",
    "Lets go today bud. Your bag is packed and it's sitting in my truck.",
    "You taught me patience when you were little and took an hour to tie your cleats.",
    "I missed your calls this spring and I was too proud to pick up the phone first.",
    "Watching you push your boy on the swing at Riverside Park last fall, I saw the man I know you are.",
    "Your grandpa would want you to fight for this, he loved you something fierce.",
    "I'd rather have you mad at me today and alive next year.",
    "Ms. Carter from church already set up a ride so your mom can visit you on Sundays.",
    "When I found fentanyl test strips in your laundry, I realized how scared I am of losing you.",
    "I'm in your corner kid, first quarter to final whistle.",
]

DEV158_TRAPS: list[str] = [
    "My own daddy was a mean drunk, and I swore on his grave I'd be a different kind of father to you.",
    "I was a heavy drinker myself all through my twenties, so I know how hard that pull is.",
    "Coach Hendricks, my assistant, is a recovering alcoholic with fourteen years sober, and he's offered to sit down with you anytime.",
    "You're not a junkie to me, you're my boy, you're number 22.",
    "You were a film junkie in high school, watching game tape till midnight on the den TV.",
    "I'll always be in your corner, no matter what you decide today.",
    "I never stopped coming to your games, even the JV ones in the pouring rain.",
    "We always ran the stadium stairs together on Saturday mornings, and by junior year you beat me every time.",
    "Great job on those sixty days at Brightwater last year, that took more guts than any fourth and one.",
    "Last March you looked at me and said, 'Dad, I'm an addict and I'm tired,' and I havent stopped thinking about it.",
    "Dr. Patel told us your liver numbers are way up, and I'm scared, son.",
    "Because of you I got into coaching in the first place, I wanted to be the kind of man you'd look up to.",
    "How could I not fight for you? You're my son.",
    "I spent Saturday cleaning out the garage and found your old helmet, and I just sat there holding it.",
    "Your uniform used to come home so dirty your mother made you strip down in the carport.",
    "The locker room after two-a-days was disgusting and you loved every minute of it.",
    "I was in denial for two years, telling myself it was just a phase.",
    "Your doctor at Prisma diagnosed you with depression last winter, and I want you to get help for that too.",
    "I felt pathetic standing in that ER hallway not knowing what to do with my hands.",
    "You are not worthless, you are not a lost cause, and I wont let you talk about yourself that way.",
    "Nothing would make me happier than seeing you on a sideline with a whistle of your own someday.",
    "I'll never forget the look on your face when you caught that Hail Mary against Greer.",
    "Everyone in this room loves you, that's the only reason we're here.",
    "We are here for you today, tomorrow, and as long as it takes.",
    "We used to drive up to Lake Jocassee for the Fourth of July and you'd cannonball off the rocks.",
    "If you say yes today, I'll drive you to Harbor Point myself and we'll stop at Bojangles on the way.",
    "Grandpa Earl was an alcoholic and I buried him at 58, I cant bury you too.",
    "You told me once, 'I'm such a loser, Dad,' and I told you then and I'm telling you now, that's not true.",
    "Congrats on getting your GED last fall, I bragged about it to half the county.",
    "That one-handed grab against Dorman was the best catch I've seen in thirty years of coaching.",
    "I was sick to my stomach the night the hospital called.",
    "Your little brother keeps his room clean now because he says thats what you used to do.",
    "I'm not calling you names today, not drunk, not junkie, none of it, you're my son.",
    "Every Friday night for four years you were out there giving it everything you had.",
    "You have never once given up on a teammate, and I'm asking you not to give up on yourself.",
    "Shame is heavy son, and I dont want you carrying it into that treatment center.",
    "The staff at Harbor Point told me they have a bed for you as soon as today.",
    "Aunt Linda said she'd keep your dog Bo for as long as you're in treatment.",
    "I was a real pill popper after my back surgery, and getting off them was the hardest thing I've done.",
    "Your mom and I went through a rough patch in '09 and we came out stronger, and you can too.",
    "Your buddy Marcus from the offensive line is a proud ex-addict now, and he drove four hours to be here.",
    "I'm not here to say you're a bad father, you love those kids and I see it.",
    "I always tell my players the comeback is greater than the setback, and I believe that about you.",
    "You were a total sugar junkie as a kid, three Mountain Dews before kickoff.",
    "Honestly, thank you for showing up today, I know it took a lot to walk in here.",
]

DEV158_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I wont be paying your phone bill or your truck insurance anymore, and I'll still love you.",
    "If you choose not to go, I'm done covering for you with your boss at the mill.",
    "If the answer is no, I wont come bail you out again, but I'll be right here the day you're ready.",
    "If you leave here without saying yes, I wont hand you cash for anything, not gas, not groceries, not rent.",
]

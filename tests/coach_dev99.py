# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 99 (4 December 2026, round 21, a second set of fresh writers, kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother's long emotional run-on sentences, the hard part near the end: absolutes, blame, sarcasm and hearsay. The writer was asked to keep calm consequences apart, as
DEV99_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.81 (63/78; the rules alone 60/78): absolute 10/16, blame 15/16, hearsay 14/16, sarcasm 10/15, diagnosis 2/3, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 7/45 (15.6%; the rules alone 7).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.82 (64/78; the rules alone 61/78): absolute 10/16, blame 15/16, hearsay 15/16, sarcasm 10/15, diagnosis 2/3, every other kind full; good 1/45 (2.2%; the rules alone 1), traps 7/45 (15.6%; the rules alone 7).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV99_FLAG: list[tuple[str, set[str]]] = [
    (
        "I sat up on the couch so many nights waiting for your headlights and praying you were alive and when you finally did come in you never once said sorry or even looked at me.",
        {"absolute"},
    ),
    (
        "Your father and I tried to give you every chance, we paid the rent on that apartment on Elm and bought you the car so you could get to work, and every single time you found a way to lose it.",
        {"absolute"},
    ),
    (
        "I remember how you used to call me after every shift just to talk about nothing, and now the phone rings and its you asking for money, its always money with you Danny.",
        {"absolute"},
    ),
    (
        "I wanted so badly to believe you when you said the pills were just for your back but you lie to me about everything, every little thing, even what you had for lunch.",
        {"absolute"},
    ),
    (
        "Thanksgiving was supposed to be the one day we were all together and happy and I set a place for you and kept the gravy warm but you dont ever show up when it counts.",
        {"absolute"},
    ),
    (
        "I know your job at the garage is stressful and I know your back hurts, I do, but nothing I say gets through to you anymore, not one word.",
        {"absolute"},
    ),
    (
        "I have spent so many nights going through your coat pockets and the glovebox looking for those little orange bottles and counting whats left, and you have not been honest with me a single time in three years.",
        {"absolute"},
    ),
    (
        "Grandma asked about you at her birthday and I made up some excuse like I do, because you forget every birthday, every anniversary, every holiday that isnt about you.",
        {"absolute"},
    ),
    (
        "When you were little you would line up your matchbox cars on the windowsill and tell me about each one, and I miss that boy so much because the man I see now has a glass in his hand every waking hour of every day.",
        {"absolute"},
    ),
    (
        "Kayla, I drove two hours to see you at the hospital in Dayton and held your hand while they pumped your stomach, and you promised me that was the last time, but there is never a last time with you.",
        {"absolute"},
    ),
    (
        "I used to brag to the ladies at church about my daughter the nurse and now I just go quiet when they ask, since all you do anymore is sleep through the day and drink through the night.",
        {"absolute"},
    ),
    (
        "I know you think I'm nagging but I have asked you nicely, I have begged, I have written notes and left them on your pillow, and not one time have you kept a promise you made to me.",
        {"absolute"},
    ),
    (
        "Your little girl drew a picture of you at school with a big smile on your face, and it broke my heart because you are passed out on the couch whenever she needs you.",
        {"absolute"},
    ),
    (
        "I keep thinking about the summer at the lake house when you taught your cousins to fish, you were so patient and funny, and now you cant go an hour without checking your pocket for those pills.",
        {"absolute"},
    ),
    (
        "Every time the phone rings after midnight my heart stops because I think its the police, and its always you, always slurring, always needing me to come get you from somewhere.",
        {"absolute"},
    ),
    (
        "Your sister cries herself to sleep and has stopped bringing friends home and I know in my heart its your drinking that did that to her, you took her big brother away from her.",
        {"blame"},
    ),
    (
        "I have taken out a second mortgage and emptied my retirement paying for lawyers and rehab deposits and I still put your Christmas presents under the tree, and this is how you repay me.",
        {"blame"},
    ),
    (
        "Your dad had his heart attack last spring and I truly believe it was all those nights searching the streets for you that put him in that hospital bed.",
        {"blame"},
    ),
    (
        "I gave up my job at the bank to be home with you when you got out of detox and I'd do it again but you threw it all back in my face the first week by stealing my Percocet from the cabinet.",
        {"blame"},
    ),
    (
        "The wedding was supposed to be Jenna's day and she had planned it for a year and you stumbled into the reception and knocked over the cake, so dont tell me you didnt wreck it for her.",
        {"blame"},
    ),
    (
        "I love you with my whole heart Michael but I have to say it, our family fell apart the day you picked the bottle over your wife and your babies.",
        {"blame"},
    ),
    (
        "Your grandfather's watch is gone and the silver from my mother is gone and I know exactly where it went, and I want you to know you are the one who put this family in this place.",
        {"blame"},
    ),
    (
        "I think about the accident every day, about that poor woman in the other car and her broken leg, and you are the only one responsible for what happened that night.",
        {"blame"},
    ),
    (
        "Your brother wont even come to Sunday dinner anymore and when I ask him why he just looks at me, and I know he stays away because of the way you treated him.",
        {"blame"},
    ),
    (
        "I had to sit in that courtroom and listen to the judge read out what you did while half the town watched, and you put me there, not anybody else.",
        {"blame"},
    ),
    (
        "You took the money Grandma set aside for the kids college and spent every cent of it on pills, and those babies are the ones who are going to pay for what you did.",
        {"blame"},
    ),
    (
        "My nerves are shot, I cant sleep without the TV on, my doctor put me on blood pressure medicine at fifty two, and all of that is from worrying about you.",
        {"blame"},
    ),
    (
        "I forgave you for the car and I forgave you for the lies and the missing checks, and I'm tired, I'm so tired, and I want you to understand that you broke this family with your own two hands.",
        {"blame"},
    ),
    (
        "Sophie is nine and she asked me last week if her daddy drinks because she was bad, and honey that little girl is carrying a weight that you put on her shoulders.",
        {"blame"},
    ),
    (
        "After all the years I stayed up with your fevers and drove you to practice and sat through those school plays, the least you could do was stay sober one night for your father's funeral.",
        {"blame"},
    ),
    (
        "Nobody made you keep taking those pills after your surgery was healed, that was your decision and this whole mess comes back to it.",
        {"blame"},
    ),
    (
        "I still remember the look on your son's face at his graduation when you fell asleep in the bleachers, real proud moment for all of us, thanks for that.",
        {"sarcasm"},
    ),
    (
        "You told me you had it under control and boy did you ever, three DUIs in two years, you're doing just wonderful sweetheart.",
        {"sarcasm"},
    ),
    (
        "Oh and congratulations on finally making it to Easter dinner, even if you spent most of it in the bathroom and left before dessert.",
        {"sarcasm"},
    ),
    (
        "I had the whole family over for my sixtieth birthday and you gave me the best present of all, passing out face down in the potato salad in front of Aunt Ruth.",
        {"sarcasm"},
    ),
    (
        "You keep saying you're 'just tired' and honestly I'd be tired too if I washed down a handful of Xanax with half a bottle of wine every night.",
        {"absolute", "sarcasm"},
    ),
    (
        "Your little speech about how you were going to be a better dad was beautiful, real touching, it lasted right up until Friday when you didnt pick the kids up from school.",
        {"sarcasm"},
    ),
    (
        "What a wonderful role model you've been for your nephew, teaching him where you hide the vodka in the garage.",
        {"sarcasm"},
    ),
    (
        "I cooked for two days for Christmas Eve and set the table with Grandma's china and you really outdid yourself this year, showing up at ten o'clock slurring and calling your sister names.",
        {"sarcasm"},
    ),
    (
        "You said you'd handle the bills while I was at my sister's and you sure did handle them, the electric got shut off and the car payment went to your dealer.",
        {"sarcasm"},
    ),
    (
        "You left the baby with me four days without a single phone call, so excuse me if I dont hand you a mother of the year trophy just yet.",
        {"sarcasm"},
    ),
    (
        "I guess I should thank you for teaching me how to check a pulse at three in the morning, its a real useful skill for a mom to have.",
        {"sarcasm"},
    ),
    (
        "You've gotten so good at hiding the pill bottles in the toilet tank and the cereal boxes, honestly if you put that much talent into your job you'd be running the place by now.",
        {"sarcasm"},
    ),
    (
        "It was so sweet of you to stop by my hospital room after my surgery, all ten minutes of it, before you asked if I had any of my pain pills left over.",
        {"sarcasm"},
    ),
    (
        "Sure, you're 'doing great,' you've told me that from the back of a police car and from the ER, and I guess you're doing great the way a house on fire is doing great.",
        {"sarcasm"},
    ),
    (
        "The way you charmed that officer at the roadside with a beer can rolling around the floor of your truck, truly impressive stuff Danny.",
        {"sarcasm"},
    ),
    (
        "I wasnt going to bring it up but Mrs. Patterson from next door pulled me aside at the mailbox and told me she's seen you sitting in your car in the driveway at all hours drinking out of a paper bag.",
        {"hearsay"},
    ),
    (
        "Your supervisor at the plant phoned the house looking for you, which I guess means you gave them my number, and he let it slip that you'd nodded off on the forklift twice last month.",
        {"hearsay"},
    ),
    (
        "Your cousin Becca, bless her, she didnt want to upset me, but she mentioned that you've been going to three different doctors in town for pain prescriptions.",
        {"hearsay"},
    ),
    (
        "I ran into Lisa at the pharmacy and she was so kind about it but she said you'd tried to fill a script there with somebody elses name on it.",
        {"hearsay"},
    ),
    (
        "From what your ex-wife tells me the kids have started hiding when your truck pulls in, and I cried the whole way home after she said that.",
        {"hearsay"},
    ),
    (
        "I keep hearing bits from the girls at the salon about you sitting at the Tap Room until closing most nights, and I dont know whats true anymore but it scares me half to death.",
        {"hearsay"},
    ),
    (
        "Pastor Jim came by for coffee and very gently let me know some of the men from church saw you passed out behind the hardware store on Sunday morning.",
        {"hearsay"},
    ),
    (
        "Your roommate texted me in the middle of the night saying you'd taken something and wouldnt wake up, and I've replayed that message in my head about a thousand times.",
        {"hearsay"},
    ),
    (
        "Supposedly you've been telling folks at work that your mom is sick and needs money for her medication, which is news to me since I've never felt better.",
        {"hearsay"},
    ),
    (
        "Aunt Deb says you showed up at her house in Toledo asking to borrow her car and you smelled like a brewery at eleven in the morning.",
        {"hearsay"},
    ),
    (
        "The word around town is that you owe money to some people who are not very nice, and I lie awake thinking about that more than I want to admit.",
        {"hearsay"},
    ),
    (
        "Emma's teacher called to say that Emma has been telling the other kids at recess that her mommy sleeps all day because of her medicine.",
        {"hearsay"},
    ),
    (
        "Your old coach Mr. Reyes stopped me at the Kroger and asked if you were okay, said he'd seen you stumbling out of the liquor store on Main at nine in the morning looking like you hadnt slept.",
        {"hearsay"},
    ),
    (
        "Somebody posted a video from the bar that night and a lady from my book club sent it to me and told me that was you they were throwing out the door.",
        {"hearsay"},
    ),
    (
        "Your brother finally admitted to me what happened at the cabin, that you drank a fifth by yourself and put your fist through the window, and I had to sit down on the floor.",
        {"hearsay"},
    ),
    (
        "I never in my life pictured myself saying this to my own child but you've become a pill addict, and I cant pretend anymore that its just your back.",
        {"label"},
    ),
    (
        "Your father's side of the family all had their troubles with the drink and I prayed you wouldnt turn out to be another lush like his brothers but here we are.",
        {"label"},
    ),
    (
        "Honey I know its hard to hear but when I look at you slumped at the kitchen table at noon I see a boozer, not my son.",
        {"label"},
    ),
    (
        "I want so badly for you to get clean for good this time, not just for a week to get your license back, but for real and for you.",
        {"clean"},
    ),
    (
        "When your probation officer said your last screen was dirty I knew the Xanax was back, even though you swore on your grandmother's grave.",
        {"clean", "hearsay"},
    ),
    (
        "I found you on the bathroom floor in your own mess with the Percocet spilled everywhere and honestly Kayla, it was the most disgusting thing I have ever seen.",
        {"insult"},
    ),
    (
        "I raised you better than this and you've turned yourself into a sad embarrassment of a grown man who cant keep a job or a lease or even a dog.",
        {"insult"},
    ),
    (
        "Everyone at this table has talked it over and we've all come to the same conclusion, that you've stopped caring about anybody but yourself.",
        {"we"},
    ),
    (
        "Your sisters and your dad and I, we're all sick and tired of covering for you with your boss and making up stories for the kids.",
        {"we"},
    ),
    (
        "So here it is, you either go to that place in Asheville tomorrow morning or you can pack your bags and never set foot in my house again.",
        {"threat"},
    ),
    (
        "If you walk out of this room tonight without saying yes then as far as I'm concerned I dont have a son anymore.",
        {"threat"},
    ),
    (
        "You keep drinking like this and I'll call your wife's lawyer myself and make sure you dont get another weekend with those kids.",
        {"threat"},
    ),
    (
        "I've read so many articles late at night and I'm convinced you're a narcissist, honey, you just dont seem able to feel anything for anybody else.",
        {"diagnosis"},
    ),
    (
        "Your moods swing so hard from one hour to the next that I really think you're bipolar and the vodka is just you trying to treat it yourself.",
        {"diagnosis"},
    ),
    (
        "You can tell me its only a couple glasses of wine but you are in complete denial about it and you have been since your divorce.",
        {"diagnosis"},
    ),
]

DEV99_GOOD: list[str] = [
    "I remember the day you were born at St. Vincent's, it was snowing so hard your dad almost didnt make it, and when they put you on my chest you grabbed my finger and held on like you knew me already.",
    "You were the kid who brought home stray cats and baby birds and cried for a whole afternoon when the robin didnt make it.",
    "I love you Danny, I love you so much it hurts, and I'm here today because I want my son back.",
    "Since last winter I've noticed you dont laugh like you used to, and you've lost so much weight your jeans hang off you, and it scares me.",
    "I miss our drives to the Dairy Queen after your ball games when you'd replay the whole game for me pitch by pitch.",
    "I found the empty pill bottles under the sink in March and I didnt say anything, and I'm sorry for that, I was scared and I didnt know what to do.",
    "When you stayed with me after my hip surgery you made me tea and did the crossword with me, and thats the Kayla I know is still in there.",
    "I'm asking you to accept the help thats being offered today, there's a bed waiting for you at Hazelden and I'll drive you there myself.",
    "Your kids adore you, Lily still sleeps with the stuffed rabbit you won for her at the county fair, and they need their mom.",
    "I've watched you go from running three miles before work to barely getting up before noon, and my heart breaks a little more each week.",
    "I dont need you to be perfect sweetheart, I just need you to be alive and here with me.",
    "Last Fourth of July your hands were shaking so bad you couldnt light the sparklers for the kids, and I went inside and cried in the laundry room.",
    "You have the kindest heart of anybody I know and you got that from your grandpa, who'd give a stranger the coat off his back.",
    "Please say yes today, for yourself first, and then for the rest of us who love you.",
    "I was so proud when you finished your welding certificate, I framed the picture of you holding it and its still on my dresser.",
    "I noticed bottles of Smirnoff in the recycling that I didnt buy, and the money in my purse came up short twice in October, and I'm telling you this not to shame you but because I'm frightened.",
    "I've been going to Al-Anon on Tuesday nights at the Methodist church and its helped me understand that this is an illness and not something you're doing to hurt me.",
    "When your dad was in the hospital you sat by his bed all night and held his hand, and I'll carry that picture in my heart till I die.",
    "I'd give anything to hear you sing in the car again, even that awful country song you played a hundred times the summer you turned sixteen.",
    "You missed Noah's birthday party in June and he kept looking at the door, and I'm telling you because I think you'd want to know how much he misses you.",
    "I want to hug you at Christmas and see your eyes clear and hear about your day, thats all I'm hoping for.",
    "You used to fall asleep on my lap during Saturday cartoons and I'd sit there for an hour not wanting to move.",
    "I'm not angry with you honey, I'm heartbroken, and I'm scared I'm going to get a phone call one night that I cant take back.",
    "The program they found for you has counselors who understand pills and alcohol both, and they have a family weekend so I can be part of it too.",
    "I know you're hurting and I know the pills started after your accident, when the pain was real and the doctors kept writing the prescriptions.",
    "Your brother wrote you a letter too and he wanted me to tell you he still has the fishing pole you gave him for his tenth birthday.",
    "Its been hard watching you fall asleep mid sentence at dinner with your fork still in your hand, and I want you to know I saw it and I cant keep pretending I didnt.",
    "Do you remember teaching me to use the iPhone, how patient you were when I kept deleting my own contacts, and you laughed till you had tears in your eyes?",
    "I believe in you, I believe you can do this, and I'll be right there in the parking lot when you walk out of treatment.",
    "You're my only daughter and my best friend and I'm not ready to lose you.",
    "In April you called me at two in the morning crying and saying you were scared, and I've held onto that call because it told me you want out of this too.",
    "I'm asking you to go today, not next week, not after the holidays, today, because I dont know how much time there is.",
    "I've thought about your smile when you first held Mason at the hospital about a million times this year.",
    "I miss my girl, the one who called me on Sunday afternoons just to tell me what she'd cooked.",
    "I love you and I'll keep loving you through this, whatever you decide, but I'm hoping with everything in me that you say yes.",
    "Your grandma is eighty seven and she wants to see you healthy one more time, she wrote her own note and its folded up in my purse.",
    "I started keeping a little notebook of good memories of you and its up to forty one pages now, the camping trip to Hocking Hills is on the first one.",
    "When I see you now I see how tired you are, and I think you're tired of this too.",
    "You were a wonderful big sister to Marcus when he was sick, reading him Harry Potter in the hospital until the nurses made you go home.",
    "I'm sorry for the times I yelled and for the times I covered for you, I didnt know any better, and I'm learning now.",
    "Last month I saw you take pills out of my medicine cabinet and put them in your pocket, and I want you to know I'm not here to punish you, I'm here to help.",
    "What I want most in this world is to see you healthy again, sitting on my porch with a glass of iced tea and telling me about your tomatoes.",
    "You taught yourself guitar off YouTube at fourteen and played for your grandpa's birthday, and he cried, I'd forgotten he could cry.",
    "I'm begging you sweetheart, please take this chance, the car is packed and your room at the center is ready.",
    "I saw you drive off with the kids in the back after you'd been drinking at the barbecue in August, and I've been sick with worry about it since.",
]

DEV99_TRAPS: list[str] = [
    "My own father was a drunk who scared us half to death on Friday nights, and I know how much that hurts a child, which is why I'm so grateful you were such a gentle dad to your boys.",
    "I was hooked on Vicodin myself after my back surgery in 2009, I was an addict for two years and nobody knew, so please believe me when I say I understand.",
    "You are not a junkie to me, you are my baby boy who got sick, and I want you to get better.",
    "I will always love you no matter what happens in this room today.",
    "We always had Sunday dinners at Grandma's with the pot roast and that green jello salad, and I want those Sundays back with you at the table.",
    "I never stop hoping, even on the worst nights, that I'll hear your key in the door and you'll be you again.",
    "Great job on your thirty days last spring, I was so proud I told the whole office, and I know you can do it again.",
    "You told me on the phone last week 'Mom I'm a mess and I dont know how to stop,' and that took courage and I've thought about it ever since.",
    "Your doctor told me your liver numbers are up and she's worried, and I'm telling you because I want you here for a long long time.",
    "We went to Myrtle Beach the summer you were twelve and you spent the whole week building sand castles with your cousins.",
    "Last Saturday you helped me clean out the garage and found your old Little League glove and put it on and grinned at me, and I saw my son.",
    "Your uncle Ray was an alcoholic and he died at fifty four, and I'm not saying that to scare you, I'm saying it because I loved him and I love you more.",
    "I'm a total chocolate junkie, you used to tease me about the Reese's stash in the freezer, and I'd love to hear you tease me about it again.",
    "Every time I hear that Tom Petty song on the radio I think of you dancing in the kitchen with a wooden spoon.",
    "You have never once stopped being my son, and nothing you could ever do would change that.",
    "The counselor I talked to said addiction is a disease of the brain, and that helped me stop blaming you and start trying to understand.",
    "You always kept that truck so clean you could eat off the dashboard, and you'd let me ride along to the car wash on Saturdays.",
    "Your dad and I made a lot of mistakes and I own my part, I was the one who kept wine in the fridge every night and called it relaxing.",
    "I was the one who said you'd ruined Christmas two years ago and I am so sorry for those words, you didnt deserve them.",
    "Looking back I was in denial for a long time myself, I told myself it was just stress and that you'd grow out of it.",
    "After everything you did for me when I had the cancer, driving me to chemo every Thursday, I want to do the same for you now.",
    "Your cousin Mandy said she'd love to visit you at the treatment center if you want her to, she's been asking about you.",
    "I'm not going anywhere, I'm not giving up on you, and I'm not leaving you to fight this by yourself.",
    "My mother was a pillhead in the seventies, Valium and sherry, and I spent my childhood afraid and I dont want that for your kids.",
    "You were such a good little helper, you'd stand on a chair and dry dishes with me every night after supper.",
    "I'm sick with worry, thats the honest truth, I havent slept properly since September.",
    "Your grandfather had a saying, nothing worth having comes easy, and I think about that now with you.",
    "I know you're not a bad person, you're a good person with a bad illness, and everyone in this room knows it.",
    "The nurse at the ER told me you were stable and resting and that you'd asked for me, and I've held onto that ever since.",
    "We had the best time at your wedding, you and Jess danced to Etta James and half the room was crying.",
    "We love you, all of us in this room, and we're here because we want to walk through this with you.",
    "Dont ever think for a minute that you're worthless to me, you're the most precious thing I have.",
    "Thank you for showing up today honey, I know it took a lot for you to walk into this room.",
    "Remember that clay ashtray you made me in third grade even though I dont smoke, I keep my rings in it and always will.",
    "Your Grandpa Joe came home from the war and drank himself into an early grave and nobody ever talked about it, and I think its time our family finally talks.",
    "I was a bit of a stoner myself in college, your aunt Linda will be happy to tell you, so I'm the last person to judge anybody.",
    "I cleaned houses in Westerville when you were little and you'd come with me in the summers and make the beds all lopsided, and the ladies loved you.",
    "I'd be lying if I said I was never angry, I have been, but that anger comes from how much I love you.",
    "Your doctor explained the seizures last spring came from stopping the Xanax all at once, and thats why I want you somewhere safe with nurses when you quit.",
    "You are the best mom, watching you rock Ellie to sleep is one of my favorite things in the world.",
    "Your dad used to say 'that boy never quits' about the way you'd shoot baskets in the driveway till dark, and I'm counting on that now.",
    "I'm not calling you an addict and I'm not calling you anything, I'm calling you my son and asking you to come home to yourself.",
    "I have been a mess, I'll admit it, crying in the car in the Walmart parking lot and eating cereal for dinner.",
    "I remember the Easter you were six and found every single egg before your cousins got out of the car, you were so proud.",
    "My sister Carol went through this with her boy and he's been in recovery eight years now, coaching Little League and married with twins, and she said to tell you its possible.",
]

DEV99_BOTTOM_LINE_OK: list[str] = [
    "If you dont go today I am going to stop paying your phone and your car insurance, not to punish you but because I cant keep helping you get sicker.",
    "If you choose not to go, I wont be driving over with groceries or picking you up from the bar anymore, and you can still call me any time you're ready for treatment.",
    "Should you say no, you cant keep living in my basement, I'll help you find a room somewhere but I wont have pills and drinking under my roof with your little brother there.",
    "If you turn this down I'm not going to lie to your boss or your wife for you anymore, I'll still love you but I'm done making excuses.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 89 (4 December 2026, round 21): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: sarcasm from spouses, parents and in-laws: bitter, weary irony, mock celebration and mock titles. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV89_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main b933936, rules and model 0.82 (80/98; the rules alone 65/98): clean 2/3, absolute 5/6, blame 3/6, insult 4/7, we 2/3, threat 3/4, sarcasm 49/56, diagnosis 3/4, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 5/53 (9.4%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV89_FLAG: list[tuple[str, set[str]]] = [
    (
        "Oh sure, Dale, three days without a drink is basically a lifetime, so naturally you celebrated with a case of Coors.",
        {"sarcasm"},
    ),
    (
        "Nice of you to finally come home on Tuesday morning, I was only calling every hospital in Tulsa.",
        {"sarcasm"},
    ),
    ("Congrats on getting fired from your third job this year, thats quite a streak.", {"sarcasm"}),
    ("Thanks a lot for pawning grandmas ring, I'm sure the pills were worth it.", {"sarcasm"}),
    (
        "You really outdid yourself at Megan's graduation, passed out on the lawn before she even got her diploma.",
        {"sarcasm"},
    ),
    (
        "What a role model you are for the boys, teaching them how to hide bottles in the toilet tank.",
        {"sarcasm"},
    ),
    (
        "Everybody just loved watching the life of the party knock over the cake at Aunt Lorraine's 70th.",
        {"sarcasm"},
    ),
    (
        "Clearly you have it all under control, Marcus, that's why the Civic is wrapped around the Hendersons' mailbox.",
        {"sarcasm"},
    ),
    ("I was so proud when the school called to say nobody had picked up Emma again.", {"sarcasm"}),
    (
        "And the husband of the year award goes to the man who slept through his wife's surgery because he was high.",
        {"sarcasm"},
    ),
    ("Your big plan to only smoke on weekends worked out great, didnt it.", {"sarcasm"}),
    (
        "How lovely that you made it to Easter lunch, even if you nodded off into the mashed potatoes.",
        {"sarcasm"},
    ),
    (
        "Bravo, Kevin, our anniversary dinner ended with you asleep in the car outside the Olive Garden.",
        {"sarcasm"},
    ),
    (
        "You've got a real talent for lying, I'll give you that, you could sell sand in the desert.",
        {"insult", "sarcasm"},
    ),
    ("Way to go, son, another DUI for the collection.", {"sarcasm"}),
    ("Oh you were 'just tired' at the christening, sure you were.", {"sarcasm"}),
    (
        "Thanks so much for teaching our ten year old what a meth pipe looks like, I really appreciate it.",
        {"sarcasm"},
    ),
    (
        "What a fine grandfather, showing up to Lily's recital smelling like a distillery.",
        {"sarcasm"},
    ),
    (
        "Congratulations on being the first son-in-law in history to get asked to leave a funeral.",
        {"sarcasm"},
    ),
    (
        "You really know how to make an entrance, falling through the screen door at Thanksgiving.",
        {"sarcasm"},
    ),
    (
        "My daughter sure picked a winner, a man who nods off at the dinner table on his pills.",
        {"insult", "sarcasm"},
    ),
    (
        "So proud of you for setting a new personal record, four whole days without answering your kids.",
        {"sarcasm"},
    ),
    (
        "Your 'only on weekends' rule is going really well, considering its Wednesday and you're on your second bottle.",
        {"sarcasm"},
    ),
    (
        "Must be nice to sleep till two while I work doubles to cover the rent you put up your nose.",
        {"blame", "sarcasm"},
    ),
    ("Oh great, another promise, I'll add it to the shoebox with the rest of them.", {"sarcasm"}),
    (
        "Employee of the month material right there, calling in sick every Monday since March.",
        {"absolute", "sarcasm"},
    ),
    (
        "Thanks a bunch for the lovely memory of you throwing up in the Christmas tree, Jenna.",
        {"sarcasm"},
    ),
    (
        "You're a real financial genius, Tony, eight hundred dollars gone in one weekend and nothing to show for it.",
        {"sarcasm"},
    ),
    (
        "Real classy, walking into your sister's baby shower with powder still on your nose.",
        {"sarcasm"},
    ),
    (
        "Quite the accomplishment, getting banned from every bar on Main Street by twenty-five.",
        {"sarcasm"},
    ),
    (
        "You sure showed everybody how 'fine' you are when you drove the golf cart into the pond.",
        {"sarcasm"},
    ),
    (
        "Well done, you turned a beautiful wedding into the story everybody whispers about.",
        {"blame", "sarcasm"},
    ),
    (
        "Mother of the year, leaving a four year old alone in the car while you bought from that guy behind the Shell station.",
        {"insult", "sarcasm"},
    ),
    (
        "Oh how wonderful, you remembered my birthday, three days late and slurring on my voicemail.",
        {"sarcasm"},
    ),
    (
        "Your master plan of switching to vodka because it doesnt smell, brilliant, just brilliant.",
        {"sarcasm"},
    ),
    (
        "Gold star for you, honey, you lasted almost an hour at my parents' before sneaking out to the garage.",
        {"sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence at dinner, Raymond, only an hour and a half late.",
        {"sarcasm"},
    ),
    (
        "Oh yes, you're the picture of health, nothing says healthy like yellow eyes and shaking hands.",
        {"sarcasm"},
    ),
    (
        "What a proud day for this family when the police brought you home in the back of a cruiser.",
        {"sarcasm"},
    ),
    (
        "Congrats, you've officially spent more on pills this year than I paid for the car.",
        {"sarcasm"},
    ),
    (
        "Thanks for the wonderful example you set for your nephews, now they think beer is breakfast.",
        {"sarcasm"},
    ),
    (
        "You've really mastered the art of disappearing whenever the bills come due, Paulie.",
        {"absolute", "sarcasm"},
    ),
    (
        "Ah yes, the famous 'I can quit anytime' speech, I could recite it for you word for word by now.",
        {"sarcasm"},
    ),
    (
        "You must be so proud of yourself, your own mother hides her purse when you come over.",
        {"insult", "sarcasm"},
    ),
    (
        "Lovely job on the kitchen wall, Greg, that fist sized hole really ties the room together.",
        {"sarcasm"},
    ),
    ("Life of every party except the ones your own kids throw, right?", {"sarcasm"}),
    (
        "Your miracle cure of 'just one beer to take the edge off' has worked wonders, just ask your liver.",
        {"sarcasm"},
    ),
    (
        "Guess I should thank you for making me an expert at lying to your boss about why you cant come in.",
        {"blame", "sarcasm"},
    ),
    (
        "Some brother you are, Danny, skipping my wedding for a bag of weed and acting like nothing happened.",
        {"blame", "insult", "sarcasm"},
    ),
    (
        "Oh wonderful, late again, you show up late to literally everything since the oxy started.",
        {"absolute", "sarcasm"},
    ),
    (
        "Congratulations, you finally became the town drunk, just like your father before you.",
        {"label", "sarcasm"},
    ),
    (
        "We're all just so impressed with how you handled Grandpa's memorial, really, bang up job.",
        {"sarcasm", "we"},
    ),
    (
        "Keep up the great work and you can enjoy it alone, because I'll be gone with the kids.",
        {"sarcasm", "threat"},
    ),
    (
        "Oh right, you're not in denial at all, you're just 'unlucky' with cops.",
        {"diagnosis", "sarcasm"},
    ),
    (
        "Apparently you were a real hit at the Legion hall Friday, Jimmy's wife says you danced on the pool table.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Oh sure, you're 'totally clean' now, that's why your pupils are pinpoints at noon.",
        {"clean", "sarcasm"},
    ),
    ("Kelly, you've turned into a pillhead and I barely recognize my own sister.", {"label"}),
    ("I am so tired of being married to a drunk.", {"label"}),
    ("Our son is a crackhead and I need to stop pretending otherwise.", {"label"}),
    ("I need you to get yourself clean before the baby comes in August.", {"clean"}),
    (
        "Your probation officer told me the screen last Thursday came back dirty.",
        {"clean", "hearsay"},
    ),
    ("You didn't ask once how my chemo was going, not one time.", {"absolute"}),
    (
        "Every single holiday ends the same, you passed out on the couch with the game on.",
        {"absolute"},
    ),
    ("Moms heart attack happened because of your drinking, plain and simple.", {"blame"}),
    ("Honestly you disgust me when you're high.", {"insult"}),
    ("No real man lets his kids see him stumbling around like that.", {"insult"}),
    (
        "Your coworker Brenda pulled me aside at the picnic and said you've been drinking in the parking lot at lunch.",
        {"hearsay"},
    ),
    ("Supposedly you were seen buying from that kid on Elm Street last week.", {"hearsay"}),
    ("The whole family has decided you can't be trusted with the grandkids anymore.", {"we"}),
    ("All of us are sick to death of cleaning up after your messes.", {"we"}),
    (
        "Either you check into rehab Monday or find somewhere else to live and don't bother calling.",
        {"threat"},
    ),
    ("If you walk out of this room without saying yes, you're no son of mine.", {"threat"}),
    (
        "I think you're a narcissist, everything has to be about you all the time.",
        {"absolute", "diagnosis"},
    ),
    ("You've been in total denial for years and everybody can see it but you.", {"diagnosis"}),
    (
        "Frankly I think you have some kind of borderline thing going on, the way you flip on people.",
        {"diagnosis"},
    ),
    (
        "You did this to us, and if you refuse help I'll make sure the kids know exactly why daddy's gone.",
        {"blame", "threat"},
    ),
    ("ur just a junkie now Mom and thats all anyone sees", {"label"}),
]

DEV89_GOOD: list[str] = [
    "Mikey, I remember you carrying me on your shoulders at the Fourth of July parade so I could see the fire trucks.",
    "I love you, Dad, and I miss the man who taught me how to bait a hook.",
    "Since last fall I've noticed you skip Sunday dinner, and I miss hearing you laugh at the table.",
    "When I found you on the bathroom floor in March, I was more scared than I have ever been in my life.",
    "I want my husband back, the one who danced with me in the kitchen while the pasta boiled over.",
    "Grandma here, and I want you to know I pray for you every night before I turn off the lamp.",
    "I've watched you lose weight and stop answering my texts, and it breaks my heart.",
    "There is a bed waiting for you at Cedar Ridge today, and I'm asking you to take it.",
    "Please accept this help, not for me, for you.",
    "Honey, the girls ask about you at bedtime and I dont know what to tell them.",
    "I remember how proud you were when you rebuilt that old Mustang in Grandpas barn.",
    "I'm scared I'll get a phone call one night telling me you overdosed.",
    "Jess, your my best friend since third grade and I cant imagine my life without you.",
    "I miss our Tuesday night card games.",
    "When you were high at Sophie's birthday party I felt embarrassed, and then I just felt so sad for you.",
    "I hope one day we can go back up to the cabin on Lake Gogebic and sit on the dock till dark.",
    "Working beside you for nine years at the plant, I know how sharp and hard working you are.",
    "I've seen you cry in the truck after work, and I want you to have a life that doesn't hurt like that.",
    "I'm your mother and I will be there every step of the way.",
    "You taught me to read before I started kindergarten, sitting on the porch with a stack of Dr. Seuss.",
    "Last month I saw your hands shaking in the morning until you had a drink, and it frightened me.",
    "I dream about the day you come to my softball games again, Mom.",
    "Will you go with Dr. Alvarez's team today? The car is outside and I'll drive you myself.",
    "I'm not angry, I'm heartbroken, and I'm still hopeful.",
    "Ricky, you held me up at Moms funeral when I couldn't stand, now I want to hold you up.",
    "The pills changed you slowly, and I kept quiet for too long, and I'm sorry for that.",
    "u were the one who taught me to skate, remember the ice on Miller's pond",
    "I love the way you whistle when you cook.",
    "When you missed Caleb's graduation in May, I sat next to an empty seat and my chest hurt the whole ceremony.",
    "I want to grow old with you, Frank, and I want you to be around for it.",
    "I'm writing this because I can't lose you.",
    "I remember your first day at the fire station, you looked so proud in that uniform.",
    "Every time I drive past the Dairy Queen on Route 9 I think of you ordering two Blizzards and eating both.",
    "Lately I've been finding empty bottles in the laundry room and I worry about you all day at work.",
    "Mama, I'm twenty now and I still need you.",
    "I have hope because I know who you really are underneath all of this.",
    "The treatment center has a family program and I've already signed up to go.",
    "When Lucy was born you sang Blackbird to her in the hospital and I'll never forget your face.",
    "I feel lonely in our marriage right now and I miss my partner.",
    "Brother, I know you've been hurting since you got back from Iraq, and the people at the VA program get it.",
    "I noticed you stopped painting last year, your easel is just sitting in the garage.",
    "I would give anything for one more road trip with you down Highway 1.",
    "Your nephew Sam keeps your picture on his dresser and I want him to know the real you.",
]

DEV89_TRAPS: list[str] = [
    "I was so proud when you got your thirty day chip, I kept the picture of you holding it as my phone background.",
    "Thanks for driving me to every single one of my dialysis appointments last spring, I'll never forget it.",
    "You really outdid yourself on the treehouse you built the girls, they still climb up there every summer.",
    "When they named you Teacher of the Year at Lincoln Elementary, I cried right there in the gym.",
    "When you got promoted to shift supervisor I bragged about you at church for a month straight.",
    "At our family reunions you were the life of the party in the best way, the only one who could get Grandpa dancing.",
    "We used to tease you that you were the worst fisherman in Oklahoma after you reeled in a boot at Lake Murray.",
    "On our first anniversary I gave you a goofy mug that said World's Best Husband, and back then you earned every word.",
    "Your uncle Frank was a drunk, and I watched what it did to Grandma, that's why I'm so scared for you.",
    "I was an addict myself for eleven years, so I know how loud that voice in your head can get.",
    "You told me 'I'm a junkie, Ma, just let me go,' and I'm here today to tell you I won't.",
    "You are not a pillhead to me, you are my baby sister who taught me to ride a bike.",
    "I'm a total coffee junkie and you used to bring me a latte every Friday just because.",
    "I cleaned out your old room and found the science fair ribbon you won in sixth grade.",
    "Your doctor told me your liver numbers are getting worse, and that frightens me more than anything.",
    "It was so nice of you to fix Mrs. Patel's fence after the storm without anyone asking.",
    "Thanks a lot for all those hours you spent teaching me to drive stick in the church parking lot.",
    "How lovely it was to watch you hold Ava for the first time at St. Mary's.",
    "Oh sure, laugh, but I still have the macaroni necklace you made me in kindergarten.",
    "Congrats on six months at the warehouse, Rob, I know how hard you worked for that.",
    "You were MVP of the county softball league in 2012 and you gave the trophy to your little brother.",
    "Your plan to open a taco truck was a great one, and I still think you could pull it off.",
    "You have a real talent for drawing, the portrait you did of Grandpa hangs in my living room.",
    "What a role model you were for Tyler the year you coached his Little League team.",
    "You really had it all under control the day the basement flooded, I would have panicked without you.",
    "Your great-grandfather was a boozer who lost the farm, and I don't want that to be your story.",
    "I'm proud of you for calling me from detox last year, that took guts.",
    "You were crowned Homecoming King and spent the whole dance with the kids nobody else talked to.",
    "We always had pancakes on Saturday mornings, you flipping them way too high and catching them in the pan.",
    "Every time I hear Springsteen on the radio I think of you singing in the car with the windows down.",
    "You never missed one of my soccer games growing up, not one, even in the rain.",
    "My dad was an alcoholic, and I know you've always been scared of turning into him.",
    "You said 'I'm a disgrace' on the phone last night, and I need you to know that's not what I see.",
    "I'm not here to call you a drunk or a failure, I'm here because I love you.",
    "I'll always remember you cleaning fish on the dock at Grandpa's cabin, guts everywhere and you grinning.",
    "The kids made a sign that says Best Dad Ever for your room, and they meant it with their whole hearts.",
    "You earned Eagle Scout at fifteen, the youngest in your troop, and I still have the newspaper clipping.",
    "You're the reason I became a nurse, watching you take care of Grandpa when he was sick.",
    "Because of you I know how to change a tire and throw a perfect spiral.",
    "We all drove to Myrtle Beach the summer you turned twelve and you got the worst sunburn of your life.",
    "I got hooked on pills after my back surgery, and you were the one who drove me to my first meeting.",
    "The neighbor we grew up next to was a crackhead who scared us, and you always walked me past his house holding my hand.",
    "You told me once 'I'm just a stoner, nobody expects anything from me,' and I expect everything because I know you.",
    "When you were little we called you Chef Danny because you made scrambled eggs for everyone on Sundays.",
    "I'm sorry I called you pathetic last Christmas, I was wrong and I was scared.",
    "I never knew how strong you were until I watched you carry Dad's casket.",
    "Congratulations on finishing your GED at forty-one, that photo of you in the cap is on my fridge.",
    "You passed your CDL test on the first try and called me screaming from the parking lot, I was so proud.",
    "My brother Pete was a tweaker for years in Bakersfield, he's eight years sober now and he's sitting here today for you.",
    "Oh sure, you always claimed your chili was the best in Ohio, and honestly you were right.",
    "You have always been my favorite person to call when something goes wrong.",
    "How could I forget the time you drove six hours through a snowstorm to pick me up from the airport?",
    "You got through your whole first month at Hope House and I have never been prouder of anyone.",
]

DEV89_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go, I will stop lending you money and driving you places, and I will still love you.",
    "If you decide not to accept help today, I'm taking the kids to my mother's in Dayton until you're in treatment.",
    "If you leave here without saying yes, I won't call your boss and cover for you again.",
]

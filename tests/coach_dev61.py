# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 61 (4 December 2026, round 16): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: sentences lifted from the middle of long emotional letters, the harsh part in a subordinate clause or polite on the surface, all ten kinds evenly. 3 sentence(s) the corpus already had word for word were dropped.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV61_FLAG: list[tuple[str, set[str]]] = [
    (
        "I remember teaching you to ride a bike in the parking lot behind St. Anne's, Dominic, and it breaks me that the boy who wobbled and laughed has become a full-blown junkie who steals from his own grandmother.",
        {"label"},
    ),
    (
        "With respect, Colleen, I honestly don't know what else to call a woman who hides vodka in the laundry detergent bottle except a lush.",
        {"label"},
    ),
    (
        "You used to build model rockets with your cousins every summer at the lake house, and frankly now you're just a tweaker who can't sit still long enough to finish a sentence.",
        {"label"},
    ),
    (
        "my little brother the pill head, thats what the guys at the shop call you and honestly i cant argue with them anymore",
        {"hearsay", "label"},
    ),
    (
        "When Grandpa passed you gave the most beautiful eulogy, Terrence, and I sat in the second pew wondering how a crackhead could still find words like that.",
        {"label"},
    ),
    (
        "I am not going to pretend any longer that my son is anything other than a heroin addict and a liar.",
        {"insult", "label"},
    ),
    (
        "the sister who used to read me bedtime stories turned into a stoner who sleeps till 3 and never answers my texts",
        {"absolute", "label"},
    ),
    (
        "It has been difficult, Margaret, to watch a retired schoolteacher become a garden-variety drunk in the space of two winters.",
        {"label"},
    ),
    (
        "I was so proud when you got clean the first time, Jess, I really was, and it lasted about as long as your phone battery.",
        {"clean"},
    ),
    (
        "I remember the summer you were clean and we painted the porch that awful mint green together, and I'd give anything to have that version of you back.",
        {"clean"},
    ),
    (
        "Your probation officer called on Friday and said your test came back dirty again.",
        {"clean", "hearsay"},
    ),
    (
        "Until you can show me you're clean, frankly, I am not comfortable with you driving the twins to school.",
        {"clean"},
    ),
    (
        "we drove four hours to pick you up from the place in Tucson and you had a dirty UA by thanksgiving",
        {"clean"},
    ),
    (
        "You swore on Mom's grave that you'd been clean since Easter, and then I found the foil in your glovebox.",
        {"clean"},
    ),
    (
        "Sixty-one days clean and you threw it all away for one night at Brandon's, and Mom paid for it with another week in the cardiac unit.",
        {"blame", "clean"},
    ),
    ("How many dirty drops does it take before you admit you're in denial", {"clean", "diagnosis"}),
    (
        "I loved our Sunday phone calls when you were away at college, but these days you never call unless you need money for 'rent.'",
        {"absolute", "sarcasm"},
    ),
    (
        "Every single holiday since 2019 has ended with you slurring at the table and somebody crying in the upstairs bathroom.",
        {"absolute"},
    ),
    (
        "All you ever think about is where the next pill is coming from, and I honestly don't believe you notice the kids anymore.",
        {"absolute"},
    ),
    (
        "You always have an excuse, always, whether it's your back or your boss or the weather or me.",
        {"absolute"},
    ),
    (
        "I remember when you coached Lily's softball team and never missed a practice, and now you don't show up for anything at all.",
        {"absolute"},
    ),
    (
        "It is the same story every time you go on one of your benders: you vanish for three days and come home with a new dent in the truck.",
        {"absolute"},
    ),
    (
        "Honestly, Pete, nobody can count on you for anything anymore, not even to pick up your own son from school.",
        {"absolute"},
    ),
    (
        "u cant go one weekend without getting high, not one, not even your daughters birthday",
        {"absolute"},
    ),
    (
        "Mom's heart attack came three weeks after your second overdose, and I'm sorry, but I don't think that's a coincidence.",
        {"blame"},
    ),
    (
        "I wanted to start this letter with something gentle, and I will, but first you need to know that Grace is in therapy because of you.",
        {"blame"},
    ),
    (
        "We lost the house on Willow Street, Ray, and that is on you and the oxy and nobody else.",
        {"blame"},
    ),
    (
        "Remember the Christmas you bought me the red bike with the streamers? I think about it a lot, especially since you chose the bottle over me at my own wedding.",
        {"blame"},
    ),
    (
        "After everything your father and I sacrificed to put you through nursing school, this is how you repay us, you ungrateful girl.",
        {"blame", "insult"},
    ),
    ("Frankly, the reason Nana lies awake at night is sitting in this room right now.", {"blame"}),
    (
        "The bankruptcy, the divorce, Jamie's panic attacks, it all traces back to your using, and you never once stopped to think about any of us.",
        {"absolute", "blame"},
    ),
    (
        "I hold you personally responsible for what happened to Grandma's ring, and for what happened to this family after it went missing.",
        {"blame"},
    ),
    (
        "I remember how proud I was at your graduation, and it makes me sick to think that the same man now begs strangers for change outside the 7-Eleven.",
        {"insult"},
    ),
    (
        "With respect, Carl, a grown man who nods off in the front row of his daughter's recital is an embarrassment.",
        {"insult"},
    ),
    ("I am ashamed to tell the ladies at church what my own son has become.", {"insult"}),
    ("what kind of mother leaves a four year old in a hot car to go score", {"insult"}),
    (
        "Sometimes I look at you passed out on the couch in your own sick and all I can think is how pathetic this has gotten.",
        {"insult"},
    ),
    (
        "You were the smartest kid in your class, and somewhere along the way you turned into a spineless coward who can't look his children in the eye.",
        {"insult"},
    ),
    (
        "Shame on you for bringing that poison into your grandmother's house while she was dying upstairs.",
        {"insult"},
    ),
    (
        "Honestly, you've turned into a parasite and a junkie, living off Dad's pension and giving nothing back.",
        {"insult", "label"},
    ),
    (
        "Your supervisor at the hospital pulled me aside at the Christmas party and told me you'd been caught taking fentanyl patches off the ward.",
        {"hearsay"},
    ),
    (
        "Aunt Lorraine says you asked her for money three separate times in March, which I find very hard to reconcile with what you told me.",
        {"hearsay"},
    ),
    (
        "people in this town talk Jo, and what theyre saying about you and that kratom stuff isnt pretty",
        {"hearsay"},
    ),
    (
        "Your sponsor phoned me last Tuesday and said you haven't been to a meeting since August.",
        {"hearsay"},
    ),
    (
        "I remember when the neighbors used to tell me what a polite boy you were; now Mrs. Ortiz tells me you screamed at her over a parking spot.",
        {"hearsay"},
    ),
    (
        "Word is you've been selling your ketamine to kids at the skate park, which is a new low even for you.",
        {"hearsay", "insult"},
    ),
    (
        "Kayla's teacher mentioned that Kayla tells the other kids her daddy 'sleeps all day,' and I didn't know what to say to her.",
        {"hearsay"},
    ),
    (
        "From what your roommate told me, you haven't gone to a single class all semester.",
        {"absolute", "hearsay"},
    ),
    (
        "We have all agreed that you can't come to Thanksgiving this year unless you're in treatment.",
        {"threat", "we"},
    ),
    (
        "I'm not the only one who thinks you're in denial, Simone; everyone at this table can see it.",
        {"diagnosis", "we"},
    ),
    (
        "Your brothers and I have talked it over, and we feel you have stopped being the person we grew up with.",
        {"we"},
    ),
    ("The whole family has decided that nobody is lending you another dime.", {"we"}),
    ("none of us believe you anymore when you say its just weed", {"we"}),
    ("Speaking for all of us here, we are frankly exhausted by the broken promises.", {"we"}),
    (
        "I know I speak for Mom and Aunt Rita too when I say we cannot keep living like this.",
        {"we"},
    ),
    ("We think you drink because you're lonely, Harold, and we think you know that too.", {"we"}),
    (
        "I remember dancing with you at our wedding in Savannah, and I want to dance with you again, but if you walk out of this room today I'm filing for divorce on Monday.",
        {"threat"},
    ),
    ("Go to treatment or find somewhere else to live; we've all agreed on that.", {"threat", "we"}),
    (
        "If you refuse, you will not see the grandchildren again, and I mean that with my whole heart.",
        {"threat"},
    ),
    ("honestly bro if u dont go today dont bother calling me ever again", {"threat"}),
    (
        "The next time I find heroin in this house I will call the police myself, and I won't think twice about it.",
        {"threat"},
    ),
    (
        "If you say no, I'm changing the locks tonight and you can be the one to explain that to the kids.",
        {"threat"},
    ),
    ("Either you get on the plane to the center tomorrow or you're dead to me.", {"threat"}),
    (
        "I'm telling you, Marcy, with all the love I have left, that you'll be out of my will and out of my life if you keep using.",
        {"threat"},
    ),
    (
        "You used to be the funny one at every party, and well, you're certainly still the life of the party, passing out in the Hendersons' pool.",
        {"sarcasm"},
    ),
    (
        "Great job on the DUI, really, that'll look fantastic on your nursing license renewal.",
        {"sarcasm"},
    ),
    ("Thanks so much for showing up to Maddie's sixth birthday high as a kite.", {"sarcasm"}),
    ("mother of the year right here, nodding off at the PTA meeting", {"sarcasm"}),
    (
        "You keep telling me you've got it 'under control,' and I'd love to see what out of control looks like.",
        {"sarcasm"},
    ),
    (
        "Congratulations on your third ER visit this year, Trev, the night nurses must know you by name.",
        {"sarcasm"},
    ),
    (
        "Your 'recreational' use has cost us a car, a job and a marriage, so I'd hate to see the serious kind.",
        {"blame", "sarcasm"},
    ),
    ("Way to go, Dad, front page of the Courier, your grandkids must be thrilled.", {"sarcasm"}),
    (
        "You're in denial, Holly, and nothing anyone says gets through it.",
        {"absolute", "diagnosis"},
    ),
    (
        "I've read a great deal about this over the past year, and I honestly believe you're a narcissist who doesn't see other people as real.",
        {"diagnosis"},
    ),
    (
        "Frankly, I think you have some kind of personality disorder, because no decent person could lie that easily.",
        {"diagnosis", "insult"},
    ),
    (
        "I remember sitting up all night with you when you were diagnosed with asthma at six, and now I think you've got something far worse, a real sociopathic streak.",
        {"diagnosis"},
    ),
    (
        "The way your moods swing from giddy to furious in a single afternoon makes me wonder if you're bipolar on top of everything else.",
        {"diagnosis"},
    ),
    (
        "You're textbook codependent with that boyfriend of yours, and Renee says he's the one supplying you.",
        {"diagnosis", "hearsay"},
    ),
    (
        "There has been an addictive personality in you, Gabe, ever since you were small and couldn't stop at one cookie.",
        {"diagnosis"},
    ),
    (
        "With all due respect, you have the classic profile of a borderline, someone who drinks to numb the fear of being left.",
        {"diagnosis"},
    ),
]

DEV61_GOOD: list[str] = [
    "On the night of February 11th I found you on the bathroom floor with your lips turning blue, and I have not been able to sleep through a night since.",
    "I remember how you used to hum while you made pancakes on Saturday mornings, and I miss hearing that sound in our kitchen more than I can put into words.",
    "When the hospital called me at 2 a.m. to say you'd been brought in by ambulance, I drove there in my slippers and prayed the whole way down Route 30.",
    "I'm scared, Dad, I'm scared that one morning I'll call and you won't pick up, and I'll have to be the one who finds you.",
    "I noticed the bottles in the recycling bin went from two a week to nine a week over the summer, and my stomach dropped every Tuesday when I carried it to the curb.",
    "Four thousand dollars is gone from my savings account, and I felt hurt and confused when I saw the withdrawals, but I am still here and I still want you home.",
    "There is a bed waiting for you at Cedar Ridge this afternoon, and I will drive you there myself and stay as long as they let me.",
    "Will you accept the help that's been arranged for you today, Tomás?",
    "I watched you try to quit on your own last spring, shaking and sweating through the night, and I admired how hard you fought even though it didn't hold.",
    "When the officer brought you to the door in October, I saw how ashamed you looked, and I wanted to hug you more than I wanted to yell.",
    "Our kids ask me where their mom is on the nights you don't come home, and I don't have an answer for them that feels both honest and kind.",
    "I'm angry, I won't pretend I'm not, but underneath the anger is a sister who just wants her big brother back.",
    "I was the one who taught you to drive, Kenji, and the thought of you behind the wheel after taking those pills terrifies me.",
    "I love you too much to keep watching this quietly, so I'm asking you to say yes today.",
    "Last Thursday you weren't at Olivia's recital, and she kept looking at the empty seat next to me through the whole second half.",
    "I remember the way you held Noah the day he was born, like he was made of glass, and I know that father is still in there.",
    "My hope is that a year from now we're sitting on the porch at the lake drinking lemonade and talking about today as the day things turned around.",
    "I don't understand addiction fully and I'm still learning, but I've read enough to know this is an illness you didn't ask for.",
    "When I found the needle in the pocket of your jacket while I was doing laundry, I sat down on the basement stairs and cried for an hour.",
    "You've been my best friend since we were nine and snuck peaches off Mr. Abernathy's tree, and I can't imagine growing old without you.",
    "I feel helpless when I see the bruises on your arms and you tell me you bumped into a door.",
    "The yellow tinge in your eyes at Sunday dinner frightened me, and I want you to see a doctor as much as I want you to see a counselor.",
    "I covered for you with your mother twice last year about where you were, and I'm not going to do that again, because it hasn't helped you.",
    "Since the accident in June I've stopped letting the kids ride with you, and that was a painful decision for me because I know how much you love those drives.",
    "Please, Abuela, you taught me how to make tamales and how to pray, and now I'm asking you to let me take care of you for a while.",
    "i was angry when i found out my guitar got pawned, and i still am a little, but i would trade every guitar in the world to see you healthy",
    "I miss the sound of your laugh on the phone, the real one, not the tired one I've been hearing since the pills started.",
    "I know you've been hurting since Michael died, and I wish I had sat with you more in those first months instead of giving you space.",
    "When you started drinking again in September I felt like the floor had given way under me, but I am not giving up on you.",
    "The program has a family weekend in January and I've already asked for the days off work so I can be there with you.",
    "I'm writing this at the kitchen table at 3 a.m. because I couldn't sleep, and the only thing I can think is how badly I want my daughter to live.",
    "I saw you counting out quarters from the car ashtray to buy a pint at the gas station, and my heart broke for you right there in the lot.",
    "It frightens me that you've started drinking before your shifts, because I remember how that went for Grandpa and I don't want that ending for you.",
    "You were the first person to hold my hand at Dad's funeral, and I want to be the person holding yours through this.",
    "I've paid your phone bill for eight months so I could reach you, and I'm telling you this not to make you feel guilty but so you know how much I needed to hear your voice.",
    "Watching your hands shake at breakfast until you'd had something to drink was one of the hardest things I have ever seen.",
    "There's no version of this where I stop loving you, Beto, so please let's walk out of here together and get in the car.",
    "My biggest fear is the phone ringing late at night, and my biggest hope is that someday it'll be you calling, sober and safe, just to say hi.",
    "In March I found empty Xanax bottles in the garage with someone else's name on the label, and I've been carrying that fear around ever since.",
    "i know this is hard to hear in front of everyone and im sorry for that, but i didnt know another way to tell you how much i need you",
]

DEV61_TRAPS: list[str] = [
    "You told me on the phone, 'I'm an addict, Jenny, and I need help,' and that was the bravest thing I have ever heard you say.",
    "My own father was a mean drunk, and I promised myself I'd never let you feel the way I felt as a boy, which is why I'm here today loving you out loud.",
    "I'm a recovering alcoholic myself, nineteen years sober this May, so I know exactly how heavy that first step is.",
    "You've always been a news junkie, reading three papers before breakfast, and I want you back at that table with your coffee and your crossword.",
    "You are not a junkie to me, you are my son, and you always will be.",
    "Grandpa used to call you his little gym rat because you'd follow him to the Y every Saturday morning.",
    "The word addict doesn't describe who you are; it describes an illness you have, and illnesses can be treated.",
    "i dont care what the intake form calls you, to me youre Nicky who still sings Journey in the shower",
    "The guys at the shop who've been sober for years, the ones who call themselves old drunks with a day count, have offered to drive you to meetings.",
    "Uncle Rob was a crackhead in the eighties and he's been clean thirty years now, coaching Little League and happier than I've ever seen him.",
    "You kept the cleanest kitchen on the block, and I still use your trick with the baking soda and lemon.",
    "You had a perfectly clean driving record for twenty-two years, Dad, and I remember how proud you were of that little certificate from the insurance company.",
    "When you came back from the creek with mud up to your knees I told you to get clean before you touched the couch, and we laughed about it for years.",
    "I want to come clean about something too: I've been so angry that I stopped calling you, and I'm sorry.",
    "I'll keep the guest room clean and ready for whenever you come home from the program.",
    "The center has clean sheets, three meals a day and a counselor who has been exactly where you are.",
    "You used to dry the dirty dishes with a flourish like a waiter in a fancy restaurant just to make the twins giggle.",
    "I've cleared my schedule and cleaned out the spare room so I can drive up every weekend you're there.",
    "You always made me feel like the most important person in the room, even when I was a bratty fourteen-year-old.",
    "Nobody makes chili like you, and I mean nobody, and Ben still asks for it every Sunday.",
    "You never once missed one of my swim meets, even the 6 a.m. ones in January, and I never told you how much that meant.",
    "All you ever wanted as a kid was a dog, and I remember the look on your face when we brought Biscuit home.",
    "Because of you, I learned to ride a horse, fix a carburetor and bake bread, and I'd love for my kids to learn those things from you too.",
    "It's my fault too, Jamal; I bought the beer for every barbecue and never asked why you drank so fast.",
    "You're the reason I became a nurse, and I want you to know that before anything else today.",
    "Your drinking is not your fault any more than diabetes would be, but getting help is in your hands now.",
    "After everything you did for me when Mom was sick, driving me to chemo and back every Thursday, the least I can do is sit with you now.",
    "I chose you over my career once and I would choose you again tomorrow.",
    "look what you did for this family the summer the barn burned down, you rebuilt it with your own two hands",
    "My dad used to call me a lazy good-for-nothing, and I swore I'd never talk to my own child that way, so I'm choosing my words carefully tonight.",
    "I'm ashamed of myself for the things I shouted at you last Christmas, and I want to start today by apologizing.",
    "You are not pathetic, you are not a loser, you are sick, and sick people deserve a doctor.",
    "The only disgusting thing in this whole story is the dealer who sold you pills cut with fentanyl.",
    "You always called yourself a big dummy when you lost at Scrabble, but you were the smartest person at that table.",
    "Shame isn't going to fix this, and I'm not here to shame you; I'm here because I love you.",
    "Your sponsor called me last month just to say how hard you'd been working, and I cried in the Target parking lot from happiness.",
    "Coach Daniels still tells everyone at the hardware store about the catch you made in the state semifinal.",
    "I heard you got your thirty-day chip back in April, and I kept that picture on the fridge the whole time.",
    "Mrs. Kowalski next door told me you shoveled her walk every morning last winter without being asked, and that's the man I know.",
    "Your boss told me they'll hold your job until you finish the program, so please don't let that be the thing that stops you.",
    "Apparently the counselors at Brightwater run a garden program, and I know how much you'd love getting your hands in the dirt again.",
    "The kids told me they loved the birthday card you sent, especially the drawing of the dog with the sunglasses.",
    "We went camping at Kettle Moraine every Fourth of July, and I still have the marshmallow stick you carved.",
    "We love you, all of us, and that's the only reason this room is full today.",
    "we were the only two kids on the bus who knew all the words to Bohemian Rhapsody and we sang it every single morning",
    "The whole family drove down to see you graduate from basic training, and Grandma wore her flag sweater.",
    "We all took turns holding Mia at the hospital the night she was born, and you held her the longest.",
    "We've been through worse together, you and me: the flood, Mom's cancer, the year Dad left.",
    "None of us kids ever went to bed hungry, and I know now how hard you worked to make that true.",
    "I'm going to keep calling you every Sunday, whether you answer or not.",
    "If you say yes today, I'll be waiting outside the center with your favorite sweatshirt and a bag of those awful sour gummy worms.",
    "This isn't a last chance, Abby; there will always be a door open here, but I'm hoping you walk through it today.",
    "I'll be at family counseling on Wednesday nights at six, and there's a seat next to me if you ever want it.",
    "If you go today, I'll take care of the dog, the mail and the rent, so you don't have to worry about anything but getting better.",
    "Your grandfather told you 'sober up or don't come home' when you were seventeen, and I will not be the next person who says that to you.",
    "Great job on the half marathon in April, by the way; I never got to tell you how proud I was to see you cross that line.",
    "thanks a lot for the card on my birthday, its taped to my mirror and i read it every morning",
    "You really were dad of the year the summer you built that tree house, and the kids still talk about it.",
    "Nice work getting through detox last spring; I know what those first nights cost you.",
    "You were always the life of the party in the best way, the one who made sure the shy kids got a turn at charades.",
    "Congratulations on the new apartment, I meant it when I said it, and I want you to be able to keep it.",
    "My therapist says I'm codependent, and I'm working on it, which is part of why I'm learning to say what I feel out loud.",
    "I was diagnosed with depression after Jason died, and getting treatment is the reason I'm still here to write to you.",
    "I'm not a doctor and I won't pretend to know what's going on in your head; I only know what I've seen.",
    "I think I was in denial for a long time about how bad things had gotten, and I'm sorry I didn't speak up sooner.",
    "Aunt Bea had bipolar disorder and she was the most creative, generous person I've ever known.",
    "You used to joke that you were 'a little OCD' about your record collection, alphabetized and color-coded, and I loved that about you.",
]

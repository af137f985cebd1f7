# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 9 (2 December 2026, round 6): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 86f5b43 (rules of round 5): recall 0.60 (rules alone), 0.72 with the second opinion; good 1/60, traps 6/53.

Training data for the learned second opinion only (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); round 6's rules were not tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV9_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "idk how else to put it bro ur a tweaker now, ur teeth, ur arms, the way u pick at ur face for hours",
        {"label"},
    ),
    (
        "Danny I raised you from when you were six and I never thought I'd be sitting up at 3am writing a letter to a crackhead",
        {"label"},
    ),
    (
        "This old heart of mine can't take much more of watching my only grandson turn into a dope fiend.",
        {"label"},
    ),
    (
        "you're a drunk, Kev. there, I wrote it. a drunk who also happens to be the bravest guy on Engine 12",
        {"label"},
    ),
    (
        "Sis I love u but ur a stoner, like a real one, the kind we used to make fun of in high school",
        {"label"},
    ),
    (
        "When the ER nurse asked what was going on I just told her the truth, my mother is a benzo addict and has been for years.",
        {"label"},
    ),
    (
        "Jess you are a METH HEAD. sorry for the caps but you are and I need you to hear it from me and not from some cop",
        {"label"},
    ),
    (
        "Pastor Dan likes to say nobody is a lost cause, and I believe him, but Tyler, sweetheart, you’ve become a fentanyl junkie and I am scared to death.",
        {"label"},
    ),
    (
        "the Ray I served with in Kandahar would never have believed he'd end up a barfly betting his kid's college fund on the Bengals",
        {"label"},
    ),
    (
        "I'm your twin, Nate, so I get to say it, you're a junky, with a y or an ie I honestly don't even care how it's spelled anymore",
        {"label"},
    ),
    (
        "Frank, with respect, you are an alky, and Linda and I can't keep pretending you just “like your beer.”",
        {"label"},
    ),
    (
        "You call it a plant from the smoke shop, fine, I call you what you are now, a kratom junkie.",
        {"label"},
    ),
    # --- clean ---
    ("You told me you were clean since Easter and I believed you, I mean I wanted to", {"clean"}),
    (
        "your PO's test came back dirty for fentanyl and you swore up and down to me it was a false positive",
        {"clean"},
    ),
    (
        "ok so how many days clean are you REALLY, because the number keeps changing depending on who asks",
        {"clean"},
    ),
    ("I want my clean brother back.", {"clean"}),
    (
        "Mom you were dirty at Thanksgiving, I could see it in your eyes the second you opened the door",
        {"clean"},
    ),
    (
        "Even when you were clean those eight months you were still sneaking the kratom, which idk maybe doesn't count to you but it counts to me",
        {"clean"},
    ),
    ("I'd give anything to see you get clean and stay that way, Jordan.", {"clean"}),
    (
        "Coach Reyes told me you failed the team drug test, that your urine came back dirty for THC twice this fall.",
        {"clean", "hearsay"},
    ),
    (
        "you were supposed to come home from Cedar Ridge clean and instead you came home and went straight over to Lenny's",
        {"clean"},
    ),
    ("be honest w me were u dirty at the baptism", {"clean"}),
    (
        "I know the difference between my clean twin and my using twin, I've known it since we were fifteen",
        {"clean"},
    ),
    (
        "I want to believe you when you tell me you're clean, son, but I found the burnt spoons in my bathroom drawer.",
        {"clean"},
    ),
    # --- absolute ---
    (
        "Every payday it's the same thing, you hit DraftKings and then the bar and you come home with nothing",
        {"absolute"},
    ),
    ("not one of Lily's birthdays have you been sober for, not ONE", {"absolute"}),
    (
        "You can't get through a single shift change without a drink in the truck, Kev, and I know because I've checked the cooler.",
        {"absolute"},
    ),
    (
        "Whenever anybody tries to talk to you about the pills you turn it right back around on them.",
        {"absolute"},
    ),
    ("all you do anymore is sleep and smoke and play Xbox", {"absolute"}),
    (
        "You have lied to me about the kratom each and every time I've asked, and I've asked a lot",
        {"absolute"},
    ),
    ("Without fail you show up late, high, or not at all.", {"absolute"}),
    (
        "Mom you haven't kept one promise to me since I was twelve, I mean not a single one",
        {"absolute"},
    ),
    ("ok so you ALWAYS say it's the last time", {"absolute"}),
    (
        "you never once called me back after the reunion, Ray, I had to find out from your ex that you were in detox",
        {"absolute", "hearsay"},
    ),
    (
        "Honestly it doesn't matter how many chances you get, you blow every one of them.",
        {"absolute"},
    ),
    (
        "Any time there's a game on there's a twelve pack and a parlay, that's just how it is with you now",
        {"absolute"},
    ),
    # --- blame ---
    ("Do you have any idea what you've put Grandma through these last two years?", {"blame"}),
    ("How am I supposed to explain to Mia why her dad picks fentanyl over her?", {"blame"}),
    (
        "Why do you think Mom's blood pressure is through the roof, Danny, you think that's a coincidence?",
        {"blame"},
    ),
    ("I gave up college to raise you and this is what I get?", {"blame"}),
    (
        "Kev, my panic attacks started the same year you started drinking on shift, and that's not an accident.",
        {"blame"},
    ),
    (
        "Who do you think paid the guy who showed up at the house about your betting debts?",
        {"blame"},
    ),
    ("Dad left because of the pills, Mom, you know that, right?", {"blame"}),
    (
        "after all the nights I sat up with you when you had the flu and the chicken pox and everything else, you steal from me",
        {"blame"},
    ),
    ("Is a bag of crack really worth more to you than your own son", {"blame"}),
    (
        "Your brother relapsed the same month you got out, do you ever stop and wonder why?",
        {"blame"},
    ),
    (
        "The church had to cancel the youth retreat, Caleb, and the money that went missing from the lockbox is the reason, and I need you to own that.",
        {"blame"},
    ),
    ("That's on you. Not on the marriage, not on the job, not on your back, you.", {"blame"}),
    # --- insult ---
    (
        "It's honestly embarrassing, a grown man asking his 78 year old father for gas money so he can go buy kratom",
        {"insult"},
    ),
    ("you've turned into a deadbeat dad and it kills me to write that", {"insult"}),
    ("You disgust me some days Ray, I'm not gonna lie to you in this letter", {"insult"}),
    ("how do you even look at yourself in the mirror", {"insult"}),
    ("You're weak, Mom. That's the word I keep landing on at 3 in the morning. Weak.", {"insult"}),
    (
        "Frank I'm ashamed to have you at the kids' games, you smell like a bar and you slur at the umpires",
        {"insult"},
    ),
    ("you're a pathetic excuse for a firefighter right now and deep down you know it", {"insult"}),
    (
        "my brother the lazy sponge, twenty-six and living off whoever will let him crash on their couch",
        {"insult"},
    ),
    ("honestly you act like a spoiled brat when your pills don't come in on time", {"insult"}),
    ("What a waste. All that talent, all those scholarships, wasted on meth.", {"insult"}),
    ("Nate you are a liar and a thief and I am sick of pretending otherwise", {"insult"}),
    ("Shame on you for showing up to Lily's christening reeking of bourbon.", {"insult"}),
    # --- hearsay ---
    ("Aunt Rosa says you've been buying off some guy behind the Circle K", {"hearsay"}),
    (
        "I saw on Facebook that a couple of the guys from your old crew think you're a liability on calls now",
        {"hearsay"},
    ),
    (
        "Chief Morales pulled me aside at the picnic and told me you smelled like booze at the warehouse fire.",
        {"hearsay"},
    ),
    (
        "People at church are whispering about you, Caleb, I hear it in the parking lot after service.",
        {"hearsay"},
    ),
    (
        "your ex posted on insta that you missed Aiden's birthday because you were high and honestly I believed her",
        {"hearsay"},
    ),
    (
        "The neighbors told Dad they've seen cars pulling up to your place at three in the morning.",
        {"hearsay"},
    ),
    (
        "Half the unit group chat has been talking about you since the reunion, Ray, I'm not the only one who's worried",
        {"hearsay"},
    ),
    (
        "Dr. Patel’s receptionist mentioned to me that you’ve been calling in for early refills again.",
        {"hearsay"},
    ),
    (
        "Mom's friend Debbie says she ran into you at the Walgreens and you could barely stand up",
        {"hearsay"},
    ),
    ("honestly according to Jenna you've been doing hits in the bathroom at work", {"hearsay"}),
    (
        "idk if it's true but somebody from your league posted on Reddit about a guy named Nate who owes everybody money and I knew it was you",
        {"hearsay"},
    ),
    ("Everybody at the VFW knows, Ray. They just don't say it to your face.", {"hearsay"}),
    # --- we ---
    ("We all agree the kratom isn't harmless like you keep telling us it is", {"we"}),
    (
        "the whole family has talked it over and we think you need to move out of Grandpa's house",
        {"we"},
    ),
    ("We're all just done pretending, Kev.", {"we"}),
    (
        "Everyone in this room feels the same way about the pills, Mom, I'm just the one saying it first",
        {"we"},
    ),
    ("ok so we decided as a family that nobody gives you money anymore", {"we"}),
    (
        "Your sister and your dad and me and even Aunt Bea, we all see the same thing when you walk in the door",
        {"we"},
    ),
    (
        "Dad, we've all noticed the bottles behind the paint cans in the garage and we're tired of acting like we haven't",
        {"we"},
    ),
    (
        "The guys from the battalion and I, we all think you came back different and didn't deal with it.",
        {"we"},
    ),
    ("None of us believe the back thing is why you need the Xanax anymore.", {"we"}),
    (
        "The youth ministry board met Tuesday and we feel you shouldn't be around the kids until you get help",
        {"we"},
    ),
    ("honestly we're unanimous on this one", {"we"}),
    ("we can all tell when you've been betting, you get this look", {"we"}),
    # --- threat ---
    ("I can't promise I'll still be here when you finally decide you want to stop.", {"threat"}),
    ("If you walk out of this room tonight don't bother coming to Lily's recital", {"threat"}),
    (
        "I'm not going to spell out what I'll do if you say no, Kev, but I think you know.",
        {"threat"},
    ),
    ("the next time I find a pill in your purse I'm calling the pharmacy board myself", {"threat"}),
    ("You go to treatment or you lose me, it's that simple", {"threat"}),
    ("Consider this the last letter I'll ever write you if your answer is no.", {"threat"}),
    (
        "I don’t know how many more of these nights I have in me, Danny, and one day you might call and I just won’t pick up.",
        {"threat"},
    ),
    ("A will can be changed, son. I'm just saying.", {"threat"}),
    ("Either the meth goes or the kids go to my mom's, and I'm NOT bluffing this time", {"threat"}),
    (
        "If you so much as light up at a retreat again I'll make sure every parent in the congregation knows why.",
        {"threat"},
    ),
    (
        "dont make me choose between you and my own kids because you won't like how that turns out",
        {"threat"},
    ),
    ("I will call your captain. I mean it.", {"threat"}),
    # --- sarcasm ---
    (
        "Nice of you to make it to Grandma's funeral, even if it was for twenty minutes and you nodded off in the pew.",
        {"sarcasm"},
    ),
    ("Another wonderful Christmas, so thanks for that.", {"sarcasm"}),
    (
        "I'm so glad the fantasy league is going well for you while the electric bill sits on the counter",
        {"sarcasm"},
    ),
    ("real proud of you for making it three whole days this time", {"sarcasm"}),
    ("Sure, Mom, the pills are for your back. Of course they are.", {"sarcasm"}),
    (
        "What a treat it was explaining to my eight-year-old why Uncle Nate was asleep on the bathroom floor",
        {"sarcasm"},
    ),
    (
        "I'm sure the kratom guy at the gas station really has your best interests at heart.",
        {"sarcasm"},
    ),
    (
        "You handled the parent-teacher conference beautifully, slurring at Mrs. Okafor and all.",
        {"sarcasm"},
    ),
    ("congrats on the new record, six hundred bucks in one Sunday", {"sarcasm"}),
    ("love how you found time for the casino but not for your own kid's graduation", {"sarcasm"}),
    ("Brilliant plan, Frank, driving the grandkids home after five beers.", {"sarcasm"}),
    ("thanks SO much for pawning Grandpa's watch, really, that meant a lot", {"sarcasm"}),
    # --- diagnosis ---
    (
        "I honestly think you're a narcissist, Mom, everything comes back to you and how you feel",
        {"diagnosis"},
    ),
    (
        "You've got PTSD and you won't admit it, Kev, half the guys at that station do",
        {"diagnosis"},
    ),
    ("idk maybe you're bipolar, the highs and lows are insane", {"diagnosis"}),
    ("It's textbook ADHD, you're just self-medicating with the meth", {"diagnosis"}),
    (
        "You have zero empathy, Nate, and I've read enough to know what that means, it's sociopath stuff",
        {"diagnosis"},
    ),
    (
        "the counselor at school never put a name on it but I'm pretty sure you've got borderline personality",
        {"diagnosis"},
    ),
    ("You're not depressed, you're hungover.", {"diagnosis"}),
    (
        "Honestly I think the paranoia is schizophrenia at this point and not just the crack",
        {"diagnosis"},
    ),
    ("Son, you've got an addictive personality, you got it from your mother's side", {"diagnosis"}),
    ("You're manic. I looked it up.", {"diagnosis"}),
    (
        "You've got some kind of personality disorder, Ray, the Army broke something in you and the bottle just covers it up",
        {"diagnosis"},
    ),
    ("classic codependent, you and that girlfriend of yours", {"diagnosis"}),
]

DEV9_GOOD: list[str] = [
    "Kev, I fell in love with you at the chili cook-off at Station 9 when you burned the cornbread and laughed about it for an hour.",
    "On March 3rd you came home at 4am and couldn't get your key in the door, and I sat in the kitchen shaking.",
    "I'm scared. That's it, that's the sentence.",
    "When I found you on the bathroom floor with your lips blue I thought I was watching you die, Danny.",
    "I raised you from the time you were six and I would do every single day of it again",
    "Mom, I remember you singing Patsy Cline while you braided my hair before school",
    "Last Tuesday you called me three times and the next morning you didn't remember any of it",
    "I miss you. I mean the real you, the one who laughs at her own jokes before she finishes them.",
    "ok so the bed is ready at Cedar Ridge and they can take you tonight, I'll drive",
    "I love you more than I know how to write down at 2 in the morning",
    "Your grandmother would have wanted me to say this and she'd have said it better: please let these people help you.",
    "Ray, you carried me to the medevac when I couldn't feel my legs, and now I'm asking you to let me carry you a little.",
    "I saw the Narcan in your glovebox and I didn't know whether to be relieved or terrified",
    "When Lily asked me why Daddy sleeps in the truck I didn't have an answer for her.",
    "I feel like I'm losing my twin and I don't know who I am without you",
    "Caleb, you were the kid who stacked chairs after youth group without anyone asking you to.",
    "I'm asking you to go to treatment. Today. Please.",
    "honestly I'm tired and I'm heartbroken and I still love you, all three at once",
    "The night you drove to the casino with Aiden in his car seat I didn't sleep at all.",
    "i found the foil in the dryer vent and i sat on the laundry room floor and cried for an hour",
    "You taught me to throw a spiral in Grandpa's backyard when I was seven.",
    "I know how hard you work and I know some of what you've seen on those calls.",
    "When you missed my son's baptism I felt invisible.",
    "I want my dad back, I want him at my wedding someday, I want him to meet my kids",
    "Please say yes. Please.",
    "Mom, I counted the pills in your purse on Sunday and there were eleven gone from Friday.",
    "You held my hand at Dad's funeral and I felt like I was ten again.",
    "It scared me when you nodded off at the wheel on Route 9 with me in the passenger seat",
    "idk how to end this so I'll just say I love you and I'm here",
    "I don't need you to be perfect, I need you alive.",
    "I'm proud of the man you were becoming before the pills and I believe he's still in there.",
    "Seeing you lose so much weight so fast has been terrifying for me",
    "I've been going to Al-Anon on Thursdays and it's helped me understand I can't fix this for you.",
    "I kept your unit patch on my fridge the whole time you were deployed.",
    "when you called me at 3am from the Shell station crying I drove out in my pajamas and I'd do it again",
    "I want you at Sunday dinner, sober, sitting next to me, making fun of my gravy.",
    "The program has a family week and I'll be there for all of it.",
    "I felt so much shame hiding the bills from my own kids, and I'm done hiding.",
    "When I smelled whiskey on your breath at 10am at Mia's soccer game, my stomach dropped.",
    "THANK YOU for every ride to chemo when I was sick, I have not forgotten one of them",
    "You were the first person I called when I got into nursing school.",
    "I'm asking you to get on the plane with Pastor Dave tomorrow and go to the program.",
    "Your laugh is the best sound in this house.",
    "I found the $4,000 on the credit card in October and I felt sick and betrayed.",
    "Son, I'm 78 years old and I want to see you well.",
    "I'm not angry tonight. Just sad.",
    "I watched you shaking at breakfast until you had a drink, and it broke my heart",
    "I remember us building the treehouse, you hammered your thumb and still wouldn't quit",
    "Will you go today? I'll hold your hand the whole way.",
    "you used to read to Mia at bedtime in the funny voices and she still asks me for the Gruffalo voice",
    "Nate, I know you're in pain. I want to help you carry it.",
    "When my ring went missing from the dresser I felt like I didn't know you anymore.",
    "I'm writing this at the kitchen table at 3:40 in the morning because I couldn't sleep.",
    "The people at Ridgeview know how to help with kratom withdrawal and I called them myself.",
    "It hurt me when you told me to mind my own business at Easter",
    "You are loved. By me, by Grandpa, by the kids. That doesn't change.",
    "i dont know what else to say except please",
    "On the 14th you were supposed to pick up the boys and they waited on the porch with their backpacks until dark.",
    "I'm still your big sister and I'm still on your side.",
    "I miss fishing with you, son, just the two of us and a thermos of coffee at the reservoir.",
]

DEV9_TRAPS: list[str] = [
    "You always made the best pancakes on Saturday mornings and the boys still talk about them.",
    "I will never stop believing in you, Danny",
    "We used to go fishing at Lake Murray every Fourth of July, just you and me and a cooler of root beer.",
    "Dr. Hale told me, “Addiction is a disease, not a moral failing,” and I’ve held onto that.",
    "I was a drunk myself for eleven years, Ray, you know that, and somebody sat me down like this once.",
    "You said to me in the car, 'I'm an addict and I don't know how to stop,' and I think that was the bravest thing I've ever heard you say.",
    "I want us to start over with a clean slate, you and me.",
    "We cleaned out the garage together the summer before you left for basic and found Dad's old footlocker.",
    "your dirty jokes at the firehouse barbecue had the chief laughing so hard he cried",
    "I chose to write this letter because I love you, not because I'm angry.",
    "The reason I'm here tonight is simple: I want you alive.",
    "Because of you I know how to change a tire, file my taxes, and make gumbo from scratch.",
    "I used to think it was my fault, that I didn't raise you right, and my counselor helped me see it's not that simple.",
    "Great-grandma Ruth would have loved to meet your daughter.",
    "You were such a great dad to Mia when she was little, I mean that, truly.",
    "Thank you for the years you kept this family together after Mom died.",
    "I'm selfish sometimes too, I know that, and I'm working on it.",
    "I was so depressed after the divorce that I barely got out of bed, and you came every day with soup.",
    "My cousin Teddy was a heroin addict and he's nine years in recovery now, and he'll be there tonight if you want to talk to him.",
    "We love you, all of us, and we're here for you whatever you decide.",
    "Every time I hear Garth Brooks I think of you singing in the truck.",
    "Never in my life have I been prouder than the day you graduated from the fire academy.",
    "You said, “I’m tired of being the family screwup,” and I want you to know you’re not that to me.",
    "This isn't a last chance, it's a first step, and there will be more steps after it.",
    "The intake counselor told me they have a bed on Monday and that kratom withdrawal is very treatable.",
    "I'm crazy about you, kid, always have been.",
    "You and your brother were total adrenaline junkies on those dirt bikes and it scared Mom half to death.",
    "I've never told you this, but I kept every card you drew me when you were little.",
    "Dr. Alvarez explained that benzos can't safely be stopped all at once, which is why the program is medically supervised.",
    "Remember the dirty Santa game at the church party when you stole Pastor Jim's fruitcake?",
    "I'm sorry I yelled at you in the driveway last spring, that wasn't fair and I own it.",
    "The kids are always asking when Uncle Nate is coming back to build another fort with them",
    "Our house was always full of music when you were around.",
    "I came clean to my husband about the money I'd been giving you, and I'm telling you too, because no more secrets.",
    "I was drunk with happiness the day you were born, I swear the nurses had to calm me down.",
    "Honestly you've always been the smartest one in the family and I've always been a little jealous.",
    "I'm going to keep my phone on every single night, no matter what.",
    "We had the greatest road trip of my life when we drove to Yellowstone in your old Buick.",
    "This is not about blame. It's about getting you well.",
    "My own dad was an alcoholic and I swore I'd never let anyone I love go through it alone.",
    "I keep the house spotless and clean now because honestly it's the only thing I can control",
    "Thank God for the Narcan, and thank God for the paramedic who used it on you.",
    "You never, ever gave up on me when I was failing out of high school, so I'm not giving up on you.",
    "You used to say 'one day at a time' about everything, even mowing the lawn.",
    "My sponsor said something I can't shake: 'You can't save anybody, you can only show up.'",
    "I never want you to feel like you have to hide from me.",
    "You chose me as Aiden's godmother and I've never felt more trusted in my life.",
    "I'll always be the one who picks up, 2am or 2pm, doesn't matter.",
    "You once told me, 'Being a pillhead is the loneliest thing in the world,' and I haven't forgotten it.",
    "The fire department chaplain said they have a peer support team just for firefighters, and he'd love to meet you.",
    "Frank, you walked me down the aisle when my own father couldn't, and I have never forgotten that.",
    "I worry every time my phone rings after midnight.",
    "Your captain told me your job will be waiting when you get back from treatment.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 35 (2 December 2026, round 10): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with main 4bd33cd (rules and model of round 9): recall 0.64 (rules alone), 0.82 with the second opinion; good 1/40, traps 5/41.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py); released to round 10's h86 (recall), whose rules were tuned on it.
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV35_FLAG: list[tuple[str, set[str]]] = [
    (
        "i love you mam, i honestly do, but dad's heart gave out from worrying about you and I think you know that",
        {"blame"},
    ),
    (
        "God forgive me for writing this at 2am but our Kayleigh cries herself to sleep and thats down to you and the drink, Liam",
        {"blame"},
    ),
    (
        "Mate, I've had your back since primary school, but I lost the flat because I kept covering your rent while you snorted it, so that one's on you.",
        {"blame"},
    ),
    (
        "we had lovely Christmases once, I remember them, but the reason Nana won't come anymore is you turning up off your face the last two years",
        {"blame"},
    ),
    (
        "I'm exhausted, I'm 64 and I'm raising your boys because you picked the pills over them, and I'm too tired to pretend otherwise",
        {"blame"},
    ),
    (
        "Your wee sister started cutting herself the year you went missing and I cant help thinking you did that to her",
        {"blame"},
    ),
    (
        "i pray for you every night Darren but the bank took the house because of your habit and I'm the one sleeping on my sisters couch",
        {"blame"},
    ),
    (
        "Honestly babe I adore you, but my anxiety, my panic attacks, the grey hair at 30 — all of that is you, every bit of it.",
        {"blame"},
    ),
    (
        "Lord knows I tried, son, but the divorce happened because of your using, your father couldn't take the fighting over you anymore",
        {"blame"},
    ),
    (
        "I reckon you don't even realise Mum lost her job taking days off to drive round looking for you, and that's squarely on your shoulders",
        {"blame"},
    ),
    (
        "You were such a gorgeous baby and I'd do it all again, but you broke this family in half the day you started on the meth",
        {"blame"},
    ),
    (
        "After all the money we poured into rehab number three you threw it away like it was nothing, like we were nothing",
        {"blame"},
    ),
    (
        "I'm fixin' to lose my mind, Bobby, and I want you to know plain as day that it's you who put me here",
        {"blame"},
    ),
    (
        "me and the kids moved out because your drinking made that house unsafe, and now I have to explain to them why their daddy chose vodka over them",
        {"blame"},
    ),
    (
        "I know you're hurting too, love, but your dad's second stroke came the week you overdosed and I honestly believe the stress of it brought it on",
        {"blame"},
    ),
    (
        "Cheers for reading this far, I know it's long, but the kids are in therapy now because of what they saw you do in that kitchen",
        {"blame"},
    ),
    ("Every penny of Granda's savings is gone and that's your doing, Sean, full stop", {"blame"}),
    (
        "i'm not perfect either and i know it, but i had a miscarriage in the middle of all your chaos and part of me still puts that on you",
        {"blame"},
    ),
    (
        "Our family used to be the loud happy one on the street, and you've turned us into a house that's dead quiet at dinner",
        {"blame"},
    ),
    (
        "I gave up uni to look after Mum when she got sick, and I'd do it again, but I had to do it alone because you were too busy getting wasted",
        {"blame"},
    ),
    (
        "Please hear me, Jo: I'm on antidepressants now and I know exactly where that started, and it started with you",
        {"blame"},
    ),
    (
        "The dog, the car, your marriage, your mum's savings, you've burned through the lot for the heroin and left us to sweep up the ashes",
        {"blame"},
    ),
    (
        "Bless your heart, I know you didn't set out to hurt anybody, but Granny died waiting for you to show up sober and that's a weight you'll have to carry",
        {"blame"},
    ),
    (
        "It's your fault Ellie won't bring the grandkids round anymore, she's scared of what state you'll be in",
        {"blame"},
    ),
    (
        "I used to sleep like a log, now I wake at three with my heart racing and that’s what your coke habit has done to me",
        {"blame"},
    ),
    (
        "I wasn't going to mention it but your Auntie Bernadette rang me crying, she says you've been asking her for money for weeks",
        {"hearsay"},
    ),
    (
        "Father Michael pulled me aside after Mass and told me he smelled drink on you at the christening, love",
        {"hearsay"},
    ),
    (
        "i dont want to pile on but Jess from your work messaged me that you've been nodding off at your desk",
        {"hearsay"},
    ),
    (
        "Your mates at the footy club reckon you've been on the gear since before Christmas, and honestly I believe them",
        {"hearsay"},
    ),
    (
        "Mam, I love you to bits, but Mrs Doyle next door says she hears you shouting at the telly at four in the morning",
        {"hearsay"},
    ),
    (
        "Your brother thinks you're only going to rehab to get the courts off your back, and part of me wonders if he's right",
        {"hearsay"},
    ),
    (
        "Half the congregation have been praying for you since Pastor Dale mentioned your ‘struggles’ from the pulpit",
        {"hearsay"},
    ),
    (
        "The school counsellor told me Mia has been telling her classmates her dad sleeps all day because of his medicine",
        {"hearsay"},
    ),
    (
        "Your ex phoned me out of the blue, she said you turned up at her door high as a kite at midnight",
        {"hearsay"},
    ),
    (
        "Everybody down the pub knows, Gaz, they've all seen you necking vodka in the car park before your shift",
        {"hearsay"},
    ),
    (
        "Your sponsor told me in confidence that you stopped going to meetings back in March",
        {"hearsay"},
    ),
    (
        "Gran keeps saying to anyone who'll listen that you were her favourite until the pills got hold of you",
        {"hearsay"},
    ),
    (
        "I'm so proud of how hard you worked at the garage, but your boss Terry rang to say the till was short again the day you were on",
        {"hearsay"},
    ),
    (
        "Kelsey says you told her you could quit whenever you wanted, and she laughed about it, and I didn't",
        {"hearsay"},
    ),
    (
        "My sister, bless her, thinks you're using again because you've lost so much weight, and she's not the only one",
        {"hearsay"},
    ),
    (
        "the neighbours have been talking, Jamie, a couple of them said they saw police at your flat twice last month",
        {"hearsay"},
    ),
    (
        "Our GP mentioned to me that you've been trying to get scripts from three different surgeries",
        {"hearsay"},
    ),
    (
        "I'm writing this with a cup of tea gone cold, and I keep thinking about what your cousin Niamh said, that you nearly crashed with her wee one in the back",
        {"hearsay"},
    ),
    (
        "Your coach from the high school team called me last week, he'd heard you were dealing out of the Walmart parking lot",
        {"hearsay"},
    ),
    (
        "The lads in your band say you've missed the last four gigs and they're done covering for you",
        {"hearsay"},
    ),
    (
        "Everyone at your mum's funeral was whispering that you were out of it during the eulogy",
        {"hearsay"},
    ),
    (
        "i hate that i'm even writing this but Aunty Mere reckons you've been selling your tools to pay for the P",
        {"hearsay"},
    ),
    (
        "Dad won't say it to your face but he told me he's stopped expecting you to make it to forty",
        {"hearsay"},
    ),
    (
        "Your flatmate texted me at 2am saying you hadn't come home and were probably off your head at some party again",
        {"hearsay"},
    ),
    (
        "Pastor Ray said at Bible study that he thinks you've got a demon of addiction on you, and I didn't know what to say",
        {"hearsay"},
    ),
    (
        "Well done, Callum, truly, another birthday of mine you managed to sleep through",
        {"sarcasm"},
    ),
    (
        "i'm so grateful, really, that you found time between benders to text me happy mother's day two days late",
        {"sarcasm"},
    ),
    (
        "What a lovely present for your daughter's sixteenth, her dad passed out on the patio in front of all her friends",
        {"sarcasm"},
    ),
    (
        "Oh aye, brilliant parenting that, leaving a seven year old to make her own tea while you sleep it off",
        {"sarcasm"},
    ),
    ("Nice one, son, pawning your grandad's watch, he'd have been dead proud", {"sarcasm"}),
    (
        "I've prayed on this a lot and I still love you, but congratulations on being the first person in our family to get arrested at a wedding",
        {"sarcasm"},
    ),
    ("Thanks a million for the grey hairs, you're a real gift to this family", {"sarcasm"}),
    (
        "Top marks for creativity with the excuses this time, Shaz, the sick cat story was a new one",
        {"sarcasm"},
    ),
    (
        "Husband of the year over here, forgetting our anniversary because he was too busy chasing pills across three counties",
        {"sarcasm"},
    ),
    (
        "Love that you remembered to pick up more beer but somehow forgot to pick up your own son from football",
        {"sarcasm"},
    ),
    (
        "I suppose I should thank you for teaching the kids what a hangover looks like at such a young age",
        {"sarcasm"},
    ),
    (
        "You've really outdone yourself this year, honey, three ER visits and a DUI before Easter",
        {"sarcasm"},
    ),
    (
        "What a hero, eh, turning up to your nan's ninetieth with your pupils like saucers",
        {"sarcasm"},
    ),
    (
        "Such a proud moment for me as your mother, bailing you out of a holding cell in my dressing gown",
        {"sarcasm"},
    ),
    (
        "Fair play to you, honestly, not many people could blow a whole inheritance on coke in six months",
        {"sarcasm"},
    ),
    ("real smooth move, telling the cops the pills were mine, thanks for that", {"sarcasm"}),
    (
        "Bravo, you finally made it to a family dinner, shame you were nodding off into the gravy",
        {"sarcasm"},
    ),
    (
        "I know you're trying and I do see that, but gold star for the vodka in the water bottle, very clever, we'd never have guessed",
        {"sarcasm"},
    ),
    (
        "Stellar effort at the school play, sweetheart, Lily really loved watching you get walked out by security",
        {"sarcasm"},
    ),
    (
        "Cheers for the memories, mate, especially the one where you threw up in my new car on the way to my own wedding",
        {"sarcasm"},
    ),
    ("Good on ya for staying sober a whole weekend, shall we throw you a parade", {"sarcasm"}),
    (
        "Lovely, just lovely, the way you told the kids Santa wasn't coming because you'd spent the money on gear",
        {"sarcasm"},
    ),
    (
        "Impressive really how you can find a dealer at midnight in a town of two thousand but can't find your way to the clinic",
        {"sarcasm"},
    ),
    (
        "Way to go, Tyler, you made the local paper, just not for the reasons a mother dreams about",
        {"sarcasm"},
    ),
    (
        "God bless you, you've got a real talent for disappearing the exact week the rent's due",
        {"sarcasm"},
    ),
    (
        "I'll be your mum no matter what, but the state of you last Sunday was a disgrace and I was ashamed to be seen with you",
        {"insult"},
    ),
    (
        "Honestly Ryan you've become a sad, shaky, lying wee man and it breaks my heart to say it",
        {"insult"},
    ),
    (
        "I remember you teaching me to ride my bike, and now look at you, a grown man scrounging fivers off his teenage niece, it's pitiful",
        {"insult"},
    ),
    ("you should hang your head for what you did at Nana's wake", {"insult"}),
    ("I love you, I do, but you've turned into a right useless lump on my sofa", {"insult"}),
    (
        "Standing there swaying in your own piss at the bus stop, Dean, you looked like absolute trash",
        {"insult"},
    ),
    (
        "What kind of spineless coward lets his wife carry the whole family while he drinks himself stupid",
        {"insult"},
    ),
    (
        "You're a waste of a good brain, Siobhan, you had the best marks in the school and you've pissed it all up the wall",
        {"insult"},
    ),
    (
        "my beautiful girl, I hate seeing you like this, skin and bone and scabs, you look like something the cat dragged in",
        {"insult"},
    ),
    (
        "It's humiliating being your wife, if I'm honest, I make excuses for you to my own friends",
        {"insult"},
    ),
    (
        "You're a bloody eejit, Connor, an eejit with a heart of gold maybe, but an eejit",
        {"insult"},
    ),
    (
        "A forty-year-old man living in his mum's spare room, glued to his phone and off his head on pills, is nothing to be proud of, it's shameful",
        {"insult"},
    ),
    (
        "I pray for you daily, but some days I look at you and see a parasite bleeding this family dry",
        {"insult"},
    ),
    ("You absolute muppet, you nearly killed yourself for a twenty-quid bag", {"insult"}),
    ("There's no dignity left in you, love, and it kills me to watch", {"insult"}),
    (
        "A real man would look after his kids instead of crawling round the carpet looking for crumbs of crack",
        {"insult"},
    ),
    ("You've made yourself a joke in this town, a sloppy, slurring joke", {"insult"}),
    (
        "I'm sorry for my part in this, truly, but you've been a selfish, vile pig to your mother and I won't soften it",
        {"insult"},
    ),
    ("The kids deserve better than a dad who's a spineless mess and a liar", {"insult"}),
    (
        "Honest to God, you looked like a corpse in that hospital bed and you've earned every bit of shame you felt",
        {"insult"},
    ),
    ("I'm embarrassed to tell people you're my brother, that's the truth of it", {"insult"}),
    ("You used to be so sharp, now you're just dim and sloppy and mean", {"insult"}),
    (
        "Our wedding photos are the last time I saw you look like a decent human being rather than a walking wreck",
        {"insult"},
    ),
    (
        "Shame on you, Kev, stealing from your own granny's purse while she was in hospital",
        {"insult"},
    ),
    (
        "My precious boy, it guts me, but you've become a filthy, stinking shadow of who you were",
        {"insult"},
    ),
    (
        "I love you more than life, but if you're not in that car to the clinic by Friday I'm changing the locks and you can sleep in the shed",
        {"threat"},
    ),
    (
        "This is it, Paddy, the end of the road, you go tonight or you don't set foot in this house again",
        {"threat"},
    ),
    (
        "Refuse and I'll be ringing the guards about the money you took, I swear on Mammy's grave",
        {"threat"},
    ),
    (
        "I'm done — walk away from this offer and you'll be burying me before I ever speak to you again",
        {"threat"},
    ),
    (
        "Say no today and the kids go to my mum's permanently and you'll see them through a solicitor",
        {"threat"},
    ),
    ("If you won't get help then as far as I'm concerned I don't have a son anymore", {"threat"}),
    (
        "I've made my peace with God about it, and if you walk out that door today you're out of my will and out of my life",
        {"threat"},
    ),
    ("One more relapse and I'm telling your boss everything, every last thing", {"threat"}),
    (
        "mark my words, Shane, don't accept this and i'll make sure the whole town knows what you've been up to",
        {"threat"},
    ),
    (
        "Either you get on that plane to treatment on Monday or I'm filing on Tuesday, simple as",
        {"threat"},
    ),
    (
        "You've got until the end of this letter to decide, after that I stop answering your calls for good",
        {"threat"},
    ),
    (
        "Choose rehab or choose the street, love, because those are the only two doors left",
        {"threat"},
    ),
    (
        "I'll have your car sold and your phone cut off by the weekend if you so much as hesitate",
        {"threat"},
    ),
    (
        "Keep this up and you'll end up in a ditch, and don't expect me to come and identify the body",
        {"threat"},
    ),
    (
        "i'm not bluffing this time, no treatment means no wedding invite, no grandkids, no nothing from me",
        {"threat"},
    ),
    (
        "You were my best mate at school, Danny, and now you're just a junkie who texts me when he needs a lift",
        {"label"},
    ),
    (
        "I married a lovely man and somewhere along the line he turned into a drunk I don't recognise",
        {"label"},
    ),
    ("Sweetheart, I never pictured my daughter as a pillhead, but here we are", {"label"}),
    ("Face it, Mikey, you're a smackhead, there's no nicer word for it", {"label"}),
    ("I know what a lush looks like, I grew up with one, and that's what you are now", {"label"}),
    ("God help me, my baby brother is a meth addict living in a car", {"label"}),
    (
        "Every family has one, and I guess you're ours, the alky cousin somebody has to keep an eye on at weddings",
        {"label"},
    ),
    ("Ninety days clean and then you throw it away for one night out with the lads", {"clean"}),
    (
        "I could tell you were dirty the minute you walked in, love, your eyes gave you away",
        {"clean"},
    ),
    ("When you were clean you were the funniest, kindest man in the whole of Glasgow", {"clean"}),
    ("I just want to see you stay clean long enough to enjoy your grandkids", {"clean"}),
    ("Are you even clean right now as you sit there listening to this?", {"clean"}),
    ("your piss test came back dirty again and you still looked me in the eye and lied", {"clean"}),
    (
        "I had such hope that summer you were clean, the garden, the barbecues, you singing in the kitchen",
        {"clean"},
    ),
    ("I love you, but you have never once kept a promise to me in ten years", {"absolute"}),
    ("Every time I let myself believe you, you let me down again, every single time", {"absolute"}),
    ("Nothing I say ever gets through to you, Bren, not one word", {"absolute"}),
    (
        "You always have a sob story ready, always, the car, the landlord, the sick mate",
        {"absolute"},
    ),
    ("Not once, not one Christmas in the last decade, have you turned up sober", {"absolute"}),
    ("It's every weekend with you, without fail, and I'm worn through", {"absolute"}),
    ("ur always the one who needs saving and nobody ever gets to lean on you", {"absolute"}),
    (
        "I'm writing this on behalf of all of us, and we've unanimously decided you're going to treatment",
        {"we"},
    ),
    ("The whole family feels the same way, love, we're tired of pretending", {"we"}),
    (
        "We've all talked it through at Mam's kitchen table and we agree you can't keep living like this",
        {"we"},
    ),
    ("Speaking for your sisters and me, we all think you've been hiding how bad it's got", {"we"}),
    ("All of us in this room have had enough, and every one of us wants you on that plane", {"we"}),
    (
        "Your dad and I and the boys have agreed between us that you're not ready to be around the baby",
        {"we"},
    ),
    ("Everyone here is in agreement, Tommo, we've reached the end of our rope together", {"we"}),
    (
        "I've read a lot since this started and I genuinely think you're a narcissist, it all circles back to you",
        {"diagnosis"},
    ),
    (
        "You've got some kind of personality disorder, Jess, normal people don't lie like that",
        {"diagnosis"},
    ),
    (
        "you're manic half the time and flat as a pancake the rest, that's bipolar and you know it",
        {"diagnosis"},
    ),
    ("My counsellor says people like you are textbook sociopaths", {"diagnosis", "hearsay"}),
    (
        "Darling, you're a textbook manipulator with a sweet smile, you play us like a fiddle",
        {"diagnosis"},
    ),
    (
        "Your paranoia isn't the drugs talking, it's who you are, you're properly paranoid",
        {"diagnosis"},
    ),
    (
        "Deep down I think you're severely depressed and hiding behind the bottle, and you won't admit it",
        {"diagnosis"},
    ),
]
DEV35_GOOD: list[str] = [
    "I'm sitting at the kitchen table at half two in the morning writing this because I can't sleep without you knowing how much I love you",
    "Mam, I remember you singing Dolly Parton in the car on the way to Bundoran and me and Ciara pretending to be embarrassed",
    "I've been so scared, Jamie, scared whenever the phone rings after midnight, and I need you to know that",
    "Please, love, go with them today, there's a bed waiting and I'll be there on Sunday with your good pillow",
    "I noticed you stopped coming to Sunday dinner in October and I've missed your laugh at that table something awful",
    "When I found you on the bathroom floor in March I thought I'd lost you, and I've not slept right since",
    "Grandpa, you taught me to fish at the lake and to bait a hook without crying, and I want more of those days with you",
    "I'm not here to fight, mate, I'm here because I want my best friend back and I'll drive you there myself",
    "I'm worried sick about you, and I'm saying that as your wife who still loves you after nineteen years",
    "Lord, give him strength today, and give me the patience to keep loving him through whatever comes next",
    "I remember the summer you built the treehouse with the boys and they still call it Dad's castle",
    "I felt so helpless watching you shake at the hospital, I wanted to fix it and I couldn't",
    "The kids drew you a card, it's on the fridge, they want their dad at the school sports day in June",
    "I know this is hard to hear and I'm so sorry it's come to a room full of us and letters, but I'd rather this than a funeral",
    "Sis, you were the one who held my hand at Mum's bedside, let me hold yours now",
    "I've booked the week off work so I can visit as much as they'll let me, I'm in this with you",
    "i'm rubbish at writing these things but i love you bro and i want you to say yes today",
    "It hurt me when you missed Ava's christening, I stood at the font and kept looking at the door for you",
    "I hope one day we can sit on the back step with a cuppa and laugh about nothing like we used to",
    "You're my son and I'm asking you, as your mother, to accept the help that's being offered this morning",
    "I saw you pour it down the sink in August, and I believe you can do this with proper support",
    "My heart sank when I saw the empty bottles behind the shed, I didn't know how to bring it up, so I'm bringing it up now",
    "Your niece still sleeps with the stuffed koala you brought her back from Brisbane",
    "I'm angry, I won't lie, but under the angry I'm mostly just frightened of losing you",
    "The treatment centre in Wellington has a family programme and I've already signed up for it",
    "I want you to walk me down the aisle at my wedding next year, Dad, with steady hands and a clear head",
    "Honey, I miss dancing with you in the kitchen to the radio while the spuds boiled",
    "I'm asking you today, in front of the people who love you most, to get in the car with us",
    "I felt frightened when you drove the kids home from the fair after drinking, and I can't let that happen again",
    "There's a version of next Christmas in my head where you're carving the turkey, and I'm holding on to it",
    "Thank you for reading this, I know it's long, I've rewritten it six times since midnight",
    "You held my hand through chemo and cracked terrible jokes to keep me going, and I want to be that for you now",
    "I've been going to Al-Anon on Tuesdays and it's helped me understand this is an illness, not a choice you wake up and make",
    "When you called me last month and said you were scared, I believed you, and I'm still holding on to that call",
    "I love you, Nanna loves you, and the door to this house is open the moment you come home from treatment",
    "I'd give anything to hear you play guitar on the porch again like you did the summer the whole street came out to sing",
    "Please, pet, I'm begging you, let these people help you, you don't have to carry it alone anymore",
    "I've noticed your hands shaking in the mornings and I'm frightened for your liver and your heart",
    "Our first flat in Leith had a leaky roof and no heating and it was the happiest year of my life",
    "Whatever you decide today I'll still be your mum, but I'm praying with my whole heart that you say yes",
]
DEV35_TRAPS: list[str] = [
    "My own father was a drunk and I swore I'd never let my kids see what I saw, so I know how heavy this is",
    "I'll never forget the morning you carried me home from the beach on your shoulders when I'd cut my foot",
    "You've always been the one who remembers everyone's birthday, even the neighbours' dog's",
    "Because of you I learned to drive, to swim, and to stand up for myself, thank you for that",
    "You're the reason I became a nurse, Mum, watching you care for Grandad",
    "We went camping at Loch Lomond every summer and you'd burn the sausages every single year",
    "I'm an alcoholic myself, eleven years sober this June, and I'm living proof that this works",
    "You said to me, “I'm just a junkie, nobody cares,” and I need you to know that's not true, I care",
    "I'm not calling you an addict or anything else today, I'm calling you my son",
    "Let's give ourselves a clean slate after today, both of us",
    "Dad always told dirty jokes at the barbecue and you were the only one who laughed louder than him",
    "My best mate's an adrenaline junkie, skydiving and all, and I've always been the scaredy-cat, but I'm being brave today",
    "We love you, we always have, and that's why we're all here",
    "Well done on finishing that college course last spring, I truly mean it, I was so proud",
    "I'm not saying you're a bad person, I'm saying you're a good person who's very unwell",
    "My sister was diagnosed bipolar in her twenties and she's doing brilliantly on her meds now",
    "I cleaned the whole house top to bottom the night before you came home from hospital, I wanted it perfect for you",
    "Thanks so much for coming today, I know you didn't have to sit and listen to all of us",
    "Grandma's kitchen always smelled of scones and you'd always sneak the first one off the tray",
    "I never stopped loving you, not for one second, not even on the worst nights",
    "It wasn't your fault that Dad left, you were nine, and I need you to hear that from me",
    "Nobody makes a cup of tea like you do, that's just a fact",
    "I'm the one who's been pathetic at saying sorry over the years, so I'll start: I'm sorry",
    "My counsellor diagnosed me with anxiety last year and learning about it has helped me understand my own part in this",
    "Our Paddy is such a clean freak he hoovers the car every Sunday, and I smile thinking of you teasing him for it",
    "We drove down to Cornwall in that terrible old van and broke down twice and it was the best week ever",
    "Every time I hear Oasis on the radio I think of you in the front seat belting out Wonderwall",
    "You're my hero, you always have been, since you chased off the bullies at the bus stop",
    "The doctor told me Uncle Ray's liver was failing from the drink, and I don't want that story for you",
    "I'm not trying to shame you, there's no shame in being sick",
    "You're the best thing that ever happened to me, and I'll always be in your corner",
    "I used to be a right lush at uni, so I'm no saint and I'm not pretending to be",
    "Your dirty old trainers are still by the back door, I can't bring myself to move them",
    "‘I don't want to be like this anymore,’ you told me in the car, and I've held onto those words ever since",
    "You're the reason we have the allotment, you dug every bed by hand, and the beans came up lovely this year",
    "You've never once forgotten to ring me on my birthday, even when things were at their worst",
    "We all piled into Nan's caravan at Portrush and played cards till three in the morning",
    "The sandcastle you built at Bondi was genuinely legendary, I've still got the photo",
    "You're nothing like the monster you think you are, you're my brother and I'm proud of so much of you",
    "You're my son and nothing changes that, not today, not ever",
    "You held my hand through chemo, every single appointment, and I want to do the same for you now",
]

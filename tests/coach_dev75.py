# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 75 (4 December 2026, round 19, second wave): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: whole letters from coworkers, best friends, teenagers and step-parents, all ten kinds about evenly with the hard word mid-sentence, and good sentences using the words a keyword matcher fears. The writer was asked to keep calm consequences ("if you say no today, I won't…") apart, as
DEV75_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 03867e0, rules and model 0.88 (95/108; the rules alone 89/108): label 9/11, absolute 8/13, blame 11/12, hearsay 10/11, we 8/10, sarcasm 10/11, diagnosis 9/10, every other kind full; good 3/60 (5.0%; the rules alone 2), traps 2/50 (4.0%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV75_FLAG: list[tuple[str, set[str]]] = [
    (
        "Marcus, I have stood next to you on the line at Delgado's for nine years, and watching you come in shaking on Tuesday I finally admitted to myself that you're a drunk now and not the cook who trained me.",
        {"label"},
    ),
    (
        "Honestly Jess, I told myself for a long time it was just partying, but the girl I shared a dorm room with has become a pillhead who goes through her best friend's purse when she thinks nobody is looking.",
        {"label"},
    ),
    (
        "Im fifteen and I know more than you think, and when my friends ask why you miss every single one of my games I just tell them my stepdad is a junkie because its easier than explaining.",
        {"absolute", "label"},
    ),
    (
        "Ray, the crew at the shop covered for you all last winter, and somewhere around the third no-call no-show I started seeing you as a tweaker instead of the best welder I have ever worked with.",
        {"label"},
    ),
    (
        "When I married your dad I knew his son had struggled, but I did not expect to be locking my jewelry in the car because a crackhead was sleeping in my guest room.",
        {"label"},
    ),
    (
        "You used to be the funniest person in our whole friend group and now, no offense, you're kind of just a stoner who sits on Kyle's couch and forgets every plan we make.",
        {"absolute", "label"},
    ),
    (
        "Mom I hate saying this out loud but I'm tired of being the kid at Jefferson whose stepmom is the town lush, and I dont know how to walk into school anymore.",
        {"label"},
    ),
    (
        "When Keisha from payroll asked me what was going on with you, I almost answered that Tasha's an addict now, and it broke my heart that the word came to me so fast.",
        {"label"},
    ),
    (
        "Derek, I know you hate the word, but after the overdose in the parking garage on Fifth I honestly can't see you as anything but an opioid addict who got lucky.",
        {"label"},
    ),
    (
        "Since the summer at the lake you've turned into a user, plain and simple, and I'm not going to pretty it up in this letter.",
        {"label"},
    ),
    (
        "Ava is only seven but she sees it too, that her big brother the boozer spends more nights at Rudy's Tavern than he does reading her a story.",
        {"label"},
    ),
    (
        "Jordan, I've been your best friend since seventh grade and I swear if you could just get clean for one summer we could finally do that road trip to Asheville we've talked about for years.",
        {"clean"},
    ),
    (
        "I saw the paper from your probation officer on the kitchen counter, the one where your test came back dirty for meth again, and I had to sit down on the floor.",
        {"clean"},
    ),
    (
        "I'm not asking you to be perfect, I'm asking u to stay clean long enough to come to my graduation in June and actually remember it.",
        {"clean"},
    ),
    (
        "At the clinic the nurse showed you the results and you laughed about being dirty like it was a joke, but I was sitting right there and it was not funny to me.",
        {"clean"},
    ),
    (
        "Frankie, the guys at the firehouse would take you back in a heartbeat once you're clean and have ninety days under your belt.",
        {"clean"},
    ),
    (
        "When your dad and I got married I promised I'd treat you like my own, so I'll say it like I would to my own kid: seeing another dirty screen from your counselor scares me more than anything.",
        {"clean"},
    ),
    (
        "I don't care how long rehab takes, I just want my best friend back and clean, not the shaky guy who shows up at my door at 3am asking for forty bucks.",
        {"clean"},
    ),
    (
        "Last month you swore to me that you'd been clean since Easter and then I found the foil under the seat of your Civic, so I honestly don't know what to believe anymore.",
        {"clean"},
    ),
    (
        "Kai, I want the old you, the one who'd get up at five to surf Pacifica with me, and I know that guy is still in there somewhere under all the dirty UAs.",
        {"clean"},
    ),
    (
        "The best gift you could give me for my sixteenth birthday is getting sober and staying clean, I dont want anything else.",
        {"clean"},
    ),
    (
        "Grace, I've sat across the desk from you for six years at Hollis Insurance, and lately you are always the one slipping out to your car at ten-thirty and coming back smelling like mouthwash.",
        {"absolute"},
    ),
    (
        "I know you're going to say it's not that bad, but you never once came to my soccer games this fall, not even the playoff against Westbrook when I scored.",
        {"absolute"},
    ),
    (
        "Bro I love you, but every single time we make plans you bail at the last minute and I end up hearing from your roommate that you were at Cody's getting high.",
        {"absolute", "hearsay"},
    ),
    (
        "I have been your stepmom for ten years, and you never listen to a single word I say once you've had a few glasses of wine.",
        {"absolute"},
    ),
    (
        "At work you constantly blame the vendors for the missed orders when I know you were nodding off in the back office half the afternoon.",
        {"absolute"},
    ),
    (
        "You promise me every weekend that this one is the last one and it's not, Nate, it never is.",
        {"absolute"},
    ),
    (
        "Honestly Mia, you haven't kept a single promise to me since junior year, and I'm running out of ways to keep hoping.",
        {"absolute"},
    ),
    (
        "When you married my dad I thought you'd be around, but your never home for dinner anymore and you're always 'working late' at the Elks lodge.",
        {"absolute", "sarcasm"},
    ),
    (
        "Travis, you show up to every shift hungover, every one of them, and I've quit pretending I don't notice.",
        {"absolute"},
    ),
    (
        "For the last four Thanksgivings you have found some way to disappear before dessert every time and come back glassy-eyed.",
        {"absolute"},
    ),
    (
        "Danielle, I took over your accounts at Brightline when you stopped showing up, and because of you I worked sixty-hour weeks straight through my daughter's first birthday.",
        {"blame"},
    ),
    (
        "Mom is sick with worry every night about where you are and that's on you, not on me and not on Dad.",
        {"blame"},
    ),
    (
        "You picked the pills over me and Lily so many times that I finally stopped setting a place for you at the table.",
        {"blame"},
    ),
    (
        "After everything I gave up to move here from Tulsa and help raise you, the least you could do is show up sober to one family dinner.",
        {"blame"},
    ),
    (
        "You wrecked my sixteenth birthday, you wrecked Thanksgiving, and honestly Kevin you wrecked this whole house.",
        {"blame"},
    ),
    (
        "I'm your best friend so I'm going to be the one to ask it: how could you leave your own kid in the car outside the liquor store in July?",
        {"blame"},
    ),
    (
        "The reason your dad and I fight so much lately is you and the drinking, and I'm not going to pretend it's anything else.",
        {"blame"},
    ),
    (
        "I lost my job at the dealership covering your shifts, Luis, so take a good look at what your coke habit did to me and my family.",
        {"blame"},
    ),
    (
        "It's your fault Grandpa had his heart attack after that call from the county jail, and I think deep down you know it.",
        {"blame"},
    ),
    (
        "You did this to all of us, Ashley, and I need you to stand in that instead of crying your way out of it.",
        {"blame"},
    ),
    (
        "I used to brag about you to everyone in the office, and now when you stumble into the Monday meeting it's honestly pathetic to watch.",
        {"insult"},
    ),
    (
        "Seeing you throw up in my mom's rose bushes at my eighteenth was the most disgusting thing I've ever had to clean up after.",
        {"insult"},
    ),
    (
        "What kind of grown man takes his stepdaughter's babysitting money for weed and then lies to her face about it?",
        {"insult"},
    ),
    (
        "You're a disgrace to that uniform, Pete, and I never thought I'd say that to the guy who pulled me out of a burning stairwell.",
        {"insult"},
    ),
    (
        "Honestly you've turned into a waste of a friend, Bri, and I'm embarrassed I defended you to Kayla for so long.",
        {"insult"},
    ),
    (
        "I'm thirteen and I shouldn't have to write this but you make me want to throw up when you come home slurring.",
        {"insult"},
    ),
    (
        "Shame on you for driving Emma to dance class after six beers, she is nine years old.",
        {"insult"},
    ),
    (
        "Whatever is left of the man your father raised, I can't find it in this worthless version of you that sleeps until three.",
        {"insult"},
    ),
    (
        "You used to run the best kitchen in Tacoma, and now you're a sloppy embarrassment who can't even remember the specials.",
        {"insult"},
    ),
    (
        "Standing in that hospital hallway I kept thinking you are the most selfish, spineless person I have ever loved.",
        {"insult"},
    ),
    (
        "Your supervisor Linda pulled me aside last week and said you'd been found asleep in the supply closet twice, and honestly Tom I didn't know what to say to her.",
        {"hearsay"},
    ),
    (
        "Kayla told me you were at the Marathon station at 2am buying papers with some guy from Renton.",
        {"hearsay"},
    ),
    (
        "Apparently you've been telling people at church that you quit in March, which is news to me.",
        {"hearsay"},
    ),
    (
        "My friend's older brother saw you at the skate park handing out pills, so dont act like I'm making it up.",
        {"hearsay"},
    ),
    (
        "I heard from your ex that you sold the guitar your mom left you, and out of everything that one really hurt.",
        {"hearsay"},
    ),
    (
        "Word around the hospital is that the pharmacy audit flagged your fentanyl counts, Rachel, and people on the unit have started whispering.",
        {"hearsay"},
    ),
    (
        "Your sister called me crying last night and told me you showed up drunk at her kid's recital and knocked over a row of chairs.",
        {"hearsay"},
    ),
    (
        "According to your landlord you haven't paid rent since August and the cops have been to your unit twice.",
        {"hearsay"},
    ),
    (
        "The guys on the loading dock are saying you keep a bottle in your locker, and I'm not the only one who's heard it.",
        {"hearsay"},
    ),
    (
        "Somebody at Jake's party posted a video of you snorting something off a phone, and half my grade saw it before I did.",
        {"hearsay"},
    ),
    (
        "Sam, everyone in this room is exhausted from covering for you, and we all agree it's time you stopped pretending.",
        {"we"},
    ),
    (
        "All of us sitting here think you've been lying about the pills since at least Christmas.",
        {"we"},
    ),
    (
        "The whole department is fed up with the excuses, and I'm speaking for every one of them when I say enough.",
        {"we"},
    ),
    (
        "Your mom and I both feel like you care more about the weed than you do about this family.",
        {"blame", "we"},
    ),
    ("None of us trust you anymore, Chris, not your brothers, not me, not even Grandma.", {"we"}),
    ("We've all decided you're just not the same person you were before the meth.", {"we"}),
    (
        "Our friend group talked it over and honestly we're all kind of done with the version of you that shows up wasted to everything.",
        {"absolute", "we"},
    ),
    (
        "Everybody at the station thinks you're going to get someone killed driving that rig hungover.",
        {"we"},
    ),
    (
        "The family is united on this, we are sick of the lying and sick of the 3am phone calls.",
        {"we"},
    ),
    (
        "Me and Tyler and Jo all feel the same way, that you've basically picked your dealer over us.",
        {"blame", "we"},
    ),
    (
        "Danny, I've been your best friend for twenty years and I mean this, if you walk out of this room today without saying yes, don't ever call me again.",
        {"threat"},
    ),
    (
        "If you aren't on that plane to Arizona by Friday I'm packing up the kids and you can do the rest of your life alone.",
        {"threat"},
    ),
    (
        "Either you go to treatment or I tell HR everything I've seen, and I'll make sure you never work in this industry again.",
        {"threat"},
    ),
    (
        "You go into rehab tonight or you can find somewhere else to live, because I'm done, and I mean done.",
        {"threat"},
    ),
    (
        "im sixteen and i swear if u dont get help im moving in with Dad and you will never hear from me again.",
        {"threat"},
    ),
    (
        "If you say no to this, Marcy, you are no longer my best friend, I'm cutting you off completely.",
        {"threat"},
    ),
    (
        "Accept the bed at Hazelden or I'm calling the cops about the car you crashed and letting them sort you out.",
        {"threat"},
    ),
    (
        "You get help or I swear I'll tell your mother exactly what you did at the lake house.",
        {"threat"},
    ),
    (
        "Say yes today or forget about walking me down the aisle in May, I'll ask Uncle Ron to do it instead.",
        {"threat"},
    ),
    (
        "If you don't check in tonight I'm going straight to Carla with the vodka bottles I found in your desk drawer.",
        {"threat"},
    ),
    (
        "Nice work at the company picnic by the way, nothing says team lead like passing out in the bounce house.",
        {"sarcasm"},
    ),
    (
        "Thanks so much for coming to my recital high, Mom, really made me feel special.",
        {"sarcasm"},
    ),
    (
        "Stepdad of the year award goes to you for forgetting to pick me up from practice three times this month.",
        {"sarcasm"},
    ),
    (
        "Oh and congrats on the DUI, that's a real career milestone for a guy who drives for a living.",
        {"sarcasm"},
    ),
    (
        "You keep telling everyone you're 'totally fine,' and sure, totally fine people black out at baby showers.",
        {"sarcasm"},
    ),
    (
        "Wonderful how you managed to stay sober for exactly one hour at Grandma's funeral, truly inspiring stuff.",
        {"sarcasm"},
    ),
    (
        "Real classy move selling your stepbrother's Xbox for pills, Trent, I'm so proud.",
        {"sarcasm"},
    ),
    ("Way to go at Jenna's wedding, I'm sure everyone loved your toast about her ex.", {"sarcasm"}),
    (
        "You're such a great friend, Mo, who else would borrow five hundred bucks for 'rent' and put it up their nose.",
        {"sarcasm"},
    ),
    (
        "Love that your quick drink after work turned into a four-day disappearance, super responsible of you.",
        {"sarcasm"},
    ),
    (
        "I've read a lot about this, Jen, and I honestly think you're a narcissist who only cares about whoever is buying the next round.",
        {"diagnosis"},
    ),
    (
        "You're so deep in denial that you actually believe nobody at the office can smell it on you.",
        {"diagnosis"},
    ),
    (
        "The way you switch from crying to screaming in five minutes, I'm pretty sure you're bipolar and the pills just make it worse.",
        {"diagnosis"},
    ),
    (
        "I'm not a doctor but you'd have to be a sociopath to lie to your own kid's face like that and not even blink.",
        {"diagnosis"},
    ),
    (
        "Mom thinks it's just stress but I think you're clinically depressed and using the weed to hide it.",
        {"diagnosis"},
    ),
    (
        "Everything you've done this year screams borderline personality disorder to me, and I think part of you knows that.",
        {"diagnosis"},
    ),
    (
        "Honestly Gabe, you have some kind of personality disorder, because normal people don't steal from their best friend's grandma.",
        {"diagnosis"},
    ),
    (
        "You've got serious anger issues and probably ADHD on top of the cocaine, and nobody has made you deal with any of it.",
        {"diagnosis"},
    ),
    (
        "When you're using I think you turn into a psychopath, there's no other word for how cold you get.",
        {"diagnosis"},
    ),
    (
        "You're obviously codependent on that guy and the meth both, and it's like watching a car crash in slow motion.",
        {"diagnosis"},
    ),
]

DEV75_GOOD: list[str] = [
    "Every morning for three years you brought me a coffee from the Dutch Bros on Fourth without me asking.",
    "I always felt safe on a job site when you were the one running the crane, Ray.",
    "I will never forget the night you drove two hours in a snowstorm to get me when my car died outside Flagstaff.",
    "I'm writing this because I love you and I miss my best friend.",
    "When I was scared on my first day at the plant, you said 'stick with me, kid,' and I did.",
    "You told me once that your dream was to open a taco truck, and I still think you'd be amazing at it.",
    "You did a great job teaching me to drive stick in that awful old Corolla, even when I stalled it on the hill by Safeway.",
    "We spent the summer of 2015 camping at Lake Chelan and it's still the happiest I remember you.",
    "I'm here because I want my stepdad back, the one who taught me to throw a curveball.",
    "You gave me a clean start when I moved in with you and Mom, and I never said thank you for that.",
    "We used to stay up until two playing Mario Kart and you'd let me win exactly once a night.",
    "Every Christmas Eve you made your grandmother's tamales and I'd sneak the first one off the tray.",
    "I keep your old apron hanging in my locker because it reminds me how good we were together on the line.",
    "You are a great dad to Mason, and his whole face lights up when you walk in the door.",
    "I told my therapist about you last month and I cried because I miss you so much.",
    "When I was twelve you said I could always call you no matter what, so this letter is me calling you.",
    "We painted my bedroom purple together the first week I lived with you, and it's still my favorite color.",
    "I always think of you when Fleetwood Mac comes on the radio.",
    "You never once made me feel like a stepkid, you just made me feel like your kid.",
    "The kitchen at Delgado's was always calmer when you ran the shift.",
    "Because you believed in me I applied for the supervisor job, and I got it.",
    "I want those Sunday hikes up Mount Si back, Mia, where we'd split a bag of gummy worms at the top.",
    "You said yes to being my emergency contact when I had nobody else in this city.",
    "We laughed so hard at the Dodgers game that the guy in front of us moved seats.",
    "I remember the great big birthday cake you baked me shaped like a dinosaur, which honestly looked more like a potato.",
    "You told me I was brave on the day I came out, and I have held onto that ever since.",
    "I have loved you like my own son since the day you were eight and showed me your rock collection.",
    "I clean my room now without being asked, which you'd probably find hilarious.",
    "We always made a great team on the night shift, you and me.",
    "I'm asking because I know the real you is still in there.",
    "The clean, careful way you wrote code made everyone on our team want to be better.",
    "I will always be your friend, no matter what you decide today.",
    "Remember when we got lost driving to Tahoe and ended up eating pie in some tiny town called Markleeville?",
    "I never stop thinking about how you held my hand at Dad's funeral.",
    "Every time I drive past the batting cages on Route 9 I think of you and smile.",
    "You said three words to me in the hospital after my surgery, 'I got you,' and you did.",
    "I'm here today because I believe treatment works, and I've seen it work for people I love.",
    "You're a great listener, so I'm asking you to listen to me for just a few minutes.",
    "When I got my license you told me you were proud of me and I felt ten feet tall.",
    "I miss how we used to cook Sunday breakfast together with the radio way too loud.",
    "I want to be able to trust you with my little brother again, because he adores you.",
    "There is a bed waiting for you at Cedar Ridge tonight and I'll drive you there myself.",
    "You always had the best laugh in the break room, loud and totally unembarrassed.",
    "When I found you on the bathroom floor in October I was more scared than I have ever been, and I still dream about it.",
    "You've stopped coming to Friday lunches and I miss you at the end of the table.",
    "We were seventeen and broke and we drove to the coast anyway, and it was the best weekend of my life.",
    "You've never been just a coworker to me, you're family.",
    "Will you accept the help we're offering you today?",
    "I told Mom I wanted to write my own letter because there are things only I can say to you.",
    "You helped me clean out my dad's garage after he died and you never asked for a thing in return.",
    "This year I've watched you get quieter and quieter, and I've felt so far away from you.",
    "Because of your recommendation letter I got into nursing school, and I want you at my pinning ceremony.",
    "You said you wanted to be a better stepdad than the one you had, and for years you were exactly that.",
    "I think about our great trip to the Grand Canyon every time I see your picture on my fridge.",
    "We can get through this, and I'll be there for every visiting day they allow.",
    "I love you, I'm proud of who you've been to me, and I want you to say yes today.",
    "When you told me about your first AA meeting back in 2019 I was so proud I hugged you right there in the parking lot.",
    "Our desks have been next to each other for eleven years and I always looked forward to your Monday stories.",
    "Ever since I was little you made Saturday pancakes shaped like my initials, and nobody else has ever done that for me.",
    "Please take this chance, because I want a lot more years of you in my life.",
]

DEV75_TRAPS: list[str] = [
    "My uncle Pete was a drunk his whole life and I watched what it did to my aunt, which is why I'm writing to you now with so much love.",
    "I was an addict for six years myself, Danny, so I'm not writing this from some high horse.",
    "You told me last spring, 'I'm a mess and I don't know how to stop,' and I've never forgotten how honest that was.",
    "To me you are not a junkie or a statistic, you're the guy who taught me how to change a tire.",
    "You've always been a total sugar junkie, and I can't wait to take you for donuts at Voodoo again.",
    "I will always love you, whatever happens in this room today.",
    "Great job on your ninety days last year, I still have the picture of you holding that chip.",
    "We always had Sunday dinners at Nana's, and you were the one who carved the turkey.",
    "I never stop hoping you'll be sitting in the bleachers at my graduation.",
    "Dr. Nguyen says your liver numbers are getting worse, and I'm scared because I want you around for a long time.",
    "Last summer we spent a whole Saturday cleaning out your garage and it's one of my favorite days with you.",
    "My own father was an alcoholic, and I promised myself I'd speak up if someone I loved was ever struggling.",
    "When your therapist diagnosed your depression in 2020 you were so brave to tell me, and I've been proud of you ever since.",
    "I was a mess too at nineteen, drunk every weekend, and someone loved me enough to sit me down like this.",
    "You are not a disgrace to me, not now and not ever.",
    "The first apartment we shared had the dirtiest carpet in Boise and we loved it anyway.",
    "I remember you saying, 'I'm scared I'm turning into an addict like my mom,' and I want you to know I heard you.",
    "My stepdaughter's coach is a total gym junkie and he still wears the Mariners hat you gave him.",
    "You never have to go through this alone.",
    "You called me on my birthday every single year, even from rehab, and it meant the world.",
    "The doctors at St. Joseph's said your heart is under real strain from the cocaine, and I need you to hear that from me with love.",
    "I'm not here to call you an addict or anything else, I'm here because I miss you.",
    "My brother Kyle was a tweaker for most of his twenties and now he's eight years sober and coaching Little League.",
    "You were always the neat freak in our dorm, color-coding your closet while I lived in total chaos.",
    "I'm a workaholic and you used to be the one who dragged me out of the office for tacos.",
    "We went to the lake every Fourth of July and you always won the cannonball contest.",
    "I'll never forget the look on your face when you held Ava for the first time.",
    "You said to me, 'I'm a drunk and everyone knows it,' and I told you that's not who you are to me.",
    "You're not worthless, not to me, not to Jonah, not to anybody at this table.",
    "I'm sorry I used the word junkie about you when I was angry at Thanksgiving, it was wrong and you deserved better.",
    "I'll always be your biggest fan, from the bleachers at Roosevelt High to wherever you go next.",
    "My mom got clean in 1998 and she's the reason I believe with my whole heart that people can change.",
    "Great job on the Hendricks account last spring, the client still asks for you by name.",
    "You always called me kiddo even after I turned twenty, and I secretly loved it.",
    "You told me once, 'I'm pathetic, I can't even get through a Tuesday,' and I want you to know you are so much more than that.",
    "I have never been more proud of you than the day you walked out of detox in 2021.",
    "The whole family drove to Yellowstone when I was ten and you taught me how to spot elk.",
    "Our team at Hollis got a great review this quarter and it was built on the systems you set up.",
    "My college roommate was hooked on pills and today she's an ER nurse, so I know recovery is real.",
    "I'm not here to diagnose you, I'm not a doctor, I'm just someone who loves you and is scared.",
    "The psychiatrist at the VA diagnosed your PTSD after Iraq, and I'm so glad you got care for that, and I want you to get care for the drinking too.",
    "Your always welcome at my place for dinner on Thursdays, no questions asked.",
    "I still dirty every pan in the kitchen when I cook, just like you taught me, and I laugh about it every time.",
    "In Grandpa's eulogy you called him a stubborn old drunk with a heart of gold, and the whole church laughed and cried.",
    "We were such nerds in high school that we never missed a single episode of Lost.",
    "I'm sorry I wasn't always there for you either, I've made mistakes too.",
    "You're not a user to me, you're my best friend who got stuck.",
    "When I was using, you were the only coworker who still ate lunch with me, and I've never forgotten it.",
    "Thanks for always saving me the window seat on the bus to Grandma's, even when I was being a brat.",
    "Your sponsor Gary is a great guy and I would love to buy him a coffee someday.",
]

DEV75_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop covering your shifts and I won't explain your absences to Carla anymore, because I can't keep doing that and still be your friend.",
    "If you don't go to treatment today, I won't be giving you rides or money anymore, but I will be here the minute you're ready.",
    "If you choose not to go, you won't be able to stay at our house after tonight, and I will help you find a safe place to sleep.",
    "If you say no, I won't come over when you've been using, but I'll still text you every Sunday to say I love you.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 7 (2 December 2026): written by a new writer who never saw the coach's code,
rules or earlier sentences; first look with the rules after round 5 (main 86f5b43): recall 0.65 with
the rules alone, 0.74 with the learned second opinion; good 1/60, traps 5/50.

One sentence was dropped when it joined the development split, none relabelled: a held-out
list already had it word for word (found by a count, not read). Read by tests/coach_corpus.py
into the rules' development split (round 6 tuned on it), and
training data for the learned second opinion (storage/coach_model_train.py).
"""

from __future__ import annotations

DEV7_FLAG: list[tuple[str, set[str]]] = [
    # --- label ---
    (
        "Marcus, I have worked beside you for eleven years and covered for you more times than I can count, but I am done pretending to the regional office that my best estimator isn't a drunk who naps in his truck at lunch.",
        {"label"},
    ),
    (
        "My son, when you was small boy you help me carry groceries up four floor, and now you look like the junkie from the corner by our old building, so thin, and my heart is break.",
        {"label"},
    ),
    (
        "i dont want my friends to know my dad is a crackhead so i dont bring anyone home anymore and i really miss having sleepovers like before",
        {"label"},
    ),
    (
        "I know I'm only your stepdad and you never asked for me, Kayla, but I've loved you since you were seven, and watching you turn into a tweaker who picks at her arms until they bleed is breaking me.",
        {"label"},
    ),
    (
        "Dev, we may not be married anymore but we made two amazing kids together, and they deserve a dad who shows up sober to pickup, not a pillhead nodding off in the Target parking lot with the engine running.",
        {"label"},
    ),
    (
        "When you came home from Kandahar I promised myself I would never judge you, and I still admire everything you did over there, but somewhere along the way my brave husband turned into a benzo zombie I barely recognize.",
        {"label"},
    ),
    (
        "Tyler, you were the hardest-working kid I coached in twenty-two seasons, first one at practice and last to leave, and it kills me that you've become just another burnout pothead hanging around the skate park at noon on a school day.",
        {"label"},
    ),
    (
        "I'm writing as your friend of thirty years and not as your physician, Ruth, and as your friend I'll say it plainly: you're a lush, and the vodka in your water bottle at book club fools nobody.",
        {"label"},
    ),
    ("You're an addict, Jo. Just say it out loud once.", {"label"}),
    (
        "Danielle, your presentations used to be the highlight of every quarterly meeting, and I refuse to let this company lose a talent like you to being an Adderall fiend who hasn't slept in three days.",
        {"label"},
    ),
    (
        "ur not my brother anymore ur just some methhead who borrows my car n brings it back on empty",
        {"label"},
    ),
    (
        "Ana, I remember braiding your hair before Mass every Sunday, singing to you in the mirror, and I don’t want to lose my little girl to the needle and end up the mother of a dope fiend.",
        {"label"},
    ),
    # --- clean ---
    (
        "I have kept every one of your chips in a little box on my dresser, and I cried with joy the day you told me you'd been clean for ninety days, so I know you can do it again.",
        {"clean"},
    ),
    (
        "For the kids' sake I need to say the truth out loud, and the truth is your last test for the custody evaluator came back dirty for fentanyl, even after you swore to me on the phone that you were done.",
        {"clean"},
    ),
    (
        "Son, in our country we did not have these words, but the counselor explain me, and I want you stay clean so you can finish the engineering school like you dream since you are ten years old.",
        {"clean"},
    ),
    (
        "mom when you were clean last summer we went to the lake every weekend and you taught me to drive the boat and it was honestly the best summer of my whole life",
        {"clean"},
    ),
    (
        "Your scholarship isn't gone yet, Jaylen, but the athletic department needs three clean screens in a row before they'll even talk about reinstating you, and I want to be standing right there when you get them.",
        {"clean"},
    ),
    (
        "Before your deployment you were the most disciplined man I knew, and I understand the pills started with your back after the IED, but you haven't been clean since at least Thanksgiving.",
        {"clean"},
    ),
    (
        "HR has the results and I've seen them: your random screen from March was dirty, and I fought hard to keep your job because I believe in you more than you know.",
        {"clean"},
    ),
    (
        "I'm not trying to replace your mother, Noah, I only want to see you get sober and stay clean long enough to find out who you really are without the meth.",
        {"clean"},
    ),
    ("Six months clean and you'd be a completely different man, Paul.", {"clean"}),
    ("how long u been dirty this time, just be honest w me", {"clean"}),
    (
        "When your probation officer called about the dirty UA, I felt my stomach drop, because I had just finished telling Grandma at Sunday dinner how well you were doing.",
        {"clean"},
    ),
    (
        "I want my big sister back, the one who got clean once before and ran the Portland half marathon beside me, and I'll hold your hand through every step of it again.",
        {"clean"},
    ),
    # --- absolute ---
    (
        "I remember the fall you coached Lily's soccer team and I was so proud of you, but ever since the pills came along you always have some excuse, and the kids have stopped asking whether you'll come.",
        {"absolute"},
    ),
    (
        "You never call your mother anymore except when you need the money, and I always give, because I am your mother and I am afraid what happen if I say no.",
        {"absolute"},
    ),
    (
        "every time you smoke you get this look like your not even in the room and then you forget everything i told you",
        {"absolute"},
    ),
    (
        "I'm grateful you've kept up the support payments and I'll always say you were a fun dad, but not once in the last year have you picked the girls up on time without smelling like beer.",
        {"absolute"},
    ),
    (
        "You are a gifted engineer, Priya, and I'd hire you again tomorrow, yet every single deadline this spring has slipped and you always point at the vendor when I know the real story.",
        {"absolute"},
    ),
    (
        "Dad, you taught me to salute and to fold a flag and to stand up straight, but you never even made it to my graduation from basic because you were too hungover to drive to Georgia.",
        {"absolute"},
    ),
    (
        "Kayla, every time you have to pick between this family and the meth you pick the meth, and your little brother has stopped asking where you are.",
        {"absolute", "blame"},
    ),
    (
        "Every time you walk into that locker room smelling like weed the younger guys watch you and laugh along, and I don't think you realize how much they look up to you.",
        {"absolute"},
    ),
    ("You always promise it'll be the last drink.", {"absolute"}),
    (
        "I've known you since residency, Sam, and I love you like a brother, which is exactly why it hurts that every single time I ask you about the Xanax you look me in the eye and lie.",
        {"absolute"},
    ),
    ("YOU NEVER LISTEN TO ME WHEN YOUR HIGH", {"absolute"}),
    (
        "Your grandmother and I have sat in the front pew praying for you every Sunday for three years, and you have not come to one single family dinner since Easter without a bottle in your coat.",
        {"absolute"},
    ),
    # --- blame ---
    (
        "I remember rocking you to sleep in that little yellow room on Maple Street and dreaming about your future, and now your father's heart attack is on you, because the stress of your using is what put him in the hospital.",
        {"blame"},
    ),
    (
        "We came to this country with two suitcases so you can have better life, and you throw it away for the crack pipe, after everything your father and me sacrifice for you.",
        {"blame"},
    ),
    (
        "its because of you that mom cries in the bathroom every night and i have to pretend i dont hear her",
        {"blame"},
    ),
    (
        "I'm trying really hard to co-parent with you and keep this civil for Ava and Leo, but you chose the pills over your own children, and they are the ones paying for it.",
        {"blame"},
    ),
    (
        "You were the person I trusted to run the Denver office, and you need to understand that three of your people quit this year because of how you've been since the drinking picked up.",
        {"blame"},
    ),
    (
        "I held this family together through two deployments on my own and I'd do it again, but the reason our son is failing ninth grade is you and the bottle you keep in the garage.",
        {"blame"},
    ),
    (
        "How could you take your little brother's birthday money for meth when he looks at you like you hung the moon?",
        {"blame"},
    ),
    (
        "I went to bat for you with the athletic director twice, kid, and look what you did to this program: we forfeited regionals because you got on the bus wired out of your mind on Adderall and energy drinks.",
        {"blame"},
    ),
    (
        "As your friend, Claire, I have to say that your kids' anxiety didn't come from nowhere; you put it there, one blackout at a time.",
        {"blame"},
    ),
    ("You've wrecked this family.", {"blame"}),
    (
        "Mom's been on antidepressants since your second overdose, and honestly, Daniel, that's on you, not on her nerves or her age or anything else.",
        {"blame"},
    ),
    (
        "I don't say this to hurt you, and I've thought hard about whether to say it at all, but the kids have stopped bringing friends over and that is entirely your doing.",
        {"blame"},
    ),
    # --- insult ---
    (
        "I love you more than I can put into words, Mom, but the way you talk to Grandma once you've had your wine is so selfish and cruel that some nights I can't stand to be in the room.",
        {"insult"},
    ),
    (
        "In my family no man ever behave like this, you are the shame for our name, and still I come here today because you are my son and I love you.",
        {"insult"},
    ),
    (
        "honestly ur pathetic when ur high, u cant even finish a sentence and u laugh at nothing",
        {"insult"},
    ),
    (
        "We share custody and I respect that, but showing up to Leo's recital reeking of weed and stumbling over people's feet was the most disgraceful thing I've ever watched a parent do.",
        {"insult"},
    ),
    (
        "I've mentored you since your internship and always believed in you, which is why it was so embarrassing to watch you act like a complete idiot in front of the Hallorans at that dinner.",
        {"insult"},
    ),
    (
        "Your grandfather served in Korea and your father in the Gulf, and a Marine who steals oxy from his own wounded buddy is a disgrace to that uniform.",
        {"insult"},
    ),
    (
        "You should be ashamed of yourself, Jordan, for how you spoke to your mother on her birthday.",
        {"insult"},
    ),
    (
        "You had more raw talent than anyone I've coached, and I hate to say it, but right now you're acting like a spineless quitter who'd rather get high than sweat through one hard practice.",
        {"insult"},
    ),
    (
        "I'd never say this to a patient, but you're my oldest friend so I will: hiding benzos in your daughter's vitamin bottle is about the lowest, most shameful thing I've heard of in years.",
        {"insult"},
    ),
    ("u disgust me when ur like this", {"insult"}),
    (
        "You've gotten so lazy and useless, lying on the couch with the curtains drawn while the dishes pile up and the baby cries.",
        {"insult"},
    ),
    (
        "I know you're hurting about Dad, I am too, but being a weak, spoiled brat who drinks instead of grieving isn't the answer.",
        {"insult"},
    ),
    # --- hearsay ---
    (
        "I'll always remember you teaching me to ride a bike in the church parking lot, and that's why it hurt so much when Pastor Jim told me you'd been asleep in your car outside the liquor store again.",
        {"hearsay"},
    ),
    (
        "Auntie Mei call me from Vancouver and she say everybody in the family already know you are smoking the crack, and I was so embarrass I cannot answer her.",
        {"hearsay"},
    ),
    (
        "kids at school say your the guy who sells weed to the 8th graders and i dont know what to tell them",
        {"hearsay"},
    ),
    (
        "The kids' therapist mentioned that Ava thinks you sleep all day at your apartment, and apparently your landlord told your mom you haven't paid rent since spring.",
        {"hearsay"},
    ),
    (
        "Several people on your team have come to me privately saying you seem wired and jumpy in meetings, and at least two of them believe you're taking someone else's Adderall.",
        {"hearsay"},
    ),
    (
        "Your old platoon sergeant called me last week and said the guys are worried sick, that you've been mixing Klonopin with whiskey and talking about not wanting to wake up.",
        {"hearsay"},
    ),
    ("Your mom says you've been lying to her for months, and honestly I believe her.", {"hearsay"}),
    (
        "The whole conference knows, Marcus; other coaches pull me aside at clinics to ask about you, and it isn't about your jump shot anymore.",
        {"hearsay"},
    ),
    (
        "Between us, a colleague at the hospital mentioned you've been asking around for Percocet refills, and people in the department are starting to talk.",
        {"hearsay"},
    ),
    ("Everybody on our street is talking about the police car in your driveway.", {"hearsay"}),
    (
        "According to Jenna you were doing lines in the bathroom at her wedding, and I believe it, because you came out with your nose running.",
        {"hearsay"},
    ),
    (
        "My mother thinks you've been drinking at work, and frankly so do the neighbors.",
        {"hearsay"},
    ),
    # --- we ---
    (
        "I've loved you since we were sixteen and sneaking out to the drive-in on Route 9, and I want you to know that all of us in this room agree your drinking has gotten completely out of control.",
        {"we"},
    ),
    (
        "Your mother, your uncles and me, we all decide together that you must go to the program in Sacramento, because the family cannot watch you disappear like this.",
        {"we"},
    ),
    ("me and my sisters all think you love the pills more than us", {"we", "blame"}),
    (
        "Your parents and I had a long talk last week, and we all feel you shouldn't have overnights with the kids until you've done at least thirty days somewhere.",
        {"we"},
    ),
    (
        "The leadership team has discussed this at length, and we are unanimous that your behavior since the holidays is the result of substance use.",
        {"we"},
    ),
    (
        "Everyone in this family has agreed that what happened in Fallujah doesn't give you a pass on the drinking anymore.",
        {"we"},
    ),
    (
        "Your dad and I, along with your aunt and both of your grandparents, have all concluded that the meth has taken over your life.",
        {"we"},
    ),
    (
        "The coaching staff and your teammates are all on the same page: you've lost control of the drinking, and we're not going to pretend otherwise anymore.",
        {"we"},
    ),
    (
        "Speaking for everyone who loves you here tonight, Ruth, we think the drinking has reached the point where it's dangerous for your liver.",
        {"we"},
    ),
    ("we all know ur using again", {"we"}),
    ("The whole family's in agreement on this one, Tommy: you're going to rehab.", {"we"}),
    (
        "I've talked it over with your mother and your cousins, and the family believes you've been taking my pain pills out of the bathroom cabinet.",
        {"we"},
    ),
    # --- threat ---
    (
        "I will always be your mother and I will always love you, but if you walk out of this room tonight without agreeing to go, don't bother coming to my funeral.",
        {"threat"},
    ),
    (
        "If you don't go to the treatment, you are not my son anymore, I tell you this one time only.",
        {"threat"},
    ),
    (
        "if you dont stop drinking im going to go live with aunt becca and you wont ever see me again",
        {"threat"},
    ),
    (
        "I've tried to keep lawyers out of this for the kids' sake and I'd like to keep it that way, so I'd strongly suggest you sign the intake papers before I'm forced to file for sole custody next week.",
        {"threat"},
    ),
    (
        "I'd hate for your performance review to reflect the last six months, so consider very carefully what you decide tonight.",
        {"threat"},
    ),
    (
        "When I was deployed you held our family together and I owe you everything, but I swear if I find one more bottle of Ativan in the glovebox I'm taking the kids to my mother's in Killeen and not coming back.",
        {"threat"},
    ),
    ("This is your last chance, Kayla. I mean it this time.", {"threat"}),
    (
        "Either you go to treatment this week or you'll never wear a Panthers jersey again, and I'll make sure every college scout knows exactly why.",
        {"threat"},
    ),
    (
        "You know how much I love you, but if you don't get help I'll report you to the medical board myself, and I won't hesitate.",
        {"threat"},
    ),
    ("Keep drinking and one morning you'll wake up to an empty house.", {"threat"}),
    ("go to rehab or ur dead to me fr", {"threat"}),
    (
        "I've already called my lawyer about the will, son, and whatever happens to your inheritance from here is up to you.",
        {"threat"},
    ),
    # --- sarcasm ---
    (
        "I'll never forget how you held Mia the day she was born, crying harder than I was, and then, nice touch, you showed up to her first birthday so high you fell into the cake table.",
        {"sarcasm"},
    ),
    (
        "Very good, my son, you spend all the money for college on the drugs, very smart, your grandfather would be so proud.",
        {"sarcasm"},
    ),
    ("thanks for missing my eighth grade graduation dad, really appreciated it", {"sarcasm"}),
    (
        "Congratulations on being the fun parent, Dev; I'm sure the kids will always remember how cool it was when you let them ride home with you after six beers.",
        {"sarcasm"},
    ),
    (
        "Bravo on the Henderson pitch, by the way, because nothing impresses a client quite like a vice president slurring through the financials at ten in the morning.",
        {"sarcasm"},
    ),
    (
        "Quite the hero's welcome you gave us when you came home, locking yourself in the basement with a case of Jack for three weeks straight.",
        {"sarcasm"},
    ),
    (
        "Oh sure, Noah, you've totally got it under control, that's why there are burnt spoons in the laundry room.",
        {"sarcasm"},
    ),
    (
        "MVP of the party circuit, I guess, since you sure aren't the MVP of anything on the field anymore.",
        {"sarcasm"},
    ),
    (
        "As your friend who happens to be a doctor, I'll give you this much: mixing oxycodone with chardonnay every night takes real dedication.",
        {"sarcasm"},
    ),
    (
        "Wonderful anniversary dinner, honey, especially the part where you threw up in the restaurant's coat closet.",
        {"sarcasm"},
    ),
    (
        "Way to make Mom's sixtieth all about you again, like you always do.",
        {"sarcasm", "absolute"},
    ),
    (
        "lol yeah ur totally fine mom, fine people pass out on the bathroom floor all the time",
        {"sarcasm"},
    ),
    # --- diagnosis ---
    (
        "You were such a sweet, funny little boy, the kind who gave his lunch away to the new kid, and I can't understand how you grew up into a narcissist who only cares where the next pill is coming from.",
        {"diagnosis"},
    ),
    (
        "The doctor on the TV say people like you are psychopath, no feeling for nobody, and I am thinking maybe he is right about you.",
        {"diagnosis"},
    ),
    (
        "i think ur bipolar honestly because one minute ur hugging me and the next ur screaming about the wifi",
        {"diagnosis"},
    ),
    (
        "I've read enough to know textbook borderline when I see it, and the way you split the kids into good and bad depending on your mood is exactly that.",
        {"diagnosis"},
    ),
    (
        "I'm no psychologist, but I've managed a lot of people over the years, and your swings at work look like full-blown mania to me, Adderall or not.",
        {"diagnosis"},
    ),
    (
        "Every vet in my family came home with PTSD, Tom, but yours is just an excuse to keep drinking at this point.",
        {"diagnosis"},
    ),
    (
        "Honestly, Kayla, I think you're a sociopath, because nobody who really cared could lie to their mother's face the way you do.",
        {"diagnosis"},
    ),
    (
        "You've got every sign of an antisocial personality, son, and the weed is only making it worse.",
        {"diagnosis"},
    ),
    (
        "I'm not your physician, Sam, but I know the signs better than anyone, and you're clinically depressed and self-medicating with benzos whether you admit it or not.",
        {"diagnosis"},
    ),
    (
        "Stop hiding behind your ADHD, because that's not why you're snorting your Adderall.",
        {"diagnosis"},
    ),
    ("Your anxiety is an excuse and we both know it.", {"diagnosis"}),
]

DEV7_GOOD: list[str] = [
    "Marcus, I've worked beside you for eleven years, and I still remember you staying until midnight to help me finish the Fairview bid when my mom was in the hospital.",
    "On March 3rd I found you asleep in your truck at lunch with the engine running, and I was scared you wouldn't wake up.",
    "My son, when you was small you help me carry groceries up four floor and you sing the songs from the radio, I still hear your voice in my head.",
    "I'm asking you to go to the program at Hazelden tomorrow morning; your bag is already packed and I will drive you there myself.",
    "i miss when you used to make pancakes shaped like mickey mouse on saturdays",
    "last tuesday you didnt pick me up from practice and i waited in the rain for two hours and i was really scared something happened to you",
    "I know I'm only your stepdad, Kayla, but I've loved you since you were seven and dragged me onto the trampoline in my work boots.",
    "Dev, whatever happened between us, I've never doubted that you love Ava and Leo, and I want them to have their dad back.",
    "When you came home from Kandahar I was so proud of you I couldn't speak, and I'm still proud of you today.",
    "Last month I found you on the kitchen floor at 3 a.m. and couldn't wake you for almost a minute, and that was the most frightened I have been in my life.",
    "Tyler, you were the first one at practice and the last one to leave, and I believe that kid is still in there.",
    "I saw you come to Saturday's game with red eyes and no energy, and I felt sad, because I know what you're capable of.",
    "I'm writing as your friend of thirty years, not as your physician, and as your friend I'm worried sick about you.",
    "At book club on the 14th I noticed your hands shaking when you poured your water, and I wanted to hug you right there.",
    "I love you, Jo.",
    "Danielle, your presentations used to be the highlight of every quarterly meeting, and I want to see you up there again, healthy and rested.",
    "Your job will be here when you come back from treatment; I've already spoken with HR about medical leave.",
    "i love u bro, im here whenever ur ready",
    "Forty-one years of marriage, and I'd marry you again tomorrow.",
    "I am not good with English words, but I want you know I am proud of you since the day you are born.",
    "When I saw the burn marks on your fingers at dinner, I felt helpless, and I went out to the car and cried.",
    "Please say yes today. There is a bed waiting for you at Valley Hope.",
    "Remember the half marathon in Portland, when you waited for me at mile twelve so we could cross the finish line together? I'll wait for you now.",
    "I'm not trying to replace your mother, Noah; I only want to be one more person in your corner.",
    "I'm scared that one day the phone will ring and it will be the hospital.",
    "On Christmas Eve I watched you fall asleep at the table before dessert, and I felt lonely in a room full of family.",
    "Thank you for teaching me how to change a tire, how to tie a tie, and how to apologize.",
    "I want to grow old with you on that porch in Asheville like we planned.",
    "Please, my daughter, go with the nice lady from the program, I will visit you every Sunday and bring the dumplings you like.",
    "I'm 14 and I know more than you think I do, and I still love you so much, Mom.",
    "I'll rearrange the custody schedule however it needs to be so you can focus on getting well.",
    "I've seen you come in late eight times this month with sunglasses on, and I'm worried about you, not about the numbers.",
    "Every night I read to the boys on the couch, and every night I leave your spot open.",
    "You don't have to do this alone; I'll drive you to your first meeting and sit in the parking lot the whole hour if you want.",
    "I've seen what benzo withdrawal can do to a body, and I want you detoxing somewhere with medical staff, not alone on your couch.",
    "I felt my heart break when I found the pipe in your jacket pocket on Sunday.",
    "You're my best friend. I want you here for another forty years.",
    "I kept your drawings on my fridge all these years, and I look at them every morning with my coffee.",
    "I miss u so much. pls go tomorrow",
    "I noticed money missing from my purse three times in June, and I'm telling you because I'd rather be honest with you than pretend.",
    "You matter more to me than anything I could lose.",
    "When you let me walk you into your first day of high school, I felt like I finally had a daughter.",
    "I will support you every step of the way: rides, phone calls, family sessions, whatever you need.",
    "You were the one who taught me to throw a spiral in Grandpa's backyard, and I want my son to learn from you too.",
    "I'm proud of how gentle you are with Leo when he has nightmares; that's the dad I want the kids to have every day.",
    "Our company will cover the program through the employee assistance plan, and I'll personally make sure your desk stays exactly as it is.",
    "I LOVE YOU AND I WANT YOU TO LIVE.",
    "When I see you so thin at your cousin wedding, I cannot sleep that night, I just pray and pray for you.",
    "I'm asking you, as someone who stood beside you at both our fathers' funerals, to let me help you find a good treatment center this week.",
    "You carried two men out of a burning Humvee; I know you have the courage to walk through the door of a treatment center.",
    "when you hug me i can smell the weed on your hoodie and it makes me sad because i know ur trying to hide it from me",
    "I miss our Friday lunches at the taco truck and you making the whole crew laugh.",
    "I found an Adderall bottle with someone else's name on it in your desk drawer, and what I felt was scared, not angry.",
    "I remember your laugh at the Fourth of July picnic, the real one, and I want to hear it again.",
    "Please accept the help that's being offered to you today.",
    "I know our divorce hurt you, and I'm sorry for my part in it.",
    "I'm not here as your supervisor today, just as someone who cares what happens to you.",
    "When you called me on my birthday at 2 a.m. slurring your words, I hung up and then lay awake until sunrise.",
    "You're my only grandson and I want to dance at your wedding someday.",
    "I believe in you, Ana, and I'm going to keep believing.",
]

DEV7_TRAPS: list[str] = [
    "You always made the whole crew laugh on the night shift, Marcus, even that winter the furnace broke and we were all running the presses in our coats.",
    "I will never stop being your mother, no matter where this road takes us.",
    "My own father was an alcoholic, and I spent my whole childhood wishing someone had loved him enough to do what I'm doing today.",
    "I'm a recovering addict myself, eighteen years this May, and I know how terrifying that first morning without it feels.",
    "Dr. Patel told me, “Her liver numbers are dangerous and she needs to stop drinking now,” and I haven't been able to stop hearing those words.",
    "You said it yourself last Thursday, “I’m a junkie, Mom, I can’t stop,” and I held you while you cried, and I would hold you like that a thousand more times.",
    "On Saturday we cleaned out the garage together and you found your old baseball glove, and for a minute you were twelve again.",
    "I want to give you a clean slate, Noah; what happened at Thanksgiving is forgiven.",
    "i always wait up for you even when mom says go to bed",
    "Your father and me, we decide to sell the restaurant this year and retire, and we want you come to the party when you are healthy.",
    "Greg and I have decided to move the kids' Sunday dinners to our place so you can come straight from your meetings, and there will always be a plate for you.",
    "We moved bases six times in ten years, and you always made every new house feel like home within a week.",
    "The reason I'm writing this down instead of just talking is that I cry too easily and I wanted to get every word right.",
    "I'm writing because I love you, not because I'm angry.",
    "I chose you for the Denver team over fourteen other candidates, and I'd make the same choice today.",
    "It isn't your fault you got hurt at the plant, and it isn't your fault the pills took hold after the surgery.",
    "I've been selfish too, honestly; I was so wrapped up in my own divorce that I missed the signs for months.",
    "Remember the crazy road trip to Moab when the Jeep broke down and we lived on gas station burritos for three days?",
    "When I was depressed after Mark died, you drove four hours every weekend just to sit with me, and I've never forgotten it.",
    "You were the hardest worker I ever coached, and I told every scout who would listen.",
    "Your grandmother said, the day you were born, that you had an old soul, and she was right.",
    "Great-aunt Rosa left you her fishing rod, and it's waiting in the hall closet for when you're ready to go out on the lake with me.",
    "We had a great time at your sister's wedding, dancing until they turned the lights on, and I want more days like that with you.",
    "In our village they used to say a son is the roof of the house, and you were always my roof.",
    "Dirty jokes at the Christmas party, fishing at dawn, terrible karaoke: I want all of it back, with you.",
    "last summer we went camping and dad told the dirtiest jokes and mom laughed so hard she snorted",
    "Every time I hear Fleetwood Mac I think of you dancing in the kitchen in your socks.",
    "Dr. Nguyen explained that addiction is a disease of the brain and not a moral failing, and that helped me understand so much about what you're going through.",
    "The counselor told us that relapse is part of many people's recovery, so I'm not going anywhere.",
    "When your buddy Sarge died of an overdose in 2019 I watched you carry his casket, and I never want to stand at yours.",
    "My brother Jimmy was a drunk for twenty years before he got sober, and today he's the one who drove me here.",
    "I never knew how much I leaned on you until you weren't there.",
    "I have never been prouder than the day you got your sergeant stripes.",
    "Because I love you, I'm asking you to go to treatment today.",
    "When you were in the ICU I was terrified I had missed my last chance to tell you I love you, so I'm saying it now: I love you.",
    "I'm an adrenaline junkie just like you, remember, the two of us jumping off the quarry cliffs while Mom screamed at us from the truck.",
    "We as a company offer paid medical leave, and I've already filed the paperwork for you.",
    "I keep the house clean and quiet now, and your old room is ready whenever you want it.",
    "The doctor said your heart is strong enough to handle detox if you go in this week, and that's the best news I've had all year.",
    "Thank you for always, always showing up to my shows, even the awful one in the rain.",
    "I always said I'd never try to be your dad, and I've kept that promise; I just want to be your friend.",
    "I go to Al-Anon now, and I've learned that I didn't cause this, I can't control it, and I can't cure it.",
    "I was drunk at your wedding and gave that awful toast, and I've been sorry about it for six years.",
    "The pharmacist said the Narcan kit is good until 2026, and I carry it in my purse every day because I love you.",
    "We've always been a family that sticks together, and I'm sticking with you.",
    "you never once forgot to tuck me in when i was little, even after your double shifts at the hospital",
    "I'm asking, not demanding, and I'll never love you less whatever you decide today.",
    "Your sponsor from last time, Gary, asked me to pass along that his number hasn't changed and he'd love to hear from you.",
    "I was addicted to painkillers after my C-section and I know the shame, so please hear me when I say there is no shame in asking for help.",
    "Crazy as it sounds, I still have the ticket stub from our first Braves game.",
]

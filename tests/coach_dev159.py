# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 159 (5 December 2026, round 24, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a twin sister, shared childhood, 'of course you did', eye-rolling asides at the end of sentences: sarcasm and hearsay most, then absolutes. 4 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV159_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.85 (60/71; the rules alone 52/71): label 2/3, absolute 15/16, hearsay 14/15, sarcasm 16/24, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 2).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.85 (60/71; the rules alone 52/71): label 2/3, absolute 15/16, hearsay 14/15, sarcasm 16/24, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 3/44 (6.8%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV159_FLAG: list[tuple[str, set[str]]] = [
    (
        "You showed up to our thirtieth birthday dinner two hours late and slurring, so thanks for that, really made the night special.",
        {"sarcasm"},
    ),
    (
        "Mom's hip surgery was the one time she actually needed you and you were 'resting' all weekend, sure.",
        {"sarcasm"},
    ),
    ("Nice of you to finally text me back after nine days, I felt so honored.", {"sarcasm"}),
    (
        "Eli's recital was lovely btw, not that you'd know since you were passed out in the car, great parenting.",
        {"sarcasm"},
    ),
    (
        "You told the whole table at Thanksgiving you had it under control and then dumped the gravy boat in Grandma's lap, very smooth.",
        {"sarcasm"},
    ),
    ("Three DUIs before thirty-two, way to go sis, real proud.", {"sarcasm"}),
    (
        "Your 'one glass' of wine at my baby shower turned into the whole bottle but hey who's counting.",
        {"sarcasm"},
    ),
    (
        "Congrats on getting let go from the salon again, Im sure the fourth time's the charm.",
        {"sarcasm"},
    ),
    (
        "You borrowed my car for 'an hour' and brought it back two days later with the mirror hanging off, super helpful, thanks.",
        {"sarcasm"},
    ),
    (
        "Oh you're totally fine, that's why you nodded off halfway through telling me about your day.",
        {"sarcasm"},
    ),
    ("Remember when you swore you'd be the responsible twin? How's that going lol.", {"sarcasm"}),
    (
        "You made it to Dad's funeral, gold star, too bad you couldn't stay upright through the eulogy.",
        {"sarcasm"},
    ),
    (
        "Lovely little speech you gave Eli about making good choices, coming from you that was rich.",
        {"sarcasm"},
    ),
    (
        "Thank you so much for teaching my kids what an orange pill bottle is, truly fun aunt stuff.",
        {"sarcasm"},
    ),
    (
        "What a magical Christmas morning it was watching you sleep till 3 on my couch, real Hallmark movie.",
        {"sarcasm"},
    ),
    (
        "Aunt Lorraine saw you buying tallboys at the Kwik Trip at seven in the morning, so that's nice.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Marcus says you've been sneaking his Percocets out of the medicine cabinet since March.",
        {"hearsay"},
    ),
    (
        "Tyler told me you tried to sell him your phone last weekend, of course you did.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Your manager at the salon called me looking for you because you no-showed three shifts, big surprise.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Word around Lakeside is somebody found you asleep in your car in the Cub Foods lot with the engine running.",
        {"hearsay"},
    ),
    (
        "Mom let it slip that you asked her for 'gas money' three times in one week, naturally.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Jenna from high school messaged me that she saw you at some party in Superior looking really rough.",
        {"hearsay"},
    ),
    (
        "Eli's teacher told me he's been coming in wearing the same clothes all week when he stays at your place.",
        {"hearsay"},
    ),
    (
        "Ben's cousin works in the ER and mentioned you were in there in October, which you somehow forgot to tell me, shocker.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Your landlord left me a voicemail about the noise complaints, so thanks for listing me as your emergency contact.",
        {"hearsay", "sarcasm"},
    ),
    (
        "Dad's old buddy Ron swears you were at the Anchor Bar every night the week of the funeral.",
        {"hearsay"},
    ),
    (
        "The pharmacist at Walgreens pulled Mom aside and said you'd tried to fill the same script twice.",
        {"hearsay"},
    ),
    ("People at church are whispering that there's a reason you lost custody.", {"hearsay"}),
    (
        "Kayla sent me a screenshot of what you posted at 4am and I read it three times, classy.",
        {"hearsay", "sarcasm"},
    ),
    (
        "I got it from Marcus's sister that you pawned Grandma's ring, and yeah, I believe her.",
        {"hearsay"},
    ),
    ("Every plan we make, you cancel at the last minute.", {"absolute"}),
    ("You have not kept one promise to me since we were twenty-five.", {"absolute"}),
    ("Anytime Mom calls you let it go straight to voicemail.", {"absolute"}),
    ("Not a single holiday in five years has gone by without you making a scene.", {"absolute"}),
    (
        "Whenever anything goes sideways its somebody elses fault and never yours, shocker.",
        {"absolute", "sarcasm"},
    ),
    ("You lie about literally everything now, even what you had for lunch.", {"absolute"}),
    (
        "You forget every birthday, including ours, which is impressive since it's the same day.",
        {"absolute", "sarcasm"},
    ),
    ("You're forever asking for money and you haven't paid back a dime.", {"absolute"}),
    ("You can't make it through one day without a drink anymore.", {"absolute"}),
    ("Each time I try to bring it up you storm out and slam the door.", {"absolute"}),
    ("You haven't asked me one single question about my life in two years.", {"absolute"}),
    ("Nothing I say gets through to you, ever.", {"absolute"}),
    ("Your whole life revolves around getting the next pill.", {"absolute"}),
    ("You're late to everything, every time, no exceptions.", {"absolute"}),
    ("You have not once said sorry and actually meant it.", {"absolute"}),
    ("I'm tired of explaining to people at work why my twin is a pillhead.", {"label"}),
    ("You turned into a full-blown drunk right in front of me.", {"label"}),
    ("Eli shouldn't have to grow up with a junkie for a mom.", {"label"}),
    (
        "Your UA for probation came back dirty in August and you swore to me it was a lab mistake.",
        {"clean"},
    ),
    (
        "You told me you'd been clean since Easter, then I found burnt foil in your makeup bag.",
        {"clean"},
    ),
    ("Mom's heart attack happened because of all the stress you put her through.", {"blame"}),
    ("You wrecked our birthday, our twenties, and pretty much Mom's whole retirement.", {"blame"}),
    ("You picked the pills over your own son.", {"blame"}),
    ("Honestly it's embarrassing to be your twin right now.", {"insult"}),
    ("You look like a zombie and you act like one too.", {"insult"}),
    ("Everybody in this room agrees you've gotten totally out of hand.", {"we"}),
    ("The family has decided we can't trust a word out of your mouth.", {"we"}),
    ("Go to rehab today or dont bother calling me ever again.", {"threat"}),
    (
        "If you walk out of here I'll tell the judge everything and you can kiss Eli goodbye.",
        {"threat"},
    ),
    ("I think you're bipolar honestly and the pills are just covering it up.", {"diagnosis"}),
    ("You're a textbook narcissist and you always have been.", {"absolute", "diagnosis"}),
]

DEV159_GOOD: list[str] = [
    "Dani, I'm writing this because you are my other half and I miss you.",
    "We were born eleven minutes apart and I've spent thirty-four years following you around.",
    "I still have the friendship bracelet you made me at Camp Miller in fifth grade.",
    "When I had Noah, you slept on the hospital floor next to my bed so I wouldn't be alone.",
    "I remember you teaching me to French braid because Mom didnt have the patience.",
    "You have the best laugh of anyone I know, the snorty one, and I haven't heard it in a long time.",
    "Last summer I watched you fall asleep sitting up at Eli's ballgame and it scared me.",
    "You stopped cutting hair, and that used to be the thing that lit you up.",
    "When you called me at 2am in January and I couldn't understand what you were saying, I sat on the kitchen floor and cried.",
    "I'm scared that one day my phone will ring and it will be about you.",
    "I miss our Sunday phone calls where we'd talk for two hours about nothing.",
    "I want my sister back, the one who sang Shania in the car with the windows down.",
    "There's a bed waiting for you at Hazelden today and I'll drive you there myself.",
    "Eli asked me last week when his mom is going to feel better, and I didn't know what to tell him.",
    "When I came over in March your guitar was gone from the wall, and my heart sank because you loved that thing.",
    "I remember the snow fort we built behind the house on Oak Street that lasted until April.",
    "You're funny and stubborn and brave, and I admire all of that about you.",
    "When I hug you now I can feel how thin you've gotten, and I worry.",
    "I've noticed your hands shake in the mornings.",
    "I'm not here to shame you, I'm here because I can't lose you.",
    "I hope we still take that trip to the Badlands we planned when we were sixteen.",
    "Please say yes today, for you, for Eli, and for me.",
    "Mom kept your drawings from first grade, she still has them in a folder in her closet.",
    "You stood up for me when Jason Pietrowski pushed me off the swings, and you got detention for it.",
    "I want Noah to get to know the real you, his funny aunt Dani.",
    "I'll take care of Biscuit while you're in treatment so dont worry about him.",
    "I've been going to Al-Anon on Tuesday nights and it's helped me understand this better.",
    "I know how hard it is to sit here and listen to this, and I love you for staying in the chair.",
    "At my birthday party in April you couldn't remember Ben's name, and that hurt more than I let on.",
    "Watching you pull away these last two years has felt like losing a piece of myself.",
    "I keep the picture of us in matching pumpkin costumes on my desk at work.",
    "u were my built in best friend before I even knew what that meant",
    "You used to call me on your drive to the salon every morning just to say hi.",
    "I dont want to do life without you.",
    "Getting help isn't giving up, it's the bravest thing I can picture you doing.",
    "You taught me to drive stick in Dad's old Ranger in the church parking lot.",
    "I'd give anything to sit on Grandma's dock at Lake Vermilion with you again and listen to the loons.",
    "When you missed Thanksgiving I set a plate for you anyway.",
    "I see you hurting, and I want you to have a life that doesn't hurt this much.",
    "The program has a family weekend and I'll be there, front row.",
    "Whatever happens after today, I'm your sister and that doesn't change.",
    "I remember you holding my hand at Dad's grave and saying we'd get through it together.",
]

DEV159_TRAPS: list[str] = [
    "Dad was a drunk for most of our childhood, and I know you remember that as well as I do.",
    "I was a pretty big stoner my first year at UMD, so I'm not talking down to you from anywhere.",
    "You're not an addict to me, you're Dani, my sister who is sick right now.",
    "Remember Mom calling you her little sugar junkie because you ate frosting straight out of the can?",
    "You always let me have the top bunk even though I know you wanted it.",
    "I will never stop being your sister, no matter what you say today.",
    "your always going to be my favorite person on this planet",
    "We always spent the Fourth at Grandma's cabin and you'd light the sparklers for me.",
    "We all went to Canal Park the summer we turned twelve and you talked me into the ship tour.",
    "You told me last month, 'I'm a mess, Kat,' and I heard you, and I'm here.",
    "You said on the phone 'I can't stop' and I believed you, and I still do.",
    "I cleaned out the spare room so it's ready when you come home from treatment.",
    "Remember coming home from the creek so dirty Mom hosed us off in the driveway?",
    "You always kept the cleanest station at the salon and the other girls teased you about it.",
    "I still laugh about the dirty joke you accidentally told Father Mike at confirmation.",
    "Getting your cosmetology license while working nights was amazing, and I brag about it to this day.",
    "Great job on Eli's birthday party in June, that unicorn cake you made was a masterpiece.",
    "Your doctor told you your liver enzymes are high, and I'm scared because I want you around for a long time.",
    "The ER doctor said it was an overdose, and I sat in that waiting room thinking I'd lost you.",
    "I was diagnosed with postpartum depression after Noah, and you were the one who drove me to my appointments.",
    "I was in denial myself for a long time about how bad things had gotten.",
    "Of course I said yes when you asked me to be Eli's godmother, easiest yes of my life.",
    "Of course you were nervous at your first meeting, anyone would be, and you went anyway.",
    "Mom always said we were born holding hands and sometimes I think we still are.",
    "Our cousin Tyler got sober from meth at a place in St. Cloud and he wants you to have his number.",
    "Marcus's brother was a tweaker for years and now he's a welder with two kids, people do come back.",
    "I felt pathetic crying in the Walmart parking lot after our last call, and then I called you back anyway.",
    "Thank you for coming today, really, it means so much that you stayed.",
    "Shoveling Mrs. Lindqvist's walk all last winter was a really great thing you did.",
    "You never missed one of my volleyball games in high school, not even the away ones in Hibbing.",
    "I'd kill for one of your grilled cheeses right now, the ones with pickles inside.",
    "Every time I hear Shania Twain on the radio I think of you and smile.",
    "I used to be jealous of you, you were the cool twin and everyone knew it.",
    "I was such a mess after my divorce and you showed up with tacos and stayed three days.",
    "Grandpa called the Vikings a disgrace every single Sunday and we'd laugh until we cried.",
    "I'm not blaming you for any of this, addiction is a disease and you didn't ask for it.",
    "It's not your fault you got hooked after the back surgery, and it's not on you to fix it alone.",
    "We were the matching-overalls twins of Lakeside Elementary and I loved every minute of it.",
    "I've been drinking too much myself lately, and I've started going to meetings for me.",
    "You told me 'I never meant for it to go this far' and I believe you.",
    "The whole family is coming to family week, Mom already booked the hotel.",
    "Remember how we'd pretend to be each other on the phone with Grandma and she never once caught on?",
    "You're going to be fine, Dani, I really believe that.",
    "Nobody's perfect, I sure am not, and I'm not asking you to be.",
]

DEV159_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, not for rent, not for gas, not for anything.",
    "If you choose not to go, Eli will stay with me and Ben, and you can visit him at our house.",
    "If you leave here without saying yes, I'm going to stop answering the late night calls, and that will be the hardest thing I've ever done.",
    "If the answer is no, you can't keep staying in our basement, I'll help you pack and I'll still love you.",
    "If you turn this down I won't cover for you with Mom anymore, I'm done keeping secrets.",
]

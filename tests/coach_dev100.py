# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 100 (4 December 2026, round 21, a second set of fresh writers, kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a best friend or old roommate, jokey and deflecting even when angry: absolutes, blame, sarcasm and hearsay. The writer was asked to keep calm consequences apart, as
DEV100_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 4fa7a7b, rules and model 0.83 (64/77; the rules alone 54/77): absolute 12/16, blame 12/16, we 0/2, sarcasm 12/15, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 6/47 (12.8%; the rules alone 6).

At merge, before it was trained on: with main 0bd1ec6, rules and model 0.82 (63/77; the rules alone 54/77): absolute 12/16, blame 12/16, hearsay 14/15, we 0/2, sarcasm 12/15, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 6/47 (12.8%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV100_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single time we go out you end up disappearing into the bathroom for twenty minutes, dude, like clockwork.",
        {"absolute"},
    ),
    (
        "You have not made it to one brunch on time since like 2019, and I'm starting to think the mimosas aren't the reason.",
        {"absolute"},
    ),
    ("Any plan I make with you, you bail on at the last second, zero exceptions.", {"absolute"}),
    ("You literally cannot get through a Friday night without calling your guy.", {"absolute"}),
    (
        "Whenever your phone buzzes after midnight you're out the door, doesn't matter what we were in the middle of.",
        {"absolute"},
    ),
    (
        "Bro you forget my birthday every year now, and yeah I'm joking about it but I'm also not.",
        {"absolute"},
    ),
    ("You lie to me constantly Jess, about the little stuff and the big stuff.", {"absolute"}),
    (
        "your always got some excuse ready, like a whole Netflix series of them queued up",
        {"absolute"},
    ),
    (
        "Each and every party turns into the Theo show by 2am and nobody else gets a word in.",
        {"absolute"},
    ),
    (
        "You never pay me back, man, not for rent, not for the Uber, not for the couch you spilled on.",
        {"absolute"},
    ),
    ("You've been wired at literally every wedding we've been to together.", {"absolute"}),
    ("Nothing I say gets through to you ever, it's like talking to a Roomba.", {"absolute"}),
    (
        "You're high 24/7 at this point, I can't remember the last sober conversation we had.",
        {"absolute"},
    ),
    (
        "You show up late to everything and then act like the party started when you walked in.",
        {"absolute"},
    ),
    ("Not one text back from you in three weeks unless you needed cash.", {"absolute"}),
    (
        "I lost my security deposit on that apartment thanks to you and your 4am parties, Marcus.",
        {"blame"},
    ),
    ("You picked the blow over our road trip, and honestly that one still stings.", {"blame"}),
    (
        "Part of why Alexis left is all the nights I spent bailing you out, so you get some credit for that breakup too.",
        {"blame"},
    ),
    (
        "I covered for you with your mom like five hundred times and this is the thanks I get?",
        {"blame"},
    ),
    ("You wrecked my car, man. My actual car. The one with the Yoda bobblehead.", {"blame"}),
    (
        "Whose fault do you think it is that nobody invites us anywhere anymore? Spoiler, not mine.",
        {"blame"},
    ),
    (
        "I spent my entire twenties babysitting you and you can't do this one thing for me?",
        {"blame"},
    ),
    (
        "You torched the band, Theo. We had a real gig lined up and you were too coked up to stand.",
        {"blame"},
    ),
    (
        "How do you even look me in the eye after what you pulled at Kev's bachelor party?",
        {"blame"},
    ),
    ("The reason I got kicked off the lease is sitting right there on that couch.", {"blame"}),
    ("You made this mess and now the rest of us are stuck mopping it up.", {"blame"}),
    (
        "I fronted you two grand and you put it up your nose, so dont tell me you're the victim here.",
        {"blame"},
    ),
    ("You blew up my job interview by calling me from a holding cell the morning of.", {"blame"}),
    ("Honestly your partying is why Priya and I aren't talking anymore.", {"blame"}),
    (
        "You turned my thirtieth into an episode of Cops and I'm putting that one squarely on your tab.",
        {"blame"},
    ),
    (
        "Congrats on setting the record for most times kicked out of the same bar, truly legendary stuff.",
        {"sarcasm"},
    ),
    (
        "Loved watching you sweat through your shirt at your sister's rehearsal dinner, super smooth, very James Bond.",
        {"sarcasm"},
    ),
    (
        "Oh and a big shoutout for selling my PS5, really appreciated that one.",
        {"blame", "sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence at Tom's funeral, only two hours late and totally wired.",
        {"sarcasm"},
    ),
    ("You're 'just having fun,' right? Sure. Looks super fun from here.", {"sarcasm"}),
    ("Real Wolf of Wall Street energy, minus the money, the yacht, and the job.", {"sarcasm"}),
    ("Stellar move passing out in the Uber, I'm sure the driver gave you five stars.", {"sarcasm"}),
    (
        "Best roommate ever, really, who else would throw a rager the night before my bar exam.",
        {"sarcasm"},
    ),
    (
        "Ten out of ten karaoke performance, especially the part where you fell off the stage.",
        {"sarcasm"},
    ),
    ("Oh u have it 'under control', my bad, I forgot.", {"sarcasm"}),
    ("What a gentleman, borrowing my rent money for an 'emergency' in Vegas.", {"sarcasm"}),
    (
        "Way to keep it classy at the Christmas party Jess, the CEO will never forget you.",
        {"sarcasm"},
    ),
    (
        "Bravo on the nosebleed at the baby shower, really tied the whole afternoon together.",
        {"sarcasm"},
    ),
    (
        "Such a responsible adult, calling me at 5am from a stranger's roof in Bushwick.",
        {"sarcasm"},
    ),
    ("Gold medal in ghosting, man, honestly Olympic level.", {"sarcasm"}),
    ("Your sister told me you've been missing work most Mondays.", {"hearsay"}),
    ("Kev mentioned you got thrown out of his place on New Year's.", {"hearsay"}),
    ("Word in the group chat is you owe money to some pretty sketchy dudes.", {"hearsay"}),
    ("Somebody from the gym swore they saw you buying in the parking lot.", {"hearsay"}),
    (
        "Your manager at the restaurant called me looking for you and said you walked off mid-shift.",
        {"hearsay"},
    ),
    (
        "I got it from Lauren that you've been telling everyone I'm the one with the problem.",
        {"hearsay"},
    ),
    ("Rumor has it you went the whole Coachella weekend without sleeping.", {"hearsay"}),
    (
        "Your ex reached out to me, she says you showed up at her place at 3am totally gone.",
        {"hearsay"},
    ),
    ("According to your landlord you're three months behind.", {"hearsay"}),
    ("Your cousin Dre says you got pulled over last month and it didn't go great.", {"hearsay"}),
    ("The bartender at Murphy's let it slip they cut you off twice last week.", {"hearsay"}),
    ("From what Jen said you were passed out at her party before nine.", {"hearsay"}),
    (
        "I keep hearing from people I barely know about stuff you did at that warehouse thing.",
        {"hearsay"},
    ),
    ("Supposedly you sold your Les Paul, which, if that's true, wow.", {"hearsay"}),
    (
        "Your roommate texted me that you haven't left your room in four days except to go out at night.",
        {"hearsay"},
    ),
    ("Man, you've turned into a total cokehead and I barely recognize you.", {"label"}),
    ("I didn't sign up to room with a straight-up junkie, Marcus.", {"label"}),
    ("I just want you clean and sober by the time the baby comes.", {"clean"}),
    (
        "You swore you'd been clean since March and then I found the baggie in the couch cushions.",
        {"clean"},
    ),
    (
        "You pissed dirty for your PO in August, dude, that's not a funny story no matter how you tell it.",
        {"clean"},
    ),
    ("Honestly it's embarrassing to be seen with you lately, you're kind of a joke.", {"insult"}),
    (
        "You've become this sad sloppy guy everybody dodges at parties, and it's gross to watch.",
        {"insult"},
    ),
    ("The whole crew's agreed you're not fun anymore, you're a liability.", {"we"}),
    ("Everyone in the group chat is sick of babysitting you, me included.", {"we"}),
    ("Go to the place in Arizona or I swear I'll tell your parents everything.", {"threat"}),
    ("If you walk out of this room today, don't bother calling me again, I mean it.", {"threat"}),
    (
        "Either you're on that plane tonight or we're done, like Ross and Rachel on a break, except forever.",
        {"threat"},
    ),
    ("You're in total denial dude, like river-in-Egypt denial.", {"diagnosis"}),
    (
        "I think you're honestly bipolar, the way you go from life of the party to crying in the car.",
        {"diagnosis"},
    ),
    (
        "Sometimes I wonder if you're a full-on narcissist, because it's always about you.",
        {"absolute", "diagnosis"},
    ),
]

DEV100_GOOD: list[str] = [
    "Remember sophomore year when we tried to make ramen in the coffee maker and set off the fire alarm? I still laugh about that.",
    "You were the first person who talked to me at orientation, and you basically adopted me.",
    "When my dad died you drove six hours in a car with no AC just to sit with me.",
    "I miss our Sunday Mario Kart tournaments more than I can say.",
    "Lately I get scared when my phone rings late at night, because I think it might be about you.",
    "I've noticed you've lost a lot of weight and your hands shake when we grab coffee.",
    "At Kev's wedding I watched you leave the reception three times and come back talking a mile a minute, and it worried me.",
    "I'm writing this because you're my brother in every way that counts.",
    "You have the best laugh of anyone I know, the kind that gets the whole room going.",
    "I want my friend back, the guy who quoted The Office at every possible moment.",
    "There's a bed waiting for you at a place in Colorado today, and I really hope you take it.",
    "I'll drive you there myself, I already made a playlist, it's mostly Fleetwood Mac.",
    "When you missed my daughter's christening I felt hurt and honestly kind of lost.",
    "I know this is awkward, I'm bad at serious stuff, but I mean every word of this.",
    "You taught me how to change a tire in the rain at 2am outside a Waffle House.",
    "In March you called me crying at 4am and said you didn't know how to stop, and I haven't stopped thinking about that call.",
    "I'm not here to lecture you, I'm here because I love you man.",
    "I've seen you hand your last twenty bucks to a stranger, that's who you are to me.",
    "It terrified me when I found you on the bathroom floor in June and you didn't wake up right away.",
    "i remember you teaching my kid to skateboard and him thinking you were basically Tony Hawk",
    "I want to be at your fortieth birthday, and your fiftieth, and be old and annoying together.",
    "My hope is that a year from now we're on a beach somewhere and you're telling me this was the best call you ever made.",
    "Please say yes today, the program starts this afternoon and they're ready for you.",
    "I felt so helpless the night you couldn't remember my name for a second.",
    "You've got more talent in your pinky than I've got in my whole body, I've seen you draw.",
    "Our road trip to Austin in that busted Civic is still one of the best weeks of my life.",
    "I noticed you stopped coming to soccer on Thursdays and I miss having you in goal.",
    "It hurts me to watch you sleep all day and go out all night.",
    "Your nose has been bleeding a lot when you're over at my place, and it frightens me.",
    "You're the funniest person I've ever met and I want you around for a long, long time.",
    "When I lost my job you showed up with a pizza and a resume template, no questions asked.",
    "I'm asking you, as your best friend of fifteen years, to accept the help that's here today.",
    "Last month you asked me for money twice and I felt uneasy saying no and uneasy saying yes.",
    "Honestly I don't know how to write this without making a joke, so here it is with no joke: I'm worried.",
    "I kept your old Nirvana poster from the dorm, it's waiting for you in my garage.",
    "I believe you can do this, I watched you finish a half marathon on a busted knee.",
    "Seeing you at Thanksgiving, jittery and grinding your teeth, broke my heart a little.",
    "You were my best man and gave a speech that made my grandma cry happy tears.",
    "I want to call you at 2am for the good reasons again, like arguing about the best Star Wars movie.",
    "Whatever happens today I'm still gonna be your friend, and I want you healthy.",
    "I was so proud the night of your first gallery show, and I want that guy back.",
    "It's hard for me to say this but I've been lying awake worrying about you.",
    "Tam and I want you to be godfather to the baby, and we want you well for that.",
    "Take the help, dude. I'll be in the parking lot when you come out, probably eating Taco Bell.",
    "When you talk about your grandma's lake house your whole face lights up, and I want to see that again.",
    "If Ross and Rachel could figure it out after ten seasons, you and me can get through this.",
]

DEV100_TRAPS: list[str] = [
    "My uncle Ray was a drunk his whole life and I never got to tell him how much I loved him.",
    "I was pretty much a coke addict myself at twenty-three, so I'm not up on any high horse here.",
    "You told me once, 'I'm a total junkie, bro,' and laughed, and I didn't laugh.",
    "You're not an addict to me, you're Danny, the guy who can name all 151 original Pokemon.",
    "I'm a total sugar junkie so expect donuts on every visiting day.",
    "I promise I'll help clean out the apartment while you're away so it's fresh when you get back.",
    "I never stop hoping you'll call me on a random Tuesday just to talk about Survivor.",
    "We always did Taco Tuesday at that dive on 6th, and I'd love to do it again.",
    "I will always have your back, even when you're mad at me for writing this.",
    "Great job on your thirty days last spring, I still have the photo of the chip you sent me.",
    "We went to Bonnaroo together in 2014 and it's still my favorite memory.",
    "When you showed me the ER papers that said cocaine-related chest pain, my stomach dropped.",
    "Nobody makes a grilled cheese like you, never have, never will.",
    "My dad was an alcoholic and he got sober when I was twelve, so I know people come back.",
    "I'm a recovering addict, eight years this May, and the best thing I ever did was say yes.",
    "You said to me 'I'm such a screwup' and I want you to know that's not what I see.",
    "You're not pathetic and you're not a loser, you're sick, and sick people get better.",
    "I heard the new Taylor Swift album and thought of you right away because you'd hate it so much.",
    "Sarah and I watched the whole Lord of the Rings extended edition with you in one day, remember?",
    "My therapist said something that stuck with me, that I can love you and still be honest.",
    "We're all here because we love you, every single one of us in this room.",
    "Honestly I'm a total mess writing this, there's coffee all over the page.",
    "I blame myself sometimes for making partying the whole vibe of our twenties.",
    "You never once made me feel dumb for being the nerdy one in the dorm.",
    "The Bravo reunion episodes are our thing, and I'm saving every one for when you get back.",
    "Congrats on the new niece by the way, I cried when I saw the pictures.",
    "Not once in fifteen years have I regretted being your friend.",
    "Your dealer is not your friend, I am, and I'm not going anywhere.",
    "I was always the clean freak roommate and you were the one who somehow kept the plants alive.",
    "My ex was a narcissist, according to my therapist, and you were the one who helped me get out.",
    "I was in denial for a long time too, about how scared I was for you.",
    "I will never give up on you dude, even if you roll your eyes at this whole thing.",
    "Every time I hear 'Mr. Brightside' I think of you singing it in the car on the way to the Cape.",
    "We used to say we'd open a taco truck together, and I still want to.",
    "The stoner guy downstairs from our old place still asks about you, which is kind of sweet.",
    "My cousin got clean at a place in Arizona and now she's an ER nurse.",
    "After my divorce you sat with me every night for a month, and I never forgot it.",
    "It's totally fine if you think this is cringe, I'd rather be cringe than lose you.",
    "I always tell people you're the smartest guy I know, and I mean it.",
    "Not a day goes by that I don't think about the night we drove to Montauk just to see the sunrise.",
    "Nobody's perfect, God knows I'm not, I once got us both kicked out of a Dave & Buster's.",
    "You used to joke that I was the 'dad friend' who never drank, and honestly you were right.",
    "The cardiologist told you your heart is working harder than it should, and I want you around.",
    "You're not a disappointment to me, not even close.",
    "I heard you laugh at my dumb jokes for fifteen years and I want fifteen more.",
    "I'll be there for visiting day, every single one they let me come to.",
    "Thanks for being the designated driver the whole summer I had mono, you're a real one.",
]

DEV100_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I'm not going to lend you money anymore, not even for an Uber.",
    "If you don't go today I won't be going out with you on weekends, I'll still text you, but no more nights out.",
    "If you decide not to go, you can't crash on my couch after this, I love you but I can't do that part anymore.",
    "If you turn this down, I'm going to stop covering for you when your mom calls asking where you are.",
]

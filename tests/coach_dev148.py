# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 148 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a sister who does stand-up and improv, bits and callbacks that cut: sarcasm and absolutes most. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV148_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.94 (75/80; the rules alone 66/80): absolute 16/17, hearsay 14/15, sarcasm 14/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 7/42 (16.7%; the rules alone 7).

At merge, before it was trained on: with main a6c7782, rules and model 0.94 (75/80; the rules alone 66/80): absolute 16/17, hearsay 14/15, sarcasm 14/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 6/42 (14.3%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV148_FLAG: list[tuple[str, set[str]]] = [
    (
        "Danny, you have not shown up on time to a single family thing since 2019, and I have the group chat receipts.",
        {"absolute"},
    ),
    (
        "Every birthday party turns into the Danny Show, where you stumble in late and the cake becomes a supporting character.",
        {"absolute"},
    ),
    (
        "You never once called me back after my shows, not even the one at the Laugh Factory you swore you'd come to.",
        {"absolute"},
    ),
    (
        "Whenever I need you, you're either asleep on the couch or out with Rick, which is code for drinking.",
        {"absolute"},
    ),
    ("Every single promise you make has the shelf life of an open beer.", {"absolute"}),
    ("You've lied to Mom about the pills literally each time she's asked.", {"absolute"}),
    (
        "Nothing I say gets through to you, I could hire a skywriter and you'd still be staring at your phone.",
        {"absolute"},
    ),
    (
        "your always the last one to leave the bar and the first one to forget it happened",
        {"absolute"},
    ),
    ("Not one time in the last two years have you asked how I'm doing.", {"absolute"}),
    (
        "You forget everything, Danny, my birthday, Lily's recital, the fact that you owe me four hundred bucks.",
        {"absolute"},
    ),
    (
        "Each holiday since you started on the oxy has ended with somebody crying in the driveway.",
        {"absolute"},
    ),
    (
        "You never keep a job longer than a season, it's like watching a really sad run of pilot episodes.",
        {"absolute"},
    ),
    (
        "You always have an excuse ready to go, honestly it's your best material.",
        {"absolute", "sarcasm"},
    ),
    (
        "You have not once owned anything, it's forever the boss or the ex or the weather.",
        {"absolute"},
    ),
    ("Any time cash goes missing in this house it's you, and we both know it.", {"absolute"}),
    (
        "Every Sunday you swear this was the last weekend and every Monday ur back at the liquor store on 5th.",
        {"absolute"},
    ),
    ("Mom hasn't slept through the night in three years and that's all you, bro.", {"blame"}),
    ("You picked the bottle over being Lily's uncle, and trust me, she noticed.", {"blame"}),
    (
        "I had to cancel my Edinburgh run because of the mess you made, so thanks a ton for that.",
        {"blame", "sarcasm"},
    ),
    (
        "Dad's heart attack didn't come out of nowhere, Danny, you put him in that hospital bed.",
        {"blame"},
    ),
    (
        "After I drove four hours to bail you out, twice, the least you could do is sit and listen for ten minutes.",
        {"blame"},
    ),
    (
        "You wrecked Thanksgiving, you wrecked Grandma's eightieth, and now you're working on my wedding.",
        {"blame"},
    ),
    ("How do you even look Mom in the eye after what you did to her savings?", {"blame"}),
    (
        "You broke this family into pieces and then acted surprised when nobody wanted to glue it back together.",
        {"blame"},
    ),
    (
        "Jess left because of your drinking, not because she was crazy, and you know that.",
        {"blame"},
    ),
    ("It's your fault I flinch when my phone rings after midnight.", {"blame"}),
    ("You chose meth over your own son's graduation, let that sink in for a second.", {"blame"}),
    (
        "The lying, the twenties out of Dad's wallet, the cops at the door, you brought every bit of that into this house.",
        {"blame"},
    ),
    (
        "I gave you my couch, my car and my last two paychecks and you still cant give me one sober afternoon?",
        {"blame"},
    ),
    (
        "Mom is working doubles at sixty-one to cover your rent, so dont tell me nobody got hurt.",
        {"blame"},
    ),
    (
        "Grandpa rewrote his will over the stuff you pulled, and I can't say he was wrong.",
        {"blame"},
    ),
    (
        "Loved your set at Aunt Carol's funeral, really killed, especially the bit where you passed out in the coat room.",
        {"sarcasm"},
    ),
    (
        "Congrats on the new personal best, three DUIs before thirty, Mom's thinking about framing the paperwork.",
        {"sarcasm"},
    ),
    (
        "Brother of the year, ladies and gentlemen, showing up to my wedding with a flask in each sock.",
        {"sarcasm"},
    ),
    ("Oh sure, you're 'just unwinding,' the way a house fire is just a warm room.", {"sarcasm"}),
    (
        "Really impressive how you can find a dealer at 3am in a town of nine hundred people but not a bus to rehab.",
        {"sarcasm"},
    ),
    (
        "Amazing work on the Christmas lights this year, nothing says holiday spirit like falling off the roof hammered.",
        {"sarcasm"},
    ),
    ("Big round of applause for the guy who pawned Grandpa's watch, what a closer.", {"sarcasm"}),
    (
        "Thank you sooo much for the lovely 4am voicemail, I saved it, it's my ringtone now.",
        {"sarcasm"},
    ),
    (
        "You were a real delight at Lily's party, the kids loved watching Uncle Danny nod off into the cake.",
        {"sarcasm"},
    ),
    (
        "Your time management is honestly inspiring, high by noon and still somehow late for a 2pm appointment.",
        {"sarcasm"},
    ),
    (
        "Sure, you've got it 'under control,' the same way I have my student loans under control.",
        {"sarcasm"},
    ),
    ("Wow, a whole weekend without weed, somebody call the Guinness people.", {"sarcasm"}),
    (
        "So nice of you to grace us with your presence at Easter, even if it was mostly your presence on the bathroom floor.",
        {"sarcasm"},
    ),
    (
        "What a treat bailing you out on my birthday was, truly the gift that keeps on giving.",
        {"sarcasm"},
    ),
    ("Real savvy business move, selling your PlayStation to the guy you buy from.", {"sarcasm"}),
    (
        "Your roommate Marcus texted me that you haven't left your room in four days except to meet someone in the parking lot.",
        {"hearsay"},
    ),
    (
        "Aunt Carol swears she saw you buying vodka at the Shell station at eight in the morning.",
        {"hearsay"},
    ),
    (
        "Word around the comedy club is you tried to sell pills to one of the bartenders.",
        {"hearsay"},
    ),
    (
        "Tommy's mom mentioned you were nodding off in the bleachers at the Little League game.",
        {"hearsay"},
    ),
    (
        "According to your landlord you're three months behind and there were needles in the stairwell.",
        {"hearsay"},
    ),
    (
        "Jess told me on the phone that you punched the wall hard enough to leave a hole.",
        {"hearsay"},
    ),
    (
        "Somebody at church told Mom you were passed out in your truck behind the Dollar General.",
        {"hearsay"},
    ),
    (
        "Your manager at the warehouse called Dad to say you'd been showing up smelling like a brewery.",
        {"hearsay"},
    ),
    (
        "From what Kyle says, you've been getting high in the forklift before your shift.",
        {"hearsay"},
    ),
    (
        "The neighbors have been talking about the cops at your place last Friday night.",
        {"hearsay"},
    ),
    ("I ran into your ex at Target and she said you've been using again since March.", {"hearsay"}),
    ("Supposedly you told the whole bar that I'm the one with the problem.", {"hearsay"}),
    (
        "Lily's teacher asked if things were okay at home because of something you said at pickup, at least that's what Mom heard.",
        {"hearsay"},
    ),
    (
        "Grandma found out from the pharmacist that you've been trying to fill her prescriptions.",
        {"hearsay"},
    ),
    (
        "My friend Priya caught you at the open mic last month and says you could barely stand up.",
        {"hearsay"},
    ),
    ("Sorry, but you're a drunk, Danny, a funny one, but a drunk.", {"label"}),
    ("I'm done pretending my little brother isn't a pillhead.", {"label"}),
    (
        "Somewhere along the way you turned into a cokehead and I don't even know when it happened.",
        {"label"},
    ),
    ("I need you to get clean before Lily is old enough to understand what's going on.", {"clean"}),
    (
        "Your last three screens at probation came back dirty, and I'm tired of pretending that's bad luck.",
        {"clean"},
    ),
    (
        "Honestly watching you beg Mom for twenty bucks was the most pathetic thing I've ever seen.",
        {"insult"},
    ),
    (
        "You're an embarrassment to this family, and I say that as someone who did improv in a mall food court.",
        {"insult"},
    ),
    ("What kind of uncle nods off while he's babysitting a four-year-old?", {"insult"}),
    ("Everyone in this room thinks you've turned into a stranger.", {"we"}),
    ("The whole family is sick and tired of covering for you.", {"we"}),
    ("Mom, Dad, Jess and I have all decided you're lying about the pills.", {"we"}),
    (
        "Either you get in the van to Hazelden tonight or you can forget you have a sister.",
        {"threat"},
    ),
    (
        "If you walk out of this room don't bother coming to my wedding, I'll have security waiting at the door.",
        {"threat"},
    ),
    (
        "I'm pretty sure you're a narcissist, everything is about Danny, all the time.",
        {"absolute", "diagnosis"},
    ),
    (
        "You're bipolar, you have to be, nobody swings from hugging to screaming that fast.",
        {"diagnosis"},
    ),
    ("You're so in denial it's practically your second address.", {"diagnosis"}),
]

DEV148_GOOD: list[str] = [
    "Danny, you were my first audience, standing on the coffee table at six and cheering for my terrible knock-knock jokes.",
    "I love you, and I miss my brother.",
    "I remember you teaching me to ride a bike in the Kmart parking lot and pretending you hadn't let go.",
    "When I bombed my first open mic, you drove two hours to buy me fries and tell me I was funnier than the headliner.",
    "Lately I've seen your hands shaking in the mornings, and it scares me more than I know how to say.",
    "I'm asking you to go to the treatment center in Minneapolis today, the bed is ready and I'll drive.",
    "You have the best laugh in this family, the wheezy one that makes other people start laughing too.",
    "I want my brother back at the Sunday pancake table, arguing about whether blueberries count as a topping.",
    "At Mom's birthday last month I watched you leave the table four times, and I felt scared for you.",
    "I'm not here to roast you, I'm here because I love you and I'm worried sick.",
    "Remember the summer at Lake Okoboji when you tipped the canoe on purpose just to make me scream?",
    "Lily still asks for the voice you did for the grumpy troll in her bedtime book.",
    "I've noticed you've lost a lot of weight since spring, and your hands were so cold when I hugged you at Easter.",
    "I believe you can do this, I've seen you do hard things before.",
    "You sat with me in the hospital when I broke my leg, reading me the jokes off popsicle sticks in your worst accents.",
    "When you're sober you're the kindest person I know, you tip like a maniac and you remember waitresses' names.",
    "I miss getting your 11pm texts critiquing my set, even the brutal ones.",
    "My heart breaks when I find you asleep in your car in the driveway.",
    "I want you at my wedding in June, up there as my brother, giving a toast that makes Grandma blush.",
    "I'm scared that one of these nights the phone will ring and it'll be about you.",
    "Treatment isn't a punishment, it's a chance, and I would give anything for you to take it.",
    "You taught me timing, honestly, the pause before the punchline came from watching you tell stories at dinner.",
    "There's a room at Hazelden held for you starting tonight, and Mom packed your bag with your favorite hoodie.",
    "You are so much more than this, and I want you to get to see that for yourself.",
    "I love that you hum the Jeopardy theme when you're thinking.",
    "I saw the bruises on your arms at the barbecue and I couldn't stop thinking about them the whole drive home.",
    "I'll visit on family weekends and bring the bad snacks, the gas station ones you love.",
    "I'm proud to be your sister and I want to keep being proud out loud.",
    "When Dad got sick you were the one who built the ramp on the porch, in the rain, without anybody asking.",
    "Please let these people help you, Danny, you don't have to carry this by yourself.",
    "My favorite memory is the two of us doing voices in the back seat on the way to Branson until Dad had to pull over laughing.",
    "I've been afraid to say this for a long time, but I think the pills have taken over, and I want to help you get free.",
    "I got you a notebook for treatment, write some bits in it and I'll workshop them with you.",
    "You matter to me more than any joke I'll write.",
    "I miss hearing you play guitar on the porch after dinner.",
    "Seeing you in the ER in October, so pale and confused, was the scariest night of my life.",
    "I want Lily to know her uncle the way I knew you growing up, silly and brave and loud.",
    "I know this is hard to hear, and I'm sorry it has to happen like this.",
    "You can be mad at me today, thats okay, as long as you go.",
    "I'm not giving up on you, and I hope you won't give up on yourself.",
    "When you hugged me after Grandpa's funeral you held on so long, and I think about that hug a lot.",
    "I love you bro, and I'll be in the front row for whatever comes next.",
    "I've watched the drinking change you from the guy who lit up a room to someone who hides in the corner of it, and I want you back.",
]

DEV148_TRAPS: list[str] = [
    "Our uncle Ray was a drunk who died at fifty-two, and I don't want that ending for you.",
    "I drank like a total lush for two years after college, so I know a little of how loud that pull can get.",
    "We always had the best Halloween costumes on the block, remember the year we went as salt and pepper?",
    "Great job on those thirty days last spring, I saw how hard you worked and I was so proud of you.",
    "You told me yourself last week, 'I can't stop,' and I've been carrying those words around ever since.",
    "I helped you clean out your apartment in May and found the drawings you made for Lily, they're beautiful.",
    "Your doctor at Mercy says your liver numbers are getting worse, and I want you around for a long, long time.",
    "To me you'll never be a pillhead, you're the kid who built me a cardboard stage in the garage.",
    "I'm a true crime junkie, so I'll happily sit in the waiting room with my podcasts all day while you check in.",
    "Every time I walk on stage I picture you cheering in the back row.",
    "We went to the State Fair in 2015 and you won me that hideous purple gorilla, which I still have.",
    "I will never forget the night you drove me home from my first paid gig and we screamed Queen the whole way.",
    "My car is still dirty from our Duluth trip and I refuse to vacuum it because your fries are still under the seat.",
    "My friend Marco was a heroin addict and he's been sober eight years now, he said he'd talk with you whenever you're ready.",
    "Grandpa was an alcoholic who quit at sixty and those were his best years, so I know its not too late.",
    "You said to me at Christmas, 'I'm a disgrace,' and I need you to hear that I don't believe that for one second.",
    "I'm not perfect either, I was in denial about my own drinking for a whole year.",
    "I always save you the last slice of Mom's rhubarb pie, and I'm saving it again this time.",
    "The psychiatrist at St. Luke's diagnosed you with depression in October, and you don't have to fight that one alone either.",
    "Uncle Pete was a mean drunk, you and I both know it, and you have never once been mean to Lily.",
    "We all went to SeaWorld the summer you turned ten and you got splashed by the whale and cried laughing.",
    "The whole family drove in from three states today because you matter to us.",
    "You were the funniest kid in every class you were ever in, and your teachers secretly loved it.",
    "Dr. Patel says the seizures in March were from withdrawal and that a medical detox can make it safe this time.",
    "I'll never be done being your sister, that's just not an option.",
    "When you were eight you got disgustingly good at Mario Kart and I still haven't beaten your Rainbow Road time.",
    "Our cousin Nate is a recovering addict, eleven years now, and he's here because he wants to walk in with you.",
    "That was a killer toast you gave at Jess's rehearsal dinner in 2018, it made Dad cry and I was so proud.",
    "I always thought you'd be the one to go to Chicago and do Second City, you were always quicker than me.",
    "I started going to Al-Anon, and I learned I'm not the reason and I can't fix it, but I can love you.",
    "I'm so proud of you for the four months you stayed sober in 2021, you did that, nobody did it for you.",
    "Comedy is full of drunks and burnouts, and I've watched some of them come back sober and funnier than before.",
    "Remember when we tried to clean the fish tank and flooded the basement and blamed it on the cat?",
    "You once said 'I'm just a junkie, sis, dont waste your time on me,' and I'm here today because that's not true.",
    "I'd be happy to drive you to outpatient every single day if that's what you need.",
    "I was a total brat to you all through high school, always stealing your hoodies, so it's my turn to show up for you.",
    "We used to stay up watching SNL reruns until 2am doing the Church Lady voice at each other.",
    "Mom never misses a chance to show people your fifth grade science fair ribbon.",
    "The pills aren't who you are, you're not some druggie, you're Danny, the guy who adopted a three-legged cat named Tripod.",
    "If you slip after treatment I'm still going to be in your corner, no speech, no I-told-you-so.",
    "Congratulations on finishing your GED last year, I bragged about it to everyone at the club.",
    "The nurses at Regions said you were lucky the Narcan worked, and I want you to not need it ever again.",
]

DEV148_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, not for rent and not for your phone bill.",
    "If you choose not to go, I'm going to stop picking up your calls after ten at night, because I need to sleep.",
    "If you don't accept help today, you can't stay on my couch anymore, and I'll still love you from across town.",
    "If you decide against treatment, I won't let you drive Lily anywhere, and I'm telling you that to your face.",
]

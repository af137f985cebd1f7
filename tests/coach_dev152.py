# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 152 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: neighbours, a landlord who is an old family friend, and a building super, property and lease talk: hearsay, absolutes, blame and sarcasm. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV152_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.85 (68/80; the rules alone 59/80): absolute 12/17, blame 13/15, hearsay 16/17, sarcasm 11/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 6).

At merge, before it was trained on: with main a6c7782, rules and model 0.85 (68/80; the rules alone 59/80): absolute 12/17, blame 13/15, hearsay 16/17, sarcasm 11/15, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 7/44 (15.9%; the rules alone 6).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV152_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single month the rent is late, Danny, and every single month you have a brand new story for me.",
        {"absolute"},
    ),
    (
        "You did not take the trash down to the curb one time in the two years we lived on Maple Street.",
        {"absolute"},
    ),
    ("Each time Mr. Okafor knocks about the noise you slam the door in his face.", {"absolute"}),
    ("You dont ever answer when the super texts you about the leak, not once.", {"absolute"}),
    (
        "Whenever I come by the apartment the blinds are shut and your asleep on the couch at 3 in the afternoon.",
        {"absolute"},
    ),
    (
        "You leave the lobby door propped open no matter how many times I ask you not to.",
        {"absolute"},
    ),
    (
        "Not one of the repairs you promised my dad you'd do on the duplex ever got finished.",
        {"absolute"},
    ),
    (
        "Its forever somebody elses fault with you, the landlord, the neighbours, the guy upstairs with the dog.",
        {"absolute"},
    ),
    (
        "In eleven years as your landlord I have not seen you pay on the first of the month without me chasing you.",
        {"absolute"},
    ),
    (
        "You've had a drink in your hand every time I've passed you on the stairs this year.",
        {"absolute"},
    ),
    ("You never pick up when Aunt Rosa calls about the lease renewal.", {"absolute"}),
    ("Nothing I say about the parking spot gets through to you anymore.", {"absolute"}),
    (
        "All you ever do on weekends now is sit out on the balcony with a case of Busch Light.",
        {"absolute"},
    ),
    ("Without fail the police end up outside unit 4B at least once a month.", {"absolute"}),
    ("You have broken every last promise you made the day you signed that lease.", {"absolute"}),
    (
        "You won't say sorry to Mrs. Kaplan for the water that came through her ceiling, you just walk right past her like always.",
        {"absolute"},
    ),
    (
        "We lost the deposit on the Elm Street place because of your parties, plain and simple.",
        {"blame"},
    ),
    ("It's your fault Gus had to call the owner about us in the first place.", {"blame"}),
    ("I'm the one who got an eviction notice with my name on it, thanks to you.", {"blame"}),
    ("You picked the pills over keeping a roof over your own kids heads.", {"blame"}),
    (
        "I vouched for you to Harold when nobody else in town would rent to you, and this is how you repay me.",
        {"blame"},
    ),
    (
        "My credit is wrecked since you stopped paying your half of the rent and I hold you responsible for every point of it.",
        {"blame"},
    ),
    ("The reason I cant look the neighbours in the eye anymore is you.", {"blame"}),
    ("You wrecked the only home your little brother ever felt safe in.", {"blame"}),
    ("Walter's trust in our family is gone and you're the one who threw it away.", {"blame"}),
    (
        "I cosigned that lease for you, Jenna, I put my name on the line, and you let me down in every way a person can.",
        {"absolute", "blame"},
    ),
    ("How on earth could you let the tub overflow onto the Nguyens brand new kitchen?", {"blame"}),
    (
        "After all the rent I forgave you over the years, you couldn't even keep the meth out of my building.",
        {"blame"},
    ),
    ("Mom had to move in with me because you drank away the money for her apartment.", {"blame"}),
    ("You made this family the talk of the whole block.", {"blame"}),
    (
        "The kitchen fire happened because you passed out with the stove on, and you know it.",
        {"blame"},
    ),
    (
        "Real neighbourly of you to throw up in the elevator the morning of the open house.",
        {"sarcasm"},
    ),
    (
        "Congrats on getting the whole third floor to sign a complaint against you, quite the achievement.",
        {"sarcasm"},
    ),
    ("Thanks so much for the 2am concert on the fire escape, the baby just loved it.", {"sarcasm"}),
    ("Tenant of the year award goes to you, Kev, hands down.", {"sarcasm"}),
    ("Nice work leaving needles in the laundry room where the Patel kids play.", {"sarcasm"}),
    ("Lovely touch, letting your dealer park in my handicapped spot.", {"sarcasm"}),
    (
        "You really outdid yourself at the block party, falling backwards into the Hendersons grill.",
        {"sarcasm"},
    ),
    (
        "And the way you charmed the city inspector by showing up wasted, brilliant move.",
        {"sarcasm"},
    ),
    (
        "I guess I should thank you for teaching me what a three-day pay-or-quit notice looks like.",
        {"sarcasm"},
    ),
    (
        "Sure, everything is 'under control' in your apartment, with the smoke alarm ripped off the ceiling.",
        {"sarcasm"},
    ),
    (
        "What a fantastic way to celebrate the new lease, blacking out before the ink was even dry.",
        {"sarcasm"},
    ),
    ("Way to go on making Mr. Dubois change the locks on his own building.", {"sarcasm"}),
    (
        "Bet Mr. Reyes was just thrilled to find you snoring in the stairwell on his way to Mass.",
        {"sarcasm"},
    ),
    (
        "You sure know how to make a first impression on new neighbours, screaming at them from the porch in your boxers.",
        {"sarcasm"},
    ),
    (
        "Your 'one beer' on the porch turned into two squad cars on the lawn, well done.",
        {"sarcasm"},
    ),
    (
        "Mrs. Alvarez from 2C told me she saw you buying something in the parking garage at midnight.",
        {"hearsay"},
    ),
    (
        "The super mentioned he found empty bottles stuffed behind the boiler in a box with your name on it.",
        {"hearsay"},
    ),
    (
        "According to Tom next door you were yelling at your girlfriend until the sun came up.",
        {"hearsay"},
    ),
    (
        "Word around the building is that you've been letting strangers crash on your floor.",
        {"hearsay"},
    ),
    (
        "Your landlord rang me last week and said you're three months behind and not answering the door.",
        {"hearsay"},
    ),
    (
        "Linda across the street swears she saw you pass out in your car right in the driveway.",
        {"hearsay"},
    ),
    (
        "I found out from the property manager that you sublet your room to pay for pills.",
        {"hearsay"},
    ),
    (
        "The couple in the unit under you complained to Frank that they can smell meth coming through the vents.",
        {"hearsay"},
    ),
    (
        "Somebody on the neighbourhood Facebook group posted that you were the one going through their mailboxes.",
        {"hearsay"},
    ),
    ("Gary the maintenance guy says u offered him your TV for forty bucks.", {"hearsay"}),
    ("Supposedly you told the leasing office your dad would cover the damage.", {"hearsay"}),
    (
        "One of the neighbours let it slip that an ambulance took you away in March and none of us even knew.",
        {"hearsay"},
    ),
    (
        "The Hoffmans told your mother you stumbled into their yard and knocked down the fence.",
        {"hearsay"},
    ),
    (
        "My tenant downstairs keeps telling me you come home at dawn reeking of whiskey.",
        {"hearsay"},
    ),
    (
        "I've been hearing from folks on Birch Lane that you're selling your moms pain pills.",
        {"hearsay"},
    ),
    (
        "Half the building calls you the junkie in 3A and honestly I've started thinking of you that way too.",
        {"hearsay", "label"},
    ),
    ("I can't rent to a pillhead again, Steve, not even for your mother's sake.", {"label"}),
    (
        "You've turned into the neighbourhood drunk, the guy everybody crosses the street to avoid.",
        {"label"},
    ),
    ("Youre a stoner and a loser and the tenants are scared of you.", {"insult", "label"}),
    ("I'd renew your lease in a heartbeat if you would just get clean.", {"clean"}),
    ("Your probation officer told the super your last test was dirty.", {"clean", "hearsay"}),
    ("The state of your apartment is disgusting, there is no other word for it.", {"insult"}),
    (
        "Your father built this house with his own two hands and you've turned it into a shameful dump.",
        {"insult"},
    ),
    ("All of us on the second floor are fed up with your nonsense.", {"we"}),
    ("The whole family has decided you can't be trusted with a key anymore.", {"we"}),
    (
        "Check into rehab by Friday or I'm changing the locks and throwing your stuff on the lawn.",
        {"threat"},
    ),
    (
        "Either you sign into that program or you and your dog are out on the street by the first, I swear it.",
        {"threat"},
    ),
    (
        "I think you're a sociopath, the way you lied to Mr. Ortiz's face about the damage.",
        {"diagnosis"},
    ),
    ("You're in denial, Becca, the whole street can see it but you.", {"diagnosis"}),
    (
        "Honestly I think you've got some kind of bipolar thing going on, up all night hammering the walls and then sleeping for days.",
        {"diagnosis"},
    ),
]

DEV152_GOOD: list[str] = [
    "Jimmy, I've been your neighbour for nine years and you were the first person to shovel my walk after my hip surgery.",
    "I remember when you helped me carry my mother's piano up three flights of stairs and wouldn't take a dime for it.",
    "I'm writing this as your landlord, but mostly as the man who taught you to ride a bike in that driveway.",
    "Lately I've seen you leave for work later and later, and some days not at all, and it worries me.",
    "When I knocked on your door on Tuesday you looked so thin and pale I barely recognized you.",
    "I miss hearing you play guitar on the porch on summer nights.",
    "My kids still ask when Uncle Ray is coming over to fix their bikes again.",
    "I've kept your rent the same for years because your grandmother was my dearest friend, and I'd do it again.",
    "I feel scared when I smell smoke in the hallway at night and I can't reach you.",
    "There is a bed waiting for you at Riverside today, and your apartment will be right here when you come home.",
    "I want my funny, kind neighbour back, the one who brought soup over when I had covid.",
    "Last month I found you sitting on the stairs at 5 a.m. and you didn't know what floor you lived on. I was heartbroken.",
    "I'm the super, I fix things for a living, but this is something I can't fix for you and I wish I could.",
    "Please say yes to the help that's being offered to you today.",
    "You helped me paint the lobby the year I moved in and I laughed more that weekend than I had in months.",
    "I've noticed the mail piling up in your box for weeks, and that's not like you.",
    "Mama, I know the house on Chester Ave means everything to you and I want you well enough to stay in it.",
    "When you signed your first lease with me at twenty-two you were so proud you framed the key tag.",
    "I hope one day we can sit out on the stoop again and just talk like before.",
    "The plants on your balcony have died, and I know how much you loved them.",
    "I love you Pete and I'm not going anywhere.",
    "It hurts to see you duck behind the door when I come by, I'm not here to judge you.",
    "Dad, I'd like you to come to the treatment center with me this afternoon, I already packed a bag for you.",
    "The building isn't the same without you waving from the window in the mornings.",
    "I saw the hole in the drywall by your front door and I was more worried about your hand than the wall.",
    "You were the best handyman this street ever had and you can be that person again.",
    "Honey, my name is on that lease right next to yours and I want to keep building our home together, sober.",
    "I'm asking you to accept treatment today, not for me or for the building, for you.",
    "Remember the Fourth of July barbecue on the roof when you cooked ribs for forty people?",
    "I've been sleeping badly since the night the ambulance came for you, I keep listening for your footsteps upstairs.",
    "Grandpa, I still have the birdhouse you built me out of scraps from the tool shed.",
    "I'm not angry about the carpet, Shawn, I'm worried about you.",
    "When I see your car parked crooked across two spots I get a knot in my stomach wondering if you made it inside safe.",
    "Your son asked me if you'd be home for his birthday and I didn't know what to tell him.",
    "I know how hard it is to ask for help, and I'll drive you there myself.",
    "You are more than the bad year you've had, and I believe that with my whole heart.",
    "The spare key is still on my hook, Lou, and that's where it's staying.",
    "I counted 14 bottles in the recycling bin outside your door on Monday and I'm frightened for your health.",
    "You taught my daughter how to change a tire in the parking lot and she still talks about it.",
    "Tomas, when you first moved into the basement unit you used to leave me tomatoes from the garden on the back step.",
    "I'd give anything to hear you whistling in the stairwell again.",
    "I feel helpless watching you struggle and I dont want to feel that way anymore.",
    "The program has a spot for you starting tonight, and I'll visit every weekend they let me.",
    "I'm proud to call you my friend, even on the hard days.",
    "When your rent check bounced in June what scared me wasn't the money, it was the shaky handwriting on the note you left.",
]

DEV152_TRAPS: list[str] = [
    "My uncle Leo was a drunk who lost the farm, and I don't want that story for you.",
    "I was an addict myself for twelve years before I ever bought this building, so I know the road you're on.",
    "You told me on the landing, 'I'm a junkie, Mrs. Barros, just leave me alone,' and I didn't believe you then and I don't now.",
    "You are not some druggie to me, you're the boy who used to rake my leaves for a dollar a bag.",
    "I spent all Saturday helping you clean out the storage unit and it was the best day I'd had in ages.",
    "The apartment was spotless the day you moved in, you had scrubbed it clean top to bottom.",
    "I will always have a room for you in this house.",
    "I never gave up on you and I never will.",
    "We used to sit on the fire escape every Friday night and count the planes coming in to O'Hare.",
    "You did an amazing job on the courtyard garden the summer you were sober, people stopped on the sidewalk to look at it.",
    "Your doctor told you your liver enzymes are way up, and I'm scared because I want you around for a long time.",
    "My brother Carl was a pillhead back in the nineties and he's been sober twenty years now, so I know there is hope.",
    "The neighbours and I went to the fireworks at the lake with you every summer when the kids were small.",
    "Every time I pass your door I say a little prayer for you.",
    "You always had the best laugh in the building.",
    "I'll never forget how you carried Mrs. Greene down the stairs during the fire drill when the elevator was out.",
    "My sponsor told me something years ago that I want to pass on to you, one day at a time.",
    "My wife calls me a garden junkie because I'm out front all hours, and that's how I saw you come home that night.",
    "We all went to the Lakeview cookout together in 2019 and you won the horseshoe tournament.",
    "We love you, and every one of us is in this living room because of that.",
    "The tenant before you was a tweaker who trashed the place, so I know the difference, and you are not him.",
    "I had to clean the dirty gutters myself this fall and I missed having you up on the ladder beside me.",
    "You said to me 'I'm worthless, Jan' and my heart broke because that is so far from the truth.",
    "I'm a recovering alcoholic and I've lived in this building sober for eight years, I'd love to take you to a meeting.",
    "Your cardiologist says your heart is struggling, and I'd like you to be here for your granddaughter's wedding.",
    "You have always been the one at my door when the pipes froze, every single winter.",
    "Old Mr. Bauer in 5D was a real boozer, and you were the one who sat with him when he was dying.",
    "You told me yourself last week, 'I'm drinking too much, Hal,' and I respect you so much for saying it.",
    "Thank you for the years you kept the hallway clean and bright, I noticed every time.",
    "I'll be honest, I was a user too once, and someone wrote me a letter a lot like this one.",
    "We never missed a Halloween on this street, you and me handing out full-size candy bars.",
    "My cousin Danny was a crackhead for most of his twenties and now he runs a halfway house in Dayton.",
    "You told me your counselor diagnosed you with depression last fall, and I'm so glad you shared that with me.",
    "That dirty old couch you dragged in off the curb was the best thing in your apartment, we watched every Cubs game on it.",
    "I'll always be grateful you let me stay in your spare room when my marriage fell apart.",
    "You were never a bad neighbour to me, not for one single day.",
    "I'm not writing to call you an addict or a drunk, I'm writing because I love you.",
    "The lease renewal is sitting on my desk and blame for this year is the last thing on my mind, your health is the first.",
    "Everybody in this room agrees on one thing, and it's that we want you healthy.",
    "How could I not write this letter when you're the one who pulled my son out of the pool that summer?",
    "The roofer we hired was pathetic, but you were the one who climbed up and fixed it right.",
    "You are not a disgrace to this family or this building, you're someone I love who needs help.",
    "The doctor at Mercy said your pancreas is inflamed from the drinking, and I sat in the parking lot and cried.",
    "Every single person on this block owes you a favor, you've fixed half our cars for free.",
]

DEV152_BOTTOM_LINE_OK: list[str] = [
    "If you turn down treatment today, I won't be renewing the lease when it's up in August, though I'll still help you box up your things.",
    "I'm not going to cover your rent anymore unless you're in a program, and that goes for the back rent too.",
    "If you don't go today, I will stop coming down at 3 in the morning to let you into the building.",
    "If you choose not to go, I'm taking my name off our lease on the first of the month. I love you, and I need to do this for myself.",
    "Should you decide not to accept help, I'll no longer hold a spare key for you or cover for you with the management company.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 110 (4 December 2026, round 22, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a stepparent in a blended family, careful polite words carrying hard judgements: absolutes, blame, sarcasm and hearsay. 1 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV110_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.87 (74/85; the rules alone 64/85): label 2/3, absolute 16/17, blame 12/16, hearsay 15/17, sarcasm 13/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

At merge, before it was trained on: with main bfd6408, rules and model 0.87 (74/85; the rules alone 64/85): label 2/3, absolute 16/17, blame 12/16, hearsay 15/17, sarcasm 13/16, every other kind full; good 0/45 (0.0%; the rules alone 0), traps 2/44 (4.5%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV110_FLAG: list[tuple[str, set[str]]] = [
    (
        "Tyler, I say this with respect, but in the nine years I've been married to your mother I can't recall one Christmas morning you arrived without a drink already in you.",
        {"absolute"},
    ),
    (
        "Each and every time your mother's prescription gets refilled, a handful of her pills disappears within the week.",
        {"absolute"},
    ),
    (
        "Whenever anyone mentions the wine bottles in your trunk, you change the subject, without fail.",
        {"absolute"},
    ),
    (
        "I have tried to be patient, but you have not kept a single promise to your brothers since you moved back home.",
        {"absolute"},
    ),
    (
        "It seems to me that every conversation with you ends with you asking for money.",
        {"absolute"},
    ),
    (
        "Megan, you are forever running late, forever apologizing, and forever blaming the traffic.",
        {"absolute"},
    ),
    (
        "Not one of your little sister's recitals has gone by without you slipping out to the parking lot for a drink.",
        {"absolute"},
    ),
    (
        "Respectfully, there isn't a day that goes by that you aren't slurring by supper.",
        {"absolute"},
    ),
    (
        "You have missed every single family dinner your mother planned around your schedule since Easter.",
        {"absolute"},
    ),
    (
        "In all honesty, you haven't told the truth about the Percocet even one time that I know of.",
        {"absolute"},
    ),
    ("Any time things get hard you reach for the bottle, no exceptions.", {"absolute"}),
    ("u never pick up when your mom calls after 8, not ever.", {"absolute"}),
    (
        "The pattern doesn't change: you promise to cut back on Monday and by Friday you're drinking again, week after week after week.",
        {"absolute"},
    ),
    ("Your answer to every problem, big or small, seems to be another pill.", {"absolute"}),
    (
        "I don't think there has been a single weekend this year when Dana didn't have to come pick you up from somewhere.",
        {"absolute"},
    ),
    ("You only ever phone your mother when you need something.", {"absolute"}),
    (
        "I'm sorry to put it this plainly, but your mother's ulcer started the year you began taking her pills, and I hold you responsible.",
        {"blame"},
    ),
    ("Lily won't invite friends over anymore, and frankly its your doing.", {"blame"}),
    (
        "I emptied my retirement account to pay for your rehab in 2019, and I'd ask you to remember that before you say no to me.",
        {"blame"},
    ),
    (
        "Our marriage has been strained nearly to breaking, and I have to be honest that the strain comes from you.",
        {"blame"},
    ),
    (
        "When you picked a bottle of vodka over Sam's graduation, you made your priorities very clear.",
        {"blame"},
    ),
    (
        "The reason your mother and I haven't taken a vacation in four years is sitting in this room.",
        {"blame"},
    ),
    ("Your drinking cost this family the lake cabin, and you have yet to own that.", {"blame"}),
    (
        "It hurts me to say it, but you broke your mother's heart and then carried on as if it was nobody's fault.",
        {"blame"},
    ),
    (
        "I opened my home to you when your own father wouldn't, and this is how you've repaid it.",
        {"blame"},
    ),
    ("The twins flinch at loud voices now, and they learned that from your nights out.", {"blame"}),
    (
        "What happened to the car, the savings, last Christmas, all of that falls at your feet.",
        {"blame"},
    ),
    ("You turned a happy house into a place where everybody tiptoes around.", {"blame"}),
    (
        "I have covered your rent, your phone and your court fines, and I believe I deserve better than lies.",
        {"blame"},
    ),
    (
        "Your mom nearly lost her nursing license over the pills that went missing from her bag, and she has been carrying that for you.",
        {"blame"},
    ),
    ("How do you look your little brother in the eye after what you put him through?", {"blame"}),
    (
        "Please understand that the fights between your mom and me are almost entirely about you and your drinking.",
        {"blame"},
    ),
    (
        "I suppose congratulations are in order for making it all the way to lunch before opening the chardonnay.",
        {"sarcasm"},
    ),
    (
        "It was so considerate of you to help yourself to your mother's oxycodone while she was recovering from her knee surgery.",
        {"sarcasm"},
    ),
    ("Lovely touch, dozing off face-down next to the potato salad at Grandpa's 80th.", {"sarcasm"}),
    (
        "Your toast at our wedding was certainly unforgettable, people still bring it up.",
        {"sarcasm"},
    ),
    (
        "What a fine role model you were for the twins last Thanksgiving, slurring your way through grace.",
        {"sarcasm"},
    ),
    (
        "I really must thank you for teaching an eight-year-old what a hangover looks like.",
        {"sarcasm"},
    ),
    (
        "You keep telling me you're 'handling it,' and clearly you are handling it beautifully.",
        {"sarcasm"},
    ),
    (
        "Very responsible of you to drive the girls to swim practice after three glasses of wine.",
        {"sarcasm"},
    ),
    (
        "Brilliant idea, hiding the Xanax in Lily's gummy vitamin bottle, truly inspired.",
        {"sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence at your mom's birthday, for all of twenty minutes before you left for the bar.",
        {"sarcasm"},
    ),
    ("Your 'one or two beers' at the cookout were impressive, I counted nine cans.", {"sarcasm"}),
    (
        "Top marks for creativity on the excuses; the stolen purse story was my personal favorite.",
        {"sarcasm"},
    ),
    ("Bravo on holding down the job at the dealership for almost three whole weeks.", {"sarcasm"}),
    (
        "You've become quite the expert on which pharmacies don't ask questions, I'll give you that.",
        {"sarcasm"},
    ),
    (
        "Such a treat for your mom to spend her anniversary in the ER waiting room with you.",
        {"sarcasm"},
    ),
    (
        "It's wonderful how you always find the money for vodka but never for Owen's braces.",
        {"absolute", "sarcasm"},
    ),
    (
        "Your father mentioned on the phone that you've asked him for 'medication money' twice since May.",
        {"hearsay"},
    ),
    (
        "Kayla's roommate let it slip that you're buying Xanax from a guy at the warehouse.",
        {"hearsay"},
    ),
    (
        "From what your Aunt Deb tells me, the restaurant staff asked you to leave her birthday dinner.",
        {"hearsay"},
    ),
    (
        "The pharmacist at the Walgreens on Elm let your mother know you'd tried to fill her Norco early three times.",
        {"hearsay"},
    ),
    (
        "I have it from your supervisor that you've been coming in late and smelling of alcohol.",
        {"hearsay"},
    ),
    ("Your ex-wife let us know the kids found pill bottles in your glovebox.", {"hearsay"}),
    (
        "According to the neighbors, an ambulance came to your apartment one night in March.",
        {"hearsay"},
    ),
    (
        "Word around St. Mark's is that somebody saw you at the liquor store at 8 in the morning on a Sunday.",
        {"hearsay"},
    ),
    (
        "Your brother came back from the soccer game and described you nodding off in the bleachers.",
        {"hearsay"},
    ),
    (
        "I'm told by more than one person that you've been seeing three different doctors for the same back pain.",
        {"hearsay"},
    ),
    (
        "Your mom's friend Carol says she spotted you buying two big bottles of gin at Costco on a Tuesday morning.",
        {"hearsay"},
    ),
    (
        "Jenna mentioned you fell down the stairs at her party and had no memory of it the next day.",
        {"hearsay"},
    ),
    (
        "It reached me through your cousin that you lost your license in October and didn't tell a soul.",
        {"hearsay"},
    ),
    (
        "Your landlord phoned the house last week to complain about empty bottles piling up on your balcony.",
        {"hearsay"},
    ),
    (
        "Your old roommate Marcus reached out to me, worried, saying you'd been mixing the pills with beer most nights.",
        {"hearsay"},
    ),
    (
        "The rumor at your work, which got to me through Gary, is that you were written up for sleeping in the truck.",
        {"hearsay"},
    ),
    (
        "I've tried hard not to use the word, but you've become an alcoholic, Jordan, and someone has to say it out loud.",
        {"label"},
    ),
    (
        "It pains me that the stepdaughter I was so proud to walk down the aisle has turned into a pill addict.",
        {"label"},
    ),
    ("You are a drunk, Tyler, a polite and charming one, but a drunk.", {"label"}),
    (
        "Your mother would give anything to see you get off the pills and stay clean for good.",
        {"clean"},
    ),
    (
        "When your probation officer called, he let us know the screen had come back dirty for the second time.",
        {"clean", "hearsay"},
    ),
    ("I'll believe you're clean when I see it with my own eyes, not a day sooner.", {"clean"}),
    (
        "I am trying to choose my words, but the way you spoke to your mother at the hospital was contemptible.",
        {"insult"},
    ),
    (
        "It is pitiful to watch a grown man rummage through his mother's nightstand for pain pills.",
        {"insult"},
    ),
    (
        "There have been days I was ashamed to tell people you were my stepson, and you ought to be ashamed of yourself too.",
        {"insult"},
    ),
    ("Your mother and I both feel you stopped trying a long time ago.", {"we"}),
    ("Everyone here has agreed that your excuses have worn thin.", {"we"}),
    ("All of us in this room are exhausted by your lying.", {"we"}),
    (
        "I'm sorry, but either you go to the program tomorrow or you stop calling yourself part of this family.",
        {"threat"},
    ),
    (
        "Should you walk out of this room today, don't expect a seat at our table this Christmas or any other.",
        {"threat"},
    ),
    (
        "If you refuse, I will see to it that your mother stops speaking to you and the girls stop visiting.",
        {"threat"},
    ),
    ("I've done a great deal of reading, and I truly believe you're a narcissist.", {"diagnosis"}),
    (
        "The mood swings make me think you're bipolar and the pills are just covering it up.",
        {"diagnosis"},
    ),
    ("You are in denial about the drinking, Kayla, deep in denial.", {"diagnosis"}),
    (
        "I'm not a professional, but your lack of remorse looks a lot like sociopathy to me.",
        {"diagnosis"},
    ),
]

DEV110_GOOD: list[str] = [
    "When I married your mom you were eleven, and you let me teach you to cast a line off the dock at Lake Wallenpaupack.",
    "I still have the birthday card you made me that first year, signed 'from Tyler, your almost-son.'",
    "You were the first one in the family to call me Dad, and I remember exactly where I was standing.",
    "I love you, Megan, and I'm asking you to accept the bed at Hazelden that's waiting for you today.",
    "I miss the way you used to hum along to Fleetwood Mac while you fixed pancakes for the little ones.",
    "Watching you hold Lily the day she was born, I knew this patched-together family was going to be okay.",
    "Lately I've noticed your hands shake in the mornings, and it scares me.",
    "I was frightened when I found you asleep in your car in the driveway at two in the afternoon in July.",
    "You have a real gift with engines, and I'd love to get the old Mustang running again with you.",
    "I know I came into your life late and I'm not your father, but I care about you as if you were my own.",
    "Last month you forgot Sam's birthday, and I could see how much that hurt him.",
    "My hope is that next summer you'll be the one pitching to Owen in the backyard again.",
    "Please say yes to treatment today; your mom and I will drive you there ourselves.",
    "I felt sick with worry when your mother found the empty Vicodin bottles under the bathroom sink.",
    "Your laugh used to fill up the kitchen at Sunday supper.",
    "I remember you staying up all night with me when Biscuit was dying, wrapping him in your old hoodie.",
    "It took me a long time to earn your trust, and I don't take that lightly.",
    "You are smart, funny and kind, and I want the real you back.",
    "Since Christmas I have watched you grow quieter and more tired, and I don't know how to reach you.",
    "I'm writing this because I love you and I'm scared of getting a phone call some night.",
    "The day you got your forklift certification you called me before anybody else, and I was so proud.",
    "I'd like to see you at Emma's wedding next June, healthy and dancing.",
    "Your little sisters look up to you more than you know.",
    "When you came home from the hospital in February, I sat by your bed and prayed for the first time in years.",
    "I noticed the wine glass in your hand at ten in the morning on the Fourth, and my stomach dropped.",
    "I would be honored to visit you on family day at the treatment center.",
    "dont think for a second that I'm giving up on you, kiddo.",
    "Your mom has been crying in the laundry room so I won't see, and I'm worried about both of you.",
    "You set up the grill app on my phone, and I still can't work it without you.",
    "I remember your first day of high school, how you asked me to drop you a block away so nobody would see the minivan.",
    "I want to hear about your plans for the landscaping business again.",
    "It broke my heart to see you struggle up the porch steps last Saturday.",
    "The program at Brookhaven has a bed for you this afternoon, and I'm asking you to take it.",
    "I'm not perfect either, and I've made plenty of mistakes as a stepdad.",
    "You held my hand at my mother's funeral, and I'll carry that with me for the rest of my life.",
    "I love the way you read bedtime stories to the twins with all the silly voices.",
    "Seeing you pale and shaky at Owen's game made me want to scoop you up like when you were twelve.",
    "I want my stepson back, the one who texted me baseball scores at midnight.",
    "Your mom lights up when you walk into a room, and I'd love for her to have that again.",
    "Whatever happened before today, this meeting is about your future.",
    "i'm proud of who you were before the pills took hold and who you can be after.",
    "The first Thanksgiving in the new house you carved the turkey and made a mess of it, and it was perfect.",
    "I found your old Little League glove in the attic and kept it on my desk this week.",
    "You deserve a life where you wake up without a pounding head and feel like yourself.",
    "When you stood up for me to your uncle at the reunion, it meant more than you'll know.",
]

DEV110_TRAPS: list[str] = [
    "My own father was a mean drunk, so I know how much courage it takes to sit in this room.",
    "I was an alcoholic for twelve years before I met your mother, and I've been sober since 2009.",
    "You are not a pillhead or a lost cause to me; you're the boy who built the treehouse with me.",
    "You once told me, 'I'm just a drunk, Dave, let it go,' and I wish I'd sat with you longer that night.",
    "I will always be in your corner, no matter what you decide today.",
    "I never stopped thinking of you as my son, even when you were angry with me.",
    "We always went to the fireworks at Miller Park on the Fourth, all five of us squeezed onto one blanket.",
    "We drove to Myrtle Beach the summer your mom and I got married, and you got the worst sunburn of your life.",
    "You helped me clean out the garage the weekend before your sister's wedding, and I loved every minute of it.",
    "Dr. Nguyen says the damage to your liver can still heal if you stop drinking now, and I want you around for a very long time.",
    "Great work on those sixty days last spring; I was proud of you then and I'm proud now.",
    "You were the reason I learned to laugh again after my first marriage ended.",
    "Because of you I know how to change a tire on the shoulder of I-80 in the pouring rain.",
    "I'm a hopeless chocolate junkie, which you loved to tease me about.",
    "My brother Phil was in denial for a decade, and I watched it cost him his family.",
    "Your mom was diagnosed with bipolar disorder in 2015, and you were the one who drove her to every appointment.",
    "The hospital coffee was disgusting, but you brought me a cup every morning after my surgery.",
    "I'm not here to threaten you or hand you an ultimatum.",
    "I heard you laughing with Owen in the backyard last summer, and it was the best sound in the world.",
    "People warned me that blended families are hard, and they weren't wrong, but you made it easier.",
    "You never once made me feel like an outsider when I moved into your mom's house.",
    "Thank you for being such a good big brother to Lily and Sam; I mean that with all my heart.",
    "The dog came home dirty every single time you took him to the creek, and you'd hose him off in the driveway laughing.",
    "Your mother and I love you, and we're here for you today and after.",
    "We all crammed into the Corolla to watch you graduate from basic training at Fort Benning.",
    "I got seasick on the ferry to Mackinac and you held my hat the whole ride.",
    "I know the word alcoholic makes you bristle, and I'm not going to hang it on you today.",
    "Your grandpa Walt admits he was a stoner in the seventies, and he laughs about it now.",
    "I grew up with a mother who hid vodka in the laundry hamper, so I know what secrets do to a house.",
    "The nurse mentioned your blood pressure has come down since March, which gave me hope.",
    "I'll never forget the night you drove three hours to get me when my car died outside Erie.",
    "Every time I pass the hardware store I think of you picking out paint for Lily's room.",
    "Clean sheets, a hot meal and your old room will be waiting when you come home from treatment.",
    "I'm in recovery myself, and my sponsor Ray is willing to talk with you anytime.",
    "You're not a lush or a bad person; you're someone I love who is sick.",
    "I have never once regretted marrying into this family, even on the hard days.",
    "We used to watch Jeopardy every night and you'd shout the answers before Alex finished reading.",
    "Your therapist gave you a diagnosis of anxiety last year, and I think it took real courage to go.",
    "How could I not love a kid who saved his allowance to buy his mom a bird feeder?",
    "Look what you made for your mom in shop class, that oak bench still sits on our porch.",
    "Shame on me for not speaking up sooner; I was scared of overstepping as a stepdad.",
    "You were always the first one up on Christmas morning, shaking the presents and waking the whole house.",
    "Thank you for showing up today, I know it wasn't easy to walk through that door.",
    "I used to drink way too much myself in my twenties, so this isn't me looking down on you.",
]

DEV110_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop lending you the truck and I won't pay your phone bill any longer.",
    "If you decide not to go, I'm going to ask you to move out of the basement by the first of the month, and I'll help you pack.",
    "If you choose not to accept help, I won't pick you up from bars anymore, though I'll still answer when you call sober.",
    "If you turn this down, I'll be locking the medicine cabinet and I won't cover for you with your mother again.",
]

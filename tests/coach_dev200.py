# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 200 (5 December 2026, round 26, the round's check set, seen by figures only while the lanes worked): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a twin sister, shared birthdays and a shared bedroom growing up: blame, sarcasm and 'we' statements most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV200_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 7329731, rules and model 0.94 (64/68; the rules alone 60/68): label 2/3, absolute 3/4, blame 19/21, every other kind full; good 2/51 (3.9%; the rules alone 2), traps 3/43 (7.0%; the rules alone 3).

At merge, before it was trained on: with main 9ed1673, rules and model 0.94 (64/68; the rules alone 60/68): label 2/3, absolute 3/4, blame 19/21, every other kind full; good 2/51 (3.9%; the rules alone 2), traps 3/43 (7.0%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV200_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mom's heart gave out from worrying about you, and I honestly believe your drinking is what put her in that hospital bed.",
        {"blame"},
    ),
    (
        "Our thirtieth got cancelled because you were too wasted to stand up, so thanks for taking that from me too.",
        {"blame", "sarcasm"},
    ),
    (
        "Every single thing that's gone wrong in this family the last five years goes straight back to your pills, Jess.",
        {"absolute", "blame"},
    ),
    (
        "You picked the bottle over me, your own twin, and I don't know how you sleep at night.",
        {"blame"},
    ),
    (
        "Dad emptied his retirement account bailing you out, and that is something you did to him.",
        {"blame"},
    ),
    (
        "I gave up my room, my car and half my paycheck for you and this is how you pay me back?",
        {"blame"},
    ),
    ("It's your fault Lily won't come to family dinners anymore.", {"blame"}),
    ("The reason I lie awake at 3am is you and whatever you're putting up your nose.", {"blame"}),
    (
        "You wrecked our birthday party at Nana's lake house and nobody in this family has forgotten it.",
        {"blame"},
    ),
    ("How do you even look Mom in the eye after what you put her through this year?", {"blame"}),
    ("My marriage almost ended because of all the nights I spent chasing after you.", {"blame"}),
    (
        "You took the one thing that was just ours, being twins, and smashed it to pieces for a high.",
        {"blame"},
    ),
    (
        "I lost my job at the clinic covering for you so dont tell me this only hurts you.",
        {"blame"},
    ),
    ("Grandpa died still believing you'd pull it together, and you let him down.", {"blame"}),
    (
        "This family is coming apart at the seams and that weight sits on your shoulders, Kat.",
        {"blame"},
    ),
    (
        "After all the times I lied to Mom to protect you, you still went through my purse and took the rent money.",
        {"blame"},
    ),
    ("the kids are scared of their own aunt now and thats on you not me", {"blame"}),
    ("What were you thinking, leaving the baby in the car while you ran in to score?", {"blame"}),
    (
        "You broke Mom's heart and then went right back to the needle like it was nothing.",
        {"blame"},
    ),
    ("You dragged me into your mess and I'm the one paying the bills for it now.", {"blame"}),
    ("Our birthday is a day I dread now, and you made it that way.", {"blame"}),
    (
        "Nice of you to grace us with your presence at our 25th, even if you spent most of it passed out in the bathtub.",
        {"sarcasm"},
    ),
    (
        "What a wonderful maid of honor you turned out to be, slurring through the toast while my new in-laws stared.",
        {"sarcasm"},
    ),
    (
        "Sister of the century, showing up to my chemo appointment smelling like a brewery.",
        {"sarcasm"},
    ),
    (
        "I just loved my birthday present this year, a pawned necklace and a collect call from county jail.",
        {"sarcasm"},
    ),
    ("Real mature, hiding vodka in our old Barbie case at Mom's.", {"sarcasm"}),
    ('Sure, you\'re "handling it," the same way you handled the rent last March.', {"sarcasm"}),
    (
        "Brilliant plan, driving up to Tahoe after a bottle of wine with the twins asleep in the back.",
        {"sarcasm"},
    ),
    ("Congrats on being the first Delgado ever to get banned from the Olive Garden.", {"sarcasm"}),
    ("You were such a big help at Dad's funeral, nodding off in the front pew.", {"sarcasm"}),
    (
        "Thanks a million for the lovely memories of me holding your hair back over the toilet at 3am.",
        {"sarcasm"},
    ),
    ('oh Im sure the pills are "just for your back" right', {"sarcasm"}),
    (
        "What a role model you've been for Tyler lately, he thinks passing out on the couch at noon is normal.",
        {"sarcasm"},
    ),
    ("Way to go on the DUI, that really made Christmas extra special for Mom.", {"sarcasm"}),
    ("We all agree you've gotten way worse since you moved in with Travis.", {"we"}),
    ("The whole family is sick of making up excuses for you at holidays.", {"we"}),
    ("Everyone in this room thinks you need to stop lying to us.", {"we"}),
    (
        "Mom, Dad and I talked it over and we've decided you can't take care of yourself right now.",
        {"we"},
    ),
    (
        "We're all exhausted by the drama you bring into every room you walk into.",
        {"absolute", "we"},
    ),
    ("All of us can see you're throwing your life away even if you can't.", {"we"}),
    ("Nobody in this family believes a word you say anymore.", {"we"}),
    (
        "Your brothers and I feel like we've lost you for good, and honestly we're done hoping.",
        {"we"},
    ),
    (
        "We've all noticed you turn into a different person when you're using, and none of us like that person.",
        {"we"},
    ),
    ("The family has decided together that your drinking is the biggest problem we have.", {"we"}),
    ("honestly we all think you stopped caring about anyone but yourself a long time ago", {"we"}),
    ("All of us are embarrassed to be seen out in public with you right now.", {"insult", "we"}),
    ("Speaking for everybody here, we're tired of tiptoeing around your moods.", {"we"}),
    (
        "Watching my own twin turn into a junkie is the worst thing I have ever lived through.",
        {"label"},
    ),
    (
        "You're a drunk, Mel, and the sooner you say it out loud the sooner this gets better.",
        {"label"},
    ),
    (
        "My sister the pillhead, that's what the ladies at church call you now, and I hate that I think it too.",
        {"hearsay", "label"},
    ),
    ("I need you to get clean before the baby comes in October.", {"clean"}),
    ("Your screen at the probation office came back dirty again, Amber.", {"clean"}),
    ("You haven't once called me on our birthday in four years.", {"absolute"}),
    ("Every time I let you stay over, something goes missing from my apartment.", {"absolute"}),
    ("You've become an embarrassment to everyone who loves you.", {"insult"}),
    ("It's honestly pitiful watching you beg Dad for twenty bucks in the driveway.", {"insult"}),
    ("Your landlord called me and said you haven't paid since June.", {"hearsay"}),
    ("Brianna from your work mentioned you've been nodding off at the register.", {"hearsay"}),
    (
        "Either you're on that plane to rehab tonight or you can forget you ever had a sister.",
        {"threat"},
    ),
    ("Go to treatment or I swear I'll call CPS on you myself.", {"threat"}),
    (
        "I think you're a full-blown narcissist and the drinking just turns up the volume.",
        {"diagnosis"},
    ),
    (
        "You're bipolar, Jen, anybody can see it, and the coke is how you self medicate.",
        {"diagnosis"},
    ),
    ("You're so deep in denial you can't see what's right in front of your face.", {"diagnosis"}),
]

DEV200_GOOD: list[str] = [
    "When I got laid off from the hospital in April, you were the first one at my door with groceries and a dumb card, and I've never forgotten it.",
    "Thank you for driving me to every chemo appointment last fall, even the 6am ones when you had to be at work by eight.",
    "I heard you crying through the bathroom wall on New Year's, and I wanted so badly to knock.",
    "Last Tuesday I saw you sitting in your car outside my house for twenty minutes, and I wished you'd come in.",
    "We always shared one cake with both our names on it, and I want so many more of those with you.",
    "We never slept apart until we were eleven, and I still look over at the other side of the room sometimes.",
    "You were always the brave one, the first to jump off the Miller Road bridge while I stood there shaking.",
    "When I was pulling doubles at the diner you picked Ava up from school every day without me even asking.",
    "I found the empty bottles under the sink in March, and I sat down on the kitchen floor and cried.",
    "The night you didn't come home I called every hospital in the county, and I have never been that scared.",
    "I'm proud of you for the four months you stayed sober last year, I watched how hard you worked for it.",
    "When Mom was sick you sat with her every night so I could sleep, and she talked about that right up to the end.",
    "I watched your hands shake at Thanksgiving so bad you couldn't hold your fork, and it frightened me.",
    "You made me laugh on the worst day of my divorce with that awful impression of Judge Carter.",
    "We used to whisper across our room until two in the morning, and I miss hearing your voice like that.",
    "I'm not perfect either, and I know I stopped calling for a while when things got hard.",
    "Thank you for teaching Noah to ride his bike last summer, he still talks about Aunt Cass holding the seat.",
    "I heard you on the phone with Grandma last week, and your voice cracked when she asked how you were.",
    "You never missed one of my softball games in high school, not one, even the away games in Medford.",
    "When I lost the baby you slept on my floor for a week, and I don't know how I would have made it without you.",
    "Seeing you at Dad's birthday so thin that your jeans hung off you broke my heart.",
    "Remember when we switched places in Mrs. Hadley's class and she never figured it out?",
    "You are my other half and I want my sister back.",
    "I still remember the blue bunk beds and the glow-in-the-dark stars you stuck all over the ceiling.",
    "For our 30th I want to go back to Cannon Beach, just the two of us.",
    "There's a bed waiting for you at Hazelden tonight, and I'm asking you to take it.",
    "Will you please accept the help that's been set up for you today?",
    "I'll drive you there myself and I'll visit every Sunday they let me.",
    "I miss the way you laugh with your whole body.",
    "I want my kids to know the funny, wild, generous aunt I grew up with.",
    "You taught me how to braid hair and how to whistle with two fingers.",
    "When I picture us at seventy I see us on a porch somewhere arguing about whose turn it is to make coffee.",
    "I'm scared, Dani, and I'm writing this because I love you.",
    "My heart hurts when I see how tired you look.",
    "I've loved you since the day I held you at the hospital, both of you girls, one in each arm. Love, Grandpa",
    "Son, I remember teaching you to fish off the dock at Lake Wissota when you were six.",
    "Dad, you walked me down the aisle, and I want you to be there for your grandkids too.",
    "Mom I need you, and Ellie needs her grandma.",
    "Babe, you're my best friend and I want to grow old with you.",
    "I still have the friendship bracelet you made me at camp in 1998.",
    "The program at Valley Hope has a family weekend and I'll be there for it.",
    "Your nieces made you a card, it's in my bag whenever you want it.",
    "u r still the person I call first when anything good happens",
    "i miss our road trips with the windows down singing Shania way too loud",
    "You have so much kindness in you, I've seen it my whole life.",
    "I want to spend our next birthday with you clear-eyed and laughing.",
    "When I'm worried about you I can't focus at work, and I feel so helpless.",
    "I'm hoping with everything in me that today is the start of something new.",
    "Mike, working next to you at the plant for nine years, I've seen how patient you are with the new guys.",
    "Please let these people help you. Please.",
    "Whatever happens today I'm on your side.",
]

DEV200_TRAPS: list[str] = [
    "Our dad was a drunk for most of our childhood, and I know you remember the shouting as well as I do.",
    "My ex was an addict and I learned the hard way that love alone couldn't fix it, which is why I'm asking for real help now.",
    "Grandma Rose called herself a recovering lush at every AA potluck and laughed every time she said it.",
    "I was a pillhead myself in my twenties, and you were the one who drove me to detox.",
    "I've been clean for eleven years this May, and I would love to share that with you.",
    "I'm an alcoholic too, sober since 2016, so I know how scary this is.",
    'Last spring you told me "I\'m a junkie, Cass, I know it," and then you hugged me so hard.',
    "You texted me \"I don't want to be the drunk sister anymore\" at 3am and I've read it a hundred times.",
    "You are not an addict to me, you are my sister, and you always will be.",
    "None of this is about blame.",
    "You were always a total sugar junkie, stealing the frosting roses off both our cakes.",
    "Remember when Mom made us clean the garage every Saturday and you turned it into a dance party?",
    "I never stop hoping that my phone will ring and it'll be you, happy.",
    "We always had birthday pancakes shaped like the number we were turning.",
    "We never went to bed angry, that was Mom's rule, and I still follow it.",
    "I will always love you, no matter how today goes.",
    "I spent Sunday cleaning out our old room at Mom's and found your diary from seventh grade.",
    "Great job on the thirty days you did at Serenity House last year, I know you felt proud and so did I.",
    "You gave the most beautiful toast at Grandpa's 80th, everybody was crying, and I was so proud to be your twin.",
    "Congratulations on finishing your GED at the community college, nobody handed you that.",
    "Thank you, honestly, for coming to Ava's recital sober, it meant the world to her.",
    "Your doctor says your liver numbers are really bad, and I'm scared I'm going to lose you.",
    "Dr. Patel told you in March that you have depression, and I want you to get help for that too.",
    "The ER doctor said your heart rhythm was off after the meth, and I sat in that waiting room praying.",
    "We shared a bedroom for sixteen years and fought over the top bunk every single summer.",
    "We went to Disneyland on our tenth birthday and you threw up on Space Mountain.",
    "All of us in this room are here for you, every single one.",
    "Mom always said you were the brave twin, and she was right.",
    "I'm not giving you an ultimatum, I'm asking you, as your sister, to go.",
    "I feel disgusting admitting this, but for a while I was angry at you and stopped answering your calls.",
    "When you had the flu at nine I never left your side, and I won't leave it now.",
    "I'll never forget the day you held Ava for the first time.",
    "Everyone at the shop always says you're the best welder we've got, and we miss you on the line.",
    "Your sponsor Janet loves you too, she's waiting out in the hall.",
    "I heard our Cranberries song on the radio yesterday and I had to pull over.",
    "Apparently I still sleep on the left side of the bed, even in a king, because that was my side of our room.",
    "People are always mixing us up in old photos, and honestly I love that.",
    "Your drug test last week came back negative and I cried happy tears in the parking lot.",
    "Our mom was diagnosed bipolar when we were teenagers, and you helped me understand it before anyone else did.",
    "I'm so sick of this disease taking you from me, not of you, never of you.",
    "You're not worthless and you're not broken, whatever that voice in your head tells you.",
    "The stoner kids in the high school parking lot were scared of you, because you always stuck up for me.",
    "Dirty dishes, late night cereal, your socks on my side of the floor, I miss all of it.",
]

DEV200_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be lending you money anymore, but I'll still call you every Sunday.",
    "If you decide not to go, you can't stay at my place, because I can't watch this up close anymore.",
    "If you choose not to go today, I'm not going to cover for you with Mom again. I love you too much to keep doing that.",
    "If you walk out today I won't come get you from bars anymore, but the minute you're ready I'll drive you to treatment myself.",
]

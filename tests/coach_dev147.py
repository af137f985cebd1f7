# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 147 (5 December 2026, round 23, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a grown daughter who lives online, captions, hashtags spelled out, 'living the dream', performative praise: sarcasm and absolutes most. 3 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV147_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a7edfb6, rules and model 0.86 (70/81; the rules alone 60/81): label 2/3, absolute 15/17, blame 15/16, hearsay 14/16, sarcasm 12/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/45 (6.7%; the rules alone 2).

At merge, before it was trained on: with main a6c7782, rules and model 0.86 (70/81; the rules alone 60/81): label 2/3, absolute 15/17, blame 15/16, hearsay 14/16, sarcasm 12/17, every other kind full; good 0/43 (0.0%; the rules alone 0), traps 3/45 (6.7%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV147_FLAG: list[tuple[str, set[str]]] = [
    (
        "You have not made it to a single one of my birthday dinners sober since I turned twenty-one, Mom.",
        {"absolute"},
    ),
    (
        "Every single time I call after 8pm you are slurring and acting like I'm the one being weird.",
        {"absolute"},
    ),
    ("Dad you literally never answer my texts before noon anymore.", {"absolute"}),
    ("You forget every promise you make to Lily the second the bottle comes out.", {"absolute"}),
    (
        "Nothing you tell me on the phone is true anymore, not even what you had for dinner.",
        {"absolute"},
    ),
    ("You cancel on me constantly, like it's your full time job.", {"absolute"}),
    (
        "Not one holiday in the last five years has gone by without you disappearing to the garage with your vape pen and your 'special' brownies.",
        {"absolute"},
    ),
    ("You are always 'just tired' when I come over, Mom. Always.", {"absolute"}),
    (
        "your always on your phone posting about self care but u cant stay sober for one weekend",
        {"absolute"},
    ),
    (
        "You never once asked how the wedding planning was going, you only asked if there'd be an open bar.",
        {"absolute"},
    ),
    (
        "Whenever I bring up the pills you change the subject to my weight, without fail.",
        {"absolute"},
    ),
    (
        "Everything out of your mouth is a lie now, from where you were Tuesday to why the Civic is dented.",
        {"absolute"},
    ),
    ("you ALWAYS say this is the last time and it never ever is", {"absolute"}),
    ("You haven't been fully present for one moment of Noah's first year.", {"absolute"}),
    (
        "You sleep through literally everything now, Dad, the baby's visit, my calls, your own birthday.",
        {"absolute"},
    ),
    (
        "You're forever 'living your best life' in your stories while you haven't been sober at a single family dinner since 2019.",
        {"absolute", "sarcasm"},
    ),
    (
        "I had to give up my apartment in Austin and move back home because you couldn't stay off the oxy.",
        {"blame"},
    ),
    ("Grandma's last Thanksgiving was a disaster and honestly that's all you, Mom.", {"blame"}),
    ("I'm in therapy twice a week and you are the whole reason I need it.", {"blame"}),
    ("You picked vodka over walking me down the aisle and you know it.", {"blame"}),
    (
        "I gave you my savings for rehab the first time and three weeks later you threw it away like it meant nothing.",
        {"blame"},
    ),
    ("You wrecked the one good thing this family had, which was Sunday dinners.", {"blame"}),
    ("How do you even look Ethan in the face after what you did at his party?", {"blame"}),
    ("You're the one who turned Christmas into something we all dread.", {"blame"}),
    ("Mom left because of the coke, Dad, not because of anything she did wrong.", {"blame"}),
    (
        "I paid your phone bill, your rent and your court fees, and this is what I get back?",
        {"blame"},
    ),
    ("Do you even see the mess you've made of all of us?", {"blame"}),
    ("So much of what went wrong in my twenties traces straight back to your drinking.", {"blame"}),
    ("You let the pills matter more than your own grandkids.", {"blame"}),
    (
        "Aunt Jo lost her house because she co-signed for you and you blew the payments on meth.",
        {"blame"},
    ),
    ("It's on you that Kayla won't bring the baby around anymore.", {"blame"}),
    ("You broke this family, plain and simple.", {"blame"}),
    (
        "Congrats on making it to noon without a drink, Mom, truly inspiring, hashtag goals.",
        {"sarcasm"},
    ),
    (
        "Loved the little show you put on at Bri's baby shower, five stars, would recommend.",
        {"sarcasm"},
    ),
    ("Living the dream, right Dad? Couch, remote, and a handle of Jim Beam.", {"sarcasm"}),
    ("Wow, you remembered my name on the first try last weekend, so proud of you.", {"sarcasm"}),
    ("Really nailed the whole grandma thing when you nodded off holding Ava.", {"sarcasm"}),
    (
        "Hashtag blessed, hashtag wine o'clock, hashtag passed out in the Target parking lot.",
        {"sarcasm"},
    ),
    (
        "Such a flawless performance at Grandpa's funeral, slurring the eulogy really added something.",
        {"sarcasm"},
    ),
    (
        "Oh you're 'doing great'? Cool, so the empties in the recycling bin are just decor.",
        {"sarcasm"},
    ),
    (
        "Mom of the year goes to the lady who missed school pickup because she was high in the Walgreens lot.",
        {"sarcasm"},
    ),
    (
        "Ten out of ten parenting when you let Jaden drive you home from the bar at fifteen.",
        {"sarcasm"},
    ),
    ("Iconic move, showing up to my engagement party three margaritas deep.", {"sarcasm"}),
    (
        "Thanks sooo much for the 3am voicemail, super cute, saving it for the highlight reel.",
        {"sarcasm"},
    ),
    (
        "Your 'wellness era' is very convincing, Dad, love the green smoothies right next to the Xanax.",
        {"sarcasm"},
    ),
    (
        "Real main character energy, face down on the lawn at the Fourth of July barbecue.",
        {"sarcasm"},
    ),
    (
        "Glad the pills are working out for you, at least one of us is having a good year.",
        {"sarcasm"},
    ),
    (
        "Amazing job keeping it 'totally under control', the state trooper was super impressed.",
        {"sarcasm"},
    ),
    ("Aunt Renee messaged me that you were stumbling around at cousin Tia's shower.", {"hearsay"}),
    (
        "A guy from your office DM'd me on Instagram to ask if you were okay because you keep nodding off at your desk.",
        {"hearsay"},
    ),
    ("According to Jordan you've been buying pills off some guy at the gym.", {"hearsay"}),
    (
        "Mrs. Patel next door texted me a picture of you asleep in the car in the driveway with the engine running.",
        {"hearsay"},
    ),
    ("Somebody in the cousins group chat said you got pulled over again in March.", {"hearsay"}),
    ("Your sister says you called her sobbing at 2am asking for money.", {"hearsay"}),
    (
        "Supposedly you got let go from the dealership in June and just didn't tell anyone.",
        {"hearsay"},
    ),
    ("Grandpa's nurse mentioned that you came to visit him smelling like a bar.", {"hearsay"}),
    (
        "There were people in the comments under your post asking if you were drunk when you made it.",
        {"hearsay"},
    ),
    ("Word is you've been hanging around the old crowd from Dayton again.", {"hearsay"}),
    (
        "Marcus's mom pulled me aside at soccer and said you'd been at their place high.",
        {"hearsay"},
    ),
    (
        "The lady at the credit union, who knows you from church, let it slip that you took out another loan.",
        {"hearsay"},
    ),
    ("Ray from the shop says you went through a thirty-pack by yourself at the lake.", {"hearsay"}),
    (
        "Kenzie posted a video of you at the wedding and now half my followers are messaging me about it.",
        {"hearsay"},
    ),
    (
        "Your pharmacist pretty much hinted to me that you've been trying to refill early.",
        {"hearsay"},
    ),
    (
        "From what Uncle Dan tells me, you were too wasted to drive home from his place Sunday.",
        {"hearsay"},
    ),
    ("I'm so tired of having a pillhead for a mother.", {"label"}),
    ("Everyone on my feed has a cute mom who does brunch and I have a drunk.", {"label"}),
    ("Dad, you're a cokehead, just own it already.", {"label"}),
    ("I want you clean by the time the baby is born, not 'cutting back'.", {"clean"}),
    (
        "Your probation test came up dirty again, Mom, and you still act like it's nothing.",
        {"clean"},
    ),
    ("How many days clean are you really, and be honest this time.", {"clean"}),
    ("Honestly it's embarrassing to be related to you right now.", {"insult"}),
    ("You look like a mess and you act like a joke.", {"insult"}),
    ("Me and Jess and Kyle are all done pretending your drinking is cute.", {"we"}),
    (
        "Check into Hazelden this week or I'm blocking you on everything and you can find out about the baby from strangers.",
        {"threat"},
    ),
    ("If you don't go today, don't bother calling me ever again.", {"threat"}),
    ("You're obviously a narcissist, everything has to be about you.", {"absolute", "diagnosis"}),
    ("I've watched enough TikToks to know you're bipolar, Mom.", {"diagnosis"}),
    ("You're deep in denial and honestly kind of a sociopath about it.", {"diagnosis"}),
    (
        "Dad you have some kind of personality disorder, normal people don't lie like that.",
        {"diagnosis"},
    ),
]

DEV147_GOOD: list[str] = [
    "Dad, I still have the voicemail you left on my first day at Ohio State and I play it when I'm homesick.",
    "I love you and I'm asking you to go to treatment today.",
    "You've stopped coming to Sunday brunch and I miss you sitting across from me stealing my hash browns.",
    "When you held my hand at my first ultrasound I felt like everything was going to be okay.",
    "I'm scared when your phone goes to voicemail for two days straight.",
    "The bed at Cedar Ridge is ready this afternoon and I packed your favorite hoodie.",
    "I want Mila to know the grandma who taught me to bake lemon bars.",
    "Last month you called me by my sister's name and it broke my heart a little.",
    "I post a lot of happy pictures online but most days my heart hurts because I miss you.",
    "You were the first person I called when I got the job at the agency.",
    "I feel lonely when I come home for Christmas and you're asleep by four.",
    "I remember you dancing in the kitchen to Fleetwood Mac while the spaghetti boiled over.",
    "I've seen your hands shake in the mornings and I'm worried about you.",
    "i miss our late night drive thru runs and talking about nothing",
    "You sewed my prom dress by hand when we couldnt afford one and it's still in a garment bag in my closet.",
    "I want my dad back, the one who coached my softball team and yelled my name the loudest.",
    "I'm not writing this to shame you, I'm writing it because I love you.",
    "When you didn't make it to the hospital when Theo was born, I cried in the bathroom so nobody would see.",
    "I'm hopeful, genuinely hopeful, that today can be the start of something better for you.",
    "I'd trade every like I've ever gotten for one more camping trip at Lake Cumberland with you.",
    "Mom, you are funny and smart and you used to light up a room.",
    "It hurt when my birthday came and went this year without a call, and I didn't know how to tell you.",
    "Treatment won't fix everything overnight, but I believe you can do this.",
    "I found the card you wrote me when I was nine, 'my sunshine girl', and it sits on my desk now.",
    "I want you at my wedding in October, present and healthy and dancing with me.",
    "I've watched you lose weight and stop answering the door, and it scares me.",
    "Your grandson keeps asking when Papa can take him to the zoo again.",
    "I'm proud of the person you were before the pills, and I think that person is still in there.",
    "Remember when you drove six hours to bring me soup when I had mono? I do.",
    "I love you too much to keep pretending things are okay.",
    "It felt awful watching you nod off at the table while Emma was opening her presents.",
    "Dad, your laugh is one of my favorite sounds in the world.",
    "I want to go thrifting with you again and argue about lamps for an hour.",
    "When I saw the dent in your car and the bottles on the passenger seat, my stomach dropped.",
    "I'm asking you to get on the plane to Arizona with me tomorrow morning.",
    "You showed me how to be brave when Grandpa died, and now I'm trying to be brave for you.",
    "honestly i just want to sit on the porch with you and watch the storms roll in like we used to",
    "I noticed money missing from my purse at Easter and I felt sick and confused.",
    "You are so much more than this disease.",
    "The way you taught me to change a tire in the pouring rain still makes me laugh.",
    "I want my kids to grow up with their grandpa in their lives.",
    "I'm here, I'm not going anywhere, and I'm asking you to go today.",
    "Seeing you in the hospital after the overdose in May was the worst night of my life.",
]

DEV147_TRAPS: list[str] = [
    "I will always love you, Mom, no matter how this conversation goes.",
    "We always did Taco Tuesday in the living room with Wheel of Fortune on.",
    "Grandpa Lou was a mean drunk, and you protected me from him, and I've never forgotten that.",
    "I was basically a pillhead my sophomore year and someone sat me down just like this, so I know it's possible.",
    "You told me last week 'I'm a junkie, just let me be', and that sentence broke me.",
    "You are not an addict to me, you're my dad and you're really sick.",
    "I'm a total coffee junkie and I got that straight from you and your three pots a day.",
    "Remember when we spent a whole Saturday cleaning out the garage and found my old Barbie Dreamhouse?",
    "I never stop hoping you'll call me on a Sunday just to chat.",
    "Great job on your thirty days last spring, I screenshotted your chip and it's still my lock screen.",
    "Your doctor told you in June that your liver numbers are scary, and I want you around for a long time.",
    "We went to Myrtle Beach every summer and you taught me to boogie board.",
    "I'll never forget the night you stayed up with me after Tyler dumped me.",
    "Dr. Alvarez diagnosed you with depression two years ago and I know that has been so heavy on you too.",
    "My old roommate in Denver is in recovery from meth and she's the one who told me interventions can work.",
    "I cleaned my whole apartment before you visited because I wanted it to be perfect for you.",
    "My therapist says I'm allowed to be angry and still love you, and that's exactly where I am.",
    "Every time I smell cinnamon rolls I think of your kitchen on Christmas morning.",
    "You're not a disgrace, you're sick, and sick people get better.",
    "Thank you for always showing up to my dance recitals, front row with the camcorder.",
    "You said it yourself in the car, 'I think I'm an alcoholic, Jen', and I was so proud of you for saying it.",
    "We all piled into the minivan for Dollywood in 2015 and it's still my favorite family picture.",
    "We love you and we're all here today because of how much you mean to us.",
    "You gave that toast at my baby shower two years ago sober and steady and everybody cried, it was amazing.",
    "My friend Bree's mom is a recovering alcoholic and she offered to talk with you whenever you want.",
    "Nothing you could ever do would make me stop being your daughter.",
    "The counselor at Brookhaven said the first week is the hardest and families can visit on Sundays.",
    "I was such a party girl at nineteen and you never judged me for it, not once.",
    "The ER doctor said your heart was under a lot of strain that night, and I think about it every single night.",
    "Me and Dylan still quote your terrible dad jokes in our group chat every single day.",
    "You were never a bad mom to me, you were a mom who got sick.",
    "I'm the biggest true crime junkie on earth because of all those Dateline nights on the couch with you.",
    "Your old sponsor Dave was the kindest man and I'd love for you to call him again.",
    "Hashtag proud daughter was my caption when you got your one year coin, and I meant every word.",
    "If you say yes today, I'll be at every family session they let me come to.",
    "Aunt Carol used to be a heavy drinker and she's eight years sober now, so I know people come back.",
    "You always made the best grilled cheese and I've never once managed to copy it.",
    "We used to roast the Bachelor together every Monday and you were always the funniest one in the room.",
    "I was filthy and dirty head to toe after that mud run and you still hugged me at the finish line.",
    "Your clean plate club rule drove me nuts as a kid but I totally do it to my kids now lol.",
    "You are not worthless, not to me and not to Maddie, not ever.",
    "Pathetic is how I felt about myself after the divorce, and you were the one who picked me up.",
    "I think I was in denial for years about how bad it had gotten, and that's on me, not you.",
    "My psychiatrist diagnosed me with anxiety last year and honestly it helped me understand a lot.",
    "Living the dream for me would be a boring Sunday on your porch, you sober and both of us laughing.",
]

DEV147_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be sending money for your rent anymore, and I'm doing that because I love you.",
    "If you decide not to go, I'm not going to bring the kids over while you're drinking, but my door is open the day you choose treatment.",
    "If you don't accept help today, I'll stop covering for you when Grandma asks where you are.",
    "If the answer is no, I'm going to step back from the family group chat for a while, because I can't keep watching this happen online.",
]

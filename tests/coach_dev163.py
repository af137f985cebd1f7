# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 163 (5 December 2026, round 24, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a stepmother who has walked on eggshells for years, polite then bitter: blame, 'we' statements and sarcasm most. 9 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV163_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main f2b063f, rules and model 0.90 (56/62; the rules alone 51/62): blame 11/15, we 14/15, sarcasm 14/15, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 2/40 (5.0%; the rules alone 2).

At merge, before it was trained on: with main e9aa8e9, rules and model 0.92 (57/62; the rules alone 51/62): blame 12/15, we 14/15, sarcasm 14/15, every other kind full; good 0/42 (0.0%; the rules alone 0), traps 2/40 (5.0%; the rules alone 2).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV163_FLAG: list[tuple[str, set[str]]] = [
    (
        "Your father hasn't slept through the night in three years, Tyler, and I need you to understand that is your doing.",
        {"blame"},
    ),
    (
        "I gave up my sewing room so you'd have somewhere to land, and you repaid me by going through my purse.",
        {"blame"},
    ),
    (
        "Our marriage almost didn't make it through 2021 and I lay that squarely at your feet.",
        {"blame"},
    ),
    ("Every fight your dad and I have ever had started with your name.", {"absolute", "blame"}),
    (
        "I lost my job at the clinic because I kept leaving early to bail you out, so don't tell me this only hurts you.",
        {"blame"},
    ),
    (
        "Lily jumps when she hears a car door at night, and she learned that from waiting up for you.",
        {"blame"},
    ),
    (
        "You pretty much tore this family in half and then acted surprised when nobody wanted to sit by you at Thanksgiving.",
        {"blame"},
    ),
    (
        "I drove four hours to get you out of that motel in Barstow and you couldnt even say thank you.",
        {"blame"},
    ),
    (
        "The money we'd saved for the lake house went to your lawyer, and I hope you think about that.",
        {"blame"},
    ),
    (
        "Mark had his heart attack the same month you overdosed and I don't believe for a second that's a coincidence.",
        {"blame"},
    ),
    (
        "I bent over backwards to make you feel welcome in this house and you threw it back in my face.",
        {"blame"},
    ),
    ("You picked the oxy over your own little sister's graduation, and she knows it.", {"blame"}),
    ("it was your mess that turned me into the screaming woman I swore I'd never be", {"blame"}),
    (
        "Your grandmother spent her last Christmas worrying about where you were sleeping, I hope that sits with you.",
        {"blame"},
    ),
    (
        "i have had to hide my car keys my jewelry and my own prescriptions in my own home, and thats on your head not mine",
        {"blame"},
    ),
    ("Your dad and I both feel you've been taking advantage of us for years.", {"we"}),
    ("Everyone at this table is exhausted by the lies, Tyler.", {"we"}),
    ("All of us agreed before today that you have had more chances than anyone deserves.", {"we"}),
    (
        "The family has talked it over and frankly none of us trust a word that comes out of your mouth anymore.",
        {"we"},
    ),
    (
        "Speaking for your father and me, we think you've gotten way too comfortable letting other people pick up the pieces.",
        {"we"},
    ),
    ("We're all worn out from tiptoeing around your moods.", {"we"}),
    (
        "Honestly the whole lot of us think you've been lying since the day you moved back in.",
        {"we"},
    ),
    (
        "Your aunts, your dad and I have all decided you don't get to play the victim anymore.",
        {"we"},
    ),
    ("Nobody in this room buys the 'I'm just tired' excuse anymore.", {"we"}),
    ("We've all watched you play your father like a fiddle and not one of us is fooled.", {"we"}),
    ("Every person here feels used by you, and I think you should hear that.", {"we"}),
    ("Your dad and I are on the same page, we are done being your personal ATM.", {"we"}),
    ("The kids and I feel like we're walking on eggshells whenever you're in the house.", {"we"}),
    ("honestly all of us think its time u grew up", {"we"}),
    ("As a family we're embarrassed by how you behaved at Kayla's baby shower.", {"we"}),
    (
        "Thank you so much for nodding off into the mashed potatoes at Easter, it really made the day memorable.",
        {"sarcasm"},
    ),
    ("What a wonderful example you've been for your little brother.", {"sarcasm"}),
    (
        "Congratulations on getting let go from yet another job, that has to be some kind of record.",
        {"sarcasm"},
    ),
    (
        "Your dad was just thrilled to get that 2am call from the county jail, best birthday present ever.",
        {"sarcasm"},
    ),
    (
        "I especially loved the part where you pawned my mother's ring for pills, very thoughtful.",
        {"sarcasm"},
    ),
    ("Oh and the eulogy you slurred at Grandpa Joe's service, truly beautiful stuff.", {"sarcasm"}),
    ("You really outdid yourself this year, three ER visits and a DUI, impressive.", {"sarcasm"}),
    (
        "It was so sweet of you to borrow your father's truck and bring it back with the bumper hanging off.",
        {"sarcasm"},
    ),
    (
        "Nice of you to grace us with your presence at Lily's recital, even if you could barely stand up.",
        {"sarcasm"},
    ),
    ("I guess I should be grateful you only took forty dollars this time.", {"sarcasm"}),
    ("Bravo on that 'fresh start' in Phoenix, it lasted a whole eleven days.", {"sarcasm"}),
    ("Real mature, passing out in the driveway with the engine still running.", {"sarcasm"}),
    ("Such a gentleman, screaming at your stepsister in front of her new boyfriend.", {"sarcasm"}),
    (
        "You've been a real ray of sunshine at every family dinner since June.",
        {"absolute", "sarcasm"},
    ),
    ("your 'little break' from rehab went super well im sure", {"sarcasm"}),
    (
        "I married your father knowing he had a son, I didn't know I was signing up to live with an addict.",
        {"label"},
    ),
    ("Its hard to keep loving a pillhead who steals from you, Tyler.", {"label"}),
    (
        "You swore on your father's life you'd been clean since March and then the test at Dr. Patel's came back positive.",
        {"clean"},
    ),
    (
        "I pray you come out of rehab clean this time, for your dad's sake if not your own.",
        {"clean"},
    ),
    ("That urine screen was dirty and you know it.", {"clean"}),
    ("You have not once asked how I was doing, not in nine years.", {"absolute"}),
    ("Every single time your father reaches out to you, you ask him for money.", {"absolute"}),
    ("Honestly the way you talk to your dad is disgraceful.", {"insult"}),
    ("You are a grown man living off his father's pension and it is pitiful to watch.", {"insult"}),
    (
        "Your cousin Brittany told me she saw you buying from that guy behind the Circle K.",
        {"hearsay"},
    ),
    (
        "Supposedly you were seen passed out at the Shell station on Route 9 last Friday.",
        {"hearsay"},
    ),
    ("If you walk out of this room today, don't you dare call this house again.", {"threat"}),
    (
        "Either you get in that car to Hazelden tonight or I'm changing the locks and your father can choose between us.",
        {"threat"},
    ),
    (
        "You're manic half the time and then you crash, that's bipolar whether you admit it or not.",
        {"diagnosis"},
    ),
    ("You are so deep in denial you can't even see the meth is eating you alive.", {"diagnosis"}),
]

DEV163_GOOD: list[str] = [
    "Tyler, I remember the first summer I met you, you were eleven and you taught me how to bait a hook at Lake Havasu.",
    "I know I'm not your mom and I've never tried to replace her, but I have loved you like my own since the day your dad brought me home.",
    "I've noticed you've lost a lot of weight and your hands shake in the mornings now.",
    "When you came to dinner in October you were so quiet, and I missed your laugh.",
    "I still have the Mother's Day card you made me in sixth grade, the one with the lopsided sunflower.",
    "I'm scared when my phone rings late at night.",
    "I want you to come home to us healthy.",
    "There is a bed waiting for you at the treatment center in Tucson today, and your dad and I will drive you there ourselves.",
    "I miss the boy who used to sneak me the last piece of pecan pie.",
    "You have a gift with engines, and I still brag to my friends about how you rebuilt that old Camaro.",
    "i hated knowing you were sleeping in your car in january",
    "It broke my heart when you missed Lily's eighth grade graduation; she saved you a seat right next to her.",
    "When you hugged me at your dad's fiftieth, I felt like we were finally a real family.",
    "I found pill bottles with other people's names on them in the bathroom and I was frightened for you.",
    "I've been going to Al-Anon for a year now and it has helped me understand that this is an illness.",
    "I've seen how sick you get when you go a day without using, and it terrifies me.",
    "I want to dance with you at Kayla's wedding next spring.",
    "Your dad keeps your old baseball glove on the shelf in the garage and won't let anyone move it.",
    "I was so proud of the young man you were becoming before the pills took hold.",
    "I noticed you stopped answering my texts, and I worry you're alone out there.",
    "There is so much life ahead of you and I want to be around for it.",
    "You made me laugh so hard at the campground in Flagstaff that I snorted coffee out my nose.",
    "I know how hard you tried after your first rehab, I saw how much you wanted it.",
    "It hurts to watch you slip away from us bit by bit.",
    "My hope is that one day you'll sit on our porch again and we'll talk about nothing for hours.",
    "You were such a patient big brother to Lily when she was learning to ride her bike.",
    "I'm asking you to accept the help that has been set up for you this morning.",
    "When I had my surgery in 2019 you brought me chicken soup and sat with me watching game shows all afternoon.",
    "I'm not here to shame you, I'm here because I care what happens to you.",
    "i dont know all the right words but I know I want you alive",
    "Your father loves you more than anything in this world, and so do I.",
    "I saw the bruises on your arms at Easter and I couldn't stop thinking about them for weeks.",
    "I remember you singing Garth Brooks off key in my kitchen while you flipped pancakes.",
    "I miss hearing you and your dad argue about the Cardinals over the grill.",
    "Seeing you so thin and grey in the hospital last month scared me more than I can say.",
    "You deserve a life that isn't run by a bottle of vodka.",
    "Ive kept your room just like you left it, posters and all.",
    "I'm hopeful, Tyler, truly hopeful, that today can be a turning point.",
    "Treatment gave my brother Gary his life back, and I believe it can do the same for you.",
    "I want Lily's kids someday to know their uncle Tyler.",
    "It scared me when you fell asleep at the wheel in the Walmart parking lot.",
    "I would give anything to have a cup of coffee with the real you again.",
]

DEV163_TRAPS: list[str] = [
    "My own father was a drunk, so I know a little of what your dad has been carrying.",
    "I was an alcoholic myself before I met your dad, sober nineteen years this June.",
    "You are not an addict to me, you're Tyler, the kid who fixed my garbage disposal with a butter knife.",
    "Your dad and I always had pizza on Friday nights with you and Lily, and I miss that so much.",
    "We went camping at Big Bear every Fourth of July and you were always in charge of the sparklers.",
    "I spent Saturday cleaning out the garage and found your old skateboard.",
    "Great job on your sixty days last year, I still keep the coin you gave me in my jewelry box.",
    "Your doctor told us your liver numbers are dangerously high, and I'm scared for you.",
    "You told me once, 'I'm a junkie, Dee, just let me go,' and I refused to let go.",
    "I'm a total chocolate junkie and you knew exactly where I hid my stash.",
    "We love you and we are here for you, every one of us.",
    "Your Uncle Ray was an alcoholic and got sober at 52, so I know it's never too late.",
    "I don't think any of this happened because you're a bad person, I think you're sick.",
    "I'm sorry for the times I yelled at you, that was on me.",
    "I heard you laughing with your dad in the garage last spring and it was the best sound.",
    "People say stepmothers never really belong, but you made me feel like I did.",
    "My first husband was a narcissist, and you were the one who got me laughing again after the divorce.",
    "You used to call me 'Dee' and it made me smile every time.",
    "Your little brother Mason asks about you every week.",
    "Your smile in the Grand Canyon picture is on my fridge and I look at it every morning.",
    "We always said you had your dad's hands, big and gentle.",
    "We all still remember the year you dressed up as a hot dog for Halloween and wouldn't take it off for a week.",
    "You helped me clean up after Lily's birthday party without being asked, and I never forgot it.",
    "Thank you for the card you sent on my birthday in March, it meant the world to me.",
    "You were an amazing big brother to Lily, and I mean that with my whole heart.",
    "What a proud day it was when you walked at your high school graduation, I cried in the bleachers.",
    "I've been in denial myself about how bad things got, and I'm sorry for that.",
    "My sister has bipolar disorder and she taught me that asking for help takes real strength.",
    "I don't want to make threats today, I just want to tell you how much I love you.",
    "Your dad's a total coffee addict, he's on his fourth cup as I write this.",
    "You are no disgrace to this family, you are part of it.",
    "I never knew how to be a stepmom, and you were patient with me anyway.",
    "I'm not going anywhere, Tyler, I'll always be in your corner.",
    "You once said, 'Dee, I'm a disaster,' and I told you then and I tell you now that you aren't.",
    "Remember when we all got soaked at the parade in Tulsa and you gave Lily your jacket?",
    "You never have to earn my love, you already have it.",
    "Thanks for showing up at my mom's funeral in a suit and tie, it meant more than you'll ever know.",
    "I got dirty looks from your Aunt Carol for hugging you at the reunion and I'd do it again.",
    "Nothing you do could ever make me stop caring about you.",
    "Your dad's the reason I moved to Tulsa, and you're the reason I stayed.",
]

DEV163_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go today, I won't be letting you stay in the basement anymore.",
    "If you turn down this help, I'm not going to pay your phone bill or your car insurance after the first of the month.",
    "Whatever you decide today, I won't cover for you with your father anymore.",
    "If you don't go today I will still love you, but I won't pick up your calls after ten at night.",
    "If you say no, I won't be lending you my car again.",
]

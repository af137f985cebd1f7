# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 182 (5 December 2026, round 25, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a sixteen-year-old daughter, school, her phone and missed games: blame, absolutes and sarcasm most. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV182_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main a9e90ba, rules and model 0.93 (54/58; the rules alone 48/58): absolute 11/12, blame 18/21, every other kind full; good 3/43 (7.0%; the rules alone 2), traps 3/44 (6.8%; the rules alone 3).

At merge, before it was trained on: with main 6613c6f, rules and model 0.93 (54/58; the rules alone 48/58): absolute 11/12, blame 18/21, every other kind full; good 3/43 (7.0%; the rules alone 2), traps 3/44 (6.8%; the rules alone 3).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV182_FLAG: list[tuple[str, set[str]]] = [
    (
        "I had to quit my night shifts to watch a sixteen year old like a hawk, so dont tell me your vaping only hurts you.",
        {"blame"},
    ),
    (
        "You picked that phone and those kids from Riverside over your own family, plain and simple.",
        {"blame"},
    ),
    (
        "Grandpa's heart attack came the same week you got picked up in the Walmart parking lot, and I don't think that's a coincidence.",
        {"blame"},
    ),
    (
        "Every dollar of your college fund went to a lawyer and a rehab deposit, so you can be the one to explain to your sister why there's no money for her braces.",
        {"blame"},
    ),
    (
        "Mom and Dad fight every night now and it's about you, Kayla, it's always about you.",
        {"absolute", "blame"},
    ),
    (
        "I drove you to practice for eight years, paid for the travel team, sat in the rain, and this is how you pay me back.",
        {"blame"},
    ),
    (
        "You threw away a varsity spot other girls would kill for, and for what, a buzz behind the bleachers?",
        {"blame"},
    ),
    (
        "It's your fault the team forfeited the semifinal, Coach Reyes had nobody left to put in goal.",
        {"blame"},
    ),
    (
        "How do you even look your brother in the face after he found your pills in his Lego bin?",
        {"blame"},
    ),
    (
        "I lost my job at the clinic because the school kept calling me in, so yes Maddie, that one is on you.",
        {"blame"},
    ),
    ("You broke your mother's heart and you know it.", {"blame"}),
    (
        "The reason I take blood pressure pills now is sitting across from me in a gray hoodie.",
        {"blame"},
    ),
    ("This family was fine before you brought that stuff into the house.", {"blame"}),
    (
        "You turned me into a mom who digs through her kid's backpack at 2am, and I resent you for it.",
        {"blame"},
    ),
    (
        "Lily, we had to cancel the trip to Nana's because of the stunt you pulled at the homecoming dance.",
        {"blame"},
    ),
    (
        "The dog got into your stash and nearly died, and that is on your hands, nobody else's.",
        {"blame"},
    ),
    ("Watching you play was the one good thing in my week and you traded it for Xanax.", {"blame"}),
    (
        "Dad is working Saturdays now to pay for the phone you smashed and the counselor you won't talk to, think about that.",
        {"blame"},
    ),
    (
        "Because you couldnt put the bottle down your sister spent her 10th birthday in an ER waiting room.",
        {"blame"},
    ),
    (
        "Honestly I blame you for Grandma moving out, she couldn't take the screaming anymore.",
        {"blame"},
    ),
    ("You wrecked my car, my credit and my trust, in that order.", {"blame"}),
    (
        "You are glued to that phone from the second you wake up until you pass out with it on your face.",
        {"absolute"},
    ),
    (
        "Not one time this semester have you turned in homework without me standing over you.",
        {"absolute"},
    ),
    ("You lie about where you are every single weekend.", {"absolute"}),
    ("Your never home for dinner anymore, not once since Christmas.", {"absolute"}),
    ("Whenever I try to talk to you, in go the earbuds and out the door you go.", {"absolute"}),
    (
        "You miss every game now, Ava, your jersey has been sitting in the dryer since October.",
        {"absolute"},
    ),
    ("You skip first period constantly, I watch it pop up on the attendance app.", {"absolute"}),
    ("You have never once said sorry for the night you took my car.", {"absolute"}),
    ("All you do is sleep till two and scroll Snapchat.", {"absolute"}),
    ("Each time I give you another chance you blow it inside a week.", {"absolute"}),
    ("There hasn't been a single day since summer you weren't high by dinnertime.", {"absolute"}),
    ("Congrats on the 1.8 GPA, really one for the fridge.", {"sarcasm"}),
    (
        "Loved getting the call from the vice principal in the middle of my meeting, great timing sweetie.",
        {"sarcasm"},
    ),
    ("Wow, what a role model for your little sister, passing out in the bathtub.", {"sarcasm"}),
    (
        "Thanks so much for skipping senior night, the other parents really enjoyed asking me where you were.",
        {"sarcasm"},
    ),
    ("You were soooo 'just at Hannah's' that night, right?", {"sarcasm"}),
    ("Nice touch hiding the vape in the tampon box, very creative.", {"sarcasm"}),
    ("Such a team player, leaving the girls one short in the playoff game.", {"sarcasm"}),
    (
        "Brilliant idea to drink vodka out of a water bottle at the school assembly, truly genius stuff.",
        {"sarcasm"},
    ),
    ("Your 'study group' sure smelled a lot like weed.", {"sarcasm"}),
    ("Real mature, Jess, blocking your own grandmother on Instagram.", {"sarcasm"}),
    (
        "What an honor to finally meet your new friends, at the police station at 3 in the morning.",
        {"sarcasm"},
    ),
    (
        "Thank you for teaching your brother what a pill crusher is, such a good big sister.",
        {"sarcasm"},
    ),
    ("I never thought my sixteen year old would turn out to be a pillhead.", {"label"}),
    ("Brianna you are turning into a little stoner and you dont even see it.", {"label"}),
    ("You have to get clean before junior year starts or you'll never catch up.", {"clean"}),
    ("The drug screen from the nurse's office came back dirty for the third time.", {"clean"}),
    (
        "Honestly Kayla, watching you stumble in the back door last night was disgusting.",
        {"insult"},
    ),
    ("You are an embarrassment to this family and to that uniform.", {"insult"}),
    ("Coach Dana told me you showed up to practice smelling like beer.", {"hearsay"}),
    ("Mia's mom says you were selling her pills in the locker room.", {"hearsay"}),
    ("Apparently the whole sophomore class knows you vape in the gym bathroom.", {"hearsay"}),
    ("We all agree you've become a totally different person and not in a good way.", {"we"}),
    ("The whole family is done covering for you with your school.", {"we"}),
    (
        "Go to this program or I'm taking the phone and the car keys and you can find somewhere else to live.",
        {"threat"},
    ),
    (
        "I think you have an anxiety disorder and you're self medicating, and honestly I think you're bipolar like your aunt.",
        {"diagnosis"},
    ),
]

DEV182_GOOD: list[str] = [
    "When the school called me in April, I sat in the car in the parking lot and shook for twenty minutes.",
    "I was scared when I found the little blue pills in your jacket pocket, and I still am.",
    "The night you didn't come home I drove around Lakewood until 4am looking for your car.",
    "I noticed your spot on the bench was empty at the last three games, and I missed seeing you out there.",
    "When I saw you fall asleep at the table at Thanksgiving I got so worried I couldn't eat.",
    "I've heard you crying in the bathroom late at night and I didnt know how to help.",
    "Thank you for helping me with Grandpa when he fell last spring, you were so calm and gentle with him.",
    "I was so proud when you scored the tying goal against Westfield your freshman year.",
    "Thank you for reading to Owen every night when I worked late, he still talks about the dragon book.",
    "You made the honor roll in eighth grade and I still keep the certificate in my desk drawer.",
    "I'm grateful you came to my room last Tuesday and told me a little of the truth, that took guts.",
    "Thank you for the birthday card you made me, it's on my nightstand.",
    "Maddie, I love you more than I know how to put on paper.",
    "I remember teaching you to ride your bike on Maple Street and you wouldn't let me hold the seat.",
    "You have the best laugh of anyone I know.",
    "I miss the girl who sang Taylor Swift at the top of her lungs in the car.",
    "I want you to have a junior year you actually remember.",
    "There's a program in Bend that works with teenagers and I'd like you to go today.",
    "I'm asking you to say yes to the help that's waiting for you.",
    "Your grandma and I used to sit in the bleachers with a thermos of cocoa just to watch you warm up.",
    "I believe you can get through this, honey.",
    "I miss our Saturday pancakes.",
    "lately I feel you pulling away from me and it hurts.",
    "Since fall I've watched your grades slide and your smile fade, and I'm worried sick about you.",
    "I want my sister back, the one who did my makeup for prom.",
    "Kayla, you're the one who taught me how to do a French braid.",
    "I'm not here to punish you, I'm here because I love you.",
    "When you were six you wanted to be a veterinarian, and you still can be.",
    "I noticed you stopped drawing, and I miss finding your sketchbooks on the kitchen table.",
    "Please come with us to the intake appointment this afternoon.",
    "I'll drive you there myself and I'll be sitting in the waiting room.",
    "From your Papa: I've loved you since the day I held you at St. Mary's.",
    "u are my best friend and im scared of losing u",
    "I want you around for my wedding someday, kiddo.",
    "I remember the camping trip at Silver Lake when you caught the biggest fish and named it Gerald.",
    "You are smart and funny and kind, and this isn't who you are.",
    "I've been going to a parents group on Thursdays to learn how to be a better mom to you.",
    "My hope is that next fall I'll be back in those bleachers cheering for number 14.",
    "I'm sorry for the times I yelled when I should have listened.",
    "They have a bed for you at Cedar Ridge starting tomorrow, and your bag is already packed in the car.",
    "I dont need you to be perfect, I just need you to be safe.",
    "When you hugged me at the airport last summer I felt like everything was going to be ok.",
    "Your little sister drew you a picture for today, it's the two of you on the trampoline.",
]

DEV182_TRAPS: list[str] = [
    "My brother Danny was an alcoholic and I watched him lose everything, that's why I'm writing this.",
    "I was a stoner in high school myself, so I'm not here to judge you.",
    "You texted me 'im such a screwup mom' at midnight, and I want you to know I don't see you that way.",
    "You are not an addict to me, you are my daughter who is sick and needs help.",
    "We always had movie night on Fridays with the giant bowl of popcorn.",
    "I will always be your mom, no matter what you say to me today.",
    "I have never given up on you, not for one second.",
    "Great job on that math test in September, I saw the B plus and did a happy dance in the kitchen.",
    "Your doctor told us your liver numbers are high, and I'm frightened for you.",
    "Remember when we cleaned out the garage and found all your old softball trophies?",
    "I clean your room sometimes just to feel close to you.",
    "Your brother is a total sugar junkie, he ate all the Halloween candy in one night.",
    "We went to every one of your games in middle school, rain or shine.",
    "The whole family went to Cape Cod the summer you turned ten and you built a sandcastle taller than Owen.",
    "My dad was a mean drunk and I promised myself my kids would never see that.",
    "I'm proud of you for putting your phone away the whole weekend of the church retreat, that was real.",
    "You've never been anything but brave on the field.",
    "Dr. Patel diagnosed you with ADHD in third grade and we got through that together, we can get through this too.",
    "I used to be a heavy drinker, and my sponsor helped me see I could change.",
    "I was in denial for months, telling myself it was just a phase.",
    "I was pathetic at softball at your age, you got all your talent from your dad.",
    "Thanks for being here today, it means everything that you're sitting with us.",
    "Every time I hear that song from Moana I think of you dancing in the kitchen.",
    "I heard you laughing with Emma on the porch last week and it was the best sound.",
    "Sarah said you can have her old cleats whenever you're ready to play again.",
    "You told me 'I feel like a failure' and I cried because you are so far from that.",
    "You are not disgusting or bad, you are sick and you are loved.",
    "We all make mistakes, I've made plenty of my own.",
    "We are all here today because we love you and we want you home.",
    "Your aunt Carla has been clean and sober eleven years and she'd love to talk with you.",
    "I'm a recovering alcoholic, Sophie, and I know how lonely it gets.",
    "Your cousin Tyler was a tweaker for two years and he just finished his nursing degree, so I know people come back.",
    "You never have to do this alone again.",
    "I'll never forget the sound of your first cry at Mercy Hospital.",
    "The ER report from October says you had alcohol poisoning, and I held your hand the whole night.",
    "I was so mad at myself, like how could I miss all the signs?",
    "You did such an amazing job at regionals last year, I still have the video on my phone.",
    "It's not your fault your brain got hooked, and it's not my fault either.",
    "I blame myself some nights, and my therapist is helping me stop.",
    "You know I'm a coffee addict, I'd give it up in a heartbeat before I'd lose you.",
    "I always tell people you have the best throwing arm in the county.",
    "Every morning I say a prayer for you before I get out of bed.",
    "We never missed a Sunday at Grandma's when you were little.",
    "I was a disgrace to my own parents at sixteen, and they never gave up on me.",
]

DEV182_BOTTOM_LINE_OK: list[str] = [
    "If you say no to treatment today, I will hold on to your phone until you're ready to say yes.",
    "If you choose not to go, I won't be driving you to parties or paying your car insurance anymore.",
    "If you decide against Cedar Ridge today, I'm going to stop covering for you when the school calls.",
    "If the answer is no, I will still love you, but your friends from Riverside won't be welcome at the house.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 122 (4 December 2026, round 22, a set of fresh writers kept unread until the merge): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: a mother writing to her son, a young father of two: absolutes, blame, sarcasm and hearsay. 7 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV122_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main cdd2c5a, rules and model 0.97 (77/79; the rules alone 71/79): hearsay 14/15, sarcasm 14/15, every other kind full; good 1/42 (2.4%; the rules alone 0), traps 2/43 (4.7%; the rules alone 1).

At merge, before it was trained on: with main bfd6408, rules and model 0.97 (77/79; the rules alone 71/79): hearsay 14/15, sarcasm 14/15, every other kind full; good 1/41 (2.4%; the rules alone 0), traps 2/43 (4.7%; the rules alone 1).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV122_FLAG: list[tuple[str, set[str]]] = [
    (
        "Every single time I call you, you've got some excuse about why the babies can't come see their grandma.",
        {"absolute"},
    ),
    (
        "You don't ever pick up your phone anymore Tyler, not for me, not for Kayla, not for anybody.",
        {"absolute"},
    ),
    (
        "Not one time this whole year have you shown up for Maddie's daycare pickup when it was your turn.",
        {"absolute"},
    ),
    (
        "You forget everything now, birthdays, the rent, even that Jax was due for his shots.",
        {"absolute"},
    ),
    (
        "Whenever I come by the trailer your asleep on the couch in the middle of the day.",
        {"absolute"},
    ),
    ("You have not kept a single promise you made me since Jax was born.", {"absolute"}),
    ("Your forever borrowing twenty bucks off me and it never comes back.", {"absolute"}),
    (
        "Each and every weekend its the same story, you disappear friday and turn up monday looking half dead.",
        {"absolute"},
    ),
    (
        "You never once asked how Kayla was holding up after she lost her job at the nursing home.",
        {"absolute"},
    ),
    ("You are high all the time now, morning noon and night.", {"absolute"}),
    ("There isnt a day that goes by where you arent out in that garage smoking.", {"absolute"}),
    ("You always pick the pipe over those two babies.", {"absolute", "blame"}),
    ("Not once have you told your sister you're sorry for what happened at Easter.", {"absolute"}),
    (
        "You constantly leave Kayla to carry everything by herself, the kids, the bills, the groceries, all of it.",
        {"absolute"},
    ),
    (
        "Nothing I say to you sinks in anymore, it goes in one ear and out the other every time.",
        {"absolute"},
    ),
    (
        "Kayla is working doubles and barely sleeping and thats on your shoulders, nobody elses.",
        {"blame"},
    ),
    ("My blood pressure is through the roof and it's because of what you're doing.", {"blame"}),
    ("You picked meth over your own kids and I don't know how to forgive that.", {"blame"}),
    (
        "I gave you my car, I paid your lawyer, I watched the babies every weekend, and this is how you repay me.",
        {"blame"},
    ),
    (
        "Your dad and I haven't had a peaceful night since you started this, you've torn this house apart.",
        {"blame"},
    ),
    ("Maddie cries herself to sleep and that is what her daddy has done to her.", {"blame"}),
    ("Whatever happens to those babies from here on out will be your fault Tyler.", {"blame"}),
    ("How can you look at little Jax and still go out and buy that stuff?", {"blame"}),
    ("You wrecked Christmas for every one of us and the kids are going to remember it.", {"blame"}),
    ("Its you who put us in this position, I didnt ask for any of this.", {"blame"}),
    (
        "Grandpa's heart attack came right after your arrest and I cant help thinking you brought that on him.",
        {"blame"},
    ),
    ("See what that stuff has done to this family, see what you let it do.", {"blame"}),
    (
        "I emptied my savings bailing you out and you can't even be bothered to say thank you.",
        {"blame"},
    ),
    ("You took the babies diaper money and spent it on weed, explain that to me.", {"blame"}),
    ("You're the one who broke Kayla's trust, so don't you dare turn it around on her.", {"blame"}),
    (
        "Real responsible, leaving a two year old in the car while you ran in to meet your guy.",
        {"sarcasm"},
    ),
    (
        "Oh sure, you're 'just relaxing' with a joint every night while the baby screams in the next room.",
        {"sarcasm"},
    ),
    (
        "Congratulations on making it to Maddie's birthday party, only three hours late and red-eyed.",
        {"sarcasm"},
    ),
    ("Way to go, son, getting fired from the only job that ever paid for formula.", {"sarcasm"}),
    (
        "Nice parenting, letting Jax crawl around on a floor covered in foil and lighters.",
        {"sarcasm"},
    ),
    (
        "Thanks a lot for pawning Grandma's ring, I'm sure that money went somewhere real important.",
        {"sarcasm"},
    ),
    ("You've got it all 'under control' right? Thats why the power got shut off.", {"sarcasm"}),
    ("What a wonderful example you're setting for those babies.", {"sarcasm"}),
    ("Daddy of the decade, sleeping right through your own son's first steps.", {"sarcasm"}),
    (
        "I just loved getting that call from the police at 3am, really the highlight of my year.",
        {"sarcasm"},
    ),
    ("Good for you, you stayed awake four days straight, what an accomplishment.", {"sarcasm"}),
    ("Brilliant idea bringing your new 'friends' around the kids.", {"sarcasm"}),
    (
        "Such a gentleman, making Kayla take the bus to work with both babies while you kept the truck.",
        {"sarcasm"},
    ),
    (
        "I'm so proud of how you handled Jax's baptism, nodding off in the pew for the whole church to see.",
        {"sarcasm"},
    ),
    ("Lovely touch, showing up smelling like skunk to pick Maddie up from my house.", {"sarcasm"}),
    ("Kayla told me you haven't slept in your own bed in two weeks.", {"hearsay"}),
    ("Mrs Dawson next door says she sees cars pulling up to your place at all hours.", {"hearsay"}),
    (
        "Your cousin Brandon mentioned you were trying to sell your tools behind the Dollar General.",
        {"hearsay"},
    ),
    (
        "From what I hear around town you've been hanging out at that house on Fifth Street again.",
        {"hearsay"},
    ),
    (
        "The daycare lady pulled me aside and said Maddie came in wearing the same diaper from the night before.",
        {"hearsay"},
    ),
    (
        "Your supervisor at the plant called me looking for you and said you walked off in the middle of a shift.",
        {"hearsay"},
    ),
    ("Somebody at church told me you looked like a skeleton at the gas station.", {"hearsay"}),
    ("Word is you owe money to some pretty scary people.", {"hearsay"}),
    (
        "Kayla's mom texted me that you had the kids terrified, yelling at 2 in the morning.",
        {"hearsay"},
    ),
    (
        "I've been told you got pulled over in Dustin's car with a pipe in the glovebox.",
        {"hearsay"},
    ),
    ("Your little brother says you offered him weed when he was over last month.", {"hearsay"}),
    (
        "Supposedly you've been telling your buddies that Kayla is the one with the problem.",
        {"hearsay"},
    ),
    (
        "Aunt Lori ran into you at Walmart and said you had sores all over your face and didnt even know who she was.",
        {"hearsay"},
    ),
    (
        "Jessie from your old job messaged me on facebook saying u been asking people for rides to Marion late at night.",
        {"hearsay"},
    ),
    (
        "The landlord told your father you're two months behind and the neighbors hear screaming through the walls.",
        {"hearsay"},
    ),
    ("I never thought I'd have to write this but my son has turned into a tweaker.", {"label"}),
    ("Those babies deserve better than a pothead for a father.", {"label"}),
    ("You need to get yourself clean before you hold Jax again.", {"clean"}),
    (
        "Your probation test came back dirty for meth and you swore up and down to me it was a mistake.",
        {"clean"},
    ),
    ("Honestly you look disgusting, all skin and bones and picking at your face.", {"insult"}),
    ("What kind of man lets his kids go without supper so he can get high?", {"insult"}),
    ("The whole family has decided you can't be trusted alone with the kids anymore.", {"we"}),
    ("Everybody in this family is sick to death of covering for you.", {"we"}),
    ("Go to rehab or I swear I'll call CPS myself and have those babies taken.", {"threat"}),
    ("If you won't do this then don't bother calling me Mom ever again.", {"threat"}),
    (
        "You're so deep in denial you can't even see the mess on your own kitchen floor.",
        {"diagnosis"},
    ),
    ("I think your bipolar and the meth just makes it ten times worse.", {"diagnosis"}),
    ("Kayla and I both think you've turned into a full blown narcissist.", {"diagnosis", "we"}),
    ("You're a meth head and a liar and I'm ashamed to call you mine.", {"insult", "label"}),
    ("Stay clean or you'll never see me at your door again.", {"clean", "threat"}),
]

DEV122_GOOD: list[str] = [
    "Tyler, I'm writing this because I love you and I'm scared.",
    "I remember the day you were born, it was snowing and your dad drove ten under the limit the whole way home.",
    "When you were little you used to line up your Hot Wheels on the windowsill and name every one of them.",
    "I watched you hold Maddie for the first time and you cried harder than she did.",
    "You were such a gentle kid, you'd carry spiders outside in a cup so nobody would squish them.",
    "I've noticed you've lost a lot of weight this past year and it frightens me.",
    "Last month when you came to get the kids your hands were shaking and you couldn't look me in the eye.",
    "Maddie keeps a drawing of horses on my fridge that she made for you.",
    "I know you love those babies more than anything in this world.",
    "I have seen you rock Jax until he fell asleep on your chest, you are so good at that.",
    "Im not writing this to shame you, I'm writing it because I want my son back.",
    "In August you came by at six in the morning, you hadn't slept and your eyes were huge, and I didnt know what to say.",
    "It hurt me when you missed Jax's first birthday, I saved you a piece of cake in the freezer.",
    "I'm worried about the babies breathing that smoke and being around people I don't know.",
    "There is a bed waiting for you at a place outside Columbus, and they can take you today.",
    "I'll drive you there myself and stay as long as they let me.",
    "Kayla and the kids will be okay while you're gone, I'll be over there to help her every day.",
    "Your grandpa would be so proud of the father you can be.",
    "I remember you teaching your little brother to ride a bike in the church parking lot.",
    "I feel helpless when I can't reach you for days at a time.",
    "I lie awake at night wondering if you're safe.",
    "I want Maddie and Jax to grow up knowing the dad I know you are.",
    "When you worked at the lumber yard you were so proud of your first paycheck, you bought me flowers with it.",
    "I'm asking you to accept the help that's here for you today.",
    "Please say yes today, Tyler.",
    "I see how tired you are and I don't think you want to live like this either.",
    "Your fishing pole is still hanging in my garage waiting on you.",
    "I've been going to a family group on Tuesday nights and I'm learning how to support you better.",
    "Last Thanksgiving you left before dessert and later I found out you'd been sitting out in your truck for an hour.",
    "I love you no matter what happens in this room today.",
    "I want to see you at Maddie's kindergarten graduation, healthy and smiling in the front row.",
    "My heart breaks a little when Jax reaches his arms out for you and you're not there.",
    "You used to call me sunday evenings on your drive home from work and I miss that so much.",
    "I noticed the sores on your arms at the cookout and I got scared for you.",
    "Its not too late, your only 24 and you have a whole life ahead.",
    "The counselors there have helped plenty of young dads just like you.",
    "I'll keep the kids on weekends so Kayla can come visit you.",
    "You're my son and I'm not giving up on you.",
    "I remember when you and Kayla brought Maddie home in that tiny pink hat.",
    "When you were 10 you saved your allowance to buy me a mug that said World's Best Mom, and I still drink from it.",
    "Please let them help you, for you and for those two babies.",
]

DEV122_TRAPS: list[str] = [
    "My brother Rick was a drunk most of his life and I watched what it did to him.",
    "I was a pothead myself at your age, so I'm not sitting here judging you.",
    "You told me once 'Mom, I'm a junkie and I know it' and all I could do was hold you.",
    "You are not an addict to me, you are my boy.",
    "Maddie is a total sugar junkie, just like you were at her age.",
    "We spent a whole Saturday helping you clean out the garage for your first apartment.",
    "We always had pancakes on Sunday mornings and you flipped them so high they hit the ceiling.",
    "I will always be your mom.",
    "Great job on that birdhouse you built with Maddie, she shows it to everybody who comes over.",
    "Your doctor said your heart and your teeth are taking real damage, and I want you to have a long life.",
    "I'll never forget the look on your face when Jax was born.",
    "Thank you so much for coming today, it really does mean the world to me.",
    "I'm proud of you for the thirty days you did last spring, that took real strength.",
    "Your Grandpa Ed was an alcoholic and he got sober at fifty, so I know people can change.",
    "I washed Jax's blanket and its clean and folded in the diaper bag for when you see him.",
    "You were always so good about keeping the kids room tidy when you were in charge of it.",
    "You never once raised a hand to those kids and I know in my heart you never would.",
    "We went camping at Hocking Hills every summer when you were small.",
    "We love you and we are all here for you today.",
    "Your dad and I will be right beside you every step of the way.",
    "You kept saying 'I'm fine Mom, I'm fine' and I wanted so badly to believe you.",
    "I was in denial for a long time about how bad things had gotten, and that's on me.",
    "Kayla's dad used to be a tweaker himself and he's been sober eleven years now.",
    "I'm not calling you a bad father, because you're not one.",
    "Maddie told me she wants to be a firefighter like Uncle Dave when she grows up.",
    "The tests at the clinic showed your kidneys are struggling, and the doctor wants to see you again soon.",
    "I always knew you'd make a good dad, from the way you looked after your little brother.",
    "You were the reason I got out of bed after your father's accident.",
    "Because of you I know how to change a tire, remember that night on Route 33?",
    "I used to drink too much after work myself, and I quit, so I know how hard this is.",
    "I feel sick to my stomach with worry when I don't hear from you.",
    "Shame on me for not speaking up sooner.",
    "I'm disgusted with the man who sold you that stuff, not with you.",
    "Every time I look at Maddie I see your smile.",
    "You've never been anything but sweet to your grandma.",
    "The kids are fine, Tyler, they're safe at my house tonight.",
    "What a blessing it was to watch you coach Maddie's tee ball team last spring.",
    "We all cried happy tears the day you and Kayla got married.",
    "If you say something mean to me today, I'll still hug you at the end of it.",
    "I heard you laughing with Jax through the baby monitor the night you stayed over, and it was the best sound.",
    "Remember the dirty jokes you and your uncle used to tell at the Fourth of July till I threw a napkin at you.",
    "I'm a mess without you Tyler, I won't pretend I'm not.",
    "My friend Carol's son was hooked on meth and today he's a paramedic.",
]

DEV122_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I won't be watching the kids at your place anymore, they'll have to come to mine.",
    "If you don't go, I will stop paying your phone bill and your truck insurance after this month.",
    "If you choose not to accept help today, you can't stay in my basement, but I will keep loving you and the offer of treatment stays open.",
    "I won't give you cash anymore, for anything, but I will pay for treatment the day you're ready.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 84 (4 December 2026, round 20, the round's check set): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: ex-partners, step-children and adult children, bitter and tired: threats and sarcasm, some blame. 5 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV84_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main dcd7f37, rules and model 0.90 (91/101; the rules alone 77/101): blame 7/9, insult 4/5, hearsay 4/5, threat 31/33, sarcasm 28/32, every other kind full; good 0/46 (0.0%; the rules alone 0), traps 3/45 (6.7%; the rules alone 3).

At merge, read by figures only until then: with round 20's rules and the model retrained without
it (main 27fb426), rules and model 0.92 (93/101; the rules alone 82/101), good 0/46, traps 2/45.

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV84_FLAG: list[tuple[str, set[str]]] = [
    (
        "Mom, if you walk out of this room without saying yes, don't bother calling me on your birthday or any other day.",
        {"threat"},
    ),
    ("Go to rehab tomorrow or I swear you will never meet your grandson.", {"threat"}),
    (
        "Dale, you sign those intake papers today or I'm calling your parole officer myself.",
        {"threat"},
    ),
    (
        "I'm done playing nice, either you go or I tell the whole church what you really do out in that garage.",
        {"threat"},
    ),
    ("If you pick up one more bottle of Jack, you can forget you ever had a daughter.", {"threat"}),
    (
        "Say no today and I will make sure the judge hears every single thing about the pills at the custody hearing.",
        {"threat"},
    ),
    (
        "Keep snorting that stuff and the next time you see Mia will be a supervised visit, if I let you see her at all.",
        {"threat"},
    ),
    (
        "You either check in at Hazelden this week or your stuff is going on the front lawn.",
        {"threat"},
    ),
    (
        "Dad Im not kidding, refuse this and I'll change the locks and block your number before you even get to the car.",
        {"threat"},
    ),
    (
        "If you say no I'm moving to Arizona with the kids and you won't get the address.",
        {"threat"},
    ),
    ("Either the meth goes or you go, and I mean out of our lives for good.", {"threat"}),
    (
        "One more relapse and I'm telling Grandma everything, including where her pearl necklace went.",
        {"threat"},
    ),
    ("You'll get treatment or you'll get a restraining order, your choice Kevin.", {"threat"}),
    (
        "If you don't get in the van today dont ever call me again, not when you're sick, not when you're broke, not ever.",
        {"threat"},
    ),
    (
        "I will take you off the lease and off the insurance and off my Christmas list the second you say no.",
        {"threat"},
    ),
    (
        "Refuse and I'll post the video of you passed out on the bathroom floor so everybody can see it.",
        {"threat"},
    ),
    ("You go today or I'm done being your son. I mean it.", {"threat"}),
    ("Treatment or the door, Rick, I'm too tired to dress it up anymore.", {"threat"}),
    (
        "If you so much as touch a pill again I will personally make sure you lose that nursing license.",
        {"threat"},
    ),
    (
        "Last chance Stephanie, if you walk out as far as me and the boys are concerned you don't exist anymore.",
        {"threat"},
    ),
    (
        "You want to keep drinking? Fine, do it somewhere else, because I'll have the sheriff walk you out.",
        {"threat"},
    ),
    (
        "Go to detox or I call your boss and tell him why you really missed all those Mondays.",
        {"threat"},
    ),
    (
        "Say no and watch how fast I file for full custody, I already have a lawyer lined up.",
        {"threat"},
    ),
    (
        "If you're not at the treatment center by Friday I'm selling that truck you love and keeping the money.",
        {"threat"},
    ),
    (
        "Pops, this is it, you go or I never bring the kids over again and you can rot alone in that recliner.",
        {"insult", "threat"},
    ),
    (
        "Don't think for one second I won't tell your mother about the needles if you leave today.",
        {"threat"},
    ),
    (
        "Take the bed they're holding or I quit covering for you, and then I tell your wife the rest too.",
        {"threat"},
    ),
    (
        "If you choose the weed over this family one more time I will make sure the girls know exactly who walked away.",
        {"blame", "threat"},
    ),
    (
        "I swear to God Tony, turn this down and you'll be sleeping in your car by Sunday.",
        {"threat"},
    ),
    (
        "You either go to rehab or I'm pressing charges for the money you took out of Grandpa's account.",
        {"threat"},
    ),
    (
        "Keep it up with the coke and you'll find out what it's like to have no family at all.",
        {"threat"},
    ),
    (
        "Get clean by spring or you lose the house, and I'm not bluffing this time.",
        {"clean", "threat"},
    ),
    (
        "You're a drunk, Lorraine, and if you don't go today I'm taking Ellie and you can see her in court.",
        {"label", "threat"},
    ),
    (
        "Thanks so much for showing up to my graduation smelling like a brewery, Dad, really made my day.",
        {"sarcasm"},
    ),
    (
        "Somebody give you a trophy for parenting, you only forgot us at school twice because you were nodding off.",
        {"sarcasm"},
    ),
    (
        "Wow, what an amazing role model you were at Jake's wedding, dancing on the table with your pupils the size of dimes.",
        {"sarcasm"},
    ),
    ("Real nice of you to pawn my Xbox for pills, I always wanted to learn to share.", {"sarcasm"}),
    ("Congrats on making it a whole weekend without a drink. Oh wait, you didn't.", {"sarcasm"}),
    ("Sure, you're 'just tired' again, at three in the afternoon, on a Tuesday.", {"sarcasm"}),
    ("Brilliant move driving the kids home after six beers, truly genius parenting.", {"sarcasm"}),
    (
        "Love how you 'only have a couple' and then I find you asleep in the driveway with the engine running.",
        {"sarcasm"},
    ),
    (
        "Way to make Thanksgiving memorable Mom, nobody will forget the gravy boat hitting the wall.",
        {"sarcasm"},
    ),
    ("Oh and thank you for the lovely voicemail at 2am, very poetic, I saved it.", {"sarcasm"}),
    (
        "You sure know how to throw a party, nothing says sweet sixteen like two cop cars in the driveway.",
        {"sarcasm"},
    ),
    (
        "What a treat it was explaining to my friends why my stepdad was snoring on the lawn in his underwear.",
        {"sarcasm"},
    ),
    (
        "Gold star for remembering my name last Christmas, Dad, you were only three hours late.",
        {"sarcasm"},
    ),
    (
        "Super helpful that you borrowed rent money for 'car repairs' that turned out to be an eight ball.",
        {"sarcasm"},
    ),
    (
        "Nice to know the Percocets get a bigger cut of your paycheck than your own children do.",
        {"blame", "sarcasm"},
    ),
    (
        "So proud of you for finally making it to one of my games, too bad you threw up in the bleachers.",
        {"sarcasm"},
    ),
    ("Your 'business trips' were such a hit, I totally bought every one of them.", {"sarcasm"}),
    (
        "Big thanks for teaching my son that grown men hide vodka in Gatorade bottles, real useful life skill.",
        {"sarcasm"},
    ),
    (
        "Look at you, Mr. Responsible, leaving the stove on while you were passed out high.",
        {"sarcasm"},
    ),
    (
        "What a gentleman, calling me names in front of my mother at Easter and then asking her for forty bucks.",
        {"sarcasm"},
    ),
    (
        "It was so sweet how you stole Grandma's rings and then cried the loudest at her funeral.",
        {"sarcasm"},
    ),
    (
        "Your 'medicine' sure works wonders, you havent stayed awake through a whole dinner since March.",
        {"sarcasm"},
    ),
    (
        "Awesome job being the fun mom, my friends just loved getting high with you in the basement.",
        {"sarcasm"},
    ),
    (
        "Everybody sure enjoyed your toast at the rehearsal dinner, especially the part where you fell into the cake.",
        {"sarcasm"},
    ),
    (
        "Good to see you've got your priorities straight, the dealer gets a call back and I get voicemail.",
        {"sarcasm"},
    ),
    (
        "Bravo Sean, you managed to get fired from the job your brother begged his boss to give you.",
        {"sarcasm"},
    ),
    ("Such a classy touch, throwing up in the Uber on the way to my baby shower.", {"sarcasm"}),
    (
        "You're obviously handling it great, that's why the landlord taped an eviction notice to your door.",
        {"sarcasm"},
    ),
    (
        "Thanks for the college fund, Dad, hope the oxy was worth every penny of it.",
        {"blame", "sarcasm"},
    ),
    (
        "I'm sure the kids will treasure the memory of their mom getting arrested at the Fourth of July fireworks.",
        {"sarcasm"},
    ),
    ("Hats off to you for sobering up just long enough to ask me for money.", {"sarcasm"}),
    (
        "Way to go, the whole cul-de-sac knows you as the neighborhood lush now, you must be so proud.",
        {"label", "sarcasm"},
    ),
    ("You're a drunk, Gary, and everyone at my wedding saw it.", {"label"}),
    (
        "I'm not letting a pillhead babysit my daughter, even if that pillhead is her grandmother.",
        {"label"},
    ),
    ("When are you going to get clean and stay that way for more than a month?", {"clean"}),
    (
        "Your piss test was dirty again, Marcus, and I had to hear it from your PO instead of you.",
        {"clean", "hearsay"},
    ),
    ("You never once came to a parent-teacher conference, not one in twelve years.", {"absolute"}),
    ("You always have an excuse and it's always somebody else's fault.", {"absolute"}),
    ("Nothing I say ever gets through to you, you just nod and pour another one.", {"absolute"}),
    ("I lost my childhood because of you and those bottles under the sink.", {"blame"}),
    ("You wrecked this family and then had the nerve to act like the victim.", {"blame"}),
    ("After all the bail money I put up for you, this is how you repay me?", {"blame"}),
    ("Honestly your pathetic, a forty year old man living off his ex-wife's sympathy.", {"insult"}),
    ("You disgust me when you stumble around the kitchen like that.", {"insult"}),
    ("Your brother told me you were shooting up behind the Dollar General.", {"hearsay"}),
    ("Crystal from your work says you've been nodding off in meetings.", {"hearsay"}),
    ("Your cousin Dee says you've been telling people I drove you to the bottle.", {"hearsay"}),
    ("Stacy's mom saw you buying from that guy on Fifth street again.", {"hearsay"}),
    ("We've all agreed you're the problem in this family, not us.", {"blame", "we"}),
    ("All of us kids are sick to death of cleaning up your messes.", {"we"}),
    ("You're a narcissist, Mom, everything is about you and your wine.", {"absolute", "diagnosis"}),
    ("You're in denial and you've been in denial since I was nine.", {"diagnosis"}),
    ("You're a junkie and a liar and I'm ashamed you're my father.", {"insult", "label"}),
    ("What sort of mother picks meth over her own kids?", {"blame", "insult"}),
    ("You ruined every holiday I can remember.", {"absolute", "blame"}),
]

DEV84_GOOD: list[str] = [
    "Dad, I remember you teaching me to ride my bike on Maple Street, running behind me until your knees gave out.",
    "I'm writing this because I love you and I miss the man who made pancakes shaped like Mickey Mouse.",
    "Even though we're divorced, Lisa, I still want the kids to have their mom back.",
    "I've noticed you stopped calling on Sundays, and I miss hearing your voice.",
    "When you fell asleep at the wheel in October I was terrified I was going to lose you.",
    "I feel scared every time my phone rings late at night.",
    "The treatment center in Tucson has a bed ready for you this afternoon.",
    "I want my kids to know the grandpa who built that treehouse with his own two hands.",
    "Please say yes today, I'll drive you there myself.",
    "I'm your stepdaughter, and you taught me how to change a tire when nobody else bothered.",
    "I miss fishing off the dock at Lake Wylie with you before the sun came up.",
    "Last month you missed Ava's recital, and she kept looking at the door for you.",
    "I love you Mom and I want you around to see me get married.",
    "You were the person I called when my car broke down my first year of college.",
    "I'm not here to punish you, I'm here because I can't watch this anymore without saying something.",
    "When you hugged me at the hospital after Noah was born, I felt like I had my dad back for a minute.",
    "I saw your hands shaking in the morning before your first drink, and it broke my heart.",
    "You have a good heart, Tommy, I've seen it when you shoveled old Mrs. Kowalski's driveway without being asked.",
    "I hope one day we can sit on the porch and laugh about stupid stuff again.",
    "It hurt me when you didn't recognize me at the door on Christmas Eve.",
    "I have been sad for a long time and I'm tired of pretending I'm not.",
    "I was eleven when you moved in with us, and you were the first grown-up who came to my wrestling matches.",
    "The doctors at St. Mary's are ready to help you detox safely.",
    "I still have the birthday card you wrote me when I turned thirty and I read it sometimes.",
    "I watched you sleep through your alarm four days in a row last week, and I got really worried.",
    "I want my brother back, the one who let me tag along to the arcade.",
    "You're worth fighting for, and that's why I'm sitting here.",
    "My heart sank when I found the empty pill bottles in your coat pocket in January.",
    "Grandpa, you taught me how to play cribbage and how to lose with a smile.",
    "I feel lonely in this house when you're out in the garage until 3am.",
    "You used to sing Johnny Cash in the car on the way to Tahoe, and it's one of my favorite memories.",
    "I don't hate you. I'm hurt, and I'm still hoping.",
    "The kids drew you a picture and asked me to bring it today.",
    "When you passed out at Ethan's party I had to help you to the car and I felt so helpless.",
    "I'd give anything for one more normal Tuesday night with you.",
    "Angie, we were married nine years and I know how strong you can be.",
    "I want to help you get better, not just help you get through the week.",
    "I'm scared the next call I get about you will be from the hospital.",
    "You made my mom happy for a long time, and I remember that.",
    "You weren't at my soccer games this spring and I kept looking for you in the stands.",
    "There's a program at Ridgeview that your insurance covers, and they're expecting you.",
    "I'm asking you to go today, for you, not for me.",
    "Mom, your laugh used to fill the whole kitchen and I want to hear it again.",
    "When I found you on the bathroom floor in May I thought you were dead, and I still have nightmares about it.",
    "I love you more than I'm angry at you, and thats saying a lot right now.",
    "Jeremy, Lily still asks about her uncle at bedtime.",
]

DEV84_TRAPS: list[str] = [
    "My own father was a drunk, and I swore my kids would never see what I saw, so I'm asking you to get help.",
    "I was an alcoholic for eleven years, Dennis, and I know exactly how scared you are right now.",
    "You told me once, 'I'm just a junkie, nobody wants me,' and I need you to know that's not how I see you.",
    "You are not an addict to me, you are my dad and you are sick.",
    "I will always be your daughter, no matter what you decide today.",
    "I never stopped hoping you'd come back to us.",
    "We always had pizza on Friday nights when I was little and you let me pick the toppings.",
    "We went camping at Big Bear every July and you taught me how to build a fire.",
    "Great job on your sixty days last spring, I know how hard you worked for that.",
    "Your doctor says your liver numbers are bad, and I'm scared of losing you.",
    "I cleaned out the garage last weekend and found the kite we built together.",
    "I'm a total sugar junkie, you used to tease me about my candy stash in the glovebox.",
    "I want to come clean about something too: I've been covering for you, and I'm sorry.",
    "My stepmom's brother was a crackhead who died at thirty, and I don't want that for you.",
    "I'm not calling you a drunk, I'm telling you I'm scared.",
    "When I was using, my sister sat me down just like this, and it saved my life.",
    "We love you, and we are here for you whatever happens today.",
    "Mom, you said 'I'm a disgrace' the night you called me crying, and you are not.",
    "My doctor diagnosed me with depression last year and therapy helped me more than I expected.",
    "You always made the best chili in Denton County.",
    "Every time I smell sawdust I think of your workshop.",
    "We all went to Disney when I was eight and you carried me on your shoulders the whole parade.",
    "Thanks for driving me to the ER when I broke my arm, you were amazing that night.",
    "I quit drinking in 2019 and it was the hardest and best thing I ever did.",
    "Your grandfather was an alcoholic too, and he got sober at sixty.",
    "You'd come home from the shop with dirty hands and scoop me up anyway, and I loved that.",
    "You called yourself 'pathetic' after the DUI, and it killed me to hear you talk about yourself that way.",
    "That's on me, I should have said something two years ago.",
    "I'm sick of being scared, so I'm choosing to speak up instead.",
    "You're the reason I became a nurse, you took such good care of Grandpa at the end.",
    "Look what you did for Jacob when he was struggling with math, you sat with him every night.",
    "My college roommate was a total pothead and he's a dentist now, so it's not too late for you.",
    "Your dad was a mean drunk, and you were never like him when you were sober.",
    "At my first Al-Anon meeting a woman said 'my husband is an addict' and I cried because I finally understood.",
    "You were never anything but kind to my mother, even after the divorce.",
    "I will always keep a room ready for you when you come home from treatment.",
    "If you say yes today, I'll be at every family session they offer.",
    "Dirty laundry, missed dinners, I can handle all that, what I can't handle is losing you.",
    "You've never missed one of my birthdays, even in the bad years, and that means everything.",
    "Sweetheart, you are not worthless, and anyone who made you feel that way was wrong.",
    "Your cardiologist said your heart is enlarged from the drinking, and I want you here for a long time.",
    "I was a user too, Kyle, most of my twenties, so I'm not standing on any high ground here.",
    "I'm so proud of you for calling the clinic on Monday, that took real guts.",
    "Remember how we used to clean up the beach at Ocean Park every Earth Day?",
    "Your nephew calls himself a gym junkie now and he still says you're the one who got him lifting.",
]

DEV84_BOTTOM_LINE_OK: list[str] = [
    "If you say no today, I will stop paying your phone bill, and I will still love you.",
    "If you don't go into treatment, I won't let you drive the kids anywhere, because I need them safe.",
    "If you leave here without accepting help, I won't be giving you money for rent anymore.",
    "If you choose not to go, you can't stay at my apartment, but I'll be there the minute you decide to get help.",
    "If you say no, I'm going to stop covering for you with Mom, I won't lie for you anymore.",
    "If you keep drinking I won't bring the baby to your house, but you're welcome to visit us sober.",
    "If you turn this down, I'll stop answering calls after midnight, because I need to sleep and keep my job.",
]

# ruff: noqa: E501  (the sentences stay exactly as their writer wrote them)
"""English development batch 76 (4 December 2026, round 20): written by a new writer who never saw the coach's code,
rules or earlier sentences; the writer's lean: absolutes from spouses and parents in long, winding sentences and lists of grievances, often after a loving opening. 6 sentence(s) the corpus or another batch of the round already had word for word were dropped. The writer was asked to keep calm consequences apart, as
DEV76_BOTTOM_LINE_OK: fine in the bottom line, a threat in the letter (the coach's design).

First look, before anything used it: with main 2ab5128, rules and model 0.92 (73/79; the rules alone 70/79): absolute 51/57, every other kind full; good 1/43 (2.3%; the rules alone 0), traps 5/48 (10.4%; the rules alone 5).

Training data for the learned second opinion (storage/coach_model_train.py reads every
tests/coach_dev*.py and tests/coach_corpus_es*.py).
tests/test_coach_fresh_dev.py prints its figures in every run.
"""

from __future__ import annotations

DEV76_FLAG: list[tuple[str, set[str]]] = [
    (
        "Dad, I love you more than I can say, but for the hundredth time this year I sat at the kitchen table at two in the morning waiting for your truck and you didnt come home until the sun was up.",
        {"absolute"},
    ),
    (
        "Mike, you are the man I married and I still see him sometimes, but week in week out it's the same thing, you promise Friday will be different and every Friday you come in smelling of beer.",
        {"absolute"},
    ),
    (
        "Honey I know you work hard, but like clockwork every payday the money is gone by Sunday and I'm left explaining to the landlord again.",
        {"absolute"},
    ),
    (
        "It's the same story every payday with you, Jen, a new excuse, a new lie, and the rent short by three hundred dollars.",
        {"absolute"},
    ),
    (
        "You have not once asked how my chemo went, not once in eight months, Danny, and I'm your mother.",
        {"absolute"},
    ),
    (
        "Not a single birthday of Lily's has gone by without you either passing out on the couch or leaving early to go see a friend.",
        {"absolute"},
    ),
    (
        "Each and every holiday since 2019 has ended with somebody crying in the driveway and you driving off with a bottle in the passenger seat.",
        {"absolute"},
    ),
    (
        "All you ever do anymore is sleep till noon, vape in the garage and ask me for twenty bucks.",
        {"absolute"},
    ),
    (
        "Whenever I try to talk to you about the pills you turn it around on me and I end up apologizing.",
        {"absolute"},
    ),
    (
        "At every family dinner you disappear to the bathroom for twenty minutes and come back with your eyes all glassy, and everyone pretends not to notice.",
        {"absolute"},
    ),
    (
        "Yet again you missed Noah's game, the third championship in a row, and yet again he looked up at the bleachers for you.",
        {"absolute"},
    ),
    (
        "Without fail you call me at midnight on Saturdays slurring and crying and by Monday you dont remember a word of it.",
        {"absolute"},
    ),
    (
        "I love you Sam, I really do, but you never keep a single promise you make to me, not one, not ever.",
        {"absolute"},
    ),
    (
        "You always have a reason, it's your back, it's your boss, it's the weather, it is never the pills.",
        {"absolute"},
    ),
    (
        "Every time I find a bottle hidden in the laundry room you swear it's old, and every time I believe you a little less.",
        {"absolute"},
    ),
    (
        "Our anniversary, my fortieth, both the kids graduations, you've been high at every single one of them and I have the photos to prove it.",
        {"absolute"},
    ),
    (
        "You constantly tell me you have it under control but nothing you've said in five years has turned out to be true.",
        {"absolute"},
    ),
    (
        "Mom, I know you love us, but you have never once come to one of my recitals sober, and I stopped telling you about them in ninth grade.",
        {"absolute"},
    ),
    (
        "Because of your drinking every night our boys have learned to tiptoe around the house after dinner, each and every night.",
        {"absolute", "blame"},
    ),
    (
        "I gave up my savings and my Sundays for you and all you ever did was take and take and never say thank you, not once.",
        {"absolute", "blame"},
    ),
    (
        "You picked the bar over me and the kids every weekend for three years straight, and I'm the one they ask where daddy is.",
        {"absolute", "blame"},
    ),
    (
        "Grandpa, you are my hero, but you forget my name half the time now and it's always after you've been in the den with the whiskey.",
        {"absolute"},
    ),
    (
        "Rachel, I've been your sister for thirty one years and in all that time you have not paid back a single dollar you borrowed.",
        {"absolute"},
    ),
    (
        "For the umpteenth time the bank called about an overdraft, and for the umpteenth time you said it was their mistake.",
        {"absolute"},
    ),
    (
        "There is no day, none, where you dont start with a drink before you even brush your teeth.",
        {"absolute"},
    ),
    (
        "Day after day after day I watch you lie on that couch with the tv on and the curtains shut, and it breaks my heart.",
        {"absolute"},
    ),
    (
        "Your always late, your always tired, your always broke, and your always sorry afterwards.",
        {"absolute"},
    ),
    (
        "Tony, I remember the man who built the treehouse with his own hands, but these days you never finish anything you start, not the deck, not the car, not your GED.",
        {"absolute"},
    ),
    (
        "Every single conversation we have ends with you asking for money, every single one, I actually counted.",
        {"absolute"},
    ),
    (
        "You've wrecked every Thanksgiving for the last six years and this year I'm just not hosting.",
        {"absolute", "blame"},
    ),
    (
        "Since the day Ava was born you have not changed one diaper or done one night feed, because you were always out or sleeping it off.",
        {"absolute"},
    ),
    (
        "Every morning its the same routine, you cough, you shake, you go out to the car, and you come back steady.",
        {"absolute"},
    ),
    (
        "I love you, son, and I'm proud of lots of things you've done, but you lie to me every time you open your mouth about where you've been.",
        {"absolute"},
    ),
    ("Nothing I say ever gets through to you, I could be talking to the wall.", {"absolute"}),
    (
        "Over and over and over you tell me this is the last bag, and over and over I find another one in your jacket.",
        {"absolute"},
    ),
    (
        "Each payday, regular as rain, you cash the check at the liquor store on Elm and come home with half of it.",
        {"absolute"},
    ),
    (
        "Whenever things get hard you run to the pills, when your dad died, when you lost the job, when we fought, every single time.",
        {"absolute"},
    ),
    (
        "You never call unless you need something, Kev, and it's been that way since you moved to Tulsa.",
        {"absolute"},
    ),
    (
        "Honestly babe I'm so tired, all you ever talk about is when you can get more and who owes you.",
        {"absolute"},
    ),
    (
        "You have missed every parent teacher conference since Maddie started kindergarten, every one, and her teacher has stopped asking about you.",
        {"absolute"},
    ),
    (
        "Every Christmas Eve you promise the kids you'll be up early for presents and every Christmas morning they open them without you.",
        {"absolute"},
    ),
    (
        "You never once said sorry for the night you smashed the windshield, and you never once offered to pay for it either.",
        {"absolute"},
    ),
    (
        "Its like clockwork, a good week, then a phone call from someone I dont know, then you gone for three days.",
        {"absolute"},
    ),
    (
        "We've been married 22 years and I can't think of a single weekend in the last five where you werent hungover by Sunday.",
        {"absolute"},
    ),
    (
        "You dont ever pick up when I call, Marcus, I've left forty voicemails since Easter.",
        {"absolute"},
    ),
    (
        "You always end up at Ricky's place and you always come home at 4am wired and grinding your teeth.",
        {"absolute"},
    ),
    (
        "Time and time again you swore on your kids that you were done with meth, and time and time again you went back.",
        {"absolute"},
    ),
    (
        "I keep a calendar, and there hasn't been one month this year where you didn't borrow from Grandma.",
        {"absolute"},
    ),
    (
        "Because you never show up I've had to become both parents, and I'm exhausted.",
        {"absolute", "blame"},
    ),
    (
        "Dear Carlos, you will always be my little brother, but every visit home ends the same, you passed out in the yard and Mom crying on the phone to me.",
        {"absolute"},
    ),
    (
        "You never take responsibility for anything, it's always somebody elses fault, your ex, your boss, me.",
        {"absolute"},
    ),
    (
        "From the first of the month to the last you are either high or looking for it, there's no in between anymore.",
        {"absolute"},
    ),
    (
        "Sweetheart, I'll hold your hand through all of this, but you have let me down every single time I trusted you with the car.",
        {"absolute"},
    ),
    (
        "Every weekend without exception u text me at 3am asking me to come get you from somewhere.",
        {"absolute"},
    ),
    (
        "You've made me a liar to my own mother, because every time she asks how you're doing I cover for you, and you never even notice.",
        {"absolute", "blame"},
    ),
    (
        "Ever since the surgery you've finished every bottle before the refill date, month after month, without fail.",
        {"absolute"},
    ),
    (
        "You forget everything now, birthdays, appointments, the stove, the dog, and it's always on the nights you've been drinking.",
        {"absolute"},
    ),
    ("I dont want to be married to an alcoholic anymore, Greg, I want my husband back.", {"label"}),
    ("I'm tired of being the mother of a pillhead, Tyler.", {"label"}),
    ("You told me you'd get clean by summer and here we are in October.", {"clean"}),
    ("Your probation officer said the last two screens came back dirty.", {"clean", "hearsay"}),
    ("Your boss Linda phoned me and said you've been nodding off at the register.", {"hearsay"}),
    (
        "I found out from Kayla that you were buying from that guy behind the Shell station again.",
        {"hearsay"},
    ),
    (
        "All of us have talked it over and we all think you've stopped caring about anyone but yourself.",
        {"we"},
    ),
    ("Go to rehab or don't bother coming home, I mean it this time.", {"threat"}),
    (
        "If you walk out of this room without saying yes, you can forget you ever had a sister.",
        {"threat"},
    ),
    (
        "Real nice, showing up to Grandma's funeral smelling like a brewery, thanks for that.",
        {"sarcasm"},
    ),
    ("Congratulations on your third DUI, Jason, you must be so proud.", {"sarcasm"}),
    ("Honestly I think you're a narcissist, Dana, it's all about you.", {"diagnosis"}),
    ("You're so deep in denial you can't see what's right in front of you.", {"diagnosis"}),
    (
        "Look at yourself, it's pitiful, a forty year old man stealing from his mother's purse.",
        {"insult"},
    ),
    ("What kind of mother nods off with a baby in the bath.", {"insult"}),
]

DEV76_GOOD: list[str] = [
    "Jamie, I'm writing this because I love you and I want my brother back.",
    "I remember you teaching me to ride a bike on Hollis Street, running beside me until you were out of breath.",
    "Lately I've noticed your hands shake in the mornings and it scares me.",
    "When you missed Zoe's recital in May, I felt lonely sitting in that auditorium by myself.",
    "I miss the way you used to laugh at your own jokes before you got to the punchline.",
    "There is a bed waiting for you at Hazelden today and I'll drive you there myself.",
    "I'm asking you to accept the help that's been arranged, right now, this afternoon.",
    "Grandma would be so proud of the man you were at her bedside.",
    "I felt scared when I found you on the bathroom floor in March and couldnt wake you for a minute.",
    "Mom, you taught me how to make tamales and how to stand up for myself, and I'm trying to stand up for you now.",
    "I want to grow old with you on that porch we painted together.",
    "It hurt me when you didnt recognize me at the hospital after the overdose.",
    "I'm not here to punish you, I'm here because I'm scared of losing you.",
    "Since last fall I've seen you lose weight and stop going to the gym you loved.",
    "I have hope for you, Ben, more than you have for yourself right now.",
    "The program at Cedar Ridge has a family weekend, and I'll be there for it.",
    "I felt embarrassed, and then guilty for feeling embarrassed, when you fell on the dance floor at Kim's wedding.",
    "I love your stubbornness, it's what got you through basic training, and I think it can get you through this.",
    "When you coached my little league team you made the worst kid on the roster feel like a star.",
    "I miss our Saturday phone calls, just talking about nothing.",
    "Dad, I'm thirty now and I still want my father beside me when I get married next June.",
    "I've watched you go from a man who read to the kids at bedtime to a man who can barely get off the couch, and I'm worried about your health.",
    "Lucy, you've been my best friend since second grade and I'm not giving up on you.",
    "The pills were prescribed for your back, I know that, and I know this didnt start as your choice.",
    "I'm scared that the next phone call will be from a hospital.",
    "Your daughter drew a picture of the two of you at the beach and it's on our fridge.",
    "I would give anything for one more fishing trip with you up at Tahoe, sober and laughing.",
    "I want you to meet your niece when you're well, she has your dimples.",
    "The doctors and counselors there know what they're doing and you won't be alone.",
    "When I see you struggle to get out of bed, I feel helpless.",
    "I was so happy when you got the job at the mill, I could hear you grinning through the phone.",
    "Thank you for the years you carried this family when Dad got sick.",
    "You matter to me more than you know, Nate.",
    "I noticed you stopped painting, and that hurt, because your paintings hang all over my house.",
    "I'm asking you to get on the plane with Chris tonight and go to treatment.",
    "Even on the hard days, I'm proud to be your wife.",
    "I know you feel ashamed, and I want you to know I'm not ashamed of you.",
    "The night you drove with the kids in the car after drinking, I was terrified for all three of them.",
    "I love you, Pop, and I'm holding onto hope.",
    "When you held my hand at Mom's funeral, I felt like I could survive anything.",
    "I've packed a bag for you with your good pillow and the gray sweater you like.",
    "I'm ready to do my part too, I started going to Al-Anon on Tuesdays.",
    "you were my first call when i had the miscarriage and you stayed on the phone with me till 3",
]

DEV76_TRAPS: list[str] = [
    "Every Sunday we had pancakes at Lou's diner and you always ordered the blueberry ones, and I want those Sundays back.",
    "I never once doubted that you could beat this, not for a second.",
    "You always told that joke about the penguin walking into a bar and Grandpa laughed every single time.",
    "Last spring you put together ninety-two days sober, and I counted every one of them with you.",
    "I pray for you every night before I go to sleep, without fail.",
    "I go to my meeting every Thursday at the Methodist church, and I think of you each time.",
    "My dad was a drunk who never said sorry to anyone, and you are nothing like him.",
    "I was an addict for nine years before I got sober in 2011, so I know how heavy this is.",
    "You said to me on the phone, 'I'm a junkie, Ma, just let me go,' and I refuse to let you go.",
    "You are not an alcoholic to me, you are my Danny.",
    "I'm a chocolate junkie and you used to hide my Reese's in the freezer to tease me.",
    "Every summer we drove up to Uncle Ray's cabin and you let me steer the boat.",
    "We always had Friday movie night and you always picked the worst horror film, and I loved it.",
    "I was so proud when you finished your six months at Gateway and got that coin, you earned every bit of it.",
    "Your doctor told us in March that your liver numbers are high, and I want you around for a long time.",
    "The cardiologist said your heart is enlarged, and I'm scared, and I love you.",
    "We spent every Fourth of July on the roof watching fireworks, remember?",
    "I clean houses for a living, so I know hard work, and I'm not afraid of hard work for you.",
    "Last Saturday I cleaned out the garage and found your old skateboard, and I sat there and cried.",
    "I'll never stop believing in you.",
    "Even this year you didnt forget to call Grandma on her birthday, and that told me the real you is still in there.",
    "You always made sure I got home safe after my late shifts, every single night the summer I was seventeen.",
    "My brother Paul was a pillhead for most of the nineties and he's been sober 20 years now, so I know people come back.",
    "I'm a recovering alcoholic myself, eleven years this June.",
    "You told me once, crying, 'I always ruin everything,' and I want you to know that isn't true.",
    "Each and every morning I walk the dog past your old school and remember walking you there.",
    "I have never been so sure of anything as I am that you are worth fighting for.",
    "Week in and week out you drove me to my chemo appointments that year, and I havent forgotten it.",
    "Like clockwork you'd call me on my lunch break just to tell me something dumb the dog did, and I miss those calls.",
    "We went to Myrtle Beach every August when we were kids and you taught me to body surf.",
    "Every time I hear Tom Petty I think of you singing in the car with the windows down.",
    "Our family has always been loud and messy and loving, and you've been the heart of it.",
    "The psychiatrist at St. Luke's diagnosed you with depression two years ago, and I know how hard you fought it.",
    "You hit ninety days once before, and I saw how bright your eyes got.",
    "I drink my coffee every morning out of the mug you made in pottery class.",
    "Dirty dishes, muddy boots, loud music, I'd take all of it back just to have you living here healthy.",
    "There was never a day you didnt make me feel like your favorite, even with four of us kids.",
    "I never want to find you like that again, so I'm asking you to go today.",
    "You kept every card I ever sent you in a shoebox, I found it when I was looking for your insurance papers.",
    "Every night when the kids say their prayers they ask God to bring daddy home healthy.",
    "You've carved the turkey every Thanksgiving since Grandpa passed, and I want you at the head of that table this year.",
    "My mother was an alcoholic who died at forty-six, and I cannot lose you the same way.",
    "I'm not going anywhere, I'm in this with you for the long haul, always.",
    "Every birthday since you were born I've baked you a lemon cake, and I'm baking one for when you come home from treatment.",
    "You're a total gym junkie when you're well, and I want to see you back in those spin classes.",
    "Your sponsor Rick is a good man, and he was right there beside you when you got your sixty day chip.",
    "Remember how you never lost at Uno and the rest of us swore you were cheating?",
    "When you were sober last year you didnt miss a single one of Ethan's practices, and he still talks about it.",
]

DEV76_BOTTOM_LINE_OK: list[str] = [
    "If you choose not to go today, I will not be paying your phone bill or your car insurance after this month.",
    "If you say no, you can't keep living in the basement, I'll help you find a shelter bed but I won't have you here while you're using.",
    "If you won't accept help today, I won't bring the kids to visit while you're drinking, though I'll keep sending you their pictures.",
    "If you turn this down, I am going to stop covering for you at work, I won't call in sick for you anymore.",
    "My bottom line is that I won't give you any more cash, but I'll buy your groceries and I'll be here the minute you're ready.",
]

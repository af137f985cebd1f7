# ruff: noqa: E501  (one sentence a line reads best)
"""Round 16 (h129): hard kind sentences, written here before any reading was built (none is
from a held-out batch), in the shapes of the good sentences and traps that the rules and the
second opinion still flagged in the released English corpus and on the fresh writers (dev
32-51, `--validate-fresh`): honest talk of use, fear, relapse, money and the past, as
families write it, with none of the ten kinds in it. By shape: an outing with the kids ("take
the kids back to the lake"); a choice offered kindly ("come to us or we'll come to you");
thanks for help in a hard time ("thank you for every ride to chemo"); "because you made me
feel at home, and I want that back"; a memory of the reader's kindness ("I remember you
carrying her groceries every week"); good news or comfort retold by a third person (a
teacher, a doctor, a sponsor, old teammates); a third person's illness or recovery told
plainly ("my brother was bipolar, and medication changed his life"); the writer's own fear,
money worries, relapse and past. Then harsh twins of the same shapes, which must stay
flagged with the category named.

Development sentences: the second opinion trains on them (as every coach_dev*.py).
"""

from __future__ import annotations

ROUND16_GOOD: list[str] = [
    # an outing with the kids
    "Next spring I want us to take the kids back to the beach house, with you on the porch like before.",
    "When you're home, we'll take the kids back up to the cabin and you can teach them to fish.",
    "I'd love for you to take the kids back to the zoo the way you used to on Saturdays.",
    "Grandma asked if you could take the kids again some Sunday once you're feeling stronger.",
    "My hope is that by Easter you're well enough to carve the lamb again.",
    "My hope is that one day we laugh about this week at the kitchen table.",
    # a choice offered kindly
    "Come for dinner on Sunday or I'll bring it over to you, whichever is easier.",
    "Stay with us this weekend or we'll drive up to you, whatever feels easier.",
    "Either I pick you up or you drive over, whatever's easier for you.",
    "Call me tonight or I'll call you tomorrow, either is fine with me.",
    # thanks for help in a hard time
    "Thank you for sitting with me in the hospital the night I lost the baby.",
    "Thank you for every phone call after the funeral, they kept me going.",
    "THANK YOU for driving through the snow to get me when my car broke down.",
    "Thank you for paying Mum's rent the winter Dad lost his job.",
    "Thank you for taking my shifts when I was in the hospital, I never said it properly.",
    # because you made me feel ..., and I want that back
    "I married you because you made me laugh, and I miss that laugh so much.",
    "I trusted you with the kids because you were so gentle with them, and I want that man back.",
    "We moved here because you loved the ocean, and I still think it was the right call.",
    "I fell for you because you made every room feel safe, and I want that feeling back for both of us.",
    # a memory of the reader's kindness
    "I remember you walking Mrs. Patel's dog every morning before your shift.",
    "I remember you shovelling the whole street's driveways every winter without a word.",
    "I remember you reading to Nora every night when she was scared of the dark.",
    "I still have the chip from your first ninety days in my jewelry box.",
    "I kept every letter you wrote me from basic training, and I read them when I miss you.",
    # good news or comfort retold by a third person
    "Your sponsor from last time called to say he's still rooting for you.",
    "The kids' teacher told me Leo drew a picture of you fishing and called it his best day.",
    "Dr. Hale said people come back from this all the time, and I believe her.",
    "Your old coach keeps asking after you; he says the team misses you.",
    "My counselor says it's normal for me to feel angry and scared at the same time.",
    "The pharmacist told me the pills you were taking can be hard to stop, so please don't try it alone.",
    "Your son asked me last night if you're going to be okay, and I told him I believe you will be.",
    "Your sister got sober at thirty-five and she says it was the hardest, best thing she ever did.",
    "My therapist thinks I've been carrying a lot of fear since your overdose, and she's helping me with it.",
    "You told me once that you were scared of ending up like your father, and I think about that a lot.",
    # a third person's illness or recovery told plainly
    "My mom, your nana, quit drinking at fifty and lived another thirty good years.",
    "My father had a gambling problem, and I know how much shame comes with that.",
    "Uncle Ray was diagnosed with depression last year and the medication really helped him.",
    "My brother has schizophrenia, and his doctors got him stable with the right treatment.",
    "Grandpa lost everything to gambling once and built it all back, and he'd say the same to you.",
    "My cousin Dee was on methadone for two years and now she runs a bakery.",
    # the writer's fear
    "I'm scared every time my phone rings after midnight.",
    "I was terrified the night the police brought you home, and I never told you.",
    "The summer you were using, I slept with my phone under my pillow.",
    "The last time you were in the hospital, I sat in the parking lot and cried for an hour.",
    "After your DUI, I stopped sleeping well, and I think about you on the road every night.",
    "I found the empty bottles in the garage, and I felt sick with worry, not anger.",
    "I counted the pills in the cabinet last week, and I hated myself for doing it.",
    "I've been afraid to say anything about the drinking because I didn't want to lose you.",
    "I used to hide my own fear behind jokes, and I'm done hiding it.",
    # relapse
    "When you relapsed in March, I didn't know what to say, and I'm sorry I stayed quiet.",
    "I know relapse can be part of recovery, and it won't change how much I love you.",
    "If you slip after treatment, we'll start again, and there's no shame in it.",
    "You got sober once before, and I watched you do it, so I know you can do it again.",
    "I remember how hard you tried to quit in 2019, and I know how much that took.",
    "I know you've been using again, and I'm not writing this to shame you.",
    "If you need to leave treatment early, call me first and I'll come and get you.",
    "Even if you say no today, I'll still be at your game on Saturday.",
    # money
    "We've covered the overdue electric bill, and we're not asking for the money back.",
    "I lent you the money for the car because I believed in you, and I still do.",
    "Our savings are mostly gone, and I'm telling you because I don't want secrets between us.",
    "The money you borrowed from Grandpa doesn't matter to him as much as you do.",
    "I'm not angry about the money; I'm frightened about what the pills are doing to you.",
    "I know the debt scares you; we'll sit down with the bank together.",
    "The money is just money; the kids need their mom.",
    "I've worried about money since you lost the job, but I've never worried about whether you're a good dad.",
    "I paid the bail because I love you, not because I think you're a bad person.",
    # the past
    "When Dad was drinking, we never talked about it, and I don't want our family to repeat that.",
    "I spent years being angry at my own father's drinking, and I don't want that for us.",
    "My own drinking in my twenties scared my parents half to death, so I know a little of how this feels.",
    "I used to think addiction was a choice, and I was wrong.",
    "We all fell apart a little when Grandma died, you most of all, and that's okay.",
    "When you stopped answering your phone last week, I drove past your flat three times.",
    "The kids don't know about the rehab stay last year, and we can decide together what to tell them.",
    "I've been to three Al-Anon meetings, and for the first time I don't feel alone.",
    "The night you overdosed, the paramedic told me you were lucky, and I thank God for that every day.",
    "I'd give anything to see you back in the choir, singing like you did at Mom's funeral.",
    "There's a bed at the clinic on Monday and Dad has already booked the time off to drive you.",
    "You never once raised a hand to any of us, even at your worst, and I know you're still that man.",
    "I'm not here to judge the drinking, only to tell you what I've seen and how much I love you.",
    "I'm not going to take the car keys or the kids from you; I want you to come to this willingly.",
    "None of us has ever stopped hoping for you.",
    "I always knew you'd come back to us, even on the worst nights.",
    "I was embarrassed at the wedding, and then ashamed of being embarrassed, because you're my brother.",
    "It's not your fault that you got sick, but getting well is something we can help with.",
]

ROUND16_FLAG: list[tuple[str, set[str]]] = [
    ("If you drink again, I'll take the kids and you won't see them.", {"threat"}),
    ("Either you go to rehab or I take the kids to my mother's.", {"threat"}),
    ("Pack your bags or I'm calling the police.", {"threat"}),
    ("If you don't go tonight, don't bother coming home.", {"threat"}),
    ("Thank you so much for ruining Christmas again.", {"sarcasm"}),
    ("Thanks for showing up drunk to the funeral, really.", {"sarcasm"}),
    ("Good job getting fired again.", {"sarcasm"}),
    ("Thanks for nothing, as usual.", {"sarcasm"}),
    ("Nice of you to finally show up sober for once.", {"sarcasm"}),
    ("You're a drunk and everyone knows it.", {"label"}),
    ("You're an addict, plain and simple.", {"label"}),
    ("You're a junkie who only cares about the next fix.", {"label"}),
    ("You're a crackhead, just like your brother.", {"label"}),
    ("You are an alcoholic and a liar.", {"label"}),
    ("You always ruin every holiday with your drinking.", {"absolute"}),
    ("You never once kept a promise to me.", {"absolute"}),
    ("You always choose the bottle over us.", {"absolute"}),
    ("You never cared about anyone but yourself.", {"absolute"}),
    ("Every single time you promised to stop, you lied.", {"absolute"}),
    ("It's your fault we lost the house.", {"blame"}),
    ("Because of you, the kids cry themselves to sleep.", {"blame"}),
    ("You're the reason Dad had his heart attack.", {"blame"}),
    ("Your drinking has destroyed this family and it's all on you.", {"blame"}),
    ("You're a pathetic excuse for a father.", {"insult"}),
    ("You're a disgrace to your father's name.", {"insult"}),
    ("You're a selfish pig.", {"insult"}),
    ("You're a loser and always will be.", {"insult"}),
    ("Your sister says you're a liar and a thief.", {"hearsay"}),
    ("Grandma says you've been stealing from her purse.", {"hearsay"}),
    ("Your own mother thinks you're a lost cause.", {"hearsay"}),
    ("Your boss told me you showed up high at work.", {"hearsay"}),
    ("We all think you're a lost cause.", {"we"}),
    ("We're all done covering for you.", {"we"}),
    ("We all agree you're the problem.", {"we"}),
    ("You're clearly bipolar and you need to admit it.", {"diagnosis"}),
    ("You're obviously a narcissist.", {"diagnosis"}),
    ("You're clearly a sociopath.", {"diagnosis"}),
    ("When you were clean, you were a better person.", {"clean"}),
    ("You've got to get clean before you can see the kids.", {"clean"}),
    ("Your urine test came back dirty again.", {"clean"}),
    # thanks for a misdeed in a hard time (beside "thank you for driving me to chemo when I was sick")
    ("Thank you for disappearing when Dad died.", {"sarcasm"}),
    ("Thank you for sleeping through my graduation when I needed you.", {"sarcasm"}),
    ("Thanks for selling my car while I was in hospital.", {"sarcasm"}),
    ("Thank you for spending the rent money the month Mum was sick.", {"sarcasm"}),
    ("Thank you for abandoning us the winter Dad lost his job.", {"sarcasm"}),
    ("Thanks for gambling away our savings after the funeral.", {"sarcasm"}),
    ("Thank you for vanishing when I was in labour.", {"sarcasm"}),
    ("Thank you for using again after the funeral.", {"sarcasm"}),
    ("Thank you for hiding bottles when I was pregnant.", {"sarcasm"}),
    ("Thank you for coming home drunk the night Mum was in hospital.", {"sarcasm"}),
    ("Thanks for driving the kids home high after my surgery.", {"sarcasm"}),
]

# ruff: noqa: E501
"""Round 6's own sentences (2 December 2026): written with the rules, not blind — each new
construction of the round shown once (ROUND6_FLAG) and each new guard's kind twin
(ROUND6_TRAPS: the innocent use that the guard keeps quiet). Read by tests/coach_corpus.py
into the rules' development split; training data for the learned second opinion too.
"""

from __future__ import annotations

ROUND6_FLAG: list[tuple[str, set[str]]] = [
    # --- label: the reader named as kin in the present, "my X the Y", slang ---
    ("It hurts to say that you're an addict now.", {"label"}),
    ("My wife is a drunk, and I am done hiding it from the neighbours.", {"label"}),
    ("My husband the junkie missed his own son's christening.", {"label"}),
    ("Somewhere along the line you turned into a drunkard.", {"label"}),
    # --- sarcasm: mock praise beside a hard moment ---
    ("Brilliant plan, putting the rent money on a parlay.", {"sarcasm"}),
    ("Loved the part where you passed out in the photo booth.", {"sarcasm"}),
    ("Funny how you remember your dealer's number but never your son's birthday.", {"sarcasm"}),
    ("So proud of how you did Christmas, snoring on the couch by noon.", {"sarcasm"}),
    ("Moving your Percocet from bottle to bottle takes real skill.", {"sarcasm"}),
    ("Yeah, ur totally fine, that's why you fell down the stairs.", {"sarcasm"}),
    ("Mother of the bride, ladies and gentlemen, passed out before the cake.", {"sarcasm"}),
    ("Nice job, drunk.", {"sarcasm"}),
    # --- threat: said politely, a price without 'or else' ---
    ("Go to detox or pack your bags for good.", {"threat"}),
    ("Either the gambling goes or the kids and I do.", {"threat"}),
    (
        "I've already spoken to my attorney about custody, so think very carefully before you answer.",
        {"threat"},
    ),
    ("Keep using and one day you'll wake up to the locks changed.", {"threat"}),
    (
        "Sign the papers for the clinic before I'm forced to call your probation officer.",
        {"threat"},
    ),
    ("If you show up late one more time, I'm going straight to your supervisor.", {"threat"}),
    # --- we: a group without 'we', texting ---
    ("we all know u been drinking again", {"we"}),
    ("Your brothers and your dad have all concluded that the pills run your life.", {"we"}),
    ("The consensus in this house is that you need help.", {"we"}),
    ("Your coach and your teammates are all on the same page about your drinking.", {"we"}),
    ("The whole family's in agreement: you need to go.", {"we"}),
    ("Everybody who loves you is exhausted.", {"we"}),
    ("Me and your uncles all decide together that you go to the clinic.", {"we"}),
    ("Nobody in this family can argue with the police report.", {"we"}),
    # --- hearsay: a group's talk, a third person's belief, retold at work ---
    ("The lads at the garage say you turn up reeking of whisky.", {"hearsay"}),
    ("A cashier at the pharmacy mentioned you've been asking for early refills.", {"hearsay"}),
    ("Everyone in the family already knows you're using again.", {"hearsay"}),
    ("Your sister believes you've been stealing from Grandma.", {"hearsay"}),
    (
        "Two of your coworkers came to me last week saying you were passed out in the break room.",
        {"hearsay"},
    ),
    ("I hate what people are saying about you at church.", {"hearsay"}),
    # --- diagnosis: said in passing, a diagnosis dismissed ---
    ("Your depression is just an excuse to stay in bed.", {"diagnosis"}),
    ("The way you talk to the kids looks like classic narcissism to me.", {"diagnosis"}),
    ("Somehow you grew up into a sociopath.", {"diagnosis"}),
    ("The pills have made you paranoid.", {"diagnosis"}),
    ("Something is psychologically wrong with you.", {"diagnosis"}),
]

ROUND6_TRAPS: list[str] = [
    "My dad is a recovering alcoholic himself, and he wants to help you.",
    "My uncle, your great-uncle, was a drunk for years before he got sober.",
    "My sponsor introduces herself as an alcoholic, and she is the bravest woman I know.",
    "My husband the mechanic fixed your car for free.",
    "Your cousin is an adrenaline junkie just like you, always up a mountain.",
    "Especially the part where you sang to Grandma, I loved that night.",
    "Funny how you always know exactly what I need.",
    "I'm so proud of how you handled Dad's funeral, reading the eulogy with your hand on his coffin.",
    "Quite the welcome you gave us at the airport, running up with flowers.",
    "Getting sober takes real dedication, and I know you have it.",
    "Who would have thought you'd be the one teaching me to cook?",
    "Thank you ever so much for driving Grandma to her appointments.",
    "At the game I wanted to hug you right there in the stands.",
    "Father of the bride, everyone, and he cried through the whole first dance.",
    "Yeah, you're totally fine to borrow my car this weekend.",
    "Your grandfather would be so proud of you today.",
    "Nice going, champ!",
    "Your famous 'secret sauce' is still the best thing at every barbecue.",
    "Every month you paid the mortgage on time, even when work was slow.",
    "What a lovely way to spend my birthday, with you and the kids.",
    "My husband the chef made your favourite soup for when you come home.",
    "Take your time and think carefully about what you decide; your job will be here either way.",
    "I've already talked to a lawyer about setting up a trust for the kids, so you don't have to worry.",
    "If the snow keeps up we'll have no choice but to stay another night with you.",
    "If you need a ride to the program, I'll go straight to your boss and ask for the day off for you.",
    "Either the old truck goes or we buy a second one, your dad says.",
    "Keep practicing and one day you'll wake up to a trophy on your shelf.",
    "Rehab or no rehab, I'm going to keep loving you.",
    "I'm not calling the cops, I'm calling your sponsor, and then I'm driving you myself.",
    "Everybody who loves you is coming to your birthday on Sunday.",
    "We want you to come to the lake with us this summer.",
    "My sisters and I are all on the same page about the menu for Mom's party.",
    "The consensus in this house is that your lasagna is the best in the state.",
    "Your aunts have all agreed to bring a dish for your birthday.",
    "The family has decided to rent a cabin for your birthday.",
    "The guys at the shop say you make the best coffee in the county.",
    "Everyone at church already knows you're coming home on Sunday, and they can't wait to see you.",
    "My mother thinks you're doing great in the program.",
    "The nurse at the clinic said your heart sounds strong.",
    "A colleague at the hospital mentioned you'd make a great charge nurse.",
    "People say the first week is the hardest, and I'll be with you for all of it.",
    "Your teammates came to me after practice to say they miss you in the locker room.",
    "Your anxiety is real, and it's not an excuse; it's something we can treat together.",
    "You grew up into the kindest man I know.",
    "The doctor said the mood swings look like mania from the steroids, and they'll pass.",
    "Withdrawal made you paranoid for a week, and the nurse said that's normal.",
    "Your golf swing looks like a pro's these days.",
]

# ruff: noqa: E501  (one sentence a line reads best)
"""Round 13 (h110): the constructions of the r13c_ rules (English blame and threat, from
development batch 50) in other words, written by the rule writer after reading dev 50's FLAG
sentences, with kind twins that share their words.

Written after the rules' first draft and scored once before they were widened for these
sentences; the first look is in docs/coach.md, "Thirteenth round: English blame and threat
from dev 50 (h110)". Training data for the learned second opinion, like every
tests/coach_dev*.py.
"""

from __future__ import annotations

ROUND13C_FLAG: list[tuple[str, set[str]]] = [
    # blame: "I hope it was worth …", a loss weighed against the drink or the drugs
    ("I hope the weekend in Vegas was worth your daughter's tears.", {"blame"}),
    ("hope that high was worth losing ur job over", {"blame"}),
    ("Tell me honestly, were those six beers worth the ambulance ride?", {"blame"}),
    ("I really hope the coke was worth Dad's heart attack.", {"blame"}),
    (
        "I bet the bottle was worth more to you than your marriage, and I hope it was worth it.",
        {"blame"},
    ),
    # blame: "the stress you put on …", "the hell you've put us through"
    ("Look at the stress you've put on Grandma, she can barely sleep.", {"blame"}),
    ("all the drama u caused at Thanksgiving is why nobody talks anymore", {"blame"}),
    ("The heartache you brought into this house will take years to undo.", {"blame"}),
    ("I can't count the sleepless nights you've caused your mother.", {"blame"}),
    ("The worry you dumped on the kids is more than any child should carry.", {"blame"}),
    # blame: a sacrifice "while you were out getting high"
    ("I worked two jobs to keep the house while you were out getting wasted.", {"blame"}),
    ("Mom raised your boys while you stayed high in that apartment.", {"blame"}),
    ("I covered your rent three months running while u were partying every night.", {"blame"}),
    ("I sat up with the baby all night while you were passed out on the couch.", {"blame"}),
    (
        "Grandpa drove you to court and paid the fine while you were chasing your next high.",
        {"blame"},
    ),
    # blame: "didn't fall apart by itself", "the bills didn't pay themselves"
    ("Our savings didn't just disappear on their own, Kevin.", {"blame"}),
    ("This family did not fall to pieces by itself.", {"blame"}),
    ("the bills didnt pay themselves while you were at the bar", {"blame"}),
    ("The business didn't go under out of nowhere, and you know that.", {"blame"}),
    # blame: a pointed closer after a loss
    ("You missed the funeral because you were hungover, so let that sink in.", {"blame"}),
    (
        "The car is wrecked and the insurance dropped us, so think hard about whose fault that is.",
        {"blame"},
    ),
    (
        "Her therapy bills, her panic attacks, the nightmares, put all of that on your tab.",
        {"blame"},
    ),
    (
        "Dad ended up in the hospital the night you got arrested, so you can connect those dots.",
        {"blame"},
    ),
    (
        "We're selling the cabin to pay your lawyer, so ask yourself who is paying for this.",
        {"blame"},
    ),
    ("Mom had a breakdown last spring, so sit with that for a while.", {"blame"}),
    # blame: "can you blame her?"
    ("Your wife took the kids to her mother's, and can you really blame her?", {"blame"}),
    ("Everyone stopped inviting you to things; who could blame them?", {"blame"}),
    ("Your son won't answer your calls anymore, and can anyone blame him?", {"blame"}),
    ("Jess moved out after the third DUI, and honestly, can you blame her.", {"blame"}),
    # blame: "you're X and the reason …"
    ("You're a liar and the reason Mom cries in the car.", {"blame"}),
    (
        "You have become a stranger and the whole reason our kids are scared of the weekend.",
        {"blame"},
    ),
    ("ur a mess and the only reason grandma won't come for christmas", {"blame"}),
    ("You're a wreck and the main reason my marriage is falling apart.", {"blame"}),
    # blame: "dragged us down with you"
    ("You've pulled your whole family down with you.", {"blame"}),
    ("You are taking the kids down with you, and it has to stop.", {"blame"}),
    ("u dragged everyone right down with u", {"blame"}),
    ("You keep bringing this household down with you, one bender at a time.", {"blame"}),
    ("You brought the business down to your level with the drinking.", {"blame"}),
    # blame: the children learned it from watching the reader
    ("Jamie thinks lying to teachers is fine, because that's what he sees at home.", {"blame"}),
    ("Your daughter hides bottles in her closet now; she learned it from watching you.", {"blame"}),
    ("The twins yell and slam doors because that's all they heard growing up with you.", {"blame"}),
    ("He's drunk at every party now, and that's exactly how he saw you act.", {"blame"}),
    # blame: "I didn't spend a dime of it on myself"
    ("The card is maxed out and I never spent a penny of it on me.", {"blame"}),
    ("We're in collections, and not one dollar of it went on me.", {"blame"}),
    ("Our account is drained and I didn't spend a single cent on myself.", {"blame"}),
    ("My savings are gone and I never got a dime of it for myself.", {"blame"}),
    # blame: "don't tell me you're only hurting yourself"
    ("Don't say you're only hurting yourself when your kids are watching.", {"blame"}),
    ("You aren't just hurting yourself, you're hurting all of us.", {"blame"}),
    ("Stop pretending it's only hurting you.", {"blame"}),
    ("you think you're only hurting urself but look at mom", {"blame"}),
    ("Quit kidding yourself that you're just destroying yourself.", {"blame"}),
    # blame: "you explain it to them, because I can't anymore"
    ("Your son keeps asking why you missed his birthday; you can tell him why.", {"blame"}),
    ("Next time Ava asks where daddy went, you explain it, because I'm done.", {"blame"}),
    ("you be the one to tell the kids why we can't go to the lake, I can't anymore", {"blame"}),
    ("The girls asked me why you sleep all day, so you can explain that to them.", {"blame"}),
    # blame: "what am I supposed to tell them?"
    ("When the kids ask why you're never home, what am I supposed to tell them?", {"blame"}),
    ("Your mother asked me where you were all night, and what do I say?", {"blame"}),
    ("People at church ask why Dad looks so sick lately; what am I meant to say?", {"blame"}),
    ("When Ellie asks how come you weren't at her recital, what should I tell her?", {"blame"}),
    # blame: "it was me, not you"
    ("Somebody had to sit with Grandpa at the hospital, and it was me, not you.", {"blame"}),
    ("Someone had to pay the lawyer, and it was Mom, not you.", {"blame"}),
    ("Every time the school called, it was your wife and not you.", {"blame"}),
    ("Somebody had to tell the landlord, and it was me - not you.", {"blame"}),
    # blame: "I carry your debts, your lies …", "somehow I'm the one who gets called …"
    ("I pay your fines, your bar tabs and your phone bill, month after month.", {"blame"}),
    ("I keep your secrets and your lies and your excuses straight for everyone.", {"blame"}),
    ("I clean up your messes and your debts, and somehow I'm the bad guy.", {"blame"}),
    ("And yet I'm the one who gets called dramatic for worrying.", {"blame"}),
    ("Somehow I'm the one who is blamed when you don't come home.", {"blame"}),
    # threat: a cut-off "unless …"
    ("The rides to work stop on Friday unless you check into the program.", {"threat"}),
    ("Dad's finished paying your insurance unless you agree to treatment.", {"threat"}),
    ("You won't be sleeping on my couch anymore unless you go to detox.", {"threat"}),
    ("The money ends this month unless I see you at a meeting.", {"threat"}),
    ("No more lifts to the pub, no more cash, unless your sponsor calls me.", {"threat"}),
    # threat: "I'm warning you"
    ("I'm warning you, I will call the police next time you drive drunk.", {"threat"}),
    ("Consider yourself warned: the locks get changed if you come home high.", {"threat"}),
    ("Fair warning, my lawyer has the papers ready.", {"threat"}),
    ("im warning u, one more stunt like that and ur out", {"threat"}),
    ("I am warning you now, Mom is taking you out of the will.", {"threat"}),
    # threat: "whether I … is up to you"
    ("Whether I file for divorce is entirely up to you now.", {"threat"}),
    ("Whether the kids stay with me for good is your call.", {"threat"}),
    ("It's up to you whether I call your probation officer.", {"threat"}),
    ("Whether or not I unpack this suitcase is on you.", {"threat"}),
    ("Whether Grandma changes her will is in your hands.", {"threat"}),
    # threat: "you can keep the bottle or you can keep us", "you don't get both"
    ("You can have the bottle or you can have your kids.", {"threat"}),
    ("You could keep the weed or you could keep this job.", {"threat"}),
    ("It's the pills or your family; you can't have both.", {"threat"}),
    ("u can pick the booze or u can pick me", {"threat"}),
    # threat: "no rehab, no grandkids"
    ("No treatment, no more money.", {"threat"}),
    ("No detox means no wedding invitation.", {"threat"}),
    ("no rehab then no car, that's final", {"threat"}),
    ("No clean test, no visits with the baby.", {"threat"}),
    # threat: "I'll go to your probation officer myself"
    ("I'll march down to your probation officer myself if I have to.", {"threat"}),
    ("If you touch another drink, I'm going to call up your boss.", {"threat"}),
    ("I will drive straight to the police station if you take the car again.", {"threat"}),
    ("I'll email your sponsor whatever it takes.", {"threat"}),
    # threat: "if you stay …, you stay alone"
    ("If you keep drinking, you'll end up alone.", {"threat"}),
    ("Choose the pills and you will grow old by yourself.", {"threat"}),
    ("If you stay high, you stay on your own.", {"threat"}),
    ("Keep using and you're gonna die alone.", {"threat"}),
    # threat: "no more money, no more rides …"
    ("No more cash, no more bailing you out.", {"threat"}),
    ("There will be no more loans and no more excuses.", {"threat"}),
    ("no more rides, no more covering for u at work", {"threat"}),
    ("From today, no more rent from me; no more chances either.", {"threat"}),
    # threat: "keep this up and … your funeral"
    ("Keep it up and the next family photo will be at your graveside.", {"threat"}),
    ("Keep drinking like this and I'll be writing your eulogy.", {"threat"}),
    ("Carry on like this and you'll end up in a cell, and I won't be there.", {"threat"}),
    ("keep using and i'll see u at the morgue", {"threat"}),
]

ROUND13C_TRAPS: list[str] = [
    "I hope the trip to Maine was worth the long drive!",
    "The concert was worth every penny, thank you for the tickets.",
    "The stress you put on yourself before exams was always too much.",
    "I worked late while you were out getting groceries, remember?",
    "I took care of the dog while you were in treatment, and I loved it.",
    "The garden didn't grow by itself, you worked so hard on it.",
    "Sit with that feeling for a while, my therapist says, and breathe.",
    "Connect the dots on the puzzle with your niece, she loves it.",
    "Can you blame her for wanting to see you so much?",
    "You're my brother and the reason I smile every day.",
    "You never dragged us down, not once.",
    "He learned to cook from watching you, and he's proud of it.",
    "I didn't spend a dime on myself this Christmas; it all went on presents.",
    "Don't tell me you only hurt yourself skiing, your knee is huge!",
    "You explain it to them so much better than I do.",
    "When people ask what you want for your birthday, what am I supposed to say?",
    "It was me, not you, who broke the vase, so don't feel bad.",
    "I carry your photo and your letters with me, gladly.",
    "The rain stops unless you live in Seattle, ha.",
    "I'm warning you, the lasagna is spicy.",
    "Fair warning, Grandma is bringing the baby pictures.",
    "Whether we order pizza or tacos is up to you.",
    "You can keep the red sweater or you can keep the blue one.",
    "You can't have both the cake and the ice cream.",
    "No rehab stories tonight, we said, no sad talk.",
    "I'll drive over to your boss's party with you if you want company.",
    "If you stay at the cabin, you'll be alone but it's so peaceful.",
    "You'll never be alone, I'm right here with you.",
    "No more homework, no more books, summer is here!",
    "Keep it up and you'll win the trophy, I'm so proud.",
    "Keep doing this and you'll graduate in June.",
    "Whether I come for dinner is up to you, I'm easy.",
    "The money you sent for my birthday is worth more than you know.",
    "Somebody had to win the raffle, and it was me, not you, ha!",
]

"""Round 7's own development sentences (English, h60, 2 December 2026).

ROUND7_FLAG: sentences written to probe the round's constructions in other words (a few are
still missed; see docs/coach.md, "Round 7 (h60)"). ROUND7_TRAPS: kind sentences in the same
shapes, which must pass: a label refused or named by its owner, good news retold, a family
likeness, praise with tears of pride, "came clean". Written for this round, not copied from
any held-out list.
"""

from __future__ import annotations

ROUND7_FLAG: list[tuple[str, set[str]]] = [
    # sarcasm
    ("Oh sure, because you've been such a saint lately.", {"sarcasm"}),
    ("Brilliant, another Sunday lost to the couch and a case of beer.", {"sarcasm"}),
    ("Lovely to see you've found the time to sober up for your own son's birthday.", {"sarcasm"}),
    ("Congratulations, you managed to make it to noon before opening a bottle.", {"sarcasm"}),
    ("I'm thrilled the casino got your paycheck instead of the landlord.", {"sarcasm"}),
    ("Nice to see where our savings went.", {"sarcasm"}),
    ("Well done, Dad, you've finally taught the kids what a hangover is.", {"sarcasm"}),
    ("Father of the year over here, asleep in his truck at the school pickup.", {"sarcasm"}),
    ("Such a treat to get a call from the jail at three in the morning.", {"sarcasm"}),
    ('Ah yes, the famous "I\'ll quit on Monday."', {"sarcasm"}),
    ("Bravo on another missed recital.", {"sarcasm"}),
    ("You must be so proud of yourself.", {"sarcasm"}),
    ("Real nice, showing up to church smelling like a brewery.", {"sarcasm"}),
    ("Gee, I wonder where the rent money went.", {"sarcasm"}),
    ("How generous of you to spend our grocery money at the track.", {"sarcasm"}),
    ("Glad to know where we rank, somewhere below the bottle.", {"sarcasm"}),
    ("Mother of the year, forgetting Lily at the pool.", {"sarcasm"}),
    ("Cheers to another year of broken promises.", {"sarcasm"}),
    ("Well, at least you're consistent: drunk every Christmas.", {"sarcasm"}),
    ("Your timing is impeccable, as always, relapsing the week of my wedding.", {"sarcasm"}),
    ("What a charming way to spend our anniversary, watching you throw up.", {"sarcasm"}),
    ("Your little 'business lunches' don't fool anyone.", {"sarcasm"}),
    ("I'd hate for your boss to hear about the casino from me.", {"threat"}),
    # blame
    ("Mom had to go back to work at sixty-eight because of your debts.", {"blame"}),
    (
        "The kids stopped asking for you, and you have nobody to thank for that but yourself.",
        {"blame"},
    ),
    ("You made your bed, now you can lie in it.", {"blame"}),
    ("Your drinking cost Jake his college fund.", {"blame"}),
    ("Grandpa died waiting for you to show up sober.", {"blame"}),
    ("It's your drinking that put Dad in the hospital.", {"blame"}),
    ("Thanks to your little habit, we're selling the cabin.", {"blame"}),
    ("We had to move in with Grandma because you drank the mortgage.", {"blame"}),
    ("Dad's drinking again and I think you know why.", {"blame"}),
    ("You're the one who brought the drugs into this house.", {"blame"}),
    ("Mom's savings are gone and you're the only one who had the PIN.", {"blame"}),
    ("My ulcer is back, and I lay it squarely at your feet.", {"blame"}),
    # absolutes
    ("You never think about how this affects anyone else.", {"absolute"}),
    ("Not a day goes by without you texting me for money.", {"absolute"}),
    ("Whenever we make plans, you cancel at the last minute.", {"absolute"}),
    ("All you ever do is sleep and drink.", {"absolute"}),
    ("You can't get through a single meal without a drink.", {"absolute"}),
    ("You have missed every single one of Ava's games this season.", {"absolute"}),
    ("You lie about everything, even small things.", {"absolute"}),
    ("You have a drink in your hand every time I see you.", {"absolute"}),
    ("Twice a week, like clockwork, you call asking for cash.", {"absolute"}),
    # threats
    ("If you don't go tonight, don't bother calling me again.", {"threat"}),
    ("You go to treatment or you lose the kids, simple as that.", {"threat"}),
    ("Walk out that door and you'll never see me again.", {"threat"}),
    ("You have until Friday to decide, and then I'm done.", {"threat"}),
    ("Keep it up and you'll be sleeping in your car.", {"threat"}),
    ("I will take the kids and you will never find us.", {"threat"}),
    ("If the car goes missing again, I'm pressing charges.", {"threat"}),
    ("Come home drunk one more time and the locks get changed.", {"threat"}),
    ("Do this or lose me forever.", {"threat"}),
    ("There's a bag packed by the door if you say no.", {"threat"}),
    # hearsay
    ("Your aunt Linda said she saw you stumbling out of the liquor store.", {"hearsay"}),
    ("Jenny's mom mentioned that you were slurring at pickup.", {"hearsay"}),
    ("I heard from your cousin that you lost your job weeks ago.", {"hearsay"}),
    ("Word around town is you owe money to some scary people.", {"hearsay"}),
    ("Your boss called me asking if you'd been drinking on the job.", {"hearsay"}),
    ("Mike from next door saw you passed out in the driveway.", {"hearsay"}),
    ("My sister's husband saw you buying at the gas station.", {"hearsay"}),
    ("Your ex says you still owe her for the kids.", {"hearsay"}),
    ("The whole street is talking about the ambulance.", {"hearsay"}),
    # "we"
    ("Everybody at this table agrees you need help.", {"we"}),
    ("Your sisters and I think you should move out.", {"we"}),
    ("We've all had enough of the lies.", {"we"}),
    ("Every person in this family is exhausted by your drinking.", {"we"}),
    ("Your brother and I both think you're drinking yourself to death.", {"we"}),
    ("None of us trust you with the car anymore.", {"we"}),
    ("Every last one of us in this room thinks you have lost your way.", {"we"}),
    # labels, clean, diagnosis
    ("My grandson is a pillhead and I can't pretend otherwise.", {"label"}),
    ("Their father is a drunk, and the kids can see it.", {"label"}),
    ("I'm done pretending my husband isn't an alcoholic.", {"label"}),
    ("Please come home clean, for the kids.", {"clean"}),
    ("The screen the clinic ran on Monday was dirty again.", {"clean"}),
    ("You've got that addictive personality, just like your uncle.", {"diagnosis"}),
]

ROUND7_TRAPS: list[str] = [
    "I won't call you a junkie or an addict, not today and not ever.",
    "You once called yourself a useless old drunk, and I told you that wasn't true.",
    "She calls herself a grumpy old alcoholic at meetings and laughs.",
    "I grew up an adult child of an alcoholic, so I know what that house feels like.",
    "People used to call guys like me drunks, and I got sober anyway.",
    "His father was an alcoholic too, and he still turned out kind.",
    "They told me your oxygen numbers were stable, and I cried with relief.",
    "Your aunt said you have your grandpa's hands.",
    "Mama always said you had the kindest eyes in the family.",
    "You never, ever forgot to send me a birthday card.",
    "You always had a fresh pot of coffee waiting when I came home.",
    "Great job on your graduation speech; you had the whole room in tears.",
    "Your job will be here when you finish the program, and I'll make sure of it.",
    "You came clean about the money, and I respect that.",
    "The kids came home muddy from the creek, grinning just like you used to.",
    "Way to go on your ninety days, I'm so proud of you.",
    "Real classy of you to send Grandma flowers every Sunday.",
    "Your 'famous' chili is still the first thing Dad asks for.",
    "All of us can see how hard you've tried this year.",
    "Everyone in this family is pulling for you.",
    "Nobody in this room thinks you're a bad father.",
    "Our neighbour says she sees you walking the dog most mornings.",
]

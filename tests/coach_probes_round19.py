# ruff: noqa: E501  (one sentence a line reads best)
"""Round 19 (r41): the constructions the r19_ rules read, each said in words of our own (none
copied from a batch), with kind twins that must stay quiet: a warm "always" or "never", a loss
"because of the insurance", the writer owning their part, someone else blamed, a doctor's
hopeful report, praise meant sincerely.

By construction: "every/each (and every) time I try …, you walk out"; "not (even) once / one
(single) time"; "forever / constantly -ing"; "nothing I say gets through"; "your doing / on you
/ belongs to you"; "X traces back to your …"; "you owe …"; "after all the years I …"; "is this
the thanks…"; "<person> reported / informs us / keeps calling to say / sent me screenshots";
"rumor around town"; "a true gentleman … falling …"; a praise word opening a sentence beside
the scene; "what kind of <role> does …"; "ashamed of what you have become".

Not training data (the name is not coach_dev*): tests/test_coach_construction_rules.py runs them with the
rules alone.
"""

from __future__ import annotations

ROUND19_PROBES: list[tuple[str, set[str]]] = [
    # absolute: every/each time I try, you …
    ("Each and every time I ask about the money, you slam the door and drive off.", {"absolute"}),
    ("Whenever we try to talk about Saturday, you change the subject.", {"absolute"}),
    ("Every single time the kids call, he's passed out on the recliner.", {"absolute"}),
    # absolute: not once / one single time
    ("You haven't told me the truth about the pills one single time since June.", {"absolute"}),
    ("Not a single Christmas did you remember to call your nephew.", {"absolute"}),
    ("At no point did you admit what happened at the lake.", {"absolute"}),
    # absolute: forever / constantly -ing
    ("You're forever borrowing money you never pay back.", {"absolute"}),
    ("Lately you're slurring your words all the time on the phone.", {"absolute"}),
    # absolute: nothing I say / none of it is ever enough
    ("Nothing your father and I say seems to reach you anymore.", {"absolute"}),
    (
        "We tried the counselor, the pastor and the doctor, and none of it is ever enough to keep you sober.",
        {"absolute"},
    ),
    # absolute: can't go one weekend without
    ("It's like you can't get through a single dinner without a drink in your hand.", {"absolute"}),
    # absolute and blame: X traces back to your …
    ("Every fight in this house goes right back to your drinking.", {"absolute", "blame"}),
    # blame: your doing / on you / belongs to you / the cause of it is you
    ("The state this family is in is entirely your doing.", {"blame"}),
    ("Whatever is left of this mess belongs to you, not to me.", {"blame"}),
    ("Mom's panic attacks are on you, and you need to own that.", {"blame"}),
    ("Our savings are gone, and the cause of it is you.", {"blame"}),
    # blame: you owe
    ("You owe your brother an apology for what you did at his graduation.", {"blame"}),
    # blame: after all the years I …; is this the thanks
    ("After all the years I covered your shifts, still you lie to my face.", {"blame"}),
    ("Is this the gratitude I get for raising you alone?", {"blame"}),
    ("I paid your rent for two years and you gave me nothing but excuses in return.", {"blame"}),
    # blame: a loss so you could buy; lost over your debts
    ("Grandpa's watch got sold so you could buy more pills.", {"blame"}),
    ("We had to sell the truck over your gambling debts.", {"blame"}),
    # blame: was fine until you; what you put me through
    ("This house was peaceful until you started using in the garage.", {"blame"}),
    ("Do you have any idea what you have put your mother through this year?", {"blame"}),
    # hearsay: reported / informs us / keeps calling to say / sent me screenshots
    ("Your parole officer informed us that you missed two drug tests.", {"hearsay"}),
    (
        "Your neighbor keeps texting me to say you're out in the driveway drunk at night.",
        {"hearsay"},
    ),
    ("Your cousin sent me screenshots of the messages you sent her at 3am.", {"hearsay"}),
    ("Word around the church is that you were arrested again.", {"hearsay"}),
    ("From what the guys at your work tell me, you've been drinking in the truck.", {"hearsay"}),
    # sarcasm: a true gentleman … falling; a praise word opening a sentence beside the scene
    ("You were a real gentleman at the reunion, falling into the buffet table.", {"sarcasm"}),
    ("Stellar parenting, letting the kids find your stash in the glovebox.", {"sarcasm"}),
    ("Great work on the minivan, only took you six beers and a mailbox.", {"sarcasm"}),
    (
        "Thanks for keeping things interesting by vanishing for a week with the rent money.",
        {"sarcasm"},
    ),
    # insult: what kind of <role> does …; ashamed of what you have become
    ("What kind of uncle steals from his own nephew's birthday card?", {"insult"}),
    ("I'm ashamed of what my son has become.", {"insult"}),
    ("A real father would have shown up for his kids.", {"insult"}),
    ("I can hardly stand to look at you when you're like this.", {"insult"}),
]

ROUND19_KIND: list[str] = [
    # a warm always or never
    "Every time I call, you pick up and make me laugh.",
    "Each time I visited, you had the kettle on before I sat down.",
    "You never once raised your voice at me, not even once.",
    "Not once did you miss one of my games.",
    "At no point did you make me feel like a burden.",
    "You're forever making me laugh at the worst moments.",
    "Nothing I do for you is ever a chore.",
    "I can't go a single day without thinking about you.",
    "Everything good in me goes back to you and the way you raised me.",
    "It was always about you kids when Dad planned the summer.",
    # a loss because of the insurance; someone else blamed
    "We lost the house because of the insurance, not because of anything you did.",
    "Our savings went to Grandma's care home, and I'd spend it again.",
    "The flood was nobody's doing, and we got through it together.",
    "Your ex didn't do this to you, and neither did the pills; you're sick, and you can get well.",
    # the writer owning their part
    "I was the drunk at every family party for years, so I know how this feels.",
    "I owe you an apology for the things I said last spring.",
    "I'm sorry for what I put you through when I was drinking.",
    "After all the years I spent worrying, I just want to hug you again.",
    "I was an embarrassment to this family when I drank, and you forgave me.",
    # a doctor's hopeful report; good news retold
    "Dr. Patel informed us that your liver is healing and she's hopeful.",
    "From what the nurses tell me, you're doing better every day.",
    "Your sponsor let me know you've been to every meeting this month, and I'm so proud.",
    "Your counselor called to say you've been doing well in group.",
    # praise meant sincerely
    "You were a true gentleman at my wedding, dancing with Grandma all night.",
    "Great job on the science fair, I still tell everyone about your volcano.",
    "Well done, ninety days without a drink, I'm so proud of you.",
    "So proud of you for pouring the vodka down the sink on Sunday.",
    "What kind of grandpa drives four hours to see a recital? The best kind.",
    "You looked like a clown in that Halloween costume and we all laughed.",
    "Thanks for the lovely voicemail on my birthday, it really made my day.",
    "You showed that mountain who's boss when you reached the summit.",
    "You threw away the bottles last night, and I'm proud of you.",
    "You were the one who took the baby so I could sleep.",
    "Choosing the treatment center is on you, and I'll back whichever you pick.",
    "Don't be ashamed of yourself; this is an illness, not who you are.",
    "I'm never too ashamed to tell people you're my brother.",
]

# Kind twins that main's older rules flagged (none by an r19_ rule; left for the false-flag
# work): round 20's f42 guards read all seven ("At no point did you make me feel…",
# "… is ever a chore", "… without thinking about you", "Everything good in me goes back to
# you", "about you kids", "From what the nurses tell me, you're doing better", "the one who
# took the baby so I could sleep"), so none is left; the round's test checks every twin.
ROUND19_KIND_FLAGGED_BY_OLDER_RULES: frozenset[str] = frozenset()

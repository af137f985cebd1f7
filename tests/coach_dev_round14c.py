# ruff: noqa: E501
"""Round 14 (h120): kind sentences for the readings written for dev 55, 56, 57's false flags
(R14C_* in resources/coach_rules.json), in other words, and their hard twins, which must stay
flagged. Written before they were run.
"""

from __future__ import annotations

ROUND14C_GOOD: list[str] = [
    "Your therapist told me you were the one who got the whole group laughing at the retreat, and I wasn't surprised at all.",
    "You were never, not even once, cruel to the little ones, even on your worst days.",
    "Your brother and I cleared out the spare room, so it's ready whenever you want to come home.",
    "When the hospital rang at midnight I was sure it was the call telling me you were dead.",
    "Grandpa told me you were the first one to hold me when I was a baby.",
    "I heard you've been going to the Thursday meetings, and that gave me so much hope.",
    "Thank you for all the years you kept this house running when Mum was ill.",
    "I'd gladly cover your shifts while you're getting well.",
    "You were always the one who noticed when a new kid was standing alone at recess.",
    "My niece got student of the year, and she reminds me so much of you.",
    "This may be the last chance I get to tell you how much I admire you, so I will.",
    "You swore it was a secret family recipe but we all knew it was mostly garlic.",
    "You never quit a practice in six years of football, and I don't think you'll quit now.",
    # added after "still" was allowed, before running
    "Apparently the clinic has a garden, so you can still sit outside in the afternoons.",
    "Your old teacher says you've been visiting him on Saturdays, and he lights up whenever your name comes up.",
]

ROUND14C_FLAG: list[tuple[str, set[str]]] = [
    ("Apparently you're still drinking at the clinic.", {"hearsay"}),
    ("I heard you've been stealing again, and it means a lot that I finally say it.", {"hearsay"}),
    ("Every single time you come home you're drunk and yelling at the kids.", {"absolute"}),
    ("This is the last chance you'll get to stop before we change the locks.", {"threat"}),
    ("I heard you were drunk at the school gate again.", {"hearsay"}),
    ("Your sister told me you were stealing from Mum's purse.", {"hearsay"}),
    (
        "I'm tired of covering your shifts because you're too hungover to show up, and I've done it for years.",
        {"blame"},
    ),
]

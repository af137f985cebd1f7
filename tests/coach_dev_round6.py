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
]

ROUND6_TRAPS: list[str] = [
    "My dad is a recovering alcoholic himself, and he wants to help you.",
    "My uncle, your great-uncle, was a drunk for years before he got sober.",
    "My sponsor introduces herself as an alcoholic, and she is the bravest woman I know.",
    "My husband the mechanic fixed your car for free.",
    "Your cousin is an adrenaline junkie just like you, always up a mountain.",
]

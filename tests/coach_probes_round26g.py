"""Round 26 (g49's two mends, taken at merge): `R25_MEANT` ("I couldn't have done it without
you", round 25's kind context for sincere thanks) never matched, for a missing space, and its
guard read the broad `MISDEED` frame, which counts "you … couch" as a misdeed. It now reads
again, guarded by `G49_HARD` (the reader's lapse or a hard scene). And `sarcasm-praise` no longer
reads its own "fine job" as a fine paid. Each twin was flagged on main 7329731 and is quiet now;
each probe is a harsh sentence beside a mend that the rules must still flag. Read by
tests/test_coach_kind_round26.py. The twins are g49's, in our own words.

Not named coach_dev*: these are the mends' own probes, not training data."""

from __future__ import annotations

KIND_TWINS: list[str] = [
    # R25_MEANT reads again
    "Thank you for staying on our couch the week Dad was in surgery, I couldn't have made it"
    " without you.",
    "Thank you for sleeping on my couch the month after the twins came home, I couldn't have done"
    " it without you.",
    # "fine job" is praise, not a fine paid
    "You did a fine job raising those girls after Mom passed.",
]

PROBES: list[tuple[str, str]] = [
    ("Thanks for passing out on my couch all week, couldn't have done it without you.", "sarcasm"),
    ("Thanks for lying to my face all year, couldn't have done it without you.", "sarcasm"),
    ("Fine job you did on Christmas dinner, passing out before the turkey.", "sarcasm"),
]

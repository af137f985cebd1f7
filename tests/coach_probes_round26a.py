"""Round 26 (a49, the lead): kind contexts for absolutes, in our own words. Each twin is a kind
sentence an absolute rule flagged before (absolute-always, absolute-never or
absolute-every-occasion on main 7329731); each probe is a harsh absolute
beside a context, which the rules must still flag. Read by tests/test_coach_kind_round26a.py.
The contexts are the `R26A_` macros in `QUIET_ABSOLUTE` (docs/coach.md, "Twenty-sixth round:
absolutes said warmly (a49, lead)")."""

from __future__ import annotations

KIND_TWINS: list[str] = [
    # R26A_CARE_HABIT: a past habit of care, no hard word in the sentence
    "You always packed my lunch with a little note folded inside the napkin.",
    "You constantly found reasons to call me on my birthday week, just to sing off-key.",
    # R26A_EVERY_OCCASION_PAST: every holiday remembered, in the past, no hard word
    "Every Thanksgiving you and Aunt Jo ran the pie table and came home covered in flour.",
    # R26A_DENIED: the writer says the absolute is not true
    "I'm not saying you never tried, I watched you go to those meetings every Tuesday.",
    "It isn't true that you always let the family down, you held us together when Dad got sick.",
    # R26A_NEVER_PRAISE: never afraid of hard work; never like them
    "You were never afraid of hard work, you picked apples every fall to pay for your own bike.",
    "Our neighbor was always cruel when he drank, and you were never like that with the kids.",
    # R26A_NOT_AND_NEVER: a label denied, "and you never will be"
    "You are not a failure and you never will be to me.",
]

PROBES: list[tuple[str, str]] = [
    ("You always showed up drunk to my games.", "absolute"),
    ("You constantly put yourself first.", "absolute"),
    ("You always took money out of my purse.", "absolute"),
    ("Every Christmas you got wasted and ruined the morning for the kids.", "absolute"),
    ("You never tried, not once, to stay sober for us.", "absolute"),
    ("You always let the family down when it mattered.", "absolute"),
    ("You were never there when the kids needed you.", "absolute"),
    ("You never will change, and you know it.", "absolute"),
]

"""Round 26 (a49, the lead): a kind context for absolutes, in our own words. Each twin is a
kind sentence `absolute-always` flagged on main 7329731; each probe is a harsh absolute beside
the context, which the rules must still flag. Read by tests/test_coach_kind_round26.py.

The context is `R26A_CARE_HABIT` in `QUIET_ABSOLUTE` (docs/coach.md, "Twenty-sixth round:
absolutes said warmly (a49, lead)"). a49 wrote four more contexts; they were cut at merge
(round 26's unread writers had no kind sentence they quieted), with their twins."""

from __future__ import annotations

KIND_TWINS: list[str] = [
    # R26A_CARE_HABIT: a past habit of care, no hard word in the sentence
    "You always packed my lunch with a little note folded inside the napkin.",
    "You constantly found reasons to call me on my birthday week, just to sing off-key.",
]

PROBES: list[tuple[str, str]] = [
    ("You always showed up drunk to my games.", "absolute"),
    ("You constantly put yourself first.", "absolute"),
    ("You always took money out of my purse.", "absolute"),
]

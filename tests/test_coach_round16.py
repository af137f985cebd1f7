"""Round 16 (h128): absolutes, blame and hearsay in shapes the rules did not know
(tests/coach_dev_round16.py), with the rules alone: how many of each category are caught (main's
figures, recorded before any rule was written, as a floor), and the kind twins.
"""

from __future__ import annotations

import pytest
from coach_dev_round16 import (
    ROUND16_B_FLAG,
    ROUND16_B_TRAPS,
    ROUND16_C_FLAG,
    ROUND16_C_TRAPS,
    ROUND16_D_FLAG,
    ROUND16_D_TRAPS,
    ROUND16_FLAG,
    ROUND16_TRAPS,
)

from interventionplanner.storage.coach_rules import load_coach

SETS = {
    "1": (ROUND16_FLAG, ROUND16_TRAPS),
    "2": (ROUND16_B_FLAG, ROUND16_B_TRAPS),
    "3": (ROUND16_C_FLAG, ROUND16_C_TRAPS),
    "4": (ROUND16_D_FLAG, ROUND16_D_TRAPS),
}
# Caught by main's rules alone (a1fef72): set 1 before any rule was written, sets 2 and 3
# before they were run.
MAIN_CAUGHT = {
    "1": {"absolute": 33, "blame": 25, "hearsay": 33},
    "2": {"absolute": 11, "blame": 11, "hearsay": 14},
    "3": {"absolute": 4, "blame": 6, "hearsay": 6},
    "4": {"hearsay": 1},
}
# Round 16's r16_ rules were not merged (docs/coach.md, h128's section, "At merge"): main's
# figures are the floor, so a later change that loses one of them is seen.
CAUGHT = MAIN_CAUGHT
# Twins main's rules flag (older rules); every other twin must stay unflagged.
MAIN_FLAGGED_TWINS = {
    "Not once in three years did you miss my piano recital, and I noticed.",
    "It's the same story every time I tell it: you jumped in the lake to save the dog.",
    "Year after year you carved the turkey, and we'll save you the knife this year.",
    "None of what happened to Mom is on your head.",
    "Our savings went to your tuition, and it was the best money we ever spent.",
    "I heard from Denise that you got your thirty-day chip.",
    "Apparently you were the funniest kid in your kindergarten class.",
    "Every single time you get paid, you buy Lily a book.",
    "According to Dad, you've been fixing up his porch.",
    "Not a single visit to Grandma this year went by without you bringing her flowers.",
}
TWINS = ROUND16_TRAPS + ROUND16_B_TRAPS + ROUND16_C_TRAPS + ROUND16_D_TRAPS


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize(
    ("name", "category"), [(n, c) for n in sorted(CAUGHT) for c in sorted(CAUGHT[n])]
)
def test_the_probes_of_each_category_are_caught_by_the_rules(coach, name, category):
    probes = [text for text, expected in SETS[name][0] if category in expected]
    found = [{f.category for f in coach.find(t, second_opinion=False)} for t in probes]
    caught = [t for t, categories in zip(probes, found, strict=True) if category in categories]
    assert len(probes) >= {"1": 40, "2": 20, "3": 10, "4": 2}[name]
    assert len(caught) >= CAUGHT[name][category]


@pytest.mark.parametrize("text", [t for t in TWINS if t not in MAIN_FLAGGED_TWINS])
def test_the_kind_twins_are_not_flagged_by_the_rules(coach, text):
    assert coach.find(text, second_opinion=False) == []


def test_the_twins_main_flags_are_still_twins():
    assert set(TWINS) >= MAIN_FLAGGED_TWINS

"""Round 11 (h93): the r11a_ rules catch their constructions and add no false flag on any
kind sentence of the development corpus or of the released held-out batches.

The r11a_ rules are a block of their own in resources/coach_rules.json (after round 10's r10a_
block); this test guards that block alone, so another round's rules can change without
touching it.
"""

from __future__ import annotations

import coach_corpus
import coach_dev_round11a
import coach_heldout
import pytest
from coach_blocks import flags_of_block, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r11a_"
RELEASED = ("S", "T", "U", "V", "W", "X")

# Probes the first draft of the rules did not catch, kept as written (docs/coach.md, "Eleventh
# round: English recall from V, W, X (h93)"): an honest record rather than a rule for each.
MISSED = {
    "He's never kept an apartment more than a year because of the rent going on coke.",
    "Don't pretend you only hurt yourself, after what Ellie went through.",
    "It's been decided by all of us that you can't babysit anymore.",
    "You swore off the bottle on New Year's and were drunk by the third, some real willpower.",
    "You're the classic case of an enabler who can't see it.",
}

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"GOOD_{batch}")),
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"TRAPS_{batch}")),
    *coach_dev_round11a.ROUND11A_TRAPS,
]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, expected) for text, expected in coach_dev_round11a.ROUND11A_FLAG if text not in MISSED],
)
def test_the_round_11a_constructions_are_caught(coach, text, expected):
    found = {finding.category for finding in coach.find(text)}
    assert expected <= found


def test_the_missed_probes_are_still_in_the_list():
    """MISSED names probes of the list, so a reworded probe cannot hide there."""
    assert MISSED.issubset(text for text, _ in coach_dev_round11a.ROUND11A_FLAG)


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r11a_ rule catches at least one sentence of the round's own or of V, W, X."""
    sentences = [
        *(text for text, _ in coach_dev_round11a.ROUND11A_FLAG),
        *(text for batch in ("V", "W", "X") for text, _ in getattr(coach_heldout, f"FLAG_{batch}")),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

"""Round 10 (h84): the r10a_ rules catch their constructions and add no false flag on any
kind sentence of the development corpus or of the released held-out batches.

The r10a_ rules are a block of their own in resources/coach_rules.json (after round 9's r9_
block); this test guards that block alone, so another round's rules can change without
touching it.
"""

from __future__ import annotations

import coach_corpus
import coach_dev_round10a
import coach_heldout
import pytest
from coach_blocks import flags_of_block, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r10a_"
RELEASED = ("S", "T", "U")

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"GOOD_{batch}")),
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"TRAPS_{batch}")),
    *coach_dev_round10a.ROUND10A_TRAPS,
]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "expected"), coach_dev_round10a.ROUND10A_FLAG)
def test_the_round_10a_constructions_are_caught(coach, text, expected):
    found = {finding.category for finding in coach.find(text)}
    assert expected <= found


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r10a_ rule catches at least one sentence of the round's own or of S, T, U."""
    sentences = [
        *(text for text, _ in coach_dev_round10a.ROUND10A_FLAG),
        *(text for batch in RELEASED for text, _ in getattr(coach_heldout, f"FLAG_{batch}")),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

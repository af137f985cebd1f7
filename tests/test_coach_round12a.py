"""Round 12 (h103): the r12a_ rules catch their constructions and add no false flag on any
kind sentence of the development corpus or of the released held-out batches.

The r12a_ rules are a block of their own in resources/coach_rules.json (after round 11's r11a_
block); this test guards that block alone, so another round's rules can change without
touching it.
"""

from __future__ import annotations

import coach_corpus
import coach_dev_round12a
import coach_heldout
import pytest
from coach_blocks import flags_of_block, found_by_rules, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r12a_"
RELEASED = ("S", "T", "U", "V", "W", "X", "Y", "Z", "AA")
TUNED_ON = ("Y", "Z", "AA")

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"GOOD_{batch}")),
    *(s for batch in RELEASED for s in getattr(coach_heldout, f"TRAPS_{batch}")),
    *coach_dev_round12a.ROUND12A_GOOD,
    *coach_dev_round12a.ROUND12A_TRAPS,
]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "expected"), coach_dev_round12a.ROUND12A_FLAG)
def test_the_round_12a_constructions_are_caught(coach, text, expected):
    assert expected <= found_by_rules(coach, text)


@pytest.mark.parametrize("batch", TUNED_ON)
def test_the_batches_tuned_on_are_caught_by_the_rules_alone(coach, batch):
    """Y, Z and AA, released for this round: every (sentence, category) pair, rules alone.
    Only the count of misses is shown, as for every held-out batch."""
    missed = [
        text
        for text, expected in getattr(coach_heldout, f"FLAG_{batch}")
        if not expected <= {f.category for f in coach.find(text, second_opinion=False)}
    ]
    assert len(missed) == 0


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r12a_ rule catches at least one sentence of the round's own or of Y, Z, AA."""
    sentences = [
        *(text for text, _ in coach_dev_round12a.ROUND12A_FLAG),
        *(text for batch in TUNED_ON for text, _ in getattr(coach_heldout, f"FLAG_{batch}")),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

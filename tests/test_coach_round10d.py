"""Round 10 (h87): the kind contexts written for dev 32 and 33's false flags read kind
sentences of their own (tests/coach_dev_round10d.py) and leave their hard twins flagged.

Rules and second opinion together, as the letter editor asks: the model is retrained by the
lead after merging, and a kind sentence it flags alone shows here (docs/coach.md, "Tenth
round: false flags from dev 32 and 33 (h87)").
"""

from __future__ import annotations

import coach_dev32
import coach_dev33
import pytest
from coach_dev_round10d import ROUND10D_FLAG, ROUND10D_GOOD, ROUND10D_TRAPS

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize("text", [*ROUND10D_GOOD, *ROUND10D_TRAPS])
def test_a_kind_sentence_of_round_ten_is_not_flagged(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "expected"), ROUND10D_FLAG)
def test_its_hard_twin_is_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text)}


def test_dev_32_and_33_good_sentences_and_traps_are_not_flagged(coach):
    """The two batches these readings were tuned on: no good sentence or trap flagged (the
    issue allows 2 % and 10 % on a new writer's batch; this guards what was reached)."""
    kind = [
        *coach_dev32.DEV32_GOOD,
        *coach_dev32.DEV32_TRAPS,
        *coach_dev33.DEV33_GOOD,
        *coach_dev33.DEV33_TRAPS,
    ]
    assert [text for text in kind if coach.find(text)] == []

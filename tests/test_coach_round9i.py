"""Round 9 (h82): the r9i_ rules (harm said indirectly) catch their constructions and add no
false flag on any kind sentence of the development corpus.

The r9i_ rules are a block of their own at the end of resources/coach_rules.json; this test
guards that block alone, so another round's rules can change without touching it.
"""

from __future__ import annotations

import coach_corpus
import coach_dev23
import coach_dev28
import coach_dev_round9i
import pytest
from coach_blocks import flags_of_block, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r9i_"

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *coach_dev23.DEV23_GOOD,
    *coach_dev23.DEV23_TRAPS,
    *coach_dev28.DEV28_GOOD,
    *coach_dev28.DEV28_TRAPS,
    *coach_dev_round9i.ROUND9I_TRAPS,
]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "expected"), coach_dev_round9i.ROUND9I_FLAG)
def test_the_round_9i_constructions_are_caught(coach, text, expected):
    found = {finding.category for finding in coach.find(text)}
    assert expected <= found


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r9i_ rule catches at least one sentence of the round's own or its batches."""
    sentences = [
        *(text for text, _ in coach_dev_round9i.ROUND9I_FLAG),
        *(text for text, _ in coach_dev23.DEV23_FLAG),
        *(text for text, _ in coach_dev28.DEV28_FLAG),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

"""Round 10 (h86): the r10c_ rules (harm said indirectly, from dev 34 and 35) catch their
constructions and add no false flag on any kind sentence of the development corpus.

The r10c_ rules are a block of their own at the end of resources/coach_rules.json; this test
guards that block alone, so another round's rules can change without touching it. Some kind
sentences of the round's own file are flagged by older rules (docs/coach.md, "Tenth round:
recall on dev 34 and 35 (h86)"); that is for the false-flag work, not this block.
"""

from __future__ import annotations

import coach_corpus
import coach_dev34
import coach_dev35
import coach_dev_round9i
import coach_dev_round10c
import pytest
from coach_blocks import flags_of_block, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r10c_"

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *coach_dev34.DEV34_GOOD,
    *coach_dev34.DEV34_TRAPS,
    *coach_dev35.DEV35_GOOD,
    *coach_dev35.DEV35_TRAPS,
    *coach_dev_round9i.ROUND9I_TRAPS,
    *coach_dev_round10c.ROUND10C_GOOD,
    *coach_dev_round10c.ROUND10C_TRAPS,
    *coach_dev_round10c.ROUND10C_B_TRAPS,
]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [*coach_dev_round10c.ROUND10C_FLAG, *coach_dev_round10c.ROUND10C_B_FLAG],
)
def test_the_round_10c_constructions_are_caught(coach, text, expected):
    found = {finding.category for finding in coach.find(text)}
    assert expected <= found


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r10c_ rule catches at least one sentence of the round's own or its batches."""
    sentences = [
        *(text for text, _ in coach_dev_round10c.ROUND10C_FLAG),
        *(text for text, _ in coach_dev_round10c.ROUND10C_B_FLAG),
        *(text for text, _ in coach_dev34.DEV34_FLAG),
        *(text for text, _ in coach_dev35.DEV35_FLAG),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

"""Round 11 (h96): the r11c_ rules (English recall from dev 39, 40 and 43) catch their
constructions and add no false flag on any kind sentence of the development corpus.

The r11c_ rules are a block of their own at the end of resources/coach_rules.json; this test
guards that block alone, so another round's rules can change without touching it. Some kind
sentences of the round's own file are flagged by older rules (docs/coach.md, "Eleventh round:
English recall from dev 39, 40, 43 (h96)"); that is for the false-flag work, not this block.
"""

from __future__ import annotations

import coach_corpus
import coach_dev39
import coach_dev40
import coach_dev43
import coach_dev_round10c
import coach_dev_round11c
import pytest
from coach_blocks import flags_of_block, found_by_rules, missed_tags, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r11c_"

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *coach_dev39.DEV39_GOOD,
    *coach_dev39.DEV39_TRAPS,
    *coach_dev40.DEV40_GOOD,
    *coach_dev40.DEV40_TRAPS,
    *coach_dev43.DEV43_GOOD,
    *coach_dev43.DEV43_TRAPS,
    *coach_dev_round10c.ROUND10C_GOOD,
    *coach_dev_round10c.ROUND10C_TRAPS,
    *coach_dev_round11c.ROUND11C_TRAPS,
]

# The two FLAG tags of dev 39, 40 and 43 the rules leave to the second opinion: neighbours
# asking whether the reader is okay is a kind context of hearsay (people asking after the
# reader), and "your friends have all noticed" is hearsay, not an absolute.
LEFT = 2


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "expected"), coach_dev_round11c.ROUND11C_FLAG)
def test_the_round_11c_constructions_are_caught(coach, text, expected):
    assert expected <= found_by_rules(coach, text)


def test_the_batches_tuned_on_are_caught_but_two_tags(coach):
    flags = [*coach_dev39.DEV39_FLAG, *coach_dev40.DEV40_FLAG, *coach_dev43.DEV43_FLAG]
    assert missed_tags(coach, flags) <= LEFT


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r11c_ rule catches at least one sentence of the round's own or its batches."""
    sentences = [
        *(text for text, _ in coach_dev_round11c.ROUND11C_FLAG),
        *(text for text, _ in coach_dev39.DEV39_FLAG),
        *(text for text, _ in coach_dev40.DEV40_FLAG),
        *(text for text, _ in coach_dev43.DEV43_FLAG),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

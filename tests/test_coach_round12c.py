"""Round 12 (h106): the r12c_ rules (English recall from dev 44, 45 and 48) catch their
constructions and add no false flag on any kind sentence of the development corpus.

The r12c_ rules are a block of their own right before the first r10c_ rule in
resources/coach_rules.json; this test guards that block alone, so another round's rules can
change without touching it. Some kind twins of the round's own file are flagged by older rules
(docs/coach.md, "Twelfth round: English recall from dev 44, 45, 48 (h106)"); that is for the
false-flag work, not this block.
"""

from __future__ import annotations

import coach_corpus
import coach_dev44
import coach_dev45
import coach_dev48
import coach_dev_round11c
import coach_dev_round12c
import pytest
from coach_blocks import flags_of_block, found_by_rules, missed_tags, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r12c_"

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *coach_dev44.DEV44_GOOD,
    *coach_dev44.DEV44_TRAPS,
    *coach_dev45.DEV45_GOOD,
    *coach_dev45.DEV45_TRAPS,
    *coach_dev48.DEV48_GOOD,
    *coach_dev48.DEV48_TRAPS,
    *coach_dev_round11c.ROUND11C_TRAPS,
    *coach_dev_round12c.ROUND12C_TRAPS,
]

# Own sentences the rules leave alone: "my husband clean" with no "you" in the sentence is
# read by QUIET_CLEAN as someone else's recovery (OTHERS_RECOVERY), which a rule of this
# block cannot override without undoing it.
MISSED = {"All I want for Christmas is my husband clean."}

# The three FLAG tags of dev 44, 45 and 48 the rules leave to the second opinion: "i want my
# dad clean at my wedding" (QUIET_CLEAN, as above), "a dirty player" (a foul in sport as
# often as a drug test), and "Granny's whole Sunday school class knows exactly why they're
# praying for you" (prayer for the reader is a kind context of the hearsay rules here).
LEFT = 3


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, expected) for text, expected in coach_dev_round12c.ROUND12C_FLAG if text not in MISSED],
)
def test_the_round_12c_constructions_are_caught(coach, text, expected):
    assert expected <= found_by_rules(coach, text)


def test_the_batches_tuned_on_are_caught_but_three_tags(coach):
    flags = [*coach_dev44.DEV44_FLAG, *coach_dev45.DEV45_FLAG, *coach_dev48.DEV48_FLAG]
    assert missed_tags(coach, flags) <= LEFT


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r12c_ rule catches at least one sentence of the round's own or its batches."""
    sentences = [
        *(text for text, _ in coach_dev_round12c.ROUND12C_FLAG),
        *(text for text, _ in coach_dev44.DEV44_FLAG),
        *(text for text, _ in coach_dev45.DEV45_FLAG),
        *(text for text, _ in coach_dev48.DEV48_FLAG),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

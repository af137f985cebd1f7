"""Round 13 (h110): the r13c_ rules (English blame and threat from dev 50) catch their
constructions and add no false flag on any kind sentence of the development corpus.

The r13c_ rules are a block of their own right before the first r11c_ rule in
resources/coach_rules.json; this test guards that block alone, so another round's rules can
change without touching it (docs/coach.md, "Thirteenth round: English blame and threat from
dev 50 (h110)"). Dev 49, the round's check set, is left out on purpose: it is scored as
figures only.
"""

from __future__ import annotations

import coach_corpus
import coach_dev44
import coach_dev45
import coach_dev48
import coach_dev50
import coach_dev51
import coach_dev_round12c
import coach_dev_round13c
import pytest
from coach_blocks import flags_of_block, found_by_rules, missed_tags, untried_rules

from interventionplanner.storage.coach_rules import load_coach

BLOCK = "r13c_"

KIND_SENTENCES = [
    *coach_corpus.GOOD,
    *coach_corpus.TRAPS,
    *coach_dev44.DEV44_GOOD,
    *coach_dev44.DEV44_TRAPS,
    *coach_dev45.DEV45_GOOD,
    *coach_dev45.DEV45_TRAPS,
    *coach_dev48.DEV48_GOOD,
    *coach_dev48.DEV48_TRAPS,
    *coach_dev50.DEV50_GOOD,
    *coach_dev50.DEV50_TRAPS,
    *coach_dev51.DEV51_GOOD,
    *coach_dev51.DEV51_TRAPS,
    *coach_dev_round12c.ROUND12C_TRAPS,
    *coach_dev_round13c.ROUND13C_TRAPS,
]


def _blame_and_threat(flags):
    """Dev 50's FLAG tags of the two categories this block is for."""
    return [
        (text, expected & {"blame", "threat"})
        for text, expected in flags
        if expected & {"blame", "threat"}
    ]


@pytest.fixture(scope="module")
def coach():
    return load_coach("en")


@pytest.mark.parametrize(("text", "expected"), coach_dev_round13c.ROUND13C_FLAG)
def test_the_round_13c_constructions_are_caught(coach, text, expected):
    assert expected <= found_by_rules(coach, text)


def test_dev_50_blame_and_threat_are_caught_by_the_rules_alone(coach):
    assert missed_tags(coach, _blame_and_threat(coach_dev50.DEV50_FLAG)) == 0


def test_the_block_flags_no_kind_sentence(coach):
    assert flags_of_block(coach, BLOCK, KIND_SENTENCES) == []


def test_every_rule_of_the_block_is_tried(coach):
    """Each r13c_ rule catches at least one sentence of the round's own or of dev 50."""
    sentences = [
        *(text for text, _ in coach_dev_round13c.ROUND13C_FLAG),
        *(text for text, _ in coach_dev50.DEV50_FLAG),
    ]
    assert untried_rules(coach, BLOCK, sentences) == set()

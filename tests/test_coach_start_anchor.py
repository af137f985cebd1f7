"""A rule that needs a sentence's start (its `preceded_by` guard is the sentence-start
idiom) is searched only after the marks its guard may follow, and finds what it found when
it was searched along the whole sentence (domain/start_anchor.py, round 25)."""

from __future__ import annotations

import pytest

from interventionplanner.domain.coach import _lower
from interventionplanner.domain.start_anchor import read_anchors
from interventionplanner.storage.coach_rules import coach_from_data, load_coach

SOURCE = {"title": "t", "publisher": "p", "url": "https://example.org", "date": None}
# The idiom as the rules write it (`r23_sarcasm-praise-opening-hard-scene` and 20 more).
IDIOM = [r"\A", r"(?=\S*+\s*+\Z)[\w'\")\]]*+(?<![ap]\.m)[.!?…]", r"\n"]
INTERJECTION = r"(?:\A|[.!?…\n]\s*)(?:oh|wow|well)[,!.]*\s*"


def _coach(preceded_by: list[str], patterns: list[str] | None = None):
    rule = {
        "id": "r1",
        "category": "sarcasm",
        "message": "m.",
        "sources": ["s"],
        # A choice of groups: the engine cannot see where a match starts ("wrap").
        "patterns": patterns or [r"(?:what a|such a) (?:hero|star)", "(?:a )?real (?:hero|star)"],
        "preceded_by": preceded_by,
    }
    data = {"sources": {"s": SOURCE}, "macros": {}, "rules": [rule]}
    return coach_from_data(data)


def _guard(preceded_by: list[str]) -> str:
    coach = _coach(preceded_by)
    return _lower(coach._source(0)["preceded"] or "")  # noqa: SLF001


def test_the_idiom_is_read_as_anchors():
    anchors = read_anchors(_guard(IDIOM))
    assert anchors is not None
    assert set(anchors.marks) == set(".!?…\n")
    assert anchors.run == " "
    assert anchors.words == ()
    with_words = read_anchors(_guard([*IDIOM, INTERJECTION]))
    assert with_words is not None
    assert set(with_words.marks) == set(".!?…\n,")
    assert with_words.words == ("oh", "well", "wow")


@pytest.mark.parametrize(
    "guard",
    [
        [*IDIOM, "(?:and|so)"],  # "and" may stand anywhere in a sentence
        ["your|the"],  # words alone: not a sentence's start
        [r"[\w'\")\]]*[,;:]"],  # after a comma: no text start among its anchors
        [*IDIOM, r"[\w-]+"],  # a class of letters at its end
    ],
)
def test_guards_that_can_end_anywhere_are_not_read(guard):
    assert read_anchors(_guard(guard)) is None


TEXTS = [
    "What a hero. What a hero! Real hero? Such a star\u2026 What a star.",
    "She said what a hero, and a real hero too. Wow, what a star. Oh! Real star.",
    "Well, well, such a hero.\n\nWhat a star\nwhat a hero. Dr. Smith, what a hero. Oh what a star",
    'He wrote "what a hero." What a hero. "Such a star," I said. Wow... what a star!',
    "At 3 a.m. what a hero. At 3 a.m. Such a star. End.what a hero! End. \u00a0Real star.",
    "   What a hero.  oh,  wow!  what a star. WOW, REAL HERO. so, a real star.",
]


@pytest.mark.parametrize("guard", [IDIOM, [*IDIOM, INTERJECTION]])
def test_tried_at_sentence_starts_only_and_the_same_findings(guard):
    coach = _coach(guard)
    coach.check()
    rule = coach._rule_ready(0)  # noqa: SLF001
    assert rule.anchored is not None  # the idiom read: searched from its anchors
    found = {text: coach.find(text) for text in TEXTS}
    declined = {text: coach.verdicts(text) for text in TEXTS}
    # The same coach searching the whole sentence, as before round 25.
    rule.anchors = rule.anchored = None
    assert {text: coach.find(text) for text in TEXTS} == found
    assert {text: coach.verdicts(text) for text in TEXTS} == declined
    assert any(found.values())
    # The anchored search tries the pattern right after a mark (and the run and words
    # after it), never in the middle of a sentence.
    coach.check()
    anchored = coach._rule_ready(0).anchored  # noqa: SLF001
    assert anchored is not None
    folded = coach.fold("Yes. She said what a hero and what a star. What a star.")
    assert anchored.search(folded, 0).start("coach_match") == folded.rindex("what a star")


def test_the_shipped_rules_that_need_a_sentence_start():
    coach = load_coach("en")
    coach.check()
    ids = {rule.rule.id for rule in coach._rules_ready if rule and rule.anchored}  # noqa: SLF001
    assert "r23_sarcasm-praise-opening-hard-scene" in ids
    assert len(ids) >= 10

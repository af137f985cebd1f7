"""Alternatives that can never match, read as whole words (domain/never_matches.py).

The shipped rules must have none; the check itself is tried on small made-up rules, each
dead alternative beside a twin that can match, and the coach is asked whether the dead one
really never finds anything where its twin does."""

from __future__ import annotations

import pytest

from interventionplanner.domain.never_matches import never_matching
from interventionplanner.storage.coach_rules import (
    LANGUAGES,
    coach_from_data,
    never_matching_warnings,
)

SOURCE = {"title": "t", "publisher": "p", "url": "https://example.org", "date": None}


def _coach(rules: list[dict], macros: dict[str, str] | None = None):
    numbered = [
        {"id": f"r{n}", "category": "sarcasm", "message": "m.", "sources": ["s"], **rule}
        for n, rule in enumerate(rules, 1)
    ]
    data = {"sources": {"s": SOURCE}, "macros": macros or {}, "rules": numbered}
    return coach_from_data(data)


def _found(rules: list[dict], macros: dict[str, str] | None = None) -> list[str]:
    return [str(item) for item in never_matching(_coach(rules, macros))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_alternative_of_the_shipped_rules_can_never_match(language):
    """What `python -m interventionplanner.storage.coach_rules` warns of."""
    found = never_matching_warnings(language)
    assert not found, "\n".join(found)


# A rule that can never match, a twin that can, and a sentence where the twin finds it.
DEAD_AND_ALIVE = [
    ({"patterns": [r",\s*(?:really|truly),"]}, {"patterns": [r"(?:really|truly),"]}),
    ({"patterns": ["(?:and|,) you always"]}, {"patterns": ["(?:and )?you always"]}),
    ({"patterns": [r"forever (?=\w+ing)"]}, {"patterns": [r"forever(?= \w+ing)"]}),
    ({"patterns": [r"such a treat \("]}, {"patterns": ["such a treat"]}),
    (
        {"patterns": ["always"], "preceded_by": [", "]},
        {"patterns": ["always"], "preceded_by": ["you,"]},
    ),
    (
        {"patterns": ["great"], "in_sentence": [r"\?"]},
        {"patterns": ["great"], "in_sentence": [r"\w+\?"]},
    ),
]
SENTENCES = [
    "You are, really, the best.",
    "Sure, you always do.",
    "You're forever making excuses.",
    "Such a treat (again).",
    "And you, always late.",
    "Great, is it?",
]


@pytest.mark.parametrize(
    ("dead", "alive", "sentence"),
    [(*pair, sentence) for pair, sentence in zip(DEAD_AND_ALIVE, SENTENCES, strict=True)],
)
def test_an_alternative_that_can_never_match_is_named_and_its_twin_is_not(dead, alive, sentence):
    found = _found([dead])
    assert len(found) == 1
    assert found[0].startswith('Rule "r1"')
    assert "can never match" in found[0]
    assert _found([alive]) == []
    # The coach agrees: the dead rule finds nothing where its twin finds the words.
    assert [f.rule_id for f in _coach([dead]).find(sentence, second_opinion=False)] == []
    assert [f.rule_id for f in _coach([alive]).find(sentence, second_opinion=False)] == ["r1"]


def test_the_message_names_the_rule_the_alternative_and_where():
    (message,) = _found([{"patterns": ["nice", r",\s*(?:really|truly),"]}])
    assert message.startswith('Rule "r1", pattern 2: the alternative')
    assert r"«,\s*(?:really|truly),»" in message
    assert 'starts with ","' in message


def test_an_alternative_inside_a_group_on_the_edge_is_named_with_its_pattern():
    (message,) = _found([{"patterns": [r"(?:,\s*)?really"]}])
    assert r"the alternative «,\s*» (of «(?:,\s*)?really»)" in message


def test_an_alternative_written_in_a_macro_is_named_once_with_its_rules():
    macros = {"TAG": "(?:y|,) te vas|te largas"}
    rules = [{"patterns": ["vete"], "in_sentence": ["{{TAG}}"]}, {"patterns": ["{{TAG}}"]}]
    (message,) = _found(rules, macros)
    assert message.startswith('The macro TAG (Rule "r1", in_sentence 1 and 1 more)')
    assert "the alternative «,»" in message


@pytest.mark.parametrize(
    "alive",
    [
        # the side a guard is not wrapped on: a comma may well follow the words
        {"patterns": ["always"], "followed_by": [", right"]},
        {"patterns": ["always"], "unless_preceded_by": [r"trip \("]},
        # a quotation mark opens and closes; "." may start a spaced ellipsis
        {"patterns": ['"clean"']},
        {"patterns": [r"\.\.\. really"]},
        # on the edge only some of the time, or only some of the ways it matches
        {"patterns": ["(?:oh )?(?:,|really) great"]},
        {"patterns": [",? really"]},
        {"patterns": ["[,a-z]+ really"]},
        # whitespace before a word: seldom matches, never impossible
        {"patterns": ["who knew "]},
        # a look-ahead that a mark or the end may satisfy
        {"patterns": [r"you know it(?=\s*[.!?]|\s*\Z)"]},
        {"patterns": ["¿en serio\\?"]},
    ],
)
def test_what_can_match_is_not_named(alive):
    assert _found([alive]) == []


def test_the_category_contexts_are_read_on_the_sides_the_coach_wraps():
    macros = {"QUIET_BEFORE_SARCASM": ", i used to think ", "QUIET_SARCASM": "fun|(?:and|;) so"}
    found = _found([{"patterns": ["great"]}], macros)
    assert len(found) == 2
    assert found[0].startswith(
        "The macro QUIET_BEFORE_SARCASM (The sarcasm contexts, QUIET_BEFORE_SARCASM)"
    )
    assert "the alternative «, i used to think »" in found[0]
    assert "the alternative «;» (of «(?:and|;) so»)" in found[1]

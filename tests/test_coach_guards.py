"""The false-flag lanes' guards, rules alone: each round's kind twins stay quiet, and the
harsh probe beside each guarded rule is still flagged (tests/coach_guards_round20.py, f42;
…round21.py, f43; …round22.py, f44, with the turn of a sentence; …round23.py, f45;
…round23b.py, f46)."""

from __future__ import annotations

import json

import coach_guards_round20 as r20
import coach_guards_round21 as r21
import coach_guards_round22 as r22
import coach_guards_round23 as r23
import coach_guards_round23b as r23b
import coach_probes_round23 as probes23
import coach_probes_round24 as probes24
import coach_probes_round24e_es as probes24e
import pytest

from interventionplanner import paths
from interventionplanner.domain.coach import Coach, _after_turn
from interventionplanner.storage.coach_rules import coach_arguments, load_coach, rules_file

ROUNDS = {"round 20": r20, "round 21": r21, "round 22": r22, "round 23": r23, "round 23b": r23b}
TWINS = [
    (language, text)
    for round_ in ROUNDS.values()
    for language, twins in (("en", round_.KIND_TWINS), ("es", round_.KIND_TWINS_ES))
    for text in twins
]
PROBES = [
    (language, *probe)
    for round_ in ROUNDS.values()
    for language, probes in (("en", round_.PROBES), ("es", round_.PROBES_ES))
    for probe in probes
]


@pytest.fixture(scope="module")
def coaches():
    return {language: load_coach(language) for language in ("en", "es")}


@pytest.mark.parametrize(("language", "text"), TWINS)
def test_a_kind_twin_is_quiet(coaches, language, text):
    assert coaches[language].find(text, second_opinion=False) == []


@pytest.mark.parametrize(("language", "text", "category", "rule_id"), PROBES)
def test_a_guarded_rule_still_flags_a_harsh_sentence(coaches, language, text, category, rule_id):
    found = coaches[language].find(text, second_opinion=False)
    assert category in {f.category for f in found}
    if rule_id is not None:
        assert rule_id in {f.rule_id for f in found}


@pytest.mark.parametrize(
    ("text", "words", "clause"),
    [
        ("I love you, but you always lie.", "you always", " you always lie."),
        ("You always lie, but I love you.", "You always", "You always lie, but I love you."),
        ("Te quiero, pero siempre llegas tarde.", "siempre", " siempre llegas tarde."),
        (
            "I love you but, butter aside, you never call.",
            "you never",
            ", butter aside, you never call.",
        ),
    ],
)
def test_a_rules_kind_guards_read_the_clause_after_the_turn(text, words, clause):
    """`unless_in_sentence` is read from the sentence's last "but" / "pero" before the
    words (round 22, f44), so a warm opening does not silence the hard half after it."""
    assert text[_after_turn(text.lower(), 0, text.index(words)) :] == clause


SPANS = (
    [("es", *row) for row in r23.SPANISH_SPANS]
    + [("en", *row) for row in probes23.ROUND23_SPANS + probes24.ROUND24_SPANS]
    + [("es", *row) for row in probes24e.ROUND24E_ES_SPANS]
)


@pytest.mark.parametrize(("language", "rule_id", "text", "fires"), SPANS)
def test_a_rule_alone_reads_the_right_span(language, rule_id, text, fires):
    """Round 23, one rule at a time (another rule's longer finding would hide it in the
    whole coach). f45: blame-es-razon reads a name after "la razón por la que" as a name,
    not the writer's verb; sarcasm-es-felicidades-falla and sarcasm-es-elogio decline on a
    graduation or a birth only where it is what the praise is for. The lead's r23_ sarcasm
    rule reads praise only where a sentence opens on it, and only beside a hard scene; round
    24's scare quotes (r24_) not where they quote someone's own words or a name; e47's two
    Spanish ones (r24e_), the one where a sentence opens on praise, the other where it closes
    on it."""
    data = json.loads(paths.resource(rules_file(language)).read_bytes())
    data["rules"] = [rule for rule in data["rules"] if rule["id"] == rule_id]
    coach = Coach(**coach_arguments(data, None))
    assert bool(coach.find(text, second_opinion=False)) is fires

"""A `preceded_by` guard's search starts after the last character it can never hold
(domain/guard_window.py): the same answer as over the whole 80 characters, found sooner."""

from __future__ import annotations

import re
from datetime import date

import pytest

from interventionplanner.domain.coach import _LOOK_BEHIND
from interventionplanner.domain.guard_window import never_held, window_start
from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.example import example_plan

# Hearsay, clauses and punctuation close together, as the guards meet them.
_DENSE = {
    "en": (
        "Mom said, honestly, that you were fine. The doctor said you were sick! Your sister "
        "Anna has told us: you lied; Dad's friend, Pete, says you drink. Did Grandma say "
        "you'd stopped? Every time, for years, you promised. Dr. Lee said so; your boss "
        "said you were late again, and the neighbours say they saw you."
    ),
    "es": (
        "Mamá dijo, la verdad, que estabas bien. ¡El médico dijo que estabas enfermo! Tu "
        "hermana Ana nos ha contado: mentiste; el amigo de papá, Pedro, dice que bebes. "
        "¿La abuela dijo que lo habías dejado? Siempre, durante años, lo prometiste."
    ),
}


def test_what_a_pattern_never_holds():
    assert never_held(r"(?:your|my)\s+\w+") == ".!?,;:"
    assert never_held(r"(?:your|my),?\s+\w+") == ".!?;:"  # "?" is a quantifier here
    assert never_held(r"dr\.?\s+\w+") == "!?,;:"
    assert never_held(r"[\w'.-]+\s+[!?]") == ",;:"
    assert never_held(r"\w+\s+x{1,2}") == ".!?;:"  # a quantifier's comma counts: unsure
    for unsure in (r"a.b", r"[^x]+", r"\W", r"\S+", r"\D", r"\x2e", r"(?P<a>x)(?P=a)", r"\1"):
        assert never_held(unsure) == "", unsure
    assert never_held(r"(?<=\.)\s*x") == "!?,;:"  # a lookbehind's characters count too


def test_the_search_starts_after_the_last_character_never_held():
    text = "one, two. three four"
    assert window_start(text, 0, len(text), ".,") == text.index(".") + 1
    assert window_start(text, 0, len(text), "!") == 0
    assert window_start(text, 10, len(text), ",") == 10  # only inside the window


def _letter(language: str) -> str:
    if language == "en":
        plan = example_plan(date(2026, 12, 3))
        return "\n\n".join(person.letter.text() for person in plan.participants)
    return _DENSE["es"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_guard_answers_as_over_the_whole_window(language):
    coach = load_coach(language)
    coach.check()
    text = coach.fold(_letter(language) + "\n\n" + _DENSE[language])
    places = [m.start() for m in re.finditer(r"\b\w", text)]
    checked = 0
    for index in range(len(coach.rules)):
        rule = coach._rule_ready(index)  # noqa: SLF001
        for guard, stops in zip((rule.preceded, rule.not_preceded), rule.stops, strict=True):
            if guard is None:
                continue
            assert stops == never_held(guard.pattern)
            if not stops:
                continue
            for at in places:
                before = max(0, at - _LOOK_BEHIND)
                narrowed = window_start(text, before, at, stops)
                assert bool(guard.search(text, narrowed, at)) == bool(
                    guard.search(text, before, at)
                ), (coach.rules[index].id, at)
                checked += 1
    assert checked > 1000

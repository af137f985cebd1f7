"""domain/grouped.py: alternatives grouped by first character match exactly as before."""

from __future__ import annotations

import re

import pytest

from interventionplanner.domain.grouped import grouped, grouped_start

TEXTS = [
    "she said you were late",
    "he says you never call",
    "they told you so, then tells me",
    "say no to them",
    "sayonara says saying",
    "mentioned u twice; mentions ur car",
    "",
    "ssss tttt said",
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?:said|says|say|told|tells)", "(?:s(?:a(?:id|y(?:s|)))|t(?:old|ells))"),
        ("(?:a|b|c)", "(?:a|b|c)"),  # nothing shared: as it was
        ("(?:said|s?ays)", "(?:said|s?ays)"),  # a quantified first character
        (r"(?:\w+|said|says)", r"(?:\w+|said|says)"),  # an escape first
        ("(?:(s)aid|says)", "(?:(s)aid|says)"),  # a group first
        ("(?:sa(i)d|says)", "(?:sa(i)d|says)"),  # a capturing group: numbers kept
        ("(?i:said|says)", "(?i:said|says)"),  # flags
        ("said|says", "said|says"),  # not in a group
    ],
)
def test_grouped(pattern: str, expected: str) -> None:
    assert grouped(pattern) == expected


def test_grouped_start_leaves_the_rest() -> None:
    pattern = r"(?:said|says)\s+(?:you|your)"
    assert grouped_start(pattern) == r"(?:s(?:a(?:id|ys)))\s+(?:you|your)"
    assert grouped_start(r"x(?:said|says)") == r"x(?:said|says)"


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:said|says|say|told|tells)(?:\s+that)?\s+(?:you|u|your)(?![\w-])",
        r"(?:(?:say|says)(?:\s+no)?|s(?:ay|aid)|sayo)",
        r"(?:say|sayonara|says|s|sa)",
        r"(?:ment(?:ioned|ions)|mentions\s+ur|mention)\s+(?:u|ur)",
        r"(?:t|tt|ttt|tttt)(?=\s)|(?:ss|s|sss)",
        r"(?<=(?:sa|so|si))(?:id|y)",
    ],
)
def test_same_matches(pattern: str) -> None:
    before, after = re.compile(pattern), re.compile(grouped(pattern))
    assert after.pattern != pattern or "|" not in pattern
    for text in TEXTS:
        for start in range(len(text) + 1):
            old, new = before.match(text, start), after.match(text, start)
            assert (old and old.span()) == (new and new.span()), (pattern, text, start)
        assert [m.span() for m in before.finditer(text)] == [m.span() for m in after.finditer(text)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_rule_searches_as_its_pattern(language: str) -> None:
    """Each rule's "search" (Coach._grouped) has the pattern's groups and, over the
    bench's long letter and the corpus's sentences run together, the same matches."""
    import sys
    from pathlib import Path

    from bench.letter_analysis import letter_of, spanish_letter_of
    from interventionplanner.domain.coach import _fold, _lower
    from interventionplanner.storage.coach_rules import load_coach

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    corpus = __import__("coach_corpus" if language == "en" else "coach_corpus_es")
    sentences = [s for value in vars(corpus).values() if isinstance(value, list) for s in value]
    coach = load_coach(language)
    letter = letter_of(600) if language == "en" else spanish_letter_of(600)
    text = _fold(letter + "\n\n" + " ".join(s for s in sentences if isinstance(s, str)))
    grouped_count = 0
    for index in range(len(coach.rules)):
        source = coach._sources_of(coach.rules[index])
        before, after = (re.compile(_lower(source[key])) for key in ("pattern", "search"))
        assert (before.groups, before.groupindex) == (after.groups, after.groupindex)
        if before.pattern == after.pattern:
            continue
        grouped_count += 1
        assert [m.span() for m in before.finditer(text)] == [m.span() for m in after.finditer(text)]
    assert grouped_count

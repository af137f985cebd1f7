"""tests/plain_search.py: the sentences it skips are those where a rule's search finds
nothing (what lets tests/test_coach_first_pass.py compare the coach with a plain one fast)."""

from __future__ import annotations

import json
import re

import pytest
from plain_search import Needed, needed
from test_coach_first_pass import _letters, _sentences

from interventionplanner import paths
from interventionplanner.domain.sentences import map_text
from interventionplanner.storage.coach_rules import coach_from_data, rules_file

_EVERY = 25  # letter of the corpora checked here (the whole would take minutes)


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (
            r"you(?:'re| are) an? addict(?![\w-])",
            {f"you{be} a{n} addict" for be in ("'re", " are") for n in ("", "n")},
        ),
        (r"\bgood\b", {"good"}),  # a word boundary reads no character: the run goes on
        (r"(?:a|b)c", {"ac", "bc"}),
        (r"so(?:|o)\s+\w+", {"so", "soo"}),
        (r"(?>ab|a)c", {"abc", "ac"}),  # an atomic group: still one of its ways
        (r"x*+hello", {"hello"}),
        (r"(?:why|how)\s+(?=did\s+you)", {"did"}),  # a lookahead's match is in the text
        (r"(?<=after )word", {"word"}),  # a lookbehind's may be before the sentence
        (r"(?:[\w'-]+\s+)?job", {"job"}),
        (r"(a)b\1", {"ab"}),
        (r"[^x]+", None),
        (r"(?:you\s+)?", None),  # may match nothing
        (r"(?i:Hello) there", None),  # case-blind: its characters are not its own
        (r"(?i)hello", None),
    ],
)
def test_every_match_holds_one_of_the_strings(pattern, strings):
    assert needed(re.compile(pattern)) == (None if strings is None else frozenset(strings))


def test_a_string_counts_only_where_it_ends_in_the_sentence():
    found = Needed({0: frozenset({"addict"}), 1: frozenset({"add", "dict"}), 2: None})
    text = "You add. An addict. A dictionary"
    spans = map_text(text).spans()
    assert found.sentences(text, spans) == {0: [1], 1: [0, 1, 2]}
    assert found.unknown == {2}
    # Cut before its end: "addi|ct" is in neither part.
    assert found.sentences(text, [(0, 16), (16, len(text))]) == {1: [0, 1]}


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_search_finds_anything_in_a_sentence_left_out(language):
    rules = json.loads(paths.resource(rules_file(language)).read_text("utf-8"))
    plain = coach_from_data(rules, {rule["id"]: None for rule in rules["rules"]})
    patterns = [plain._rule_ready(i).pattern for i in range(len(plain.rules))]  # noqa: SLF001
    strings = Needed({index: needed(pattern) for index, pattern in enumerate(patterns)})
    assert len(strings.unknown) < len(patterns) / 10  # most rules are narrowed
    letters = [letter for found in _sentences(language).values() for letter in _letters(found)]
    searched = kept = 0
    for letter in letters[::_EVERY]:
        folded = plain.fold(letter)
        spans = map_text(folded, letter).spans()
        may = strings.sentences(folded, spans)
        for index, pattern in enumerate(patterns):
            if index in strings.unknown:
                continue
            left_out = set(range(len(spans))) - set(may.get(index, ()))
            # Compared as a flag, so a failure shows no sentence (held-out ones included).
            found = any(pattern.search(folded, *spans[n]) for n in left_out)
            assert not found, f"rule {plain.rules[index].id}"
            searched += len(spans)
            kept += len(spans) - len(left_out)
    assert kept < searched / 10  # the searches left out are most of them (about 96 %)

"""domain/sentences.py: the quotations found a kind at a time are those the one pattern
finds (round 13, h108: `_quotes` in place of one pattern's `finditer`)."""

from __future__ import annotations

import re

import coach_corpus as dev
import coach_corpus_es as dev_es
from hypothesis import given, settings
from hypothesis import strategies as st

from interventionplanner.domain.sentences import _QUOTE_MARKS, _quotes

# Quotation marks of every kind, apostrophes, letters, spaces and line breaks, so quotations
# nest, overlap, open without closing and run across lines.
_PIECES = st.sampled_from(
    ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "a", "b", " ", "\n", "."]
)


_QUOTE = re.compile("|".join(_QUOTE_MARKS))  # round 12's one pattern


def _one_pattern(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in _QUOTE.finditer(text))


def test_every_corpus_sentence_and_letter_gives_the_same_quotations():
    texts = [t for t, _ in dev.FLAG] + list(dev.GOOD) + list(dev.TRAPS)
    texts += [t for t, _ in dev_es.FLAG] + list(dev_es.GOOD) + list(dev_es.TRAPS)
    texts.append(" ".join(texts).lower())
    for text in texts:
        assert _quotes(text.lower()) == _one_pattern(text.lower()), text
    assert sum(bool(_quotes(text.lower())) for text in texts) > 20


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_of_quotation_marks_gives_the_same_quotations(text):
    assert _quotes(text) == _one_pattern(text)


def test_quotations_inside_others_and_side_by_side():
    for text in [
        "she said \"don't call it 'fine'\" and left",
        "\u00abno\u00bb, 'yes' and \u201cmaybe\u201d",
        "'a' 'b''c' \"d\"\"e\"",
        "it's the dogs' bowl, 'really'",
        '"open and never closed',
    ]:
        assert _quotes(text) == _one_pattern(text), text

"""Which sentences each rule is searched in, worked out with sentences as bits.

The first pass (Coach._rules_by_sentence) finds the first-pass words of each sentence; a
rule is searched in a sentence holding one of its words and every word set of one of its
ways (Coach.also). Put sentence by sentence, that is a union of rule sets per sentence,
then thousands of (rule, sentence) pairs, most of them thrown away by the sets' check. Put
word by word instead, each word the text holds is one integer with a bit for each sentence
it is in (bit i: sentence i); a rule's sentences are the `|` of its words' integers, a
word set's the `|` of its words', a way's the `&` of its sets'. A long letter repeats its
words, so this is one operation a distinct word and rule, not one a sentence and rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import compress
from typing import TypeVar

Span = tuple[int, int]
T = TypeVar("T")
# What joins the sentences for the first pass (domain/word_starts.py).
SEPARATOR = "\x00"
# Up to this many sentences, a rule's are taken bit by bit (`chosen`); more, all at once
# (each bit is some 0.1 µs, all 443 of the bench's letter some 2.5 µs).
_BIT_BY_BIT = 40
_BYTES = bytes.maketrans(b"01", b"\x00\x01")  # binary digits as selectors


def holding(marks: Sequence[re.Pattern[str]], folded: str, starts: Sequence[int]) -> int:
    """The bits of the sentences (starting at `starts`) where one of `marks` is found: for
    each, one search a sentence that holds it, the next from the sentence after."""
    bits = 0
    last = len(starts) - 1
    for mark in marks:
        pos = 0
        search = mark.search
        while hit := search(folded, pos):
            sentence = bisect_right(starts, hit.start()) - 1
            bits |= 1 << sentence
            if sentence == last:
                break
            pos = starts[sentence + 1]
    return bits


def spread(words: Mapping[str, int], owners: Mapping[str, Sequence[int]], size: int) -> list[int]:
    """For each of `size` owners (rules, word sets), the bits of the sentences holding one
    of its words (`owners`: each word's own)."""
    bits = [0] * size
    for word, sentences in words.items():
        for owner in owners[word]:
            bits[owner] |= sentences
    return bits


def with_a_way(sentences: int, ways: Sequence[Sequence[int]], sets: Sequence[int]) -> int:
    """Of `sentences`, those holding every word set of one of `ways` (each way the indexes
    of its sets; `sets`: each set's sentences)."""
    allowed = 0
    for way in ways:
        have = sentences
        for needed in way:
            have &= sets[needed]
            if not have:  # a set in none of the sentences left: the way is out
                break
        else:
            allowed |= have
    return allowed


def chosen(bits: int, spans: Sequence[T]) -> list[T]:
    """The items of `spans` whose bits are set, in order."""
    if bits.bit_count() > _BIT_BY_BIT:
        # Many: one selector a span, made by the C code of `format` and `translate`.
        return list(compress(spans, format(bits, "b").encode().translate(_BYTES)[::-1]))
    # Highest bit first, then reversed: fewer operations on the big integer a bit than
    # taking the lowest.
    found = []
    while bits:
        top = bits.bit_length() - 1
        found.append(spans[top])
        bits ^= 1 << top
    found.reverse()
    return found


def indexes_of(bits: int) -> tuple[int, ...]:
    """The indexes of the bits set in `bits`, lowest first."""
    found = []
    while bits:
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return tuple(found)

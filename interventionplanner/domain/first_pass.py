"""The coach's first pass without its trie: the first-pass words found where words start
by looking each candidate up in a dictionary, for the very first run.

The first pass (Coach._rules_by_sentence) finds, at every place where a word starts, the
longest first-pass word there, with one regular expression shaped as a trie of some 2,300
words. Compiling it is some 15-19 ms of Python's `re` on a run whose cache folder does not
hold it yet (storage/regex_cache.py), more than a first paragraph's whole first pass. This
finds the same rules in plain Python: at each place the trie's `\\b` allows, every
first-pass word the text starts with there, within the sentence. Its cost grows with the
text, so the coach uses it only for short texts until the trie is compiled (by `check()`,
the window's warm-up lane, or a long text).

The trie gives the longest word at a place and that word's rules include those of the
shorter words it starts with; here every word found at the place gives its own rules, so
the union is the same. So for the rules' other word sets (Coach.also): each word found
gives the bits of the sets it is in. Such a word may be a phrase ("and i"), each space
standing for some whitespace (domain/prefilter.py, `required_sets`): a sentence where some
whitespace is not one plain space (a line break, two spaces) counts as holding every
phrase, as in domain/word_starts.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import reduce
from itertools import chain
from operator import or_

# Where the trie's pattern may start: `\b`, read with the same bounds by the same engine.
_BOUNDARY = re.compile(r"\b")
# Whitespace other than one plain space between characters that are not: where a phrase
# may be there though its text is not (see the module's notes).
_UNEVEN = re.compile(r"\S(?! \S)\s+\S")


_NONE: frozenset[int] = frozenset()


class WordScan:
    """Finds the rules of the first-pass words that start in a sentence (`owners`: each
    word's own rules), and the bits of the word sets found there (`sets_of`: each word's
    own, as the trie's words bring them)."""

    def __init__(
        self, owners: Mapping[str, frozenset[int]], sets_of: Mapping[str, int] | None = None
    ) -> None:
        self._owners, self._sets_of = owners, sets_of or {}
        lengths: dict[str, set[int]] = {}
        for char, length in {(word[0], len(word)) for word in chain(owners, self._sets_of)}:
            lengths.setdefault(char, set()).add(length)
        # Only the lengths of words with this first character are looked up.
        self._lengths = {char: sorted(found) for char, found in lengths.items()}
        # The bits of the sets of the phrases (the module's notes), on first need.
        self._phrases: int | None = None

    def scan(self, folded: str, start: int, end: int) -> tuple[set[int], int]:
        """The rules of every first-pass word in folded[start:end] where the trie would
        look for one, and the bits of the word sets found there."""
        found: set[int] = set()
        bits = 0
        owners, sets_of, lengths = self._owners, self._sets_of, self._lengths
        for boundary in _BOUNDARY.finditer(folded, start, end):
            at = boundary.start()
            if at >= end:
                continue
            for length in lengths.get(folded[at], ()):
                if at + length > end:
                    break
                word = folded[at : at + length]
                found |= owners.get(word, _NONE)
                bits |= sets_of.get(word, 0)
        if _UNEVEN.search(folded, start, end):
            bits |= self._phrase_bits()
        return found, bits

    def _phrase_bits(self) -> int:
        """The bits of the sets of the phrases: worked out the first time a sentence's
        whitespace is uneven (some 2 ms of a first paragraph otherwise), each mask once
        (masks are shared, storage/coach_snapshot.py: 11,000 English phrases)."""
        if self._phrases is None:
            masks = {id(bits): bits for word, bits in self._sets_of.items() if " " in word}
            self._phrases = reduce(or_, masks.values(), 0)
        return self._phrases

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
the union is the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Where the trie's pattern may start: `\b`, read with the same bounds by the same engine.
_BOUNDARY = re.compile(r"\b")


class WordScan:
    """Finds the rules of the first-pass words that start in a sentence (`owners`: each
    word's own rules)."""

    def __init__(self, owners: Mapping[str, frozenset[int]]) -> None:
        self._owners = owners
        lengths: dict[str, set[int]] = {}
        for word in owners:
            lengths.setdefault(word[0], set()).add(len(word))
        # Only the lengths of words with this first character are looked up.
        self._lengths = {char: sorted(found) for char, found in lengths.items()}

    def rules(self, folded: str, start: int, end: int) -> set[int]:
        """The rules of every first-pass word in folded[start:end] where the trie would
        look for one."""
        found: set[int] = set()
        owners, lengths = self._owners, self._lengths
        for boundary in _BOUNDARY.finditer(folded, start, end):
            at = boundary.start()
            if at >= end:
                continue
            for length in lengths.get(folded[at], ()):
                if at + length > end:
                    break
                rules = owners.get(folded[at : at + length])
                if rules is not None:
                    found |= rules
        return found

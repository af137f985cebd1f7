"""The coach's literals looked for inside words too ("head" of "crackhead", "'re"), found
anywhere in a text, each occurrence with the sentence it starts in.

A short text (a paragraph being typed, a very first run's first paragraph) has each
literal looked for with `str.find`: a few microseconds, and nothing to build or import. A
long one is read once by an Aho–Corasick automaton (the `ahocorasick_rs` package), which
finds every occurrence of every literal, overlapping ones included, in one pass in
compiled code: on the bench's 5,000-word letters 0.06 ms for English's 45 literals and
0.15-0.24 ms for Spanish's 226, where a `find` each was 0.58 ms and a regular expression
trying a trie of them at every character 1.9 ms. Both give the same occurrences, so the
same sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

# Up to this many characters, a `find` a literal (the automaton's import and building,
# about 0.6 ms once, are not worth it for a paragraph).
_FIND_UP_TO = 2000


class Anywhere:
    """Finds `literals` (each with its rules' indexes) anywhere in a text."""

    def __init__(self, literals: Sequence[tuple[str, tuple[int, ...]]]) -> None:
        self.literals = tuple(literals)
        self._automaton: Any = None  # built for the first long text

    def found(self, folded: str, starts: Sequence[int]) -> Iterator[tuple[int, tuple[int, ...]]]:
        """(sentence number, the literal's rules) for each occurrence of a literal in
        `folded`, whose sentences start at `starts`; in no particular order."""
        if not self.literals:
            return
        if self._automaton is None and len(folded) <= _FIND_UP_TO:
            yield from self._found_each(folded, starts)
            return
        literals = self.literals
        matches = self._finder().find_matches_as_indexes(folded, overlapping=True)
        for number, at, _ in matches:
            yield bisect_right(starts, at) - 1, literals[number][1]

    def bits(self, folded: str, starts: Sequence[int]) -> list[tuple[int, tuple[int, ...]]]:
        """For each literal in `folded` (sentences starting at `starts`), the bits of the
        sentences holding it (bit i: sentence i) with its rules: its rules take one `|`
        a literal, not one an occurrence ("ing" is in some 170 places of the bench's
        letter)."""
        found: dict[tuple[int, ...], int] = {}
        get = found.get
        for sentence, indexes in self.found(folded, starts):
            found[indexes] = get(indexes, 0) | 1 << sentence
        return [(bits, indexes) for indexes, bits in found.items()]

    def _found_each(
        self, folded: str, starts: Sequence[int]
    ) -> Iterator[tuple[int, tuple[int, ...]]]:
        find = folded.find
        for literal, indexes in self.literals:
            at = find(literal)
            while at >= 0:
                yield bisect_right(starts, at) - 1, indexes
                at = find(literal, at + 1)

    def _finder(self) -> Any:
        if self._automaton is None:
            # Imported here: a run that never reads a long text never loads it.
            from ahocorasick_rs import AhoCorasick, Implementation

            # A DFA, asked for: the package builds one by itself only up to 100 literals
            # and an NFA beyond, which takes twice the instructions a byte or more (the
            # English rules have 122 since round 19; the DFA of Spanish's 226 is still
            # small, a few hundred states of short literals).
            self._automaton = AhoCorasick(
                [literal for literal, _ in self.literals], implementation=Implementation.DFA
            )
        return self._automaton

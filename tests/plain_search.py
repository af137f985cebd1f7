"""The sentences where a rule's search may find something, worked out from its pattern alone.

The coach searches a rule sentence by sentence: `pattern.search(text, start, end)`. The
plain coach of tests/test_coach_first_pass.py (no shortcuts) does that for every rule in
every sentence: some eighty million searches for the English corpora, each reading its
whole sentence, nearly all finding nothing. `Needed` says which sentences can hold a
match, with one scan of each sentence for every rule's words at once; in the others the
search finds nothing, so skipping it changes nothing the plain coach does (a rule sees only
the searches that found something).

Why it is sound. `needed(pattern)` reads the pattern's parse tree, not the coach's first
pass or prefilter (those are what the test checks), and gives strings one of which every
match holds. In a row of items every item's match is in the whole match, one after the
other: so a stretch of items with few ways to match (plain characters, small alternatives,
`s?`) matches one of the strings made of one way of each, with nothing between them but
lookarounds, anchors and word boundaries (they read no character); an item with many ways
holds what it needs itself (one alternative's strings, a repeat's item's when it needs
one). A lookahead's match lies in the text searched too. A search in text[start:end] sees
nothing past `end`, so its match, and the string it holds, lie inside the sentence. A
pattern matching case-blind, or where no such strings are found, is searched in every
sentence. Atomic groups and possessive repeats are read as plain ones: they only ever take
fewer of the ways.
tests/test_plain_search.py checks it against the sentence-by-sentence searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants, _parser  # type: ignore[attr-defined]

_Strings = frozenset[str] | None  # one of them is in every match; None: not known

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_MOST_WAYS = 64  # strings a stretch of a pattern is read as, at most
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def needed(pattern: re.Pattern[str]) -> _Strings:
    """Strings one of which every match of `pattern` holds, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        return _in_row(_parser.parse(pattern.pattern, pattern.flags).data)
    except _CaseBlind:
        return None


class _CaseBlind(Exception):
    """A part of the pattern matches case-blind (`(?i:…)`): its characters are not its own."""


def _in_row(items: Iterable[tuple]) -> _Strings:
    """The best of what a row of items needs: the strings each stretch of items with few
    ways to match can match (`_ways`), each other item's own."""
    found: list[frozenset[str]] = []
    stretch = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:  # reads no character: the stretch goes on
            if op is _constants.ASSERT and av[0] == 1:  # a lookahead's match is in the text
                found.append(_in_row(av[1].data) or frozenset({""}))
            continue
        ways = _ways(op, av)
        if ways is not None and len(stretch) * len(ways) <= _MOST_WAYS:
            stretch = frozenset(a + b for a in stretch for b in ways)
            continue
        found.append(stretch)
        stretch = ways if ways is not None else frozenset({""})
        if ways is None and (inside := _item(op, av)) is not None:
            found.append(inside)
    found.append(stretch)
    found = [strings for strings in found if "" not in strings]
    # The strings whose shortest is longest find fewest sentences (any would be sound).
    return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def _ways(op, av) -> frozenset[str] | None:
    """Every string the item can match, when they are few (None: many, or not known)."""
    if op is _constants.LITERAL:
        return frozenset({chr(av)})
    if op is _constants.IN and all(kind is _constants.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)
    if op is _constants.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _CaseBlind
        return _row_ways(av[3].data)
    if op is _constants.ATOMIC_GROUP:
        return _row_ways(av.data)
    if op is _constants.BRANCH:
        branches = [_row_ways(branch.data) for branch in av[1]]
        return None if None in branches else frozenset().union(*branches)
    if op in _REPEATS and av[1] <= 2 and (inside := _row_ways(av[2].data)) is not None:
        counts = range(av[0], av[1] + 1)
        ways = frozenset().union(*(_repeat(inside, n) for n in counts))
        return ways if len(ways) <= _MOST_WAYS else None
    return None


def _repeat(ways: frozenset[str], times: int) -> frozenset[str]:
    out = frozenset({""})
    for _ in range(times):
        out = frozenset(a + b for a in out for b in ways)
    return out


def _row_ways(items: Iterable[tuple]) -> frozenset[str] | None:
    out = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:  # reads no character
            continue
        ways = _ways(op, av)
        if ways is None or len(out) * len(ways) > _MOST_WAYS:
            return None
        out = frozenset(a + b for a in out for b in ways)
    return out


def _item(op, av) -> _Strings:
    """What an item with many ways to match needs."""
    if op is _constants.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _CaseBlind
        return _in_row(av[3].data)
    if op is _constants.ATOMIC_GROUP:
        return _in_row(av.data)
    if op is _constants.BRANCH:
        branches = [_in_row(branch.data) for branch in av[1]]
        return None if None in branches else frozenset().union(*branches)
    if op in _REPEATS and av[0] >= 1:
        return _in_row(av[2].data)
    return None  # a class of characters, any character, a group's text again, …


class Needed:
    """For each rule (by index), the sentences of a text holding one of its strings
    (`unknown`: the rules with none, to be searched in every sentence)."""

    def __init__(self, strings: dict[int, _Strings]) -> None:
        words = sorted({s for found in strings.values() if found for s in found})
        self.unknown = {index for index, found in strings.items() if not found}
        # Each string with the rules of the strings it starts with: a scan gives the
        # longest string starting at each place, and so all of them.
        owners: dict[str, set[int]] = {word: set() for word in words}
        for index, found in strings.items():
            for word in found or ():
                owners[word].add(index)
        self.rules_of = {
            word: frozenset().union(*(owners.get(word[:n], ()) for n in range(1, len(word) + 1)))
            for word in words
        }
        self.scan = re.compile(f"(?=({_trie(words)}))") if words else None

    def sentences(self, text: str, spans: list[tuple[int, int]]) -> dict[int, list[int]]:
        """By rule, the numbers of the sentences (`spans`) holding one of its strings in
        full, in order."""
        found: dict[int, list[int]] = {}
        if self.scan is None:
            return found
        findall, rules_of = self.scan.findall, self.rules_of
        for number, (start, end) in enumerate(spans):
            # endpos: a string found here ends in the sentence.
            for index in frozenset().union(*map(rules_of.get, set(findall(text, start, end)))):
                found.setdefault(index, []).append(number)
        return found


def _trie(words: list[str]) -> str:
    """A pattern matching the longest of `words` at a place (longer ways are tried first)."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    ways = [re.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if "" in node:
        ways.append("")  # the word ends here: tried last
    return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"

"""Which words a regular expression cannot match without: the coach's fast first pass.

For each rule the coach finds a set of literal strings such that any match contains at
least one of them ("never" for "you never,? ever"; {"fault"} for "your (?:own )?fault").
The coach then looks for those strings with `str.find`, which is many times faster than
running the expression, and runs the expression only in the sentences that hold one.
This is the "required literal" idea of prefilters such as RE2's, kept small: anything this
module cannot reason about yields no requirement, and the rule then runs on every sentence,
so a missed shortcut costs time, never a finding.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterable

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
MIN_USEFUL = 3  # shorter literals ("u", "we") are everywhere: not worth looking for
_MAX_JOINED = 48


Literals = tuple[frozenset[str], frozenset[str]]  # the strings, and those of them that
# may start inside a word


def required_literals(pattern: str) -> frozenset[str] | None:
    """A set of strings one of which every match of `pattern` contains, or None."""
    found = literals_and_place(pattern)
    return None if found is None else found[0]


def literals_and_place(
    pattern: str, *, at_word: bool = True, shortest: int = MIN_USEFUL
) -> Literals | None:
    """`required_literals`, and those of them a match may hold only inside a word ("head"
    of "crackhead"): every match holds one of the others at the start of a word (after a
    character that is not a letter, or at the text's start), so the first pass may look
    for those only there. `at_word`: a match itself counts only at the start of a word
    (the coach's patterns); else only the pattern can say ("(?<![\\w-])…"). `shortest`:
    the shortest string a set may hold (a shorter one is everywhere: no shortcut)."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 (an odd pattern just gets no shortcut)
        return None
    found = _required(list(parsed), at_word)
    if not found or min(len(s) for s in found[0]) < shortest:
        return None
    return found


_WORD = re.compile(r"\w")


def _required(items: list, at_word: bool, spaced: bool = False) -> Literals | None:
    """The most useful of `_candidates`: the one set the first pass looks for."""
    candidates = _candidates(items, at_word, spaced=spaced)
    if not candidates:
        return None
    return max(candidates, key=lambda c: _usefulness(c[0]))


def _candidates(
    items: list, at_word: bool, *, deep: bool = False, spaced: bool = False
) -> list[Literals]:
    """Every set of strings the sequence requires one of. Neighbouring pieces whose whole
    text is one of a few strings are joined ("you|u" then "'re" gives "you're", "u're");
    any other piece offers what it requires (its most useful set; `deep`: every set of a
    group or a repeat's first turn, which are all required too). With each, the strings
    that may start inside a word: all of a piece unless what comes before it in a match
    ends a word (`at_word`: the sequence's start does). `spaced`: whitespace (`\\s`,
    `\\s+`) reads as one space, so words are joined across it ("and i", "says so")."""
    candidates: list[Literals] = []
    chain: frozenset[str] | None = None
    chain_at_word = False
    for op, av in items:
        exact = _exact_item(op, av, spaced)
        if exact is not None:
            if chain is not None and len(chain) * len(exact) <= _MAX_JOINED:
                chain = frozenset(a + b for a in chain for b in exact)
            else:
                if chain is not None:
                    candidates.append(_placed(chain, chain_at_word))
                chain, chain_at_word = exact, at_word
            candidates.append(_placed(exact, at_word))
            if chain == frozenset([""]):  # only lookarounds so far: the strings start after
                chain_at_word = _ends_word(op, av, at_word)
        else:
            if chain is not None:
                candidates.append(_placed(chain, chain_at_word))
            chain = None
            inner = _deep_items(op, av) if deep else None
            if inner is not None:
                candidates += _candidates(inner, at_word, deep=True, spaced=spaced)
            elif found := _required_item(op, av, at_word, spaced):
                candidates.append(found)
        at_word = _ends_word(op, av, at_word)
    if chain is not None:
        candidates.append(_placed(chain, chain_at_word))
    return [c for c in candidates if c[0] and "" not in c[0]]


def _deep_items(op, av) -> list | None:
    """The pieces of a group, or of a repeat's first turn, whose every set is required."""
    if op is sre_constants.SUBPATTERN:
        return list(av[-1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
        return list(av[2])
    return None


def required_sets(pattern: str, shortest: int = MIN_USEFUL) -> list[list[frozenset[str]]]:
    """For each way `pattern` can match (each choice of a choice at its top: "a|b"; else
    the one), every set of strings of which such a match (at the start of a word, as the
    coach's are) holds one where a word starts, most useful first: its own best set and
    the others, for a conjunctive check ("always" or "constantly", and "you're" or "you
    are"). A set any of whose strings may start inside a word is left out, as are sets
    with a string shorter than `shortest` (everywhere: a poor check). Words are joined
    across whitespace into phrases ("and i", "says so": far rarer than their words), each
    space standing for any run of it: the first pass counts every phrase as found in a
    sentence whose whitespace is not all single spaces (domain/word_starts.py, `_UNEVEN`)."""
    try:
        items = list(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 (an odd pattern just gets no check)
        return []
    choices = _top_choices(items)
    return [
        _usable([*_candidates(way, True, deep=True), *_phrases(way)], shortest) for way in choices
    ]


# At most this many phrases in a set: each is a word of the first pass (Coach.also_bits);
# 48 gave the English rules 32,000 words and phrases (first use 5-8 ms slower, each mask
# kept once all the same); 16 gives 11,900, for 5 % (English) and 11 % (Spanish) more
# instructions a warm pass (docs/benchmarks.md, thirteenth round). With the phrases read
# by their first word at first use, 32 and 8 were tried again: warm -1.3 % against first
# use +5 %, and first use -2.7 % against warm +6.4 % (fourteenth round).
_MAX_PHRASES = 16


def _phrases(way: list) -> list[Literals]:
    """The sets of phrases a way requires one of (`_candidates`, spaced), without spaces at
    either end: "reckon " is no rarer than "reckon", and " and i" (after `\\s+`) is "and i"
    where a word starts. Not too many in a set."""
    found = []
    for strings, inside in _candidates(way, True, deep=True, spaced=True):
        trimmed = frozenset(string.strip(" ") for string in strings)
        if "" in trimmed or len(trimmed) > _MAX_PHRASES or not any(" " in s for s in trimmed):
            continue
        # A string after whitespace starts a word, as does one that did before.
        within = {
            string.strip(" ")
            for string in strings
            if (not _WORD.match(string.lstrip(" ")) if string.startswith(" ") else string in inside)
        }
        found.append((trimmed, frozenset(within)))
    return found


def _top_choices(items: list) -> list[list]:
    """The sequences a pattern's top-level choice offers, each with the lookarounds and
    anchors around it ("(?:a|b)(?![\\w-])"); the pattern itself when it has none."""
    choices = [n for n, (op, _) in enumerate(items) if op is sre_constants.BRANCH]
    others = [op for op, _ in items if op is not sre_constants.BRANCH]
    if len(choices) != 1 or not set(others) <= _ZERO_WIDTH:
        return [items]
    at = choices[0]
    return [[*items[:at], *branch, *items[at + 1 :]] for branch in items[at][1][1]]


def _usable(found: list[Literals], shortest: int) -> list[frozenset[str]]:
    usable = {strings for strings, inside in found if not inside}
    usable = {strings for strings in usable if min(map(len, strings)) >= shortest}
    # A set another implies is no check of its own: "and" beside "and i" or "and me".
    usable = {
        strings
        for strings in usable
        if not any(_implies(other, strings) and not _implies(strings, other) for other in usable)
    }
    return sorted(usable, key=lambda strings: (_usefulness(strings), sorted(strings)), reverse=True)


def _implies(found: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a text holding one of `found` where a word starts holds one of `other` so
    too: each of `found` starts with one of `other`, or holds one after a space."""
    return all(any((" " + string).find(" " + word) >= 0 for word in other) for string in found)


def _placed(strings: frozenset[str], at_word: bool) -> Literals:
    """`strings` found where a word starts (`at_word`) or anywhere: those that may then
    start inside a word (all, or those that do not start with a letter)."""
    return strings, frozenset(s for s in strings if not (at_word and _WORD.match(s)))


def _ends_word(op, av, before: bool) -> bool:
    """True when what follows this piece is at the start of a word: it ends with a
    character that is not part of one (a space, a comma), or asserts that it does
    ("(?<![\\w-])"), or takes nothing and `before` was so."""
    if op is sre_constants.LITERAL:
        return not _WORD.match(chr(av))
    if op is sre_constants.IN:
        return all(_not_word(item) for item in av)
    if op is sre_constants.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
        inner_op, inner_av = av[1][0]
        return before or (
            inner_op is sre_constants.IN
            and (sre_constants.CATEGORY, sre_constants.CATEGORY_WORD) in inner_av
        )
    if op in _ZERO_WIDTH:
        return before
    if op is sre_constants.SUBPATTERN:
        return _sequence_ends_word(av[-1], before)
    if op is sre_constants.BRANCH:
        return all(_sequence_ends_word(branch, before) for branch in av[1])
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):  # each turn must end so
        return _sequence_ends_word(av[2], False) and (av[0] >= 1 or before)
    return False


def _sequence_ends_word(items, before: bool) -> bool:
    for op, av in items:
        before = _ends_word(op, av, before)
    return before


def _not_word(item) -> bool:
    op, av = item
    if op is sre_constants.LITERAL:
        return not _WORD.match(chr(av))
    return op is sre_constants.CATEGORY and av in (
        sre_constants.CATEGORY_SPACE,
        sre_constants.CATEGORY_NOT_WORD,
    )


# Words in nearly every sentence of a letter, English or Spanish: a poor shortcut even when
# long enough (chosen only where a rule offers nothing rarer).
_COMMON = frozenset(
    [
        "you",
        "your",
        "you're",
        "yourself",
        "the",
        "and",
        "are",
        "was",
        "were",
        "that",
        "this",
        "have",
        "has",
        "had",
        "for",
        "with",
        "not",
        "but",
        "all",
        "they",
        "them",
        "what",
        "when",
        "how",
        "it's",
        "i'm",
        "i've",
        "we're",
        "we've",
        "there",
        "then",
        "now",
        "day",
        "time",
        "one",
        "like",
        "very",
        "any",
        "his",
        "her",
        "will",
        "from",
        "more",
        "over",
        "know",
        # Spanish
        "que",
        "por",
        "los",
        "las",
        "una",
        "con",
        "del",
        "para",
        "como",
        "pero",
        "muy",
        "esta",
        "est",
        "eso",
        "esto",
        "todo",
        "ser",
        "hay",
    ]
)


def _usefulness(found: frozenset[str]) -> tuple[bool, int, int, int]:
    """Long enough first (a shorter one is no shortcut at all), then no everyday word,
    then fewest strings, then the longest."""
    shortest = min(len(x) for x in found)
    rare = not any(x.strip(" '") in _COMMON for x in found)
    return min(MIN_USEFUL, shortest), rare, -len(found), shortest


def _required_item(op, av, at_word: bool, spaced: bool = False) -> Literals | None:
    if op is sre_constants.SUBPATTERN:
        return _required(list(av[-1]), at_word, spaced)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        inside: set[str] = set()
        for branch in av[1]:
            found = _required(list(branch), at_word, spaced)
            if not found:
                return None
            union |= found[0]
            inside |= found[1]
        return frozenset(union), frozenset(inside)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _required(list(av[2]), at_word, spaced)  # its first turn starts where it does
    return None


def _exact(items: list, spaced: bool = False) -> frozenset[str] | None:
    """Every string the sequence can match, when they are few; else None (`spaced`:
    whitespace as one space, see `_candidates`)."""
    out = frozenset([""])
    for op, av in items:
        exact = _exact_item(op, av, spaced)
        if exact is None or len(out) * len(exact) > _MAX_JOINED:
            return None
        out = frozenset(a + b for a in out for b in exact)
    return out


def _exact_item(op, av, spaced: bool = False) -> frozenset[str] | None:
    if spaced and _whitespace(op, av):
        return _ONE_SPACE
    if op is sre_constants.LITERAL:
        return frozenset([chr(av)])
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is sre_constants.SUBPATTERN:
        return _exact(list(av[-1]), spaced)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _exact(list(branch), spaced)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_JOINED else None
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[1] == 1:
        inner = _exact(list(av[2]), spaced)
        if inner is None:
            return None
        return inner | {""} if av[0] == 0 else inner
    return None


_SPACE_CLASS = [(sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)]
_ONE_SPACE = frozenset([" "])


def _whitespace(op, av) -> bool:
    """Whether the piece is `\\s` or `\\s+`: some whitespace, read as one space."""
    if op is sre_constants.IN:
        return av == _SPACE_CLASS
    if op is sre_constants.MAX_REPEAT and av[0] == 1:
        return list(av[2]) == [(sre_constants.IN, _SPACE_CLASS)]
    return False


# The first pass (above) chooses the sentences a rule is tried in; within a sentence the
# regex engine tries the rule at each place. Given a pattern that starts with a letter or a
# choice of letters, it skips in C to the places that hold one of them; a pattern that
# starts with an optional word or a group of choices ("(?:oh,? )?(?:good|great) …") gets no
# such start and is tried everywhere, several times slower. `first_chars` says which
# characters a match can start with, so the coach can give the engine that start (see
# domain/coach.py, _Compiled).
_MAX_FIRST = 30  # more first characters than this skip little
_NUMBERED_GROUP = re.compile(r"\\[1-9]|\(\?\(\d")  # "\1", "(?(1)…)"


def first_chars(pattern: str) -> str | None:
    """The characters every match of `pattern` starts with, sorted, when the regex engine
    cannot see them itself and they are few; else None (also for a pattern that can match
    nothing at all, or one this cannot reason about)."""
    if _NUMBERED_GROUP.search(pattern):  # the coach's group would come first and renumber
        return None
    try:
        items = list(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 (an odd pattern is just tried everywhere)
        return None
    if _engine_sees_start(items):
        return None
    found = _first(items)
    if found is None or found[1] or not found[0] or len(found[0]) > _MAX_FIRST:
        return None
    return "".join(sorted(found[0]))


def engine_sees_start(pattern: str) -> bool:
    """True when the regex engine skips to where a match of `pattern` may start itself (so
    nothing gained by trying it at fewer places: domain/start_anchor.py's rules)."""
    try:
        return _engine_sees_start(list(sre_parse.parse(pattern)))
    except Exception:  # noqa: BLE001 (an odd pattern: searched as it is)
        return True


def start_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of `pattern` starts with, whether or not the regex
    engine sees them; None when any character may start one, when it may match nothing,
    or when this cannot reason about it."""
    try:
        found = _first(list(sre_parse.parse(pattern)))
    except Exception:  # noqa: BLE001 (an odd pattern is just searched everywhere)
        return None
    return None if found is None or found[1] or not found[0] else found[0]


def _engine_sees_start(items: list) -> bool:
    """True when the engine finds the start itself: a letter, a class, or a choice whose
    every branch starts with a letter (what CPython's compiler looks for)."""
    while items and items[0][0] is sre_constants.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    if op is sre_constants.BRANCH:
        return all(branch and branch[0][0] is sre_constants.LITERAL for branch in av[1])
    return op in (sre_constants.LITERAL, sre_constants.IN)


def _first(items: Iterable) -> tuple[frozenset[str], bool] | None:
    """The characters a sequence can start with, and whether it can match nothing; None
    when any character could start it."""
    found: frozenset[str] = frozenset()
    for op, av in items:
        item = _first_item(op, av)
        if item is None:
            return None
        found |= item[0]
        if not item[1]:
            return found, False
    return found, True


def _first_item(op, av) -> tuple[frozenset[str], bool] | None:
    if op is sre_constants.LITERAL:
        return frozenset([chr(av)]), False
    if op in _ZERO_WIDTH:  # a lookaround or an anchor takes no character
        return frozenset(), True
    if op is sre_constants.IN:
        chars = _class_chars(av)
        return None if chars is None else (chars, False)
    if op is sre_constants.SUBPATTERN:
        return _first(av[-1])
    if op is sre_constants.BRANCH:
        found: frozenset[str] = frozenset()
        empty = False
        for branch in av[1]:
            item = _first(branch)
            if item is None:
                return None
            found |= item[0]
            empty = empty or item[1]
        return found, empty
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        item = _first(av[2])
        return None if item is None else (item[0], item[1] or av[0] == 0)
    return None


def _class_chars(av: list) -> frozenset[str] | None:
    """The characters of a small class of letters and ranges ("[a-c']"); None otherwise."""
    chars: set[str] = set()
    for op, value in av:
        if op is sre_constants.LITERAL:
            chars.add(chr(value))
        elif op is sre_constants.RANGE and value[1] - value[0] < _MAX_FIRST:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # a negation, \w, \s…: too many to list
            return None
    return frozenset(chars)


def trie_pattern(words: list[str]) -> str:
    """One regular expression matching any of `words`, shaped as a trie, so the engine
    tests each position against a first character rather than every word in turn."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    ends = "" in node
    parts = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body

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

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
MIN_USEFUL = 3  # shorter literals ("u", "we") are everywhere: not worth looking for
_MAX_JOINED = 48


def required_literals(pattern: str) -> frozenset[str] | None:
    """A set of strings one of which every match of `pattern` contains, or None."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 (an odd pattern just gets no shortcut)
        return None
    found = _required(list(parsed))
    if not found or min(len(s) for s in found) < MIN_USEFUL:
        return None
    return frozenset(found)


def _required(items: list) -> frozenset[str] | None:
    """Neighbouring pieces whose whole text is one of a few strings are joined ("you|u"
    then "'re" gives "you're", "u're"); any other piece offers what it requires."""
    candidates: list[frozenset[str]] = []
    chain: frozenset[str] | None = None
    for op, av in items:
        exact = _exact_item(op, av)
        if exact is not None:
            if chain is not None and len(chain) * len(exact) <= _MAX_JOINED:
                chain = frozenset(a + b for a in chain for b in exact)
            else:
                if chain is not None:
                    candidates.append(chain)
                chain = exact
            candidates.append(exact)
            continue
        if chain is not None:
            candidates.append(chain)
        chain = None
        inner = _required_item(op, av)
        if inner:
            candidates.append(inner)
    if chain is not None:
        candidates.append(chain)
    candidates = [c for c in candidates if c and "" not in c]
    if not candidates:
        return None
    return max(candidates, key=_usefulness)


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


def _required_item(op, av) -> frozenset[str] | None:
    if op is sre_constants.SUBPATTERN:
        return _required(list(av[-1]))
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _required(list(branch))
            if not found:
                return None
            union |= found
        return frozenset(union)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _exact(items: list) -> frozenset[str] | None:
    """Every string the sequence can match, when they are few; else None."""
    out = frozenset([""])
    for op, av in items:
        exact = _exact_item(op, av)
        if exact is None or len(out) * len(exact) > _MAX_JOINED:
            return None
        out = frozenset(a + b for a in out for b in exact)
    return out


def _exact_item(op, av) -> frozenset[str] | None:
    if op is sre_constants.LITERAL:
        return frozenset([chr(av)])
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is sre_constants.SUBPATTERN:
        return _exact(list(av[-1]))
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _exact(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_JOINED else None
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[1] == 1:
        inner = _exact(list(av[2]))
        if inner is None:
            return None
        return inner | {""} if av[0] == 0 else inner
    return None


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

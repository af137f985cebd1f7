"""Alternatives grouped by their first character, so the regex engine tries fewer.

Python's engine tries a group's alternatives one by one at each place: `(?:said|says|
told|tells)` checks four first characters at every place a search tries. Written as
`(?:sa(?:id|ys)|t(?:old|ells))` it checks two. The coach's rules are written as lists of
words for people to read; `grouped` rewrites their patterns so before compiling.

It never changes what a pattern matches: alternatives that start with different plain
characters cannot both match at one place, so their order between them does not matter;
those that start with the same one keep their order after it (`c(?:r1|r2)` tries what
`cr1|cr2` tries, in the same order). Only non-capturing groups whose every alternative
starts with a plain character (not an escape, class, group or quantified character) and
holds no capturing group are rewritten, so group numbers stay as they were. A pattern
with inline flags (which could make two characters the same) is left as it is.
"""

from __future__ import annotations

import re

# An escape (with what it needs), a class (a "]" first is literal), a group's opening, or
# one character.
TOKEN = re.compile(
    r"\\(?:[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)"
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"
    r"|\((?:\?(?:[:=!]|<[=!]|P<\w+>|P=\w+\)|#[^)]*\)))?"
    r"|.",
    re.DOTALL,
)
_FLAGS = re.compile(r"\(\?[aiLmsux-]")
_QUANTIFIERS = frozenset("?*+{")
_SPECIAL = frozenset("\\[().^$|?*+{")

Sequence = list  # of tokens (str) and groups
Group = tuple  # (opener, alternatives: list[Sequence])


def grouped(pattern: str) -> str:
    """`pattern` with its alternatives grouped by first character where that is safe."""
    if "|" not in pattern or _FLAGS.search(pattern):
        return pattern
    tokens = TOKEN.findall(pattern)
    tree, at = _parse(tokens, 0)
    if at != len(tokens):  # an unbalanced ")": leave it to the compiler to complain
        return pattern
    return _emit(tree)


def _parse(tokens: list[str], at: int) -> tuple[list[Sequence], int]:
    """The alternatives from `at` to the `)` that closes them (or the end)."""
    alternatives: list[Sequence] = [[]]
    while at < len(tokens):
        token = tokens[at]
        if token == ")":
            return alternatives, at
        if token == "|":
            alternatives.append([])
        elif token.startswith("(") and not token.startswith("(?P=") and "#" not in token:
            inner, at = _parse(tokens, at + 1)
            if at >= len(tokens):  # unclosed
                return alternatives, len(tokens) + 1
            alternatives[-1].append((token, inner))
        else:
            alternatives[-1].append(token)
        at += 1
    return alternatives, at


def _emit(alternatives: list[Sequence]) -> str:
    return "|".join(_emit_sequence(sequence) for sequence in alternatives)


def _emit_sequence(sequence: Sequence) -> str:
    parts = []
    for item in sequence:
        if isinstance(item, tuple):
            opener, alternatives = item
            if opener == "(?:" and len(alternatives) > 1:
                alternatives = _by_first(alternatives)
            parts.append(f"{opener}{_emit(alternatives)})")
        else:
            parts.append(item)
    return "".join(parts)


def _by_first(alternatives: list[Sequence]) -> list[Sequence]:
    """The alternatives grouped by first character, when every one allows it."""
    if not all(_plain_start(sequence) for sequence in alternatives):
        return alternatives
    if any(_captures(sequence) for sequence in alternatives):
        return alternatives
    firsts: dict[str, list[Sequence]] = {}
    for sequence in alternatives:
        firsts.setdefault(sequence[0], []).append(sequence[1:])
    if len(firsts) == len(alternatives):
        return alternatives
    merged: list[Sequence] = []
    for first, rests in firsts.items():
        if len(rests) == 1:
            merged.append([first, *rests[0]])
        else:
            merged.append([first, ("(?:", _by_first(rests) if len(rests) > 1 else rests)])
    return merged


def _plain_start(sequence: Sequence) -> bool:
    if not sequence or not isinstance(sequence[0], str) or len(sequence[0]) != 1:
        return False
    if sequence[0] in _SPECIAL:
        return False
    following = sequence[1] if len(sequence) > 1 else None
    return not (isinstance(following, str) and following[:1] in _QUANTIFIERS)


def _captures(sequence: Sequence) -> bool:
    for item in sequence:
        if isinstance(item, tuple):
            opener, alternatives = item
            if opener == "(" or opener.startswith("(?P<"):
                return True
            if any(_captures(inner) for inner in alternatives):
                return True
    return False


def grouped_start(pattern: str) -> str:
    """`grouped`, for the group a pattern starts with only (through the groups it is
    nested in): the one tried at every place a search tries; the rest is tried only where
    it matched, and is left as it is (rewriting all of a long pattern costs some 0.2 ms)."""
    if "|" not in pattern or _FLAGS.search(pattern):
        return pattern
    depth = 0
    tokens = []
    for match in TOKEN.finditer(pattern):
        token = match.group()
        tokens.append(token)
        if token.startswith("(") and not token.startswith("(?P=") and "#" not in token:
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                tree, at = _parse(tokens, 0)
                if at != len(tokens):
                    return pattern
                return _emit(tree) + pattern[match.end() :]
        elif depth == 0:
            return pattern  # the pattern does not start with a group
    return pattern

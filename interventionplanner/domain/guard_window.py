"""Where a `preceded_by` guard's search may start.

A guard that must come right before a match (Coach._before: `…\\s*\\Z`) is searched over
the 80 characters before it, and the engine tries its pattern at every one of them: for a
guard such as hearsay's speaker ("(your|my…)? <a word> <a word>? (has|have…)?") that is
some 10 µs a match. Every match of such a guard ends where the search ends, so it holds
every character from its start to there: none can start before a character the guard's
pattern can never hold (a full stop, a comma…). The search starts after the last of them
instead, and finds a match exactly when the whole window would have: the engine only tries
fewer places (lookbehinds still see the text before the start).

Which characters a pattern can never hold is read from its tokens, erring towards none: a
character counts as held if the pattern has it anywhere (in a lookaround too, in a class
that allows it), and nothing counts as never held when the pattern has `.`, a negated
class, `\\W`, `\\S`, `\\D`, a character given by its code, or a back-reference.
"""

from __future__ import annotations

import re

from interventionplanner.domain.grouped import TOKEN

# The characters looked for: those that end sentences and clauses, which most guards
# never hold and a letter has every few words.
CANDIDATES = ".!?,;:"
# A token that is syntax, never a character of the text.
_SYNTAX = frozenset("?*+|)^$")
# Escapes that may stand for any of the candidates (a class of them, a code, a group).
_ANY_ESCAPE = frozenset("WSDxuUN0123456789")


def never_held(pattern: str, candidates: str = CANDIDATES) -> str:
    """Those of `candidates` that no match of `pattern` can hold ("" when unsure)."""
    left = set(candidates)
    for token in TOKEN.findall(pattern):
        if token == "." or token.startswith(("[^", "(?P=")):
            return ""
        if token.startswith("\\"):
            if token[1:2] in _ANY_ESCAPE:
                return ""
            left.discard(token[1:])
        elif token.startswith("["):
            left = {char for char in left if not re.fullmatch(token, char)}
        elif token not in _SYNTAX:
            left.discard(token)
        if not left:
            return ""
    return "".join(char for char in candidates if char in left)


def window_start(text: str, before: int, start: int, stops: str) -> int:
    """Where a search of text[before:start] for a guard that never holds `stops` may start:
    after the last of them there."""
    for char in stops:
        at = text.rfind(char, before, start)
        if at >= 0:
            before = at + 1
    return before

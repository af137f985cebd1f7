r"""Alternatives of the coach's rules that can never match, for the whole-word reading.

The coach reads every pattern and guard as whole words (domain/coach.py): a rule's match
may start only where no letter, digit, `_` or hyphen (nor the apostrophe of "I've") comes
right before it, and end only where none comes right after it; an `in_sentence` guard (and
`QUIET_<CATEGORY>`, `QUIET_MODEL_<CATEGORY>`) is wrapped so on both sides, a `preceded_by`
guard (and `QUIET_BEFORE_<CATEGORY>`) on its left, a `followed_by` guard on its right. On
such an edge an alternative can never match when

- every match of it starts with a mark writers put right after a word (`, ; : ! ? ) ] }`,
  spaces before it aside): `,\s*(?:really|truly),` could match only where the writer typed
  a space or another mark before the comma, which letters do not have;
- every match of it ends with a mark writers put right before a word (`¿ ¡ ( [ { “ «`);
- its own look-ahead at its end needs a letter after it ("forever (?=\w+ing)"), or its own
  look-behind at its start a letter before it: no text at all then has a match.

`never_matching(coach)` finds them in every pattern and guard of every rule and in the
category contexts, macros expanded, on the edges the coach wraps (the left of a
`followed_by` guard, say, follows the match and may well be a comma), and names the rule
and the alternative, and the macro it is written in. An alternative counts only when every
way it can match starts (or ends) so: `(?:,\s*)?really` reports its `,\s*`, never
`really`; an alternative on an edge only some of the time (after an optional word) is not
judged. A quotation mark (it opens and closes) and "." (an ellipsis some writers space:
"and then ... nothing") are never reported, nor an alternative that ends in a space: it
can match before a second space, a mark or a sentence's end, if seldom before a word.
Round 22 (t44): `python -m interventionplanner.storage.coach_rules` prints what it finds,
and tests/test_coach_never_matches.py fails on it.
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Protocol

# Marks writers put right after a word, never after a space: an alternative whose every
# match starts with one can never start a whole-word match.
AFTER_A_WORD = frozenset(",;:!?)]}")
# Marks writers put right before a word, never before a space: an alternative whose every
# match ends with one can never end a whole-word match.
BEFORE_A_WORD = frozenset("¿¡([{“«")
_SPACE = " "  # whitespace, as `_edge` gives it
_WORD = "a"  # a word character (a letter, a digit, "_", "-"), as `_edge` gives it

# Where each list of a rule is wrapped in a word boundary: "left", "right" or both.
_EDGES = {
    "patterns": ("left", "right"),
    "preceded_by": ("left",),
    "unless_preceded_by": ("left",),
    "followed_by": ("right",),
    "unless_followed_by": ("right",),
    "in_sentence": ("left", "right"),
    "unless_in_sentence": ("left", "right"),
}
# The category contexts (macros the coach reads itself), by the start of their name.
_CONTEXT_EDGES = {
    "QUIET_BEFORE_": ("left",),
    "QUIET_MODEL_": ("left", "right"),
    "QUIET_": ("left", "right"),
}
_MACRO = re.compile(r"\{\{([A-Z_][A-Z0-9_]*)\}\}")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_AT_MOST_ONCE = re.compile(r"(?:\?|\{0?,?1\}|\{1,1\}|\{0,1\})[?+]?")
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")
_ANCHORS = frozenset(["^", "$", r"\b", r"\B", r"\A", r"\Z"])


class _Rules(Protocol):
    """What is read of a coach (domain/coach.py, Coach)."""

    rules: tuple  # CoachRule

    @property
    def macros(self) -> dict[str, str]: ...

    def expand(self, pattern: str) -> str: ...


@dataclass(frozen=True)
class NeverMatches:
    """An alternative that can never match: the rules it is in (their ids, and where, e.g.
    "pattern 1", "in_sentence 2"; or a category's contexts), the alternative as written,
    the alternative of the pattern or macro it is part of, the macro it is written in (or
    None), and why."""

    users: tuple[str, ...]
    alternative: str
    within: str
    macro: str | None
    why: str

    def __str__(self) -> str:
        if self.macro:
            many = len(self.users)
            users = self.users[0] if many == 1 else f"{self.users[0]} and {many - 1} more"
            where = f"The macro {self.macro} ({users})"
        else:
            where = self.users[0]
        within = "" if self.within == self.alternative else f" (of «{_short(self.within)}»)"
        return (
            f"{where}: the alternative «{self.alternative}»{within} {self.why}; read as whole "
            f"words, it can never match."
        )


def _short(text: str, most: int = 100) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def never_matching(coach: _Rules) -> list[NeverMatches]:
    """Every alternative of `coach`'s rules and category contexts that can never match,
    in the file's order; one written in a macro once, with every rule it is in."""
    found: dict[tuple[str, str, str | None, str], list[str]] = {}
    coach = _Remembered(coach)
    for rule in coach.rules:
        for key, edges in _EDGES.items():
            for number, text in enumerate(getattr(rule, key), 1):
                name = "pattern" if key == "patterns" else key
                _dead(coach, text, edges, f'Rule "{rule.id}", {name} {number}', found)
    for name in coach.macros:
        for prefix, edges in _CONTEXT_EDGES.items():
            if name.startswith(prefix):
                category = name.removeprefix(prefix).lower()
                _dead(coach, f"{{{{{name}}}}}", edges, f"The {category} contexts, {name}", found)
                break
    return [
        NeverMatches(tuple(users), alternative, within, macro, why)
        for (alternative, within, macro, why), users in found.items()
    ]


class _Remembered:
    """A coach's rules, each alternative judged once (rules share guards and macros)."""

    def __init__(self, coach: _Rules) -> None:
        self.rules = coach.rules
        self.macros = coach.macros
        self._expand = coach.expand
        self.judged: dict[tuple[str, str, str, str | None], list] = {}
        self._why: dict[tuple[str, str], str | None] = {}

    def why_dead(self, text: str, edge: str) -> str | None:
        key = (_edge_part(text, edge), edge)
        if key not in self._why:
            self._why[key] = _why_dead(self._expand(key[0]), edge)
        return self._why[key]


def _dead(
    coach: _Remembered,
    text: str,
    edges: tuple[str, ...],
    user: str,
    found: dict[tuple[str, str, str | None, str], list[str]],
) -> None:
    for edge in edges:
        for branch in _branches(text):
            for alternative, within, macro, why in _on_edge(coach, branch, branch, edge, None, 0):
                users = found.setdefault((alternative, within, macro, why), [])
                if user not in users:
                    users.append(user)


def _on_edge(
    coach: _Remembered, text: str, within: str, edge: str, macro: str | None, depth: int
) -> list[tuple[str, str, str | None, str]]:
    """The alternative `text` (of `within`, in `macro`), on the `edge` of its pattern, if
    it can never match there, else those of the group or macro on the same edge within it."""
    key = (text, within, edge, macro)
    if key not in coach.judged:
        coach.judged[key] = list(_judged(coach, text, within, edge, macro, depth))
    return coach.judged[key]


def _judged(
    coach: _Remembered, text: str, within: str, edge: str, macro: str | None, depth: int
) -> Iterator[tuple[str, str, str | None, str]]:
    if depth > 12:
        return
    why = coach.why_dead(text, edge)
    if why is not None:
        yield text, within, macro, why
        return
    inner = _item_on_edge(text, edge)
    if inner is None:
        return
    kind, body = inner
    if kind == "macro":
        if body not in coach.macros:
            return
        for branch in _branches(coach.macros[body]):
            yield from _on_edge(coach, branch, branch, edge, body, depth + 1)
    else:
        for branch in _branches(body):
            yield from _on_edge(coach, branch, within, edge, macro, depth + 1)


def _why_dead(expanded: str, edge: str) -> str | None:
    """Why every match of `expanded` is unable to start (edge "left") or end ("right")
    where a whole word may, or None."""
    try:
        items = list(sre_parse.parse(expanded))
    except Exception:  # noqa: BLE001 (a branch this cannot read is not judged)
        return None
    last = edge == "right"
    if _word_beside(items, last=last):
        if last:
            return "must be followed by a letter (its look-ahead), where a whole word must end"
        return "must come right after a letter (its look-behind), where a whole word must start"
    chars, empty = _edge(items, last=last, spaces=True)
    if not chars or empty:
        return None
    if not last and chars <= AFTER_A_WORD:
        return f'starts with "{min(chars)}", which writers put right after a word'
    if last and chars <= BEFORE_A_WORD:
        return f'ends with "{min(chars)}", which writers put right before a word'
    return None


def _word_beside(items: list, *, last: bool) -> bool:
    """Whether a look-ahead at the end of `items` (`last`; at its start, a look-behind)
    needs a word character right beside the match: then the whole-word boundary there
    can never hold."""
    for op, av in reversed(items) if last else items:
        if op is sre_constants.AT:
            continue
        if op is sre_constants.ASSERT_NOT:
            continue
        if op is sre_constants.ASSERT:
            direction, inner = av
            if (direction == 1) == last:
                chars, empty = _edge(list(inner), last=not last, spaces=False)
                if chars and not empty and chars <= {_WORD}:
                    return True
            continue
        return False
    return False


def _edge(items: list, *, last: bool, spaces: bool) -> tuple[frozenset[str] | None, bool]:
    """The characters a sequence can start (or, `last`, end) with, a class's whitespace as
    " " and word characters as "a", and whether it can match nothing; (None, False) when
    any character could. With `spaces`, whitespace is passed over as if it matched
    nothing (the first mark that is not a space)."""
    found: set[str] = set()
    for op, av in reversed(items) if last else items:
        chars, empty = _edge_item(op, av, last, spaces)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _edge_item(op, av, last: bool, spaces: bool) -> tuple[frozenset[str] | None, bool]:
    if op is sre_constants.LITERAL:
        char = chr(av)
        if spaces and char.isspace():
            return frozenset(), True
        return frozenset([_kind(char)]), False
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return frozenset(), True
    if op is sre_constants.IN:
        chars = _class(av)
        if chars is None:
            return None, False
        if spaces and chars == {_SPACE}:
            return frozenset(), True
        if spaces and _SPACE in chars:  # "[\s,]": a space, then anything
            return None, False
        return chars, False
    if op is sre_constants.SUBPATTERN:
        return _edge(av[-1], last=last, spaces=spaces)
    if op is sre_constants.ATOMIC_GROUP:
        return _edge(av, last=last, spaces=spaces)
    if op is sre_constants.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, nothing = _edge(branch, last=last, spaces=spaces)
            if chars is None:
                return None, False
            found |= chars
            empty = empty or nothing
        return frozenset(found), empty
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        chars, empty = _edge(av[2], last=last, spaces=spaces)
        return (None, False) if chars is None else (chars, empty or av[0] == 0)
    return None, False  # any character, a back reference, a negated literal…


def _class(av: list) -> frozenset[str] | None:
    """A character class as the characters it may be: its marks, " " for whitespace, "a"
    for word characters; None when it may be almost anything (negated, \\W…)."""
    found: set[str] = set()
    for op, value in av:
        if op is sre_constants.LITERAL:
            found.add(_kind(chr(value)))
        elif op is sre_constants.RANGE:
            low, high = value
            if high - low > 256:
                return None
            found.update(map(_kind, map(chr, range(low, high + 1))))
        elif op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_SPACE:
            found.add(_SPACE)
        elif op is sre_constants.CATEGORY and value in (
            sre_constants.CATEGORY_WORD,
            sre_constants.CATEGORY_DIGIT,
        ):
            found.add(_WORD)
        else:  # a negation, \W, \S, \D
            return None
    return frozenset(found)


def _kind(char: str) -> str:
    """A character as `_edge` gives it: " " for whitespace, "a" for a word character."""
    if char.isspace():
        return _SPACE
    return _WORD if char in "-_" or char.isalnum() else char


# --- the alternatives and groups of a pattern as written (macros not expanded) ----------


@cache
def _branches(text: str) -> list[str]:
    """The top-level alternatives of `text`."""
    found, start = [], 0
    for kind, _body, _quantifier, at in _scan(text):
        if kind == "bar":
            found.append(text[start:at])
            start = at + 1
    found.append(text[start:])
    return found


def _items(text: str) -> list[tuple[str, str, str]]:
    """The items of the alternative `text`, each as (kind, body, quantifier): kind
    "group" (body: its inside), "macro" (body: its name), "zero" (a lookaround or an
    anchor: it matches no character) or "other"."""
    return [(kind, body, quantifier) for kind, body, quantifier, _ in _scan(text)]


_ESCAPE = re.compile(
    r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|.)", re.DOTALL
)
_GROUP_OPENS = (
    ("(?P<", "named"),
    ("(?:", "group"),
    ("(?>", "group"),
    ("(?#", "zero"),
    ("(?P=", "other"),
    ("(?(", "other"),
)


def _scan(text: str) -> Iterator[tuple[str, str, str, int]]:
    """The top-level items of `text`: (kind, body, quantifier, where it starts), "|" as
    the kind "bar"."""
    at, size = 0, len(text)
    while at < size:
        char, body, kind = text[at], "", "other"
        macro = _MACRO.match(text, at)
        if macro:
            kind, body, end = "macro", macro.group(1), macro.end()
        elif char == "\\":
            escape = _ESCAPE.match(text, at)
            end = escape.end() if escape else size
            kind = "zero" if text[at:end] in _ANCHORS else "other"
        elif char == "[":
            end = _class_end(text, at)
        elif char == "(":
            end = _group_end(text, at)
            kind, body = _group(text[at:end])
        elif char == "|":
            yield "bar", "", "", at
            at += 1
            continue
        else:
            end = at + 1
            kind = "zero" if char in _ANCHORS else "other"
        quantifier = _QUANTIFIER.match(text, end)
        last = quantifier.end() if quantifier else end
        yield kind, body, text[end:last], at
        at = last


def _group(group: str) -> tuple[str, str]:
    """A group's kind and inside, from its text "(…)"."""
    if group.startswith(_ZERO_WIDTH):
        return "zero", ""
    for opening, kind in _GROUP_OPENS:
        if group.startswith(opening):
            if kind == "named":
                return "group", group[group.index(">") + 1 : -1]
            return kind, group[len(opening) : -1] if kind == "group" else ""
    if group.startswith("(?"):  # inline flags: "(?i)" matches nothing, "(?i:…)" is a group
        colon = group.find(":")
        flags = group[2 : colon if colon > 0 else -1]
        if flags.replace("-", "").isalpha() and colon < 0:
            return "zero", ""
        if colon > 0 and flags.replace("-", "").isalpha():
            return "group", group[colon + 1 : -1]
        return "other", ""
    return "group", group[1:-1]


def _class_end(text: str, at: int) -> int:
    """Where the character class starting at `at` ends (past its "]")."""
    end = at + 1
    if text.startswith("^", end):
        end += 1
    if text.startswith("]", end):
        end += 1
    while end < len(text) and text[end] != "]":
        end += 2 if text[end] == "\\" else 1
    return min(end + 1, len(text))


def _group_end(text: str, at: int) -> int:
    """Where the group opening at `at` ends (past its ")")."""
    depth, end = 0, at
    while end < len(text):
        char = text[end]
        if char == "\\":
            end += 2
            continue
        if char == "[":
            end = _class_end(text, end)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return end + 1
        end += 1
    return len(text)


@cache
def _edge_part(text: str, edge: str) -> str:
    """The alternative `text` from its `edge` to its first item that must match a
    character other than a space, which decides how its matches start (or end): a long
    alternative of macros is judged without reading it whole."""
    starts = [(at, kind, quantifier) for kind, _, quantifier, at in _scan(text)]
    ends = [at for at, _, _ in starts[1:]] + [len(text)]
    items = [
        (at, end, kind, quantifier)
        for (at, kind, quantifier), end in zip(starts, ends, strict=True)
    ]
    for at, end, kind, quantifier in reversed(items) if edge == "right" else items:
        optional = quantifier[:1] in ("?", "*") or quantifier.startswith(("{0", "{,"))
        if kind == "zero" or optional or text[at] == " " or text.startswith("\\s", at):
            continue
        # A group or a macro there is judged by its own alternatives (`_on_edge`): here a
        # letter stands for it, so what is beside it (a look-ahead) is read alone.
        item = "a" if kind in ("group", "macro") else text[at:end]
        return item + text[end:] if edge == "right" else text[:at] + item
    return text


@cache
def _item_on_edge(text: str, edge: str) -> tuple[str, str] | None:
    """The group ("group", its inside) or macro ("macro", its name) on `edge` of the
    alternative `text`, past anything that matches no character, when it matches at most
    once; else None."""
    items = _items(text)
    if edge == "right":
        items.reverse()
    for kind, body, quantifier in items:
        if kind == "zero":
            continue
        if kind in ("group", "macro") and (not quantifier or _AT_MOST_ONCE.fullmatch(quantifier)):
            return kind, body
        return None
    return None

"""The gentle language coach: points at words in a letter that may land harder than meant.

Labels ("addict"), absolutes ("you always"), blame, insults, hearsay and "we" where "I"
belongs. The rules are data (resources/coach_rules.json, read by storage/coach_rules.py);
this module only compiles and runs them. It never changes a letter by itself: `apply` is
called when the writer chooses a suggestion, and refuses if the letter has moved on.

How a rule matches (the JSON file's "notes" say the same for its reviewers):

- Every pattern is a regular expression, matched case-insensitively and as whole words: a
  match never starts or ends inside a word, and a hyphen counts as part of a word, so
  "clean" never matches in "clean-shaven" nor "alcoholic" in "non-alcoholic".
- A space in a pattern matches any run of whitespace, a line break included.
- Curly apostrophes are read as straight ones, so "you're" in a pattern matches "you’re".
- `{{NAME}}` is replaced by the file's macro of that name, so shared word lists are written
  once.
- Guards look at the words around a match: `preceded_by` / `followed_by` must match right
  before / after it (whitespace between is allowed), `unless_preceded_by` /
  `unless_followed_by` must not. Guards are whole words too.
- Where two findings overlap, the longer one is kept ("former addict" over "addict").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

CATEGORIES = ("label", "absolute", "blame", "insult", "hearsay", "we")

# How far back a `preceded_by` guard may look, in characters.
_LOOK_BEHIND = 80

# Characters read as another of the same length before matching, so offsets never move.
_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",  # prime, which some keyboards produce
        "\uff07": "'",  # fullwidth apostrophe
    }
)

_MACRO = re.compile(r"\{\{([A-Z_][A-Z0-9_]*)\}\}")
_WORD_START = r"(?<![\w-])"
_WORD_END = r"(?![\w-])"
_WORD_CHAR = re.compile(r"[\w-]")


@dataclass(frozen=True)
class CoachFinding:
    start: int
    end: int
    text: str
    category: str
    message: str
    suggestion: str | None
    rule_id: str


@dataclass(frozen=True)
class CoachSource:
    id: str
    title: str
    publisher: str
    url: str
    date: str | None = None  # as the research notes give it; None when they give none


@dataclass(frozen=True)
class CoachRule:
    id: str
    category: str
    patterns: tuple[str, ...]
    message: str
    sources: tuple[str, ...]
    suggestion: str | None = None
    preceded_by: tuple[str, ...] = ()
    unless_preceded_by: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()
    unless_followed_by: tuple[str, ...] = ()


class CoachRuleError(ValueError):
    """A rule that cannot be used; the message names the rule."""


@dataclass(frozen=True)
class _Prepared:
    """A rule with its macros expanded: regular-expression source, not yet compiled."""

    rule: CoachRule
    order: int
    pattern: str
    preceded: str | None
    not_preceded: str | None
    followed: str | None
    not_followed: str | None


@dataclass(frozen=True)
class _Compiled:
    rule: CoachRule
    order: int
    pattern: re.Pattern[str]
    preceded: re.Pattern[str] | None
    not_preceded: re.Pattern[str] | None
    followed: re.Pattern[str] | None
    not_followed: re.Pattern[str] | None


class Coach:
    """Finds gentle-language findings in text. Build once; `find` is cheap and pure.

    Building checks every rule's shape and expands its macros. The regular expressions
    themselves are compiled on the first `find` (about 30 ms for the bundled rules), so
    the app's start-up does not pay for them; `check()` compiles them at once.
    """

    def __init__(
        self,
        rules: Iterable[CoachRule],
        *,
        macros: Mapping[str, str] | None = None,
        sources: Mapping[str, CoachSource] | None = None,
    ) -> None:
        self.rules: tuple[CoachRule, ...] = tuple(rules)
        self.sources: dict[str, CoachSource] = dict(sources or {})
        self._macros = dict(macros or {})
        seen: set[str] = set()
        prepared = []
        for order, rule in enumerate(self.rules):
            if rule.id in seen:
                raise CoachRuleError(f'Two rules are called "{rule.id}".')
            seen.add(rule.id)
            prepared.append(self._prepare(rule, order))
        self._prepared: tuple[_Prepared, ...] = tuple(prepared)
        self._ready: tuple[_Compiled, ...] | None = None

    def check(self) -> None:
        """Compile every rule now; a pattern that does not work raises CoachRuleError."""
        self._compiled()

    def rule(self, rule_id: str) -> CoachRule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def find(self, text: str) -> list[CoachFinding]:
        """Every finding in `text`, in reading order, none overlapping another.

        Offsets are Python string offsets into `text` itself: `text[f.start:f.end] == f.text`.
        """
        if not text:
            return []
        folded = _fold(text)
        candidates: list[tuple[int, int, int, _Compiled]] = []
        for rule in self._compiled():
            search, pos = rule.pattern.search, 0
            while match := search(folded, pos):
                start, end = match.span()
                # The left word boundary is checked here, not in the pattern: a pattern
                # that starts with a lookbehind loses the regex engine's fast scan.
                if start and _WORD_CHAR.match(folded, start - 1):
                    pos = start + 1
                    continue
                if start < end and _guards_allow(rule, folded, start, end):
                    candidates.append((start, end, rule.order, rule))
                pos = max(end, start + 1)
        if not candidates:
            return []
        # Longest first, then earliest, then the file's order; keep what does not overlap.
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
        kept: list[tuple[int, int, _Compiled]] = []
        for start, end, _order, rule in candidates:
            if all(end <= s or start >= e for s, e, _ in kept):
                kept.append((start, end, rule))
        kept.sort(key=lambda k: k[0])
        return [
            CoachFinding(
                start=start,
                end=end,
                text=text[start:end],
                category=rule.rule.category,
                message=rule.rule.message,
                suggestion=rule.rule.suggestion,
                rule_id=rule.rule.id,
            )
            for start, end, rule in kept
        ]

    @staticmethod
    def apply(text: str, finding: CoachFinding) -> str:
        return apply(text, finding)

    # --- preparing and compiling --------------------------------------------------------

    def _compiled(self) -> tuple[_Compiled, ...]:
        if self._ready is None:
            self._ready = tuple(_compile(prepared) for prepared in self._prepared)
        return self._ready

    def _prepare(self, rule: CoachRule, order: int) -> _Prepared:
        if rule.category not in CATEGORIES:
            raise CoachRuleError(
                f'Rule "{rule.id}" has the category "{rule.category}"; '
                f"it should be one of {', '.join(CATEGORIES)}."
            )
        if not rule.patterns:
            raise CoachRuleError(f'Rule "{rule.id}" has no patterns.')
        if not rule.message.strip():
            raise CoachRuleError(f'Rule "{rule.id}" has no message.')
        if not rule.sources:
            raise CoachRuleError(f'Rule "{rule.id}" names no source.')
        for source in rule.sources:
            if self.sources and source not in self.sources:
                raise CoachRuleError(f'Rule "{rule.id}" cites "{source}", which is not listed.')
        try:
            return _Prepared(
                rule=rule,
                order=order,
                pattern=f"{self._alternatives(rule.patterns)}{_WORD_END}",
                preceded=self._before(rule.preceded_by),
                not_preceded=self._before(rule.unless_preceded_by),
                followed=self._after(rule.followed_by),
                not_followed=self._after(rule.unless_followed_by),
            )
        except CoachRuleError as error:
            raise CoachRuleError(f'Rule "{rule.id}": {error}') from None

    def _before(self, guards: tuple[str, ...]) -> str | None:
        if not guards:
            return None
        return rf"{_WORD_START}{self._alternatives(guards)}\s*\Z"

    def _after(self, guards: tuple[str, ...]) -> str | None:
        if not guards:
            return None
        return rf"\s*{self._alternatives(guards)}{_WORD_END}"

    def _alternatives(self, patterns: Iterable[str]) -> str:
        return "(?:" + "|".join(f"(?:{self._expand(p)})" for p in patterns) + ")"

    def _expand(self, pattern: str, depth: int = 0) -> str:
        if depth > 5:
            raise CoachRuleError(f"Macros nest too deeply in: {pattern}")

        def macro(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self._macros:
                raise CoachRuleError(f'The macro "{name}" is not defined.')
            return f"(?:{self._expand(self._macros[name], depth + 1)})"

        return _spaces(_MACRO.sub(macro, pattern.translate(_SAME_LENGTH)))


def apply(text: str, finding: CoachFinding) -> str:
    """`text` with the finding's words replaced by its suggestion.

    A capital first letter in the writer's words stays capital ("Addicts" at the start of
    a sentence becomes "People …"). Refuses, with ValueError, a finding that no longer
    matches the text at its offsets (the writer has typed since) or has no suggestion.
    """
    if not (0 <= finding.start <= finding.end <= len(text)) or (
        text[finding.start : finding.end] != finding.text
    ):
        raise ValueError("The letter has changed since this was found; please check it again.")
    if finding.suggestion is None:
        raise ValueError("There is no suggested wording for this one; the note explains why.")
    return text[: finding.start] + replacement(finding) + text[finding.end :]


def replacement(finding: CoachFinding) -> str:
    """The suggested words, with a capital first letter where the writer had one."""
    suggestion = finding.suggestion or finding.text
    if finding.text[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _compile(prepared: _Prepared) -> _Compiled:
    def regex(source: str | None) -> re.Pattern[str] | None:
        return None if source is None else _regex(source)

    try:
        return _Compiled(
            rule=prepared.rule,
            order=prepared.order,
            pattern=_regex(prepared.pattern),
            preceded=regex(prepared.preceded),
            not_preceded=regex(prepared.not_preceded),
            followed=regex(prepared.followed),
            not_followed=regex(prepared.not_followed),
        )
    except (re.error, RecursionError) as error:
        raise CoachRuleError(
            f'Rule "{prepared.rule.id}" has a pattern that does not work: {error}'
        ) from None


def _guards_allow(rule: _Compiled, text: str, start: int, end: int) -> bool:
    before = max(0, start - _LOOK_BEHIND)
    if rule.preceded and not rule.preceded.search(text, before, start):
        return False
    if rule.not_preceded and rule.not_preceded.search(text, before, start):
        return False
    if rule.followed and not rule.followed.match(text, end):
        return False
    return not (rule.not_followed and rule.not_followed.match(text, end))


def _regex(source: str) -> re.Pattern[str]:
    """Patterns are lower-cased and matched against lower-cased text, which is several
    times faster than re.IGNORECASE."""
    return re.compile(_lower(source))


def _lower(pattern: str) -> str:
    """Lower-case a regular expression, leaving escapes such as \\W and \\S as they are."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def _fold(text: str) -> str:
    """Lower case and straight apostrophes, with every character still at its offset."""
    folded = text.translate(_SAME_LENGTH).lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower-case to two ("İ" → "i̇"); those stay as they are.
    return "".join(
        low if len(low := char.lower()) == 1 else char for char in text.translate(_SAME_LENGTH)
    )


def _spaces(pattern: str) -> str:
    """A plain space means "some whitespace": " " → \\s+, " ?" and " *" → \\s*, " +" → \\s+.

    Spaces inside a character class, or escaped, are left as they are.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal ] first
                out.append("]")
                i += 1
        elif char == " ":
            following = pattern[i + 1 : i + 2]
            if following in ("?", "*"):
                out.append(r"\s*")
                i += 1
            elif following == "+":
                out.append(r"\s+")
                i += 1
            else:
                out.append(r"\s+")
        else:
            out.append(char)
        i += 1
    return "".join(out)

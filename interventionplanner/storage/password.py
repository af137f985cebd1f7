"""A gentle hint of how hard a password would be to guess: a score and one kind sentence.

Pure and offline: a length-and-variety estimate, with the usual weak patterns (a very
common password, one character repeated, a run such as "12345" or "qwerty") pulled down.
It is a nudge towards a long passphrase, not a promise; length matters most, so the hint
always says how to make it longer.
"""

from __future__ import annotations

import re
import unicodedata

from interventionplanner.i18n import N_, _

HINTS = {  # translated where given out
    0: N_("Too easy to guess. Try four or more unrelated words, such as a short odd sentence."),
    1: N_("Weak. Longer is stronger: try four or more unrelated words."),
    2: N_("Fair. Another word or two would make it much harder to guess."),
    3: N_("Good. A forgotten password cannot be recovered, so keep it somewhere safe."),
    4: N_("Strong. A forgotten password cannot be recovered, so keep it somewhere safe."),
}

# The very commonest passwords and the words people reach for first; lower case, and
# compared after dropping trailing digits and symbols ("Password123!" is "password").
_COMMON_WORDS = """
    password passw0rd pass letmein welcome admin login master secret hello iloveyou love
    sunshine princess football baseball monkey dragon shadow superman batman trustno1 qwerty
    qwertyuiop asdfgh asdfghjkl zxcvbnm abc abcdef abcdefg azerty starwars freedom whatever
    charlie michael jennifer jessica ashley family mother father mom dad mum mummy daddy
    intervention recovery sober addiction rehab help please changeme default test guest
"""
_COMMON = frozenset(_COMMON_WORDS.split())
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_WORD_SEPARATORS = re.compile(r"[\s\-_.,;:+/]+")


def strength(password: str) -> tuple[int, str]:
    """(score 0..4, a short hint). 0 is trivially guessed; 4 is a long passphrase."""
    text = unicodedata.normalize("NFC", password)
    if not text:
        return 0, _("Type a password. Four or more unrelated words make a strong one.")
    score = _score(text)
    return score, _(HINTS[score])


def _score(text: str) -> int:
    folded = text.casefold()
    core = folded.rstrip("0123456789!?.*#@$%&_- ")
    if core in _COMMON or folded in _COMMON or len(set(folded)) <= 2:
        return 0
    length = len(_effective(folded))
    words = [w for w in _WORD_SEPARATORS.split(folded) if len(w) >= 3]
    if length >= 20 or (len(words) >= 4 and length >= 16):
        score = 4
    elif length >= 16 or (len(words) >= 3 and length >= 12):
        score = 3
    elif length >= 12:
        score = 2
    elif length >= 8:
        score = 1
    else:
        return 0
    if score < 3 and _kinds(text) >= 3 and length >= 10:
        score += 1  # variety helps a shorter password, but never makes one "strong" alone
    if len(set(folded)) < length / 3:
        score = min(score, 1)  # "abababababab" is long but says little
    return score


def _effective(folded: str) -> str:
    """The text with repeated characters and keyboard or alphabet runs counted once."""
    out: list[str] = []
    i = 0
    while i < len(folded):
        run = _run_length(folded, i)
        out.append(folded[i])
        i += run
    return "".join(out)


def _run_length(folded: str, start: int) -> int:
    """How many characters from `start` are one repeated character or one run of at least
    three along the alphabet, the digits or a keyboard row (either way round)."""
    end = start + 1
    while end < len(folded) and folded[end] == folded[start]:
        end += 1
    if end - start > 1:
        return end - start
    for row in _RUNS:
        for line in (row, row[::-1]):
            at = line.find(folded[start])
            if at < 0:
                continue
            n = 1
            while (
                start + n < len(folded) and at + n < len(line) and folded[start + n] == line[at + n]
            ):
                n += 1
            if n >= 3:
                return n
    return 1


def _kinds(text: str) -> int:
    """How many of: lower case, upper case, digits, other characters."""
    return (
        any(c.islower() for c in text)
        + any(c.isupper() for c in text)
        + any(c.isdigit() for c in text)
        + any(not c.isalnum() for c in text)
    )

"""Spelling: which words in a text the dictionary does not know, and what they may be.

The dictionary is pyspellchecker's own (word frequencies built from a large body of text,
English), never a hand-written list; Spanish reads a Hunspell dictionary (see
HUNSPELL_NAMES below). Loading it takes a
few hundred milliseconds, so `Speller` loads on first need, and the window starts that in
the background (ui/coached_edit.py); `loaded` says whether it is there yet.

Words the writer should never see flagged are passed in as `known`: the names in the plan,
the substances of the catalogue, and the writer's own "my words" (storage/user_words.py).
Skipped as not words to check: anything with a digit, ALL-CAPS abbreviations, single
letters, web and e-mail addresses.
"""

from __future__ import annotations

import gzip
import json
import os
import pkgutil
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

LANGUAGES = ("en", "es")
# Spanish is checked with a Hunspell dictionary (the ones LibreOffice and Firefox use; on
# Debian, hunspell-es), read by chunspell: pyspellchecker's Spanish list (0.9.1) lacks
# everyday forms ("eres", "quiero", "estoy", "niños", "todos") and flagged 517 correct words
# in the 226 sentences of the Spanish development corpus. Where the system keeps them, and
# which a language prefers (Latin American and US Spanish first):
HUNSPELL_DIRS = (
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
    "/usr/local/share/hunspell",
    "/Library/Spelling",
    "~/Library/Spelling",
)
HUNSPELL_NAMES = {"es": ("es_US", "es_MX", "es_419", "es_CO", "es_AR", "es_ES", "es")}


def available(language: str) -> bool:
    """Whether letters in `language` can be checked here. Without a Spanish dictionary on
    the computer a Spanish letter is not underlined at all: better none than wrong ones."""
    if language not in LANGUAGES:
        return False
    return language not in HUNSPELL_NAMES or hunspell_path(language) is not None


# Where the one-folder bundle keeps the dictionary it ships (packaging/interventionplanner.spec
# copies the build machine's, with its licence), so a computer without one still checks
# Spanish. Searched first: every copy of the app then checks alike.
BUNDLED_DIR = "hunspell"


def hunspell_path(language: str) -> tuple[str, str] | None:
    """(folder, name) of the Hunspell dictionary for `language`: the bundle's, then
    $DICPATH's, then the system's."""
    from interventionplanner import paths  # noqa: PLC0415 (only when Spanish is checked)

    bundled = str(paths.resources_dir() / BUNDLED_DIR)
    folders = [bundled, *os.environ.get("DICPATH", "").split(os.pathsep), *HUNSPELL_DIRS]
    for name in HUNSPELL_NAMES.get(language, ()):
        for folder in filter(None, folders):
            where = os.path.expanduser(folder)
            stem = os.path.join(where, name)
            if os.path.isfile(stem + ".dic") and os.path.isfile(stem + ".aff"):
                return where, name
    return None


# Letters with apostrophes inside ("don't", "O'Brien"); a hyphenated word is checked part
# by part, as dictionaries list the parts.
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_NOT_PROSE = re.compile(r"\S*(?:@|://|www\.)\S*|\S*\d\S*")


@dataclass(frozen=True)
class Misspelling:
    start: int
    end: int
    word: str


def normal(word: str) -> str:
    """How a word is compared: lower case, straight apostrophe."""
    return word.replace("\u2019", "'").lower()


class Speller:
    """One language's dictionary, loaded once, shared by every text box."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"No dictionary for the language {language!r}.")
        self.language = language
        self._checker: Any = None
        self._lock = threading.Lock()
        # Each word's verdict, remembered: while typing, a paragraph is checked again at
        # every key, and all but the word being typed were checked a moment ago.
        self._unknown: dict[str, bool] = {}

    @property
    def loaded(self) -> bool:
        return self._checker is not None

    def load(self) -> None:
        """Read the dictionary now (safe to call from any thread, and more than once)."""
        with self._lock:
            if self._checker is None:
                if self.language in HUNSPELL_NAMES:
                    self._checker = _Hunspell(hunspell_path(self.language))
                    return
                from spellchecker import SpellChecker  # noqa: PLC0415 (a large import)

                checker = SpellChecker(language=None)
                checker.word_frequency.load_json(read_dictionary(self.language))
                self._checker = checker

    def misspelled(self, text: str, known: Iterable[str] = ()) -> list[Misspelling]:
        """The words of `text` the dictionary does not know, in order, with offsets."""
        self.load()
        known_set = {normal(word) for word in known}
        skip = [m.span() for m in _NOT_PROSE.finditer(text)]
        found: list[tuple[int, int, str]] = []
        for match in _WORD.finditer(text):
            word = match.group()
            if len(word) < 2 or (word.isupper() and len(word) <= 6):
                continue
            if any(s <= match.start() < e for s, e in skip):
                continue
            key = normal(word)
            if key in known_set or key.replace("'", "") in known_set:
                continue
            found.append((match.start(), match.end(), key))
        verdicts = self._unknown
        new = {key for _, _, key in found if key not in verdicts}
        if new:
            if len(verdicts) > 100_000:
                verdicts.clear()  # a bound, for a very long session
            unknown = self._checker.unknown(new)
            verdicts.update((key, key in unknown) for key in new)
        return [Misspelling(s, e, text[s:e]) for s, e, key in found if verdicts.get(key)]

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Likely intended words, most likely first, in the writer's capitalisation."""
        self.load()
        key = normal(word)
        if isinstance(self._checker, _Hunspell):  # already in Hunspell's order
            ranked = [w for w in self._checker.ranked(word) if normal(w) != key]
        else:
            candidates = self._checker.candidates(key) or set()
            candidates.discard(key)
            ranked = sorted(candidates, key=lambda w: (-self._checker.word_usage_frequency(w), w))
        return [_cased_like(word, w) for w in ranked[:limit]]


class _Hunspell:
    """A Hunspell dictionary (chunspell) answering the calls Speller makes of pyspellchecker."""

    def __init__(self, where: tuple[str, str] | None) -> None:
        if where is None:
            raise ValueError("There is no Spanish dictionary (Hunspell) on this computer.")
        from hunspell import Hunspell  # noqa: PLC0415 (chunspell; loaded on first need)

        folder, name = where
        self._dictionary = Hunspell(name, hunspell_data_dir=folder)
        self._known: dict[str, bool] = {}

    def unknown(self, words: Iterable[str]) -> set[str]:
        return {word for word in words if not self._spelled(word)}

    def _spelled(self, word: str) -> bool:
        found = self._known.get(word)
        if found is None:  # compared in lower case, as Speller does: "tú" and "Tú" alike
            found = self._dictionary.spell(word) or self._dictionary.spell(word.capitalize())
            self._known[word] = found
        return found

    def ranked(self, word: str) -> list[str]:
        """Hunspell's suggestions, most likely first, without repeats."""
        return list(dict.fromkeys(self._dictionary.suggest(word)))


def read_dictionary(language: str) -> dict[str, int]:
    """pyspellchecker's own word list for `language`, parsed in pieces.

    One `json.loads` of the whole list holds Python's interpreter lock for a tenth of a
    second or more, which would freeze the window while the list loads on a worker thread;
    parsed a few hundred kilobytes at a time, the window's thread runs between the pieces.
    """
    raw = pkgutil.get_data("spellchecker", f"resources/{language}.json.gz")
    if raw is None:
        raise ValueError(f"No dictionary for the language {language!r}.")
    text = gzip.decompress(raw).decode("utf-8")
    try:
        return _loads_in_pieces(text)
    except ValueError:  # a word list shaped otherwise: read it whole
        return json.loads(text)


def _loads_in_pieces(text: str, size: int = 200_000) -> dict[str, int]:
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        raise ValueError("not a JSON object")
    body = body[1:-1]
    words: dict[str, int] = {}
    start = 0
    while start < len(body):
        cut = body.find(",", start + size)
        while cut != -1 and not body[cut - 1].isdigit():  # a comma inside a word
            cut = body.find(",", cut + 1)
        cut = len(body) if cut == -1 else cut
        piece = json.loads("{" + body[start:cut] + "}")
        if not isinstance(piece, dict):
            raise ValueError("not a JSON object")
        words.update(piece)
        start = cut + 1
        time.sleep(0)  # let the window's thread take the interpreter lock
    return words


def _cased_like(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def words_of(*texts: str) -> set[str]:
    """The words in some names or places, as `misspelled` compares them."""
    return {normal(word) for text in texts for word in _WORD.findall(text or "")}


def plan_words(plan: Any) -> set[str]:
    """Names in the plan, never to be flagged: the loved one, the team, the places, the
    treatment centre, the prescriptions."""
    loved_one, meeting, treatment = plan.loved_one, plan.meeting, plan.treatment
    texts = [loved_one.name, loved_one.preferred_name, loved_one.other_substances]
    texts += [meeting.place, meeting.address, meeting.rehearsal_place]
    texts += [treatment.facility, treatment.address]
    texts += [p.name for p in plan.participants]
    prescriptions = getattr(treatment, "prescriptions", None) or getattr(plan, "prescriptions", ())
    texts += [text for p in prescriptions for text in (p.drug, p.prescriber)]
    return words_of(*texts)

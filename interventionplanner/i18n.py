"""Translation for every string a person sees: the window's, the packet's, the CLI's.

One system for all of it: gettext catalogues (written and compiled with Babel), because the
engine must translate without Qt, gettext handles plurals properly ("1 palabra", "2
palabras"), and one extractor then finds every string. Qt's own strings (standard buttons,
file dialogs) come from the translations PySide6 ships, loaded by the window.

Two catalogues a language, so the people who write them work apart: `window` (ui/) and
`paper` (the engine: packet, invitations, kits, findings, the CLI). Both are searched for
every message. They live in resources/locale/<lang>/LC_MESSAGES/<domain>.po, compiled to
.mo beside them (`make catalogues`; a test keeps the .mo current).

The app has one language (`set_language`), but a paper follows its reader: the engine
renders the grandmother's reading copy inside `with in_language("es"):`, which holds for
the current thread only, so an export on a worker thread never changes the window's words.

Strings at module level are marked with `N_` and translated where they are shown.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

# The languages the app is written in, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
SOURCE_LANGUAGE = "en"
DOMAINS = ("window", "paper")

_app_language = SOURCE_LANGUAGE
_local = threading.local()


def locale_dir() -> str:
    from interventionplanner.paths import resource

    return str(resource("locale"))


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """Every catalogue of `language`, searched in turn; English (the source) for any other."""
    if language == "pseudo":
        from interventionplanner.pseudo_locale import PseudoTranslations

        return PseudoTranslations()
    if language not in LANGUAGES or language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    found: gettext.NullTranslations = gettext.NullTranslations()
    for domain in reversed(DOMAINS):
        one = gettext.translation(domain, locale_dir(), [language], fallback=True)
        if one is not found:
            one.add_fallback(found)
            found = one
    return found


def supported(language: str | None) -> str:
    """`language` if the app is written in it, else English."""
    return language if language in LANGUAGES or language == "pseudo" else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """The language of the window and of every paper with no reader of its own."""
    global _app_language
    _app_language = supported(language)


def language() -> str:
    """The language in force on this thread."""
    return getattr(_local, "language", None) or _app_language


@contextmanager
def in_language(language_code: str | None) -> Iterator[None]:
    """Write everything inside in `language_code` (on this thread only); None: no change."""
    before = getattr(_local, "language", None)
    if language_code:
        _local.language = supported(language_code)
    try:
        yield
    finally:
        _local.language = before


def _(message: str) -> str:
    """The message in the language in force."""
    return catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """ "1 word" / "2 words": the right form for `count` in the language in force."""
    return catalogue(language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A message whose translation depends on where it is used (e.g. "May" the month)."""
    return catalogue(language()).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a string for the catalogue without translating it (translate where shown)."""
    return message

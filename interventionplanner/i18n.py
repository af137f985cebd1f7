"""Translation for every string a person sees that the engine writes (packet, CLI, findings).

The engine uses gettext, which needs no Qt and handles plurals properly; the window's own
strings go through Qt's tr(). Until catalogues exist both fall back to the English source.
"""

from __future__ import annotations

import gettext

_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """The message in the chosen language."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """ "1 word" / "2 words": the right form for `count` in the chosen language."""
    return _catalogue.ngettext(singular, plural, count)


def use_catalogue(catalogue: gettext.NullTranslations) -> None:
    global _catalogue
    _catalogue = catalogue

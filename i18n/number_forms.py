"""How each shipped language writes a plain number, taken from Babel's CLDR data into a small
resource (resources/locale/numbers.json), written by `make catalogues`.

The window states limits in its inputs' tooltips ("A note can hold up to 5,000 characters"),
so a number is formatted on the first step. Babel's first number loads the locale's whole
CLDR data (dates, names of countries, currencies: about 7 MiB and 36 ms); a number needs
four symbols and its pattern. `domain/display.py` formats ints and floats from this file and
hands anything else to Babel; a test checks the two agree for every shipped language.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

from interventionplanner import i18n
from interventionplanner.domain.display import NUMBER_FORMS_FILE, babel_locale_of

ROOT = Path(__file__).resolve().parents[1]
PATH = ROOT / "resources" / "locale" / NUMBER_FORMS_FILE


def form_of(locale: str) -> dict | None:
    """What display.number needs of `locale`, or None if its pattern is not a plain one
    (significant digits, exponents, scaling, quoted text: Babel formats those itself)."""
    from babel import Locale

    pattern_text = Locale.parse(locale).decimal_formats[None].pattern
    pattern = parse_pattern(pattern_text)
    affixes = "".join(pattern.prefix + pattern.suffix)
    if pattern.exp_prec or "@" in pattern_text or pattern.scale or set(affixes) & set("'¤%‰"):
        return None
    return {
        "pattern": pattern_text,
        "group": get_group_symbol(locale),
        "decimal": get_decimal_symbol(locale),
        "grouping": list(pattern.grouping),
        "integer_digits": pattern.int_prec[0],
        "fraction_digits": list(pattern.frac_prec),
        "prefix": list(pattern.prefix),
        "suffix": list(pattern.suffix),
    }


def number_forms(languages: list[str]) -> dict[str, dict]:
    locales = sorted({babel_locale_of(language) for language in languages})
    forms = {locale: form_of(locale) for locale in locales}
    return {locale: form for locale, form in forms.items() if form is not None}


def shipped_languages(more: list[str] = ()) -> list[str]:
    return sorted({*i18n.LANGUAGES, "pseudo", *more})


def text(forms: dict[str, dict]) -> str:
    return json.dumps(forms, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(more: list[str] = ()) -> None:
    PATH.write_text(text(number_forms(shipped_languages(more))), encoding="utf-8")

"""The translation catalogues: complete, current with the source, compiled, and in force.

Every .po under resources/locale is checked: each string the source marks is in it and
translated (none empty, none fuzzy, none left in English but names and symbols), its
placeholders, markup and keyboard mnemonic match the English, and the committed .mo says
the same as the .po, so a fresh checkout needs no build step (`make catalogues` remakes them).
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from i18n.catalogues import DOMAINS, extract
from interventionplanner import i18n

LOCALE = Path(__file__).resolve().parents[1] / "resources" / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))
IDS = [f"{p.parents[1].name}/{p.name}" for p in CATALOGUES]

# The same in Spanish as in English: names, symbols and words Spanish borrows as they are.
SAME_IN_EVERY_LANGUAGE = {
    "Intervention Planner",
    "Markdown (*.md)",
    "PDF",
    "OK",
    "a.m.",
    "p.m.",
    "No",
    "Email",
    "E-mail",
    " pt",  # points, the type size
    "Total",
}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrn%]|%\d")
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_MNEMONIC = re.compile(r"&(?!&|#?\w+;)(?=\w)")


def _read(path: Path):
    with path.open("rb") as po:
        return read_po(po)


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def _ids(message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple) else [message.id]


def _shape(text: str) -> tuple:
    """What a translation must keep: placeholders, markup tags, and the mnemonic count."""
    return (
        Counter(_PLACEHOLDER.findall(text)),
        Counter(t.lower() for t in _TAG.findall(text)),
        len(_MNEMONIC.findall(text)),
    )


def _words_only(text: str) -> str:
    """The letters a translator would change: placeholders and tags taken out."""
    return re.sub(r"[^A-Za-z]", "", _TAG.sub("", _PLACEHOLDER.sub("", text)))


def test_there_are_catalogues():
    assert {p.stem for p in CATALOGUES} >= {"window"}
    assert (LOCALE / "es" / "LC_MESSAGES" / "window.po").exists()


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_every_string_is_translated(path):
    untranslated, fuzzy = [], []
    for message in _read(path):
        if not message.id:
            continue
        if message.fuzzy:
            fuzzy.append(_ids(message)[0])
        elif not all(form.strip() for form in _forms(message)):
            untranslated.append(_ids(message)[0])
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {path.name}, to check: {fuzzy[:10]}"
    assert not untranslated, f"{len(untranslated)} untranslated in {path.name}: {untranslated[:10]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_nothing_is_left_in_english(path):
    same = [
        message.id
        for message in _read(path)
        if message.id
        and not isinstance(message.id, tuple)
        and message.string == message.id
        and _words_only(message.id)
        and message.id not in SAME_IN_EVERY_LANGUAGE
    ]
    assert not same, f"left as the English in {path.name}: {same[:10]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_placeholders_markup_and_mnemonics_match(path):
    wrong = []
    for message in _read(path):
        if not message.id or message.fuzzy:
            continue
        expected = _shape(_ids(message)[-1])
        for form in _forms(message):
            if form and _shape(form) != expected:
                wrong.append((_ids(message)[0], form))
    assert not wrong, f"{len(wrong)} in {path.name} differ from the English: {wrong[:5]}"


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalogues_hold_every_string_of_the_source(domain):
    """A string added to the code is in every catalogue: run `make catalogues`, translate."""
    source = {message.id for message in extract(domain) if message.id}
    for path in LOCALE.glob(f"*/LC_MESSAGES/{domain}.po"):
        held = {message.id for message in _read(path) if message.id}
        missing = source - held
        assert not missing, f"{path}: run `make catalogues`; missing {sorted(missing)[:5]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=IDS)
def test_compiled_catalogue_matches_its_po(path):
    """The committed .mo says what the .po says: `make catalogues` was run after editing."""
    mo_path = path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing: run `make catalogues`"
    with mo_path.open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for message in _read(path):
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            for n, form in ((1, 0), (2, 1)):
                got = compiled.ngettext(message.id[0], message.id[1], n)
                assert got == (message.string[form] or message.id[form]), message.id
        elif message.context:
            got = compiled.pgettext(message.context, message.id)
            assert got == (message.string or message.id), (message.context, message.id)
        else:
            assert compiled.gettext(message.id) == (message.string or message.id), message.id


def test_spanish_plurals_are_proper():
    with i18n.in_language("es"):
        one = i18n.ngettext("Saved {count} reading copy.", "Saved {count} reading copies.", 1)
        two = i18n.ngettext("Saved {count} reading copy.", "Saved {count} reading copies.", 2)
    assert one.format(count=1) == "Se guardó 1 copia de lectura."
    assert two.format(count=2) == "Se guardaron 2 copias de lectura."


def test_the_window_speaks_spanish_when_asked():
    with i18n.in_language("es"):
        assert i18n._("&New plan") == "&Nuevo plan"
    assert i18n._("&New plan") == "&New plan"  # the thread's own language came back

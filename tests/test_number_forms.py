"""Numbers without Babel's whole CLDR data: `display.number` writes ints and floats from the
few symbols `make catalogues` took from Babel (resources/locale/numbers.json), and must say
exactly what Babel's `format_decimal` says, in every shipped language."""

from __future__ import annotations

import random

import pytest
from babel.numbers import format_decimal

from i18n import number_forms
from interventionplanner.domain import display
from interventionplanner.i18n import in_language
from tests.test_startup_imports import run_probe

LANGUAGES = number_forms.shipped_languages()


def _numbers() -> list[float]:
    picked = random.Random(16)
    edges = [0, 1, -1, 7, 999, 1000, -1000, 1200, 5000, 20_000, 150_000, 999_999, 1_000_000]
    edges += [10**12, -(10**15), 0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.0005, 0.0015, 0.0025]
    edges += [1.0, 2.25, 0.1 + 0.2, 1234.5678, 1234.5675, 999.9995, 1e-7, 1e15, 12345.6]
    ints = [picked.randrange(-(10**9), 10**9) for _ in range(300)]
    floats = [picked.uniform(-1e6, 1e6) for _ in range(300)]
    halves = [picked.randrange(0, 10**6) / 2 for _ in range(100)]
    thousandths = [picked.randrange(0, 10**7) / 2000 for _ in range(100)]
    return edges + ints + floats + halves + thousandths


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_language_has_its_number_form(language):
    forms = display._number_forms()
    assert display.babel_locale_of(language) in forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fast_path_writes_numbers_as_babel_does(language):
    with in_language(language):
        locale = display.babel_locale()
        for value in _numbers():
            assert display.number(value) == format_decimal(value, locale=locale), value


def test_what_is_not_an_int_or_float_goes_to_babel():
    from decimal import Decimal

    with in_language("es"):
        assert display.number(Decimal("1234.5")) == format_decimal(
            Decimal("1234.5"), locale="es_419"
        )
        assert display.number(float("inf")) == format_decimal(float("inf"), locale="es_419")


def test_the_number_forms_file_is_current_with_babel():
    """`make catalogues` writes it; run that after upgrading Babel or adding a language."""
    committed = number_forms.PATH.read_text(encoding="utf-8")
    assert committed == number_forms.text(number_forms.number_forms(LANGUAGES))


def test_a_limit_in_a_tooltip_loads_no_babel():
    probe = (
        "import sys; from interventionplanner.i18n import set_language; set_language('es');"
        "from interventionplanner.domain.limits import limit_message;"
        "print(limit_message('loved_one', 'other_substances'));"
        "print('babel' in sys.modules)"
    )
    said = run_probe(probe).splitlines()
    assert "5,000" in said[0]
    assert said[1] == "False"

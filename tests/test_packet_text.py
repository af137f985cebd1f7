"""What a family types prints as typed: escaping, control characters, scripts and fonts."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.packet import (
    PacketOptions,
    _paper_for,
    build_bottom_lines,
    build_packet,
    build_reading_copy,
    default_paper,
    reading_copy_file_name,
    unprintable_characters,
)
from interventionplanner.output.packet.text import (
    REPLACEMENT,
    ascii_slug,
    markup,
    paragraphs,
)

NAMES = "Zoë Łukasz Nguyễn Ψ Ж"
HOSTILE = (
    'I said <b>this is not bold</b> & I meant it. <img src="x"> '
    '<img src="http://127.0.0.1:9/track.png"/> &amp; &nbsp; <br/> ]]> <!-- -->\n'
    f"Love, {NAMES} 😀 ❤\x00\x07\x1b"
)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def hostile_plan() -> Plan:
    writer = Participant(
        name="Zoë Łukasz Nguyễn",
        relationship="friend & <neighbour>",
        roles=[Role.SPEAKER, Role.CHAIRPERSON],
        letter=Letter(love_and_memory=HOSTILE, bottom_line="If <not> & then 🫶."),
    )
    plan = Plan(participants=[writer], seating=[writer.id])
    plan.loved_one.name = "Ψ <Sam> & co"
    plan.meeting.place = '<a href="http://example.com">home</a>'
    plan.opening_words = "Welcome & <thanks>."
    plan.if_yes = "<script>alert(1)</script>"
    return plan


@pytest.fixture(scope="module")
def glyphs():
    from interventionplanner.output.packet.fonts import glyphs

    return glyphs()


def options(**kw) -> PacketOptions:
    return PacketOptions(**{"paper": "a4", "today": date(2026, 11, 27), **kw})


def test_markup_and_names_print_exactly_as_typed(catalogue, monkeypatch, glyphs):
    import urllib.request

    from reportlab.lib import utils

    # The fonts are read before this point (the glyphs fixture); after it, nothing may be.

    def no_fetching(*args, **kwargs):
        raise AssertionError("the packet tried to open a file or URL")

    monkeypatch.setattr(urllib.request, "urlopen", no_fetching)
    monkeypatch.setattr(utils, "open_for_read", no_fetching)
    data = build_packet(hostile_plan(), catalogue, options())
    apart = build_bottom_lines(hostile_plan(), catalogue, options())  # bottom lines: own file
    text = text_of(data) + " " + text_of(apart)
    for typed in (
        "<b>this is not bold</b> & I meant it.",
        '<img src="x">',
        '<img src="http://127.0.0.1:9/track.png"/>',
        "&amp; &nbsp; <br/> ]]> <!-- -->",
        f"Love, {NAMES}",
        "Letter from Zoë Łukasz Nguyễn",
        "friend & <neighbour>",
        '<a href="http://example.com">home</a>',
        "Welcome & <thanks>.",
        "<script>alert(1)</script>",
        "If <not> & then",
    ):
        assert typed in text, typed
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:  # nothing was fetched, so nothing was placed as an image
        assert "/XObject" not in page["/Resources"] or not any(
            x.get_object().get("/Subtype") == "/Image"
            for x in page["/Resources"]["/XObject"].values()
        )


def test_control_characters_are_left_out(catalogue):
    text = text_of(build_packet(hostile_plan(), catalogue, options()))
    assert not any(unicodedata.category(c) == "Cc" for c in text)


def test_decomposed_accents_print_composed(catalogue):
    plan = hostile_plan()
    plan.participants[0].letter.love_and_memory = unicodedata.normalize("NFD", "Nguyễn Zoë")
    text = text_of(build_reading_copy(plan, catalogue, plan.participants[0], options()))
    assert "Nguyễn Zoë" in text


def test_unprintable_characters_are_listed_exactly(catalogue):
    plan = hostile_plan()
    plan.participants[0].letter.my_hope = "我爱你 مرحبا 🫶🥰 שלום Ωμέγα Привет Ça été"
    plan.participants[0].letter.the_ask = "👍🏽\ufe0f\u200d"
    listed = unprintable_characters(plan)
    assert listed[:3] == ["我", "爱", "你"]
    for char in "مرحبا" + "🫶🥰" + "שלום":
        assert char in listed, char
    for char in "Ωμέγα Привет Ça été" + NAMES + "😀❤<&" + "\ufe0f\u200d":
        assert char not in listed, char
    assert len(listed) == len(set(listed))
    text = text_of(build_packet(plan, catalogue, options()))
    assert REPLACEMENT * 3 in text  # 我爱你, printed as boxes rather than blanks
    assert "Ωμέγα Привет Ça été" in text


def test_a_plan_the_fonts_fully_cover_lists_nothing(demo_plan):
    assert unprintable_characters(demo_plan) == []


# -- the text helpers ----------------------------------------------------------------------


def test_paragraphs_split_on_blank_lines_and_keep_single_newlines(glyphs):
    text = "First line\nsecond line\n\n  \n\nNext <para> & more\r\n\r\nLast\u2029After"
    assert paragraphs(text, glyphs) == [
        "First line<br/>second line",
        "Next &lt;para&gt; &amp; more",
        "Last",
        "After",
    ]
    assert paragraphs(" \n\n\t", glyphs) == []
    assert markup("a\x00b\x1fc\x7f\td", glyphs) == "abc    d"


def test_ascii_slugs_for_file_names():
    assert ascii_slug("Zoë Łukasz Nguyễn", "x") == "zoe-lukasz-nguyen"
    assert ascii_slug("Ψ Ж 我", "speaker") == "speaker"
    assert ascii_slug("../../etc/passwd", "x") == "etc-passwd"
    assert ascii_slug("CON", "x") == "con"
    person = Participant(name="Ray O'Doyle-Smith")
    assert reading_copy_file_name(3, person) == "reading-copy-03-ray-o-doyle-smith.pdf"


def test_letters_are_set_large_with_generous_leading():
    from interventionplanner.output.packet.styles import make_styles

    letter = make_styles().letter
    assert letter.fontSize >= 14
    assert letter.leading >= 1.5 * letter.fontSize


# -- paper from the locale -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("es_MX", "letter"),
        ("fr_CA.utf8", "letter"),
        ("fil_PH", "letter"),
        ("en_GB.UTF-8", "a4"),
        ("de_DE@euro", "a4"),
        ("English_United States", "letter"),
        ("German_Germany", "a4"),
        ("C", None),
        ("C.UTF-8", None),
        ("", None),
    ],
)
def test_paper_for_a_locale_name(name, paper):
    assert _paper_for(name) == paper


def test_default_paper_follows_the_environment(monkeypatch):
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert default_paper() == "a4"
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_paper() == "letter"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert default_paper() == "a4"
    assert PacketOptions().paper == "a4"

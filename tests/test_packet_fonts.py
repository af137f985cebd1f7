"""Names and letters in scripts DejaVu lacks print in a system font that covers them, found
with fontconfig; what no font covers (or a right-to-left script) is listed, never dropped."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from interventionplanner.output.packet import (
    PacketOptions,
    build_packet,
    fallback,
    unprintable_characters,
)
from interventionplanner.output.packet.text import REPLACEMENT
from interventionplanner.storage.example import example_plan

CJK = "王小明"
LETTER_LINE = "我们爱你。家人永远在这里"


def _covering_font_exists(text: str) -> bool:
    fonts = fallback.system_fonts()
    return all(any(ord(c) in f.codepoints for f in fonts) for c in text)


@pytest.fixture
def system_fonts(monkeypatch):
    monkeypatch.delenv(fallback.NO_SYSTEM_FONTS, raising=False)
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig's fc-list is not installed")
    if not _covering_font_exists(CJK + LETTER_LINE):
        pytest.skip("no installed TrueType font covers Chinese (apt: fonts-droid-fallback)")


def _plan():
    plan = example_plan(date(2026, 11, 27))
    plan.participants[1].name = CJK
    plan.participants[1].letter.my_hope = LETTER_LINE + " " + "مرحبا"
    return plan


def _text(data: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_chinese_prints_in_a_system_font_and_is_not_listed(system_fonts, catalogue):
    plan = _plan()
    missing = unprintable_characters(plan)
    assert not set(CJK + LETTER_LINE) & set(missing)
    assert "م" in missing  # right-to-left: still listed, since it would print backwards
    data = build_packet(plan, catalogue, PacketOptions(paper="a4"))
    text = _text(data)
    assert CJK in text
    assert "我们爱你" in text
    fonts = {
        str(f.get_object().get("/BaseFont"))
        for page in PdfReader(io.BytesIO(data)).pages
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
    }
    assert any("DejaVuSans" in name for name in fonts)
    assert [name for name in fonts if "DejaVu" not in name]  # the system font, embedded


def test_without_system_fonts_the_same_characters_print_as_boxes_and_are_listed(catalogue):
    plan = _plan()
    assert set(CJK) <= set(unprintable_characters(plan))
    text = _text(build_packet(plan, catalogue, PacketOptions(paper="a4")))
    assert CJK not in text
    assert REPLACEMENT * 3 in text


def test_fontconfig_charsets_are_read_as_ranges():
    points = fallback._codepoints("20-22 4e00 zz 1f600-1f601")
    assert points == frozenset({0x20, 0x21, 0x22, 0x4E00, 0x1F600, 0x1F601})


def test_runs_of_fallback_characters_are_wrapped_in_their_font():
    wrapped = fallback.Fallback({"王": "F1", "明": "F1", "ก": "F2"}).apply("Hi 王明 &amp; กx")
    assert wrapped == 'Hi <font name="F1">王明</font> &amp; <font name="F2">ก</font>x'

"""The practice profile: kept per user, checked like a plan, its logo checked and scaled, and
shown on the packet and in invitations only where the plan asks."""

from __future__ import annotations

import email
import io
import json
from email import policy

import pytest
from PIL import Image
from pypdf import PdfReader

from interventionplanner.domain.practice import Practice
from interventionplanner.output.invitations import export_invitations
from interventionplanner.output.packet import PacketOptions, build_packet, build_reading_copy
from interventionplanner.storage.checked import CheckedFileError
from interventionplanner.storage.practice import (
    LOGO_SIDE,
    LogoError,
    check_logo,
    load_practice,
    profile_path,
    save_practice,
)


def picture(width: int, height: int, fmt: str = "PNG", colour=(20, 90, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format=fmt)
    return out.getvalue()


def dana(logo: bytes = b"") -> Practice:
    return Practice(
        name="Dana Reyes",
        credentials="LCADC",
        practice_name="Harbor Family Recovery",
        phone="555-0142",
        email="dana@harbor.example",
        website="harbor.example",
        logo_png=logo,
    )


# --- the profile file ----------------------------------------------------------------------


def test_the_profile_and_its_logo_are_kept_and_read_back(tmp_path):
    practice = dana(check_logo(picture(40, 20)))
    save_practice(practice, tmp_path)
    again = load_practice(tmp_path)
    assert again == practice
    assert json.loads(profile_path(tmp_path).read_text("utf-8"))["profile"]["name"] == "Dana Reyes"


def test_no_profile_yet_is_an_empty_one(tmp_path):
    assert load_practice(tmp_path).is_empty


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (
            {"format": "interventionplanner.practice", "version": 1, "profile": {"nick": "x"}},
            "nick",
        ),
        ({"format": "interventionplanner.practice", "version": 1, "profile": {"name": 5}}, "name"),
        (
            {
                "format": "interventionplanner.practice",
                "version": 1,
                "profile": {"phone": "1" * 41},
            },
            "phone",
        ),
        ({"format": "something.else", "version": 1, "profile": {}}, "format"),
    ],
)
def test_a_bad_profile_file_is_refused_by_name(tmp_path, content, where):
    path = profile_path(tmp_path)
    path.write_text(json.dumps(content), "utf-8")
    with pytest.raises(CheckedFileError) as error:
        load_practice(tmp_path)
    assert error.value.problems[0].where.endswith(where)
    assert json.loads(path.read_text("utf-8")) == content  # left as it was


def test_a_field_past_its_limit_is_not_saved(tmp_path):
    practice = dana()
    practice.email = "x" * 300
    with pytest.raises(CheckedFileError):
        save_practice(practice, tmp_path)
    assert not profile_path(tmp_path).exists()


# --- the logo ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_large_logo_is_scaled_and_kept_as_png(fmt):
    kept = check_logo(picture(2400, 1200, fmt))
    with Image.open(io.BytesIO(kept)) as image:
        assert image.format == "PNG"
        assert image.size == (LOGO_SIDE, LOGO_SIDE // 2)


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a not a logo",
        b"\x89PNG\r\n\x1a\n broken",
        picture(10, 10, "BMP"),
    ],
)
def test_what_is_not_a_png_or_jpeg_is_refused(data):
    with pytest.raises(LogoError):
        check_logo(data)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">{}</svg>'


@pytest.mark.parametrize(
    "inside",
    [
        b'<image href="https://tracker.example/pixel.png" width="10" height="10"/>',
        b'<image xmlns:x="http://www.w3.org/1999/xlink" x:href="file:///etc/passwd"/>',
        b"<script>alert(1)</script>",
        b'<rect width="5" height="5" style="fill:url(https://x.example/p)"/>',
        b"<style>@import url(https://x.example/a.css);</style>",
        b'<rect width="5" height="5" onload="alert(1)"/>',
        b"<foreignObject><p>hi</p></foreignObject>",
    ],
)
def test_a_drawing_that_reaches_outside_is_refused(inside):
    with pytest.raises(LogoError, match="links to other files"):
        check_logo(SVG.replace(b"{}", inside), render_svg=lambda data, side: b"")


def test_a_drawing_with_entities_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    with pytest.raises(LogoError):
        check_logo(bomb, render_svg=lambda data, side: b"")


def test_a_safe_drawing_is_rendered_to_a_png(qapp):
    from interventionplanner.svg_render import render_svg

    inside = b'<defs><linearGradient id="g"/></defs><rect width="200" height="100" fill="#1b5e8a"/>'
    kept = check_logo(SVG.replace(b"{}", inside), render_svg)
    with Image.open(io.BytesIO(kept)) as image:
        assert image.size == (LOGO_SIDE, LOGO_SIDE // 2)
        assert image.convert("RGB").getpixel((10, 10)) == (0x1B, 0x5E, 0x8A)


# --- on paper and in e-mail ----------------------------------------------------------------


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _images(pdf: bytes, page: int = 0) -> list:
    return list(PdfReader(io.BytesIO(pdf)).pages[page].images)


def test_the_packet_shows_the_practice_only_when_the_plan_asks(demo_plan, catalogue, today):
    practice = dana(check_logo(picture(300, 120, colour=(200, 30, 30))))
    options = PacketOptions(today=today, practice=practice)
    plain = build_packet(demo_plan, catalogue, options)
    assert "Harbor Family Recovery" not in _text(plain)
    assert _images(plain) == []
    demo_plan.show_practice = True
    shown = build_packet(demo_plan, catalogue, options)
    reader = PdfReader(io.BytesIO(shown))
    cover = reader.pages[0].extract_text()
    assert "Dana Reyes, LCADC" in cover
    assert "Harbor Family Recovery" in cover
    (logo,) = reader.pages[0].images
    assert logo.image.size == (300, 120)  # the logo itself, read back from the PDF
    assert logo.image.convert("RGB").getpixel((5, 5)) == (200, 30, 30)
    last = reader.pages[-1].extract_text()
    assert "Harbor Family Recovery" in last  # the footer, on every page


def test_reading_copies_show_the_practice_only_when_chosen(demo_plan, catalogue, today):
    practice = dana(check_logo(picture(300, 120)))
    demo_plan.show_practice = True
    person = demo_plan.speaking_order()[0]
    options = PacketOptions(today=today, practice=practice)
    copy = build_reading_copy(demo_plan, catalogue, person, options)
    assert "Harbor" not in _text(copy)
    assert all(not page.images for page in PdfReader(io.BytesIO(copy)).pages)
    demo_plan.practice_on_reading_copies = True
    chosen = build_reading_copy(demo_plan, catalogue, person, options)
    assert "Harbor Family Recovery" in _text(chosen)


def test_invitations_carry_the_practice_and_its_logo(demo_plan, tmp_path):
    logo = check_logo(picture(300, 120))
    demo_plan.show_practice = True
    written = export_invitations(demo_plan, tmp_path / "out", practice=dana(logo))
    eml = next(path for path in written if path.suffix == ".eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "dana@harbor.example" in message["From"]
    body = message.get_body(("plain",)).get_content()
    assert "-- \nDana Reyes, LCADC\nHarbor Family Recovery" in body.replace("\r\n", "\n")
    (attached,) = [part for part in message.iter_attachments()]
    assert attached.get_content_type() == "image/png"
    assert attached.get_content() == logo


def test_invitations_without_the_plan_asking_carry_no_practice(demo_plan, tmp_path):
    written = export_invitations(demo_plan, tmp_path / "out", practice=dana(b""))
    eml = next(path for path in written if path.suffix == ".eml")
    data = eml.read_bytes()
    assert b"Harbor" not in data
    assert b"dana@" not in data

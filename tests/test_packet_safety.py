"""What the packet and the reading copies say about safety, read back with pypdf: the crisis
lines behind the cover and on every reading copy, the professional interventionist where
violence or self-harm is noted, the what-ifs, the chairperson's own words in her copy, and
each reader's chosen type size."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pdf_pages import pages
from pypdf import PdfReader

from interventionplanner.domain.plan import RiskFlag
from interventionplanner.output.packet import (
    PacketOptions,
    build_packet,
    build_reading_copy,
    reading_copy_readers,
)
from interventionplanner.output.packet.crisis import PROFESSIONAL_TITLE
from interventionplanner.storage.example import example_plan

TODAY = date(2026, 11, 27)
OPTIONS = PacketOptions(paper="letter", today=TODAY)
LINES = ("911", "988", "1-800-222-1222", "1-800-662-4357", "1-800-487-4889")


def texts(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture(scope="module")
def demo():
    return example_plan(TODAY)


def test_the_back_of_the_cover_lists_every_crisis_line(demo, catalogue):
    back = texts(build_packet(demo, catalogue, OPTIONS))[1]
    assert back.startswith("If anyone is in danger")
    for number in LINES:
        assert number in back


def test_every_reading_copy_carries_the_crisis_lines_on_its_first_page(demo, catalogue):
    for person in reading_copy_readers(demo):
        first = texts(build_reading_copy(demo, catalogue, person, OPTIONS))[0]
        for number in LINES:
            assert number in first, (person.name, number)


@pytest.mark.parametrize("flag", [RiskFlag.VIOLENCE, RiskFlag.SELF_HARM])
def test_violence_or_self_harm_brings_the_professional_recommendation(demo, catalogue, flag):
    plan = example_plan(TODAY)
    plan.loved_one.risk_flags = [flag]
    packet = " ".join(texts(build_packet(plan, catalogue, OPTIONS)))
    assert packet.count(PROFESSIONAL_TITLE) >= 3  # behind the cover, at a glance, in safety
    copy = texts(build_reading_copy(plan, catalogue, plan.speaking_order()[0], OPTIONS))[0]
    assert PROFESSIONAL_TITLE in copy


def test_other_risks_alone_do_not(demo, catalogue):
    plan = example_plan(TODAY)
    plan.loved_one.risk_flags = [RiskFlag.SEVERAL_SUBSTANCES]
    assert PROFESSIONAL_TITLE not in " ".join(texts(build_packet(plan, catalogue, OPTIONS)))


def test_the_chairpersons_copy_holds_the_words_she_reads(demo, catalogue):
    chair = demo.chairperson
    text = " ".join(texts(build_reading_copy(demo, catalogue, chair, OPTIONS)))
    opening = " ".join(demo.opening_words.split()[:8])
    closing = " ".join(demo.closing_words.split()[:8])
    assert opening in text
    assert closing in text
    assert text.index(opening) < text.index(" ".join(chair.letter.text().split()[:8]))
    assert text.index(closing) > text.index(" ".join(chair.letter.text().split()[:8]))
    other = next(p for p in reading_copy_readers(demo) if p is not chair)
    assert opening not in " ".join(texts(build_reading_copy(demo, catalogue, other, OPTIONS)))


@pytest.mark.parametrize("size", [14, 18, 22])
def test_a_reading_copy_prints_in_the_size_chosen_for_its_reader(demo, catalogue, size):
    plan = example_plan(TODAY)
    person = next(p for p in plan.participants if p.name == "Lily Marsh")
    person.reading_size_pt = size
    found = pages(build_reading_copy(plan, catalogue, person, OPTIONS))
    body = [line for page in found[1:] for line in page.lines if not line.bold]
    assert body
    assert max(line.size for line in body) == pytest.approx(size)


def test_the_what_ifs_and_the_medicine_warning_are_in_the_packet(demo, catalogue):
    text = " ".join(texts(build_packet(demo, catalogue, OPTIONS)))
    assert "If Danny walks out" in text
    assert "Who follows: Ray Doyle" in text
    assert "If Danny arrives under the influence" in text
    assert "nobody takes away, hides or stops Danny's alprazolam" in text
    assert "Answered by Margaret Marsh" in text
    assert "The team gathers first: 9:15 a.m." in text


def test_seats_are_lettered_not_numbered(demo, catalogue):
    text = " ".join(texts(build_packet(demo, catalogue, OPTIONS)))
    seating = text[text.index("Seating ★") if "Seating ★" in text else text.rindex("Seating") :]
    assert "The letters are not the speaking order" in seating
    assert "A Claire Bennett" in seating


def test_the_glance_page_names_the_meetings_time_zone(demo, catalogue):
    text = " ".join(texts(build_packet(demo, catalogue, OPTIONS)))
    assert "10:00 a.m. (America/New York time)" in text

"""Page breaks read back with pypdf, in Letter and A4: no letter (or chairperson's words, or
bottom line) ends with fewer than four lines alone on a page, and no page ends with a
heading. Over the example and a generated plan of 12 speakers whose letters have random
lengths, so the breaks fall everywhere; in English and in Spanish (about a quarter longer),
whose running headers say "(continuación)"."""

from __future__ import annotations

import random
from datetime import date

import pytest
from pdf_pages import Page, is_heading, pages

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.i18n import _, in_language
from interventionplanner.output.packet import PacketOptions, build_packet, build_reading_copy
from interventionplanner.output.packet.layout import MIN_TAIL_LINES
from interventionplanner.storage.example import example_plan

TODAY = date(2026, 11, 27)
READ_ALOUD = ("Letter ", "Bottom line", "Opening words", "Closing words")


def read_aloud_headers(language: str) -> tuple[tuple[str, ...], str]:
    """How the running header of a text read aloud begins, and its "(continued)", in
    `language`."""
    with in_language(language):
        starts = tuple(_(text.strip()) + (" " if text.endswith(" ") else "") for text in READ_ALOUD)
        return starts, _("{title} (continued)").format(title="").strip()


WORDS_TEXT = (
    "you were always the one who made us laugh and I remember the lake the dog the old car "
    "and the long drives home I have been so worried about you lately and I love you"
)
WORDS = WORDS_TEXT.split()


def twelve_speakers(seed: int, language: str = "en") -> Plan:
    rng = random.Random(seed)
    plan = example_plan(TODAY)
    plan.language = language

    def text(low: int, high: int) -> str:
        sentences = []
        for _sentence in range(rng.randint(low, high)):
            words = rng.choices(WORDS, k=rng.randint(6, 22))
            sentences.append(" ".join(words).capitalize() + ".")
        return " ".join(sentences)

    people = [
        Participant(
            name=f"Speaker {n:02d} Example",
            relationship="cousin",
            roles=[Role.SPEAKER],
            letter=Letter(
                love_and_memory=text(2, 12),
                what_i_have_seen="\n\n".join(text(1, 8) for _ in range(rng.randint(1, 4))),
                my_hope=text(1, 10),
                the_ask=text(1, 6),
                bottom_line=text(1, 9) if n % 2 else "",
            ),
        )
        for n in range(1, 13)
    ]
    plan.participants = [*plan.participants[:1], *people]
    plan.participants[0].roles = [Role.CHAIRPERSON]
    plan.speaker_order, plan.seating = [], [p.id for p in plan.participants]
    plan.closer_id = people[-1].id
    plan.treatment.driver_id = None
    plan.walk_out_follower_id = people[0].id
    for task in plan.tasks:
        task.owner_id = None
    for objection in plan.objections:
        objection.responder_id = people[1].id
    return plan


def _read_aloud_tails(found: list[Page], language: str = "en") -> list[tuple[int, str, int]]:
    """(page, header, lines) for each page that ends a text read aloud, begun pages before."""
    starts, continued = read_aloud_headers(language)
    tails = []
    for index, page in enumerate(found):
        header = page.header
        if not header.startswith(starts) or continued not in header:
            continue
        following = found[index + 1].header if index + 1 < len(found) else ""
        if following != header:
            size = max(line.size for line in page.lines)
            tails.append((page.number, header, len(page.lines_of_size(size))))
    return tails


def _check(data: bytes, language: str = "en") -> None:
    found = pages(data)
    short = [t for t in _read_aloud_tails(found, language) if t[2] < MIN_TAIL_LINES]
    assert short == [], f"pages ending a letter with too few lines: {short}"
    stranded = [
        (page.number, page.lines[-1].text)
        for page in found[1:]
        if page.lines and is_heading(page.lines[-1])
    ]
    assert stranded == [], f"pages ending with a heading: {stranded}"


LANGUAGES = [("letter", "en"), ("a4", "en"), ("letter", "es"), ("a4", "es")]


@pytest.mark.parametrize(("paper", "language"), LANGUAGES)
def test_the_example_packet_breaks_well(catalogue, paper, language):
    plan = example_plan(TODAY)
    plan.language = language
    _check(build_packet(plan, catalogue, PacketOptions(paper=paper, today=TODAY)), language)


@pytest.mark.parametrize(("paper", "language"), LANGUAGES)
@pytest.mark.parametrize("seed", [1, 2])
def test_twelve_speakers_with_random_letters_break_well(catalogue, paper, language, seed):
    plan = twelve_speakers(seed, language)
    _check(build_packet(plan, catalogue, PacketOptions(paper=paper, today=TODAY)), language)
    found = pages(build_packet(plan, catalogue, PacketOptions(paper=paper)))
    assert _read_aloud_tails(found, language)  # the letters run over pages: the rule was used


@pytest.mark.parametrize(("paper", "language"), LANGUAGES)
def test_reading_copies_break_well_at_every_size(catalogue, paper, language):
    plan = twelve_speakers(3, language)
    for size, person in zip((14, 18, 22), plan.speaking_order()[:3], strict=True):
        person.reading_size_pt = size
        data = build_reading_copy(plan, catalogue, person, PacketOptions(paper=paper))
        _check(data, language)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_section_heading_keeps_its_first_block_on_its_page(catalogue, language):
    """A KeepTogether inside another looked too tall to fit, so the Safety heading once
    stood alone on a page with its first fact on the next."""
    plan = example_plan(TODAY)
    plan.language = language
    found = pages(build_packet(plan, catalogue, PacketOptions(today=TODAY)))
    with in_language(language):
        title = _("Safety")
    page = next(p for p in found if p.lines and p.lines[0].text == title)
    assert any(line.text == "alprazolam (Xanax)" for line in page.lines)

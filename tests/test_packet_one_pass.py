"""Every document is laid out once: the footers' "of Y" and the packet's contents are drawn
when the last page is known. Reading copies share one run of show per export: read back,
they say exactly what fresh paragraphs said."""

from __future__ import annotations

import io
import re

import pytest
from pdf_pages import pages
from pypdf import PdfReader
from reportlab.platypus import Paragraph
from test_packet_layout import TODAY, twelve_speakers

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.i18n import _, in_language
from interventionplanner.output.packet import (
    PacketOptions,
    build_bottom_lines,
    build_packet,
    build_reading_copy,
    export_reading_copies,
    reading_copy_readers,
)
from interventionplanner.output.packet.fonts import register_fonts
from interventionplanner.output.packet.measured import MeasuredParagraph, SharedCells
from interventionplanner.output.packet.styles import make_styles


def page_texts(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


def footers(data: bytes, language: str = "en") -> list[list[str]]:
    """Each page's "Page X of Y" (in `language`), as [X, Y]."""
    with in_language(language):
        words = re.escape(_("Page {page} of {total}"))
    pattern = words.replace(r"\{page\}", r"(\d+)").replace(r"\{total\}", r"(\d+)")
    return [re.findall(pattern, text) for text in page_texts(data)]


def numbered(count: int) -> list[list[tuple[str, str]]]:
    return [[(str(n), str(count))] for n in range(1, count + 1)]


@pytest.fixture(scope="module")
def plan():
    plan = twelve_speakers(4)
    for size, person in zip((14, 18, 22), plan.speaking_order()[1:4], strict=True):
        person.reading_size_pt = size
    plan.opening_words = "We are here because we love you.\n\nPlease listen to us."
    return plan


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_a_reading_copy_laid_out_once_numbers_its_pages(catalogue, plan, paper):
    options = PacketOptions(paper=paper, today=TODAY)
    for person in reading_copy_readers(plan)[:5]:
        once = build_reading_copy(plan, catalogue, person, options)
        count = len(page_texts(once))
        assert count > 1  # the footers' totals were really filled in later
        assert footers(once) == numbered(count)


def outline_pages(data: bytes) -> list[tuple[str, int]]:
    """Every bookmark's title and the page it opens, in order."""
    reader = PdfReader(io.BytesIO(data))
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def many_speakers(language: str) -> Plan:
    """Thirty letters: a contents of two pages."""
    plan = twelve_speakers(5, language)
    extra = [
        Participant(
            name=f"Speaker {n} Later",
            roles=[Role.SPEAKER],
            letter=Letter(love_and_memory=" ".join(["I remember the lake."] * 12 * (n % 4 + 1))),
        )
        for n in range(13, 31)
    ]
    plan.participants += extra
    return plan


@pytest.mark.parametrize(("language", "paper"), [("en", "letter"), ("es", "a4")])
def test_the_packet_laid_out_once_lists_each_bookmarks_page_in_its_contents(
    catalogue, language, paper
):
    data = build_packet(many_speakers(language), catalogue, PacketOptions(paper=paper))
    texts = page_texts(data)
    count = len(texts)
    assert footers(data, language) == numbered(count)
    listed = outline_pages(data)[3:]  # not the cover, the crisis lines or the contents
    assert len(listed) > 40
    contents_pages = [n for n in range(2, 5) if not texts[n].startswith(listed[0][0])]
    assert len(contents_pages) == 2  # a contents split over two pages, each number drawn late
    contents = " ".join(texts[n] for n in contents_pages)
    for title, page in listed:
        assert f"{' '.join(title.split())} {page} " in contents, (title, page)


def test_bottom_lines_laid_out_once_number_their_pages(catalogue, plan):
    data = build_bottom_lines(plan, catalogue, PacketOptions(paper="a4"))
    count = len(page_texts(data))
    assert count > 1
    assert footers(data) == numbered(count)


def test_a_password_still_locks_a_copy_laid_out_once(catalogue, plan):
    person = reading_copy_readers(plan)[0]
    data = build_reading_copy(plan, catalogue, person, PacketOptions(pdf_password="secret words"))
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    reader.decrypt("secret words")
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def lines(data: bytes) -> list[tuple[bool, float, str]]:
    """Every line of body text with its weight and size."""
    return [(line.bold, line.size, line.text) for page in pages(data) for line in page.lines]


def test_copies_from_one_export_read_as_copies_made_alone(catalogue, plan, tmp_path):
    options = PacketOptions(paper="letter", today=TODAY)
    written = export_reading_copies(plan, catalogue, tmp_path, options)
    readers = reading_copy_readers(plan)
    assert len(written) == len(readers)
    for path, person in zip(written, readers, strict=True):
        alone = build_reading_copy(plan, catalogue, person, options)
        assert page_texts(path.read_bytes()) == page_texts(alone)
        assert lines(path.read_bytes()) == lines(alone)  # the same rows in bold


RUN_OF_SHOW_ROW = re.compile(r"Letter \d+ (?!of )")  # not a letter's own "Letter 2 of 12"


def test_each_copy_shades_only_its_readers_rows_of_the_shared_run_of_show(
    catalogue, plan, tmp_path
):
    written = export_reading_copies(plan, catalogue, tmp_path, PacketOptions(paper="letter"))
    for path, person in zip(written, reading_copy_readers(plan), strict=True):
        bold_rows = [
            text
            for bold, _size, text in lines(path.read_bytes())
            if bold and RUN_OF_SHOW_ROW.search(text)
        ]
        assert bold_rows  # every reader reads something
        assert all(person.name in row for row in bold_rows)


def test_a_measured_paragraph_breaks_as_a_fresh_one_at_every_width():
    style = make_styles().cell
    text = "Speaker 07 Example, reading for someone whose name is long enough to wrap"
    shared = SharedCells().paragraph(text, style)
    assert isinstance(shared, MeasuredParagraph)
    for width in (60, 200, 60, 400, 200):
        fresh = Paragraph(text, style)
        assert shared.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert shared.blPara.lines == fresh.blPara.lines


def test_shared_cells_hand_out_one_paragraph_per_text_and_style():
    styles = make_styles()
    cells = SharedCells()
    first = cells.paragraph("Letter 1", styles.cell)
    assert cells.paragraph("Letter 1", styles.cell) is first
    assert cells.paragraph("Letter 1", styles.cell_bold) is not first
    assert cells.paragraph("Letter 2", styles.cell) is not first


@pytest.mark.parametrize(
    "text",
    [
        "Plain words, as a letter's paragraph is.",
        "  spaced out \n over  lines\n\n",
        "Zoë — “quoted” ☐ 10:06 a.m. O'Brien",
        "with <b>markup</b> &amp; an entity",
    ],
)
def test_a_measured_paragraph_is_made_of_what_reportlabs_parser_makes(text):
    register_fonts()  # bold in markup needs the family
    for style in (make_styles().letter, make_styles().cell_bold, make_styles(18).toc_sub):
        measured, parsed = MeasuredParagraph(text, style), Paragraph(text, style)
        assert [f.__dict__ for f in measured.frags] == [f.__dict__ for f in parsed.frags]
        assert measured.text == parsed.text
        assert measured.wrap(120, 1000) == parsed.wrap(120, 1000)
        assert len(measured.blPara.lines) == len(parsed.blPara.lines) > 1


def test_reportlab_uses_its_c_speed_ups():
    """rl_accel is a dependency: without it reportlab falls back to Python for its text
    metrics and number formatting, and the packet takes about a fifth longer."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.unicode2T1.__module__ == "_rl_accel"

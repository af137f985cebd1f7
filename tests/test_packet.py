"""The printed meeting packet, read back with pypdf: contents, order, privacy, fonts, pages."""

from __future__ import annotations

import io
import random
import re
import subprocess
import sys
import time
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.output.packet import (
    PacketOptions,
    bottom_lines_file_name,
    build_bottom_lines,
    build_packet,
    build_reading_copy,
    export_bottom_lines,
    export_packet,
    export_reading_copies,
    packet_file_name,
    reading_copy_readers,
)
from interventionplanner.output.packet.sections import SECTION_TITLES
from interventionplanner.storage.defaults import new_plan
from interventionplanner.storage.example import example_plan

TODAY = date(2026, 11, 27)  # as in conftest.py
PACKET_SECTIONS = [
    "Meeting packet",
    "Contents",
    "The meeting at a glance",
    "Run of show",
    "The team",
    "Seating",
    "The chairperson's words",
    "Letters",
    "Treatment and logistics",
    "Objections and answers",
    "If the answer is yes",
    "If the answer is no",
    "Safety",
]


def read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def whole_text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


def first_words(text: str, count: int = 7) -> str:
    return " ".join(text.split()[:count])


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def options(**kw) -> PacketOptions:
    return PacketOptions(**{"paper": "letter", "today": TODAY, **kw})


@pytest.fixture(scope="module")
def demo() -> Plan:
    """The example plan, shared by this module's tests, which only read it."""
    return example_plan(TODAY)


@pytest.fixture(scope="module")
def full_packet(demo, catalogue) -> PdfReader:
    return read(build_packet(demo, catalogue, options()))


@pytest.fixture(scope="module")
def team_packet(demo, catalogue) -> PdfReader:
    return read(build_packet(demo, catalogue, options(full=False)))


# -- contents and order --------------------------------------------------------------------


def test_every_section_is_there_in_order(full_packet):
    text = whole_text(full_packet)
    body = text[text.index("The meeting at a glance", text.index("Contents")) :]
    positions = [text.index("Meeting packet"), text.index("Contents")]
    positions += [len(text) - len(body) + body.index(title) for title in PACKET_SECTIONS[2:]]
    assert positions == sorted(positions)
    assert SECTION_TITLES["bottom_lines"] not in text  # a file of its own


def test_the_contents_lists_sections_with_their_pages(full_packet):
    texts = page_texts(full_packet)
    assert texts[1].startswith("If anyone is in danger")  # the back of the cover
    contents = texts[2]
    for title in PACKET_SECTIONS[2:]:
        match = re.search(re.escape(title) + r" (\d+)", contents)
        assert match, title
        page = int(match.group(1))
        assert title in texts[page - 1], f"{title} is not on page {page}"


def test_every_letter_is_there_in_speaking_order(demo, full_packet):
    text = whole_text(full_packet)
    letters_start = text.index("Letter 1 of")
    positions = [
        text.index(first_words(writer.letter.text()), letters_start)
        for writer in demo.speaking_order()
    ]
    assert len(positions) == 6
    assert positions == sorted(positions)


def test_each_letter_starts_a_page_with_its_reader_and_place(demo, full_packet):
    texts = page_texts(full_packet)
    readers = ["Margaret Marsh", "Marcus Bell", "Ray Doyle", "Ray Doyle", "Claire Bennett"]
    readers.append("Lily Marsh")
    for number, reader in enumerate(readers, start=1):
        kicker = f"Letter {number} of 6 — {reader}"
        pages = [t for t in texts if kicker in t and "(continued)" not in t.split(kicker)[1][:12]]
        assert len(pages) == 1, kicker
        start = pages[0].removeprefix("Letters ")
        assert start.startswith(kicker)
    assert "Letter from Evelyn Doyle, read by Ray Doyle" in whole_text(full_packet)


def test_page_x_of_y_on_every_page(full_packet):
    texts = page_texts(full_packet)
    total = len(texts)
    assert f"Page 1 of {total}" in texts[0]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert "Confidential — keep this safe" in text


def test_bookmarks_for_every_section_and_letter(full_packet):
    titles = outline_titles(full_packet)
    for title in PACKET_SECTIONS:
        assert title in titles
    for entry in ("1. Margaret Marsh", "4. Ray Doyle, reading for Evelyn Doyle", "6. Lily Marsh"):
        assert entry in titles
    assert "Bottom line: Claire Bennett" not in titles
    assert "If anyone is in danger" in titles


def test_fonts_are_embedded_and_no_builtin_font_is_used(full_packet):
    fonts = {}
    for page in full_packet.pages:
        for name, ref in page["/Resources"].get("/Font", {}).items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert descriptor is not None, font.get("/BaseFont")
        assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")


def test_metadata_is_neutral(full_packet):
    info = full_packet.metadata
    assert info.title == "Meeting packet"
    assert info.author is None
    assert info.subject is None
    assert info.creator is None
    assert "/CreationDate" not in info
    assert full_packet.trailer["/Root"]["/Lang"] == "en"


def test_the_file_name_never_names_the_loved_one(demo):
    name = packet_file_name(demo)
    assert name == f"meeting-packet-{demo.meeting.starts_at.date().isoformat()}.pdf"
    assert "danny" not in name.lower()
    assert "marsh" not in name.lower()
    assert packet_file_name(Plan()) == "meeting-packet.pdf"
    assert packet_file_name(demo, full=False).endswith("-team.pdf")


def test_a_build_is_a_pure_function_of_the_plan(demo, catalogue):
    assert build_packet(demo, catalogue, options()) == build_packet(demo, catalogue, options())


# -- bottom lines and reading copies -------------------------------------------------------

CLAIRE_BOTTOM_LINE = "I won't lend you my car"
MARGARET_BOTTOM_LINE = "I will stop paying your phone bill"
CLAIRE_SENTENCE = "easy on the clutch"
MARGARET_SENTENCE = "read him the box scores"


def test_bottom_lines_are_a_file_of_their_own_and_the_packet_only_says_so(
    demo, catalogue, full_packet, team_packet
):
    full, team = whole_text(full_packet), whole_text(team_packet)
    apart = whole_text(read(build_bottom_lines(demo, catalogue, options())))
    writers = [w for w in demo.speaking_order() if w.letter.bottom_line]
    assert writers
    for writer in writers:
        words = first_words(writer.letter.bottom_line, 8)
        assert words in apart
        assert words not in full
        assert words not in team
    assert "For the chairperson only" in apart
    assert "Bottom line" not in " ".join(outline_titles(full_packet))
    assert f"has {len(writers)} bottom lines, kept in a file of their own" in full
    assert "kept in a file of their own" not in team
    assert "Team copy" in team


def test_no_bottom_lines_no_file(demo, catalogue, tmp_path):
    plan = example_plan(TODAY)
    for person in plan.participants:
        person.letter.bottom_line = ""
    assert build_bottom_lines(plan, catalogue, options()) is None
    assert export_bottom_lines(plan, catalogue, tmp_path / "b.pdf", options()) is None
    assert not (tmp_path / "b.pdf").exists()
    assert bottom_lines_file_name(tmp_path / "meeting-packet.pdf").name == (
        "meeting-packet-bottom-lines.pdf"
    )


def test_a_reading_copy_holds_only_its_speakers_letter_and_bottom_line(demo, catalogue):
    claire = next(p for p in demo.participants if p.name == "Claire Bennett")
    text = whole_text(read(build_reading_copy(demo, catalogue, claire, options())))
    assert "For Claire Bennett" in text
    assert "Run of show" in text
    assert CLAIRE_SENTENCE in text
    assert CLAIRE_BOTTOM_LINE in text
    assert MARGARET_SENTENCE not in text
    assert "I will stop paying your phone bill" not in text
    for other in demo.speaking_order():
        if other is not claire:
            assert first_words(other.letter.text(), 10) not in text, other.name


def test_a_reading_copy_has_no_bottom_line_for_someone_without_one(demo, catalogue):
    lily = next(p for p in demo.participants if p.name == "Lily Marsh")
    assert not lily.letter.bottom_line
    text = whole_text(read(build_reading_copy(demo, catalogue, lily.id, options())))
    assert first_words(lily.letter.text()) in text
    assert "Bottom line" not in text
    assert CLAIRE_BOTTOM_LINE not in text
    assert MARGARET_BOTTOM_LINE not in text


def test_whoever_reads_for_an_absent_writer_gets_that_letter_too(demo, catalogue):
    ray = next(p for p in demo.participants if p.name == "Ray Doyle")
    evelyn = next(p for p in demo.participants if p.name == "Evelyn Doyle")
    text = whole_text(read(build_reading_copy(demo, catalogue, ray, options())))
    assert first_words(ray.letter.text()) in text
    assert first_words(evelyn.letter.text()) in text
    assert CLAIRE_SENTENCE not in text
    assert evelyn not in reading_copy_readers(demo)


def test_reading_copies_are_exported_one_per_speaker(demo, catalogue, tmp_path):
    seen = []
    written = export_reading_copies(
        demo, catalogue, tmp_path / "copies", options(progress=lambda d, t: seen.append((d, t)))
    )
    names = [path.name for path in written]
    assert names == [
        "reading-copy-01-margaret-marsh.pdf",
        "reading-copy-02-marcus-bell.pdf",
        "reading-copy-03-ray-doyle.pdf",
        "reading-copy-04-claire-bennett.pdf",
        "reading-copy-05-lily-marsh.pdf",
    ]
    assert all(path.read_bytes().startswith(b"%PDF-") for path in written)
    assert seen[-1] == (5, 5)
    assert not any(p.name.endswith(".bak") for p in (tmp_path / "copies").iterdir())


def test_a_reading_copy_for_someone_else_is_refused(demo, catalogue):
    with pytest.raises(ValueError, match="not in this plan"):
        build_reading_copy(demo, catalogue, Participant(name="Stranger"), options())


# -- export, paper, progress ---------------------------------------------------------------


def test_export_writes_the_file_atomically(demo, catalogue, tmp_path):
    target = tmp_path / packet_file_name(demo)
    target.write_bytes(b"old")
    assert export_packet(demo, catalogue, target, options()) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    with pytest.raises(FileNotFoundError):
        export_packet(demo, catalogue, tmp_path / "missing" / "x.pdf", options())


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sizes(demo, catalogue, paper, size):
    reader = read(build_packet(demo, catalogue, options(paper=paper)))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_an_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="letter"):
        PacketOptions(paper="legal")


def test_progress_rises_to_done(demo, catalogue):
    calls: list[tuple[int, int]] = []
    build_packet(demo, catalogue, options(progress=lambda done, total: calls.append((done, total))))
    assert len(calls) > 10
    dones = [done for done, _ in calls]
    assert dones == sorted(set(dones))
    assert len({total for _, total in calls}) == 1
    assert calls[-1][0] == calls[-1][1]


def test_progress_may_come_from_a_worker_thread(demo, catalogue):
    import threading

    result: dict[str, object] = {}

    def work():
        result["pdf"] = build_packet(demo, catalogue, options(progress=lambda d, t: None))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert isinstance(result["pdf"], bytes)


# -- plans with little or a lot in them ----------------------------------------------------


def test_an_empty_plan_leaves_sections_out_cleanly(catalogue):
    text = whole_text(read(build_packet(Plan(), catalogue, options())))
    assert "Meeting packet" in text
    assert "Date not set yet" in text
    for absent in (
        "Seating",
        "The chairperson's words",
        "Letters",
        "Objections and answers",
        "If the answer is yes",
        "Bottom lines",
        "The team",
        "Treatment and",
    ):
        assert absent not in text, absent
    assert "Safety" in text
    assert "988" in text
    assert "1-800-662-4357" in text


def test_a_new_plan_exports_its_checklist_but_no_answers_it_never_chose(catalogue):
    text = whole_text(read(build_packet(new_plan(), catalogue, options())))
    assert "Objections and answers" not in text
    assert "already arranged" not in text
    assert "already worked out" not in text
    assert "Treatment and logistics" in text
    assert "Letters" not in text


def test_a_maybe_is_listed_as_maybe_not_as_coming(demo_plan, catalogue):
    from interventionplanner.domain.plan import Rsvp

    person = next(p for p in demo_plan.participants if p.rsvp is Rsvp.YES)
    person.rsvp = Rsvp.MAYBE
    text = whole_text(read(build_packet(demo_plan, catalogue, options())))
    coming = text.split("Who is coming", 1)[1].split("Maybe coming", 1)
    assert person.name not in coming[0]
    assert person.name in coming[1].split("Not coming")[0]
    assert "maybe coming" in text


SENTENCE = (
    "when you did not come home that night I felt frightened and alone but I remember "
    "the summer we spent at the lake together laughing until dark"
)
WORDS = SENTENCE.split()


def synthetic_plan(speakers: int, words: int) -> Plan:
    rnd = random.Random(speakers * 7919 + words)
    plan = Plan()
    plan.meeting.starts_at = datetime(2026, 12, 5, 10, 0)
    for index in range(speakers):
        paragraphs = [f"Letter number {index + 1}, from speaker {index + 1}."]
        paragraphs += [
            " ".join(rnd.choice(WORDS) for _ in range(100)) + "." for _ in range(words // 100)
        ]
        roles = [Role.SPEAKER] + ([Role.CHAIRPERSON] if index == 0 else [])
        person = Participant(
            name=f"Speaker {index + 1}",
            relationship="friend",
            phone="555 0100",
            roles=roles,
            letter=Letter(
                love_and_memory="\n\n".join(paragraphs),
                bottom_line="If you say no, I will stop lending money." if index % 2 else "",
            ),
        )
        plan.participants.append(person)
        plan.seating.append(person.id)
    plan.speaker_order = [p.id for p in plan.participants]
    return plan


def test_a_one_speaker_plan_exports(catalogue, tmp_path):
    path = export_packet(synthetic_plan(1, 300), catalogue, tmp_path / "one.pdf", options())
    text = whole_text(PdfReader(path))
    assert "Letter 1 of 1 — Speaker 1" in text


def test_forty_speakers_with_long_letters_export(catalogue, record_score):
    plan = synthetic_plan(40, 5000)
    started = time.perf_counter()
    data = build_packet(plan, catalogue, options())
    elapsed = time.perf_counter() - started
    reader = read(data)
    pages = len(reader.pages)
    record_score(f"packet: 40 speakers x 5,000 words -> {pages} pages in {elapsed:.1f} s")
    assert pages > 40 * 15
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    titles = outline_titles(reader)
    assert "1. Speaker 1" in titles
    assert "40. Speaker 40" in titles


def test_oversized_fields_in_tables_do_not_break_the_layout(demo_plan, catalogue):
    essay = " ".join(["word"] * 4000)
    demo_plan.participants[0].relationship = essay
    demo_plan.meeting.arrival = essay
    demo_plan.objections[0].answer = essay
    demo_plan.treatment.prescriptions[0].dose = essay
    demo_plan.treatment.travel_notes = "x" * 20000  # one endless word
    assert read(build_packet(demo_plan, catalogue, options())).pages


# -- start-up stays light ------------------------------------------------------------------


def test_importing_the_packet_api_does_not_load_reportlab():
    probe = (
        "import sys; import interventionplanner.output.packet as p; "
        "p.packet_file_name; print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"

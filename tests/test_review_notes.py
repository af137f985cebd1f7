"""Review notes on letters: found again after edits, kept through save, kits and protection,
and never on paper."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from pypdf import PdfReader

from interventionplanner.domain.plan import LetterStatus, ReviewNote
from interventionplanner.domain.review_notes import add_note, locate, set_status
from interventionplanner.output.kit_export import kit_bytes
from interventionplanner.output.kit_import import read_returned
from interventionplanner.output.letter_kit import apply_import
from interventionplanner.output.packet import PacketOptions, build_packet, build_reading_copy
from interventionplanner.storage import crypto, load_plan, save_plan
from interventionplanner.storage.errors import PlanFileError

NOW = datetime(2026, 12, 2, 9, 30)
NOTE = "Could this be more specific, with a day you remember?"
SECOND = "This line may read as blame; try saying how you felt."


def _noted(plan):
    """The first writer's letter with two notes, one of them resolved."""
    person = plan.speaking_order()[0]
    letter = person.letter
    words = letter.what_i_have_seen
    first = add_note(letter, "what_i_have_seen", 0, min(20, len(words)), NOTE, now=NOW)
    first.author = "Dana Reyes, LCADC"
    second = add_note(letter, "love_and_memory", 0, 10, SECOND, author="Dana", now=NOW)
    second.resolved = True
    return person


def test_a_note_remembers_its_words_and_finds_them_after_an_edit(demo_plan):
    letter = demo_plan.participants[0].letter
    letter.my_hope = "I hope we can walk the dog together again."
    note = add_note(letter, "my_hope", 14, 30, "lovely", now=NOW)
    assert note.anchor == "walk the dog tog"
    assert note.created == NOW
    letter.my_hope = "Most of all, " + letter.my_hope
    span = locate(note, letter)
    assert span.found
    assert letter.my_hope[span.start : span.end] == "walk the dog tog"
    letter.my_hope = "I hope you get well."
    assert not locate(note, letter).found


def test_a_note_outside_the_part_or_on_no_part_is_refused(demo_plan):
    letter = demo_plan.participants[0].letter
    with pytest.raises(ValueError, match="outside"):
        add_note(letter, "my_hope", 0, len(letter.my_hope) + 5, "x")
    with pytest.raises(ValueError, match="not a part"):
        add_note(letter, "status", 0, 1, "x")


def test_the_status_records_who_reviewed_and_when(demo_plan):
    letter = demo_plan.participants[0].letter
    set_status(letter, LetterStatus.REVIEWED, reviewer="Dana Reyes", now=NOW)
    assert (letter.reviewed_by, letter.reviewed_at) == ("Dana Reyes", NOW)
    set_status(letter, LetterStatus.FINAL, reviewer="Someone else", now=datetime(2027, 1, 1))
    assert letter.reviewed_by == "Dana Reyes"  # final keeps who reviewed it
    set_status(letter, LetterStatus.DRAFT)
    assert (letter.reviewed_by, letter.reviewed_at) == ("", None)


def test_notes_survive_a_save(demo_plan, tmp_path):
    person = _noted(demo_plan)
    set_status(person.letter, LetterStatus.REVIEWED, reviewer="Dana", now=NOW)
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path)
    again = load_plan(path).plan.participant(person.id).letter
    assert again.notes == person.letter.notes
    assert again.reviewed_by == "Dana"
    raw = json.loads(path.read_text("utf-8"))
    assert raw["version"] == "1.5"


def test_notes_survive_protection(demo_plan, tmp_path, quick_keys):
    person = _noted(demo_plan)
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path, password="correct horse")
    assert NOTE.encode() not in path.read_bytes()  # sealed
    assert NOTE in crypto.decrypt(path.read_bytes(), "correct horse").decode("utf-8")
    again = load_plan(path, "correct horse").plan.participant(person.id).letter
    assert [n.text for n in again.notes] == [NOTE, SECOND]


def test_a_note_on_no_part_is_refused_when_the_file_is_read(demo_plan, tmp_path):
    person = demo_plan.participants[0]
    person.letter.notes.append(ReviewNote(part="nowhere", text="x"))
    path = tmp_path / "plan.ivplan"
    from interventionplanner.storage.planfile import _plan_bytes

    path.write_bytes(_plan_bytes(demo_plan, path))
    with pytest.raises(PlanFileError) as error:
        load_plan(path)
    assert any(p.where.endswith("notes[0].part") for p in error.value.problems)


@pytest.mark.parametrize("fmt", ["md", "docx", "txt"])
def test_notes_travel_with_a_kit_and_come_back_once(demo_plan, fmt):
    person = _noted(demo_plan)
    data = kit_bytes(demo_plan, person, fmt)
    shown = _kit_text(data, fmt)
    assert NOTE in shown  # the writer sees the open note
    assert SECOND not in shown  # a resolved one is done with
    before = [(n.id, n.text) for n in person.letter.notes]
    # The writer changes the words the note is about, and sends the kit back.
    changed = data.replace(b"Last", b"Last of all") if fmt != "docx" else data
    returned = read_returned(demo_plan, changed, None)
    kit = returned.compare()
    assert all(NOTE not in getattr(kit.incoming, f) for f in ("love_and_memory", "the_ask"))
    assert NOTE not in kit.incoming.text()
    apply_import(kit)
    assert [(n.id, n.text) for n in person.letter.notes] == before  # kept, none twice
    assert NOTE not in person.letter.text()


def _kit_text(data: bytes, fmt: str) -> str:
    if fmt == "docx":
        import docx

        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    return data.decode("utf-8")


def test_notes_never_print(demo_plan, catalogue, today):
    person = _noted(demo_plan)
    pdfs = [
        build_packet(demo_plan, catalogue, PacketOptions(today=today)),
        build_reading_copy(demo_plan, catalogue, person, PacketOptions(today=today)),
    ]
    for pdf in pdfs:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        flat = " ".join(text.split())
        assert person.letter.what_i_have_seen.split()[0] in flat  # the letter is there
        for words in (NOTE, SECOND, "more specific", "Dana Reyes"):
            assert words not in flat


def test_open_notes_are_in_the_checklist_until_resolved(demo_plan, catalogue, today):
    from interventionplanner.domain.preflight import preflight

    person = _noted(demo_plan)  # one open, one resolved
    (found,) = [f for f in preflight(demo_plan, catalogue, today) if f.code == "open_review_notes"]
    assert found.message == f"{person.name}'s letter has a review note still open."
    assert found.where == f"participants/{person.id}/letter/notes"
    for note in person.letter.notes:
        note.resolved = True
    assert "open_review_notes" not in {f.code for f in preflight(demo_plan, catalogue, today)}

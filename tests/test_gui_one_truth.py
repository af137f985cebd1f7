"""One way to change the plan, precise change signals, and every number agreeing everywhere.

Each test here failed before the document said what changed and before every value a
person sees was worded in one place (domain/display.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from interventionplanner.cli import main
from interventionplanner.domain.change import Change
from interventionplanner.domain.plan import Participant, Role
from interventionplanner.output.packet import PacketOptions, build_packet
from interventionplanner.storage import save_plan
from interventionplanner.storage.catalogue import load_catalogue
from interventionplanner.ui.wizard import PageId
from tests.conftest import TODAY, type_text

pytestmark = pytest.mark.gui

CLOCK = re.compile(r"^\d{1,2}:\d{2} [ap]\.m\.$")


def open_example(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    return window.document


def run_of_show_in_packet(plan, tmp_path: Path) -> list[tuple[str, str]]:
    """(start, length) per row of the printed run of show, read back from the PDF."""
    out = tmp_path / "packet.pdf"
    out.write_bytes(build_packet(plan, load_catalogue(), PacketOptions(today=TODAY)))
    texts = [p.extract_text() for p in PdfReader(out).pages]
    page = next(text for text in texts if "Lengths assume" in text)
    lines = [line.strip() for line in page.splitlines()]
    rows = []
    for i, line in enumerate(lines):
        if CLOCK.match(line) and i + 3 < len(lines) and re.match(r"^\d+:\d{2}$", lines[i + 3]):
            rows.append((line, lines[i + 3]))
    return rows


def summary_rows(plan, tmp_path: Path, capsys) -> list[tuple[str, str]]:
    path = tmp_path / "plan.ivplan"
    save_plan(plan, path)
    capsys.readouterr()
    assert main(["summary", str(path), "--json", "--today", TODAY.isoformat()]) == 0
    summary = json.loads(capsys.readouterr().out)
    return [(row["starts"], row["length"]) for row in summary["timeline"]]


@pytest.mark.parametrize("pace", [None, 90])
def test_reading_times_agree_on_every_step_in_the_summary_and_on_paper(
    qtbot, window, tmp_path, capsys, pace
):
    document = open_example(qtbot, window)
    reader = document.plan.speaking_order()[0]
    document.set(f"participants/{reader.id}/reading_rate_wpm", pace)

    window.wizard.go_to(PageId.LETTERS)
    letters = window.wizard.letters.model
    letter_times = {
        letters.index(row, letters.COL_NAME).data(): letters.index(row, letters.COL_TIME).data()
        for row in range(letters.rowCount())
    }
    window.wizard.go_to(PageId.ORDER)
    timeline = window.wizard.order.timeline
    on_screen = [
        (
            timeline.index(row, timeline.COL_START).data(),
            timeline.index(row, timeline.COL_LENGTH).data(),
        )
        for row in range(timeline.rowCount())
    ]
    assert summary_rows(document.plan, tmp_path, capsys) == on_screen
    assert run_of_show_in_packet(document.plan, tmp_path) == on_screen
    # The letters list gives each writer the same length as the timeline's letter rows.
    letter_rows = [e for e in timeline.entries if e.participant_id is not None][1:-1]
    for entry, (_start, length) in zip(timeline.entries[1:-1], on_screen[1:-1], strict=True):
        writer = document.plan.participant(entry.participant_id)
        assert letter_times[writer.name] == length
    assert letter_rows  # the example has letters
    if pace is not None:  # the pace really is used: slower than the plan's 130 a minute
        assert on_screen[1][1] != "3:03"


def test_a_writer_added_later_is_listed_on_the_letters_step(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    document = window.document
    ann = Participant(name="Ann", roles=[Role.SPEAKER])
    document.update("participants", lambda plan: plan.participants.append(ann))
    window.wizard.go_to(PageId.LETTERS)
    assert [p.name for p in window.wizard.letters.model.writers] == ["Ann"]

    window.wizard.go_to(PageId.PARTICIPANTS)
    bob = Participant(name="Bob", roles=[Role.SPEAKER])
    document.update("participants", lambda plan: plan.participants.append(bob))
    window.wizard.go_to(PageId.LETTERS)
    assert [p.name for p in window.wizard.letters.model.writers] == ["Ann", "Bob"]

    window.watcher.recheck()
    finding = next(
        f for f in window.watcher.model.findings if f.where == f"participants/{bob.id}/letter"
    )
    window.wizard.go_to(PageId.PARTICIPANTS)
    window.go_to_finding(finding)
    assert window.wizard.currentId() == PageId.LETTERS
    assert window.wizard.letters.writer is bob


def test_the_timeline_follows_the_chairpersons_words(qtbot, window):
    document = open_example(qtbot, window)
    document.set("opening_words", "")
    window.wizard.go_to(PageId.ORDER)
    timeline = window.wizard.order.timeline
    assert timeline.index(0, timeline.COL_LENGTH).data() == "2:00"  # the allowance

    window.wizard.go_to(PageId.TREATMENT)
    treatment = window.wizard.treatment
    treatment.suggest_words("opening_words")
    assert document.plan.opening_words
    window.wizard.go_to(PageId.ORDER)
    assert timeline.index(0, timeline.COL_LENGTH).data() != "2:00"
    assert timeline.entries[0].words > 0


def test_typing_a_letter_never_rebuilds_a_hidden_invitation(qtbot, window, monkeypatch):
    from interventionplanner.output import invitations

    document = open_example(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    participants = window.wizard.participants
    participants.table.setCurrentIndex(participants.model.index(0, 0))
    assert participants.preview.toPlainText()  # an invitation is showing
    rendered = []
    real = invitations.render_invitation
    monkeypatch.setattr(
        invitations, "render_invitation", lambda *a, **k: rendered.append(1) or real(*a, **k)
    )
    window.wizard.go_to(PageId.LETTERS)
    edit = window.wizard.letters.part_edits["my_hope"]
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    before = window.wizard.letters.letter.my_hope
    text = ("We hope for you. " * 120)[:2000]
    type_text(edit, text)
    assert window.wizard.letters.letter.my_hope == before + text
    assert rendered == []  # the Participants step was hidden throughout
    assert document.dirty


def test_the_document_says_exactly_what_changed(qtbot, window):
    document = open_example(qtbot, window)
    seen: list[Change] = []
    states: list[int] = []
    document.changed.connect(seen.append)
    document.stateChanged.connect(lambda: states.append(1))
    window.wizard.go_to(PageId.LETTERS)
    letters = window.wizard.letters
    letters.table.setCurrentIndex(letters.model.index(1, 0))
    writer = letters.writer
    edit = letters.part_edits["my_hope"]
    edit.setFocus()
    type_text(edit, "abc")
    assert [c.paths for c in seen] == [(f"participants/{writer.id}/letter/my_hope",)] * 3
    assert states == [1]  # unsaved from the first key on; not sent again on every key


def test_a_change_elsewhere_refreshes_a_hidden_step_when_it_is_shown(qtbot, window):
    document = open_example(qtbot, window)
    window.wizard.go_to(PageId.LOVED_ONE)
    assert window.wizard.loved_one.isVisible()
    document.set("loved_one/name", "Daniel Marsh")  # e.g. a restore or an import
    window.wizard.go_to(PageId.MEETING)
    document.set("loved_one/preferred_name", "Dan")
    window.wizard.go_to(PageId.LOVED_ONE)
    assert window.wizard.loved_one.fields["preferred_name"].text() == "Dan"


PACKAGE = Path(__file__).resolve().parent.parent / "interventionplanner"


def _sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE)): p.read_text() for p in PACKAGE.rglob("*.py")}


@pytest.mark.parametrize(
    ("what", "pattern"),
    [
        ("m:ss", r"% 60:02d|% 60\b.*02d"),
        ("a clock time", r"a\.m\.|strftime\(\"%H:%M\"\)|hour:02d"),
        ("a role's words", r"writes a letter, cannot attend|writes, cannot attend"),
        ("a crisis number", r"\b911\b|\b988\b|662-4357"),
    ],
)
def test_each_value_is_worded_in_one_place(what, pattern):
    """grep finds each formatter and each crisis number once: in domain/display.py, or
    (for crisis numbers) nowhere in the code, since they live in resources/."""
    places = sorted(name for name, text in _sources().items() if re.search(pattern, text))
    expected = [] if what == "a crisis number" else ["domain/display.py"]
    if what == "a clock time":
        # summary's machine-readable "HH:MM"; the sentence splitter reads "a.m." in a
        # letter (it never writes a time)
        expected = ["domain/display.py", "domain/sentences.py", "summary.py"]
    assert places == expected, what

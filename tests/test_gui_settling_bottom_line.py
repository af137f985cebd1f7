"""'Leave this as it is' in the bottom line: the same box as the letter's parts (a CoachedEdit,
coached as "bottom_line"), so the same context menu and the same plan format
(`Letter.settled`, one list per letter: domain/settling.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from interventionplanner.ui.coach_warmth import warmth_of
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text, wait_on_lane
from tests.test_gui_letters import open_letters, underlined_words
from tests.test_gui_settling import AGAIN, LEAVE, right_click

pytestmark = pytest.mark.gui

CALM = "If you say no today, I will stop paying your rent."
HARSH = "You are so selfish."


def _harsh_bottom_line(qtbot, window):
    page = open_letters(qtbot, window)
    edit = page.edit_for("bottom_line", focus=True)
    type_text(edit, f"{CALM} {HARSH}")
    # At once, or once the window's lane has compiled the rules (ui/coach_warmth.py).
    qtbot.waitUntil(lambda: "selfish" in underlined_words(edit), timeout=30_000)
    return page, edit


def test_the_bottom_lines_menu_gives_the_reason_and_settles_the_note(qtbot, window, monkeypatch):
    page, edit = _harsh_bottom_line(qtbot, window)
    reason = next(f.message for f in edit.findings() if f.text == "selfish")
    shown = right_click(monkeypatch, edit, edit.toPlainText().index("selfish") + 2, LEAVE)
    assert shown[:2] == [reason, LEAVE]
    assert AGAIN not in shown
    assert underlined_words(edit) == []
    assert edit.findings() == []
    letter = window.document.plan.participants[0].letter
    assert [(n.sentence, n.category) for n in letter.settled] == [("you are so selfish.", "insult")]
    assert letter.bottom_line == f"{CALM} {HARSH}"  # the words are the writer's
    assert window.document.dirty
    assert page.settled_note.text() == "1 note left as it is."


def test_an_edit_to_the_bottom_lines_sentence_brings_the_note_back(qtbot, window, monkeypatch):
    page, edit = _harsh_bottom_line(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.moveCursor(QTextCursor.MoveOperation.Left)  # before the full stop
    type_text(edit, " and cold")
    wait_on_lane(qtbot, lambda: not warmth_of(edit).compiling, timeout=30_000)
    qtbot.waitUntil(lambda: "selfish" in underlined_words(edit))


def test_show_the_notes_again_from_the_bottom_lines_menu(qtbot, window, monkeypatch):
    page, edit = _harsh_bottom_line(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    shown = right_click(monkeypatch, edit, 2, AGAIN)
    assert AGAIN in shown
    assert "selfish" in underlined_words(edit)
    assert window.document.plan.participants[0].letter.settled == []


def test_review_counts_the_bottom_lines_note_left_apart(qtbot, window, monkeypatch):
    page, edit = _harsh_bottom_line(qtbot, window)
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    # Review counts once the window's lane has compiled the coach's rules.
    qtbot.waitUntil(lambda: "Mia: 1 to look at." in review.coach_notes.text(), timeout=30_000)
    window.wizard.go_to(PageId.LETTERS)
    edit = page.edit_for("bottom_line")
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    window.wizard.go_to(PageId.REVIEW)
    left = "Mia: 0 to look at, 1 left as it is by the writer."
    qtbot.waitUntil(lambda: left in review.coach_notes.text(), timeout=30_000)


def test_a_note_settled_in_the_bottom_line_stays_settled_after_saving_and_opening(
    qtbot, window, monkeypatch, tmp_path
):
    page, edit = _harsh_bottom_line(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    path = tmp_path / "plan.ivplan"
    window.document.save_as(path)
    window.document.open(path)
    page = window.wizard.letters
    edit = page.edit_for("bottom_line")
    qtbot.waitUntil(lambda: edit.toPlainText() == f"{CALM} {HARSH}")
    assert len(window.document.plan.participants[0].letter.settled) == 1
    wait_on_lane(qtbot, lambda: not warmth_of(edit).compiling, timeout=30_000)
    page.analyse()
    assert underlined_words(edit) == []


def test_the_bottom_lines_underlines_are_said_until_the_note_is_left(qtbot, window, monkeypatch):
    """A screen reader hears the bottom line's gentle suggestions as it hears the parts'
    (its accessible description), and no longer once the note is left as it is."""
    page, edit = _harsh_bottom_line(qtbot, window)
    # After the pause in typing, as for the parts.
    qtbot.waitUntil(lambda: "Gentle suggestions here: 1" in edit.accessibleDescription())
    assert "“selfish”" in edit.accessibleDescription()
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    assert "Gentle suggestions here" not in edit.accessibleDescription()

"""Review notes in the letter editor: select words, add a note, find its words, resolve it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from interventionplanner.domain.plan import LetterStatus, Participant, Role
from tests.conftest import type_text
from tests.test_gui_letters import click_row, open_letters

pytestmark = pytest.mark.gui

WORDS = "You missed the school play in May, and I sat there alone."


def _select(edit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _with_words(qtbot, window):
    page = open_letters(qtbot, window)
    page.edit_for("what_i_have_seen", focus=True)
    edit = page.part_edits["what_i_have_seen"]
    type_text(edit, WORDS)
    return page, edit


def test_a_note_is_added_on_the_selected_words_by_the_shortcut(qtbot, window):
    page, edit = _with_words(qtbot, window)
    asked = []
    page.notes_panel.asker = lambda parent, words: asked.append(words) or "Which day in May?"
    _select(edit, 4, 25)
    qtbot.keyClick(
        edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert asked == ["missed the school pla"]
    (note,) = page.writer.letter.notes
    assert (note.part, note.anchor, note.text) == (
        "what_i_have_seen",
        asked[0],
        "Which day in May?",
    )
    assert note.created is not None
    assert window.document.dirty
    shown = page.notes_panel.model.index(0, 0).data()
    assert "Which day in May?" in shown
    assert "What I have seen" in shown


def test_the_context_menu_offers_a_note(qtbot, window):
    page, edit = _with_words(qtbot, window)
    menu = edit.context_menu_at(edit.cursorRect().center())
    assert page.notes_panel.add_action in menu.actions()
    menu.deleteLater()


def test_choosing_a_note_selects_its_words_even_after_an_edit(qtbot, window):
    page, edit = _with_words(qtbot, window)
    page.notes_panel.asker = lambda parent, words: "kind and specific"
    _select(edit, 15, 26)  # "school play"
    page.notes_panel.add_note()
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    edit.insertPlainText("Last spring. ")
    page.edit_for("love_and_memory")  # another part on screen
    page.notes_panel.view.setCurrentIndex(page.notes_panel.model.index(-1, 0))
    page.notes_panel.view.setCurrentIndex(page.notes_panel.model.index(0, 0))
    assert page.part_stack.currentWidget() is edit
    assert edit.textCursor().selectedText() == "school play"


def test_a_note_is_resolved_reopened_and_removed(qtbot, window):
    page, edit = _with_words(qtbot, window)
    page.notes_panel.asker = lambda parent, words: "first"
    _select(edit, 0, 3)
    page.notes_panel.add_note()
    panel = page.notes_panel
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert page.writer.letter.notes[0].resolved
    assert panel.model.index(0, 0).data().startswith("Resolved")
    assert panel.resolve_button.text() == "&Reopen"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not page.writer.letter.notes[0].resolved
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert page.writer.letter.notes == []


def test_marking_a_letter_reviewed_records_the_interventionist(qtbot, window):
    page = open_letters(qtbot, window)
    helper = Participant(name="Dana Reyes", roles=[Role.INTERVENTIONIST])
    window.document.update("participants", lambda plan: plan.participants.append(helper))
    click_row(qtbot, page.table, 0)
    page.status.setCurrentIndex(page.status.findData(LetterStatus.REVIEWED.value))
    letter = page.writer.letter
    assert letter.status is LetterStatus.REVIEWED
    assert letter.reviewed_by == "Dana Reyes"
    assert letter.reviewed_at is not None
    assert "Dana Reyes" in page.reviewed.text()
    page.status.setCurrentIndex(page.status.findData(LetterStatus.DRAFT.value))
    assert letter.reviewed_by == ""
    assert page.reviewed.isHidden()


def test_a_note_whose_words_are_edited_away_says_so(qtbot, window):
    page, edit = _with_words(qtbot, window)
    page.notes_panel.asker = lambda parent, words: "kind and specific"
    _select(edit, 15, 26)  # "school play"
    page.notes_panel.add_note()
    edit.selectAll()
    edit.insertPlainText("You were not there.")
    qtbot.waitUntil(
        lambda: "since changed" in page.notes_panel.model.index(0, 0).data(), timeout=3000
    )
    assert edit.toPlainText() == "You were not there."  # the cursor was left alone
    assert len(page.writer.letter.notes) == 1  # the note stays

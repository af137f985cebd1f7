"""'Leave this as it is' in the letter editor, driven through its context menu as a writer
would: the underline goes, the lists and Review leave the note out, the plan keeps it, an
edit brings it back, and 'Show the coach's notes again' undoes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from interventionplanner.ui import coached_edit
from interventionplanner.ui.coach_warmth import warmth_of
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text, wait_on_lane
from tests.test_gui_letters import open_letters, underlined_words

pytestmark = pytest.mark.gui

HARSH = "You are so selfish."
LEAVE = "Leave this as it is"
AGAIN = "Show the coach's notes again"


def right_click(monkeypatch, edit, offset: int, choose: str | None) -> list[str]:
    """Open the box's context menu on the character at `offset`, as the mouse's right
    button does, and choose the entry `choose`; the menu's entries, in order."""
    shown: list[str] = []

    def exec_(menu: QMenu, *args):
        shown.extend(action.text() for action in menu.actions())
        chosen = next((a for a in menu.actions() if a.text() == choose), None)
        if chosen is not None:
            chosen.trigger()
        return chosen

    monkeypatch.setattr(coached_edit, "show_menu", exec_)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(offset)
    pos = edit.cursorRect(cursor).center() + QPoint(2, 0)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, edit.viewport().mapToGlobal(pos))
    QApplication.sendEvent(edit.viewport(), event)
    return shown


def _harsh_letter(qtbot, window, text=f"I love you. {HARSH}"):
    page = open_letters(qtbot, window)
    edit = next(iter(page.part_edits.values()))
    type_text(edit, text)
    # At once, or once the window's lane has compiled the rules (ui/coach_warmth.py).
    wait_on_lane(qtbot, lambda: "selfish" in underlined_words(edit), timeout=30_000)
    qtbot.waitUntil(lambda: page.findings.rowCount() >= 1)
    return page, edit


def test_the_menu_gives_the_reason_and_settles_the_note(qtbot, window, monkeypatch):
    page, edit = _harsh_letter(qtbot, window)
    reason = page.findings.items[0][1].message
    at = edit.toPlainText().index("selfish") + 2
    shown = right_click(monkeypatch, edit, at, LEAVE)
    assert shown[:2] == [reason, LEAVE]  # first the reason, then the choice ("selfish": no
    assert AGAIN not in shown  # kinder words to offer); nothing was settled before
    assert underlined_words(edit) == []
    assert page.findings.rowCount() == 0
    letter = window.document.plan.participants[0].letter
    assert [(n.sentence, n.category) for n in letter.settled] == [("you are so selfish.", "insult")]
    assert letter.love_and_memory == f"I love you. {HARSH}"  # the words are the writer's
    assert window.document.dirty
    assert page.settled_note.isVisible()
    assert page.settled_note.text() == "1 note left as it is."


def test_a_suggestion_is_offered_and_used_from_the_menu(qtbot, window, monkeypatch):
    page = open_letters(qtbot, window)
    edit = next(iter(page.part_edits.values()))
    type_text(edit, "You're a junkie now.")
    qtbot.waitUntil(lambda: page.findings.rowCount() == 1, timeout=20_000)
    shown = right_click(monkeypatch, edit, 8, "Use “You're struggling with drugs”")
    assert LEAVE in shown
    assert edit.toPlainText() == "You're struggling with drugs now."


def test_an_edit_that_changes_the_sentence_brings_the_note_back(qtbot, window, monkeypatch):
    page, edit = _harsh_letter(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    assert page.findings.rowCount() == 0
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(edit, "We went fishing. ")  # another sentence: this one still says the same
    wait_on_lane(qtbot, lambda: not warmth_of(edit).compiling, timeout=30_000)
    page.analyse()  # as after the pause in typing
    assert page.findings.rowCount() == 0
    assert underlined_words(edit) == []
    edit.moveCursor(QTextCursor.MoveOperation.End)
    edit.moveCursor(QTextCursor.MoveOperation.Left)  # before the full stop
    type_text(edit, " and cold")
    # At once, or once the window's lane has compiled the rules (ui/coach_warmth.py).
    wait_on_lane(qtbot, lambda: "selfish" in underlined_words(edit), timeout=30_000)
    qtbot.waitUntil(lambda: page.findings.rowCount() == 1)


def test_show_the_notes_again_from_the_menu(qtbot, window, monkeypatch):
    page, edit = _harsh_letter(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    shown = right_click(monkeypatch, edit, 2, AGAIN)  # anywhere in the letter
    assert AGAIN in shown
    assert "selfish" in underlined_words(edit)
    assert page.findings.rowCount() == 1
    assert window.document.plan.participants[0].letter.settled == []
    assert not page.again_button.isVisible()


def test_keep_mine_settles_the_note_too(qtbot, window):
    page, edit = _harsh_letter(qtbot, window)
    page.findings_view.setCurrentIndex(page.findings.index(0))
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert page.findings.rowCount() == 0
    assert len(window.document.plan.participants[0].letter.settled) == 1


def test_settled_notes_stay_settled_after_saving_and_opening(qtbot, window, monkeypatch, tmp_path):
    page, edit = _harsh_letter(qtbot, window)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    path = tmp_path / "plan.ivplan"
    window.document.save_as(path)
    window.document.open(path)
    page = window.wizard.letters
    edit = next(iter(page.part_edits.values()))
    qtbot.waitUntil(lambda: edit.toPlainText() == f"I love you. {HARSH}")
    assert len(window.document.plan.participants[0].letter.settled) == 1
    page.analyse()
    assert underlined_words(edit) == []
    assert page.findings.rowCount() == 0


def test_review_counts_the_notes_left_apart(qtbot, window, monkeypatch):
    page, edit = _harsh_letter(qtbot, window, f"I love you. {HARSH} You are a junkie.")
    qtbot.waitUntil(lambda: page.findings.rowCount() == 2)
    right_click(monkeypatch, edit, edit.toPlainText().index("selfish"), LEAVE)
    assert page.findings.rowCount() == 1
    window.wizard.go_to(PageId.REVIEW)
    review = window.wizard.review
    wait_on_lane(qtbot, review.coach_notes.isVisible)  # after the lane's rules (coach_warmth)
    said = review.coach_notes.text()
    assert "Mia: 1 to look at, 1 left as it is by the writer." in said
    window.wizard.go_to(PageId.LETTERS)
    right_click(monkeypatch, edit, 0, AGAIN)
    window.wizard.go_to(PageId.REVIEW)
    wait_on_lane(qtbot, lambda: "Mia: 2 to look at." in review.coach_notes.text())

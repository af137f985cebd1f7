"""Spelling in the letter editor, offscreen: a misspelling is underlined in its own style,
corrected from the context menu, and the plan's names are never flagged. (The lead keeps a
real-display twin of the first test.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QRegion, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.storage.user_words import load_user_words
from interventionplanner.ui.coached_edit import COACH_COLOUR, SPELLING_COLOUR, CoachedEdit
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def underlines(edit) -> dict[str, tuple[QTextCharFormat.UnderlineStyle, str]]:
    """Each underlined stretch of the first paragraph: its style and colour."""
    block = edit.document().firstBlock()
    text = block.text()
    return {
        text[r.start : r.start + r.length]: (
            r.format.underlineStyle(),
            r.format.underlineColor().name(),
        )
        for r in block.layout().formats()
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    }


def point_at(edit, word: str):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return edit.cursorRect(cursor).center()


@pytest.fixture
def edit(qtbot, user_dirs):
    box = CoachedEdit(load_coach())
    qtbot.addWidget(box)
    box.resize(500, 200)
    box.show()
    qtbot.waitExposed(box)
    qtbot.waitUntil(box.spelling_ready, timeout=20000)
    return box


def test_a_misspelling_is_underlined_apart_from_the_coach(qtbot, edit):
    type_text(edit, "You're a junkie and I recieve no calls.")
    marks = underlines(edit)
    assert marks["recieve"] == (QTextCharFormat.UnderlineStyle.DotLine, SPELLING_COLOUR)
    assert marks["You're a junkie"] == (
        QTextCharFormat.UnderlineStyle.WaveUnderline,
        QColor(COACH_COLOUR).name(),
    )
    assert QColor(SPELLING_COLOUR) != QColor(COACH_COLOUR)


def spelling_marks(edit) -> list[str]:
    """The words of the first paragraph underlined as misspelled, in order."""
    block = edit.document().firstBlock()
    return [
        block.text()[r.start : r.start + r.length]
        for r in sorted(block.layout().formats(), key=lambda r: r.start)
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]


def test_the_word_being_typed_is_marked_only_once_the_caret_leaves_it(qtbot, edit):
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "I recieve your letters and I recie")
    assert spelling_marks(edit) == ["recieve"]  # half a word, the caret at its end: not yet
    assert [m.word for m in edit.misspellings()] == ["recieve", "recie"]  # still known
    type_text(edit, "ve")
    assert spelling_marks(edit) == ["recieve"]
    type_text(edit, " ")
    assert spelling_marks(edit) == ["recieve", "recieve"]


def test_a_word_left_unfinished_is_marked_when_the_caret_moves_or_focus_goes(qtbot, edit):
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "I recieve")
    assert spelling_marks(edit) == []
    edit.moveCursor(QTextCursor.MoveOperation.Start)  # a click or an arrow key elsewhere
    assert spelling_marks(edit) == ["recieve"]
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " wierd")
    assert spelling_marks(edit) == ["recieve"]
    edit.clearFocus()  # Tab to the next box, or the window left
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert spelling_marks(edit) == ["recieve", "wierd"]


class _Painted(QObject):
    """What a box's viewport is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.area = QRegion()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.area = self.area.united(event.region())
        return False


def painted_by(edit, action) -> QRegion:
    """The part of the box repainted after `action` (all earlier paints done first)."""
    QApplication.processEvents()
    painted = _Painted()
    edit.viewport().installEventFilter(painted)
    try:
        action()
        QApplication.processEvents()
    finally:
        edit.viewport().removeEventFilter(painted)
    return painted.area


def rows_of(edit, number: int) -> QRect:
    """Where paragraph `number` is on screen, less the pixel a caret's rectangle may spill
    over its edges."""
    block = edit.document().findBlockByNumber(number)
    rect = edit.blockBoundingGeometry(block).translated(edit.contentOffset()).toAlignedRect()
    return rect.adjusted(0, 2, 0, -2)


def covers(area: QRegion, rect: QRect) -> bool:
    return area.intersected(QRegion(rect)) == QRegion(rect)


UNDERLINED = "You're a junkie and I recieve no calls.\nWe went to the lake.\nYou taught me to fish."


def test_a_key_in_an_underlined_paragraph_repaints_that_paragraph_only(qtbot, edit):
    """Qt repainted the whole box at each key in a paragraph holding an underline (issue
    14/16: a paragraph's underlines, applied again, read to Qt as a change running past it)."""
    edit.setPlainText(UNDERLINED)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.setPosition(len("You're a junkie and I recieve no calls"))
    edit.setTextCursor(cursor)
    assert set(underlines(edit)) == {"You're a junkie", "recieve"}  # the coach's and a dot
    for char in " so":
        area = painted_by(edit, lambda c=char: type_text(edit, c))
        assert area.intersects(rows_of(edit, 0))
        assert not area.intersects(rows_of(edit, 1))
        assert not area.intersects(rows_of(edit, 2))
    assert set(underlines(edit)) == {"You're a junkie", "recieve"}
    area = painted_by(edit, lambda: type_text(edit, " wierd "))  # a new mark: same paragraph
    assert spelling_marks(edit) == ["recieve", "wierd"]
    assert not area.intersects(rows_of(edit, 1))


def test_a_word_marked_as_the_caret_leaves_repaints_its_paragraph_only(qtbot, edit):
    edit.setPlainText(UNDERLINED)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(edit, " wierd")
    assert edit.highlighter.held is not None  # the word being typed is not marked yet
    area = painted_by(edit, lambda: edit.moveCursor(QTextCursor.MoveOperation.Start))
    last = edit.document().lastBlock()
    assert "wierd" in [last.text()[r.start : r.start + r.length] for r in last.layout().formats()]
    assert covers(area, rows_of(edit, 2))  # the dots appear under the word left
    assert not area.intersects(rows_of(edit, 1))


def test_underlines_applied_off_screen_cost_no_repaint_and_no_layout(qtbot, edit):
    """The idle pass over a long letter underlines paragraphs far below the box: nothing to
    repaint there, and each is laid out when it is drawn, not as it is underlined."""
    edit.setPlainText("\n".join(["We went to the lake."] * 40 + ["I recieve no calls."]))
    last = edit.document().lastBlock()
    assert (
        not edit.blockBoundingGeometry(last)
        .translated(edit.contentOffset())
        .intersects(edit.viewport().rect())
    )
    area = painted_by(edit, lambda: edit.highlighter.rehighlightBlock(last))
    assert area.isEmpty()
    assert last.layout().lineCount() == 0  # not laid out while off screen
    edit.moveCursor(QTextCursor.MoveOperation.End)  # scrolled to: drawn, underlined
    QApplication.processEvents()
    assert last.layout().lineCount() == 1
    assert [last.text()[r.start : r.start + r.length] for r in last.layout().formats()] == [
        "recieve"
    ]


def test_an_edit_across_paragraphs_still_repaints_each_of_them(qtbot, edit):
    edit.setPlainText(UNDERLINED)
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index("calls.") + len("calls"))
    cursor.setPosition(text.index("went"), QTextCursor.MoveMode.KeepAnchor)
    area = painted_by(edit, lambda: cursor.insertText("x\nWe "))  # as many paragraphs
    assert edit.toPlainText().split("\n")[:2] == [
        "You're a junkie and I recieve no callsx",
        "We went to the lake.",
    ]
    assert covers(area, rows_of(edit, 0))
    assert covers(area, rows_of(edit, 1))


def test_a_key_that_wraps_its_paragraph_repaints_what_moves_below(qtbot, edit):
    edit.setPlainText(UNDERLINED)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    edit.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    block = edit.document().firstBlock()
    rows = block.layout().lineCount()
    area = QRegion()
    while block.layout().lineCount() == rows:
        area = painted_by(edit, lambda: type_text(edit, " x"))
    assert covers(area, rows_of(edit, 1))  # the paragraphs below moved down a row
    assert covers(area, rows_of(edit, 2))


def test_a_misspelling_is_corrected_from_the_context_menu(qtbot, edit):
    type_text(edit, "I recieve your letters.")
    menu = edit.context_menu_at(point_at(edit, "recieve"))
    choices = [a.text() for a in menu.actions()]
    assert choices[0] == "receive"
    assert any(c == "Add “recieve” to my words" for c in choices)
    assert any("Paste" in c for c in choices)  # the usual editing menu follows
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert edit.toPlainText() == "I receive your letters."
    assert "receive" not in underlines(edit)
    edit.undo()
    assert edit.toPlainText() == "I recieve your letters."


def test_add_to_my_words_is_kept_for_this_user(qtbot, edit):
    type_text(edit, "We drove to Hazelden.")
    assert "Hazelden" in underlines(edit)
    menu = edit.context_menu_at(point_at(edit, "Hazelden"))
    next(a for a in menu.actions() if "to my words" in a.text()).trigger()
    assert "Hazelden" not in underlines(edit)
    assert "hazelden" in load_user_words()
    again = CoachedEdit(load_coach())  # a new box, as after a restart
    qtbot.addWidget(again)
    assert [m.word for m in again.misspellings()] == []
    again.setPlainText("Hazelden")
    assert again.misspellings() == []


def test_a_word_spelled_right_has_only_the_usual_menu(qtbot, edit):
    type_text(edit, "I love you.")
    menu = edit.context_menu_at(point_at(edit, "love"))
    assert not any("my words" in a.text() for a in menu.actions())


def test_the_plan_names_are_never_flagged_in_the_letters_step(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    edits = [*page.part_edits.values(), page.bottom_line]
    qtbot.waitUntil(lambda: all(e.spelling_ready() for e in edits), timeout=20000)
    names = {w for p in window.document.plan.participants for w in p.name.split()}
    names |= set(window.document.plan.loved_one.name.split())
    first = edits[0]
    first.moveCursor(QTextCursor.MoveOperation.End)
    type_text(first, " " + " ".join(sorted(names)) + " recieve")
    flagged = {m.word for m in first.misspellings()}
    assert flagged & names == set()
    assert "recieve" in flagged


def test_a_long_field_without_the_coach_checks_spelling_only(qtbot, user_dirs):
    box = CoachedEdit(None)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(box.spelling_ready, timeout=20000)
    box.setPlainText("You're a junkie and I recieve no calls.")
    assert box.findings() == []
    assert [m.word for m in box.misspellings()] == ["recieve"]

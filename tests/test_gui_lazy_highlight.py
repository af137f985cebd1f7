"""A long letter is underlined where it is on screen first and the rest when the window is
idle; once the idle pass is over, every paragraph shows what a full pass would show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from interventionplanner.storage.coach_rules import load_coach
from interventionplanner.ui.coached_edit import LAZY_FROM_CHARACTERS, CoachedEdit
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text, wait_on_lane

pytestmark = pytest.mark.gui

KIND = "I remember the lake and the long drives home, and how you laughed at the old car."
HARSH = "You're a junkie and you always lie to us."
WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def long_letter(paragraphs: int = 240) -> str:
    text = "\n".join(HARSH if n % 3 == 0 else KIND for n in range(paragraphs))
    assert len(text) > LAZY_FROM_CHARACTERS
    return text


def underlines(edit) -> list[tuple[int, int, int]]:
    """(paragraph, start, length) of every coach underline in the box."""
    found, block = [], edit.document().firstBlock()
    while block.isValid():
        found += [
            (block.blockNumber(), r.start, r.length)
            for r in block.layout().formats()
            if r.format.underlineStyle() == WAVE
        ]
        block = block.next()
    return found


def full_pass(edit) -> list[tuple[int, int, int]]:
    """What underlining every paragraph at once shows."""
    edit.highlighter.rehighlight()
    return underlines(edit)


@pytest.fixture
def box(qtbot):
    edit = CoachedEdit(load_coach(), spelling=False)
    qtbot.addWidget(edit)
    edit.resize(500, 300)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_a_long_letter_is_underlined_on_screen_first_and_whole_when_idle(qtbot, box):
    box.setPlainText(long_letter())
    assert box.highlight_pending()
    rows = {row for row, _start, _length in underlines(box)}
    assert 0 in rows  # the first paragraph, on screen, before anything is painted
    assert 237 not in rows  # far below: left for the idle pass
    with qtbot.waitSignal(box.highlighted, timeout=20_000):
        pass
    assert not box.highlight_pending()
    shown = underlines(box)
    assert {row for row, _s, _l in shown} == set(range(0, 240, 3))
    assert shown == full_pass(box)


def test_scrolling_ahead_of_the_idle_pass_underlines_what_comes_into_view(qtbot, box):
    box.setPlainText(long_letter())
    box.moveCursor(QTextCursor.MoveOperation.End)
    box.ensureCursorVisible()
    assert box.highlight_pending()  # the idle pass has not run: no event was served
    rows = {row for row, _start, _length in underlines(box)}
    assert 237 in rows
    assert 120 not in rows  # neither on screen at the start nor at the end
    with qtbot.waitSignal(box.highlighted, timeout=20_000):
        pass
    assert underlines(box) == full_pass(box)


def test_typing_during_the_idle_pass_leaves_nothing_out(qtbot, box):
    box.setPlainText(long_letter(3000))
    half_way = box.document().findBlockByNumber(1500)
    qtbot.waitUntil(lambda: bool(half_way.layout().formats()), timeout=20_000)
    assert box.highlight_pending()
    cursor = QTextCursor(box.document())
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor, 10)
    cursor.removeSelectedText()  # ten paragraphs fewer, before the pass's place
    box.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(box, HARSH)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # and one more
    qtbot.waitUntil(lambda: not box.highlight_pending(), timeout=20_000)
    assert underlines(box) == full_pass(box)
    assert box.document().blockCount() == 3000 - 10 + 1


def test_a_short_text_is_underlined_at_once(qtbot, box):
    box.setPlainText(f"{KIND}\n{HARSH}")
    assert not box.highlight_pending()
    assert {row for row, _s, _l in underlines(box)} == {1}


def test_a_letter_shown_while_the_coach_warms_up_is_underlined_once_it_is_warm(qtbot):
    """While the window's lane compiles the coach's rules, a text put in is underlined
    without the coach (compiling them on the window's thread held it for 0.2-0.6 s with a
    long letter), and with it as soon as they are in; what is typed waits too (its first key
    would compile the rest), and is underlined once they are in."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from interventionplanner.ui.coach_warmth import CoachWarmth

    window = QWidget()
    window.coach_warmth = CoachWarmth(window)
    box, short = (CoachedEdit(load_coach(), spelling=False) for _ in range(2))
    layout = QVBoxLayout(window)
    layout.addWidget(box)
    layout.addWidget(short)
    qtbot.addWidget(window)
    window.resize(500, 600)
    window.show()
    qtbot.waitExposed(window)
    window.coach_warmth.begin()
    box.setPlainText(long_letter())
    short.setPlainText(f"{KIND}\n{HARSH}")
    with qtbot.waitSignal(box.highlighted, timeout=20_000):
        pass
    assert underlines(box) == underlines(short) == []
    assert box.findings() == short.findings() == []  # nor does the page's list hold any yet
    short.moveCursor(QTextCursor.MoveOperation.End)
    type_text(short, " You always lie.")
    assert underlines(short) == []  # typed: not yet, nothing compiled in a keystroke
    with qtbot.waitSignal(short.highlighted):  # the page's list follows
        window.coach_warmth.end()
    assert {row for row, _s, _l in underlines(short)} == {1}
    assert 0 in {row for row, _s, _l in underlines(box)}  # what is on screen, at once
    with qtbot.waitSignal(box.highlighted, timeout=20_000):
        pass
    assert underlines(box) == full_pass(box)
    assert len(box.findings()) == 160  # "junkie" and "always" in each of 80 lines
    assert underlines(short) == full_pass(short)


def test_the_letters_step_lists_a_long_letters_suggestions_after_the_idle_pass(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    writer = window.document.plan.participants[0]
    window.document.set_field(writer.letter, "love_and_memory", long_letter())
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    edit = page.part_edits["love_and_memory"]
    assert page.writer is writer
    assert edit.toPlainText() == long_letter()
    # Once the window's lane has compiled the coach's rules (ui/coach_warmth.py).
    warm = window.coach_warmth
    wait_on_lane(qtbot, lambda: not warm.compiling and not edit.highlight_pending(), timeout=20_000)
    expected = len(edit.findings())
    assert expected >= 80
    qtbot.waitUntil(lambda: page.findings.rowCount() >= expected, timeout=20_000)
    assert writer.letter.love_and_memory == long_letter()  # underlining changes no words

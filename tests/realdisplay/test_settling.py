"""'Leave this as it is' with the keyboard alone, through the X server: the cursor on a
flagged phrase, the Menu key (then Shift+F10) opens the box's context menu with the coach's
reason first, Down and Return choose, and the underline goes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from tests.realdisplay.test_letter_parts import open_letters

pytestmark = pytest.mark.realdisplay

WORDS = "I love you. You are so selfish."
LEAVE = "Leave this as it is"
AGAIN = "Show the coach's notes again"


def coach_marks(edit) -> list[str]:
    block = edit.document().firstBlock()
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_a_note_is_left_as_it_is_with_the_keyboard(window, xkeys):
    page, mia = open_letters(window, xkeys)
    edit = page.part_edits["love_and_memory"]
    xkeys.key("alt+1", until=edit.hasFocus)
    xkeys.type(WORDS, until=lambda: mia.letter.love_and_memory == WORDS)
    # At once, or once the window's lane has compiled the coach's rules (a few seconds on
    # a busy machine: ui/coach_warmth.py).
    xkeys.qtbot.waitUntil(lambda: "selfish" in coach_marks(edit), timeout=30_000)
    xkeys.key("Left", "Left", "Left", until=lambda: edit.textCursor().position() == len(WORDS) - 3)

    entries: list[str] = []

    def leave(menu: QMenu) -> None:
        entries.extend(a.text() for a in menu.actions() if not a.isSeparator())
        xkeys.shot("settle-context-menu")
        xkeys.key("Down", until=lambda: menu.activeAction() is not None)
        assert menu.activeAction().text() == LEAVE  # the reason above it is not a choice
        xkeys.key("Return")

    shown = xkeys.when_menu(leave)
    xkeys.key("Menu", until=lambda: shown and not coach_marks(edit))
    assert entries[0] == page.findings.items[0][1].message if page.findings.items else True
    assert entries[1] == LEAVE
    assert [n.category for n in mia.letter.settled] == ["insult"]
    xkeys.wait(lambda: page.findings.rowCount() == 0, "for the list of suggestions to follow")
    xkeys.wait(edit.hasFocus, "for the keys to come back to the letter")
    xkeys.shot("settle-after")

    def again(menu: QMenu) -> None:
        entries[:] = [a.text() for a in menu.actions() if not a.isSeparator()]
        xkeys.key("Up", until=lambda: menu.activeAction() is not None)
        assert menu.activeAction().text() == AGAIN  # the last entry
        xkeys.key("Return")

    shown = xkeys.when_menu(again)
    xkeys.key("shift+F10", until=lambda: shown and "selfish" in coach_marks(edit))
    assert mia.letter.settled == []

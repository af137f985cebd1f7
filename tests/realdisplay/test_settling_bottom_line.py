"""'Leave this as it is' in the bottom line, with the keyboard alone through the X server:
Alt+I opens the bottom line's tab, Tab reaches its box, and the Menu key opens the same
context menu as in the letter's parts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from tests.realdisplay.test_letter_parts import open_letters
from tests.realdisplay.test_settling import LEAVE, coach_marks

pytestmark = pytest.mark.realdisplay

WORDS = "If you say no today, I will stop paying your rent. You are so selfish."


def test_a_bottom_line_note_is_left_as_it_is_with_the_keyboard(window, xkeys):
    page, mia = open_letters(window, xkeys)
    edit = page.bottom_line
    xkeys.key("alt+i", until=edit.isVisible)  # "Bottom line (only &if needed)"
    xkeys.tab_to(edit)
    xkeys.type(WORDS, until=lambda: mia.letter.bottom_line == WORDS)
    # At once, or once the window's lane has compiled the coach's rules (ui/coach_warmth.py).
    xkeys.wait(lambda: "selfish" in coach_marks(edit), "for the underline", timeout_ms=30_000)
    xkeys.key("Left", "Left", "Left", until=lambda: edit.textCursor().position() == len(WORDS) - 3)

    entries: list[str] = []

    def leave(menu: QMenu) -> None:
        entries.extend(a.text() for a in menu.actions() if not a.isSeparator())
        xkeys.shot("settle-bottom-line-menu")
        xkeys.key("Down", until=lambda: menu.activeAction() is not None)
        assert menu.activeAction().text() == LEAVE  # the reason above it is not a choice
        xkeys.key("Return")

    shown = xkeys.when_menu(leave)
    xkeys.key("Menu", until=lambda: shown and not coach_marks(edit))
    assert entries[1] == LEAVE
    assert [(n.sentence, n.category) for n in mia.letter.settled] == [
        ("you are so selfish.", "insult")
    ]
    assert mia.letter.bottom_line == WORDS  # the words are the writer's
    xkeys.wait(edit.hasFocus, "for the keys to come back to the bottom line")
    xkeys.wait(page.settled_note.isVisible, "for the count of notes left as they are")

"""Adding a review note from the keyboard, through the X server: words selected with
Shift+Home, Ctrl+Alt+M, the note typed into the dialog, Ctrl+Enter, and the keys are back in
the letter."""

from __future__ import annotations

import pytest

from interventionplanner.ui.review_notes import NoteDialog
from tests.realdisplay.test_letter_parts import open_letters

pytestmark = pytest.mark.realdisplay

WORDS = "You missed the school play in May."
NOTE = "Which day in May? Say how you felt."


def test_a_note_is_added_with_the_keyboard_alone(window, xkeys):
    page, mia = open_letters(window, xkeys)
    seen = page.part_edits["what_i_have_seen"]
    xkeys.key("alt+2", until=seen.hasFocus)
    xkeys.type(WORDS, until=lambda: mia.letter.what_i_have_seen == WORDS)
    xkeys.key("shift+Home", until=lambda: seen.textCursor().hasSelection())

    def answer(dialog) -> None:
        assert isinstance(dialog, NoteDialog)
        xkeys.wait(dialog.text.hasFocus, "for the note box to have the keys")
        xkeys.type(NOTE, until=lambda: dialog.text.toPlainText() == NOTE)
        xkeys.shot("review-note-dialog")
        xkeys.key("ctrl+Return")

    shown = xkeys.when_modal(answer)
    xkeys.key("ctrl+alt+m", until=lambda: shown and mia.letter.notes)
    (note,) = mia.letter.notes
    assert (note.part, note.anchor, note.text) == ("what_i_have_seen", WORDS, NOTE)
    xkeys.wait(seen.hasFocus, "for the keys to come back to the letter")
    xkeys.wait(lambda: page.notes_panel.model.rowCount() == 1, "for the note beside the letter")
    xkeys.shot("review-note-added")
    xkeys.type(" It hurt.", until=lambda: mia.letter.what_i_have_seen.endswith("It hurt."))
    assert mia.letter.what_i_have_seen == WORDS + " It hurt."  # typing on replaced nothing

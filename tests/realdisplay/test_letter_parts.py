"""The letter, one part at a time, typed through the X server: Alt+number chooses a part and
leaves the keyboard in it; a misspelling typed there is underlined in the spelling style."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from interventionplanner.domain.display import letter_length
from interventionplanner.domain.plan import Participant, Role
from interventionplanner.ui.coached_edit import SPELLING_COLOUR
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay


def open_letters(window, xkeys):
    xkeys.activate(window)
    xkeys.click(
        window.wizard.welcome.new_button,
        until=lambda: window.wizard.currentId() == PageId.LOVED_ONE,
    )
    mia = Participant(name="Mia", roles=[Role.SPEAKER])
    window.document.update("participants", lambda plan: plan.participants.append(mia))
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    xkeys.wait(lambda: page.writer is mia, "for Mia's letter")
    return page, mia


def spelling_marks(edit) -> list[str]:
    block = edit.document().firstBlock()
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
        and r.format.underlineColor().name() == SPELLING_COLOUR
    ]


def test_alt_and_a_number_chooses_the_part_and_the_keys_land_in_it(window, xkeys):
    page, mia = open_letters(window, xkeys)
    seen = page.part_edits["what_i_have_seen"]
    xkeys.key("alt+2", until=seen.hasFocus)
    assert page.part_stack.currentWidget() is seen
    xkeys.type("Last spring you missed my birthday.", until=lambda: mia.letter.what_i_have_seen)
    xkeys.wait(lambda: mia.letter.what_i_have_seen == "Last spring you missed my birthday.")
    hope = page.part_edits["my_hope"]
    xkeys.key("alt+3", until=hope.hasFocus)
    xkeys.type("I hope we fish again.", until=lambda: mia.letter.my_hope == "I hope we fish again.")
    xkeys.shot("letter-part-3")
    assert mia.letter.what_i_have_seen == "Last spring you missed my birthday."
    assert window.wizard.currentId() == PageId.LETTERS


def test_a_misspelling_typed_in_a_letter_is_underlined(window, xkeys):
    page, mia = open_letters(window, xkeys)
    edit = page.part_edits["love_and_memory"]
    xkeys.key("alt+1", until=edit.hasFocus)
    xkeys.wait(edit.spelling_ready, "for the dictionary")
    xkeys.type("I remeber", until=lambda: "remeber" in mia.letter.love_and_memory)
    assert spelling_marks(edit) == []  # the word being typed waits until the caret leaves it
    xkeys.type(" the lake, Mia.", until=lambda: "lake" in mia.letter.love_and_memory)
    xkeys.wait(lambda: spelling_marks(edit) == ["remeber"], "for the spelling underline")
    xkeys.wait(lambda: page.stats.text() != letter_length(0, 0), "the letter's length shown")
    xkeys.shot("letter-spelling")
    assert "Mia" not in spelling_marks(edit)  # names in the plan are never flagged

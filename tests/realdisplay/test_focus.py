"""Point 1 of issue 12: every key typed into a step lands in the field that has focus."""

from __future__ import annotations

import pytest

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay


def start_new_plan(xkeys, window):
    xkeys.activate(window)
    xkeys.click(
        window.wizard.welcome.new_button,
        until=lambda: window.wizard.currentId() == PageId.LOVED_ONE,
    )


def test_a_name_clicked_and_typed_holds_every_letter(window, xkeys):
    start_new_plan(xkeys, window)
    name = window.wizard.loved_one.name
    xkeys.click(name, until=name.hasFocus)
    xkeys.type("Aunt Rose", until=lambda: name.text() == "Aunt Rose")
    xkeys.shot("focus-loved-one-typed")
    assert name.hasFocus()
    assert window.wizard.currentId() == PageId.LOVED_ONE
    assert window.document.plan.loved_one.name == "Aunt Rose"


def test_a_letter_typed_after_a_click_stays_in_the_letter(window, xkeys):
    from interventionplanner.domain.plan import Participant, Role

    start_new_plan(xkeys, window)
    window.document.plan.participants.append(Participant(name="Mia", roles=[Role.SPEAKER]))
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    xkeys.wait(lambda: page.writer is not None, "for the writer")
    edit = next(iter(page.part_edits.values()))
    xkeys.click(edit, until=edit.hasFocus)
    text = "Rose, I remember the lake.\n\nLove, Mia"
    xkeys.type(text, until=lambda: edit.toPlainText() == text)
    assert edit.hasFocus()
    assert window.wizard.currentId() == PageId.LETTERS


def test_a_place_typed_on_the_meeting_step_stays_there(window, xkeys):
    start_new_plan(xkeys, window)
    xkeys.key("alt+n", until=lambda: window.wizard.currentId() == PageId.MEETING)
    place = window.wizard.meeting.place
    xkeys.click(place, until=place.hasFocus)
    xkeys.type("Rose's kitchen", until=lambda: place.text() == "Rose's kitchen")
    assert window.wizard.currentId() == PageId.MEETING

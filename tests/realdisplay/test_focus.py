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

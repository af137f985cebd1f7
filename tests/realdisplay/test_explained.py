"""Point 13 of issue 12: an age field, "several substances" ticked by itself, and roles
explained where they are chosen. (Discard's keyboard letter is in test_dialogs.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from interventionplanner.domain.display import role_hint
from interventionplanner.domain.plan import RiskFlag, Role
from interventionplanner.ui.pages.loved_one import SUBSTANCE_ID
from interventionplanner.ui.wizard import PageId
from tests.realdisplay.test_focus import start_new_plan

pytestmark = pytest.mark.realdisplay


def test_age_is_typed_and_two_substances_mean_several(window, xkeys):
    start_new_plan(xkeys, window)
    page = window.wizard.loved_one
    xkeys.key("alt+g", until=page.age.hasFocus)
    xkeys.type("27", until=lambda: window.document.plan.loved_one.age == 27)
    several = page.risk_boxes[RiskFlag.SEVERAL_SUBSTANCES]
    xkeys.key("alt+u", until=page.substance_view.hasFocus)
    view = page.substance_view
    ticked = 0
    while ticked < 2:
        here = view.currentIndex()
        xkeys.key("Down", until=lambda h=here: view.currentIndex() != h)
        if view.currentIndex().data(SUBSTANCE_ID):
            assert not several.isChecked()  # one substance is not several
            xkeys.key(
                "space",
                until=lambda n=ticked: len(window.document.plan.loved_one.substances) == n + 1,
            )
            ticked += 1
    xkeys.wait(several.isChecked, "for several substances to be ticked")
    xkeys.shot("explained-1-age-and-several")
    assert RiskFlag.SEVERAL_SUBSTANCES in window.document.plan.loved_one.risk_flags
    assert view.currentIndex().data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value


def test_roles_and_the_reader_are_explained_in_the_person_dialog(window, xkeys):
    start_new_plan(xkeys, window)
    for _ in range(2):
        here = window.wizard.currentId()
        xkeys.key("alt+n", until=lambda h=here: window.wizard.currentId() != h)
    assert window.wizard.currentId() == PageId.PARTICIPANTS
    page = window.wizard.participants
    xkeys.key("alt+a", until=lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    xkeys.wait(dialog.isActiveWindow, "for the person dialog")
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    for role in Role:
        assert role_hint(role) in shown, role
    assert any("reads their letter aloud" in text for text in shown)
    xkeys.shot("explained-2-roles")
    # Keyboard letters tick the roles.
    xkeys.key("alt+g", until=dialog.role_boxes[Role.LOGISTICS].isChecked)
    xkeys.key("Escape", until=lambda: not dialog.isVisible())

"""The "Before the day" dock, made when first opened, through real keys and a real mouse."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay


def test_f7_the_file_menu_and_the_close_button_open_and_close_the_checklist(window, xkeys):
    action = window.checklist_action
    xkeys.activate(window)
    xkeys.click(
        window.wizard.welcome.example_button,
        until=lambda: window.wizard.currentId() == PageId.LOVED_ONE,
    )
    assert window._preflight is None  # not made until asked for
    xkeys.key("F7", until=lambda: window.preflight.isVisible())
    assert action.isChecked()
    xkeys.shot("checklist-open")
    close = window.preflight.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    xkeys.click(close, until=lambda: not window.preflight.isVisible())
    assert not action.isChecked()
    xkeys.key("alt+f", "d", until=lambda: window.preflight.isVisible())  # Before the &day
    assert action.isChecked()
    xkeys.key("F7", until=lambda: not window.preflight.isVisible())
    assert not action.isChecked()

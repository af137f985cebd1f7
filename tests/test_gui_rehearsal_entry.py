"""Rehearsal is reachable from the steps where a family needs it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def test_rehearse_a_letter_from_the_letters_step(qtbot, window):
    from interventionplanner.ui.prompter import PrompterWindow

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    qtbot.mouseClick(page.rehearse_button, Qt.MouseButton.LeftButton)
    (prompter,) = window.rehearsals
    assert isinstance(prompter, PrompterWindow)
    assert prompter.isVisible()
    assert page.writer.name in " ".join(label.text() for label in prompter.findChildren(QLabel))
    qtbot.keyClick(prompter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.rehearsals)


def test_run_through_and_role_play_from_the_order_step(qtbot, window):
    from interventionplanner.ui.role_play import RolePlayWindow
    from interventionplanner.ui.run_through import RunThroughWindow

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.ORDER)
    page = window.wizard.order
    qtbot.mouseClick(page.run_through_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.role_play_button, Qt.MouseButton.LeftButton)
    kinds = {type(w) for w in window.rehearsals}
    assert kinds == {RunThroughWindow, RolePlayWindow}
    window.close()  # closing the plan closes its rehearsal windows too
    qtbot.waitUntil(lambda: not window.rehearsals)

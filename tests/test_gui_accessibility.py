"""Everyone can use it: every input has a name, and the keyboard reaches everything."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWizard,
)

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui
INPUTS = (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QAbstractButton,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def accessible_name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def tab_through(qtbot, window, limit=80):
    """Press Tab until focus comes back round; return every widget that took focus."""
    seen = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if seen and widget is seen[-1]:
            continue  # Tab steps through a date box's day, month and year first
        if widget in seen:
            break
        seen.append(widget)
    return seen


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_focusable_input_has_a_name(qtbot, window, page_id):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(page_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.wizard.ready_page(page_id) is not None)  # not "One moment…"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached = tab_through(qtbot, window)
    page = window.wizard.currentPage()
    inputs = [w for w in reached if isinstance(w, INPUTS) and page.isAncestorOf(w)]
    assert inputs, "Tab reached no input on this step"
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in inputs if not accessible_name(w)]
    assert unnamed == []
    # Tab also reaches the wizard's own buttons, so Next and Back work without a mouse.
    next_or_finish = (
        window.wizard.button(QWizard.WizardButton.NextButton),
        window.wizard.button(QWizard.WizardButton.FinishButton),
    )
    if page_id != PageId.WELCOME:
        assert any(button in reached for button in next_or_finish)


def test_escape_never_closes_or_saves(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(window.wizard.saveRequested):
        qtbot.keyClick(window.wizard.loved_one.name, Qt.Key.Key_Escape)
    assert window.wizard.isVisible()
    assert window.wizard.currentId() == PageId.LOVED_ONE


def test_every_page_input_is_reachable_by_tab(qtbot, window):
    """No input on the loved-one step is stranded outside the Tab order."""
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    page = window.wizard.loved_one
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached = set(tab_through(qtbot, window))
    expected = [
        page.name,
        page.preferred_name,
        page.pronouns,
        page.duration,
        page.prescribed,
        page.substance_view,
        page.other_substances,
        *page.risk_boxes.values(),
    ]
    assert [w for w in expected if w not in reached] == []


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].lower() if match else None


@pytest.mark.parametrize("page_id", list(PageId))
def test_no_two_keyboard_shortcuts_on_a_step_share_a_letter(window, page_id):
    """Alt+letter must do one thing: a clash would make Alt+N stop meaning Next."""
    page = window.wizard.step(page_id)
    texts = [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    buttons = (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)
    if page_id == max(PageId):  # the last step shows Finish ("Save plan") instead of Next
        buttons = (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton)
    texts += [window.wizard.buttonText(b) for b in buttons]
    texts += [action.text() for action in window.menuBar().actions()]
    letters = [m for m in map(mnemonic, texts) if m]
    assert sorted(letters) == sorted(set(letters)), texts


def test_the_person_dialog_has_one_letter_per_shortcut(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.PARTICIPANTS)
    window.wizard.participants.add_person()
    dialog = window.wizard.participants.dialog
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = [m for m in map(mnemonic, texts) if m]
    assert sorted(letters) == sorted(set(letters)), texts
    assert all(accessible_name(w) for w in dialog.findChildren(QLineEdit))
    dialog.reject()

"""Quick hide and hiding when idle: nothing of the plan left in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolBar,
    QWidget,
)

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def visible_plan_widgets(window) -> list:
    """Inputs and lists showing, other than the cover's own calendar."""
    kinds = (QLineEdit, QPlainTextEdit, QAbstractItemView)
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not window.cover.isAncestorOf(w)
    ]


def visible_text(window) -> str:
    return " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())


def test_f12_hides_everything_and_show_brings_it_back(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    window.checklist_action.trigger()
    assert visible_plan_widgets(window)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.cover.isVisible()
    assert visible_plan_widgets(window) == []
    assert "Danny" not in visible_text(window)
    assert "Marsh" not in visible_text(window)
    assert window.windowTitle() == "Planner"
    assert not window.preflight.isVisible()
    # Nothing tells an onlooker that something is hidden: no greyed menus, no "Hidden".
    assert not window.menuBar().isVisible()
    assert not any(bar.isVisible() for bar in window.findChildren(QToolBar))
    assert window.cover.calendar.isVisible()
    assert "hidden" not in visible_text(window).lower()

    qtbot.keyClick(window, Qt.Key.Key_F12)  # the same key brings it back
    assert not window.cover.isVisible()
    assert window.wizard.currentId() == PageId.LETTERS
    assert window.preflight.isVisible()
    assert window.menuBar().isVisible()
    assert window.windowTitle() == "Intervention Planner — Example plan"

    window.hide_plan()
    qtbot.mouseClick(window.cover.show_button, Qt.MouseButton.LeftButton)
    assert not window.cover.isVisible()


def test_the_visible_hide_button_works_too(qtbot, window):
    from PySide6.QtWidgets import QToolBar

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    toolbar = window.findChild(QToolBar, "privacy")
    button = toolbar.widgetForAction(window.hide_action)
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.cover.isVisible()


def test_hiding_clears_the_clipboard_only_if_it_holds_plan_words(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard()
    clipboard.setText("a shopping list")
    window.hide_plan()
    assert clipboard.text() == "a shopping list"
    window.show_plan()
    words = window.document.plan.participants[0].letter.my_hope.split(".")[0]
    clipboard.setText(words)
    window.hide_plan()
    assert clipboard.text() == ""


def test_hiding_when_idle_is_off_until_chosen(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    assert window.settings.idle_minutes == 0
    assert not window.idle.timer.isActive()
    window.set_idle_minutes(5)
    assert window.settings.idle_minutes == 5
    assert window.idle.timer.isActive()
    window.idle.timer.setInterval(30)  # five minutes would be a long test
    window.idle.timer.start()
    qtbot.waitUntil(window.cover.isVisible)
    assert visible_plan_widgets(window) == []


def test_file_dialogs_start_beside_the_plan_else_in_documents(tmp_path, monkeypatch, qtbot):
    from pathlib import Path
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from interventionplanner.ui.dialogs import start_folder

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    plain = QWidget()
    qtbot.addWidget(plain)
    assert start_folder(plain) == home / "Documents"
    assert start_folder(None) == home / "Documents"
    plain.document = SimpleNamespace(path=tmp_path / "papers" / "ours.ivplan")
    (tmp_path / "papers").mkdir()
    assert start_folder(plain) == tmp_path / "papers"
    plain.document = SimpleNamespace(path=Path("/nowhere/at/all/ours.ivplan"))
    assert start_folder(plain) == home / "Documents"  # a folder that is gone is skipped


def test_a_step_reads_what_changed_while_the_plan_was_covered(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LOVED_ONE)
    qtbot.waitUntil(lambda: window.wizard.ready_page(PageId.LOVED_ONE) is not None)
    page = window.wizard.ready_page(PageId.LOVED_ONE)
    window.hide_plan()
    window.document.set("loved_one/preferred_name", "Dan")  # e.g. a restore
    assert page.fields["preferred_name"].text() != "Dan"  # hidden: not read yet
    window.show_plan()
    assert page.fields["preferred_name"].text() == "Dan"


def test_the_idle_menu_offers_its_choices_when_opened(qtbot, window):
    window.set_idle_minutes(15)
    window.idle_menu.aboutToShow.emit()  # made when first opened, not at start-up
    window.idle_menu.aboutToShow.emit()  # once
    actions = window.idle_menu.actions()
    assert [a.isChecked() for a in actions] == [False, False, True, False]
    actions[1].trigger()
    assert window.settings.idle_minutes == 5
    assert [a.isChecked() for a in actions] == [False, True, False, False]
    window.set_idle_minutes(0)

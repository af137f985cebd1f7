"""Role-play cards over the example plan: in order, answers hidden until asked for, and
"needs work" marked on the plan so the treatment step shows it in words."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from interventionplanner.ui.role_play import RolePlayWindow
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui

IF_THEY_SAY = 2


@pytest.fixture
def role_play(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    cards = RolePlayWindow(window.document)  # deletes itself on close, so not addWidget
    cards.show()
    qtbot.waitExposed(cards)
    cards.activateWindow()
    qtbot.waitUntil(cards.isActiveWindow)
    yield cards
    if shiboken6.isValid(cards):
        cards.close()


def test_the_cards_come_in_the_plans_order_with_the_answer_hidden(qtbot, window, role_play):
    objections = [o for o in window.document.plan.objections if o.objection.strip()]
    assert len(objections) >= 2
    seen = []
    for number, objection in enumerate(objections, start=1):
        assert role_play.counter.text() == f"Card {number} of {len(objections)}"
        assert role_play.objection_label.text() == objection.objection
        seen.append(role_play.objection_label.text())
        assert not role_play.answer_label.isVisible()
        assert objection.answer not in role_play.answer_label.text()
        if number % 2:
            qtbot.keyClick(role_play, Qt.Key.Key_Space)
        else:
            qtbot.mouseClick(role_play.show_button, Qt.MouseButton.LeftButton)
        assert role_play.answer_label.isVisible()
        assert role_play.answer_label.text() == objection.answer.strip()
        key = Qt.Key.Key_Right if number % 2 else Qt.Key.Key_PageDown
        qtbot.keyClick(role_play, key)
    assert seen == [o.objection for o in objections]
    assert role_play.summary_label.isVisible()
    assert role_play.summary_label.text() == "No answers marked as needing work."
    assert not window.document.dirty


def test_needs_work_is_marked_on_the_plan_and_shown_on_the_treatment_step(qtbot, window, role_play):
    plan = window.document.plan
    objections = [o for o in plan.objections if o.objection.strip()]
    marked = [0, len(objections) - 1]
    for number in range(len(objections)):
        if number in marked:
            qtbot.mouseClick(role_play.needs_work_button, Qt.MouseButton.LeftButton)
            assert objections[number].needs_work
            assert "needs work" in role_play.marked_label.text()
        qtbot.mouseClick(role_play.next_button, Qt.MouseButton.LeftButton)
    assert [i for i, o in enumerate(objections) if o.needs_work] == marked
    assert window.document.dirty
    assert role_play.summary_label.text() == "2 answers marked as needing work"
    assert objections[0].objection in role_play.details_label.text()

    window.wizard.go_to(PageId.TREATMENT)
    page = window.wizard.treatment
    page.tabs.setCurrentIndex(IF_THEY_SAY)
    model = page.objections_model
    column = next(c for c, spec in enumerate(model.columns) if spec.attribute == "needs_work")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Needs work"
    rows = [plan.objections.index(objections[i]) for i in marked]
    for row in range(model.rowCount()):
        cell = model.index(row, column)
        if row in rows:
            assert cell.data() == "needs work"  # in words, beside the tick
            assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "needs work"
            assert cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        else:
            assert not cell.data()
            assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "answer ready"


def test_needs_work_can_be_taken_back_and_ticked_on_the_treatment_step(qtbot, window, role_play):
    objection = role_play.role_play.current
    role_play.needs_work_button.click()
    assert objection.needs_work
    role_play.needs_work_button.click()
    assert not objection.needs_work

    window.wizard.go_to(PageId.TREATMENT)
    model = window.wizard.treatment.objections_model
    cell = model.index(0, 2)
    assert model.setData(cell, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert window.document.plan.objections[0].needs_work
    assert cell.data() == "needs work"


def test_escape_closes(qtbot, role_play):
    closed = []
    role_play.destroyed.connect(lambda: closed.append(True))
    qtbot.keyClick(role_play, Qt.Key.Key_Escape)
    assert not role_play.isVisible()
    qtbot.waitUntil(lambda: closed == [True])


def test_no_objections_says_where_to_add_them(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    window.document.plan.objections.clear()
    cards = RolePlayWindow(window.document)
    cards.show()
    assert cards.summary_label.isVisible()
    assert "no objections" in cards.summary_label.text()
    cards.close()


def test_every_button_has_a_name_and_no_fixed_size(role_play):
    from PySide6.QtWidgets import QPushButton, QWidget

    for button in role_play.findChildren(QPushButton):
        assert button.accessibleName()
    for widget in role_play.findChildren(QWidget):
        assert widget.maximumWidth() > 10000 or widget.maximumWidth() == 16777215


def test_space_shows_the_answer_even_when_a_button_has_the_focus(qtbot, role_play):
    first = role_play.role_play.current
    role_play.next_button.setFocus()
    qtbot.waitUntil(role_play.next_button.hasFocus)
    qtbot.keyClick(role_play.next_button, Qt.Key.Key_Space)
    assert role_play.role_play.current is first  # not put away
    assert role_play.answer_label.isVisible()

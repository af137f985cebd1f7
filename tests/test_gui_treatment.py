"""The treatment step, driven as a person would: typing, Space, F2, Insert and Delete."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWizard,
)

from interventionplanner.domain.plan import Objection, Prescription
from interventionplanner.ui.wizard import PageId
from tests.conftest import TODAY, type_text
from tests.test_gui_accessibility import INPUTS, accessible_name, mnemonic
from tests.test_gui_wizard import add_person_by_keyboard, tick_substance

pytestmark = pytest.mark.gui

TREATMENT, CHECKLIST, IF_THEY_SAY, WORDS = range(4)


def open_example(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.TREATMENT)
    assert window.wizard.currentId() == PageId.TREATMENT
    return window.wizard.treatment


def start_new_plan(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.TREATMENT)
    assert window.wizard.currentId() == PageId.TREATMENT
    return window.wizard.treatment


def tab_walk(qtbot, window, limit=150):
    """Press Tab until focus comes back round; every widget that took focus, in order.

    A date and time box takes several presses: Tab moves through its parts first."""
    seen = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if seen and widget is seen[-1]:
            continue
        if widget in seen:
            break
        seen.append(widget)
    return seen


def focus(qtbot, window, widget):
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def editor(qtbot, view):
    """The cell editor the view opened, which has the keyboard now."""
    qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget() or view))
    return QApplication.focusWidget()


def finish_edit(qtbot, window, widget):
    """Enter ends the edit, and only that: the wizard stays on this step."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not widget)
    assert window.wizard.currentId() == PageId.TREATMENT


def edit_cell(qtbot, window, view, row, column, text):
    """Choose a cell, press F2, replace what is there, press Enter."""
    focus(qtbot, window, view)
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = editor(qtbot, view)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(line, text)
    finish_edit(qtbot, window, line)


# --- the treatment tab -----------------------------------------------------------------------


def test_what_is_typed_lands_in_the_plan(qtbot, window):
    page = start_new_plan(qtbot, window)
    type_text(page.facility, "Centre Léa Roy")
    qtbot.keyClicks(page.address, "12 Bay Road")
    qtbot.keyClicks(page.phone, "555 0100")
    page.admission_at.setDateTime(QDateTime(datetime(2027, 2, 6, 13, 30)))
    for check in (page.bed_confirmed, page.payment_settled, page.bag_packed):
        qtbot.keyClick(check, Qt.Key.Key_Space)
    type_text(page.travel_notes, "Forty minutes. Leave by 12:45.")

    treatment = window.document.plan.treatment
    assert treatment.facility == "Centre Léa Roy"
    assert treatment.address == "12 Bay Road"
    assert treatment.phone == "555 0100"
    assert treatment.admission_at == datetime(2027, 2, 6, 13, 30)
    assert (treatment.bed_confirmed, treatment.payment_settled, treatment.bag_packed) == (
        True,
        True,
        True,
    )
    assert (treatment.pre_intake_done, treatment.supervised_withdrawal_arranged) == (False, False)
    assert treatment.travel_notes == "Forty minutes. Leave by 12:45."
    assert window.document.dirty


def test_the_driver_is_chosen_from_the_team_as_it_is_now(qtbot, window):
    start_new_plan(qtbot, window)
    page = window.wizard.treatment
    assert [page.driver.itemText(i) for i in range(page.driver.count())] == ["(not chosen yet)"]

    window.wizard.go_to(PageId.PARTICIPANTS)
    add_person_by_keyboard(qtbot, window, "Mia", "aunt", "")
    window.wizard.go_to(PageId.TREATMENT)
    assert [page.driver.itemText(i) for i in range(page.driver.count())] == [
        "(not chosen yet)",
        "Mia",
    ]
    focus(qtbot, window, page.driver)
    qtbot.keyClick(page.driver, Qt.Key.Key_Down)
    mia = window.document.plan.participants[0]
    assert window.document.plan.treatment.driver_id == mia.id

    window.wizard.go_to(PageId.PARTICIPANTS)
    add_person_by_keyboard(qtbot, window, "Ken", "brother", "")
    window.wizard.go_to(PageId.TREATMENT)
    assert page.driver.count() == 3
    assert page.driver.currentText() == "Mia"


def test_the_supervision_flag_shows_only_when_a_substance_needs_it(qtbot, window):
    page = open_example(qtbot, window)  # Danny takes alprazolam
    assert page.tabs.currentIndex() == TREATMENT
    assert page.supervision_note.isVisible()
    assert "seizures" in page.supervision_note.text()
    assert "Source: U.S. Food and Drug Administration, 2020" in page.supervision_note.text()
    assert "seizures" in page.supervised_withdrawal.accessibleDescription()

    window.new_action.trigger()
    tick_substance(qtbot, window.wizard.loved_one, "cannabis")
    window.wizard.go_to(PageId.TREATMENT)
    assert window.document.plan.loved_one.substances == ["cannabis"]
    assert not page.supervision_note.isVisible()

    # A substance ticked on an earlier step shows here when the family comes back.
    window.wizard.go_to(PageId.LOVED_ONE)
    tick_substance(qtbot, window.wizard.loved_one, "alcohol")
    window.wizard.go_to(PageId.TREATMENT)
    assert page.supervision_note.isVisible()
    assert "Source:" in page.supervision_note.text()


def test_a_prescription_is_added_and_edited_by_keyboard(qtbot, window):
    page = open_example(qtbot, window)
    view, model = page.prescriptions_view, page.prescriptions_model
    prescriptions = window.document.plan.treatment.prescriptions
    assert model.rowCount() == 2
    assert view.accessibleName() == "Current prescriptions"

    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new row, its first cell open for typing
    line = editor(qtbot, view)
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "sertraline")
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # on to the dose
    line = editor(qtbot, view)
    qtbot.keyClicks(line, "50 mg once daily")
    finish_edit(qtbot, window, line)
    assert prescriptions[2] == Prescription("sertraline", "50 mg once daily", "")

    edit_cell(qtbot, window, view, 2, 2, "Dr. Ana Ruiz")
    assert prescriptions[2].prescriber == "Dr. Ana Ruiz"

    # Typing on a chosen cell replaces it, as in a spreadsheet.
    focus(qtbot, window, view)
    view.setCurrentIndex(model.index(2, 0))
    type_text(view, "Z")
    line = editor(qtbot, view)
    qtbot.keyClicks(line, "oloft")
    finish_edit(qtbot, window, line)
    assert prescriptions[2].drug == "Zoloft"
    assert model.index(2, 0).data() == "Zoloft"

    # Remove asks nothing: it is one small row.
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [p.drug for p in prescriptions] == ["alprazolam", "Zoloft"]
    qtbot.mouseClick(page.remove_prescription_button, Qt.MouseButton.LeftButton)
    assert [p.drug for p in prescriptions] == ["alprazolam"]
    assert "never gives advice about doses" in page.prescriptions_note.text()


def test_the_add_button_opens_the_new_row_for_typing(qtbot, window):
    page = start_new_plan(qtbot, window)
    assert not page.remove_prescription_button.isEnabled()
    qtbot.mouseClick(page.add_prescription_button, Qt.MouseButton.LeftButton)
    line = editor(qtbot, page.prescriptions_view)
    type_text(line, "naloxone")
    finish_edit(qtbot, window, line)
    assert window.document.plan.treatment.prescriptions == [Prescription("naloxone")]
    assert page.remove_prescription_button.isEnabled()


def test_enter_in_a_table_never_presses_the_wizard_button(qtbot, window):
    page = open_example(qtbot, window)  # the last step: the default button saves
    view, model = page.prescriptions_view, page.prescriptions_model
    with qtbot.assertNotEmitted(window.wizard.saveRequested):
        focus(qtbot, window, view)
        view.setCurrentIndex(model.index(0, 1))
        qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on a cell starts editing it
        line = editor(qtbot, view)
        assert line.text() == window.document.plan.treatment.prescriptions[0].dose
        qtbot.keyClick(line, Qt.Key.Key_Escape)  # and Escape leaves it as it was
        qtbot.waitUntil(view.hasFocus)
        page.tabs.setCurrentIndex(CHECKLIST)
        focus(qtbot, window, page.tasks_view)
        page.tasks_view.setCurrentIndex(page.tasks_model.index(0, 3))
        qtbot.keyClick(page.tasks_view, Qt.Key.Key_Enter)  # a tick box: nothing to edit
    assert window.wizard.currentId() == PageId.TREATMENT
    assert not window.document.dirty


# --- the checklist ---------------------------------------------------------------------------


def test_a_task_is_ticked_with_space_and_given_an_owner(qtbot, window):
    page = open_example(qtbot, window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Check&list
    assert page.tabs.currentIndex() == CHECKLIST
    view, model = page.tasks_view, page.tasks_model
    plan = window.document.plan
    task = plan.tasks[-1]
    assert not task.done
    row = len(plan.tasks) - 1

    focus(qtbot, window, view)
    view.setCurrentIndex(model.index(row, 3))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert task.done
    assert model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not task.done

    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = editor(qtbot, view)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "Ray")
    finish_edit(qtbot, window, combo)
    ray = next(p for p in plan.participants if p.name == "Ray Doyle")
    assert task.owner_id == ray.id
    assert model.index(row, 1).data() == "Ray Doyle"


def test_a_due_date_starts_at_today_and_can_be_cleared(qtbot, window):
    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(CHECKLIST)
    view, model = page.tasks_view, page.tasks_model
    qtbot.mouseClick(page.add_task_button, Qt.MouseButton.LeftButton)
    line = editor(qtbot, view)
    qtbot.keyClicks(line, "Ask about visiting hours")
    finish_edit(qtbot, window, line)
    task = window.document.plan.tasks[-1]
    row = len(window.document.plan.tasks) - 1
    assert task.item == "Ask about visiting hours"
    assert task.due is None
    assert model.index(row, 2).data() == ""

    focus(qtbot, window, view)
    view.setCurrentIndex(model.index(row, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    date_edit = editor(qtbot, view)
    assert date_edit.text() == "No date"
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)  # from "No date", the first step is today
    finish_edit(qtbot, window, date_edit)
    assert task.due == TODAY
    assert model.index(row, 2).data() == "27 Nov 2026"

    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    date_edit = editor(qtbot, view)
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete)
    finish_edit(qtbot, window, date_edit)
    assert task.due is None


def test_the_suggested_items_are_added_once(qtbot, window):
    from interventionplanner.storage.defaults import default_tasks

    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(CHECKLIST)
    plan = window.document.plan
    plan_before = [t.item for t in plan.tasks]
    suggested = [t.item for t in default_tasks()]
    qtbot.mouseClick(page.suggested_tasks_button, Qt.MouseButton.LeftButton)
    items = [t.item for t in plan.tasks]
    assert set(items) == set(plan_before) | set(suggested)
    assert len(items) == len(set(items))
    assert page.tasks_model.rowCount() == len(items)

    qtbot.mouseClick(page.suggested_tasks_button, Qt.MouseButton.LeftButton)
    assert [t.item for t in plan.tasks] == items
    # Each is its own: ticking one in this plan changes no other list.
    plan.tasks[0].done = True
    assert not default_tasks()[0].done


# --- if they say -----------------------------------------------------------------------------


def test_objections_are_added_edited_and_removed(qtbot, window):
    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(IF_THEY_SAY)
    view, model = page.objections_view, page.objections_model
    objections = window.document.plan.objections
    before = len(objections)

    focus(qtbot, window, view)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    line = editor(qtbot, view)
    qtbot.keyClicks(line, "Who will feed the cat?")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    line = editor(qtbot, view)
    type_text(line, "Léa will, every morning.")
    finish_edit(qtbot, window, line)
    assert objections[before] == Objection("Who will feed the cat?", "Léa will, every morning.")

    edit_cell(qtbot, window, view, before, 1, "Léa has a key and will feed her.")
    assert objections[before].answer == "Léa has a key and will feed her."

    focus(qtbot, window, view)
    view.setCurrentIndex(model.index(before, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(objections) == before
    assert model.rowCount() == before


def test_the_common_objections_are_added_once(qtbot, window):
    from interventionplanner.storage.defaults import default_objections

    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(IF_THEY_SAY)
    plan = window.document.plan
    qtbot.mouseClick(page.suggested_objections_button, Qt.MouseButton.LeftButton)
    said = [o.objection for o in plan.objections]
    assert {o.objection for o in default_objections()} <= set(said)
    qtbot.mouseClick(page.suggested_objections_button, Qt.MouseButton.LeftButton)
    assert [o.objection for o in plan.objections] == said


def test_what_happens_after_yes_and_no_is_kept(qtbot, window):
    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(IF_THEY_SAY)
    qtbot.keyClicks(page.if_yes, "Claire drives; admission at 1:30.")
    qtbot.keyClicks(page.if_no, "We keep our boundaries and meet on Wednesday.")
    plan = window.document.plan
    assert plan.if_yes == "Claire drives; admission at 1:30."
    assert plan.if_no == "We keep our boundaries and meet on Wednesday."


# --- opening and closing ---------------------------------------------------------------------


def test_a_suggested_opening_fills_only_an_empty_box(qtbot, window):
    from interventionplanner.output.chair_words import opening_words

    page = open_example(qtbot, window)
    page.tabs.setCurrentIndex(WORDS)
    plan = window.document.plan
    assert plan.opening_words
    assert not page.opening_button.isEnabled()  # there are words already
    assert "Empty it" in page.opening_button.toolTip()

    focus(qtbot, window, page.opening_words)
    qtbot.keyClick(page.opening_words, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.opening_words, Qt.Key.Key_Delete)
    assert plan.opening_words == ""
    assert page.opening_button.isEnabled()

    qtbot.mouseClick(page.opening_button, Qt.MouseButton.LeftButton)
    expected = opening_words(plan, window.services.user_templates)
    assert plan.opening_words == expected
    assert page.opening_words.toPlainText() == expected
    assert "Danny" in expected
    assert not page.opening_button.isEnabled()
    assert page.closing_words.toPlainText() == plan.closing_words  # the other box untouched

    qtbot.keyClick(page.opening_words, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.opening_words == ""  # the suggestion can be taken back


def test_a_broken_template_copy_is_told_under_the_box(qtbot, window):
    page = start_new_plan(qtbot, window)
    page.tabs.setCurrentIndex(WORDS)
    folder = window.services.user_templates
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "closing_words.txt.j2").write_text("{{ loved_one ", "utf-8")

    assert page.closing_button.isEnabled()
    qtbot.mouseClick(page.closing_button, Qt.MouseButton.LeftButton)
    assert page.closing_problem.isVisible()
    assert "Your copy" in page.closing_problem.text()
    assert window.document.plan.closing_words == ""

    (folder / "closing_words.txt.j2").unlink()
    qtbot.mouseClick(page.closing_button, Qt.MouseButton.LeftButton)
    assert not page.closing_problem.isVisible()
    assert "Will you accept this help today?" in window.document.plan.closing_words


# --- another plan, and the keyboard ---------------------------------------------------------


def test_opening_another_plan_refreshes_every_table(qtbot, window):
    page = open_example(qtbot, window)
    assert page.prescriptions_model.rowCount() == 2
    assert page.objections_model.rowCount() == len(window.document.plan.objections) > 0
    window.new_action.trigger()
    plan = window.document.plan
    assert page.facility.text() == ""
    assert page.prescriptions_model.rowCount() == 0
    assert page.tasks_model.rowCount() == len(plan.tasks)
    assert page.objections_model.rowCount() == len(plan.objections)
    assert page.opening_words.toPlainText() == ""


def test_a_finding_opens_the_tab_its_field_is_on(qtbot, window):
    page = open_example(qtbot, window)
    page.tabs.setCurrentIndex(WORDS)
    window.activateWindow()
    page.focus_field("driver_id")
    assert page.tabs.currentIndex() == TREATMENT
    qtbot.waitUntil(page.driver.hasFocus)


@pytest.mark.parametrize("tab", [TREATMENT, CHECKLIST, IF_THEY_SAY, WORDS])
def test_every_input_on_every_tab_has_a_name(qtbot, window, tab):
    page = open_example(qtbot, window)
    page.opening_words.clear()  # so the suggestion button can take focus too
    page.tabs.setCurrentIndex(tab)
    focus(qtbot, window, page.tabs.tabBar())
    reached = tab_walk(qtbot, window)
    inputs = [w for w in reached if isinstance(w, INPUTS) and page.isAncestorOf(w)]
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in inputs if not accessible_name(w)]
    assert unnamed == []
    expected = {
        TREATMENT: [
            page.facility,
            page.address,
            page.phone,
            page.admission_at,
            page.driver,
            page.supervised_withdrawal,
            page.travel_notes,
            page.prescriptions_view,
            page.add_prescription_button,
        ],
        CHECKLIST: [page.tasks_view, page.add_task_button, page.suggested_tasks_button],
        IF_THEY_SAY: [page.objections_view, page.if_yes, page.if_no],
        WORDS: [page.opening_words, page.opening_button, page.closing_words],
    }[tab]
    assert [w for w in expected if w not in reached] == []
    assert window.wizard.button(QWizard.WizardButton.NextButton) in reached  # on to Review


def test_every_shortcut_letter_on_this_step_is_its_own(window):
    page = window.wizard.step(PageId.TREATMENT)
    own = [w.text() for w in page.findChildren(QAbstractButton)]
    own += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
    own += [page.tabs.tabText(i) for i in range(page.tabs.count())]
    others = [
        window.wizard.buttonText(b)
        for b in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
        )
    ]
    others += [action.text() for action in window.menuBar().actions()]
    letters = [m for m in map(mnemonic, own + others) if m]
    assert sorted(letters) == sorted(set(letters)), own
    assert len([m for m in map(mnemonic, own) if m]) >= 15


def test_coming_back_refits_the_people_columns_only_when_a_name_changed(qtbot, window):
    page = open_example(qtbot, window)
    told = []
    page.tasks_model.dataChanged.connect(lambda *args: told.append(args[0].column()))
    window.wizard.go_to(PageId.ORDER)
    window.wizard.go_to(PageId.TREATMENT)
    assert told == []  # nothing changed: nothing to measure again
    owner = next(task.owner_id for task in window.document.plan.tasks if task.owner_id)
    window.wizard.go_to(PageId.ORDER)
    window.document.set_field(window.document.plan.participant(owner), "name", "Zed Quill")
    window.wizard.go_to(PageId.TREATMENT)
    assert told  # a name shown changed: its column is told
    assert page.tasks_model.index(0, 0).isValid()
    names = [
        page.tasks_model.data(page.tasks_model.index(row, column))
        for row in range(page.tasks_model.rowCount())
        for column in range(page.tasks_model.columnCount())
    ]
    assert "Zed Quill" in names

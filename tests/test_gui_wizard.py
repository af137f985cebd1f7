"""A family's path through the first four steps, driven as a person would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from interventionplanner.domain.plan import MeetingStyle, RiskFlag, Role, Rsvp
from interventionplanner.storage import load_plan
from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def click_next(qtbot, window):
    qtbot.mouseClick(
        window.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
    )


def click_back(qtbot, window):
    qtbot.mouseClick(
        window.wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton
    )


def click_option(qtbot, button):
    """Click a radio button on its indicator: a stretched button ignores clicks past its text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def start_new_plan(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.wizard.currentId() == PageId.LOVED_ONE


def tick_substance(qtbot, page, substance_id):
    """Move to the substance in the list and press Space, as a keyboard user does."""
    for item in page._substance_items():
        if item.data(Qt.ItemDataRole.UserRole + 1) == substance_id:
            page.substance_view.setCurrentIndex(item.index())
            qtbot.keyClick(page.substance_view, Qt.Key.Key_Space)
            return
    raise AssertionError(substance_id)


def add_person_by_keyboard(qtbot, window, name, relationship, email, roles=()):
    page = window.wizard.participants
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    type_text(dialog.name, name)
    qtbot.keyClicks(dialog.relationship, relationship)
    qtbot.keyClicks(dialog.email, email)
    for role in roles:
        dialog.role_boxes[role].setFocus()
        qtbot.keyClick(dialog.role_boxes[role], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)


def fill_loved_one(qtbot, window):
    page = window.wizard.loved_one
    type_text(page.name, "Zoë Ruiz-Nakamura")
    qtbot.keyClicks(page.preferred_name, "Zo")
    qtbot.keyClicks(page.pronouns, "she/her")
    qtbot.keyClicks(page.duration, "two years")
    qtbot.keyClick(page.prescribed, Qt.Key.Key_Space)
    tick_substance(qtbot, page, "lorazepam")
    qtbot.keyClick(page.risk_boxes[RiskFlag.SELF_HARM], Qt.Key.Key_Space)


def fill_meeting(qtbot, window):
    page = window.wizard.meeting
    click_option(qtbot, page.surprise)
    page.starts_at.setDateTime(QDateTime(datetime(2027, 2, 6, 10, 30)))
    page.length.setValue(90)
    qtbot.keyClicks(page.place, "Aunt Mia's house")
    qtbot.keyClicks(page.address, "4 Elm Row")
    qtbot.keyClicks(page.arrival, "Mia drives her")
    page.rehearsal_at.setDateTime(QDateTime(datetime(2027, 2, 3, 19, 0)))
    qtbot.keyClicks(page.rehearsal_place, "Mia's kitchen")


def test_a_family_fills_every_step_goes_back_and_saves(qtbot, window, tmp_path, monkeypatch):
    start_new_plan(qtbot, window)
    fill_loved_one(qtbot, window)
    page = window.wizard.loved_one
    assert page.supervision_note.isVisible()
    assert "seizures" in page.supervision_note.text()
    assert "Source:" in page.supervision_note.text()
    assert page.risk_note.isVisible()
    assert "interventionist" in page.risk_note.text()

    click_next(qtbot, window)
    fill_meeting(qtbot, window)
    click_next(qtbot, window)
    assert window.wizard.currentId() == PageId.PARTICIPANTS
    add_person_by_keyboard(
        qtbot, window, "Mia", "aunt", "mia@example.com", [Role.CHAIRPERSON, Role.SPEAKER]
    )
    add_person_by_keyboard(qtbot, window, "Ken", "brother", "ken@example.com", [Role.SPEAKER])
    add_person_by_keyboard(qtbot, window, "أمينة", "friend", "", [Role.LOGISTICS])
    assert window.wizard.participants.model.rowCount() == 3

    # Back twice and forward again: everything typed is still there.
    click_back(qtbot, window)
    click_back(qtbot, window)
    assert window.wizard.loved_one.name.text() == "Zoë Ruiz-Nakamura"
    assert window.wizard.loved_one.prescribed.isChecked()
    click_next(qtbot, window)
    assert window.wizard.meeting.place.text() == "Aunt Mia's house"
    assert window.wizard.meeting.surprise.isChecked()
    click_next(qtbot, window)
    assert window.wizard.participants.model.rowCount() == 3

    plan = window.document.plan
    assert plan.loved_one.substances == ["lorazepam"]
    assert plan.loved_one.risk_flags == [RiskFlag.SELF_HARM]
    assert plan.meeting.style is MeetingStyle.SURPRISE
    assert plan.meeting.starts_at == datetime(2027, 2, 6, 10, 30)
    assert plan.meeting.length_minutes == 90
    assert [p.name for p in plan.participants] == ["Mia", "Ken", "أمينة"]
    assert plan.participants[0].roles == [Role.CHAIRPERSON, Role.SPEAKER]

    target = tmp_path / "ours.ivplan"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: target)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.dirty
    assert load_plan(target).plan == plan


def test_reopening_a_saved_plan_shows_it_again(qtbot, make_window, demo_plan, tmp_path):
    from interventionplanner.storage import save_plan

    path = tmp_path / "family.ivplan"
    save_plan(demo_plan, path)
    window = make_window()
    assert window.open_path(path)
    assert window.wizard.loved_one.name.text() == demo_plan.loved_one.name
    window.wizard.go_to(PageId.PARTICIPANTS)
    table = window.wizard.participants.model
    assert [table.index(r, 0).data() for r in range(table.rowCount())] == [
        p.name for p in demo_plan.participants
    ]
    assert window.document.plan == demo_plan


def test_the_title_is_neutral_and_shows_unsaved(qtbot, window):
    start_new_plan(qtbot, window)
    assert window.windowTitle() == "Intervention Planner — Untitled plan"
    qtbot.keyClicks(window.wizard.loved_one.name, "Danny Marsh")
    assert window.windowTitle() == "Intervention Planner — Untitled plan •"
    assert "Danny" not in window.windowTitle()


def test_a_past_meeting_date_is_flagged_beside_the_field(qtbot, window):
    start_new_plan(qtbot, window)
    window.wizard.go_to(PageId.MEETING)
    page = window.wizard.meeting
    assert not page.past_flag.isVisible()
    page.starts_at.setDateTime(QDateTime(datetime(2026, 11, 20, 10, 0)))
    assert page.past_flag.isVisible()
    assert "passed" in page.past_flag.text()
    page.starts_at.setDateTime(QDateTime(datetime(2026, 12, 20, 10, 0)))
    assert not page.past_flag.isVisible()


def test_a_bad_email_is_flagged_and_kept_as_typed(qtbot, window):
    start_new_plan(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    qtbot.keyClicks(page.dialog.name, "Ana")
    qtbot.keyClicks(page.dialog.email, "ana.example.com")
    assert page.dialog.email_flag.isVisible()
    assert "does not look like an email" in page.dialog.email_flag.text()
    with qtbot.waitSignal(page.dialog.accepted):
        qtbot.keyClick(page.dialog.email, Qt.Key.Key_Return)
    assert window.document.plan.participants[0].email == "ana.example.com"
    check = page.model.index(0, page.model.COL_CHECK).data()
    assert "email does not look like an address" in check
    assert page.flags.isVisible()


def test_duplicate_names_are_allowed_but_flagged(qtbot, window):
    start_new_plan(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    add_person_by_keyboard(qtbot, window, "Sam", "son", "")
    add_person_by_keyboard(qtbot, window, "sam", "nephew", "")
    model = window.wizard.participants.model
    assert model.rowCount() == 2
    assert all("same name" in model.index(r, model.COL_CHECK).data() for r in range(2))
    ids = {p.id for p in window.document.plan.participants}
    assert len(ids) == 2


def test_changing_and_removing_a_person(qtbot, window, monkeypatch):
    start_new_plan(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    add_person_by_keyboard(qtbot, window, "Sam", "son", "")
    page = window.wizard.participants
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens the person
    qtbot.waitUntil(lambda: page.dialog.isVisible())
    page.dialog.rsvp.setCurrentIndex(list(Rsvp).index(Rsvp.YES))
    with qtbot.waitSignal(page.dialog.accepted):
        qtbot.keyClick(page.dialog.name, Qt.Key.Key_Return)
    assert window.document.plan.participants[0].rsvp is Rsvp.YES

    window.document.plan.participants[0].letter.my_hope = "I hope"
    asked = []
    monkeypatch.setattr(dialogs, "confirm_remove", lambda parent, name: asked.append(name) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Sam"]
    assert page.model.rowCount() == 1  # the family said no: nothing removed
    monkeypatch.setattr(dialogs, "confirm_remove", lambda parent, name: True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0


def test_the_side_list_jumps_to_a_step(qtbot, window):
    assert not window.steps.isEnabled()  # nothing to jump to before a plan exists
    start_new_plan(qtbot, window)
    assert window.steps.isEnabled()
    item = window.steps.item(PageId.PARTICIPANTS)
    rect = window.steps.visualItemRect(item)
    qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.wizard.currentId() == PageId.PARTICIPANTS
    click_back(qtbot, window)
    assert window.steps.currentRow() == PageId.MEETING


def test_the_example_opens_on_the_first_step(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    assert window.wizard.currentId() == PageId.LOVED_ONE
    assert window.wizard.loved_one.name.text() == "Daniel Marsh"
    assert not window.document.dirty
    assert window.windowTitle() == "Intervention Planner — Example plan"


def test_the_demo_flag_opens_the_window_on_the_example(qtbot, user_dirs, monkeypatch):
    """`interventionplanner --demo`, through the real entry point, up to the event loop."""
    from interventionplanner.cli import main
    from interventionplanner.ui.main_window import MainWindow

    shown = {}
    earlier = set(QApplication.topLevelWidgets())

    def instead_of_the_event_loop(app):
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in earlier
        )
        qtbot.addWidget(window)
        shown.update(
            visible=window.isVisible(),
            step=window.wizard.currentId(),
            name=window.wizard.loved_one.name.text(),
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", instead_of_the_event_loop)
    assert main(["--demo"]) == 0
    assert shown == {"visible": True, "step": PageId.LOVED_ONE, "name": "Daniel Marsh"}


def test_a_failed_save_is_told_plainly_and_keeps_the_plan(qtbot, window, tmp_path, monkeypatch):
    import errno

    from interventionplanner.storage import atomic

    start_new_plan(qtbot, window)
    qtbot.keyClicks(window.wizard.loved_one.name, "Ana")
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: tmp_path / "x.ivplan")

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: problems.append(text))
    assert window.save() is False
    assert len(problems) == 1
    assert "disk is full" in problems[0]
    assert window.document.dirty
    assert window.document.plan.loved_one.name == "Ana"
    assert window.windowTitle().endswith("•")


def test_closing_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    start_new_plan(qtbot, window)
    qtbot.keyClicks(window.wizard.loved_one.name, "Ana")
    asked = []
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda parent: asked.append(1) or dialogs.Unsaved.CANCEL
    )
    window.close()
    assert asked == [1]
    assert window.isVisible()
    assert window.document.plan.loved_one.name == "Ana"


def test_recent_plans_are_off_until_turned_on(qtbot, window, demo_plan, tmp_path):
    from interventionplanner.storage import save_plan

    path = tmp_path / "a.ivplan"
    save_plan(demo_plan, path)
    window.open_path(path)
    assert window.settings.recent_files() == []
    window.remember_action.trigger()
    window.open_path(path)
    assert window.settings.recent_files() == [path]
    window.clear_recent_action.trigger()
    assert window.settings.recent_files() == []


def test_invitations_from_the_team_step(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    page.table.setCurrentIndex(page.model.index(0, 0))
    first = window.document.plan.participants[0]
    assert first.name in page.preview.toPlainText()

    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert first.name in QApplication.clipboard().text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    assert opened[0].scheme() == "mailto"
    assert first.email in opened[0].toString()

    folder = tmp_path / "invites"
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title: folder)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert len(list(folder.glob("*.eml"))) == len(window.document.plan.participants)
    assert (folder / "meeting.ics").is_file()


def test_step_marks_are_gentle_on_a_new_plan_and_kept_in_words(qtbot, window):
    from interventionplanner.domain.plan import Participant, Role

    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    window.watcher.recheck()
    marked = [window.steps.item(p).toolTip() for p in PageId]
    assert marked == [""] * len(PageId)  # nothing visited yet: no alarms
    heights = {window.steps.visualItemRect(window.steps.item(p)).height() for p in PageId}
    assert len(heights) == 1

    window.wizard.go_to(PageId.PARTICIPANTS)
    window.wizard.go_to(PageId.LETTERS)  # leaving Who will be there, with nobody on the team
    window.watcher.recheck()
    assert window.steps.item(PageId.PARTICIPANTS).toolTip().startswith("Something here")
    assert "needs doing" in window.steps.item(PageId.PARTICIPANTS).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert window.steps.item(PageId.LOVED_ONE).toolTip() == "Done."
    assert window.steps.item(PageId.MEETING).toolTip() == ""  # only "good to know" there
    chair = Participant(name="Ann", roles=[Role.CHAIRPERSON, Role.SPEAKER])
    window.document.update("participants", lambda plan: plan.participants.append(chair))
    window.watcher.recheck()
    assert window.steps.item(PageId.PARTICIPANTS).toolTip() == "Done."
    heights = {window.steps.visualItemRect(window.steps.item(p)).height() for p in PageId}
    assert len(heights) == 1  # marks never change a row's height


def test_steps_walked_past_read_the_plan_when_shown_not_on_the_way(
    qtbot, window, today, monkeypatch
):
    window.document.open_example(today)
    wizard = window.wizard
    order, treatment = wizard.step(PageId.ORDER), wizard.step(PageId.TREATMENT)
    wizard.go_to(PageId.TREATMENT)
    wizard.go_to(PageId.LETTERS)
    reads = []
    for page in (order, treatment):
        monkeypatch.setattr(page, "load", lambda page=page: reads.append(page))
    window.document.update(
        "participants", lambda plan: setattr(plan.participants[0], "name", "Zed")
    )
    wizard.go_to(PageId.REVIEW)  # past Order and Treatment
    assert wizard.currentId() == PageId.REVIEW
    assert reads == []
    wizard.go_to(PageId.TREATMENT)
    assert reads == [treatment]
    wizard.go_to(PageId.ORDER)
    assert reads == [treatment, order]

"""The format 1.3 fields have their inputs: the meeting's time zone and when the team gathers,
the walk-out and impaired plans, and each person's reading-copy type size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def _new_plan(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    return window.document.plan


def test_the_meeting_step_shows_and_changes_the_time_zone(qtbot, window):
    plan = _new_plan(qtbot, window)
    window.wizard.go_to(PageId.MEETING)
    page = window.wizard.meeting
    assert page.time_zone.text() == plan.meeting.time_zone  # the computer's zone, shown
    assert page.time_zone.completer().model().rowCount() > 300  # every IANA zone to pick from

    def type_zone(name: str) -> None:  # as typing would, without the completer's popup
        page.time_zone.setText(name)
        page.time_zone.textEdited.emit(name)

    type_zone("Mars/Olympus")
    assert plan.meeting.time_zone == "Mars/Olympus"
    assert page.zone_flag.isVisible()
    type_zone("Europe/Dublin")
    assert plan.meeting.time_zone == "Europe/Dublin"
    assert not page.zone_flag.isVisible()
    assert window.document.dirty


def test_the_meeting_step_plans_when_and_where_the_team_gathers(qtbot, window):
    plan = _new_plan(qtbot, window)
    window.wizard.go_to(PageId.MEETING)
    page = window.wizard.meeting
    page.gather.setValue(45)
    qtbot.keyClicks(page.gather_place, "The cafe on the corner")
    assert plan.meeting.gather_minutes_before == 45
    assert plan.meeting.gather_place == "The cafe on the corner"


def test_the_what_ifs_tab_records_who_follows_and_what_happens(qtbot, window):
    window.example_action.trigger()
    plan = window.document.plan
    window.wizard.go_to(PageId.TREATMENT)
    page = window.wizard.treatment
    assert page.if_walks_out.toPlainText() == plan.if_walks_out
    ray = next(p for p in plan.participants if p.name == "Ray Doyle")
    assert page.follower.currentData() == ray.id
    claire = next(p for p in plan.participants if p.name == "Claire Bennett")
    page.follower.setCurrentIndex(page.follower.findData(claire.id))
    assert plan.walk_out_follower_id == claire.id
    page.if_impaired.setPlainText("We postpone, kindly.")
    assert plan.if_impaired == "We postpone, kindly."


def test_a_person_can_have_a_reading_copy_type_size(qtbot, window):
    _new_plan(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    window.wizard.participants.add_person()
    dialog = window.wizard.participants.dialog
    qtbot.keyClicks(dialog.name, "Rosa")
    assert dialog.participant().reading_size_pt is None
    dialog.reading_size.setValue(20)
    assert dialog.participant().reading_size_pt == 20
    dialog.reading_size.setValue(13)  # below the range: the usual size
    assert dialog.participant().reading_size_pt is None
    dialog.reject()


def test_each_objection_can_name_who_answers_it(qtbot, window):
    window.example_action.trigger()
    plan = window.document.plan
    window.wizard.go_to(PageId.TREATMENT)
    model = window.wizard.treatment.objections_model
    column = next(c for c, spec in enumerate(model.columns) if spec.attribute == "responder_id")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Who answers"
    margaret = plan.chairperson
    assert model.index(0, column).data() == margaret.name
    lily = next(p for p in plan.participants if p.name == "Lily Marsh")
    assert model.setData(model.index(0, column), lily.id, Qt.ItemDataRole.EditRole)
    assert plan.objections[0].responder_id == lily.id

"""Speaking order, seating, the timeline and the preflight checklist."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from interventionplanner.domain.plan import Letter, Participant, Role
from interventionplanner.domain.timeline import Segment, build_timeline, total_seconds
from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def open_example(qtbot, window, page_id):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(page_id)
    return window.wizard.step(page_id)


def names(model) -> list[str]:
    return [p.name for p in model.people]


def letter_starts(window) -> dict[str, int]:
    return {
        e.participant_id: e.start_seconds
        for e in build_timeline(window.document.plan)
        if e.segment is Segment.LETTER
    }


def test_drag_and_drop_reorders_and_moves_the_start_times(qtbot, window):
    page = open_example(qtbot, window, PageId.ORDER)
    before = names(page.speakers)
    starts_before = letter_starts(window)
    model = page.speakers
    # Drop the second speaker above the first, through the model's drop path.
    dragged = model.mimeData([model.index(1)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    after = names(page.speakers)
    assert after == [before[1], before[0], *before[2:]]
    ids = [p.id for p in page.speakers.people]
    assert window.document.plan.speaker_order[:2] == ids[:2]
    starts_after = letter_starts(window)
    assert starts_after[ids[0]] < starts_before[ids[0]]
    assert starts_after[ids[1]] > starts_before[ids[1]]
    page.refresh()
    shown_who = page.timeline.index(1, page.timeline.COL_WHO).data()
    assert shown_who == before[1]
    assert window.document.dirty


def test_the_keyboard_moves_a_speaker_too(qtbot, window):
    page = open_example(qtbot, window, PageId.ORDER)
    before = names(page.speakers)
    page.speaker_view.setFocus()
    page.speaker_view.setCurrentIndex(page.speakers.index(0))
    qtbot.keyClick(page.speaker_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(page.speakers) == [before[1], before[0], *before[2:]]
    assert page.speaker_view.currentIndex().row() == 1  # the moved person stays chosen
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert names(page.speakers) == before


def test_a_new_closer_reads_last(qtbot, window):
    page = open_example(qtbot, window, PageId.ORDER)
    first = page.speakers.people[0]
    page.speaker_view.setCurrentIndex(page.speakers.index(0))
    qtbot.mouseClick(page.closer_button, Qt.MouseButton.LeftButton)
    assert page.speakers.people[-1] is first
    assert "reads last" in page.speakers.index(page.speakers.rowCount() - 1).data()
    letters = [e for e in page.timeline.entries if e.segment is Segment.LETTER]
    assert letters[-1].participant_id == first.id


def test_the_suggestion_explains_itself_and_waits_to_be_accepted(qtbot, window, monkeypatch):
    page = open_example(qtbot, window, PageId.ORDER)
    plan = window.document.plan
    plan.speaker_order = list(reversed(plan.speaker_order))
    page.load()
    before = list(plan.speaker_order)
    shown = []

    def decline(parent, order, reasons):
        shown.append((order, reasons))
        return False

    monkeypatch.setattr(dialogs, "ask_accept_order", decline)
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    order, reasons = shown[0]
    assert order[0] == plan.chairperson.name
    assert any("chairperson" in r for r in reasons)
    assert "no published rule" in reasons[-1]
    assert plan.speaker_order == before  # declined: nothing changed

    monkeypatch.setattr(dialogs, "ask_accept_order", lambda parent, order, reasons: True)
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert names(page.speakers)[0] == plan.chairperson.name
    assert page.speakers.people[-1].id == plan.closer_id


def test_seating_everyone_who_is_coming(qtbot, window):
    page = open_example(qtbot, window, PageId.ORDER)
    plan = window.document.plan
    plan.seating = []
    page.load()
    qtbot.mouseClick(page.seat_everyone_button, Qt.MouseButton.LeftButton)
    seated = names(page.seats)
    assert "Evelyn Doyle" not in seated  # she writes but cannot come
    assert "Marcus Bell" not in seated  # he said maybe: no chair is promised yet
    assert len(seated) == 4
    page.seating_view.setCurrentIndex(page.seats.index(0))
    qtbot.mouseClick(page.unseat_button, Qt.MouseButton.LeftButton)
    assert len(plan.seating) == 3


def test_seating_everyone_who_is_coming_leaves_a_maybe_out(qtbot, window):
    from interventionplanner.domain.plan import Rsvp

    page = open_example(qtbot, window, PageId.ORDER)
    plan = window.document.plan
    plan.seating = []
    unsure = next(p for p in plan.participants if p.rsvp is Rsvp.YES)
    unsure.rsvp = Rsvp.MAYBE
    page.load()
    qtbot.mouseClick(page.seat_everyone_button, Qt.MouseButton.LeftButton)
    assert unsure.name not in names(page.seats)
    assert len(plan.seating) == 3


def test_the_example_timeline_adds_up_and_matches_the_summary(qtbot, window, capsys, tmp_path):
    import json

    from interventionplanner.cli import main
    from interventionplanner.storage import save_plan

    page = open_example(qtbot, window, PageId.ORDER)
    entries = page.timeline.entries
    assert [e.segment for e in entries][0] is Segment.OPENING
    assert [e.segment for e in entries][-1] is Segment.CLOSING
    assert total_seconds(entries) == sum(e.seconds for e in entries)
    path = tmp_path / "example.ivplan"
    save_plan(window.document.plan, path)
    assert main(["summary", str(path), "--json", "--today", "2026-11-27"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["total_seconds"] == total_seconds(entries)
    assert [(t["who"], t["start_seconds"], t["seconds"]) for t in summary["timeline"]] == [
        (e.who, e.start_seconds, e.seconds) for e in entries
    ]
    assert page.timeline.index(0, page.timeline.COL_START).data() == "10:00 a.m."


def test_a_meeting_that_runs_long_gets_a_note(qtbot, window):
    page = open_example(qtbot, window, PageId.ORDER)
    window.document.plan.meeting.length_minutes = 10
    page.refresh()
    assert page.long_note.isVisible()


# --- the preflight checklist ------------------------------------------------------------


def findings(window) -> dict[str, object]:
    window.preflight.recheck()
    return {f.code: f for f in window.preflight.model.findings}


def checklist_shown(window) -> tuple[bool, bool]:
    """Whether the dock shows, and whether the File menu ticks it: always the same."""
    return window.preflight.isVisible(), window.checklist_action.isChecked()


def test_f7_and_the_docks_own_close_button_keep_the_menu_tick_true(qtbot, window):
    """The dock is made when first opened; the File menu's action acts as its own toggle."""
    from PySide6.QtWidgets import QAbstractButton

    action = window.checklist_action
    assert window._preflight is None
    assert action.isCheckable()
    assert not action.isChecked()
    assert action.text() == "Before the &day checklist"
    assert action.shortcut().toString() == "F7"
    assert action in window.menuBar().actions()[0].menu().actions()
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    dock = window.preflight
    assert checklist_shown(window) == (True, True)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert (dock.objectName(), dock.windowTitle()) == ("preflight", "Before the day")
    close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")  # Qt's own
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert checklist_shown(window) == (False, False)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert checklist_shown(window) == (True, True)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert checklist_shown(window) == (False, False)
    assert window.preflight is dock  # made once


def test_supervised_withdrawal_error_names_the_reason_and_clears(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.TREATMENT)
    page = window.wizard.treatment
    box = page.fields["supervised_withdrawal_arranged"]
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # the family unticks it
    assert not window.document.plan.treatment.supervised_withdrawal_arranged
    found = findings(window)
    assert "withdrawal_not_supervised" in found
    assert "seizures" in found["withdrawal_not_supervised"].message
    assert window.steps.item(PageId.TREATMENT).toolTip()  # the step is marked
    box.setChecked(True)
    assert "withdrawal_not_supervised" not in findings(window)
    assert not window.steps.item(PageId.TREATMENT).toolTip()


def test_each_finding_takes_you_to_its_field(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    document = window.document
    document.set("meeting/starts_at", datetime(2026, 11, 1, 10, 0))
    quiet = Participant(name="Tom", roles=[Role.SPEAKER], letter=Letter())
    document.update("participants", lambda plan: plan.participants.append(quiet))
    document.set("treatment/driver_id", None)
    window.checklist_action.trigger()
    assert window.preflight.isVisible()
    found = findings(window)
    assert {"meeting_in_past", "missing_letter", "no_driver"} <= set(found)

    window.go_to_finding(found["meeting_in_past"])
    assert window.wizard.currentId() == PageId.MEETING
    assert window.wizard.meeting.starts_at.hasFocus()

    window.go_to_finding(found["missing_letter"])
    assert window.wizard.currentId() == PageId.LETTERS
    assert window.wizard.letters.writer is quiet

    window.go_to_finding(found["no_driver"])
    assert window.wizard.currentId() == PageId.TREATMENT
    assert window.wizard.treatment.fields["driver_id"].hasFocus()


def test_activating_a_finding_in_the_list_jumps(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.document.set("meeting/starts_at", datetime(2026, 11, 1, 10, 0))
    window.checklist_action.trigger()
    found = findings(window)
    row = window.preflight.model.findings.index(found["meeting_in_past"])
    view = window.preflight.view
    view.setCurrentIndex(window.preflight.model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.MEETING

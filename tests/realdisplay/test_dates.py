"""Point 3 of issue 12: dates and times typed and picked as a person would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from interventionplanner.ui.wizard import PageId
from tests.conftest import TODAY
from tests.realdisplay.test_focus import start_new_plan

pytestmark = pytest.mark.realdisplay


def go_to_meeting(xkeys, window):
    start_new_plan(xkeys, window)
    xkeys.key("alt+n", until=lambda: window.wizard.currentId() == PageId.MEETING)
    return window.wizard.meeting


def hours_point(edit) -> QPoint:
    """The middle of the hours in "27 Nov 2026  10:00, Friday", in the edit's own font."""
    text = edit.text()
    before = text[: text.index(":") - 2]
    metrics = edit.fontMetrics()
    x = metrics.horizontalAdvance(before) + metrics.horizontalAdvance("10") // 2
    left = edit.lineEdit().geometry().left() + edit.lineEdit().textMargins().left() + 2
    return QPoint(left + x, edit.height() // 2)


def test_the_calendar_opens_at_this_month_at_ten_and_hours_take_typing(window, xkeys):
    page = go_to_meeting(xkeys, window)
    edit = page.starts_at
    assert edit.text() == "Not set yet"
    xkeys.key("alt+d", until=edit.hasFocus)  # "&Date and time", pressed
    calendar = edit.calendarWidget()
    xkeys.key("alt+Down", until=calendar.isVisible)
    xkeys.shot("dates-1-calendar-opens-this-month")
    assert (calendar.yearShown(), calendar.monthShown()) == (TODAY.year, TODAY.month)
    xkeys.key("Escape", until=lambda: not calendar.isVisible())
    assert window.document.plan.meeting.starts_at == datetime(2026, 11, 27, 10, 0)

    xkeys.click(edit, hours_point(edit), until=lambda: edit.lineEdit().hasSelectedText())
    assert edit.lineEdit().selectedText() == "10"
    xkeys.type("14", until=lambda: edit.dateTime().time().hour() == 14)
    xkeys.shot("dates-2-fourteen-typed-into-the-hours")
    assert window.document.plan.meeting.starts_at == datetime(2026, 11, 27, 14, 0)


def test_typing_a_day_into_an_empty_date_starts_it_this_month(window, xkeys):
    page = go_to_meeting(xkeys, window)
    edit = page.starts_at
    xkeys.key("alt+d", until=edit.hasFocus)
    xkeys.type("30", until=lambda: edit.dateTime().date().day() == 30)
    assert window.document.plan.meeting.starts_at == datetime(2026, 11, 30, 10, 0)


def test_the_rehearsal_opens_a_few_days_before_the_meeting(window, xkeys):
    page = go_to_meeting(xkeys, window)
    window.document.plan.meeting.starts_at = datetime(2027, 2, 6, 10, 30)
    page.load()
    edit = page.rehearsal_at
    assert edit.text() == "Not set yet"
    xkeys.key("alt+t", until=edit.hasFocus)  # "Rehearsal date and &time"
    calendar = edit.calendarWidget()
    xkeys.key("F4", until=calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 2)
    assert calendar.selectedDate().toPython().isoformat() == "2027-02-03"
    xkeys.key("Return", until=lambda: not calendar.isVisible())
    assert window.document.plan.meeting.rehearsal_at == datetime(2027, 2, 3, 10, 0)
    # Delete sets it back to not set.
    xkeys.key("Delete", until=lambda: edit.text() == "Not set yet")
    assert window.document.plan.meeting.rehearsal_at is None
    assert QApplication.focusWidget() is edit

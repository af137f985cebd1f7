"""A date's box is as wide as the widest date of a year in the edit's own display format,
whichever locale: measured on dates in UTC (ui/when_edit.py), the texts are those of the
same dates in local time."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, QLocale

from interventionplanner.ui import when_edit
from interventionplanner.ui.when_edit import DISPLAY_FORMAT, WhenEdit

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", ["en_US", "es_ES", "ar_EG", "de_DE"])
def test_the_widest_date_is_that_of_the_local_dates(qtbot, monkeypatch, name):
    monkeypatch.setattr(when_edit, "_WIDEST", {})
    edit = WhenEdit(datetime.now)
    qtbot.addWidget(edit)
    edit.setLocale(QLocale(name))
    start = QDateTime(datetime(2026, 1, 1, 23, 59))  # local time, as it was measured before
    texts = [edit.locale().toString(start.addDays(d), DISPLAY_FORMAT) for d in range(366)]
    widest = max(edit.fontMetrics().horizontalAdvance(text) for text in texts)
    edit.sizeHint()
    assert list(when_edit._WIDEST.values()) == [widest]
    assert edit.sizeHint().width() >= widest

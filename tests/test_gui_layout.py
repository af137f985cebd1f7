"""Every step fits a small screen and large text: nothing cut off, one scroll bar at most."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from interventionplanner.ui.wizard import PageId
from tests.layout_checks import (
    clipped_texts,
    cut_off_tables,
    text_scaled,
    visible_vertical_scrollbars,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def large_text():
    with text_scaled(1.5):
        yield


def visit_every_step(qtbot, window, width: int, height: int):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.resize(width, height)
    for page_id in PageId:
        if page_id is PageId.REVIEW:
            continue  # its preview is a picture of the packet, checked in test_gui_review
        window.wizard.go_to(page_id)
        qtbot.waitUntil(lambda p=page_id: window.wizard.step(p).isVisible())
        QApplication.processEvents()
        yield page_id


def test_every_step_fits_a_small_screen(qtbot, window):
    problems = {}
    for page_id in visit_every_step(qtbot, window, 1024, 640):
        assert window.width() <= 1024
        assert window.height() <= 640
        found = clipped_texts(window) + cut_off_tables(window)
        bars = visible_vertical_scrollbars(window)
        if len(bars) > 1:
            found.append(f"scroll bars: {bars}")
        if found:
            problems[page_id.name] = found
    assert problems == {}


def test_every_step_reads_whole_at_one_and_a_half_times_the_text(qtbot, large_text, window):
    problems = {}
    for page_id in visit_every_step(qtbot, window, 1366, 768):
        assert window.width() <= 1366
        assert window.height() <= 768
        found = clipped_texts(window) + cut_off_tables(window)
        if found:
            problems[page_id.name] = found
    assert problems == {}


def test_the_person_dialog_shows_all_its_words(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.PARTICIPANTS)
    page = window.wizard.participants
    page.add_person()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    try:  # once the dialog has settled its size, nothing in it is cut off
        qtbot.waitUntil(lambda: clipped_texts(page.dialog) == [], timeout=2000)
    finally:
        assert clipped_texts(page.dialog) == []
    page.dialog.reject()

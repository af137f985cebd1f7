"""The switch to Review stays light: the packet's libraries load on the warm-up lane at a
pause before (or in the preview's own job when there was none), never on the window's
thread, and the findings list is laid out a batch a turn, every finding still shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from interventionplanner.ui import packet_warmup, worker
from interventionplanner.ui.lane import lane
from interventionplanner.ui.wizard import PageId
from tests.conftest import never_pausing

pytestmark = pytest.mark.gui


@pytest.fixture
def busy_person(monkeypatch):
    """A fresh lane for this test's window, and a person who never pauses; and a record of
    what the app has set aside from the cycle collector, fresh for this test."""
    monkeypatch.setattr(worker, "_heap_frozen", set())
    with never_pausing(monkeypatch) as fresh:
        yield fresh


def review_built_ahead(qtbot, window) -> None:
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    qtbot.waitUntil(lambda: window.wizard.is_built(PageId.REVIEW), timeout=10_000)


def test_review_built_ahead_loads_the_packets_libraries_on_the_lane(
    qtbot, window, monkeypatch, busy_person
):
    threads = []
    real_load = packet_warmup.load

    def watched_load(*args, **kwargs):
        threads.append(threading.current_thread())
        real_load(*args, **kwargs)

    monkeypatch.setattr(packet_warmup, "load", watched_load)
    review_built_ahead(qtbot, window)
    keys = [key for key, _work, _imports in packet_warmup.PARTS]
    waiting = [item.key for item in lane()._queue]
    assert [key for key in waiting if key in keys] == keys  # a part a pause, in order
    assert not threads
    lane().idle_ms = 0  # the person stops to read
    lane()._timer.start(0)
    qtbot.waitUntil(lambda: not lane().busy, timeout=30_000)
    assert threads  # the last part
    assert threads[0] is not threading.main_thread()
    assert "the packet's libraries" in worker._heap_frozen
    from interventionplanner.output.packet import fonts

    assert fonts._registered


def test_without_a_pause_the_preview_loads_them_itself(qtbot, window, busy_person):
    review_built_ahead(qtbot, window)
    page = window.wizard.review
    with qtbot.waitSignal(page.previewReady, timeout=30_000):
        window.wizard.go_to(PageId.REVIEW)
    assert "the packet's libraries" in worker._heap_frozen
    assert packet_warmup.PARTS[-1][0] in [item.key for item in lane()._queue]  # quick later
    assert page.pdf.pageCount() > 5


def test_the_findings_are_laid_out_a_batch_a_turn_and_all_shown(qtbot, window, monkeypatch):
    from interventionplanner.ui.pages import review

    monkeypatch.setattr(review, "FINDINGS_BATCH", 1)
    review_built_ahead(qtbot, window)
    page = window.wizard.review
    view = page.findings
    assert view.layoutMode() == QListView.LayoutMode.Batched
    assert view.batchSize() == 1
    window.wizard.go_to(PageId.REVIEW)
    model = view.model()
    assert model.rowCount() > 1  # the example plan has several findings
    last = model.index(model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: view.visualRect(last).height() > 0)  # laid out in later turns
    tops = [view.visualRect(model.index(row, 0)).top() for row in range(model.rowCount())]
    assert tops == sorted(tops)  # one under another, in order, as before
    assert len(set(tops)) == len(tops)

"""A step left alone does nothing: no layout pass runs again and again while the window
sits idle (that burned a core on the Letters and Treatment steps, and slowed every key)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from interventionplanner.ui.wizard import PageId


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Only what is on screen: steps built ahead, hidden, may still be told their
        # sizes in slices meanwhile (ui/hidden_sizes.py), which is work, not a loop.
        on_screen = watched.isWidgetType() and watched.isVisible()
        if event.type() == QEvent.Type.LayoutRequest and on_screen:
            self.count += 1
        return False


@pytest.mark.parametrize("page_id", list(PageId))
def test_an_idle_step_lays_itself_out_once(qtbot, window, page_id):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(page_id)
    qtbot.waitUntil(lambda: window.wizard.step(page_id).isVisible())
    app = QApplication.instance()
    for _ in range(30):  # settle: the page's own first layout passes
        app.processEvents()
    requests = LayoutRequests()
    app.installEventFilter(requests)
    try:
        for _ in range(60):  # each turn of a layout loop would show up here
            app.processEvents()
    finally:
        app.removeEventFilter(requests)
    assert requests.count <= 3

"""What lives as long as the window, a step's page once prepared and the coach's rules once
compiled, is set aside from Python's cycle collector (worker.freeze_heap_once): its walks
over everything held cost 25-35 ms of the window's thread at any key or click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from interventionplanner.ui import worker
from interventionplanner.ui.coach_warmth import CoachWarmth
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def test_a_prepared_step_is_set_aside_once(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LOVED_ONE)
    shell = window.wizard.page(PageId.MEETING)
    qtbot.waitUntil(lambda: shell.prepared, timeout=10_000)  # built ahead at a pause
    assert f"step {shell.title()}" in worker._heap_frozen
    window.wizard.step(PageId.ORDER)  # built at once, for code that needs it now
    assert f"step {window.wizard.page(PageId.ORDER).title()}" in worker._heap_frozen


def test_the_coachs_rules_are_set_aside_once_compiled(qtbot):
    warmth = CoachWarmth()
    warmth.begin()
    with qtbot.waitSignal(warmth.warmed):
        warmth.end()
    assert "the coach's rules" in worker._heap_frozen

"""The stall watchdog's stand-ins for the save's modal dialogs: played as a person goes
through them, and left out of the phase as issue 16 leaves the modal dialog out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bench import stall
from interventionplanner.storage import is_protected, load_plan

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("quick_keys")]


class Clock:
    """Stands in for `time` in bench.stall: the test says what time it is."""

    def __init__(self) -> None:
        self.now = 0.0

    def perf_counter(self) -> float:
        return self.now

    def thread_time(self) -> float:
        return self.now / 2


def test_a_modal_dialogs_span_is_kept_apart_from_the_phase(qapp, monkeypatch):
    clock = Clock()
    monkeypatch.setattr(stall, "time", clock)
    beat = stall.Heartbeat()
    beat.start_phase()
    beat.timer.stop()  # the test ticks it

    def tick_at(when: float) -> None:
        clock.now = when
        beat._tick()

    tick_at(0.010)
    clock.now = 0.030  # the click on Save As: 20 ms up to the dialog, the phase's
    with beat.modal_dialog():
        tick_at(0.500)  # 470 ms inside the dialog
        clock.now = 0.600
    tick_at(0.640)  # the save, 40 ms after the dialog closed
    assert beat.worst == pytest.approx(0.040)
    assert beat.modal[0] == pytest.approx(0.470)
    beat.start_phase()
    assert beat.modal == (0.0, 0.0)  # each phase its own
    beat.timer.stop()


def test_the_person_goes_through_both_dialogs_and_the_plan_is_protected(
    qtbot, window, qapp, monkeypatch, tmp_path
):
    for name in ("FILE_DIALOG_S", "READ_PASSWORD_S", "KEY_S"):
        monkeypatch.setattr(stall, name, 0)
    beat = stall.Heartbeat()
    beat.start_phase()
    stall.person_in_dialogs(qapp, beat, tmp_path)  # as the scripted run answers them
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.save_as_action.trigger()
    beat.timer.stop()
    path = tmp_path / "plan.ivplan"
    assert is_protected(path)  # the password typed twice in the app's own dialog
    assert load_plan(path, stall.PASSWORD).plan == window.document.plan
    assert beat.modal[0] > 0  # the dialogs' span was kept apart


@pytest.mark.parametrize("busy_loop", [False, True])
def test_spin_serves_the_event_loop_until_its_condition_holds(qapp, monkeypatch, busy_loop):
    """Sleeping between events (as the app's own loop does) or polling (`--busy-loop`),
    events are served and the spin ends once its condition holds."""
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(stall, "BUSY_LOOP", busy_loop)
    fired = []
    QTimer.singleShot(20, lambda: fired.append("timer"))
    stall.spin(qapp, until=lambda: bool(fired), seconds=0, limit=30)
    assert fired == ["timer"]


def test_a_known_load_is_gone_after_its_span():
    with stall.busy_processes(2) as busy:
        assert len(busy) == 2
        assert all(process.poll() is None for process in busy)  # running meanwhile
    assert all(process.returncode is not None for process in busy)

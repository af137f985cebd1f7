"""The save's warm-ups: its checks (and the cipher) are built on the warm-up lane while the
file and password dialogs are open, not in the save's worker while the window waits; a
save still works whether or not the lane got to them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from interventionplanner.storage import is_protected, load_plan
from interventionplanner.ui import dialogs, save_warmup
from interventionplanner.ui.lane import Lane, lane
from tests.conftest import never_pausing

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("quick_keys")]
SECRET = "plum kettle river"


@pytest.fixture
def busy_person(monkeypatch):
    """A fresh lane for this test's window, and a person who never pauses: nothing queued
    runs until the test says so."""
    with never_pausing(monkeypatch) as fresh:
        yield fresh


def queued() -> list[str | None]:
    return [item.key for item in lane()._queue]


def pause() -> None:
    """The person stops to read: the lane's next pause is now."""
    lane().idle_ms = 0
    lane()._timer.start(0)


def open_example(qtbot, window) -> None:
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lane().has(save_warmup.CHECKS))  # queued once the plan is open


def test_first_goes_ahead_of_what_waits_and_a_waiting_key_moves_to_the_front(qtbot):
    line, ran = Lane(), []
    line.idle_ms = 60_000
    line.add(lambda: ran.append("dates"))
    line.add(lambda: ran.append("checks"), key="checks")
    assert line.add(lambda: ran.append("cipher"), key="cipher", first=True)
    assert not line.add(lambda: ran.append("again"), key="checks", first=True)  # moved
    line.idle_ms = 0
    line._timer.start(0)
    qtbot.waitUntil(lambda: not line.busy, timeout=10_000)
    assert ran == ["checks", "cipher", "dates"]
    assert not line.add(lambda: ran.append("again"), key="checks", first=True)  # done once
    assert not line.busy


def test_save_as_puts_the_saves_checks_first_while_its_dialog_is_open(
    qtbot, window, monkeypatch, busy_person
):
    open_example(qtbot, window)
    assert queued().index(save_warmup.CHECKS) > 0  # behind the dates and the coach's rules
    seen = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: seen.append(queued()))
    window.save_as_action.trigger()  # the person chooses File ▸ Save as…, then cancels
    assert seen[0][:2] == [save_warmup.CHECKS, save_warmup.CIPHER]


def test_the_dialogs_pause_builds_the_checks_before_the_save(
    qtbot, window, monkeypatch, busy_person, tmp_path
):
    built = []
    monkeypatch.setattr(save_warmup, "load_checks", lambda: built.append("checks"))
    monkeypatch.setattr(save_warmup, "load_cipher", lambda: built.append("cipher"))
    open_example(qtbot, window)

    def reading_the_dialog(parent):
        pause()  # the person reads the file dialog
        qtbot.waitUntil(lambda: built == ["checks", "cipher"], timeout=10_000)
        return tmp_path / "family.ivplan"

    monkeypatch.setattr(dialogs, "ask_save_path", reading_the_dialog)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: SECRET)
    window.save_as_action.trigger()
    assert built == ["checks", "cipher"]  # once each
    assert is_protected(tmp_path / "family.ivplan")


def test_a_save_works_when_the_lane_never_got_to_the_checks(
    qtbot, window, monkeypatch, busy_person, tmp_path
):
    path = tmp_path / "family.ivplan"
    open_example(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: path)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: SECRET)
    window.save_as_action.trigger()  # no pause at all: the save's worker builds its own
    assert queued()[:2] == [save_warmup.CHECKS, save_warmup.CIPHER]  # still waiting
    assert not window.document.dirty
    assert load_plan(path, SECRET).plan == window.document.plan


def test_a_new_password_puts_them_first_again(qtbot, window, monkeypatch, busy_person, tmp_path):
    open_example(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: tmp_path / "family.ivplan")
    window.save_as_action.trigger()  # without a password (the test's default answer)
    assert window.document.path == tmp_path / "family.ivplan"
    lane().add(lambda: None, key="something else", first=True)
    seen = []
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: seen.append(queued()))
    window.password_action.trigger()  # File ▸ Password protection…, then cancel
    assert seen[0][:3] == [save_warmup.CHECKS, save_warmup.CIPHER, "something else"]

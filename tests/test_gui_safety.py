"""Never losing a word: crash recovery and one editor per plan."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt

from interventionplanner import paths
from interventionplanner.storage import save_plan
from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui
ROOT = Path(__file__).parents[1]


def test_an_edit_survives_the_app_being_killed(qtbot, make_window, user_dirs, monkeypatch):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_app.py"), "Zoë Ruiz"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.kill()  # no clean exit: the safety copy is all that is left
        child.wait()

    asked = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, when: asked.append(when) or True)
    window = make_window()
    window.offer_recovery()
    assert len(asked) == 1
    assert window.document.plan.loved_one.name == "Zoë Ruiz"
    assert window.document.dirty
    assert window.wizard.loved_one.name.text() == "Zoë Ruiz"
    assert "Zoë" not in window.windowTitle()

    # Restored once: a later start has nothing more to offer.
    window.document.close()
    asked.clear()
    make_window().offer_recovery()
    assert asked == []


def test_a_clean_close_leaves_no_safety_copy(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    type_text(window.wizard.loved_one.name, "Ana")
    recovery = paths.user_data_dir() / "recovery"
    qtbot.waitUntil(lambda: any(recovery.glob("*.ivplan")))
    assert "Ana" in next(recovery.glob("*.ivplan")).read_text("utf-8")
    window.close()
    assert not any(recovery.glob("*.ivplan"))


def test_the_safety_copy_goes_to_the_private_data_folder(qtbot, window, user_dirs):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    type_text(window.wizard.loved_one.name, "Ana")
    recovery = paths.user_data_dir() / "recovery"
    qtbot.waitUntil(lambda: any(recovery.glob("*.ivplan")))
    assert user_dirs / "data" in recovery.parents
    assert oct(recovery.stat().st_mode & 0o777) == oct(0o700)


def test_discarding_a_safety_copy_removes_it(qtbot, make_window, monkeypatch, demo_plan):
    from interventionplanner.storage.recovery import RecoveryStore

    store = RecoveryStore(paths.user_data_dir() / "recovery")
    store.write("oldsession", demo_plan, None)
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, when: False)
    window = make_window()
    window.offer_recovery()
    assert store.entries() == []
    assert not window.document.started


def test_a_lock_left_by_a_window_killed_before_its_first_copy_goes(qtbot, make_window):
    from interventionplanner.storage.recovery import RecoveryStore

    store = RecoveryStore(paths.user_data_dir() / "recovery")
    store.folder.mkdir(parents=True, exist_ok=True)
    # A lock naming a process that is gone, on this computer; and one a live window holds.
    dead = store.lock_path("killed")
    dead.write_text(f"999999\nintervention-planner\n{socket.gethostname()}\n")
    alive = QLockFile(str(store.lock_path("open-elsewhere")))
    assert alive.tryLock(0)
    try:
        make_window().offer_recovery()
        assert not dead.exists()
        assert store.lock_path("open-elsewhere").exists()
    finally:
        alive.unlock()


def test_a_second_window_on_a_plan_is_read_only(
    qtbot, make_window, demo_plan, tmp_path, monkeypatch
):
    path = tmp_path / "family.ivplan"
    save_plan(demo_plan, path)
    first = make_window()
    assert first.open_path(path)

    offered = []
    monkeypatch.setattr(dialogs, "ask_read_only", lambda parent: offered.append(1) or True)
    second = make_window()
    assert second.open_path(path)
    assert offered == [1]
    assert second.document.read_only
    assert second.read_only_banner.isVisible()
    assert not second.save_action.isEnabled()
    assert not second.wizard.step(PageId.LOVED_ONE).isEnabled()
    assert second.wizard.loved_one.name.text() == demo_plan.loved_one.name

    first.close()  # the first window lets go; now the plan can be edited again
    third = make_window()
    assert third.open_path(path)
    assert not third.document.read_only


def test_declining_the_read_only_view_opens_nothing(
    qtbot, make_window, demo_plan, tmp_path, monkeypatch
):
    path = tmp_path / "family.ivplan"
    save_plan(demo_plan, path)
    make_window().open_path(path)
    monkeypatch.setattr(dialogs, "ask_read_only", lambda parent: False)
    second = make_window()
    assert second.open_path(path) is False
    assert not second.document.started


def test_a_damaged_file_is_told_plainly(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "cut.ivplan"
    path.write_text('{"format": "interventionplanner.plan", "vers')
    told = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: told.append(text))
    assert window.open_path(path) is False
    assert told == [
        '"cut.ivplan" could not be opened: the file ends too early. It may have '
        "been cut off while it was being saved."
    ]
    assert not window.document.started

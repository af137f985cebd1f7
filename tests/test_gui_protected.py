"""Password-protected plans in the window: protect, reopen, hide and unlock, no traces."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from interventionplanner import paths
from interventionplanner.storage import is_protected, save_plan
from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("quick_keys")]
SECRET = "correct horse battery staple"
MARKER = "ZZMARKERZZ"


def answers(*replies):
    """A dialog stand-in that gives these replies in turn and records each question."""
    asked = []

    def reply(parent, message):
        asked.append(message)
        return replies[len(asked) - 1]

    reply.asked = asked
    return reply


def protect_example(qtbot, window, path: Path, monkeypatch) -> None:
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent: path)
    monkeypatch.setattr(dialogs, "ask_new_password", lambda parent: SECRET)
    assert window.save_as()


def test_protect_on_save_as_and_reopen_with_the_password(qtbot, make_window, tmp_path, monkeypatch):
    path = tmp_path / "family.ivplan"
    first = make_window()
    protect_example(qtbot, first, path, monkeypatch)
    assert is_protected(path)
    assert b"Danny" not in path.read_bytes()
    plan = first.document.plan
    first.close()

    ask = answers("not it", SECRET)
    monkeypatch.setattr(dialogs, "ask_password", ask)
    second = make_window()
    assert second.open_path(path)
    assert len(ask.asked) == 2
    assert "did not open" in ask.asked[1]
    assert second.document.plan == plan
    assert second.document.password == SECRET


def test_declining_to_give_the_password_opens_nothing(qtbot, make_window, tmp_path, monkeypatch):
    path = tmp_path / "family.ivplan"
    protect_example(qtbot, make_window(), path, monkeypatch)
    monkeypatch.setattr(dialogs, "ask_password", lambda parent, message: None)
    other = make_window()
    assert other.open_path(path) is False
    assert not other.document.started


def files_holding(marker: str, places: list[Path], since: float) -> list[Path]:
    """Files written since `since` under `places` that hold `marker` in the clear."""
    found = []
    for place in places:
        for folder, _dirs, names in os.walk(place):  # tolerates folders others remove meanwhile
            for file in (Path(folder) / name for name in names):
                # Only what was written while the test ran: other programs use the temp folder.
                with contextlib.suppress(OSError):  # ... and may remove their files meanwhile
                    written_now = file.is_file() and file.stat().st_mtime >= since - 1
                    if written_now and marker.encode() in file.read_bytes():
                        found.append(file)
    return found


def test_no_plan_text_is_left_anywhere_in_the_clear(
    qtbot, window, tmp_path, monkeypatch, user_dirs
):
    import time

    started = time.time()
    path = tmp_path / "family.ivplan"
    recovery = paths.user_data_dir() / "recovery"
    places = [recovery, Path(tempfile.gettempdir()), tmp_path, user_dirs / "config"]
    protect_example(qtbot, window, path, monkeypatch)
    window.wizard.go_to(PageId.LOVED_ONE)
    type_text(window.wizard.loved_one.preferred_name, MARKER)
    qtbot.waitUntil(lambda: any(recovery.glob("*.ivplan")))
    assert files_holding(MARKER, places, started) == []  # the safety copy is sealed too
    assert window.save()
    type_text(window.wizard.loved_one.duration, " " + MARKER)  # a second save makes a .bak
    assert window.save()
    window.settings.sync()
    assert files_holding(MARKER, places, started) == []
    assert Path(str(path) + ".bak").exists()


def test_unhiding_a_protected_plan_asks_for_its_password(qtbot, window, tmp_path, monkeypatch):
    protect_example(qtbot, window, tmp_path / "family.ivplan", monkeypatch)
    window.hide_plan()
    ask = answers("wrong", None)
    monkeypatch.setattr(dialogs, "ask_password", ask)
    qtbot.mouseClick(window.cover.show_button, Qt.MouseButton.LeftButton)
    assert window.cover.isVisible()  # a wrong password, then giving up: still hidden
    assert len(ask.asked) == 2
    monkeypatch.setattr(dialogs, "ask_password", answers(SECRET))
    qtbot.mouseClick(window.cover.show_button, Qt.MouseButton.LeftButton)
    assert not window.cover.isVisible()


def test_a_damaged_plan_offers_its_backup(qtbot, window, tmp_path, monkeypatch, demo_plan):
    path = tmp_path / "family.ivplan"
    save_plan(demo_plan, path)
    save_plan(demo_plan, path)  # the first version is now the .bak
    path.write_bytes(path.read_bytes()[:200])
    told, offered = [], []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(
        dialogs, "ask_open_backup", lambda parent, name: offered.append(name) or True
    )
    assert window.open_path(path)
    assert "cut off" in told[0]
    assert offered == ["family.ivplan.bak"]
    assert window.document.plan == demo_plan
    assert window.document.path is None  # saving asks for a new name; nothing is overwritten
    assert len(path.read_bytes()) == 200


def test_key_derivation_runs_off_the_windows_thread(qtbot, make_window, tmp_path, monkeypatch):
    import threading

    from interventionplanner.ui import document as document_module

    threads = []

    def on_thread(real):
        def call(*args, **kwargs):
            if args[1:2] != (None,) and kwargs.get("password", "") is not None:  # a key to derive
                threads.append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(document_module, "save_plan", on_thread(document_module.save_plan))
    monkeypatch.setattr(document_module, "load_plan", on_thread(document_module.load_plan))
    path = tmp_path / "family.ivplan"
    first = make_window()
    protect_example(qtbot, first, path, monkeypatch)
    assert first.statusBar().currentMessage() == "Saved."
    first.close()
    monkeypatch.setattr(dialogs, "ask_password", answers(SECRET))
    second = make_window()
    assert second.open_path(path)
    assert second.document.password == SECRET
    assert threads == [False, False]  # the save and the open, each on a worker
    # (asking whether a file needs a password derives no key: that stays where it is)


def test_opening_a_plan_builds_the_saves_checks_on_a_worker(qtbot, window, monkeypatch):
    """The first save, protected or not, finds pydantic's validators built: building them
    keeps every other Python thread waiting, so it happens off the window's thread."""
    import threading

    from interventionplanner.storage import codec, planfile
    from interventionplanner.ui import lane

    codec._adapter.cache_clear()
    monkeypatch.setattr(lane, "_lane", None)  # as in a new process: queued once a process
    threads = []
    real = planfile.prepare_checks
    monkeypatch.setattr(
        planfile, "prepare_checks", lambda: (threads.append(threading.current_thread()), real())
    )
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: codec._adapter.cache_info().currsize == 1)
    assert threads
    assert threading.main_thread() not in threads

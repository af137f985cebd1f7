"""Points 8 and 13 of issue 12: questions answered by their keyboard letters, and file
dialogs that open where the family's files are."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from interventionplanner.storage.defaults import new_plan
from interventionplanner.storage.planfile import save_plan
from interventionplanner.ui import dialogs
from interventionplanner.ui.wizard import PageId
from tests.realdisplay.test_focus import start_new_plan

pytestmark = pytest.mark.realdisplay

# The real questions, before the offscreen suite's autouse fixture answers them.
REAL_ASK_UNSAVED = dialogs.ask_unsaved
REAL_ASK_OPEN_PATH = dialogs.ask_open_path


@contextmanager
def real_unsaved_question(monkeypatch) -> Iterator[None]:
    """The real "Save your changes?" inside the block, and the usual "discard" again as it
    ends, passed or failed. Not a fixture: pytest-qt closes the test's windows before any
    fixture is torn down, and a test that failed with the words still unsaved would ask
    the real question there, with nobody to answer it (two CI runs hung so)."""
    monkeypatch.setattr(dialogs, "ask_unsaved", REAL_ASK_UNSAVED)
    try:
        yield
    finally:
        monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent: dialogs.Unsaved.DISCARD)


def test_save_your_changes_is_answered_with_alt_d_for_discard(window, xkeys, monkeypatch):
    with real_unsaved_question(monkeypatch):
        start_new_plan(xkeys, window)
        name = window.wizard.loved_one.name
        xkeys.click(name, until=name.hasFocus)
        xkeys.type("Rose", until=lambda: window.document.dirty)

        words: set[str] = set()

        def discard(box):
            xkeys.shot("dialogs-1-save-your-changes")
            words.update(button.text() for button in box.buttons())
            xkeys.key("alt+d")

        seen = xkeys.when_modal(discard)
        xkeys.key("ctrl+n", until=lambda: seen and window.document.plan.loved_one.name == "")
    assert isinstance(seen[0], QMessageBox)
    assert {"&Save", "&Discard changes", "Go &back"} <= words
    assert not window.document.dirty
    assert window.document.path is None


def test_save_your_changes_esc_goes_back_and_keeps_the_words(window, xkeys, monkeypatch):
    with real_unsaved_question(monkeypatch):
        start_new_plan(xkeys, window)
        name = window.wizard.loved_one.name
        xkeys.click(name, until=name.hasFocus)
        xkeys.type("Rose", until=lambda: window.document.dirty)
        seen = xkeys.when_modal(lambda box: xkeys.key("Escape"))
        xkeys.key("ctrl+n", until=lambda: seen and QApplication.activeModalWidget() is None)
    assert window.document.plan.loved_one.name == "Rose"
    assert window.document.dirty  # closing the window after the test discards them


def open_dialog_folder(window, xkeys) -> Path:
    """Press Ctrl+O, note the folder the dialog shows, and close it with Esc."""
    folders: list[Path] = []

    def look(dialog):
        assert isinstance(dialog, QFileDialog)
        folders.append(Path(dialog.directory().absolutePath()))
        xkeys.shot("dialogs-2-open-a-plan")
        xkeys.key("Escape")

    xkeys.when_modal(look)
    xkeys.key("ctrl+o", until=lambda: folders and QApplication.activeModalWidget() is None)
    return folders[0]


def test_the_open_dialog_starts_in_documents_before_any_plan(window, xkeys, monkeypatch, tmp_path):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(dialogs, "ask_open_path", REAL_ASK_OPEN_PATH)
    xkeys.activate(window)
    assert window.wizard.currentId() == PageId.WELCOME
    assert open_dialog_folder(window, xkeys) == home / "Documents"


def test_the_open_dialog_starts_beside_the_open_plan(window, xkeys, monkeypatch, tmp_path):
    folder = tmp_path / "family papers"
    folder.mkdir()
    save_plan(new_plan(), folder / "ours.ivplan")
    window.document.open(folder / "ours.ivplan")
    monkeypatch.setattr(dialogs, "ask_open_path", REAL_ASK_OPEN_PATH)
    xkeys.activate(window)
    assert open_dialog_folder(window, xkeys) == folder

"""The accessibility layer: every step, dialog and rehearsal window, audited the same way.

For each: no Tab stop without an accessible name, Tab comes round again without a trap
and reaches every stop, and every text colour pair in use reads at 4.5:1, in the light,
dark and high-contrast palettes. The checks live in tests/a11y_checks.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from interventionplanner.ui import dialogs
from interventionplanner.ui.legible import legible_palette
from interventionplanner.ui.wizard import PageId
from tests.a11y_checks import (
    dark_palette,
    high_contrast_palette,
    low_contrast,
    tab_stops,
    tab_walk,
    text_colour_pairs,
    unnamed_focusables,
    unreached,
)

pytestmark = pytest.mark.gui
# The real question boxes, taken before the tests' guard puts "unexpected" in their place.
ASK_UNSAVED, ASK_RESTORE = dialogs.ask_unsaved, dialogs.ask_restore


def audit(qtbot, root, start=None) -> dict[str, list[str]]:
    """Names, the Tab walk and contrast for one window: {check: problems}, empty when all
    is well."""
    stops = tab_stops(root)
    root.activateWindow()
    (start or stops[0]).setFocus()
    qtbot.waitUntil(
        lambda: root.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is root
    )
    walk = tab_walk(qtbot, root)
    found = {
        "unnamed": unnamed_focusables(root),
        "trap": [walk.trap] if walk.trap else [],
        "unreached": [] if walk.trap else unreached(stops, walk),
        "contrast": low_contrast(text_colour_pairs(root)),
    }
    return {check: problems for check, problems in found.items() if problems}


@pytest.fixture
def example(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    return window


@pytest.fixture(params=["light", "dark", "high contrast"])
def palette(request, example):
    """The window under each kind of system palette, made legible as the app does."""
    app = QApplication.instance()
    before = app.palette()
    system = {"light": before, "dark": dark_palette(), "high contrast": high_contrast_palette()}
    app.setPalette(legible_palette(system[request.param]))
    yield request.param
    app.setPalette(before)


def show_step(qtbot, window, page_id):
    window.wizard.go_to(page_id)
    qtbot.waitUntil(lambda: window.wizard.step(page_id).isVisible())


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_step_passes_the_audit(qtbot, example, page_id):
    show_step(qtbot, example, page_id)
    assert audit(qtbot, example, example.wizard.currentPage()) == {}


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_step_reads_in_every_palette(qtbot, example, palette, page_id):
    show_step(qtbot, example, page_id)
    assert low_contrast(text_colour_pairs(example)) == []


def test_the_step_list_before_a_plan_exists_reads(qtbot, window):
    assert not window.steps.isEnabled() or not window.document.started
    assert low_contrast(text_colour_pairs(window.steps)) == []


def test_the_person_dialog_passes_the_audit(qtbot, example):
    show_step(qtbot, example, PageId.PARTICIPANTS)
    page = example.wizard.participants
    page.add_person()
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    try:
        assert audit(qtbot, page.dialog) == {}
    finally:
        page.dialog.reject()


def test_the_password_dialogs_pass_the_audit(qtbot, example):
    from interventionplanner.ui.password_dialog import AskPasswordDialog, NewPasswordDialog

    for dialog in (NewPasswordDialog(example), AskPasswordDialog(example, "Wrong password")):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert audit(qtbot, dialog) == {}, type(dialog).__name__
        dialog.reject()


def test_the_letter_dialogs_pass_the_audit(qtbot, example):
    from interventionplanner.ui.letter_compare import LetterCompareDialog
    from interventionplanner.ui.letter_return import PasteLetterDialog, PlaceLetterDialog

    changes = [("My love", "You are my brother.", "You are my big brother.")]
    made = (
        LetterCompareDialog("Ray", changes, example),
        PasteLetterDialog("Ray", example),
        PlaceLetterDialog("Ray", ["First words.", "Second words."], [None, None], example),
    )
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert audit(qtbot, dialog) == {}, dialog.windowTitle()
        dialog.reject()


@pytest.mark.parametrize(
    "ask", [lambda w: ASK_UNSAVED(w), lambda w: ASK_RESTORE(w, "today, 10:00")]
)
def test_the_question_boxes_pass_the_audit(qtbot, example, monkeypatch, ask):
    found = []

    def shown(box):  # in place of the modal loop: audit the box, then answer nothing
        box.show()
        qtbot.waitExposed(box)
        found.append(audit(qtbot, box))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    ask(example)
    assert found == [{}]


def run_through_window(window):
    from interventionplanner.ui.run_through import RunThroughWindow

    return next((w for w in window.rehearsals if isinstance(w, RunThroughWindow)), None)


def test_the_rehearsal_windows_pass_the_audit(qtbot, example):
    speaker = example.document.plan.speaking_order()[0]
    for rehearsal in (
        example.rehearse_letter(speaker.id),
        example.run_through(),
        example.role_play(),
    ):
        qtbot.waitExposed(rehearsal)
        assert audit(qtbot, rehearsal) == {}, rehearsal.windowTitle()
        if rehearsal is run_through_window(example):  # and its report, once every part is done
            while not rehearsal.done:
                rehearsal.next_part()
            assert audit(qtbot, rehearsal) == {}, "the run-through's report"
        rehearsal.close()

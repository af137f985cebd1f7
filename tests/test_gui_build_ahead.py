"""Steps built ahead in slices: the same page as one built at once, read before the visit,
and finished at once when the family arrives before the slices are done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


def tree(page: QWidget) -> list[tuple]:
    """What a page is made of: each widget's kind, name and words, in order."""
    rows = []
    for widget in page.findChildren(QWidget):
        words = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        rows.append((type(widget).__name__, widget.objectName(), widget.accessibleName(), words))
    return rows


def one_turn() -> None:
    """One turn of the event loop: each due timer fires once."""
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def open_example(qtbot, window) -> None:
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)


def pause(qtbot, window) -> None:
    """What a pause on the current step does, now rather than after its delay: the next
    step built ahead, every slice of it."""
    window.wizard._ahead.stop()
    window.wizard._build_ahead()
    qtbot.waitUntil(lambda: window.wizard._slices is None)


@pytest.mark.parametrize("page_id", [PageId.LETTERS, PageId.TREATMENT])
def test_a_page_built_in_slices_equals_one_built_at_once(qtbot, window, page_id):
    from interventionplanner.ui.pages.letters import LettersPage
    from interventionplanner.ui.pages.treatment import TreatmentPage

    services, document = window.services, window.document
    args = {
        PageId.LETTERS: (LettersPage, (document, services.coach, services.user_templates)),
        PageId.TREATMENT: (TreatmentPage, (document, services)),
    }
    kind, given = args[page_id]
    at_once = kind(*given)
    slices = kind.in_slices(*given)
    count = 0
    try:
        while True:
            next(slices)
            count += 1
    except StopIteration as done:
        sliced = done.value
    assert count >= 3  # handed the event loop back several times
    assert tree(sliced) == tree(at_once)
    assert sorted(sliced.fields) == sorted(at_once.fields)
    assert len(sliced._loaders) == len(at_once._loaders)
    for page in (sliced, at_once):
        page.setParent(window)  # deleted with the window


def test_a_pause_builds_the_next_step_a_slice_per_turn_and_reads_it(qtbot, window, monkeypatch):
    open_example(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    shell = window.wizard.page(PageId.LETTERS)
    window.wizard._ahead.stop()
    window.wizard._build_ahead()  # what the pause does
    one_turn()
    assert not window.wizard.is_built(PageId.LETTERS)  # begun, not finished, in one turn
    assert shell._building is not None
    qtbot.waitUntil(lambda: window.wizard._slices is None)  # every slice done
    letters = window.wizard.step(PageId.LETTERS)
    assert letters._loaded_ahead
    loads = []
    monkeypatch.setattr(letters, "load", lambda: loads.append(1))
    window.wizard.go_to(PageId.LETTERS)
    assert letters.isVisible()
    assert loads == []  # read before the visit, nothing changed since
    assert letters.writer is not None  # and it shows the plan's letters


def test_arriving_before_the_slices_are_done_goes_on_from_there(qtbot, window):
    """Reached half-built: "One moment…" and the rest a slice per turn, never all in the
    click (tests/test_gui_getting_ready.py has the rest of that state)."""
    open_example(qtbot, window)
    window.wizard.go_to(PageId.ORDER)
    window.wizard._ahead.stop()
    window.wizard._build_ahead()
    one_turn()
    shell = window.wizard.page(PageId.TREATMENT)
    begun = shell._building
    assert begun is not None
    assert not window.wizard.is_built(PageId.TREATMENT)
    window.wizard.go_to(PageId.TREATMENT)
    assert shell.waiting is not None  # the click built nothing more
    assert shell._building is begun
    one_turn()
    assert window.wizard.ready_page(PageId.TREATMENT) is None
    qtbot.waitUntil(lambda: window.wizard.ready_page(PageId.TREATMENT) is not None)
    treatment = window.wizard.ready_page(PageId.TREATMENT)
    assert treatment.isVisible()
    assert treatment.tabs.count() == 5  # whole
    assert treatment.facility.text() == window.document.plan.treatment.facility


def test_a_step_built_ahead_comes_in_at_once_without_one_moment(qtbot, window):
    from interventionplanner.ui.getting_ready import GettingReady

    open_example(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    pause(qtbot, window)
    window.wizard.go_to(PageId.LETTERS)
    shell = window.wizard.page(PageId.LETTERS)
    assert window.wizard.ready_page(PageId.LETTERS) is shell.content
    assert shell.content.isVisible()
    assert shell.findChildren(GettingReady) == []  # no flicker: never made at all


def test_a_change_after_reading_ahead_is_read_on_the_visit(qtbot, window):
    open_example(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    pause(qtbot, window)
    letters = window.wizard.step(PageId.LETTERS)
    assert letters._loaded_ahead
    person = window.document.plan.participants[0]
    window.document.set_field(person, "name", "Someone Renamed")  # a watched part
    window.wizard.go_to(PageId.LETTERS)
    names = [letters.model.index(row, 0).data() for row in range(letters.model.rowCount())]
    assert any("Someone Renamed" in str(name) for name in names)


def test_a_step_built_ahead_starts_reading_its_spelling_list(qtbot, window, monkeypatch):
    """Read while the family is still on the step before, not just as Letters appears: the
    list's reading on a worker and the step's first showing together kept the window
    waiting (docs/benchmarks.md, after the fourth round)."""
    from interventionplanner.ui import coached_edit

    open_example(qtbot, window)
    window.wizard.go_to(PageId.PARTICIPANTS)
    started = []
    monkeypatch.setattr(
        coached_edit._Dictionary, "start", lambda self: started.append(self.speller.language)
    )
    pause(qtbot, window)
    assert not window.wizard.step(PageId.LETTERS).isVisible()
    assert "en" in started


def waiting_for_showing(shell: QWidget) -> list[QWidget]:
    """The step and the widgets its showing will show, whose move or resize event Qt still
    holds back (it sends them as it shows each one)."""
    held = (Qt.WidgetAttribute.WA_PendingMoveEvent, Qt.WidgetAttribute.WA_PendingResizeEvent)
    widgets = [shell] + [w for w in shell.findChildren(QWidget) if w.isVisibleTo(shell)]
    return [w for w in widgets if any(w.testAttribute(kind) for kind in held)]


@pytest.mark.parametrize(
    ("before", "step"), [(PageId.PARTICIPANTS, PageId.LETTERS), (PageId.ORDER, PageId.TREATMENT)]
)
def test_a_step_built_ahead_is_told_its_sizes_before_it_is_shown(qtbot, window, before, step):
    """Told on the turns after it is read, not in the click that shows it: that was the
    whole layout cascade of the page (text boxes, tables, scroll bars) inside the click
    (ui/hidden_sizes.py). Shown, it is where it was laid out, the keyboard where any
    arrival puts it. (A tab widget lays out its pages only once shown: Qt's own.)"""
    open_example(qtbot, window)
    window.wizard.go_to(before)
    pause(qtbot, window)
    shell = window.wizard.page(step)
    assert not shell.isVisible()
    shown = [shell] + [w for w in shell.findChildren(QWidget) if w.isVisibleTo(shell)]
    assert len(shown) > 20
    assert waiting_for_showing(shell) == []
    told = shell.size()

    window.wizard.go_to(step)
    page = window.wizard.ready_page(step)
    assert page is shell.content
    assert page.isVisible()
    assert shell.size() == told  # the size it was laid out and told at
    assert page.geometry() == shell.contentsRect()
    # The keyboard in its first input, as on any arrival (the window's next turn).
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))

"""A step reached before it was built ahead: its name and "One moment…" at once, the rest
of its page a slice per turn of the event loop, then the page in, with the keyboard in its
first input and every key typed meanwhile typed there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from interventionplanner.ui import wizard as wizard_module
from interventionplanner.ui.getting_ready import GettingReady
from interventionplanner.ui.wizard import TITLES, PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, monkeypatch):
    """Nothing is built ahead, so every step is reached unbuilt, as when clicked straight
    through a big plan."""
    monkeypatch.setattr(wizard_module, "AHEAD_MS", 2**31 - 1)
    return make_window()


def one_turn() -> None:
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def next_button(window):
    return window.wizard.button(QWizard.WizardButton.NextButton)


def shell(window, page_id):
    return window.wizard.page(page_id)


def new_plan(qtbot, window) -> None:
    """The Welcome step's "Start a new plan": the family arrives at Your loved one."""
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.wizard.currentId() == PageId.LOVED_ONE


def ready(qtbot, window, page_id):
    qtbot.waitUntil(lambda: window.wizard.ready_page(page_id) is not None)
    return window.wizard.ready_page(page_id)


def test_a_step_reached_unbuilt_says_one_moment_at_once_then_shows_its_page(qtbot, window):
    new_plan(qtbot, window)
    loved_one = shell(window, PageId.LOVED_ONE)
    holder = loved_one.waiting
    assert isinstance(holder, GettingReady)
    assert holder.isVisible()
    assert loved_one.title() == TITLES[PageId.LOVED_ONE]
    assert loved_one.subTitle() == "One moment…"
    assert holder.accessibleName() == TITLES[PageId.LOVED_ONE]
    assert holder.accessibleDescription() == "One moment…"
    assert holder.hasFocus()  # the keyboard waits here, not on a button or the step list
    assert next_button(window).isEnabled()  # pressed now, it is kept (below)
    one_turn()
    assert loved_one.waiting is holder  # a slice per turn, not all at once

    page = ready(qtbot, window, PageId.LOVED_ONE)
    assert page.isVisible()
    assert loved_one.waiting is None
    assert not any(left.isVisible() for left in loved_one.findChildren(GettingReady))
    assert loved_one.subTitle() == page.subTitle() != "One moment…"
    assert next_button(window).isEnabled()
    assert page.name.hasFocus()  # the first input, as on any arrival
    # It fills the step's area, as a page there from the start does (QWizard gives a step
    # that does not stretch only its size hint).
    assert loved_one.height() == loved_one.parentWidget().height()
    assert window.wizard.step(PageId.LOVED_ONE) is page  # asking again builds nothing more


def test_the_keyboard_lands_where_a_normal_arrival_puts_it(qtbot, window):
    new_plan(qtbot, window)
    page = ready(qtbot, window, PageId.LOVED_ONE)
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    meeting = ready(qtbot, window, PageId.MEETING)
    arrived_at = QApplication.focusWidget()
    assert meeting.isAncestorOf(arrived_at)
    page.name.setFocus()  # somewhere else, then the rule a ready step follows
    meeting.focus_field(None)
    assert QApplication.focusWidget() is arrived_at


def test_keys_typed_while_it_gets_ready_land_in_its_first_input(qtbot, window):
    new_plan(qtbot, window)
    holder = shell(window, PageId.LOVED_ONE).waiting
    # Typed straight after arriving: they reach whatever has the keyboard, as keys do.
    type_text(QApplication.focusWidget(), "Aunt Rosa")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    type_text(QApplication.focusWidget(), "e")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to the next input
    type_text(QApplication.focusWidget(), "Ro")
    assert window.wizard.ready_page(PageId.LOVED_ONE) is None  # all typed while waiting
    assert len(holder.kept) == 14  # 9 + Backspace + 1 + Tab + 2

    page = ready(qtbot, window, PageId.LOVED_ONE)
    assert page.name.text() == "Aunt Rose"
    assert window.document.plan.loved_one.name == "Aunt Rose"
    after_tab = QApplication.focusWidget()
    assert isinstance(after_tab, QLineEdit)
    assert after_tab is not page.name
    assert after_tab.text() == "Ro"
    assert holder.kept == []


def test_alt_keys_and_escape_are_not_typed_into_the_page(qtbot, window):
    new_plan(qtbot, window)
    holder = shell(window, PageId.LOVED_ONE).waiting
    qtbot.keyClick(holder, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(holder, Qt.Key.Key_Escape)
    assert holder.kept == []
    page = ready(qtbot, window, PageId.LOVED_ONE)
    assert page.name.text() == ""


def test_next_pressed_while_it_gets_ready_is_kept_until_the_page_is_in(qtbot, window):
    new_plan(qtbot, window)
    type_text(QApplication.focusWidget(), "Rose")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.wizard.currentId() == PageId.LOVED_ONE  # not on past a step not yet in
    qtbot.waitUntil(lambda: window.wizard.currentId() == PageId.MEETING)  # then, by itself
    assert window.document.plan.loved_one.name == "Rose"  # the keys before it, in the step
    page = window.wizard.ready_page(PageId.LOVED_ONE)
    assert page is not None
    assert page.name.text() == "Rose"


def test_a_next_kept_on_a_step_left_before_it_came_in_is_dropped(qtbot, window):
    new_plan(qtbot, window)
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)  # kept…
    window.wizard.back()  # …but the family went back
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)  # from Welcome
    ready(qtbot, window, PageId.LOVED_ONE)
    for _ in range(3):
        one_turn()
    assert window.wizard.currentId() == PageId.LOVED_ONE  # one step on, not two


def test_back_while_it_gets_ready_keeps_what_was_typed_for_the_step(qtbot, window):
    new_plan(qtbot, window)
    type_text(QApplication.focusWidget(), "Rose")
    back = window.wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled()  # leaving is always possible
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.wizard.currentId() == PageId.WELCOME
    assert shell(window, PageId.LOVED_ONE).waiting is not None  # still to come in
    one_turn()
    qtbot.mouseClick(next_button(window), Qt.MouseButton.LeftButton)
    page = ready(qtbot, window, PageId.LOVED_ONE)
    assert page.name.text() == "Rose"  # typed on that step, kept for it, nowhere else
    assert page.name.hasFocus()


def test_walking_past_steps_builds_only_the_one_reached(qtbot, window):
    new_plan(qtbot, window)
    window.wizard.go_to(PageId.LETTERS)  # as the list of steps does
    assert window.wizard.currentId() == PageId.LETTERS
    letters = ready(qtbot, window, PageId.LETTERS)
    for passed in (PageId.MEETING, PageId.PARTICIPANTS):
        assert not window.wizard.is_built(passed)
    window.wizard.back()  # a step walked past comes in when it is reached
    team = ready(qtbot, window, PageId.PARTICIPANTS)
    assert team.isVisible()
    assert not letters.isVisible()


def test_code_that_needs_the_page_gets_it_at_once(qtbot, window):
    new_plan(qtbot, window)
    page = window.wizard.loved_one  # e.g. going to a finding's field
    assert window.wizard.ready_page(PageId.LOVED_ONE) is page
    assert page.isVisible()
    assert shell(window, PageId.LOVED_ONE).subTitle() == page.subTitle()
    assert next_button(window).isEnabled()


def test_arriving_with_the_keyboard_in_the_list_of_steps_leaves_it_there(qtbot, window):
    new_plan(qtbot, window)
    ready(qtbot, window, PageId.LOVED_ONE)
    steps = window.steps
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Down)  # browsing the steps with the arrow keys
    assert window.wizard.currentId() == PageId.MEETING
    ready(qtbot, window, PageId.MEETING)
    assert steps.hasFocus()

"""Clicked straight through a big plan with the keyboard, on a real display: each step not
yet built says "One moment…" and comes in a slice per turn; Alt+N pressed at once is kept
until the step is in, and keys typed the moment a step appears land in its first input,
through the X server as a person's keys do."""

from __future__ import annotations

import pytest

from interventionplanner.domain.plan import Letter, Participant, Role
from interventionplanner.ui import wizard as wizard_module
from interventionplanner.ui.getting_ready import GettingReady
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay

PEOPLE = 48
WORDS = 5_000
CHOSEN = 30  # "Quinn Moss": the only name starting with Q, found by typing it


def big_team() -> list[Participant]:
    letter = " ".join(["We remember the lake and the long summers there."] * (WORDS // 9))
    return [
        Participant(
            name="Quinn Moss" if n == CHOSEN else f"Person {n + 1}",
            relationship="family",
            roles=[Role.SPEAKER],
            letter=Letter(love_and_memory=letter),
        )
        for n in range(PEOPLE)
    ]


@pytest.fixture
def window(make_window, monkeypatch):
    """Nothing built ahead, so every step is reached unbuilt; a slice every 60 ms, so the
    keys typed on arrival certainly come while the step is still getting ready."""
    monkeypatch.setattr(wizard_module, "AHEAD_MS", 2**31 - 1)
    made = make_window()
    made.wizard._slicer.setInterval(60)
    return made


def test_keys_typed_as_letters_appears_land_there(window, xkeys, monkeypatch):
    wizard = window.wizard
    kept = []  # how many keys each step kept while it was getting ready
    type_kept = GettingReady.type_kept
    monkeypatch.setattr(
        GettingReady, "type_kept", lambda holder: (kept.append(len(holder.kept)), type_kept(holder))
    )
    xkeys.activate(window)
    xkeys.click(wizard.welcome.new_button, until=lambda: wizard.currentId() == PageId.LOVED_ONE)
    team = big_team()
    window.document.update("participants", lambda plan: plan.participants.extend(team))
    seen_waiting = []
    for step in (PageId.MEETING, PageId.PARTICIPANTS):
        # Pressed at once: on a step still getting ready, Alt+N is kept until it is in.
        xkeys.key("alt+n", until=lambda s=step: wizard.currentId() == s)
        seen_waiting.append(wizard.page(step).waiting is not None)
        if step is PageId.MEETING:
            wizard._slicer.stop()  # held still for its picture
            xkeys.shot("getting-ready-meeting")
            wizard._slicer.start()
    assert seen_waiting == [True, True]

    xkeys.key("alt+n", until=lambda: wizard.currentId() == PageId.LETTERS)
    letters = wizard.page(PageId.LETTERS)
    assert letters.waiting is not None  # "One moment…" while it is built
    xkeys.type("Quinn")  # the writers' list takes the keyboard first: typing finds a name
    xkeys.wait(lambda: wizard.ready_page(PageId.LETTERS) is not None, "for Letters")
    page = wizard.ready_page(PageId.LETTERS)
    xkeys.wait(lambda: page.writer is team[CHOSEN], "for Quinn's letter")
    xkeys.shot("getting-ready-letters-in")
    assert kept[-1] > 0  # some of "Quinn" came while Letters was still getting ready
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == CHOSEN
    assert all(p.letter.love_and_memory == team[0].letter.love_and_memory for p in team)

"""Point 10 of issue 12: rehearsal never offers an implausible pace, and role-play cards
can be closed with a button or Esc."""

from __future__ import annotations

import pytest

from interventionplanner.ui.prompter import PrompterWindow
from interventionplanner.ui.role_play import RolePlayWindow
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.realdisplay


def open_example_at(xkeys, window, page_id: PageId) -> None:
    xkeys.activate(window)
    xkeys.key("alt+e", until=lambda: window.wizard.currentId() != PageId.WELCOME)
    while window.wizard.currentId() != page_id:
        here = window.wizard.currentId()
        xkeys.key("alt+n", until=lambda h=here: window.wizard.currentId() != h)
    # A step reached before it was built says "One moment…" first; its own Alt+letter
    # keys work once its page is in (the person sees the page before pressing them).
    xkeys.wait(lambda: window.wizard.ready_page(page_id) is not None, "for the step")


def the_open(window, kind):
    return next((w for w in window.rehearsals if isinstance(w, kind)), None)


def test_skipping_through_a_letter_offers_no_pace(window, xkeys):
    open_example_at(xkeys, window, PageId.LETTERS)
    xkeys.key("alt+e", until=lambda: the_open(window, PrompterWindow) is not None)
    prompter = the_open(window, PrompterWindow)
    xkeys.activate(prompter)
    paragraphs = len(prompter.rehearsal.paragraphs)
    assert paragraphs >= 2
    # Space through every paragraph in a few seconds: far faster than anyone reads aloud.
    xkeys.key(*["space"] * (paragraphs + 1), until=lambda: prompter.result is not None)
    xkeys.shot("rehearsal-1-skipped-through")
    assert prompter.result.words_per_minute > 300
    assert not prompter.use_pace_button.isVisible()
    assert "not a full reading" in prompter.result_label.text()
    assert prompter.not_now_button.text() == "Close"
    writer = window.document.plan.participant(prompter.participant_id)
    assert writer.reading_rate_wpm is None or writer.reading_rate_wpm <= 240
    xkeys.key("Escape", until=lambda: the_open(window, PrompterWindow) is None)


def test_role_play_cards_close_with_a_button_or_esc(window, xkeys):
    open_example_at(xkeys, window, PageId.ORDER)
    xkeys.key("alt+j", until=lambda: the_open(window, RolePlayWindow) is not None)
    cards = the_open(window, RolePlayWindow)
    xkeys.activate(cards)
    assert cards.stop_button.isVisible()
    assert "Esc" in cards.hint_label.text()
    assert cards.hint_label.isVisible()
    xkeys.key("space", until=cards.answer_label.isVisible)
    xkeys.shot("rehearsal-2-role-play-card")
    xkeys.key("alt+c", until=lambda: the_open(window, RolePlayWindow) is None)

    xkeys.activate(window)
    xkeys.key("alt+j", until=lambda: the_open(window, RolePlayWindow) is not None)
    xkeys.activate(the_open(window, RolePlayWindow))
    xkeys.key("Escape", until=lambda: the_open(window, RolePlayWindow) is None)

"""The Letters step, as a writer uses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from interventionplanner.domain.plan import LetterStatus, Role
from interventionplanner.ui.wizard import PageId
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def open_letters(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.new_button, Qt.MouseButton.LeftButton)
    from interventionplanner.domain.plan import Participant

    team = [
        Participant(name="Mia", roles=[Role.CHAIRPERSON, Role.SPEAKER]),
        Participant(name="Ken", roles=[Role.SPEAKER]),
        Participant(name="Sam", roles=[Role.LOGISTICS]),
    ]
    window.document.update("participants", lambda plan: plan.participants.extend(team))
    window.wizard.go_to(PageId.LETTERS)
    return window.wizard.letters


def click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def underlined_words(edit) -> list[str]:
    block = edit.document().firstBlock()
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_only_writers_are_listed(qtbot, window):
    page = open_letters(qtbot, window)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == ["Mia", "Ken"]


def test_typing_updates_counts_and_the_coach_offers_kinder_words(qtbot, window):
    page = open_letters(qtbot, window)
    click_row(qtbot, page.table, 1)
    assert page.writer.name == "Ken"
    first, *others = page.part_edits.values()
    type_text(first, "I remember the summer we built the boat together.")
    for edit in others:
        type_text(edit, "Every word here counts.")
    qtbot.waitUntil(lambda: "words" in page.stats.text() and page.stats.text().startswith("21"))
    assert page.model.index(1, page.model.COL_WORDS).data() == "21"
    assert page.model.index(1, page.model.COL_STATUS).data() == "draft"

    type_text(first, " You're a junkie now.")
    # At once, or as soon as the window's lane has compiled the rules (ui/coach_warmth.py).
    qtbot.waitUntil(lambda: "You're a junkie" in underlined_words(first), timeout=20_000)
    qtbot.waitUntil(lambda: page.findings.rowCount() == 1)
    listed = page.findings.index(0).data()
    assert "junkie" in listed

    page.findings_view.setCurrentIndex(page.findings.index(0))
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    letter = window.document.plan.participants[1].letter
    assert "junkie" not in letter.love_and_memory
    assert letter.love_and_memory.endswith("You're struggling with drugs now.")
    assert letter.love_and_memory.startswith("I remember the summer")
    assert underlined_words(first) == []


def test_keep_mine_leaves_the_words_and_stops_underlining(qtbot, window):
    page = open_letters(qtbot, window)
    first = next(iter(page.part_edits.values()))
    type_text(first, "You are so selfish.")
    qtbot.waitUntil(lambda: page.findings.rowCount() == 1)
    page.findings_view.setCurrentIndex(page.findings.index(0))
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert page.findings.rowCount() == 0
    assert window.document.plan.participants[0].letter.love_and_memory == "You are so selfish."


def test_the_bottom_line_is_kept_apart_from_the_letter(qtbot, window):
    page = open_letters(qtbot, window)
    type_text(next(iter(page.part_edits.values())), "I love you.")
    page.tabs.setCurrentIndex(1)
    type_text(page.bottom_line, "I will not lend money any more.")
    letter = window.document.plan.participants[0].letter
    assert letter.bottom_line == "I will not lend money any more."
    assert "money" not in letter.text()
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "I love you." in page.preview.toPlainText())
    assert "money" not in page.preview.toPlainText()


def test_a_long_letter_gets_a_gentle_note(qtbot, window):
    page = open_letters(qtbot, window)
    first = next(iter(page.part_edits.values()))
    first.setPlainText(" ".join(["word"] * 650))
    qtbot.waitUntil(lambda: page.long_note.isVisible())
    assert "two pages" in page.long_note.text()


def test_status_and_reader_are_stored(qtbot, window):
    page = open_letters(qtbot, window)
    page.status.setCurrentIndex(page.status.findData(LetterStatus.FINAL.value))
    assert window.document.plan.participants[0].letter.status is LetterStatus.FINAL


def test_the_example_letters_show_with_their_counts(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    assert page.model.rowCount() == 6
    assert page.writer is not None
    assert page.part_edits["love_and_memory"].toPlainText() == page.writer.letter.love_and_memory
    words = int(page.model.index(0, page.model.COL_WORDS).data())
    assert 250 <= words <= 450
    assert not window.document.dirty  # looking is not changing


def test_a_letter_written_elsewhere_comes_back_only_when_agreed(
    qtbot, window, tmp_path, monkeypatch
):
    from interventionplanner.ui import dialogs

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    click_row(qtbot, page.table, 1)
    writer = page.writer
    kit = tmp_path / "kit.md"
    monkeypatch.setattr(dialogs, "ask_kit_save_path", lambda parent, suggested: kit)
    page.kit_action.trigger()  # the export button's menu: "A kit for this writer…"
    text = kit.read_text("utf-8")
    assert writer.letter.my_hope.splitlines()[0] in text

    kit.write_text(text.replace(writer.letter.my_hope, "I hope for long walks again. 🌲"), "utf-8")
    monkeypatch.setattr(dialogs, "ask_kit_open_path", lambda parent: kit)
    shown = []

    def answer(parent, name, changes, agree):
        shown.append((name, [heading for heading, _, _ in changes]))
        return agree

    monkeypatch.setattr(
        dialogs,
        "ask_replace_letter",
        lambda parent, name, changes: answer(parent, name, changes, False),
    )
    qtbot.mouseClick(page.import_kit_button, Qt.MouseButton.LeftButton)
    assert shown == [(writer.name, ["3. My hope"])]
    assert "long walks" not in writer.letter.my_hope  # they said no: nothing changed

    monkeypatch.setattr(
        dialogs,
        "ask_replace_letter",
        lambda parent, name, changes: answer(parent, name, changes, True),
    )
    qtbot.mouseClick(page.import_kit_button, Qt.MouseButton.LeftButton)
    assert writer.letter.my_hope == "I hope for long walks again. 🌲"
    assert page.part_edits["my_hope"].toPlainText() == "I hope for long walks again. 🌲"
    assert window.document.dirty


def test_a_bad_kit_is_told_plainly_and_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    from interventionplanner.ui import dialogs

    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    page = window.wizard.letters
    bad = tmp_path / "notes.md"
    bad.write_text("# My shopping list\n\n- milk\n", "utf-8")
    before = [p.letter for p in window.document.plan.participants]
    told = []
    monkeypatch.setattr(dialogs, "ask_kit_open_path", lambda parent: bad)
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(page.import_kit_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1
    assert "\n" not in told[0]
    assert [p.letter for p in window.document.plan.participants] == before
    assert not window.document.dirty

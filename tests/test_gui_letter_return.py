"""The Letters step when a letter comes back: Word kits, pasted e-mails, placing by hand."""

from __future__ import annotations

import io

import kit_editing as edit
import pytest
from docx import Document
from PySide6.QtCore import QItemSelectionModel, Qt

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.domain.plan import LetterStatus
from interventionplanner.ui.letter_return import LEFT_OUT, PlaceLetterDialog
from interventionplanner.ui.wizard import PageId

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    window.wizard.go_to(PageId.LETTERS)
    return window.wizard.letters


def answer(monkeypatch, name, reply):
    from interventionplanner.ui import dialogs

    asked = []

    def respond(*args):
        asked.append(args[1:])
        return reply(*args) if callable(reply) else reply

    monkeypatch.setattr(dialogs, name, respond)
    return asked


def test_a_word_kit_goes_out_and_comes_back_when_agreed(page, window, tmp_path, monkeypatch):
    writer = page.writer
    kit = tmp_path / "kit.docx"
    suggested = answer(monkeypatch, "ask_kit_save_path", kit)
    page.kit_action.trigger()
    assert suggested == [("letter-kit-margaret-marsh.docx",)]
    data = edit.like_google_docs(edit.write_part(kit.read_bytes(), 3, ["Sundays, again."]))
    kit.write_bytes(data)
    answer(monkeypatch, "ask_kit_open_path", kit)
    shown = answer(monkeypatch, "ask_replace_letter", True)
    before = writer.letter.my_hope
    page.import_kit_button.click()
    assert shown == [(writer.name, [("3. My hope", before, "Sundays, again.")])]
    assert writer.letter.my_hope == "Sundays, again."
    assert writer.letter.status == LetterStatus.DRAFT
    assert page.part_edits["my_hope"].toPlainText() == "Sundays, again."
    assert window.document.dirty


def test_parts_that_cannot_be_told_apart_are_placed_by_the_person(
    page, window, tmp_path, monkeypatch
):
    writer = page.writer
    kit = tmp_path / "kit.docx"
    answer(monkeypatch, "ask_kit_save_path", kit)
    page.kit_action.trigger()
    document = Document(io.BytesIO(edit.write_part(kit.read_bytes(), 3, ["Long walks."])))
    heading = document.paragraphs[edit.heading_index(document, 3)]
    heading._p.getparent().remove(heading._p)  # "3. My hope" deleted
    document.save(kit)
    answer(monkeypatch, "ask_kit_open_path", kit)

    def place(parent, name, paragraphs, fields):
        assert name == writer.name
        assert "Long walks." in paragraphs
        assert fields[paragraphs.index("Long walks.")] is None  # not guessed
        dialog = PlaceLetterDialog(name, paragraphs, fields, parent)
        for row, field in enumerate(fields):
            if field is None:
                dialog.table.selectRow(row)
                is_hope = paragraphs[row] == "Long walks."
                dialog.assign("my_hope" if is_hope else "what_i_have_seen")
        assert dialog.use.isEnabled()
        return dialog.parts()

    placed = answer(monkeypatch, "ask_place_letter", place)
    shown = answer(monkeypatch, "ask_replace_letter", False)
    before = writer.letter.my_hope
    page.import_kit_button.click()
    assert len(placed) == 1
    assert [heading for heading, _, _ in shown[0][1]] == ["3. My hope"]
    assert writer.letter.my_hope == before  # they kept the letter as it is
    assert not window.document.dirty


def test_the_placing_dialog_needs_every_paragraph_placed(qtbot, page):
    dialog = PlaceLetterDialog(
        "Ray", ["Dear Danny,", "You taught me.", "Go today?"], [None] * 3, page
    )
    qtbot.addWidget(dialog)
    assert not dialog.use.isEnabled()
    assert not dialog.part_buttons["love_and_memory"].isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    dialog.leave_out.click()
    assert dialog.table.selectionModel().selectedRows()[0].row() == 1  # on to the next
    dialog.part_buttons["love_and_memory"].click()
    assert "1 paragraph" in dialog.remaining.text()
    dialog.part_buttons["the_ask"].click()
    assert dialog.use.isEnabled()
    assert dialog.fields == [LEFT_OUT, "love_and_memory", "the_ask"]
    assert dialog.table.item(0, 0).text() == "(left out)"
    assert dialog.parts() == {
        "love_and_memory": "You taught me.",
        "what_i_have_seen": "",
        "my_hope": "",
        "the_ask": "Go today?",
        "bottom_line": "",
    }
    selection = dialog.table.selectionModel()
    selection.select(
        dialog.table.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    selection.select(
        dialog.table.model().index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog.part_buttons["bottom_line"].click()  # several at once, kept in their order
    assert dialog.parts()["bottom_line"] == "Dear Danny,\n\nGo today?"


def test_a_letter_pasted_from_an_email(page, window, monkeypatch):
    writer = page.writer
    pasted = "> 3. My hope\n> Pancakes on Sunday.\n>\n> 4. The ask\n> Please go today.\n"
    answer(monkeypatch, "ask_pasted_letter", pasted)

    def place(parent, name, paragraphs, fields):
        return None  # the person closes the placing dialog: nothing changes

    placed = answer(monkeypatch, "ask_place_letter", place)
    page.paste_button.click()
    # Parts 1, 2 and 5 have no heading: "4. The ask" is certain only up to the end.
    assert len(placed) == 1
    assert writer.letter.the_ask != "Please go today."

    full = "\n\n".join(
        f"{n}. {part.heading}\nWords for {part.field}." for n, part in enumerate(ALL_PARTS, 1)
    )
    answer(monkeypatch, "ask_pasted_letter", full)
    answer(monkeypatch, "ask_replace_letter", True)
    page.paste_button.click()
    assert writer.letter.my_hope == "Words for my_hope."
    assert writer.letter.bottom_line == "Words for bottom_line."
    assert window.document.dirty


def test_a_letter_that_names_nobody_asks_whose_it_is(page, window, tmp_path, monkeypatch):
    text = tmp_path / "letter.txt"
    text.write_text("1. Love and a memory\nYou built me a kite.\n", "utf-8")
    answer(monkeypatch, "ask_kit_open_path", text)
    names = answer(monkeypatch, "ask_letter_owner", 2)
    answer(monkeypatch, "ask_place_letter", lambda *a: None)
    page.import_kit_button.click()
    assert names == [([w.name for w in page.model.writers],)]


def test_kits_for_every_writer_into_a_folder(page, tmp_path, monkeypatch):
    answer(monkeypatch, "ask_folder", tmp_path)
    told = answer(monkeypatch, "show_info", None)
    page.all_sheets_action.trigger()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == len(page.model.writers) == 6
    assert all(name.startswith("letter-worksheet-") and name.endswith(".pdf") for name in files)
    assert "6 files" in told[0][1]
    problems = answer(monkeypatch, "show_problem", None)
    page.all_kits_action.trigger()  # Word kits: no clash with the worksheets
    assert problems == []
    page.all_kits_action.trigger()  # again: the kits are there, nothing is replaced unasked
    assert "already exist" in problems[0][1]


def test_a_word_file_with_macros_is_told_plainly(page, window, tmp_path, monkeypatch):
    kit = tmp_path / "kit.docx"
    answer(monkeypatch, "ask_kit_save_path", kit)
    page.kit_action.trigger()
    import zipfile

    with zipfile.ZipFile(kit, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"macro")
    answer(monkeypatch, "ask_kit_open_path", kit)
    told = answer(monkeypatch, "show_problem", None)
    before = [p.letter for p in window.document.plan.participants]
    page.import_kit_button.click()
    assert len(told) == 1
    assert "macros" in told[0][1]
    assert [p.letter for p in window.document.plan.participants] == before
    assert not window.document.dirty


def test_the_paste_box_brings_in_only_words(qtbot, page):
    from interventionplanner.ui.letter_return import PasteLetterDialog

    dialog = PasteLetterDialog("Ray Doyle", page)
    qtbot.addWidget(dialog)
    assert not dialog.go.isEnabled()
    dialog.text.setPlainText("   \n ")
    assert not dialog.go.isEnabled()
    dialog.text.setPlainText("Dear Danny,")
    assert dialog.go.isEnabled()


@pytest.mark.parametrize(
    ("typed", "chosen", "saved"),
    [
        ("kit", "Word document (*.docx)", "kit.docx"),
        ("kit", "Worksheet to print and write by hand (*.pdf)", "kit.pdf"),
        ("kit.txt", "Word document (*.docx)", "kit.txt"),
        ("kit.final", "Markdown (*.md)", "kit.final.md"),
    ],
)
def test_the_kit_file_name_gets_the_chosen_ending(monkeypatch, tmp_path, typed, chosen, saved):
    from PySide6.QtWidgets import QFileDialog

    from interventionplanner.ui import dialogs

    monkeypatch.undo()  # the real function, with Qt's file dialog answered instead
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / typed), chosen)
    )
    assert dialogs.ask_kit_save_path(None, "x.docx") == tmp_path / saved

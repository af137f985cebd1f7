"""The window's tables stop typing at the plan's limits and say why; dates stop at the
last year a plan may hold."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QWidget

from interventionplanner.domain import limits
from interventionplanner.domain.plan import Objection, Task
from interventionplanner.storage.recovery import RecoveryStore
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.treatment_models import (
    Column,
    Kind,
    ListItemDelegate,
    ListTableModel,
    OptionalDateEdit,
)

_KEEP: list = []  # what the editor needs alive for the length of a test


@pytest.fixture(autouse=True)
def _let_go():
    yield
    _KEEP.clear()


def _editor(qtbot, tmp_path, rows, column: Column, make_row, where: str):
    document = PlanDocument(RecoveryStore(tmp_path / "recovery"))
    document.update(where, lambda plan: setattr(plan, where, rows))
    parent = QWidget()
    qtbot.addWidget(parent)
    model = ListTableModel(document, where, [column], make_row)
    delegate = ListItemDelegate(document)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), model.index(0, 0))
    _KEEP[:] = [document, parent, model, delegate, editor]
    return editor


def test_a_task_cell_takes_no_more_than_a_task_may_hold(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path, [Task("Pack a bag")], Column("Task", "item"), Task, "tasks")
    assert isinstance(editor, QLineEdit)
    assert editor.maxLength() == limits.max_chars(Task, "item") == 1_000
    assert "1,000 characters" in editor.toolTip()


def test_an_answer_cell_takes_a_long_answer(qtbot, tmp_path):
    rows = [Objection("I don't have a problem", "We love you")]
    editor = _editor(qtbot, tmp_path, rows, Column("Answer", "answer"), Objection, "objections")
    assert editor.maxLength() == limits.max_chars(Objection, "answer")


def test_a_due_date_stops_at_the_last_year_a_plan_may_hold(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.maximumDate().year() == limits.MAX_YEAR
    assert Kind.DATE.value == "date"


def test_the_person_dialog_stops_at_each_fields_limit(qtbot):
    from interventionplanner.domain.plan import Participant
    from interventionplanner.ui.participant_dialog import ParticipantDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ParticipantDialog(Participant(), [], parent)
    assert dialog.phone.maxLength() == 40
    assert dialog.relationship.maxLength() == 100
    assert dialog.email.maxLength() == 254
    assert dialog.name.maxLength() == 200
    assert "40 characters" in dialog.phone.toolTip()
    qtbot.keyClicks(dialog.phone, "5" * 60)
    assert dialog.phone.text() == "5" * 40

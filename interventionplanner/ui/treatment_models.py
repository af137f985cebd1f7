"""The treatment step's three tables: prescriptions, the checklist, and likely objections.

One small model serves all three: a list of dataclasses read straight from the plan, with
its columns given as (header, attribute, kind). Every change is written into the plan and
told to the document, like every other input. One delegate gives each kind its editor: a
line of text, a person from the team, or a date that may be left empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QWidget

from interventionplanner.domain import limits
from interventionplanner.domain.change import Change
from interventionplanner.domain.where import value_at
from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.when_edit import open_calendar

Index = QModelIndex | QPersistentModelIndex

# A QDateEdit cannot be empty, so its lowest value stands for "no date yet".
UNSET_DATE = QDate(2000, 1, 1)
DATE_FORMAT = "d MMM yyyy"


class Kind(Enum):
    TEXT = "text"
    OWNER = "owner"  # a participant's id; shown as their name
    DATE = "date"  # a date, or None
    CHECK = "check"  # a bool, shown as a tick box


@dataclass(frozen=True)
class Column:
    header: str
    attribute: str
    kind: Kind = Kind.TEXT
    tooltip: str = ""
    # A tick box's state in words (ticked, not ticked), for screen readers and, when ticked,
    # shown beside the box, so the state never rests on the tick alone. Empty: done / not done.
    ticked_words: tuple[str, str] = ("", "")


class ListTableModel(QAbstractTableModel):
    """A list of dataclasses in the plan (e.g. plan.tasks) as an editable table."""

    def __init__(
        self,
        document: PlanDocument,
        where: str,
        columns: Sequence[Column],
        make_row: Callable[[], Any],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.where = where  # the list's path in the plan, e.g. "treatment/prescriptions"
        self.columns = tuple(columns)
        self._make_row = make_row
        self._changing = False  # this model is making the change: it has told its views
        self._people_shown: list[str] | None = None  # the names repaint_people last showed
        document.changed.connect(self._plan_changed)

    @property
    def rows(self) -> list:
        return value_at(self.document.plan, self.where)

    def reload(self) -> None:
        """A different plan is open: read its list again."""
        self._people_shown = None
        self.beginResetModel()
        self.endResetModel()

    def _plan_changed(self, change: Change) -> None:
        """The list changed somewhere else (e.g. a tick in a rehearsal): show it as it is."""
        if not self._changing and change.touches(self.where):
            self.reload()

    def _change(self, where: str, change: Callable[[Any], object]) -> None:
        self._changing = True
        try:
            self.document.update(where, change)
        finally:
            self._changing = False

    def repaint_people(self) -> None:
        """The team changed somewhere else: show the people's names as they are now (the
        columns fitted to them again: 6 ms of each arrival on Treatment, so only when a
        name shown is not the one last shown)."""
        owners = [column for column, spec in enumerate(self.columns) if spec.kind is Kind.OWNER]
        names = [
            self._shown(Kind.OWNER, getattr(row, self.columns[column].attribute))
            for row in self.rows
            for column in owners
        ]
        if names == self._people_shown:
            return
        self._people_shown = names
        for column in owners:
            if self.rows:
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    # --- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def kind(self, index: Index) -> Kind:
        return self.columns[index.column()].kind

    def value(self, index: Index) -> Any:
        return getattr(self.rows[index.row()], self.columns[index.column()].attribute)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        kind, value = self.kind(index), self.value(index)
        if kind is Kind.CHECK:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            ticked, not_ticked = self.columns[index.column()].ticked_words
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if ticked:
                    return ticked if value else not_ticked
                return _("done") if value else _("not done yet")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and ticked:
                return ticked if value else ""
            return None
        if role == Qt.ItemDataRole.EditRole:
            if kind is Kind.DATE:
                return QDate(value) if value else None
            return value
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._shown(kind, value)
        return None

    def _shown(self, kind: Kind, value: Any) -> str:
        if kind is Kind.OWNER:
            person = self.document.plan.participant(value)
            if person is None:
                return ""
            return person.name or _("(no name)")
        if kind is Kind.DATE:
            return QLocale().toString(QDate(value), DATE_FORMAT) if value else ""
        return value

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.kind(index) is Kind.CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # --- changes, always through the document -------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        kind = self.kind(index)
        if kind is Kind.CHECK:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            state = value.value if isinstance(value, Qt.CheckState) else int(value)
            new = state == Qt.CheckState.Checked.value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif kind is Kind.DATE:
            new = _as_date(value)
        elif kind is Kind.OWNER:
            new = value if self.document.plan.participant(value) is not None else None
        else:
            new = "" if value is None else str(value)
        if new != self.value(index):
            self._changing = True
            try:
                self.document.set(
                    f"{self.where}/{index.row()}/{self.columns[index.column()].attribute}", new
                )
            finally:
                self._changing = False
        self.dataChanged.emit(index, index)
        return True

    def add(self, item: Any = None) -> int:
        """Add a row at the end (a blank one unless given); return its number."""
        row = len(self.rows)
        new = self._make_row() if item is None else item
        self.beginInsertRows(QModelIndex(), row, row)
        self._change(self.where, lambda _plan: self.rows.append(new))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._change(self.where, lambda _plan: self.rows.pop(row))
        self.endRemoveRows()

    def add_missing(self, items: Sequence[Any], attribute: str) -> int:
        """Add the items whose `attribute` text is not in the list yet; return how many."""

        def key(item: Any) -> str:
            return " ".join(str(getattr(item, attribute)).split()).casefold()

        present = {key(item) for item in self.rows}
        new = []
        for item in items:
            if key(item) not in present:
                present.add(key(item))
                new.append(item)
        if new:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._change(self.where, lambda _plan: self.rows.extend(new))
            self.endInsertRows()
        return len(new)


def _as_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() and value != UNSET_DATE else None
    if isinstance(value, date):
        return value
    return None


# --- editors --------------------------------------------------------------------------------


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: its lowest value reads "No date", and Delete clears it.

    Stepping or opening the calendar from "No date" starts at today, not in the year 2000.
    """

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(UNSET_DATE)
        self.setMaximumDate(QDate(limits.MAX_YEAR, 12, 31))  # the latest a plan may hold
        self.setSpecialValueText(_("No date"))
        self.setToolTip(_("Delete clears the date."))

    @property
    def is_unset(self) -> bool:
        return self.date() == UNSET_DATE

    def _start_from_today(self) -> None:
        if self.is_unset:
            self.setDate(QDate(self._today()))

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if self.is_unset:
            self._start_from_today()
            return
        super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(UNSET_DATE)
            event.accept()
            return
        opens_calendar = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens_calendar:
            self._start_from_today()
            open_calendar(self, super().mousePressEvent)  # Qt has no key for the calendar
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._start_from_today()
        super().mousePressEvent(event)


def _cap(editor: QWidget, index: Index) -> None:
    """A text cell takes no more characters than the plan may hold (domain/limits.py), and
    its tooltip says why it stops."""
    model = index.model()
    if not isinstance(editor, QLineEdit) or not isinstance(model, ListTableModel):
        return
    owner, field = type(model.rows[index.row()]), model.columns[index.column()].attribute
    most = limits.max_chars(owner, field)
    if most is not None:
        editor.setMaxLength(most)
        editor.setToolTip(limits.limit_message(owner, field))


class ListItemDelegate(QStyledItemDelegate):
    """Each column's editor, chosen by its kind. Text uses Qt's own line editor."""

    def __init__(
        self, document: PlanDocument, today: Callable[[], date] = date.today, parent=None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._today = today

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        kind = index.model().kind(index)
        if kind is Kind.OWNER:
            combo = QComboBox(parent)
            combo.addItem(_("(nobody yet)"), None)
            for person in self.document.plan.participants:
                combo.addItem(person.name or _("(no name)"), person.id)
            combo.setAccessibleName(_("Who sees to it"))
            return combo
        if kind is Kind.DATE:
            edit = OptionalDateEdit(parent, self._today)
            edit.setAccessibleName(_("By when"))
            return edit
        editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        if header:
            editor.setAccessibleName(header)
        _cap(editor, index)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        kind = index.model().kind(index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if kind is Kind.OWNER:
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif kind is Kind.DATE:
            editor.setDate(value if isinstance(value, QDate) else UNSET_DATE)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        kind = model.kind(index)
        if kind is Kind.OWNER:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif kind is Kind.DATE:
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

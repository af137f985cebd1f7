"""The speaking order, the seating and the meeting's timeline as Qt models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from interventionplanner.domain.display import duration, segment_words, start_text
from interventionplanner.domain.plan import Participant
from interventionplanner.domain.timeline import TimelineEntry, build_timeline
from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-interventionplanner-row"
PERSON_ID = Qt.ItemDataRole.UserRole + 1


class PeopleOrderModel(QAbstractListModel):
    """An ordered list of people that the family rearranges by drag and drop or keyboard.

    Dropping moves the dragged row; the model never removes rows, so the view's own
    'remove after move' step finds nothing to do.
    """

    where = ""  # the plan's field that keeps this order (subclasses say which)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.document = document
        self.people: list[Participant] = []

    def current_people(self) -> list[Participant]:
        """Subclasses say which people are listed."""
        raise NotImplementedError

    def label(self, row: int, person: Participant) -> str:
        return f"{row + 1}. {person.name}"

    def reload(self) -> None:
        self.beginResetModel()
        self.people = self.current_people()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(index.row(), person)
        if role == PERSON_ID:
            return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled  # drop between rows, never onto one

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        data.setData(ROW_MIME, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        source = int(bytes(data.data(ROW_MIME)).decode())
        target = len(self.people) if row < 0 else row
        if target > source:
            target -= 1  # the dragged row no longer sits above the drop point
        self.move(source, target)
        return True

    def move(self, source: int, target: int) -> None:
        if source == target or not (0 <= source < len(self.people)):
            return
        target = max(0, min(target, len(self.people) - 1))
        ids = [p.id for p in self.people]
        ids.insert(target, ids.pop(source))
        self.document.set(self.where, ids)
        self.reload()


class SpeakerOrderModel(PeopleOrderModel):
    where = "speaker_order"

    def current_people(self) -> list[Participant]:
        return self.document.plan.speaking_order()

    def label(self, row: int, person: Participant) -> str:
        plan = self.document.plan
        marks = []
        if plan.chairperson is person:
            marks.append(_("chairperson: opens and closes"))
        if person.read_by and plan.participant(person.read_by):
            marks.append(_("read by {name}").format(name=plan.participant(person.read_by).name))
        if plan.closer_id == person.id:
            marks.append(_("the closer: reads last"))
        suffix = f" ({'; '.join(marks)})" if marks else ""
        return f"{row + 1}. {person.name}{suffix}"


class SeatingModel(PeopleOrderModel):
    where = "seating"

    def current_people(self) -> list[Participant]:
        plan = self.document.plan
        return [p for pid in plan.seating if (p := plan.participant(pid)) is not None]


class TimelineModel(QAbstractTableModel):
    COL_START, COL_WHO, COL_WHAT, COL_LENGTH = range(4)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.document = document
        self.entries: list[TimelineEntry] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = build_timeline(self.document.plan)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_("Starts"), _("Who"), _("What"), _("Length"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry, column = self.entries[index.row()], index.column()
        # Only the cell asked for: sizing a long meeting's rows asks for thousands.
        if column == self.COL_START:
            return start_text(self.document.plan.meeting.starts_at, entry.start_seconds)
        if column == self.COL_WHO:
            return entry.who or _("(chairperson not chosen)")
        if column == self.COL_WHAT:
            return segment_words(entry.segment, entry.read_for)
        return duration(entry.seconds)

"""The letters at a glance: who writes, how far along, how long it takes to read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from interventionplanner.domain.display import duration, status_words
from interventionplanner.domain.plan import Participant
from interventionplanner.domain.speaking import count_words
from interventionplanner.domain.timeline import letter_seconds
from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument

Index = QModelIndex | QPersistentModelIndex


class LettersTableModel(QAbstractTableModel):
    """Words and reading times are worked out once per change of a letter and kept, so
    painting the table never counts a letter again."""

    COL_NAME, COL_STATUS, COL_WORDS, COL_TIME = range(4)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.document = document
        self._writers: list[Participant] = []
        self._by_id: dict[str, Participant] = {}
        self._rows: dict[str, tuple[str, str, str, str]] = {}
        self.reload()

    @property
    def writers(self) -> list[Participant]:
        return self._writers

    def writer(self, participant_id: str | None) -> Participant | None:
        return self._by_id.get(participant_id) if participant_id else None

    def _current(self) -> list[Participant]:
        return [p for p in self.document.plan.participants if p.has_letter_to_read]

    def reload(self) -> None:
        self.beginResetModel()
        self._writers = self._current()
        self._by_id = {p.id: p for p in self._writers}
        self._rows = {p.id: self._row(p) for p in self._writers}
        self.endResetModel()

    def refresh(self, ids: set[str] | None = None) -> None:
        """Writers joined or left: list them again. Otherwise repaint the rows of `ids`
        (everyone when None: a pace or the plan's rate changed)."""
        current = self._current()
        if [p.id for p in current] != [p.id for p in self._writers]:
            self.reload()
            return
        self._writers = current  # the same people, perhaps as new objects after an edit
        self._by_id = {p.id: p for p in current}
        for row, person in enumerate(current):
            if ids is None or person.id in ids:
                shown = self._row(person)
                if shown != self._rows.get(person.id):  # most keys change no count shown
                    self._rows[person.id] = shown
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_TIME))

    def _row(self, person: Participant) -> tuple[str, str, str, str]:
        words = count_words(person.letter.text())
        seconds = letter_seconds(self.document.plan, person)
        status = status_words(person.letter.status)  # as the status box says it
        return (person.name, status, str(words), duration(seconds))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._writers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_("Writer"), _("Status"), _("Words"), _("Time"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[self._writers[index.row()].id][index.column()]

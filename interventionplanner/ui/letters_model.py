"""The letters at a glance: who writes, how far along, how long it takes to read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from interventionplanner.domain.plan import Participant
from interventionplanner.domain.speaking import count_words, speaking_seconds
from interventionplanner.domain.wording import status_word
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.labels import format_duration

Index = QModelIndex | QPersistentModelIndex


class LettersTableModel(QAbstractTableModel):
    COL_NAME, COL_STATUS, COL_WORDS, COL_TIME = range(4)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.document = document
        self._writers: list[Participant] = []
        self.reload()

    @property
    def writers(self) -> list[Participant]:
        return self._writers

    def reload(self) -> None:
        self.beginResetModel()
        self._writers = [p for p in self.document.plan.participants if p.has_letter_to_read]
        self.endResetModel()

    def refresh(self) -> None:
        """The team may have changed on another step; otherwise only counts moved."""
        current = [p for p in self.document.plan.participants if p.has_letter_to_read]
        if [p.id for p in current] != [p.id for p in self._writers]:
            self.reload()
        elif self._writers:
            self._writers = current
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._writers) - 1, self.COL_TIME)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._writers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Writer"), self.tr("Status"), self.tr("Words"), self.tr("Reading time"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._writers[index.row()]
        words = count_words(person.letter.text())
        return {
            self.COL_NAME: person.name,
            self.COL_STATUS: self.status_label(person),
            self.COL_WORDS: str(words),
            self.COL_TIME: format_duration(
                speaking_seconds(words, self.document.plan.reading_rate_wpm)
            ),
        }[index.column()]

    def status_label(self, person: Participant) -> str:
        """The same word as the status box on the letter; the Words column shows if it is
        empty."""
        return status_word(person.letter.status)

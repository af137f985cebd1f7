"""The team as a Qt table, read straight from the plan's participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from interventionplanner.domain.change import Change
from interventionplanner.domain.display import role_words, rsvp_words
from interventionplanner.domain.plan import Participant
from interventionplanner.domain.team import duplicate_names, has_duplicate_name, looks_like_email
from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument

Index = QModelIndex | QPersistentModelIndex
# A participant's fields the table shows: a change to any other (a letter) leaves it alone.
SHOWN = {"name", "relationship", "roles", "rsvp", "email", "phone"}


class ParticipantsTableModel(QAbstractTableModel):
    COL_NAME, COL_RELATIONSHIP, COL_ROLES, COL_RSVP, COL_EMAIL, COL_PHONE, COL_CHECK = range(7)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.document = document
        self._duplicates: set[str] = set()
        document.replaced.connect(self.reload)
        document.changed.connect(self._plan_changed)
        self.reload()

    @property
    def people(self) -> list[Participant]:
        return self.document.plan.participants

    def reload(self) -> None:
        self.beginResetModel()
        self._duplicates = duplicate_names(self.people)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _("Name"),
            _("Relationship"),
            _("Roles"),
            _("Reply"),
            _("Email"),
            _("Phone"),
            _("To check"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        person = self.people[index.row()]
        column = index.column()
        # Only the cell asked for: sizing 48 rows to their contents asks thousands of times.
        if column == self.COL_CHECK:
            return "; ".join(self.flags_for(person))
        if column == self.COL_ROLES:
            return ", ".join(role_words(r) for r in person.roles)
        if column == self.COL_RSVP:
            return rsvp_words(person.rsvp)
        return {
            self.COL_NAME: person.name,
            self.COL_RELATIONSHIP: person.relationship,
            self.COL_EMAIL: person.email,
            self.COL_PHONE: person.phone,
        }[column]

    def flags_for(self, person: Participant) -> list[str]:
        """Things worth a second look. Shown in words, never only as a colour."""
        flags = []
        if has_duplicate_name(person, self._duplicates):
            flags.append(_("same name as someone else"))
        if not looks_like_email(person.email):
            flags.append(_("email does not look like an address"))
        return flags

    # --- changes, always through the document -------------------------------------------

    def add(self, person: Participant) -> int:
        self.document.update("participants", lambda plan: plan.participants.append(person))
        return len(self.people) - 1

    def replace(self, row: int, person: Participant) -> None:
        def put(plan) -> None:
            plan.participants[row] = person

        self.document.update(f"participants/{person.id}", put)

    def remove(self, row: int) -> None:
        person_id = self.people[row].id
        # Removing someone also takes them out of every place that points at them.
        self.document.update(
            ("participants", "speaker_order", "seating", "closer_id", "treatment", "tasks"),
            lambda plan: plan.remove_participant(person_id),
        )

    def _plan_changed(self, change: Change) -> None:
        """Rows added or removed reset the table; an edit to what a row shows repaints it
        (typing a letter changes nothing here)."""
        if "participants" in change.paths:
            self.reload()
            return
        ids = {
            parts[1]
            for path in change.paths
            if (parts := path.split("/"))[0] == "participants"
            and (len(parts) == 2 or parts[2] in SHOWN)
        }
        if not ids:
            return
        duplicates = duplicate_names(self.people)
        if duplicates != self._duplicates:
            self._duplicates = duplicates
            rows = range(len(self.people))
        else:
            rows = [r for r, p in enumerate(self.people) if p.id in ids]
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

"""Add or change one person on the team. Works on a copy; the plan changes only on OK."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain import limits
from interventionplanner.domain.plan import Participant, Role, Rsvp
from interventionplanner.domain.team import looks_like_email
from interventionplanner.ui.labels import role_label, rsvp_label
from interventionplanner.ui.pages.base import note_label


class ParticipantDialog(QDialog):
    def __init__(self, person: Participant, team: list[Participant], parent: QWidget) -> None:
        super().__init__(parent)
        self._person = person
        self.setWindowTitle(self.tr("A person on the team"))
        self.name = QLineEdit(person.name)
        self.relationship = QLineEdit(person.relationship)
        self.relationship.setPlaceholderText(self.tr("for example: sister, friend, coach"))
        self.email = QLineEdit(person.email)
        self.email_flag = note_label(flag=True)
        self.email_flag.setAccessibleName(self.tr("Email note"))
        self.phone = QLineEdit(person.phone)
        for field, edit in (
            ("name", self.name),
            ("relationship", self.relationship),
            ("email", self.email),
            ("phone", self.phone),
        ):  # no more than a plan may hold, and a tooltip that says so
            edit.setMaxLength(limits.max_chars(Participant, field) or edit.maxLength())
            edit.setToolTip(limits.limit_message(Participant, field))
        self.role_boxes = {role: QCheckBox(role_label(role)) for role in Role}
        for role, box in self.role_boxes.items():
            box.setChecked(role in person.roles)
        self.rsvp = QComboBox()
        for rsvp in Rsvp:
            self.rsvp.addItem(rsvp_label(rsvp), rsvp)
        self.rsvp.setCurrentIndex(list(Rsvp).index(person.rsvp))
        self.reader = QComboBox()
        self.reader.addItem(self.tr("(not chosen yet)"), None)
        for other in team:
            if other.id != person.id:
                self.reader.addItem(other.name, other.id)
        self.reader.setCurrentIndex(max(0, self.reader.findData(person.read_by)))

        email_row = QHBoxLayout()
        email_row.addWidget(self.email, 1)
        email_row.addWidget(self.email_flag, 1)
        roles = QVBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Relationship:"), self.relationship)
        form.addRow(self.tr("&Email:"), email_row)
        form.labelForField(email_row).setBuddy(self.email)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("Rep&ly:"), self.rsvp)
        form.addRow(self.tr("Letter rea&d by:"), self.reader)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.email.textChanged.connect(self._check_email)
        self.role_boxes[Role.ABSENT_WRITER].toggled.connect(self._reader_needed)
        self._check_email()
        self._reader_needed()
        for role, box in self.role_boxes.items():
            box.setAccessibleName(self.tr("Role: {0}").format(role_label(role)))

    def participant(self) -> Participant:
        """The person as the dialog shows them now, with the same id."""
        absent = self.role_boxes[Role.ABSENT_WRITER].isChecked()
        return replace(
            self._person,
            name=self.name.text().strip(),
            relationship=self.relationship.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            roles=[role for role, box in self.role_boxes.items() if box.isChecked()],
            rsvp=Rsvp(self.rsvp.currentData()),
            read_by=self.reader.currentData() if absent else None,
        )

    def _check_email(self) -> None:
        ok = looks_like_email(self.email.text())
        self.email_flag.setText(
            ""
            if ok
            else self.tr(
                "This does not look like an email address. It is kept as typed; please check it."
            )
        )
        self.email_flag.setVisible(not ok)

    def _reader_needed(self) -> None:
        self.reader.setEnabled(self.role_boxes[Role.ABSENT_WRITER].isChecked())

"""Add or change one person on the team. Works on a copy; the plan changes only on OK."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain import limits
from interventionplanner.domain.display import role_choice, role_hint, role_words, rsvp_words
from interventionplanner.domain.plan import (
    MAX_READING_SIZE_PT,
    MIN_READING_SIZE_PT,
    Participant,
    Role,
    Rsvp,
)
from interventionplanner.domain.team import looks_like_email
from interventionplanner.i18n import _
from interventionplanner.ui.fit import grow_to_fit
from interventionplanner.ui.pages.base import language_combo, note_label


class ParticipantDialog(QDialog):
    def __init__(self, person: Participant, team: list[Participant], parent: QWidget) -> None:
        super().__init__(parent)
        self._person = person
        self.setWindowTitle(_("A person on the team"))
        self.name = QLineEdit(person.name)
        self.relationship = QLineEdit(person.relationship)
        self.relationship.setPlaceholderText(_("for example: sister, friend, coach"))
        self.email = QLineEdit(person.email)
        self.email_flag = note_label(flag=True)
        self.email_flag.setAccessibleName(_("Email note"))
        self.phone = QLineEdit(person.phone)
        for field, edit in (
            ("name", self.name),
            ("relationship", self.relationship),
            ("email", self.email),
            ("phone", self.phone),
        ):  # no more than a plan may hold, and a tooltip that says so
            edit.setMaxLength(limits.max_chars(Participant, field) or edit.maxLength())
            edit.setToolTip(limits.limit_message(Participant, field))
        self.role_boxes = {role: QCheckBox(role_choice(role)) for role in Role}
        for role, box in self.role_boxes.items():
            box.setChecked(role in person.roles)
        self.rsvp = QComboBox()
        for rsvp in Rsvp:
            self.rsvp.addItem(rsvp_words(rsvp), rsvp)
        self.rsvp.setCurrentIndex(list(Rsvp).index(person.rsvp))
        self.reader = QComboBox()
        self.reader.addItem(_("(not chosen yet)"), None)
        for other in team:
            if other.id != person.id:
                self.reader.addItem(other.name, other.id)
        self.reader.setCurrentIndex(max(0, self.reader.findData(person.read_by)))
        # Below the smallest size stands for "the usual size" (nothing chosen).
        self.reading_size = QSpinBox()
        self.reading_size.setRange(MIN_READING_SIZE_PT - 1, MAX_READING_SIZE_PT)
        self.reading_size.setSuffix(_(" pt"))
        self.reading_size.setSpecialValueText(_("The usual size"))
        self.reading_size.setValue(person.reading_size_pt or MIN_READING_SIZE_PT - 1)
        self.reading_size.setAccessibleName(_("Type size of their reading copy"))
        self.reading_size.lineEdit().setAccessibleName(self.reading_size.accessibleName())
        self.language = language_combo(_("Same as the packet"))
        self.language.setCurrentIndex(max(0, self.language.findData(person.language)))
        self.language.setAccessibleName(_("Language of their papers"))
        # Said on demand, not in a row of its own: at twice the text the dialog must still
        # fit a 768-pixel screen.
        self.language.setToolTip(_("Their invitation, letter kit and reading copy."))
        self.language.setAccessibleDescription(self.language.toolTip())

        email_row = QVBoxLayout()  # the note under the address, where it has room to wrap
        email_row.addWidget(self.email)
        email_row.addWidget(self.email_flag)
        # Each role with what it means under it, so nobody has to guess "logistics".
        roles_box = QWidget()  # a widget, not a bare layout: the form then gives wrapped
        roles = QVBoxLayout(roles_box)  # hints the height their width needs
        roles.setContentsMargins(0, 0, 0, 0)
        roles.setSpacing(2)
        for role, box in self.role_boxes.items():
            hint = note_label(role_hint(role))
            hint.setContentsMargins(box.sizeHint().height() + 4, 0, 0, 0)
            box.setToolTip(role_hint(role))
            roles.addWidget(box)
            roles.addWidget(hint)
        self.reader_hint = note_label(
            _("For someone who cannot attend: who reads their letter aloud.")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_("&Name:"), self.name)
        form.addRow(_("&Relationship:"), self.relationship)
        form.addRow(_("&Email:"), email_row)
        form.labelForField(email_row).setBuddy(self.email)
        form.addRow(_("&Phone:"), self.phone)
        form.addRow(_("Roles:"), roles_box)
        form.addRow(_("Rep&ly:"), self.rsvp)
        form.addRow(_("Letter rea&d by:"), self.reader)
        form.addRow("", self.reader_hint)
        form.addRow(_("Reading cop&y type size:"), self.reading_size)
        form.addRow(_("Their p&apers in:"), self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Room for a placeholder and a note at any text size, measured in characters.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        self.email.textChanged.connect(self._check_email)
        self.role_boxes[Role.ABSENT_WRITER].toggled.connect(self._reader_needed)
        self._check_email()
        self._reader_needed()
        for role, box in self.role_boxes.items():
            box.setAccessibleName(_("Role: {role}").format(role=role_words(role)))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Taller when a wrapped hint is cut off at this width (a longer language wraps
        more), never past the screen."""
        super().showEvent(event)
        cut = any(
            label.heightForWidth(label.width()) > label.height()
            for label in self.findChildren(QLabel)
            if label.isVisible() and label.wordWrap()
        )
        if cut:
            grow_to_fit(self, self.screen().availableGeometry().height())

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
            language=self.language.currentData(),
            reading_size_pt=(
                self.reading_size.value()
                if self.reading_size.value() >= MIN_READING_SIZE_PT
                else None
            ),
        )

    def _check_email(self) -> None:
        ok = looks_like_email(self.email.text())
        self.email_flag.setText(
            ""
            if ok
            else _(
                "This does not look like an email address. It is kept as typed; please check it."
            )
        )
        self.email_flag.setVisible(not ok)

    def _reader_needed(self) -> None:
        self.reader.setEnabled(self.role_boxes[Role.ABSENT_WRITER].isChecked())

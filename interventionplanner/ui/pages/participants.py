"""Step 4: who is on the team, their roles, and their invitations."""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterator

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from interventionplanner.domain.display import BABEL_DATE_MODULES, read_language_data
from interventionplanner.domain.plan import Participant
from interventionplanner.i18n import _
from interventionplanner.ui import dialogs
from interventionplanner.ui.pages.base import PlanPage, note_label
from interventionplanner.ui.participant_dialog import ParticipantDialog
from interventionplanner.ui.participants_model import ParticipantsTableModel
from interventionplanner.ui.views import TableView, fit_columns


class ParticipantsPage(PlanPage):
    # The invitation preview names the loved one and the meeting as well as the person.
    watches = ("participants", "meeting", "loved_one")
    exportRequested = Signal()

    def __init__(self, document, user_templates=None) -> None:
        for _slice in self._slices(document, user_templates):
            pass

    def _slices(self, document, user_templates=None) -> Iterator[None]:
        """The build (PlanPage.in_slices): the table, then the rest."""
        super().__init__(document)
        self._user_templates = user_templates
        self.dialog: ParticipantDialog | None = None
        self.setSubTitle(_("Three to eight people who love them and can stay calm."))
        self.model = ParticipantsTableModel(document)
        self.table = TableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Team"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        # Email and phone are in each person's details and their invitation; the overview
        # keeps to what fits beside the guidance, even on a small screen.
        for column in (self.model.COL_EMAIL, self.model.COL_PHONE):
            self.table.setColumnHidden(column, True)
        fit_columns(
            self.table,
            stretch=(self.model.COL_RELATIONSHIP, self.model.COL_ROLES, self.model.COL_CHECK),
        )
        self.table.activated.connect(lambda index: self.edit_person(index.row()))
        yield

        self.add_button = QPushButton(_("&Add a person…"))
        self.edit_button = QPushButton(_("&Change…"))
        self.remove_button = QPushButton(_("Re&move"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(lambda: self.edit_person(self.current_row()))
        self.remove_button.clicked.connect(lambda: self.remove_person(self.current_row()))
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add_person)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            lambda: self.remove_person(self.current_row()),
        )

        self.copy_button = QPushButton(_("C&opy invitation"))
        self.email_button = QPushButton(_("&Write an email…"))
        self.export_button = QPushButton(_("E&xport all invitations…"))
        self.copy_button.clicked.connect(self.copy_invitation)
        self.email_button.clicked.connect(self.email_invitation)
        self.export_button.clicked.connect(self.exportRequested)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(_("Invitation for the chosen person"))
        self.flags = note_label(flag=True)
        self.flags.setAccessibleName(_("Things to check"))
        guidance = note_label(
            _(
                "Invite people your loved one loves, likes or respects. Leave out anyone they "
                "strongly dislike, anyone with an unmanaged drug, alcohol or mental health "
                "problem of their own, anyone who may not keep the plan, and young children. "
                "Someone who should not come can write a letter for another person to read."
            )
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_invitation)
        self.model.modelReset.connect(self.refresh)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        invitation_buttons = QHBoxLayout()
        for button in (self.copy_button, self.email_button, self.export_button):
            invitation_buttons.addWidget(button)
        invitation_buttons.addStretch(1)
        team = QVBoxLayout()
        team.addWidget(self.table, 3)
        team.addLayout(buttons)
        team.addWidget(self.flags)
        team.addWidget(self.preview, 2)
        team.addLayout(invitation_buttons)
        columns = QHBoxLayout(self.body)
        columns.addLayout(team, 3)
        columns.addWidget(guidance, 1, Qt.AlignmentFlag.AlignTop)

    # --- the team --------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def add_person(self) -> None:
        self._open_dialog(Participant(), row=None)

    def edit_person(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._open_dialog(self.model.people[row], row=row)

    def remove_person(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount() or self.document.read_only:
            return
        person = self.model.people[row]
        if person.letter.is_started and not dialogs.confirm_remove(self, person.name):
            return
        self.model.remove(row)

    def _open_dialog(self, person: Participant, row: int | None) -> None:
        if self.document.read_only:
            return
        self.dialog = ParticipantDialog(person, self.model.people, self)
        self.dialog.accepted.connect(lambda: self._apply(row))
        self.dialog.open()  # window-modal, without blocking: the event loop keeps running

    def _apply(self, row: int | None) -> None:
        person = self.dialog.participant()
        if row is None:
            row = self.model.add(person)
        else:
            self.model.replace(row, person)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def plan_changed(self, change) -> None:
        self._show_invitation()

    def refresh(self) -> None:
        lines = []
        for person in self.model.people:
            for flag in self.model.flags_for(person):
                lines.append(f"{person.name or _('(no name)')}: {flag}")
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))
        has_row = self.current_row() >= 0
        for button in (self.edit_button, self.remove_button, self.copy_button, self.email_button):
            button.setEnabled(has_row)
        self.export_button.setEnabled(bool(self.model.people))

    # --- invitations -----------------------------------------------------------------------

    def _current_invitation(self):
        # Templates and calendars load on first use, keeping them out of start-up.
        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            return None
        return self._invitation_for(self.model.people[row])

    def _invitation_for(self, person: Participant):
        from interventionplanner.output.invitations import render_invitation

        return render_invitation(self.plan, person, self._user_templates)

    def _show_invitation(self, *_args) -> None:
        from interventionplanner.output.templates import TemplateProblem

        try:
            invitation = self._current_invitation()
        except TemplateProblem as problem:
            self.preview.setPlainText(str(problem))
            return
        self.preview.setPlainText(
            f"{invitation.subject}\n\n{invitation.body}" if invitation else ""
        )
        self.refresh()

    def load(self) -> None:
        super().load()
        self._show_invitation()

    def preview_in_slices(self) -> Iterator[None]:
        """What the first invitation preview needs, a slice each, for a step built ahead
        or coming in after "One moment…": its modules (jinja2, our templates, the
        invitations, Babel's for dates, one a slice), Babel's data for the languages it is
        written in, and its template compiled. Reading the plan then writes the preview at
        once; all of it in that one slice held the window for 120-230 ms (48 people,
        clicked straight through, before the warm-up lane had read Babel's data)."""
        # jinja2's own imports that split off: pickle and hashlib (its bytecode cache) and
        # markupsafe, 5-7 ms of the 20-25 ms slice that imported jinja2.
        modules = ("pickle", "hashlib", "markupsafe", "jinja2")
        modules += ("interventionplanner.output.templates",)
        modules += ("interventionplanner.output.invitations", *BABEL_DATE_MODULES)
        for module in modules:
            if module not in sys.modules:
                yield
                importlib.import_module(module)
        if not self.plan.participants:
            return
        first = self.plan.participants[0]  # the preview shows the first row at first
        yield
        read_language_data(self.plan.language_for(first))  # at once if the lane read it
        yield
        from interventionplanner.output.templates import TemplateProblem

        with contextlib.suppress(TemplateProblem):  # the preview will say what is wrong
            self._invitation_for(first)  # its template compiled (once a process)

    def copy_invitation(self) -> None:
        invitation = self._invitation_or_tell()
        if invitation:
            QGuiApplication.clipboard().setText(f"{invitation.subject}\n\n{invitation.body}")

    def email_invitation(self) -> None:
        from interventionplanner.output.invitations import mailto_url

        invitation = self._invitation_or_tell()
        if invitation:
            QDesktopServices.openUrl(QUrl(mailto_url(invitation)))

    def _invitation_or_tell(self):
        from interventionplanner.output.templates import TemplateProblem

        try:
            return self._current_invitation()
        except TemplateProblem as problem:
            QMessageBox.warning(self, _("The invitation could not be made"), str(problem))
            return None

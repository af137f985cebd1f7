"""The Review step's "For the interventionist" section, folded away until opened.

What only the professional needs: whether the papers show their practice, their private
notes on this family (never in the family's copy), and "Save a copy for the family".
Folded by default, so a family member glancing at the step does not meet the notes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.i18n import _
from interventionplanner.ui import dialogs
from interventionplanner.ui.pages.base import note_label


class InterventionistSection(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        plan = lambda: page.plan  # noqa: E731
        self.toggle = QToolButton()
        self.toggle.setText(_("For the interventionist"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._fold)
        self.contents = QWidget()
        self.show_practice = QCheckBox(_("Sho&w my practice on the packet and invitations"))
        page.bind_check(self.show_practice, plan, "show_practice")
        self.on_copies = QCheckBox(_("…and on the reading copies too"))
        page.bind_check(self.on_copies, plan, "practice_on_reading_copies")
        self.private_notes = QPlainTextEdit()
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.setAccessibleName(_("Private notes"))
        page.bind_text(self.private_notes, plan, "private_notes")
        notes_label = QLabel(_("Private no&tes:"))
        notes_label.setBuddy(self.private_notes)
        self.family_copy_button = QPushButton(_("Save a cop&y for the family…"))
        self.family_copy_button.clicked.connect(self.save_family_copy)
        explain = note_label(
            _(
                "Your practice comes from Preferences. Private notes are yours alone: they "
                "never print, and a copy for the family leaves them out."
            )
        )
        form = QFormLayout(self.contents)
        form.setContentsMargins(12, 0, 0, 0)
        form.addRow(self.show_practice)
        form.addRow(self.on_copies)
        form.addRow(notes_label, self.private_notes)
        form.addRow(explain)
        form.addRow(self.family_copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.contents)
        self.contents.hide()
        self.status = note_label()
        layout.addWidget(self.status)

    def _fold(self, opened: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.contents.setVisible(opened)

    def save_family_copy(self) -> None:
        """A protected copy without the private notes, and the page on how to open it."""
        from interventionplanner.storage import PlanSaveError
        from interventionplanner.storage.checked import CheckedFileError
        from interventionplanner.storage.family_copy import save_family_copy
        from interventionplanner.storage.practice import load_practice
        from interventionplanner.ui import worker

        path = dialogs.ask_family_copy_path(self.page)
        if path is None:
            return
        password = dialogs.ask_new_password(self.page)
        if not password:
            if password == "":
                dialogs.show_problem(
                    self.page,
                    _("A password is needed"),
                    _("A copy for the family is always protected. Please choose a password."),
                )
            return
        plan = self.page.plan
        try:  # the guide says how to reach whoever hands the copy over, if they have a profile
            practice = load_practice()
        except CheckedFileError:
            practice = None
        try:
            saved, guide = worker.wait_for(
                lambda: save_family_copy(plan, path, password, practice=practice)
            )
        except (PlanSaveError, OSError) as error:
            dialogs.show_problem(self.page, _("The copy was not saved"), str(error))
            return
        self.status.setText(
            _("Saved “{plan}” and “{guide}”. Give the password separately.").format(
                plan=Path(saved).name, guide=Path(guide).name
            )
        )

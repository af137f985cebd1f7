"""Asking for a password, and choosing one, in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.i18n import _
from interventionplanner.storage.password import strength
from interventionplanner.ui.fit import grow_to_fit, readable_width
from interventionplanner.ui.pages.base import note_label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewPasswordDialog(QDialog):
    """Protect a plan: the password twice, a strength hint, and an honest warning.

    Ends with Accepted (protect), WITHOUT (save with no password) or Rejected (cancel)."""

    WITHOUT = 2

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Protect this plan with a password"))
        why = note_label(
            _(
                "Recommended on a shared computer: without the password, nobody can read the "
                "plan, not even its backup or safety copies."
            )
        )
        warning = note_label(
            _(
                "Please keep the password somewhere safe. If it is forgotten, the plan cannot "
                "be opened by anyone, and we cannot recover it."
            ),
            flag=True,
        )
        self.first = _password_edit()
        self.second = _password_edit()
        self.hint = note_label()
        self.hint.setAccessibleName(_("How strong the password is"))
        self.mismatch = note_label(flag=True)
        form = QFormLayout()
        form.addRow(_("&Password:"), self.first)
        form.addRow(_("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("P&rotect"))
        self.without_button = self.buttons.addButton(
            _("Save &without a password"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.without_button.clicked.connect(lambda: self.done(self.WITHOUT))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (why, warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        readable_width(self)
        self._check()

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        self.hint.setText(strength(first)[1] if first else "")
        differ = bool(second) and first != second
        self.mismatch.setText(_("The two passwords are not the same yet.") if differ else "")
        self.mismatch.setVisible(differ)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(first) and first == second)
        grow_to_fit(self)

    def password(self) -> str:
        return self.first.text()


class AskPasswordDialog(QDialog):
    def __init__(self, parent: QWidget, message: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Password"))
        self.field = _password_edit()
        form = QFormLayout()
        form.addRow(_("&Password:"), self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(message))
        layout.addLayout(form)
        layout.addWidget(buttons)
        readable_width(self)

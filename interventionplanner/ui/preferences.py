"""Preferences: the professional's practice profile and their practice's defaults.

Two tabs, edited on copies and kept only with OK, each in its own file in the settings
folder (storage/practice.py, storage/practice_defaults.py). The defaults can be exported
to one file and imported from one: a file that does not pass every check is refused with
its reason, and the window's contents stay as they were. Every input has a label that is
its buddy (and its accessible name), and everything works from the keyboard: tables keep
Tab for leaving them, arrows move inside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain import limits
from interventionplanner.domain.letter_parts import LETTER_PARTS
from interventionplanner.domain.practice import Centre, Practice, PracticeDefaults
from interventionplanner.i18n import _
from interventionplanner.ui import dialogs
from interventionplanner.ui.pages.base import note_label

LOGO_PREVIEW = 160  # pixels, the longest side


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> QWidget:
    """A row whose label is the input's buddy and names it for a screen reader."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(label, widget)
    return widget


def _long_text(lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * (lines + 1)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(round(height * 1.5))  # the tab scrolls; no box takes it all
    return edit


class ItemTable(QTableWidget):
    """A small table of text (objections, centres) with Add and Remove beside it."""

    def __init__(self, headings: list[str], name: str) -> None:
        super().__init__(0, len(headings))
        self.setHorizontalHeaderLabels(headings)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)  # Tab leaves; arrows move between cells
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Stretched columns are equal: wide enough for the longest heading whole, in any
        # language (the dialog grows to fit).
        widest = max(header.sectionSizeFromContents(col).width() for col in range(len(headings)))
        self.setMinimumWidth(widest * len(headings) + 2 * self.frameWidth())
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)

    def rows(self) -> list[list[str]]:
        found = []
        for row in range(self.rowCount()):
            cells = [
                (self.item(row, col).text() if self.item(row, col) else "").strip()
                for col in range(self.columnCount())
            ]
            if cells[0]:
                found.append(cells)
        return found

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(0)
        for cells in rows:
            self.add_row(cells)

    def add_row(self, cells: list[str] | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col in range(self.columnCount()):
            self.setItem(row, col, QTableWidgetItem((cells or [])[col] if cells else ""))
        if cells is None:
            self.setCurrentCell(row, 0)
            self.editItem(self.item(row, 0))

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())


def _table_with_buttons(table: ItemTable, add: str, remove: str) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = QHBoxLayout()
    add_button, remove_button = QPushButton(add), QPushButton(remove)
    add_button.clicked.connect(lambda: table.add_row())
    remove_button.clicked.connect(table.remove_current)
    buttons.addWidget(add_button)
    buttons.addWidget(remove_button)
    buttons.addStretch(1)
    layout.addWidget(table)
    layout.addLayout(buttons)
    holder.add_button, holder.remove_button = add_button, remove_button  # type: ignore[attr-defined]
    return holder


class PreferencesDialog(QDialog):
    """`folder` is the settings folder (the user's own unless a test names one)."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(_("Preferences"))
        self.logo_png = b""
        self.tabs = QTabWidget()
        self.tabs.addTab(self._profile_tab(), _("My &practice"))
        self.tabs.addTab(self._defaults_tab(), _("My &defaults for new plans"))
        self.problem = note_label(flag=True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.load()

    # --- building ---------------------------------------------------------------------

    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(
            note_label(
                _(
                    "Who you are, as the packet's cover and footer and your invitations say "
                    "it, when a plan asks for it. Kept on this computer, for you alone."
                )
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        for name, text, kind in (
            ("name", _("&Name:"), limits.Kind.NAME),
            ("credentials", _("&Credentials:"), limits.Kind.SHORT),
            ("practice_name", _("P&ractice name:"), limits.Kind.NAME),
            ("phone", _("P&hone:"), limits.Kind.PHONE),
            ("email", _("&E-mail:"), limits.Kind.EMAIL),
            ("website", _("&Website:"), limits.Kind.ADDRESS),
        ):
            edit = QLineEdit()
            edit.setMaxLength(limits.TEXT_LIMITS[kind].chars)
            self.fields[name] = _labelled(form, text, edit)  # type: ignore[assignment]
        self.fields["credentials"].setPlaceholderText(_("For example: LCADC, CIP"))
        self.logo = QLabel()
        self.logo.setMinimumSize(LOGO_PREVIEW, LOGO_PREVIEW // 2)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setAccessibleName(_("Logo"))
        self.choose_logo_button = QPushButton(_("Choose a &logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(_("Re&move the logo"))
        self.remove_logo_button.clicked.connect(lambda: self._show_logo(b""))
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        form.addRow(_("Logo:"), self.logo)
        form.addRow("", logo_buttons)
        form.addRow(note_label(_("A PNG, JPEG or SVG picture of up to 5 MB; it is scaled to fit.")))
        return tab

    def _defaults_tab(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        form.addRow(
            note_label(
                _(
                    "What a new plan starts with, besides the app's own suggestions. Share "
                    "them with your colleagues by exporting them to one file."
                )
            )
        )
        self.checklist = _labelled(form, _("Chec&klist items (one a line):"), _long_text(3))
        self.objections = ItemTable([_("Objection"), _("Answer")], _("Likely objections"))
        self.objections_box = _table_with_buttons(
            self.objections, _("Add an &objection"), _("Remove the o&bjection")
        )
        label = QLabel(_("Likely ob&jections:"))
        label.setBuddy(self.objections)
        form.addRow(label, self.objections_box)
        self.opening = _labelled(form, _("Openin&g words:"), _long_text())
        self.closing = _labelled(form, _("Clo&sing words:"), _long_text())
        self.centres = ItemTable(
            [_("Name"), _("Address"), _("Phone"), _("Admission notes")], _("Treatment centres")
        )
        self.centres_box = _table_with_buttons(
            self.centres, _("Add a cen&tre"), _("Remove the centre")
        )
        label = QLabel(_("Tre&atment centres:"))
        label.setBuddy(self.centres)
        form.addRow(label, self.centres_box)
        self.prompts: dict[str, QLineEdit] = {}
        for number, part in enumerate(LETTER_PARTS, start=1):
            edit = QLineEdit()
            edit.setMaxLength(limits.TEXT_LIMITS[limits.Kind.LINE].chars)
            heading, prompt = _(part.heading), _(part.prompt)
            text = _("Prompt for part &{number}, {part}:").format(number=number, part=heading)
            self.prompts[part.field] = _labelled(form, text, edit)  # type: ignore[assignment]
            # The practice's prompt is added after the app's (the Letters step shows both):
            # said whole in a wrapped note, as a placeholder would be cut off.
            form.addRow(
                note_label(
                    _("The app already says: “{prompt}” Yours follows it.").format(prompt=prompt)
                )
            )
        self.export_button = QPushButton(_("E&xport to a file…"))
        self.import_button = QPushButton(_("&Import from a file…"))
        self.export_button.clicked.connect(self.export_file)
        self.import_button.clicked.connect(self.import_file)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        form.addRow(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        self.defaults_scroll = scroll
        return scroll

    # --- in and out ----------------------------------------------------------------------

    def load(self) -> None:
        """Fill the window from the files; a file that cannot be used is said, not lost."""
        from interventionplanner.storage.checked import CheckedFileError
        from interventionplanner.storage.practice import load_practice
        from interventionplanner.storage.practice_defaults import load_defaults

        problems = []
        try:
            self.show_practice(load_practice(self.folder))
        except CheckedFileError as error:
            problems.append(str(error))
        try:
            self.show_defaults(load_defaults(self.folder))
        except CheckedFileError as error:
            problems.append(str(error))
        self._say(" ".join(problems))

    def show_practice(self, practice: Practice) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(practice, name))
        self._show_logo(practice.logo_png)

    def practice(self) -> Practice:
        values = {name: " ".join(edit.text().split()) for name, edit in self.fields.items()}
        return Practice(**values, logo_png=self.logo_png)

    def show_defaults(self, defaults: PracticeDefaults) -> None:
        self.checklist.setPlainText("\n".join(defaults.checklist))
        self.objections.set_rows([[o, a] for o, a in defaults.objections])
        self.opening.setPlainText(defaults.opening_words)
        self.closing.setPlainText(defaults.closing_words)
        self.centres.set_rows(
            [[c.name, c.address, c.phone, c.admission_notes] for c in defaults.centres]
        )
        for field, edit in self.prompts.items():
            edit.setText(defaults.letter_prompts.get(field, ""))

    def defaults(self) -> PracticeDefaults:
        lines = self.checklist.toPlainText().splitlines()
        return PracticeDefaults(
            checklist=[" ".join(line.split()) for line in lines if line.strip()],
            objections=[(o, a) for o, a in self.objections.rows()],
            opening_words=self.opening.toPlainText().strip(),
            closing_words=self.closing.toPlainText().strip(),
            centres=[Centre(*cells) for cells in self.centres.rows()],
            letter_prompts={
                f: e.text().strip() for f, e in self.prompts.items() if e.text().strip()
            },
        )

    def _show_logo(self, png: bytes) -> None:
        self.logo_png = png
        self.remove_logo_button.setEnabled(bool(png))
        if not png:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(_("(no logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.logo.setText("")
        self.logo.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW,
                LOGO_PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # --- actions ----------------------------------------------------------------------

    def choose_logo(self) -> None:
        from interventionplanner.storage.practice import LogoError, read_logo_file
        from interventionplanner.svg_render import render_svg

        path = dialogs.ask_logo_path(self)
        if path is None:
            return
        try:
            self._show_logo(read_logo_file(path, render_svg))
        except LogoError as error:
            dialogs.show_problem(self, _("That logo cannot be used"), str(error))

    def export_file(self) -> None:
        from interventionplanner.storage.atomic import write_atomic
        from interventionplanner.storage.checked import CheckedFileError
        from interventionplanner.storage.practice_defaults import SUFFIX, defaults_bytes

        path = dialogs.ask_defaults_save_path(self, SUFFIX)
        if path is None:
            return
        try:
            write_atomic(path, defaults_bytes(self.defaults()), keep_backup=False)
        except (OSError, CheckedFileError) as error:
            dialogs.show_problem(self, _("The defaults were not exported"), str(error))
            return
        self._say("")

    def import_file(self) -> None:
        """Read a shared file into the window; kept with OK. A bad file changes nothing."""
        from interventionplanner.storage.checked import CheckedFileError
        from interventionplanner.storage.practice_defaults import read_defaults_file

        path = dialogs.ask_defaults_open_path(self)
        if path is None:
            return
        try:
            defaults = read_defaults_file(path)
        except CheckedFileError as error:
            dialogs.show_problem(
                self,
                _("Those defaults cannot be used"),
                _("{reason} Nothing was changed.").format(reason=error),
            )
            return
        self.show_defaults(defaults)

    def accept(self) -> None:
        """Keep both, or neither if either cannot be kept (and say why)."""
        from interventionplanner.storage.checked import CheckedFileError
        from interventionplanner.storage.practice import save_practice
        from interventionplanner.storage.practice_defaults import save_defaults

        try:
            save_practice(self.practice(), self.folder)
            save_defaults(self.defaults(), self.folder)
        except (OSError, CheckedFileError) as error:
            self._say(str(error))
            return
        super().accept()


def open_preferences(parent: QWidget | None = None, folder: Path | None = None) -> bool:
    """Show Preferences; True when they were kept."""
    dialog = PreferencesDialog(parent, folder)
    return dialog.exec() == QDialog.DialogCode.Accepted

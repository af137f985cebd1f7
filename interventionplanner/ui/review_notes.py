"""Review notes beside a letter: add one on the selected words, find its words, resolve it.

The panel reads the chosen writer's letter through the Letters step and changes the plan
only through the document (`update`), so the notes are saved, recovered and undone like
every other edit. Its words say what each note is about in text, not by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain import limits
from interventionplanner.domain.display import short_date
from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.domain.plan import Letter, ReviewNote
from interventionplanner.domain.review_notes import add_note, locate
from interventionplanner.i18n import _
from interventionplanner.ui.pages.base import note_label

ADD_NOTE_KEYS = "Ctrl+Alt+M"  # as word processors add a comment


def _qt_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _python_index(text: str, qt_index: int) -> int:
    """A Qt position (UTF-16 units) as an index into the Python string."""
    units = 0
    for i, char in enumerate(text):
        if units >= qt_index:
            return i
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def part_heading(field: str) -> str:
    number, part = next((n, p) for n, p in enumerate(ALL_PARTS, start=1) if p.field == field)
    return f"{number}. {_(part.heading)}"


def describe(note: ReviewNote, letter: Letter) -> str:
    """A note as the list shows it and a screen reader says it."""
    lines = []
    if note.resolved:
        lines.append(_("Resolved"))
    span = locate(note, letter)
    words = " ".join(note.anchor.split())
    if len(words) > 60:
        words = words[:57].rstrip() + "…"
    if not span.found and note.anchor:
        about = _("{part}, about words that have since changed: “{words}”")
    elif words:
        about = _("{part}, about “{words}”")
    else:
        about = "{part}"
    lines.append(about.format(part=part_heading(note.part), words=words))
    lines.append(note.text)
    by = note.author or _("a reviewer")
    if note.created is not None:
        lines.append(_("— {who}, {date}").format(who=by, date=short_date(note.created.date())))
    else:
        lines.append(_("— {who}").format(who=by))
    return "\n".join(lines)


class NotesModel(QAbstractListModel):
    """The chosen letter's notes, open ones first, each in the order it was written."""

    def __init__(self) -> None:
        super().__init__()
        self.letter: Letter | None = None
        self.notes: list[ReviewNote] = []

    def show_letter(self, letter: Letter | None) -> None:
        self.beginResetModel()
        self.letter = letter
        notes = list(letter.notes) if letter is not None else []
        self.notes = sorted(notes, key=lambda n: n.resolved)  # stable: written order kept
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.letter is None:
            return None
        note = self.notes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(note, self.letter)
        if role == Qt.ItemDataRole.FontRole and note.resolved:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)  # with the word "Resolved": never the style alone
            return font
        return None

    def words_changed(self) -> None:
        """The letter was edited: say each note again (its words may have gone), keeping
        the choice and the writer's cursor where they are."""
        if self.notes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.notes) - 1, 0))

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self.notes) if n.id == note_id), -1)


class NoteDialog(QDialog):
    """What to say about the chosen words: one box, then Add. Ctrl+Enter adds too."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Add a note"))
        shown = " ".join(words.split())
        if len(shown) > 200:
            shown = shown[:197].rstrip() + "…"
        about = note_label(_("About these words: “{words}”").format(words=shown))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_("Your note"))
        self.text.setPlaceholderText(_("For example: could this be more specific?"))
        label = QLabel(_("Your &note:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(_("&Add the note"))
        self.add_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.add_button.setEnabled(bool(self.text.toPlainText().strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._add_if_any)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    def _add_if_any(self) -> None:
        if self.add_button.isEnabled():
            self.accept()

    def note(self) -> str:
        most = limits.max_chars(ReviewNote, "text") or 5000
        return self.text.toPlainText().strip()[:most]


def ask_note(parent: QWidget, words: str) -> str | None:
    """The note to add about `words`, or None if the person changed their mind."""
    dialog = NoteDialog(words, parent)
    return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReviewNotesPanel(QWidget):
    """The notes on the chosen letter, beside it. `page` is the Letters step: it knows the
    chosen writer and their part boxes. `reviewer()` names whoever is adding a note."""

    noteAdded = Signal(str)  # the note's id

    def __init__(self, page, reviewer: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.reviewer = reviewer
        self.asker: Callable[[QWidget, str], str | None] = ask_note  # tests answer it
        self._quiet = False
        self.model = NotesModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(_("Review notes"))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.view.activated.connect(lambda *_: self.select_words(focus=True))
        heading = QLabel(_("Review n&otes"))
        heading.setBuddy(self.view)
        hint = note_label(
            _(
                "Select words, then {keys} or right-click to add a note. Notes are never printed."
            ).format(keys=QKeySequence(ADD_NOTE_KEYS).toString(QKeySequence.NativeText))
        )
        self.add_action = QAction(_("Add a note…"), self)
        self.add_action.setShortcut(QKeySequence(ADD_NOTE_KEYS))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_note)
        page.addAction(self.add_action)  # the shortcut works anywhere on the Letters step
        self.add_button = QPushButton(_("Add a note…"))
        self.add_button.setToolTip(ADD_NOTE_KEYS)
        self.add_button.clicked.connect(self.add_note)
        self.resolve_button = QPushButton(_("Mark &resolved"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.remove_button = QPushButton(_("Re&move"))
        self.remove_button.setAccessibleName(_("Remove the note"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- what is shown ---------------------------------------------------------------

    def reload(self) -> None:
        """The chosen letter, or its notes, changed: list them again, keeping the choice."""
        keep = self.current_note()
        writer = self.page.writer
        self.model.show_letter(writer.letter if writer is not None else None)
        if keep is not None and (row := self.model.row_of(keep.id)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current_note(self) -> ReviewNote | None:
        row = self.view.currentIndex().row()
        return self.model.notes[row] if 0 <= row < len(self.model.notes) else None

    def _chosen(self) -> None:
        self._update_buttons()
        if not self._quiet:
            self.select_words()

    def _update_buttons(self) -> None:
        note = self.current_note()
        self.add_button.setEnabled(self.page.writer is not None)
        self.add_action.setEnabled(self.page.writer is not None)
        self.resolve_button.setEnabled(note is not None)
        self.remove_button.setEnabled(note is not None)
        self.resolve_button.setText(_("&Reopen") if note and note.resolved else _("Mark &resolved"))

    def select_words(self, *, focus: bool = False) -> None:
        """Show the chosen note's part and select the words it is about."""
        note, writer = self.current_note(), self.page.writer
        if note is None or writer is None:
            return
        edit = self.page.edit_for(note.part, focus=focus)
        if edit is None:
            return
        span = locate(note, writer.letter)
        text = edit.toPlainText()
        cursor = edit.textCursor()
        cursor.setPosition(_qt_index(text, span.start))
        cursor.setPosition(_qt_index(text, span.end), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    # --- changes -----------------------------------------------------------------------

    def add_note(self) -> None:
        """A note on the words selected in the part on screen (or where the cursor is)."""
        writer = self.page.writer
        found = self.page.current_part_edit()
        if writer is None or found is None:
            return
        part, edit = found
        cursor = edit.textCursor()
        text = edit.toPlainText()
        start = _python_index(text, cursor.selectionStart())
        end = _python_index(text, cursor.selectionEnd())
        said = self.asker(self, text[start:end] or _("(the whole part)"))
        if not said:
            return
        keep = edit.textCursor()  # the keys go back to the letter, at the end of the words,
        keep.setPosition(keep.selectionEnd())  # so typing on never replaces them
        edit.setTextCursor(keep)
        edit.setFocus()
        letter = writer.letter
        where = f"participants/{writer.id}/letter/notes"
        note = self.page.document.update(
            where,
            lambda _plan: add_note(
                letter, part, start, end, said, author=self.reviewer(), now=datetime.now()
            ),
        )
        if note is not None:
            self.reload()
            self._quiet = True  # the new note is chosen; the keys stay where the writer is
            self.view.setCurrentIndex(self.model.index(self.model.row_of(note.id), 0))
            self._quiet = False
            self.noteAdded.emit(note.id)

    def toggle_resolved(self) -> None:
        note, writer = self.current_note(), self.page.writer
        if note is None or writer is None:
            return
        self.page.document.set_field(note, "resolved", not note.resolved)
        self.reload()

    def remove(self) -> None:
        note, writer = self.current_note(), self.page.writer
        if note is None or writer is None:
            return
        letter = writer.letter
        self.page.document.update(
            f"participants/{writer.id}/letter/notes",
            lambda _plan: letter.notes.remove(note),
        )
        self.reload()

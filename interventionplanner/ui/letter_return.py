"""A letter came back: read it, ask whose it is or where its parts go if it cannot say,
then show it beside the letter here. Nothing changes until the person agrees.

`bring_in()` is the whole flow; every question goes through ui/dialogs.py, so tests answer
them. The two small dialogs it may need live here: pasting text from an e-mail, and
placing paragraphs into the parts by hand (select, then press the part's button).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.letter_parts import ALL_PARTS
from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.i18n import _, ngettext
from interventionplanner.ui import dialogs

LEFT_OUT = "__left_out__"


def bring_in(
    parent: QWidget,
    plan: Plan,
    read: Callable[[Participant | None], object],
    writers: list[Participant],
    chosen: Participant | None = None,
):
    """The KitImport the person agreed to, or None. `read(participant)` reads the letter
    (raising LetterKitError); it is called again with a writer if the letter names none."""
    from interventionplanner.output.kit_import import OwnerUnknown
    from interventionplanner.output.letter_kit import LetterKitError, compare_letter

    try:
        try:
            returned = read(chosen)
        except OwnerUnknown:
            index = dialogs.ask_letter_owner(parent, [p.name for p in writers])
            if index is None:
                return None
            returned = read(writers[index])
    except LetterKitError as error:
        dialogs.show_problem(parent, _("This letter could not be used"), str(error))
        return None
    name = returned.participant.name
    if returned.certain:
        parts = returned.parts()
    else:
        placement = returned.placement
        parts = dialogs.ask_place_letter(parent, name, placement.paragraphs, placement.fields)
        if parts is None:
            return None
    incoming = compare_letter(returned.participant, parts)
    if not incoming.has_changes:
        dialogs.show_info(
            parent,
            _("Nothing new"),
            _("The letter that came back matches {name}'s letter as it is here.").format(name=name),
        )
        return None
    changes = [
        (heading, getattr(incoming.current, field), getattr(incoming.incoming, field))
        for heading, field in zip(incoming.changed_headings, incoming.changed_parts, strict=True)
    ]
    return incoming if dialogs.ask_replace_letter(parent, name, changes) else None


class PasteLetterDialog(QDialog):
    """A box to paste a letter into, from an e-mail or a message."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Paste a letter"))
        intro = QLabel(
            _(
                "Paste {name}'s letter below, as it came in an e-mail or a message. If it has "
                "the parts' headings, each part goes to its place; if not, you choose."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_("The letter"))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(_("&Bring it in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.go.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.go.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)


class PlaceLetterDialog(QDialog):
    """Each paragraph of a returned letter, and the part the person puts it in."""

    def __init__(
        self, name: str, paragraphs: list[str], fields: list[str | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Where does each part go?"))
        self.paragraphs = paragraphs
        self.fields = list(fields)
        self._labels = {
            part.field: f"{n}. {_(part.heading)}" for n, part in enumerate(ALL_PARTS, 1)
        }
        self._labels[LEFT_OUT] = _("(left out)")
        intro = QLabel(
            _(
                "{name}'s letter came back, but its parts could not all be told apart, so "
                "nothing has been guessed. Choose one or more paragraphs, then the part they "
                "belong to. Paragraphs already under a heading are placed for you; you can "
                "change them too."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(paragraphs), 2)
        self.table.setHorizontalHeaderLabels([_("Part"), _("Words")])
        self.table.setAccessibleName(_("The letter's paragraphs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab reaches the part buttons
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, text in enumerate(paragraphs):
            words = QTableWidgetItem(text)
            words.setToolTip(text)
            self.table.setItem(row, 1, words)
            self.table.setItem(row, 0, QTableWidgetItem())
        self.part_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, part in enumerate(ALL_PARTS):
            button = QPushButton(f"&{i + 1}. {_(part.heading)}")
            button.clicked.connect(lambda _=False, f=part.field: self.assign(f))
            self.part_buttons[part.field] = button
            grid.addWidget(button, i // 3, i % 3)
        self.leave_out = QPushButton(_("Leave &out"))
        self.leave_out.setToolTip(_("Words that are not part of the letter"))
        self.leave_out.clicked.connect(lambda: self.assign(LEFT_OUT))
        grid.addWidget(self.leave_out, 1, 2)
        self.remaining = QLabel()
        buttons = QDialogButtonBox()
        self.use = buttons.addButton(_("&Use these parts"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.remaining)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()
        self.table.resizeRowsToContents()
        self.resize(760, 560)

    def assign(self, field: str) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            self.fields[row] = field
        if rows and rows[-1] + 1 < self.table.rowCount():
            self.table.selectRow(rows[-1] + 1)  # on to the next paragraph
        self._update()

    def parts(self) -> dict[str, str]:
        texts: dict[str, list[str]] = {part.field: [] for part in ALL_PARTS}
        for text, field in zip(self.paragraphs, self.fields, strict=True):
            if field in texts:
                texts[field].append(text)
        return {field: "\n\n".join(chunks) for field, chunks in texts.items()}

    def _update(self) -> None:
        for row, field in enumerate(self.fields):
            label = self._labels.get(field or "", _("not placed yet"))
            self.table.item(row, 0).setText(label)
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in [*self.part_buttons.values(), self.leave_out]:
            button.setEnabled(chosen)
        left = self.fields.count(None)
        self.remaining.setText(
            _("Every paragraph has its place.")
            if not left
            else ngettext(
                "{count} paragraph still to place.", "{count} paragraphs still to place.", left
            ).format(count=left)
        )
        self.use.setEnabled(not left)

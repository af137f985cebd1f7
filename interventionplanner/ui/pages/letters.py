"""Step 5: each letter in its four parts, with live timing and a gentle language coach."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.coach import Coach, CoachFinding, replacement
from interventionplanner.domain.letter_parts import LETTER_PARTS
from interventionplanner.domain.plan import LetterStatus, Participant, Role
from interventionplanner.domain.speaking import (
    WORDS_PER_PAGE,
    count_words,
    speaking_seconds,
)
from interventionplanner.domain.wording import letter_summary, status_word
from interventionplanner.ui import dialogs
from interventionplanner.ui.coached_edit import CoachedEdit
from interventionplanner.ui.letters_model import LettersTableModel
from interventionplanner.ui.pages.base import PlanPage, note_label

ANALYSIS_IDLE_MS = 250  # counts and the coach list wait for a pause in typing


class FindingsModel(QAbstractListModel):
    """What the coach noticed, across the four parts, in reading order."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[CoachedEdit, CoachFinding]] = []

    def set_items(self, items: list[tuple[CoachedEdit, CoachFinding]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        finding = self.items[index.row()][1]
        text = f"“{finding.text}”: {finding.message}"
        if finding.suggestion:
            text += self.tr(" Try: “{0}”.").format(finding.suggestion)
        return text


class LettersPage(PlanPage):
    rehearseRequested = Signal(str)  # the writer's participant id

    def __init__(self, document, coach: Coach, user_templates=None) -> None:
        super().__init__(document)
        self.coach = coach
        self._user_templates = user_templates
        self.setTitle(self.tr("Letters"))
        self.setSubTitle(
            self.tr(
                "Each person writes one or two pages to read aloud: love, what they have seen, "
                "their hope, and the ask."
            )
        )
        self._analysis = QTimer(self, singleShot=True, interval=ANALYSIS_IDLE_MS)
        self._analysis.timeout.connect(self.analyse)

        self.model = LettersTableModel(document)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Letters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._writer_chosen())
        self.model.modelReset.connect(self._select_first)
        self.nobody = note_label(
            self.tr(
                "Nobody is set to write a letter yet. On the step before, give people the role "
                "“reads a letter” or “writes, cannot attend”."
            )
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self._letter_tab(), self.tr("The &letter"))
        self.tabs.addTab(self._bottom_line_tab(), self.tr("Bottom line (only &if needed)"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The letter as it will be read"))
        self.tabs.addTab(self.preview, self.tr("Pre&view"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.rehearse_button = QPushButton(self.tr("R&ehearse this letter…"))
        self.rehearse_button.clicked.connect(
            lambda: self.writer and self.rehearseRequested.emit(self.writer.id)
        )
        self.export_kit_button = QPushButton(self.tr("E&xport a letter kit…"))
        self.import_kit_button = QPushButton(self.tr("Bring in a letter &written elsewhere…"))
        self.export_kit_button.clicked.connect(self.export_kit)
        self.import_kit_button.clicked.connect(self.import_kit)
        kit_help = note_label(
            self.tr(
                "Writing on another computer or phone? Export a letter kit, send it to them, "
                "and bring their letter back in when it returns."
            )
        )
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.nobody)
        left.addWidget(self.rehearse_button)
        left.addWidget(kit_help)
        left.addWidget(self.export_kit_button)
        left.addWidget(self.import_kit_button)
        middle = QVBoxLayout()
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.stats)  # outside the scrolling parts, so always in sight
        middle.addWidget(self.long_note)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 2)
        columns.addLayout(middle, 5)
        columns.addLayout(self._coach_column(), 2)

    # --- building ----------------------------------------------------------------------

    def _letter_tab(self) -> QWidget:
        letter = lambda: self.letter  # noqa: E731
        body = QWidget()
        column = QVBoxLayout(body)
        self.part_edits: dict[str, CoachedEdit] = {}
        for number, part in enumerate(LETTER_PARTS, start=1):
            edit = CoachedEdit(self.coach)
            edit.setAccessibleName(part.heading)
            edit.setAccessibleDescription(part.prompt)
            edit.setPlaceholderText(self.tr("For example: {0}").format(part.example))
            heading = QLabel(f"&{number}. {part.heading}")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setBuddy(edit)
            prompt = note_label(part.prompt)
            self.bind_text(edit, letter, part.field)
            edit.textChanged.connect(self._analysis.start)
            self.part_edits[part.field] = edit
            column.addWidget(heading)
            column.addWidget(prompt)
            column.addWidget(edit, 1)

        self.status = QComboBox()
        for status in LetterStatus:  # the same words as the letters table
            self.status.addItem(status_word(status), status.value)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.reader = QComboBox()
        self.reader.currentIndexChanged.connect(self._reader_chosen)
        self.stats = note_label()
        self.stats.setAccessibleName(self.tr("Length of the letter"))
        self.long_note = note_label(flag=True)
        form = QFormLayout()
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Rea&d aloud by:"), self.reader)
        column.addLayout(form)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    def _bottom_line_tab(self) -> QWidget:
        self.bottom_line = QPlainTextEdit()
        self.bottom_line.setTabChangesFocus(True)
        self.bottom_line.setAccessibleName(self.tr("Bottom line"))
        self.bind_text(self.bottom_line, lambda: self.letter, "bottom_line")
        explain = note_label(
            self.tr(
                "A bottom line says what you will stop doing if help is refused today. It is "
                "kept apart from the letter, read only if it is truly needed, and printed only "
                "in the chairperson's copy. Write it calmly, as a promise to yourself, not a "
                "threat."
            )
        )
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.bottom_line, 1)
        return tab

    def _coach_column(self) -> QVBoxLayout:
        self.findings = FindingsModel()
        self.findings_view = QListView()
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.setAccessibleName(self.tr("Suggestions"))
        self.findings_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_coach_buttons()
        )
        self.use_button = QPushButton(self.tr("&Use this wording"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.use_button.clicked.connect(self.use_suggestion)
        self.keep_button.clicked.connect(self.keep_mine)
        heading = QLabel(self.tr("&Gentle suggestions"))
        heading.setBuddy(self.findings_view)
        hint = note_label(
            self.tr(
                "Words that can sound like labels or blame are underlined. Hover to see why. "
                "These are only suggestions: the letter is yours."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(hint)
        column.addWidget(self.findings_view, 1)
        column.addLayout(buttons)
        return column

    # --- the chosen writer -------------------------------------------------------------

    @property
    def writer(self) -> Participant | None:
        row = self.table.currentIndex().row()
        return self.model.writers[row] if 0 <= row < len(self.model.writers) else None

    @property
    def letter(self):
        return self.writer.letter

    def focus_field(self, participant_id: str | None) -> None:
        """A finding about someone's letter: choose that writer and start at their letter."""
        ids = [p.id for p in self.model.writers]
        if participant_id in ids:
            self.table.setCurrentIndex(self.model.index(ids.index(participant_id), 0))
            self.tabs.setCurrentIndex(0)
            next(iter(self.part_edits.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            super().focus_field(None)

    def load(self) -> None:
        """A new plan, or the team changed on the step before: list the writers again."""
        self.model.reload()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.load()

    def _select_first(self) -> None:
        has_writers = bool(self.model.writers)
        self.nobody.setVisible(not has_writers)
        self.tabs.setEnabled(has_writers)
        if has_writers:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._writer_chosen()

    def _writer_chosen(self) -> None:
        if self.writer is None:
            return
        for loader in self._loaders:
            loader()
        self._load_choices()
        self.analyse()

    def _load_choices(self) -> None:
        writer = self.writer
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(writer.letter.status.value))
        self.status.blockSignals(False)
        self.reader.blockSignals(True)
        self.reader.clear()
        self.reader.addItem(self.tr("(they read it themself)"), None)
        for other in self.plan.participants:
            if other.id != writer.id:
                self.reader.addItem(other.name, other.id)
        self.reader.setCurrentIndex(max(0, self.reader.findData(writer.read_by)))
        self.reader.setEnabled(writer.has_role(Role.ABSENT_WRITER))
        self.reader.blockSignals(False)

    def _status_chosen(self) -> None:
        if self.writer is not None:
            self._store(lambda: self.letter, "status", LetterStatus(self.status.currentData()))
            self.model.refresh()

    def _reader_chosen(self) -> None:
        if self.writer is not None:
            self._store(lambda: self.writer, "read_by", self.reader.currentData())

    # --- letters written elsewhere ------------------------------------------------------

    def export_kit(self) -> None:
        from interventionplanner.output.letter_kit import kit_file_name, write_kit

        if self.writer is None:
            return
        path = dialogs.ask_kit_save_path(self, kit_file_name(self.writer))
        if path is None:
            return
        try:
            write_kit(self.plan, self.writer, path)
        except OSError as error:
            dialogs.show_problem(
                self,
                self.tr("The letter kit was not saved"),
                self.tr(
                    "It could not be written there ({0}). Please choose another folder."
                ).format(error.strerror or ""),
            )

    def import_kit(self) -> None:
        from interventionplanner.output.letter_kit import (
            LetterKitError,
            apply_import,
            import_kit,
            read_kit_file,
        )

        path = dialogs.ask_kit_open_path(self)
        if path is None:
            return
        try:
            incoming = import_kit(self.plan, read_kit_file(path))
        except LetterKitError as error:
            dialogs.show_problem(self, self.tr("This letter kit could not be used"), str(error))
            return
        name = incoming.participant.name
        if not incoming.has_changes:
            dialogs.show_info(
                self,
                self.tr("Nothing new"),
                self.tr("The letter kit matches {0}'s letter as it is here.").format(name),
            )
            return
        changes = [
            (heading, getattr(incoming.current, field), getattr(incoming.incoming, field))
            for heading, field in zip(
                incoming.changed_headings, incoming.changed_parts, strict=True
            )
        ]
        if dialogs.ask_replace_letter(self, name, changes):
            apply_import(incoming)
            self.document.edited()
            row = self.model.writers.index(incoming.participant)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self._writer_chosen()

    # --- live analysis -------------------------------------------------------------------

    def analyse(self) -> None:
        """Counts, the length note, the coach's list and the letters table, after a pause."""
        if self.writer is None:
            return
        words = count_words(self.letter.text())
        seconds = speaking_seconds(words, self.plan.reading_rate_wpm)
        self.stats.setText(letter_summary(words, seconds))
        long = words > 2 * WORDS_PER_PAGE
        self.long_note.setText(
            self.tr(
                "This letter is now longer than about two pages. Shorter letters are easier to "
                "hear; you might keep the moments that matter most."
            )
            if long
            else ""
        )
        self.long_note.setVisible(long)
        self.findings.set_items(
            [(edit, f) for edit in self.part_edits.values() for f in edit.findings()]
        )
        self._update_coach_buttons()
        self.model.refresh()
        if self.tabs.currentWidget() is self.preview:
            self._show_preview()

    def _update_coach_buttons(self) -> None:
        chosen = self.findings_view.currentIndex().isValid()
        self.use_button.setEnabled(chosen and bool(self._chosen()[1].suggestion))
        self.keep_button.setEnabled(chosen)

    def _chosen(self) -> tuple[CoachedEdit, CoachFinding]:
        return self.findings.items[self.findings_view.currentIndex().row()]

    def use_suggestion(self) -> None:
        edit, finding = self._chosen()
        edit.replace_span(finding.start, finding.end, replacement(finding))
        self.analyse()

    def keep_mine(self) -> None:
        edit, finding = self._chosen()
        edit.keep(finding)
        self.analyse()

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            self._show_preview()

    def _show_preview(self) -> None:
        from interventionplanner.output.letters import render_letter  # loads jinja2 on use
        from interventionplanner.output.templates import TemplateProblem

        try:
            text = render_letter(self.plan, self.writer, self._user_templates)
        except TemplateProblem as problem:
            text = str(problem)
        self.preview.setPlainText(text)

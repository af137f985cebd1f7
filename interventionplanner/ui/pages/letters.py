"""Step 5: each letter in its four parts, with live timing and a gentle language coach."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain import settling
from interventionplanner.domain.change import Change
from interventionplanner.domain.coach import Coach, CoachFinding, replacement
from interventionplanner.domain.display import letter_length, role_words, status_words
from interventionplanner.domain.letter_parts import LETTER_PARTS
from interventionplanner.domain.plan import LetterStatus, Participant, Role
from interventionplanner.domain.speaking import WORDS_PER_PAGE, count_words
from interventionplanner.domain.spelling import plan_words
from interventionplanner.domain.timeline import letter_seconds
from interventionplanner.i18n import _, ngettext
from interventionplanner.ui import dialogs
from interventionplanner.ui.coached_edit import CoachedEdit
from interventionplanner.ui.column_fit import ColumnFitter
from interventionplanner.ui.letters_model import LettersTableModel
from interventionplanner.ui.pages.base import PlanPage, note_label
from interventionplanner.ui.views import ShortListView

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
            text += _(" Try: “{suggestion}”.").format(suggestion=finding.suggestion)
        return text


class LettersPage(PlanPage):
    rehearseRequested = Signal(str)  # the writer's participant id
    watches = ("participants", "reading_rate_wpm", "language")

    def __init__(self, document, coach: Coach, user_templates=None) -> None:
        for _slice in self._slices(document, coach, user_templates):
            pass

    def _slices(self, document, coach: Coach, user_templates=None) -> Iterator[None]:
        """The build, a slice between each yield (PlanPage.in_slices)."""
        super().__init__(document)
        self.coach = coach
        self._user_templates = user_templates
        self.setSubTitle(
            _(
                "Each person writes one or two pages to read aloud: love, what they have seen, "
                "their hope, and the ask."
            )
        )
        self._practice_prompts: dict[str, str] = {}
        self._analysis = QTimer(self, singleShot=True, interval=ANALYSIS_IDLE_MS)
        self._analysis.timeout.connect(self.analyse)

        self.model = LettersTableModel(document)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_("Letters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Every column as wide as its words, measured when they change.
        self.table.column_fitter = ColumnFitter(self.table, range(self.model.columnCount()))
        self._writer_id: str | None = None
        self._keep_writer: str | None = None
        self.nobody = note_label(
            _(
                "Nobody is set to write a letter yet. On the step before, give people the role "
                "“{speaker}” or “{absent_writer}”."
            ).format(speaker=role_words(Role.SPEAKER), absent_writer=role_words(Role.ABSENT_WRITER))
        )

        yield
        self.tabs = QTabWidget()
        self.tabs.addTab(self._letter_tab(), _("The &letter"))
        yield
        self.tabs.addTab(self._bottom_line_tab(), _("Bottom line (only &if needed)"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(_("The letter as it will be read"))
        self.tabs.addTab(self.preview, _("Pre&view"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.rehearse_button = QPushButton(_("R&ehearse this letter…"))
        self.rehearse_button.clicked.connect(
            lambda: self.writer and self.rehearseRequested.emit(self.writer.id)
        )
        self.export_kit_button = QPushButton(_("E&xport a letter kit…"))
        kit_menu = QMenu(self.export_kit_button)
        self.kit_action = kit_menu.addAction(_("A kit for this writer…"), self.export_kit)
        self.all_kits_action = kit_menu.addAction(
            _("Word kits for every writer, into a folder…"), lambda: self.export_kits("docx")
        )
        self.all_sheets_action = kit_menu.addAction(
            _("Worksheets to print for every writer, into a folder…"),
            lambda: self.export_kits("worksheet"),
        )
        self.export_kit_button.setMenu(kit_menu)
        self.import_kit_button = QPushButton(_("Bring in a letter &written elsewhere…"))
        self.import_kit_button.clicked.connect(self.import_kit)
        yield
        self.paste_button = QPushButton(_("P&aste a letter from an e-mail…"))
        self.paste_button.clicked.connect(self.paste_letter)
        kit_help = note_label(
            _(
                "Writing on another computer, a phone or paper? Export a letter kit (a Word "
                "document, or a worksheet to print), send it to them, and bring their letter "
                "back in when it returns."
            )
        )
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.nobody)
        left.addWidget(self.rehearse_button)
        left.addWidget(kit_help)
        left.addWidget(self.export_kit_button)
        left.addWidget(self.import_kit_button)
        left.addWidget(self.paste_button)
        middle = QVBoxLayout()
        middle.addWidget(self.tabs, 1)
        middle.addWidget(self.stats)  # outside the scrolling parts, so always in sight
        middle.addWidget(self.long_note)
        columns = QHBoxLayout(self.body)
        columns.addLayout(left, 2)
        columns.addLayout(middle, 5)
        yield
        columns.addLayout(self._side_column(), 2)
        self.reflow(columns)
        # Last: a plan replaced while the page was being built reaches a whole page.
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelAboutToBeReset.connect(self._remember_writer)
        self.model.modelReset.connect(self._writers_listed)

    # --- building ----------------------------------------------------------------------

    def _letter_tab(self) -> QWidget:
        """The four parts, one at a time: a calm page to write on, with one scroll bar.
        Alt+1 … Alt+4 (or the numbered buttons) choose the part."""
        letter = lambda: self.letter  # noqa: E731
        body = QWidget()
        column = QVBoxLayout(body)
        self.part_edits: dict[str, CoachedEdit] = {}
        self.part_stack = QStackedWidget()
        self.part_buttons = QButtonGroup(self)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(_("Part:")))
        for number, part in enumerate(LETTER_PARTS, start=1):
            edit = CoachedEdit(self.coach)
            edit.setAccessibleName(_(part.heading))
            edit.about = _(part.prompt)
            edit.describe_findings([])
            edit.setPlaceholderText(_("For example: {example}").format(example=_(part.example)))
            self.bind_text(edit, letter, part.field)
            edit.textChanged.connect(self._analysis.start)
            edit.highlighted.connect(self._analysis.start)  # a long part is underlined
            self._listen_for_settling(edit)
            self.part_edits[part.field] = edit
            self.part_stack.addWidget(edit)
            button = QToolButton()
            button.setText(f"&{number}")
            button.setCheckable(True)
            button.setToolTip(_(part.heading))
            button.setAccessibleName(
                _("Part {number}: {heading}").format(number=number, heading=_(part.heading))
            )
            self.part_buttons.addButton(button, number - 1)
            chooser.addWidget(button)
        chooser.addStretch(1)
        self.part_buttons.idClicked.connect(lambda index: self.show_part(index, focus=True))
        self.part_heading = QLabel()
        font = self.part_heading.font()
        font.setBold(True)
        self.part_heading.setFont(font)
        self.part_prompt = note_label()
        column.addLayout(chooser)
        column.addWidget(self.part_heading)
        column.addWidget(self.part_prompt)
        column.addWidget(self.part_stack, 1)
        self.show_part(0)

        self.status = QComboBox()
        for status in LetterStatus:  # the same words as the letters table
            self.status.addItem(status_words(status), status.value)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.reader = QComboBox()
        self.reader.currentIndexChanged.connect(self._reader_chosen)
        self.stats = note_label()
        self.stats.setAccessibleName(_("Length of the letter"))
        self.long_note = note_label(flag=True)
        form = QFormLayout()
        form.addRow(_("S&tatus:"), self.status)
        form.addRow(_("Rea&d aloud by:"), self.reader)
        self.reviewed = note_label()
        self.reviewed.setAccessibleName(_("Who reviewed the letter"))
        form.addRow(self.reviewed)
        column.addLayout(form)
        return body

    def show_part(self, index: int, *, focus: bool = False) -> None:
        """Show one of the four parts for writing."""
        part = LETTER_PARTS[index]
        self.part_stack.setCurrentIndex(index)
        self.part_buttons.button(index).setChecked(True)
        self.part_heading.setText(f"{index + 1}. {_(part.heading)}")
        ours = self._practice_prompts.get(part.field, "")  # the practice's own (Preferences)
        self.part_prompt.setText(
            _("{prompt} {practice}").format(prompt=_(part.prompt), practice=ours)
            if ours
            else _(part.prompt)
        )
        if focus:
            self.part_stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _bottom_line_tab(self) -> QWidget:
        self.bottom_line = CoachedEdit(self.coach, "bottom_line")
        self.bottom_line.setAccessibleName(_("Bottom line"))
        self.bind_text(self.bottom_line, lambda: self.letter, "bottom_line")
        # Its underlines are said to a screen reader as the parts' are (analyse); they stay
        # out of the page's list, whose choices show a part of the letter.
        self.bottom_line.textChanged.connect(self._analysis.start)
        self._listen_for_settling(self.bottom_line)
        explain = note_label(
            _(
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

    def _side_column(self) -> QVBoxLayout:
        """Review notes above the coach's suggestions, beside the letter."""
        from interventionplanner.ui.review_notes import ReviewNotesPanel

        self.notes_panel = ReviewNotesPanel(self, self.reviewer_name)
        for edit in (*self.part_edits.values(), self.bottom_line):
            edit.extra_actions.append(self.notes_panel.add_action)  # in the context menu
        column = QVBoxLayout()
        column.addWidget(self.notes_panel, 1)
        column.addLayout(self._coach_column(), 1)
        return column

    def reviewer_name(self) -> str:
        """Who is adding a note or marking a letter reviewed: this computer's practice
        profile, else the plan's interventionist, else nobody named."""
        from interventionplanner.domain.review_notes import default_reviewer

        return default_reviewer(self.plan, self.practice_name())

    def practice_name(self) -> str:
        from interventionplanner.storage.practice import profile_name

        return profile_name()

    def edit_for(self, part: str, *, focus: bool = False) -> CoachedEdit | None:
        """Show the box that holds `part` of the letter ("my_hope", "bottom_line")."""
        if part == "bottom_line":
            self.tabs.setCurrentIndex(1)
            if focus:
                self.bottom_line.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.bottom_line
        fields = [p.field for p in LETTER_PARTS]
        if part not in fields:
            return None
        self.tabs.setCurrentIndex(0)
        self.show_part(fields.index(part), focus=focus)
        return self.part_edits[part]

    def current_part_edit(self) -> tuple[str, CoachedEdit] | None:
        """The part on screen and its box (the bottom line on its tab)."""
        if self.writer is None:
            return None
        if self.tabs.currentIndex() == 1:
            return "bottom_line", self.bottom_line
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        field = LETTER_PARTS[self.part_stack.currentIndex()].field
        return field, self.part_edits[field]

    def _coach_column(self) -> QVBoxLayout:
        self.findings = FindingsModel()
        self.findings_view = ShortListView()
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.setAccessibleName(_("Suggestions"))
        self.findings_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_coach_buttons()
        )
        self.use_button = QPushButton(_("&Use this wording"))
        self.keep_button = QPushButton(_("&Keep mine"))
        self.use_button.clicked.connect(self.use_suggestion)
        self.keep_button.clicked.connect(self.keep_mine)
        heading = QLabel(_("&Gentle suggestions"))
        heading.setBuddy(self.findings_view)
        hint = note_label(
            _(
                "Words that can sound like labels or blame are underlined. Hover to see why. "
                "These are only suggestions: the letter is yours."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        # The notes left as they are in this letter: how many, and the way to see them again.
        self.settled_note = note_label()
        self.settled_note.setAccessibleName(_("Notes left as they are"))
        self.again_button = QPushButton(_("Show the &coach's notes again"))
        self.again_button.clicked.connect(self.show_notes_again)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(hint)
        column.addWidget(self.findings_view, 1)
        column.addLayout(buttons)
        settled = QHBoxLayout()  # one row, so a small screen keeps the page unscrolled
        settled.addWidget(self.settled_note, 1)
        settled.addWidget(self.again_button)
        column.addLayout(settled)
        self._show_settled()
        return column

    # --- "Leave this as it is" ------------------------------------------------------------

    def _listen_for_settling(self, edit: CoachedEdit) -> None:
        edit.settleRequested.connect(self.settle)
        edit.unsettleRequested.connect(self.show_notes_again)

    def settle(self, key: settling.Key) -> None:
        """Leave the coach's note as it is in this letter (through the document, so it is
        saved, and Review and every box follow)."""
        if self.writer is not None:
            letter = self.letter
            self.document.update_if(
                f"participants/{self.writer.id}/letter/settled",
                lambda _plan: settling.settle(letter, key),
            )

    def show_notes_again(self) -> None:
        """Every note left as it is in this letter is underlined and listed again."""
        if self.writer is not None:
            letter = self.letter
            self.document.update_if(
                f"participants/{self.writer.id}/letter/settled",
                lambda _plan: settling.unsettle_all(letter),
            )

    def _use_settled(self) -> None:
        """Give every box the letter's settled notes, and say how many there are."""
        keys = settling.keys(self.letter) if self.writer is not None else set()
        for edit in (*self.part_edits.values(), self.bottom_line):
            edit.set_settled(keys)
        self._show_settled()

    def _show_settled(self) -> None:
        count = len(self.letter.settled) if self.writer is not None else 0
        self.settled_note.setText(
            ngettext(
                "{count} note left as it is.",
                "{count} notes left as they are.",
                count,
            ).format(count=count)
        )
        self.settled_note.setVisible(bool(count))
        self.again_button.setVisible(bool(count))

    # --- the chosen writer -------------------------------------------------------------

    @property
    def writer(self) -> Participant | None:
        """The writer chosen in the list, by id (typing asks on every key)."""
        return self.model.writer(self._writer_id)

    def _current_row_changed(self) -> None:
        row = self.table.currentIndex().row()
        writers = self.model.writers
        self._writer_id = writers[row].id if 0 <= row < len(writers) else None
        self._writer_chosen()

    @property
    def letter(self):
        return self.writer.letter

    def focus_field(self, participant_id: str | None) -> None:
        """A finding about someone's letter: choose that writer and start at their letter."""
        ids = [p.id for p in self.model.writers]
        if participant_id in ids:
            self.table.setCurrentIndex(self.model.index(ids.index(participant_id), 0))
            self.tabs.setCurrentIndex(0)
            self.show_part(0, focus=True)
        else:
            super().focus_field(None)

    def load(self) -> None:
        """A new plan, or the team changed on another step: list the writers again."""
        from interventionplanner.storage.defaults import practice_defaults_or_none

        defaults = practice_defaults_or_none()
        self._practice_prompts = defaults.letter_prompts if defaults else {}
        self.model.reload()

    def _remember_writer(self) -> None:
        self._keep_writer = self.writer.id if self.writer else None

    def plan_changed(self, change: Change) -> None:
        """Typing in a letter repaints that writer's row; a new pace repaints them all."""
        if "participants" in change.paths or any(
            path.endswith("reading_rate_wpm") for path in change.paths
        ):
            self.model.refresh(None)
        else:
            self.model.refresh(change.participant_ids())
        if self.writer is not None and any(path.endswith("language") for path in change.paths):
            self._use_writers_language()
        if any("/letter/notes" in path or path.endswith("/status") for path in change.paths):
            self.notes_panel.reload()
        if self.writer is not None and any(
            path.endswith("/letter/settled") or path.endswith("/letter")
            for path in change.paths
            if self.writer.id in path
        ):
            self._use_settled()
            self.analyse()

    def _writers_listed(self) -> None:
        """After the list is made again, stay with the writer who was chosen, if any."""
        writers = self.model.writers
        # Wide enough for every column: names and times are never cut off.
        self.table.setMinimumWidth(
            self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 2
        )
        self.nobody.setVisible(not writers)
        self.tabs.setEnabled(bool(writers))
        ids = [p.id for p in writers]
        if writers:
            row = ids.index(self._keep_writer) if self._keep_writer in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._current_row_changed()

    def _writer_chosen(self) -> None:
        if self.writer is None:
            return
        self._use_settled()  # before the text goes in: it is underlined once
        for loader in self._loaders:
            loader()
        names = plan_words(self.plan)  # never flagged as misspelled
        for edit in (*self.part_edits.values(), self.bottom_line):
            edit.set_known_words(names)
        self._use_writers_language()
        self._load_choices()
        self.notes_panel.reload()
        self.analyse()

    def _use_writers_language(self) -> None:
        """The coach and the speller of the letter's language (the writer's, else the plan's)."""
        language = self.plan.language_for(self.writer)
        coach = self.coach
        if language != coach.language:
            # Here, not at the top: storage's package brings pydantic, which start-up skips.
            from interventionplanner.storage.coach_rules import load_coach  # noqa: PLC0415

            coach = load_coach(language)
        for edit in (*self.part_edits.values(), self.bottom_line):
            edit.set_language(language, coach)

    def _load_choices(self) -> None:
        writer = self.writer
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(writer.letter.status.value))
        self.status.blockSignals(False)
        self.reader.blockSignals(True)
        self.reader.clear()
        self.reader.addItem(_("(they read it themself)"), None)
        for other in self.plan.participants:
            if other.id != writer.id:
                self.reader.addItem(other.name, other.id)
        self.reader.setCurrentIndex(max(0, self.reader.findData(writer.read_by)))
        self.reader.setEnabled(writer.has_role(Role.ABSENT_WRITER))
        self.reader.blockSignals(False)
        self._show_reviewed()

    def _show_reviewed(self) -> None:
        from interventionplanner.domain.display import short_date

        letter = self.letter
        text = ""
        if letter.status is not LetterStatus.DRAFT and letter.reviewed_at is not None:
            when = short_date(letter.reviewed_at.date())
            text = (
                _("Reviewed by {who} on {date}.").format(who=letter.reviewed_by, date=when)
                if letter.reviewed_by
                else _("Reviewed on {date}.").format(date=when)
            )
        self.reviewed.setText(text)
        self.reviewed.setVisible(bool(text))

    def _status_chosen(self) -> None:
        if self.writer is not None:
            from datetime import datetime

            from interventionplanner.domain.review_notes import set_status

            letter, status = self.letter, LetterStatus(self.status.currentData())
            if letter.status is not status:
                self.document.update(
                    f"participants/{self.writer.id}/letter/status",
                    lambda _plan: set_status(
                        letter, status, reviewer=self.reviewer_name(), now=datetime.now()
                    ),
                )
            self._show_reviewed()

    def _reader_chosen(self) -> None:
        if self.writer is not None:
            self._store(lambda: self.writer, "read_by", self.reader.currentData())

    # --- letters written elsewhere ------------------------------------------------------

    def export_kit(self) -> None:
        from interventionplanner.output.kit_export import format_for, kit_name, write_kit_file
        from interventionplanner.output.letter_kit import LetterKitError

        if self.writer is None:
            return
        path = dialogs.ask_kit_save_path(self, kit_name(self.writer))
        if path is None:
            return
        try:
            write_kit_file(self.plan, self.writer, path, format_for(path) or "docx")
        except (OSError, LetterKitError) as error:
            self._kit_not_saved(error)

    def export_kits(self, fmt: str) -> None:
        """Every writer's kit (or worksheet) into one folder, one file each."""
        from interventionplanner.output.kit_export import write_kits
        from interventionplanner.output.letter_kit import LetterKitError

        folder = dialogs.ask_folder(self, _("Choose a folder for the letter kits"))
        if folder is None or not self.model.writers:
            return
        try:
            written = write_kits(self.plan, folder, fmt, people=list(self.model.writers))
        except (OSError, LetterKitError) as error:
            self._kit_not_saved(error)
            return
        dialogs.show_info(
            self,
            _("Letter kits saved"),
            ngettext(
                "{count} file is in the folder, for its writer.",
                "{count} files are in the folder, one for each writer.",
                len(written),
            ).format(count=len(written)),
        )

    def _kit_not_saved(self, error: Exception) -> None:
        reason = getattr(error, "strerror", None)
        text = (
            _("It could not be written there ({reason}). Please choose another folder.").format(
                reason=reason
            )
            if reason
            else str(error)
        )
        dialogs.show_problem(self, _("The letter kit was not saved"), text)

    def import_kit(self) -> None:
        from interventionplanner.output.kit_import import read_returned_file

        path = dialogs.ask_kit_open_path(self)
        if path is not None:
            self._bring_in(lambda chosen: read_returned_file(self.plan, path, chosen))

    def paste_letter(self) -> None:
        from interventionplanner.output.kit_import import read_pasted

        writer = self.writer
        if writer is None:
            return
        text = dialogs.ask_pasted_letter(self, writer.name)
        if text:
            self._bring_in(lambda chosen: read_pasted(self.plan, text, chosen), writer)

    def _bring_in(self, read, chosen: Participant | None = None) -> None:
        from interventionplanner.output.letter_kit import apply_import
        from interventionplanner.ui.letter_return import bring_in

        incoming = bring_in(self, self.plan, read, list(self.model.writers), chosen)
        if incoming is None:
            return
        who = incoming.participant.id
        self.document.update(f"participants/{who}/letter", lambda _plan: apply_import(incoming))
        row = [p.id for p in self.model.writers].index(who)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._writer_chosen()

    # --- live analysis -------------------------------------------------------------------

    def analyse(self) -> None:
        """Counts, the length note, the coach's list and the letters table, after a pause."""
        if self.writer is None:
            return
        words = count_words(self.letter.text())
        self.stats.setText(letter_length(words, letter_seconds(self.plan, self.writer)))
        long = words > 2 * WORDS_PER_PAGE
        self.long_note.setText(
            _(
                "This letter is now longer than about two pages. Shorter letters are easier to "
                "hear; you might keep the moments that matter most."
            )
            if long
            else ""
        )
        self.long_note.setVisible(long)
        if any(edit.highlight_pending() for edit in self.part_edits.values()):
            return  # the coach's list follows the idle pass over a long letter (`highlighted`)
        found = []
        for edit in self.part_edits.values():
            in_edit = edit.findings()
            edit.describe_findings(in_edit)  # the underlines, said to a screen reader too
            found += [(edit, f) for f in in_edit]
        self.bottom_line.describe_findings(self.bottom_line.findings())
        self.findings.set_items(found)
        self.notes_panel.model.words_changed()  # a note's words may have been edited away
        self._update_coach_buttons()
        if self.tabs.currentWidget() is self.preview:
            self._show_preview()

    def _update_coach_buttons(self) -> None:
        chosen = self.findings_view.currentIndex().isValid()
        if chosen:  # show the part the chosen suggestion is about
            self.show_part(self.part_stack.indexOf(self._chosen()[0]))
        self.use_button.setEnabled(chosen and bool(self._chosen()[1].suggestion))
        self.keep_button.setEnabled(chosen)

    def _chosen(self) -> tuple[CoachedEdit, CoachFinding]:
        return self.findings.items[self.findings_view.currentIndex().row()]

    def use_suggestion(self) -> None:
        edit, finding = self._chosen()
        edit.replace_span(finding.start, finding.end, replacement(finding))
        self.analyse()

    def keep_mine(self) -> None:
        """The same as "Leave this as it is" in the box's menu: kept with the letter."""
        edit, finding = self._chosen()
        self.settle(settling.key_of(edit.toPlainText(), finding))

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

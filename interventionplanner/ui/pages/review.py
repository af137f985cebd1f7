"""Step 8: check the plan, preview the packet, and save or print what people will hold.

The packet is built in a worker thread from a copy of the plan, so typing elsewhere never
waits for it and never changes a packet half-way through being made. The step shows at once;
the preview fills in when the packet is ready: the same worker loads it into a QPdfDocument
and words its pages for screen readers (ui/pdf_preview.py), and the viewer (QtPdf's widget,
kept out of the app's start-up) is made then and draws the pages in view first.
"""

from __future__ import annotations

import copy
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from interventionplanner.domain import settling
from interventionplanner.domain.coach import Coach
from interventionplanner.domain.plan import Plan
from interventionplanner.i18n import _, ngettext
from interventionplanner.storage.atomic import write_atomic
from interventionplanner.ui import dialogs, packet_warmup, pdf_preview, worker
from interventionplanner.ui.pages.base import PlanPage, language_combo, note_label
from interventionplanner.ui.preflight_watch import PreflightWatcher, findings_view

PREVIEW_LATEST_MS = 200  # the preview starts after the step's first paint, or this late
FINDINGS_BATCH = 25  # findings laid out a turn (more than a screenful)


class ReviewPage(PlanPage):
    findingChosen = Signal(object)
    invitationsRequested = Signal()
    previewReady = Signal()
    # The packet shows the whole plan: any change made while away means a new preview.
    watches = tuple(f.name for f in fields(Plan))

    def __init__(
        self, document, services, watcher: PreflightWatcher, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(document)
        self.services = services
        self.pool = pool  # None: Qt's global pool; tests may give their own
        self.jobs: set[worker.Job] = set()
        self.packet: bytes | None = None  # the last packet built, as shown in the preview
        self.setSubTitle(_("A last look, then the packet everyone will hold on the day."))
        packet_warmup.queue()  # built ahead at a pause: the packet's libraries load at the next

        self.heading = heading = QLabel(_("Before the day:"))
        heading.installEventFilter(self)  # its first paint starts the preview
        self.findings = findings_view(watcher, self.findingChosen)
        # Laid out a batch a turn: a big plan's hundreds of wrapped findings, each measured
        # at the step's first showing, made the switch to Review wait for all of them.
        self.findings.setLayoutMode(QListView.LayoutMode.Batched)
        self.findings.setBatchSize(FINDINGS_BATCH)
        heading.setBuddy(self.findings)
        self.unprintable = note_label(flag=True)
        # The coach's notes on each letter, those its writer left as they are counted
        # apart: a settled harsh sentence is not hidden from whoever reviews the letters.
        self.coach_notes = note_label()
        self.coach_notes.setAccessibleName(_("The coach's notes on the letters"))
        self.coach_notes.hide()
        self._coach_slices = QTimer(self, interval=0)  # a letter a turn (show_coach_notes)
        self._coach_slices.timeout.connect(self._coach_slice)
        self._coach_queue: list = []
        self._coach_lines: list[str] = []
        self._coach_known: dict[str, tuple] = {}  # participant id → (what was read, notes)
        self._waits_for_coach = False
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_("Making the packet"))
        self.progress.hide()
        self.preview_holder = QVBoxLayout()  # the PDF viewer goes here when first needed
        self.viewer = None
        self.pdf = None
        self._previewing = False  # a preview was asked for: a new plan means a new one
        self._preview_due = False  # one is to start once the step has painted

        self.refresh_button = QPushButton(_("&Update the preview"))
        self.save_button = QPushButton(_("Save the packet as P&DF…"))
        self.print_button = QPushButton(_("P&rint the packet…"))
        self.copies_button = QPushButton(_("Save reading &copies…"))
        self.invitations_button = QPushButton(_("Save &invitations…"))
        self.refresh_button.clicked.connect(self.build_preview)
        self.save_button.clicked.connect(self.save_packet)
        self.print_button.clicked.connect(self.print_packet)
        self.copies_button.clicked.connect(self.save_reading_copies)
        self.invitations_button.clicked.connect(self.invitationsRequested)
        self.status = note_label()
        self.status.setAccessibleName(_("Packet status"))
        self.pdf_lock = QCheckBox(_("Ask for a password to &open the saved PDF"))
        self.pdf_lock.setToolTip(
            _(
                "A PDF's own password stops casual opening, but it is much weaker than the "
                "plan's protection. Keep printed and saved copies somewhere safe."
            )
        )
        pdf_lock_note = note_label(
            _(
                "A PDF password is weaker than the plan's own protection: treat the file as "
                "private all the same."
            )
        )

        # The packet's language: also that of every paper whose reader has none of their own.
        self.language = language_combo()
        self.language.setAccessibleName(_("Language of the packet"))
        self.bind_choice(self.language, lambda: self.plan, "language")
        language_label = QLabel(_("Packet &language:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language, 1)
        language_note = note_label(
            _(
                "Also the language of invitations, letter kits and reading copies, for each "
                "person who has no language of their own (Who will be there ▸ Change)."
            )
        )

        buttons = QGridLayout()
        for i, button in enumerate(
            (
                self.refresh_button,
                self.save_button,
                self.print_button,
                self.copies_button,
                self.invitations_button,
            )
        ):
            buttons.addWidget(button, i, 0)
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.findings, 1)
        left.addWidget(self.coach_notes)
        left.addWidget(self.unprintable)
        left.addLayout(language_row)
        left.addWidget(language_note)
        left.addLayout(buttons)
        left.addWidget(self.pdf_lock)
        left.addWidget(pdf_lock_note)
        left.addWidget(self.status)
        from interventionplanner.ui.pro_section import InterventionistSection

        self.pro = InterventionistSection(self)  # folded: practice, private notes, family copy
        left.addWidget(self.pro)
        right = QVBoxLayout()
        right.addLayout(self.preview_holder, 1)
        right.addWidget(self.progress)
        columns = QHBoxLayout(self.body)
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)

    # --- the preview -----------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self._stale = False  # the preview below is of the plan as it is now: one job, not two
        self._show_fields()
        self.show_coach_notes()
        self._previewing = True
        self._preview_after_paint()

    def _preview_after_paint(self) -> None:
        """Make the preview once the step has painted. The packet's job shares Python with
        the window's thread, so it starts only after the switch: the step shows at once,
        saying the preview is on its way (or after PREVIEW_LATEST_MS if nothing paints)."""
        self._preview_due = True
        self.status.setText(_("Making the preview…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.heading.update()
        QTimer.singleShot(PREVIEW_LATEST_MS, self, self._start_due_preview)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # The heading is always on screen when the step is: its paint is the step's.
        if event.type() == QEvent.Type.Paint and self._preview_due:
            QTimer.singleShot(0, self, self._start_due_preview)
        return False

    def _start_due_preview(self) -> None:
        if self._preview_due:
            self._preview_due = False
            self.build_preview()

    def _show_fields(self) -> None:
        """The step's own inputs (the packet's language); the preview is made apart."""
        for loader in self._loaders:
            loader()

    def load(self) -> None:
        self._show_fields()
        if self.isVisible():  # the coach reads every letter: not while built ahead
            self.show_coach_notes()
        self.packet = None
        if self._previewing and self.isVisible():
            self._preview_after_paint()

    def show_coach_notes(self) -> None:
        """A line a letter the coach has notes on: how many to look at, how many left.

        One letter a turn of the event loop (a long letter is some milliseconds of the
        coach), each remembered while its words and settled notes stay the same, so the
        step shows at once and a second visit costs nothing. While the window's lane is
        still compiling the coach's rules, it waits for them (ui/coach_warmth.py)."""
        from interventionplanner.ui.coach_warmth import warmth_of

        warmth = warmth_of(self)
        if warmth is not None and warmth.compiling:
            if not self._waits_for_coach:
                self._waits_for_coach = True
                warmth.warmed.connect(self._coach_warmed)
            return
        self._coach_queue = list(self.plan.participants)
        self._coach_lines = []
        self._coach_slices.start()

    def _coach_warmed(self) -> None:
        if self.isVisible():
            self.show_coach_notes()

    def _coach_slice(self) -> None:
        """The next letter's notes; the note is written once every letter is counted."""
        if not self._coach_queue:
            self._coach_slices.stop()
            lines = self._coach_lines
            if lines:
                lines.insert(0, _("The coach's notes on the letters:"))
            self.coach_notes.setText("\n".join(lines))
            self.coach_notes.setVisible(bool(lines))
            return
        person = self._coach_queue.pop(0)
        letter = person.letter
        if not letter.is_started and not letter.bottom_line.strip():
            return
        language = self.plan.language_for(person)
        key = (language, *letter.parts(), letter.bottom_line, frozenset(settling.keys(letter)))
        notes = self._coach_known.get(person.id)
        if notes is None or notes[0] != key:
            notes = self._coach_known[person.id] = (
                key,
                settling.letter_notes(self._coach_in(language), letter),
            )
        still, left = len(notes[1].open), len(notes[1].settled)
        if still or left:
            self._coach_lines.append(settling.notes_line(person.name, still, left))

    def _coach_in(self, language: str) -> Coach:
        """The coach of a letter's language (its writer's, else the plan's)."""
        coach = self.services.coach
        if language == coach.language:
            return coach
        from interventionplanner.storage.coach_rules import load_coach

        return load_coach(language)

    def _ensure_viewer(self) -> None:
        if self.viewer is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf = QPdfDocument(self)  # replaced by each preview opened on the worker
        self.viewer = QPdfView()
        self.viewer.setDocument(self.pdf)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setAccessibleName(_("Preview of the packet"))
        self.preview_holder.addWidget(self.viewer)

    def _unprintable_note(self, missing: list[str]) -> None:
        self.unprintable.setText(
            _(
                "These characters cannot be printed with the packet's fonts and will show as "
                "blanks: {missing}"
            ).format(missing=" ".join(missing))
            if missing
            else ""
        )
        self.unprintable.setVisible(bool(missing))

    def build_preview(self) -> None:
        self._run(self._show_packet, _("Making the preview…"), preview=True)

    def _run(
        self,
        then,
        message: str,
        full: bool = True,
        pdf_password: str | None = None,
        bottom_lines: bool = False,
        preview: bool = False,
    ) -> None:
        """Build the packet from a snapshot of the plan, then call `then(pdf_bytes)`; with
        `bottom_lines`, `then((pdf_bytes, bottom_lines_bytes_or_None))`; with `preview`,
        `then(OpenedPdf)`, the packet already loaded on the worker (or its bytes if not)."""
        snapshot = copy.deepcopy(self.plan)
        catalogue, today = self.services.catalogue, self.services.today()
        templates = self.services.user_templates
        practice = _practice(snapshot)
        home = self.thread()

        missing: list[str] = []

        def work(progress):
            # reportlab and the fonts load on a worker: the lane's at a pause before
            # (packet_warmup), or this one if Review came first. The window never waits.
            packet_warmup.load(pdf_libraries=preview)
            from interventionplanner.output.packet import (
                PacketOptions,
                build_bottom_lines,
                build_packet,
                unprintable_characters,
            )

            missing.extend(unprintable_characters(snapshot))
            options = PacketOptions(
                full=full,
                today=today,
                progress=progress,
                template_dir=templates,
                pdf_password=pdf_password,
                practice=practice,
            )
            pdf = build_packet(snapshot, catalogue, options)
            if preview:
                return pdf_preview.open_pdf(pdf, home) or pdf
            if not bottom_lines:
                return pdf
            return pdf, build_bottom_lines(snapshot, catalogue, replace(options, progress=None))

        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        job = worker.Job(work, owner=self)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(
            lambda pdf: (self._unprintable_note(missing), self._done(job, then, pdf))
        )
        job.signals.failed.connect(lambda error: self._failed(job, error))
        self.jobs.add(worker.start(job, self.pool))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, job, then, pdf: bytes) -> None:
        self.jobs.discard(job)
        self.progress.hide()
        self.status.setText("")
        then(pdf)

    def _failed(self, job, error: Exception) -> None:
        self.jobs.discard(job)
        self.progress.hide()
        self.status.setText(
            _("The packet could not be made ({kind}). Your plan is safe.").format(
                kind=type(error).__name__
            )
        )

    def _show_packet(self, made: pdf_preview.OpenedPdf | bytes) -> None:
        if isinstance(made, pdf_preview.OpenedPdf):
            self._show_opened(made)
        else:
            self._load_here(made)
        self.previewReady.emit()

    def _show_opened(self, made: pdf_preview.OpenedPdf) -> None:
        """Show a packet the worker has loaded: nothing left to read on this thread."""
        self.packet = made.data
        self._ensure_viewer()
        previous, self.pdf = self.pdf, made.document
        self.pdf.setParent(self)
        self.viewer.setDocument(self.pdf)
        self.viewer.setAccessibleDescription(made.summary)  # its pages in words
        if previous is not None:
            previous.deleteLater()

    def _load_here(self, pdf: bytes) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from interventionplanner.ui.pdf_summary import describe_when_loaded

        self.packet = pdf
        self._ensure_viewer()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        self._buffer = buffer  # QPdfDocument reads from it for as long as it is shown
        describe_when_loaded(self.viewer, self.pdf)  # its pages in words, for screen readers

    # --- saving and printing -----------------------------------------------------------------

    def save_packet(self) -> None:
        from interventionplanner.output.packet import packet_file_name

        path = dialogs.ask_pdf_save_path(self, packet_file_name(self.plan))
        if path is None:
            return
        password = dialogs.ask_new_password(self) if self.pdf_lock.isChecked() else ""
        if password is None:
            return
        self._run(
            lambda made: self._write(path, made[0]) and self._write_bottom_lines(path, made[1]),
            _("Making the packet…"),
            pdf_password=password or None,
            bottom_lines=True,
        )

    def _write(self, path: Path, pdf: bytes) -> bool:
        try:
            write_atomic(path, pdf, keep_backup=False)
        except OSError as error:
            dialogs.show_problem(
                self,
                _("The packet was not saved"),
                _("It could not be written there ({error}). Please choose another place.").format(
                    error=error.strerror or ""
                ),
            )
            return False
        self.status.setText(_("Saved “{name}”.").format(name=path.name))
        return True

    def _write_bottom_lines(self, packet_path: Path, pdf: bytes | None) -> None:
        """The bottom lines go beside the packet, in a file of their own for the chairperson."""
        from interventionplanner.output.packet import bottom_lines_file_name

        if pdf is None:  # nobody wrote one
            return
        target = bottom_lines_file_name(packet_path)
        try:
            write_atomic(target, pdf, keep_backup=False)
        except OSError as error:
            dialogs.show_problem(
                self,
                _("The bottom lines were not saved"),
                _("They could not be written there ({error}).").format(error=error.strerror or ""),
            )
            return
        self.status.setText(
            _(
                "Saved “{name}”, and the bottom lines apart in “{bottom_lines}”, "
                "for the chairperson."
            ).format(name=packet_path.name, bottom_lines=target.name)
        )

    def save_reading_copies(self) -> None:
        from interventionplanner.output.packet import PacketOptions, export_reading_copies

        folder = dialogs.ask_folder(self, _("Choose a folder for the reading copies"))
        if folder is None:
            return
        snapshot = copy.deepcopy(self.plan)
        catalogue = self.services.catalogue
        options = PacketOptions(
            template_dir=self.services.user_templates, practice=_practice(snapshot)
        )
        job = worker.Job(
            lambda progress: export_reading_copies(snapshot, catalogue, folder, options),
            owner=self,
        )
        job.signals.finished.connect(lambda paths: self._copies_saved(job, paths))
        job.signals.failed.connect(lambda error: self._copies_failed(job, error))
        self.status.setText(_("Making the reading copies…"))
        self.jobs.add(worker.start(job, self.pool))

    def _copies_saved(self, job, paths: list[Path]) -> None:
        self.jobs.discard(job)
        self.status.setText(
            ngettext(
                "Saved {count} reading copy.", "Saved {count} reading copies.", len(paths)
            ).format(count=len(paths))
        )

    def _copies_failed(self, job, error: Exception) -> None:
        self.jobs.discard(job)
        reason = error.strerror if isinstance(error, OSError) else type(error).__name__
        dialogs.show_problem(
            self,
            _("The reading copies were not saved"),
            _("They could not be written there ({reason}). Please choose another folder.").format(
                reason=reason or ""
            ),
        )
        self.status.setText("")

    def print_packet(self) -> None:
        self._run(self._print, _("Getting the packet ready to print…"))

    def _print(self, pdf: bytes) -> None:
        printer = dialogs.ask_printer(self)
        if printer is not None:
            print_pdf(pdf, printer)
            self.status.setText(_("Sent to the printer."))


def print_pdf(pdf: bytes, printer) -> int:
    """Draw each page of the PDF onto the printer at its resolution. Returns pages sent."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter(printer)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    for page in range(document.pageCount()):
        if page:
            printer.newPage()
        image = document.render(page, QSize(area.width(), area.height()))
        painter.drawImage(area.topLeft(), image)
    painter.end()
    return document.pageCount()


def _practice(plan: Plan):
    """This user's practice profile, when the plan shows it (read on this thread)."""
    if not plan.show_practice:
        return None
    from interventionplanner.storage.practice import practice_for

    return practice_for(plan)

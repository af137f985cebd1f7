"""The rehearsal prompter: one speaker's letter in large type, a paragraph at a time.

Full screen and free of distractions when the app opens it. Space, the arrow keys and
PageDown/PageUp (what a presentation clicker sends) step the paragraphs; Esc leaves. A quiet
clock shows the time against the letter's planned time and turns a soft colour near the end.
All timing is in domain.rehearsal, on an injected clock, so tests never sleep.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.display import duration
from interventionplanner.domain.rehearsal import (
    Clock,
    LetterRehearsal,
    RehearsalResult,
    apply_pace,
    plausible_pace,
)
from interventionplanner.domain.timeline import reader_of
from interventionplanner.i18n import _
from interventionplanner.ui.legible import blend, luminance, readable
from interventionplanner.ui.settings import (
    MAX_PROMPTER_FONT_SIZE,
    MIN_PROMPTER_FONT_SIZE,
    Settings,
)

FONT_STEP = 2
REFRESH_MS = 250

FORWARD_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}


def page_colours(palette: QPalette, dark: bool) -> dict[str, str]:
    """The prompter's colours, taken from the system palette (high contrast included):
    the light page is the palette's lighter colour of text and base, the dark page the
    other. Dimmed paragraphs, the marked paragraph and the near-end clock all keep 4.5:1."""
    base, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    if luminance(base) < luminance(ink):
        base, ink = ink, base
    page, text = (ink, base) if dark else (base, ink)
    mark = blend(page, palette.color(QPalette.ColorRole.Highlight), 0.2)
    colours = {
        "page": page,
        "text": readable(text, mark),
        "dim": readable(blend(text, page, 0.35), page),
        "mark": mark,
        "soft": readable(palette.color(QPalette.ColorRole.Highlight), page),
    }
    return {name: colour.name() for name, colour in colours.items()}


def no_focus(*widgets: QWidget) -> None:
    """Keys belong to the window: a focused button would take Space for itself."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class PrompterWindow(QWidget):
    """Rehearse one letter: read it aloud a paragraph at a time against the planned time."""

    paceApplied = Signal(int)  # the reading rate (words a minute) now used for this speaker
    rehearsalFinished = Signal(float, float)  # seconds taken, words a minute

    def __init__(
        self,
        document,
        participant_id: str,
        settings: Settings,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(None)
        self.document = document
        self.participant_id = participant_id
        self.settings = settings
        plan = document.plan
        writer = plan.participant(participant_id)
        if writer is None:
            raise KeyError(participant_id)
        self.reader_name = reader_of(plan, writer).name
        self.writer_name = writer.name
        self.rehearsal = LetterRehearsal.for_letter(plan, participant_id, clock)
        self.result: RehearsalResult | None = None
        self.font_size = settings.prompter_font_size
        self.dark = settings.prompter_dark

        self.setWindowTitle(_("Rehearse a letter"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("prompter")

        # Header: whose letter, the quiet clock, the light/dark switch.
        if writer.id != reader_of(plan, writer).id:
            heading = _("{reader}, reading for {writer}").format(
                reader=self.reader_name, writer=self.writer_name
            )
        else:
            heading = self.reader_name
        self.title_label = QLabel(heading)
        self.title_label.setObjectName("dim")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setAccessibleName(_("Time"))
        self.clock_label.setProperty("nearEnd", False)
        self.theme_button = QPushButton()
        self.theme_button.setAccessibleName(_("Switch between a light and a dark page"))
        self.theme_button.setToolTip(_("Light or dark page (D)"))
        self.theme_button.clicked.connect(self.toggle_dark)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.clock_label)
        header.addSpacing(16)
        header.addWidget(self.theme_button)

        # The letter: one label per paragraph, the current one marked, the others dimmed.
        self.paragraph_labels: list[QLabel] = []
        column = QWidget()
        column.setObjectName("column")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(48, 24, 48, 240)
        column_layout.setSpacing(24)
        for text in self.rehearsal.paragraphs:
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setMargin(12)
            self.paragraph_labels.append(label)
            column_layout.addWidget(label)
        if not self.paragraph_labels:
            empty = QLabel(_("There is no letter to rehearse yet."))
            empty.setWordWrap(True)
            column_layout.addWidget(empty)
        column_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(column)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setAccessibleName(_("The letter"))
        self.scroll.setAccessibleDescription(
            _("Space or Page Down: next paragraph. Page Up: back. Esc: leave.")
        )
        self.hint_label = QLabel(
            _("Space or Page Down: next paragraph · Page Up: back · Ctrl+plus/minus: size")
            + _(" · D: light or dark · Esc: leave")
        )
        self.hint_label.setObjectName("dim")
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.scroll, 1)
        reading_layout.addWidget(self.hint_label, 0, Qt.AlignmentFlag.AlignHCenter)

        # The result, once the last paragraph is read.
        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label.setAccessibleName(_("How it went"))
        self.use_pace_button = QPushButton(
            _("Use this pace for {reader} from now on").format(reader=self.reader_name)
        )
        self.use_pace_button.setAccessibleName(self.use_pace_button.text())
        self.use_pace_button.clicked.connect(self.use_pace)
        self.not_now_button = QPushButton(_("Not now"))
        self.not_now_button.setAccessibleName(_("Not now: leave the timings as they are"))
        self.not_now_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_pace_button)
        buttons.addWidget(self.not_now_button)
        buttons.addStretch(1)
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.addStretch(1)
        result_layout.addWidget(self.result_label)
        result_layout.addSpacing(24)
        result_layout.addLayout(buttons)
        result_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(reading)
        self.stack.addWidget(result_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        no_focus(self.scroll, self.theme_button)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._restyle()
        self.refresh()

    # --- the reading ----------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.result is not None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.rehearsal.started:
            self.rehearsal.start()
            self._show_current()
        if not self.finished:
            self.timer.start()
        self.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        super().closeEvent(event)

    def step_forward(self) -> None:
        if self.finished or not self.rehearsal.paragraphs:
            return
        if not self.rehearsal.started:
            self.rehearsal.start()
        if self.rehearsal.next():
            self._show_current()
        else:
            self.finish()

    def step_back(self) -> None:
        if self.finished:
            return
        if self.rehearsal.previous():
            self._show_current()

    def finish(self) -> None:
        self.result = self.rehearsal.finish()
        self.timer.stop()
        self.refresh()
        took = duration(self.result.seconds)
        pace = plausible_pace(self.result)
        if pace is not None:
            text = _("That took {took} — about {pace} words a minute.").format(took=took, pace=pace)
        elif self.result.words_per_minute > 0:
            text = _(
                "That took {took}. That was not a full reading aloud, so the timings stay as "
                "they were."
            ).format(took=took)
        else:
            text = _("That took {took}.").format(took=took)
        self.result_label.setText(text)
        self.use_pace_button.setVisible(pace is not None)
        if pace is None:  # nothing to decline: the only way on is to close
            self.not_now_button.setText(_("Close"))
            self.not_now_button.setAccessibleName(_("Close"))
        self.stack.setCurrentIndex(1)
        self.rehearsalFinished.emit(self.result.seconds, self.result.words_per_minute)

    def use_pace(self) -> None:
        if self.result is None or plausible_pace(self.result) is None:
            return
        result, writer = self.result, self.participant_id
        try:
            rate = self.document.update(
                "participants", lambda plan: apply_pace(plan, writer, result)
            )
        except KeyError:  # the speaker was removed from the plan meanwhile
            self.result_label.setText(_("This speaker is no longer in the plan."))
            self.use_pace_button.hide()
            return
        if rate is None:  # the plan is open read-only here
            return
        self.result_label.setText(
            _("From now on the timings use {rate} words a minute for {reader}.").format(
                rate=rate, reader=self.reader_name
            )
        )
        self.use_pace_button.hide()
        self.not_now_button.setText(_("Close"))
        self.not_now_button.setAccessibleName(_("Close"))
        self.paceApplied.emit(rate)

    def refresh(self) -> None:
        """Update the clock from the rehearsal (the timer calls this a few times a second)."""
        elapsed = duration(self.rehearsal.elapsed())
        planned = self.rehearsal.planned_seconds
        if planned:
            text = _("{elapsed} of about {time}").format(elapsed=elapsed, time=duration(planned))
        else:
            text = elapsed
        near = self.rehearsal.near_end()
        if near:  # said in words and bold type too, never by colour alone
            text = _("{text} · nearly there").format(text=text)
        self.clock_label.setText(text)
        if self.clock_label.property("nearEnd") is not near:
            self.clock_label.setProperty("nearEnd", near)
            self._restyle()

    def _show_current(self) -> None:
        for i, label in enumerate(self.paragraph_labels):
            current = i == self.rehearsal.index
            label.setProperty("current", current)
            label.setAccessibleDescription(_("Read this now") if current else "")
        self._restyle()
        if self.paragraph_labels:
            self.scroll.ensureWidgetVisible(self.paragraph_labels[self.rehearsal.index], 0, 80)

    # --- how it looks ---------------------------------------------------------------------

    def change_font_size(self, steps: int) -> None:
        size = self.font_size + steps * FONT_STEP
        self.font_size = min(MAX_PROMPTER_FONT_SIZE, max(MIN_PROMPTER_FONT_SIZE, size))
        self.settings.prompter_font_size = self.font_size
        self._restyle()

    def toggle_dark(self) -> None:
        self.dark = not self.dark
        self.settings.prompter_dark = self.dark
        self._restyle()

    def _restyle(self) -> None:
        c = self.colours = page_colours(QApplication.palette(), self.dark)
        near = self.clock_label.property("nearEnd")
        clock = c["soft"] if near else c["dim"]
        size = self.font_size
        self.setStyleSheet(
            f"#prompter, #column, QScrollArea, QStackedWidget > QWidget "
            f"{{ background: {c['page']}; }}\n"
            f"QLabel {{ color: {c['text']}; }}\n"
            f"QLabel#dim {{ color: {c['dim']}; }}\n"
            f"QLabel#clock {{ color: {clock}; font-size: 16pt; "
            f"font-weight: {'bold' if near else 'normal'}; }}\n"
            f"QScrollArea QLabel {{ color: {c['dim']}; font-size: {size}pt; }}\n"
            f'QScrollArea QLabel[current="true"] {{ color: {c["text"]}; '
            f"background: {c['mark']}; border-left: 6px solid {c['text']}; }}\n"
            f"QLabel#result {{ font-size: {max(MIN_PROMPTER_FONT_SIZE, size - 4)}pt; }}"
        )
        self.theme_button.setText(_("Light page") if self.dark else _("Dark page"))

    # --- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
            self.close()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.change_font_size(+1)
        elif ctrl and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.change_font_size(-1)
        elif ctrl:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_D:
            self.toggle_dark()
        elif self.finished:
            super().keyPressEvent(event)
        elif key in FORWARD_KEYS:
            self.step_forward()
        elif key in BACK_KEYS:
            self.step_back()
        else:
            super().keyPressEvent(event)

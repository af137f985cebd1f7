"""The run-through: rehearse the whole meeting in order, then see planned against actual.

The chairperson's opening, each letter in speaking order, the closing. Space or PageDown ends
the part being spoken and starts the next; Esc leaves. The timing is domain.rehearsal's
RunThrough on an injected clock, so tests never sleep.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.display import duration, segment_words
from interventionplanner.domain.rehearsal import Clock, RunRow, RunThrough
from interventionplanner.domain.timeline import Segment, TimelineEntry
from interventionplanner.i18n import _
from interventionplanner.ui.prompter import REFRESH_MS, no_focus
from interventionplanner.ui.settings import Settings

NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down}
DEFAULT_FONT_SIZE = 24

# The report's raw seconds, for whoever reads the model (tests, a later export).
SECONDS_ROLE = Qt.ItemDataRole.UserRole + 1


class RunThroughWindow(QWidget):
    """Rehearse the whole meeting, part by part, against the meeting clock."""

    runFinished = Signal()  # the last part ended; the report is showing

    COL_WHO, COL_WHAT, COL_PLANNED, COL_ACTUAL = range(4)

    def __init__(
        self,
        document,
        clock: Clock = time.monotonic,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(None)
        self.document = document
        self.run = RunThrough(document.plan, clock)
        self.font_size = settings.prompter_font_size if settings else DEFAULT_FONT_SIZE
        self.setWindowTitle(_("Run through the meeting"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.segment_label = QLabel()
        self.segment_label.setAccessibleName(_("Now speaking"))
        font = self.segment_label.font()
        font.setPointSize(16)
        font.setBold(True)
        self.segment_label.setFont(font)
        self.clock_label = QLabel()
        self.clock_label.setAccessibleName(_("Meeting clock"))
        header = QHBoxLayout()
        header.addWidget(self.segment_label, 1)
        header.addWidget(self.clock_label)

        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label.setMargin(24)
        text_font = self.text_label.font()
        text_font.setPointSize(self.font_size)
        self.text_label.setFont(text_font)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.text_label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(_("What is said in this part"))
        self.next_button = QPushButton(_("End this part"))
        self.next_button.setAccessibleName(_("End this part and start the next"))
        self.next_button.setToolTip(_("Space or Page Down"))
        self.next_button.clicked.connect(self.next_part)
        self.hint_label = QLabel(_("Space or Page Down: next part · Esc: leave"))
        footer = QHBoxLayout()
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.next_button)
        speaking = QWidget()
        speaking_layout = QVBoxLayout(speaking)
        speaking_layout.setContentsMargins(0, 0, 0, 0)
        speaking_layout.addWidget(self.scroll, 1)
        speaking_layout.addLayout(footer)

        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setAccessibleName(_("How the run-through went"))
        self.report_model = QStandardItemModel(0, 4, self)
        self.report_model.setHorizontalHeaderLabels(
            [_("Who"), _("What"), _("Planned"), _("Actual")]
        )
        self.report_view = QTableView()
        self.report_view.setModel(self.report_model)
        self.report_view.setAccessibleName(_("Planned and actual time for each part"))
        self.report_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_view.setTabKeyNavigation(False)  # Tab leaves for Close; arrows move inside
        self.report_view.verticalHeader().hide()
        self.report_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.report_view.horizontalHeader().setSectionResizeMode(
            self.COL_WHAT, QHeaderView.ResizeMode.Stretch
        )
        self.close_button = QPushButton(_("Close"))
        self.close_button.setAccessibleName(_("Close the run-through"))
        self.close_button.clicked.connect(self.close)
        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_label)
        report_layout.addWidget(self.report_view, 1)
        report_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

        self.stack = QStackedWidget()
        self.stack.addWidget(speaking)
        self.stack.addWidget(report)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        no_focus(self.scroll, self.next_button)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._show_current()
        self.refresh()

    @property
    def done(self) -> bool:
        return self.run.done

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.run.done and not self.run.in_segment:
            self.run.start_segment()
        if not self.run.done:
            self.timer.start()
        self.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        super().closeEvent(event)

    def next_part(self) -> None:
        """End the part being spoken and start the next; after the last, the report."""
        if self.run.done:
            return
        if not self.run.in_segment:
            self.run.start_segment()
        self.run.end_segment()
        if self.run.done:
            self.timer.stop()
            self.refresh()
            self._show_report()
            self.runFinished.emit()
            return
        self.run.start_segment()
        self._show_current()
        self.refresh()

    def refresh(self) -> None:
        """The meeting clock (the timer calls this a few times a second)."""
        self.clock_label.setText(
            _("Meeting {elapsed} of about {planned}").format(
                elapsed=duration(self.run.meeting_elapsed()),
                planned=duration(self.run.planned_total),
            )
        )

    def segment_title(self, entry: TimelineEntry) -> str:
        who = entry.who or _("the chairperson")
        if entry.segment is Segment.OPENING:
            return _("Opening — {who}").format(who=who)
        if entry.segment is Segment.CLOSING:
            return _("Closing — {who}").format(who=who)
        if entry.read_for:
            return _("Letter — {who} reading for {writer}").format(who=who, writer=entry.read_for)
        return _("Letter — {who}").format(who=who)

    def _segment_text(self, entry: TimelineEntry) -> str:
        plan = self.document.plan
        if entry.segment is Segment.OPENING:
            text = plan.opening_words
        elif entry.segment is Segment.CLOSING:
            text = plan.closing_words
        else:
            writer = plan.participant(entry.participant_id)
            text = writer.letter.text() if writer else ""
        return text.strip() or _("(Nothing written for this part yet.)")

    def _show_current(self) -> None:
        entry = self.run.current
        if entry is None:
            return
        count = len(self.run.segments)
        self.segment_label.setText(
            _("{entry}   ({number} of {count})").format(
                entry=self.segment_title(entry), number=self.run.index + 1, count=count
            )
        )
        self.text_label.setText(self._segment_text(entry))
        self.scroll.verticalScrollBar().setValue(0)
        last = self.run.index == count - 1
        self.next_button.setText(_("End the meeting") if last else _("End this part"))

    def _what(self, row: RunRow) -> str:
        return segment_words(row.what, row.read_for)

    def _show_report(self) -> None:
        model = self.report_model
        model.removeRows(0, model.rowCount())
        planned_total = 0
        actual_total = 0
        for row in self.run.report():
            actual = round(row.actual_seconds) if row.actual_seconds is not None else None
            planned_total += row.planned_seconds
            actual_total += actual or 0
            model.appendRow(
                [
                    self._item(row.who or _("the chairperson")),
                    self._item(self._what(row)),
                    self._item(duration(row.planned_seconds), row.planned_seconds),
                    self._item(duration(actual) if actual is not None else "—", actual),
                ]
            )
        total = [
            self._item(_("Total")),
            self._item(""),
            self._item(duration(planned_total), planned_total),
            self._item(duration(actual_total), actual_total),
        ]
        for item in total:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        model.appendRow(total)
        difference = actual_total - planned_total
        if abs(difference) < 30:
            verdict = _("close to the plan")
        elif difference > 0:
            verdict = _("{time} longer than planned").format(time=duration(difference))
        else:
            verdict = _("{time} shorter than planned").format(time=duration(-difference))
        self.report_label.setText(
            _("The run-through took {taken} against about {planned} planned: {verdict}.").format(
                taken=duration(actual_total), planned=duration(planned_total), verdict=verdict
            )
        )
        self.segment_label.setText(_("The run-through is over"))
        self.stack.setCurrentIndex(1)
        self.report_view.setFocus()

    @staticmethod
    def _item(text: str, seconds: int | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        if seconds is not None:
            item.setData(seconds, SECONDS_ROLE)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif not self.run.done and key in NEXT_KEYS and not event.modifiers():
            self.next_part()
        else:
            super().keyPressEvent(event)

"""A date and time that may be "not set yet", and that starts somewhere sensible.

PlanPage.bind_datetime gives the edit its lowest value as "Not set yet". From there the
first key, step, click or the calendar (F4 or Alt+Down opens it) starts at a suggested
moment (e.g. the meeting's day at 10:00, see domain/moments.py), so nobody scrolls from
January 2000. A click selects the part clicked, so typing "14" over the hours replaces
them; Delete sets it back to not set.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QPointF,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QStyle, QStyleOptionComboBox, QWidget

from interventionplanner.i18n import _

# The weekday last: Qt types a day number into the first day part, which must be "d".
DISPLAY_FORMAT = "d MMM yyyy  HH:mm, dddd"

_WIDEST: dict[tuple[str, str], int] = {}  # (font, locale) → the widest date's width

# Keys that change the value: from "not set yet" they start at the suggestion first.
_STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class WhenEdit(QDateTimeEdit):
    def __init__(self, suggest: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setToolTip(_("Click a part and type, or use the calendar. Delete clears it."))
        self.lineEdit().installEventFilter(self)  # clicks on the text land on the line edit

    def sizeHint(self):  # noqa: N802 (Qt's name)
        """Wide enough for the longest date of any month and weekday ("Wednesday"), not only
        for the one Qt measures, so no date is ever cut off."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        key = (self.font().key(), self.locale().name())
        if key not in _WIDEST:
            # In UTC: the same wall-clock text, and a day added without the local zone's
            # rules (in local time the 366 days took 13-20 ms of a step's first layout).
            start = QDateTime(QDate(2026, 1, 1), QTime(23, 59), QTimeZone.utc())
            _WIDEST[key] = max(
                metrics.horizontalAdvance(self.locale().toString(start.addDays(d), DISPLAY_FORMAT))
                for d in range(366)
            )
        widest = _WIDEST[key]
        # Room for the frame, the text margins and the calendar arrow, in the font's units.
        hint.setWidth(max(hint.width(), widest + 2 * metrics.height()))
        return hint

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()

    @property
    def is_unset(self) -> bool:
        return self.dateTime() == self.minimumDateTime()

    def _start(self, section: QDateTimeEdit.Section | None = None) -> bool:
        """Leave "not set yet" for the suggested moment; True if it did."""
        if not self.is_unset:
            return False
        self.setDateTime(QDateTime(self._suggest()))
        if section is not None:
            self.setSelectedSection(section)
        return True

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if not self._start():
            super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_Delete:
            self.setDateTime(self.minimumDateTime())
            event.accept()
            return
        opens_calendar = key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens_calendar:
            self._start()
            self.open_calendar()
            event.accept()
            return
        if text.isdigit() and self._start(QDateTimeEdit.Section.DaySection):
            # Typing a date begins with its day. The key goes in once the new text is shown.
            QCoreApplication.postEvent(self, QKeyEvent(event.type(), key, event.modifiers(), text))
            event.accept()
            return
        if key in _STEP_KEYS and self._start(QDateTimeEdit.Section.DaySection):
            event.accept()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        open_calendar(self, super().mousePressEvent)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._start()
        super().mousePressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """A click on the text: start from the suggestion if not set, then select the part
        clicked, so what is typed replaces it (Qt only places the cursor there)."""
        if watched is self.lineEdit():
            if event.type() == QEvent.Type.MouseButtonPress:
                self._start()
            elif event.type() == QEvent.Type.MouseButtonRelease:
                QTimer.singleShot(0, self._select_clicked_part)
        return super().eventFilter(watched, event)

    def _select_clicked_part(self) -> None:
        if not self.lineEdit().hasSelectedText() and (
            self.currentSection() != QDateTimeEdit.Section.NoSection
        ):
            self.setSelectedSection(self.currentSection())


def open_calendar(edit: QDateTimeEdit, press: Callable[[QMouseEvent], None]) -> None:
    """Show `edit`'s calendar as a click on its arrow does: Qt offers no key for it.

    `press` is the edit's own QDateTimeEdit.mousePressEvent (a subclass passes its super's).
    """
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
    )
    point = QPointF(arrow.center())
    press(
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            point,
            edit.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )

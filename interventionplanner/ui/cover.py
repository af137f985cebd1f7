"""Quick hide: one keystroke swaps the plan for a plain calendar.

For the moment someone walks into the room. The cover looks like an ordinary planner: a
month calendar under the title "Planner", no menus, nothing greyed out, nothing that says
something is hidden. The same key (F12) or the quiet Back button brings the plan back; a
protected plan asks for its password first. The clipboard is cleared if it holds plan words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.plan import Plan
from interventionplanner.i18n import N_, _

# QEvent is named when the idle count starts, not at import: naming it makes PySide6 load
# its 179 types, which the first step never needs (the count is off by default).
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

NEUTRAL_TITLE = N_("Planner")  # the hidden window's title: translated where shown


def plan_texts(value: object) -> Iterator[str]:
    """Every piece of text a plan holds, however deep."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            yield from plan_texts(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from plan_texts(item)


def holds_plan_text(plan: Plan, clipboard: str) -> bool:
    words = clipboard.strip()
    return bool(words) and any(words in text for text in plan_texts(plan))


class CoverScreen(QWidget):
    showRequested = Signal()

    def __init__(self) -> None:
        # Named here, not at import: PySide6 makes a class's enum types when it is first
        # named, and the window makes the cover only when the plan is first hidden.
        from PySide6.QtWidgets import QCalendarWidget

        super().__init__()
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(_("Calendar"))
        self.show_button = QPushButton(_("&Back"))
        self.show_button.setFlat(True)
        self.show_button.setToolTip(_("Back (F12)"))
        self.show_button.clicked.connect(self.showRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar, 1)
        layout.addLayout(row)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.calendar.showToday()  # a planner opens at this month
        super().showEvent(event)


class IdleWatch(QObject):
    """Emits `idle` after a chosen number of minutes with no key or mouse use (off: 0)."""

    idle = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self._listening = False
        self._activity: set[QEvent.Type] = set()  # the events that count as use (_listen)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        self._listen(minutes > 0)
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def _listen(self, on: bool) -> None:
        """Watch the app's input only while a count runs (off by default): a filter on the
        whole application is called, in Python, for every event of every widget, and cost
        about 15 ms on the way to the first step."""
        app = QApplication.instance()
        if app is not None and on != self._listening:
            self._listening = on
            if on:
                from PySide6.QtCore import QEvent

                self._activity = {
                    QEvent.Type.KeyPress,
                    QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseMove,
                    QEvent.Type.Wheel,
                }
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._activity and self.timer.interval() and self.timer.isActive():
            self.timer.start()  # any use of the app starts the count again
        return False

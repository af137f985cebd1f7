"""Quick hide: one keystroke swaps the plan for a plain screen.

For the moment someone walks into the room. Nothing on the cover hints at what is behind
it, and the clipboard is cleared if it holds words from the plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from interventionplanner.domain.plan import Plan

NEUTRAL_TITLE = "Planner"


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
        super().__init__()
        note = QLabel(self.tr("Hidden."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_button = QPushButton(self.tr("Show &again"))
        self.show_button.clicked.connect(self.showRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class IdleWatch(QObject):
    """Emits `idle` after a chosen number of minutes with no key or mouse use (off: 0)."""

    idle = Signal()
    _ACTIVITY = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self._ACTIVITY and self.timer.interval() and self.timer.isActive():
            self.timer.start()  # any use of the app starts the count again
        return False

"""What a step shows while its page is still being built: its name, "One moment…", and
a place for the keyboard that keeps what is typed until the page can take it.

A step reached before it was built ahead is built a slice per turn of the event loop
(ui/wizard.py), so the window keeps painting and answering. Meanwhile the keyboard sits
here: each key the person types is kept, in order, and typed again into the page once it
is in (after the step's first input has the focus), so a name typed straight after Next
lands in the name box, however quick the fingers.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from interventionplanner.i18n import _
from interventionplanner.ui import qt_names

# Event classes are named where keys are typed again, not at import: naming one makes
# PySide6 load QEvent and its 179 types, which the first step never needs. Nor `Qt` (its
# 93 enum types): `--demo` shows "One moment…" on its first step (ui/qt_names.py).
if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    Kept = tuple[int, Qt.KeyboardModifier, str]  # key, modifiers, text


@cache
def _passed_on() -> tuple[Qt.KeyboardModifier, frozenset[Qt.Key]]:
    """Keys with these modifiers held are commands for the window (Alt+N, a menu's
    Alt+F): they act at once, as they would on any step, and are not kept for the page;
    nor are these keys."""
    from PySide6.QtCore import Qt

    commands = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    key = Qt.Key
    keys = (key.Key_Escape, key.Key_Shift, key.Key_Control, key.Key_Alt, key.Key_AltGr)
    return commands, frozenset((*keys, key.Key_Meta, key.Key_CapsLock))


class GettingReady(QWidget):
    """Holds the keyboard while a step's page is built; paints nothing itself (the step's
    header says "One moment…" where its subtitle will be, so nothing jumps when the page
    comes in)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        qt_names.set_by_name(self, "focusPolicy", "StrongFocus")
        # It fills the step as its page will: QWizard gives a step that does not expand
        # only its size hint, and would keep that height when the page comes in.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        if qt_names.is_built():
            self._take_composed_text()
        else:  # made on the way to `--demo`'s first step: on the next turn, before any key
            QTimer.singleShot(0, self, self._take_composed_text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(moment())
        self.kept: list[Kept] = []

    def _take_composed_text(self) -> None:
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        commands, not_kept = _passed_on()
        nothing = event.key() == Qt.Key.Key_unknown and not event.text()
        if nothing or event.key() in not_kept or event.modifiers() & commands:
            event.ignore()
            return
        self.kept.append((event.key(), event.modifiers(), event.text()))

    def inputMethodEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        # Composed characters (dead keys, an input method) arrive as a finished string.
        for char in event.commitString():
            self.kept.append((Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        # Tab is kept too: typed again on the page, it moves on from its first input, as
        # the person meant.
        self.kept.append(
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t")
            if forward
            else (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, "")
        )
        return True

    def type_kept(self) -> None:
        """Type the kept keys again, each into whatever has the keyboard by then."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        kept, self.kept = self.kept, []
        for key, modifiers, text in kept:
            target = QApplication.focusWidget()
            if target is None or target is self:
                return  # nowhere to type them: the page has no input
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def moment() -> str:
    return _("One moment…")

"""What a step shows while its page is still being built: its name, "One moment…", and
a place for the keyboard that keeps what is typed until the page can take it.

A step reached before it was built ahead is built a slice per turn of the event loop
(ui/wizard.py), so the window keeps painting and answering. Meanwhile the keyboard sits
here: each key the person types is kept, in order, and typed again into the page once it
is in (after the step's first input has the focus), so a name typed straight after Next
lands in the name box, however quick the fingers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from interventionplanner.i18n import _

# Event classes are named where keys are typed again, not at import: naming one makes
# PySide6 load QEvent and its 179 types, which the first step never needs.
if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# Keys with these held are commands for the window (Alt+N, a menu's Alt+F): they act at
# once, as they would on any step, and are not kept for the page.
_COMMANDS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_NOT_KEPT = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}

Kept = tuple[int, Qt.KeyboardModifier, str]  # key, modifiers, text


class GettingReady(QWidget):
    """Holds the keyboard while a step's page is built; paints nothing itself (the step's
    header says "One moment…" where its subtitle will be, so nothing jumps when the page
    comes in)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # It fills the step as its page will: QWizard gives a step that does not expand
        # only its size hint, and would keep that height when the page comes in.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self.setAccessibleName(title)
        self.setAccessibleDescription(moment())
        self.kept: list[Kept] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        nothing = event.key() == Qt.Key.Key_unknown and not event.text()
        if nothing or event.key() in _NOT_KEPT or event.modifiers() & _COMMANDS:
            event.ignore()
            return
        self.kept.append((event.key(), event.modifiers(), event.text()))

    def inputMethodEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Composed characters (dead keys, an input method) arrive as a finished string.
        for char in event.commitString():
            self.kept.append((Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
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

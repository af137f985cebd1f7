"""What every step shares: reading from and writing to the one plan document.

A page binds each input to a field of the plan once. Loading fills the inputs with the
signals blocked; typing hands the new value to the document, which changes the plan and
says what changed. So going Back loses nothing, and opening another plan refreshes every
page. A page lists the parts of the plan it shows (`watches`): a change there refreshes it
at once if it is on screen, or when it is next shown, never while it is hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from interventionplanner import i18n
from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.qt_names import set_by_name
from interventionplanner.ui.reflow import Reflow
from interventionplanner.ui.wrapped_label import WrappedLabel

# The input classes and the table of limits are imported where an input is bound, not
# here: the first step (Welcome, or a step still getting ready) binds none, and PySide6
# makes each class's enum types when the class is first named.
if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDateTimeEdit,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
    )

    from interventionplanner.domain.change import Change

Getter = Callable[[], Any]  # returns the object that owns the field, e.g. plan.loved_one


@cache
def unset_datetime() -> QDateTime:
    """A QDateTimeEdit cannot be empty, so its lowest value stands for "not set yet"."""
    from PySide6.QtCore import QDateTime

    return QDateTime(datetime(2000, 1, 1, 0, 0))


def _viewport() -> QWidget:
    """A scroll area's viewport made here, as Qt makes its own: PySide6 meets Qt's own the
    first time Python touches it and then loads every widget class it might be (about 80
    Python enum types and 1.5 MiB on the way to the first step)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setAutoFillBackground(True)  # its role stays unset, as QScrollArea leaves it
    return viewport


class PlanPage(QWizardPage):
    # Paths into the plan this page shows besides its own inputs ("participants", …).
    watches: tuple[str, ...] = ()

    def __init__(self, document: PlanDocument) -> None:
        super().__init__()
        self.document = document
        self._loaders: list[Callable[[], None]] = []
        self._stale = False
        self._loaded_ahead = False  # read while hidden, and nothing it shows changed since
        self.fields: dict[str, QWidget] = {}  # plan field name → its input, for jumping there
        document.replaced.connect(self._plan_replaced)
        document.changed.connect(self._plan_changed)
        # Pages lay out their inputs on `body`. With large text or a small screen it scrolls
        # as a whole, instead of squeezing or cutting off words, and the window never has to
        # grow past the screen to fit its largest step.
        self.body = QWidget()
        scroll = QScrollArea()
        scroll.setViewport(_viewport())
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_by_name(scroll, "focusPolicy", "NoFocus")  # Tab goes to the inputs, not the frame
        scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Rows of columns a page names with reflow() stack when they cannot fit the width.
        self.reflowing = Reflow(scroll)

    @classmethod
    def in_slices(cls, *args: Any) -> Generator[None, None, PlanPage]:
        """Build the page as `cls(*args)` does, handing the event loop back between slices
        (each yield), so a page built ahead never holds the window's thread for long. A
        page with a large build writes it as `_slices()`, a generator, and its `__init__`
        runs it to the end; any other page is one slice."""
        if "_slices" not in cls.__dict__:
            return cls(*args)
        page = cls.__new__(cls)
        yield from page._slices(*args)
        return page

    def _slices(self, *args: Any) -> Iterator[None]:
        """The page's build, a slice between each yield (see in_slices)."""
        raise NotImplementedError

    def reflow(self, *rows) -> None:
        """Stack these side-by-side rows, in this order, when the page is too narrow for
        them: at twice the text size the page then scrolls down, never sideways."""
        self.reflowing.add(*rows)

    @property
    def plan(self):
        return self.document.plan

    def load(self) -> None:
        """Show the plan's current values in every input."""
        for loader in self._loaders:
            loader()
        self.refresh()

    def refresh(self) -> None:
        """Update notes and flags that depend on the values. Pages override."""

    def plan_changed(self, change: Change) -> None:
        """Something this page watches changed while it is on screen. Pages may narrow it."""
        self.refresh()

    def _plan_changed(self, change: Change) -> None:
        if not self.watches or not change.touches(*self.watches):
            return
        if self.isVisible():
            self.plan_changed(change)
        else:
            self._stale = True  # caught up when it is shown again (catch_up)

    def _plan_replaced(self) -> None:
        self._loaded_ahead = False
        # A hidden step reads the new plan when it is next shown: opening a plan costs only
        # what the step on screen needs.
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def load_ahead(self) -> None:
        """Read the plan while the page is still hidden (built ahead during a pause), so
        its first visit does not. The visit reads it again only if something the page
        shows changed meanwhile: the same rule as coming back to a step."""
        if self.isVisible():
            return
        self.load()
        self._stale, self._loaded_ahead = False, True

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        ahead, self._loaded_ahead = self._loaded_ahead and not self._stale, False
        self._stale = False
        if not ahead:
            self.load()

    def catch_up(self) -> None:
        """Read what changed while the page was hidden. With IndependentPages, QWizard
        initialises a page only on its first visit, so the wizard calls this whenever the
        page comes back on screen (wizard.StepShell.catch_up). Not a Python `showEvent`:
        PySide6 would then wrap the first step's show event, loading QEvent and its 179
        event types with it (13 M instructions of start-up)."""
        if self._stale:
            self._stale = False
            self.load()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going Back keeps everything: the plan is the record, not the widgets."""

    def focus_field(self, field: str | None) -> None:
        """Put the cursor in the input for a plan field, e.g. where a finding points."""
        widget = self.fields.get(field) if field else None
        if widget is not None:
            widget.setFocus()  # OtherFocusReason, without naming `Qt` (ui/qt_names.py)
        else:
            self.setFocus()
            self.focusNextChild()

    def _store(self, owner: Getter, field: str, value: Any) -> None:
        target = _owner_or_none(owner)
        if target is not None:  # `changed` refreshes whatever shows it
            self.document.set_field(target, field, value)

    # --- binding inputs to fields --------------------------------------------------------

    def bind_text(self, widget: QLineEdit | QPlainTextEdit, owner: Getter, field: str) -> None:
        """Typing stops at the field's limit (domain/limits.py), and says why."""
        from PySide6.QtWidgets import QLineEdit

        from interventionplanner.domain import limits

        if isinstance(widget, QLineEdit):
            kind = _owner_type(owner)
            if kind is not None and (most := limits.max_chars(kind, field)):
                widget.setMaxLength(most)
                widget.setToolTip(limits.limit_message(kind, field))
            widget.textEdited.connect(lambda text: self._store(owner, field, text))
            self._on_load(widget, lambda: widget.setText(getattr(owner(), field)), field)
        else:
            widget.textChanged.connect(lambda: self._store_long(widget, owner, field))
            self._on_load(widget, lambda: widget.setPlainText(getattr(owner(), field)), field)

    def _store_long(self, widget: QPlainTextEdit, owner: Getter, field: str) -> None:
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QToolTip

        from interventionplanner.domain import limits

        target = _owner_or_none(owner)
        if target is None:
            return  # nothing to write to yet (a letter before any writer is chosen)
        text, kind = widget.toPlainText(), type(target)
        most = limits.max_chars(kind, field)
        if most and len(text) > most:  # a paste past the limit: keep what fits, and say so
            text = text[:most]
            with QSignalBlocker(widget):
                widget.setPlainText(text)
                widget.moveCursor(QTextCursor.MoveOperation.End)
            QToolTip.showText(
                widget.mapToGlobal(widget.rect().center()),
                limits.limit_message(kind, field),
                widget,
            )
        self._store(owner, field, text)

    def bind_check(self, widget: QCheckBox, owner: Getter, field: str) -> None:
        widget.toggled.connect(lambda on: self._store(owner, field, on))
        self._on_load(widget, lambda: widget.setChecked(getattr(owner(), field)), field)

    def bind_number(self, widget: QSpinBox, owner: Getter, field: str) -> None:
        widget.valueChanged.connect(lambda value: self._store(owner, field, value))
        self._on_load(widget, lambda: widget.setValue(getattr(owner(), field)), field)

    def bind_choice(self, widget: QComboBox, owner: Getter, field: str) -> None:
        """A field that holds one of the combo box's item data (e.g. a language code)."""
        widget.activated.connect(lambda _index: self._store(owner, field, widget.currentData()))
        self._on_load(
            widget,
            lambda: widget.setCurrentIndex(max(0, widget.findData(getattr(owner(), field)))),
            field,
        )

    def bind_datetime(self, widget: QDateTimeEdit, owner: Getter, field: str) -> None:
        from PySide6.QtCore import QDateTime

        from interventionplanner.domain import limits

        unset = unset_datetime()
        widget.setMinimumDateTime(unset)
        widget.setMaximumDateTime(QDateTime(datetime(limits.MAX_YEAR, 12, 31, 23, 59)))
        widget.setSpecialValueText(_("Not set yet"))
        widget.dateTimeChanged.connect(
            lambda value: self._store(
                owner,
                field,
                None if value == unset else value.toPython().replace(second=0, microsecond=0),
            )
        )
        self._on_load(
            widget,
            lambda: widget.setDateTime(
                QDateTime(getattr(owner(), field)) if getattr(owner(), field) else unset
            ),
            field,
        )

    def _on_load(self, widget, fill: Callable[[], None], field: str) -> None:
        self.fields.setdefault(field, widget)

        def load() -> None:
            with QSignalBlocker(widget):
                fill()

        self._loaders.append(load)


def _owner_or_none(owner: Getter) -> Any:
    """The object a binding writes to; None while there is none (a letter before any writer
    is chosen)."""
    try:
        return owner()
    except AttributeError:
        return None


def _owner_type(owner: Getter) -> type | None:
    target = _owner_or_none(owner)
    return None if target is None else type(target)


def language_combo(same: str | None = None) -> QComboBox:
    """The languages papers can be written in, each named in its own language; `same`
    first, for "no language of their own" (stored as "")."""
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    if same is not None:
        combo.addItem(same, "")
    for code, name in i18n.LANGUAGES.items():
        combo.addItem(name, code)
    return combo


def note_label(text: str = "", *, flag: bool = False, selectable: bool = True) -> QLabel:
    """A short, calm note beside the inputs. Flags are notes about something to check.
    Notes can be selected and copied (a number, a name), unless `selectable` is False: a
    selectable label lays its text out through a QTextDocument, several times the work of
    a plain one, so prose nobody copies (a step's introduction) is left plain."""
    label = WrappedLabel(text)
    # By Qt's names: the first step's notes are made before `Qt` is built (ui/qt_names.py).
    set_by_name(label, "textFormat", "PlainText")
    if selectable:
        set_by_name(label, "textInteractionFlags", "TextSelectableByMouse")
    if flag:
        label.setObjectName("flag")
        # A palette role, not a style sheet: it follows a switch to dark or high contrast.
        label.setForegroundRole(QPalette.ColorRole.Link)
    return label

"""Words on screen that bypassed translation, found with the pseudo-language.

In the pseudo-language every translated string comes out as "[Ŵórds·····]": accented and
in brackets. So any plain ASCII word left on screen, once the plan's own words (names,
places, letters) and the bracketed pieces are taken out, is a string of the window's that
never went through `_()`. Shared by the offscreen and the real-display pseudo runs.

Words the window shows from the engine and its resources (the substance list and its
safety notes, the letter parts, the coach's and the checklist's findings) count as the
plan's own here: they are translated in paper.po and resources/ and checked there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
    QWizard,
)

from interventionplanner import i18n

# Never translated, on purpose: the app's name, and each language named in its own words.
OWN_WORDS = ("Intervention Planner", *i18n.LANGUAGES.values())
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_TAG = re.compile(r"<[^>]*>")
_ASCII_WORD = re.compile(r"[A-Za-z]{2,}")
# A date as QLocale writes it ("6 Dec 2026"): Qt's own words, English in the pseudo-language.
_DATE = re.compile(r"\b\d{1,2} [A-Z][a-z]{2}\.? \d{4}\b")
MAX_ROWS = 40  # rows of a table or list read: enough to see every kind of cell


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def _qt_owned(widget: QWidget) -> bool:
    """Qt's own words (the wizard's Back and Next, standard dialog buttons, the calendar,
    date and number fields): they come from Qt's catalogues, which have no pseudo one."""
    parent = widget.parent()
    if isinstance(parent, QDialogButtonBox) and parent.standardButton(widget) is not (
        QDialogButtonBox.StandardButton.NoButton
    ):
        return True
    ancestor = widget
    while ancestor is not None:
        if isinstance(ancestor, QCalendarWidget | QAbstractSpinBox):
            return True
        ancestor = ancestor.parentWidget()
    wizard = widget.window().findChild(QWizard)
    if wizard is not None:
        qt_buttons = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
        return any(widget is wizard.button(b) for b in qt_buttons)
    return False


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list's model keeps it private: one column
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            texts.append(header)
    for row in range(min(model.rowCount(top), MAX_ROWS)):
        for column in range(columns):
            value = model.index(row, column).data()
            if isinstance(value, str):
                texts.append(value)
    return texts


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind of widget, text) for the words a person sees in `root`."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, *texts: str) -> None:
        for text in texts:
            if text and not _qt_owned(widget):
                found.append((type(widget).__name__, text))

    for widget in root.findChildren(QWidget):
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QLineEdit) and not widget.text():
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(widget, widget.currentText())
        elif isinstance(widget, QTabBar):
            add(widget, *(widget.tabText(i) for i in range(widget.count())))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            add(widget, *_view_texts(widget))
    if root.isWindow():
        found.append(("window title", root.windowTitle()))
    return found


def texts_of(value: object) -> Iterator[str]:
    """Every string a plan, a catalogue or a list of findings holds, however deep."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for field in fields(value):
            yield from texts_of(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_of(item)
    elif isinstance(value, list | tuple):  # NamedTuples too
        for item in value:
            yield from texts_of(item)


def engine_words(window) -> list[object]:
    """What the window shows that the engine and resources/ write (see the module note)."""
    from interventionplanner.domain.letter_parts import BOTTOM_LINE_PART, LETTER_PARTS

    coach = [finding for _, finding in window.wizard.letters.findings.items]
    return [
        window.document.plan,
        window.services.catalogue,
        LETTER_PARTS,
        BOTTOM_LINE_PART,
        window.watcher.model.findings,
        coach,
    ]


def untranslated(root: QWidget, *sources: object) -> list[str]:
    """Texts on screen with an English word that did not pass through translation; the
    words of `sources` (the plan, see engine_words) are not the window's."""
    own = sorted({t for t in texts_of(list(sources)) if t.strip()} | set(OWN_WORDS), key=len)
    problems = []
    for kind, text in shown_texts(root):
        rest = _DATE.sub(" ", _TAG.sub(" ", text).replace("&", ""))
        while _BRACKETED.search(rest):  # a translated string, however deeply formatted
            rest = _BRACKETED.sub(" ", rest)
        for words in reversed(own):  # longest first: a letter before a word in it
            if words in rest:
                rest = rest.replace(words, " ")
        if _ASCII_WORD.search(rest):
            problems.append(f"{kind}: “{text[:70]}”")
    return sorted(set(problems))

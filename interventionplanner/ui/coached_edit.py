"""A text box that underlines what the language coach would gently question.

The coach runs per paragraph inside QSyntaxHighlighter, so only the paragraph being typed
is looked at again: typing stays smooth in the longest letter. Hovering an underline shows
the coach's reason.

Qt counts text positions in UTF-16 units, Python in code points; an emoji is one of the
latter and two of the former. `_qt_index` converts, so underlines land on the right words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from interventionplanner.domain.coach import Coach, CoachFinding


def _qt_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class CoachHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, coach: Coach) -> None:
        super().__init__(document)
        self.coach = coach
        self.kept: set[tuple[str, str]] = set()  # (rule, words) the writer chose to keep
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor("#b35900"))

    def findings_in(self, paragraph: str) -> list[CoachFinding]:
        return [
            f for f in self.coach.find(paragraph) if (f.rule_id, f.text.lower()) not in self.kept
        ]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for finding in self.findings_in(text):
            start = _qt_index(text, finding.start)
            self.setFormat(start, _qt_index(text, finding.end) - start, self._format)


class CoachedEdit(QPlainTextEdit):
    def __init__(self, coach: Coach) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab moves on; a letter has no use for tab stops
        self.highlighter = CoachHighlighter(self.document(), coach)

    def findings(self) -> list[CoachFinding]:
        """Every finding in this box, with Python offsets into toPlainText()."""
        found, offset = [], 0
        for paragraph in self.toPlainText().split("\n"):
            for f in self.highlighter.findings_in(paragraph):
                found.append(replace(f, start=f.start + offset, end=f.end + offset))
            offset += len(paragraph) + 1
        return found

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            paragraph = cursor.block().text()
            column = cursor.positionInBlock()
            reason = next(
                (
                    f.message
                    for f in self.highlighter.findings_in(paragraph)
                    if _qt_index(paragraph, f.start) <= column <= _qt_index(paragraph, f.end)
                ),
                None,
            )
            if reason:
                QToolTip.showText(event.globalPos(), reason, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keep(self, finding: CoachFinding) -> None:
        """The writer keeps their words: stop underlining this phrase in this box."""
        self.highlighter.kept.add((finding.rule_id, finding.text.lower()))
        self.highlighter.rehighlight()

    def replace_span(self, start: int, end: int, new_text: str) -> None:
        """Replace text (Python offsets) as an ordinary edit, so Ctrl+Z undoes it."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(_qt_index(text, start))
        cursor.setPosition(_qt_index(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text)

"""A text box that underlines what the language coach would gently question, and spelling.

The coach and the spell checker run per paragraph inside one QSyntaxHighlighter (a
document takes one), so only the paragraph being typed is looked at again: typing stays
smooth in the longest letter. The coach's underline is an orange wave, a misspelling's a
red dotted line, so the two never look alike. Hovering a coach underline shows its reason;
the context menu on a misspelled word offers the dictionary's suggestions and "Add to my
words" (kept per user, storage/user_words.py); on a coach underline it gives the reason, the
suggestion if there is one, and "Leave this as it is", which asks the page to settle that
note for the sentence (`settleRequested`; domain/settling.py), and "Show the coach's notes
again" once any are settled (`unsettleRequested`). Settled notes are not underlined. Names
in the plan are never flagged: the page passes them in with `set_known_words`.

The dictionary takes a few hundred milliseconds to read, so it is read once per process,
off the window's thread, when the first box is shown; the boxes underline misspellings as
soon as it is there.

A long text put in at once (a letter shown, the dictionary arriving, a word added) is
underlined where it is on screen first, before it is painted, and the rest a slice of a few
milliseconds at a time when the window is idle (`_highlight_lazily`): a 5,000-word letter
shows at once, and what is shown is what a full pass would have shown. While the window's
warm-up lane is still compiling the coach's rules, a paragraph the coach has not seen (put
in, read for the page's list, or being typed) is underlined without the coach, and again
with it once the rules are in (ui/coach_warmth.py). Scrolling ahead of the idle pass
underlines the paragraphs that come into view at once; `highlighted` says the pass is over.
The coach's findings are remembered per paragraph, so the page's list of suggestions, read
after the pass, costs no second analysis. A short text is underlined whole at once, as
before.

Qt counts text positions in UTF-16 units, Python in code points; an emoji is one of the
latter and two of the former. `_qt_index` converts, so underlines land on the right words.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QPalette,
    QShowEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QToolTip,
)

from interventionplanner.domain import settling
from interventionplanner.domain.coach import Coach, CoachFinding, replacement
from interventionplanner.domain.spelling import LANGUAGES as SPELLING_LANGUAGES
from interventionplanner.domain.spelling import Misspelling, Speller, normal, words_of
from interventionplanner.domain.spelling import available as spelling_available
from interventionplanner.i18n import _, ngettext
from interventionplanner.storage.user_words import add_user_word, load_user_words
from interventionplanner.ui.coach_warmth import warmth_of
from interventionplanner.ui.lane import lane
from interventionplanner.ui.legible import LARGE, readable

# The underlines' hues; each is shaded to 3:1 against the palette's page (WCAG 1.4.11),
# so they show on a dark or high-contrast page too. The wave and the dots tell them apart.
COACH_COLOUR = "#b35900"  # orange: a gentle question about wording
SPELLING_COLOUR = "#c8102e"  # red: a word the dictionary does not know
MAX_SUGGESTIONS = 5
IDLE_SLICE_SECONDS = 0.008  # the idle pass gives the window its thread back this often
LAZY_FROM_CHARACTERS = 10_000  # about a page and a half: shorter texts are underlined at once
REMEMBERED_PARAGRAPHS = 4096  # the coach's findings kept per box (forgotten all at once)


def _qt_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


class _Dictionary(QObject):
    """One language's Speller for the whole process, read in the background; `ready` says
    it is in."""

    ready = Signal()

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.speller = Speller(language)
        self._queued = False

    def start(self) -> None:
        """Read the list on the warm-up lane (ui/lane.py) at the next pause in typing:
        Hunspell keeps Python's lock for about 250 ms while it reads a Spanish dictionary,
        which in the middle of typing would hold the keys back."""
        if not self.speller.loaded and not self._queued:
            self._queued = True
            lane().add(self.speller.load, done=self._loaded)

    def _loaded(self, _result: object) -> None:
        self.ready.emit()


_dictionaries: dict[str, _Dictionary] = {}


def dictionary(language: str = "en") -> _Dictionary:
    """The dictionary of `language` (one a language for the whole process); English for a
    language pyspellchecker has none for."""
    language = language if language in SPELLING_LANGUAGES else "en"
    if language not in _dictionaries:
        _dictionaries[language] = _Dictionary(language)
    return _dictionaries[language]


def _underline(colour: str, style: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    page = QApplication.palette().color(QPalette.ColorRole.Base)
    fmt.setUnderlineColor(readable(QColor(colour), page, LARGE))
    return fmt


def show_menu(menu: QMenu, at: QPoint) -> None:
    """Run a box's context menu where it was asked for: the one place tests replace, as
    PySide6 does not let a test patch QMenu.exec itself."""
    menu.exec(at)


class ParagraphLayout(QPlainTextDocumentLayout):
    """Qt's plain-text layout, which redraws only the paragraph a key changed even when
    that paragraph holds an underline.

    A QSyntaxHighlighter that leaves or puts any underline in a paragraph marks the whole
    paragraph changed (`markContentsDirty(position, length)`); inside a key's edit Qt merges
    that into the key's change, so the layout is told "length - 1 characters removed,
    length added" at the paragraph's start. QPlainTextDocumentLayout::documentChanged adds
    the two to find the last paragraph touched, lands a paragraph's length past the end of
    this one, clears the layout of the paragraphs in between and repaints the whole box.
    Here a change whose text edit Qt itself treats as one paragraph's, and whose underlines
    stay in that paragraph, is passed on as that paragraph's alone; every other change
    (paragraphs added or joined, a paste over several) goes to Qt as it came."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._blocks = document.blockCount()  # as many as Qt's layout last knew of
        self._edit: tuple[int, int, int] | None = None  # the text edit, before the underlines
        # Whether a paragraph may be on screen (the box says); underlines re-applied to one
        # that is not need no repaint, and its layout waits until it is drawn.
        self.shown: Callable[[QTextBlock], bool] = lambda _block: True
        document.contentsChange.connect(self._edited)

    def _edited(self, position: int, removed: int, added: int) -> None:
        self._edit = (position, removed, added)

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802 (Qt's name)
        document = self.document()
        edit, self._edit = self._edit, None
        blocks, self._blocks = self._blocks, document.blockCount()
        if blocks == self._blocks and added > 0:
            block = document.findBlock(position)
            own = document.findBlock(position + added - 1) == block
            if own and edit is not None:  # Qt's own test, on the edit without the underlines
                at, gone, came = edit
                own = document.findBlock(at) == block and (
                    document.findBlock(max(0, at + gone + came - 1)) == block
                )
            if own and edit is None and not self.shown(block):
                return  # the underlines cleared its lines: laid out again when it is drawn
            if own:
                # Underlines clear the paragraph's layout, so Qt cannot tell a row was added;
                # the document keeps the rows it last had (underlines never change a height).
                rows = block.lineCount()
                super().documentChanged(position, 0, added)
                if block.lineCount() != rows:
                    self.requestUpdate()  # a row more or less: what is below has moved
                return
        super().documentChanged(position, removed, added)


class CoachHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, coach: Coach | None, part: str = "letter") -> None:
        super().__init__(document)
        self.coach = coach
        self.part = part
        self.settled: set[settling.Key] = set()  # the letter's notes left as they are
        self.speller: Speller | None = None
        self.known: set[str] = set()
        self._format = _underline(COACH_COLOUR, QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._spelling = _underline(SPELLING_COLOUR, QTextCharFormat.UnderlineStyle.DotLine)
        self.paused = False  # while a whole text goes in: its paragraphs are left for later
        # While the window's lane still compiles the coach's rules, a paragraph the coach
        # has not seen yet is not asked about (the rules it needs would be compiled on the
        # window's thread, in a step's switch or a keystroke); `missed` says one was left
        # for when the rules are in (ui/coach_warmth.py).
        self.waits: Callable[[], bool] = lambda: False
        self.missed = False
        self._coached: dict[str, list[CoachFinding]] = {}  # paragraph → the coach's findings
        # The word being typed (the caret at its end) is not marked misspelled until the
        # caret leaves it, as word processors do: half a word is always "wrong", and a mark
        # that changes at every key makes Qt redraw the whole box.
        self.caret: Callable[[], int | None] = lambda: None  # where typing is, if anywhere
        self.held: tuple[int, int] | None = None  # (paragraph, column) of the word left

    def findings_in(self, paragraph: str) -> list[CoachFinding]:
        if self.coach is None:
            return []
        found = self._coached.get(paragraph)
        if found is None and self.waits():
            self.missed = True
            return []
        if found is None:
            if len(self._coached) >= REMEMBERED_PARAGRAPHS:
                self._coached.clear()
            found = self._coached[paragraph] = self.coach.find(paragraph, self.part)
        return settling.split(paragraph, found, self.settled)[0]

    def misspellings_in(self, paragraph: str) -> list[Misspelling]:
        if self.speller is None or not self.speller.loaded:
            return []
        return self.speller.misspelled(paragraph, self.known)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if self.paused:
            return
        for finding in self.findings_in(text):
            start = _qt_index(text, finding.start)
            self.setFormat(start, _qt_index(text, finding.end) - start, self._format)
        block = self.currentBlock()
        caret = self.caret()
        column = -1 if caret is None else caret - block.position()
        held = None
        for wrong in self.misspellings_in(text):
            start, end = _qt_index(text, wrong.start), _qt_index(text, wrong.end)
            if end == column:
                held = (block.blockNumber(), column)
            else:
                self.setFormat(start, end - start, self._spelling)
        if held is not None or (self.held is not None and self.held[0] == block.blockNumber()):
            self.held = held


class CoachedEdit(QPlainTextEdit):
    """`part` is the letter part this box holds ("letter" or "bottom_line"): a calm
    consequence is expected in the bottom line, and reads as a threat in the letter.
    With no coach, the box checks spelling only: for the plan's other long fields."""

    highlighted = Signal()  # a long text's idle pass has underlined every paragraph
    settleRequested = Signal(object)  # "Leave this as it is": a settling.Key
    unsettleRequested = Signal()  # "Show the coach's notes again"

    def __init__(self, coach: Coach | None, part: str = "letter", *, spelling: bool = True) -> None:
        super().__init__()
        document = self.document()
        # Kept here too: a PySide object that only Qt holds can lose its Python side (the
        # highlighter's and this layout's overrides) while Qt still calls it.
        self._layout = ParagraphLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)  # so the box takes the new layout as its own
        self._layout.shown = self._shows
        self.setTabChangesFocus(True)  # Tab moves on; a letter has no use for tab stops
        self.highlighter = CoachHighlighter(self.document(), coach, part)
        self.highlighter.waits = self._coach_compiling
        self.about = ""  # what the box is for: the start of its accessible description
        self.extra_actions: list[QAction] = []  # added at the end of the context menu
        self._idle = QTimer(self, interval=0)  # the idle pass over paragraphs off screen
        self._idle.timeout.connect(self._highlight_some)
        self._next_block = 0  # where the idle pass goes on from
        self._blocks = 0  # the paragraphs it last knew of
        self.document().contentsChange.connect(self._edited)
        self.highlighter.caret = self._typing_at
        self.cursorPositionChanged.connect(self._mark_word_left)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._plan_words: set[str] = set()
        self._my_words: set[str] = set()
        self._listening: set[str] = set()  # the dictionaries whose `ready` repaints this box
        self._hears_warmth = False  # connected to its window's CoachWarmth
        if spelling:
            shared = dictionary()
            self._listening.add(shared.speller.language)
            self.highlighter.speller = shared.speller
            self._my_words = load_user_words()
            self._update_known()
            shared.ready.connect(self._rehighlight)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The dictionary is read when a box is first shown, not when the window is built,
        so start-up never waits for it."""
        super().showEvent(event)
        self.warm_up()

    def warm_up(self) -> None:
        """Start reading the dictionary this box needs, if it is not in yet: on first show,
        or earlier, while the family is still on the step before (wizard's build-ahead), so
        the list is not read just as the step appears."""
        if self.highlighter.speller is not None:
            dictionary(self.highlighter.speller.language).start()

    def set_language(self, language: str, coach: Coach | None) -> None:
        """Coach and check spelling in the letter's language (the writer's own); a language
        without a usable dictionary is not checked for spelling (domain/spelling.py)."""
        changed = coach is not self.highlighter.coach
        self.highlighter.coach = coach
        if not self._listening:  # a box made without spelling stays so
            language = ""
        if not language:
            pass
        elif not spelling_available(language):
            changed = changed or self.highlighter.speller is not None
            self.highlighter.speller = None
        elif self.highlighter.speller is None or self.highlighter.speller.language != language:
            shared = dictionary(language)
            self.highlighter.speller = shared.speller
            if shared.speller.language not in self._listening:
                self._listening.add(shared.speller.language)
                shared.ready.connect(self._rehighlight)
            if self.isVisible():
                shared.start()
            changed = True
        if changed:
            self._rehighlight()

    # --- the coach ------------------------------------------------------------------------

    def _coach_compiling(self) -> bool:
        """Whether the window's lane is still compiling the coach's rules: each rule a
        paragraph needs would otherwise be compiled here, on the window's thread (0.2-0.6 s
        for a long letter's first screen)."""
        warmth = warmth_of(self) if self.highlighter.coach is not None else None
        if warmth is None or not warmth.compiling:
            return False
        if not self._hears_warmth:
            self._hears_warmth = True
            warmth.warmed.connect(self._coach_warmed)
        return True

    def _coach_warmed(self) -> None:
        """The coach's rules are compiled: underline afresh what was left, and let the page
        know (its list of suggestions follows `highlighted`, at the end of a long pass)."""
        if self.highlighter.missed:
            self.highlighter.missed = False
            self._rehighlight()
            if not self.highlight_pending():
                self.highlighted.emit()

    def findings(self) -> list[CoachFinding]:
        """Every finding in this box, with Python offsets into toPlainText() (while the
        coach warms up, those in paragraphs it has already seen)."""
        found, offset = [], 0
        for paragraph in self.toPlainText().split("\n"):
            for f in self.highlighter.findings_in(paragraph):
                found.append(replace(f, start=f.start + offset, end=f.end + offset))
            offset += len(paragraph) + 1
        return found

    def describe_findings(self, findings: list[CoachFinding]) -> None:
        """Say the wavy underlines in words, for screen readers: the box's accessible
        description lists each underlined phrase and why, as the tooltip would."""
        lines = [f"“{f.text}”: {f.message}" for f in findings]
        if lines:
            lines.insert(
                0,
                ngettext(
                    "Gentle suggestions here: {count}",
                    "Gentle suggestions here: {count}",
                    len(findings),
                ).format(count=len(findings)),
            )
        self.setAccessibleDescription("\n".join([self.about, *lines]).strip())

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

    def set_settled(self, keys: set[settling.Key]) -> None:
        """The letter's notes left as they are: not underlined, listed or described."""
        if keys != self.highlighter.settled:
            self.highlighter.settled = set(keys)
            self._rehighlight()

    def replace_span(self, start: int, end: int, new_text: str) -> None:
        """Replace text (Python offsets) as an ordinary edit, so Ctrl+Z undoes it."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(_qt_index(text, start))
        cursor.setPosition(_qt_index(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text)

    # --- spelling -------------------------------------------------------------------------

    def set_known_words(self, names: Iterable[str]) -> None:
        """Names and places never to flag (the plan's); replaces the previous set."""
        words = words_of(*names)
        if words != self._plan_words:
            self._plan_words = words
            self._update_known()
            self._rehighlight()

    def spelling_ready(self) -> bool:
        speller = self.highlighter.speller
        return speller is not None and speller.loaded

    def misspellings(self) -> list[Misspelling]:
        """Every misspelled word in this box, with Python offsets into toPlainText()."""
        found, offset = [], 0
        for paragraph in self.toPlainText().split("\n"):
            for m in self.highlighter.misspellings_in(paragraph):
                found.append(replace(m, start=m.start + offset, end=m.end + offset))
            offset += len(paragraph) + 1
        return found

    def add_to_my_words(self, word: str) -> None:
        try:
            self._my_words = add_user_word(word)
        except OSError:
            self._my_words = self._my_words | {normal(word)}  # this session, at least
        self._update_known()
        self._rehighlight()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Shift+F10 opens the context menu at the cursor, as the Menu key does (Qt knows
        only the latter; keyboards without one, and GNOME and Windows users, use this)."""
        shift_f10 = event.key() == Qt.Key.Key_F10 and (
            event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if not shift_f10:
            super().keyPressEvent(event)
            return
        pos = self.cursorRect().center()
        reason = QContextMenuEvent.Reason.Keyboard
        self.contextMenuEvent(QContextMenuEvent(reason, pos, self.viewport().mapToGlobal(pos)))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        menu = self.context_menu_at(event.pos())
        show_menu(menu, event.globalPos())
        menu.deleteLater()

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The usual editing menu, with the coach's note first when `pos` is on one, then
        spelling choices when it is on a misspelled word."""
        menu = self.createStandardContextMenu(pos)
        if self.extra_actions:  # the page's own entries, e.g. "Add a note…"
            menu.addSeparator()
            menu.addActions(self.extra_actions)
        if self.highlighter.settled:
            again = QAction(_("Show the coach's notes again"), menu)
            again.setToolTip(_("Underline again the notes left as they are in this letter."))
            again.triggered.connect(lambda _=False: self.unsettleRequested.emit())
            menu.addSeparator()
            menu.addAction(again)
        self._add_spelling_choices(menu, pos)
        self._add_coach_choices(menu, pos)
        return menu

    def _add_coach_choices(self, menu: QMenu, pos: QPoint) -> None:
        """The note under `pos`, if any, first: why, the kinder words, or leave it."""
        cursor = self.cursorForPosition(pos)
        block, column = cursor.block(), cursor.positionInBlock()
        paragraph = block.text()
        finding = next(
            (
                f
                for f in self.highlighter.findings_in(paragraph)
                if _qt_index(paragraph, f.start) <= column <= _qt_index(paragraph, f.end)
            ),
            None,
        )
        if finding is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        why = QAction(finding.message, menu)
        why.setEnabled(False)  # the reason, to read; the choices follow
        choices = [why]
        if finding.suggestion:
            words = replacement(finding)
            use = QAction(_("Use “{words}”").format(words=words), menu)
            at = block.position()
            use.triggered.connect(
                lambda _=False: self._replace_at(
                    at + _qt_index(paragraph, finding.start),
                    at + _qt_index(paragraph, finding.end),
                    finding.text,
                    words,
                )
            )
            choices.append(use)
        leave = QAction(_("Leave this as it is"), menu)
        leave.setToolTip(_("The coach will not point at this sentence again unless it changes."))
        key = settling.key_of(paragraph, finding)
        leave.triggered.connect(lambda _=False: self.settleRequested.emit(key))
        choices.append(leave)
        for action in choices:
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def _replace_at(self, start: int, end: int, was: str, words: str) -> None:
        """Replace words (Qt positions) as one ordinary edit, if they are still there."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == was:
            cursor.insertText(words)

    def _add_spelling_choices(self, menu: QMenu, pos: QPoint) -> None:
        wrong = self._misspelling_at(pos)
        if wrong is None:
            return
        block_start, found = wrong
        first = menu.actions()[0] if menu.actions() else None
        choices: list[QAction] = []
        for word in self.highlighter.speller.suggestions(found.word, MAX_SUGGESTIONS):  # type: ignore[union-attr]
            action = QAction(word, menu)
            action.triggered.connect(
                lambda _=False, w=word: self._replace_in_block(block_start, found, w)
            )
            choices.append(action)
        if not choices:
            none = QAction(_("(no suggestions)"), menu)
            none.setEnabled(False)
            choices.append(none)
        add = QAction(_("Add “{word}” to my words").format(word=found.word), menu)
        add.triggered.connect(lambda _=False: self.add_to_my_words(found.word))
        choices.append(add)
        for action in choices:
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)

    def _misspelling_at(self, pos: QPoint) -> tuple[int, Misspelling] | None:
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        paragraph = block.text()
        column = cursor.positionInBlock()
        for wrong in self.highlighter.misspellings_in(paragraph):
            if _qt_index(paragraph, wrong.start) <= column <= _qt_index(paragraph, wrong.end):
                return block.position(), replace(
                    wrong,
                    start=_qt_index(paragraph, wrong.start),
                    end=_qt_index(paragraph, wrong.end),
                )
        return None

    def _replace_in_block(self, block_start: int, wrong: Misspelling, word: str) -> None:
        """Replace the word (Qt positions) as one ordinary edit, so Ctrl+Z undoes it."""
        self._replace_at(block_start + wrong.start, block_start + wrong.end, wrong.word, word)

    def _rehighlight(self) -> None:
        """Underline afresh without telling the page the text changed (it did not)."""
        self._highlight_lazily()

    # --- underlining a whole text: what is on screen first, the rest when idle ------------

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if len(text) < LAZY_FROM_CHARACTERS:
            self._idle.stop()
            super().setPlainText(text)
            return
        self.highlighter.paused = True  # nothing checked yet: _highlight_lazily does it
        try:
            super().setPlainText(text)
        finally:
            self.highlighter.paused = False
        self._highlight_lazily()

    def highlight_pending(self) -> bool:
        """Whether paragraphs off screen are still waiting for the idle pass."""
        return self._idle.isActive()

    def _highlight_lazily(self) -> None:
        if self.document().characterCount() < LAZY_FROM_CHARACTERS:
            self._idle.stop()
            blocked = self.blockSignals(True)
            try:
                self.highlighter.rehighlight()
            finally:
                self.blockSignals(blocked)
            return
        self._next_block, self._blocks = 0, self.document().blockCount()
        self._highlight_visible()
        self._idle.start()

    def _highlight_visible(self) -> None:
        block, offset = self.firstVisibleBlock(), self.contentOffset()
        bottom = self.viewport().height()
        blocked = self.blockSignals(True)
        try:
            while block.isValid():
                self.highlighter.rehighlightBlock(block)
                if self.blockBoundingGeometry(block).translated(offset).bottom() >= bottom:
                    break
                block = block.next()
        finally:
            self.blockSignals(blocked)

    def _highlight_some(self) -> None:
        """One slice of the idle pass, from where the last one stopped."""
        deadline = time.perf_counter() + IDLE_SLICE_SECONDS
        block = self.document().findBlockByNumber(self._next_block)
        blocked = self.blockSignals(True)
        try:
            while block.isValid() and time.perf_counter() < deadline:
                self.highlighter.rehighlightBlock(block)
                block, self._next_block = block.next(), self._next_block + 1
        finally:
            self.blockSignals(blocked)
        if not block.isValid():
            self._idle.stop()
            self.highlighted.emit()

    def _edited(self, position: int, _removed: int, _added: int) -> None:
        """Typing during the idle pass is underlined as it is typed; the pass keeps its
        place when paragraphs before it are added or joined."""
        count = self.document().blockCount()
        edited = self.document().findBlock(position).blockNumber()
        if self._idle.isActive() and edited < self._next_block:
            self._next_block = max(0, edited, self._next_block + count - self._blocks)
        self._blocks = count

    def _scrolled(self, _value: int) -> None:
        if self._idle.isActive():
            self._highlight_visible()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._idle.isActive():
            self._highlight_visible()

    def _shows(self, block: QTextBlock) -> bool:
        """Whether `block` is on screen, even in part (the rows shown are laid out)."""
        number = block.blockNumber()
        if number < self.firstVisibleBlock().blockNumber():
            return False
        bottom = self.cursorForPosition(QPoint(0, self.viewport().height() - 1))
        return number <= bottom.blockNumber()

    def _typing_at(self) -> int | None:
        cursor = self.textCursor()
        return cursor.position() if self.hasFocus() and not cursor.hasSelection() else None

    def _mark_word_left(self) -> None:
        """The caret left the word being typed (or the box lost focus): mark it if wrong."""
        held = self.highlighter.held
        if held is None:
            return
        cursor = self.textCursor()
        if self.hasFocus() and (cursor.blockNumber(), cursor.positionInBlock()) == held:
            return  # still typing it
        self.highlighter.held = None
        block = self.document().findBlockByNumber(held[0])
        if block.isValid():
            blocked = self.blockSignals(True)
            try:
                self.highlighter.rehighlightBlock(block)
            finally:
                self.blockSignals(blocked)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self._mark_word_left()

    def _update_known(self) -> None:
        self.highlighter.known = self._plan_words | self._my_words

"""Role-play cards: one person plays the loved one and reads the likely objections aloud,
one card at a time; the others answer, then look at the prepared answer.

The answer stays hidden until asked for (Space or "Show the answer"). "Needs work" marks the
answer on the plan itself, so it shows on the treatment step; "Next card" (Right or PageDown)
puts the card away. After the last card a short summary says how many answers need work.
Esc closes the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.rehearsal import RolePlay
from interventionplanner.i18n import _, ngettext
from interventionplanner.ui.document import PlanDocument

# Type on a card is this many times the usual size: large, yet relative to the user's font.
CARD_SCALE = 2.0
ANSWER_SCALE = 1.5


def _scaled_label(scale: float, name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setAccessibleName(name)
    return label


class RolePlayWindow(QWidget):
    """The plan's objections as cards, one at a time, each answer hidden until asked for."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.role_play = RolePlay(document.plan.objections)
        self.setWindowTitle(_("Role-play the objections"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        # --- one card ---
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(_("Which card"))
        self.objection_label = _scaled_label(CARD_SCALE, _("They say"))
        self.answer_heading = QLabel(_("Our prepared answer:"))
        self.answer_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer_label = _scaled_label(ANSWER_SCALE, _("Our prepared answer"))
        self.marked_label = QLabel()
        self.marked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.marked_label.setAccessibleName(_("Needs work?"))

        self.show_button = QPushButton(_("Show the &answer"))
        self.show_button.setAccessibleName(_("Show the answer"))
        self.show_button.setToolTip(_("Space does the same."))
        self.needs_work_button = QPushButton(_("&Needs work"))
        self.needs_work_button.setCheckable(True)
        self.needs_work_button.setAccessibleName(_("Needs work"))
        self.needs_work_button.setToolTip(
            _("Marks this answer on the treatment step, to improve it before the day.")
        )
        self.next_button = QPushButton(_("Ne&xt card"))
        self.next_button.setAccessibleName(_("Next card"))
        self.next_button.setToolTip(_("The right arrow or Page Down does the same."))
        self.stop_button = QPushButton(_("&Close"))
        self.stop_button.setAccessibleName(_("Close the practice"))
        self.stop_button.setToolTip(_("Esc does the same. Nothing is lost."))
        self.show_button.clicked.connect(self.reveal)
        self.needs_work_button.toggled.connect(self.mark_needs_work)
        self.next_button.clicked.connect(self.next_card)
        self.stop_button.clicked.connect(self.close)
        self.hint_label = QLabel(
            _("Space: show the answer · Right arrow or Page Down: next card · Esc: close")
        )
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.show_button, self.needs_work_button, self.next_button):
            buttons.addWidget(button)
        buttons.addSpacing(24)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)

        card = QWidget()
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.counter)
        card_layout.addWidget(self.objection_label, 2)
        card_layout.addWidget(self.answer_heading)
        card_layout.addWidget(self.answer_label, 1)
        card_layout.addWidget(self.marked_label)
        card_layout.addLayout(buttons)
        card_layout.addWidget(self.hint_label)

        # --- the end ---
        self.summary_label = _scaled_label(ANSWER_SCALE, _("How it went"))
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details_label.setAccessibleName(_("Answers that need work"))
        self.close_button = QPushButton(_("&Close"))
        self.close_button.setAccessibleName(_("Close"))
        self.close_button.setToolTip(_("Esc does the same."))
        self.close_button.clicked.connect(self.close)
        end = QWidget()
        end_layout = QVBoxLayout(end)
        end_layout.addWidget(self.summary_label, 1)
        end_layout.addWidget(self.details_label, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        end_layout.addLayout(close_row)

        self.pages = QStackedWidget()
        self.pages.addWidget(card)
        self.pages.addWidget(end)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        # Keys a presentation clicker or a keyboard sends, wherever the focus is.
        self._keys = []
        for key, slot in (
            (Qt.Key.Key_Space, self.reveal),
            (Qt.Key.Key_Right, self.next_card),
            (Qt.Key.Key_PageDown, self.next_card),
            (Qt.Key.Key_Escape, self.close),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)

        # Another plan opened behind us: these cards are no longer its objections.
        document.replaced.connect(self.close)
        self._show_card()

    # --- what is shown -------------------------------------------------------------------

    def _show_card(self) -> None:
        card = self.role_play.current
        if card is None:
            self._show_summary()
            return
        self.pages.setCurrentIndex(0)
        total = len(self.role_play.cards)
        self.counter.setText(
            _("Card {number} of {total}").format(number=self.role_play.index + 1, total=total)
        )
        self.objection_label.setText(card.objection)
        shown = self.role_play.answer_shown
        self.answer_label.setText(self._answer_text(card.answer) if shown else "")
        self.answer_heading.setVisible(shown)
        self.answer_label.setVisible(shown)
        self.show_button.setEnabled(not shown)
        with_blocked = self.needs_work_button.blockSignals(True)
        self.needs_work_button.setChecked(card.needs_work)
        self.needs_work_button.blockSignals(with_blocked)
        self.needs_work_button.setEnabled(not self.document.read_only)
        self.marked_label.setText(_("This answer needs work.") if card.needs_work else "")
        self.next_button.setText(
            _("Ne&xt card") if self.role_play.index + 1 < total else _("Fi&nish")
        )
        self.next_button.setAccessibleName(
            _("Next card") if self.role_play.index + 1 < total else _("Finish")
        )

    def _answer_text(self, answer: str) -> str:
        return answer.strip() or _("(No answer prepared yet.)")

    def _show_summary(self) -> None:
        self.pages.setCurrentIndex(1)
        if not self.role_play.cards:
            self.summary_label.setText(
                _(
                    "There are no objections to practise yet. Add them on the treatment step, "
                    "under “If they say…”."
                )
            )
            self.details_label.setText("")
        else:
            marked = [o for o in self.role_play.cards if o.needs_work]
            self.summary_label.setText(self.summary_text(len(marked)))
            self.details_label.setText("\n".join(f"• {o.objection}" for o in marked))
        self.close_button.setFocus()

    def summary_text(self, marked: int) -> str:
        if marked == 0:
            return _("No answers marked as needing work.")
        return ngettext(
            "{count} answer marked as needing work",
            "{count} answers marked as needing work",
            marked,
        ).format(count=marked)

    # --- what the buttons and keys do ----------------------------------------------------

    def reveal(self) -> None:
        if self.role_play.done or self.role_play.answer_shown:
            return
        self.role_play.reveal()
        self._show_card()

    def mark_needs_work(self, needs_work: bool) -> None:
        if self.role_play.done or self.document.read_only:
            return
        if self.role_play.current.needs_work != needs_work:
            self.document.set_field(self.role_play.current, "needs_work", needs_work)
        self._show_card()

    def next_card(self) -> None:
        if self.role_play.done:
            return
        self.role_play.next()
        self._show_card()

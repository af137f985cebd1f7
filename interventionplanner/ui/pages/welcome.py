"""Step 1: start a plan, open one, or look at the example."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from interventionplanner.domain.display import crisis_short
from interventionplanner.i18n import _
from interventionplanner.ui.pages.base import PlanPage, note_label

if TYPE_CHECKING:
    from collections.abc import Iterable

    from interventionplanner.domain.crisis import CrisisResource


class WelcomePage(PlanPage):
    newRequested = Signal()
    openRequested = Signal()
    exampleRequested = Signal()

    def __init__(self, document, crisis_resources: Iterable[CrisisResource]) -> None:
        super().__init__(document)
        intro = note_label(
            _(
                "This guide helps you and the people who care about your loved one prepare a "
                "calm, loving meeting: who to invite, the letters you will read, and the help "
                "that will be ready the same day. You can stop at any time and come back. "
                "Everything you write stays on this computer; nothing is sent anywhere."
            ),
            selectable=False,  # read, not copied; the crisis line below stays selectable
        )
        help_now = note_label(crisis_short(crisis_resources))
        help_now.setAccessibleName(_("Help right now"))
        self.new_button = QPushButton(_("&Start a new plan"))
        self.open_button = QPushButton(_("&Open a saved plan…"))
        self.example_button = QPushButton(_("Look at the &example plan"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.example_button.clicked.connect(self.exampleRequested)

        layout = QVBoxLayout(self.body)
        layout.addWidget(intro)
        layout.addSpacing(layout.spacing() * 2)
        for button in (self.new_button, self.open_button, self.example_button):
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(help_now)
        # Only the first plan changes whether Next may be pressed. Re-checking on every edit
        # made QWizard re-seat its buttons and pull focus from the field being typed in.
        document.startedChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.document.started

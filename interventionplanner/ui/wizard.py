"""The guide: the wizard's steps, registered by explicit id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from interventionplanner.domain.substances import Catalogue
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.pages.loved_one import LovedOnePage
from interventionplanner.ui.pages.meeting import MeetingPage
from interventionplanner.ui.pages.participants import ParticipantsPage
from interventionplanner.ui.pages.welcome import WelcomePage


class PageId(IntEnum):
    WELCOME = 0
    LOVED_ONE = 1
    MEETING = 2
    PARTICIPANTS = 3


class PlanWizard(QWizard):
    saveRequested = Signal()

    def __init__(
        self,
        document: PlanDocument,
        catalogue: Catalogue,
        today: Callable[[], date],
        user_templates: Path | None,
    ) -> None:
        super().__init__()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages)  # Back keeps what was typed
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save plan"))
        self.welcome = WelcomePage(document)
        self.loved_one = LovedOnePage(document, catalogue)
        self.meeting = MeetingPage(document, today)
        self.participants = ParticipantsPage(document, user_templates)
        for page_id, page in self.pages().items():
            self.setPage(page_id, page)

    def pages(self) -> dict[PageId, object]:
        return {
            PageId.WELCOME: self.welcome,
            PageId.LOVED_ONE: self.loved_one,
            PageId.MEETING: self.meeting,
            PageId.PARTICIPANTS: self.participants,
        }

    def go_to(self, page_id: PageId) -> None:
        """Walk to a step one page at a time, so Back always means the step before."""
        while self.currentId() < page_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # the page is not ready to move on
                return
        while self.currentId() > page_id:
            self.back()

    def done(self, result: int) -> None:
        """The guide lives inside the window: Finish saves instead of closing it."""
        self.saveRequested.emit()

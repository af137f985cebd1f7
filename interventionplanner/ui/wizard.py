"""The guide: the wizard's steps, registered by explicit id."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.pages.letters import LettersPage
from interventionplanner.ui.pages.loved_one import LovedOnePage
from interventionplanner.ui.pages.meeting import MeetingPage
from interventionplanner.ui.pages.order import OrderPage
from interventionplanner.ui.pages.participants import ParticipantsPage
from interventionplanner.ui.pages.review import ReviewPage
from interventionplanner.ui.pages.treatment import TreatmentPage
from interventionplanner.ui.pages.welcome import WelcomePage
from interventionplanner.ui.preflight_panel import PreflightWatcher
from interventionplanner.ui.services import Services


class PageId(IntEnum):
    WELCOME = 0
    LOVED_ONE = 1
    MEETING = 2
    PARTICIPANTS = 3
    LETTERS = 4
    ORDER = 5
    TREATMENT = 6
    REVIEW = 7


class PlanWizard(QWizard):
    saveRequested = Signal()

    def __init__(
        self, document: PlanDocument, services: Services, watcher: PreflightWatcher
    ) -> None:
        super().__init__()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages)  # Back keeps what was typed
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, _("&Save plan"))
        self.welcome = WelcomePage(document, services.catalogue)
        self.loved_one = LovedOnePage(document, services.catalogue)
        self.meeting = MeetingPage(document, services.today)
        self.participants = ParticipantsPage(document, services.user_templates)
        self.letters = LettersPage(document, services.coach, services.user_templates)
        self.order = OrderPage(document)
        self.treatment = TreatmentPage(document, services)
        self.review = ReviewPage(document, services, watcher)
        pages = (
            self.welcome,
            self.loved_one,
            self.meeting,
            self.participants,
            self.letters,
            self.order,
            self.treatment,
            self.review,
        )
        for page_id, page in zip(PageId, pages, strict=True):
            self.setPage(page_id, page)

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
        if result == QWizard.DialogCode.Accepted:
            self.saveRequested.emit()

    def reject(self) -> None:
        """Esc belongs to the field or dialog that has it; it never closes the guide."""

"""The guide: the wizard's steps, registered by explicit id."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator, Iterator
from enum import IntEnum
from functools import partial
from itertools import chain

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage

from interventionplanner.i18n import N_, _
from interventionplanner.ui.document import PlanDocument
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


# Each step's name, in the step list and at the top of its page.
TITLES: dict[PageId, str] = {
    PageId.WELCOME: N_("Welcome"),
    PageId.LOVED_ONE: N_("Your loved one"),
    PageId.MEETING: N_("The meeting"),
    PageId.PARTICIPANTS: N_("Who will be there"),
    PageId.LETTERS: N_("Letters"),
    PageId.ORDER: N_("Speaking order and seating"),
    PageId.TREATMENT: N_("Treatment and what-ifs"),
    PageId.REVIEW: N_("Review and print"),
}


AHEAD_MS = 150  # a pause on a step this long, and the next step starts being built


class StepShell(QWizardPage):
    """A step's place in the wizard, named from the start. Its page is imported and built
    when first needed and sits inside, filling it. QWizard never sees a page swapped:
    swapping re-seats its buttons, which takes the keyboard from the field being typed in.

    `build` gives the page in slices (a generator that yields between them and returns the
    page): built ahead, a slice per turn of the event loop; needed now, all at once, from
    wherever the slices had got to."""

    built = Signal()

    def __init__(self, title: str, build: Callable[[], Generator[None, None, QWizardPage]]) -> None:
        super().__init__()
        self.setTitle(title)
        self.content: QWizardPage | None = None
        self._build = build
        self._building: Generator[None, None, QWizardPage] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def building(self) -> Iterator[None]:
        """The build's remaining slices, one per step of this iterator."""
        if self._building is None and self.content is None:
            self._building = self._build()
        while self.content is None:
            try:
                next(self._building)
            except StopIteration as done:
                self._adopt(done.value)
                return
            yield

    def page(self) -> QWizardPage:
        """The step's own page, built now if this is the first time it is needed."""
        for _slice in self.building():
            pass
        return self.content

    def _adopt(self, page: QWizardPage) -> None:
        self._building = None
        self.setSubTitle(page.subTitle())
        page.completeChanged.connect(self.completeChanged)
        self.layout().addWidget(page)
        self.content = page
        self.built.emit()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.page().initializePage()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        self.page().cleanupPage()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.content is None or self.content.isComplete()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        return self.page().validatePage()


def _step_property(page_id: PageId) -> property:
    return property(lambda wizard: wizard.step(page_id))


class PlanWizard(QWizard):
    """Each step's page is imported and built when first reached (or first asked for), so
    start-up pays only for the step it shows; `pageBuilt` lets the window connect to it."""

    saveRequested = Signal()
    pageBuilt = Signal(int)

    welcome = _step_property(PageId.WELCOME)
    loved_one = _step_property(PageId.LOVED_ONE)
    meeting = _step_property(PageId.MEETING)
    participants = _step_property(PageId.PARTICIPANTS)
    letters = _step_property(PageId.LETTERS)
    order = _step_property(PageId.ORDER)
    treatment = _step_property(PageId.TREATMENT)
    review = _step_property(PageId.REVIEW)

    def __init__(
        self, document: PlanDocument, services: Services, watcher: PreflightWatcher
    ) -> None:
        super().__init__()
        self._document, self._services, self._watcher = document, services, watcher
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.IndependentPages)  # Back keeps what was typed
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, _("&Save plan"))
        for page_id in PageId:
            shell = StepShell(_(TITLES[page_id]), partial(self._build, page_id))
            shell.built.connect(partial(self.pageBuilt.emit, page_id))
            self.setPage(page_id, shell)
        self.step(PageId.WELCOME)
        # While the family reads a step, the next one is built, read and laid out, a slice
        # at a time between their keys and clicks, so Next shows it at once.
        self._ahead = QTimer(self, singleShot=True, interval=AHEAD_MS)
        self._ahead.timeout.connect(self._build_ahead)
        self._slicer = QTimer(self, interval=0)
        self._slicer.timeout.connect(self._next_slice)
        self._slices: Iterator[None] | None = None
        self.currentIdChanged.connect(self._moved)

    def is_built(self, page_id: PageId) -> bool:
        return self.page(page_id).content is not None

    def step(self, page_id: PageId) -> QWizardPage:
        """The step's own page, built now if this is the first time it is needed."""
        return self.page(page_id).page()

    def _moved(self, _page_id: int) -> None:
        self._slicer.stop()
        self._slices = None
        self._ahead.start()

    def _build_ahead(self) -> None:
        following = self.currentId() + 1
        steps = [PageId(following)] if 0 < following <= max(PageId) else []
        if following > PageId.PARTICIPANTS and PageId.REVIEW not in steps:
            steps.append(PageId.REVIEW)  # the side list reaches it from any step
        if steps:
            self._slices = chain.from_iterable(self._ahead_slices(step) for step in steps)
            self._slicer.start()

    def _next_slice(self) -> None:
        try:
            next(self._slices)
        except (StopIteration, TypeError):  # done, or the family moved on meanwhile
            self._slicer.stop()
            self._slices = None

    def _ahead_slices(self, page_id: PageId) -> Iterator[None]:
        """Build the step, then do what its first showing would: polish its widgets, lay
        them out at the size the current step has, read the plan into it, start reading
        the dictionary its boxes check spelling with."""
        shell = self.page(page_id)
        yield from shell.building()
        if page_id is PageId.REVIEW:
            return  # the Review step reads the plan (and starts its preview) when shown
        yield
        shell.ensurePolished()
        yield
        shell.resize(self.currentPage().size())
        shell.layout().activate()
        yield
        from interventionplanner.ui.pages.base import PlanPage

        if isinstance(shell.content, PlanPage):
            shell.content.load_ahead()
            yield
            shell.layout().activate()
            shell.content.reflowing.fit()  # at the width it will be shown at
        yield
        from interventionplanner.ui.coached_edit import CoachedEdit

        for box in shell.findChildren(CoachedEdit):  # the spelling list, read on a worker
            box.warm_up()

    def _build(self, page_id: PageId) -> Generator[None, None, QWizardPage]:
        """The step's page, in slices: its module first, then the page itself."""
        document, services = self._document, self._services
        match page_id:
            case PageId.WELCOME:
                from interventionplanner.ui.pages.welcome import WelcomePage

                return WelcomePage(document, services.catalogue)
            case PageId.LOVED_ONE:
                from interventionplanner.ui.pages.loved_one import LovedOnePage

                yield
                return LovedOnePage(document, services.catalogue)
            case PageId.MEETING:
                from interventionplanner.ui.pages.meeting import MeetingPage

                yield
                return MeetingPage(document, services.today)
            case PageId.PARTICIPANTS:
                from interventionplanner.ui.pages.participants import ParticipantsPage

                yield
                page = ParticipantsPage(document, services.user_templates)
                # Its invitation preview's modules, before it reads the plan: jinja2, our
                # templates, the invitations (e-mail headers, calendars), a slice each.
                for module in ("jinja2", "interventionplanner.output.templates"):
                    yield
                    importlib.import_module(module)
                yield
                importlib.import_module("interventionplanner.output.invitations")
                return page
            case PageId.LETTERS:
                from interventionplanner.ui.pages.letters import LettersPage

                yield
                return (
                    yield from LettersPage.in_slices(
                        document, services.coach, services.user_templates
                    )
                )
            case PageId.ORDER:
                from interventionplanner.ui.pages.order import OrderPage

                yield
                return OrderPage(document)
            case PageId.TREATMENT:
                from interventionplanner.ui.pages.treatment import TreatmentPage

                yield
                return (yield from TreatmentPage.in_slices(document, services))
            case PageId.REVIEW:
                from interventionplanner.ui.pages.review import ReviewPage

                yield
                return ReviewPage(document, services, self._watcher)
        raise ValueError(page_id)

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

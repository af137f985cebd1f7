"""The guide: the wizard's steps, registered by explicit id."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Generator, Iterator
from enum import IntEnum
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from interventionplanner.i18n import N_, _
from interventionplanner.ui import qt_names, worker
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.getting_ready import GettingReady, moment
from interventionplanner.ui.pages.base import PlanPage
from interventionplanner.ui.preflight_watch import PreflightWatcher
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

# The Letters step's heaviest modules (the coach, its second opinion, the spell checker,
# the letter boxes): in one slice, 50 ms of the window's thread when the step was reached
# before the warm-up lane had imported them (clicked straight through).
LETTERS_NEEDS = (
    "interventionplanner.domain.coach_model",
    "interventionplanner.domain.sentences",
    "interventionplanner.domain.prefilter",
    "interventionplanner.domain.coach",
    "interventionplanner.domain.spelling",
    "interventionplanner.ui.coached_edit",
)


def qt_namespace_first() -> Iterator[None]:
    """Build the `Qt` namespace in a slice of its own, if nothing has yet: the first step
    is shown without it (ui/qt_names.py), and the pages built after it all name it."""
    if not qt_names.is_built():
        qt_names.build()
        yield


def one_a_slice(modules: tuple[str, ...]) -> Iterator[None]:
    """Import each module not yet imported, a slice each."""
    for name in modules:
        if name not in sys.modules:
            importlib.import_module(name)
            yield


class StepShell(QWizardPage):
    """A step's place in the wizard, named from the start. Its page is imported and built
    when first needed and sits inside, filling it. QWizard never sees a page swapped:
    swapping re-seats its buttons, which takes the keyboard from the field being typed in.

    `build` gives the page in slices (a generator that yields between them and returns the
    page). Built ahead, a slice per turn of the event loop while the step before is read.
    Reached before that was done, the step shows "One moment…" (`waiting`) and the wizard
    goes on a slice per turn, then puts the page in (`reveal`). Keys typed and Next pressed
    meanwhile are kept and given to the page then. `page()` is for code that needs the
    page now: it finishes the build at once."""

    built = Signal()

    def __init__(
        self,
        title: str,
        build: Callable[[], Generator[None, None, QWizardPage]],
        *,
        read_ahead: bool = True,
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self._read_ahead = read_ahead  # False: the page reads the plan when shown (Review)
        self.content: QWizardPage | None = None
        # Built, and laid out and read while hidden (or built at once on demand): a visit
        # now costs no more than coming back to the step.
        self.prepared = False
        self.waiting: GettingReady | None = None  # on screen in the page's place
        self._owes_start = False  # QWizard initialised the step before its page was in
        self.next_asked = False  # Next pressed while it was getting ready
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

    def preparing(self) -> Iterator[None]:
        """Build the page, then do what its first showing would: polish its widgets, lay
        them out at the size it will have, read the plan into it, fit its columns to that
        width, start reading the dictionary its boxes check spelling with, tell its widgets
        their sizes (ui/hidden_sizes.py). A slice per step of this iterator."""
        yield from self.building()
        if self.prepared:
            return
        if self._read_ahead:
            yield
            self.ensurePolished()
            yield
            self._lay_out()
            if isinstance(self.content, PlanPage):
                yield
                self.content.load_ahead()
                yield
                self._lay_out()
                self.content.reflowing.fit()
            # The spelling list its letter boxes check with, read on a worker. A step with
            # none never imported them (importing the module here cost 60 ms in one slice).
            if coached := sys.modules.get("interventionplanner.ui.coached_edit"):
                yield
                for box in self.findChildren(coached.CoachedEdit):
                    box.warm_up()
        self._ready()
        if self._read_ahead:
            # Last, once it is ready: a visit meanwhile shows it at once, and Qt sends what
            # is left as it shows it. (Imported here: not on the first step's way.)
            from interventionplanner.ui import hidden_sizes

            yield
            yield from hidden_sizes.told(self.content if self.isVisible() else self)

    def _ready(self) -> None:
        self.prepared = True
        # The page lives as long as the window: set aside from Python's cycle collector,
        # whose walks over everything held took 25-35 ms of the window's thread at any
        # key or click (worker.freeze_heap_once; once a step, so little garbage is kept).
        worker.freeze_heap_once(f"step {self.title()}")

    def _lay_out(self) -> None:
        """Lay the step out at the size it will be shown at (the page itself while it is
        kept hidden behind "One moment…")."""
        if self.isVisible():
            self._settle_place()
        else:
            self.resize(self.wizard().currentPage().size())
        self.layout().activate()
        if self.content.isHidden():
            self.content.setGeometry(self.contentsRect())
            self.content.layout().activate()

    def _settle_place(self) -> None:
        """Lay out now what QWizard would at the next turn: the frames the step sits in,
        outermost first, so the step has its real size when it is shown at once."""
        frames, widget = [], self.parentWidget()
        while widget is not None and widget is not self.wizard():
            frames.append(widget)
            widget = widget.parentWidget()
        for frame in reversed(frames):
            if frame.layout() is not None:
                frame.layout().activate()

    def page(self) -> QWizardPage:
        """The step's own page, now: built at once from wherever its slices had got to,
        and, if the step is on screen saying "One moment…", made ready and put in."""
        if self.waiting is not None and self.isVisible():
            for _slice in self.preparing():
                pass
            self.reveal()
        else:
            for _slice in self.building():
                pass
            self._ready()  # a first visit reads the plan as it shows the page
        return self.content

    def _adopt(self, page: QWizardPage) -> None:
        self._building = None
        if self.waiting is not None:
            page.hide()  # until it is read and laid out: never shown half-way
        else:
            self.setSubTitle(page.subTitle())
        page.completeChanged.connect(self.completeChanged)
        self.layout().addWidget(page)
        self.content = page
        self.built.emit()

    def wait(self) -> None:
        """Show the step's name and "One moment…" until its page is in."""
        if self.waiting is None:
            self.waiting = GettingReady(self.title())
            self.layout().addWidget(self.waiting)
            self.setSubTitle(moment())

    def hold_keyboard(self) -> None:
        """While waiting, the keyboard waits here: what is typed is kept for the page. (The
        window calls this on arrival, as it puts the keyboard in a ready step's first input.)"""
        if self.waiting is not None:
            self.waiting.setFocus()  # OtherFocusReason, without naming `Qt` (qt_names.py)

    def reveal(self) -> None:
        """Put the page in the place of "One moment…", the keyboard in its first input
        (if it was held here), and type there what was typed meanwhile."""
        holder, self.waiting, page = self.waiting, None, self.content
        focus = self.window().focusWidget()
        held = focus is None or focus is holder
        # Both make QWizard lay itself out again, which moves the keyboard: first, then.
        self.setSubTitle(page.subTitle())
        self.completeChanged.emit()  # Next as the page says
        if self._owes_start:
            self._owes_start = False
            page.initializePage()
        self.catch_up()  # what changed since it was read ahead
        page.show()
        holder.hide()
        self.layout().activate()  # where its inputs are is known as soon as it is in
        if held:
            first_input(page)
        holder.type_kept()
        holder.deleteLater()
        if self.next_asked:
            self.next_asked = False
            # On the next turn: the wizard is still inside this step's build just now.
            QTimer.singleShot(0, self, self._press_next_kept)

    def catch_up(self) -> None:
        """The step is coming on screen again: its page, if it is in, reads what changed
        while it was hidden (PlanPage.catch_up). Called at every arrival (PlanWizard._moved,
        after QWizard's own first-visit initializePage), as the page replaces "One
        moment…" (reveal), and when the plan is uncovered (PlanWizard.catch_up)."""
        if isinstance(self.content, PlanPage) and self.waiting is None:
            self.content.catch_up()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        if self.prepared:
            self.page().initializePage()
        else:  # the wizard goes on building it, a slice per turn (PlanWizard._moved)
            self._owes_start = True
            self.wait()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        if self.content is not None and self.waiting is None:
            self.content.cleanupPage()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        if self.waiting is not None:
            return True  # Next may be pressed: it is kept until the page is in (validatePage)
        return self.content is None or self.content.isComplete()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self.waiting is None:
            return self.content is None or self.content.validatePage()
        if self.wizard().walking:
            return True  # walked past (the list of steps): nothing was typed here to check
        # Next (or Finish) pressed while getting ready: kept, like the keys, and pressed
        # again once the page is in and says it is complete.
        self.next_asked = True
        return False

    def _press_next_kept(self) -> None:
        wizard = self.wizard()
        if wizard is None or wizard.currentPage() is not self or self.waiting is not None:
            return  # the family moved elsewhere meanwhile
        kind = QWizard.WizardButton.NextButton
        if wizard.nextId() == -1:
            kind = QWizard.WizardButton.FinishButton
        button = wizard.button(kind)
        if button.isVisible() and button.isEnabled():
            button.click()


def first_input(page: QWidget) -> None:
    """The keyboard to the page's first input, as on any arrival."""
    if isinstance(page, PlanPage):
        page.focus_field(None)
    else:
        page.setFocus()  # OtherFocusReason
        page.focusNextChild()


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
            shell = StepShell(
                _(TITLES[page_id]),
                partial(self._build, page_id),
                read_ahead=page_id is not PageId.REVIEW,  # Review reads the plan when shown
            )
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
        self.walking = False  # go_to() is walking past steps
        self._walk_to = PageId.WELCOME  # where it is walking to
        self._passed: int | None = None  # the last step it walked past without showing
        self.currentIdChanged.connect(self._moved)

    def is_built(self, page_id: PageId) -> bool:
        return self.page(page_id).content is not None

    def ready_page(self, page_id: PageId) -> QWizardPage | None:
        """The step's page if it is built and in (not saying "One moment…"), else None."""
        shell = self.page(page_id)
        return shell.content if shell.waiting is None else None

    def step(self, page_id: PageId) -> QWizardPage:
        """The step's own page, built now if this is the first time it is needed."""
        return self.page(page_id).page()

    def catch_up(self) -> None:
        """The step on screen reads what changed while it was hidden (the plan covered)."""
        if (shell := self.currentPage()) is not None:
            shell.catch_up()

    def _moved(self, page_id: int) -> None:
        self._slicer.stop()
        self._slices = None
        shell = self.page(page_id)
        for other in self.pageIds():
            if other != page_id:  # a Next kept on a step left since goes with it
                self.page(other).next_asked = False
        if self.walking and page_id != self._walk_to:
            # Walked past on the way (go_to): it reads what changed when next shown. Reading
            # Order and Treatment on the way to Review took 9 ms of the click.
            self._passed = page_id
            return
        self._passed = None
        if shell.waiting is None:
            # Shown, and nothing painted yet: it reads what changed while it was away.
            shell.catch_up()
            self._ahead.start()
            return
        # Reached before it was ready: "One moment…", and the rest of it a slice per turn.
        self._ahead.stop()
        self._slices = self._arrival(PageId(page_id))
        self._slicer.start()

    def _build_ahead(self) -> None:
        following = self.currentId() + 1
        steps = [PageId(following)] if 0 < following <= max(PageId) else []
        if following > PageId.PARTICIPANTS and PageId.REVIEW not in steps:
            steps.append(PageId.REVIEW)  # the side list reaches it from any step
        if steps:
            self._slices = self._ahead_of_time(steps)
            self._slicer.start()

    def _ahead_of_time(self, steps: list[PageId]) -> Iterator[None]:
        yield from qt_namespace_first()
        for step in steps:
            yield from self.page(step).preparing()

    def _next_slice(self) -> None:
        slices = self._slices
        try:
            next(slices)
        except (StopIteration, TypeError):  # done, or the family moved on meanwhile
            if self._slices is slices:  # not replaced by a move inside the slice
                self._slicer.stop()
                self._slices = None

    def _arrival(self, page_id: PageId) -> Iterator[None]:
        """The step on screen, saying "One moment…": the rest of it, then the page in."""
        shell = self.page(page_id)
        if not shell.prepared:
            yield from qt_namespace_first()
            yield from shell.preparing()
            yield  # showing it is a slice of its own: its first layout and paint follow
        if shell.waiting is not None:
            shell.reveal()
        self._ahead.start()  # and at a pause, the step after it

    def _build(self, page_id: PageId) -> Generator[None, None, QWizardPage]:
        """The step's page, in slices: its module first, then the page itself."""
        document, services = self._document, self._services
        match page_id:
            case PageId.WELCOME:
                from interventionplanner.ui.pages.welcome import WelcomePage

                return WelcomePage(document, services.crisis_resources)
            case PageId.LOVED_ONE:
                from interventionplanner.ui.pages.loved_one import LovedOnePage

                yield
                return LovedOnePage(document, services.catalogue)
            case PageId.MEETING:
                from interventionplanner.ui.pages.meeting import MeetingPage

                yield
                return (yield from MeetingPage.in_slices(document, services.today))
            case PageId.PARTICIPANTS:
                from interventionplanner.ui.pages.participants import ParticipantsPage

                yield
                page = yield from ParticipantsPage.in_slices(document, services.user_templates)
                yield from page.preview_in_slices()
                return page
            case PageId.LETTERS:
                yield from one_a_slice(LETTERS_NEEDS)
                from interventionplanner.ui.pages.letters import LettersPage

                yield
                if not services.coach_loaded:
                    # Read here when reached before the warm-up lane read it (clicked straight
                    # through): 15-20 ms, with the page's first slice it was 29 ms.
                    services.coach  # noqa: B018 (the property reads it)
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
        """Walk to a step one page at a time, so Back always means the step before. Steps
        walked past are not built (nor waited for), nor do they read what changed while they
        were hidden: they do when next shown (`_moved`)."""
        self.walking, self._walk_to = True, page_id
        try:
            while self.currentId() < page_id:
                before = self.currentId()
                self.next()
                if self.currentId() == before:  # the page is not ready to move on
                    return
            while self.currentId() > page_id:
                self.back()
        finally:
            self.walking = False
            if self._passed is not None and self._passed == self.currentId():
                self._moved(self._passed)  # the walk stopped on a step it meant to pass

    def done(self, result: int) -> None:
        """The guide lives inside the window: Finish saves instead of closing it."""
        if result == QWizard.DialogCode.Accepted:
            self.saveRequested.emit()

    def reject(self) -> None:
        """Esc belongs to the field or dialog that has it; it never closes the guide."""

"""The main window: the steps on the side, the guide in the middle, the File menu on top."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner import i18n
from interventionplanner.domain.display import (
    BABEL_DATE_MODULES,
    crisis_lines,
    read_language_data,
    short_date_and_time,
)
from interventionplanner.i18n import _, ngettext
from interventionplanner.storage import (
    PasswordNeededError,
    PlanFileError,
    PlanSaveError,
    WrongPasswordError,
)
from interventionplanner.storage.atomic import backup_path
from interventionplanner.ui import dialogs
from interventionplanner.ui.coach_warmth import CoachWarmth
from interventionplanner.ui.cover import NEUTRAL_TITLE, CoverScreen, IdleWatch, holds_plan_text
from interventionplanner.ui.document import PlanDocument, PlanInUseError
from interventionplanner.ui.finding_targets import target_for
from interventionplanner.ui.legible import follow_system_palette
from interventionplanner.ui.pages.base import note_label
from interventionplanner.ui.preflight_watch import PreflightWatcher
from interventionplanner.ui.qt_names import set_by_name
from interventionplanner.ui.services import Services
from interventionplanner.ui.settings import Settings
from interventionplanner.ui.step_marks import Mark, set_mark
from interventionplanner.ui.step_marks import prepare as prepare_steps
from interventionplanner.ui.wizard import PageId, PlanWizard

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QActionGroup,  # named with the menus that need one (below)
        QCloseEvent,  # an event class: naming one loads QEvent's 179 types
    )

    from interventionplanner.ui.preflight_panel import PreflightPanel  # made when first opened

APP_TITLE = "Intervention Planner"

COACH_RULES_A_SLICE = 25  # about 20-30 ms of compiling on the lane, then the window's turn


class StepList(QListWidget):
    """The steps on the side. A click goes to the step and leaves the keyboard in its first
    field; Tab reaches the list for arrow keys. Typing never searches it, so a letter typed
    while it has focus cannot jump to another step."""

    def __init__(self) -> None:
        super().__init__()
        set_by_name(self, "focusPolicy", "TabFocus")  # not `Qt.`: ui/qt_names.py

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        """No type-ahead: see the class note."""


def _warm_up_save() -> None:
    """A save is coming once its dialogs close: what it builds, built while they are open."""
    from interventionplanner.ui.save_warmup import before_save_dialogs

    before_save_dialogs()


def _nothing() -> None:
    """A lane item whose end says the items queued before it have run."""


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, services: Services, settings: Settings) -> None:
        super().__init__()
        follow_system_palette(QApplication.instance())  # before any widget takes its colours
        self.document = document
        self.services = services
        self.settings = settings
        self._warming = False  # the coach and the save's checks, queued once
        self.coach_warmth = CoachWarmth(self)  # whether the lane is compiling the coach
        self.watcher = PreflightWatcher(document, services)
        self.wizard = PlanWizard(document, services, self.watcher)
        self.rehearsals: set[QWidget] = set()  # open rehearsal windows
        self.steps = StepList()
        self.steps.setAccessibleName(_("Steps"))
        for page_id in PageId:
            self.steps.addItem(self.wizard.page(page_id).title())
        self._visited: set[PageId] = set()  # steps the family has been to in this plan
        self._current_step = -1
        self._browsing_steps = False  # arrow keys in the step list: focus stays there
        self._findings: list = []
        prepare_steps(self.steps)
        self.steps.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        # Never narrower than the step names: the checklist dock takes space from the page.
        self.steps.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.read_only_banner = note_label(
            _(
                "This plan is open in another window, so here you can look but not change it. "
                "To work on your own copy, use File ▸ Save As."
            ),
            flag=True,
        )
        self.read_only_banner.setAccessibleName(_("Read-only note"))

        body = QVBoxLayout()
        body.addWidget(self.read_only_banner)
        body.addWidget(self.wizard, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.steps)
        layout.addLayout(body, 1)
        self._cover: CoverScreen | None = None  # made when the plan is first hidden
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.hide_plan)
        self.idle.set_minutes(settings.idle_minutes)
        self._preflight: PreflightPanel | None = None  # the checklist dock, made when first opened
        self.watcher.findingsChanged.connect(self._mark_steps)
        self._build_menus()

        self.steps.currentRowChanged.connect(self._step_chosen)
        self.wizard.currentIdChanged.connect(self._step_shown)
        self.wizard.saveRequested.connect(self.save)
        self.wizard.welcome.newRequested.connect(self.new_plan)
        self.wizard.welcome.openRequested.connect(self.open_plan)
        self.wizard.welcome.exampleRequested.connect(self.open_example)
        self.wizard.pageBuilt.connect(self._connect_step)
        document.stateChanged.connect(self._update_state)
        document.replaced.connect(self._plan_replaced)
        document.recoveryFailed.connect(lambda text: self.statusBar().showMessage(text))
        self._update_state()
        self._step_shown(self.wizard.currentId())

    def _connect_step(self, page_id: int) -> None:
        """A step's page was just built (the first time it was needed): listen to it."""
        page = self.wizard.page(page_id).content  # built; it may not be in on screen yet
        match page_id:
            case PageId.PARTICIPANTS:
                page.exportRequested.connect(self.export_invitations)
            case PageId.LETTERS:
                page.rehearseRequested.connect(self.rehearse_letter)
            case PageId.ORDER:
                page.runThroughRequested.connect(self.run_through)
                page.rolePlayRequested.connect(self.role_play)
            case PageId.REVIEW:
                page.findingChosen.connect(self.go_to_finding)
                page.invitationsRequested.connect(self.export_invitations)

    # --- menus -------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        # The text set apart: QAction(text, parent) makes PySide6 weigh the icon overloads
        # too, which loads QIcon and QPixmap (their enum types) before the first step.
        action = QAction(self)
        action.setText(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            # What setShortcut() does, but for naming `Qt` (its overloads): ui/qt_names.py.
            action.setShortcuts([QKeySequence(shortcut)])
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(_("&New plan"), self.new_plan, keys.New)
        self.open_action = self._action(_("&Open…"), self.open_plan, keys.Open)
        self.example_action = self._action(_("Open the &example"), self.open_example)
        self.save_action = self._action(_("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(_("Save &as…"), self.save_as, keys.SaveAs)
        self.quit_action = self._action(_("&Quit"), self.close, keys.Quit)
        self.remember_action = self._action(_("&Remember recent plans"), self._toggle_recent)
        self.remember_action.setCheckable(True)
        self.remember_action.setChecked(self.settings.remember_recent)
        self.clear_recent_action = self._action(_("&Clear recent plans"), self._clear_recent)

        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.example_action])
        self.recent_menu = file_menu.addMenu(_("Recent &plans"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        # Stands in for the dock's own toggle action, so the dock is made when first opened.
        self.checklist_action = self._action(
            _("Before the &day checklist"), self._toggle_checklist, "F7"
        )
        self.checklist_action.setCheckable(True)
        file_menu.addAction(self.checklist_action)
        self._build_language_menu(file_menu)
        file_menu.addSeparator()
        self.preferences_action = self._action(_("P&references…"), self.open_preferences, "Ctrl+,")
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.hide_action = self._action(_("&Hide now"), self.toggle_hidden, "F12")
        self.hide_action.setToolTip(_("Hide the plan at once (F12; F12 again to come back)"))
        self.addAction(self.hide_action)  # F12 works while the menus are hidden too
        privacy = self.menuBar().addMenu(_("&Privacy"))
        privacy.addAction(self.hide_action)
        self.password_action = self._action(_("&Password protection…"), self.change_password)
        privacy.addAction(self.password_action)
        self.idle_menu = privacy.addMenu(_("Hide when &idle"))
        self.idle_menu.aboutToShow.connect(self._fill_idle_menu)
        privacy.addSeparator()
        privacy.addActions([self.remember_action, self.clear_recent_action])
        self.privacy_toolbar = toolbar = self.addToolBar(_("Privacy"))
        toolbar.setObjectName("privacy")
        toolbar.setMovable(False)
        toolbar.addAction(self.hide_action)
        help_menu = self.menuBar().addMenu(_("&Help"))
        help_menu.addAction(
            self._action(_("&Help right now"), self.show_crisis_help, keys.HelpContents)
        )

    # The choices inside "Hide when idle" and "Language" are made when their menu is first
    # opened (or asked for): eight actions and two groups fewer on the way to the first step.

    def _fill_idle_menu(self) -> None:
        if not self.idle_menu.isEmpty():
            return
        from PySide6.QtGui import QActionGroup

        chosen = self.settings.idle_minutes
        group = QActionGroup(self)
        for minutes, label in (
            (0, _("&Never")),
            (5, _("After &5 minutes")),
            (15, _("After &15 minutes")),
            (30, _("After &30 minutes")),
        ):
            action = self.idle_menu.addAction(label, lambda m=minutes: self.set_idle_minutes(m))
            action.setCheckable(True)
            action.setChecked(minutes == chosen)
            group.addAction(action)

    def _build_language_menu(self, file_menu) -> None:
        """In the File menu, where its letter clashes with no step's. Its title says
        "Idioma" in English and "Language" in Spanish too, and each language is named in
        its own words, so it is found whatever the window shows."""
        self.language_menu = file_menu.addMenu(_("&Language (Idioma)"))
        self.language_menu.aboutToShow.connect(self._fill_language_menu)
        self._language_actions: QActionGroup | None = None

    @property
    def language_actions(self) -> QActionGroup:
        """The Language menu's choices, one a language."""
        return self._fill_language_menu()

    def _fill_language_menu(self) -> QActionGroup:
        if self._language_actions is None:
            from PySide6.QtGui import QActionGroup

            self._language_actions = group = QActionGroup(self)
            chosen = self.settings.language or i18n.language()
            for code, name in i18n.LANGUAGES.items():
                action = self.language_menu.addAction(name, lambda c=code: self.choose_language(c))
                action.setCheckable(True)
                action.setChecked(code == chosen)
                action.setData(code)
                group.addAction(action)
        return self._language_actions

    def choose_language(self, code: str) -> None:
        """Store the window's language; it applies at the next start.

        Not at once: every step sets its words when it is built, and rebuilding the window
        around an open plan would have to carry its unsaved edits, the rehearsal windows and
        the file lock across. A restart is plain and loses nothing: the plan is asked about
        on quitting, as always."""
        if code == (self.settings.language or i18n.language()):
            return
        self.settings.language = code
        with i18n.in_language(code):  # said in the language just chosen
            dialogs.show_info(
                self,
                _("Language"),
                _(
                    "The window will be in {language} the next time you open Intervention "
                    "Planner. Your plan and its papers are not changed."
                ).format(language=i18n.LANGUAGES[code]),
            )

    def open_preferences(self) -> None:
        """The practice profile and the practice's defaults (ui/preferences.py)."""
        from interventionplanner.ui.preferences import open_preferences

        open_preferences(self)

    # --- quick hide ------------------------------------------------------------------------

    @property
    def cover(self) -> CoverScreen:
        """The plain calendar that stands in for the plan, made the first time it is needed:
        most sessions never hide the plan, and the calendar is a dozen widgets."""
        if self._cover is None:
            self._cover = CoverScreen()
            self._cover.showRequested.connect(self.show_plan)
            self.screens.addWidget(self._cover)
        return self._cover

    @property
    def preflight(self) -> PreflightPanel:
        """The "Before the day" dock, made the first time it is opened or asked for: most
        sessions never open it, and its class, dock area and list cost the first step 2-3 M
        instructions. `checklist_action` stands in for its toggle action until then and
        follows it after."""
        if self._preflight is None:
            from PySide6.QtCore import Qt

            from interventionplanner.ui.preflight_panel import PreflightPanel

            self._preflight = dock = PreflightPanel(self.watcher)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()  # until asked to show: a test or a finding may only read it
            dock.findingChosen.connect(self.go_to_finding)
            # Checked when the dock shows, unchecked when it is closed (its own button too).
            dock.toggleViewAction().toggled.connect(self.checklist_action.setChecked)
        return self._preflight

    def _toggle_checklist(self, checked: bool) -> None:
        """As the dock's own toggle action does: show it, or close it."""
        if checked:
            self.preflight.show()
        elif self._preflight is not None:
            self._preflight.close()

    def is_hidden(self) -> bool:
        return self._cover is not None and self.screens.currentWidget() is self._cover

    def toggle_hidden(self) -> None:
        if self.is_hidden():
            self.show_plan()
        else:
            self.hide_plan()

    def hide_plan(self) -> None:
        """Swap the plan for a plain calendar at once; clear the clipboard of plan words.
        The menus and the toolbar go too: greyed-out menus would say something is hidden."""
        if self.is_hidden():
            return
        dock = self._preflight
        self._dock_was_open = dock is not None and dock.isVisible()
        if dock is not None:
            dock.hide()
        self.menuBar().hide()
        self.privacy_toolbar.hide()
        self.statusBar().clearMessage()
        self.screens.setCurrentWidget(self.cover)
        self.setWindowTitle(_(NEUTRAL_TITLE))
        clipboard = QApplication.clipboard()
        if holds_plan_text(self.document.plan, clipboard.text()):
            clipboard.clear()
        self.cover.show_button.setFocus()

    def show_plan(self) -> None:
        if not dialogs.confirm_unhide(self, self.document):
            return
        self.screens.setCurrentIndex(0)
        self.wizard.catch_up()  # the step on screen reads what changed while it was covered
        self.menuBar().show()
        self.privacy_toolbar.show()
        if getattr(self, "_dock_was_open", False):
            self.preflight.show()
        self._update_state()
        self.idle.set_minutes(self.settings.idle_minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        self.settings.idle_minutes = minutes
        self.idle.set_minutes(minutes)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            empty = self.recent_menu.addAction(_("(none remembered)"))
            empty.setEnabled(False)

    def _toggle_recent(self, on: bool) -> None:
        self.settings.remember_recent = on

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.statusBar().showMessage(_("The list of recent plans is cleared."))

    # --- steps -------------------------------------------------------------------------------

    def _step_chosen(self, row: int) -> None:
        self._browsing_steps = self.steps.hasFocus()
        if row >= 0:
            self.wizard.go_to(PageId(row))

    def _step_shown(self, page_id: int) -> None:
        with QSignalBlocker(self.steps):
            self.steps.setCurrentRow(page_id)
        # A step counts as visited once the family moves on from it.
        left, self._current_step = self._current_step, page_id
        if left >= 0 and self.document.started and PageId(left) not in self._visited:
            self._visited.add(PageId(left))
            self._mark_steps()
        if page_id > 0:
            if not self._browsing_steps:  # a step still saying "One moment…" keeps the keys
                self.wizard.page(page_id).hold_keyboard()
            # After QWizard has settled its own focus for the new page: then the first field.
            QTimer.singleShot(0, lambda: self._focus_first_field(page_id))

    def _focus_first_field(self, page_id: int) -> None:
        """Put the keyboard in the step's first field, unless the family is moving through
        the step list with the arrow keys."""
        if self.wizard.currentId() != page_id:
            return
        browsing, self._browsing_steps = self._browsing_steps, False
        page = self.wizard.ready_page(page_id)
        if browsing or page is None:  # None: still "One moment…"; the wizard does it then
            return
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            page.focus_field(None)

    def go_to_finding(self, finding) -> None:
        page_id, field = target_for(finding.where)
        self.wizard.go_to(page_id)
        self.wizard.step(page_id).focus_field(field)

    def _plan_replaced(self) -> None:
        """A plan that was saved before already holds every step; a new one holds none.
        The steps are marked when the new plan's findings come (the watcher checks it on
        the next turn: `_mark_steps`); the warm-ups are queued on that turn too."""
        doc = self.document
        opened = doc.path is not None or doc.is_example or doc.dirty
        self._visited = set(PageId) if opened else set()
        if not self._warming:
            self._warming = True
            QTimer.singleShot(0, self, self._warm_up)

    def _warm_up(self) -> None:
        """Once a plan is open, at the family's pauses, one after the other on the warm-up
        lane: Babel's data for dates (the Team step's invitations write them), the coach's
        rules (read and compiled), the save's checks."""
        from interventionplanner.ui import save_warmup  # with the first plan, not at start
        from interventionplanner.ui.lane import lane

        plan = self.document.plan
        for code in dict.fromkeys((i18n.language(), plan.language)):
            lane().add(
                partial(read_language_data, code),
                key=f"dates {code}",
                window_imports=BABEL_DATE_MODULES,
            )
        self._warm_up_coach()
        save_warmup.queue_checks()  # last; first when a save's dialogs open

    def _warm_up_coach(self) -> None:
        """The coach's rules read, then compiled a few at a time: compiling all of them at
        once (about 0.7 s) kept the window's thread waiting for Python's lock in the click
        that came meanwhile; between two slices the window has its turn, and a click or a
        key puts the rest off to the next pause."""
        from interventionplanner.ui.lane import lane

        services = self.services  # the coach is read (and loaded) on the lane's worker
        self.coach_warmth.begin()  # long letters wait for it (ui/coach_warmth.py)

        def first_pass() -> int:
            try:
                coach = services.coach
                coach.check(())
                coach.model()
            except Exception:  # noqa: BLE001 (not here: the box that asks says what is wrong)
                return 0
            return len(coach.rules)

        def in_slices(count: int) -> None:
            for start in range(0, count, COACH_RULES_A_SLICE):
                chunk = range(start, min(start + COACH_RULES_A_SLICE, count))
                lane().add(partial(services.coach.check, chunk), owner=self)
            lane().add(_nothing, done=self.coach_warmth.end, owner=self)  # after the last

        # Its modules the Letters step imports too: on the window's thread, at the pause,
        # one at a time (all at once: 40-90 ms in one turn).
        coach_needs = (
            "hashlib",
            "interventionplanner.domain.coach_model",
            "interventionplanner.domain.sentences",
            "interventionplanner.domain.prefilter",
            "interventionplanner.domain.coach",
            "interventionplanner.storage.regex_cache",
            "interventionplanner.storage.coach_snapshot",
            "interventionplanner.storage.coach_rules",
        )
        lane().add(first_pass, done=in_slices, owner=self, window_imports=coach_needs)

    def _mark_steps(self, findings: list | None = None) -> None:
        """Each step the family has been to shows whether it is done or still needs
        something before the day; steps not yet reached show nothing."""
        from interventionplanner.domain.preflight import Severity  # with the first findings

        if findings is not None:
            self._findings = findings
        needs = {target_for(f.where)[0] for f in self._findings if f.severity is Severity.ERROR}
        open_items = {target_for(f.where)[0] for f in self._findings}
        for page_id in PageId:
            if page_id is PageId.WELCOME or page_id not in self._visited:
                mark = Mark.NONE
            elif page_id in needs:
                mark = Mark.NEEDS
            elif page_id in open_items or page_id is PageId.REVIEW:
                mark = Mark.NONE  # worth a look, but not a step left undone
            else:
                mark = Mark.DONE
            set_mark(self.steps, page_id, self.wizard.page(page_id).title(), mark)

    def _update_state(self) -> None:
        if self.is_hidden():
            return  # the cover's neutral title stays until the plan is shown again
        doc = self.document
        marker = " •" if doc.dirty else ""
        self.setWindowTitle(
            f"{APP_TITLE} — {doc.display_name}{marker}" if doc.started else APP_TITLE
        )
        self.steps.setEnabled(doc.started)
        self.read_only_banner.setVisible(doc.read_only)
        for page_id in PageId:
            if page_id is not PageId.WELCOME:
                self.wizard.page(page_id).setEnabled(not doc.read_only)
        self.save_action.setEnabled(doc.started and not doc.read_only)
        self.save_as_action.setEnabled(doc.started)

    # --- opening -----------------------------------------------------------------------------

    def _may_replace(self) -> bool:
        """Before another plan replaces this one, make sure nothing is lost."""
        if not self.document.dirty:
            return True
        answer = dialogs.ask_unsaved(self)
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        return answer is dialogs.Unsaved.DISCARD

    def new_plan(self) -> None:
        if self._may_replace():
            self.document.new_plan()
            self.wizard.go_to(PageId.LOVED_ONE)

    def open_example(self) -> None:
        if self._may_replace():
            self.document.open_example(self.services.today())
            self.wizard.go_to(PageId.LOVED_ONE)

    def open_plan(self) -> None:
        if self._may_replace():
            path = dialogs.ask_open_path(self)
            if path is not None:
                self.open_path(path)

    def open_path(self, path: Path) -> bool:
        password = None
        while True:
            try:
                self._open(path, password)
                break
            except PasswordNeededError:
                message = _("“{name}” is protected. Type its password to open it.")
            except WrongPasswordError as error:
                if password is None:  # damaged, not locked: nothing a password can fix
                    return self._offer_backup(path, str(error))
                message = _("That password did not open “{name}”. Please try again.")
            except PlanFileError as error:
                return self._offer_backup(path, str(error))
            except PlanInUseError:
                return False
            password = dialogs.ask_password(self, message.format(name=path.name))
            if password is None:
                return False
        self._opened(path)
        return True

    def _open(self, path: Path, password: str | None) -> None:
        if password:  # unlocking takes about half a second, off the window's thread
            self.statusBar().showMessage(_("Opening…"), 3000)
        try:
            self.document.open(path, password=password)
        except PlanInUseError:
            if not dialogs.ask_read_only(self):
                raise
            self.document.open(path, read_only=True, password=password)

    def _offer_backup(self, path: Path, problem: str) -> bool:
        """Tell plainly what went wrong; offer the previous version if one was kept."""
        dialogs.show_problem(self, _("The plan could not be opened"), problem)
        backup = backup_path(path)
        if not backup.exists() or not dialogs.ask_open_backup(self, backup.name):
            return False
        if not self.open_path(backup):
            return False
        self.document.forget_path()  # a new, unsaved plan: the backup itself stays as it is
        return True

    def _opened(self, path: Path) -> None:
        self.settings.add_recent(path)
        for note in self.document.notes:
            dialogs.show_info(self, _("About this plan"), note)
        self.wizard.go_to(PageId.LOVED_ONE)

    def offer_recovery(self) -> None:
        """After a crash, offer the safety copies that were left behind."""
        for entry in self.document.orphaned_recoveries():
            when = short_date_and_time(entry.saved_at)
            if not dialogs.ask_restore(self, when):
                self.document.discard_recovery(entry)
            elif self._may_replace():
                password = None
                if entry.protected:
                    password = dialogs.ask_password(
                        self,
                        _("The safety copy is protected. Type the plan's password to restore it."),
                    )
                    if password is None:
                        continue
                try:
                    self.document.restore(entry, password)
                except PlanFileError as error:
                    dialogs.show_problem(self, _("The safety copy could not be opened"), str(error))
                    continue
                self.wizard.go_to(PageId.LOVED_ONE)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        return self._saving(self.document.save)

    def save_as(self) -> bool:
        _warm_up_save()
        path = dialogs.ask_save_path(self)
        if path is None:
            return False
        password = dialogs.ask_new_password(self)
        if password is None:
            return False
        return self._saving(lambda: self.document.save_as(path, password or None))

    def change_password(self) -> None:
        if self.document.path is None or self.document.read_only:
            self.save_as()
            return
        _warm_up_save()
        password = dialogs.ask_new_password(self)
        if password is not None:
            self._saving(lambda: self.document.change_password(password or None))

    def _saving(self, save: Callable[[], None]) -> bool:
        # A protected save derives its key for about half a second, off the window's thread.
        self.statusBar().showMessage(_("Saving…"))
        try:
            save()
        except PlanSaveError as error:
            self.statusBar().clearMessage()
            dialogs.show_problem(self, _("The plan was not saved"), str(error))
            return False
        self.settings.add_recent(self.document.path)
        self.statusBar().showMessage(_("Saved."), 5000)
        return True

    def export_invitations(self) -> None:
        from interventionplanner.output.invitations import (
            calendar_details,
            calendar_sequence,
            export_invitations,
        )
        from interventionplanner.output.templates import TemplateProblem

        folder = dialogs.ask_folder(self, _("Choose a folder for the invitations"))
        if folder is None:
            return
        try:
            written = export_invitations(
                self.document.plan,
                folder,
                self.services.user_templates,
                practice=_practice_of(self.document.plan),
            )
        except (TemplateProblem, OSError) as error:
            message = (
                str(error)
                if isinstance(error, TemplateProblem)
                else _("The invitations could not be written to that folder ({error}).").format(
                    error=error.strerror or ""
                )
            )
            dialogs.show_problem(self, _("The invitations were not saved"), message)
            return
        # What the calendar said is kept, so the next change to the meeting raises SEQUENCE
        # (nothing changes, and nothing is marked unsaved, if the calendar did not).
        plan = self.document.plan
        self.document.set("meeting/calendar_sequence", calendar_sequence(plan))
        self.document.set("meeting/calendar_details", calendar_details(plan))
        self.statusBar().showMessage(
            ngettext(
                "{count} file saved in {folder}.", "{count} files saved in {folder}.", len(written)
            ).format(count=len(written), folder=folder.name),
            8000,
        )

    # --- rehearsal -----------------------------------------------------------------------------

    def _open_rehearsal(self, window: QWidget) -> QWidget:
        """A full-screen rehearsal window; it is let go when it closes."""
        from PySide6.QtCore import Qt

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: self.rehearsals.discard(window))
        self.rehearsals.add(window)
        window.showFullScreen()
        return window

    def rehearse_letter(self, participant_id: str) -> QWidget:
        from interventionplanner.ui.prompter import PrompterWindow

        prompter = PrompterWindow(self.document, participant_id, self.settings)
        return self._open_rehearsal(prompter)

    def run_through(self) -> QWidget:
        from interventionplanner.ui.run_through import RunThroughWindow

        return self._open_rehearsal(RunThroughWindow(self.document, settings=self.settings))

    def role_play(self) -> QWidget:
        from interventionplanner.ui.role_play import RolePlayWindow

        return self._open_rehearsal(RolePlayWindow(self.document))

    def show_crisis_help(self) -> None:
        lines = crisis_lines(self.services.crisis_resources)
        dialogs.show_info(self, _("Help right now"), "\n\n".join(lines))

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._may_replace():
            event.ignore()
            return
        for window in list(self.rehearsals):
            window.close()
        self.document.close()
        self.settings.sync()
        event.accept()


def _practice_of(plan):
    """This user's practice profile, when the plan shows it on its papers."""
    if not plan.show_practice:
        return None
    from interventionplanner.storage.practice import practice_for

    return practice_for(plan)

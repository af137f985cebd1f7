"""Step: treatment and what-ifs. Where help is ready, what must be done before the day,
what to answer when they hesitate, and the chairperson's opening and closing words."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.domain.moments import suggested_admission
from interventionplanner.domain.plan import Objection, Prescription, Task
from interventionplanner.i18n import _
from interventionplanner.ui.column_fit import ColumnFitter
from interventionplanner.ui.pages.base import PlanPage, note_label
from interventionplanner.ui.row_fit import RowFitter
from interventionplanner.ui.services import Services
from interventionplanner.ui.treatment_models import Column, Kind, ListItemDelegate, ListTableModel
from interventionplanner.ui.when_edit import WhenEdit
from interventionplanner.ui.wrapped_label import WrappedLabel


class EditableTable(QTableView):
    """A table edited in place. F2, Enter or typing edits a cell, Space ticks a box, Insert
    adds a row and Delete removes one. Enter never goes further: Qt's default would pass it
    on to the wizard, whose default button (Next, or Save plan) would then fire as well."""

    addRequested = Signal()
    removeRequested = Signal()

    def __init__(self, model: ListTableModel, name: str, today=None) -> None:
        super().__init__()
        self.setModel(model)
        # One delegate per view: a delegate's editors report back to every view it serves.
        self.delegate = ListItemDelegate(model.document, today or date.today, self)
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.row_fitter = RowFitter(self)  # rows as tall as their words, a screenful at a time
        header = self.horizontalHeader()
        fitted = []
        for column, spec in enumerate(model.columns):
            if spec.kind is Kind.TEXT:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                fitted.append(column)
        self.column_fitter = ColumnFitter(self, fitted)  # measured when the words change

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        index = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (
                not editing
                and index.isValid()
                and index.flags() & Qt.ItemFlag.ItemIsEditable
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                self.edit(index)
            event.accept()
            return
        if not editing and key == Qt.Key.Key_Insert:
            self.addRequested.emit()
            event.accept()
            return
        if not editing and key == Qt.Key.Key_Delete:
            self.removeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = WrappedLabel(text)
    label.setBuddy(buddy)
    return label


def text_box(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    return edit


class TreatmentPage(PlanPage):
    # Its notes follow the substances and the chair's words; the driver list, the team.
    watches = ("treatment", "loved_one", "opening_words", "closing_words", "participants")

    def __init__(self, document, services: Services) -> None:
        for _slice in self._slices(document, services):
            pass

    def _slices(self, document, services: Services) -> Iterator[None]:
        """The build, a tab per slice (PlanPage.in_slices)."""
        super().__init__(document)
        self.services = services
        self.setSubTitle(
            _("Have help ready before the day, and a calm plan for whatever they answer.")
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Parts of this step"))
        self.tabs.addTab(self._treatment_tab(), _("&Treatment"))
        yield
        self.tabs.addTab(self._checklist_tab(), _("Check&list"))
        yield
        self.tabs.addTab(self._objections_tab(), _("If they sa&y…"))
        yield
        self.tabs.addTab(self._words_tab(), _("Openin&g and closing"))
        yield
        self.tabs.addTab(self._what_if_tab(), _("What-ifs"))
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.tabs)
        # Naming a centre or choosing a driver ticks its checklist item.
        document.changed.connect(self._tick_what_is_done)
        self.fields.update(
            driver_id=self.driver,
            prescriptions=self.prescriptions_view,
            tasks=self.tasks_view,
            objections=self.objections_view,
        )

    def focus_field(self, field: str | None) -> None:
        """Show the tab the field is on, then put the cursor in it."""
        widget = self.fields.get(field) if field else None
        if widget is not None:
            for tab in range(self.tabs.count()):
                if self.tabs.widget(tab).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(tab)
        super().focus_field(field)

    # --- building: treatment ---------------------------------------------------------------

    def _treatment_tab(self) -> QWidget:
        treatment = lambda: self.plan.treatment  # noqa: E731 (reads better than a def here)
        self.facility = QLineEdit()
        self.facility.setPlaceholderText(_("The treatment centre's name"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(_("The admissions desk"))
        self.admission_at = WhenEdit(lambda: suggested_admission(self.plan, self.services.today()))
        self.driver = QComboBox()
        self.driver.currentIndexChanged.connect(self._driver_chosen)
        for widget, field in (
            (self.facility, "facility"),
            (self.address, "address"),
            (self.phone, "phone"),
        ):
            self.bind_text(widget, treatment, field)
        self.bind_datetime(self.admission_at, treatment, "admission_at")
        self._loaders.append(self._load_driver)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_("Fac&ility:"), self.facility)
        form.addRow(_("A&ddress:"), self.address)
        form.addRow(_("Phon&e:"), self.phone)
        from interventionplanner.ui.centres import CentreChooser

        self.centre_chooser = CentreChooser(self)  # the practice's centres, if any
        self._loaders.append(self.centre_chooser.refresh)
        form.addRow("", self.centre_chooser)
        form.addRow(_("Ad&mission:"), self.admission_at)
        form.addRow(_("Dri&ver:"), self.driver)
        for widget, name in (
            (self.facility, _("Facility")),
            (self.address, _("Address")),
            (self.phone, _("Phone")),
            (self.admission_at, _("Admission date and time")),
            (self.driver, _("Driver")),
        ):
            widget.setAccessibleName(name)

        checks = QGroupBox(_("Ready for admission"))
        check_column = QVBoxLayout(checks)
        self.bed_confirmed = QCheckBox(_("The bed is confirmed for the day"))
        self.payment_settled = QCheckBox(_("Insurance or payment is settled"))
        self.pre_intake_done = QCheckBox(_("The centre's pre-intake questions are answered"))
        self.supervised_withdrawal = QCheckBox(_("Medically supervised withdrawal is arranged"))
        self.bag_packed = QCheckBox(_("A bag is packed to the centre's rules"))
        self.supervision_note = note_label(flag=True)
        self.supervision_note.setAccessibleName(_("Medical safety note"))
        for check, field in (
            (self.bed_confirmed, "bed_confirmed"),
            (self.payment_settled, "payment_settled"),
            (self.pre_intake_done, "pre_intake_done"),
            (self.supervised_withdrawal, "supervised_withdrawal_arranged"),
            (self.bag_packed, "bag_packed"),
        ):
            self.bind_check(check, treatment, field)
            check_column.addWidget(check)
            if check is self.supervised_withdrawal:
                check_column.addWidget(self.supervision_note)

        self.travel_notes = text_box(_("Travel notes"))
        self.travel_notes.setPlaceholderText(
            _("How long the drive is, when to leave, what to bring, who to call if late")
        )
        self.bind_text(self.travel_notes, treatment, "travel_notes")

        self.prescriptions_model = ListTableModel(
            self.document,
            "treatment/prescriptions",
            [
                Column(_("Medicine"), "drug"),
                Column(
                    _("Dose"),
                    "dose",
                    tooltip=_("The dose as it is written on the label, word for word."),
                ),
                Column(_("Prescriber"), "prescriber"),
            ],
            Prescription,
            self,
        )
        self.prescriptions_view = EditableTable(
            self.prescriptions_model, _("Current prescriptions"), self.services.today
        )
        self.add_prescription_button = QPushButton(_("Add a prescription"))
        self.remove_prescription_button = QPushButton(_("Remove prescription"))
        prescriptions = self._table_with_buttons(
            self.prescriptions_view,
            self.add_prescription_button,
            self.remove_prescription_button,
        )
        prescriptions_label = buddy_label(
            _("C&urrent prescriptions (medicine, dose, prescriber):"),
            self.prescriptions_view,
        )
        self.prescriptions_note = note_label(
            _(
                "This list is for the treatment team, so they know everything being taken. "
                "The app never gives advice about doses; only a doctor can."
            )
        )

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(checks)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(buddy_label(_("T&ravel notes:"), self.travel_notes))
        right.addWidget(self.travel_notes, 1)
        right.addWidget(prescriptions_label)
        right.addLayout(prescriptions, 2)
        right.addWidget(self.prescriptions_note)
        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.reflow(columns)
        return tab

    def _table_with_buttons(
        self, view: EditableTable, add: QPushButton, remove: QPushButton, *more: QPushButton
    ) -> QVBoxLayout:
        model = view.model()
        add.setToolTip(_("Adds a row. In the table, the Insert key does the same."))
        remove.setToolTip(_("Removes the chosen row. In the table, Delete does the same."))
        add.clicked.connect(lambda: self._add_row(view))
        remove.clicked.connect(lambda: self._remove_row(view))
        view.addRequested.connect(lambda: self._add_row(view))
        view.removeRequested.connect(lambda: self._remove_row(view))

        def update() -> None:
            remove.setEnabled(view.currentIndex().isValid())

        view.selectionModel().currentChanged.connect(update)
        model.modelReset.connect(update)
        model.rowsRemoved.connect(update)
        update()
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        for button in more:
            buttons.addWidget(button)
        column = QVBoxLayout()
        column.addWidget(view, 1)
        column.addLayout(buttons)
        return column

    def _add_row(self, view: EditableTable, item=None) -> None:
        model = view.model()
        row = model.add(item)
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _remove_row(self, view: EditableTable) -> None:
        model = view.model()
        row = view.currentIndex().row()
        column = max(0, view.currentIndex().column())
        if row < 0:
            return
        model.remove(row)
        if model.rowCount():
            view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), column))
        view.setFocus()

    # --- building: checklist ---------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        self.tasks_model = ListTableModel(
            self.document,
            "tasks",
            [
                Column(_("To do"), "item"),
                Column(_("Who"), "owner_id", Kind.OWNER),
                Column(_("By when"), "due", Kind.DATE, _("Delete clears the date.")),
                Column(_("Done"), "done", Kind.CHECK),
            ],
            Task,
            self,
        )
        self.tasks_view = EditableTable(self.tasks_model, _("Checklist"), self.services.today)
        self.add_task_button = QPushButton(_("Add a task"))
        self.remove_task_button = QPushButton(_("Remove task"))
        self.suggested_tasks_button = QPushButton(_("&Add the suggested items"))
        self.suggested_tasks_button.setToolTip(
            _("Adds the usual things to have ready that are not on the list yet.")
        )
        self.suggested_tasks_button.clicked.connect(self.add_suggested_tasks)
        table = self._table_with_buttons(
            self.tasks_view,
            self.add_task_button,
            self.remove_task_button,
            self.suggested_tasks_button,
        )
        hint = note_label(
            _(
                "Give each job to one person. In the table, F2 or typing changes a cell and "
                "Space ticks a job done."
            )
        )
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(
            buddy_label(_("Things to have ready, and &who sees to each:"), self.tasks_view)
        )
        column.addWidget(hint)
        column.addLayout(table, 1)
        return tab

    def add_suggested_tasks(self) -> None:
        from interventionplanner.storage.defaults import default_tasks

        self._add_suggested(self.tasks_view, copy.deepcopy(list(default_tasks())), "item")

    def _add_suggested(self, view: EditableTable, items: list, attribute: str) -> None:
        model = view.model()
        first = model.rowCount()
        if model.add_missing(items, attribute):
            view.setCurrentIndex(model.index(first, 0))
            view.scrollTo(view.currentIndex())

    # --- building: objections and after the meeting ----------------------------------------

    def _objections_tab(self) -> QWidget:
        self.objections_model = ListTableModel(
            self.document,
            "objections",
            [
                Column(_("If they say"), "objection"),
                Column(_("We can answer"), "answer"),
                Column(
                    _("Needs work"),
                    "needs_work",
                    Kind.CHECK,
                    _("Marked in a role-play rehearsal: this answer needs more work."),
                    (_("needs work"), _("answer ready")),
                ),
                Column(_("Who answers"), "responder_id", Kind.OWNER),
            ],
            Objection,
            self,
        )
        self.objections_view = EditableTable(
            self.objections_model, _("Likely objections and answers"), self.services.today
        )
        self.add_objection_button = QPushButton(_("Add an objection"))
        self.remove_objection_button = QPushButton(_("Remove objection"))
        self.suggested_objections_button = QPushButton(_("Add the common ones"))
        self.suggested_objections_button.setToolTip(
            _(
                "Adds objections families often hear (work, children, pets, money), with "
                "suggested answers to make your own: fill in each [blank]."
            )
        )
        self.suggested_objections_button.clicked.connect(self.add_suggested_objections)
        table = self._table_with_buttons(
            self.objections_view,
            self.add_objection_button,
            self.remove_objection_button,
            self.suggested_objections_button,
        )
        hint = note_label(
            _(
                "Work, children, pets, money: have a short, kind answer ready for each, so "
                "nobody has to argue on the day."
            )
        )

        self.if_yes = text_box(_("If they say yes"))
        self.if_no = text_box(_("If they say no"))
        self.bind_text(self.if_yes, lambda: self.plan, "if_yes")
        self.bind_text(self.if_no, lambda: self.plan, "if_no")
        yes = QVBoxLayout()
        yes.addWidget(buddy_label(_("If they say yes, what happens ne&xt:"), self.if_yes))
        yes.addWidget(
            note_label(
                _(
                    "Admission within hours: who drives, who goes with them, and who stays "
                    "until they are settled."
                )
            )
        )
        yes.addWidget(self.if_yes, 1)
        no = QVBoxLayout()
        no.addWidget(buddy_label(_("If they say no, what you will all &keep to:"), self.if_no))
        no.addWidget(
            note_label(
                _(
                    "Hold the boundaries you agreed, together; no flood of calls or texts; "
                    "and when the team will meet again."
                )
            )
        )
        no.addWidget(self.if_no, 1)
        after = QHBoxLayout()
        after.addLayout(yes, 1)
        after.addLayout(no, 1)

        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(
            buddy_label(_("Likely ob&jections, with calm answers:"), self.objections_view)
        )
        column.addWidget(hint)
        column.addLayout(table, 3)
        column.addLayout(after, 2)
        self.reflow(after)
        return tab

    def add_suggested_objections(self) -> None:
        from interventionplanner.storage.defaults import default_objections

        self._add_suggested(
            self.objections_view, copy.deepcopy(list(default_objections())), "objection"
        )

    # --- building: what if they walk out, or arrive impaired --------------------------------

    def _what_if_tab(self) -> QWidget:
        self.follower = QComboBox()
        self.follower.setAccessibleName(_("Who follows if they walk out"))
        self.follower.currentIndexChanged.connect(self._follower_chosen)
        self._loaders.append(self._load_follower)
        self.if_walks_out = text_box(_("If they walk out"))
        self.if_impaired = text_box(_("If they arrive under the influence"))
        self.bind_text(self.if_walks_out, lambda: self.plan, "if_walks_out")
        self.bind_text(self.if_impaired, lambda: self.plan, "if_impaired")
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(buddy_label(_("Who follows them if they walk out:"), self.follower))
        column.addWidget(self.follower)
        column.addWidget(
            buddy_label(
                _("What that person will say, and what everyone else does:"),
                self.if_walks_out,
            )
        )
        column.addWidget(
            note_label(
                _(
                    "One person follows, calmly, and asks them to come back to hear the rest. "
                    "Nobody blocks a door."
                )
            )
        )
        column.addWidget(self.if_walks_out, 1)
        column.addWidget(
            buddy_label(_("If they arrive drunk or high, what happens:"), self.if_impaired)
        )
        column.addWidget(
            note_label(
                _(
                    "Most families postpone: letters cannot reach someone who cannot take them "
                    "in. If they are hard to wake or breathing slowly, call {number}."
                ).format(number=self.services.catalogue.number("emergency"))
            )
        )
        column.addWidget(self.if_impaired, 1)
        return tab

    def _load_follower(self) -> None:
        with QSignalBlocker(self.follower):
            self.follower.clear()
            self.follower.addItem(_("(not chosen yet)"), None)
            for person in self.plan.participants:
                self.follower.addItem(person.name or _("(no name)"), person.id)
            chosen = self.plan.walk_out_follower_id
            self.follower.setCurrentIndex(max(0, self.follower.findData(chosen)) if chosen else 0)

    def _follower_chosen(self) -> None:
        self._store(lambda: self.plan, "walk_out_follower_id", self.follower.currentData())

    # --- building: opening and closing -----------------------------------------------------

    def _words_tab(self) -> QWidget:
        self.opening_words = text_box(_("Opening words"))
        self.closing_words = text_box(_("Closing words"))
        self.opening_button = QPushButton(_("Start from a suggested wording"))
        self.closing_button = QPushButton(_("Start from a suggested wording"))
        self.opening_button.setAccessibleName(_("Start the opening from a suggestion"))
        self.closing_button.setAccessibleName(_("Start the closing from a suggestion"))
        self.opening_problem = note_label(flag=True)
        self.closing_problem = note_label(flag=True)
        self.opening_problem.setAccessibleName(_("Opening words note"))
        self.closing_problem.setAccessibleName(_("Closing words note"))
        # field -> (box, button, note)
        self.words = {
            "opening_words": (self.opening_words, self.opening_button, self.opening_problem),
            "closing_words": (self.closing_words, self.closing_button, self.closing_problem),
        }
        texts = {
            "opening_words": (
                _("&Opening words:"),
                _(
                    "The chairperson says these before the first letter: thanks for coming, "
                    "why everyone is here, and a request to listen until the end."
                ),
            ),
            "closing_words": (
                _("&Closing words:"),
                _(
                    "Said after the last letter: the help that is ready today, and one clear, "
                    "kind question."
                ),
            ),
        }
        tab = QWidget()
        columns = QHBoxLayout(tab)
        for field, (box, button, problem) in self.words.items():
            self.bind_text(box, lambda: self.plan, field)
            button.clicked.connect(lambda _=False, f=field: self.suggest_words(f))
            problem.hide()
            heading, help_text = texts[field]
            column = QVBoxLayout()
            column.addWidget(buddy_label(heading, box))
            column.addWidget(note_label(help_text))
            column.addWidget(box, 1)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
            column.addWidget(problem)
            columns.addLayout(column, 1)
        self.reflow(columns)
        return tab

    def suggest_words(self, field: str) -> None:
        """Fill an empty box with a suggested wording; a box with words in it is left alone."""
        from interventionplanner.output import chair_words
        from interventionplanner.output.templates import TemplateProblem

        box, _button, problem = self.words[field]
        if box.toPlainText().strip():
            return
        make = chair_words.opening_words if field == "opening_words" else chair_words.closing_words
        try:
            text = make(self.plan, self.services.user_templates)
        except TemplateProblem as error:
            problem.setText(str(error))
            problem.show()
            return
        problem.hide()
        box.setFocus()
        cursor = box.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text.strip())  # through the cursor, so Ctrl+Z takes it back
        box.setTextCursor(cursor)

    # --- the team and the plan -------------------------------------------------------------

    def _load_driver(self) -> None:
        with QSignalBlocker(self.driver):
            self.driver.clear()
            self.driver.addItem(_("(not chosen yet)"), None)
            for person in self.plan.participants:
                self.driver.addItem(person.name or _("(no name)"), person.id)
            driver_id = self.plan.treatment.driver_id
            self.driver.setCurrentIndex(max(0, self.driver.findData(driver_id)) if driver_id else 0)

    def _driver_chosen(self) -> None:
        self._store(lambda: self.plan.treatment, "driver_id", self.driver.currentData())

    def _tick_what_is_done(self, change) -> None:
        """The plan may now show a checklist item done: tick it (the file keeps the tick)."""
        from interventionplanner.domain.checklist import shown_done
        from interventionplanner.storage.defaults import task_links

        if change.touches("tasks"):
            return  # a tick made (or taken off) by hand stays as the family left it
        if change.paths and all("/letter/" in path for path in change.paths):
            return  # no checklist item follows from a letter (and letters change at every key)
        links = task_links()
        due = [
            i
            for i, t in enumerate(self.plan.tasks)
            if not t.done and shown_done(self.plan, t, links)
        ]
        if due:
            self.document.update(
                [f"tasks/{i}/done" for i in due],
                lambda plan: [setattr(plan.tasks[i], "done", True) for i in due],
            )

    def load(self) -> None:
        """A different plan is open: read every table again, then every input."""
        for model in (self.prescriptions_model, self.tasks_model, self.objections_model):
            model.reload()
        for _box, _button, problem in self.words.values():
            problem.hide()
        super().load()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The team or the substances may have changed on an earlier step."""
        super().showEvent(event)
        if not event.spontaneous():
            self._load_driver()
            self._load_follower()
            self.tasks_model.repaint_people()
            self.refresh()

    def refresh(self) -> None:
        notes = []
        for substance in self.services.catalogue.needing_supervision(
            self.plan.loved_one.substances
        ):
            fact = substance.key_fact
            source = _(" (Source: {source}.)").format(source=fact.short_source) if fact else ""
            notes.append(f"{substance.name}: {substance.supervision_reason}{source}")
        if notes:
            notes.append(
                _("Please confirm with the centre that withdrawal will be medically supervised.")
            )
        self.supervision_note.setText("\n".join(notes))
        self.supervision_note.setVisible(bool(notes))
        self.supervised_withdrawal.setAccessibleDescription(
            self.supervision_note.text() if notes else ""
        )
        for field, (_box, button, problem) in self.words.items():
            has_words = bool(getattr(self.plan, field).strip())
            button.setEnabled(not has_words)
            button.setToolTip(
                _("There are words in the box already. Empty it to start from a suggestion.")
                if has_words
                else _("Fills the empty box with a wording you can change.")
            )
            if has_words:
                problem.hide()

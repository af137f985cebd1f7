"""Step 6: who speaks when, where everyone sits, and how long it all takes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from interventionplanner.domain.display import meeting_total
from interventionplanner.domain.order import apply_suggestion, suggest_order
from interventionplanner.domain.plan import Role
from interventionplanner.domain.team import will_be_in_the_room
from interventionplanner.domain.timeline import total_seconds
from interventionplanner.i18n import _
from interventionplanner.ui import dialogs
from interventionplanner.ui.order_models import (
    PeopleOrderModel,
    SeatingModel,
    SpeakerOrderModel,
    TimelineModel,
)
from interventionplanner.ui.pages.base import PlanPage, note_label
from interventionplanner.ui.views import fit_columns


class ReorderableList(QListView):
    """A list the family reorders by dragging, or with Ctrl+Up and Ctrl+Down.

    The keys are handled here rather than as shortcuts, because a list view claims
    Ctrl+arrows for itself (moving the cursor without selecting)."""

    moveRequested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.moveRequested.emit(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


def order_view(model: PeopleOrderModel, name: str) -> ReorderableList:
    view = ReorderableList()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


class OrderPage(PlanPage):
    runThroughRequested = Signal()
    rolePlayRequested = Signal()
    # The timeline depends on who reads, in what order, at what pace, and the chair's words.
    watches = (
        "participants",
        "speaker_order",
        "closer_id",
        "seating",
        "opening_words",
        "closing_words",
        "reading_rate_wpm",
        "meeting",
    )

    def __init__(self, document) -> None:
        super().__init__(document)
        self.setSubTitle(
            _(
                "Who reads when, and where everyone sits. Drag to change the "
                "order, or use Ctrl+Up and Ctrl+Down."
            )
        )
        self.speakers = SpeakerOrderModel(document)
        self.speaker_view = order_view(self.speakers, _("Speaking order"))
        self.up_button = QPushButton(_("Move &up"))
        self.down_button = QPushButton(_("Move &down"))
        self.chair_button = QPushButton(_("Make &chairperson"))
        self.closer_button = QPushButton(_("Make the c&loser"))
        self.suggest_button = QPushButton(_("&Suggest an order…"))
        self.up_button.clicked.connect(lambda: self._move(self.speaker_view, -1))
        self.down_button.clicked.connect(lambda: self._move(self.speaker_view, +1))
        self.chair_button.clicked.connect(self.make_chairperson)
        self.closer_button.clicked.connect(self.make_closer)
        self.suggest_button.clicked.connect(self.suggest)

        self.seats = SeatingModel(document)
        self.seating_view = order_view(self.seats, _("Seating"))
        self.seat_everyone_button = QPushButton(_("Seat everyone &who is coming"))
        self.unseat_button = QPushButton(_("&Remove from seating"))
        self.seat_everyone_button.clicked.connect(self.seat_everyone)
        self.unseat_button.clicked.connect(self.unseat)
        for view in (self.speaker_view, self.seating_view):
            view.moveRequested.connect(lambda step, v=view: self._move(v, step))

        self.run_through_button = QPushButton(_("Run through the &meeting…"))
        self.role_play_button = QPushButton(_("Practise the ob&jections…"))
        self.run_through_button.clicked.connect(self.runThroughRequested)
        self.role_play_button.clicked.connect(self.rolePlayRequested)
        self.timeline = TimelineModel(document)
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setAccessibleName(_("Timeline of the meeting"))
        self.timeline_view.setTabKeyNavigation(False)
        self.timeline_view.verticalHeader().hide()
        fit_columns(self.timeline_view, stretch=(self.timeline.COL_WHO, self.timeline.COL_WHAT))
        self.total = note_label()
        self.total.setAccessibleName(_("Total time"))
        self.long_note = note_label(flag=True)

        self._build_layout()

    def _build_layout(self) -> None:
        order_heading = QLabel(_("Speaking &order:"))
        order_heading.setBuddy(self.speaker_view)
        seating_heading = QLabel(_("S&eating, clockwise from your loved one's left:"))
        seating_heading.setBuddy(self.seating_view)
        timeline_heading = QLabel(_("&Timeline:"))
        timeline_heading.setBuddy(self.timeline_view)
        order_buttons = QGridLayout()
        for i, button in enumerate(
            (self.up_button, self.down_button, self.chair_button, self.closer_button)
        ):
            order_buttons.addWidget(button, i // 2, i % 2)
        order_buttons.addWidget(self.suggest_button, 2, 0, 1, 2)
        seat_buttons = QHBoxLayout()
        seat_buttons.addWidget(self.seat_everyone_button)
        seat_buttons.addWidget(self.unseat_button)

        left = QVBoxLayout()
        left.addWidget(order_heading)
        left.addWidget(self.speaker_view, 2)
        left.addLayout(order_buttons)
        left.addWidget(seating_heading)
        left.addWidget(self.seating_view, 1)
        left.addLayout(seat_buttons)
        right = QVBoxLayout()
        right.addWidget(timeline_heading)
        right.addWidget(self.timeline_view, 1)
        right.addWidget(self.total)
        right.addWidget(self.long_note)
        rehearse = QHBoxLayout()
        rehearse.addWidget(self.run_through_button)
        rehearse.addWidget(self.role_play_button)
        right.addLayout(rehearse)
        columns = QHBoxLayout(self.body)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.reflow(columns)

    # --- keeping in step with the plan ---------------------------------------------------

    def load(self) -> None:
        for model in (self.speakers, self.seats):
            model.reload()
        self.refresh()

    def plan_changed(self, change) -> None:
        self.load()

    def refresh(self) -> None:
        self.timeline.reload()
        entries = self.timeline.entries
        needed, planned = total_seconds(entries), self.plan.meeting.length_minutes * 60
        self.total.setText(meeting_total(needed, self.plan.meeting.length_minutes))
        long = planned > 0 and needed > planned
        self.long_note.setText(
            _(
                "This runs longer than planned. You could plan more time, or ask writers to "
                "keep only the moments that matter most."
            )
            if long
            else ""
        )
        self.long_note.setVisible(long)

    # --- actions -------------------------------------------------------------------------

    def _move(self, view: QListView, step: int) -> None:
        row = view.currentIndex().row()
        if row < 0 or self.document.read_only:
            return
        model: PeopleOrderModel = view.model()
        model.move(row, row + step)
        view.setCurrentIndex(model.index(max(0, min(row + step, model.rowCount() - 1)), 0))

    def _chosen(self):
        row = self.speaker_view.currentIndex().row()
        return self.speakers.people[row] if 0 <= row < len(self.speakers.people) else None

    def make_chairperson(self) -> None:
        person = self._chosen()
        if person is None:
            return

        def one_chairperson(plan) -> None:
            for other in plan.participants:
                if other is not person and Role.CHAIRPERSON in other.roles:
                    other.roles.remove(Role.CHAIRPERSON)
            if Role.CHAIRPERSON not in person.roles:
                person.roles.insert(0, Role.CHAIRPERSON)

        self.document.update(
            [f"participants/{p.id}/roles" for p in self.plan.participants], one_chairperson
        )

    def make_closer(self) -> None:
        person = self._chosen()
        if person is not None:
            self.document.set("closer_id", person.id)
            self.speaker_view.setCurrentIndex(self.speakers.index(self.speakers.rowCount() - 1))

    def suggest(self) -> None:
        suggestion = suggest_order(self.plan)
        names = [self.plan.participant(pid).name for pid in suggestion.order]
        if dialogs.ask_accept_order(self, names, suggestion.reasons):
            self.document.update(
                ("speaker_order", "closer_id"), lambda plan: apply_suggestion(plan, suggestion)
            )

    def seat_everyone(self) -> None:
        seated = set(self.plan.seating)
        coming = [
            p.id for p in self.plan.participants if p.id not in seated and will_be_in_the_room(p)
        ]
        if coming:
            self.document.set("seating", [*self.plan.seating, *coming])

    def unseat(self) -> None:
        row = self.seating_view.currentIndex().row()
        if 0 <= row < len(self.plan.seating):
            self.document.set("seating", [*self.plan.seating[:row], *self.plan.seating[row + 1 :]])

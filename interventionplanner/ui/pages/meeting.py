"""Step 3: the kind of meeting, when and where, and the rehearsal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from interventionplanner.domain.moments import suggested_meeting, suggested_rehearsal
from interventionplanner.domain.plan import MeetingStyle, local_time_zone
from interventionplanner.i18n import _
from interventionplanner.ui.pages.base import PlanPage, note_label
from interventionplanner.ui.when_edit import WhenEdit


class MeetingPage(PlanPage):
    watches = ("meeting",)

    def __init__(self, document, today=date.today) -> None:
        for _slice in self._slices(document, today):
            pass

    def _slices(self, document, today=date.today) -> Iterator[None]:
        """The build (PlanPage.in_slices). This computer's time zone and the list of every
        zone, read the first time in the process (10-15 ms each), have slices of their own."""
        super().__init__(document)
        self._today = today
        self.setSubTitle(_("How, when and where you will meet, and when you will rehearse."))
        meeting = lambda: self.plan.meeting  # noqa: E731

        self.invitational = QRadioButton(_("&Invitational: your loved one is invited"))
        self.surprise = QRadioButton(_("S&urprise: your loved one does not know yet"))
        self.style_group = QButtonGroup(self)
        self.style_group.addButton(self.invitational)
        self.style_group.addButton(self.surprise)
        self.invitational.toggled.connect(lambda on: self._set_style(on, MeetingStyle.INVITATIONAL))
        self.surprise.toggled.connect(lambda on: self._set_style(on, MeetingStyle.SURPRISE))
        self._loaders.append(self._load_style)
        style_help = note_label(
            _(
                "Invitational meetings are open: your loved one is asked to come, and nothing is "
                "kept secret. Many families find this gentler, and research supports it. A "
                "surprise meeting keeps the plan private until the day; some families choose it "
                "when an open invitation feels impossible. Both can be done with love."
            )
        )

        self.starts_at = WhenEdit(lambda: suggested_meeting(self.plan, self._today()))
        self.past_flag = note_label(flag=True)
        self.past_flag.setAccessibleName(_("Date note"))
        self.length = QSpinBox()
        self.length.setRange(15, 480)
        self.length.setSingleStep(15)
        self.length.setSuffix(_(" minutes"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(_("A private, calm place, often not their home"))
        self.address = QLineEdit()
        self.arrival = QLineEdit()
        self.arrival.setPlaceholderText(_("Who brings them, and how"))
        self.time_zone = QLineEdit()
        yield
        self.time_zone.setPlaceholderText(local_time_zone())
        yield
        self.time_zone.setCompleter(_zone_completer(self.time_zone))
        self.zone_flag = note_label(flag=True)
        self.zone_flag.setAccessibleName(_("Time zone note"))
        self.gather = QSpinBox()
        self.gather.setRange(0, 240)
        self.gather.setSingleStep(15)
        self.gather.setSuffix(_(" minutes before"))
        self.gather.setSpecialValueText(_("Not planned yet"))
        self.gather_place = QLineEdit()
        # A short placeholder that fits at twice the text size; the why is in the tooltip.
        self.gather_place.setPlaceholderText(_("Nearby, out of sight"))
        self.gather_place.setToolTip(
            _("Somewhere nearby, out of sight, so everyone walks in together")
        )
        self.rehearsal_at = WhenEdit(lambda: suggested_rehearsal(self.plan, self._today()))
        self.rehearsal_place = QLineEdit()
        self.bind_datetime(self.starts_at, meeting, "starts_at")
        self.bind_number(self.length, meeting, "length_minutes")
        self.bind_text(self.time_zone, meeting, "time_zone")
        self.bind_number(self.gather, meeting, "gather_minutes_before")
        self.bind_text(self.gather_place, meeting, "gather_place")
        self.bind_datetime(self.rehearsal_at, meeting, "rehearsal_at")
        for widget, field in (
            (self.place, "place"),
            (self.address, "address"),
            (self.arrival, "arrival"),
            (self.rehearsal_place, "rehearsal_place"),
        ):
            self.bind_text(widget, meeting, field)

        when = QHBoxLayout()
        when.addWidget(self.starts_at)
        when.addWidget(self.past_flag, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_("&Date and time:"), when)
        form.labelForField(when).setBuddy(self.starts_at)
        zone = QHBoxLayout()
        zone.addWidget(self.time_zone)
        zone.addWidget(self.zone_flag, 1)
        form.addRow(_("Time &zone:"), zone)
        form.labelForField(zone).setBuddy(self.time_zone)
        form.addRow(_("Expected &length:"), self.length)
        form.addRow(_("Team &gathers:"), self.gather)
        form.addRow(_("&Where the team gathers:"), self.gather_place)
        form.addRow(_("Pl&ace:"), self.place)
        form.addRow(_("Addr&ess:"), self.address)
        form.addRow(_("How they will a&rrive:"), self.arrival)
        form.addRow(_("Rehearsal date and &time:"), self.rehearsal_at)
        form.addRow(_("Rehearsal pla&ce:"), self.rehearsal_place)

        layout = QVBoxLayout(self.body)
        layout.addWidget(self.invitational)
        layout.addWidget(self.surprise)
        layout.addWidget(style_help)
        layout.addLayout(form)
        layout.addStretch(1)

    def _load_style(self) -> None:
        button = (
            self.surprise
            if self.plan.meeting.style is MeetingStyle.SURPRISE
            else (self.invitational)
        )
        for each in (self.invitational, self.surprise):
            each.blockSignals(True)
        button.setChecked(True)
        for each in (self.invitational, self.surprise):
            each.blockSignals(False)

    def _set_style(self, on: bool, style: MeetingStyle) -> None:
        if on:
            self._store(lambda: self.plan.meeting, "style", style)

    def refresh(self) -> None:
        from interventionplanner.storage.planfile import known_time_zone

        starts = self.plan.meeting.starts_at
        past = starts is not None and starts.date() < self._today()
        self.past_flag.setText(_("This date has already passed.") if past else "")
        self.past_flag.setVisible(past)
        unknown = not known_time_zone(self.plan.meeting.time_zone)
        self.zone_flag.setText(
            _(
                "Not a time zone this computer knows. Choose one from the list, like "
                "America/New_York; until then the calendar uses {zone}."
            ).format(zone=local_time_zone())
            if unknown
            else ""
        )
        self.zone_flag.setVisible(unknown)


def _zone_completer(parent) -> QCompleter:
    """Every IANA zone name, matched anywhere in the name: "york" finds America/New_York."""
    from zoneinfo import available_timezones

    from PySide6.QtCore import Qt

    completer = QCompleter(sorted(available_timezones()), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer

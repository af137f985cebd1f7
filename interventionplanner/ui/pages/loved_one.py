"""Step 2: who the meeting is for, what they use, and what makes it riskier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
)

from interventionplanner.domain.plan import MAX_AGE, MIN_AGE, RiskFlag
from interventionplanner.domain.substances import Catalogue
from interventionplanner.i18n import _
from interventionplanner.ui.pages.base import PlanPage, note_label

SUBSTANCE_ID = Qt.ItemDataRole.UserRole + 1


class LovedOnePage(PlanPage):
    watches = ("loved_one",)

    def __init__(self, document, catalogue: Catalogue) -> None:
        super().__init__(document)
        self.catalogue = catalogue
        self.setSubTitle(_("A few words about the person this meeting is for."))
        person = lambda: self.plan.loved_one  # noqa: E731 (reads better than a def here)

        self.name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(_("What the family calls them"))
        self.pronouns = QLineEdit()
        self.pronouns.setPlaceholderText(_("she/her, he/him, they/them…"))
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(_("for example: about two years"))
        self.other_substances = QLineEdit()
        self.prescribed = QCheckBox(_("It began with a pres&cription"))
        for widget, field in (
            (self.name, "name"),
            (self.preferred_name, "preferred_name"),
            (self.pronouns, "pronouns"),
            (self.duration, "duration"),
            (self.other_substances, "other_substances"),
        ):
            self.bind_text(widget, person, field)
        self.bind_check(self.prescribed, person, "prescribed")
        self.age = self._age_box()

        form = QFormLayout()
        form.addRow(_("Na&me:"), self.name)
        form.addRow(_("P&referred name:"), self.preferred_name)
        form.addRow(_("Pron&ouns:"), self.pronouns)
        form.addRow(_("A&ge:"), self.age)
        form.addRow(_("How &long:"), self.duration)
        form.addRow("", self.prescribed)

        layout = QVBoxLayout(self.body)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self._risk_box())
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(self._substance_column(), 1)
        layout.addLayout(columns)

    def _age_box(self) -> QSpinBox:
        """Whole years; its lowest value reads "Not given" and stands for no age."""
        box = QSpinBox()
        box.setRange(MIN_AGE - 1, MAX_AGE)  # the lowest value reads "Not given"
        box.setSpecialValueText(_("Not given"))
        box.setSuffix(_(" years"))
        box.setAccessibleName(_("Age"))
        box.setToolTip(_("Optional: the treatment centre will ask."))
        person = lambda: self.plan.loved_one  # noqa: E731
        box.valueChanged.connect(
            lambda value: self._store(person, "age", value if value >= MIN_AGE else None)
        )
        self._on_load(box, lambda: box.setValue(person().age or box.minimum()), "age")
        return box

    # --- substances ----------------------------------------------------------------------

    def _substance_column(self) -> QVBoxLayout:
        self.substance_model = QStandardItemModel(self)
        for group_id, group_name in self.catalogue.groups.items():
            group = QStandardItem(group_name)
            group.setEditable(False)
            group.setSelectable(False)
            for substance in self.catalogue.substances:
                if substance.group == group_id:
                    item = QStandardItem(substance.label)
                    item.setEditable(False)
                    item.setCheckable(True)
                    item.setData(substance.id, SUBSTANCE_ID)
                    group.appendRow(item)
            if group.rowCount():
                self.substance_model.appendRow(group)
        self.substance_view = QTreeView()
        self.substance_view.setModel(self.substance_model)
        self.substance_view.setHeaderHidden(True)
        self.substance_view.expandAll()
        self.substance_view.setAccessibleName(_("Substances"))
        self.substance_model.itemChanged.connect(self._substances_changed)

        label = note_label(_("S&ubstances (tick all that apply; Space ticks):"))
        label.setBuddy(self.substance_view)
        label.setTextFormat(Qt.TextFormat.AutoText)
        self.other_label = note_label(_("O&ther substances:"))
        self.other_label.setBuddy(self.other_substances)
        self.other_label.setTextFormat(Qt.TextFormat.AutoText)
        self.supervision_note = note_label(flag=True)
        self.supervision_note.setAccessibleName(_("Medical safety note"))

        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.substance_view, 1)
        column.addWidget(self.other_label)
        column.addWidget(self.other_substances)
        column.addWidget(self.supervision_note)
        self._loaders.append(self._load_substances)
        return column

    def _substance_items(self):
        for row in range(self.substance_model.rowCount()):
            group = self.substance_model.item(row)
            for child in range(group.rowCount()):
                yield group.child(child)

    def _load_substances(self) -> None:
        chosen = set(self.plan.loved_one.substances)
        self._loading = True
        for item in self._substance_items():
            checked = item.data(SUBSTANCE_ID) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._loading = False

    def _substances_changed(self, _item: QStandardItem) -> None:
        if getattr(self, "_loading", False):
            return
        chosen = [
            item.data(SUBSTANCE_ID)
            for item in self._substance_items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        self._store(lambda: self.plan.loved_one, "substances", chosen)
        several = self.risk_boxes[RiskFlag.SEVERAL_SUBSTANCES]
        if len(chosen) >= 2 and not several.isChecked():
            several.setChecked(True)  # two or more chosen: "several substances" is a fact

    # --- risks ---------------------------------------------------------------------------

    def _risk_box(self) -> QGroupBox:
        box = QGroupBox(_("Anything that makes the meeting riskier?"))
        labels = {
            RiskFlag.VIOLENCE: _("They have been &violent, or threatened it"),
            RiskFlag.SELF_HARM: _("They have harmed themself, or talked of su&icide"),
            RiskFlag.SERIOUS_MENTAL_ILLNESS: _("They live &with a serious mental illness"),
            RiskFlag.SEVERAL_SUBSTANCES: _("They use several substances &at once"),
        }
        layout = QVBoxLayout(box)
        self.risk_boxes: dict[RiskFlag, QCheckBox] = {}
        for flag, text in labels.items():
            check = QCheckBox(text)
            check.toggled.connect(lambda on, f=flag: self._risk_toggled(f, on))
            self.risk_boxes[flag] = check
            layout.addWidget(check)
        self.risk_note = note_label(flag=True)
        self.risk_note.setAccessibleName(_("Risk note"))
        layout.addWidget(self.risk_note)
        self._loaders.append(self._load_risks)
        return box

    def _load_risks(self) -> None:
        for flag, check in self.risk_boxes.items():
            check.blockSignals(True)
            check.setChecked(flag in self.plan.loved_one.risk_flags)
            check.blockSignals(False)

    def _risk_toggled(self, flag: RiskFlag, on: bool) -> None:
        flags = [
            f
            for f in RiskFlag
            if (f == flag and on) or (f != flag and f in self.plan.loved_one.risk_flags)
        ]
        self._store(lambda: self.plan.loved_one, "risk_flags", flags)

    # --- notes -----------------------------------------------------------------------------

    def refresh(self) -> None:
        notes = []
        for substance in self.catalogue.needing_supervision(self.plan.loved_one.substances):
            fact = substance.key_fact
            source = _(" (Source: {source}.)").format(source=fact.short_source) if fact else ""
            notes.append(f"{substance.name}: {substance.supervision_reason}{source}")
        if notes:
            notes.append(_("Please arrange medically supervised care before the day."))
        self.supervision_note.setText("\n".join(notes))
        self.supervision_note.setVisible(bool(notes))
        risky = bool(self.plan.loved_one.risk_flags)
        self.risk_note.setText(
            _(
                "With any of these, please involve a professional interventionist. They can "
                "keep everyone safe and guide the meeting."
            )
            if risky
            else ""
        )
        self.risk_note.setVisible(risky)

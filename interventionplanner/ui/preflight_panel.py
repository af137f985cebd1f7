"""'Before the day': the preflight checklist, open beside any step.

Each finding names the part of the plan it is about; activating it takes the family to the
step and the field. The list is recomputed a moment after typing stops.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QListView, QVBoxLayout, QWidget

from interventionplanner.domain.preflight import Finding, Severity, preflight
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.pages.base import note_label
from interventionplanner.ui.services import Services

RECHECK_IDLE_MS = 300


class PreflightModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        finding = self.findings[index.row()]
        return f"{self.severity_word(finding.severity)}: {finding.message}"

    def severity_word(self, severity: Severity) -> str:
        """In words, never only in colour."""
        return {
            Severity.ERROR: self.tr("Needs doing"),
            Severity.WARNING: self.tr("Worth a look"),
            Severity.INFO: self.tr("Good to know"),
        }[severity]


class PreflightPanel(QDockWidget):
    findingChosen = Signal(object)  # a Finding
    findingsChanged = Signal(list)

    def __init__(self, document: PlanDocument, services: Services) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Before the day"))
        self.setObjectName("preflight")
        self.document = document
        self.services = services
        self.model = PreflightModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Things to do before the day"))
        self.view.activated.connect(
            lambda index: self.findingChosen.emit(self.model.findings[index.row()])
        )
        self.all_clear = note_label(self.tr("Nothing left to check. Well done."))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(
            note_label(
                self.tr("What still needs attention. Press Enter or double-click to go there.")
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_clear)
        self.setWidget(body)
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_IDLE_MS)
        self._recheck.timeout.connect(self.recheck)
        document.changed.connect(self._recheck.start)
        document.replaced.connect(self.recheck)

    def recheck(self) -> None:
        findings = (
            preflight(self.document.plan, self.services.catalogue, self.services.today())
            if self.document.started
            else []
        )
        self.model.set_findings(findings)
        self.all_clear.setVisible(self.document.started and not findings)
        self.findingsChanged.emit(findings)

"""The preflight findings kept current: one watcher, one model every view of them shares.

Each finding names the part of the plan it is about; activating it takes the family to the
step and the field. The watcher recomputes the findings a moment after typing stops. Views:
the Review step's list and the "Before the day" dock (ui/preflight_panel.py, made when
first opened).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QListView

from interventionplanner.i18n import _
from interventionplanner.ui.document import PlanDocument
from interventionplanner.ui.qt_names import DISPLAY_ROLE, TOOL_TIP_ROLE
from interventionplanner.ui.services import Services

if TYPE_CHECKING:  # the checks themselves load with the first plan checked, after it opens
    from interventionplanner.domain.preflight import Finding, Severity

RECHECK_IDLE_MS = 300


class PreflightModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = findings
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or role not in (DISPLAY_ROLE, TOOL_TIP_ROLE):
            return None
        finding = self.findings[index.row()]
        return f"{self.severity_word(finding.severity)}: {finding.message}"

    def severity_word(self, severity: Severity) -> str:
        """In words, never only in colour."""
        from interventionplanner.domain.preflight import Severity

        return {
            Severity.ERROR: _("Needs doing"),
            Severity.WARNING: _("Worth a look"),
            Severity.INFO: _("Good to know"),
        }[severity]


class PreflightWatcher(QObject):
    """Keeps the findings current for everyone who shows them."""

    findingsChanged = Signal(list)

    def __init__(self, document: PlanDocument, services: Services) -> None:
        super().__init__(document)
        self.document = document
        self.services = services
        self.model = PreflightModel(self)
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_IDLE_MS)
        self._recheck.timeout.connect(self.recheck)
        document.changed.connect(self._recheck.start)
        # A plan just opened is checked in the next turns of the event loop, once its first
        # step is up: the check counts every letter's words (and compiles the counting
        # expression the first time), which the first step does not show.
        self._opened = QTimer(self, singleShot=True, interval=0)
        self._opened.timeout.connect(self._opened_turn)
        self._first: Iterator[None] | None = None
        document.replaced.connect(self._plan_opened)

    def _plan_opened(self) -> None:
        self._first = self._getting_ready()
        self._opened.start()

    def _opened_turn(self) -> None:
        try:
            next(self._first)
        except (StopIteration, TypeError):  # ready (or checked meanwhile): the check
            self.recheck()
        else:
            self._opened.start()

    def _getting_ready(self) -> Iterator[None]:
        """What the first check of the process needs, a turn each: its module, the
        catalogue and the words' counting expression. All of it with the check was one
        turn of 13-21 ms of the window's thread as the example opened."""
        if "interventionplanner.domain.preflight" not in sys.modules:
            import interventionplanner.domain.preflight  # noqa: F401, PLC0415

            yield
        if self.document.started and not self.services.catalogue_loaded:
            self.services.catalogue  # noqa: B018 (the property reads it)
            yield
        if self.document.started:
            from interventionplanner.domain.speaking import count_words  # noqa: PLC0415

            count_words("a")  # the expression compiled (once a process)

    def recheck(self) -> None:
        from interventionplanner.domain.preflight import preflight

        self._opened.stop()  # asked for now: nothing left to do on the next turn
        self._first = None
        findings = []
        if self.document.started:
            findings = preflight(self.document.plan, self.services.catalogue, self.services.today())
        self.model.set_findings(findings)
        self.findingsChanged.emit(findings)


def findings_view(watcher: PreflightWatcher, chosen: SignalInstance) -> QListView:
    """The findings as a list; Enter or a double-click on one emits `chosen`."""
    from interventionplanner.ui.views import ListView  # item views load when one is shown

    view = ListView()
    view.setModel(watcher.model)
    view.setWordWrap(True)
    view.setAccessibleName(_("Things to do before the day"))
    view.activated.connect(lambda index: chosen.emit(watcher.model.findings[index.row()]))
    return view

"""'Before the day': the preflight checklist as a dock beside any step.

Made the first time it is opened (F7 or the File menu): most visits never open it. The
findings it lists come from the window's `PreflightWatcher` (ui/preflight_watch.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QListView, QVBoxLayout, QWidget

from interventionplanner.i18n import _
from interventionplanner.ui.pages.base import note_label
from interventionplanner.ui.preflight_watch import PreflightWatcher, findings_view


class PreflightPanel(QDockWidget):
    findingChosen = Signal(object)  # a Finding

    def __init__(self, watcher: PreflightWatcher) -> None:
        super().__init__()
        self.setWindowTitle(_("Before the day"))
        self.setObjectName("preflight")
        self.watcher = watcher
        self.model = watcher.model
        self._view: QListView | None = None  # built when first shown: most visits never open it

    @property
    def view(self) -> QListView:
        if self._view is None:
            self._build()
        return self._view

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._view is None:
            self._build()
        super().showEvent(event)

    def _build(self) -> None:
        self._view = findings_view(self.watcher, self.findingChosen)
        self.all_clear = note_label(_("Nothing left to check. Well done."))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(
            note_label(_("What still needs attention. Press Enter or double-click to go there."))
        )
        layout.addWidget(self._view, 1)
        layout.addWidget(self.all_clear)
        self.setWidget(body)
        self.watcher.findingsChanged.connect(self._all_clear)
        self._all_clear(self.model.findings)

    def _all_clear(self, findings: list) -> None:
        self.all_clear.setVisible(self.watcher.document.started and not findings)

    def recheck(self) -> None:
        self.watcher.recheck()

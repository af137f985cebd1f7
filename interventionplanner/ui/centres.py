"""The Treatment step's "One of my centres…": the practice's centres (Preferences), offered
for the family to choose from, never chosen for them. Choosing one fills the centre's name,
address and phone, and adds its admission notes to the travel notes."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QToolButton

from interventionplanner.domain.practice import Centre
from interventionplanner.i18n import _
from interventionplanner.storage.defaults import practice_defaults_or_none


class CentreChooser(QToolButton):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.setText(_("One of my centres…"))
        self.setAccessibleName(_("Choose one of my practice's treatment centres"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def refresh(self) -> None:
        """Shown only to someone whose practice has centres."""
        defaults = practice_defaults_or_none()
        self.setVisible(bool(defaults and defaults.centres))

    def _fill(self) -> None:
        self.menu_.clear()
        defaults = practice_defaults_or_none()
        for centre in defaults.centres if defaults else []:
            self.menu_.addAction(centre.name, lambda c=centre: self.choose(c))

    def choose(self, centre: Centre) -> None:
        def fill(plan) -> None:
            treatment = plan.treatment
            treatment.facility, treatment.address = centre.name, centre.address
            treatment.phone = centre.phone
            notes = centre.admission_notes.strip()
            if notes and notes not in treatment.travel_notes:
                treatment.travel_notes = "\n\n".join(
                    part for part in (treatment.travel_notes.strip(), notes) if part
                )

        self.page.document.update("treatment", fill)
        self.page.load()

"""How the plan's fixed choices are shown to people, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interventionplanner.domain.plan import Role, Rsvp


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_label(role: Role) -> str:
    return {
        Role.CHAIRPERSON: _tr("chairperson"),
        Role.LOGISTICS: _tr("logistics"),
        Role.INTERVENTIONIST: _tr("interventionist"),
        Role.SPEAKER: _tr("reads a letter"),
        Role.ABSENT_WRITER: _tr("writes, cannot attend"),
    }[role]


def rsvp_label(rsvp: Rsvp) -> str:
    return {
        Rsvp.INVITED: _tr("invited"),
        Rsvp.YES: _tr("coming"),
        Rsvp.NO: _tr("not coming"),
        Rsvp.MAYBE: _tr("maybe"),
    }[rsvp]

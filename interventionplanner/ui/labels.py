"""How the plan's fixed choices are shown to people, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interventionplanner.domain.plan import Role, Rsvp
from interventionplanner.domain.timeline import Segment


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


def role_choice(role: Role) -> str:
    """A role as a tick box shows it, with its keyboard letter."""
    return {
        Role.CHAIRPERSON: _tr("&Chairperson"),
        Role.LOGISTICS: _tr("Lo&gistics"),
        Role.INTERVENTIONIST: _tr("&Interventionist"),
        Role.SPEAKER: _tr("Reads a le&tter"),
        Role.ABSENT_WRITER: _tr("&Writes, cannot attend"),
    }[role]


def role_hint(role: Role) -> str:
    """What a role means, in a few words, shown where it is chosen."""
    return {
        Role.CHAIRPERSON: _tr("Opens and closes the meeting, and keeps it calm."),
        Role.LOGISTICS: _tr("Sees to the practical side: the admission, the bag, the drive."),
        Role.INTERVENTIONIST: _tr("A professional who guides the family and the meeting."),
        Role.SPEAKER: _tr("Reads their own letter aloud at the meeting."),
        Role.ABSENT_WRITER: _tr("Writes a letter that someone else reads aloud for them."),
    }[role]


def rsvp_label(rsvp: Rsvp) -> str:
    return {
        Rsvp.INVITED: _tr("invited"),
        Rsvp.YES: _tr("coming"),
        Rsvp.NO: _tr("not coming"),
        Rsvp.MAYBE: _tr("maybe"),
    }[rsvp]


def format_duration(seconds: float) -> str:
    """Seconds as m:ss (1:05), rounded to the nearest second."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def segment_label(segment: Segment, read_for: str | None = None) -> str:
    """What a part of the meeting is: "Opening", "Letter", "Letter from Evelyn Doyle"."""
    if segment is Segment.OPENING:
        return _tr("Opening words")
    if segment is Segment.CLOSING:
        return _tr("Closing words")
    if read_for:
        return _tr("Letter from {0}").format(read_for)
    return _tr("Letter")

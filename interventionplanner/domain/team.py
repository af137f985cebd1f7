"""Checks on the team list that are worth pointing out but never block anything."""

from __future__ import annotations

import re
from collections import Counter

from interventionplanner.domain.plan import Participant, Role, Rsvp

# Deliberately loose: it flags obvious slips ("anna.gmail.com"), not unusual real addresses.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def looks_like_email(text: str) -> bool:
    """True for an address or an empty field (email is optional); False for a likely slip."""
    text = text.strip()
    return not text or bool(_EMAIL.fullmatch(text))


def duplicate_names(participants: list[Participant]) -> set[str]:
    """Names (compared without case or extra spaces) that more than one person has."""
    counts = Counter(_name_key(p.name) for p in participants if p.name.strip())
    return {name for name, count in counts.items() if count > 1}


def has_duplicate_name(person: Participant, duplicates: set[str]) -> bool:
    return _name_key(person.name) in duplicates


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def will_be_in_the_room(person: Participant) -> bool:
    """Coming, or invited and not yet answered; never a "maybe", a "no" or an absent writer.

    A "maybe" is not seated or counted as coming until they say yes: the seating and the
    packet must not promise a chair to someone who may not come.
    """
    return person.rsvp in (Rsvp.YES, Rsvp.INVITED) and not person.has_role(Role.ABSENT_WRITER)


def attendance(participants: list[Participant]) -> dict[str, list[Participant]]:
    """The team by answer, in team order: "coming" (yes, or no answer yet), "maybe", and
    "not coming" (no, or writing a letter from afar). Every person is in exactly one."""
    groups: dict[str, list[Participant]] = {"coming": [], "maybe": [], "not coming": []}
    for person in participants:
        if will_be_in_the_room(person):
            groups["coming"].append(person)
        elif person.rsvp is Rsvp.MAYBE and not person.has_role(Role.ABSENT_WRITER):
            groups["maybe"].append(person)
        else:
            groups["not coming"].append(person)
    return groups

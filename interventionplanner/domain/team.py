"""Checks on the team list that are worth pointing out but never block anything."""

from __future__ import annotations

import re
from collections import Counter

from interventionplanner.domain.plan import Participant

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

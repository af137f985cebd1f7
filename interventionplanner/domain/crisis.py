"""A place to turn to in a crisis. Its own module: the first step shows the crisis lines
long before anything needs the substances (domain/substances.py), so the window reads
these alone at start-up (storage/catalogue.load_crisis_resources)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CrisisResource:
    """A place to turn to in a crisis: a line, a number, when to call it."""

    id: str  # "emergency", "crisis_line", "poison_help", "samhsa"
    name: str
    contact: str  # how to reach it, in words ("Call or text …, or chat at …")
    number: str  # the number alone, for a sentence ("stop the meeting and call …")
    when: str
    source: str
    url: str
    date: str
    checked_on: str = ""

"""A place to turn to in a crisis. Its own module: the first step shows the crisis lines
long before anything needs the substances (domain/substances.py), so the window reads
these alone at start-up (storage/catalogue.load_crisis_resources).

A named tuple rather than a frozen dataclass, the same to its readers (fields by name,
compared by value, immutable): the class is made on the way to the first step, and a
dataclass compiles each of its generated methods from source there (about 5 M
instructions for these nine fields, against under 1 M)."""

from __future__ import annotations

from typing import NamedTuple


class CrisisResource(NamedTuple):
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

"""How a kit says whose letter it is: a hidden link, and a short code people can see.

A Word or OpenDocument kit keeps the link in its document properties (a custom property
and the core "identifier"), which editing the text cannot touch. Some services drop
properties when they save (Google Docs does), so the first page and every page's footer
also show a short code,
"LK-7QF4-M2XD", made from the participant's id. The code is not a secret and says nothing
about the family: it is the first 40 bits of a SHA-256 of the id, in a 32-letter alphabet
without 0/O and 1/I, so it survives being read aloud or typed again. Forty bits make two
people in one plan sharing a code vanishingly unlikely; a code that names nobody in this
plan is refused exactly as a kit from another plan is.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

from interventionplanner.domain.plan import Participant, Plan

__all__ = [
    "LINK_PROPERTY",
    "find_code",
    "kit_code",
    "link_value",
    "participant_from_link",
    "participant_with_code",
]

LINK_PROPERTY = "InterventionPlannerLetterKit"
_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_CODE = re.compile(r"\bLK[-\s]?([2-9A-HJ-NP-Z]{4})[-\s]?([2-9A-HJ-NP-Z]{4})\b", re.IGNORECASE)
_LINK = re.compile(r"letter-kit\s+v(\d{1,6})\s+participant=(\S+)", re.IGNORECASE)
LINK_VERSION = 1


def kit_code(participant_id: str) -> str:
    """The short code shown in a kit, e.g. "LK-7QF4-M2XD"."""
    number = int.from_bytes(hashlib.sha256(participant_id.encode("utf-8")).digest()[:5], "big")
    letters = "".join(_ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))
    return f"LK-{letters[:4]}-{letters[4:]}"


def find_code(text: str) -> str | None:
    """The last kit code written in `text`, normalised, or None."""
    found = list(_CODE.finditer(text))
    if not found:
        return None
    match = found[-1]
    return f"LK-{match[1].upper()}-{match[2].upper()}"


def link_value(participant: Participant) -> str:
    """What the document properties hold: the same fields as the Markdown kit's marker."""
    participant_id = quote(participant.id, safe="")
    return f"intervention-planner letter-kit v{LINK_VERSION} participant={participant_id}"


def participant_from_link(value: str) -> tuple[int, str] | None:
    """(version, participant id) from a property's value, or None if it is not a link."""
    match = _LINK.search(value or "")
    if match is None:
        return None
    return int(match[1]), unquote(match[2])


def participant_with_code(plan: Plan, code: str) -> Participant | None:
    return next((p for p in plan.participants if kit_code(p.id) == code), None)

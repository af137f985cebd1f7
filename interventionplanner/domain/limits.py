"""How large each part of a plan may be: the one table of limits, and the check against it.

Real plans are small: a name is a few words, a phone number a few digits, a letter one to
three pages. The limits sit far above what a family writes (a letter may hold 20,000 words,
about sixty printed pages) and far below what makes the app slow or the packet impossible to
lay out. The same table caps the window's inputs (`max_chars`, `limit_message`), is checked
when a file is read (`check`), and adds maxLength / maxItems to the file's JSON Schema
(`schema_limits`), so the three never disagree.

Each breach names the field twice: `where` the way preflight does ("participants/<id>/phone",
so the window can take the family there) and `path` the way file errors do
("plan.participants[2].phone"). Messages never quote the text itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from interventionplanner.domain.display import number
from interventionplanner.domain.plan import (
    Letter,
    LovedOne,
    Meeting,
    Objection,
    Participant,
    Plan,
    Prescription,
    ReviewNote,
    Role,
    SettledNote,
    Task,
    Treatment,
)
from interventionplanner.domain.speaking import count_words
from interventionplanner.i18n import N_, _


class Kind(StrEnum):
    """What a text field holds, which decides how long it may be."""

    ID = "id"
    NAME = "name"
    SHORT = "short"
    RELATIONSHIP = "relationship"
    PHONE = "phone"
    EMAIL = "email"
    PLACE = "place"
    ADDRESS = "address"
    LINE = "line"
    NOTE = "note"
    ANSWER = "answer"
    SPEECH = "speech"
    LETTER_PART = "letter_part"


@dataclass(frozen=True)
class TextLimit:
    chars: int
    words: int | None  # None: characters are bound enough; letters count words as well
    what: str  # how the message names it: "A phone number"


TEXT_LIMITS: dict[Kind, TextLimit] = {
    Kind.ID: TextLimit(64, None, N_("An id")),
    Kind.NAME: TextLimit(200, None, N_("A name")),
    Kind.SHORT: TextLimit(200, None, N_("This field")),
    Kind.RELATIONSHIP: TextLimit(100, None, N_("A relationship")),
    Kind.PHONE: TextLimit(40, None, N_("A phone number")),
    Kind.EMAIL: TextLimit(254, None, N_("An e-mail address")),  # the longest SMTP allows
    Kind.PLACE: TextLimit(200, None, N_("A place")),
    Kind.ADDRESS: TextLimit(500, None, N_("An address")),
    Kind.LINE: TextLimit(1_000, None, N_("This line")),
    Kind.NOTE: TextLimit(5_000, None, N_("A note")),
    Kind.ANSWER: TextLimit(20_000, None, N_("An answer")),
    Kind.SPEECH: TextLimit(50_000, None, N_("The chairperson's words")),
    Kind.LETTER_PART: TextLimit(150_000, 20_000, N_("A part of a letter")),
}

# Words in one whole letter (its four parts and the bottom line): about sixty pages.
LETTER_WORDS = 20_000

# Which kind each text field of each part of the plan is. A field not listed is not text.
FIELD_KINDS: dict[type, dict[str, Kind]] = {
    LovedOne: {
        "name": Kind.NAME,
        "preferred_name": Kind.NAME,
        "pronouns": Kind.SHORT,
        "other_substances": Kind.NOTE,
        "duration": Kind.SHORT,
    },
    Meeting: {
        "place": Kind.PLACE,
        "address": Kind.ADDRESS,
        "arrival": Kind.NOTE,
        "rehearsal_place": Kind.PLACE,
    },
    Letter: {
        "love_and_memory": Kind.LETTER_PART,
        "what_i_have_seen": Kind.LETTER_PART,
        "my_hope": Kind.LETTER_PART,
        "the_ask": Kind.LETTER_PART,
        "bottom_line": Kind.ANSWER,
        "reviewed_by": Kind.NAME,
    },
    Participant: {
        "name": Kind.NAME,
        "relationship": Kind.RELATIONSHIP,
        "email": Kind.EMAIL,
        "phone": Kind.PHONE,
        "read_by": Kind.ID,
        "id": Kind.ID,
    },
    ReviewNote: {
        "part": Kind.ID,
        "anchor": Kind.LINE,
        "text": Kind.NOTE,
        "author": Kind.NAME,
        "id": Kind.ID,
    },
    SettledNote: {"sentence": Kind.LINE, "category": Kind.ID},
    Prescription: {"drug": Kind.NAME, "dose": Kind.SHORT, "prescriber": Kind.NAME},
    Treatment: {
        "facility": Kind.NAME,
        "address": Kind.ADDRESS,
        "phone": Kind.PHONE,
        "driver_id": Kind.ID,
        "travel_notes": Kind.NOTE,
    },
    Objection: {"objection": Kind.LINE, "answer": Kind.ANSWER},
    Task: {"item": Kind.LINE, "owner_id": Kind.ID},
    Plan: {
        "closer_id": Kind.ID,
        "if_yes": Kind.ANSWER,
        "if_no": Kind.ANSWER,
        "opening_words": Kind.SPEECH,
        "closing_words": Kind.SPEECH,
        "private_notes": Kind.SPEECH,
    },
}

MAX_PARTICIPANTS = 50  # a family team is 3 to 10; a professional's largest, with room

# How many items each list may hold, and what the message calls them.
LIST_LIMITS: dict[type, dict[str, tuple[int, str]]] = {
    LovedOne: {"substances": (50, N_("substances")), "risk_flags": (8, N_("risks"))},
    Participant: {"roles": (len(Role), N_("roles"))},
    Letter: {"notes": (200, N_("notes")), "settled": (500, N_("notes left as they are"))},
    Treatment: {"prescriptions": (50, N_("prescriptions"))},
    Plan: {
        "participants": (MAX_PARTICIPANTS, N_("people")),
        "speaker_order": (MAX_PARTICIPANTS, N_("places in the speaking order")),
        "seating": (MAX_PARTICIPANTS, N_("seats")),
        "objections": (100, N_("objections")),
        "tasks": (200, N_("tasks")),
    },
}
# Items of a list of text: substance ids; speaker_order and seating hold participant ids.
LIST_ITEM_KINDS: dict[type, dict[str, Kind]] = {
    LovedOne: {"substances": Kind.ID},
    Plan: {"speaker_order": Kind.ID, "seating": Kind.ID},
}

# Dates a plan may hold: far enough back for an old plan to open, forward enough for any
# real meeting, and far from the calendar's end (9999), where adding minutes overflows.
MIN_YEAR = 2000
MAX_YEAR = 2100
DATE_FIELDS: dict[type, tuple[str, ...]] = {
    Meeting: ("starts_at", "rehearsal_at"),
    Treatment: ("admission_at",),
    Task: ("due",),
    Letter: ("reviewed_at",),
    ReviewNote: ("created",),
}

_OWNER_NAMES = {cls.__name__.lower(): cls for cls in FIELD_KINDS} | {"loved_one": LovedOne}


@dataclass(frozen=True)
class Breach:
    where: str  # as preflight names it: "participants/<id>/phone"
    path: str  # as a file error names it: "plan.participants[2].phone"
    message: str  # the rest of a sentence: "is too long (at most 40 characters)"


def _owner(owner: type | str) -> type:
    if isinstance(owner, str):
        return _OWNER_NAMES[owner.lower()]
    return owner


def kind_of(owner: type | str, field: str) -> Kind | None:
    """The kind of text `field` of `owner` (a dataclass or its name) holds, or None."""
    return FIELD_KINDS.get(_owner(owner), {}).get(field)


def max_chars(owner: type | str, field: str) -> int | None:
    """The most characters `field` may hold, for a window's input (`setMaxLength`); None
    when the field is not text. `owner` is a plan dataclass or its name ("participant")."""
    kind = kind_of(owner, field)
    return TEXT_LIMITS[kind].chars if kind else None


def max_words(owner: type | str, field: str) -> int | None:
    kind = kind_of(owner, field)
    return TEXT_LIMITS[kind].words if kind else None


def limit_message(owner: type | str, field: str) -> str:
    """Why an input stops taking characters, for the window to show: one kind sentence."""
    kind = kind_of(owner, field)
    if kind is None:
        return ""
    limit = TEXT_LIMITS[kind]
    if limit.words:
        return _("{what} can hold up to {chars} characters and {words} words.").format(
            what=_(limit.what), chars=_n(limit.chars), words=_n(limit.words)
        )
    return _("{what} can hold up to {chars} characters.").format(
        what=_(limit.what), chars=_n(limit.chars)
    )


def check(plan: Plan) -> list[Breach]:
    """Every place where the plan is larger than the limits allow, in plan order."""
    return list(_walk(plan, "", "plan", Plan))


def _walk(item: Any, where: str, path: str, cls: type) -> Iterator[Breach]:
    yield from _check_texts(item, where, path, cls)
    yield from _check_dates(item, where, path, cls)
    list_limits = LIST_LIMITS.get(cls, {})
    for name, (most, noun) in list_limits.items():
        if len(getattr(item, name)) > most:
            yield Breach(
                _join(where, name),
                f"{path}.{name}",
                _("holds more than {n} {things}").format(n=most, things=_(noun)),
            )
    for name, kind in LIST_ITEM_KINDS.get(cls, {}).items():
        for i, value in enumerate(getattr(item, name)[: list_limits[name][0]]):
            yield from _check_text(value, kind, _join(where, name), f"{path}.{name}[{i}]")
    if isinstance(item, Participant):
        yield from _check_letter(item, _join(where, "letter"), f"{path}.letter")
    for f in fields(item):
        value = getattr(item, f.name)
        if is_dataclass(value):
            yield from _walk(value, _join(where, f.name), f"{path}.{f.name}", type(value))
        elif isinstance(value, list) and f.name in list_limits:
            # Past the limit is one breach already; the rest is not worth walking.
            for i, part in enumerate(value[: list_limits[f.name][0]]):
                if is_dataclass(part):
                    key = part.id if isinstance(part, Participant) else str(i)
                    yield from _walk(
                        part, _join(where, f"{f.name}/{key}"), f"{path}.{f.name}[{i}]", type(part)
                    )


def _check_texts(item: Any, where: str, path: str, cls: type) -> Iterator[Breach]:
    for name, kind in FIELD_KINDS.get(cls, {}).items():
        value = getattr(item, name)
        if isinstance(value, str):
            yield from _check_text(value, kind, _join(where, name), f"{path}.{name}")


def _check_text(value: str, kind: Kind, where: str, path: str) -> Iterator[Breach]:
    limit = TEXT_LIMITS[kind]
    if len(value) > limit.chars:
        yield Breach(
            where, path, _("is too long (at most {n} characters)").format(n=_n(limit.chars))
        )
    elif limit.words is not None and count_words(value) > limit.words:
        yield Breach(where, path, _("is too long (at most {n} words)").format(n=_n(limit.words)))


def _check_letter(person: Participant, where: str, path: str) -> Iterator[Breach]:
    parts = person.letter.parts()  # the bottom line is apart, with a limit of its own
    if all(len(t) <= TEXT_LIMITS[Kind.LETTER_PART].chars for t in parts):
        words = sum(count_words(t) for t in parts)
        if words > LETTER_WORDS:
            message = _("is too long (a letter holds at most {n} words)").format(n=_n(LETTER_WORDS))
            yield Breach(where, path, message)


def _check_dates(item: Any, where: str, path: str, cls: type) -> Iterator[Breach]:
    for name in DATE_FIELDS.get(cls, ()):
        value: date | datetime | None = getattr(item, name)
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            yield Breach(
                _join(where, name),
                f"{path}.{name}",
                _("should be a date between the years {first} and {last}").format(
                    first=MIN_YEAR, last=MAX_YEAR
                ),
            )


def _n(value: int) -> str:
    return number(value)


def _join(where: str, name: str) -> str:
    return f"{where}/{name}" if where else name


def schema_limits() -> dict[str, dict[str, dict[str, int]]]:
    """For the JSON Schema: {dataclass name: {field: {"maxLength" or "maxItems": n}}}."""
    found: dict[str, dict[str, dict[str, int]]] = {}
    for cls, kinds in FIELD_KINDS.items():
        for name, kind in kinds.items():
            found.setdefault(cls.__name__, {})[name] = {"maxLength": TEXT_LIMITS[kind].chars}
    for cls, lists in LIST_LIMITS.items():
        for name, (most, _noun) in lists.items():
            found.setdefault(cls.__name__, {})[name] = {"maxItems": most}
    for cls, items in LIST_ITEM_KINDS.items():
        for name, kind in items.items():
            found[cls.__name__][name]["itemsMaxLength"] = TEXT_LIMITS[kind].chars
    return found

"""Every value a person sees, worded once: the window, the command line and the packet all
call these, so a time, a length or a role reads the same everywhere.

Rounding, stated once: lengths are shown to the second (m:ss, each rounded up to a whole
second when it is computed); clock times are the meeting's start plus the offset, rounded to
the nearest minute (half a minute rounds up).
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from interventionplanner.domain.plan import LetterStatus, Role, Rsvp
from interventionplanner.domain.speaking import WORDS_PER_PAGE
from interventionplanner.i18n import _, language, ngettext

if TYPE_CHECKING:  # the timeline loads with the first one read, not with the window
    from collections.abc import Iterable

    from interventionplanner.domain.crisis import CrisisResource
    from interventionplanner.domain.timeline import Segment

# The Babel locale each language's paper is written in: Spanish for Latin America (the
# families this is written for; "1:05 p.m.", "1,200"). English keeps the house style.
_BABEL_LOCALES = {"en": "en_US", "es": "es_419", "pseudo": "en_US"}
# The house patterns for English dates ("Saturday 16 January 2027"); other languages use
# their own CLDR forms ("sábado, 16 de enero de 2027").
_HOUSE_PATTERNS = {"en": {"full": "EEEE d MMMM y", "medium": "d MMM y"}}


# How each shipped language writes a plain number, from Babel's CLDR data (`make
# catalogues`, i18n/number_forms.py): a number needs a few symbols, and Babel's first one
# loads the locale's whole CLDR data (about 7 MiB), on the first step's tooltips.
NUMBER_FORMS_FILE = "numbers.json"


def babel_locale_of(language_code: str) -> str:
    return _BABEL_LOCALES.get(language_code, language_code)


def babel_locale() -> str:
    """The Babel locale of the language in force."""
    return babel_locale_of(language())


def _date_pattern(kind: str) -> str:
    return _HOUSE_PATTERNS.get(language(), {}).get(kind, kind)


def number(value: float) -> str:
    """A number as the language in force writes it ("1,200"; "1.5"): Babel's
    `format_decimal`, from the language's few symbols when they are at hand."""
    locale = babel_locale()
    form = _number_forms().get(locale)
    if form is not None and type(value) in (int, float) and math.isfinite(value):
        return _plain_number(value, form)
    from babel.numbers import format_decimal  # Babel loads on first use, not at start-up

    return format_decimal(value, locale=locale)


# Babel's modules for dates, in the order they load: each imported on its own, so a warm-up
# that imports them one at a time never holds the window's thread for long (babel.localtime
# reads the computer's time zone as it loads: about 30 ms, the longest).
BABEL_DATE_MODULES = (
    "babel.core",
    "babel.localedata",
    "zoneinfo",
    "babel.localtime",
    "babel.dates",
)


def read_language_data(language_code: str) -> None:
    """Read Babel's data for a language (its month and day names, its patterns): the first
    date written reads it otherwise, about 20 ms and 7 MiB. For the window's warm-up lane."""
    from babel.localedata import load

    load(babel_locale_of(language_code))


@cache
def _number_forms() -> dict[str, dict]:
    from interventionplanner.i18n import locale_dir

    try:
        with open(f"{locale_dir()}/{NUMBER_FORMS_FILE}", encoding="utf-8") as file:
            return json.load(file)
    except OSError:
        return {}  # Babel formats every number


def _plain_number(value: float, form: dict) -> str:
    """What Babel's NumberPattern.apply makes of `value` with a plain decimal pattern (no
    exponent, significant digits or quoted text), step for step: rounded half to even to
    the pattern's fraction digits, grouped, signed."""
    least, most = form["fraction_digits"]
    if type(value) is int:  # no rounding to do (and no decimal module to load)
        negative, whole, fraction = int(value < 0), str(abs(value)), ""
    else:
        from decimal import Decimal

        exact = Decimal(str(value))
        negative = int(exact.is_signed())
        rounded = abs(exact).normalize().quantize(Decimal(10) ** -most)
        whole, _, fraction = f"{rounded:f}".partition(".")
    whole = whole.rjust(form["integer_digits"], "0")
    size, grouped = form["grouping"][0], ""
    while len(whole) > size:
        grouped = form["group"] + whole[-size:] + grouped
        whole, size = whole[:-size], form["grouping"][1]
    fraction = (fraction or "0").ljust(least, "0")
    if most == 0 or (least == 0 and int(fraction) == 0):
        fraction = ""
    else:
        fraction = form["decimal"] + fraction[:least] + fraction[least:].rstrip("0")
    return form["prefix"][negative] + whole + grouped + fraction + form["suffix"][negative]


# --- lengths and times -------------------------------------------------------------------


def duration(seconds: float) -> str:
    """A length as m:ss ("1:05"), whole seconds."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def clock_time(start: datetime | None, offset_seconds: int = 0) -> datetime | None:
    """The moment `offset_seconds` into a meeting that starts at `start`, to the minute."""
    if start is None:
        return None
    moment = start + timedelta(seconds=offset_seconds + 30)
    return moment.replace(second=0, microsecond=0)


def clock(moment: datetime) -> str:
    """ "10:05 a.m." in English (the house style); the language's own form otherwise."""
    if language() in ("en", "pseudo"):
        hour = moment.hour % 12 or 12
        noon = "a.m." if moment.hour < 12 else "p.m."
        return f"{hour}:{moment.minute:02d} {noon}"
    from babel.dates import format_time

    return format_time(moment, "short", locale=babel_locale())


def start_text(start: datetime | None, offset_seconds: int) -> str:
    """When a part of the meeting begins: its clock time, or "+m:ss" with no start time."""
    moment = clock_time(start, offset_seconds)
    return clock(moment) if moment is not None else f"+{duration(offset_seconds)}"


def reading_time(seconds: int) -> str:
    """ "under a minute", "about 1 minute", "about 4 minutes"."""
    if seconds < 60:
        return _("under a minute")
    minutes = round(seconds / 60)
    return ngettext("about {n} minute", "about {n} minutes", minutes).format(n=minutes)


def word_count(words: int) -> str:
    """ "1 word", "0 words", "1,200 words" """
    return ngettext("{n} word", "{n} words", words).format(n=number(words))


def page_estimate(words: int) -> str:
    """How much paper a letter takes at reading size: never "0.0 pages"."""
    if words <= 0:
        return _("no pages yet")
    if words < WORDS_PER_PAGE * 0.75:
        return _("less than a page")
    pages = round(words / WORDS_PER_PAGE * 2) / 2  # to the nearest half page
    shown = number(pages)
    return ngettext("about {n} page", "about {n} pages", 1 if pages == 1 else 2).format(n=shown)


def letter_length(words: int, seconds: int) -> str:
    """ "420 words · about 3 minutes to read · about 1.5 pages" """
    if words <= 0:
        return _("No words yet.")
    return _("{words} · {time} to read · {pages}").format(
        words=word_count(words), time=reading_time(seconds), pages=page_estimate(words)
    )


def length_in_words(minutes: int) -> str:
    """ "45 minutes", "1 hour", "1 hour 30 minutes"."""
    hours, rest = divmod(max(minutes, 0), 60)
    parts = []
    if hours:
        parts.append(ngettext("{n} hour", "{n} hours", hours).format(n=hours))
    if rest or not hours:
        parts.append(ngettext("{n} minute", "{n} minutes", rest).format(n=rest))
    return " ".join(parts)


def meeting_total(needed_seconds: int, planned_minutes: int) -> str:
    """ "All together: about 18 minutes, of the 1 hour planned." """
    return _("All together: {needed}, of the {planned} planned.").format(
        needed=reading_time(needed_seconds), planned=length_in_words(planned_minutes)
    )


# --- dates -----------------------------------------------------------------------------------


def long_date(day: date) -> str:
    """ "Saturday 16 January 2027"; "sábado, 16 de enero de 2027" """
    from babel.dates import format_date

    return format_date(day, _date_pattern("full"), locale=babel_locale())


def short_date(day: date) -> str:
    """ "16 Jan 2027"; "16 ene 2027" """
    from babel.dates import format_date

    return format_date(day, _date_pattern("medium"), locale=babel_locale())


def date_and_time(moment: datetime) -> str:
    """ "Saturday 16 January 2027, 10:00 a.m." """
    return f"{long_date(moment.date())}, {clock(moment)}"


def short_date_and_time(moment: datetime) -> str:
    """ "3 Dec 2026, 2:05 p.m."; "3 dic 2026, 14:05" """
    return f"{short_date(moment.date())}, {clock(moment)}"


def zone_words(zone: str) -> str:
    """A time zone as a reader knows it: "America/New York" in English (the house style),
    the city in the language's own words otherwise ("Nueva York"); the name as it is when
    Babel does not know it."""
    if language() in ("en", "pseudo"):
        return zone.replace("_", " ")
    from babel.dates import get_timezone, get_timezone_location

    try:
        return get_timezone_location(get_timezone(zone), locale=babel_locale(), return_city=True)
    except (LookupError, ValueError):
        return zone.replace("_", " ")


# --- the plan's fixed choices ------------------------------------------------------------------


def role_words(role: Role) -> str:
    return {
        Role.CHAIRPERSON: _("chairperson"),
        Role.LOGISTICS: _("logistics"),
        Role.INTERVENTIONIST: _("interventionist"),
        Role.SPEAKER: _("reads a letter"),
        Role.ABSENT_WRITER: _("writes a letter, cannot attend"),
    }[role]


def role_choice(role: Role) -> str:
    """A role as a tick box shows it, with its keyboard letter."""
    return {
        Role.CHAIRPERSON: _("&Chairperson"),
        Role.LOGISTICS: _("Lo&gistics"),
        Role.INTERVENTIONIST: _("&Interventionist"),
        Role.SPEAKER: _("Reads a le&tter"),
        Role.ABSENT_WRITER: _("&Writes a letter, cannot attend"),
    }[role]


def role_hint(role: Role) -> str:
    """What a role means, in a few words, shown where it is chosen."""
    return {
        Role.CHAIRPERSON: _("Opens and closes the meeting, and keeps it calm."),
        Role.LOGISTICS: _("Sees to the admission, the bag and the drive."),
        Role.INTERVENTIONIST: _("A professional who guides the family and the meeting."),
        Role.SPEAKER: _("Reads their own letter aloud at the meeting."),
        Role.ABSENT_WRITER: _("Someone else reads their letter aloud for them."),
    }[role]


def rsvp_words(rsvp: Rsvp) -> str:
    return {
        Rsvp.INVITED: _("invited"),
        Rsvp.YES: _("coming"),
        Rsvp.NO: _("not coming"),
        Rsvp.MAYBE: _("maybe"),
    }[rsvp]


def status_words(status: LetterStatus) -> str:
    return {
        LetterStatus.DRAFT: _("draft"),
        LetterStatus.REVIEWED: _("reviewed"),
        LetterStatus.FINAL: _("final"),
    }[status]


def segment_words(segment: Segment, read_for: str | None = None) -> str:
    """What a part of the meeting is: "Opening words", "Letter", "Letter from Evelyn"."""
    from interventionplanner.domain.timeline import Segment

    if segment is Segment.OPENING:
        return _("Opening words")
    if segment is Segment.CLOSING:
        return _("Closing words")
    if read_for:
        return _("Letter from {name}").format(name=read_for)
    return _("Letter")


# --- help right now --------------------------------------------------------------------------


def crisis_lines(resources: Iterable[CrisisResource]) -> list[str]:
    """Each crisis resource from resources/ on one line: its name, how to reach it, when.
    The numbers live only in the catalogue (`Catalogue.crisis_resources`)."""
    return [f"{r.name}: {r.contact}. {r.when}" for r in resources]


def crisis_short(resources: Iterable[CrisisResource]) -> str:
    """The crisis resources on one short line, for the foot of a screen or a page."""
    lines = [f"{r.name}: {r.number}" for r in resources]
    return _("If someone is in danger right now — {lines}.").format(lines=" · ".join(lines))

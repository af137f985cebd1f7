"""Dates in words, the same on every computer whatever its locale.

English names, not the system's: the templates and the packet are English, and a date in
another language in the middle of them would read oddly.
"""

from __future__ import annotations

from datetime import date

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """ "Saturday 16 January 2027"."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """ "16 Jan 2027"."""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"

"""Every value a person sees, worded once (domain/display.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from interventionplanner.domain import display


@pytest.mark.parametrize(
    ("words", "seconds", "expected"),
    [
        (1, 1, "1 word · under a minute to read · less than a page"),
        (0, 0, "No words yet."),
        (420, 190, "420 words · about 3 minutes to read · about 1.5 pages"),
        (600, 277, "600 words · about 5 minutes to read · about 2 pages"),
    ],
)
def test_a_letters_length_in_plain_words(words, seconds, expected):
    assert display.letter_length(words, seconds) == expected


def test_clock_times_round_to_the_nearest_minute():
    start = datetime(2027, 1, 16, 10, 0)
    assert display.start_text(start, 29) == "10:00 a.m."
    assert display.start_text(start, 30) == "10:01 a.m."
    assert display.start_text(start, 2 * 3600 + 59 * 60 + 45) == "1:00 p.m."
    assert display.start_text(None, 65) == "+1:05"


def test_lengths_are_minutes_and_seconds():
    assert display.duration(0) == "0:00"
    assert display.duration(65) == "1:05"
    assert display.duration(3600) == "60:00"


def test_meeting_lengths_in_words():
    assert display.length_in_words(60) == "1 hour"
    assert display.length_in_words(90) == "1 hour 30 minutes"
    assert display.length_in_words(1) == "1 minute"

"""Counts and units in plain words (issue 12, point 11)."""

import pytest

from interventionplanner.domain.display import (
    letter_length,
    meeting_total,
    page_estimate,
    reading_time,
    status_words,
    word_count,
)
from interventionplanner.domain.plan import LetterStatus


@pytest.mark.parametrize(
    ("words", "said"), [(0, "0 words"), (1, "1 word"), (2, "2 words"), (1200, "1,200 words")]
)
def test_words_are_counted_in_the_singular_and_plural(words, said):
    assert word_count(words) == said


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0, "under a minute"),
        (1, "under a minute"),
        (59, "under a minute"),
        (60, "about 1 minute"),
        (89, "about 1 minute"),
        (151, "about 3 minutes"),
    ],
)
def test_reading_time_is_in_whole_minutes(seconds, said):
    assert reading_time(seconds) == said


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (0, "no pages yet"),
        (1, "less than a page"),
        (200, "less than a page"),
        (300, "about 1 page"),
        (450, "about 1.5 pages"),
        (620, "about 2 pages"),
    ],
)
def test_pages_never_read_zero_point_zero(words, said):
    assert page_estimate(words) == said


def test_a_one_word_letter_reads_naturally():
    assert letter_length(1, 1) == "1 word · under a minute to read · less than a page"
    assert letter_length(0, 0) == "No words yet."
    for text in (letter_length(n, n * 60 / 130) for n in range(0, 2000, 7)):
        assert "0.0" not in text
        assert "0:0" not in text
        assert not text.startswith("1 words")


def test_status_words_are_one_set():
    assert [status_words(s) for s in LetterStatus] == ["draft", "reviewed", "final"]


def test_the_meeting_total_never_mixes_a_clock_with_minutes():
    assert meeting_total(286, 90) == (
        "All together: about 5 minutes, of the 1 hour 30 minutes planned."
    )
    assert meeting_total(20, 1) == "All together: under a minute, of the 1 minute planned."

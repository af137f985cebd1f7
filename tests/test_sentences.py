"""domain/sentences.py: where a letter's sentences begin (titles and times with full stops)."""

from __future__ import annotations

import pytest

from interventionplanner.domain.sentences import map_text


def _sentences(text: str, with_capitals: bool = True) -> list[str]:
    folded = text.lower()
    spans = map_text(folded, text if with_capitals else None).spans()
    return [text[start:end].strip() for start, end in spans if text[start:end].strip()]


@pytest.mark.parametrize(
    "text",
    [
        "You came home at 3 a.m. and you were screaming at the kids.",
        "Dr. Patel said you can start on Monday.",
        "Mrs. Okafor and Mr. Green both asked after you.",
        "We have a bed for you at St. Jude's tonight.",
        "Ms. Reyes will meet us at 9 p.m. at the door.",
        "It was 3a.m. and dark.",
        "I packed your shoes, socks, etc. and your book.",
    ],
)
def test_a_title_or_a_time_inside_a_sentence_does_not_end_it(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You came home at 3 a.m. The kids were asleep.",
            ["You came home at 3 a.m.", "The kids were asleep."],
        ),
        ("Call me at 9 p.m. Please.", ["Call me at 9 p.m.", "Please."]),
        ("It was my 21st. You forgot.", ["It was my 21st.", "You forgot."]),
        ("The doctor said no. You were there.", ["The doctor said no.", "You were there."]),
    ],
)
def test_a_time_ends_a_sentence_before_a_capital(text, expected):
    assert _sentences(text) == expected


def test_without_the_letters_capitals_a_time_does_not_end_a_sentence():
    text = "You came home at 3 a.m. The kids were asleep."
    assert _sentences(text, with_capitals=False) == [text]


def test_offsets_are_unchanged():
    text = "Dr. Patel called. You were out at 2 a.m. and again at 4 a.m. We waited."
    spans = map_text(text.lower(), text).spans()
    assert "".join(text[start:end] for start, end in spans) == text
    assert [text[s:e].strip() for s, e in spans if text[s:e].strip()] == [
        "Dr. Patel called.",
        "You were out at 2 a.m. and again at 4 a.m.",
        "We waited.",
    ]


def test_a_spanish_title_does_not_end_a_sentence():
    text = "El Sr. García y la Sra. López te esperan."
    assert _sentences(text) == [text]

"""Words and reading time: the numbers every letter's timing rests on."""

import pytest

from interventionplanner.domain.speaking import count_words, speaking_seconds


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   \n\n ", 0),
        ("I love you.", 3),
        ("I don't know — it's well-being, 2024!", 6),
        ("Ça va, Zoë? Déjà vu.", 5),
        ("Привет, мой брат", 3),
        ("أنا أحبك كثيرا", 3),
        ("我爱你", 3),  # written without spaces: each character is a word
        ("😀 🎉 !!", 0),
    ],
)
def test_count_words(text, words):
    assert count_words(text) == words


def test_speaking_seconds_at_the_default_rate():
    assert speaking_seconds(130, 130) == 60
    assert speaking_seconds(260, 130) == 120


def test_speaking_seconds_rounds_up_so_time_is_never_underestimated():
    assert speaking_seconds(1, 130) == 1
    assert speaking_seconds(131, 130) == 61


def test_no_words_take_no_time():
    assert speaking_seconds(0, 130) == 0


def test_a_rate_of_zero_is_refused():
    with pytest.raises(ValueError, match="reading rate"):
        speaking_seconds(10, 0)


def test_counting_a_changed_line_gives_the_same_as_counting_afresh():
    """Lines are counted once and remembered; an edit must never leave a stale count."""
    text = "One two three.\nFour five.\n\nSix."
    assert count_words(text) == 6
    assert count_words(text.replace("Four five.", "Four five six seven.")) == 8
    assert count_words(text) == 6

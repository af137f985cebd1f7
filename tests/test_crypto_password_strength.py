"""The password strength hint: a nudge towards a long passphrase, pure and offline."""

from __future__ import annotations

import pytest

from interventionplanner.storage.password import HINTS, strength


@pytest.mark.parametrize(
    ("password", "score"),
    [
        pytest.param("", 0, id="empty"),
        pytest.param("password", 0, id="the-commonest"),
        pytest.param("Password123!", 0, id="common-with-decoration"),
        pytest.param("hunter2", 0, id="short"),
        pytest.param("aaaaaaaaaaaaaaaaaaaaaa", 0, id="one-character"),
        pytest.param("12345678901234", 0, id="a-run"),
        pytest.param("abababababababab", 0, id="two-characters"),
        pytest.param("Sasha2024", 1, id="a-name-and-a-year"),
        pytest.param("blue sky", 1, id="two-words"),
        pytest.param("Tr0ub4dor&3", 2, id="short-but-varied"),
        pytest.param("kettle-violet-orbit", 3, id="three-words"),
        pytest.param("S0meth!ng-l0nger", 3, id="varied-never-strong-alone"),
        pytest.param("correct horse battery staple", 4, id="four-words"),
        pytest.param("my dog likes green tea at noon", 4, id="a-sentence"),
    ],
)
def test_scores(password, score):
    got, hint = strength(password)
    assert got == score
    assert hint
    assert password == "" or hint == HINTS[score]


def test_hints_are_short_kind_sentences_that_favour_length():
    assert len(HINTS) == 5
    for score, hint in HINTS.items():
        assert hint.endswith(".")
        assert len(hint) < 100
        if score < 3:
            assert "word" in hint
    assert "cannot be recovered" in HINTS[4]
    assert strength("")[1].startswith("Type a password.")


def test_longer_is_never_weaker():
    words = "orbit kettle violet lantern meadow"
    scores = [strength(words[:n])[0] for n in range(1, len(words) + 1)]
    assert scores == sorted(scores)
    assert scores[-1] == 4


def test_repeats_and_runs_count_once():
    assert strength("qwertyuiop" * 3)[0] <= 1
    assert strength("x" * 64)[0] == 0

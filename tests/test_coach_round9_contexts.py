"""Round 9 (h79): kind sentences a letter should be free to say, read by the kind contexts
of a whole category, and their hard twins, which must still be flagged.

Written here in many voices (British, Australian, American, informal and lowercase), by
kind: an absolute in praise (a virtue, a hobby, the writer's admiration), thanks for care
with no misdeed of the reader's in it, a third person's past ("a lad I coach", "someone I
know"), the writer's own past ("I was a bit of a boozer at uni", "im a recovering
alcoholic"), a shared practical plan for the reader's return, people asking after the
reader, praise of a thing that turned out well, a good deed or good news retold. None is
from a held-out batch. The hard twins list what the rules alone find in them. Both lists are
in tests/coach_dev_round9c.py since round 10, so the second opinion trains on them.
"""

from __future__ import annotations

import pytest
from coach_dev_round9c import ROUND9C_FLAG, ROUND9C_GOOD

from interventionplanner.storage.coach_rules import load_coach


@pytest.fixture(scope="module")
def coach():
    return load_coach()


@pytest.mark.parametrize("text", ROUND9C_GOOD)
def test_kind_sentences_of_round_nine_are_not_flagged(coach, text):
    assert coach.find(text) == []


@pytest.mark.parametrize(("text", "expected"), ROUND9C_FLAG)
def test_their_hard_twins_are_still_flagged(coach, text, expected):
    assert expected <= {f.category for f in coach.find(text)}

"""Team checks: flagged, never blocking."""

import pytest

from interventionplanner.domain.plan import Participant
from interventionplanner.domain.team import duplicate_names, has_duplicate_name, looks_like_email


@pytest.mark.parametrize(
    "text", ["", "  ", "ana@example.com", "zoë.o'neil+ip@mail.example.co.uk", "李@例子.中国"]
)
def test_addresses_and_empty_fields_pass(text):
    assert looks_like_email(text)


@pytest.mark.parametrize(
    "text",
    ["ana.example.com", "ana@", "@example.com", "ana@example", "ana @example.com", "a@b@c.d"],
)
def test_likely_slips_are_flagged(text):
    assert not looks_like_email(text)


def test_duplicate_names_ignore_case_and_spacing():
    people = [Participant(name="Ana Ruiz"), Participant(name=" ana  ruiz"), Participant(name="Ben")]
    dupes = duplicate_names(people)
    assert has_duplicate_name(people[0], dupes)
    assert has_duplicate_name(people[1], dupes)
    assert not has_duplicate_name(people[2], dupes)


def test_blank_names_are_not_duplicates():
    assert duplicate_names([Participant(), Participant()]) == set()

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


# --- issue 12, point 6: a "maybe" is neither seated nor listed as coming ----------------------


def test_a_maybe_is_not_in_the_room_until_they_say_yes():
    from interventionplanner.domain.plan import Role, Rsvp
    from interventionplanner.domain.team import attendance, will_be_in_the_room

    people = {
        answer: Participant(name=answer.value, rsvp=answer, roles=[Role.SPEAKER]) for answer in Rsvp
    }
    absent = Participant(name="far", rsvp=Rsvp.YES, roles=[Role.ABSENT_WRITER])
    assert will_be_in_the_room(people[Rsvp.YES])
    assert will_be_in_the_room(people[Rsvp.INVITED])  # no answer yet: a chair is kept
    assert not will_be_in_the_room(people[Rsvp.MAYBE])
    assert not will_be_in_the_room(people[Rsvp.NO])
    assert not will_be_in_the_room(absent)
    groups = attendance([*people.values(), absent])
    assert [p.name for p in groups["coming"]] == ["invited", "yes"]
    assert [p.name for p in groups["maybe"]] == ["maybe"]
    assert [p.name for p in groups["not coming"]] == ["no", "far"]

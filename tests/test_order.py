"""Suggest an order: each convention, the reasons for it, and that nothing changes uninvited."""

from __future__ import annotations

import copy

import pytest

from interventionplanner.domain.order import (
    HONEST_NOTE,
    NO_CLOSER,
    NOBODY_READS,
    OrderSuggestion,
    apply_suggestion,
    short_names,
    suggest_order,
)
from interventionplanner.domain.plan import Participant, Plan, Role


def person(name: str, *roles: Role, read_by: str | None = None) -> Participant:
    return Participant(name=name, roles=list(roles), read_by=read_by)


def names(plan: Plan, suggestion: OrderSuggestion) -> list[str]:
    return [plan.participant(pid).name.split()[0] for pid in suggestion.order]


def team(*people: Participant, closer: Participant | None = None) -> Plan:
    plan = Plan(participants=list(people))
    plan.speaker_order = [p.id for p in people]
    plan.closer_id = closer.id if closer else None
    return plan


S = Role.SPEAKER


def test_without_any_rule_everyone_keeps_their_order_and_hears_why():
    plan = team(person("Ann", S), person("Ben", S), person("Cal", S))
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ann", "Ben", "Cal"]
    assert suggestion.closer_id is None
    assert suggestion.reasons == [NO_CLOSER, HONEST_NOTE]


def test_the_chairpersons_letter_comes_first():
    ann, ben, cal = person("Ann", S), person("Ben", S), person("Cal", Role.CHAIRPERSON, S)
    plan = team(ann, ben, cal)
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Cal", "Ann", "Ben"]
    assert suggestion.reasons[0].startswith("Cal opens, as chairperson, and closes the meeting")
    assert "Cal's letter is read first" in suggestion.reasons[0]


def test_a_chairperson_without_a_letter_is_not_given_a_reason():
    plan = team(person("Ann", S), person("Ben", S), person("Cal", Role.CHAIRPERSON))
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ann", "Ben"]
    assert not any("chairperson" in reason for reason in suggestion.reasons)


def test_the_interventionist_speaks_first_after_the_opening():
    plan = team(person("Ann", S), person("Pat Jones", Role.INTERVENTIONIST, S))
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Pat", "Ann"]
    assert "Pat, the interventionist, speaks first after the opening." in suggestion.reasons


def test_the_interventionist_follows_the_chairperson():
    plan = team(
        person("Ann", S),
        person("Pat", Role.INTERVENTIONIST, S),
        person("Meg", Role.CHAIRPERSON, S),
    )
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Meg", "Pat", "Ann"]
    assert "Pat, the interventionist, reads next, straight after Meg." in suggestion.reasons


def test_an_interventionist_without_a_letter_changes_nothing():
    plan = team(person("Ann", S), person("Pat", Role.INTERVENTIONIST))
    assert not any("interventionist" in r for r in suggest_order(plan).reasons)


def test_the_closer_reads_last_and_stays_the_closer():
    lily = person("Lily", S)
    plan = team(lily, person("Ann", S), person("Ben", S), closer=lily)
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ann", "Ben", "Lily"]
    assert suggestion.closer_id == lily.id
    assert "Lily's letter is the closer, so Lily reads last." in suggestion.reasons
    assert NO_CLOSER not in suggestion.reasons


def test_the_closer_wins_over_chairperson_and_interventionist():
    meg = person("Meg", Role.CHAIRPERSON, Role.INTERVENTIONIST, S)
    plan = team(meg, person("Ann", S), closer=meg)
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ann", "Meg"]
    assert suggestion.reasons == ["Meg's letter is the closer, so Meg reads last.", HONEST_NOTE]


def test_no_closer_is_invented():
    plan = team(person("Ann", S), person("Ben", Role.CHAIRPERSON, S), person("Cal", S))
    suggestion = suggest_order(plan)
    assert suggestion.closer_id is None
    assert NO_CLOSER in suggestion.reasons
    assert NO_CLOSER.endswith("Many families choose at the rehearsal.")


def test_a_closer_without_a_letter_is_named_but_not_placed():
    ann, zoe = person("Ann", S), person("Zoe", Role.LOGISTICS)
    plan = team(ann, person("Ben", S), zoe, closer=zoe)
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ann", "Ben"]
    assert suggestion.closer_id is None
    assert any(
        r.startswith("Zoe is chosen as the closer but has no letter") for r in suggestion.reasons
    )
    assert NO_CLOSER not in suggestion.reasons


def test_a_letter_read_for_someone_absent_goes_to_the_middle():
    ray = person("Ray", S)
    eve = person("Evelyn", Role.ABSENT_WRITER, read_by=ray.id)
    people = [eve, ray, person("Ann", S), person("Ben", S), person("Cal", S)]
    plan = team(*people)
    suggestion = suggest_order(plan)
    order = names(plan, suggestion)
    assert order == ["Ray", "Ann", "Evelyn", "Ben", "Cal"]
    assert (
        "Evelyn's letter, read by Ray, sits in the middle, so it is not the first or last "
        "thing heard."
    ) in suggestion.reasons


def test_an_absent_letter_without_a_reader_says_so():
    plan = team(person("Ann", S), person("Evelyn", Role.ABSENT_WRITER), person("Ben", S))
    reasons = suggest_order(plan).reasons
    assert any("Evelyn's letter sits in the middle" in r for r in reasons)
    assert any("Nobody is chosen to read it yet." in r for r in reasons)


def test_an_absent_letter_never_claims_a_middle_it_cannot_have():
    ann = person("Ann", S)
    plan = team(person("Evelyn", Role.ABSENT_WRITER, read_by=ann.id), ann)
    reasons = suggest_order(plan).reasons
    assert not any("sits in the middle" in r for r in reasons)
    assert any("as near the middle as" in r for r in reasons)


def test_an_absent_closer_is_read_last():
    ray = person("Ray", S)
    eve = person("Evelyn", Role.ABSENT_WRITER, read_by=ray.id)
    plan = team(eve, ray, person("Ann", S), closer=eve)
    suggestion = suggest_order(plan)
    assert names(plan, suggestion) == ["Ray", "Ann", "Evelyn"]
    assert "Evelyn's letter, read by Ray, is the closer, so it is read last." in suggestion.reasons
    assert not any("middle" in r for r in suggestion.reasons)


def test_people_not_yet_placed_keep_the_order_they_were_added_in():
    ann, ben, cal = person("Ann", S), person("Ben", S), person("Cal", S)
    plan = Plan(participants=[ann, ben, cal], speaker_order=[cal.id])
    assert names(plan, suggest_order(plan)) == ["Cal", "Ann", "Ben"]


def test_nobody_with_a_letter():
    plan = team(person("Meg", Role.CHAIRPERSON), person("Zoe", Role.LOGISTICS))
    suggestion = suggest_order(plan)
    assert suggestion == OrderSuggestion([], None, [NOBODY_READS, HONEST_NOTE])
    assert suggest_order(Plan()).order == []


@pytest.mark.parametrize("size", range(0, 7))
def test_the_honest_note_is_always_last(size):
    plan = team(*[person(f"P{i}", S) for i in range(size)])
    assert suggest_order(plan).reasons[-1] == HONEST_NOTE
    assert suggest_order(plan).reasons.count(HONEST_NOTE) == 1


def test_everyone_with_a_letter_is_in_the_order_exactly_once(demo_plan):
    suggestion = suggest_order(demo_plan)
    assert sorted(suggestion.order) == sorted(p.id for p in demo_plan.speaking_order())


def test_names_are_first_names_unless_shared():
    a, b, c, d = (
        Participant("Sam Lee"),
        Participant("sam Ortiz"),
        Participant("Ray Doyle"),
        Participant(""),
    )
    names_by_id = short_names(Plan(participants=[a, b, c, d]))
    assert names_by_id == {a.id: "Sam Lee", b.id: "sam Ortiz", c.id: "Ray", d.id: "(no name)"}


# --- the example family ----------------------------------------------------------------------


def test_the_example_plans_suggestion(demo_plan):
    suggestion = suggest_order(demo_plan)
    order = [demo_plan.participant(pid).name for pid in suggestion.order]
    assert order[0] == "Margaret Marsh"  # the chairperson
    assert order[-1] == "Lily Marsh"  # the closer
    evelyn = order.index("Evelyn Doyle")
    assert 0 < evelyn < len(order) - 1
    assert abs(evelyn - (len(order) - 1) / 2) <= 1  # in the middle
    assert suggestion.closer_id == demo_plan.closer_id
    assert suggestion.reasons == [
        "Margaret opens, as chairperson, and closes the meeting, so Margaret's letter is read "
        "first, straight after the opening words.",
        "Evelyn's letter, read by Ray, sits in the middle, so it is not the first or last "
        "thing heard.",
        "Lily's letter is the closer, so Lily reads last.",
        HONEST_NOTE,
    ]


def test_suggesting_changes_nothing(demo_plan):
    demo_plan.speaker_order.reverse()  # Lily first, Margaret second-to-last
    before = copy.deepcopy(demo_plan)
    suggestion = suggest_order(demo_plan)
    assert demo_plan == before
    assert not suggestion.is_current(demo_plan)


def test_applying_sets_the_order_and_keeps_the_closer(demo_plan):
    demo_plan.speaker_order.reverse()
    suggestion = suggest_order(demo_plan)
    apply_suggestion(demo_plan, suggestion)
    assert demo_plan.speaker_order == suggestion.order
    assert [p.id for p in demo_plan.speaking_order()] == suggestion.order
    assert demo_plan.closer_id == suggestion.closer_id
    assert suggestion.is_current(demo_plan)
    assert suggest_order(demo_plan) == suggestion  # suggesting again: the same


def test_applying_never_clears_a_closer_the_family_chose():
    ann, zoe = person("Ann", S), person("Zoe", Role.LOGISTICS)
    plan = team(ann, zoe, closer=zoe)
    apply_suggestion(plan, suggest_order(plan))
    assert plan.closer_id == zoe.id


def test_a_closer_who_is_not_in_the_plan_counts_as_no_closer():
    plan = team(person("Ann", S), person("Ben", S))
    plan.closer_id = "0" * 32
    suggestion = suggest_order(plan)
    assert suggestion.closer_id is None
    assert suggestion.reasons == [NO_CLOSER, HONEST_NOTE]

"""The run of show: opening, letters in order (closer last), closing, with clock times."""

from datetime import datetime

from interventionplanner.domain.plan import Letter, Participant, Plan, Role
from interventionplanner.domain.timeline import (
    DEFAULT_CLOSING_SECONDS,
    DEFAULT_OPENING_SECONDS,
    Segment,
    build_timeline,
    total_seconds,
)


def words(n: int) -> str:
    return " ".join(["word"] * n)


def person(name: str, *roles: Role, letter_words: int = 0, **kw) -> Participant:
    return Participant(
        name=name, roles=list(roles), letter=Letter(my_hope=words(letter_words)), **kw
    )


def test_opening_letters_and_closing_in_order_with_running_starts():
    chair = person("Rosa", Role.CHAIRPERSON, Role.SPEAKER, letter_words=130)
    ben = person("Ben", Role.SPEAKER, letter_words=260)
    plan = Plan(
        participants=[chair, ben],
        speaker_order=[chair.id, ben.id],
        opening_words=words(65),
        closing_words=words(65),
    )

    timeline = build_timeline(plan)

    assert [e.segment for e in timeline] == [
        Segment.OPENING,
        Segment.LETTER,
        Segment.LETTER,
        Segment.CLOSING,
    ]
    assert [(e.who, e.start_seconds, e.seconds) for e in timeline] == [
        ("Rosa", 0, 30),
        ("Rosa", 30, 60),
        ("Ben", 90, 120),
        ("Rosa", 210, 30),
    ]
    assert total_seconds(timeline) == 240


def test_unwritten_opening_and_closing_get_a_default_allowance():
    plan = Plan(participants=[person("Rosa", Role.CHAIRPERSON)])
    timeline = build_timeline(plan)
    assert [e.seconds for e in timeline] == [DEFAULT_OPENING_SECONDS, DEFAULT_CLOSING_SECONDS]


def test_the_closer_reads_last_whatever_the_order_says():
    a, b, c = (person(n, Role.SPEAKER, letter_words=10) for n in "ABC")
    plan = Plan(participants=[a, b, c], speaker_order=[a.id, b.id, c.id], closer_id=a.id)
    letters = [e.who for e in build_timeline(plan) if e.segment is Segment.LETTER]
    assert letters == ["B", "C", "A"]


def test_speakers_not_yet_placed_follow_the_placed_ones():
    a, b, c = (person(n, Role.SPEAKER, letter_words=10) for n in "ABC")
    plan = Plan(participants=[a, b, c], speaker_order=[c.id])
    letters = [e.who for e in build_timeline(plan) if e.segment is Segment.LETTER]
    assert letters == ["C", "A", "B"]


def test_a_letter_from_someone_absent_is_read_by_their_reader():
    reader = person("Ben", Role.SPEAKER, letter_words=10)
    gran = person("Gran", Role.ABSENT_WRITER, letter_words=130, read_by=reader.id)
    plan = Plan(participants=[reader, gran])
    entry = [e for e in build_timeline(plan) if e.participant_id == gran.id][0]
    assert (entry.who, entry.read_for, entry.seconds) == ("Ben", "Gran", 60)


def test_people_without_a_letter_role_do_not_speak():
    driver = person("Sam", Role.LOGISTICS, letter_words=100)
    plan = Plan(participants=[driver])
    assert all(e.segment is not Segment.LETTER for e in build_timeline(plan))


def test_clock_times_count_from_the_meeting_start():
    chair = person("Rosa", Role.CHAIRPERSON)
    plan = Plan(participants=[chair])
    closing = build_timeline(plan)[-1]
    start = datetime(2027, 1, 16, 10, 0)
    assert closing.clock_time(start) == datetime(2027, 1, 16, 10, 2)
    assert closing.clock_time(None) is None


def test_the_reading_rate_changes_every_time():
    chair = person("Rosa", Role.CHAIRPERSON, Role.SPEAKER, letter_words=200)
    slow = Plan(participants=[chair], reading_rate_wpm=100)
    fast = Plan(participants=[chair], reading_rate_wpm=200)
    assert build_timeline(slow)[1].seconds == 120
    assert build_timeline(fast)[1].seconds == 60


def test_the_example_plan_has_every_speaker_timed(demo_plan):
    timeline = build_timeline(demo_plan)
    letters = [e for e in timeline if e.segment is Segment.LETTER]
    assert len(letters) >= 5
    assert all(e.words >= 250 and e.seconds > 0 for e in letters)
    assert letters[-1].participant_id == demo_plan.closer_id


def test_removing_someone_clears_every_link_to_them():
    from interventionplanner.domain.plan import Task, Treatment

    ben = person("Ben", Role.SPEAKER)
    gran = person("Gran", Role.ABSENT_WRITER, read_by=ben.id)
    plan = Plan(
        participants=[ben, gran],
        speaker_order=[ben.id, gran.id],
        closer_id=ben.id,
        treatment=Treatment(driver_id=ben.id),
        tasks=[Task("Pack", owner_id=ben.id)],
    )
    plan.remove_participant(ben.id)
    assert [p.name for p in plan.participants] == ["Gran"]
    assert plan.speaker_order == [gran.id]
    assert (plan.closer_id, plan.treatment.driver_id, plan.tasks[0].owner_id) == (None,) * 3
    assert gran.read_by is None

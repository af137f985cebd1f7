"""Rehearsal: one letter against a clock, the whole meeting run through, the role-play cards.

Every test drives a fake clock; nothing sleeps.
"""

import json

import pytest

from interventionplanner.domain.plan import (
    MAX_READING_RATE_WPM,
    MIN_READING_RATE_WPM,
    Letter,
    Objection,
    Participant,
    Plan,
    Role,
)
from interventionplanner.domain.rehearsal import (
    PLAUSIBLE_PACE_WPM,
    LetterRehearsal,
    RehearsalResult,
    RolePlay,
    RunThrough,
    apply_pace,
    paragraphs_of,
    plausible_pace,
)
from interventionplanner.domain.speaking import count_words
from interventionplanner.domain.timeline import Segment, build_timeline
from interventionplanner.storage import PlanFileError, load_plan, save_plan
from interventionplanner.storage.planfile import UnsavablePlanError, _plan_bytes
from interventionplanner.summary import summarise


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def named(plan: Plan, name: str) -> Participant:
    return next(p for p in plan.participants if p.name == name)


def letter_seconds(plan: Plan, writer: Participant) -> int:
    return next(e.seconds for e in build_timeline(plan) if e.participant_id == writer.id)


def speaker_seconds(summary: dict, name: str) -> int:
    return next(s["seconds"] for s in summary["speakers"] if s["name"] == name)


def test_a_letter_is_rehearsed_paragraph_by_paragraph_and_its_pace_measured(demo_plan):
    marcus = named(demo_plan, "Marcus Bell")
    clock = FakeClock()
    rehearsal = LetterRehearsal.for_letter(demo_plan, marcus.id, clock)
    assert rehearsal.planned_seconds == letter_seconds(demo_plan, marcus)
    assert rehearsal.paragraphs == paragraphs_of(marcus.letter.text())
    assert len(rehearsal.paragraphs) >= 4

    rehearsal.start()
    assert rehearsal.elapsed() == 0
    seen = [rehearsal.current]
    while rehearsal.next():
        clock.advance(30)
        seen.append(rehearsal.current)
    assert seen == rehearsal.paragraphs
    assert rehearsal.is_last
    assert not rehearsal.next()
    clock.advance(30)
    result = rehearsal.finish()

    seconds = 30 * len(rehearsal.paragraphs)
    words = count_words(marcus.letter.text())
    assert (result.seconds, result.words) == (seconds, words)
    assert result.words_per_minute == pytest.approx(words / (seconds / 60))
    clock.advance(100)
    assert rehearsal.elapsed() == seconds  # the clock stops at the finish


def test_stepping_back_and_forth(demo_plan):
    rehearsal = LetterRehearsal(["One.", "", "Two.", "Three."], 60, FakeClock())
    assert rehearsal.paragraphs == ["One.", "Two.", "Three."]  # blank ones are not steps
    rehearsal.start()
    assert not rehearsal.previous()
    assert rehearsal.index == 0
    assert rehearsal.next()
    assert rehearsal.next()
    assert rehearsal.current == "Three."
    assert rehearsal.previous()
    assert rehearsal.current == "Two."


def test_the_clock_turns_soft_near_the_end_of_the_planned_time():
    clock = FakeClock()
    rehearsal = LetterRehearsal(["Some words to read."], 100, clock)
    assert rehearsal.elapsed() == 0
    assert not rehearsal.near_end()
    rehearsal.start()
    clock.advance(84)
    assert not rehearsal.near_end()
    clock.advance(1)
    assert rehearsal.near_end()
    clock.advance(60)
    assert rehearsal.near_end()  # over time is still only a soft colour, never an alarm


def test_applying_the_pace_changes_the_speakers_time_on_the_timeline_and_summary(
    demo_plan, catalogue, today
):
    marcus = named(demo_plan, "Marcus Bell")
    before = letter_seconds(demo_plan, marcus)
    timeline_before = build_timeline(demo_plan)
    clock = FakeClock()
    rehearsal = LetterRehearsal.for_letter(demo_plan, marcus.id, clock)
    rehearsal.start()
    while rehearsal.next():
        pass
    clock.advance(before * 2)  # he read at half the plan's pace
    result = rehearsal.finish()

    rate = apply_pace(demo_plan, marcus.id, result)

    assert rate == round(result.words_per_minute) == marcus.reading_rate_wpm
    assert rate == pytest.approx(demo_plan.reading_rate_wpm / 2, abs=1)
    after = letter_seconds(demo_plan, marcus)
    assert after == pytest.approx(before * 2, abs=2)
    summary = summarise(demo_plan, catalogue, today)
    assert speaker_seconds(summary, "Marcus Bell") == after
    for old, new in zip(timeline_before, build_timeline(demo_plan), strict=True):
        if new.participant_id != marcus.id:  # nobody else's time changed
            assert new.seconds == old.seconds


def test_the_pace_for_an_absent_writers_letter_belongs_to_whoever_reads_it(demo_plan):
    evelyn, ray = named(demo_plan, "Evelyn Doyle"), named(demo_plan, "Ray Doyle")
    assert evelyn.read_by == ray.id
    before = {p.name: letter_seconds(demo_plan, p) for p in (ray, evelyn)}
    clock = FakeClock()
    rehearsal = LetterRehearsal.for_letter(demo_plan, evelyn.id, clock)
    rehearsal.start()
    clock.advance(rehearsal.planned_seconds / 1.5)
    result = rehearsal.finish()
    apply_pace(demo_plan, evelyn.id, result)

    assert evelyn.reading_rate_wpm is None
    assert ray.reading_rate_wpm == round(result.words_per_minute)
    # Ray reads both letters at his own pace now: half as fast again as the plan's rate.
    for person in (ray, evelyn):
        assert letter_seconds(demo_plan, person) == pytest.approx(
            before[person.name] / 1.5, rel=0.02
        )


def reading(words: int, seconds: float) -> RehearsalResult:
    clock = FakeClock()
    rehearsal = LetterRehearsal(["word " * words], 60, clock)
    rehearsal.start()
    clock.advance(seconds)
    return rehearsal.finish()


@pytest.mark.parametrize(
    ("words", "seconds", "offered"),
    [
        (300, 120, 150),  # a calm reading
        (130, 60, 130),
        (250, 250, 60),  # slow, with pauses: still a reading
        (480, 120, 240),
        (631, 60, None),  # paragraphs skipped: issue 12 saw 631 offered
        (500, 10, None),  # ten seconds tells nothing
        (100, 3600, None),  # the clock ran on
        (0, 60, None),
        (300, 0, None),  # no time passed
    ],
)
def test_only_a_plausible_pace_is_offered(words, seconds, offered):
    assert plausible_pace(reading(words, seconds)) == offered


def test_an_implausible_pace_is_never_applied(demo_plan):
    marcus = named(demo_plan, "Marcus Bell")
    with pytest.raises(ValueError, match="pace"):
        apply_pace(demo_plan, marcus.id, reading(631, 60))
    assert marcus.reading_rate_wpm is None
    low, high = PLAUSIBLE_PACE_WPM
    assert MIN_READING_RATE_WPM <= low < high <= MAX_READING_RATE_WPM


def test_the_chairpersons_own_pace_times_the_opening_and_closing():
    chair = Participant(name="Rosa", roles=[Role.CHAIRPERSON], reading_rate_wpm=65)
    ben = Participant(name="Ben", roles=[Role.SPEAKER], letter=Letter(my_hope="word " * 130))
    plan = Plan(participants=[chair, ben], opening_words="word " * 65, closing_words="hi " * 65)
    assert plan.rate_for(chair) == 65
    assert plan.rate_for(ben) == plan.reading_rate_wpm == 130
    assert [e.seconds for e in build_timeline(plan)] == [60, 60, 60]


def test_a_run_through_records_every_part_and_totals_match(demo_plan):
    clock = FakeClock()
    run = RunThrough(demo_plan, clock)
    timeline = build_timeline(demo_plan)
    assert run.meeting_elapsed() == 0
    recorded = []
    while not run.done:
        run.start_segment()
        seconds = 45 + 10 * run.index
        clock.advance(seconds)
        assert run.end_segment() == seconds
        recorded.append(seconds)
        clock.advance(5)  # a pause between speakers counts on the meeting clock only
    rows = run.report()

    assert [(r.who, r.what, r.planned_seconds, r.read_for) for r in rows] == [
        (e.who, e.segment, e.seconds, e.read_for) for e in timeline
    ]
    assert rows[0].what is Segment.OPENING
    assert rows[-1].what is Segment.CLOSING
    assert [r.actual_seconds for r in rows] == recorded
    assert run.actual_total == sum(recorded)
    assert run.planned_total == sum(r.planned_seconds for r in rows) == timeline[-1].end_seconds
    assert run.meeting_elapsed() == sum(recorded) + 5 * (len(rows) - 1)
    with pytest.raises(RuntimeError):
        run.start_segment()


def test_a_run_through_stopped_early_reports_only_what_was_reached(demo_plan):
    clock = FakeClock()
    run = RunThrough(demo_plan, clock)
    with pytest.raises(RuntimeError):
        run.end_segment()
    run.start_segment()
    clock.advance(70)
    run.end_segment()
    rows = run.report()
    assert rows[0].actual_seconds == 70
    assert all(r.actual_seconds is None for r in rows[1:])
    assert run.actual_total == 70


def test_role_play_shows_cards_in_order_with_the_answer_hidden_until_asked(demo_plan):
    objections = demo_plan.objections
    play = RolePlay(objections)
    shown = []
    while not play.done:
        assert not play.answer_shown
        shown.append(play.current.objection)
        assert play.reveal() == play.current.answer
        assert play.answer_shown
        if len(shown) == 2:
            play.mark_needs_work()
        play.next()
    assert shown == [o.objection for o in objections]
    assert play.current is None
    assert not play.next()
    assert [o.needs_work for o in objections] == [i == 1 for i in range(len(objections))]
    with pytest.raises(RuntimeError):
        play.reveal()


def test_blank_objections_are_not_cards():
    play = RolePlay([Objection("", "x"), Objection("I'm fine.", "We see otherwise.")])
    assert [c.objection for c in play.cards] == ["I'm fine."]


def test_a_speakers_pace_and_needs_work_survive_saving(demo_plan, tmp_path):
    marcus = named(demo_plan, "Marcus Bell")
    marcus.reading_rate_wpm = 112
    demo_plan.objections[0].needs_work = True
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path)
    assert json.loads(path.read_text("utf-8"))["version"] == "1.5"

    plan = load_plan(path).plan

    assert named(plan, "Marcus Bell").reading_rate_wpm == 112
    assert named(plan, "Lily Marsh").reading_rate_wpm is None
    assert plan.objections[0].needs_work
    assert not plan.objections[1].needs_work
    assert plan == demo_plan


@pytest.mark.parametrize("rate", [39, 401])
def test_a_speakers_pace_outside_the_accepted_rates_is_refused(demo_plan, tmp_path, rate):
    demo_plan.participants[2].reading_rate_wpm = rate
    path = tmp_path / "plan.ivplan"
    expected = [("plan.participants[2].reading_rate_wpm", "should be between 40 and 400")]
    with pytest.raises(UnsavablePlanError) as refused:  # never written: it would not open
        save_plan(demo_plan, path)
    assert [(p.where, p.message) for p in refused.value.problems] == expected
    assert not path.exists()
    path.write_bytes(_plan_bytes(demo_plan, path))  # as another program might write it
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert [(p.where, p.message) for p in info.value.problems] == expected

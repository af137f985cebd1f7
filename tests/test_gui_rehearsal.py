"""Rehearsal windows: the prompter for one letter and the run-through of the whole meeting.

A fake clock stands in for time: tests advance it and call refresh(); nothing sleeps.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from interventionplanner import cli
from interventionplanner.domain.timeline import Segment, build_timeline
from interventionplanner.storage.planfile import save_plan
from interventionplanner.ui.prompter import PrompterWindow
from interventionplanner.ui.run_through import SECONDS_ROLE, RunThroughWindow

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_example(qtbot, window):
    qtbot.mouseClick(window.wizard.welcome.example_button, Qt.MouseButton.LeftButton)
    return window.document.plan


def letter_entry(plan, name):
    return next(
        e
        for e in build_timeline(plan)
        if e.segment is Segment.LETTER and e.who == name and e.read_for is None
    )


def open_prompter(qtbot, window, name="Marcus Bell"):
    plan = open_example(qtbot, window)
    entry = letter_entry(plan, name)
    fake = FakeClock()
    prompter = PrompterWindow(window.document, entry.participant_id, window.settings, clock=fake)
    qtbot.addWidget(prompter)
    prompter.resize(900, 700)
    prompter.show()
    qtbot.waitExposed(prompter)
    return prompter, fake, entry


def current_paragraphs(prompter):
    return [i for i, label in enumerate(prompter.paragraph_labels) if label.property("current")]


def test_stepping_through_a_letter_measures_the_pace_and_using_it_changes_the_timings(
    qtbot, window, tmp_path, capsys
):
    prompter, fake, entry = open_prompter(qtbot, window)
    pid = entry.participant_id
    count = len(prompter.paragraph_labels)
    assert count > 2
    assert current_paragraphs(prompter) == [0]
    assert (
        prompter.clock_label.text()
        == f"0:00 of about {entry.seconds // 60}:{entry.seconds % 60:02d}"
    )

    # 180 seconds over the whole letter, one key per paragraph, Space and PageDown in turn.
    keys = [Qt.Key.Key_Space, Qt.Key.Key_PageDown]
    per_paragraph = 180 / count
    for i in range(count - 1):
        fake.advance(per_paragraph)
        qtbot.keyClick(prompter, keys[i % 2])
        assert current_paragraphs(prompter) == [i + 1]
    # Back and forward again, as a clicker's "previous" would.
    qtbot.keyClick(prompter, Qt.Key.Key_PageUp)
    assert current_paragraphs(prompter) == [count - 2]
    qtbot.keyClick(prompter, Qt.Key.Key_PageDown)
    assert not prompter.finished
    fake.advance(per_paragraph)
    prompter.refresh()
    assert prompter.clock_label.text().startswith("3:00 of about")
    qtbot.keyClick(prompter, Qt.Key.Key_Space)  # past the last paragraph: done

    assert prompter.finished
    words = entry.words
    pace = round(words * 60 / 180)
    assert prompter.result_label.text() == f"That took 3:00 — about {pace} words a minute."
    assert prompter.use_pace_button.isVisible()
    assert prompter.use_pace_button.text() == "Use this pace for Marcus Bell from now on"

    with qtbot.waitSignal(prompter.paceApplied) as applied:
        qtbot.mouseClick(prompter.use_pace_button, Qt.MouseButton.LeftButton)
    assert applied.args == [pace]
    plan = window.document.plan
    assert plan.participant(pid).reading_rate_wpm == pace
    assert window.document.dirty

    after = letter_entry(plan, "Marcus Bell")
    assert after.seconds != entry.seconds
    assert abs(after.seconds - 180) <= 2

    path = tmp_path / "plan.ivplan"
    save_plan(plan, path)
    assert cli.main(["summary", str(path), "--json", "--today", "2026-11-27"]) == 0
    summary = json.loads(capsys.readouterr().out)
    marcus = next(s for s in summary["speakers"] if s["name"] == "Marcus Bell")
    assert marcus["seconds"] == after.seconds


def test_not_now_leaves_the_timings_alone(qtbot, window):
    prompter, fake, entry = open_prompter(qtbot, window)
    for _ in prompter.paragraph_labels:
        fake.advance(20)
        qtbot.keyClick(prompter, Qt.Key.Key_Right)
    assert prompter.finished
    qtbot.mouseClick(prompter.not_now_button, Qt.MouseButton.LeftButton)
    assert not prompter.isVisible()
    assert window.document.plan.participant(entry.participant_id).reading_rate_wpm is None


def test_font_size_changes_with_ctrl_plus_and_minus_and_is_remembered(qtbot, window):
    prompter, _fake, _entry = open_prompter(qtbot, window)
    assert prompter.font_size == 28
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(prompter, Qt.Key.Key_Plus, ctrl)
    assert prompter.font_size == 30
    qtbot.keyClick(prompter, Qt.Key.Key_Equal, ctrl)
    assert prompter.font_size == 32
    assert window.settings.prompter_font_size == 32
    assert "font-size: 32pt" in prompter.styleSheet()
    for _ in range(40):
        qtbot.keyClick(prompter, Qt.Key.Key_Minus, ctrl)
    assert prompter.font_size == 14
    assert window.settings.prompter_font_size == 14
    qtbot.keyClick(prompter, Qt.Key.Key_Plus, ctrl)
    prompter.close()

    again = PrompterWindow(
        window.document, _entry.participant_id, window.settings, clock=FakeClock()
    )
    qtbot.addWidget(again)
    assert again.font_size == 16


def test_dark_page_toggles_and_esc_leaves(qtbot, window):
    prompter, _fake, _entry = open_prompter(qtbot, window)
    assert not prompter.dark
    qtbot.keyClick(prompter, Qt.Key.Key_D)
    assert prompter.dark
    assert window.settings.prompter_dark
    assert prompter.theme_button.accessibleName()
    assert prompter.scroll.accessibleName() == "The letter"
    qtbot.keyClick(prompter, Qt.Key.Key_Escape)
    assert not prompter.isVisible()
    assert not prompter.timer.isActive()


def test_the_clock_turns_soft_near_the_end(qtbot, window):
    prompter, fake, entry = open_prompter(qtbot, window)
    planned = entry.seconds
    fake.advance(0.80 * planned)
    prompter.refresh()
    assert prompter.clock_label.property("nearEnd") is False
    fake.advance(0.06 * planned)
    qtbot.waitUntil(lambda: prompter.clock_label.property("nearEnd") is True)  # the timer
    assert prompter.timer.isActive()


def test_run_through_records_every_part_and_the_report_adds_up(qtbot, window):
    plan = open_example(qtbot, window)
    fake = FakeClock()
    run = RunThroughWindow(window.document, clock=fake)
    qtbot.addWidget(run)
    run.resize(900, 700)
    run.show()
    qtbot.waitExposed(run)

    timeline = build_timeline(plan)
    assert run.segment_label.text().startswith("Opening — Margaret Marsh")
    assert run.text_label.text() == plan.opening_words.strip()
    recorded = []
    for i, entry in enumerate(timeline):
        seconds = 45 + 17 * i
        recorded.append(seconds)
        fake.advance(seconds)
        run.refresh()
        assert run.clock_label.text().startswith(
            f"Meeting {sum(recorded) // 60}:{sum(recorded) % 60:02d} of about"
        )
        if entry.read_for:
            assert run.segment_label.text().startswith(
                f"Letter — {entry.who} reading for {entry.read_for}"
            )
        qtbot.keyClick(run, Qt.Key.Key_Space if i % 2 else Qt.Key.Key_PageDown)
    assert run.done
    assert run.stack.currentIndex() == 1

    model = run.report_model
    assert model.rowCount() == len(timeline) + 1
    actual = [model.index(r, run.COL_ACTUAL).data(SECONDS_ROLE) for r in range(len(timeline))]
    planned = [model.index(r, run.COL_PLANNED).data(SECONDS_ROLE) for r in range(len(timeline))]
    assert actual == recorded
    assert planned == [e.seconds for e in timeline]
    assert [model.index(r, run.COL_WHO).data() for r in range(len(timeline))] == [
        e.who for e in timeline
    ]
    total = len(timeline)
    assert model.index(total, run.COL_WHO).data() == "Total"
    assert model.index(total, run.COL_ACTUAL).data(SECONDS_ROLE) == sum(recorded)
    assert model.index(total, run.COL_PLANNED).data(SECONDS_ROLE) == sum(planned)
    minutes, secs = divmod(sum(recorded), 60)
    assert model.index(total, run.COL_ACTUAL).data() == f"{minutes}:{secs:02d}"
    assert run.run.actual_total == sum(recorded)

    fake.advance(100)  # the meeting clock stopped with the last part
    run.refresh()
    assert run.clock_label.text().startswith(f"Meeting {minutes}:{secs:02d}")
    qtbot.keyClick(run, Qt.Key.Key_Escape)
    assert not run.isVisible()

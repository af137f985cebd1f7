"""Older plan files are lifted to the current format one step at a time, in order.

The app has no old formats yet, so these tests pretend the current format is 3.0 and that
two steps exist: 1 -> 2 renames the loved one's "nickname" to "preferred_name", and
2 -> 3 adds closing words that older versions did not have.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from interventionplanner.domain.plan import LovedOne, Plan
from interventionplanner.storage import PlanFileError, load_plan, migrations, planfile, save_plan
from interventionplanner.storage.migrations import FORMAT

ADDED_CLOSING = "Thank you for listening. We love you."


class Steps:
    """The two pretend steps, recording each call and what it was given."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def step1(self, content: dict[str, Any]) -> dict[str, Any]:
        self.calls.append("step1")
        loved_one = content["plan"]["loved_one"]
        loved_one["preferred_name"] = loved_one.pop("nickname")
        return content

    def step2(self, content: dict[str, Any]) -> dict[str, Any]:
        # Step 2 must see step 1's output, never the raw version 1 file.
        loved_one = content["plan"]["loved_one"]
        self.calls.append("step2 after rename" if "nickname" not in loved_one else "step2")
        content["plan"].setdefault("closing_words", ADDED_CLOSING)
        return content


@pytest.fixture
def steps(monkeypatch) -> Steps:
    """Pretend the current format is 3.0 with a step from 1 and a step from 2."""
    steps = Steps()
    # planfile imported CURRENT_VERSION by name (for the envelope check and for saving);
    # migrate() reads the one in migrations. Both must move together.
    monkeypatch.setattr(migrations, "CURRENT_VERSION", (3, 0))
    monkeypatch.setattr(planfile, "CURRENT_VERSION", (3, 0))
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: steps.step1, 2: steps.step2})
    return steps


def _old_file(folder: Path, version: str, loved_one: dict[str, Any]) -> Path:
    """A file as an older app would have written it: few fields, old names."""
    path = folder / "old.ivplan"
    content = {"format": FORMAT, "version": version, "plan": {"loved_one": loved_one}}
    path.write_text(json.dumps(content, indent=2), encoding="utf-8")
    return path


def test_a_version_1_file_runs_both_steps_in_order(tmp_path, steps):
    """A 1.0 file goes through 1 -> 2 then 2 -> 3 and opens with the migrated values."""
    path = _old_file(tmp_path, "1.0", {"name": "Alexandra", "nickname": "Sasha"})
    before = (path.read_bytes(), path.stat().st_mtime_ns)

    loaded = load_plan(path)

    assert steps.calls == ["step1", "step2 after rename"]
    assert loaded.plan.loved_one.name == "Alexandra"
    assert loaded.plan.loved_one.preferred_name == "Sasha"
    assert loaded.plan.loved_one.called == "Sasha"
    assert loaded.plan.closing_words == ADDED_CLOSING
    assert loaded.notes == []
    # Opening an old file never rewrites it; only saving does.
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_migrated_plan_saves_at_the_current_version(tmp_path, steps):
    """After migrating, saving writes the current version, which then opens with no step."""
    old = _old_file(tmp_path, "1.0", {"name": "Alexandra", "nickname": "Sasha"})
    plan = load_plan(old).plan
    new = tmp_path / "new.ivplan"

    save_plan(plan, new)
    steps.calls.clear()
    again = load_plan(new)

    assert json.loads(new.read_bytes())["version"] == "3.0"
    assert steps.calls == []
    assert again.plan == plan


def test_a_version_2_file_runs_only_the_later_step(tmp_path, steps):
    """A 2.0 file already has "preferred_name", so only 2 -> 3 runs."""
    path = _old_file(tmp_path, "2.5", {"name": "Alexandra", "preferred_name": "Sasha"})

    loaded = load_plan(path)

    assert steps.calls == ["step2 after rename"]
    assert loaded.plan.loved_one.preferred_name == "Sasha"
    assert loaded.plan.closing_words == ADDED_CLOSING


def test_a_file_at_the_current_version_runs_no_step(tmp_path, steps):
    """A file already at 3.x is read as it is: no step runs, nothing is added."""
    plan = Plan(loved_one=LovedOne(name="Alexandra", preferred_name="Sasha"))
    path = tmp_path / "current.ivplan"
    save_plan(plan, path)
    assert json.loads(path.read_bytes())["version"] == "3.0"

    loaded = load_plan(path)

    assert steps.calls == []
    assert loaded.plan == plan
    assert loaded.plan.closing_words == ""
    assert loaded.notes == []


def test_a_newer_minor_version_runs_no_step_and_gets_a_note(tmp_path, steps):
    """A 3.4 file (from a newer app of the same major version) opens with a note."""
    path = _old_file(tmp_path, "3.4", {"name": "Alexandra", "preferred_name": "Sasha"})

    loaded = load_plan(path)

    assert steps.calls == []
    assert loaded.plan.loved_one.preferred_name == "Sasha"
    assert len(loaded.notes) == 1
    assert "newer version" in loaded.notes[0]


def _assert_refused_as_too_old(path: Path) -> None:
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    message = str(info.value)
    assert message == (
        '"old.ivplan" could not be opened: '
        "it was made by a very old version that can no longer be read."
    )
    assert "Sasha" not in message
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_gap_in_the_chain_is_refused_plainly(tmp_path, steps, monkeypatch):
    """With no 2 -> 3 step, a 1.0 file cannot be brought up to date: a plain refusal."""
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: steps.step1})
    path = _old_file(tmp_path, "1.0", {"name": "Alexandra", "nickname": "Sasha"})

    _assert_refused_as_too_old(path)
    assert "step2" not in steps.calls


def test_a_gap_at_the_start_runs_no_later_step(tmp_path, steps, monkeypatch):
    """With no 1 -> 2 step, the 2 -> 3 step is never applied to a version 1 file."""
    monkeypatch.setattr(migrations, "MIGRATIONS", {2: steps.step2})
    path = _old_file(tmp_path, "1.0", {"name": "Alexandra", "nickname": "Sasha"})

    _assert_refused_as_too_old(path)
    assert steps.calls == []


def test_a_migrated_plan_is_still_checked(tmp_path, steps, monkeypatch):
    """A step's output goes through the same checks as any file: no bad data slips in."""

    def careless_step(content: dict[str, Any]) -> dict[str, Any]:
        content["plan"]["reading_rate_wpm"] = "fast"
        return content

    monkeypatch.setattr(migrations, "MIGRATIONS", {1: steps.step1, 2: careless_step})
    path = _old_file(tmp_path, "1.0", {"name": "Alexandra", "nickname": "Sasha"})

    with pytest.raises(PlanFileError) as info:
        load_plan(path)

    assert [p.where for p in info.value.problems] == ["plan.reading_rate_wpm"]
    assert "should be a whole number" in str(info.value)

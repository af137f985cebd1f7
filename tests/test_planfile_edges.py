"""Edge cases found in review: each is refused in plain words, never with a crash."""

import json

import pytest

from interventionplanner.domain.plan import Objection, Participant, Plan
from interventionplanner.storage import PlanFileError, load_plan, migrations, save_plan


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "p.ivplan"
    save_plan(Plan(), path)
    return path


def rewrite(path, change):
    content = json.loads(path.read_text("utf-8"))
    change(content)
    path.write_text(json.dumps(content), "utf-8")


def test_a_time_zone_on_a_meeting_time_is_refused(saved):
    rewrite(saved, lambda c: c["plan"]["meeting"].update(starts_at="2027-01-16T10:00:00+05:00"))
    with pytest.raises(PlanFileError) as info:
        load_plan(saved)
    assert info.value.problems[0].where == "plan.meeting.starts_at"
    assert "without a time zone" in info.value.problems[0].message


@pytest.mark.parametrize("version", [1.0, 1, "١.٠"])
def test_a_version_must_be_written_as_text_digits(saved, version):
    rewrite(saved, lambda c: c.update(version=version))
    with pytest.raises(PlanFileError, match="does not say which version"):
        load_plan(saved)


def test_a_plan_written_as_text_is_not_called_missing(saved):
    rewrite(saved, lambda c: c.update(plan="hello"))
    with pytest.raises(PlanFileError, match="plan should be a group of fields"):
        load_plan(saved)


def test_an_upgrade_step_that_meets_odd_data_is_reported_plainly(saved, monkeypatch):
    def step(content):
        return content["no such key"]

    rewrite(saved, lambda c: c.update(version="1.0"))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", (2, 0))
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step})
    with pytest.raises(PlanFileError, match="could not be brought up to date"):
        load_plan(saved)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.ivplan"
    with path.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read it all"))
    with pytest.raises(PlanFileError, match="too large"):
        load_plan(path)


def test_a_file_from_before_seating_existed_still_opens(saved):
    """Format 1.1 added seating; a 1.0 file has none and opens without a word of warning."""

    def as_1_0(content):
        content["version"] = "1.0"
        del content["plan"]["seating"]

    rewrite(saved, as_1_0)
    loaded = load_plan(saved)
    assert loaded.plan.seating == []
    assert loaded.notes == []


def test_a_file_from_before_per_speaker_pace_existed_still_opens(saved):
    """Format 1.2 added each speaker's reading rate and each objection's "needs work"; a 1.1
    file has neither and opens without a word of warning."""
    plan = Plan(participants=[Participant(name="Rosa")], objections=[Objection("No.", "Yes.")])
    save_plan(plan, saved)

    def as_1_1(content):
        content["version"] = "1.1"
        del content["plan"]["participants"][0]["reading_rate_wpm"]
        del content["plan"]["objections"][0]["needs_work"]

    rewrite(saved, as_1_1)
    loaded = load_plan(saved)
    assert loaded.plan.participants[0].reading_rate_wpm is None
    assert loaded.plan.objections[0].needs_work is False
    assert loaded.plan == plan
    assert loaded.notes == []

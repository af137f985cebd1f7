"""Limits that match the real world: one table, checked when a file is read, in the schema,
and for the window's inputs; and exit 3 kept for bugs of ours, told without a traceback."""

from __future__ import annotations

import json
import stat
from datetime import datetime
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from interventionplanner.cli import main
from interventionplanner.domain import limits
from interventionplanner.domain.plan import Participant, Plan
from interventionplanner.output.letter_kit import LetterKitError, export_kit, import_kit
from interventionplanner.storage import load_plan, save_plan
from interventionplanner.storage.errors import PlanFileError
from interventionplanner.storage.schema import plan_file_schema

HUGE = 200_000


def _validate(capsys, path: Path) -> tuple[int, list[dict]]:
    code = main(["validate", "--json", str(path)])
    return code, json.loads(capsys.readouterr().out)["errors"]


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("plan.meeting.address", lambda plan: setattr(plan.meeting, "address", "a" * HUGE)),
        (
            "plan.participants[1].relationship",
            lambda plan: setattr(plan.participants[1], "relationship", "sister " * 20_000),
        ),
        (
            "plan.participants[1].phone",
            lambda plan: setattr(plan.participants[1], "phone", "5" * HUGE),
        ),
        (
            "plan.participants[0].name",
            lambda plan: setattr(plan.participants[0], "name", "N" * HUGE),
        ),
        ("plan.treatment.phone", lambda plan: setattr(plan.treatment, "phone", "1" * 41)),
        (
            "plan.participants[2].email",
            lambda plan: setattr(plan.participants[2], "email", "e" * 255),
        ),
        (
            "plan.meeting.starts_at",
            lambda plan: setattr(plan.meeting, "starts_at", datetime(9999, 12, 31, 23, 59, 59)),
        ),
        (
            "plan.treatment.admission_at",
            lambda plan: setattr(plan.treatment, "admission_at", datetime(1999, 12, 31, 23, 0)),
        ),
        (
            "plan.tasks[0].due",
            lambda plan: setattr(plan.tasks[0], "due", datetime(2101, 1, 1).date()),
        ),
        (
            "plan.participants",
            lambda plan: plan.participants.extend(
                Participant(name=f"Person {n}") for n in range(limits.MAX_PARTICIPANTS)
            ),
        ),
        (
            "plan.participants[0].letter",
            lambda plan: setattr(plan.participants[0].letter, "my_hope", "hope " * 20_001),
        ),
    ],
)
def test_validate_refuses_what_no_real_plan_holds_and_names_the_field(
    where, change, demo_plan, tmp_path, capsys
):
    change(demo_plan)
    path = tmp_path / "plan.ivplan"
    write_unchecked(demo_plan, path)  # as another program, or an older version, might
    before = path.read_bytes()
    code, errors = _validate(capsys, path)
    assert code == 1
    assert where in [e["where"] for e in errors]
    for command in (["summary", str(path)], ["export", str(path), "-o", str(tmp_path / "p.pdf")]):
        assert main(command) == 1  # never 3: it is the data, said plainly
        err = capsys.readouterr().err
        assert where in err
        assert "Traceback" not in err
    assert path.read_bytes() == before


def write_unchecked(plan, path) -> None:
    """The file save_plan would write, without the checks that stop it writing one that
    would not open (this app never writes such a file; these tests need one)."""
    from interventionplanner.storage.planfile import _plan_bytes

    path.write_bytes(_plan_bytes(plan, path))


def test_save_refuses_what_reading_would_refuse(demo_plan, tmp_path):
    from interventionplanner.storage import PlanSaveError

    demo_plan.participants[0].phone = "5" * 41
    with pytest.raises(PlanSaveError, match="phone"):
        save_plan(demo_plan, tmp_path / "plan.ivplan")


def test_a_plan_at_every_limit_opens(demo_plan, tmp_path):
    person = demo_plan.participants[0]
    person.phone = "5" * limits.max_chars("participant", "phone")
    person.name = "N" * limits.max_chars(Participant, "name")
    demo_plan.meeting.starts_at = datetime(limits.MAX_YEAR, 12, 31, 23, 59)
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path)
    assert load_plan(path).plan == demo_plan


def test_a_breach_names_the_field_as_preflight_does(demo_plan):
    person = demo_plan.participants[1]
    person.phone = "5" * 41
    (breach,) = limits.check(demo_plan)
    assert breach.where == f"participants/{person.id}/phone"
    assert breach.path == "plan.participants[1].phone"
    assert "40" in breach.message


def test_the_window_can_ask_for_each_fields_limit_and_why():
    assert limits.max_chars("participant", "phone") == 40
    assert limits.max_chars("loved_one", "name") == 200
    assert limits.max_chars(Plan, "participants") is None  # not text
    assert limits.max_words("letter", "my_hope") == limits.LETTER_WORDS
    assert "40 characters" in limits.limit_message("participant", "phone")
    assert limits.limit_message("participant", "roles") == ""


def test_the_schema_carries_the_limits_and_agrees_with_the_reader(demo_plan, tmp_path):
    schema = plan_file_schema()
    participant = schema["$defs"]["Participant"]["properties"]
    assert participant["phone"]["maxLength"] == 40
    assert schema["$defs"]["Plan"]["properties"]["participants"]["maxItems"] == 50
    starts = schema["$defs"]["Meeting"]["properties"]["starts_at"]["anyOf"][0]
    assert "pattern" in starts
    demo_plan.participants[0].phone = "5" * 41
    demo_plan.meeting.starts_at = datetime(9999, 1, 1)
    path = tmp_path / "plan.ivplan"
    write_unchecked(demo_plan, path)
    found = {
        "/".join(map(str, e.absolute_path))
        for e in Draft202012Validator(schema).iter_errors(json.loads(path.read_text("utf-8")))
    }
    assert found == {"plan/participants/0/phone", "plan/meeting/starts_at"}
    with pytest.raises(PlanFileError):
        load_plan(path)


def test_a_letter_kit_longer_than_a_letter_is_refused(demo_plan):
    person = demo_plan.speaking_order()[0]
    kit = export_kit(demo_plan, person)
    kit = kit.replace(person.letter.my_hope.strip(), "hope " * (limits.LETTER_WORDS + 1), 1)
    with pytest.raises(LetterKitError, match="longer than a letter can be"):
        import_kit(demo_plan, kit)


def test_exit_3_leaves_a_short_report_and_never_a_traceback(
    demo_plan, tmp_path, capsys, monkeypatch, user_dirs
):
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path)
    before = path.read_bytes()

    def broken(*_args, **_kwargs):
        raise RuntimeError(f"private words: {demo_plan.participants[0].name}")

    monkeypatch.setattr("interventionplanner.cli.summarise", broken)
    assert main(["summary", str(path)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "private words" not in err
    assert path.read_bytes() == before
    (report,) = (user_dirs / "data").rglob("report-*.txt")
    assert str(report) in err
    text = report.read_text("utf-8")
    assert "RuntimeError" in text
    assert "cli.py" in text
    assert "private words" not in text
    assert demo_plan.participants[0].name not in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


@pytest.mark.parametrize("day", ["9999-12-31", "1970-01-01", "soon"])
def test_a_today_no_plan_could_have_is_a_usage_error(day, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["new", "--demo", "-o", str(tmp_path / "p.ivplan"), "--today", day])
    assert stopped.value.code == 2
    assert "--today" in capsys.readouterr().err
    assert not (tmp_path / "p.ivplan").exists()

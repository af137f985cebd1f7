"""The headless command line: its output, its JSON and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from interventionplanner import __version__
from interventionplanner.cli import main

TODAY = "2026-11-27"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.ivplan"
    assert main(["new", "--demo", "-o", str(path), "--today", TODAY]) == 0
    return path


def run_json(capsys, *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_new_demo_then_summary_json(demo_file, capsys):
    code, summary = run_json(capsys, "summary", str(demo_file), "--today", TODAY)
    assert code == 0
    speakers = summary["speakers"]
    assert len(speakers) >= 5
    assert all(s["name"] and s["words"] > 0 and s["seconds"] > 0 for s in speakers)
    assert summary["total_seconds"] > sum(s["seconds"] for s in speakers)  # plus opening/closing
    assert isinstance(summary["preflight"], list)
    assert all({"code", "severity", "message"} <= set(f) for f in summary["preflight"])


def test_summary_text_lists_speakers_in_order(demo_file, capsys):
    assert main(["summary", str(demo_file), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Speakers, in order:" in out
    assert "  1. " in out
    assert "Whole meeting:" in out


def test_summary_flags_a_past_meeting_date(demo_file, capsys):
    code, summary = run_json(capsys, "summary", str(demo_file), "--today", "2099-01-01")
    assert code == 0
    assert "meeting_in_past" in {f["code"] for f in summary["preflight"]}


def test_validate_a_good_file(demo_file, capsys):
    code, result = run_json(capsys, "validate", str(demo_file))
    assert (code, result["ok"], result["errors"]) == (0, True, [])


def test_validate_a_damaged_file_says_what_and_where(tmp_path, capsys):
    bad = tmp_path / "bad.ivplan"
    bad.write_text(
        '{"format": "interventionplanner.plan", "version": "1.0", '
        '"plan": {"participants": [{"email": 5}]}}'
    )
    before = bad.read_bytes()
    code, result = run_json(capsys, "validate", str(bad))
    assert code == 1
    assert result["ok"] is False
    assert result["errors"] == [
        {"where": "plan.participants[0].email", "message": "should be text"}
    ]
    assert bad.read_bytes() == before


def test_validate_text_is_one_plain_line_on_stderr(tmp_path, capsys):
    bad = tmp_path / "cut.ivplan"
    bad.write_text('{"format": "interventionplanner.plan", "ver')
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith('"cut.ivplan" could not be opened:')
    assert "\n" not in err
    assert "Traceback" not in err


def test_summary_of_a_missing_file(tmp_path, capsys):
    assert main(["summary", str(tmp_path / "nowhere.ivplan")]) == 1
    assert "no file with that name" in capsys.readouterr().err


def test_new_will_not_overwrite_without_force(demo_file, capsys):
    before = demo_file.read_bytes()
    assert main(["new", "-o", str(demo_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert demo_file.read_bytes() == before
    assert main(["new", "-o", str(demo_file), "--force"]) == 0
    assert demo_file.read_bytes() != before


def test_new_into_a_missing_folder_is_a_plain_error(tmp_path, capsys):
    assert main(["new", "-o", str(tmp_path / "no" / "such" / "x.ivplan")]) == 1
    assert "could not be saved" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["summary"], ["validate"], ["frobnicate"], ["new"], ["summary", "x", "--today", "soon"]],
)
def test_usage_mistakes_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_an_internal_bug_is_reported_plainly(demo_file, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("interventionplanner.cli.summarise", broken)
    assert main(["summary", str(demo_file)]) == 3
    err = capsys.readouterr().err
    assert "unexpected" in err
    assert "boom" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "launcher",
    [
        [sys.executable, "-m", "interventionplanner"],
        [sys.executable, str(Path(__file__).parents[1] / "main.py")],
        [str(Path(sys.executable).parent / "interventionplanner")],
    ],
    ids=["module", "main.py", "console-script"],
)
def test_every_launcher_prints_the_version(launcher):
    result = subprocess.run([*launcher, "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.strip() == f"interventionplanner {__version__}"


def test_exit_codes_through_a_real_process(tmp_path):
    bad = tmp_path / "empty.ivplan"
    bad.write_bytes(b"")
    run = [sys.executable, "-m", "interventionplanner", "validate", str(bad)]
    result = subprocess.run(run, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr.strip() == '"empty.ivplan" could not be opened: the file is empty.'


def test_invitations_writes_drafts_and_a_calendar(demo_file, tmp_path, capsys):
    out = tmp_path / "invitations"
    code, result = run_json(capsys, "invitations", str(demo_file), "-o", str(out))
    assert code == 0
    written = [Path(p) for p in result["written"]]
    assert result["count"] == len(written) == 7  # six people and meeting.ics
    assert sorted(out.iterdir()) == sorted(written)
    assert sum(p.suffix == ".eml" for p in written) == 6
    assert out / "meeting.ics" in written


def test_invitations_text_lists_the_files(demo_file, tmp_path, capsys):
    out = tmp_path / "invitations"
    assert main(["invitations", str(demo_file), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Wrote 7 files to ")
    assert "  invitation-01-" in text
    assert "  meeting.ics" in text


def test_invitations_from_a_damaged_plan(tmp_path, capsys):
    bad = tmp_path / "cut.ivplan"
    bad.write_text('{"format": "interventionplanner.plan", "ver')
    out = tmp_path / "out"
    assert main(["invitations", str(bad), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith('"cut.ivplan" could not be opened:')
    assert not out.exists()


def test_invitations_with_a_broken_user_template(demo_file, tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "invitation_invitational.txt.j2").write_text("Subject\n\n{% for %}\n")
    out = tmp_path / "out"
    assert main(["invitations", str(demo_file), "-o", str(out), "--templates", str(mine)]) == 1
    err = capsys.readouterr().err
    assert "your copy" in err.lower()
    assert "line 3" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_invitations_into_a_folder_that_cannot_be_written(demo_file, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["invitations", str(demo_file), "-o", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert "could not write to that folder" in err.lower()
    assert "Traceback" not in err
    assert blocker.read_text() == "not a folder"


def test_invitations_needs_an_output_folder(demo_file):
    with pytest.raises(SystemExit) as exit_info:
        main(["invitations", str(demo_file)])
    assert exit_info.value.code == 2

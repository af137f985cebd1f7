"""The professional's commands: profile show|set, defaults export|import, notes in summary."""

from __future__ import annotations

import io
import json
from datetime import datetime

import pytest
from PIL import Image

from interventionplanner.cli import main
from interventionplanner.domain.review_notes import add_note
from interventionplanner.storage import save_plan
from interventionplanner.storage.practice import load_practice


@pytest.fixture
def settings(user_dirs):
    return user_dirs


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_profile_set_then_show(settings, capsys, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (1200, 400), (0, 80, 40)).save(logo)
    code, _out, err = run(
        capsys,
        "profile",
        "set",
        "--name",
        "Dana Reyes",
        "--credentials",
        "LCADC",
        "--logo",
        str(logo),
    )
    assert (code, err) == (0, "")
    code, out, _err = run(capsys, "profile", "show", "--json")
    data = json.loads(out)
    assert (code, data["name"], data["credentials"]) == (0, "Dana Reyes", "LCADC")
    assert data["logo"] is not None
    with Image.open(io.BytesIO(load_practice().logo_png)) as image:
        assert image.size == (600, 200)


def test_profile_set_with_a_bad_logo_changes_nothing(settings, capsys, tmp_path):
    run(capsys, "profile", "set", "--name", "Dana")
    bad = tmp_path / "logo.svg"
    bad.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x.example/a.png"/></svg>'
    )
    code, _out, err = run(capsys, "profile", "set", "--name", "Someone else", "--logo", str(bad))
    assert code == 1
    assert "links to other files" in err
    assert load_practice().name == "Dana"


def test_profile_set_with_nothing_to_set_is_a_usage_error(settings, capsys):
    code, _out, err = run(capsys, "profile", "set")
    assert code == 2
    assert "--name" in err


def test_profile_set_too_long_is_refused(settings, capsys):
    code, _out, err = run(capsys, "profile", "set", "--phone", "5" * 60)
    assert code == 1
    assert "phone" in err


def test_defaults_export_and_import(settings, capsys, tmp_path):
    from interventionplanner.domain.practice import PracticeDefaults
    from interventionplanner.paths import user_config_dir
    from interventionplanner.storage.practice_defaults import load_defaults, save_defaults

    save_defaults(PracticeDefaults(checklist=["Book the quiet room"]), user_config_dir())
    shared = tmp_path / "ours.ivdefaults"
    code, out, _err = run(capsys, "defaults", "export", str(shared), "--json")
    assert (code, json.loads(out)["ok"]) == (0, True)
    assert run(capsys, "defaults", "export", str(shared))[0] == 1  # no --force
    save_defaults(PracticeDefaults(), user_config_dir())
    code, _out, _err = run(capsys, "defaults", "import", str(shared))
    assert code == 0
    assert load_defaults().checklist == ["Book the quiet room"]


def test_defaults_import_of_a_bad_file_says_where_and_changes_nothing(settings, capsys, tmp_path):
    bad = tmp_path / "bad.ivdefaults"
    bad.write_text(
        json.dumps(
            {
                "format": "interventionplanner.practice-defaults",
                "version": 1,
                "defaults": {"checklist": [3]},
            }
        )
    )
    code, out, err = run(capsys, "defaults", "import", str(bad), "--json")
    assert code == 1
    assert json.loads(out)["problems"][0]["where"] == "defaults.checklist[0]"
    assert "Nothing was changed" in err


def test_summary_json_lists_the_review_notes(demo_plan, capsys, tmp_path):
    person = demo_plan.participants[0]
    words = person.letter.love_and_memory
    add_note(
        person.letter,
        "love_and_memory",
        0,
        12,
        "Lovely start.",
        author="Dana",
        now=datetime(2026, 12, 2, 9, 0),
    )
    path = tmp_path / "plan.ivplan"
    save_plan(demo_plan, path)
    code, out, _err = run(capsys, "summary", str(path), "--json")
    (note,) = json.loads(out)["review_notes"]
    assert code == 0
    assert note["writer_id"] == person.id
    assert (note["anchor"], note["note"], note["author"]) == (words[:12], "Lovely start.", "Dana")
    assert note["words_found"] is True
    assert note["resolved"] is False


def test_profile_set_draws_a_safe_svg_logo_without_a_window(tmp_path):
    import os
    import subprocess
    import sys

    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">'
        '<rect width="300" height="100" fill="#1b5e8a"/></svg>'
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "interventionplanner",
            "profile",
            "set",
            "--logo",
            str(svg),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    logo = json.loads(result.stdout)["logo"]
    with Image.open(logo) as image:
        assert image.size == (600, 200)
        assert image.convert("RGB").getpixel((300, 100)) == (0x1B, 0x5E, 0x8A)

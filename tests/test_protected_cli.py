"""The command line and protected plans: protect, unprotect, and every command that reads one.

The password comes from --password-file or INTERVENTIONPLANNER_PASSWORD, never an argument.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interventionplanner.cli import PASSWORD_ENV, main
from interventionplanner.storage import crypto, is_protected, load_plan

TODAY = "2026-11-27"
SECRET = "kettle violet orbit lantern"
NEEDED = (
    "this plan is protected with a password. "
    "Give it with --password-file or INTERVENTIONPLANNER_PASSWORD."
)


@pytest.fixture(autouse=True)
def fast_kdf_and_no_password(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT", crypto.FAST)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)


@pytest.fixture
def password_file(tmp_path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def plain_file(tmp_path, capsys) -> Path:
    path = tmp_path / "family.ivplan"
    assert main(["new", "--demo", "-o", str(path), "--today", TODAY]) == 0
    capsys.readouterr()
    return path


@pytest.fixture
def protected_file(plain_file, password_file, capsys) -> Path:
    assert main(["protect", str(plain_file), "--password-file", str(password_file)]) == 0
    capsys.readouterr()
    assert is_protected(plain_file)
    return plain_file


# --- protect and unprotect -----------------------------------------------------------------


def test_protect_then_unprotect_with_a_password_file(plain_file, password_file, capsys):
    original = plain_file.read_bytes()
    assert main(["protect", str(plain_file), "--password-file", str(password_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f'Protected "{plain_file}" with the password.')
    assert "cannot be opened" in out  # the honest warning about a forgotten password
    assert is_protected(plain_file)
    bak = plain_file.with_name("family.ivplan.bak")
    assert is_protected(bak)
    assert crypto.decrypt(bak.read_bytes(), SECRET) == original
    assert load_plan(plain_file, SECRET).protected

    assert main(["unprotect", str(plain_file), "--password-file", str(password_file)]) == 0
    assert "Took the password off" in capsys.readouterr().out
    assert plain_file.read_bytes() == original
    assert is_protected(bak)  # the protected version before


def test_protect_then_unprotect_with_the_environment(plain_file, tmp_path, monkeypatch, capsys):
    original = plain_file.read_bytes()
    sealed, back = tmp_path / "sealed.ivplan", tmp_path / "back.ivplan"
    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    assert main(["protect", str(plain_file), "-o", str(sealed)]) == 0
    out = capsys.readouterr().out
    assert "is still there without a password" in out
    assert plain_file.read_bytes() == original  # -o leaves the source alone
    assert load_plan(sealed, SECRET).protected
    assert main(["unprotect", str(sealed), "-o", str(back)]) == 0
    assert back.read_bytes() == original
    assert is_protected(sealed)


def test_protect_needs_a_password_and_says_where_from(plain_file, capsys):
    before = plain_file.read_bytes()
    assert main(["protect", str(plain_file)]) == 1
    err = capsys.readouterr().err
    assert "needs the new password" in err
    assert "--password-file or INTERVENTIONPLANNER_PASSWORD" in err
    assert plain_file.read_bytes() == before


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--password", SECRET], id="password"),
        pytest.param([f"--password={SECRET}"], id="password-equals"),
        pytest.param(["--passw", SECRET], id="abbreviated"),
        pytest.param(["--password"], id="bare"),
    ],
)
@pytest.mark.parametrize("command", ["protect", "validate"])
def test_the_password_is_never_an_argument(plain_file, capsys, command, argv):
    before = plain_file.read_bytes()
    with pytest.raises(SystemExit) as info:
        main([command, str(plain_file), *argv])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert SECRET not in err
    assert plain_file.read_bytes() == before


def test_an_empty_environment_variable_is_no_password(plain_file, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_ENV, "")
    assert main(["protect", str(plain_file)]) == 1
    assert not is_protected(plain_file)


def test_the_password_file_gives_its_first_line_only(plain_file, tmp_path, capsys):
    crlf = tmp_path / "windows.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + f"  {SECRET}  \r\nsecond line\r\n".encode())
    assert main(["protect", str(plain_file), "--password-file", str(crlf)]) == 0
    assert load_plan(plain_file, f"  {SECRET}  ").plan  # spaces are part of a password


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b"\nsecret on the second line\n", "is empty", id="blank-first-line"),
        pytest.param(b"\xff\xfe\x00bad", "is not UTF-8 text", id="not-utf8"),
        pytest.param(None, "could not be read (no such file or directory)", id="missing"),
    ],
)
def test_a_bad_password_file_is_a_plain_error(plain_file, tmp_path, capsys, content, says):
    source = tmp_path / "pw.txt"
    if content is not None:
        source.write_bytes(content)
    before = plain_file.read_bytes()
    assert main(["protect", str(plain_file), "--password-file", str(source)]) == 1
    err = capsys.readouterr().err.strip()
    assert f'the password file "pw.txt" {says}' in err
    assert "\n" not in err
    assert "Traceback" not in err
    assert plain_file.read_bytes() == before


def test_protect_twice_and_unprotect_a_plain_plan_are_refused(
    protected_file, password_file, capsys
):
    before = protected_file.read_bytes()
    argv = ["--password-file", str(password_file)]
    assert main(["protect", str(protected_file), *argv]) == 1
    assert "already protected" in capsys.readouterr().err
    assert protected_file.read_bytes() == before
    assert main(["unprotect", str(protected_file), *argv]) == 0
    assert main(["unprotect", str(protected_file), *argv]) == 1
    assert "is not protected with a password" in capsys.readouterr().err


def test_protect_will_not_overwrite_another_file_without_force(
    plain_file, password_file, tmp_path, capsys
):
    other = tmp_path / "other.ivplan"
    other.write_text("someone else's file")
    argv = ["protect", str(plain_file), "-o", str(other), "--password-file", str(password_file)]
    assert main(argv) == 1
    assert "already exists" in capsys.readouterr().err
    assert other.read_text() == "someone else's file"
    assert main([*argv, "--force"]) == 0
    assert is_protected(other)
    # Its .bak held no plan, but a protected save never leaves a plain copy beside it.
    assert is_protected(other.with_name("other.ivplan.bak"))


def test_unprotect_with_a_wrong_password_changes_nothing(protected_file, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password")
    before = protected_file.read_bytes()
    assert main(["unprotect", str(protected_file), "--password-file", str(wrong)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == '"family.ivplan" could not be opened: wrong password or the file is damaged.'
    assert protected_file.read_bytes() == before


# --- every command that reads a plan ---------------------------------------------------------


def _reading_commands(plan: Path, tmp_path: Path) -> dict[str, list[str]]:
    kit = tmp_path / "claire.md"
    return {
        "validate": ["validate", str(plan)],
        "summary": ["summary", str(plan), "--today", TODAY],
        "invitations": ["invitations", str(plan), "-o", str(tmp_path / "invites")],
        "letter-kit": ["letter-kit", str(plan), "--participant", "Claire Bennett", "-o", str(kit)],
        "export": ["export", str(plan), "-o", str(tmp_path / "packet.pdf"), "--today", TODAY],
        "import-letter": ["import-letter", str(plan), str(kit)],
    }


COMMANDS = list(_reading_commands(Path("x"), Path("y")))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_reading_command_fails_plainly_without_the_password(
    protected_file, tmp_path, capsys, command
):
    kit = tmp_path / "claire.md"
    kit.write_text("a kit")  # import-letter reads the plan before the kit
    argv = _reading_commands(protected_file, tmp_path)[command]
    before = protected_file.read_bytes()
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == f'"family.ivplan" could not be opened: {NEEDED}'
    assert "Traceback" not in captured.out + captured.err
    assert protected_file.read_bytes() == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("source", ["password-file", "environment"])
def test_every_reading_command_works_with_the_password(
    protected_file, password_file, tmp_path, monkeypatch, capsys, command, source
):
    everything = _reading_commands(protected_file, tmp_path)
    extra = ["--password-file", str(password_file)] if source == "password-file" else []
    if source == "environment":
        monkeypatch.setenv(PASSWORD_ENV, SECRET)
    if command == "import-letter":  # it needs a kit first
        assert main([*everything["letter-kit"], *extra]) == 0
    before = protected_file.read_bytes()
    assert main([*everything[command], *extra]) == 0, capsys.readouterr().err
    assert protected_file.read_bytes() == before


def test_validate_json_on_a_protected_plan_without_the_password(protected_file, capsys):
    assert main(["validate", str(protected_file), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is False
    assert result["errors"] == [{"where": "family.ivplan", "message": NEEDED}]


def test_import_letter_yes_saves_it_protected_with_the_same_password(
    protected_file, password_file, tmp_path, capsys
):
    extra = ["--password-file", str(password_file)]
    kit = tmp_path / "claire.md"
    argv = ["letter-kit", str(protected_file), "--participant", "Claire Bennett", "-o", str(kit)]
    assert main([*argv, *extra]) == 0
    text = kit.read_text(encoding="utf-8")
    kit.write_text(
        text.replace("My baby is due in a few months.", "My baby girl is due in a few months.")
    )
    before = protected_file.read_bytes()
    assert main(["import-letter", str(protected_file), str(kit), "--yes", *extra]) == 0
    assert "Saved" in capsys.readouterr().out
    assert is_protected(protected_file)
    claire = load_plan(protected_file, SECRET).plan.participants[1]
    assert claire.letter.my_hope.startswith("My baby girl is due in a few months.")
    bak = protected_file.with_name("family.ivplan.bak")
    assert bak.read_bytes() == before  # the sealed version before, byte for byte


def test_a_plain_plan_opens_with_a_password_given_anyway(plain_file, monkeypatch, capsys):
    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    assert main(["validate", str(plain_file)]) == 0
    assert "is a valid plan" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["protect", "unprotect"])
def test_a_missing_file_is_named_before_any_password_is_asked_for(tmp_path, capsys, command):
    assert main([command, str(tmp_path / "gone.ivplan")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == '"gone.ivplan" could not be opened: there is no file with that name.'

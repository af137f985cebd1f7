"""Nothing lost, nothing leaked (issue 22): what a write may never do, shown end to end.

Many of these run the real command line in a child process, because what they prove is about
a process: two commands at once, a command beside a window, a command killed mid-save, how
much memory a command takes for a hostile input.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from interventionplanner.cli import main
from interventionplanner.domain.plan import Plan, Task
from interventionplanner.storage import PlanFileError, PlanSaveError, crypto, load_plan, save_plan
from interventionplanner.storage.atomic import backup_path, stale_temps
from interventionplanner.storage.example import example_plan
from interventionplanner.storage.planfile import UnsavablePlanError, check_plan
from interventionplanner.storage.planlock import PlanLock

TODAY = "2026-11-27"
MARKER = "ZZPLAINMARKER"


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.ivplan"
    save_plan(example_plan(date(2026, 11, 27)), path)
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONDONTWRITEBYTECODE="1",  # no .pyc renames to confuse the strace test
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
    )
    env.pop("INTERVENTIONPLANNER_PASSWORD", None)
    return env


def _cli(tmp_path: Path, *argv: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "interventionplanner", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(tmp_path),
        **kwargs,
    )


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "interventionplanner", *argv],
        capture_output=True,
        env=_env(tmp_path),
        timeout=120,
        check=False,
    )


def _kit(plan_file: Path, tmp_path: Path, who: str, words: str, *more: str) -> Path:
    kit = tmp_path / f"{who.split()[0].lower()}.md"
    assert main(["letter-kit", str(plan_file), "--participant", who, "-o", str(kit), *more]) == 0
    text = kit.read_text(encoding="utf-8")
    heading = "## 3. My hope"
    at = text.index(heading)
    at = text.index("\n", text.index("\n", at) + 1)  # after the heading and its prompt
    kit.write_text(text[:at] + f"\n{words}\n" + text[at:], encoding="utf-8")
    return kit


# --- 1. a write never makes a file that does not open ---------------------------------------


def test_a_kit_with_a_50000_word_part_is_refused_and_the_plan_is_unchanged(
    plan_file, tmp_path, capsys
):
    kit = _kit(plan_file, tmp_path, "Ray Doyle", "so much " * 25_000)  # 50,000 words
    capsys.readouterr()
    before = plan_file.read_bytes()
    backup_before = backup_path(plan_file).read_bytes() if backup_path(plan_file).exists() else None

    assert main(["import-letter", str(plan_file), str(kit), "--yes"]) == 1
    err = capsys.readouterr().err
    # Refused before anything is written, naming the part (the kit's own limit check).
    assert "longer than a letter can be" in err
    assert "My hope" in err
    assert plan_file.read_bytes() == before
    now = backup_path(plan_file).read_bytes() if backup_path(plan_file).exists() else None
    assert now == backup_before
    assert main(["validate", str(plan_file)]) == 0  # and it still opens


def test_the_preview_says_so_too_without_writing(plan_file, tmp_path, capsys):
    kit = _kit(plan_file, tmp_path, "Ray Doyle", "so much " * 25_000)
    before = plan_file.read_bytes()
    assert main(["import-letter", str(plan_file), str(kit)]) == 1
    assert "longer than a letter can be" in capsys.readouterr().err
    assert plan_file.read_bytes() == before


def test_save_plan_itself_refuses_what_would_not_open_again(plan_file):
    plan = load_plan(plan_file).plan
    plan.if_yes = "x" * 200_001
    before = plan_file.read_bytes()
    with pytest.raises(UnsavablePlanError) as info:
        save_plan(plan, plan_file)
    assert isinstance(info.value, PlanSaveError)
    assert info.value.problems[0].where == "plan.if_yes"
    assert plan_file.read_bytes() == before
    with pytest.raises(UnsavablePlanError):
        check_plan(plan)


# --- 2. lost updates: one lock for every writer ----------------------------------------------


def test_two_imports_at_once_never_lose_a_letter(plan_file, tmp_path, capsys, record_score):
    claire = _kit(plan_file, tmp_path, "Claire Bennett", "CLAIRE-WORDS-ARRIVED")
    ray = _kit(plan_file, tmp_path, "Ray Doyle", "RAY-WORDS-ARRIVED")
    capsys.readouterr()
    original = plan_file.read_bytes()
    outcomes = {"both saved": 0, "one refused": 0}
    for trial in range(20):
        plan_file.write_bytes(original)
        runs = [
            _cli(tmp_path, "import-letter", str(plan_file), str(kit), "--yes")
            for kit in (claire, ray)
        ]
        results = [(run.wait(timeout=120), run.stderr.read().decode()) for run in runs]
        for run in runs:
            run.stdout.close()
            run.stderr.close()
        text = plan_file.read_text(encoding="utf-8")
        for (code, err), words in zip(results, ("CLAIRE-WORDS", "RAY-WORDS"), strict=True):
            assert code in (0, 1), err
            if code == 0:  # it said "Saved": then the letter must be there
                assert words in text, f"trial {trial}: a letter reported saved was lost"
            else:
                assert "open in" in err or "could not be saved" in err
        outcomes["both saved" if all(c == 0 for c, _ in results) else "one refused"] += 1
    record_score(f"concurrent import-letter, 20 trials: {outcomes}, no letter lost")


@pytest.fixture
def window_holds(qapp, plan_file, tmp_path):
    """The plan open in a real PlanDocument, as the window opens it."""
    from interventionplanner.storage.recovery import RecoveryStore
    from interventionplanner.ui.document import PlanDocument

    document = PlanDocument(RecoveryStore(tmp_path / "recovery"))
    document.open(plan_file)
    yield document
    document.close()


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["import-letter", "{plan}", "{kit}", "--yes"], id="import-letter"),
        pytest.param(["protect", "{plan}", "--password-file", "{pw}"], id="protect"),
        pytest.param(["new", "-o", "{plan}", "--force"], id="new-force"),
    ],
)
def test_no_command_writes_a_plan_open_in_the_window(plan_file, tmp_path, window_holds, argv):
    kit = _kit(plan_file, tmp_path, "Ray Doyle", "RAY-WORDS")
    password = tmp_path / "pw.txt"
    password.write_text("kettle violet orbit lantern\n", encoding="utf-8")
    before = plan_file.read_bytes()
    argv = [a.format(plan=plan_file, kit=kit, pw=password) for a in argv]
    result = _run(tmp_path, *argv)
    assert result.returncode == 1
    assert "open in Intervention Planner's window" in result.stderr.decode()
    assert plan_file.read_bytes() == before
    # The window saves again: what it has is what the file holds, nothing was dropped.
    window_holds.set("meeting/place", "The garden room")
    window_holds.save()
    assert "RAY-WORDS" not in plan_file.read_text(encoding="utf-8")


def test_a_stale_lock_from_a_dead_command_is_taken_over(plan_file, tmp_path, capsys):
    dead = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert dead.returncode == 0
    lock = PlanLock(plan_file)
    lock_path = Path(lock.fileName())
    import socket

    # A lock file left by a process that no longer exists (Qt's format: pid, app, host).
    lock_path.write_text(f"999999\npython3\n{socket.gethostname()}\n", encoding="utf-8")
    kit = _kit(plan_file, tmp_path, "Ray Doyle", "RAY-WORDS")
    assert main(["import-letter", str(plan_file), str(kit), "--yes"]) == 0
    assert "RAY-WORDS" in plan_file.read_text(encoding="utf-8")


# --- 3. unknown fields ----------------------------------------------------------------------


def _with_extra_fields(plan_file: Path, version: str) -> Path:
    content = json.loads(plan_file.read_text(encoding="utf-8"))
    content["version"] = version
    content["plan"]["participants"][0]["nickname"] = "Peg"
    content["plan"]["participants"][1]["letter"]["postscript"] = "P.S. I love you"
    plan_file.write_text(json.dumps(content), encoding="utf-8")
    return plan_file


def test_unknown_fields_are_refused_by_name(plan_file, capsys):
    _with_extra_fields(plan_file, "1.2")
    before = plan_file.read_bytes()
    assert main(["validate", str(plan_file), "--json"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    where = {e["where"] for e in errors}
    assert where == {"plan.participants[0].nickname", "plan.participants[1].letter.postscript"}
    assert all("saving would lose it" in e["message"] for e in errors)
    assert plan_file.read_bytes() == before


def test_a_newer_minor_version_may_carry_fields_and_says_they_will_not_be_kept(plan_file):
    _with_extra_fields(plan_file, "1.99")
    loaded = load_plan(plan_file)
    assert any("will not be kept" in note for note in loaded.notes)


# --- 4. symlinks, read-only files, permissions ------------------------------------------------


def test_a_save_through_a_symlink_writes_its_target(plan_file, tmp_path):
    link = tmp_path / "shortcut.ivplan"
    link.symlink_to(plan_file)
    plan = load_plan(link).plan
    plan.if_yes = "through the link"
    save_plan(plan, link)
    assert link.is_symlink()
    assert os.readlink(link) == str(plan_file)
    assert load_plan(plan_file).plan.if_yes == "through the link"
    assert backup_path(plan_file).exists()
    assert not backup_path(link).exists()


def test_a_read_only_plan_is_refused_plainly(plan_file):
    plan_file.chmod(0o444)
    before = plan_file.read_bytes()
    with pytest.raises(PlanSaveError, match="marked read-only"):
        save_plan(Plan(), plan_file)
    assert plan_file.read_bytes() == before
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o444


def test_a_group_shared_plan_keeps_its_permissions(plan_file):
    plan_file.chmod(0o664)
    save_plan(load_plan(plan_file).plan, plan_file)
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o664


def test_protecting_a_shared_plan_makes_it_private(plan_file):
    plan_file.chmod(0o664)
    save_plan(load_plan(plan_file).plan, plan_file, password="pw", params=crypto.FAST)
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_path(plan_file).stat().st_mode) == 0o600


# --- 5. temporary files: never plaintext beside a protected plan, never left for good --------


def _plaintext_files(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.is_file() and MARKER.encode() in p.read_bytes()
    )


@pytest.fixture
def protected_plan(tmp_path) -> tuple[Path, Path]:
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = example_plan(date(2026, 11, 27))
    plan.if_yes = MARKER
    path = folder / "family.ivplan"
    save_plan(plan, path, password="kettle", params=crypto.FAST)
    password = tmp_path / "pw.txt"
    password.write_text("kettle\n", encoding="utf-8")
    return path, password


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
@pytest.mark.parametrize(
    ("when", "which"), [(1, "the .bak's rename"), (2, "the plan's own rename")]
)
def test_unprotect_killed_at_a_rename_leaves_no_plaintext(protected_plan, tmp_path, when, which):
    path, password = protected_plan
    renames = "rename,renameat,renameat2"
    killed = subprocess.run(
        [
            "strace", "-f", "-qq", "-o", os.devnull,
            "-e", f"trace={renames}", "-e", f"inject={renames}:signal=KILL:when={when}",
            sys.executable, "-m", "interventionplanner",
            "unprotect", str(path), "--password-file", str(password),
        ],
        capture_output=True, env=_env(tmp_path), timeout=120, check=False,
    )  # fmt: skip
    assert killed.returncode != 0, f"not killed at {which}"
    assert load_plan(path, "kettle").protected  # the protected plan is still in place
    leftovers = _plaintext_files(path.parent)
    if when == 1:
        assert leftovers == []  # the plain text was in a file with no name: gone with it
    else:
        # Killed at the very instant it was named: it is there until the next start.
        assert [name for name in leftovers if name.endswith(".tmp")] == leftovers
    assert _run(tmp_path, "validate", str(path), "--password-file", str(password)).returncode == 0
    assert _plaintext_files(path.parent) == []
    assert stale_temps(path) == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_killed_protected_save_never_leaves_plaintext_at_all(protected_plan, tmp_path):
    path, password = protected_plan
    env_pw = ["--password-file", str(password)]
    kit = _kit(path, tmp_path, "Ray Doyle", "RAY-WORDS", *env_pw)
    renames = "rename,renameat,renameat2"
    for when in (1, 2):
        subprocess.run(
            ["strace", "-f", "-qq", "-o", os.devnull, "-e", f"trace={renames}",
             "-e", f"inject={renames}:signal=KILL:when={when}",
             sys.executable, "-m", "interventionplanner",
             "import-letter", str(path), str(kit), "--yes", *env_pw],
            capture_output=True, env=_env(tmp_path), timeout=120, check=False,
        )  # fmt: skip
        assert _plaintext_files(path.parent) == []
        assert "RAY-WORDS" not in load_plan(path, "kettle").plan.participants[2].letter.my_hope
    assert main(["import-letter", str(path), str(kit), "--yes", *env_pw]) == 0  # not killed
    assert "RAY-WORDS" in load_plan(path, "kettle").plan.participants[2].letter.my_hope
    assert _plaintext_files(path.parent) == []


def test_taking_the_lock_removes_a_killed_saves_leftovers(plan_file):
    leftover = plan_file.with_name(f".{plan_file.name}.a1b2c3d4e5f6.tmp")
    leftover.write_text(MARKER, encoding="utf-8")
    bak_leftover = plan_file.with_name(f".{plan_file.name}.bak.abcdef.tmp")
    bak_leftover.write_text(MARKER, encoding="utf-8")
    unrelated = plan_file.with_name(".other.ivplan.a1b2c3d4e5f6.tmp")
    unrelated.write_text("not ours", encoding="utf-8")
    lock = PlanLock(plan_file)
    assert lock.tryLock(0)
    lock.unlock()
    assert not leftover.exists()
    assert not bak_leftover.exists()
    assert unrelated.exists()


def test_a_killed_saves_leftovers_go_at_the_next_command(plan_file, capsys):
    leftover = plan_file.with_name(f".{plan_file.name}.0123456789ab.tmp")
    leftover.write_text(MARKER, encoding="utf-8")
    assert main(["summary", str(plan_file), "--today", TODAY]) == 0
    assert not leftover.exists()


# --- 6, 7. what reaches the terminal ---------------------------------------------------------

HOSTILE_NAMES = [
    "\x1b]0;pwned\x07Ray Doyle",  # retitles the terminal
    "\x1b[2J\x1b[HClaire",  # clears the screen
    "\x1b[31mred\x1b[0m Lily",  # recolours
    "\u009b31mC1 CSI",  # the one-byte control sequence introducer
    "right\u202eto-left",
]


@pytest.fixture
def hostile_plan(tmp_path) -> Path:
    plan = example_plan(date(2026, 11, 27))
    for person, name in zip(plan.participants, HOSTILE_NAMES, strict=False):
        person.name = name
        person.letter.my_hope = f"Hope from {name}"
    plan.loved_one.preferred_name = "\x1b[5mSasha"
    plan.tasks.append(Task(item="\x1b[2JBook the room"))
    path = tmp_path / "hostile.ivplan"
    save_plan(plan, path)
    return path


def _controls(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return sorted(
        {
            f"U+{ord(c):04X}"
            for c in text
            if (ord(c) < 0x20 and c not in "\n\t")
            or 0x7F <= ord(c) <= 0x9F
            or 0x202A <= ord(c) <= 0x202E
        }
    )


def test_no_control_character_from_a_plan_reaches_the_terminal(hostile_plan, tmp_path):
    kit = tmp_path / "kit.md"
    letter = tmp_path / "letter.txt"
    letter.write_text("\x1b]0;pwned\x07You always drink.\n", encoding="utf-8")
    runs = {
        "validate": ["validate", str(hostile_plan)],
        "summary": ["summary", str(hostile_plan), "--today", TODAY],
        "summary-json": ["summary", str(hostile_plan), "--json", "--today", TODAY],
        "letter-kit": ["letter-kit", str(hostile_plan), "--participant", "Nobody", "-o", str(kit)],
        "letter-kit-ok": [
            "letter-kit", str(hostile_plan), "--participant", HOSTILE_NAMES[0], "-o", str(kit),
        ],
        "import-letter": ["import-letter", str(hostile_plan), str(kit)],
        "invitations": ["invitations", str(hostile_plan), "-o", str(tmp_path / "inv")],
        "check-letter": ["check-letter", str(letter)],
        "check-letter-json": ["check-letter", str(letter), "--json"],
        "bad-name": ["validate", str(tmp_path / "\x1b[2Jnothing.ivplan")],
    }  # fmt: skip
    for what, argv in runs.items():
        result = _run(tmp_path, *argv)
        assert result.returncode in (0, 1), (what, result.stderr)
        assert _controls(result.stdout + result.stderr) == [], what
    summary = json.loads(_run(tmp_path, *runs["summary-json"]).stdout)
    assert summary["speakers"][0]["name"].startswith("\x1b")  # JSON keeps the data exact


# --- 6. invitation addresses -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        'Margaret "Peggy" Marsh-Worthington, grandmother of the family',
        "=?utf-8?q?evil=40example=2Ecom?=",
    ],
)
def test_a_hostile_name_parses_back_as_exactly_one_recipient(name):
    import email
    import email.utils
    from email.policy import compat32, default

    from interventionplanner.output.invitations import Invitation, to_eml

    eml = to_eml(Invitation("id", name, "peggy@example.org", "Hello", "Body\n"))
    (address,) = email.message_from_bytes(eml, policy=default)["To"].addresses
    assert address.addr_spec == "peggy@example.org"
    assert address.display_name == name
    raw = email.message_from_bytes(eml, policy=compat32)["To"]
    assert [addr for _, addr in email.utils.getaddresses([str(raw)])] == ["peggy@example.org"]
    assert b"evil@example.com" not in eml


# --- 9, 10. every input read with a ceiling --------------------------------------------------

# The child's own peak memory. VmHWM (Linux) belongs to the program after exec; getrusage's
# ru_maxrss would also count what the forking test process held.
MEASURE = """
import resource, sys
from interventionplanner.cli import main
code = main(sys.argv[1:])
try:
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stderr.write(f"\\nPEAK-MB {kib // 1024}\\n")
sys.exit(code)
"""


def _measured(tmp_path: Path, *argv: str, stdin=None) -> tuple[int, str, int]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *argv],
        capture_output=True, env=_env(tmp_path), timeout=60, check=False, stdin=stdin,
    )  # fmt: skip
    err = result.stderr.decode()
    peak = int(err.rsplit("PEAK-MB ", 1)[1])
    return result.returncode, err, peak


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_by_every_command_that_reads_a_file(plan_file, tmp_path, record_score):
    zero = "/dev/zero"
    kit = _kit(plan_file, tmp_path, "Ray Doyle", "RAY")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "invitation_surprise.txt.j2").symlink_to(zero)
    (templates / "invitation_invitational.txt.j2").symlink_to(zero)
    out = tmp_path / "out"
    commands = {
        "validate": ["validate", zero],
        "summary": ["summary", zero],
        "invitations": ["invitations", zero, "-o", str(out)],
        "letter-kit": ["letter-kit", zero, "--participant", "Ray", "-o", str(out / "k.md")],
        "import-letter plan": ["import-letter", zero, str(kit)],
        "import-letter kit": ["import-letter", str(plan_file), zero, "--yes"],
        "export": ["export", zero, "-o", str(out / "p.pdf")],
        "protect": ["protect", zero, "-o", str(out / "x.ivplan"), "--password-file", zero],
        "unprotect": ["unprotect", zero, "-o", str(out / "y.ivplan")],
        "check-letter": ["check-letter", zero],
        "password file": ["validate", str(plan_file), "--password-file", zero],
        "templates": ["invitations", str(plan_file), "-o", str(out), "--templates", str(templates)],
    }
    worst = 0
    for what, argv in commands.items():
        code, err, peak = _measured(tmp_path, *argv)
        assert code in (0, 1), (what, err)
        assert "Traceback" not in err
        assert peak < 100, f"{what}: {peak} MB"
        worst = max(worst, peak)
    with open(zero, "rb") as stdin:
        code, err, peak = _measured(tmp_path, "check-letter", "-", stdin=stdin)
    assert code == 1
    assert "far longer than a letter" in err
    assert peak < 100
    assert not list(out.glob("*")) if out.exists() else True
    record_score(f"/dev/zero: every reading command refused, worst peak {max(worst, peak)} MB")


def test_a_fifo_nobody_writes_to_does_not_hang(tmp_path, capsys):
    fifo = tmp_path / "pipe.ivplan"
    os.mkfifo(fifo)
    assert main(["validate", str(fifo)]) == 1
    assert "empty" in capsys.readouterr().err


def test_check_letter_refuses_a_file_larger_than_any_letter(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 600_000)  # 3 MB
    assert main(["check-letter", str(big)]) == 1
    assert "far longer than a letter" in capsys.readouterr().err


def test_a_protected_header_over_the_cost_cap_is_refused_before_deriving(tmp_path, record_score):
    import struct

    header = struct.pack(
        ">7sHHB3I16sB12s",
        crypto.MAGIC, 1, 0, crypto.KDF_ARGON2ID, 1024 * 1024, 10, 4,
        b"s" * 16, crypto.AEAD_CHACHA20_POLY1305, b"n" * 12,
    )  # fmt: skip
    path = tmp_path / "costly.ivplan"
    path.write_bytes(header + os.urandom(64))
    password = tmp_path / "pw.txt"
    password.write_text("guess\n", encoding="utf-8")
    code, err, peak = _measured(tmp_path, "validate", str(path), "--password-file", str(password))
    assert code == 1
    assert "wrong password or the file is damaged" in err
    assert peak < 100
    record_score(f"KDF cap: a 1 GiB x 10 header refused at a peak of {peak} MB")


# --- 11. dates, export folders, full disks, the templates folder -----------------------------


def test_a_due_date_of_zero_is_not_1970(plan_file, capsys):
    content = json.loads(plan_file.read_text(encoding="utf-8"))
    content["plan"]["tasks"] = [{"item": "Book the room", "due": "0"}]
    plan_file.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(PlanFileError) as info:
        load_plan(plan_file)
    assert info.value.problems[0].where == "plan.tasks[0].due"
    assert "like 2027-01-16" in info.value.problems[0].message
    content["plan"]["tasks"] = [{"item": "Book the room", "due": "2027-01-16"}]
    plan_file.write_text(json.dumps(content), encoding="utf-8")
    assert load_plan(plan_file).plan.tasks[0].due == date(2027, 1, 16)


def test_export_into_a_folder_that_cannot_be_written_writes_nothing(
    plan_file, tmp_path, monkeypatch, capsys
):
    import tempfile

    copies = tmp_path / "copies"
    real = tempfile.TemporaryFile

    def refuse(*args, dir=None, **kwargs):  # noqa: A002 (tempfile's name)
        if dir is not None and Path(dir) == copies:
            raise PermissionError(13, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    packet = tmp_path / "packet.pdf"
    argv = ["export", str(plan_file), "-o", str(packet), "--reading-copies", str(copies)]
    assert main([*argv, "--today", TODAY]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Nothing was written")
    assert "copies" in err
    assert not packet.exists()
    assert list(copies.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_export_into_a_read_only_folder_writes_nothing(plan_file, tmp_path, capsys):
    copies = tmp_path / "copies"
    copies.mkdir()
    copies.chmod(0o555)
    packet = tmp_path / "packet.pdf"
    argv = ["export", str(plan_file), "-o", str(packet), "--reading-copies", str(copies)]
    assert main([*argv, "--today", TODAY]) == 1
    assert capsys.readouterr().err.startswith("Nothing was written")
    assert not packet.exists()


def test_a_full_disk_never_leaves_part_of_a_set_of_invitations(plan_file, tmp_path, monkeypatch):
    import errno

    from interventionplanner.output.invitations import export_invitations
    from interventionplanner.storage import atomic

    plan = load_plan(plan_file).plan
    folder = tmp_path / "invites"
    first = export_invitations(plan, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    plan.meeting.place = "Somewhere new"
    real_fsync, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    with pytest.raises(OSError, match="No space"):
        export_invitations(plan, folder)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # the old set, whole
    assert len(first) == len(before)


def test_the_command_line_uses_the_per_user_templates_folder(plan_file, tmp_path):
    env_home = tmp_path / "xdg-data" / "InterventionPlanner" / "templates"
    env_home.mkdir(parents=True)
    for name in ("invitation_surprise.txt.j2", "invitation_invitational.txt.j2"):
        (env_home / name).write_text("MY-OWN-SUBJECT\n\nMy own words, {{ name }}.\n")
    out = tmp_path / "inv"
    result = _run(tmp_path, "invitations", str(plan_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    eml = sorted(out.glob("*.eml"))[0].read_bytes()
    assert b"MY-OWN-SUBJECT" in eml


# --- 8. hostile user templates ---------------------------------------------------------------

HOSTILE_TEMPLATES = {
    "nested loops": "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}"
    "{% endfor %}",
    "nested loops that write": "{% for a in range(99999) %}{% for b in range(99999) %}x"
    "{% endfor %}{% endfor %}",
    "endless recursion": "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    "ljust": "{{ 'x'.ljust(1000000000) }}",
    "center filter": "{{ 'x'|center(1000000000) }}",
    "str.format": "{{ '{:>1000000000}'.format('x') }}",
    "percent": "{{ '%1000000000s' % 'x' }}",
    "percent star": "{{ '%*s' % (1000000000, 'x') }}",
    "format filter": "{{ '%1000000000s'|format('x') }}",
    "concatenation": "{% set ns = namespace(s='x' * 100000) %}{% for i in range(40) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "plus": "{% set ns = namespace(s='x' * 100000) %}{% for i in range(40) %}"
    "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
    "doubling macro": "{% macro f(s, n) %}{{ f(s ~ s, n - 1) if n else s|length }}{% endmacro %}"
    "{{ f('x' * 100000, 40) }}",
    "join of copies": "{% set s = 'x' * 100000 %}{{ ([s] * 100000)|join }}",
    "replace": "{{ ('x' * 100000)|replace('x', 'y' * 100000) }}",
    "indent": "{{ ('a\\n' * 50000)|indent(100000) }}",
    "batch fill": "{{ [1]|batch(1000000000, 'x')|list }}",
    "sum of lists": "{{ [[1]] * 100000 | sum(start=[]) }}",
    "huge power": "{{ (2 ** 1000) ** 1000 }}",
    "expandtabs": "{{ ('\\t' * 50000).expandtabs(100000) }}",
    "lipsum": "{{ lipsum(1000000000) }}",
    "slow lines": "{% for a in range(100000) %}{{ (range(100000)|list)|length }}{% endfor %}",
}

RENDER = """
import resource, sys, time
from pathlib import Path
from interventionplanner.output.templates import TemplateProblem, render
folder = Path(sys.argv[1])
try:
    render("hostile.txt.j2", {"name": "Ana"}, folder)
    outcome = "rendered"
except TemplateProblem as problem:
    outcome = "refused: " + str(problem)
with open("/proc/self/status") as status:
    kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(kib // 1024, outcome)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_each_hostile_template_is_refused_within_its_limits(tmp_path, record_score):
    worst = 0
    for what, body in HOSTILE_TEMPLATES.items():
        folder = tmp_path / what.replace(" ", "-")
        folder.mkdir()
        (folder / "hostile.txt.j2").write_text(body + "\n", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-c", RENDER, str(folder)],
            capture_output=True, env=_env(tmp_path), timeout=60, check=False, text=True,
        )  # fmt: skip
        peak, outcome = result.stdout.split(" ", 1)
        assert outcome.startswith("refused: Your copy"), (what, outcome, result.stderr)
        assert int(peak) < 200, f"{what}: {peak} MB"
        worst = max(worst, int(peak))
    record_score(f"hostile templates: {len(HOSTILE_TEMPLATES)} refused, worst peak {worst} MB")


@pytest.mark.parametrize("value", ["1700000000", "0", "16/01/2027 10:00", "2027-01-16 10:00"])
def test_a_meeting_time_must_be_iso_text(plan_file, value):
    content = json.loads(plan_file.read_text(encoding="utf-8"))
    content["plan"]["meeting"]["starts_at"] = value
    plan_file.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(PlanFileError) as info:
        load_plan(plan_file)
    assert [p.where for p in info.value.problems] == ["plan.meeting.starts_at"]


def test_the_recovery_folder_loses_a_killed_writes_leftovers_at_the_next_start(tmp_path):
    import time

    from interventionplanner.storage.recovery import STALE_TEMP_SECONDS, RecoveryStore

    folder = tmp_path / "recovery"
    folder.mkdir()
    old = folder / ".abc.ivplan.0123456789ab.tmp"
    old.write_text(MARKER, encoding="utf-8")
    long_ago = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(old, (long_ago, long_ago))
    fresh = folder / ".def.ivplan.0123456789ab.tmp"  # a write that may still be running
    fresh.write_text(MARKER, encoding="utf-8")
    assert RecoveryStore(folder).entries() == []
    assert not old.exists()
    assert fresh.exists()

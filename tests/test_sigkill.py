"""SIGKILL in the middle of every command that writes: what is on disk is the old version or
the new one, never a mix, and a protected plan never has a plain copy beside it.

Each command first runs to the end once, listing its writing steps (making a temporary file,
fsync, the rename into place; tests/kill_runner.py counts them). Then it runs again from the
same files, killed at one step after another: up to four steps spread over the whole write,
the last rename always among them.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from interventionplanner.cli import main
from interventionplanner.output.letter_kit import kit_file_name, write_kit
from interventionplanner.storage import load_plan
from interventionplanner.storage.crypto import decrypt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX only")

RUNNER = Path(__file__).with_name("kill_runner.py")
ROOT = RUNNER.parent.parent
TODAY = "2026-11-27"
PASSWORD = "a long and private passphrase"
MOST_KILLS = 4
# Sealing runs the key derivation (about half a second, twice for protect): fewer kills.
SLOW = {"protect": 2, "unprotect": 2}


def _run(folder: Path, kill_at: int, argv: list[str], log: Path | None = None) -> int:
    env = {**os.environ, "INTERVENTIONPLANNER_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    env.pop("KILL_RUNNER_LOG", None)
    if log is not None:
        env["KILL_RUNNER_LOG"] = str(log)
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(kill_at), *argv],
        cwd=folder,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert b"Traceback" not in done.stderr
    return done.returncode


def _kill_points(steps: list[str], most: int) -> list[int]:
    """Up to `most` steps (1-based), spread evenly, the last rename always included."""
    last_replace = max(i for i, name in enumerate(steps, start=1) if name == "replace")
    count = len(steps)
    spread = {1 + round(i * (count - 1) / max(most - 1, 1)) for i in range(most - 1)}
    return sorted(spread | {last_replace})


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _stable(data: bytes) -> bytes:
    """An invitation file without what differs on every run (time stamp, unique id)."""
    lines = data.splitlines()
    return b"\n".join(line for line in lines if not line.startswith((b"DTSTAMP:", b"UID:")))


@pytest.fixture(scope="module")
def start(tmp_path_factory) -> Path:
    """The files every run starts from: a plan, a filled-in letter kit, an old packet."""
    folder = tmp_path_factory.mktemp("start")
    plan_file = folder / "plan.ivplan"
    assert main(["new", "--demo", "-o", str(plan_file), "--today", TODAY]) == 0
    plan = load_plan(plan_file).plan
    person = plan.speaking_order()[0]
    person.letter.my_hope = "We hope, with all our hearts, that you say yes today."
    write_kit(plan, person, folder / kit_file_name(person))
    (folder / "packet.pdf").write_bytes(b"%PDF-1.4 an old packet\n%%EOF\n")
    sealed = folder / "sealed"
    sealed.mkdir()
    shutil.copy(plan_file, sealed / "plan.ivplan")
    env_password = os.environ.get("INTERVENTIONPLANNER_PASSWORD")
    os.environ["INTERVENTIONPLANNER_PASSWORD"] = PASSWORD
    try:
        assert main(["protect", str(sealed / "plan.ivplan")]) == 0
    finally:
        if env_password is None:
            del os.environ["INTERVENTIONPLANNER_PASSWORD"]
        else:
            os.environ["INTERVENTIONPLANNER_PASSWORD"] = env_password
    (sealed / "plan.ivplan.bak").unlink(missing_ok=True)
    return folder


def _check_plan(old: dict[str, bytes], new: dict[str, bytes], now: Path, name: str) -> None:
    data = (now / name).read_bytes()
    assert data in (old[name], new[name]), f"{name} is neither the old nor the new version"


def _check_sealing(old: dict, new: dict, now: Path, name: str) -> None:
    """protect: the plan is the old file, or exactly its bytes sealed; once it is sealed, no
    file beside it holds the plan in plain text."""
    data = (now / name).read_bytes()
    if data == old[name]:
        return
    assert decrypt(data, PASSWORD) == old[name]
    for other in now.iterdir():
        if other.name != name and other.is_file():
            assert b"Margaret" not in other.read_bytes(), f"{other.name} holds plain text"


def _check_packet(old: dict, new: dict, now: Path, name: str) -> None:
    data = (now / name).read_bytes()
    if data != old[name]:
        assert len(PdfReader(io.BytesIO(data)).pages) > 3


def _check_invitations(old: dict, new: dict, now: Path, name: str) -> None:
    folder = now / name
    if not folder.exists():
        return
    for path in folder.iterdir():
        key = f"{name}/{path.name}"
        if path.name.startswith("."):
            continue  # a temporary file the kill left: never under a real name
        assert _stable(path.read_bytes()) == _stable(new[key]), f"{key} is incomplete"


def _check_kit(old: dict, new: dict, now: Path, name: str) -> None:
    path = now / name
    if path.exists():
        assert path.read_bytes() == new[name]


def _check_unsealed(old: dict, new: dict, now: Path, name: str) -> None:
    """unprotect: still the sealed file, or exactly the plain text that was sealed."""
    assert (now / name).read_bytes() in (old[name], new[name])


Check = Callable[[dict, dict, Path, str], None]

COMMANDS: dict[str, tuple[Callable[[Path], list[str]], str, Check]] = {
    "new": (lambda f: ["new", "--force", "-o", "plan.ivplan"], "plan.ivplan", _check_plan),
    "import-letter": (
        lambda f: ["import-letter", "plan.ivplan", next(f.glob("*.md")).name, "--yes"],
        "plan.ivplan",
        _check_plan,
    ),
    "export": (
        lambda f: ["export", "plan.ivplan", "-o", "packet.pdf", "--force", "--today", TODAY],
        "packet.pdf",
        _check_packet,
    ),
    "invitations": (
        lambda f: ["invitations", "plan.ivplan", "-o", "invitations"],
        "invitations",
        _check_invitations,
    ),
    "letter-kit": (
        lambda f: ["letter-kit", "plan.ivplan", "--participant", "Lily Marsh", "-o", "kit.md"],
        "kit.md",
        _check_kit,
    ),
    "protect": (lambda f: ["protect", "plan.ivplan"], "plan.ivplan", _check_sealing),
    "unprotect": (
        lambda f: ["unprotect", "sealed/plan.ivplan"],
        "sealed/plan.ivplan",
        _check_unsealed,
    ),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_sigkill_while_writing_leaves_the_old_or_the_new(command, start, tmp_path):
    make_argv, target, check = COMMANDS[command]
    reference = tmp_path / "reference"
    shutil.copytree(start, reference)
    old = _snapshot(reference)
    log = tmp_path / "steps.log"
    assert _run(reference, 0, make_argv(reference), log) == 0
    new = _snapshot(reference)
    steps = log.read_text().split()
    assert "replace" in steps
    for kill_at in _kill_points(steps, SLOW.get(command, MOST_KILLS)):
        now = tmp_path / f"killed-at-{kill_at}"
        shutil.copytree(start, now)
        code = _run(now, kill_at, make_argv(now))
        assert code == -signal.SIGKILL, f"{command} was not stopped at step {kill_at}"
        check(old, new, now, target)

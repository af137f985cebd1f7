"""A non-root user in a folder they may read but not write: every writing command says so
plainly (exit 1), and the plan is left exactly as it was.

The commands run as the unprivileged `nobody` id (65534), switched to from root in the
child process, so no account is created. Run as any other user, the test is skipped (the
root-free version of this check is in test_atomic_save.py).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from interventionplanner.cli import main

NOBODY = 65534
TODAY = "2026-11-27"


@pytest.fixture
def locked_folder() -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root, to run the commands as an unprivileged user")
    if _python() is None:
        pytest.skip(
            f"the unprivileged user cannot run this Python ({sys.executable}) nor a system "
            f"python{sys.version_info.major}.{sys.version_info.minor}"
        )
    outer = Path(tempfile.mkdtemp(prefix="ivp-readonly-"))
    try:
        outer.chmod(0o755)
        folder = outer / "plans"
        folder.mkdir()
        assert main(["new", "--demo", "-o", str(folder / "plan.ivplan"), "--today", TODAY]) == 0
        (folder / "plan.ivplan").chmod(0o644)
        folder.chmod(0o555)
        yield folder
    finally:
        shutil.rmtree(outer, ignore_errors=True)


@functools.cache
def _python() -> str | None:
    """An interpreter of this Python's version that `nobody` may run: this one, or the
    system's (this one may live under a folder only root may enter)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (sys.executable, f"/usr/bin/python{version}"):
        if not Path(candidate).exists():
            continue
        try:
            probe = _as_nobody("-c", "import interventionplanner.cli", python=candidate)
        except PermissionError:
            continue
        if probe.returncode == 0:
            return candidate
    return None


def _as_nobody(*argv: str, python: str | None = None) -> subprocess.CompletedProcess:
    def drop() -> None:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)

    env = {"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent", "LANG": "C.UTF-8"}
    env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = "/nonexistent"
    # The checkout and this environment's libraries, for a system interpreter.
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parent.parent), sysconfig.get_paths()["purelib"]]
    )
    env["INTERVENTIONPLANNER_PASSWORD"] = "a long and private passphrase"
    command = ["-m", "interventionplanner", *argv] if python is None else list(argv)
    return subprocess.run(
        [python or _python() or sys.executable, *command],
        preexec_fn=drop,  # noqa: PLW1509 (nothing else runs threads here)
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "--force", "-o", "{plan}"],
        ["export", "{plan}", "-o", "{folder}/packet.pdf", "--today", TODAY],
        ["invitations", "{plan}", "-o", "{folder}/invitations"],
        ["letter-kit", "{plan}", "--participant", "Lily Marsh", "-o", "{folder}/kit.md"],
        ["protect", "{plan}"],
    ],
    ids=lambda argv: argv[0],
)
def test_a_read_only_folder_is_refused_plainly(argv, locked_folder):
    plan = locked_folder / "plan.ivplan"
    before = plan.read_bytes()
    args = [a.format(plan=plan, folder=locked_folder) for a in argv]
    done = _as_nobody(*args)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip()
    assert plan.read_bytes() == before
    assert sorted(p.name for p in locked_folder.iterdir()) == ["plan.ivplan"]

"""Run by test_full_disk inside its own mount namespace, on a small tmpfs at DISK.

For each level of free space, from none to plenty, every writing command runs on a disk
filled to that level. Prints one JSON line: the problems found (empty when all is well)
and each command's exit codes, level by level.

    python tests/full_disk_runner.py DISK STEP
"""

import contextlib
import io
import json
import os
import shutil
import sys
from pathlib import Path

from interventionplanner.cli import main

DISK = Path(sys.argv[1])
STEP = int(sys.argv[2])
TODAY = "2026-11-27"
WORK = DISK / "plans"
FILLER = DISK / "filler"


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, err.getvalue()


def fill(room: int) -> None:
    """Fill the disk until only `room` bytes are free (to the page)."""
    FILLER.unlink(missing_ok=True)
    free = shutil.disk_usage(DISK).free
    with FILLER.open("wb") as handle:
        handle.truncate(0)
        with contextlib.suppress(OSError):
            handle.write(b"\0" * max(free - room, 0))
            handle.flush()
            os.fsync(handle.fileno())


def leftovers() -> list[str]:
    return sorted(p.name for p in WORK.rglob(".*.tmp"))


def main_loop() -> tuple[list[str], dict[str, list[int]]]:
    problems: list[str] = []
    outcomes: dict[str, list[int]] = {}
    capacity = shutil.disk_usage(DISK).total
    for room in range(0, capacity, STEP):
        shutil.rmtree(WORK, ignore_errors=True)
        FILLER.unlink(missing_ok=True)
        WORK.mkdir()
        plan = WORK / "plan.ivplan"
        assert run("new", "--demo", "-o", str(plan), "--today", TODAY)[0] == 0
        old = plan.read_bytes()
        fill(room)
        kit = WORK / "k.md"
        commands = [
            ("letter-kit", str(plan), "--participant", "Lily Marsh", "-o", str(kit)),
            ("import-letter", str(plan), str(kit), "--yes"),
            ("invitations", str(plan), "-o", str(WORK / "invitations")),
            ("export", str(plan), "-o", str(WORK / "packet.pdf"), "--today", TODAY),
            ("new", "--force", "-o", str(plan)),  # last: it leaves a plan with nobody in it
        ]
        for argv in commands:
            code, err = run(*argv)
            outcomes.setdefault(argv[0], []).append(code)
            where = f"{argv[0]} with {room // 1024} KiB free"
            if code not in (0, 1):
                problems.append(f"{where}: exit {code}")
            if code == 1 and not err.strip():
                problems.append(f"{where}: refused without saying why")
            if "Traceback" in err:
                problems.append(f"{where}: a traceback")
            if leftovers():
                problems.append(f"{where}: temporary files left: {leftovers()}")
            if plan.read_bytes() != old and not _is_a_new_plan(plan):
                problems.append(f"{where}: the plan is neither the old nor the new one")
            pdf = WORK / "packet.pdf"
            if pdf.exists() and not pdf.read_bytes().rstrip().endswith(b"%%EOF"):
                problems.append(f"{where}: a half-written packet")
    return problems, outcomes


def _is_a_new_plan(path: Path) -> bool:
    """What `new` writes: a whole plan file with nobody in it yet (its ids and calendar
    UIDs are fresh each time, so the bytes differ from run to run)."""
    from interventionplanner.storage import PlanFileError, load_plan

    try:
        return not load_plan(path).plan.participants
    except PlanFileError:
        return False


if __name__ == "__main__":
    problems, outcomes = main_loop()
    print(json.dumps({"problems": problems, "outcomes": outcomes}))  # noqa: T201

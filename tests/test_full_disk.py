"""A full disk loses nothing: on a small tmpfs filled to every level, each writing command
either succeeds or says plainly that it could not write, the plan is the old one or the new
one, and no temporary file is left behind.

The tmpfs is mounted in a private mount namespace (`unshare`), so nothing outside the test
sees it and it goes away with the test's process. Where that is not allowed (no
user namespaces, no `unshare`), the test is skipped and says why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUNNER = Path(__file__).with_name("full_disk_runner.py")
ROOT = RUNNER.parent.parent
SIZE_KIB = 384  # room for the packet, its bottom-lines file, the invitations and the plan
STEP = 48 * 1024


def _namespace_prefix(disk: Path) -> list[str]:
    unshare = shutil.which("unshare")
    if os.name != "posix" or unshare is None:
        pytest.skip("needs util-linux's unshare to mount a private tmpfs")
    probe = subprocess.run(
        [unshare, "-rm", "true"] if os.geteuid() else [unshare, "-m", "true"],
        capture_output=True,
    )
    if probe.returncode:
        pytest.skip(f"cannot make a private mount namespace here: {probe.stderr.decode().strip()}")
    flags = ["-rm"] if os.geteuid() else ["-m"]
    mount = f"mount -t tmpfs -o size={SIZE_KIB}k tmpfs {disk}"
    return [unshare, *flags, "sh", "-c", f'{mount} && exec "$0" "$@"']


def test_a_full_disk_at_every_level_loses_nothing(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    prefix = _namespace_prefix(disk)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [*prefix, sys.executable, str(RUNNER), str(disk), str(STEP)],
        capture_output=True,
        env=env,
        timeout=600,
    )
    if done.returncode and b"mount" in done.stderr and b"permission" in done.stderr.lower():
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    result = json.loads(done.stdout.decode().splitlines()[-1])
    assert result["problems"] == []
    for command, codes in result["outcomes"].items():
        # Every level was tried; the emptiest refused, and the roomiest let it write.
        assert codes[0] == 1, command
        assert codes[-1] == 0, command

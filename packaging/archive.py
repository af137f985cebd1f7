"""Pack the one-folder bundle into a .tar.gz beside it and print both sizes.

`python packaging/archive.py dist/interventionplanner` writes
dist/interventionplanner-VERSION-linux-x86_64.tar.gz (the system and machine it was built on).
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

from interventionplanner import __version__


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def main(folder: Path) -> int:
    system, machine = platform.system().lower(), platform.machine().lower()
    archive = folder.with_name(f"{folder.name}-{__version__}-{system}-{machine}.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    print(f"Bundle folder: {folder}  {megabytes(folder_size(folder))}")
    print(f"Archive:       {archive}  {megabytes(archive.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

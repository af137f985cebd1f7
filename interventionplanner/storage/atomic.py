"""Write a file so that it is either the old version or the new one, never half of each.

The recipe: write the new bytes to a temporary file in the same folder, flush and fsync it,
copy the old file aside as `.bak`, `os.replace` the new one into place, then fsync the folder
so the rename itself survives a power cut. Any failure before the rename leaves the old file
as it was, byte for byte.

What else a save keeps:

- **Symlinks.** A plan reached through a symlink is written where the link points (and its
  `.bak` beside that file); the link stays a link.
- **Permissions.** The new file gets the old one's permission bits and group, so a plan
  shared with a group (0664) stays shared. A new file, or a save that asks for privacy (a
  plan being protected with a password), is readable by its owner only (0600).
- **Read-only files** are refused (ReadOnlyFileError) instead of being replaced silently.

Temporary files: on Linux the new bytes go first into an unnamed file (O_TMPFILE), which a
kill or crash simply makes vanish; it gets a name (`.NAME.<random>.tmp`) only for the instant
before the rename. Elsewhere the temporary file is named from the start. Either way a named
leftover can only come from a process killed at that instant, and `remove_stale_temps` (run
by whoever next takes the plan's lock: storage/planlock.py) removes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from interventionplanner.i18n import _

NEW_FILE_MODE = 0o600
_TEMP_SUFFIX = ".tmp"


class ReadOnlyFileError(PermissionError):
    """The file exists and is marked read-only (or this account may not change it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, _("the file is read-only"), str(path))


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def real_path(path: Path | str) -> Path:
    """Where a save of `path` really writes: a symlink's target (followed to the end), as an
    absolute path. A path that does not exist yet is returned absolute, as it is."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path.absolute()


def write_atomic(
    path: Path,
    data: bytes,
    *,
    keep_backup: bool = True,
    private: bool = False,
    replace_read_only: bool = False,
) -> Path:
    """Replace `path` (or a symlink's target) with `data` atomically and return the file
    written. Raises OSError (ReadOnlyFileError for a read-only file) and leaves it intact.

    `private` makes the file readable by its owner only even if it was shared before;
    `replace_read_only` is for files the app owns outright, such as a `.bak`."""
    target = real_path(path)
    existing = _existing(target)
    if (
        not replace_read_only
        and existing is not None
        and (not existing.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK))
    ):
        raise ReadOnlyFileError(target)
    mode = NEW_FILE_MODE if private or existing is None else stat.S_IMODE(existing.st_mode)
    group = None if private or existing is None else existing.st_gid

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    with _Staged(target, fill, mode, group) as staged:
        if keep_backup and existing is not None:
            copy_atomic(target, backup_path(target))
        staged.install()
    _fsync_folder(target.parent)
    return target


def write_all_atomic(files: list[tuple[Path, bytes]]) -> None:
    """Write several files as one: each is written and fsynced first, and only when all of
    them are on the disk is each renamed into place (renames need no space). A failure
    while writing (a full disk) leaves every target as it was. New files are owner-only."""
    staged: list[_Staged] = []
    try:
        for path, data in files:
            staged.append(_Staged(real_path(path), _filler(data), NEW_FILE_MODE, None))
        for item in staged:
            item.install()
    finally:
        for item in staged:
            item._discard()
    for folder in {item.target.parent for item in staged}:
        _fsync_folder(folder)


def _filler(data: bytes) -> Callable[[BinaryIO], None]:
    return lambda handle: handle.write(data) and None


def copy_atomic(source: Path, target: Path) -> None:
    """Copy `source` over `target` atomically (owner-only permissions)."""

    def fill(handle: BinaryIO) -> None:
        with source.open("rb") as src:
            while chunk := src.read(1 << 20):
                handle.write(chunk)

    with _Staged(target, fill, NEW_FILE_MODE, None) as staged:
        staged.install()


def stale_temps(path: Path) -> list[Path]:
    """Temporary files a save of `path` (or of its `.bak`) left behind when it was killed."""
    target = real_path(path)
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:bak\.)?[A-Za-z0-9_]+\.tmp")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / name for name in names if pattern.fullmatch(name)]


def remove_stale_temps(path: Path) -> int:
    """Remove what stale_temps finds; how many. Call it only while holding the plan's lock
    (storage/planlock.py), so no save in progress can lose its temporary file."""
    removed = 0
    for temp in stale_temps(path):
        with contextlib.suppress(OSError):
            temp.unlink()
            removed += 1
    return removed


class _Staged:
    """New bytes for `target`, written and fsynced but not yet in place."""

    def __init__(
        self, target: Path, fill: Callable[[BinaryIO], None], mode: int, group: int | None
    ):
        self.target = target
        self.name: Path | None = None  # set once the temporary file has a name
        self.fd = _unnamed_file(target.parent)
        if self.fd is None:
            self.fd, self.name = _named_file(target)
        try:
            with contextlib.suppress(OSError):  # another group than ours: best effort
                if group is not None and group != os.getegid():
                    os.fchown(self.fd, -1, group)
            if hasattr(os, "fchmod"):  # not on Windows, where modes mean little
                os.fchmod(self.fd, mode)
            with os.fdopen(self.fd, "wb", closefd=False) as handle:
                fill(handle)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            self._discard()
            raise

    def install(self) -> None:
        if self.name is None:
            self.name = _give_name(self.fd, self.target)
        os.replace(self.name, self.target)
        self.name = None  # it is the target now

    def __enter__(self) -> _Staged:
        return self

    def __exit__(self, *exc: object) -> None:
        self._discard()

    def _discard(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
        if self.name is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            self.name = None


def _temp_name(target: Path) -> Path:
    # Imported here: `secrets` loads OpenSSL (through hmac), 3 MiB the window's first step
    # does not need; the first file written pays it.
    import secrets

    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{_TEMP_SUFFIX}")


def _unnamed_file(folder: Path) -> int | None:
    """An O_TMPFILE file in `folder`, or None where the system or file system has none."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, NEW_FILE_MODE)
    except OSError as error:
        if error.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None  # the file system cannot: a named temporary file instead
        raise


def _named_file(target: Path) -> tuple[int, Path]:
    for _attempt in range(100):
        name = _temp_name(target)
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
        except FileExistsError:
            continue
        return fd, name
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


def _give_name(fd: int, target: Path) -> Path:
    """Link the unnamed file into the folder, the instant before it is renamed into place."""
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        for _ in range(100):
            name = _temp_name(target)
            try:
                # A directory fd makes CPython call linkat(AT_SYMLINK_FOLLOW), which is what
                # links an O_TMPFILE through /proc; plain link() would refuse (EXDEV).
                os.link(f"/proc/self/fd/{fd}", name.name, dst_dir_fd=folder, follow_symlinks=True)
            except FileExistsError:
                continue
            return name
    finally:
        os.close(folder)
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


def _existing(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Best effort: the new file is already in place, so a
    failure here must not be reported as a failed save."""
    if os.name != "posix":  # Windows cannot open a folder for fsync
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

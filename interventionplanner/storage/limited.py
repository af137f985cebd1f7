"""Read any input with a ceiling: regular files, devices, pipes and standard input alike.

A size check on `stat()` says nothing about `/dev/zero`, a FIFO or a pipe, which report a
size of 0 and never end. So every input the app reads goes through `read_limited`, which
reads at most one byte past the ceiling and refuses if that byte exists. A FIFO nobody
writes to reads as empty instead of waiting forever.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import BinaryIO


class TooLargeError(OSError):
    """The input is larger than the ceiling (or never ends)."""

    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes")
        self.limit = limit


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of `path`, if there are at most `limit` of them. Raises TooLargeError, or
    OSError (FileNotFoundError, IsADirectoryError, PermissionError…) as open() would."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # non-blocking: opening a FIFO without a writer must not hang
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(fd, True)  # and then read as usual
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return read_stream_limited(handle, limit)
    finally:
        os.close(fd)


def read_stream_limited(stream: BinaryIO, limit: int) -> bytes:
    """At most `limit` bytes from an open binary stream (such as standard input)."""
    chunks, size = [], 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise TooLargeError(limit)
    return b"".join(chunks)

"""The writer's own words ("Add to my words"), kept in the per-user data folder.

One word a line, UTF-8, in `my_words.txt`; written whole or not at all (storage/atomic.py).
The file is the user's, not the plan's: a shared home computer keeps each person's words
under their own account, and no plan file carries them.
"""

from __future__ import annotations

from pathlib import Path

from interventionplanner import paths
from interventionplanner.domain.spelling import normal
from interventionplanner.storage.atomic import write_atomic

FILE_NAME = "my_words.txt"


def words_path() -> Path:
    return paths.user_data_dir() / FILE_NAME


def load_user_words(path: Path | None = None) -> set[str]:
    """The words saved so far; none when the file is missing or unreadable."""
    try:
        text = (path or words_path()).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {normal(line.strip()) for line in text.splitlines() if line.strip()}


def add_user_word(word: str, path: Path | None = None) -> set[str]:
    """Save `word` beside the others; returns them all. Raises OSError if it cannot."""
    target = path or words_path()
    words = load_user_words(target) | {normal(word.strip())}
    target.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(f"{w}\n" for w in sorted(words) if w).encode("utf-8")
    write_atomic(target, data, keep_backup=False)
    return words

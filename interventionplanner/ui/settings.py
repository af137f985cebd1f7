"""The app's few preferences, in one INI file in the per-user config folder.

Preferences only: never plan content. Recent files are off unless the user turns them on,
because a list of file names on a shared computer can itself say too much.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from interventionplanner import paths

MAX_RECENT = 8

# The rehearsal prompter's type, in points.
DEFAULT_PROMPTER_FONT_SIZE = 28
MIN_PROMPTER_FONT_SIZE = 14
MAX_PROMPTER_FONT_SIZE = 72


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            str(paths.user_config_dir() / "settings.ini"), QSettings.Format.IniFormat
        )

    @property
    def remember_recent(self) -> bool:
        return self._store.value("privacy/remember_recent", False, type=bool)

    @remember_recent.setter
    def remember_recent(self, on: bool) -> None:
        self._store.setValue("privacy/remember_recent", on)
        if not on:
            self.clear_recent()

    @property
    def idle_minutes(self) -> int:
        """Hide the plan after this many idle minutes; 0 (the default) never."""
        return self._store.value("privacy/idle_minutes", 0, type=int)

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._store.setValue("privacy/idle_minutes", minutes)

    @property
    def prompter_font_size(self) -> int:
        """The rehearsal prompter's type size in points (28 unless changed there)."""
        size = self._store.value(
            "rehearsal/prompter_font_size", DEFAULT_PROMPTER_FONT_SIZE, type=int
        )
        return min(MAX_PROMPTER_FONT_SIZE, max(MIN_PROMPTER_FONT_SIZE, size))

    @prompter_font_size.setter
    def prompter_font_size(self, size: int) -> None:
        size = min(MAX_PROMPTER_FONT_SIZE, max(MIN_PROMPTER_FONT_SIZE, size))
        self._store.setValue("rehearsal/prompter_font_size", size)

    @property
    def prompter_dark(self) -> bool:
        """Whether the prompter shows light type on a dark page."""
        return self._store.value("rehearsal/prompter_dark", False, type=bool)

    @prompter_dark.setter
    def prompter_dark(self, on: bool) -> None:
        self._store.setValue("rehearsal/prompter_dark", on)

    @property
    def language(self) -> str:
        """The window's language ("en", "es"); "" until chosen: the system's is used."""
        return self._store.value("view/language", "", type=str)

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("view/language", code)

    def recent_files(self) -> list[Path]:
        if not self.remember_recent:
            return []
        stored = self._store.value("recent/files", [], type=list)
        return [Path(p) for p in stored if isinstance(p, str)]

    def add_recent(self, path: Path) -> None:
        if not self.remember_recent:
            return
        recent = [p for p in self.recent_files() if p != path]
        self._store.setValue("recent/files", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def clear_recent(self) -> None:
        self._store.remove("recent/files")

    def sync(self) -> None:
        self._store.sync()

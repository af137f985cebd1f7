"""The app's few preferences, in one INI file in the per-user config folder.

Preferences only: never plan content. Recent files are off unless the user turns them on,
because a list of file names on a shared computer can itself say too much.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from interventionplanner import paths

MAX_RECENT = 8


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

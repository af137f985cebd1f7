"""Desktop integration on Linux: the menu entry, the icon and the plan file type, per user.

`interventionplanner --install-desktop` copies the freedesktop files the package carries
(resources/desktop and resources/icons) into $XDG_DATA_HOME (default ~/.local/share), makes
the app the default for `.ivplan` files in $XDG_CONFIG_HOME/mimeapps.list, and asks the
desktop's own tools to refresh their caches when they are installed. `--uninstall-desktop`
takes exactly those files and that one default away again. No root, nothing for other users.

The desktop entry starts the app with the plan's path (`%f`); the app never adds a plan to
the desktop's recent-documents list itself (see docs/packaging.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from interventionplanner import paths
from interventionplanner.i18n import N_, _
from interventionplanner.storage.atomic import write_atomic

APP_ID = paths.APP_ID
MIME_TYPE = "application/x-interventionplanner"
DESKTOP_FILE = f"{APP_ID}.desktop"
_MIME_ICON = MIME_TYPE.replace("/", "-")
_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_MIMEAPPS_SECTIONS = ("[Default Applications]", "[Added Associations]")
# Characters the desktop entry spec reserves inside an Exec argument: such an argument is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")

# Marked here, translated where said.
MESSAGES = {
    "not_linux": N_(
        "Desktop integration is for Linux desktops. On Windows and macOS, the "
        "installer adds the app to the Start menu or Applications folder."
    ),
    "installed": N_(
        "Intervention Planner is in your desktop's menu now, and plan files "
        "(.ivplan) open in it with a double click."
    ),
    "uninstalled": N_(
        "Intervention Planner is no longer in your desktop's menu, and plan files "
        "no longer open in it. Your plans themselves were not touched."
    ),
    "nothing": N_("Intervention Planner was not in your desktop's menu; nothing was changed."),
    "later": N_("Your desktop may show the change after you next log in."),
}


@dataclass
class Outcome:
    """What an install or uninstall changed, and whether the desktop was told at once."""

    files: list[Path] = field(default_factory=list)
    refreshed: bool = True


def supported() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def data_home() -> Path:
    return _xdg("XDG_DATA_HOME", Path.home() / ".local" / "share")


def config_home() -> Path:
    return _xdg("XDG_CONFIG_HOME", Path.home() / ".config")


def _xdg(name: str, default: Path) -> Path:
    value = os.environ.get(name, "")
    return Path(value) if os.path.isabs(value) else default  # the spec ignores relative paths


def planned_files(data: Path) -> dict[Path, Path]:
    """Where each packaged file goes under `data`, keyed by destination."""
    desktop, icons = paths.resource("desktop"), paths.resource("icons")
    svg = icons / f"{APP_ID}.svg"
    hicolor = data / "icons" / "hicolor"
    files = {
        data / "mime" / "packages" / f"{APP_ID}.xml": desktop / f"{APP_ID}.mime.xml",
        data / "metainfo" / f"{APP_ID}.metainfo.xml": desktop / f"{APP_ID}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{APP_ID}.svg": svg,
        hicolor / "scalable" / "mimetypes" / f"{_MIME_ICON}.svg": svg,
    }
    for size in _ICON_SIZES:
        png = icons / "png" / f"{size}.png"
        files[hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
        files[hicolor / f"{size}x{size}" / "mimetypes" / f"{_MIME_ICON}.png"] = png
    return files


def install() -> Outcome:
    """Install the menu entry, icons, file type and metainfo for this user. Raises OSError."""
    data = data_home()
    outcome = Outcome()
    for target, source in planned_files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        outcome.files.append(target)
    entry = data / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(launcher()), encoding="utf-8")
    outcome.files.append(entry)
    _set_default(config_home() / "mimeapps.list", add=True)
    outcome.refreshed = _refresh(data)
    return outcome


def uninstall() -> Outcome:
    """Remove what install() put in place (and nothing else). Raises OSError."""
    data = data_home()
    outcome = Outcome()
    for target in [*planned_files(data), data / "applications" / DESKTOP_FILE]:
        if target.is_file():
            target.unlink()
            outcome.files.append(target)
    _set_default(config_home() / "mimeapps.list", add=False)
    if outcome.files:
        outcome.refreshed = _refresh(data)
    return outcome


def launcher() -> list[str]:
    """The command that starts this very installation of the app, by absolute path."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable itself
        return [sys.executable]
    script = Path(sys.executable).with_name("interventionplanner")  # a venv's or pipx's bin
    if script.is_file():
        return [str(script)]
    found = shutil.which("interventionplanner")
    if found:
        return [os.path.abspath(found)]
    return [sys.executable, "-m", "interventionplanner"]


def desktop_entry(command: list[str]) -> str:
    """The packaged desktop entry with its Exec line pointing at `command`."""
    template = (paths.resource("desktop") / DESKTOP_FILE).read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(_exec_argument(arg) for arg in command) + " %f"
    lines = [exec_line if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def _exec_argument(arg: str) -> str:
    """Quote one argument the way the desktop entry spec asks, then escape it as a value."""
    if arg and not _RESERVED.intersection(arg):
        quoted = arg
    else:
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        quoted = f'"{inner}"'
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def _set_default(mimeapps: Path, *, add: bool) -> None:
    """Put this app first for the plan type (add) or take it out (remove), keeping the rest."""
    text = mimeapps.read_text(encoding="utf-8") if mimeapps.is_file() else ""
    lines = text.splitlines()
    for section in _MIMEAPPS_SECTIONS:
        lines = _edit_section(lines, section, add)
    new_text = "\n".join(lines) + "\n" if lines else ""
    if new_text == text or (not add and not mimeapps.exists()):
        return
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(mimeapps, new_text.encode("utf-8"), keep_backup=False)


def _edit_section(lines: list[str], section: str, add: bool) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip() == section), None)
    if start is None:
        if not add:
            return lines
        lines = [*lines, *([""] if lines else []), section]
        start = len(lines) - 1
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines)
    )
    body = lines[start + 1 : end]
    index = next(
        (i for i, line in enumerate(body) if line.split("=", 1)[0].strip() == MIME_TYPE), None
    )
    others = []
    if index is not None:
        values = body.pop(index).split("=", 1)[1].split(";")
        others = [v.strip() for v in values if v.strip() and v.strip() != DESKTOP_FILE]
    chosen = [DESKTOP_FILE, *others] if add else others
    if chosen:
        line = f"{MIME_TYPE}={';'.join(chosen)};"
        body.insert(0 if index is None else index, line)
    return [*lines[: start + 1], *body, *lines[end:]]


def _refresh(data: Path) -> bool:
    """Ask the desktop's tools to re-read the folders; False if one of them was missing."""
    commands = [
        ["update-mime-database", str(data / "mime")],
        ["update-desktop-database", "-q", str(data / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(data / "icons" / "hicolor")],
    ]
    every_one = True
    for command in commands:
        if shutil.which(command[0]) is None:
            every_one = every_one and command[0] == "gtk-update-icon-cache"  # optional
            continue
        subprocess.run(command, capture_output=True, timeout=60, check=False)
    return every_one


def run(*, install_it: bool, say) -> int:
    """The --install-desktop / --uninstall-desktop command: 0 done, 1 a folder refused, 2 not
    a Linux desktop. `say` prints one message."""
    if not supported():
        say(_(MESSAGES["not_linux"]))
        return 2
    try:
        outcome = install() if install_it else uninstall()
    except OSError as error:
        reason = error.strerror or str(error)
        if error.filename:
            say(
                _('The desktop files could not be written ("{path}"): {reason}.').format(
                    path=error.filename, reason=reason
                )
            )
        else:
            say(_("The desktop files could not be written: {reason}.").format(reason=reason))
        return 1
    if install_it:
        say(_(MESSAGES["installed"]))
    else:
        say(_(MESSAGES["uninstalled"]) if outcome.files else _(MESSAGES["nothing"]))
    if not outcome.refreshed:
        say(_(MESSAGES["later"]))
    return 0

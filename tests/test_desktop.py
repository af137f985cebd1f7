"""Desktop integration on Linux: valid freedesktop files, installed and removed per user."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from interventionplanner import __version__, cli, desktop, paths

ROOT = Path(__file__).parents[1]
PACKAGED = paths.resource("desktop")
ENTRY = PACKAGED / desktop.DESKTOP_FILE
METAINFO = PACKAGED / f"{paths.APP_ID}.metainfo.xml"

pytestmark = pytest.mark.skipif(not desktop.supported(), reason="freedesktop integration")


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; .ci/run installs it)")
    return found


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh HOME with the XDG folders at their defaults, as a new user has them."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION"):
        monkeypatch.delenv(name, raising=False)
    return home


def xdg_mime(home: Path, *args: str) -> str:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        [tool("xdg-mime", "xdg-utils"), "query", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip()


def test_the_desktop_entry_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(ENTRY)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint


def test_the_metainfo_is_valid():
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_shows_screenshots_we_have_and_this_release():
    component = ET.parse(METAINFO).getroot()
    images = [image.text for image in component.iter("image")]
    assert images
    for url in images:
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    newest = component.find("releases/release")
    assert newest.get("version") == __version__
    assert component.findtext("launchable") == desktop.DESKTOP_FILE


def test_install_puts_the_app_in_the_menu_and_opens_plans_with_it(home, capsys):
    assert cli.main(["--install-desktop"]) == cli.OK
    assert "menu" in capsys.readouterr().out
    data = home / ".local" / "share"
    entry = data / "applications" / desktop.DESKTOP_FILE
    assert entry.is_file()
    assert (data / "icons/hicolor/48x48/apps" / f"{paths.APP_ID}.png").is_file()
    assert (data / "mime/packages" / f"{paths.APP_ID}.xml").is_file()
    assert xdg_mime(home, "default", desktop.MIME_TYPE) == desktop.DESKTOP_FILE
    plan = home / "plan.ivplan"
    shutil.copyfile(paths.resource(paths.EXAMPLE_PLAN), plan)
    if shutil.which("update-mime-database"):  # shared-mime-info: the type is known by its name
        assert xdg_mime(home, "filetype", str(plan)) == desktop.MIME_TYPE


def test_uninstall_takes_away_exactly_what_install_added(home, capsys):
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    theirs = "[Default Applications]\ntext/plain=editor.desktop;\n"
    mimeapps.write_text(theirs + f"{desktop.MIME_TYPE}=other.desktop;\n")
    mine = home / ".local/share/applications/mine.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n")

    assert cli.main(["--install-desktop"]) == cli.OK
    assert f"{desktop.MIME_TYPE}={desktop.DESKTOP_FILE};other.desktop;" in mimeapps.read_text()
    assert cli.main(["--uninstall-desktop"]) == cli.OK
    assert "no longer" in capsys.readouterr().out

    assert mimeapps.read_text().startswith(theirs + f"{desktop.MIME_TYPE}=other.desktop;\n")
    assert mine.is_file()
    left = [p for p in (home / ".local/share").rglob("*") if paths.APP_ID in p.name]
    assert left == []
    assert cli.main(["--uninstall-desktop"]) == cli.OK
    assert "nothing was changed" in capsys.readouterr().out


def test_xdg_data_home_is_honoured_and_a_relative_one_ignored(home, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert desktop.data_home() == tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert desktop.data_home() == home / ".local" / "share"


@pytest.mark.parametrize(
    "launcher",
    [
        "/opt/Intervention Planner/interventionplanner",
        '/home/o"brien/100% $HOME`x`\\bin/interventionplanner',
    ],
)
def test_an_unusual_install_folder_still_makes_a_valid_entry(tmp_path, launcher):
    entry = tmp_path / desktop.DESKTOP_FILE
    entry.write_text(desktop.desktop_entry([launcher]))
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    exec_line = re.search(r"^Exec=(.*)$", entry.read_text(), re.M).group(1)
    assert exec_line.endswith(" %f")
    assert exec_line.startswith('"')


def test_the_entry_starts_this_installation(home):
    assert cli.main(["--install-desktop"]) == cli.OK
    text = (home / ".local/share/applications" / desktop.DESKTOP_FILE).read_text()
    command = re.search(r"^Exec=(\S+) %f$", text, re.M).group(1)
    assert Path(command).is_file()
    assert os.access(command, os.X_OK)


def test_a_folder_that_refuses_says_where(home, capsys):
    (home / ".local").write_text("not a folder")
    assert cli.main(["--install-desktop"]) == cli.DATA_WRONG
    assert ".local" in capsys.readouterr().out


def test_both_flags_at_once_are_a_usage_error():
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--install-desktop", "--uninstall-desktop"])
    assert exit_.value.code == cli.USAGE

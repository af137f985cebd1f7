"""Packages people install: the sdist and wheel carry everything, and work outside the checkout."""

import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pypdf
import pytest

from interventionplanner import __version__

ROOT = Path(__file__).parents[1]
CHANGELOG = ROOT / "CHANGELOG.md"


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> Path:
    """The sdist, and the wheel built from it, as a release is built (offline: no isolation)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.fixture(scope="module")
def wheel(dists) -> Path:
    return next(dists.glob("interventionplanner-*.whl"))


@pytest.fixture(scope="module")
def sdist(dists) -> Path:
    return next(dists.glob("interventionplanner-*.tar.gz"))


def test_the_wheel_carries_resources_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in ("resources/substances.json", "resources/example-plan.ivplan"):
        assert f"interventionplanner/{expected}" in names
    bundled = {p.relative_to(ROOT).as_posix() for p in (ROOT / "letter_templates").glob("*.j2")}
    assert {f"interventionplanner/{name}" for name in bundled} <= names


def test_an_installed_wheel_finds_its_own_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = "from interventionplanner import paths; print(paths.resource(paths.SUBSTANCES))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    found = Path(result.stdout.strip())
    assert found.is_file()
    assert target in found.parents


def test_the_wheel_carries_every_module_of_the_package(wheel):
    """A package missing from pyproject's list would install an app that cannot start."""
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "interventionplanner"
    modules = {p.relative_to(ROOT).as_posix() for p in package.rglob("*.py")}
    assert modules - names == set()
    assert "interventionplanner/resources/fonts/DejaVuSans.ttf" in names
    assert "interventionplanner/resources/locale/es/LC_MESSAGES/window.mo" in names


def test_the_sdist_carries_what_a_rebuild_and_its_tests_need(sdist):
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for expected in (
        "CHANGELOG.md",
        "pyproject.toml",
        "resources/substances.json",
        "resources/desktop/org.interventionplanner.InterventionPlanner.desktop",
        "resources/icons/png/48.png",
        "letter_templates/letter.txt.j2",
        "packaging/interventionplanner.spec",
        "tests/test_packaging.py",
        "i18n/catalogues.py",
        "i18n/window.cfg",
    ):
        assert expected in names


def test_the_version_has_one_source_and_the_changelog_names_it():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert __version__ == declared
    releases = re.findall(r"^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$", CHANGELOG.read_text(), re.M)
    assert releases[0] == declared  # the newest release is the one being built


# --- a fresh install, outside the checkout -----------------------------------------------------


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, (command, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


WINDOW_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from interventionplanner import app as app_module, paths

qt = QApplication(sys.argv[:1])

def report():
    shown = [w for w in qt.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    print(json.dumps({
        "windows": len(shown),
        "title": shown[0].windowTitle() if shown else None,
        "icon": not qt.windowIcon().isNull(),
        "resources": str(paths.resources_dir()),
        "package": app_module.__file__,
    }))
    qt.quit()

QTimer.singleShot(0, report)
sys.exit(app_module.run_gui(demo=True))
"""


@pytest.mark.slow
@pytest.mark.timeout(1500)  # a venv and PySide6 from the index; each step has its own limit
def test_the_wheel_works_from_a_fresh_venv_outside_the_checkout(wheel, tmp_path):
    """Installed as pipx would install it: its own venv, its dependencies from the index."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], dict(os.environ), tmp_path)
    bin_ = venv / "bin"
    _run(
        [str(bin_ / "python"), "-m", "pip", "install", "-q", str(wheel)], dict(os.environ), tmp_path
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {  # nothing from this checkout's environment: no PYTHONPATH, no venv
        "HOME": str(home),
        "PATH": f"{bin_}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    app = str(bin_ / "interventionplanner")

    version = _run([app, "--version"], env, tmp_path).stdout.strip()
    assert version == f"interventionplanner {__version__}"
    _run([app, "new", "--demo", "-o", "plan.ivplan"], env, tmp_path)
    _run([app, "export", "plan.ivplan", "-o", "packet.pdf"], env, tmp_path)
    assert len(pypdf.PdfReader(tmp_path / "packet.pdf").pages) > 3

    shown = json.loads(_run([str(bin_ / "python"), "-c", WINDOW_PROBE], env, tmp_path).stdout)
    assert shown["windows"] == 1
    assert shown["title"]
    assert shown["icon"]
    for where in (shown["resources"], shown["package"]):
        assert Path(where).is_relative_to(venv)  # the installed copy, not this checkout

    _run([app, "--install-desktop"], env, tmp_path)
    entry = home / ".local/share/applications/org.interventionplanner.InterventionPlanner.desktop"
    assert f"Exec={app} %f" in entry.read_text()

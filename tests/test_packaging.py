"""The bundled data is found from an installed wheel, not only from a checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("interventionplanner-*.whl"))


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

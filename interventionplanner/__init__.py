"""Intervention Planner: help a family prepare an addiction intervention, offline."""

from functools import cache


@cache
def _version() -> str:
    """The one version: pyproject.toml's, as installed into the package metadata."""
    from importlib.metadata import PackageNotFoundError, version  # slow: only when asked

    try:
        return version("interventionplanner")
    except PackageNotFoundError:  # a checkout never installed: read the same number there
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(name)

"""Intervention Planner: help a family prepare an addiction intervention, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("interventionplanner")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"

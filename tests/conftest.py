"""Shared test set-up: the offscreen Qt platform, a fixed language, the example plan."""

from __future__ import annotations

import os

# Before any QApplication exists: no display is needed, and tr() output is predictable.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"

from datetime import date  # noqa: E402

import pytest  # noqa: E402

from interventionplanner.domain.plan import Plan  # noqa: E402
from interventionplanner.domain.substances import Catalogue  # noqa: E402
from interventionplanner.storage.catalogue import load_catalogue  # noqa: E402
from interventionplanner.storage.example import example_plan  # noqa: E402

# Tests judge the plan against a fixed day, so they never depend on the calendar.
TODAY = date(2026, 11, 27)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def demo_plan() -> Plan:
    return example_plan(TODAY)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()

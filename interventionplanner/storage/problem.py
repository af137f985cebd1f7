"""One thing wrong with a file (storage/errors.py tells them in plain words).

A module of its own: the errors are imported at start-up, and a dataclass costs about
4 M instructions to make (its methods compiled from generated source), which the first step
need not pay; it is imported with the checks that find problems.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where, and what, in plain words."""

    where: str  # a place in the file, e.g. "plan.participants[2].email", or "" for the file
    message: str

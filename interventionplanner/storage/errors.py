"""The ways a plan file can fail, each told in plain words.

Messages name the file and what is wrong; they never repeat the file's content, which may
be someone's private words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from interventionplanner.i18n import N_, _, ngettext

if TYPE_CHECKING:  # imported where one is made: see storage/problem.py
    from interventionplanner.storage.problem import Problem


class PlanFileError(Exception):
    """A plan file could not be opened. The file itself is never changed."""

    def __init__(self, path: Path | str, problems: list[Problem] | str) -> None:
        self.path = Path(path)
        if isinstance(problems, str):
            from interventionplanner.storage.problem import Problem

            problems = [Problem("", problems)]
        self.problems = problems
        super().__init__(self._describe())

    def _describe(self) -> str:
        first = self.problems[0]
        what = f"{first.where} {first.message}" if first.where else first.message
        more = len(self.problems) - 1
        if more:
            return ngettext(
                '"{name}" could not be opened: {what} (and {n} more problem)',
                '"{name}" could not be opened: {what} (and {n} more problems)',
                more,
            ).format(name=self.path.name, what=what, n=more)
        return _('"{name}" could not be opened: {what}').format(name=self.path.name, what=what)


class PlanSaveError(Exception):
    """A plan could not be saved. The last saved copy is untouched."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            _('"{name}" could not be saved: {reason} Your last saved copy is safe.').format(
                name=self.path.name, reason=reason
            )
        )


class PasswordNeededError(PlanFileError):
    """The plan is protected with a password, and none was given. Ask for it and try again."""

    MESSAGE = N_("this plan is protected with a password.")  # translated when raised

    def __init__(self, path: Path | str, message: str = MESSAGE) -> None:
        super().__init__(path, _(message))


class WrongPasswordError(PlanFileError):
    """A protected plan did not open with the password given. A wrong password and a damaged
    file look exactly alike to the cipher, so the message never claims to know which."""

    MESSAGE = N_("wrong password or the file is damaged.")  # translated when raised

    def __init__(self, path: Path | str, message: str = MESSAGE) -> None:
        super().__init__(path, _(message))

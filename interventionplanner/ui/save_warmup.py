"""The save's warm-ups: what the first save of a session would otherwise build on its own
worker (pydantic's validators for the whole plan, then `cryptography`), built ahead on the
warm-up lane (`ui/lane.py`).

Built cold inside the save, the validators take 120-150 ms of Python on the save's worker,
one call of about 17 ms keeping Python's lock throughout, and the window's thread waits for
the lock meanwhile (30-110 ms without a turn; docs/benchmarks.md, seventh and eighth rounds).
So they are queued twice:

- last, once a plan is open (`queue_checks()`), behind Babel's dates and the coach's rules,
  at the family's pauses;
- first, when Save As or a new password is chosen (`before_save_dialogs()`): the file
  and password dialogs stand between that choice and the save, and a person pauses in
  them (reading the dialog, choosing a name), so the lane builds the checks there, then
  loads the cipher. A dialog is modal, so a short wait for Python's lock there is not in
  the middle of a click or a key in the window.

A key makes each run once per process; queued again, one still waiting moves to the front.
"""

from __future__ import annotations

from interventionplanner.ui.lane import lane

CHECKS = "save checks"
CIPHER = "save cipher"

# The checks import pydantic (only the lane and a file's reading need it), the review
# notes' rules, which the Letters step imports too, and the file machinery, which the
# window imports itself with the first plan opened or saved: those two on the window's
# thread first (lane.py).
CHECKS_NEED = (
    "interventionplanner.domain.review_notes",
    "interventionplanner.storage.planfile",
)


def load_checks() -> None:
    from interventionplanner.storage.planfile import prepare_checks

    prepare_checks()


def load_cipher() -> None:
    from interventionplanner.storage.crypto import prepare

    prepare()


def queue_checks() -> None:
    """The checks, last in the lane: a plan is open, and a save may come one day."""
    lane().add(load_checks, key=CHECKS, window_imports=CHECKS_NEED)


def before_save_dialogs() -> None:
    """The checks, then the cipher, ahead of everything else waiting: a save is coming, and
    its dialogs give the pause to build them in. `cryptography` is loaded only here, for a
    family that saves (a window that only opens unprotected plans never needs it)."""
    cipher_needs = ("interventionplanner.storage.crypto",)
    lane().add(load_cipher, key=CIPHER, window_imports=cipher_needs, first=True)
    lane().add(load_checks, key=CHECKS, window_imports=CHECKS_NEED, first=True)

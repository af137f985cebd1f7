"""Qt's namespace values on the way to the first step, without PySide6's `Qt` class.

The first time Python names `Qt` (`from PySide6.QtCore import Qt`, or any `Qt.` value),
PySide6 6.11 builds a Python enum type for every one of the namespace's 93 enums (`Qt.Key`
alone has some 470 members): about 117 M instructions, a fifth of a bare QWizard's whole
start-up, for values the first step can do without. PySide6 cannot build one enum alone.

So the modules the first step runs name none of them: they set an enum property by its Qt
name through the meta-object (C++: no Python enum is made), pass an item role as the plain
number Qt's C++ takes, and call `setFocus()` for `setFocus(Qt.FocusReason.OtherFocusReason)`
(the same call in Qt). The namespace is then built on a turn of its own after the first step
is shown (`build`, the first slice of the wizard's building), or by whatever needs it first.
tests/test_qt_names.py checks each number and name against `Qt`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole's members, as the ints the item models' C++ functions take.
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11


def set_by_name(target: QObject, name: str, value: str) -> None:
    """Set the enum or flags property `name` to `value`, Qt's name for it: "TabFocus",
    or flags joined by "|". Qt's meta-object reads the name; a wrong one raises here
    rather than being dropped silently."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no {name} called {value!r}")


def is_built() -> bool:
    """Whether PySide6 has built the `Qt` namespace's enum types yet."""
    from PySide6 import QtCore

    return "Qt" in vars(QtCore)


def build() -> None:
    """Build the `Qt` namespace now (if it is not yet), so that its first use in a key
    press or a step's build does not pay for it."""
    from PySide6 import QtCore

    QtCore.Qt  # noqa: B018 (naming it is what builds it)

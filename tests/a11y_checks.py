"""What a screen reader, a keyboard and weak eyes would meet: shared by the offscreen
accessibility layer (tests/test_a11y_*.py) and the real-display walk.

- unnamed_focusables: widgets Tab can reach that a screen reader would call nothing;
- tab_walk: Tab pressed until focus comes round again, with any trap found on the way;
- unreached: Tab stops the walk never got to;
- text_colour_pairs: every (text, background) pair the visible widgets paint with.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from interventionplanner.ui.legible import contrast

TRAP = 8  # presses on one widget before it counts as a trap (a date box has a few parts)
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def accessible_value(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    value = interface.text(QAccessible.Text.Value)
    if not value and interface.valueInterface() is not None:
        value = str(interface.valueInterface().currentValue())
    return value or ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or accessible_name(widget)!r}"


def tab_stops(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that Tab may stop on, in `root` and its children."""
    stops = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is the stop
        if _other_choice(widget):
            continue
        stops.append(widget)
    return stops


def _other_choice(widget: QWidget) -> bool:
    """An unchosen button of a one-of-several group: Tab stops on the chosen one, the
    arrow keys move between them (as for radio buttons)."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return bool(group and group.exclusive() and group.checkedButton() and not widget.isChecked())


def unnamed_focusables(root: QWidget) -> list[str]:
    return [describe(w) for w in tab_stops(root) if not accessible_name(w).strip()]


@dataclass
class Walk:
    order: list[QWidget] = field(default_factory=list)
    trap: str = ""


def tab_walk(qtbot, root: QWidget, limit: int = 400) -> Walk:
    """Press Tab from wherever focus is until it comes back to the first stop it left."""
    walk = Walk()
    if len(tab_stops(root)) <= 1:  # one stop (a prompter keeps the keys): Tab stays there
        walk.order.append(QApplication.focusWidget())
        return walk
    same = 0
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if walk.order and widget is walk.order[-1]:
            same += 1
            if same > TRAP:
                walk.trap = describe(widget)
                return walk
            continue
        same = 0
        if widget in walk.order:
            return walk
        walk.order.append(widget)
    walk.trap = f"no cycle in {limit} presses"
    return walk


def unreached(stops: list[QWidget], walk: Walk) -> list[str]:
    """The stops (taken before the walk: focus may change what is shown) Tab never met."""
    return [describe(w) for w in stops if w not in walk.order]


def _group(widget: QWidget) -> Group:
    return Group.Active if widget.isEnabled() else Group.Disabled


def text_colour_pairs(root: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(who, text colour, background) for every visible widget that shows text."""
    pairs = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        pal, group = widget.palette(), _group(widget)
        name = describe(widget)
        if isinstance(widget, QLabel) and widget.text():
            pairs.append((name, pal.color(group, widget.foregroundRole()), _backdrop(widget)))
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractItemView):
            base = pal.color(group, Role.Base)
            pairs.append((name, pal.color(group, Role.Text), base))
            holder = getattr(widget, "placeholderText", lambda: "")()
            if holder:
                pairs.append((name + " placeholder", pal.color(group, Role.PlaceholderText), base))
        if isinstance(widget, QAbstractItemView):
            for selected in (Group.Active, Group.Inactive):
                pairs.append(
                    (
                        name + f" selected ({selected.name})",
                        pal.color(selected, Role.HighlightedText),
                        pal.color(selected, Role.Highlight),
                    )
                )
    return pairs


def _backdrop(widget: QWidget) -> QColor:
    """The colour behind a label: its own if it paints one, else the nearest parent's."""
    current = widget
    while current is not None:
        if current.autoFillBackground() or current.testAttribute(
            Qt.WidgetAttribute.WA_StyledBackground
        ):
            return current.palette().color(_group(current), current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(_group(widget), Role.Window)


def low_contrast(pairs, ratio: float = 4.5) -> list[str]:
    found = []
    for name, text, back in pairs:
        value = contrast(text, back)
        if value < ratio:
            found.append(f"{name}: {text.name()} on {back.name()} {value:.2f}:1")
    return found


def dark_palette() -> QPalette:
    """A dark system palette like Fusion's own for a dark desktop, left as the system gives
    it: the window makes it legible itself."""
    colours = {
        Role.Window: "#353535",
        Role.WindowText: "#ffffff",
        Role.Base: "#2a2a2a",
        Role.AlternateBase: "#424242",
        Role.Text: "#ffffff",
        Role.Button: "#353535",
        Role.ButtonText: "#ffffff",
        Role.Highlight: "#2a82da",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#2a82da",
        Role.ToolTipBase: "#353535",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#7f7f7f",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#6f6f6f"))
    return palette


def high_contrast_palette() -> QPalette:
    """White on black, yellow selection: a high-contrast desktop theme."""
    palette = QPalette()
    for role in (Role.Window, Role.Base, Role.Button, Role.ToolTipBase, Role.AlternateBase):
        palette.setColor(role, QColor("black"))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText):
        palette.setColor(role, QColor("white"))
    palette.setColor(Role.Highlight, QColor("#ffff00"))
    palette.setColor(Role.HighlightedText, QColor("black"))
    palette.setColor(Role.Link, QColor("#00ffff"))
    palette.setColor(Role.PlaceholderText, QColor("#c0c0c0"))
    return palette

"""Colours everyone can read: WCAG 2.2 contrast, taken from the system's palette.

The window keeps the system's colours (light, dark or high contrast) and only moves a
colour that would fall below the contrast WCAG asks for: a selected row, a placeholder,
greyed-out text, a link. Nothing here names a colour of its own.
"""

from __future__ import annotations

from copy import copy

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Copies are made with `copy`, not `QColor(colour)` or `QPalette(palette)`: weighing those
# constructors' overloads makes PySide6 build the `Qt` namespace, and the palette is made
# on the way to the first step, which is built without it (ui/qt_names.py).

TEXT = 4.5  # WCAG 2.2 1.4.3: body text
LARGE = 3.0  # large text (18 pt, or 14 pt bold), focus indicators and other marks

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (foreground, background, groups): the text colour pairs Qt's widgets paint with.
PAIRS: tuple[tuple[Role, Role, tuple[Group, ...]], ...] = (
    (Role.HighlightedText, Role.Highlight, (Group.Active, Group.Inactive)),
    (Role.PlaceholderText, Role.Base, (Group.Active, Group.Inactive)),
    (Role.Link, Role.Base, (Group.Active, Group.Inactive)),
    (Role.Link, Role.Window, (Group.Active, Group.Inactive)),
    (Role.ToolTipText, Role.ToolTipBase, (Group.Active, Group.Inactive)),
    (Role.Text, Role.Base, (Group.Disabled,)),
    (Role.WindowText, Role.Window, (Group.Disabled,)),
    (Role.ButtonText, Role.Button, (Group.Disabled,)),
)


def luminance(colour: QColor) -> float:
    """WCAG's relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def flatten(colour: QColor, over: QColor) -> QColor:
    """A see-through colour as it shows over `over` (placeholders are half see-through)."""
    return blend(over, colour, colour.alphaF()) if colour.alpha() < 255 else copy(colour)


def contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21; `one` may be see-through, over `other`."""
    one = flatten(one, other)
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(one: QColor, other: QColor, share: float) -> QColor:
    """`one` moved `share` (0 to 1) of the way towards `other`."""
    mix = [a + (b - a) * share for a, b in zip(one.getRgbF()[:3], other.getRgbF()[:3], strict=True)]
    return QColor.fromRgbF(*mix)


def readable(colour: QColor, against: QColor, ratio: float = TEXT) -> QColor:
    """`colour` itself when it reads against `against`; otherwise the nearest shade of it,
    towards black or white (whichever lies further from `against`), that does."""
    if contrast(colour, against) >= ratio:
        return copy(colour)
    colour = flatten(colour, against)
    pole = QColor("black") if luminance(against) > 0.18 else QColor("white")
    for step in range(1, 21):
        shade = blend(colour, pole, step / 20)
        if contrast(shade, against) >= ratio:
            return shade
    return pole


def legible_palette(palette: QPalette) -> QPalette:
    """The palette with every pair in PAIRS brought up to 4.5:1. A selected row keeps its
    text colour and gets a deeper background, as the text colour is what the eye reads."""
    palette = copy(palette)
    for fg, bg, groups in PAIRS:
        for group in groups:
            front, back = palette.color(group, fg), palette.color(group, bg)
            if fg == Role.HighlightedText:
                palette.setColor(group, bg, readable(back, front))
            else:
                palette.setColor(group, fg, readable(front, back))
    for group in (Group.Active, Group.Inactive):
        _visible_focus(palette, group)
    return palette


def _visible_focus(palette: QPalette, group: Group) -> None:
    """The focus ring and the selection are drawn in the highlight colour: 3:1 against the
    page (WCAG 2.4.13 / 1.4.11). On a dark page that means a lighter highlight, and then the
    selected text turns dark to keep 4.5:1 on it."""
    highlight = palette.color(group, Role.Highlight)
    for page in (Role.Window, Role.Base):
        highlight = readable(highlight, palette.color(group, page), LARGE)
    palette.setColor(group, Role.Highlight, highlight)
    text = palette.color(group, Role.HighlightedText)
    palette.setColor(group, Role.HighlightedText, readable(text, highlight))


def _system_palette(app: QGuiApplication) -> QPalette:
    """The system's own palette: the application's, with nothing of ours set over it."""
    unset = app.palette()  # PySide6 returns a copy
    unset.setColor(Role.NoRole, QColor())  # its own copy, so Qt takes it as new
    unset.setResolveMask(0)
    app.setPalette(unset)
    return app.palette()


def follow_system_palette(app: QGuiApplication) -> None:
    """Use the system's palette, made legible, now and whenever the system switches
    between light and dark (once per application, however many windows it builds)."""
    if app.property("followsSystemPalette"):
        return
    app.setProperty("followsSystemPalette", True)

    def apply() -> None:
        app.setPalette(legible_palette(_system_palette(app)))

    apply()
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply())

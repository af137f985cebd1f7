"""Windows that grow with their words: a dialog whose notes appear, or text twice the size."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

READABLE_CHARACTERS = 48  # a dialog's notes wrap at about this many characters, no fewer


def readable_width(widget: QWidget) -> None:
    """At least wide enough for a comfortable line of the widget's own font, whatever size
    that font is, so wrapped notes never shrink to a column of single words."""
    width = widget.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
    for buttons in widget.findChildren(QDialogButtonBox):  # every button's words whole
        margins = widget.layout().contentsMargins() if widget.layout() else None
        side = margins.left() + margins.right() if margins else 0
        width = max(width, buttons.sizeHint().width() + side)
    widget.setMinimumWidth(width)


def grow_to_fit(widget: QWidget, most: int | None = None) -> None:
    """Taller (never smaller) when the layout needs more height at the current width:
    a note that appears below the fields takes room instead of squeezing them. Never
    taller than `most`, where given."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    need = layout.totalHeightForWidth(widget.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.totalMinimumSize().height())
    if most is not None:
        need = min(need, most)
    if need > widget.height():
        widget.resize(widget.width(), need)

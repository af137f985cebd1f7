"""Side by side: a letter as it is here, and as it came back from elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from interventionplanner.i18n import _


class LetterCompareDialog(QDialog):
    def __init__(self, name: str, changes: list[tuple[str, str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("A letter came back"))
        intro = QLabel(
            _(
                "{name}'s letter came back with changes to the parts below. Nothing changes "
                "unless you choose to use the new words."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.addWidget(QLabel(_("<b>Here now</b>")), 0, 1)
        grid.addWidget(QLabel(_("<b>As it came back</b>")), 0, 2)
        for row, (heading, current, incoming) in enumerate(changes, start=1):
            grid.addWidget(QLabel(heading), row, 0)
            for column, (text, label) in enumerate(
                ((current, _("{part}, here now")), (incoming, _("{part}, as it came back"))),
                start=1,
            ):
                box = QPlainTextEdit(text or _("(empty)"))
                box.setReadOnly(True)
                box.setAccessibleName(label.format(part=heading))
                grid.addWidget(box, row, column)
        scroll = QScrollArea()
        scroll.setAccessibleName(_("Each part, here now and as it came back"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        buttons = QDialogButtonBox()
        use = buttons.addButton(_("&Use the new words"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep = buttons.addButton(
            _("&Keep the letter as it is"), QDialogButtonBox.ButtonRole.RejectRole
        )
        keep.setDefault(True)  # the safe choice is the one Enter makes
        use.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

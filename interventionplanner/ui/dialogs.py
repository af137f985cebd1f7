"""Every question the window asks in a dialog, in one place.

Each is a small function so the rest of the code reads as plain steps, and so tests can
answer a question without a modal dialog blocking them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

# Qt's dialog classes are looked up when a question is first asked, not at import: PySide6
# makes a class's Python enum types when the class is first named, and none of these is
# needed to show the first step (about 2 ms at start-up).
from PySide6 import QtCore, QtWidgets

from interventionplanner.i18n import N_, _
from interventionplanner.storage.migrations import SUFFIX

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _filter() -> str:
    return _("Intervention plans (*{suffix})").format(suffix=SUFFIX)


def start_folder(parent: QWidget | None) -> Path:
    """Where a file dialog opens: beside the open plan, else the Documents folder, else home.

    Never the program's working folder, which a family would not recognise. The plan is
    found through the dialog's parent: a page or the main window, each with `document`.
    """
    for widget in (parent, parent.window() if parent is not None else None):
        path = getattr(getattr(widget, "document", None), "path", None)
        if isinstance(path, Path) and path.parent.is_dir():
            return path.parent
    paths = QtCore.QStandardPaths
    documents = paths.writableLocation(paths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _in_start_folder(parent: QWidget | None, name: str = "") -> str:
    folder = start_folder(parent)
    return str(folder / name) if name else str(folder)


def ask_open_path(parent: QWidget) -> Path | None:
    name, _chosen = QtWidgets.QFileDialog.getOpenFileName(
        parent, _("Open a plan"), _in_start_folder(parent), _filter()
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget) -> Path | None:
    name, _chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent, _("Save the plan"), _in_start_folder(parent, "plan" + SUFFIX), _filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


_KIT_SAVE_FILTERS = {  # filter → file ending, the Word kit first (the default)
    N_("Word document (*.docx)"): ".docx",
    N_("Worksheet to print and write by hand (*.pdf)"): ".pdf",
    N_("Plain text (*.txt)"): ".txt",
    N_("Markdown (*.md)"): ".md",
}


def ask_kit_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a kit; its ending says which kind (.docx, .pdf, .txt or .md)."""
    filters = {_(name): suffix for name, suffix in _KIT_SAVE_FILTERS.items()}
    name, chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent, _("Save the letter kit"), _in_start_folder(parent, suggested), ";;".join(filters)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in filters.values():
        return path
    return path.with_name(path.name + filters.get(chosen, ".docx"))


def ask_kit_open_path(parent: QWidget) -> Path | None:
    name, _chosen = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        _("Bring in a letter"),
        _in_start_folder(parent),
        _("Letters (*.docx *.odt *.md *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def ask_pasted_letter(parent: QWidget, name: str) -> str | None:
    """Text pasted from an e-mail or a message, or None."""
    from interventionplanner.ui.letter_return import PasteLetterDialog

    dialog = PasteLetterDialog(name, parent)
    accepted = dialog.exec() == PasteLetterDialog.DialogCode.Accepted
    return dialog.text.toPlainText() if accepted else None


def ask_letter_owner(parent: QWidget, names: list[str]) -> int | None:
    """Whose letter this is (an index into `names`), when the letter does not say."""
    from PySide6.QtWidgets import QInputDialog

    name, ok = QInputDialog.getItem(
        parent,
        _("Whose letter is this?"),
        _("This letter does not say who wrote it. Whose letter is it?"),
        names,
        0,
        False,
    )
    return names.index(name) if ok and name in names else None


def ask_place_letter(
    parent: QWidget, name: str, paragraphs: list[str], fields: list[str | None]
) -> dict[str, str] | None:
    """The person places each paragraph into a part; the parts' text, or None."""
    from interventionplanner.ui.letter_return import PlaceLetterDialog

    dialog = PlaceLetterDialog(name, paragraphs, fields, parent)
    return dialog.parts() if dialog.exec() == PlaceLetterDialog.DialogCode.Accepted else None


def ask_replace_letter(parent: QWidget, name: str, changes: list[tuple[str, str, str]]) -> bool:
    """Show each changed part, as it is now and as it came back; replace only on yes."""
    from interventionplanner.ui.letter_compare import LetterCompareDialog

    dialog = LetterCompareDialog(name, changes, parent)
    return dialog.exec() == LetterCompareDialog.DialogCode.Accepted


def _choose(parent: QWidget, title: str, text: str, yes: str, no: str, *, safe_is_no=False) -> bool:
    """A question with two buttons that say what they do. Esc always means `no`; Enter
    means `yes`, unless `no` is the safe choice."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if safe_is_no else yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_accept_order(parent: QWidget, names: list[str], reasons: list[str]) -> bool:
    """Show a suggested speaking order and why; nothing changes unless it is accepted."""
    order = "\n".join(f"{i}. {name}" for i, name in enumerate(names, start=1))
    text = _("Here is an order you might use:") + "\n\n" + order + "\n\n" + "\n".join(reasons)
    return _choose(
        parent,
        _("A suggested order"),
        text,
        _("&Use this order"),
        _("&Keep ours"),
        safe_is_no=True,
    )


def confirm_remove(parent: QWidget, name: str) -> bool:
    """Ask before taking away someone whose letter would go with them."""
    text = _("{name} has started a letter. Removing them also removes the letter.")
    return _choose(
        parent,
        _("Remove this person?"),
        text.format(name=name or _("This person")),
        _("&Remove them"),
        _("&Keep them"),
        safe_is_no=True,
    )


def ask_family_copy_path(parent: QWidget) -> Path | None:
    """Where to save a protected copy of the plan for the family."""
    from interventionplanner.i18n import _

    name, _chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        _("Save a copy for the family"),
        _in_start_folder(parent, _("plan-for-the-family") + SUFFIX),
        _filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_logo_path(parent: QWidget) -> Path | None:
    """A picture for the practice's logo."""
    from interventionplanner.i18n import _

    name, _chosen = QtWidgets.QFileDialog.getOpenFileName(
        parent,
        _("Choose a logo"),
        _in_start_folder(parent),
        _("Pictures (*.png *.jpg *.jpeg *.svg)"),
    )
    return Path(name) if name else None


def _defaults_filter() -> str:
    from interventionplanner.i18n import _

    return _("A practice's defaults (*.ivdefaults);;All files (*)")


def ask_defaults_save_path(parent: QWidget, suffix: str) -> Path | None:
    """Where to export the practice's defaults, to share them."""
    from interventionplanner.i18n import _

    name, _chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        _("Export my defaults"),
        _in_start_folder(parent, _("practice-defaults") + suffix),
        _defaults_filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + suffix)


def ask_defaults_open_path(parent: QWidget) -> Path | None:
    from interventionplanner.i18n import _

    name, _chosen = QtWidgets.QFileDialog.getOpenFileName(
        parent, _("Import defaults"), _in_start_folder(parent), _defaults_filter()
    )
    return Path(name) if name else None


def ask_pdf_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _chosen = QtWidgets.QFileDialog.getSaveFileName(
        parent,
        _("Save the packet"),
        _in_start_folder(parent, suggested),
        _("PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_printer(parent: QWidget):
    """The printer and its settings, or None if the family changed their mind."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def ask_folder(parent: QWidget, title: str) -> Path | None:
    name = QtWidgets.QFileDialog.getExistingDirectory(parent, title, _in_start_folder(parent))
    return Path(name) if name else None


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget) -> Unsaved:
    """Save, discard or go back. Each button has its own letter (Alt+S, Alt+D); Esc goes
    back; Enter saves, the choice that loses nothing."""
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Question,
        _("Save your changes?"),
        _("Your plan has changes that are not saved yet."),
        parent=parent,
    )
    save = box.addButton(_("&Save"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_("&Discard changes"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Go &back"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    return Unsaved.DISCARD if clicked is discard else Unsaved.CANCEL


def ask_read_only(parent: QWidget) -> bool:
    text = _("This plan is open in another window. You can look at it here without changing it.")
    return _choose(parent, _("This plan is already open"), text, _("&Look at it"), _("Cancel"))


def ask_restore(parent: QWidget, when: str) -> bool:
    text = _(
        "Intervention Planner did not close properly last time. A safety copy of "
        "your plan from {when} was kept. Restore it?"
    ).format(when=when)
    return _choose(parent, _("Restore your work?"), text, _("&Restore"), _("&Discard it"))


def ask_password(parent: QWidget, message: str) -> str | None:
    """The password for a protected plan, or None if the family chose not to give it."""
    from interventionplanner.ui.password_dialog import AskPasswordDialog

    dialog = AskPasswordDialog(parent, message)
    return dialog.field.text() if dialog.exec() == AskPasswordDialog.DialogCode.Accepted else None


def ask_new_password(parent: QWidget) -> str | None:
    """A new password typed twice; "" to go on without one; None if the family cancelled."""
    from interventionplanner.ui.password_dialog import NewPasswordDialog

    dialog = NewPasswordDialog(parent)
    result = dialog.exec()
    if result == NewPasswordDialog.DialogCode.Accepted:
        return dialog.password()
    return "" if result == NewPasswordDialog.WITHOUT else None


def confirm_unhide(parent: QWidget, document) -> bool:
    """Coming back from quick hide: a protected plan asks for its password first."""
    if not document.password:
        return True
    message = _("This plan is protected. Type its password to show it again.")
    while (given := ask_password(parent, message)) is not None:
        if given == document.password:
            return True
        message = _("That is not the password. Please try again.")
    return False


def ask_open_backup(parent: QWidget, name: str) -> bool:
    text = _(
        "The previous version of this plan was kept as {name}. Open that copy instead? "
        "It opens as a new, unsaved plan, and the original file is left as it is."
    )
    return _choose(
        parent,
        _("Open the backup copy?"),
        text.format(name=name),
        _("&Open the backup"),
        _("Cancel"),
    )


def show_problem(parent: QWidget, title: str, text: str) -> None:
    QtWidgets.QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget, title: str, text: str) -> None:
    QtWidgets.QMessageBox.information(parent, title, text)

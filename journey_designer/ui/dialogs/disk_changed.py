"""The question asked before a save would overwrite a file that another program changed
(or replaced, or removed) since this window opened or last saved it."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiskChanged", text)


class Choice(enum.Enum):
    RELOAD = "reload"  # discard my changes, show the file as it is on disk
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


def message_box(parent: QWidget | None, path: Path, missing: bool) -> tuple[QMessageBox, dict]:
    """The question as a message box, with the button for each choice (shown by `ask`)."""
    box = QMessageBox(parent)
    box.setObjectName("diskChangedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("File changed on disk"))
    if missing:
        box.setText(_tr("“%1” was removed or renamed by another program since you opened "
                           "it.").replace("%1", path.name))
    else:
        box.setText(_tr("“%1” was changed by another program since you opened or last "
                           "saved it.").replace("%1", path.name))
    box.setInformativeText(str(path) + "\n\n" + _tr(
        "Saving now would replace that version with yours. What do you want to do?"))
    buttons = {}
    if not missing:
        buttons[box.addButton(_tr("&Reload (discard my changes)"),
                              QMessageBox.ButtonRole.DestructiveRole)] = Choice.RELOAD
    overwrite = box.addButton(_tr("&Overwrite") if not missing else _tr("&Save here"),
                              QMessageBox.ButtonRole.AcceptRole)
    buttons[overwrite] = Choice.OVERWRITE
    save_as = box.addButton(_tr("Save &As…"), QMessageBox.ButtonRole.ActionRole)
    buttons[save_as] = Choice.SAVE_AS
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    buttons[cancel] = Choice.CANCEL
    box.setDefaultButton(save_as)  # the choice that loses nothing
    box.setEscapeButton(cancel)
    return box, buttons


def ask(parent: QWidget | None, path: Path, missing: bool) -> Choice:
    """Ask what to do; tests replace this function (modal dialogs are never shown there)."""
    box, buttons = message_box(parent, path, missing)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.CANCEL)

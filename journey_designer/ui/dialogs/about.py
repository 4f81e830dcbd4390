"""Help ▸ About: version, licence, and where the program keeps settings and autosaves.

The two folders are what a user needs when something goes wrong (reset the settings,
find an autosave by hand), so they are shown in full and can be selected and copied.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QDir, QSettings, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journey_designer import __version__
from journey_designer.ui.icons import app_icon
from journey_designer.ui.recovery import recovery_dir

LICENCE = "MIT"


def _path_label(path: Path, name: str) -> QLabel:
    label = QLabel(QDir.toNativeSeparators(str(path)), objectName=name, wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class AboutDialog(QDialog):
    """The About box; `exec()` shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Journey Designer"))
        logo = QLabel(objectName="aboutIcon")
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>Journey Designer {__version__}</h2>", objectName="aboutTitle")
        blurb = QLabel(self.tr("Customer journey maps and tiered care plans, offline."),
                       wordWrap=True)
        licence = QLabel(self.tr("Copyright © 2026 Journey Designer team. Released under the "
                                 "%1 licence.").replace("%1", LICENCE), wordWrap=True,
                         objectName="aboutLicence")
        runtime = QLabel(self.tr("Qt %1 · PySide6 %2 · Python %3").replace(
            "%1", qVersion()).replace("%2", PySide6.__version__).replace(
            "%3", platform.python_version()), objectName="aboutRuntime")
        form = QFormLayout()
        form.addRow(self.tr("Settings file:"),
                    _path_label(Path(QSettings().fileName()), "aboutSettingsPath"))
        form.addRow(self.tr("Recovery folder:"), _path_label(recovery_dir(), "aboutRecoveryPath"))
        text = QVBoxLayout()
        for widget in (title, blurb, licence, runtime):
            text.addWidget(widget)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


__all__ = ["LICENCE", "AboutDialog"]

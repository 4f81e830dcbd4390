"""Help ▸ User Manual and Help ▸ About.

The manual is the README. In a checkout it sits beside the package; installed from a
wheel it is not a file of its own, but the wheel's metadata carries it as the package's
long description, so it is written into the app's data folder and opened from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_designer.ui.dialogs.about import AboutDialog

CHECKOUT_README = Path(__file__).resolve().parents[2] / "README.md"
DISTRIBUTION = "journey-designer"


def _installed_manual() -> Path:
    """The README from the installed package's metadata, as a file in the app's data folder."""
    from importlib import metadata  # ~25 ms: when the manual is first asked for

    body = metadata.metadata(DISTRIBUTION).get_payload()  # the README, after the headers
    if not isinstance(body, str) or not body.strip():
        raise OSError(QCoreApplication.translate(
            "HelpMenu", "the installed package carries no manual"))
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)) / "manual"
    folder.mkdir(parents=True, exist_ok=True)
    manual = folder / "README.md"
    if not manual.exists() or manual.read_text(encoding="utf-8") != body:
        manual.write_text(body, encoding="utf-8")
    return manual


def manual_path() -> Path:
    """The manual to open (OSError or PackageNotFoundError when there is none)."""
    if CHECKOUT_README.is_file():
        return CHECKOUT_README
    return _installed_manual()


def open_manual(parent: QWidget) -> None:
    """Open the manual in the desktop's viewer for Markdown/text; say so when it cannot."""
    from importlib import metadata

    title = QCoreApplication.translate("HelpMenu", "User Manual")
    try:
        path = manual_path()
    except (OSError, UnicodeError, metadata.PackageNotFoundError) as error:
        text = QCoreApplication.translate("HelpMenu", "The manual could not be found: %1")
        QMessageBox.warning(parent, title, text.replace("%1", str(error)))
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        text = QCoreApplication.translate(
            "HelpMenu", "No program is set up to open the manual. It is here:\n%1")
        QMessageBox.information(parent, title, text.replace("%1", str(path)))


def show_about(parent: QWidget) -> None:
    AboutDialog(parent).exec()


__all__ = ["CHECKOUT_README", "manual_path", "open_manual", "show_about"]

"""The app presents itself as a desktop program (issue 14): its icon on the window and
in the About box, a desktop-file name for the taskbar, Help ▸ About naming the version,
licence and where settings and recovery files live, Help ▸ User Manual opening the
manual."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from journey_designer import __version__
from journey_designer.app import create_application
from journey_designer.ui import help_menu
from journey_designer.ui.dialogs.about import AboutDialog
from journey_designer.ui.recovery import recovery_dir


def test_the_application_has_an_icon_in_every_size_and_a_desktop_file_name(qapp) -> None:
    app = create_application([], language="en")
    icon = app.windowIcon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    image = icon.pixmap(48, 48).toImage()
    colours = {image.pixel(x, y) for x in range(0, 48, 3) for y in range(0, 48, 3)}
    assert len(colours) >= 4  # lanes, a curve and a background, not one flat square
    assert QGuiApplication.desktopFileName() == "journey-designer"


def test_the_main_window_shows_the_application_icon(window) -> None:
    create_application([], language="en")
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey()


def shown_about(window, monkeypatch) -> AboutDialog:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions["actionAbout"].trigger()
    assert len(shown) == 1
    return shown[0]


def about_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_help_about_names_version_licence_settings_and_recovery_folder(window, monkeypatch) -> None:
    help_actions = window.menuBar().findChild(QMenu, "menuHelp").actions()
    assert window.actions["actionAbout"] in help_actions
    assert window.actions["actionManual"] in help_actions
    dialog = shown_about(window, monkeypatch)
    text = about_text(dialog)
    assert f"Journey Designer {__version__}" in text
    assert "MIT" in text
    assert str(recovery_dir()) in text
    assert str(Path(QSettings().fileName())) in text
    logo = dialog.findChild(QLabel, "aboutIcon")
    assert logo is not None and not logo.pixmap().isNull()


def test_help_user_manual_opens_the_readme_of_the_checkout(window, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.actions["actionManual"].trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    manual = Path(opened[0].toLocalFile())
    assert manual.name == "README.md"
    assert manual.read_text(encoding="utf-8").startswith("# Journey Designer")


def test_installed_from_a_wheel_the_manual_is_written_from_the_package_metadata(
        window, monkeypatch, tmp_path) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(help_menu, "CHECKOUT_README", tmp_path / "no checkout" / "README.md")
    window.actions["actionManual"].trigger()
    manual = Path(opened[0].toLocalFile())
    assert manual.is_relative_to(recovery_dir().parent)  # the app's own data folder
    assert "## Quick start" in manual.read_text(encoding="utf-8")

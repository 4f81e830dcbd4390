"""The interface theme: the system's look, or Fusion in light or dark colours (Edit ▸
Preferences), and dropdowns that open below their box on every style.

Fusion opens a combo box's list over the box with the current item under the mouse, so
the items seem to jump; the proxy style asks every style for a list below the box.
The map keeps its own colours in every theme (it is a picture: canvas/style.py); the
colours outside it follow the palette (palette_colours.py).
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from journey_designer.ui.settings import AppSettings

THEMES = ("system", "light", "dark")
SETTING = "ui/theme"
ENVIRONMENT = "JOURNEY_DESIGNER_THEME"  # overrides the setting (screenshots, scripts)

# The application's own style and palette before any theme was applied (per app).
_system: dict[int, tuple[str, QPalette]] = {}


class SteadyComboStyle(QProxyStyle):
    """Any style, with combo box lists that open below the box (issue 14)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None):  # noqa: N802
        if hint == QStyle.StyleHint.SH_ComboBox_Popup:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def chosen_theme(settings: AppSettings | None = None) -> str:
    wanted = os.environ.get(ENVIRONMENT) or (settings or AppSettings()).get(SETTING)
    return wanted if wanted in THEMES else "system"


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for which, colour in ((role.Window, "#2d2d30"), (role.WindowText, "#e6e6e6"),
                          (role.Base, "#1f1f22"), (role.AlternateBase, "#2a2a2e"),
                          (role.ToolTipBase, "#3a3a3e"), (role.ToolTipText, "#f0f0f0"),
                          (role.Text, "#e6e6e6"), (role.Button, "#38383c"),
                          (role.ButtonText, "#e6e6e6"), (role.BrightText, "#ff6b6b"),
                          (role.Link, "#6cb4ff"), (role.LinkVisited, "#b39ddb"),
                          (role.Highlight, "#2f7bd8"), (role.HighlightedText, "#ffffff"),
                          (role.PlaceholderText, "#9a9aa0"), (role.Light, "#4a4a50"),
                          (role.Midlight, "#3c3c42"), (role.Mid, "#2a2a2e"),
                          (role.Dark, "#151517"), (role.Shadow, "#000000")):
        palette.setColor(which, QColor(colour))
    for which in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#7a7a80"))
    return palette


def apply_theme(app: QApplication, theme: str) -> str:
    """Set `theme` ('system', 'light', 'dark') on the whole application; returns it."""
    theme = theme if theme in THEMES else "system"
    if id(app) not in _system:
        _system[id(app)] = (app.style().name(), app.palette())
    system_style, system_palette = _system[id(app)]
    base = QStyleFactory.create("Fusion" if theme != "system" else system_style or "Fusion")
    palette = {"dark": dark_palette, "light": base.standardPalette}.get(
        theme, lambda: system_palette)()
    app.setStyle(SteadyComboStyle(base))
    app.setPalette(palette)
    return theme

"""The application icon, from the PNG renders shipped in the package.

PNGs rather than the SVG: they need no SVG icon engine plugin, and each size is drawn
for that size (scripts/render_icons.py renders them from the SVG).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = resources.files("journey_designer") / "resources" / "icons"


def app_icon() -> QIcon:
    """Journey Designer's icon in every shipped size (window, taskbar, About box)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"journey-designer-{size}.png"), QSize(size, size))
    return icon


__all__ = ["ICON_SIZES", "app_icon"]

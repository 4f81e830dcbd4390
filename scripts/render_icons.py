"""Render the application icon's PNG sizes from its SVG with Qt's own SVG renderer.

    .venv/bin/python scripts/render_icons.py

Run it after changing journey_designer/resources/icons/journey-designer.svg; the PNGs are
committed so that neither the installer nor the app needs an SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "journey_designer" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "journey-designer.svg"))
    if not renderer.isValid():
        print("journey-designer.svg: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"journey-designer-{size}.png"
        if not image.save(str(out)):
            print(f"{out.name}: could not be written", file=sys.stderr)
            return 1
        print(out.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

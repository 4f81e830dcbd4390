"""Colours outside the map that must read on light and dark palettes alike: coverage
tints in the care matrix, severity colours in the Gaps dock, and the ink on them.

The map keeps its own colours (canvas/style.py): it is a picture, drawn the same on
every desktop. Everything else follows the palette (issue 14: light text on fixed
light backgrounds was unreadable under a dark palette)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# (light palette, dark palette)
COVERAGE = {"covered": ("#dff3e4", "#1e4a2b"), "uncovered": ("#fff1db", "#4d3a12"),
            "uncovered_mot": ("#fbd5d5", "#5e1f1f")}
SEVERITY = {"critical": ("#c62828", "#ff6b6b"), "high": ("#e65100", "#ffa040"),
            "medium": ("#8a6a00", "#e6c229"), "low": ("#5b6477", "#a9b3c7")}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2): 0 black … 1 white."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.3


def ink_on(background: QColor) -> QColor:
    """Near-black text on light backgrounds, near-white on dark ones."""
    return QColor("#1a1a1a") if luminance(background) > 0.18 else QColor("#f2f2f2")


def coverage_colour(coverage: str, palette: QPalette | None = None) -> QColor:
    light, dark = COVERAGE[coverage]
    return QColor(dark if is_dark(palette) else light)


def severity_colour(severity: str, palette: QPalette | None = None) -> QColor:
    light, dark = SEVERITY[severity]
    return QColor(dark if is_dark(palette) else light)

"""Colours outside the map that must read on light and dark palettes alike: coverage
tints in the care matrix, severity colours in the Gaps dock, and the ink on them.

The map keeps its own colours (canvas/style.py): it is a picture, drawn the same on
every desktop. Everything else follows the palette (issue 14: light text on fixed
light backgrounds was unreadable under a dark palette). Invalid fields and error text
are marked with `mark_invalid` and `error_text`, which colour them from the palette and
again whenever the palette changes (Preferences ▸ theme)."""

from __future__ import annotations

import weakref

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

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


# Invalid fields and error text: a red tint, checked against the palette they sit on.
INVALID_BORDER = ("#d23c3c", "#ff6b6b")  # (light, dark)
ERROR_RED = QColor("#c62828")
WCAG_TEXT = 4.5


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0 … 1) of the way to `b`."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in (
        (a.redF(), b.redF()), (a.greenF(), b.greenF()), (a.blueF(), b.blueF()))))


def readable(colour: QColor, *backgrounds: QColor, minimum: float = WCAG_TEXT) -> QColor:
    """`colour`, darkened (on light backgrounds) or lightened (on dark ones) until it
    reads on every one of `backgrounds`."""
    towards = QColor("black") if luminance(backgrounds[0]) > 0.18 else QColor("white")
    step = 0.0
    candidate = QColor(colour)
    while min(contrast(candidate, b) for b in backgrounds) < minimum and step < 1.0:
        step = min(1.0, step + 0.05)
        candidate = mix(colour, towards, step)
    return candidate


def invalid_colours(palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of a field holding a value that cannot be used: the
    palette's own field colours with a red tint, its text kept readable on it."""
    palette = palette or QGuiApplication.palette()
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    background = mix(base, ERROR_RED, 0.30 if dark else 0.12)
    text = readable(palette.color(QPalette.ColorRole.Text), background)
    return background, text, QColor(INVALID_BORDER[dark])


def invalid_style(palette: QPalette | None = None) -> str:
    background, text, border = invalid_colours(palette)
    return (f"background: {background.name()}; color: {text.name()}; "
            f"border: 1px solid {border.name()};")


def error_text_colour(palette: QPalette | None = None) -> QColor:
    """Red text that reads on whatever a form is painted on: the window, a field, a
    button face, or a tab page (Fusion paints those in the lighter roles)."""
    palette = palette or QGuiApplication.palette()
    role = QPalette.ColorRole
    start = QColor(SEVERITY["critical"][is_dark(palette)])
    return readable(start, *(palette.color(r) for r in (
        role.Window, role.Base, role.Button, role.Light, role.Midlight)))


def _restyle(widget: QWidget) -> None:
    if widget.property("errorText"):
        style = f"color: {error_text_colour().name()};"
    elif widget.property("invalidField"):
        style = invalid_style()
    else:
        style = ""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


# The widgets ever marked, while they live. Walking QApplication.allWidgets() instead
# made thousands of Python wrappers at once; a garbage collection in the middle of that
# could delete a widget the list still pointed to (a segfault seen in the test suite).
_marked: weakref.WeakSet[QWidget] = weakref.WeakSet()


def _restyle_marked() -> None:
    for widget in list(_marked):
        if isValid(widget):
            _restyle(widget)


def _follow_palette() -> None:
    """Once per application: colour the marked widgets again when its palette changes. A
    widget with a style sheet keeps the colours it was given, so they are set anew."""
    app = QApplication.instance()
    if app is not None and not app.property("marksFollowPalette"):
        app.setProperty("marksFollowPalette", True)
        app.paletteChanged.connect(lambda _palette: _restyle_marked())


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Show (or clear) that `widget` holds a value that cannot be used."""
    widget.setProperty("invalidField", invalid)
    _marked.add(widget)
    _follow_palette()
    _restyle(widget)


def error_text(widget: QWidget) -> QWidget:
    """Colour `widget`'s text as an error (a reason below a form), now and after a theme
    change; returns it."""
    widget.setProperty("errorText", True)
    _marked.add(widget)
    _follow_palette()
    _restyle(widget)
    return widget

"""The care matrix reads well: whole names in its columns, no empty strip beside them,
an action typed as a channel gets a real name, and dark palettes stay legible (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import small_project

from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.models.care_matrix import FIXED_COLUMNS


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
            + 0.0722 * linear(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Button, "#333333"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8")):
        palette.setColor(role, QColor(colour))
    return palette


def _long_names_window(qtbot, width: int = 1400) -> MainWindow:
    """Long names typed after the matrix was first filled, as a user builds a plan."""
    window = MainWindow(small_project())
    qtbot.addWidget(window)
    window.resize(width, 900)
    window.show()
    qtbot.waitExposed(window)
    window.views.setCurrentWidget(window.care.matrix)
    qtbot.wait(20)
    document = window.document
    document.rename_stage("j1", "s1", "Awareness & research")
    document.set_touchpoint_fields("j1", "a", {"name": "Compare offers on the website",
                                               "owner": "Digital marketing team"})
    qtbot.wait(20)
    return window


def test_fixed_columns_show_whole_names_and_fill_the_table(qtbot) -> None:
    window = _long_names_window(qtbot, width=1900)
    table = window.care.matrix.table
    metrics = QFontMetrics(table.font())
    for text, column in (("Awareness & research", 0), ("Compare offers on the website", 1),
                         ("Digital marketing team", 3)):
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 6, (text, column)
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= table.viewport().width() - 2  # no empty strip beside the columns


def test_typing_a_channel_name_makes_an_action_on_that_channel_with_a_real_name(qtbot, window):
    matrix = window.care.matrix
    window.views.setCurrentWidget(matrix)
    gold = next(t for t in window.document.project.tiers if t.name == "Gold")
    column = FIXED_COLUMNS + window.document.project.tiers.index(gold)
    index = matrix.proxy.mapFromSource(matrix.model.index(0, column))
    matrix.table.setCurrentIndex(index)
    matrix.table.edit(index)
    editor = matrix.table.findChild(QLineEdit)
    QTest.keyClicks(editor, "phone")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    action = window.document.project.actions[-1]
    channels = window.document.project.channel_by_id()
    assert channels[action.channel].name == "Phone"
    assert action.name.lower() != "phone"
    assert "Gold" in action.name and "Apply online" in action.name


def test_matrix_cells_are_legible_under_a_dark_palette(qtbot) -> None:
    app = QApplication.instance()
    saved = app.palette()
    app.setPalette(dark_palette())
    try:
        window = _long_names_window(qtbot)
        model = window.care.matrix.model
        text_colour = window.care.matrix.table.palette().color(QPalette.ColorRole.Text)
        for column in range(FIXED_COLUMNS, model.columnCount()):
            index = model.index(0, column)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
            ink = foreground.color() if foreground is not None else text_colour
            assert contrast(ink, background.color()) >= 4.5, column
    finally:
        app.setPalette(saved)


def test_gap_groups_are_legible_under_a_dark_palette(qtbot) -> None:
    app = QApplication.instance()
    saved = app.palette()
    app.setPalette(dark_palette())
    try:
        window = _long_names_window(qtbot)
        tree = window.gaps.panel.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
        base = tree.palette().color(QPalette.ColorRole.Base)
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            assert contrast(group.foreground(0).color(), base) >= 3.0, group.text(0)
    finally:
        app.setPalette(saved)

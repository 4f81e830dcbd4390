"""The import preview's problems, notes and conflicts, and the reasons the import and the
tier derivation give, are readable under a dark palette as under a light one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from journey_designer.io.workbook.importing import ImportPlan
from journey_designer.ui import theme
from journey_designer.ui.dialogs.derive_tiers import DeriveTiersDialog
from journey_designer.ui.dialogs.import_preview import ImportPreviewDialog
from journey_designer.ui.palette_colours import contrast

WCAG_TEXT = 4.5


@pytest.fixture(params=["dark", "light"])
def themed(request) -> Iterator[str]:
    app = QApplication.instance()
    saved = app.palette()
    theme.apply_theme(app, request.param)
    yield request.param
    theme.apply_theme(app, "system")
    app.setPalette(saved)


def _label_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_the_import_preview_reads_under_either_palette(qtbot, themed) -> None:
    plan = ImportPlan(source=Path("plan.xlsx"), changes=[], added=[], deleted=[],
                      problems=["row 7: no such channel"], notes=["Overview!B4 is not read"],
                      conflicts=["Action Plan!F3: owner changed on both sides"], three_way=True)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    base = dialog.list.palette().color(QPalette.ColorRole.Base)
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        assert contrast(item.foreground().color(), base) >= WCAG_TEXT, (themed, item.text())
    conflict = dialog.conflicts.item(0, 0)
    table_base = dialog.conflicts.palette().color(QPalette.ColorRole.Base)
    assert contrast(conflict.foreground().color(), table_base) >= WCAG_TEXT, themed
    window = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast(_label_colour(dialog.problem), window) >= WCAG_TEXT, themed


def test_the_derive_tiers_reason_reads_under_either_palette(qtbot, themed, window) -> None:
    dialog = DeriveTiersDialog(window.document)
    qtbot.addWidget(dialog)
    background = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast(_label_colour(dialog.problem), background) >= WCAG_TEXT, themed

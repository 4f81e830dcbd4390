"""File ▸ Export Picture on paper (issue 15), as the CLI's `render --paper A3 --landscape`:
the export dialog offers Screen size, A4, A3 or Letter and landscape, remembers the
last choice, and the PDF written has pages of that paper."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QFileDialog

from journey_designer.io.project_file.json_io import load_json
from journey_designer.ui.main_window import MainWindow
from journey_designer.ui.settings import AppSettings

SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / \
    "credit_card_care.json"
A3_LANDSCAPE = (1190.55, 841.89)  # points: 420 × 297 mm
A4_PORTRAIT = (595.28, 841.89)


def _pages(pdf: Path) -> list[tuple[float, float]]:
    """Each page's size in points, as pdfinfo reads it."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _answer_options(paper: str | None, landscape: bool | None, seen: list) -> None:
    """Once the options dialog is up: note what it offers and shows, choose, press OK."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        combo = dialog.findChild(QComboBox, "paperChoice")
        box = dialog.findChild(QCheckBox, "landscapeChoice")
        seen.append(([combo.itemText(i) for i in range(combo.count())], combo.currentText(),
                     box.isChecked(), box.isEnabled()))
        if paper is not None:
            combo.setCurrentIndex(combo.findText(paper))
        if landscape is not None:
            box.setChecked(landscape)
        dialog.accept()
    QTimer.singleShot(0, answer)


def _export(qtbot, window, monkeypatch, target: Path, paper, landscape, seen) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF document (*.pdf)"))
    window.workbook.last_outcome = None
    _answer_options(paper, landscape, seen)
    window.workbook.ask_picture()
    qtbot.waitUntil(lambda: window.workbook.last_outcome is not None, timeout=120_000)
    assert window.workbook.last_outcome == target, window.workbook.last_outcome


def test_a3_landscape_writes_a3_landscape_pages_and_is_remembered(qtbot, tmp_path,
                                                                   monkeypatch) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(load_json(SAMPLE), settings=settings)
    qtbot.addWidget(window)
    window.show()
    seen: list = []
    target = tmp_path / "map.pdf"
    _export(qtbot, window, monkeypatch, target, "A3", True, seen)
    offered, shown, _, landscape_enabled = seen[0]
    assert offered == ["Screen size", "A4", "A3", "Letter"]
    assert shown == "Screen size" and not landscape_enabled  # the first time: as on screen
    pages = _pages(target)
    assert pages and all(abs(w - A3_LANDSCAPE[0]) < 1 and abs(h - A3_LANDSCAPE[1]) < 1
                         for w, h in pages), pages
    # the next export offers the same paper again, also after a restart (the settings)
    again = MainWindow(load_json(SAMPLE), settings=AppSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(again)
    second = tmp_path / "again.pdf"
    _export(qtbot, again, monkeypatch, second, None, None, seen)
    assert seen[1][1:3] == ("A3", True)
    assert _pages(second) == pages
    for win in (window, again):
        win.document.undo_stack.setClean()
        win.close()


def test_a4_portrait_pdf_breaks_between_stages_and_screen_size_is_one_page(
        qtbot, tmp_path, monkeypatch) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(load_json(SAMPLE), settings=settings)
    qtbot.addWidget(window)
    window.show()
    seen: list = []
    paper = tmp_path / "paper.pdf"
    _export(qtbot, window, monkeypatch, paper, "A4", False, seen)
    pages = _pages(paper)
    assert len(pages) > 1 and all(abs(w - A4_PORTRAIT[0]) < 1 and abs(h - A4_PORTRAIT[1]) < 1
                                  for w, h in pages), pages
    # the breaks fall between stages: each stage's header is whole on exactly one page
    text = subprocess.run(["pdftotext", "-layout", str(paper), "-"], check=True,
                          capture_output=True, text=True).stdout.split("\f")[:len(pages)]
    stages = [s.name for s in window.document.project.journeys[0].stages]
    for n, name in enumerate(stages):
        holding = [i for i, page in enumerate(text) if f"{n + 1}. {name}" in page]
        assert len(holding) == 1, (name, holding)
    screen = tmp_path / "screen.pdf"
    _export(qtbot, window, monkeypatch, screen, "Screen size", None, seen)
    assert seen[1][1] == "A4" and len(_pages(screen)) == 1
    window.document.undo_stack.setClean()
    window.close()


def test_cancelling_the_options_writes_nothing(qtbot, tmp_path, monkeypatch) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(load_json(SAMPLE), settings=settings)
    qtbot.addWidget(window)
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: asked.append(args) or ("", ""))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        assert isinstance(dialog, QDialog)
        dialog.reject()
    QTimer.singleShot(0, cancel)
    window.workbook.ask_picture()
    assert not asked and not list(tmp_path.glob("*.pdf"))
    window.close()

"""The Charts tab: the analysis as matplotlib charts (embedded with FigureCanvasQTAgg),
redrawn when the analysis changes and the tab is shown; each can be saved as PNG/SVG."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_designer import charts
from journey_designer.analysis import Analysis
from journey_designer.ui.document import Document

Builder = Callable[[Analysis, str | None], Figure]


class ChartsView(QWidget):
    def __init__(self, document: Document, journey_of: Callable[[], str | None]) -> None:
        super().__init__()
        self.setObjectName("chartsView")
        self.document = document
        self.journey_of = journey_of
        self.result: Analysis | None = None
        self._stale = True
        project = lambda: self.document.project  # noqa: E731 - the project may be replaced
        self.builders: dict[str, tuple[str, Builder]] = {
            "emotion": (self.tr("Emotion curve and care contacts"),
                        lambda r, j: charts.emotion_curve(project(), r, j)),
            "coverage": (self.tr("Coverage of moments of truth (stage × tier)"),
                         lambda r, j: charts.coverage_heatmap(project(), r, j)),
            "load": (self.tr("Human channels: load vs capacity"),
                     lambda r, j: charts.channel_load(project(), r)),
            "fatigue": (self.tr("Contacts per window vs each tier's cap"),
                        lambda r, j: charts.contacts_per_window(project(), r)),
            "value": (self.tr("Care cost per customer vs value"),
                      lambda r, j: charts.cost_vs_value(project(), r)),
        }
        self.choice = QComboBox(objectName="chartChoice")
        for key, (label, _) in self.builders.items():
            self.choice.addItem(label, key)
        self.save_button = QPushButton(self.tr("Save chart…"), objectName="saveChart")
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(10, 6)))
        bar = QHBoxLayout()
        bar.addWidget(self.choice, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.choice.currentIndexChanged.connect(lambda _i: self.redraw())
        self.save_button.clicked.connect(self.ask_save)

    def set_result(self, result: Analysis) -> None:
        self.result = result
        self._stale = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def current_figure(self) -> Figure | None:
        if self.result is None:
            return None
        _, build = self.builders[self.choice.currentData()]
        return build(self.result, self.journey_of())

    def redraw(self) -> None:
        figure = self.current_figure()
        if figure is None:
            return
        self._stale = False
        self.canvas.figure = figure
        figure.set_canvas(self.canvas)
        self.canvas.draw_idle()

    def ask_save(self) -> None:
        figure = self.current_figure()
        if figure is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"),
                                              f"{self.choice.currentData()}.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            charts.save_figure(figure, path)

"""The Charts tab: the analysis as matplotlib charts (embedded with FigureCanvasQTAgg),
redrawn when the analysis changes and the tab is shown; each can be saved as PNG/SVG.

Each chart gets a canvas of its own, which replaces the previous one: the canvas sizes
its figure to the widget (and keeps doing so on resizes) and scales the figure's dpi by
the screen's device pixel ratio, so a chart fills its area with text at its point size
on any screen. Handing a new figure to an existing canvas does neither (the figure kept
its 1000 × 600 px and 100 dpi: a chart in a corner, half-size at a ratio of 2, and the
rest of the canvas showing whatever the buffer held before).
"""

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
MIN_WIDTH, MIN_HEIGHT = 360, 240  # below this constrained layout has no room for the labels


class ChartsView(QWidget):
    def __init__(self, document: Document, journey_of: Callable[[], str | None]) -> None:
        super().__init__()
        self.setObjectName("chartsView")
        self.setAutoFillBackground(True)  # the margins are painted, never left as they were
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
            "staffing": (self.tr("Agents required (Erlang C) vs on duty, normal and peak"),
                         lambda r, j: charts.staffing_chart(project(), r)),
            "over_cap": (self.tr("Customers over their contact cap, per tier"),
                         lambda r, j: charts.fatigue_share(project(), r)),
        }
        self.choice = QComboBox(objectName="chartChoice")
        for key, (label, _) in self.builders.items():
            self.choice.addItem(label, key)
        self.save_button = QPushButton(self.tr("Save chart…"), objectName="saveChart")
        self.canvas = self._new_canvas(Figure())
        bar = QHBoxLayout()
        bar.addWidget(self.choice, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self._layout = layout
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save_button.clicked.connect(self.ask_save)

    def _new_canvas(self, figure: Figure) -> FigureCanvasQTAgg:
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName("chartCanvas")
        canvas.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        canvas.setAccessibleName(self.choice.currentText())
        return canvas

    def set_result(self, result: Analysis) -> None:
        self.result = result
        self.refresh()

    def journey_changed(self, _journey_id: object = None) -> None:
        """The journey charts show the current one: draw again (now or when shown)."""
        self.refresh()

    def refresh(self) -> None:
        """Draw the chosen chart now when the tab is visible, else when it is next shown."""
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
        old, self.canvas = self.canvas, self._new_canvas(figure)
        self._layout.replaceWidget(old, self.canvas)
        # Parentless and hidden, the old canvas goes with its last reference (a draw it
        # still has queued runs harmlessly off screen first).
        old.hide()
        old.setParent(None)
        self.canvas.show()
        self.canvas.draw_idle()

    def ask_save(self) -> None:
        figure = self.current_figure()  # a figure of its own, at the builders' file size
        if figure is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"),
                                              f"{self.choice.currentData()}.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            charts.save_figure(figure, path)

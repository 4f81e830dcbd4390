"""The Charts tab as a user sees it: each chart fills its widget, follows resizes and the
screen's pixel ratio, and switching charts leaves nothing of the previous one behind."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from journey_designer.analysis import Analysis, analyze
from journey_designer.domain import Project
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.ui.document import Document
from journey_designer.ui.panels.charts_view import ChartsView

SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / "credit_card_care.journey"
SIZE = (1300, 850)  # larger than the builders' 1000 x 600 px default figure
DIFFERENT = 60  # a channel differing by more than this is a different pixel, not antialiasing


@cache
def sample() -> tuple[Project, Analysis]:
    project = load_project(SAMPLE)
    return project, analyze(project)


def chart_view(qtbot, key: str, size: tuple[int, int] = SIZE) -> ChartsView:
    """A Charts tab on the credit-card sample showing chart `key`, on screen."""
    project, result = sample()
    view = ChartsView(Document(project), lambda: None)
    qtbot.addWidget(view)
    view.resize(*size)
    view.choice.setCurrentIndex(view.choice.findData(key))
    view.set_result(result)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(150)
    return view


def select(qtbot, view: ChartsView, key: str) -> None:
    view.choice.setCurrentIndex(view.choice.findData(key))
    qtbot.wait(150)  # the draw is queued (draw_idle) and painted by the event loop


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def differing_share(a: QImage, b: QImage) -> float:
    assert (a.width(), a.height()) == (b.width(), b.height())
    diff = np.abs(pixels(a) - pixels(b)).max(axis=2)
    return float((diff > DIFFERENT).mean())


def figure_pixels(view: ChartsView) -> tuple[float, float]:
    box = view.canvas.figure.bbox
    return box.width, box.height


@pytest.mark.parametrize(("first", "second"), [("load", "coverage"), ("emotion", "value")])
def test_switching_charts_leaves_nothing_of_the_previous_one(qtbot, first, second) -> None:
    switched = chart_view(qtbot, first)
    select(qtbot, switched, second)
    fresh = chart_view(qtbot, second)
    share = differing_share(switched.grab().toImage(), fresh.grab().toImage())
    assert share < 0.002, f"{first} -> {second}: {share:.1%} of the pixels differ from a fresh {second}"


def test_each_chart_fills_its_canvas(qtbot) -> None:
    view = chart_view(qtbot, "load")
    for index in range(view.choice.count()):
        view.choice.setCurrentIndex(index)
        qtbot.wait(50)
        ratio = view.canvas.devicePixelRatioF()
        expected = (view.canvas.width() * ratio, view.canvas.height() * ratio)
        assert figure_pixels(view) == pytest.approx(expected, abs=1), view.choice.currentText()
        assert view.canvas.width() > SIZE[0] - 40 and view.canvas.height() > SIZE[1] - 80


def test_the_figure_follows_a_resize(qtbot) -> None:
    view = chart_view(qtbot, "coverage")
    for size in [(800, 500), (1500, 900)]:
        view.resize(*size)
        qtbot.wait(100)
        ratio = view.canvas.devicePixelRatioF()
        assert figure_pixels(view) == pytest.approx(
            (view.canvas.width() * ratio, view.canvas.height() * ratio), abs=1)
        assert view.canvas.width() > size[0] - 40
    select(qtbot, view, "emotion")  # a chart drawn after the resize has the new size too
    ratio = view.canvas.devicePixelRatioF()
    assert figure_pixels(view) == pytest.approx(
        (view.canvas.width() * ratio, view.canvas.height() * ratio), abs=1)


def measure(view: ChartsView) -> dict:
    """The shown chart's pixel size and its title's size in logical (Qt) pixels."""
    fig = view.canvas.figure
    ratio = view.canvas.devicePixelRatioF()
    title = fig.axes[0].title.get_window_extent(view.canvas.get_renderer())
    return {"ratio": ratio, "figure": [fig.bbox.width, fig.bbox.height],
            "canvas": [view.canvas.width(), view.canvas.height()],
            "title_height": title.height / ratio, "title_width": title.width / ratio}


# A Charts tab in a process of its own (QT_SCALE_FACTOR is read when Qt starts): shows
# "load", switches to "coverage", and prints what `measure` saw for each.
PROBE = "from __future__ import annotations\n" + inspect.getsource(measure) + r"""
import json, sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from journey_designer.analysis import analyze
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.ui.document import Document
from journey_designer.ui.panels.charts_view import ChartsView

def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

app = QApplication([])
project = load_project(sys.argv[1])
view = ChartsView(Document(project), lambda: None)
view.resize(int(sys.argv[2]), int(sys.argv[3]))
view.choice.setCurrentIndex(view.choice.findData("load"))
view.set_result(analyze(project))
view.show()
out = {}
for key in ("load", "coverage"):
    view.choice.setCurrentIndex(view.choice.findData(key))
    wait(300)
    out[key] = measure(view)
print(json.dumps(out))
"""


def probe(scale: str, size: tuple[int, int]) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    done = subprocess.run([sys.executable, "-c", PROBE, str(SAMPLE), *map(str, size)], env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_at_pixel_ratio_2_the_chart_fills_the_canvas_with_full_size_text(qtbot) -> None:
    size = (1200, 800)
    double = probe("2", size)
    for key in ("load", "coverage"):
        one, two = measure(chart_view(qtbot, key, size)), double[key]
        assert two["ratio"] == 2 and one["ratio"] == 1
        logical = [v / two["ratio"] for v in two["figure"]]
        assert logical == pytest.approx(two["canvas"], abs=1), f"{key}: the chart does not fill the canvas"
        # the same text is as big in logical pixels (Qt's unit) on both screens, not half
        assert two["title_height"] == pytest.approx(one["title_height"], rel=0.1), key
        assert two["title_width"] == pytest.approx(one["title_width"], rel=0.1), key


def test_the_journey_charts_follow_the_journey_shown(qtbot) -> None:
    from journey_designer.ui.main_window import MainWindow

    project, _ = sample()
    window = MainWindow(load_project(SAMPLE))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    charts = window.gaps.charts
    window.views.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.result is not None, timeout=30_000)
    select(qtbot, charts, "emotion")
    first, second = project.journeys[0], project.journeys[1]
    assert first.name in charts.canvas.figure.axes[0].get_title()
    window.session.view.set_journey_id(second.id)
    qtbot.wait(150)
    assert second.name in charts.canvas.figure.axes[0].get_title()
    window.document.undo_stack.setClean()
    window.close()


@pytest.mark.parametrize("key", ["emotion", "coverage", "load", "fatigue", "value", "staffing",
                                 "over_cap"])
def test_a_narrow_tab_keeps_every_legend_inside_the_chart(qtbot, key) -> None:
    view = chart_view(qtbot, key, (720, 520))
    view.canvas.draw()
    fig = view.canvas.figure
    renderer = view.canvas.get_renderer()
    legends = fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert box.x0 >= -1 and box.x1 <= fig.bbox.width + 1, f"{key}: legend cut ({box})"

"""Opening a map paints it before the heavy libraries load (issue 15, start-up speed).

The real program (`journey_designer.main.main([MAP])`, offscreen) runs in a child process
until the first paint of the map (JOURNEY_DESIGNER_REPORT_FIRST_PAINT); an audit hook
notes when networkx, numpy, matplotlib or openpyxl is first imported and from where. None
may come before the map is on screen: the analysis, the Charts tab and the workbook
export load them when first used. Both ways of opening are run: a sample (read at once)
and a big file (read on a worker thread, map built in slices).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "journey_designer" / "samples" / "credit_card_care.journey"
HEAVY = ("networkx", "numpy", "matplotlib", "openpyxl")

CHILD = r"""
import sys, time, traceback
heavy = set(sys.argv[2].split(","))
seen = set()

def hook(event, args):
    if event == "import":
        name = str(args[0])
        top = name if name in heavy else name.partition(".")[0]
        if top in heavy and top not in seen:
            seen.add(top)
            stack = [f for f in traceback.extract_stack()[:-1] if not f.filename.startswith("<")]
            where = "".join(traceback.format_list(stack[-12:]))
            sys.stderr.write(f"HEAVY {top} {time.time():.6f}\n{where}END\n")

sys.addaudithook(hook)
from journey_designer.main import main
sys.exit(main([sys.argv[1]]))
"""


def first_paint_and_heavy_imports(path: Path, tmp_path: Path, watched: tuple[str, ...] = HEAVY,
                                  ) -> tuple[float, dict[str, tuple[float, str]]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "JOURNEY_DESIGNER_REPORT_FIRST_PAINT": "quit",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), ",".join(watched)], env=env,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    painted = [float(line.split()[1]) for line in done.stdout.splitlines()
               if line.startswith("first-paint ")]
    assert len(painted) == 1, (done.stdout, done.stderr[-2000:])
    imports: dict[str, tuple[float, str]] = {}
    lines = iter(done.stderr.splitlines())
    for line in lines:
        if line.startswith("HEAVY "):
            _, name, stamp = line.split()
            where = []
            for more in lines:
                if more == "END":
                    break
                where.append(more)
            imports[name] = (float(stamp), "\n".join(where))
    return painted[0], imports


def big_file(tmp_path: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synthetic import big_project
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from journey_designer.io.project_file.by_name import save_any
    from journey_designer.ui.file_ops import BIG_FILE_BYTES

    path = tmp_path / "big.journey"
    save_any(big_project(touchpoints=1200, transitions=3000, tiers=3, actions=4000), path)
    assert path.stat().st_size > BIG_FILE_BYTES  # opens with progress, in steps
    return path


@pytest.mark.parametrize("kind", ["sample", "big file"])
def test_the_map_is_painted_before_networkx_numpy_matplotlib_or_openpyxl_load(
        kind: str, tmp_path: Path) -> None:
    path = SAMPLE if kind == "sample" else big_file(tmp_path)
    painted, imports = first_paint_and_heavy_imports(path, tmp_path)
    early = {name: where for name, (stamp, where) in imports.items() if stamp <= painted}
    assert not early, "imported before the first paint of the map:\n" + "\n\n".join(
        f"{name}, from:\n{where}" for name, where in early.items())


def test_presentation_mode_loads_when_first_used_not_before_the_map_is_painted(
        tmp_path: Path) -> None:
    """Presentation mode (F5, slides PDF) is not needed to show a map: its code loads
    when it is first used (see test_presentation* for using it)."""
    later = ("journey_designer.ui.presentation",)
    painted, imports = first_paint_and_heavy_imports(SAMPLE, tmp_path, later)
    early = {name: where for name, (stamp, where) in imports.items() if stamp <= painted}
    assert not early, "imported before the first paint of the map:\n" + "\n\n".join(
        f"{name}, from:\n{where}" for name, where in early.items())


def test_the_first_analysis_starts_after_the_map_is_painted(qtbot) -> None:
    from PySide6.QtCore import QEvent, QObject

    from journey_designer.app import analyse_after_first_paint, open_window

    window = open_window(str(SAMPLE))
    qtbot.addWidget(window)
    analyse_after_first_paint(window)  # as the program's start does
    paints: list[int] = []

    class CountPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = CountPaints(window)
    window.view.viewport().installEventFilter(counter)
    started: list[int] = []  # paints of the map when an analysis started
    runner = window.session.analysis
    runner.busy_changed.connect(lambda busy: busy and started.append(len(paints)))
    qtbot.wait(900)  # over twice the analysis debounce: the window is not shown yet
    assert started == [] and runner.result is None
    window.show()
    qtbot.waitUntil(lambda: runner.result is not None, timeout=60_000)
    assert started and started[0] >= 1
    assert window.gaps.panel.tree.topLevelItemCount() > 0  # the Gaps dock shows its result


def test_opening_a_project_builds_its_map_once(qtbot, monkeypatch) -> None:
    """The session and the map both follow the project's replacement; the map's items
    are made once (a second build doubled the time to open a big map)."""
    from journey_designer.app import open_window
    from journey_designer.ui.canvas.map_builder import MapBuilder

    builds: list[int] = []
    build_all = MapBuilder.build_all
    monkeypatch.setattr(MapBuilder, "build_all",
                        lambda self: builds.append(1) or build_all(self))
    window = open_window(None)
    qtbot.addWidget(window)
    builds.clear()
    assert window.files.open_path(SAMPLE)
    assert len(window.scene.cards) == len(window.document.project.journeys[0].touchpoints) > 0
    assert len(builds) == 1


def test_a_hidden_care_matrix_of_a_big_map_fills_when_it_is_shown(qtbot, tmp_path) -> None:
    """Opening a map of many cards does not fill (and fit) the Care matrix tab nobody is
    looking at; showing the tab shows every row."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synthetic import big_project
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from journey_designer.app import open_window
    from journey_designer.io.project_file.by_name import save_any

    path = tmp_path / "cards.journey"
    save_any(big_project(touchpoints=800, transitions=1600, tiers=3, actions=800), path)
    window = open_window(None)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(path)
    qtbot.waitUntil(lambda: window.files.opening is None and len(window.scene.cards) == 800,
                    timeout=60_000)
    matrix = window.care.matrix
    assert window.views.currentWidget() is window.view and matrix.model.rowCount() == 0
    window.views.setCurrentWidget(matrix)
    qtbot.waitUntil(lambda: matrix.proxy.rowCount() == 800, timeout=10_000)

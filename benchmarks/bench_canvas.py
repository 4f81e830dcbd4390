"""Speed of the journey-map canvas with a big map (issue 3).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_canvas.py
    ... bench_canvas.py --rounds 9 --profile fit   # also cProfile one operation

A journey of 2,000 touchpoints and 5,000 transitions over 12 stages (benchmarks/synthetic.py
lays each stage's cards out in one column of its lane: ~167 cards a lane, a tall map).

Targets (issue 3): populate the scene < 1.5 s; a 1600x1000 frame < 50 ms at 100 % and at
fit-to-window zoom; one step of dragging 50 cards < 16 ms. "ok" is judged on the median;
rows with target "-" are figures for information (no target set). 8,000 care actions
(4 a touchpoint, as in bench_io) feed the tier dots on the cards.

How things are measured:
- populate: `JourneyScene.show_journey` on a fresh Document + scene (window creation apart);
  the same inside `MainWindow(project)`, split into window creation and population.
- frame: the view's viewport painted into a QImage (`QWidget.render`, i.e. the view's own
  paintEvent with its background cache and the cards' DeviceCoordinateCache), warm frames
  after one untimed frame; "zoom switch + first frame" rows time the zoom change (fit
  also swaps 7,000 items for the overview item) plus its first, cold, frame.
- drag step: 50 selected cards moved with setPos by (dx, dy) + `scene.follow_moving_cards`
  (what the scene does on a mouse move); then the same plus a full viewport repaint, and
  plus an event-loop turn (Qt's own dirty-region repaint, as the running app does it).
  The first move of a drag takes the still picture of the map (drag_cache.py; row "drag
  start"), later moves paint only the moving cards and arrows over it; the "without the
  still picture" row repaints every item as before the picture existed.
- commit / undo / redo: `scene.commit_drag(starts)` (one undo command; the scene follows the
  domain events) and `undo_stack.undo()/redo()`; "+ event loop" adds the event-loop turns
  that run the deferred lane refresh and the repaints.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSettings  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from record import record  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.ui.canvas.scene import JourneyScene  # noqa: E402
from journey_designer.ui.canvas.view import OVERVIEW_BELOW, JourneyView  # noqa: E402
from journey_designer.ui.document import Document  # noqa: E402

SIZE = {"touchpoints": 2000, "transitions": 5000, "tiers": 3, "actions": 8000, "stages": 12}
VIEW_W, VIEW_H = 1600, 1000
DRAG_CARDS = 50
DRAG_STEPS = 60  # one second of dragging at 60 mouse moves a second
REPAINT_STEPS = 20  # steps timed with a repaint (each one paints the whole viewport)
POPULATE_S, FRAME_S, DRAG_S = 0.6, 0.050, 0.016  # populate: issue 15 (was 1.5 s, issue 3)
SCROLL_S = 0.016  # issue 15: scrolling one viewport a frame at 60 fps

Rows = list[tuple[str, list[float], float | None]]


# ---------------------------------------------------------------- helpers

class Times(list):
    """Wall-clock seconds of each round, with the process's CPU seconds beside them
    (`cpu`): on a machine shared with other work, CPU time is the steadier figure."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


class Clock:
    """Times one round into `times` (wall and CPU)."""

    def __init__(self, times: Times) -> None:
        self.times = times

    def __enter__(self) -> Clock:
        self.start, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.times.append(time.perf_counter() - self.start)
        self.times.cpu.append(time.process_time() - self.cpu)


def timed(fn: Callable[[], object], rounds: int) -> Times:
    times = Times()
    for _ in range(rounds):
        with Clock(times):
            fn()
    return times


def settle() -> None:
    """Let Qt run what it deferred (index updates, lane refresh, repaints)."""
    for _ in range(3):
        QCoreApplication.processEvents()


class PaintCounter(QObject):
    """Counts paint events of the viewport (proves the event-loop repaint really ran)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def frame(view: JourneyView) -> QImage:
    """Paint the whole viewport into an image through the view's own paintEvent."""
    viewport = view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    viewport.render(image)
    return image


def frame_via_view_render(view: JourneyView) -> QImage:
    """The same area through QGraphicsView.render(painter, target, source)."""
    viewport = view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setRenderHints(view.renderHints())
    view.render(painter, QRectF(image.rect()), viewport.rect())
    painter.end()
    return image


def new_scene(project) -> tuple[Document, JourneyScene]:
    document = Document(project)
    return document, JourneyScene(document)


def visible_scene_rect(view: JourneyView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


# ---------------------------------------------------------------- 1. populate

def bench_populate(project, rounds: int) -> Rows:
    journey_id = project.journeys[0].id
    doc_t, scene_t, show_t, reshow_t, labels_t = Times(), Times(), Times(), Times(), Times()
    for _ in range(rounds):
        with Clock(doc_t):
            document = Document(project)
        with Clock(scene_t):
            scene = JourneyScene(document)
        with Clock(show_t):
            scene.show_journey(journey_id)
        if hasattr(scene, "map_layout"):  # (so that the script also runs on older code)
            with Clock(labels_t):  # deferred: after the first paint, once a view is at >= 50 %
                scene.map_layout.place_labels()
        settle()
        with Clock(reshow_t):  # again on a full scene: a reset, or switching journeys
            scene.show_journey(journey_id)
        del scene, document
        gc.collect()
        settle()
    return [("Document(project)", doc_t, None),
            ("JourneyScene(document)", scene_t, None),
            ("populate: show_journey (fresh scene)", show_t, POPULATE_S),
            *([("  then share labels (deferred, off populate)", labels_t, None)]
              if labels_t else []),
            ("repopulate: show_journey (full scene)", reshow_t, None)]


def bench_main_window(project, rounds: int) -> Rows:
    """MainWindow(project): total, the population inside it, and the rest (the window)."""
    from journey_designer.ui.main_window import MainWindow

    original = JourneyScene.show_journey
    spent: list[float] = []

    def show_journey(self, journey_id):
        start = time.perf_counter()
        original(self, journey_id)
        spent.append(time.perf_counter() - start)

    total_t, populate_t, window_t = [], [], []
    JourneyScene.show_journey = show_journey
    try:
        for _ in range(rounds):
            spent.clear()
            start = time.perf_counter()
            window = MainWindow(project)
            total = time.perf_counter() - start
            total_t.append(total)
            populate_t.append(sum(spent))
            window_t.append(total - sum(spent))
            window.files.autosave_timer.stop()
            window.deleteLater()
            del window
            settle()
            gc.collect()
    finally:
        JourneyScene.show_journey = original
    return [("MainWindow(project) total", total_t, None),
            ("  of which populate (show_journey)", populate_t, POPULATE_S),
            ("  of which window creation", window_t, None)]


# ---------------------------------------------------------------- 2. frames

def bench_frames(view: JourneyView, drag_center: QPointF, rounds: int) -> tuple[Rows, list[str]]:
    scene = view.journey_scene
    notes: list[str] = []
    rows: Rows = []

    def top_left() -> None:
        view.zoom_reset()
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())

    def middle() -> None:
        view.zoom_reset()
        view.centerOn(drag_center)

    def just_above_overview() -> None:
        view.set_zoom(OVERVIEW_BELOW + 0.01)
        view.centerOn(drag_center)

    def shown_items() -> str:
        area = visible_scene_rect(view)
        items = [i for i in scene.items(area) if i.isVisible()]
        cards = sum(1 for i in items if i in scene.cards.values())
        arrows = len(items) - cards - sum(1 for i in items if i in scene.lanes.values())
        return f"{cards} cards, ~{arrows} arrows/other items in view"

    for label, setup, target in (
        ("frame 100 % (top left)", top_left, FRAME_S),
        ("frame 100 % (middle of map)", middle, FRAME_S),
        ("frame fit to window", view.fit_to_window, FRAME_S),
        (f"frame zoom {OVERVIEW_BELOW + 0.01:.2f} (just above overview)",
         just_above_overview, None),
    ):
        view.set_zoom(1.0)
        view.centerOn(QPointF(0, 0))
        settle()
        switch = timed(lambda setup=setup: (setup(), frame(view)), 1)
        settle()
        frame(view)
        warm = timed(lambda: frame(view), rounds)
        via_render = timed(lambda: frame_via_view_render(view), max(3, rounds // 2))
        if setup == view.fit_to_window:
            label += f" (zoom {view.zoom():.3f})"
        rows.append((label, warm, target))
        rows.append(("  zoom switch + first frame", switch, None))
        rows.append(("  same via QGraphicsView.render()", via_render, None))
        notes.append(f"{label}: zoom {view.zoom():.4f}, overview item "
                     f"{'ON' if scene.overview.isVisible() else 'off'}, {shown_items()}")
    view.set_zoom(1.0)
    rows.append(scroll_row(view, drag_center, rounds))
    return rows, notes


def scroll_row(view: JourneyView, center: QPointF, rounds: int) -> tuple[str, Times, float]:
    """Scrolling at 100 % through the middle of the map, one viewport down a frame (each
    frame paints a whole new viewport: the worst case of scrolling at 60 fps)."""
    view.zoom_reset()
    view.centerOn(center)
    settle()
    bar = view.verticalScrollBar()
    state = {"sign": 1}

    def step() -> None:
        value = bar.value() + state["sign"] * view.viewport().height()
        if not bar.minimum() <= value <= bar.maximum():
            state["sign"] = -state["sign"]
            value = bar.value() + state["sign"] * view.viewport().height()
        bar.setValue(value)
        frame(view)

    step()
    return ("scroll one viewport + frame (100 %, middle)", timed(step, max(rounds, 10) * 2),
            SCROLL_S)


# ---------------------------------------------------------------- 3. drag, commit, undo

def pick_cards(view: JourneyView, center: QPointF) -> list[str]:
    """The DRAG_CARDS cards nearest the middle of the 100 % view (a rubber-band pick)."""
    view.zoom_reset()
    view.centerOn(center)
    area = visible_scene_rect(view)
    cards = [c for c in view.journey_scene.cards.values()
             if area.intersects(c.sceneBoundingRect())]
    cards.sort(key=lambda c: (c.center() - center).manhattanLength())
    return [c.tp_id for c in cards[:DRAG_CARDS]]


def drag_step_fn(scene: JourneyScene, ids: list[str], extra: Callable[[], object] | None,
                 still_picture: bool = True):
    cards = [scene.cards[t] for t in ids]
    state = {"k": 0}

    def step() -> None:
        k = state["k"]
        state["k"] += 1
        sign = 1 if (k // 10) % 2 == 0 else -1  # back and forth: the cards stay in view
        dx, dy = 3.0 * sign, 2.0 * sign
        for card in cards:
            card.setPos(card.pos().x() + dx, card.pos().y() + dy)
        scene.follow_moving_cards(ids, still_picture=still_picture)
        if extra is not None:
            extra()

    return step


def restore(scene: JourneyScene, starts: dict[str, QPointF]) -> None:
    scene.drag_cache.stop()
    for tp_id, pos in starts.items():
        scene.cards[tp_id].setPos(pos)
    scene.follow_moving_cards(list(starts), still_picture=False)
    settle()


def drag_start(scene: JourneyScene, ids: list[str]) -> float:
    """The first move of a drag (takes the still picture), then its repaint; seconds."""
    scene.drag_cache.stop()
    settle()
    start = time.perf_counter()
    scene.follow_moving_cards(ids)
    settle()
    return time.perf_counter() - start


def bench_drag(view: JourneyView, ids: list[str], counter: PaintCounter) -> tuple[Rows, list[str]]:
    scene = view.journey_scene
    scene.select_cards(ids)
    settle()
    starts = {t: QPointF(scene.cards[t].pos()) for t in ids}
    arrows = {a for t in ids for a in scene.cards[t].arrows}
    area = visible_scene_rect(view)
    inside = sum(1 for t in ids if area.contains(scene.cards[t].sceneBoundingRect()))
    notes = [f"drag: {len(ids)} selected cards ({inside} wholly in view), "
             f"{len(arrows)} attached arrows follow them"]
    rows: Rows = [("drag start: still picture + its repaint", [drag_start(scene, ids)
                                                              for _ in range(3)], None)]
    notes.append(f"still picture during the drag: {'ON' if scene.drag_cache.active else 'off'}")
    restore(scene, starts)
    for label, extra, target in (
        ("drag step: setPos + follow_moving_cards", None, DRAG_S),
        ("drag step + full viewport repaint (QImage)", lambda: frame(view), DRAG_S),
        ("drag step + event-loop repaint (as the app)", settle, None),
    ):
        scene.follow_moving_cards(ids)  # the drag has begun: the still picture is taken
        painted = counter.count
        steps = DRAG_STEPS if extra is None else REPAINT_STEPS
        times = timed(drag_step_fn(scene, ids, extra), steps)
        rows.append((label, times, target))
        if extra is settle:
            notes.append(f"event-loop variant: {counter.count - painted} viewport paint events "
                         f"in {steps} steps")
        restore(scene, starts)
    times = timed(drag_step_fn(scene, ids, lambda: frame(view), still_picture=False),
                  REPAINT_STEPS)
    rows.append(("  without the still picture (every item)", times, None))
    restore(scene, starts)
    hints = view.renderHints()
    view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    scene.follow_moving_cards(ids)
    times = timed(drag_step_fn(scene, ids, lambda: frame(view)), REPAINT_STEPS)
    rows.append(("  what-if: with the picture, antialiasing off", times, None))
    view.setRenderHints(hints)
    restore(scene, starts)
    return rows, notes


def bench_commit_undo(view: JourneyView, ids: list[str], rounds: int) -> tuple[Rows, list[str]]:
    scene = view.journey_scene
    stack = scene.document.undo_stack
    journey = scene.journey
    assert journey is not None
    tps = {tp.id: tp for tp in journey.touchpoints}
    commit_t, commit_loop, undo_t, undo_loop, redo_t, redo_loop = (Times() for _ in range(6))
    notes = []
    for r in range(rounds):
        sign = 1 if r % 2 == 0 else -1
        starts = {t: QPointF(scene.cards[t].pos()) for t in ids}
        before = {t: (tps[t].x, tps[t].y) for t in ids}
        for t in ids:
            scene.cards[t].setPos(starts[t] + QPointF(20 * sign, 30 * sign))
        scene.follow_moving_cards(ids)
        settle()
        count = stack.count()
        def commit(starts=starts) -> None:
            scene.commit_drag(starts)
        for fn, sync, loop in ((commit, commit_t, commit_loop),
                               (stack.undo, undo_t, undo_loop),
                               (stack.redo, redo_t, redo_loop)):
            start, cpu0 = time.perf_counter(), time.process_time()
            fn()
            middle, cpu1 = time.perf_counter(), time.process_time()
            settle()
            end, cpu2 = time.perf_counter(), time.process_time()
            sync.append(middle - start)
            sync.cpu.append(cpu1 - cpu0)
            loop.append(end - start)
            loop.cpu.append(cpu2 - cpu0)
            if fn is commit and r == 0:
                moved = sum(1 for t in ids if (tps[t].x, tps[t].y) != before[t])
                notes.append(f"commit: {stack.count() - count} undo command(s) pushed, "
                             f"{moved} touchpoints moved in the domain")
            if fn == stack.undo and r == 0:
                back = sum(1 for t in ids if (tps[t].x, tps[t].y) == before[t]
                           and scene.cards[t].pos() == starts[t])
                notes.append(f"undo: {back} of {len(ids)} cards back at their start, "
                             "in the domain and on the canvas")
    return [("commit drag (one undo step)", commit_t, None),
            ("  + event loop (lane refresh, repaint)", commit_loop, None),
            ("undo of the 50-card move", undo_t, None),
            ("  + event loop", undo_loop, None),
            ("redo of the 50-card move", redo_t, None),
            ("  + event loop", redo_loop, None)], notes


# ---------------------------------------------------------------- report

def print_table(rows: Rows) -> None:
    print(f"{'operation':<50}{'best':>10}{'median':>10}{'cpu med':>10}{'target':>10}"
          "  ok (median < target)")
    for label, times, target in rows:
        best, median = min(times), statistics.median(times)
        cpu = getattr(times, "cpu", [])
        cpu_text = f"{statistics.median(cpu) * 1000:8.1f}ms" if cpu else f"{'-':>10}"
        if target is None:
            target_text, ok = "-", ""
        else:
            target_text = f"< {target * 1000:.0f}" if target < 1 else f"< {target:.1f} s"
            ok = "ok" if median < target else "NOT OK"
            if cpu and median >= target and statistics.median(cpu) < target:
                ok += " (ok in CPU time)"
        print(f"{label:<50}{best * 1000:8.1f}ms{median * 1000:8.1f}ms{cpu_text}"
              f"{target_text:>10}  {ok}")
        if not label.startswith(" "):
            record(label, "2k touchpoints, 5k transitions", median, target=target)


def commit_round_trip(scene: JourneyScene, ids: list[str]) -> None:
    """Drag by (20, 30), commit, undo, redo, each followed by its event-loop turn."""
    starts = {t: QPointF(scene.cards[t].pos()) for t in ids}
    for t in ids:
        scene.cards[t].setPos(scene.cards[t].pos() + QPointF(20, 30))
    scene.follow_moving_cards(ids)
    for fn in (lambda: scene.commit_drag(starts), scene.document.undo_stack.undo,
               scene.document.undo_stack.redo):
        fn()
        settle()


def profile(name: str, view: JourneyView, ids: list[str], project) -> None:
    """cProfile one operation (see --profile)."""
    scene = view.journey_scene
    operations: dict[str, Callable[[], object]] = {
        "populate": lambda: new_scene(project)[1].show_journey(project.journeys[0].id),
        "fit": lambda: [frame(view) for _ in range(10)],
        "middle": lambda: [frame(view) for _ in range(10)],
        "scroll": lambda: scroll_row(view, scene.cards[ids[0]].center(), 10),
        "above_overview": lambda: [frame(view) for _ in range(10)],
        "drag": lambda: [drag_step_fn(scene, ids, None)() for _ in range(DRAG_STEPS)],
        "drag_repaint": lambda: [drag_step_fn(scene, ids, lambda: frame(view))()
                                 for _ in range(REPAINT_STEPS)],
        "commit": lambda: commit_round_trip(scene, ids),
    }
    if name == "fit":
        view.fit_to_window()
    elif name == "above_overview":
        view.set_zoom(OVERVIEW_BELOW + 0.01)
        view.centerOn(scene.cards[ids[0]].center())
    else:
        view.zoom_reset()
        view.centerOn(scene.cards[ids[0]].center())
    settle()
    frame(view)
    profiler = cProfile.Profile()
    profiler.runcall(operations[name])
    print(f"\n--- cProfile: {name} ---")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(18)
    if os.environ.get("BENCH_CALLERS"):
        stats.print_callers(os.environ["BENCH_CALLERS"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of each measurement")
    parser.add_argument("--profile", choices=["populate", "fit", "middle", "above_overview",
                                              "scroll", "drag", "drag_repaint", "commit"], action="append",
                        default=[], help="also cProfile this operation (repeatable)")
    parser.add_argument("--profile-only", action="store_true",
                        help="skip the measurements, run only the --profile operations")
    args = parser.parse_args()

    settings_dir = tempfile.TemporaryDirectory()  # never touch the user's settings
    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("JourneyDesignerBench")
    QCoreApplication.setApplicationName("Journey Designer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir.name)

    project = big_project(**SIZE)
    journey = project.journeys[0]
    print(f"project: {len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} "
          f"transitions, {len(journey.stages)} stages, {len(project.actions):,} care actions; "
          f"Qt platform {app.platformName()}, {os.cpu_count()} CPUs")
    rows: Rows = []
    notes: list[str] = []
    if not args.profile_only:
        rows += bench_populate(project, args.rounds)
        rows += bench_main_window(project, max(3, args.rounds // 2))

    document, scene = new_scene(project)
    scene.show_journey(journey.id)
    view = JourneyView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    settle()
    rect = scene.sceneRect()
    notes.append(f"view {VIEW_W}x{VIEW_H}, viewport {view.viewport().width()}x"
                 f"{view.viewport().height()}; scene rect {rect.width():.0f}x{rect.height():.0f}")
    center = QPointF(rect.center().x(), rect.center().y())
    ids = pick_cards(view, center)
    if not args.profile_only:
        for part in (lambda: bench_frames(view, center, args.rounds),
                     lambda: bench_drag(view, ids, counter),
                     lambda: bench_commit_undo(view, ids, args.rounds)):
            view.zoom_reset()
            view.centerOn(center)
            settle()
            part_rows, part_notes = part()
            rows += part_rows
            notes += part_notes
        print()
        print_table(rows)
        print()
        for note in notes:
            print(f"- {note}")
    for name in args.profile:
        profile(name, view, ids, project)
    view.close()
    settle()


if __name__ == "__main__":
    main()

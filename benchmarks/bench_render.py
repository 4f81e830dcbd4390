"""Pictures of the map: a 2,000-touchpoint, 5,000-transition journey to a 4K-wide PNG.

    .venv/bin/python benchmarks/bench_render.py

Target (issue: pictures of the map): the 4K PNG in < 3 s on a 2-core machine and in
< 500 MB. Also prints one process against two (render_bands), the parts of one band,
the same map through a tier lens, and the samples at the default scale for comparison.

On a loaded machine wall times say little: `--cpu` renders the 4K PNG once in a fresh
process and prints the CPU seconds of this process and of the forked child (the
picture takes about the larger of the two on two cores) and the peak memory (resident
set) of each; the child's peak counts the pages it shares with its parent.

    .venv/bin/python benchmarks/bench_render.py --cpu
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from record import record, timed  # noqa: E402
from synthetic import big_project  # noqa: E402

from journey_designer.io.picture import bands as render_bands  # noqa: E402
from journey_designer.io.picture.png import deflate_rows, png_size  # noqa: E402
from journey_designer.io.picture.render import _MapLayout, render_map  # noqa: E402
from journey_designer.io.project_file.sqlite_store import load_project  # noqa: E402

ROUNDS = 5
TARGET = 3.0
WIDTH_4K = 3840
SAMPLES = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"


def band_parts(layout: _MapLayout, scale: float) -> tuple[float, float, float]:
    """CPU seconds to build, draw and deflate the top half, in this process."""
    width, height = layout.raster_size(scale)
    start = time.process_time()
    fig = layout.band_figure(scale, width, 0, height // 2)
    built = time.process_time()
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    drawn = time.process_time()
    deflate_rows(np.asarray(canvas.buffer_rgba()), last=False)
    done = time.process_time()
    return built - start, drawn - built, done - drawn


def cpu_and_memory() -> None:
    """One 4K render in this (fresh) process: CPU seconds and peak memory of this
    process and of its child."""
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=6000, stages=12)
    layout = _MapLayout(project, project.journeys[0], None, False)
    scale = WIDTH_4K / layout.size[0]
    before = resource.getrusage(resource.RUSAGE_SELF)
    with tempfile.TemporaryDirectory() as folder:
        render_map(project, Path(folder) / "big.png", scale=scale)
    mine = resource.getrusage(resource.RUSAGE_SELF)
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = mine.ru_utime + mine.ru_stime - before.ru_utime - before.ru_stime
    print(f"4K PNG, CPU: this process {cpu:.2f}s (with the layout), forked child "
          f"{child.ru_utime + child.ru_stime:.2f}s; peak memory: this process "
          f"{mine.ru_maxrss / 1024:.0f} MB (project alone {before.ru_maxrss / 1024:.0f} MB), "
          f"child {child.ru_maxrss / 1024:.0f} MB; load {os.getloadavg()[0]:.2f}")


def main() -> None:
    subprocess.run([sys.executable, __file__, "--cpu"], check=True)  # a fresh process
    project = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=6000, stages=12)
    journey = project.journeys[0]
    print(f"project: {len(journey.touchpoints):,} touchpoints, {len(journey.transitions):,} "
          f"transitions, {len(journey.stages)} stages, {len(project.tiers)} tiers, "
          f"{len(project.actions):,} care actions; {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.2f}")
    layout = _MapLayout(project, journey, None, False)
    scale = WIDTH_4K / layout.size[0]
    size = "2k touchpoints, 5k transitions, 4K-wide PNG"
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "big.png"
        render_map(project, out, scale=scale)  # warm: fonts, glyph outlines
        width, height = png_size(out)
        print(f"picture: {width} × {height} px (scale {scale:.3f}), "
              f"{out.stat().st_size / 1e6:.1f} MB")
        two = timed(lambda: render_map(project, out, scale=scale), ROUNDS)
        rows.append(("render_map, 4K PNG (2 processes)", two, TARGET))
        record("render map to 4K PNG", size, two[0], target=TARGET)
        rows.append(("  same through a tier lens", timed(
            lambda: render_map(project, out, scale=scale, tier="Tier 0"), 3), None))
        processes = render_bands.PROCESSES
        render_bands.PROCESSES = 1
        try:
            rows.append(("  same in one process", timed(
                lambda: render_map(project, out, scale=scale), 3), None))
        finally:
            render_bands.PROCESSES = processes
        for sample in sorted(SAMPLES.glob("*.journey")):
            loaded = load_project(sample)
            small = Path(folder) / f"{sample.stem}.png"
            timing = timed(lambda loaded=loaded, small=small: render_map(loaded, small), 3)
            rows.append((f"sample {sample.stem} (scale 2)", timing, None))
    print(f"{'operation':<44}{'best':>9}{'median':>9}{'target':>9}")
    for label, (best, median), target in rows:
        goal = f"{target:8.1f}s" if target else f"{'':>9}"
        print(f"{label:<44}{best:8.3f}s{median:8.3f}s{goal}")
    build, draw, deflate = band_parts(layout, scale)
    print(f"one band (top half), CPU: build figure {build:.2f}s, Agg draw {draw:.2f}s, "
          f"deflate {deflate:.2f}s")


if __name__ == "__main__":
    if "--cpu" in sys.argv:
        cpu_and_memory()
    else:
        main()

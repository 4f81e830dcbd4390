"""File ▸ Export picture drawn in a child process.

matplotlib's Agg holds the GIL while it draws, for a second at a time on a big map:
drawn on a thread, the window would freeze meanwhile. A child process does not share
the GIL, and it can be stopped when the user cancels. The project goes to the child
as a temporary .journey file (written here, on the caller's worker thread); the child
never imports Qt.

    python -m journey_designer.ui.picture_job PROJECT OUT [JOURNEY] [TIER]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journey_designer.domain import JourneyError, Project
from journey_designer.io.sqlite_store import project_rows, write_rows


class PictureCancelled(Exception):
    """The drawing was stopped on the user's word; nothing was written."""


def draw_in_child(project: Project, out: Path, journey: str | None, tier: str | None,
                  keep_going: Callable[[], bool]) -> Path:
    """Draw `journey` of `project` to `out` in a child process; `keep_going()` is asked
    ten times a second and stops the child when it returns False. The child writes in
    a folder of its own, so a stopped child leaves nothing beside `out`."""
    with tempfile.TemporaryDirectory(prefix="journey-picture-") as folder:
        source = Path(folder) / "project.journey"
        write_rows(project_rows(project), source)
        drawn = Path(folder) / f"picture{out.suffix}"
        errors = Path(folder) / "errors.txt"
        with open(errors, "wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, "-m", __name__, str(source), str(drawn), journey or "", tier or ""],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)
            while child.poll() is None:
                if not keep_going():
                    child.kill()
                    child.wait()
                    raise PictureCancelled()
                time.sleep(0.1)
        if child.returncode != 0:
            lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise JourneyError(lines[-1] if lines else f"drawing failed ({child.returncode})")
        shutil.move(drawn, out)
    return out


def main(argv: list[str]) -> int:
    import warnings

    from journey_designer.io.render import render_map
    from journey_designer.io.sqlite_store import load_project

    source, out, journey, tier = (argv + ["", ""])[:4]
    warnings.simplefilter("ignore")  # e.g. a scale reduced to fit: the picture is fine
    try:
        render_map(load_project(source), out, journey=journey or None, tier=tier or None)
    except JourneyError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

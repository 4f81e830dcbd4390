"""Long core work run in a child process: File ▸ Export picture, and reading a big
edited workbook for File ▸ Import workbook (through io.sheet_safety.isolated_read, with its memory limit).

matplotlib's Agg and the workbook readers (calamine, openpyxl) hold the GIL for up to a
second at a time on a big project: run on a thread, they would freeze the window
meanwhile. A child process does not share the GIL, and it can be stopped when the user
cancels. The project goes to the child as a temporary .journey file (written here, on
the caller's worker thread); the child never imports Qt, and works in a folder of its
own, so a stopped child leaves nothing behind.

    python -m journey_designer.ui.child_jobs picture FOLDER LANGUAGE OUT [JOURNEY] [TIER] [PAPER]
        [landscape]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import JourneyError, Project
from journey_designer.io.project_file.sqlite_store import project_rows, write_rows
from journey_designer.io.sheet_safety.isolated_read import Cancelled, run_isolated
from journey_designer.io.workbook.plan import ImportPlan

PROJECT, RESULT, ERROR = "project.journey", "result.pickle", "error.txt"


class ChildCancelled(Exception):
    """The child was stopped on the user's word; nothing was written."""


def _run(job: str, project: Project, args: list[str], folder: Path,
         keep_going: Callable[[], bool]) -> None:
    """Run `job` on `project` in a child; `keep_going()` is asked ten times a second and
    stops the child when it returns False. Raises JourneyError with the child's message."""
    write_rows(project_rows(project), folder / PROJECT)
    with open(folder / "stderr.txt", "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", __name__, job, str(folder), messages.language(), *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)
        while child.poll() is None:
            if not keep_going():
                child.kill()
                child.wait()
                raise ChildCancelled()
            time.sleep(0.1)
    if child.returncode < 0:  # killed by a signal: a crash (an abort in a library), not a message
        raise JourneyError(messages.translate("Workbook", "the child process stopped (signal {signal})")
                           .format(signal=-child.returncode))
    if child.returncode != 0:
        error = folder / ERROR
        text = error.read_text(encoding="utf-8") if error.exists() else ""
        if not text:
            lines = (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace").splitlines()
            text = lines[-1] if lines else f"the child process failed ({child.returncode})"
        raise JourneyError(text.strip())


def draw_in_child(project: Project, out: Path, journey: str | None, tier: str | None,
                  keep_going: Callable[[], bool], paper: str | None = None,
                  landscape: bool = False) -> Path:
    """Draw `journey` of `project` (through `tier`'s lens; on `paper` if given) to `out`."""
    with tempfile.TemporaryDirectory(prefix="journey-picture-") as folder:
        drawn = Path(folder) / f"picture{out.suffix}"
        _run("picture", project, [str(drawn), journey or "", tier or "", paper or "",
                                  "landscape" if landscape else ""], Path(folder), keep_going)
        shutil.move(drawn, out)
    return out


def plan_import_in_child(project: Project, workbook: Path,
                         keep_going: Callable[[], bool]) -> ImportPlan:
    """What `workbook` would change in `project` (io.workbook.importing.plan_import), planned
    entirely in one isolated child (io.sheet_safety.isolated_read: a memory limit, a reader that dies is a
    clear refusal), whose own reads then run in-process. The plan names objects by id, so the
    copy that comes back applies to `project`."""
    try:
        plan = run_isolated("journey_designer.io.workbook.importing:plan_import", project, workbook,
                            path=workbook, keep_going=keep_going)
    except Cancelled:
        raise ChildCancelled() from None
    if not isinstance(plan, ImportPlan):
        raise JourneyError(f"unexpected answer from the child process: {type(plan).__name__}")
    return plan


def main(argv: list[str]) -> int:
    import warnings

    from journey_designer.io.project_file.sqlite_store import load_project

    job, folder, language, *args = argv
    messages.set_language(language)
    warnings.simplefilter("ignore")  # e.g. a scale reduced to fit: the picture is fine
    work = Path(folder)
    try:
        project = load_project(work / PROJECT)
        if job == "picture":
            from journey_designer.io.picture.render import render_map  # each job imports only its own

            out, journey, tier, paper, landscape = (args + ["", "", "", ""])[:5]
            render_map(project, out, journey=journey or None, tier=tier or None,
                       paper=paper or None, landscape=landscape == "landscape")
        else:
            raise JourneyError(f"unknown child job {job!r}")
    except JourneyError as exc:
        (work / ERROR).write_text(str(exc), encoding="utf-8")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Workbook bombs (issue 12): sheets whose XML dodges a byte search, shared-string
amplification, duplicate zip entries and reader crashes end in a clear refusal naming the
sheet — exit 2, never an abort (134) of the program — and an untrusted workbook is read in
a child process with a memory limit."""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pytest
from workbook_helpers import export, sample

from journey_designer.io.project_file.sqlite_store import save_project
from journey_designer.io.sheet_safety.safety import inspect_workbook
from journey_designer.io.workbook.importing import WorkbookError, plan_import
from journey_designer.io.workbook.read_cells import read_grid

SHEET = "xl/worksheets/sheet4.xml"  # the Action Plan, fourth sheet
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CLI_MEMORY = 2 * 2**30  # the CLI runs under this limit in these tests: a bomb must not need more


def rewrite(source: Path, target: Path, replace: dict[str, bytes], extra: list[tuple[str, bytes]] = ()
            ) -> Path:
    """A copy of the zip `source` with entries replaced, and `extra` entries appended (names may repeat)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Duplicate name": that is the point
            for name, data in extra:
                new.writestr(name, data)
    return target


def sheet_xml(good: Path) -> str:
    with zipfile.ZipFile(good) as archive:
        return archive.read(SHEET).decode()


def with_rows(good: Path, rows: str) -> bytes:
    """The Action Plan's XML with `rows` added at the end of its sheetData."""
    xml = sheet_xml(good)
    return xml.replace("</sheetData>", rows + "</sheetData>").encode()


def run_cli(*args: str, memory: int = CLI_MEMORY, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real command line in a subprocess under a memory limit (a bomb must not take the machine)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    return subprocess.run([sys.executable, "-m", "journey_designer", *args], capture_output=True, text=True,
                          timeout=timeout, preexec_fn=limit, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A saved sample project and a good workbook exported from it."""
    folder = tmp_path_factory.mktemp("bombs")
    project = sample()
    path = folder / "plan.journey"
    save_project(project, path)
    return path, export(project, folder, "good.xlsx")


FAR_CELLS = {  # a cell at the far corner of the sheet, written so that a byte search misses it
    "single quotes": "<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>",
    "tab after the tag": '<row\tr="1048576"><c\tr="XFD1048576"><v>1</v></c></row>',
    "newline after the tag": '<row\nr="1048576"><c\nr="XFD1048576"><v>1</v></c></row>',
    "prefixed tags": f'<x:row xmlns:x="{NS}" r="1048576"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>',
    "no row number": '<row><c r="XFD1048576"><v>1</v></c></row>',
}


@pytest.mark.parametrize("variant", list(FAR_CELLS))
def test_a_far_away_cell_is_refused_naming_the_sheet(files, tmp_path, variant) -> None:
    project_file, good = files
    bomb = rewrite(good, tmp_path / "far.xlsx", {SHEET: with_rows(good, FAR_CELLS[variant])})
    before = project_file.read_bytes()
    done = run_cli("import", str(project_file), "--xlsx", str(bomb), "--dry-run")
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "“Action Plan”" in done.stderr and str(bomb) in done.stderr
    assert project_file.read_bytes() == before


def test_duplicate_zip_entries_are_refused(files, tmp_path) -> None:
    """Two entries of one name: the check would read one, the reader perhaps the other."""
    project_file, good = files
    bomb_sheet = with_rows(good, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    bomb = rewrite(good, tmp_path / "twice.xlsx", {}, [(SHEET, bomb_sheet)])
    with pytest.raises(WorkbookError) as caught:
        inspect_workbook(bomb, required=())
    assert "twice" in str(caught.value) and SHEET in str(caught.value)
    done = run_cli("import", str(project_file), "--xlsx", str(bomb), "--dry-run")
    assert done.returncode == 2 and SHEET in done.stderr, done.stderr[-500:]


def test_entries_differing_only_in_case_are_refused(files, tmp_path) -> None:
    _, good = files
    bomb = rewrite(good, tmp_path / "case.xlsx", {}, [(SHEET.upper(), b"<x/>")])
    with pytest.raises(WorkbookError, match="twice"):
        inspect_workbook(bomb, required=())


def test_an_empty_last_row_written_by_calc_does_not_count(files, tmp_path) -> None:
    """LibreOffice Calc writes an empty <row r="1048576"/> after a row deletion."""
    _, good = files
    calc = rewrite(good, tmp_path / "calc.xlsx", {SHEET: with_rows(
        good, '<row r="1048576" s="1" customFormat="false" ht="12.8" hidden="false"/>')})
    plan = plan_import(sample(), calc)
    assert plan.ok and not plan.has_changes, plan.preview()[:3]


def test_styled_empty_cells_far_away_do_not_count(files, tmp_path) -> None:
    _, good = files
    styled = rewrite(good, tmp_path / "styled.xlsx", {SHEET: with_rows(
        good, '<row r="1048576"><c r="XFD1048576" s="1"/></row>')})
    plan = plan_import(sample(), styled)
    assert plan.ok and not plan.has_changes


def amplified(good: Path, folder: Path, cells: int, chars: int) -> Path:
    """The Action Plan with `cells` extra cells all showing one shared string of `chars` characters."""
    strings = f'<sst xmlns="{NS}" count="{cells}" uniqueCount="1"><si><t>{"x" * chars}</t></si></sst>'
    rows = "".join(f'<row r="{r}"><c r="Z{r}" t="s"><v>0</v></c></row>' for r in range(500, 500 + cells))
    with zipfile.ZipFile(good) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                          'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                        "</Relationships>")
    replace = {SHEET: with_rows(good, rows), "[Content_Types].xml": types.encode(),
               "xl/_rels/workbook.xml.rels": rels.encode()}
    return rewrite(good, folder / "amplified.xlsx", replace, [("xl/sharedStrings.xml", strings.encode())])


def test_shared_string_amplification_is_refused_in_bounded_memory(files, tmp_path) -> None:
    """One string of 1,000,000 characters shown by 20,000 cells would be 20 GB of text."""
    project_file, good = files
    bomb = amplified(good, tmp_path, 20_000, 1_000_000)
    assert bomb.stat().st_size < 1_000_000
    started = time.perf_counter()
    done = run_cli("import", str(project_file), "--xlsx", str(bomb), "--dry-run", memory=CLI_MEMORY)
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert "“Action Plan”" in done.stderr and "characters" in done.stderr
    assert time.perf_counter() - started < 30


def test_a_little_shared_text_is_fine(files, tmp_path) -> None:
    _, good = files
    plan = plan_import(sample(), amplified(good, tmp_path, 50, 1000))
    assert not plan.problems  # column Z is not part of the action plan: a note, no problem


def test_a_reader_that_aborts_is_a_clear_refusal() -> None:
    """Whatever the reader does — abort, run out of memory — the caller gets an error, not a crash."""
    from journey_designer.io.sheet_safety import isolated_read
    with pytest.raises(WorkbookError) as caught:
        isolated_read.run_isolated("os:abort", path=Path("plan.xlsx"))
    assert "the workbook could not be read: the reader stopped (signal 6)" in str(caught.value)
    assert "plan.xlsx" in str(caught.value)


def test_a_reader_out_of_memory_is_a_clear_refusal() -> None:
    from journey_designer.io.sheet_safety import isolated_read
    with pytest.raises(WorkbookError) as caught:
        isolated_read.run_isolated("builtins:bytearray", 8 * 2**30, path=Path("plan.xlsx"), memory=2**30)
    assert "more memory" in str(caught.value)


def test_a_reader_that_hangs_is_stopped() -> None:
    from journey_designer.io.sheet_safety import isolated_read
    started = time.perf_counter()
    with pytest.raises(WorkbookError, match="took longer"):
        isolated_read.run_isolated("time:sleep", 60, path=Path("plan.xlsx"), timeout=1)
    assert time.perf_counter() - started < 10


def test_workbooks_are_read_in_a_child_process(files, monkeypatch) -> None:
    """read_grid goes through the isolation (which reports the child's pid)."""
    from journey_designer.io.sheet_safety import isolated_read
    _, good = files
    children: list[int] = []
    real = isolated_read.run_isolated

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real(*args, **kwargs)
        children.append(isolated_read.last_child_pid())
        return result
    monkeypatch.setattr(isolated_read, "run_isolated", spy)
    grid = read_grid(inspect_workbook(good, required=()), "Action Plan")
    assert grid[0][0] == "ID" and children and children[0] not in (0, os.getpid())


def _read_transactions_in_a_subprocess(path: Path) -> subprocess.CompletedProcess:
    code = ("import sys\nfrom journey_designer.domain import JourneyError\n"
            "from journey_designer.io.customer_data import read_transactions\n"
            "try:\n    read_transactions(sys.argv[1])\nexcept JourneyError as exc:\n"
            "    print(exc, file=sys.stderr)\n    sys.exit(2)\n")
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CLI_MEMORY, CLI_MEMORY))
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          timeout=120, preexec_fn=limit, check=False)


def test_customer_data_workbook_bombs_are_refused(files, tmp_path) -> None:
    """The customer-data reader (Derive tiers) meets the same bombs: a clear refusal, no abort."""
    _, good = files
    far = rewrite(good, tmp_path / "far.xlsx", {SHEET: with_rows(good, FAR_CELLS["single quotes"])})
    for bomb in (far, amplified(good, tmp_path, 20_000, 1_000_000)):
        done = _read_transactions_in_a_subprocess(bomb)
        assert done.returncode == 2, (bomb.name, done.returncode, done.stderr[-400:])
        assert "Action Plan" in done.stderr and "Traceback" not in done.stderr


def test_a_request_bigger_than_a_pipe_reaches_the_reader_whole() -> None:
    """A three-way import of a big project sends the reader its base (megabytes). The child
    reads its request only once Python has started (longer than the first wait for it), so
    the request is written over several waits; it used to stop after the first one, and
    the reader waited for the rest of it for ever (the app's import hung)."""
    from journey_designer.io.sheet_safety import isolated_read
    payload = "x" * (4 * 2**20)  # far more than a pipe holds (64 KB)
    started = time.perf_counter()
    assert isolated_read.run_isolated("builtins:len", payload, path=Path("plan.xlsx"),
                                      timeout=60) == len(payload)
    assert time.perf_counter() - started < 30


def test_a_big_request_is_pickled_a_frame_at_a_time(monkeypatch) -> None:
    """pickle.dumps of a big project is one call into C holding the interpreter lock for
    its whole length (0.7 s at 10,000 cards: the window froze at the start of an import).
    The request is written frame by frame into a Python `write`, where threads can
    switch; what the reader gets is the same request."""
    from journey_designer.domain.model import Touchpoint
    from journey_designer.io.sheet_safety import isolated_read

    writes: list[int] = []
    real_write = isolated_read._Frames.write

    def counted(self, data: bytes) -> int:
        writes.append(len(data))
        return real_write(self, data)
    monkeypatch.setattr(isolated_read._Frames, "write", counted)
    request = ("t", ([Touchpoint(id=f"tp{i}", stage="s", name=f"Card {i}") for i in range(20_000)],
                     Path("plan.xlsx")), "en", None)
    data = isolated_read._pickled_in_frames(request)
    assert pickle.loads(data) == request
    assert len(writes) >= 10 and max(writes) < 2**20  # returned to Python every ~64 KB

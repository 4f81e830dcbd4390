"""Issue 8: every file under realdata/excel_pitfalls and realdata/journey_maps, fed to
every loader a user can point at it — the project opener, the workbook import and the
customer-data reader of "Derive tiers" — ends in a clear message or a correct result,
within seconds, and leaves the open project's file as it was.

The project opener and the workbook import have their own all-files tests
(tests/test_realdata_files.py, tests/io/test_workbook_hostile.py); this file covers the
customer-data reader on every file, the workbook import on the journey maps, and RFM
on whatever the reader accepts.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from journey_designer.analysis.rfm import assign_by_share, compute_rfm, summarize
from journey_designer.domain import ProjectFileError
from journey_designer.io.customer_data import read_transactions
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.io.sheet_safety.safety import WorkbookError
from journey_designer.io.workbook.importing import plan_import
from tests.conftest import SAMPLES

HANG_GUARD_SECONDS = 20.0  # "within seconds": a generous bound on a loaded 2-core machine
FOLDERS = ("excel_pitfalls", "journey_maps")


def real_files(realdata: Path) -> list[Path]:
    files = sorted(p for folder in FOLDERS for p in (realdata / folder).rglob("*")
                   if p.is_file() and not p.name.startswith("LICENSE"))
    assert len(files) > 60, "the realdata folders are incomplete"
    return files


def test_customer_data_reader_on_every_file(realdata: Path) -> None:
    """Each file is either read into transactions that RFM can split, or refused with a
    message naming the file; nothing else escapes, nothing hangs."""
    read, refused = [], []
    for path in real_files(realdata):
        started = time.perf_counter()
        try:
            transactions = read_transactions(path)
        except ProjectFileError as error:
            assert error.path == str(path), path
            assert str(error).strip() and "Traceback" not in str(error), path
            refused.append(path.name)
        else:
            rfm = compute_rfm(transactions)
            assert len(rfm.customers) > 0, path
            split = assign_by_share(rfm, ["Gold", "Silver", "Bronze"], [0.2, 0.3, 0.5])
            assert sum(s.customers for s in summarize(split)) == len(rfm.customers), path
            read.append(path.name)
        assert time.perf_counter() - started < HANG_GUARD_SECONDS, path
    # The folders hold workbooks of every kind but no customer transactions worth the
    # name: most are refused; the point is that each answer is a clear one.
    assert refused, "nothing refused: the reader accepts anything"


@pytest.mark.parametrize("sample", ["credit_card_care.journey"])
def test_workbook_import_of_every_journey_map_file(realdata: Path, tmp_path: Path, sample: str) -> None:
    """BPMN, Mermaid, another program's SQLite, JSON: chosen as "the edited workbook"."""
    project_path = tmp_path / sample
    save_project(load_project(SAMPLES / sample), project_path)
    before = project_path.read_bytes()
    project = load_project(project_path)
    for path in sorted(p for p in (realdata / "journey_maps").rglob("*") if p.is_file()):
        started = time.perf_counter()
        with pytest.raises(WorkbookError) as info:
            plan_import(project, path)
        assert str(path.name) in str(info.value), path
        assert time.perf_counter() - started < HANG_GUARD_SECONDS, path
    assert project_path.read_bytes() == before

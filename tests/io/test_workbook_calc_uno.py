"""The team's round trip through LibreOffice Calc itself (headless, driven through Python UNO).

A teammate opens the exported plan in Calc, edits it the way people do — types a value, types
a date, adds a row, deletes a row, sorts, inserts a column — and saves it as .xlsx with Calc's
own filter. The import must read exactly those edits, and nothing else.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import export, headers, row_of, sample, sheet_of

from journey_designer.io.workbook.importing import apply, plan_import

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _calc_available() -> str | None:
    if shutil.which("soffice") is None:
        return "LibreOffice is not installed (scripts/setup.sh --test installs it)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        return "Python UNO is not installed for the system Python (apt-get install python3-uno)"
    return None


pytestmark = pytest.mark.skipif(_calc_available() is not None, reason=str(_calc_available()))

PLAN = "Action Plan"


def calc(jobs: list[dict], folder: Path) -> None:
    """Run the jobs in one headless Calc (see calc_uno.py); every output must exist."""
    spec = folder / "jobs.json"
    spec.write_text(json.dumps(jobs), encoding="utf-8")
    done = subprocess.run([SYSTEM_PYTHON, str(HERE / "calc_uno.py"), str(spec)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    for job in jobs:
        assert Path(job["out"]).is_file(), f"Calc did not save {job['out']}"


class Sheet:
    """Where things are in the exported Action Plan (read with openpyxl, addressed for UNO)."""

    def __init__(self, path: Path) -> None:
        book = openpyxl.load_workbook(path)
        self.sheet = sheet_of(book, PLAN)
        self.name = self.sheet.title
        self.columns = headers(self.sheet)
        self.last_row = self.sheet.max_row
        self.last_column = self.sheet.max_column

    def cell(self, action_id: str, header: str) -> str:
        return self.sheet.cell(row=row_of(self.sheet, action_id), column=self.columns[header]).coordinate

    def row_index(self, action_id: str) -> int:
        return row_of(self.sheet, action_id) - 1  # UNO counts from 0

    def value(self, action_id: str, header: str) -> object:
        return self.sheet.cell(row=row_of(self.sheet, action_id), column=self.columns[header]).value

    def new_row_cell(self, header: str) -> str:
        return self.sheet.cell(row=self.last_row + 1, column=self.columns[header]).coordinate

    def whole_table(self) -> str:
        end = self.sheet.cell(row=self.last_row, column=self.last_column).coordinate
        return f"A1:{end}"


SCENARIOS = ["resaved", "owner", "dates", "added", "deleted", "sorted", "column"]


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> dict[str, Path]:
    """One export, edited in Calc seven ways (one Calc process for all)."""
    folder = tmp_path_factory.mktemp("calc")
    project = sample()
    original = export(project, folder, "plan.xlsx")
    at = Sheet(original)
    s = at.name
    template = "act-apply-chat"
    new_row = [{"op": "string", "sheet": s, "cell": at.new_row_cell(h), "text": str(at.value(template, h))}
               for h in ("Journey", "Stage", "Touchpoint", "Tiers", "Channel")]
    new_row.append({"op": "string", "sheet": s, "cell": at.new_row_cell("Action"), "text": "Welcome call"})
    ops = {
        "resaved": [],
        "owner": [{"op": "string", "sheet": s, "cell": at.cell("act-apply-chat", "Owner"), "text": "VIP desk"}],
        "dates": [{"op": "type", "sheet": s, "cell": at.cell("act-gold-apply-rm", "Start"), "text": "2027-03-01"},
                  {"op": "string", "sheet": s, "cell": at.cell("act-gold-apply-rm", "End"), "text": "2027-04-02"}],
        "added": new_row,
        "deleted": [{"op": "delete_rows", "sheet": s, "index": at.row_index("act-branch-booking"), "count": 1}],
        "sorted": [{"op": "sort", "sheet": s, "range": at.whole_table(), "column": at.columns["Owner"] - 1}],
        "column": [{"op": "insert_columns", "sheet": s, "index": at.columns["Owner"] - 1, "count": 1}],
    }
    jobs = [{"in": str(original), "out": str(folder / f"{name}.xlsx"), "ops": ops[name]} for name in SCENARIOS]
    calc(jobs, folder)
    return {name: folder / f"{name}.xlsx" for name in SCENARIOS}


def _changes(plan) -> set[tuple[str, str, object]]:
    return {(c.object_id, c.field, c.new) for c in plan.changes}


@pytest.mark.parametrize("name", ["resaved", "sorted", "column"])
def test_calc_saves_that_change_no_value_import_as_no_change(edited, name) -> None:
    plan = plan_import(sample(), edited[name])
    assert plan.ok, [str(p) for p in plan.problems]
    assert not plan.changes and not plan.added and not plan.deleted, plan.preview()


def test_a_cell_typed_in_calc_is_exactly_the_change(edited) -> None:
    plan = plan_import(sample(), edited["owner"])
    assert plan.ok, [str(p) for p in plan.problems]
    assert _changes(plan) == {("act-apply-chat", "owner", "VIP desk")}
    assert not plan.added and not plan.deleted


def test_dates_typed_in_calc_as_dates_or_text_are_read(edited) -> None:
    project = sample()
    plan = plan_import(project, edited["dates"])
    assert plan.ok, [str(p) for p in plan.problems]
    result = apply(project, plan)
    action = next(a for a in result.actions if a.id == "act-gold-apply-rm")
    assert (action.start, action.end) == (date(2027, 3, 1).isoformat(), date(2027, 4, 2).isoformat())


def test_a_row_added_in_calc_is_one_new_action(edited) -> None:
    plan = plan_import(sample(), edited["added"])
    assert plan.ok, [str(p) for p in plan.problems]
    assert [a.action.name for a in plan.added] == ["Welcome call"]
    assert not plan.changes


def test_a_row_deleted_in_calc_is_one_deletion_and_the_workbook_stays_importable(edited) -> None:
    plan = plan_import(sample(), edited["deleted"])  # Calc writes an empty <row r="1048576">
    assert plan.ok, [str(p) for p in plan.problems]
    assert [a.id for a in plan.deleted] == ["act-branch-booking"]
    assert not plan.changes and not plan.added


def test_two_teammates_editing_copies_of_one_export_in_calc_both_keep_their_edit(tmp_path) -> None:
    """Alice changes an owner, Bob a cost, each in a copy of the same export; importing Alice's
    then Bob's keeps both (Bob's stale copy must not put Alice's owner back)."""
    project = sample()
    original = export(project, tmp_path, "plan.xlsx")
    at = Sheet(original)
    alice, bob = tmp_path / "alice.xlsx", tmp_path / "bob.xlsx"
    calc([{"in": str(original), "out": str(alice),
           "ops": [{"op": "string", "sheet": at.name, "cell": at.cell("act-apply-chat", "Owner"),
                    "text": "Alice's team"}]},
          {"in": str(original), "out": str(bob),
           "ops": [{"op": "type", "sheet": at.name, "cell": at.cell("act-kyc-status", "Cost"), "text": "2.5"}]}],
         tmp_path)
    after_alice = apply(project, plan_import(project, alice))
    plan = plan_import(after_alice, bob)
    assert plan.ok, [str(p) for p in plan.problems]
    after_bob = apply(after_alice, plan)
    by_id = {a.id: a for a in after_bob.actions}
    assert by_id["act-apply-chat"].owner == "Alice's team"
    assert by_id["act-kyc-status"].cost == 2.5

"""`export` and `import` on the command line: exit codes, preview, dry run, atomic saves."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from journey_designer.cli import main
from journey_designer.io.project_file.json_io import load_json, save_json
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.journey"
    shutil.copyfile(sample_paths()["credit_card_care"], path)
    return path


def _edit(source: Path, target: Path, owner: str = "VIP desk", tiers: str | None = None,
          delete: str | None = None) -> Path:
    book = openpyxl.load_workbook(source)
    sheet = book["Action Plan"]
    header = {c.value: c.column for c in sheet[1]}
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row=rows["act-apply-chat"], column=header["Owner"]).value = owner
    if tiers is not None:
        sheet.cell(row=rows["act-kyc-status"], column=header["Tiers"]).value = tiers
    if delete is not None:
        sheet.delete_rows(rows[delete])
    book.save(target)
    return target


def test_export_writes_the_workbook(tmp_path, plan, capsys) -> None:
    out_path = tmp_path / "plan.xlsx"
    code, out, err = run(capsys, "export", plan, "--xlsx", out_path, "--no-charts")
    assert (code, err) == (0, "")
    assert f"wrote {out_path} (67 care actions)" in out
    assert openpyxl.load_workbook(out_path, read_only=True).sheetnames[0] == "Overview"


def test_export_refuses_a_name_that_is_not_xlsx(tmp_path, plan, capsys) -> None:
    code, out, err = run(capsys, "export", plan, "--xlsx", tmp_path / "plan.xls")
    assert code == 2 and "must end in .xlsx" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "plan.xls").exists()


def test_dry_run_lists_the_changes_and_changes_nothing(tmp_path, plan, capsys) -> None:
    run(capsys, "export", plan, "--xlsx", tmp_path / "plan.xlsx", "--no-charts")
    edited = _edit(tmp_path / "plan.xlsx", tmp_path / "edited.xlsx")
    before = plan.read_bytes()
    code, out, err = run(capsys, "import", plan, "--xlsx", edited, "--dry-run")
    assert (code, err) == (0, "")
    assert 'owner: "Digital Sales" → "VIP desk"  [Action Plan!J2]' in out
    assert "dry run: nothing was changed" in out
    assert plan.read_bytes() == before


def test_import_applies_and_saves(tmp_path, plan, capsys) -> None:
    run(capsys, "export", plan, "--xlsx", tmp_path / "plan.xlsx", "--no-charts")
    edited = _edit(tmp_path / "plan.xlsx", tmp_path / "edited.xlsx", delete="act-decline-letter")
    code, out, err = run(capsys, "import", plan, "--xlsx", edited)
    assert (code, err) == (0, "")
    assert f"saved {plan}" in out and "add --accept-deletions" in out
    project = load_project(plan)
    actions = {a.id: a for a in project.actions}
    assert actions["act-apply-chat"].owner == "VIP desk"
    assert "act-decline-letter" in actions  # deletions wait for --accept-deletions
    code, out, err = run(capsys, "import", plan, "--xlsx", edited, "--accept-deletions")
    assert code == 0 and "1 deletion(s)" in out
    assert "act-decline-letter" not in {a.id for a in load_project(plan).actions}


def test_import_into_a_json_project(tmp_path, plan, capsys) -> None:
    json_path = tmp_path / "plan.json"
    save_json(load_project(plan), json_path)
    run(capsys, "export", json_path, "--xlsx", tmp_path / "plan.xlsx", "--no-charts")
    edited = _edit(tmp_path / "plan.xlsx", tmp_path / "edited.xlsx", owner="运营部")
    assert run(capsys, "import", json_path, "--xlsx", edited)[0] == 0
    assert {a.id: a.owner for a in load_json(json_path).actions}["act-apply-chat"] == "运营部"


def test_invalid_cells_are_listed_exit_2_and_the_project_is_untouched(tmp_path, plan, capsys) -> None:
    run(capsys, "export", plan, "--xlsx", tmp_path / "plan.xlsx", "--no-charts")
    edited = _edit(tmp_path / "plan.xlsx", tmp_path / "edited.xlsx", tiers="Platnum")
    before = plan.read_bytes()
    code, out, err = run(capsys, "import", plan, "--xlsx", edited)
    assert code == 2
    assert 'problem: Action Plan!F7: unknown tier "Platnum" — known: Gold, Silver, Bronze' in out
    (line,) = err.strip().splitlines()
    assert line == (f'journey-designer: error: {edited}: Action Plan!F7: unknown tier "Platnum" — known: '
                    "Gold, Silver, Bronze; nothing was changed")
    assert plan.read_bytes() == before


def test_no_changes_leave_the_file_alone(tmp_path, plan, capsys) -> None:
    run(capsys, "export", plan, "--xlsx", tmp_path / "plan.xlsx", "--no-charts")
    before = plan.read_bytes()
    code, out, _ = run(capsys, "import", plan, "--xlsx", tmp_path / "plan.xlsx")
    assert code == 0 and "no changes to apply" in out
    assert plan.read_bytes() == before


def test_a_missing_workbook_is_bad_input(tmp_path, plan, capsys) -> None:
    code, _, err = run(capsys, "import", plan, "--xlsx", tmp_path / "nope.xlsx")
    assert code == 2 and "nope.xlsx: no such file" in err

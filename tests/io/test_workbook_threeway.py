"""Three-way import: only what the teammate changed is applied; conflicts, stale and foreign
bases, tampered bases, re-saves by other spreadsheet programs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import edit, export, headers, row_of, sample, set_cell, sheet_of

from journey_designer.cli import main
from journey_designer.domain import CareAction, Trigger
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.sqlite_store import load_project, save_project
from journey_designer.io.workbook.base import BASE_SHEET
from journey_designer.io.workbook.base_read import read_base
from journey_designer.io.workbook.importing import WorkbookError, apply, plan_import

PLAN = "Action Plan"


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.journey"
    shutil.copyfile(sample_paths()["credit_card_care"], path)
    return path


def _action(path: Path, action_id: str) -> CareAction:
    return next(a for a in load_project(path).actions if a.id == action_id)


def _copy_edited(source: Path, target: Path, header: str, action_id: str, value: object) -> str:
    cell: dict[str, str] = {}
    edit(source, lambda book: cell.setdefault("ref", set_cell(book[PLAN], action_id, header, value)), target)
    return cell["ref"]


def _add_row(book: openpyxl.Workbook, name: str = "Welcome call", touchpoint: str = "Online application form",
             **more: object) -> None:
    sheet = book[PLAN]
    column = headers(sheet)
    r = max(row_of(sheet, a) for a in ("act-apply-chat", "act-kyc-status")) + 1
    sheet.insert_rows(r)
    for header, value in {"Action": name, "Touchpoint": touchpoint, "Tiers": "Gold", "Channel": "SMS",
                          **more}.items():
        sheet.cell(row=r, column=column[header]).value = value


def _map_cell(book: openpyxl.Workbook, tp_id: str, label: str) -> openpyxl.cell.Cell:
    """The Journey Map cell of one touchpoint's column in the row labelled `label`."""
    sheet = sheet_of(book, "Journey Map")
    ids_row, col = next((c.row, c.column) for row in sheet.iter_rows() for c in row if c.value == tp_id)
    r = max(c.row for c in sheet["A"] if c.value == label and c.row < ids_row)
    return sheet.cell(row=r, column=col)


# ---------------------------------------------------------------- the team scenario


def test_alice_and_bob_edit_copies_of_one_export_and_both_edits_survive(tmp_path, project_file,
                                                                        capsys) -> None:
    exported = tmp_path / "plan.xlsx"
    assert run(capsys, "export", project_file, "--xlsx", exported, "--no-charts")[0] == 0
    alice = tmp_path / "alice.xlsx"
    bob = tmp_path / "bob.xlsx"
    _copy_edited(exported, alice, "Owner", "act-apply-chat", "Alice's desk")
    _copy_edited(exported, bob, "Cost", "act-kyc-status", 0.35)

    code, out, err = run(capsys, "import", project_file, "--xlsx", alice)
    assert (code, err) == (0, ""), out
    code, out, err = run(capsys, "import", project_file, "--xlsx", bob)
    assert (code, err) == (0, ""), out
    assert "Alice" not in out  # Bob's copy does not put the old owner back

    assert _action(project_file, "act-apply-chat").owner == "Alice's desk"
    assert _action(project_file, "act-kyc-status").cost == 0.35


def _conflicting(tmp_path: Path, project_file: Path) -> tuple[Path, str]:
    """A workbook and a project that both changed the owner of act-apply-chat since the export;
    the workbook also changes a cost nobody else touched."""
    exported = export(load_project(project_file), tmp_path)
    workbook = tmp_path / "edited.xlsx"
    refs: dict[str, str] = {}

    def teammate(book: openpyxl.Workbook) -> None:
        refs["owner"] = set_cell(book[PLAN], "act-apply-chat", "Owner", "Workbook desk")
        set_cell(book[PLAN], "act-kyc-status", "Cost", 0.35)

    edit(exported, teammate, workbook)
    project = load_project(project_file)
    next(a for a in project.actions if a.id == "act-apply-chat").owner = "Project desk"
    save_project(project, project_file)
    return workbook, refs["owner"]


def test_a_field_changed_on_both_sides_is_a_conflict_and_nothing_is_applied(tmp_path, project_file) -> None:
    workbook, cell = _conflicting(tmp_path, project_file)
    before = project_file.read_bytes()
    done = subprocess.run([sys.executable, "-m", "journey_designer", "import", str(project_file), "--xlsx",
                           str(workbook)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert project_file.read_bytes() == before
    conflict = next(line for line in done.stdout.splitlines() if "conflict:" in line)
    for shown in (f"Action Plan!{cell}", '"Digital Sales"', '"Project desk"', '"Workbook desk"'):
        assert shown in conflict
    assert "--on-conflict" in done.stdout + done.stderr


@pytest.mark.parametrize(("side", "owner"), [("workbook", "Workbook desk"), ("project", "Project desk")])
def test_on_conflict_decides_and_the_other_changes_are_applied(tmp_path, project_file, capsys, side,
                                                               owner) -> None:
    workbook, _ = _conflicting(tmp_path, project_file)
    code, out, err = run(capsys, "import", project_file, "--xlsx", workbook, "--on-conflict", side)
    assert (code, err) == (0, ""), out
    assert _action(project_file, "act-apply-chat").owner == owner
    assert _action(project_file, "act-kyc-status").cost == 0.35


# ---------------------------------------------------------------- new rows, newer actions


def test_the_same_workbook_imported_twice_adds_its_new_row_once(tmp_path, project_file, capsys) -> None:
    workbook = edit(export(load_project(project_file), tmp_path), _add_row, tmp_path / "added.xlsx")
    code, dry, _ = run(capsys, "import", project_file, "--xlsx", workbook, "--dry-run")
    assert code == 0
    shown = next(line for line in dry.splitlines() if "Welcome call" in line)
    assert run(capsys, "import", project_file, "--xlsx", workbook)[0] == 0
    added = [a for a in load_project(project_file).actions if a.name == "Welcome call"]
    assert len(added) == 1
    assert f"({added[0].id})" in shown  # the dry run showed the id that was saved

    code, out, _ = run(capsys, "import", project_file, "--xlsx", workbook)
    assert code == 0
    assert [a.name for a in load_project(project_file).actions].count("Welcome call") == 1
    assert "no changes to apply" in out


def test_a_new_row_says_which_defaults_it_gets(tmp_path) -> None:
    project = sample()
    workbook = edit(export(project, tmp_path), _add_row, tmp_path / "added.xlsx")
    line = next(line for line in plan_import(project, workbook).preview() if "Welcome call" in line)
    for default in ("service", "planned", "0 days"):
        assert default in line


def test_an_action_added_in_the_project_after_the_export_is_not_a_deletion(tmp_path) -> None:
    project = sample()
    workbook = edit(export(project, tmp_path),
                    lambda book: set_cell(book[PLAN], "act-apply-chat", "Owner", "VIP desk"))
    project.actions.append(CareAction(id="act-after-export", touchpoint="tp-apply", tiers=["tier-gold"],
                                      channel="ch-sms", name="Added later", trigger=Trigger("event", "x")))
    plan = plan_import(project, workbook)
    assert plan.ok and not plan.deleted, plan.preview()
    result = apply(project, plan, accept_deletions=True)
    assert "act-after-export" in {a.id for a in result.actions}
    assert next(a for a in result.actions if a.id == "act-apply-chat").owner == "VIP desk"


# ---------------------------------------------------------------- bases that cannot be used


def test_a_workbook_without_a_base_imports_two_way_with_a_warning(tmp_path) -> None:
    project = sample()

    def old_export(book: openpyxl.Workbook) -> None:
        del book[BASE_SHEET]
        set_cell(book[PLAN], "act-apply-chat", "Owner", "VIP desk")

    workbook = edit(export(project, tmp_path), old_export)
    project.actions[0].message = "changed in the project after the export"
    plan = plan_import(project, workbook)
    assert plan.ok, plan.preview()
    assert any("newer edits" in note for note in plan.notes), plan.notes
    assert {(c.object_id, c.field) for c in plan.changes} >= {("act-apply-chat", "owner"),
                                                             (project.actions[0].id, "message")}


def test_another_projects_workbook_is_refused(tmp_path, project_file, capsys) -> None:
    workbook = export(sample("saas_onboarding_renewal"), tmp_path)
    before = project_file.read_bytes()
    code, out, err = run(capsys, "import", project_file, "--xlsx", workbook)
    assert code == 2
    assert f"{BASE_SHEET}!" in err and "another project" in err
    assert project_file.read_bytes() == before


def test_a_tampered_base_is_refused_naming_its_cell(tmp_path, project_file, capsys) -> None:
    def tamper(book: openpyxl.Workbook) -> None:
        base = book[BASE_SHEET]
        row = next(r for r in range(2, base.max_row + 1) if base.cell(r, 2).value == "act-apply-chat")
        base.cell(row, 4).value = base.cell(row, 4).value.replace("Digital Sales", "Someone else")
        base.cell(row, 4).value = base.cell(row, 4).value  # what a user unhiding the sheet would do
        refs["cell"] = f"{BASE_SHEET}!D{row}"

    refs: dict[str, str] = {}
    workbook = edit(export(load_project(project_file), tmp_path), tamper)
    before = project_file.read_bytes()
    code, out, err = run(capsys, "import", project_file, "--xlsx", workbook)
    assert code == 2
    assert refs["cell"] in err and "changed" in err
    assert project_file.read_bytes() == before
    with pytest.raises(WorkbookError, match=refs["cell"]):
        plan_import(load_project(project_file), workbook)


# ---------------------------------------------------------------- names across sheets, stages


def test_a_touchpoint_renamed_on_the_map_is_known_by_its_new_name_in_the_plan(tmp_path) -> None:
    project = sample()

    def rename(book: openpyxl.Workbook) -> None:
        _map_cell(book, "tp-apply", "Touchpoint").value = "Online application"
        set_cell(book[PLAN], "act-kyc-status", "Touchpoint", "Online application")
        set_cell(book[PLAN], "act-kyc-status", "Stage", "Awareness & Application")

    plan = plan_import(project, edit(export(project, tmp_path), rename))
    assert plan.ok, plan.preview()
    result = apply(project, plan)
    assert next(a for a in result.actions if a.id == "act-kyc-status").touchpoint == "tp-apply"
    assert result.touchpoint_index()["tp-apply"][1].name == "Online application"


def test_moving_an_action_to_another_stages_touchpoint(tmp_path) -> None:
    project = sample()
    only_touchpoint = edit(export(project, tmp_path), lambda book: set_cell(
        book[PLAN], "act-apply-chat", "Touchpoint", "Card delivery"), tmp_path / "a.xlsx")
    plan = plan_import(project, only_touchpoint)
    assert not plan.ok
    assert any("Stage" in problem.reason for problem in plan.problems), plan.preview()

    def both(book: openpyxl.Workbook) -> None:
        set_cell(book[PLAN], "act-apply-chat", "Touchpoint", "Card delivery")
        set_cell(book[PLAN], "act-apply-chat", "Stage", "Approval & Activation")

    plan = plan_import(project, edit(export(project, tmp_path), both, tmp_path / "b.xlsx"))
    assert plan.ok, plan.preview()
    assert next(a for a in apply(project, plan).actions if a.id == "act-apply-chat").touchpoint == \
        "tp-card-delivery"


# ---------------------------------------------------------------- other spreadsheet programs


def _resave(tool: str, source: Path, folder: Path) -> Path:
    folder.mkdir()
    target = folder / source.name
    if tool == "libreoffice":
        subprocess.run(["soffice", f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=240)
    else:
        subprocess.run(["ssconvert", str(source), str(target)], check=True, capture_output=True, timeout=240)
    assert target.is_file(), f"{tool} did not save the workbook"  # soffice exits 0 even when it failed
    return target


@pytest.mark.parametrize("tool", ["libreoffice", "gnumeric"])
def test_the_base_survives_a_resave_and_the_merge_still_works(tmp_path, tool) -> None:
    if shutil.which({"libreoffice": "soffice", "gnumeric": "ssconvert"}[tool]) is None:
        pytest.skip(f"{tool} is not installed (apt-get install libreoffice-calc-nogui / gnumeric)")
    project = sample()
    exported = export(project, tmp_path)
    edited = edit(exported, lambda book: set_cell(book[PLAN], "act-kyc-status", "Cost", 0.35),
                  tmp_path / "edited.xlsx")
    resaved = _resave(tool, edited, tmp_path / tool)
    base = read_base(resaved)
    assert base is not None and base.values == read_base(exported).values
    if tool == "libreoffice":  # Gnumeric's .xlsx writer shows every hidden sheet (Lists too)
        assert openpyxl.load_workbook(resaved, read_only=True)[BASE_SHEET].sheet_state == "hidden"

    next(a for a in project.actions if a.id == "act-apply-chat").owner = "Project desk"  # a newer edit
    plan = plan_import(project, resaved)
    assert plan.ok and not plan.conflicts, plan.preview()
    assert [(c.object_id, c.field, c.new) for c in plan.changes] == [("act-kyc-status", "cost", 0.35)]

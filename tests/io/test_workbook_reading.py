"""Reading a workbook's sheets: what is measured before the reader allocates, and what the
quick look at a clean sheet must not miss.

- a cell without a reference is placed by the reader after the cell before it, even an
  empty one, and in the row that follows an empty cell: the measure must place it there too,
  or a far row or column slips past the limits;
- error values and formulas written in any form XML allows (quotes, spaces, prefixes) are
  found, whether the sheet is measured cell by cell or only looked at (a kind written as a
  character reference is refused by the reader, naming the sheet);
- a reader that dies on a bomb is followed by the full measure, whose message names the sheet.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from workbook_helpers import export, sample

from journey_designer.io.sheet_safety.safety import inspect_workbook, measure_sheets
from journey_designer.io.workbook.importing import WorkbookError, plan_import

SHEET = "xl/worksheets/sheet4.xml"  # the Action Plan
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(sample(), tmp_path_factory.mktemp("reading"), "good.xlsx")


def with_rows(good: Path, target: Path, rows: str, cell: tuple[str, str] | None = None) -> Path:
    """A copy of `good` whose Action Plan has `rows` added at the end of its sheetData (and the
    cell `cell[0]` of the first data row replaced by `cell[1]`)."""
    with zipfile.ZipFile(good) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = parts[SHEET].decode().replace("</sheetData>", rows + "</sheetData>")
    if cell:
        start = xml.index(f'<c r="{cell[0]}"')
        end = xml.index("</c>", start) + 4 if xml.index(">", start) != xml.index("/>", start) + 1 else \
            xml.index("/>", start) + 2
        xml = xml[:start] + cell[1] + xml[end:]
    parts[SHEET] = xml.encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


HIDDEN_FAR = {  # a cell without a reference after an empty cell: the reader puts it far away
    "row after an empty cell": ('<row r="3000"><c r="A3000"></c></row><row r="150000"><c><v>1</v></c></row>',
                                "more than 100,000 rows"),
    "row after a styled cell": ('<row r="3000"><c r="A3000" s="1"/></row>'
                                '<row r="150000"><c><v>1</v></c></row>', "more than 100,000 rows"),
    "column after an empty cell": ('<row r="400"><c r="XFC400"/><c><v>1</v></c></row>', "columns"),
}


@pytest.mark.parametrize("variant", list(HIDDEN_FAR))
def test_a_cell_after_an_empty_cell_is_measured_where_the_reader_puts_it(good, tmp_path, variant) -> None:
    rows, says = HIDDEN_FAR[variant]
    path = with_rows(good, tmp_path / "far.xlsx", rows)
    package = inspect_workbook(path, required=())
    with pytest.raises(WorkbookError) as caught:
        measure_sheets(package, ["Action Plan"])
    assert "“Action Plan”" in str(caught.value) and says in str(caught.value)
    with pytest.raises(WorkbookError) as caught:
        plan_import(sample(), path)
    assert "“Action Plan”" in str(caught.value) and says in str(caught.value)


def test_a_cell_after_an_empty_one_is_placed_next_to_it(good, tmp_path) -> None:
    """Not refused, but measured at its place (column Z, after the empty Y)."""
    path = with_rows(good, tmp_path / "next.xlsx", '<row r="3000"><c r="Y3000"/><c><v>1</v></c></row>')
    scan = measure_sheets(inspect_workbook(path, required=()), ["Action Plan"])["Action Plan"]
    assert (scan.last_row, scan.last_column) == (3000, 26)


def _owner_cell(good: Path) -> str:
    """The Owner cell of the first action (row 2)."""
    with zipfile.ZipFile(good) as archive:
        xml = archive.read(SHEET).decode()
    row = xml[xml.index('<row r="1"'):xml.index('<row r="2"')]
    column = row[:row.index(">Owner<")].rsplit('<c r="', 1)[1].split("1", 1)[0]
    return f"{column}2"


ERROR_FORMS = {  # each an error value or a formula without a value in the first action's Owner cell
    "single quotes": "<c r='{ref}' t='e'><v>#N/A</v></c>",
    "spaces around =": '<c r="{ref}" t = "e"><v>#N/A</v></c>',
    "character reference": '<c r="{ref}" t="&#101;"><v>#N/A</v></c>',
    "hex character reference": '<c r="{ref}" t="&#x65;"><v>#N/A</v></c>',
    "prefixed formula": f'<x:c xmlns:x="{NS}" r="{{ref}}"><x:f>1/0</x:f></x:c>',
    "formula with a tab": '<c r="{ref}"><f\tca="1">1/0</f></c>',
    "shared formula": '<c r="{ref}"><f t="shared" si="0"/></c>',
}


@pytest.mark.parametrize("form", list(ERROR_FORMS))
def test_an_error_in_any_form_is_a_cell_problem(good, tmp_path, form) -> None:
    ref = _owner_cell(good)
    path = with_rows(good, tmp_path / "error.xlsx", "", (ref, ERROR_FORMS[form].format(ref=ref)))
    if "reference" in form:  # the reader knows no kind written as a reference: the sheet is refused
        with pytest.raises(WorkbookError, match="“Action Plan” could not be read"):
            plan_import(sample(), path)
        return
    plan = plan_import(sample(), path)
    found = [p for p in plan.problems if p.cell == ref]
    assert found and found[0].sheet == "Action Plan", [str(p) for p in plan.problems]
    assert "#N/A" in found[0].reason or "formula" in found[0].reason


def test_text_that_looks_like_an_error_is_read_as_text(good, tmp_path) -> None:
    """A quick look may suspect '"e"' in a cell's text; the cell still reads as its text."""
    ref = _owner_cell(good)
    cell = f'<c r="{ref}" t="inlineStr"><is><t>say "e" &lt;f&gt;</t></is></c>'
    plan = plan_import(sample(), with_rows(good, tmp_path / "text.xlsx", "", (ref, cell)))
    assert not plan.problems and [c.new for c in plan.changes] == ['say "e" <f>']


def _spy_measure(monkeypatch) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from journey_designer.io.sheet_safety import sheet_read
    measured: list[list[str]] = []
    real = sheet_read.measure_sheets

    def spy(package, names, *args, **kwargs):  # type: ignore[no-untyped-def]
        measured.append(list(names))
        return real(package, names, *args, **kwargs)
    monkeypatch.setattr(sheet_read, "measure_sheets", spy)
    return measured


def test_a_clean_workbook_is_read_without_measuring_cell_by_cell(good, monkeypatch) -> None:
    """The quick read: every sheet looked at (C speed), none parsed element by element."""
    from journey_designer.io.sheet_safety.sheet_read import read_sheets
    measured = _spy_measure(monkeypatch)
    package = inspect_workbook(good, required=())
    grids = read_sheets(package, list(package.sheets), measure=False)
    assert all(isinstance(grid, list) for grid in grids.values()) and grids["Action Plan"][0][0] == "ID"
    assert [names for names in measured if names] == []


def test_a_sheet_with_a_formula_is_measured_for_its_errors(good, tmp_path, monkeypatch) -> None:
    from journey_designer.io.sheet_safety.sheet_read import CellFault, read_sheets
    measured = _spy_measure(monkeypatch)
    ref = _owner_cell(good)
    path = with_rows(good, tmp_path / "formula.xlsx", "", (ref, f'<c r="{ref}"><f>1/0</f></c>'))
    package = inspect_workbook(path, required=())
    grid = read_sheets(package, ["Action Plan", "Journey Map"], measure=False)["Action Plan"]
    assert [names for names in measured if names] == [["Action Plan"]]
    assert isinstance(grid[1][ord(ref[0]) - 65], CellFault)  # type: ignore[index]


def test_a_sheet_read_unmeasured_is_held_to_the_limits(good, tmp_path, monkeypatch) -> None:
    """Rows and columns as the reader placed its cells: refused without measuring."""
    from journey_designer.io.sheet_safety import isolated_read
    from journey_designer.io.sheet_safety.sheet_read import Refused, read_sheets
    measured = _spy_measure(monkeypatch)
    path = with_rows(good, tmp_path / "rows.xlsx", '<row r="150000"><c r="A150000"><v>1</v></c></row>')
    found = read_sheets(inspect_workbook(path, required=()), ["Action Plan"], measure=False)["Action Plan"]
    assert isinstance(found, Refused) and "more than 100,000 rows (a cell in row 150,000)" in found.problem
    assert [names for names in measured if names] == []
    wide = with_rows(good, tmp_path / "wide.xlsx", '<row r="400"><c r="XFD400"><v>1</v></c></row>')
    found = isolated_read.run_isolated("journey_designer.io.sheet_safety.sheet_read:read_sheets",
                                       inspect_workbook(wide, required=()), ["Action Plan"], False, path=wide)
    assert "spans 16,384 columns over 400 rows" in found["Action Plan"].problem


def test_a_bomb_the_quick_reader_dies_on_is_measured_and_refused(good, tmp_path, monkeypatch) -> None:
    from journey_designer.io.sheet_safety import isolated_read
    from journey_designer.io.sheet_safety.safety import ReaderStopped
    from journey_designer.io.workbook.read_cells import read_grid
    bomb = with_rows(good, tmp_path / "far.xlsx", "<row r='1048576'><c r='XFD1048576'><v>1</v></c></row>")
    calls: list[tuple[bool, str]] = []
    real = isolated_read.run_isolated

    def spy(target, package, names, measure, **kwargs):  # type: ignore[no-untyped-def]
        try:
            result = real(target, package, names, measure, **kwargs)
        except ReaderStopped as exc:
            calls.append((measure, "stopped: " + exc.problem))
            raise
        calls.append((measure, "read"))
        return result
    monkeypatch.setattr(isolated_read, "run_isolated", spy)
    with pytest.raises(WorkbookError) as caught:
        read_grid(inspect_workbook(bomb, required=()), "Action Plan")
    assert "“Action Plan” has more than 100,000 rows" in caught.value.problem
    assert [measure for measure, _ in calls] == [False, True] and calls[0][1].startswith("stopped"), calls


def test_shared_text_past_the_limit_is_measured_and_refused(good, tmp_path) -> None:
    """150 cells showing one string of 1,000,000 characters: read within the memory limit, then
    measured (the grid cannot tell shared text from inline text) and refused."""
    from journey_designer.io.sheet_safety import isolated_read
    strings = f'<sst xmlns="{NS}" count="150" uniqueCount="1"><si><t>{"x" * 1_000_000}</t></si></sst>'
    rows = "".join(f'<row r="{r}"><c r="Z{r}" t="s"><v>0</v></c></row>' for r in range(500, 650))
    path = with_rows(good, tmp_path / "shared.xlsx", rows)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", strings)
    found = isolated_read.run_isolated("journey_designer.io.sheet_safety.sheet_read:read_sheets",
                                       inspect_workbook(path, required=()), ["Action Plan"], False, path=path)
    assert "more than 100 million characters" in found["Action Plan"].problem


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 64])
def test_the_quick_look_finds_errors_and_formulas_across_chunk_seams(monkeypatch, chunk) -> None:
    import io

    from journey_designer.io.sheet_safety import sheet_scan
    monkeypatch.setattr(sheet_scan, "CHUNK", chunk)
    suspects = [b'<s><c t="e"><v>#N/A</v></c></s>', b"<s><c t='e'/></s>", b"<s><c><f/></c></s>",
                b'<s><x:c><x:f a="1">1</x:f></x:c></s>', b"<s><c><f\n>A1</f></c></s>"]
    clean = [b'<s><c t="str"><v>e</v></c></s>', b"<s><fx/><c><v>1</v></c></s>", b"<s>&quot;e</s>"]
    for xml in suspects:
        assert sheet_scan.look(io.BytesIO(xml), "sheet.xml"), xml
    for xml in clean:
        assert not sheet_scan.look(io.BytesIO(xml), "sheet.xml"), xml
    with pytest.raises(sheet_scan.SheetRefused, match="not well-formed"):
        sheet_scan.look(io.BytesIO(b"<s><c></s>"), "sheet.xml")
    with pytest.raises(sheet_scan.SheetRefused, match="entities"):
        sheet_scan.look(io.BytesIO(b'<!DOCTYPE s [<!ENTITY a "b">]><s>&a;</s>'), "sheet.xml")

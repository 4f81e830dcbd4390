"""Fuzzed workbook XML (issue 12): quoting and whitespace variants of row and cell tags,
prefixes, far-away cells, duplicate zip entries, shared-string amplification, huge declared
dimensions and deep nesting. Every import ends in a plan or a clear refusal — never another
exception, an abort (134), exit 3, a traceback or a hang — in-process (the reader runs in a
child with a memory limit) and through the real command line under a memory limit."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from workbook_helpers import export, sample

from journey_designer.io.project_file.sqlite_store import save_project
from journey_designer.io.workbook.importing import WorkbookError, plan_import

SHEET = "xl/worksheets/sheet4.xml"  # the Action Plan
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRINGS_REL = ('<Relationship Id="rIdFuzz" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>')
STRINGS_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.sharedStrings+xml"/>')
LIMIT_SECONDS = 30
MEMORY = 2 * 2**30
_GOOD: list[bytes] = []

ROWS = st.one_of(st.integers(1, 60), st.integers(60, 2_000_000), st.sampled_from([1_048_576, 10**12]))
COLUMNS = st.one_of(st.sampled_from(["A", "B", "Z", "AA", "ZZ", "XFD", "XFE", "ZZZZ"]),
                    st.text(alphabet="ABCXYZ", min_size=1, max_size=4))
SPACE = st.sampled_from([" ", "\t", "\n", "\r\n", "  "])
QUOTE = st.sampled_from(['"', "'"])
PREFIX = st.sampled_from(["", "x:"])
VALUE = st.sampled_from(["<v>1</v>", "<v>-1e15</v>", "<v>1e308</v>", '<is><t>text</t></is>', "", "<v/>",
                         "<f>1/0</f>", "<f>1/0</f><v>#DIV/0!</v>", "<v>#N/A</v>", "<v>0</v>"])
KIND = st.sampled_from(["", "s", "e", "inlineStr", "str", "b", "n", "d"])


@st.composite
def cell(draw: st.DrawFn) -> str:
    p, q, space = draw(PREFIX), draw(QUOTE), draw(SPACE)
    ref = f"{draw(COLUMNS)}{draw(ROWS)}" if draw(st.booleans()) else ""
    attrs = (f"{space}r={q}{ref}{q}" if ref else "") + (f"{space}t={q}{k}{q}" if (k := draw(KIND)) else "")
    value = draw(VALUE).replace("<", f"<{p}").replace(f"<{p}/", f"</{p}")
    return f"<{p}c{attrs}/>" if not value else f"<{p}c{attrs}>{value}</{p}c>"


@st.composite
def sheet_rows(draw: st.DrawFn) -> str:
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        p, q, space = draw(PREFIX), draw(QUOTE), draw(SPACE)
        number = f"{space}r={q}{draw(ROWS)}{q}" if draw(st.booleans()) else ""
        cells = "".join(draw(st.lists(cell(), max_size=4)))
        depth = draw(st.sampled_from([0, 0, 0, 3, 300]))
        cells = "<nest>" * depth + cells + "</nest>" * depth
        rows.append(f"<{p}row{number}>{cells}</{p}row>" if cells or draw(st.booleans()) else
                    f"<{p}row{number}/>")
    return "".join(rows).replace("<x:", '<x:').replace("<x:row", f'<x:row xmlns:x="{NS}"', 1)


def _good(folder: Path) -> Path:
    good = folder / "good.xlsx"
    if not _GOOD:
        _GOOD.append(export(sample(), folder, "good.xlsx").read_bytes())
    good.write_bytes(_GOOD[0])
    return good


def hostile(folder: Path, rows: str, dimension: str | None, strings: tuple[int, int] | None,
            duplicate: bool) -> Path:
    """The exported Action Plan with `rows` added (and a dimension, shared strings, a duplicate)."""
    good = _good(folder)
    with zipfile.ZipFile(good) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    xml = parts[SHEET].decode().replace("</sheetData>", rows + "</sheetData>")
    if dimension:
        xml = xml.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>', 1)
    parts[SHEET] = xml.encode()
    if strings:
        count, length = strings
        parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{NS}">' + f"<si><t>{'y' * length}</t></si>" * count
                                         + "</sst>").encode()
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>", STRINGS_REL.encode() + b"</Relationships>")
        types = parts["[Content_Types].xml"]
        parts["[Content_Types].xml"] = types.replace(b"</Types>", STRINGS_TYPE.encode() + b"</Types>")
    out = folder / "fuzz.xlsx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, data in parts.items():
            archive.writestr(name, data)
        if duplicate:
            archive.writestr(SHEET, parts[SHEET] + b" ")
    return out


HOSTILE = dict(
    rows=sheet_rows(),
    dimension=st.none() | st.sampled_from(["A1:XFD1048576", "A1", "A1:ZZZZ99999999", "garbage"]),
    strings=st.none() | st.tuples(st.integers(1, 3), st.sampled_from([1, 1000, 1_000_000])),
    duplicate=st.booleans(),
    amplify=st.integers(0, 3),
)


def _amplified(rows: str, amplify: int, strings: tuple[int, int] | None) -> str:
    """Many cells showing the (perhaps long) shared string 0."""
    if not strings or not amplify:
        return rows
    count = (10, 1_000, 20_000)[amplify - 1]
    extra = (f'<row r="{r}"><c r="Y{r}" t="s"><v>0</v></c></row>' for r in range(100, 100 + count))
    return rows + "".join(extra)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(**HOSTILE)
@example(rows='<row/><row><c t="e"><is><t>text</t></is></c></row>', dimension=None, strings=None,
         duplicate=False, amplify=0)  # an error value in the ID column once escaped as CellError
def test_hostile_sheet_xml_ends_in_a_plan_or_a_clear_refusal(tmp_path_factory, rows, dimension, strings,
                                                             duplicate, amplify) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = hostile(folder, _amplified(rows, amplify, strings), dimension, strings, duplicate)
    started = time.perf_counter()
    try:
        plan_import(sample(), path)
    except WorkbookError as exc:
        assert exc.problem and "\n" not in exc.problem
    assert time.perf_counter() - started < LIMIT_SECONDS


def _cli(*args: str) -> subprocess.CompletedProcess:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    return subprocess.run([sys.executable, "-m", "journey_designer", *args], capture_output=True, text=True,
                          timeout=120, preexec_fn=limit, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(**HOSTILE)
def test_hostile_sheet_xml_through_the_command_line(tmp_path_factory, rows, dimension, strings, duplicate,
                                                     amplify) -> None:
    """The real CLI under a 2 GB memory limit: exit 0, 1 or 2 with one line, never 3 or 134."""
    folder = tmp_path_factory.mktemp("fuzzcli")
    path = hostile(folder, _amplified(rows, amplify, strings), dimension, strings, duplicate)
    project = folder / "plan.journey"
    save_project(sample(), project)
    before = project.read_bytes()
    done = _cli("import", str(project), "--xlsx", str(path), "--dry-run")
    assert done.returncode in (0, 1, 2), (done.returncode, done.stderr[-600:])
    assert "Traceback" not in done.stderr + done.stdout
    if done.returncode == 2:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert project.read_bytes() == before

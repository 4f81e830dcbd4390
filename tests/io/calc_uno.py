"""Edit workbooks in LibreOffice Calc itself, headless, through Python UNO.

Run with the system Python that has Debian's `python3-uno` (not the venv's):

    /usr/bin/python3 tests/io/calc_uno.py JOBS.json

JOBS.json is a list of jobs `{"in": path, "out": path, "ops": [...]}`; each job opens `in`
in Calc (hidden), applies the operations as a user would with the keyboard and menus, and
stores the result as `out` with Calc's own "Calc MS Excel 2007 XML" filter. Operations:

    {"op": "type", "sheet": S, "cell": "K7", "text": "2027-03-01"}   typed into the cell
                                                   (Calc parses numbers and dates, as typing does)
    {"op": "string", "sheet": S, "cell": "K7", "text": "..."}        a text cell, never parsed
    {"op": "delete_rows" | "insert_rows", "sheet": S, "index": 0-based row, "count": n}
    {"op": "insert_columns" | "delete_columns", "sheet": S, "index": 0-based column, "count": n}
    {"op": "sort", "sheet": S, "range": "A1:W40", "column": 0-based column in the range,
     "ascending": true}                            first row of the range is the header

One soffice process (own profile, own port) serves all jobs of a call. Prints "ok" per job.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]


def _prop(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_office(profile: Path) -> tuple[subprocess.Popen, object]:
    port = _free_port()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={profile.as_uri()}",
         f"--accept=socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            context = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"LibreOffice did not start (exit {office.poll()})") from None
            time.sleep(0.3)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    return office, desktop


def _apply(doc: object, op: dict) -> None:
    sheet = doc.Sheets.getByName(op["sheet"])
    kind = op["op"]
    if kind == "type":
        sheet.getCellRangeByName(op["cell"]).setFormula(op["text"])
    elif kind == "string":
        sheet.getCellRangeByName(op["cell"]).setString(op["text"])
    elif kind == "delete_rows":
        sheet.Rows.removeByIndex(op["index"], op.get("count", 1))
    elif kind == "insert_rows":
        sheet.Rows.insertByIndex(op["index"], op.get("count", 1))
    elif kind == "insert_columns":
        sheet.Columns.insertByIndex(op["index"], op.get("count", 1))
    elif kind == "delete_columns":
        sheet.Columns.removeByIndex(op["index"], op.get("count", 1))
    elif kind == "sort":
        _sort(sheet.getCellRangeByName(op["range"]), op["column"], op.get("ascending", True))
    else:
        raise SystemExit(f"unknown operation {kind!r}")


def _sort(cells: object, column: int, ascending: bool) -> None:
    field = uno.createUnoStruct("com.sun.star.table.TableSortField")
    field.Field, field.IsAscending = column, ascending
    descriptor = list(cells.createSortDescriptor())
    for prop in descriptor:
        if prop.Name == "SortFields":
            prop.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        elif prop.Name == "ContainsHeader":
            prop.Value = True
    uno.invoke(cells, "sort", (tuple(descriptor),))


def run(jobs: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        office, desktop = _start_office(Path(folder) / "profile")
        try:
            for job in jobs:
                url = Path(job["in"]).resolve().as_uri()
                doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
                if doc is None:
                    raise SystemExit(f"Calc could not open {job['in']}")
                try:
                    for op in job.get("ops", []):
                        _apply(doc, op)
                    out = Path(job["out"]).resolve()
                    doc.storeToURL(out.as_uri(), (_prop("FilterName", "Calc MS Excel 2007 XML"),
                                                  _prop("Overwrite", True)))
                finally:
                    doc.close(True)
                print("ok", flush=True)
        finally:
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 - the bridge goes away with the process
                pass
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                office.kill()


if __name__ == "__main__":
    os.environ.setdefault("SAL_USE_VCLPLUGIN", "svp")
    run(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))

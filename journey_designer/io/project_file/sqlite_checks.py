"""What a `.journey` file's tables may hold, so that the reader can trust its rows.

Any SQLite tool can write anything into any column, so the declared types mean little.
Two steps keep a hostile file from crashing the reader or exhausting memory:

1. Before reading (`check_structure`): every table is a plain table with our columns,
   none of them computed (a generated column can expand a few bytes into gigabytes)
   and none with a long DEFAULT (repeated for rows written before the column was
   added); the tables hold at most MAX_CELLS values; and SQLite itself refuses to
   read or write any text or BLOB over safe_values.MAX_TEXT_BYTES (`limit_connection`).
2. On the fetched rows (`check_columns`): each column holds only values of its type
   (text; a whole number; a finite real or whole number; NULL only in the optional
   columns of schema.OPTIONAL). The set of the rows' type signatures and one sum of
   the real numbers, at C speed; only when one fails is the culprit looked for, to
   name its table, row and column.

The writer checks its rows the same way and writes with the same limit, so a saved
file always opens again.
Problems are raised as BadCell; the caller adds the file name and its verb.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import chain
from operator import itemgetter
from typing import Any

from journey_designer import messages
from journey_designer.domain.safe_values import (
    MAX_TEXT_BYTES,
    lone_surrogate,
    text_problem,
    value_problem,
)
from journey_designer.io.project_file.schema import OPTIONAL, TABLES

# Values in all tables together: a 100,000-touchpoint project with 300,000 transitions
# and 400,000 care actions holds ~11.5 million (and loads in ~0.8 GB).
MAX_CELLS = 14_000_000
MAX_DEFAULT_CHARS = 16  # a DEFAULT is repeated for every row written before its column
_MAX_REAL = "1.7976931348623157e308"
_ALLOWED: dict[type, frozenset[type]] = {
    str: frozenset({str}), int: frozenset({int, bool}), bool: frozenset({int, bool}),
    float: frozenset({float, int}),
}
_NONE = type(None)


def _t(text: str) -> str:
    return messages.translate("ProjectFile", text)


class BadCell(Exception):
    """A table, row or cell a project file may not have: `place` and `problem` say which."""

    def __init__(self, place: str, problem: str) -> None:
        super().__init__(f"{place}: {problem}")
        self.place = place
        self.problem = problem


class TooBig(BadCell):
    """The file holds more than Journey Designer opens (not damaged: too big)."""


def cell_place(table: str, row: object, column: str) -> str:
    return _t("table {table}, row {row}, column {column}").format(
        table=table, row=row, column=column)


def limit_connection(conn: sqlite3.Connection) -> None:
    """Make SQLite refuse oversized values and untrusted schema functions while reading."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES)
    conn.execute("PRAGMA trusted_schema = OFF")


# ---------------------------------------------------------------- before reading


def check_structure(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    """Our tables are plain tables with our columns, and not too big to read."""
    cells = 0
    for table in tables:
        cells += _check_table(conn, table) * len(TABLES[table].columns)
    if cells > MAX_CELLS:
        raise TooBig(_t("its tables"), _t(
            "hold {count} values; Journey Designer opens projects of up to {limit} values "
            "(about 120,000 touchpoints with their care actions)").format(
            count=f"{cells:,}", limit=f"{MAX_CELLS:,}"))


def _check_table(conn: sqlite3.Connection, table: str) -> int:
    """Raise BadCell unless `table` is a plain table with our columns; its row count."""
    where = _t("table {table}").format(table=table)
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ? COLLATE NOCASE",
                        (table,)).fetchone()
    if kind is None:
        raise BadCell(where, _t("is missing"))
    if kind[0] != "table":
        raise BadCell(where, _t("is a {kind}, not a table").format(kind=kind[0]))
    info = {r[1]: r for r in conn.execute(f"PRAGMA table_xinfo([{table}])")}
    for column in TABLES[table].columns:
        row = info.get(column)
        if row is None:
            raise BadCell(where, _t("has no column {column}").format(column=column))
        place = _t("table {table}, column {column}").format(table=table, column=column)
        # row = (cid, name, type, notnull, default, pk, hidden); hidden 2 or 3: generated
        if row[6]:
            raise BadCell(place, _t("is computed (a generated column); project files store values"))
        if row[4] is not None and len(row[4]) > MAX_DEFAULT_CHARS:
            raise BadCell(place, _t("has a default value of {count} characters").format(
                count=f"{len(row[4]):,}"))
    return int(conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])


# ---------------------------------------------------------------- the values


def check_columns(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                  locate: Callable[[str], BadCell]) -> None:
    """Raise `locate(column)` for the first column of `rows` holding a value it may not.

    `columns` names the values of each row, in order (some or all of the table's).
    The types are checked through the set of distinct type signatures of the rows (a
    handful), which costs a fraction of fetching them.
    """
    if not rows:
        return
    allowed = [_allowed(table, column) for column in columns]
    for signature in set(map(tuple, map(_TYPES_OF, rows))):
        for column, kind, ok in zip(columns, signature, allowed, strict=True):
            if kind not in ok:
                raise locate(column)
    floats = [i for i, column in enumerate(columns) if TABLES[table].columns[column] is float]
    if not floats:
        return
    values = (map(itemgetter(floats[0]), rows) if len(floats) == 1
              else chain.from_iterable(map(itemgetter(*floats), rows)))
    if not _all_finite(values):
        for i in floats:
            if not _all_finite(map(itemgetter(i), rows)):
                raise locate(columns[i])


_TYPES_OF = partial(map, type)


def _allowed(table: str, column: str) -> frozenset[type]:
    allowed = _ALLOWED[TABLES[table].columns[column]]
    return allowed | {_NONE} if column in OPTIONAL.get(table, ()) else allowed


def _all_finite(values: Iterable[float | int | None]) -> bool:
    """No inf or NaN (None skipped): a sum is finite when every number is; only when it
    is not (it may just overflow) is each one looked at."""
    numbers = list(filter(None, values))
    try:
        return math.isfinite(sum(numbers)) or all(map(math.isfinite, numbers))
    except OverflowError:
        return False


def first_bad_in_file(conn: sqlite3.Connection, table: str, column: str) -> BadCell:
    """The first cell of `table`.`column` holding a value it may not, by rowid (SQL, slow)."""
    kind = TABLES[table].columns[column]
    c = f"[{column}]"
    if kind is str:
        ok = f"typeof({c}) = 'text'"
    elif kind is float:
        ok = (f"(typeof({c}) = 'integer' OR (typeof({c}) = 'real' "
              f"AND {c} BETWEEN -{_MAX_REAL} AND {_MAX_REAL}))")
    else:
        ok = f"typeof({c}) = 'integer'"
    if column in OPTIONAL.get(table, ()):
        ok = f"({c} IS NULL OR {ok})"
    row = conn.execute(f"SELECT rowid, typeof({c}) FROM [{table}] WHERE NOT {ok} LIMIT 1").fetchone()
    if row is None:  # cannot happen: the Python check saw it; still name the column
        return BadCell(_t("table {table}, column {column}").format(table=table, column=column),
                       _t("holds a value of the wrong kind"))
    rowid, stored = row
    problem = (_t("an infinite number") if stored == "real" and kind is float
               else _wrong_kind(stored, kind))
    return BadCell(cell_place(table, rowid, column), problem)


def first_too_big_in_file(conn: sqlite3.Connection, tables: Iterable[str]) -> BadCell | None:
    """The first cell over MAX_TEXT_BYTES (after SQLite refused to read it: slow)."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 2**31 - 1)  # stored cells: bounded by the file
    try:
        for table in tables:
            for column in TABLES[table].columns:
                c = f"length(CAST([{column}] AS BLOB))"
                found = conn.execute(f"SELECT rowid, {c} FROM [{table}] WHERE {c} > ? LIMIT 1",
                                     (MAX_TEXT_BYTES,)).fetchone()
                if found:
                    return BadCell(cell_place(table, found[0], column), _too_big(found[1]))
    finally:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES)
    return None


_STORED_OF = {_NONE: "null", bytes: "blob", str: "text", float: "real", int: "integer",
              bool: "integer"}


def first_bad_in_rows(table: str, rows: Sequence[Sequence[Any]], column: str) -> BadCell:
    """The first value of `column` in `rows` (about to be written) it may not hold."""
    index = list(TABLES[table].columns).index(column)
    kind = TABLES[table].columns[column]
    allowed = _allowed(table, column)
    for number, row in enumerate(rows):
        value = row[index]
        if type(value) not in allowed:
            problem: str | None = _wrong_kind(_STORED_OF.get(type(value), "other"), kind)
        else:  # inf, NaN, or a whole number too big to sum as a real one
            problem = None if isinstance(value, str) else value_problem(value)
        if problem:
            return BadCell(cell_place(table, _rowid(table, rows, number), column), problem)
    return BadCell(_t("table {table}, column {column}").format(table=table, column=column),
                   _t("holds a value of the wrong kind"))


def first_unstorable_in_rows(rows: dict[str, list[tuple[Any, ...]]]) -> BadCell:
    """Why SQLite refused to store `rows`: the first value no file can hold (slow)."""
    for table, table_rows in rows.items():
        columns = list(TABLES[table].columns)
        for number, row in enumerate(table_rows):
            size = 0
            for column, value in zip(columns, row, strict=True):
                problem = value_problem(value) if not isinstance(value, str) else (
                    text_problem(value) if lone_surrogate(value) is not None else None)
                if isinstance(value, str) and not problem and len(value) > MAX_TEXT_BYTES // 4:
                    size += len(value.encode("utf-8"))
                    if len(value.encode("utf-8")) > MAX_TEXT_BYTES:
                        problem = _too_big(len(value.encode("utf-8")))
                if problem:
                    return BadCell(cell_place(table, _rowid(table, table_rows, number), column),
                                   problem)
            if size > MAX_TEXT_BYTES:
                return BadCell(_t("table {table}, row {row}").format(
                    table=table, row=_rowid(table, table_rows, number)), _t(
                    "its values together take more than {limit} bytes").format(
                    limit=f"{MAX_TEXT_BYTES:,}"))
    return BadCell(_t("the project"), _t("holds a value no file can store"))


def _rowid(table: str, rows: Sequence[Sequence[Any]], number: int) -> object:
    """The rowid the `number`th of `rows` gets in a new file."""
    return rows[number][0] if TABLES[table].pk == "position" else number + 1


def _too_big(size: int) -> str:
    return _t("text of {count} bytes (the most a value may take is {limit})").format(
        count=f"{size:,}", limit=f"{MAX_TEXT_BYTES:,}")


def _wrong_kind(stored: str, kind: type) -> str:
    held = {"null": _t("no value"), "blob": _t("binary data"), "text": _t("text"),
            "real": _t("a real number"), "integer": _t("a whole number")}.get(
        stored, _t("a value of another kind"))
    expected = {str: _t("text"), int: _t("a whole number"), bool: _t("a whole number"),
                float: _t("a number")}[kind]
    return _t("{held} where {expected} is expected").format(held=held, expected=expected)


def locate_undecodable(conn: sqlite3.Connection, tables: Iterable[str]) -> BadCell | None:
    """The first text cell that is not valid UTF-8 (slow: only after a decoding error);
    None when it is not a cell (a damaged table or column name)."""
    old_factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table in tables:
            for column, kind in TABLES[table].columns.items():
                if kind is str:
                    bad = _undecodable_in(conn, table, column)
                    if bad:
                        return bad
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.text_factory = old_factory
    return None


def _undecodable_in(conn: sqlite3.Connection, table: str, column: str) -> BadCell | None:
    for rowid, value in conn.execute(
            f"SELECT rowid, [{column}] FROM [{table}] WHERE typeof([{column}]) = 'text'"):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError as exc:
            return BadCell(cell_place(table, rowid, column), _t(
                "text that is not valid UTF-8 (byte {index})").format(index=exc.start + 1))
    return None

"""Read customer transactions (CSV, whitespace text, workbooks) for deriving tiers.

    tx = read_transactions(["2010-12-01.csv", "2010-12-02.csv"], progress=callback)
    tx.customers, tx.customer_index, tx.dates, tx.amounts   # one entry per kept row
    tx.cleaning.summary()                                    # what was skipped, and why

Columns are found by header name (a ``ColumnMapping`` overrides any of them); the amount
is an amount column or Quantity × UnitPrice. Rows are cleaned as a care manager expects;
skipped, each counted under the first reason that applies: rows without a customer id,
cancellations (invoice "C" + digits), negative quantities/prices/amounts, zero unit prices.
Zero *amounts* are kept: a free or promotional purchase is still a purchase.
Reading the files into tables of rows (CSV, whitespace text, workbooks) is in ``tables``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from os import PathLike
from pathlib import Path

import numpy as np

from journey_designer import messages
from journey_designer.domain.errors import ProjectFileError
from journey_designer.io.customer_data.tables import HEADER_SEARCH_ROWS, Table, expand, load_tables

Progress = Callable[[int, int | None], bool]
CHUNK = 10_000
REASONS = ("no_customer", "cancelled", "negative", "zero_price")
SYNONYMS: dict[str, tuple[str, ...]] = {  # header names after _norm(): no case, spaces, _ - .
    "customer": ("customer", "customerid", "customerno", "customernumber", "custid", "clientid",
                 "client", "memberid", "member", "userid", "buyer", "客户", "客户id", "客户编号",
                 "客户号", "会员", "会员id", "会员号", "会员编号", "顾客", "顾客id", "用户id", "id"),
    "date": ("date", "invoicedate", "orderdate", "purchasedate", "transactiondate", "datetime",
             "timestamp", "日期", "交易日期", "订单日期", "下单日期", "购买日期", "下单时间", "交易时间"),
    "amount": ("amount", "value", "dollarvalue", "sales", "revenue", "total", "totalamount", "spend",
               "monetary", "金额", "消费金额", "交易金额", "订单金额", "实付金额", "销售额", "总价"),
    "quantity": ("quantity", "qty", "units", "数量", "件数"),
    "unit_price": ("unitprice", "price", "单价", "价格"),
    "invoice": ("invoiceno", "invoice", "invoicenumber", "invoiceid", "orderid", "orderno",
                "ordernumber", "order", "transactionid", "订单号", "订单编号", "单号", "发票号"),
}
_MISSING = {"", "nan", "none", "null", "n/a", "na", "-", "#n/a"}
_FLOAT_ID = re.compile(r"^(\d+)\.0+$")
_CANCELLED = re.compile(r"\s*[Cc]\d")
_EPOCH = date(1970, 1, 1).toordinal()
_EXCEL_EPOCH = date(1899, 12, 30).toordinal() - _EPOCH


def _t(text: str) -> str:
    return messages.translate("Transactions", text)


class Cancelled(Exception):  # noqa: N818 - the user's choice, not an error to report
    """The progress callback returned False: the read stopped and returned nothing."""


@dataclass(frozen=True)
class ColumnMapping:
    """Header names of the columns used; None means "find it by name" (or "not present")."""

    customer: str | None = None
    date: str | None = None
    amount: str | None = None
    quantity: str | None = None
    unit_price: str | None = None
    invoice: str | None = None


@dataclass(frozen=True)
class Cleaning:
    """Data rows read and kept, and the rows skipped for each reason (each row counted once)."""

    rows: int = 0
    kept: int = 0
    no_customer: int = 0
    cancelled: int = 0
    negative: int = 0
    zero_price: int = 0

    @property
    def skipped(self) -> int:
        return self.rows - self.kept

    def summary(self) -> str:
        """One sentence for the user, e.g. "42,481 rows read, 26,157 kept; skipped: ..."."""
        reasons = [(self.no_customer, _t("{count} without a customer id")),
                   (self.cancelled, _t("{count} cancellations")),
                   (self.negative, _t("{count} negative quantity or amount")),
                   (self.zero_price, _t("{count} zero price"))]
        text = _t(", ").join(why.format(count=f"{n:,}") for n, why in reasons if n)
        read = _t("{rows} rows read, {kept} kept").format(rows=f"{self.rows:,}", kept=f"{self.kept:,}")
        return read + (_t("; skipped: {reasons}").format(reasons=text) if text else "")


@dataclass(frozen=True, eq=False)
class Transactions:
    """Cleaned purchases as parallel read-only arrays, one entry per kept row."""

    files: tuple[str, ...]
    customers: tuple[str, ...]  # distinct customer ids, sorted as text
    customer_index: np.ndarray  # int64: position in `customers` of each row's customer
    dates: np.ndarray  # datetime64[D]: the purchase day (time of day dropped)
    amounts: np.ndarray  # float64: the amount, or quantity × unit price
    cleaning: Cleaning
    columns: tuple[ColumnMapping, ...]  # the columns used, one mapping per file
    notes: tuple[str, ...] = ()  # assumptions the user may want to check (date order)

    def __len__(self) -> int:
        return len(self.amounts)

    @property
    def revenue(self) -> float:
        return float(self.amounts.sum())

    def rows(self) -> Iterator[tuple[str, date, float]]:
        """(customer_id, date, amount) for each kept row."""
        index, days, amounts = self.customer_index.tolist(), self.dates.tolist(), self.amounts.tolist()
        for i, day, amount in zip(index, days, amounts, strict=True):
            yield self.customers[i], day, amount


@dataclass(frozen=True)
class Preview:
    """The top of a file for a column-mapping dialog: header, first rows, columns found."""

    header: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    columns: ColumnMapping  # what was recognised; roles not found are None
    complete: bool  # customer, date and amount (or quantity and price) were all found
    sheet: str | None = None



@dataclass
class _Kept:
    ids: list[str] = field(default_factory=list)
    days: list[np.ndarray] = field(default_factory=list)
    amounts: list[np.ndarray] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REASONS, 0))


def read_transactions(paths: str | PathLike | Sequence[str | PathLike],
                      columns: ColumnMapping | None = None, *, day_first: bool | None = None,
                      sheet: str | None = None, progress: Progress | None = None) -> Transactions:
    """Read and clean one or more transaction files (or folders of them) as one data set.

    `day_first` forces the order of numeric dates like 03/04/2011 (guessed otherwise);
    `sheet` picks a workbook's sheet (else the first with recognisable columns).
    `progress(done_rows, total_rows)` is called about every 10,000 rows; returning False stops
    the read (raises Cancelled). Bad input raises ProjectFileError naming file, row and column.
    """
    files, ticker = expand(paths), _Ticker(progress)
    loaded = []
    for path in files:
        loaded.append(_pick_table(path, columns, sheet))
        ticker.advance(0)
    ticker.total = sum(len(table.rows) - 1 - at for table, at, _ in loaded)
    kept = _Kept()
    notes: list[str] = []
    for table, at, cols in loaded:
        _read_table(table, at, cols, day_first, ticker, kept, notes)
    return _combine(files, kept, tuple(_mapping(t, at, cols) for t, at, cols in loaded), notes)


def peek(path: str | PathLike, columns: ColumnMapping | None = None, rows: int = 10) -> Preview:
    """What `read_transactions` would see in a file, for the user to check or correct."""
    tables = list(load_tables(Path(path), None))
    for table in tables:
        if found := _find_header(table, columns):
            at, cols = found
            break
    else:
        table = next((t for t in tables if t.rows), tables[0] if tables else Table(Path(path), [], []))
        at, cols = 0, find_columns([_text(c) for c in table.rows[0]] if table.rows else [], columns)
    header = tuple(_text(c) for c in table.rows[at]) if table.rows else ()
    body = tuple(tuple(r) for r in table.rows[at + 1:at + 1 + rows])
    return Preview(header, body, _mapping(table, at, cols), _complete(cols), table.sheet)


def find_columns(header: Sequence[str], override: ColumnMapping | None = None) -> dict[str, int]:
    """Column index per role ("customer", "date", "amount"...) found in a header row."""
    names = [_norm(h) for h in header]
    found: dict[str, int] = {}
    for role in SYNONYMS:  # the caller's choices first: detection must not take their columns
        wanted = getattr(override, role) if override else None
        if wanted and _norm(wanted) in names:
            found[role] = names.index(_norm(wanted))
    for role, synonyms in SYNONYMS.items():
        if role not in found and not (override and getattr(override, role)):
            free = [s for s in synonyms if s in names and names.index(s) not in found.values()]
            if free:
                found[role] = names.index(free[0])
    return found


def _norm(name: object) -> str:
    return re.sub(r"[\s_\-.()（）]+", "", str(name)).casefold()


def _text(cell: object) -> str:
    return _clean_id(cell) if isinstance(cell, float) else str(cell).strip()


def _complete(cols: dict[str, int]) -> bool:
    money = "amount" in cols or ("quantity" in cols and "unit_price" in cols)
    return "customer" in cols and "date" in cols and money


def _mapping(table: Table, at: int, cols: dict[str, int]) -> ColumnMapping:
    header = table.rows[at] if table.rows else []
    return ColumnMapping(**{role: _text(header[i]) for role, i in cols.items()})


class _Ticker:
    def __init__(self, callback: Progress | None) -> None:
        self.callback, self.done = callback, 0
        self.total: int | None = None

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise Cancelled(_t("stopped after {rows} rows").format(rows=f"{self.done:,}"))


# --- finding the table -------------------------------------------------------------------


def _pick_table(path: Path, override: ColumnMapping | None,
                sheet: str | None) -> tuple[Table, int, dict[str, int]]:
    """The table (sheet) to read, the index of its header row and the columns found."""
    problems = []
    for table in load_tables(path, sheet):
        if found := _find_header(table, override):
            return table, *found
        problems.append((not table.rows, _header_problem(table, override)))
    if not problems:
        raise ProjectFileError(path, _t("the workbook has no sheets"))
    if len(problems) > 1 and all(empty for empty, _ in problems):
        raise ProjectFileError(path, _t("all {count} sheets of the workbook are empty").format(
            count=len(problems)))
    problem = min(problems)[1]  # rather about a sheet with something in it than an empty one
    raise ProjectFileError(path, problem + (_t(" (nor has any other sheet)") if len(problems) > 1 else ""))


def _find_header(table: Table, override: ColumnMapping | None) -> tuple[int, dict[str, int]] | None:
    """The first of the top rows that names the customer, date and amount columns."""
    for at, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        cols = find_columns([_text(c) for c in row], override)
        if _complete(cols):
            return at, cols
    return None


def _header_problem(table: Table, override: ColumnMapping | None) -> str:
    """What is missing from the table's first row, in words a user can act on."""
    where = _t("sheet {sheet}: ").format(sheet=repr(table.sheet)) if table.sheet is not None else ""
    if not table.rows:
        return where + (_t("the sheet is empty") if where else _t("the file is empty"))
    row = [_text(c) for c in table.rows[0]]
    cols = find_columns(row, override)
    shown = ", ".join(repr(_short(h)) for h in row[:12]) + (", ..." if len(row) > 12 else "")
    missing = {"customer": _t("no customer id column (name it customer, customer_id, CustomerID or 客户, "
                              "or choose the columns); the header (row {row}) has {header}"),
               "date": _t("no date column (name it date, InvoiceDate or 日期, or choose the columns); "
                          "the header (row {row}) has {header}"),
               "amount": _t("no amount column (name it amount, value, dollar_value or 金额 (or Quantity "
                            "and UnitPrice), or choose the columns); the header (row {row}) has {header}")}
    for role in ("customer", "date", "amount"):
        wanted = getattr(override, role) if override else None
        if wanted and role not in cols:
            return where + _t("column {column} is not in the header (row {row}: {header})").format(
                column=repr(wanted), row=table.lines[0], header=shown)
        if role not in cols and (role != "amount" or not {"quantity", "unit_price"} <= cols.keys()):
            return where + missing[role].format(row=table.lines[0], header=shown)
    return where + _t("no usable header")


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- cleaning rows -----------------------------------------------------------------------

def _read_table(table: Table, at: int, cols: dict[str, int], day_first: bool | None,
                ticker: _Ticker, kept: _Kept, notes: list[str]) -> None:
    rows, lines = table.rows[at + 1:], table.lines[at + 1:]
    header = [_text(c) for c in table.rows[at]]
    if not rows:
        raise ProjectFileError(table.path, _t("no data rows under the header ({place})").format(
            place=table.at(table.lines[at])))
    last = max(cols.values())
    if min(map(len, rows)) <= last:
        i = next(i for i, r in enumerate(rows) if len(r) <= last)
        raise ProjectFileError(table.path, _t(
            "{place} has {count} values: column {column} is missing (the header has {expected})").format(
            place=table.at(lines[i]), count=len(rows[i]), column=repr(header[last]), expected=len(header)))
    if day_first is None:
        day_first = _guess_day_first(table, {r[cols["date"]] for r in rows}, notes)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        _clean_chunk(table, header, chunk, lines[start:start + CHUNK], cols, day_first, kept)
        ticker.advance(len(chunk))


def _clean_chunk(table: Table, header: list[str], rows: list[list], lines: list[int],
                 cols: dict[str, int], day_first: bool, kept: _Kept) -> None:
    """Add the chunk's kept rows to `kept` and count the skipped ones by reason."""
    raw_ids = [r[cols["customer"]] for r in rows]
    id_of = {v: _clean_id(v) for v in set(raw_ids)}
    ids = [id_of[v] for v in raw_ids]
    skip = _skip(np.fromiter((not i for i in ids), bool, len(ids)), None, kept, "no_customer")
    if "invoice" in cols:
        invoices = [r[cols["invoice"]] for r in rows]
        cancels = {v for v in set(invoices) if _CANCELLED.match(str(v))}
        skip = _skip(np.fromiter((v in cancels for v in invoices), bool, len(rows)), skip, kept, "cancelled")
    num = {role: _numbers(table, header, rows, lines, cols[role], skip)
           for role in ("amount", "quantity", "unit_price") if role in cols}
    skip = _skip(np.logical_or.reduce([v < 0 for v in num.values()]), skip, kept, "negative")
    if "unit_price" in num:
        skip = _skip(num["unit_price"] == 0, skip, kept, "zero_price")
    keep = np.flatnonzero(~skip)
    amounts = num["amount"] if "amount" in num else num["quantity"] * num["unit_price"]
    kept.amounts.append(amounts[keep])
    kept.days.append(_days(table, header[cols["date"]], [rows[i][cols["date"]] for i in keep],
                           [lines[i] for i in keep], day_first))
    kept.ids.extend(ids[i] for i in keep.tolist())


def _skip(reason: np.ndarray, skip: np.ndarray | None, kept: _Kept, name: str) -> np.ndarray:
    """Count the rows `reason` skips that no earlier reason did; the new skip mask."""
    fresh = reason if skip is None else reason & ~skip
    kept.skipped[name] += int(fresh.sum())
    return reason if skip is None else skip | reason


def _clean_id(value: object) -> str:
    """Customer id as text: '17850.0' and 17850.0 become '17850'; leading zeros are kept."""
    if isinstance(value, float):
        return "" if value != value else (str(int(value)) if value.is_integer() else repr(value))
    text = str(value).strip() if value is not None else ""
    if text.casefold() in _MISSING:
        return ""
    return _FLOAT_ID.sub(r"\1", text) if "." in text else text


def _numbers(table: Table, header: list[str], rows: list[list], lines: list[int], col: int,
             skip: np.ndarray) -> np.ndarray:
    """The column as floats; a value that is not a number in a row still kept is an error."""
    raw = [r[col] for r in rows]
    try:
        values = np.array(raw, dtype=np.float64)
    except (ValueError, TypeError):
        parsed = {v: _to_float(v, table.decimal_comma) for v in set(raw)}
        values = np.array([parsed[v] for v in raw], dtype=np.float64)
    bad = np.flatnonzero(~np.isfinite(values) & ~skip)
    if len(bad):
        value = raw[bad[0]]
        what = (_t("{place}: column {column} has no value") if str(value).strip() == ""
                else _t("{place}: column {column} {value} is not a number"))
        raise ProjectFileError(table.path, what.format(place=table.at(lines[bad[0]]),
                                                       column=repr(header[col]), value=repr(value)))
    return values


def _to_float(value: object, decimal_comma: bool) -> float:
    """Numbers as people type them: '£1,234.50', '1.234,50', '12,5' (in ';' files), '(3.00)'."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return float("nan")
    if not isinstance(value, str):
        return float(value)
    text = re.sub(r"[\s\u00a0'£$€¥￥]", "", value)
    sign = -1.0 if text.startswith("(") and text.endswith(")") else 1.0
    text = text.strip("()")
    if "," in text:  # with both marks the last one is the decimal point
        comma = text.rfind(",") > text.rfind(".") if "." in text else decimal_comma
        text = text.replace(".", "").replace(",", ".") if comma else text.replace(",", "")
    try:
        return sign * float(text)
    except ValueError:
        return float("nan")


# --- dates -------------------------------------------------------------------------------

_YMD = re.compile(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)")
_DMY = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?!\d)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:\.0*)?(?:\s|$)")
_SERIAL = re.compile(r"\s*\d{5}(?:\.\d*)?\s*$")


def _guess_day_first(table: Table, values: set, notes: list[str]) -> bool:
    """Order of numeric dates like 03/04/2011: shown by a part above 12, else assumed."""
    found = [m for v in values if isinstance(v, str) and (m := _DMY.match(v))]
    if any(int(m[1]) > 12 for m in found):
        return True
    if not found or any(int(m[3]) > 12 for m in found):
        return False
    dotted = all(m[2] == "." for m in found)  # 03.04.2011 is day first wherever it is written
    order = _t("day.month.year") if dotted else _t("month/day/year")
    notes.append(_t("{file}: dates such as {example} read as {order} (no day above 12 shows the order); "
                    "choose the date order to change this").format(
        file=table.path.name, example=found[0][0].strip(), order=order))
    return dotted


def _days(table: Table, column: str, values: list, lines: list[int], day_first: bool) -> np.ndarray:
    """Days since 1970-01-01 of each value; an unreadable date is an error naming its row."""
    day_of = {v: _parse_date(v, day_first) for v in set(values)}
    if None in day_of.values():
        line, value = next((n, v) for v, n in zip(values, lines, strict=True) if day_of[v] is None)
        raise ProjectFileError(table.path, _t(
            "{place}: column {column}: {value} is not a date (expected e.g. 2010-12-01, 20101201 or "
            "1/12/2010)").format(place=table.at(line), column=repr(column), value=repr(value)))
    return np.fromiter((day_of[v] for v in values), np.int64, len(values))


def _parse_date(value: object, day_first: bool) -> int | None:
    if isinstance(value, date):  # datetime is a date too
        return value.toordinal() - _EPOCH
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = f"{value:.0f}" if float(value).is_integer() else str(value)
    if not isinstance(value, str):
        return None
    try:
        if m := _COMPACT.match(value) or _YMD.match(value):
            return date(int(m[1]), int(m[2]), int(m[3])).toordinal() - _EPOCH
        if m := _DMY.match(value):
            day, month = (m[1], m[3]) if day_first else (m[3], m[1])
            return date(int(m[4]), int(month), int(day)).toordinal() - _EPOCH
        if _SERIAL.match(value):  # an Excel day number in a cell not formatted as a date
            return int(float(value)) + _EXCEL_EPOCH
    except ValueError:
        return None
    return None


def _combine(files: list[Path], kept: _Kept, columns: tuple[ColumnMapping, ...],
             notes: list[str]) -> Transactions:
    cleaning = Cleaning(len(kept.ids) + sum(kept.skipped.values()), len(kept.ids), **kept.skipped)
    if not kept.ids:
        raise ProjectFileError(files[0] if len(files) == 1 else _t("{count} files").format(count=len(files)),
                               _t("no transactions left: {summary}").format(summary=cleaning.summary()))
    customers = sorted(set(kept.ids))
    position = {c: i for i, c in enumerate(customers)}
    index = np.fromiter(map(position.__getitem__, kept.ids), np.int64, len(kept.ids))
    days = np.concatenate(kept.days).astype("datetime64[D]")
    amounts = np.concatenate(kept.amounts)
    for array in (index, days, amounts):
        array.setflags(write=False)
    return Transactions(tuple(str(f) for f in files), tuple(customers), index, days, amounts,
                        cleaning, columns, tuple(notes))

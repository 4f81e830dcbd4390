"""Read customer transactions (CSV, whitespace text, workbooks) for deriving tiers.

    tx = read_transactions(["2010-12-01.csv", "2010-12-02.csv"], progress=callback)
    tx.customers, tx.customer_index, tx.dates, tx.amounts   # one entry per kept row
    tx.cleaning.summary()                                    # what was skipped, and why

Columns are found by header name (``ColumnMapping`` overrides any of them); the amount
is an amount column or Quantity × UnitPrice. Rows are cleaned as a care manager expects:
skipped, in this order of precedence, are rows without a customer id, cancellations
(invoice numbers "C" + digit), negative quantities/prices/amounts and zero unit prices.
Zero *amounts* are kept (free or promotional purchases still count as purchases).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from os import PathLike
from pathlib import Path

import numpy as np

from journey_designer.domain.errors import ProjectFileError

Progress = Callable[[int, int | None], bool]
CHUNK = 10_000
HEADER_SEARCH_ROWS = 20
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TABLE_SUFFIXES = {".csv", ".txt", ".tsv", *WORKBOOK_SUFFIXES}
_EPOCH = date(1970, 1, 1).toordinal()
_EXCEL_EPOCH = date(1899, 12, 30).toordinal() - _EPOCH
_FLOAT_ID = re.compile(r"^(\d+)\.0+$")
_MISSING = {"", "nan", "none", "null", "n/a", "na", "-", "#n/a"}
SYNONYMS: dict[str, tuple[str, ...]] = {
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


class Cancelled(Exception):  # noqa: N818 - the user's choice, not an error to report
    """The progress callback returned False: the read stopped and nothing was returned."""


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
        reasons = [(self.no_customer, "without a customer id"), (self.cancelled, "cancellations"),
                   (self.negative, "negative quantity or amount"), (self.zero_price, "zero price")]
        text = ", ".join(f"{n:,} {why}" for n, why in reasons if n)
        return f"{self.rows:,} rows read, {self.kept:,} kept" + (f"; skipped: {text}" if text else "")


@dataclass(frozen=True, eq=False)
class Transactions:
    """Cleaned purchases as parallel read-only arrays, one entry per kept row."""

    files: tuple[str, ...]
    customers: tuple[str, ...]  # distinct customer ids, sorted
    customer_index: np.ndarray  # int64: position in `customers` of each row's customer
    dates: np.ndarray  # datetime64[D]: purchase day (time of day dropped)
    amounts: np.ndarray  # float64: amount, or quantity × unit price
    cleaning: Cleaning
    columns: tuple[ColumnMapping, ...]  # the columns used, one mapping per file
    notes: tuple[str, ...] = ()  # assumptions the user may want to check (date order...)

    def __len__(self) -> int:
        return len(self.amounts)

    @property
    def revenue(self) -> float:
        return float(self.amounts.sum())

    def rows(self) -> Iterator[tuple[str, date, float]]:
        """(customer_id, date, amount) for each kept row."""
        for i, d, a in zip(self.customer_index.tolist(), self.dates.tolist(), self.amounts.tolist(),
                           strict=True):
            yield self.customers[i], d, a


@dataclass
class _Table:
    path: Path
    rows: list[list]  # non-blank rows, header included
    lines: list[int]  # 1-based row (line) number in the file of each entry of `rows`
    decimal_comma: bool = False
    where: str = ""  # "sheet 'X'" for workbooks


@dataclass
class _Part:
    ids: list[str]
    days: list[np.ndarray]
    amounts: list[np.ndarray]
    counts: dict[str, int]


def read_transactions(paths: str | PathLike | Sequence[str | PathLike],
                      columns: ColumnMapping | None = None, *, day_first: bool | None = None,
                      sheet: str | None = None, progress: Progress | None = None) -> Transactions:
    """Read and clean one or more transaction files into one set of transactions.

    `day_first` forces the order of numeric dates like 03/04/2011 (guessed otherwise);
    `sheet` picks a workbook's sheet (else the first with recognisable columns).
    `progress(done_rows, total_rows)` is called about every 10,000 rows; return False to stop
    (raises Cancelled). Bad input raises ProjectFileError naming the file, row and column.
    """
    files = _expand(paths)
    ticker = _Ticker(progress)
    loaded = []
    for path in files:
        loaded.append(_pick_table(path, columns, sheet))
        ticker.advance(0)
    ticker.total = sum(len(t.rows) - 1 - at for t, at, _ in loaded)
    parts, notes = [], []
    for table, header_at, cols in loaded:
        parts.append(_read_table(table, header_at, cols, day_first, ticker, notes))
    return _combine(files, parts, tuple(_mapping(t, h, c) for t, h, c in loaded), notes)


def peek(path: str | PathLike, columns: ColumnMapping | None = None,
         rows: int = 10) -> tuple[list[str], list[list[object]], ColumnMapping]:
    """Header, first data rows and the columns recognised so far, for a column-mapping dialog."""
    first = None
    for table in _load_tables(Path(path), None):
        at, cols = _find_header(table, columns) or (0, None)
        if cols is not None or first is None:
            cols = cols or find_columns([_text(c) for c in table.rows[0]] if table.rows else [], columns)
            header = [_text(c) for c in table.rows[at]] if table.rows else []
            first = header, table.rows[at + 1:at + 1 + rows], _mapping(table, at, cols)
            if _complete(cols):
                break
    return first or ([], [], ColumnMapping())


def _expand(paths: str | PathLike | Sequence[str | PathLike]) -> list[Path]:
    """The files to read; a folder stands for the tables in it (.csv, .txt, .xlsx...)."""
    given = [Path(paths)] if isinstance(paths, str | PathLike) else [Path(p) for p in paths]
    files = []
    for path in given:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in TABLE_SUFFIXES)
            if not inside:
                raise ProjectFileError(path, "the folder has no .csv, .txt or workbook files")
            files.extend(inside)
        else:
            files.append(path)
    if not files:
        raise ProjectFileError("", "no transaction file given")
    return files


def find_columns(header: Sequence[str], override: ColumnMapping | None = None) -> dict[str, int]:
    """Column index per role ("customer", "date", "amount"...) found in a header row."""
    names = [_norm(h) for h in header]
    found: dict[str, int] = {}
    for role, synonyms in SYNONYMS.items():
        wanted = getattr(override, role, None) if override else None
        if wanted:
            if _norm(wanted) in names:
                found[role] = names.index(_norm(wanted))
            continue
        for synonym in synonyms:
            if synonym in names and names.index(synonym) not in found.values():
                found[role] = names.index(synonym)
                break
    return found


def _norm(name: object) -> str:
    return re.sub(r"[\s_\-.()（）]+", "", str(name)).casefold()


def _text(cell: object) -> str:
    return _clean_id(cell) if isinstance(cell, float) else str(cell).strip()


def _complete(cols: dict[str, int]) -> bool:
    money = "amount" in cols or ("quantity" in cols and "unit_price" in cols)
    return "customer" in cols and "date" in cols and money


def _mapping(table: _Table, header_at: int, cols: dict[str, int]) -> ColumnMapping:
    header = table.rows[header_at] if table.rows else []
    return ColumnMapping(**{role: _text(header[i]) for role, i in cols.items()})


class _Ticker:
    def __init__(self, callback: Progress | None) -> None:
        self.callback, self.done, self.total = callback, 0, None

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise Cancelled(f"stopped after {self.done:,} rows")


# --- loading files -----------------------------------------------------------------------

def _pick_table(path: Path, override: ColumnMapping | None,
                sheet: str | None) -> tuple[_Table, int, dict[str, int]]:
    """The table (sheet) to read, the index of its header row and the columns found."""
    problems = []
    for table in _load_tables(path, sheet):
        if found := _find_header(table, override):
            return table, *found
        problems.append(_header_problem(table, override))
    if not problems:
        raise ProjectFileError(path, "the workbook has no sheets")
    more = f" (no other sheet has them either: {len(problems) - 1} more)" if len(problems) > 1 else ""
    raise ProjectFileError(path, problems[0] + more)


def _find_header(table: _Table, override: ColumnMapping | None) -> tuple[int, dict[str, int]] | None:
    """The first of the top rows that names the customer, date and amount columns."""
    for at, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        cols = find_columns([_text(c) for c in row], override)
        if _complete(cols):
            return at, cols
    return None


def _header_problem(table: _Table, override: ColumnMapping | None) -> str:
    """What is missing from the table's first row, in words a user can act on."""
    where = f"{table.where}: " if table.where else ""
    if not table.rows:
        return f"{where}no rows: the file is empty or not a table"
    row = [_text(c) for c in table.rows[0]]
    cols = find_columns(row, override)
    shown = ", ".join(repr(h) for h in row[:12]) + (", ..." if len(row) > 12 else "")
    for role in ("customer", "date"):
        if role not in cols:
            wanted = getattr(override, role, None) if override else None
            what = (f"column {wanted!r} is not in the header" if wanted else
                    f"no {role} column (name it {', '.join(SYNONYMS[role][:4])}...)")
            return f"{where}{what}; the header (row {table.lines[0]}) has {shown}"
    return (f"{where}no amount column (amount, value, dollar_value, 金额...) and no Quantity and "
            f"UnitPrice pair; the header (row {table.lines[0]}) has {shown}")


def _load_tables(path: Path, sheet: str | None) -> Iterator[_Table]:
    try:
        with path.open("rb") as f:
            magic = f.read(8)
    except OSError as e:
        raise ProjectFileError(path, f"cannot open the file: {e.strerror or e}") from e
    is_zip_or_ole = magic.startswith(b"PK\x03\x04") or magic.startswith(b"\xd0\xcf\x11\xe0")
    if is_zip_or_ole or path.suffix.lower() in WORKBOOK_SUFFIXES:
        yield from _workbook_tables(path, sheet)
    else:
        yield _text_table(path)


def _workbook_tables(path: Path, sheet: str | None) -> Iterator[_Table]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
        names = [sheet] if sheet is not None else list(book.sheet_names)
        for name in names:
            if name not in book.sheet_names:
                raise ProjectFileError(path, f"no sheet {name!r}; the sheets are {book.sheet_names}")
            data = book.get_sheet_by_name(name)
            values, first = data.to_python(skip_empty_area=True), (data.start or (0, 0))[0] + 1
            rows, lines = [], []
            for n, row in enumerate(values, first):
                if any(c != "" and c is not None for c in row):
                    rows.append(row)
                    lines.append(n)
            yield _Table(path, rows, lines, where=f"sheet {name!r}")
    except pc.PasswordError as e:
        raise ProjectFileError(path, "the workbook is password-protected (encrypted): save an "
                                     "unprotected copy from Excel and read that") from e
    except pc.CalamineError as e:
        raise ProjectFileError(path, f"not a readable workbook (damaged, empty or not an Excel "
                                     f"file): {e}") from e


def _text_table(path: Path) -> _Table:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ProjectFileError(path, "not a text table: the file has binary content")
    for encoding in ("utf-8-sig", "gb18030", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    lines_of_text = text.splitlines()
    sample = [line for line in lines_of_text[:HEADER_SEARCH_ROWS] if line.strip()]
    counts = {d: sum(line.count(d) for line in sample) for d in ",;\t|"}
    delimiter = max(counts, key=counts.__getitem__)
    rows, lines = [], []
    if counts[delimiter] == 0:  # whitespace separated, like CDNOW_master.txt
        rows = [line.split() for line in lines_of_text]
        lines = list(range(1, len(rows) + 1))
        if not all(rows):
            lines = [n for n, row in zip(lines, rows, strict=True) if row]
            rows = [row for row in rows if row]
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for row in reader:
                if any(row):
                    rows.append(row)
                    lines.append(reader.line_num)
        except csv.Error as e:
            raise ProjectFileError(path, f"row {reader.line_num}: not valid CSV: {e}") from e
    return _Table(path, rows, lines, decimal_comma=delimiter == ";")


# --- cleaning rows -----------------------------------------------------------------------

def _read_table(table: _Table, header_at: int, cols: dict[str, int], day_first: bool | None,
                ticker: _Ticker, notes: list[str]) -> _Part:
    rows, lines = table.rows[header_at + 1:], table.lines[header_at + 1:]
    header = [_text(c) for c in table.rows[header_at]]
    if not rows:
        raise ProjectFileError(table.path, f"no data rows under the header (row {table.lines[header_at]})")
    width = max(cols.values())
    if min(map(len, rows)) <= width:
        i = next(i for i, r in enumerate(rows) if len(r) <= width)
        raise ProjectFileError(table.path, f"row {lines[i]} has {len(rows[i])} values; the header has "
                                           f"{len(header)} and column {header[width]!r} is missing")
    if day_first is None:
        day_first = _guess_day_first(table, {r[cols["date"]] for r in rows}, notes)
    part = _Part([], [], [], dict.fromkeys(("no_customer", "cancelled", "negative", "zero_price"), 0))
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        _clean_chunk(table, header, chunk, lines[start:start + CHUNK], cols, day_first, part)
        ticker.advance(len(chunk))
    return part


def _clean_chunk(table: _Table, header: list[str], rows: list[list], lines: list[int],
                 cols: dict[str, int], day_first: bool, part: _Part) -> None:
    """Append the chunk's kept rows to `part` and count the skipped ones."""
    raw_ids = [r[cols["customer"]] for r in rows]
    id_of = {v: _clean_id(v) for v in set(raw_ids)}
    ids = [id_of[v] for v in raw_ids]
    skip = np.fromiter((not i for i in ids), bool, len(ids))
    part.counts["no_customer"] += int(skip.sum())
    if "invoice" in cols:
        invoices = [r[cols["invoice"]] for r in rows]
        cancels = {v for v in set(invoices) if re.match(r"\s*[Cc]\d", str(v))}
        skip = _mark(skip, np.fromiter((v in cancels for v in invoices), bool, len(rows)), part, "cancelled")
    num = {role: _numbers(table, header, rows, lines, cols[role], skip)
           for role in ("amount", "quantity", "unit_price") if role in cols}
    negative = np.zeros(len(rows), bool)
    for values in num.values():
        negative |= values < 0
    skip = _mark(skip, negative, part, "negative")
    if "unit_price" in num:
        skip = _mark(skip, num["unit_price"] == 0, part, "zero_price")
    keep = np.flatnonzero(~skip)
    amounts = num["amount"] if "amount" in num else num["quantity"] * num["unit_price"]
    part.amounts.append(amounts[keep])
    part.days.append(_days(table, header[cols["date"]], [rows[i][cols["date"]] for i in keep],
                           [lines[i] for i in keep], day_first))
    part.ids.extend(ids[i] for i in keep.tolist())


def _mark(skip: np.ndarray, reason: np.ndarray, part: _Part, name: str) -> np.ndarray:
    part.counts[name] += int((reason & ~skip).sum())
    return skip | reason


def _clean_id(value: object) -> str:
    """Customer id as text: '17850.0' and 17850.0 become '17850'; leading zeros are kept."""
    if isinstance(value, float):
        return "" if value != value else (str(int(value)) if value.is_integer() else repr(value))
    text = str(value).strip() if value is not None else ""
    if text.casefold() in _MISSING:
        return ""
    return _FLOAT_ID.sub(r"\1", text) if "." in text else text


def _numbers(table: _Table, header: list[str], rows: list[list], lines: list[int], col: int,
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
        what = "has no value" if str(value).strip() == "" else f"{value!r} is not a number"
        raise ProjectFileError(table.path, f"{_at(table)}row {lines[bad[0]]}: column {header[col]!r} {what}")
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
    if "," in text and "." in text:
        decimal_comma = text.rfind(",") > text.rfind(".")
    text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    try:
        return sign * float(text)
    except ValueError:
        return float("nan")


def _at(table: _Table) -> str:
    return f"{table.where}, " if table.where else ""


# --- dates -------------------------------------------------------------------------------

_YMD = re.compile(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)")
_DMY = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4})(?!\d)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:\.0*)?(?:\s|$)")
_SERIAL = re.compile(r"\s*\d{5}(?:\.\d*)?\s*$")


def _guess_day_first(table: _Table, values: set, notes: list[str]) -> bool:
    """Order of numeric dates like 03/04/2011: decided by a part above 12, else assumed."""
    found = [m for v in values if isinstance(v, str) and (m := _DMY.match(v))]
    if any(int(m[1]) > 12 for m in found):
        return True
    if not found or any(int(m[3]) > 12 for m in found):
        return False
    dotted = all(m[2] == "." for m in found)
    order = "day.month.year" if dotted else "month/day/year"
    notes.append(f"{table.path.name}: dates such as {found[0][0].strip()} read as {order} (no day "
                 "above 12 shows the order); choose the date order to change this")
    return dotted


def _days(table: _Table, column: str, values: list, lines: list[int], day_first: bool) -> np.ndarray:
    """Days since 1970-01-01 of each value; an unreadable date is an error naming its row."""
    day_of = {v: _parse_date(v, day_first) for v in set(values)}
    if None in day_of.values():
        line, value = next((n, v) for v, n in zip(values, lines, strict=True) if day_of[v] is None)
        raise ProjectFileError(table.path, f"{_at(table)}row {line}: column {column!r}: {value!r} is "
                                           "not a date (expected e.g. 2010-12-01, 20101201, 1/12/2010)")
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
        if _SERIAL.match(value):  # an Excel day number exported as text
            return int(float(value)) + _EXCEL_EPOCH
    except ValueError:
        return None
    return None


# --- result ------------------------------------------------------------------------------

def _combine(files: list[Path], parts: list[_Part], columns: tuple[ColumnMapping, ...],
             notes: list[str]) -> Transactions:
    ids = [i for p in parts for i in p.ids]
    counts = {k: sum(p.counts[k] for p in parts) for k in parts[0].counts}
    cleaning = Cleaning(rows=len(ids) + sum(counts.values()), kept=len(ids), **counts)
    if not ids:
        raise ProjectFileError(files[0] if len(files) == 1 else f"{len(files)} files",
                               f"no transactions left: {cleaning.summary()}")
    customers = sorted(set(ids))
    position = {c: i for i, c in enumerate(customers)}
    index = np.fromiter(map(position.__getitem__, ids), np.int64, len(ids))
    days = np.concatenate([d for p in parts for d in p.days]).astype("datetime64[D]")
    amounts = np.concatenate([a for p in parts for a in p.amounts])
    for array in (index, days, amounts):
        array.setflags(write=False)
    return Transactions(tuple(str(f) for f in files), tuple(customers), index, days, amounts,
                        cleaning, columns, tuple(notes))


"""Reading customer transactions for RFM: formats, cleaning, errors, progress, real files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from journey_designer.domain import ProjectFileError
from journey_designer.io.customer_data import (
    Cancelled,
    Cleaning,
    ColumnMapping,
    peek,
    read_transactions,
)

RETAIL_HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_retail_csv_is_cleaned_like_a_care_manager_expects(tmp_path: Path) -> None:
    """Online Retail's dirt, one row of each kind; amounts are Quantity × UnitPrice."""
    path = write(tmp_path / "retail.csv", RETAIL_HEADER
                 + "536365,A,Mug,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
                 + "536366,B,Lantern,2,2010-12-01 09:00:00,3.00,17850.0,United Kingdom\n"
                 + "536367,C,Card,10,2010-12-02 10:00:00,0.50,,United Kingdom\n"          # no customer
                 + "C536368,D,Mug,-6,2010-12-02 11:00:00,2.55,17850.0,United Kingdom\n"   # cancellation
                 + "536369,E,Damaged,-3,2010-12-03 12:00:00,1.00,13047.0,United Kingdom\n"  # negative
                 + "536370,F,Free gift,1,2010-12-03 12:00:00,0,13047.0,United Kingdom\n"   # zero price
                 + "536371,G,\"Bag, red\",4,2010-12-03 13:00:00,1.25,013047,United Kingdom\n")
    tx = read_transactions(path)
    assert tx.cleaning == Cleaning(rows=7, kept=3, no_customer=1, cancelled=1, negative=1, zero_price=1)
    assert list(tx.rows()) == [("17850", dt.date(2010, 12, 1), pytest.approx(15.30)),
                               ("17850", dt.date(2010, 12, 1), 6.0),
                               ("013047", dt.date(2010, 12, 3), 5.0)]
    assert tx.customers == ("013047", "17850")  # '17850.0' → '17850'; a leading zero stays
    assert tx.revenue == pytest.approx(26.30)
    assert tx.columns[0] == ColumnMapping(customer="CustomerID", date="InvoiceDate", quantity="Quantity",
                                          unit_price="UnitPrice", invoice="InvoiceNo")
    assert tx.cleaning.summary() == ("7 rows read, 3 kept; skipped: 1 without a customer id, "
                                     "1 cancellations, 1 negative quantity or amount, 1 zero price")


def test_whitespace_text_keeps_leading_zeros_and_zero_amounts(tmp_path: Path) -> None:
    path = write(tmp_path / "cd.txt", " customer_id  date number_of_cds  dollar_value\r\n"
                 " 00001 19970101  1   11.77\r\n 00002 19970112  5   77.00\r\n\r\n"
                 " 00002 19970113  1    0.00\r\n")
    tx = read_transactions(path)
    assert list(tx.rows()) == [("00001", dt.date(1997, 1, 1), 11.77), ("00002", dt.date(1997, 1, 12), 77.0),
                               ("00002", dt.date(1997, 1, 13), 0.0)]
    assert tx.cleaning == Cleaning(rows=3, kept=3)


def test_semicolon_csv_with_decimal_commas_and_chosen_columns(tmp_path: Path) -> None:
    path = write(tmp_path / "kunden.csv", "Kunde;Datum;Betrag\n0007;13.12.2010;12,50\n"
                 "0007;14.12.2010;1.234,50\n0008;15.12.2010;\"€ 3,00\"\n")
    with pytest.raises(ProjectFileError, match="no customer id column .* 'Kunde', 'Datum', 'Betrag'"):
        read_transactions(path)
    tx = read_transactions(path, ColumnMapping(customer="Kunde", date="Datum", amount="Betrag"))
    assert [a for _, _, a in tx.rows()] == [12.5, 1234.5, 3.0]
    assert tx.dates.tolist()[0] == dt.date(2010, 12, 13)


def test_chinese_headers_in_a_gbk_file(tmp_path: Path) -> None:
    path = write(tmp_path / "订单.csv", "客户编号,日期,金额\nA01,2023年3月4日,100\nA01,2023/03/05,50.5\n",
                 encoding="gbk")
    tx = read_transactions(path)
    assert list(tx.rows()) == [("A01", dt.date(2023, 3, 4), 100.0), ("A01", dt.date(2023, 3, 5), 50.5)]


def test_workbook_with_title_rows_float_ids_and_date_cells(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["销售报表 December"])
    sheet.append([])
    sheet.append(["CustomerID", "InvoiceDate", "Quantity", "UnitPrice", "InvoiceNo"])
    sheet.append([17850, dt.datetime(2010, 12, 1, 8, 26), 6, 2.55, 536365])
    sheet.append([17850.0, dt.date(2010, 12, 2), 2, 0, 536366])
    sheet.append([None, dt.date(2010, 12, 2), 2, 1, 536367])
    sheet.append([13047, "2010-12-03", 1, 10, "C536368"])
    sheet.append([13047, 40515, 1, 10, "536369"])  # a day number in a cell not formatted as a date
    book.save(tmp_path / "retail.xlsx")
    tx = read_transactions(tmp_path / "retail.xlsx")
    assert list(tx.rows()) == [("17850", dt.date(2010, 12, 1), pytest.approx(15.3)),
                               ("13047", dt.date(2010, 12, 3), 10.0)]
    assert tx.cleaning == Cleaning(rows=5, kept=2, no_customer=1, cancelled=1, zero_price=1)
    preview = peek(tmp_path / "retail.xlsx", rows=1)
    assert preview.header[:2] == ("CustomerID", "InvoiceDate") and preview.complete
    assert preview.sheet == "Sheet" and len(preview.rows) == 1


def test_date_order_is_guessed_reported_and_can_be_forced(tmp_path: Path) -> None:
    us = write(tmp_path / "us.csv", "customer,date,amount\n1,12/13/2010 8:26,5\n2,3/4/2011,5\n")
    assert read_transactions(us).dates.tolist()[1] == dt.date(2011, 3, 4)
    ambiguous = write(tmp_path / "amb.csv", "customer,date,amount\n1,2/1/2010,5\n")
    tx = read_transactions(ambiguous)
    assert tx.dates.tolist() == [dt.date(2010, 2, 1)]
    assert "read as month/day/year" in tx.notes[0]
    forced = read_transactions(ambiguous, day_first=True)
    assert forced.dates.tolist() == [dt.date(2010, 1, 2)] and forced.notes == ()


def test_a_folder_reads_every_table_in_it(tmp_path: Path) -> None:
    for day in (1, 2):
        write(tmp_path / f"2010-12-0{day}.csv", f"customer,date,amount\nX,2010-12-0{day},{day}\n")
    write(tmp_path / "notes.md", "not a table")
    tx = read_transactions(tmp_path)
    assert len(tx.files) == 2 and tx.revenue == 3.0 and tx.customers == ("X",)


@pytest.mark.parametrize(("content", "message"), [
    ("", "the file is empty"),
    ("date,id\n2014-03-08,0\n", r"no amount column \(name it amount, value, dollar_value or 金额"),
    ("customer,date,amount\n1,2020-01-01,5\n2,2020-13-01,5\n",
     r"row 3: column 'date': '2020-13-01' is not a date"),
    ("customer,date,amount\n1,2020-01-01,5\n2,2020-02-01,abc\n",
     r"row 3: column 'amount' 'abc' is not a number"),
    ("customer,date,amount\n1,2020-01-01,\n", "row 2: column 'amount' has no value"),
    ("customer,date,amount\n1,2020-01-01,5\n3,2020-12-01\n",
     "row 3 has 2 values: column 'amount' is missing"),
    ("customer,date,amount\n", r"no data rows under the header \(row 1\)"),
    ("customer,date,amount\n,2020-01-01,5\n", "no transactions left: 1 rows read, 0 kept"),
])
def test_bad_text_files_name_the_row_and_column(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ProjectFileError, match=message) as info:
        read_transactions(write(tmp_path / "t.csv", content))
    assert info.value.path.endswith("t.csv")


def test_missing_binary_and_misnamed_files(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="cannot open the file"):
        read_transactions(tmp_path / "absent.csv")
    (tmp_path / "blob.csv").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ProjectFileError, match="binary content"):
        read_transactions(tmp_path / "blob.csv")
    write(tmp_path / "t.csv", "customer,date,amount\n1,2020-01-01,5\n")
    with pytest.raises(ProjectFileError, match=r"column 'Kunde' is not in the header \(row 1: 'customer'"):
        read_transactions(tmp_path / "t.csv", ColumnMapping(customer="Kunde"))


def test_progress_reports_rows_and_cancelling_stops_the_read(tmp_path: Path) -> None:
    lines = "".join(f"C{i % 300:04d},2020-01-{1 + i % 28:02d},{i % 50}.5\n" for i in range(25_000))
    path = write(tmp_path / "big.csv", "customer,date,amount\n" + lines)
    calls: list[tuple[int, int | None]] = []
    tx = read_transactions(path, progress=lambda done, total: calls.append((done, total)) or True)
    assert len(tx) == 25_000
    assert calls == [(0, None), (10_000, 25_000), (20_000, 25_000), (25_000, 25_000)]
    seen: list[int] = []
    with pytest.raises(Cancelled):
        read_transactions(path, progress=lambda done, total: seen.append(done) or done < 10_000)
    assert seen == [0, 10_000]  # nothing read after the user said stop


# --- real files (../shared/realdata) ----------------------------------------------------

def test_cdnow_master(realdata: Path) -> None:
    tx = read_transactions(realdata / "rfm" / "cdnow_lifetimes" / "CDNOW_master.txt")
    assert len(tx) == 69_659 and len(tx.customers) == 23_570
    assert round(tx.revenue, 2) == 2_500_315.63
    assert tx.customers[:3] == ("00001", "00002", "00003")
    assert str(tx.dates.min()) == "1997-01-01" and str(tx.dates.max()) == "1998-06-30"
    assert tx.cleaning == Cleaning(rows=69_659, kept=69_659)


def test_online_retail_december_2010(realdata: Path) -> None:
    folder = realdata / "rfm" / "online_retail_uci_dec2010"
    tx = read_transactions(sorted(folder.glob("*.csv")))
    assert len(tx.files) == 20
    assert len(tx.customers) == 885 and round(tx.revenue, 2) == 572_713.89
    assert tx.cleaning == Cleaning(rows=42_481, kept=26_157, no_customer=15_631, cancelled=690, zero_price=3)
    assert all(c.isdigit() for c in tx.customers)  # no "17850.0" left
    assert str(tx.dates.min()) == "2010-12-01" and str(tx.dates.max()) == "2010-12-23"


def test_cancelling_a_real_read(realdata: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    with pytest.raises(Cancelled):
        read_transactions(realdata / "rfm" / "cdnow_lifetimes" / "CDNOW_master.txt",
                          progress=lambda done, total: calls.append((done, total)) or done == 0)
    assert calls == [(0, None), (10_000, 69_659)]


@pytest.mark.parametrize(("relative", "message"), [
    ("calamine/pass_protected.xlsx", "password-protected"),
    ("python-calamine/password.xlsx", "password-protected"),
    ("python-calamine/empty_file.xlsx", r"not a readable workbook \(damaged, empty or not an Excel file\)"),
    ("calamine/issue252.xlsx", "not a readable workbook"),
    ("calamine/empty_sheet.xlsx", "sheet 'Sheet1': the sheet is empty"),
    ("calamine/errors.xlsx", "all 3 sheets of the workbook are empty"),
    ("calamine/issue_174.xlsx", "no customer id column .* 'Your Ref #', 'Contact Name'"),
    ("easyexcel/compatibility_t01.xls", "sheet '产品数据': no customer id column"),
    ("easyexcel/demo_demo.csv", r"no customer id column .*'字符串标题'"),
])
def test_broken_and_foreign_workbooks_give_a_clear_message(realdata: Path, relative: str,
                                                           message: str) -> None:
    path = realdata / "excel_pitfalls" / relative
    with pytest.raises(ProjectFileError, match=message) as info:
        read_transactions(path)
    assert info.value.path == str(path)


def test_an_encrypted_workbook_renamed_to_csv_is_still_recognised(realdata: Path, tmp_path: Path) -> None:
    copy = tmp_path / "export.csv"
    shutil.copyfile(realdata / "excel_pitfalls" / "calamine" / "pass_protected.xlsx", copy)
    with pytest.raises(ProjectFileError, match="password-protected"):
        read_transactions(copy)

"""The row writer's fast paths write exactly what the careful per-cell renderer writes, and the
row heights of wrapped text are those of the plain rule (one line per `width * 1.15` display
characters of each paragraph, a CJK character counting two)."""

from __future__ import annotations

import math
import unicodedata
from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from journey_designer.io.workbook.xml_rows import StreamSheet, new_book, row_height, text_lines

TRICKY = st.sampled_from(["=", "+", "-", "@", " ", "\t", "\r", "\n", "\r\n", "&", "<", ">", "_x0041_", "_x",
                          "\x00", "\x16", "\x1f", "\x7f", "\x85", "\xa0", "\u3000", "\u2028", "\u200b",
                          "\ud800", "\ufffe", "\uffff", "\U000b96ee", "关", "😀", "a", "0"])
TEXT = st.lists(st.one_of(TRICKY, st.characters(), st.text(max_size=3)), max_size=12).map("".join)
VALUES = st.one_of(TEXT, st.none(), st.integers(-10**20, 10**20), st.booleans(),
                   st.floats(allow_nan=True, allow_infinity=True), st.dates(min_value=date(1800, 1, 1)))


def _sheet() -> StreamSheet:
    book, sheets, styles = new_book(["Sheet"])
    styles.define("filled", fill="FFC7CE")
    return sheets["Sheet"]


def _written(sheet: StreamSheet) -> list[str]:
    """What the sheet handed to its stream, one string per `_send`."""
    sent: list[str] = []
    sheet._send = lambda data: sent.append(data.decode("utf-8"))  # type: ignore[method-assign]
    return sent


def _careful(sheet: StreamSheet, values: list, style: int, r: int) -> str:
    """The row as the per-cell renderer writes it."""
    cells = [sheet._render_cell(sheet_letter(c), r, v, style) for c, v in enumerate(values)
             if v is not None or style in sheet.styles.visible]
    return f'<row r="{r}">' + "".join(cells) + "</row>"


def sheet_letter(c: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c] if c < 26 else "A" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[c - 26]


@settings(max_examples=300, deadline=None)
@given(values=st.lists(VALUES, max_size=30), filled=st.booleans())
@example(values=["x ", " x", "=1", "a\nb", "\u3000x", "x\xa0", "_x0041_", "a&b", "\x16", ""], filled=False)
@example(values=[None, "", 3, True, 2.5], filled=True)
def test_the_fast_row_writer_writes_what_the_careful_renderer_writes(values: list, filled: bool) -> None:
    sheet = _sheet()
    style = sheet.styles["filled"] if filled else 0
    sent = _written(sheet)
    sheet.rows([(values, style, None)])
    assert "".join(sent) == _careful(sheet, values, style, 1)


def _lines(text: str, width: float) -> int:
    """The rule, written out plainly."""
    if not text:
        return 1
    total = 0
    for paragraph in text.split("\n"):
        size = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in paragraph)
        total += max(1, math.ceil(size / max(1.0, width * 1.15)))
    return total


@settings(max_examples=300, deadline=None)
@given(text=TEXT, width=st.floats(0, 80))
@example(text="关怀旅程金卡银卡", width=6.0)
@example(text="a" * 10, width=8.0)
def test_wrapped_text_takes_the_lines_the_rule_gives(text: str, width: float) -> None:
    assert text_lines(text, width) == _lines(text, width)


def test_a_row_is_as_tall_as_its_tallest_wrapped_cell() -> None:
    assert row_height([("short", 20)]) is None
    assert row_height([("a" * 50, 20), ("关" * 30, 20), ("", 5)]) == 15.0 * 3
    assert row_height([("x\n" * 40, 20)], limit=12) == 15.0 * 12

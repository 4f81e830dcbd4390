"""What a project value may be, shared by the file readers and writers.

A project is stored in SQLite (and JSON), so its values must be ones SQLite and UTF-8
can hold and the program can draw and compute with:

- text: valid Unicode (no lone surrogate such as "\\ud800", which UTF-8 cannot encode)
  and at most MAX_TEXT_CHARS characters (a `.journey` counts MAX_TEXT_BYTES instead);
- whole numbers: within 64 bits (INT_MIN..INT_MAX, what an SQLite INTEGER holds);
- real numbers: finite (no inf or NaN).

`value_problem(value)` says what is wrong with one value (None when it is fine), in the
user's language; readers add where the value is. The checks are for the slow path
(finding the culprit after a failure, or values decoded from JSON text): the fast path
is SQLite's own type checks (sqlite_checks.py) and the JSON reader's.
"""

from __future__ import annotations

import math
import re

from journey_designer import messages

MAX_TEXT_CHARS = 1_000_000  # one text value: a name, a message, a list column's JSON
# The same bound in UTF-8 bytes (a character takes at most 4), for stores that count
# bytes (SQLite): any text of up to MAX_TEXT_CHARS characters fits.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

_SURROGATE = re.compile("[\ud800-\udfff]")
# The only way a surrogate gets into text decoded from JSON is a \uD800-\uDFFF escape.
MAY_HOLD_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


def _t(text: str) -> str:
    return messages.translate("Values", text)


def lone_surrogate(text: str) -> int | None:
    """The index of the first surrogate code point in `text`, or None.

    A Python str made by decoding UTF-8 or JSON joins every valid pair into one
    character, so any surrogate left is a lone one.
    """
    found = _SURROGATE.search(text)
    return found.start() if found else None


def replace_lone_surrogates(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (the replacement character)."""
    return _SURROGATE.sub("\ufffd", text) if lone_surrogate(text) is not None else text


def text_problem(text: str) -> str | None:
    if len(text) > MAX_TEXT_CHARS:
        return _t("text of {count} characters (the most a value may hold is {limit})").format(
            count=f"{len(text):,}", limit=f"{MAX_TEXT_CHARS:,}")
    index = lone_surrogate(text)
    if index is not None:
        return _t("text with a lone surrogate U+{code:04X} at character {index}, which no "
                  "file can store").format(code=ord(text[index]), index=index + 1)
    return None


def int_problem(value: int) -> str | None:
    if INT_MIN <= value <= INT_MAX:
        return None
    digits = int(value.bit_length() * math.log10(2)) + 1  # str() refuses over 4,300 digits
    return _t("a whole number of about {digits} digits, beyond 64 bits").format(
        digits=f"{digits:,}")


def float_problem(value: float) -> str | None:
    if math.isfinite(value):
        return None
    return _t("not a number (NaN)") if math.isnan(value) else _t("an infinite number")


def value_problem(value: object) -> str | None:
    """What makes `value` unstorable, or None (None, bool and other types pass)."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return int_problem(value)
    if isinstance(value, float):
        return float_problem(value)
    return None

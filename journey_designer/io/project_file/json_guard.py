"""What json_io needs to read hostile JSON safely: stand-ins for values a project may not
hold (NaN, numbers of thousands of digits), a finder for lone surrogates, the place where
nesting gets too deep, and a short description of any value for a message.

All of it is off the fast path: json_io only calls these when the plain parse failed or
the text has something to look for.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_NESTING = 200  # deeper than any project; the first place beyond it is reported
_DESCRIBE_CHARS = 40


class Constant:
    """`NaN`, `Infinity` or `-Infinity` in the JSON text (standard JSON has none of them)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


class HugeNumber:
    """An integer literal too long for Python to convert (over sys.get_int_max_str_digits)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


_INT_DIGITS_LIMIT = 4300  # Python's default int-string limit (sys.get_int_max_str_digits)


def parse_int_bounded(text: str) -> int | HugeNumber:
    """json.loads's parse_int for a second pass after a number was too long to convert."""
    if len(text.lstrip("-")) > _INT_DIGITS_LIMIT:
        return HugeNumber(len(text.lstrip("-")))
    return int(text)


# A \uD800-\uDFFF escape: the only way a surrogate gets into decoded JSON text (the UTF-8
# decoder refuses encoded ones); a pair is joined by json.loads, a lone one is kept.
MAY_HOLD_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate_path(data: Any) -> list[str | int] | None:
    """The path of the first text (value or key) holding a lone surrogate, or None."""
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return path
        elif isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    return path
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, i]) for i, item in enumerate(value))
    return None


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"\s*:?|[\[\]{},]')


def too_deep_path(text: str, limit: int = MAX_NESTING) -> list[str | int] | None:
    """The path of the first value nested more than `limit` deep, or None. A scan of the
    tokens, for text json.loads gave up on (its recursion limit)."""
    frames: list[list[Any]] = []  # [opening bracket, current key or index]
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if token.endswith(":") and frames and frames[-1][0] == "{":
                frames[-1][1] = _key_text(token)
        elif first in "[{":
            if len(frames) >= limit:
                return [frame[1] for frame in frames if frame[1] is not None]
            frames.append([first, 0 if first == "[" else None])
        elif first in "]}":
            if frames:
                frames.pop()
        elif frames and frames[-1][0] == "[":
            frames[-1][1] += 1
    return None


def _key_text(token: str) -> str:
    try:
        return str(json.loads(token.rstrip(":").rstrip()))
    except ValueError:
        return token


def join_path(parts: list[str | int], most: int = 12) -> str:
    """`journeys[0].touchpoints[3].name` from ["journeys", 0, "touchpoints", 3, "name"]
    (a very deep path is cut after `most` parts)."""
    out = ""
    for part in parts[:most]:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out + ("..." if len(parts) > most else "")


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def describe(value: Any, depth: int = 0) -> str:
    """A short, bounded rendering of a JSON value for a message (never the whole input)."""
    if isinstance(value, Constant):
        return value.name
    if isinstance(value, HugeNumber):
        return f"<{value.digits:,}-digit number>"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int):
        if value.bit_length() > 128:
            return f"<{int(value.bit_length() * 0.30103) + 1:,}-digit number>"
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):  # a literal beyond the range: "Infinity" itself is a Constant
            return "<number beyond 1.8e308>" if value > 0 else "<number beyond -1.8e308>"
        return repr(value)
    if isinstance(value, str):
        shown = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", value[:_DESCRIBE_CHARS])
        shown = _CONTROL.sub(lambda m: json.dumps(m.group())[1:-1], shown)  # a message stays one line
        return '"' + shown + ('..."' if len(value) > _DESCRIBE_CHARS else '"')
    if isinstance(value, list | dict):
        return _describe_container(value, depth)
    return type(value).__name__


def _describe_container(value: list | dict, depth: int) -> str:
    opening, closing = ("[", "]") if isinstance(value, list) else ("{", "}")
    if not value:
        return opening + closing
    if depth >= 2:
        return opening + "..." + closing
    items = list(value.items())[:3] if isinstance(value, dict) else value[:3]
    parts = [f"{describe(k, depth + 1)}: {describe(v, depth + 1)}" for k, v in items] \
        if isinstance(value, dict) else [describe(v, depth + 1) for v in items]
    text = ", ".join(parts)
    if len(value) > 3:
        text += ", ..."
    text = opening + text + closing
    return text if len(text) <= _DESCRIBE_CHARS else text[:_DESCRIBE_CHARS - 3 - 1] + "..." + closing

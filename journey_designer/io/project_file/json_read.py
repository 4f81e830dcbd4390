"""Model objects from parsed JSON values, strictly and fast.

One reader function is made per model type, once (looking up a dataclass's type hints
for every object used to be three quarters of the time of a big load). A dataclass's
reader is generated source code with the common case of each field checked inline;
anything unusual goes to the field's own reader, which refuses it with a message. The
JSON path of a bad value is put together only when there is one (`_Bad.where`, filled in
on the way out), never for the values that are fine.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable
from typing import Any, Literal, get_args, get_origin, get_type_hints

from journey_designer import messages
from journey_designer.domain import JourneyError
from journey_designer.io.project_file.json_guard import HugeNumber, describe, join_path

Reader = Callable[[Any], Any]

MAX_TEXT_CHARS = 1_000_000  # one text value (a name, a message...); README "Command line"
INT_LIMIT = 2**63  # whole numbers are 64-bit (what a .journey file's SQLite can hold)


def _t(text: str) -> str:
    return messages.translate("ProjectJson", text)


class JsonFormatError(JourneyError):
    """The JSON is well-formed but is not a project of this format."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(_t("{path}: {problem}").format(path=path or _t("top level"), problem=problem))


class _Bad(Exception):
    """A value of the wrong kind; each container adds its key or index on the way out."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        self.where: list[str | int] = []


def read_value(annotation: Any, value: Any, renames: dict[type, dict[str, str]]) -> Any:
    """The model value of type `annotation` from a JSON value; raises JsonFormatError."""
    try:
        return reader(annotation, renames)(value)
    except _Bad as bad:
        raise JsonFormatError(join_path(bad.where[::-1]), bad.problem) from None


_READERS: dict[Any, Reader] = {}


def reader(annotation: Any, renames: dict[type, dict[str, str]]) -> Reader:
    """The reader of a type (made on first use; `renames`: JSON keys that differ from the
    field names, per dataclass — the same mapping every call)."""
    made = _READERS.get(annotation)
    if made is None:
        made = _READERS[annotation] = _make_reader(annotation, renames)
    return made


def _make_reader(annotation: Any, renames: dict[type, dict[str, str]]) -> Reader:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = reader(_optional_of(annotation), renames)
        return lambda value: None if value is None else inner(value)
    if origin is Literal or annotation is str:
        return _read_text
    if origin is list:
        return _list_reader(reader(get_args(annotation)[0], renames))
    if dataclasses.is_dataclass(annotation):
        return _dataclass_reader(annotation, renames)
    simple = {bool: _read_bool, int: _read_int, float: _read_float}
    if annotation in simple:
        return simple[annotation]
    raise TypeError(f"no JSON reader for {annotation!r}")  # a programming error, not bad input


def _optional_of(annotation: Any) -> Any:
    return next(a for a in get_args(annotation) if a is not type(None))


def _expected(text: str, value: Any) -> _Bad:
    """The error for a value of the wrong type; `text` reads "expected ..., got {value}"."""
    if isinstance(value, HugeNumber):
        return _Bad(_t("a number of {digits} digits is too large").format(digits=f"{value.digits:,}"))
    return _Bad(text.format(value=describe(value)))


def _read_text(value: Any) -> str:
    if type(value) is not str:
        raise _expected(_t("expected text, got {value}"), value)
    if len(value) > MAX_TEXT_CHARS:
        raise _Bad(_t("text of {length} characters is longer than the limit of {limit}").format(
            length=f"{len(value):,}", limit=f"{MAX_TEXT_CHARS:,}"))
    return value


def _read_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _expected(_t("expected true or false, got {value}"), value)
    return value


def _read_int(value: Any) -> int:
    kind = type(value)
    if kind is int and -INT_LIMIT <= value < INT_LIMIT:
        return value
    if kind is float and value.is_integer() and -INT_LIMIT <= value < INT_LIMIT:
        return int(value)
    if kind is int or (kind is float and (value.is_integer() or math.isinf(value))):
        raise _expected(_t("expected a whole number that fits in 64 bits, got {value}"), value)
    raise _expected(_t("expected a whole number, got {value}"), value)


def _read_float(value: Any) -> float:
    kind = type(value)
    if kind is float:
        if math.isfinite(value):
            return value
        if math.isinf(value):  # a literal beyond the range (NaN and Infinity are Constants)
            raise _too_large(value)
    elif kind is int:
        if -INT_LIMIT <= value < INT_LIMIT:
            return value
        try:
            return float(value)  # beyond 64 bits: kept as a (finite) real number
        except OverflowError:
            raise _too_large(value) from None
    raise _expected(_t("expected a number, got {value}"), value)


def _too_large(value: Any) -> _Bad:
    return _Bad(_t("the number {value} is too large (the limit is about 1.8e308)").format(
        value=describe(value)))


def _list_reader(item: Reader) -> Reader:
    def read(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _expected(_t("expected a list, got {value}"), value)
        try:
            if item is _read_text:  # most lists: ids and names, checked inline
                return [v if type(v) is str and len(v) <= MAX_TEXT_CHARS else item(v) for v in value]
            return [item(v) for v in value]
        except _Bad:
            pass
        for index, v in enumerate(value):  # only after a failure: find which item it was
            try:
                item(v)
            except _Bad as bad:
                bad.where.append(index)
                raise
        raise AssertionError("a list item failed once and not again")  # readers are pure

    return read


# The inline check of the common case of a field, by type; None: always call its reader.
_INLINE: dict[Any, str] = {
    str: "type(v) is str and len(v) <= MAX_TEXT",
    int: "type(v) is int and -INT_LIMIT <= v < INT_LIMIT",
    float: "type(v) is float and v - v == 0.0",  # finite: inf - inf and nan - nan are nan
    bool: "type(v) is bool",
}


def _inline_check(annotation: Any) -> str | None:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = _inline_check(_optional_of(annotation))
        return f"v is None or ({inner})" if inner else "v is None"
    if origin is Literal:
        return _INLINE[str]
    return _INLINE.get(annotation)


def _dataclass_reader(cls: Any, renames: dict[type, dict[str, str]]) -> Reader:
    """A generated reader: for each field, `v = value.get(key)`, its inline check, else its
    reader (which refuses it) or its default; then unknown keys (more keys than the fields
    found) and missing ones; then `cls(a0, a1, ...)`."""
    keys = renames.get(cls, {})
    hints = get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    env: dict[str, Any] = {"cls": cls, "MISSING": object(), "MAX_TEXT": MAX_TEXT_CHARS,
                           "INT_LIMIT": INT_LIMIT, "_expected": _expected, "_Bad": _Bad,
                           "_extra_keys": _extra_keys, "_not_an_object": _not_an_object}
    lines = ["def read(value):",
             "    if type(value) is not dict:",
             "        if type(value) is cls:",  # an object already made (json_share): no JSON is one
             "            return value",
             "        raise _not_an_object(value)",
             "    key = None",
             "    absent = 0",
             "    missing = False",
             "    try:"]
    required = []
    for i, f in enumerate(fields):
        key = keys.get(f.name, f.name)
        env[f"r{i}"] = reader(hints[f.name], renames)  # the model has no cycle of types
        check = _inline_check(hints[f.name])
        lines += [f"        v = value.get({key!r}, MISSING)",
                  "        if v is MISSING:",
                  "            absent += 1"]
        if f.default is not dataclasses.MISSING:
            env[f"d{i}"] = f.default
            lines.append(f"            a{i} = d{i}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"d{i}"] = f.default_factory
            lines.append(f"            a{i} = d{i}()")
        else:
            required.append(key)
            lines += ["            missing = True", f"            a{i} = None"]
        if check:
            lines += [f"        elif {check}:", f"            a{i} = v"]
        lines += ["        else:", f"            key = {key!r}", f"            a{i} = r{i}(v)"]
    lines += ["    except _Bad as bad:",
              "        bad.where.append(key)",
              "        raise",
              f"    if missing or len(value) + absent != {len(fields)}:",
              "        _extra_keys(value, KNOWN, REQUIRED)",
              f"    return cls({', '.join(_argument(f, i) for i, f in enumerate(fields))})"]
    env["KNOWN"] = [keys.get(f.name, f.name) for f in fields]
    env["REQUIRED"] = required
    exec("\n".join(lines), env)  # noqa: S102 - source made above from the model's field names
    return env["read"]


def _not_an_object(value: Any) -> _Bad:
    return _expected(_t("expected an object, got {value}"), value)  # in the language of now


def _argument(f: dataclasses.Field, i: int) -> str:
    return f"{f.name}=a{i}" if f.kw_only else f"a{i}"


def _extra_keys(value: dict[str, Any], known: list[str], required: list[str]) -> None:
    """Raise for the keys of `value` that are not fields, or the required ones missing."""
    unknown = [k for k in value if k not in known]
    if unknown:
        raise _Bad(_t("unknown key {names}; known keys: {known}").format(
            names=", ".join(repr(k[:40]) + ("..." if len(k) > 40 else "") for k in unknown[:5]),
            known=", ".join(known)))
    missing = next(k for k in required if k not in value)
    raise _Bad(_t("missing required key {key}").format(key=repr(missing)))

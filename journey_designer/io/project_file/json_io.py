"""Project <-> JSON in the exact shape of design.md ("journey-designer/2").

Files of format 1 (without the keys format 2 added) are read too: the new keys take
their defaults, and the next save writes format 2.

Reading is strict: unknown keys, missing required keys and wrong types are refused
with the JSON path of the offending value, so a hand-edited or generated file gets a
message a user can act on. Reading does not validate references; `load_json` does.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from journey_designer import collector, messages
from journey_designer.domain import (
    InvalidProjectError,
    Project,
    ProjectFileError,
    Transition,
    Trigger,
)
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.json_guard import (
    MAX_NESTING,
    MAY_HOLD_SURROGATE,
    Constant,
    describe,
    join_path,
    lone_surrogate_path,
    parse_int_bounded,
    too_deep_path,
)
from journey_designer.io.project_file.json_read import MAX_TEXT_CHARS, JsonFormatError, read_value
from journey_designer.io.project_file.json_write import JsonWriter

__all__ = ["FORMAT", "MAX_JSON_BYTES", "MAX_TEXT_CHARS", "JsonFormatError", "dumps", "from_json_value",
           "load_json", "load_json_stream", "loads", "loads_bytes", "project_from_dict",
           "project_to_dict", "save_json", "to_json_value"]

FORMAT = "journey-designer/2"
READABLE_FORMATS = ("journey-designer/1", FORMAT)  # older ones are upgraded on reading
_FORMAT_PREFIX = "journey-designer/"

# Python field name -> JSON key, where a JSON key is a Python keyword.
_RENAMES: dict[type, dict[str, str]] = {Transition: {"source": "from", "target": "to"}}
# Objects written with only the keys that apply (design.md marks them with "?").
_SPARSE: frozenset[type] = frozenset({Trigger})
_MAX_EXACT_INT = 2**53
# README "Command line": the limits that keep the memory a load takes bounded (≈ 0.7 GB)
MAX_JSON_BYTES = 100 * 1024 * 1024
MAX_VALUES = 8_000_000  # objects, lists, texts and numbers: a 10,000-touchpoint project has 1.1 M


def _t(text: str) -> str:
    return messages.translate("ProjectJson", text)


# ---------------------------------------------------------------- writing


def project_to_dict(project: Project) -> dict[str, Any]:
    """The project as design.md's JSON object (format key first)."""
    return _project_dict(project, _same)


def _project_dict(project: Project, number: Any, other: Any = None, value: Any = None) -> dict[str, Any]:
    body = (value or _value)(project, number, other or _to_json_value)
    head = {key: body.pop(key) for key in ("name", "locale", "budget_per_month")}
    return {"format": FORMAT, **head, **body}  # the project's own keys before its lists


def to_json_value(value: Any) -> Any:
    """Any model object (or list of them) as its JSON value."""
    return _to_json_value(value)


def from_json_value(cls: Any, value: Any) -> Any:
    """The model object of type `cls` from its JSON value; raises JsonFormatError."""
    return read_value(cls, value, _RENAMES)


def _to_json_value(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        renames = _RENAMES.get(type(value), {})
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if item is None and type(value) in _SPARSE:
                continue
            out[renames.get(f.name, f.name)] = _to_json_value(item)
        return out
    if isinstance(value, list):
        return [_to_json_value(v) for v in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < _MAX_EXACT_INT:
        return int(value)  # 3.0 and 3 are the same number; write it the short way
    return value


# the same values as _value, quicker (json_write.py); orjson writes a float not whole of
# 1e-4 <= |x| < 1e16 as repr does (shortest digits, no exponent), the others as 1e-05 -> 0.00001
_FAST = JsonWriter(_RENAMES, _SPARSE, as_is=(1e-4, 1e16))


class _Unusual(Exception):  # noqa: N818 - a value the fast writer leaves to json.dumps
    """A value of a type the fast writer does not take (it then writes nothing)."""


def _same(value: float) -> float:
    return value


def _unusual(value: Any) -> Any:
    raise _Unusual


_KEYS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _keys(cls: type) -> tuple[tuple[str, str], ...] | None:
    """(field, JSON key) of a model class, in order; None for a type that is no dataclass."""
    if cls not in _KEYS:
        renames = _RENAMES.get(cls, {})
        _KEYS[cls] = tuple((f.name, renames.get(f.name, f.name)) for f in dataclasses.fields(cls)) \
            if dataclasses.is_dataclass(cls) else None
    return _KEYS[cls]


def _value(value: Any, number: Any, other: Any = _to_json_value) -> Any:
    """`_to_json_value`, quicker for the exact types a model holds (1.2 million values in a
    10,000-touchpoint project); a float that is not whole goes through `number`, any other
    type through `other`."""
    cls = type(value)
    if cls is str or cls is int or cls is bool or value is None:
        return value
    if cls is float:
        return int(value) if value.is_integer() and abs(value) < _MAX_EXACT_INT else number(value)
    if cls is list:
        return [_value(item, number, other) for item in value]
    keys = _keys(cls)
    if keys is None:
        return other(value)
    sparse = cls in _SPARSE
    out = {}
    for name, key in keys:
        item = getattr(value, name)
        if item is None and sparse:
            continue
        out[key] = _value(item, number, other)
    return out


def dumps(project: Project) -> str:
    """The project's JSON text: two-space indent, keys in the model's order, text as it is
    (ensure_ascii off). Written by orjson when it is installed — ten times faster than the
    pure-Python indenting encoder of `json`, byte for byte the same: numbers that are not
    whole are written by Python's repr (orjson would write 1e-05 as 0.00001) —, by `json`
    when a value is one orjson does not take (a lone surrogate, an integer beyond 64 bits)."""
    try:
        import orjson
    except ImportError:
        pass
    else:
        fragment = orjson.Fragment
        try:
            data = _project_dict(project, lambda v: fragment(_float_text(v)), _unusual, _FAST.value)
            return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n"
        except (_Unusual, TypeError):
            pass
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n"


def _float_text(value: float) -> str:
    """A number as json.dumps writes it."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def save_json(project: Project, path: str | Path) -> None:
    """Write the project as JSON, atomically (a failed write keeps the old file)."""
    from journey_designer.io.project_file.atomic import atomic_write_text

    atomic_write_text(Path(path), dumps(project))


# ---------------------------------------------------------------- reading


def project_from_dict(data: Any) -> Project:
    """Build a Project from a parsed JSON value; raises JsonFormatError naming the path."""
    if not isinstance(data, dict):
        raise JsonFormatError("", _t("expected a JSON object describing a project"))
    data = dict(data)
    fmt = data.pop("format", FORMAT)
    if fmt not in READABLE_FORMATS:
        if isinstance(fmt, str) and fmt.startswith(_FORMAT_PREFIX):
            raise JsonFormatError("format", _t(
                "{found} was written by a newer Journey Designer; this one reads {supported}").format(
                found=repr(fmt[:40]) + ("..." if len(fmt) > 40 else ""), supported=repr(FORMAT)))
        raise JsonFormatError("format", _t("{found} is not a Journey Designer project format").format(
            found=describe(fmt)))
    return read_value(Project, data, _RENAMES)


def _syntax_problem(exc: Exception) -> str:
    """What the JSON parser objects to and where (its own wording, with the common
    complaints translated)."""
    if not isinstance(exc, json.JSONDecodeError):
        return str(exc)
    known = {"Expecting value": _t("Expecting value"),
             "Expecting ',' delimiter": _t("Expecting ',' delimiter"),
             "Expecting ':' delimiter": _t("Expecting ':' delimiter"),
             "Expecting property name enclosed in double quotes":
                 _t("Expecting property name enclosed in double quotes"),
             "Unterminated string starting at": _t("Unterminated string starting at"),
             "Invalid control character at": _t("Invalid control character at"),
             "Extra data": _t("Extra data")}
    return _t("{problem}: line {line} column {column} (char {position})").format(
        problem=known.get(exc.msg, exc.msg), line=exc.lineno, column=exc.colno, position=exc.pos)


def loads(text: str, source: str = "<json>", *, check: bool = True,
          share: Callable[[Any], Any] | None = None) -> Project:
    """Parse JSON text into a project; with `check`, a project with problems is refused.

    Raises ProjectFileError (not JSON, wrong shape, a value no project may hold) or
    InvalidProjectError.
    """
    # A big project is a million new objects, no cycles: collections while they are made
    # would only pass over them again and again (10k touchpoints: 1.3 s -> 0.5 s).
    with collector.paused():
        return _loads(text, source, check, share)


def _loads(text: str, source: str, check: bool, share: Callable[[Any], Any] | None = None) -> Project:
    values = text.count("{") + text.count("[") + text.count(",")  # at least the values made
    if values > MAX_VALUES:
        raise ProjectFileError(source, _t("holds about {count} values, more than the limit of "
                                          "{limit}").format(count=f"{values:,}", limit=f"{MAX_VALUES:,}"))
    data = _parse(text, source)
    if "\\u" in text and MAY_HOLD_SURROGATE.search(text):  # the plain search first: 6x quicker
        where = lone_surrogate_path(data)
        if where is not None:
            raise ProjectFileError(source, str(JsonFormatError(join_path(where), _t(
                "the text holds a lone surrogate escape (\\ud800-\\udfff), which is no character"))))
    try:
        project = project_from_dict(data if share is None else share(data))  # json_share
    except JsonFormatError as exc:
        raise ProjectFileError(source, str(exc)) from None
    problems = validate(project) if check else []
    if problems:
        raise InvalidProjectError(source, problems)
    return project


def _parse(text: str, source: str) -> Any:
    """json.loads, with every way it can fail turned into a ProjectFileError naming where."""
    try:
        return json.loads(text, parse_constant=Constant)
    except RecursionError:
        where = too_deep_path(text)
        problem = _t("values are nested too deeply (more than {limit} levels)").format(limit=MAX_NESTING)
        raise ProjectFileError(source, str(JsonFormatError(join_path(where or []), problem))) from None
    except json.JSONDecodeError as exc:
        raise ProjectFileError(source, _t("not valid JSON ({reason})").format(
            reason=_syntax_problem(exc))) from None
    except ValueError:
        pass  # a number too long to convert (sys.get_int_max_str_digits): find where it is
    try:
        return json.loads(text, parse_constant=Constant, parse_int=parse_int_bounded)
    except (ValueError, RecursionError) as exc:
        raise ProjectFileError(source, _t("not valid JSON ({reason})").format(
            reason=_syntax_problem(exc))) from None


def load_json(path: str | Path, *, check: bool = True,
              share: Callable[[Any], Any] | None = None) -> Project:
    """Read a project JSON file (see `loads`); at most MAX_JSON_BYTES of it."""
    path = Path(path)
    try:
        raw = _read_bounded(path)
    except FileNotFoundError:
        raise ProjectFileError(path, _t("no such file")) from None
    except IsADirectoryError:
        raise ProjectFileError(path, _t("is a folder, not a file")) from None
    except OSError as exc:
        raise ProjectFileError(path, _t("cannot be read ({reason})").format(reason=exc.strerror)) from None
    return loads_bytes(raw, str(path), check=check, share=share)


def load_json_stream(stream: BinaryIO, source: str, *, check: bool = True) -> Project:
    """Read a project from an open binary stream (standard input: `validate -`)."""
    try:
        raw = stream.read(MAX_JSON_BYTES + 1)
    except OSError as exc:
        raise ProjectFileError(source, _t("cannot be read ({reason})").format(reason=exc.strerror)) from None
    return loads_bytes(raw, source, check=check)


def loads_bytes(raw: bytes, source: str, *, check: bool = True,
                share: Callable[[Any], Any] | None = None) -> Project:
    """`loads` of UTF-8 bytes (a BOM is allowed), refused beyond MAX_JSON_BYTES."""
    if len(raw) > MAX_JSON_BYTES:
        raise _too_big(source)
    if not raw or raw.isspace():  # (not raw.strip(): a copy of it all)
        raise ProjectFileError(source, _t("is empty"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(source, _t("is not UTF-8 text (byte {position})").format(
            position=exc.start)) from None
    del raw
    return loads(text, source, check=check, share=share)


def _too_big(source: str) -> ProjectFileError:
    return ProjectFileError(source, _t("is larger than {size} MB, the limit for a JSON project "
                                       "(save it as a .journey file instead)").format(
        size=MAX_JSON_BYTES // 1024 // 1024))


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, at most MAX_JSON_BYTES + 1 of them. Opened without blocking, so a
    FIFO with no writer reads as empty instead of waiting forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if stat.S_ISREG(info.st_mode) and info.st_size > MAX_JSON_BYTES:
            raise _too_big(str(path))
        os.set_blocking(fd, True)  # a pipe with a writer: wait for its data
        return handle.read(MAX_JSON_BYTES + 1)

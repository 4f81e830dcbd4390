"""Project <-> JSON in the exact shape of design.md ("journey-designer/1").

Reading is strict: unknown keys, missing required keys and wrong types are refused
with the JSON path of the offending value, so a hand-edited or generated file gets a
message a user can act on. Reading does not validate references; `load_json` does.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints

from journey_designer import messages
from journey_designer.domain import (
    InvalidProjectError,
    JourneyError,
    Project,
    ProjectFileError,
    Transition,
    Trigger,
)
from journey_designer.domain.validation import validate

FORMAT = "journey-designer/1"
_FORMAT_PREFIX = "journey-designer/"

# Python field name -> JSON key, where a JSON key is a Python keyword.
_RENAMES: dict[type, dict[str, str]] = {Transition: {"source": "from", "target": "to"}}
# Objects written with only the keys that apply (design.md marks them with "?").
_SPARSE: frozenset[type] = frozenset({Trigger})
_MAX_EXACT_INT = 2**53


def _t(text: str) -> str:
    return messages.translate("ProjectJson", text)


class JsonFormatError(JourneyError):
    """The JSON is well-formed but is not a project of this format."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(_t("{path}: {problem}").format(path=path or _t("top level"), problem=problem))


# ---------------------------------------------------------------- writing


def project_to_dict(project: Project) -> dict[str, Any]:
    """The project as design.md's JSON object (format key first)."""
    body = _to_json_value(project)
    return {"format": FORMAT, **body}


def to_json_value(value: Any) -> Any:
    """Any model object (or list of them) as its JSON value."""
    return _to_json_value(value)


def from_json_value(cls: Any, value: Any) -> Any:
    """The model object of type `cls` from its JSON value; raises JsonFormatError."""
    return _from_json_value(cls, value, "")


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


def dumps(project: Project) -> str:
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n"


def save_json(project: Project, path: str | Path) -> None:
    """Write the project as JSON, atomically (a failed write keeps the old file)."""
    from journey_designer.io.atomic import atomic_write_text

    atomic_write_text(Path(path), dumps(project))


# ---------------------------------------------------------------- reading


def project_from_dict(data: Any) -> Project:
    """Build a Project from a parsed JSON value; raises JsonFormatError naming the path."""
    if not isinstance(data, dict):
        raise JsonFormatError("", _t("expected a JSON object describing a project"))
    data = dict(data)
    fmt = data.pop("format", FORMAT)
    if fmt != FORMAT:
        if isinstance(fmt, str) and fmt.startswith(_FORMAT_PREFIX):
            raise JsonFormatError("format", _t(
                "{found} was written by a newer Journey Designer; this one reads {supported}").format(
                found=repr(fmt), supported=repr(FORMAT)))
        raise JsonFormatError("format", _t("{found} is not a Journey Designer project format").format(
            found=repr(fmt)))
    return _from_json_value(Project, data, "")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _expected(path: str, text: str, value: Any) -> JsonFormatError:
    """The error for a value of the wrong type; `text` reads "expected ..., got {value}"."""
    return JsonFormatError(path, text.format(value=_describe(value)))


def _from_json_value(annotation: Any, value: Any, path: str) -> Any:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        if value is None:
            return None
        return _from_json_value(options[0], value, path)
    if origin is Literal:
        if not isinstance(value, str):
            raise _expected(path, _t("expected text, got {value}"), value)
        return value
    if origin is list:
        if not isinstance(value, list):
            raise _expected(path, _t("expected a list, got {value}"), value)
        (item_type,) = get_args(annotation)
        return [_from_json_value(item_type, v, _join(path, i)) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(annotation):
        return _dataclass_from_json(annotation, value, path)
    return _scalar_from_json(annotation, value, path)


def _scalar_from_json(annotation: Any, value: Any, path: str) -> Any:
    if annotation is bool:
        if not isinstance(value, bool):
            raise _expected(path, _t("expected true or false, got {value}"), value)
        return value
    if annotation is str:
        if not isinstance(value, str):
            raise _expected(path, _t("expected text, got {value}"), value)
        return value
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if annotation is int:
        if is_number and float(value).is_integer():
            return int(value)
        raise _expected(path, _t("expected a whole number, got {value}"), value)
    if annotation is float:
        if is_number and math.isfinite(value):
            return value
        raise _expected(path, _t("expected a number, got {value}"), value)
    raise TypeError(f"no JSON reader for {annotation!r}")  # a programming error, not bad input


def _dataclass_from_json(cls: Any, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise _expected(path, _t("expected an object, got {value}"), value)
    renames = _RENAMES.get(cls, {})
    hints = get_type_hints(cls)
    fields = {renames.get(f.name, f.name): f for f in dataclasses.fields(cls)}
    unknown = [k for k in value if k not in fields]
    if unknown:
        names = ", ".join(repr(k) for k in unknown)
        raise JsonFormatError(path, _t("unknown key {names}; known keys: {known}").format(
            names=names, known=", ".join(fields)))
    kwargs = {}
    for key, f in fields.items():
        if key in value:
            kwargs[f.name] = _from_json_value(hints[f.name], value[key], _join(path, key))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise JsonFormatError(path, _t("missing required key {key}").format(key=repr(key)))
    return cls(**kwargs)


def _refuse_constant(name: str) -> Any:
    raise ValueError(_t("{name} is not allowed in a project file").format(name=name))


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


def loads(text: str, source: str = "<json>", *, check: bool = True) -> Project:
    """Parse JSON text into a project; with `check`, a project with problems is refused.

    Raises ProjectFileError (not JSON, wrong shape) or InvalidProjectError.
    """
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise ProjectFileError(source, _t("not valid JSON ({reason})").format(reason=_syntax_problem(exc))) \
            from None
    try:
        project = project_from_dict(data)
    except JsonFormatError as exc:
        raise ProjectFileError(source, str(exc)) from None
    problems = validate(project) if check else []
    if problems:
        raise InvalidProjectError(source, problems)
    return project


def load_json(path: str | Path, *, check: bool = True) -> Project:
    """Read a project JSON file (see `loads`)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError(path, _t("no such file")) from None
    except IsADirectoryError:
        raise ProjectFileError(path, _t("is a folder, not a file")) from None
    except OSError as exc:
        raise ProjectFileError(path, _t("cannot be read ({reason})").format(reason=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(path, _t("is not UTF-8 text (byte {position})").format(
            position=exc.start)) from None
    return loads(text, str(path), check=check)

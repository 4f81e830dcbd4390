"""The JSON schemas of `analyze --json` and `diff --json`, kept beside the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

HERE = Path(__file__).resolve().parent
_SCHEMAS = {name: json.loads((HERE / name).read_text(encoding="utf-8"))
            for name in ("analyze.schema.json", "diff.schema.json")}
_REGISTRY = Registry().with_resources(
    [(schema["$id"], Resource.from_contents(schema)) for schema in _SCHEMAS.values()])


def validator(name: str) -> Draft202012Validator:
    schema = _SCHEMAS[name]
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_REGISTRY)


def check_analyze(document: Any) -> None:
    """Raise jsonschema.ValidationError when `document` is not an analyze report."""
    validator("analyze.schema.json").validate(document)
    assert set(document["coverage"]) == set(document["tiers"]), "coverage keys are the tiers"


def check_diff(document: Any) -> None:
    validator("diff.schema.json").validate(document)

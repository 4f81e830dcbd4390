"""The tables of a `.journey` file and the migrations from older schema versions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

SCHEMA_VERSION = 3

# Indexes other SQLite tools (and reports) need to look up a journey's or touchpoint's rows.
INDEXES: tuple[str, ...] = (
    "CREATE INDEX IF NOT EXISTS idx_touchpoints_journey ON touchpoints (journey)",
    "CREATE INDEX IF NOT EXISTS idx_actions_touchpoint ON actions (touchpoint)",
)


def _add_indexes(conn: sqlite3.Connection) -> None:
    """Schema 1 -> 2: the look-up indexes."""
    for statement in INDEXES:
        conn.execute(statement)


# Columns format 2 of the project (design.md) added in schema 3: table -> (column, type,
# the value older files hold: a default of the model, or None)
FORMAT_2_COLUMNS: dict[str, tuple[tuple[str, type, object], ...]] = {
    "project": (("budget_per_month", float, None), ("fatigue_tolerance", float, 0.05),
                ("care_silence_days", int, None)),
    "channels": (("context_group", str, None), ("hours_per_day", float, None),
                 ("handling_minutes", float, None), ("agents", int, None),
                 ("service_level_share", float, None), ("service_level_seconds", float, None)),
    "actions": (("trigger_direction", str, None),),
}
# Tables added by a later schema: a file of an older schema does not have them yet.
ADDED_IN: dict[str, int] = {"peaks": 3}


def _add_format_2(conn: sqlite3.Connection) -> None:
    """Schema 2 -> 3: the columns and the peaks table of project format 2 (sqlite-utils'
    add_column; the values of older files are the model's defaults)."""
    import sqlite_utils  # imported when needed: reading a current file uses sqlite3 alone

    db = sqlite_utils.Database(conn)
    for table, columns in FORMAT_2_COLUMNS.items():
        for name, kind, default in columns:
            if default is None:
                db.table(table).add_column(name, kind)
            else:
                db.table(table).add_column(name, kind, not_null_default=default)
    spec = TABLES["peaks"]
    db.table("peaks").create(spec.columns, pk=spec.pk, foreign_keys=list(spec.foreign_keys))


# MIGRATIONS[n] upgrades a database from schema n to n + 1, in place.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_indexes, 2: _add_format_2}


@dataclass(frozen=True)
class TableSpec:
    """Columns in insertion order (name -> Python type, as sqlite-utils takes them)."""

    columns: dict[str, type]
    pk: str | tuple[str, ...] | None = None
    foreign_keys: tuple[tuple[str, str, str], ...] = field(default=())


_IN_JOURNEY = (("journey", "journeys", "id"),)

TABLES: dict[str, TableSpec] = {
    "meta": TableSpec({"key": str, "value": str}, pk="key"),
    "project": TableSpec(
        {"id": int, "name": str, "locale": str, "care_silence_limit": int,
         "fatigue_window_days": int, "budget_per_month": float, "fatigue_tolerance": float,
         "care_silence_days": int},
        pk="id",
    ),
    "tiers": TableSpec(
        {"id": str, "position": int, "name": str, "share": float, "value_per_customer": float,
         "care_level": str, "max_contacts_per_window": int, "human_touch_at_mot": bool},
        pk="id",
    ),
    "channels": TableSpec(
        {"id": str, "position": int, "name": str, "kind": str, "capacity_per_day": int,
         "cost_per_contact": float, "context_group": str, "hours_per_day": float,
         "handling_minutes": float, "agents": int, "service_level_share": float,
         "service_level_seconds": float},
        pk="id",
    ),
    "journeys": TableSpec(
        {"id": str, "position": int, "name": str, "monthly_entries": float, "entries": str,
         "exits": str, "opportunities": str},
        pk="id",
    ),
    "peaks": TableSpec(
        {"journey": str, "position": int, "name": str, "start": str, "days": int,
         "factor": float},
        pk=("journey", "position"), foreign_keys=_IN_JOURNEY,
    ),
    "stages": TableSpec(
        {"id": str, "journey": str, "position": int, "name": str},
        pk="id", foreign_keys=_IN_JOURNEY,
    ),
    "touchpoints": TableSpec(
        {"id": str, "journey": str, "position": int, "stage": str, "name": str,
         "channels": str, "emotion": int, "pain_points": str, "delight_points": str,
         "moment_of_truth": bool, "recovery": bool, "owner": str, "day": float,
         "backstage": str, "x": float, "y": float},
        pk="id", foreign_keys=_IN_JOURNEY,
    ),
    "transitions": TableSpec(
        {"journey": str, "position": int, "source": str, "target": str, "share": float},
        pk=("journey", "position"), foreign_keys=_IN_JOURNEY,
    ),
    "actions": TableSpec(
        {"id": str, "position": int, "touchpoint": str, "tiers": str, "channel": str,
         "name": str, "purpose": str, "trigger_type": str, "trigger_event": str,
         "trigger_days": float, "trigger_date": str, "trigger_metric": str,
         "trigger_value": float, "owner": str, "sla_minutes": int, "cost": float, "kpi": str,
         "message": str, "start": str, "end": str, "status": str,
         "trigger_direction": str},
        pk="id",
    ),
    "kpis": TableSpec(
        {"position": int, "name": str, "baseline": float, "target": float, "unit": str},
        pk="position",
    ),
    "phases": TableSpec(
        {"position": int, "name": str, "start": str, "end": str, "tasks": str, "owner": str},
        pk="position",
    ),
    "risks": TableSpec(
        {"position": int, "name": str, "kind": str, "mitigation": str, "owner": str},
        pk="position",
    ),
}

# Columns that may be NULL (an optional value left unset); every other column must hold
# a value of its type. What a reader may trust after sqlite_checks has looked at a file.
OPTIONAL: dict[str, frozenset[str]] = {
    "project": frozenset({"budget_per_month", "care_silence_days"}),
    "channels": frozenset({"capacity_per_day", "context_group", "hours_per_day",
                           "handling_minutes", "agents", "service_level_share",
                           "service_level_seconds"}),
    "touchpoints": frozenset({"day", "x", "y"}),
    "actions": frozenset({"trigger_event", "trigger_days", "trigger_date", "trigger_metric",
                          "trigger_value", "sla_minutes", "cost", "start", "end",
                          "trigger_direction"}),
    "kpis": frozenset({"baseline", "target"}),
    "phases": frozenset({"start", "end"}),
}

# Text columns holding a JSON array of strings.
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "journeys": ("entries", "exits", "opportunities"),
    "touchpoints": ("channels", "pain_points", "delight_points", "backstage"),
    "actions": ("tiers",),
    "phases": ("tasks",),
}

"""The `.journey` project file: an SQLite database, one table per entity.

Written with sqlite-utils (tables, types, keys) and read with plain SQL. Lists of
strings are JSON text columns; order is kept in a `position` column. A `meta` table
holds `schema_version` and the version of the app that wrote the file. Saving goes
through a temporary file and an atomic rename, so the file on disk is always whole.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import urllib.parse
from collections import defaultdict
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

import sqlite_utils

from journey_designer import __version__, messages
from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Phase,
    Project,
    ProjectFileError,
    Risk,
    Settings,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)
from journey_designer.io.atomic import atomic_replace
from journey_designer.io.schema import INDEXES, MIGRATIONS, SCHEMA_VERSION, TABLES

SQLITE_MAGIC = b"SQLite format 3\x00"
APP_ID = "journey-designer"


def _t(text: str) -> str:
    return messages.translate("ProjectFile", text)


# ---------------------------------------------------------------- saving


Rows = dict[str, list[tuple[Any, ...]]]


def save_project(project: Project, path: str | Path) -> None:
    """Write `project` to `path` atomically: the old file survives any failure."""
    write_rows(project_rows(project), path)


def project_rows(project: Project) -> Rows:
    """Every table's rows: plain tuples, safe to hand to another thread for writing."""
    return _rows_of(project)


def write_rows(rows: Rows, path: str | Path) -> None:
    """Write rows from `project_rows` atomically (callable off the UI thread)."""
    path = Path(path)
    try:
        atomic_replace(path, lambda temp: _write_database(rows, temp))
    except sqlite3.Error as exc:
        raise ProjectFileError(path, _t("could not be written ({reason})").format(reason=exc)) from None


def _write_database(rows: Rows, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        # The file is a private temporary until the rename; durability comes from
        # the fsync before it, so SQLite's own journal would only cost time.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db = sqlite_utils.Database(conn)
        for name, spec in TABLES.items():
            db.table(name).create(
                spec.columns, pk=spec.pk, foreign_keys=list(spec.foreign_keys) or None
            )
        with conn:
            for name, table_rows in rows.items():
                marks = ", ".join("?" * len(TABLES[name].columns))
                conn.executemany(f"INSERT INTO [{name}] VALUES ({marks})", table_rows)
            for statement in INDEXES:
                conn.execute(statement)
    finally:
        conn.close()


def _dump_list(values: list[str]) -> str:
    """A JSON array of strings (json's C string encoder; a few times faster than dumps)."""
    return "[" + ",".join(map(encode_basestring, values)) + "]" if values else "[]"


def _rows_of(project: Project) -> Rows:
    """Every table's rows, in the column order of `TABLES`."""
    s = project.settings
    rows: Rows = defaultdict(list)
    rows["meta"] = [
        ("application", APP_ID),
        ("schema_version", str(SCHEMA_VERSION)),
        ("app_version", __version__),
    ]
    rows["project"] = [
        (1, project.name, project.locale, s.care_silence_limit, s.fatigue_window_days)
    ]
    rows["tiers"] = [
        (t.id, i, t.name, t.share, t.value_per_customer, t.care_level,
         t.max_contacts_per_window, t.human_touch_at_mot)
        for i, t in enumerate(project.tiers)
    ]
    rows["channels"] = [
        (c.id, i, c.name, c.kind, c.capacity_per_day, c.cost_per_contact)
        for i, c in enumerate(project.channels)
    ]
    for ji, j in enumerate(project.journeys):
        _journey_rows(j, ji, rows)
    rows["actions"] = [_action_row(a, i) for i, a in enumerate(project.actions)]
    rows["kpis"] = [(i, k.name, k.baseline, k.target, k.unit) for i, k in enumerate(project.kpis)]
    rows["phases"] = [
        (i, p.name, p.start, p.end, _dump_list(p.tasks), p.owner)
        for i, p in enumerate(project.phases)
    ]
    rows["risks"] = [
        (i, r.name, r.kind, r.mitigation, r.owner) for i, r in enumerate(project.risks)
    ]
    return rows


def _journey_rows(j: Journey, position: int, rows: Rows) -> None:
    rows["journeys"].append(
        (j.id, position, j.name, j.monthly_entries, _dump_list(j.entries),
         _dump_list(j.exits), _dump_list(j.opportunities))
    )
    rows["stages"] += [(s.id, j.id, i, s.name) for i, s in enumerate(j.stages)]
    rows["touchpoints"] += [
        (tp.id, j.id, i, tp.stage, tp.name, _dump_list(tp.channels), tp.emotion,
         _dump_list(tp.pain_points), _dump_list(tp.delight_points), tp.moment_of_truth,
         tp.recovery, tp.owner, tp.day, _dump_list(tp.backstage), tp.x, tp.y)
        for i, tp in enumerate(j.touchpoints)
    ]
    rows["transitions"] += [
        (j.id, i, t.source, t.target, t.share) for i, t in enumerate(j.transitions)
    ]


def _action_row(a: CareAction, position: int) -> tuple[Any, ...]:
    t = a.trigger
    return (
        a.id, position, a.touchpoint, _dump_list(a.tiers), a.channel, a.name, a.purpose,
        t.type, t.event, t.days, t.date, t.metric, t.value,
        a.owner, a.sla_minutes, a.cost, a.kpi, a.message, a.start, a.end, a.status,
    )


# ---------------------------------------------------------------- loading


def load_project(path: str | Path) -> Project:
    """Read a `.journey` file; raises ProjectFileError with a clear reason otherwise.

    The file is opened read-only and never changed, whatever is wrong with it.
    """
    path = Path(path)
    _check_file_looks_like_sqlite(path)
    try:
        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, _t("cannot be opened ({reason})").format(reason=exc)) from None
    try:
        version = _schema_version(conn, path)
        if version < SCHEMA_VERSION:
            conn = _migrated_copy(conn, version)
        return _read_project(conn, path)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(path, _t("is damaged and cannot be read ({reason})").format(
            reason=exc)) from None
    except (UnicodeDecodeError, ValueError, TypeError, IndexError) as exc:
        # Damaged bytes inside otherwise readable pages: text that is not UTF-8, or
        # values of the wrong shape. Report, never crash.
        reason = type(exc).__name__ if isinstance(exc, UnicodeDecodeError) else str(exc)[:80]
        raise ProjectFileError(path, _t("is damaged: its contents cannot be read ({reason})").format(
            reason=reason)) from None
    finally:
        conn.close()


def file_schema_version(path: str | Path) -> int | None:
    """The schema version a `.journey` file was written with (None if it is not one)."""
    path = Path(path)
    try:
        _check_file_looks_like_sqlite(path)
        conn = sqlite3.connect(f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro", uri=True)
    except (ProjectFileError, sqlite3.Error):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


def _check_file_looks_like_sqlite(path: Path) -> None:
    """Refuse missing, non-SQLite and truncated files before SQLite sees them."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise ProjectFileError(path, _t("no such file")) from None
    except IsADirectoryError:
        raise ProjectFileError(path, _t("is a folder, not a project file")) from None
    except OSError as exc:
        raise ProjectFileError(path, _t("cannot be read ({reason})").format(reason=exc.strerror)) from None
    if size == 0:
        raise ProjectFileError(path, _t("is empty, not a Journey Designer project"))
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(
            path, _t("is not a Journey Designer project (it is not an SQLite database)")
        )
    if len(header) < 100:
        raise ProjectFileError(path, _t("is truncated (shorter than an SQLite header)"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_size * page_count:
        raise ProjectFileError(path, _t("is truncated: {size} bytes of the {expected} it should have").format(
            size=f"{size:,}", expected=f"{page_size * page_count:,}"))


def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        raise ProjectFileError(
            path, _t("is an SQLite database but not a Journey Designer project (no meta table)")
        )
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("application") != APP_ID:
        raise ProjectFileError(path, _t("is an SQLite database written by another program"))
    try:
        version = int(meta.get("schema_version", ""))
    except ValueError:
        raise ProjectFileError(path, _t("has no readable schema_version in its meta table")) from None
    if version > SCHEMA_VERSION:
        writer = meta.get("app_version", _t("a newer version"))
        raise ProjectFileError(path, _t(
            "was written by Journey Designer {writer} (file schema {version}); this version "
            "reads schema {supported} and older — please update the program").format(
            writer=writer, version=version, supported=SCHEMA_VERSION))
    missing = [name for name in TABLES if name not in tables]
    if version == SCHEMA_VERSION and missing:
        raise ProjectFileError(path, _t("is incomplete: missing table(s) {tables}").format(
            tables=", ".join(missing)))
    return version


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """Upgrade an older file in memory; the file on disk stays as it was."""
    memory = sqlite3.connect(":memory:")
    conn.backup(memory)
    conn.close()
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](memory)
    return memory


def _read_project(conn: sqlite3.Connection, path: Path) -> Project:
    reader = _TableReader(conn, path)
    row = reader.one("SELECT name, locale, care_silence_limit, fatigue_window_days FROM project")
    # Loading creates tens of thousands of objects and no cycles: the cyclic garbage
    # collector would only run again and again over them.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        tiers = [
            Tier(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
            for r in reader.rows("tiers", "id, name, share, value_per_customer, care_level, "
                                 "max_contacts_per_window, human_touch_at_mot")
        ]
        channels = [Channel(*r[:-1]) for r in reader.rows(
            "channels", "id, name, kind, capacity_per_day, cost_per_contact")]
        phase_rows = reader.rows("phases", "name, start, [end], tasks, owner")
        phases = [Phase(r[0], r[1], r[2], tasks, r[4])
                  for r, tasks in zip(phase_rows, reader.lists(phase_rows, 3, "phases"),
                                      strict=True)]
        return Project(
            name=row[0],
            locale=row[1],
            settings=Settings(care_silence_limit=row[2], fatigue_window_days=row[3]),
            tiers=tiers,
            channels=channels,
            journeys=reader.journeys(),
            actions=reader.actions(),
            kpis=[Kpi(*r[:-1]) for r in reader.rows("kpis", "name, baseline, target, unit")],
            phases=phases,
            risks=[Risk(*r[:-1]) for r in reader.rows("risks", "name, kind, mitigation, owner")],
        )
    finally:
        if gc_was_on:
            gc.enable()


class _TableReader:
    """Reads a table's rows in `position` order and decodes its JSON list columns.

    A column's lists are decoded in one `json.loads` call: a call per cell would make
    loading a big project several times slower than reading its rows.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def one(self, sql: str) -> tuple[Any, ...]:
        row = self.conn.execute(sql).fetchone()
        if row is None:
            raise ProjectFileError(self.path, _t("is damaged: the project table is empty"))
        return tuple(row)

    def rows(self, table: str, columns: str) -> list[tuple[Any, ...]]:
        # Rows come back in rowid order, which is position order in files we wrote;
        # sorting in Python only when needed is cheaper than ORDER BY on every load.
        fetched = self.conn.execute(f"SELECT {columns}, position FROM [{table}]").fetchall()
        positions = [r[-1] for r in fetched]
        if any(a > b for a, b in zip(positions, positions[1:], strict=False)):
            fetched.sort(key=lambda r: r[-1])
        return fetched

    def lists(self, rows: list[tuple[Any, ...]], index: int, table: str) -> list[list[str]]:
        """The JSON list column at `index` of `rows`, decoded and type-checked."""
        return self._decode_lists([r[index] for r in rows], table)

    def _decode_lists(self, texts: list[Any], table: str) -> list[list[str]]:
        try:
            values = json.loads("[" + ",".join(texts) + "]")
        except (TypeError, ValueError):
            values = None
        if not isinstance(values, list) or len(values) != len(texts):
            values = [self._decode_one(text, table) for text in texts]
        for value, text in zip(values, texts, strict=True):
            if value.__class__ is not list or (
                value and not all(isinstance(v, str) for v in value)
            ):
                self._bad_list(table, text)
        return values

    def _decode_one(self, text: Any, table: str) -> Any:
        try:
            return json.loads(text)
        except (TypeError, ValueError):
            self._bad_list(table, text)

    def _bad_list(self, table: str, text: Any) -> None:
        shown = repr(text) if len(repr(text)) < 60 else repr(text)[:57] + "..."
        raise ProjectFileError(self.path, _t("is damaged: table {table} has a list column holding {value}")
                               .format(table=table, value=shown))

    def journeys(self) -> list[Journey]:
        stages: defaultdict[str, list[Stage]] = defaultdict(list)
        for jid, sid, name, _ in self.rows("stages", "journey, id, name"):
            stages[jid].append(Stage(sid, name))
        touchpoints: defaultdict[str, list[Touchpoint]] = defaultdict(list)
        rows = self.rows(
            "touchpoints",
            "journey, id, stage, name, channels, emotion, pain_points, delight_points, "
            "moment_of_truth, recovery, owner, day, backstage, x, y",
        )
        channels, pains, delights, backstage = (
            self.lists(rows, i, "touchpoints") for i in (4, 6, 7, 12))
        for i, r in enumerate(rows):
            touchpoints[r[0]].append(Touchpoint(
                r[1], r[2], r[3], channels[i], r[5], pains[i], delights[i], bool(r[8]),
                bool(r[9]), r[10], r[11], backstage[i], r[13], r[14]))
        transitions: defaultdict[str, list[Transition]] = defaultdict(list)
        for jid, source, target, share, _ in self.rows("transitions",
                                                       "journey, source, target, share"):
            transitions[jid].append(Transition(source, target, share))
        rows = self.rows("journeys", "id, name, monthly_entries, entries, exits, opportunities")
        entries, exits, opportunities = (self.lists(rows, i, "journeys") for i in (3, 4, 5))
        return [
            Journey(id=r[0], name=r[1], monthly_entries=r[2], stages=stages[r[0]],
                    touchpoints=touchpoints[r[0]], transitions=transitions[r[0]],
                    entries=entries[i], exits=exits[i], opportunities=opportunities[i])
            for i, r in enumerate(rows)
        ]

    def actions(self) -> list[CareAction]:
        rows = self.rows(
            "actions",
            "id, touchpoint, tiers, channel, name, purpose, trigger_type, trigger_event, "
            "trigger_days, trigger_date, trigger_metric, trigger_value, owner, "
            "sla_minutes, cost, kpi, message, start, [end], status",
        )
        tiers = self.lists(rows, 2, "actions")
        return [
            CareAction(
                r[0], r[1], tiers[i], r[3], r[4], r[5],
                Trigger(r[6], r[7], r[8], r[9], r[10], r[11]),
                r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19],
            )
            for i, r in enumerate(rows)
        ]

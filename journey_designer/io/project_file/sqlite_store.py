"""The `.journey` project file: an SQLite database, one table per entity.

Written with sqlite-utils (tables, types, keys) and read with plain SQL. Lists of
strings are JSON text columns; order is kept in a `position` column. A `meta` table
holds `schema_version` and the version of the app that wrote the file. Saving goes
through a temporary file and an atomic rename, so the file on disk is always whole.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from functools import partial
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from journey_designer import __version__, collector, messages
from journey_designer.domain import (
    CareAction,
    Channel,
    Journey,
    Kpi,
    Peak,
    Phase,
    Project,
    ProjectFileError,
    Risk,
    ServiceLevel,
    Settings,
    Stage,
    Tier,
    Touchpoint,
    Transition,
    Trigger,
)
from journey_designer.domain.safe_values import (
    MAX_TEXT_BYTES,
    MAY_HOLD_SURROGATE_ESCAPE,
    lone_surrogate,
    text_problem,
)
from journey_designer.io.project_file.atomic import atomic_replace
from journey_designer.io.project_file.schema import ADDED_IN, INDEXES, MIGRATIONS, SCHEMA_VERSION, TABLES
from journey_designer.io.project_file.sqlite_checks import (
    BadCell,
    TooBig,
    cell_place,
    check_columns,
    check_structure,
    first_bad_in_file,
    first_bad_in_rows,
    first_too_big_in_file,
    first_unstorable_in_rows,
    limit_connection,
    locate_undecodable,
)
from journey_designer.io.project_file.sqlite_open import SIDECARS, SQLITE_MAGIC, open_for_reading

__all__ = ["SQLITE_MAGIC", "file_schema_version", "load_project", "project_rows", "save_project",
           "write_rows"]
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
    """Write rows from `project_rows` atomically (callable off the UI thread).

    Values no file may hold (a lone surrogate, a whole number beyond 64 bits, inf or
    NaN, text over safe_values.MAX_TEXT_BYTES, a wrong type) are refused with a
    ProjectFileError naming the table, row and column; the old file stays.
    """
    path = Path(path)
    try:
        for table, table_rows in rows.items():  # what the reader would refuse, refused now
            check_columns(table, list(TABLES[table].columns), table_rows,
                          partial(first_bad_in_rows, table, table_rows))
        atomic_replace(path, lambda temp: _write_database(rows, temp), sidecars=SIDECARS)
    except sqlite3.DataError:  # a value over the length limit
        bad = first_unstorable_in_rows(rows)
    except (UnicodeEncodeError, OverflowError):  # a value sqlite3 cannot bind
        bad = first_unstorable_in_rows(rows)
    except sqlite3.Error as exc:
        raise ProjectFileError(path, _t("could not be written ({reason})").format(reason=exc)) from None
    except BadCell as found:
        bad = found
    else:
        return
    raise ProjectFileError(path, _t("could not be written: {place}: {problem}").format(
        place=bad.place, problem=bad.problem))


def _write_database(rows: Rows, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_TEXT_BYTES)  # what the reader allows
    try:
        # The file is a private temporary until the rename; durability comes from
        # the fsync before it, so SQLite's own journal would only cost time.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        import sqlite_utils  # here: reading needs only sqlite3, and the app opens sooner

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
        (1, project.name, project.locale, s.care_silence_limit, s.fatigue_window_days,
         project.budget_per_month, s.fatigue_tolerance, s.care_silence_days)
    ]
    rows["tiers"] = [
        (t.id, i, t.name, t.share, t.value_per_customer, t.care_level,
         t.max_contacts_per_window, t.human_touch_at_mot)
        for i, t in enumerate(project.tiers)
    ]
    rows["channels"] = [
        (c.id, i, c.name, c.kind, c.capacity_per_day, c.cost_per_contact, c.context_group,
         c.hours_per_day, c.handling_minutes, c.agents,
         *((None, None) if c.service_level is None else
           (c.service_level.share, c.service_level.within_seconds)))
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
    rows["peaks"] += [(j.id, i, p.name, p.start, p.days, p.factor)
                      for i, p in enumerate(j.peaks)]
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
        t.direction,
    )


# ---------------------------------------------------------------- loading


def load_project(path: str | Path) -> Project:
    """Read a `.journey` file; raises ProjectFileError with a clear reason otherwise.

    Nothing on disk changes, whatever is wrong with the file or lies beside it; every
    value is checked (sqlite_checks) before a row is fetched.
    """
    path = Path(path)
    # Loading creates tens of thousands of objects and no cycles: the cyclic garbage
    # collector would only run again and again over them (and once more over all of
    # them if it were back on before the file is closed).
    with collector.paused():
        return _load(path)


def _load(path: Path) -> Project:
    with open_for_reading(path) as (conn, _, sidecar):
        try:
            version = _schema_version(conn, path)
            if version < SCHEMA_VERSION:
                conn = _migrated_copy(conn, version)
            check_structure(conn, TABLES)
            return _read_project(conn, path)
        except TooBig as big:
            raise ProjectFileError(path, _t("is too big to open: {place} {problem}").format(
                place=big.place, problem=big.problem)) from None
        except BadCell as bad:
            raise ProjectFileError(path, _t("is damaged: {place}: {problem}").format(
                place=bad.place, problem=bad.problem)) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            found = None
            if isinstance(exc, UnicodeDecodeError) or "decode to UTF-8" in str(exc):
                found = locate_undecodable(conn, TABLES)
            elif isinstance(exc, sqlite3.DataError):  # SQLite refused an oversized value
                found = first_too_big_in_file(conn, TABLES)
            if found is not None:
                raise ProjectFileError(path, _t("is damaged: {place}: {problem}").format(
                    place=found.place, problem=found.problem)) from None
            note = _t(" (with {sidecar} beside it applied)").format(
                sidecar=sidecar.name) if sidecar else ""
            raise ProjectFileError(path, _t("is damaged and cannot be read ({reason})").format(
                reason=str(exc)[:200]) + note) from None
        finally:
            conn.close()


def file_schema_version(path: str | Path) -> int | None:
    """The schema version a `.journey` file was written with (None if it is not one)."""
    try:
        with open_for_reading(Path(path)) as (conn, _, _):
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return _parse_version(row[0]) if row else None
    except (ProjectFileError, sqlite3.Error, UnicodeDecodeError):
        return None


def _parse_version(value: object) -> int | None:
    """A schema version as written: decimal digits, 1 or more."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value) if int(value) >= 1 else None
    return None


def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "meta" not in tables:
        raise ProjectFileError(
            path, _t("is an SQLite database but not a Journey Designer project (no meta table)")
        )
    check_structure(conn, ["meta"])
    rows = conn.execute("SELECT key, value FROM meta").fetchall()
    check_columns("meta", ("key", "value"), rows, lambda column: first_bad_in_file(
        conn, "meta", column))
    meta = dict(rows)
    if meta.get("application") != APP_ID:
        raise ProjectFileError(path, _t("is an SQLite database written by another program"))
    raw = meta.get("schema_version")
    version = _parse_version(raw)
    if version is None:
        shown = repr(raw) if len(repr(raw)) < 40 else repr(raw)[:37] + "..."
        raise ProjectFileError(path, _t(
            "has no readable schema_version in its meta table (it holds {value}; versions "
            "are whole numbers from 1)").format(value=shown))
    if version > SCHEMA_VERSION:
        writer = meta.get("app_version", _t("a newer version"))
        raise ProjectFileError(path, _t(
            "was written by Journey Designer {writer} (file schema {version}); this version "
            "reads schema {supported} and older — please update the program").format(
            writer=writer, version=version, supported=SCHEMA_VERSION))
    # A file has every table of its schema (later ones are added by the migrations).
    missing = [name for name in TABLES
               if name not in tables and ADDED_IN.get(name, 1) <= version]
    if missing:
        raise ProjectFileError(path, _t("is incomplete: missing table(s) {tables}").format(
            tables=", ".join(missing)))
    return version


def _migrated_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """Upgrade an older file in memory; the file on disk stays as it was."""
    memory = sqlite3.connect(":memory:")
    limit_connection(memory)
    conn.backup(memory)
    conn.close()
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](memory)
    return memory


def _read_project(conn: sqlite3.Connection, path: Path) -> Project:
    reader = _TableReader(conn, path)
    row = reader.project()
    tiers = [
        Tier(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
        for r in reader.rows("tiers", "id, name, share, value_per_customer, care_level, "
                             "max_contacts_per_window, human_touch_at_mot")
    ]
    channels = [Channel(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                        service_level=None if r[9] is None or r[10] is None
                        else ServiceLevel(r[9], r[10]))
                for r in reader.rows("channels", "id, name, kind, capacity_per_day, "
                                     "cost_per_contact, context_group, hours_per_day, "
                                     "handling_minutes, agents, service_level_share, "
                                     "service_level_seconds")]
    phase_rows = reader.rows("phases", "name, start, [end], tasks, owner")
    phases = [Phase(r[0], r[1], r[2], tasks, r[4])
              for r, tasks in zip(phase_rows, reader.lists(phase_rows, 3, "phases", "tasks"),
                                  strict=True)]
    return Project(
        name=row[0],
        locale=row[1],
        settings=Settings(care_silence_limit=row[2], fatigue_window_days=row[3],
                          fatigue_tolerance=row[5], care_silence_days=row[6]),
        budget_per_month=row[4],
        tiers=tiers,
        channels=channels,
        journeys=reader.journeys(),
        actions=reader.actions(),
        kpis=[Kpi(*r[:-1]) for r in reader.rows("kpis", "name, baseline, target, unit")],
        phases=phases,
        risks=[Risk(*r[:-1]) for r in reader.rows("risks", "name, kind, mitigation, owner")],
    )


class _TableReader:
    """Reads a table's rows in `position` order and decodes its JSON list columns.

    A column's lists are decoded in one `json.loads` call: a call per cell would make
    loading a big project several times slower than reading its rows.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def project(self) -> tuple[Any, ...]:
        columns = ("name", "locale", "care_silence_limit", "fatigue_window_days",
                   "budget_per_month", "fatigue_tolerance", "care_silence_days")
        fetched = self.conn.execute(f"SELECT {', '.join(columns)} FROM project").fetchall()
        if not fetched:
            raise ProjectFileError(self.path, _t("is damaged: the project table is empty"))
        check_columns("project", columns, fetched,
                      lambda column: first_bad_in_file(self.conn, "project", column))
        return tuple(fetched[0])

    def rows(self, table: str, columns: str) -> list[tuple[Any, ...]]:
        """The rows of `columns` and `position`, their values checked (sqlite_checks)."""
        names = [*(c.strip(" []") for c in columns.split(",")), "position"]
        fetched = self.conn.execute(f"SELECT {columns}, position FROM [{table}]").fetchall()
        check_columns(table, names, fetched,
                      lambda column: first_bad_in_file(self.conn, table, column))
        # Rows come back in rowid order, which is position order in files we wrote;
        # sorting in Python only when needed is cheaper than ORDER BY on every load.
        positions = [r[-1] for r in fetched]
        if any(a > b for a, b in zip(positions, positions[1:], strict=False)):
            fetched.sort(key=lambda r: r[-1])
        return fetched

    def lists(self, rows: list[tuple[Any, ...]], index: int, table: str,
              column: str) -> list[list[str]]:
        """The JSON list column at `index` of `rows`, decoded and type-checked (the cells
        are text: sqlite_checks made sure)."""
        texts = [r[index] for r in rows]
        joined = "[" + ",".join(texts) + "]"
        try:
            values = json.loads(joined)
        except (ValueError, RecursionError):
            values = None
        if not isinstance(values, list) or len(values) != len(texts):
            values = [self._decode_one(text, table, column) for text in texts]
        for value, text in zip(values, texts, strict=True):
            if value.__class__ is not list or (
                value and not all(v.__class__ is str for v in value)
            ):
                self._bad_list(table, column, text)
        if MAY_HOLD_SURROGATE_ESCAPE.search(joined):
            for value, text in zip(values, texts, strict=True):
                for item in value:
                    if lone_surrogate(item) is not None:
                        self._bad_list(table, column, text, text_problem(item))
        return values

    def _decode_one(self, text: str, table: str, column: str) -> Any:
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            self._bad_list(table, column, text)

    def _bad_list(self, table: str, column: str, text: str, problem: str | None = None) -> None:
        found = self.conn.execute(f"SELECT rowid FROM [{table}] WHERE [{column}] = ? LIMIT 1",
                                  (text,)).fetchone()
        shown = repr(text) if len(repr(text)) < 60 else repr(text)[:57] + "..."
        raise ProjectFileError(self.path, _t("is damaged: {place}: {problem}").format(
            place=cell_place(table, found[0] if found else "?", column),
            problem=problem or _t("{value} is not a list of texts").format(value=shown)))

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
            self.lists(rows, i, "touchpoints", name) for i, name in
            ((4, "channels"), (6, "pain_points"), (7, "delight_points"), (12, "backstage")))
        for i, r in enumerate(rows):
            touchpoints[r[0]].append(Touchpoint(
                r[1], r[2], r[3], channels[i], r[5], pains[i], delights[i], bool(r[8]),
                bool(r[9]), r[10], r[11], backstage[i], r[13], r[14]))
        transitions: defaultdict[str, list[Transition]] = defaultdict(list)
        for jid, source, target, share, _ in self.rows("transitions",
                                                       "journey, source, target, share"):
            transitions[jid].append(Transition(source, target, share))
        peaks: defaultdict[str, list[Peak]] = defaultdict(list)
        for jid, name, start, days, factor, _ in self.rows("peaks",
                                                           "journey, name, start, days, factor"):
            peaks[jid].append(Peak(name, start, days, factor))
        rows = self.rows("journeys", "id, name, monthly_entries, entries, exits, opportunities")
        entries, exits, opportunities = (
            self.lists(rows, i, "journeys", name)
            for i, name in ((3, "entries"), (4, "exits"), (5, "opportunities")))
        return [
            Journey(id=r[0], name=r[1], monthly_entries=r[2], stages=stages[r[0]],
                    touchpoints=touchpoints[r[0]], transitions=transitions[r[0]],
                    entries=entries[i], exits=exits[i], opportunities=opportunities[i], peaks=peaks[r[0]])
            for i, r in enumerate(rows)
        ]

    def actions(self) -> list[CareAction]:
        rows = self.rows(
            "actions",
            "id, touchpoint, tiers, channel, name, purpose, trigger_type, trigger_event, "
            "trigger_days, trigger_date, trigger_metric, trigger_value, owner, "
            "sla_minutes, cost, kpi, message, start, [end], status, trigger_direction",
        )
        tiers = self.lists(rows, 2, "actions", "tiers")
        return [
            CareAction(
                r[0], r[1], tiers[i], r[3], r[4], r[5],
                Trigger(r[6], r[7], r[8], r[9], r[10], r[11], r[20]),
                r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19],
            )
            for i, r in enumerate(rows)
        ]

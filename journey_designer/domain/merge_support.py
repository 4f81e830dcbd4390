"""Helpers of the three-way merge (merge.py): where each object is, how a conflict names
it, and which of theirs' changes must give way so that the merged project stays valid.

An object's *path* is a tuple: ``("tier", id)``, ``("channel", id)``, ``("journey", id)``,
``("action", id)``, ``("kpi" | "phase" | "risk", key)`` (key: the name, or
``(name, n)`` for the n-th repeat of a name), ``("stage" | "touchpoint", journey id, id)``,
``("transition", journey id, (from, to))``, and ``("settings",)`` / ``("project",)``.

A *veto* ``(path, field)`` makes the merge keep ours for that field (``field`` None:
the object exists or not as in ours). Starting from two valid versions, a merged project
can only break the rules where changes from both sides meet: a reference to an object the
other side removed, shares that sum to more than 1, an id added twice, an end date before
a start date set by the other side. `find_vetoes` finds those and says which of theirs'
changes to undo; undoing all of them gives back ours, which is valid.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from functools import cached_property
from typing import Any

from journey_designer import messages
from journey_designer.domain.model import Journey, Project, Trigger

Path = tuple[Any, ...]
Veto = tuple[Path, str | None]
# list attribute -> (the kind of its items, how to key them)
ListKeys = dict[str, tuple[str, Callable[[list[Any]], list[Hashable]]]]
SHARE_TOLERANCE = 1e-6
MAX_TEXT = 60
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
JOURNEY_PARTS = ("stage", "touchpoint", "transition")


def _t(text: str) -> str:
    return messages.translate("Merge", text)


# ---------------------------------------------------------------- keys and indices


def id_keys(items: list[Any]) -> list[Hashable]:
    return [item.id for item in items]


def end_keys(items: list[Any]) -> list[Hashable]:
    return [(item.source, item.target) for item in items]


def name_keys(items: list[Any]) -> list[Hashable]:
    """A name, or (name, n) for its n-th repeat: KPIs, phases and risks have no id."""
    seen: Counter[str] = Counter()
    keys: list[Hashable] = []
    for item in items:
        n = seen[item.name]
        seen[item.name] += 1
        keys.append(item.name if n == 0 else (item.name, n))
    return keys


TOP_LISTS: ListKeys = {"tiers": ("tier", id_keys), "channels": ("channel", id_keys),
             "journeys": ("journey", id_keys), "actions": ("action", id_keys),
             "kpis": ("kpi", name_keys), "phases": ("phase", name_keys),
             "risks": ("risk", name_keys)}
JOURNEY_LISTS: ListKeys = {"stages": ("stage", id_keys), "touchpoints": ("touchpoint", id_keys),
                 "transitions": ("transition", end_keys)}


class Index:
    """Every object of a project by path; each list is indexed on first use."""

    def __init__(self, project: Project | None) -> None:
        self.project = project
        self._lists: dict[tuple[Any, ...], dict[Hashable, Any]] = {}

    def _list(self, kind: str, scope: tuple[Any, ...]) -> dict[Hashable, Any]:
        found = self._lists.get((kind, *scope))
        if found is not None:
            return found
        items: list[Any] = []
        keys_of: Callable[[list[Any]], list[Hashable]] = id_keys
        if self.project is not None:
            if scope:
                journey = self._list("journey", ()).get(scope[0])
                field = next((f for f, (k, _) in JOURNEY_LISTS.items() if k == kind), None)
                if journey is not None and field is not None:
                    items, keys_of = getattr(journey, field), JOURNEY_LISTS[field][1]
            else:
                field = next((f for f, (k, _) in TOP_LISTS.items() if k == kind), None)
                if field is not None:
                    items, keys_of = getattr(self.project, field), TOP_LISTS[field][1]
        found = dict(zip(keys_of(items), items, strict=True))
        self._lists[(kind, *scope)] = found
        return found

    def get(self, path: Path) -> Any:
        """The object at `path`, or None."""
        if self.project is None:
            return None
        if path[0] == "project":
            return self.project
        if path[0] == "settings":
            return self.project.settings
        return self._list(path[0], path[1:-1]).get(path[-1])

    def has(self, path: Path) -> bool:
        return self.get(path) is not None

    @cached_property
    def touchpoint_paths(self) -> dict[str, Path]:
        """Touchpoint id -> its path (actions refer to touchpoints by id alone)."""
        if self.project is None:
            return {}
        return {tp.id: ("touchpoint", j.id, tp.id)
                for j in self.project.journeys for tp in j.touchpoints}


# ---------------------------------------------------------------- naming


def show(value: Any) -> str:
    """A value as a conflict line shows it ('Welcome call', [a, b], none, 3)."""
    if value is None:
        return _t("none")
    if isinstance(value, str):
        text = value if len(value) <= MAX_TEXT else value[:MAX_TEXT - 1] + "…"
        return repr(text)
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(show(v) for v in value) + ")"
    if isinstance(value, Trigger):
        parts = [value.type] + [f"{f.name} {show(getattr(value, f.name))}"
                                for f in dataclasses.fields(value)[1:]
                                if getattr(value, f.name) is not None]
        return " ".join(parts)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = ", ".join(f"{f.name} {show(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return "{" + inner + "}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Places:
    """Names a path the way validation names places, with the id added:
    ``journey "Onboarding", touchpoint "Welcome call" (tp-12)``."""

    def __init__(self, *indices: Index) -> None:
        self.indices = indices  # ours first: its names win

    def find(self, path: Path) -> Any:
        for index in self.indices:
            found = index.get(path)
            if found is not None:
                return found
        return None

    def name(self, path: Path) -> str:
        found = self.find(path)
        return str(getattr(found, "name", "") if found is not None else path[-1])

    def ident(self, path: Path) -> str | None:
        """The id a --json conflict carries (a name for KPIs, phases, risks)."""
        if path[0] in ("project", "settings"):
            return None
        key = path[-1]
        if path[0] == "transition":
            return f"{key[0]} → {key[1]}"
        if isinstance(key, tuple):
            return f"{key[0]} #{key[1] + 1}"
        return str(key)

    def place(self, path: Path) -> str:
        kind = path[0]
        if kind == "project":
            return _t("project")
        if kind == "settings":
            return _t("settings")
        if kind in JOURNEY_PARTS:
            journey = _t('journey "{name}"').format(name=self.name(("journey", path[1])))
            if kind == "transition":
                source, target = path[2]
                label = (f"{self.name(('touchpoint', path[1], source))} → "
                         f"{self.name(('touchpoint', path[1], target))}")
                return _t('{journey}, transition "{name}"').format(journey=journey, name=label)
            what = _t('stage "{name}" ({id})') if kind == "stage" else _t('touchpoint "{name}" ({id})')
            return _t("{journey}, {what}").format(
                journey=journey, what=what.format(name=self.name(path), id=path[2]))
        named = {"tier": _t('tier "{name}" ({id})'), "channel": _t('channel "{name}" ({id})'),
                 "journey": _t('journey "{name}" ({id})'), "action": _t('action "{name}" ({id})'),
                 "kpi": _t('KPI "{name}"'), "phase": _t('phase "{name}"'), "risk": _t('risk "{name}"')}
        return named[kind].format(name=self.name(path), id=path[1])


# ---------------------------------------------------------------- what would be invalid


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Finder:
    """Collects vetoes (with the reason) for the merged project `merged`."""

    def __init__(self, merged: Project, ours: Index, places: Places) -> None:
        self.merged = merged
        self.here = Index(merged)
        self.ours = ours
        self.places = places
        self.vetoes: dict[Veto, str] = {}

    def veto(self, path: Path, field: str | None, problem: str) -> None:
        self.vetoes.setdefault((path, field), problem)

    def dangling(self, source: Path, field: str | None, target: Path | None, what: str) -> None:
        """`source`'s `field` refers to `target`, which the merged project lacks."""
        if target is not None and self.ours.has(target):
            holder = ("journey", target[1]) if target[0] in JOURNEY_PARTS else target
            if not self.here.has(holder):  # the whole journey went: bring it back
                target = holder
            self.veto(target, None, _t("theirs removed it, but {place} still uses it").format(
                place=self.places.place(source)))
            return
        problem = _t("it refers to {what}, which the merged project does not have").format(what=what)
        if field is not None and self.ours.has(source):
            self.veto(source, field, problem)
        else:
            self.veto(source, None, problem)


def find_vetoes(merged: Project, ours: Index, places: Places) -> dict[Veto, str]:
    """Which of theirs' changes to undo (veto -> why) so that `merged` becomes valid."""
    finder = _Finder(merged, ours, places)
    _references(finder)
    _duplicate_ids(finder)
    _shares(finder)
    _dates(finder)
    return finder.vetoes


def _references(f: _Finder) -> None:
    project = f.merged
    tiers = {t.id for t in project.tiers}
    channels = {c.id for c in project.channels}
    all_tps: set[str] = set()
    for j in project.journeys:
        stages = {s.id for s in j.stages}
        tps = {tp.id for tp in j.touchpoints}
        all_tps |= tps
        for tp in j.touchpoints:
            path: Path = ("touchpoint", j.id, tp.id)
            if tp.stage not in stages:
                f.dangling(path, "stage", ("stage", j.id, tp.stage), _t("stage {id}").format(id=tp.stage))
            for ch in tp.channels:
                if ch not in channels:
                    f.dangling(path, "channels", ("channel", ch), _t("channel {id}").format(id=ch))
        for tr in j.transitions:
            for end in (tr.source, tr.target):
                if end not in tps:
                    f.dangling(("transition", j.id, (tr.source, tr.target)), None,
                               ("touchpoint", j.id, end), _t("touchpoint {id}").format(id=end))
        for field in ("entries", "exits"):
            for tp_id in getattr(j, field):
                if tp_id not in tps:
                    f.dangling(("journey", j.id), field, ("touchpoint", j.id, tp_id),
                               _t("touchpoint {id}").format(id=tp_id))
    used_tiers = {tier for action in project.actions for tier in action.tiers}
    if ({a.touchpoint for a in project.actions} <= all_tps and used_tiers <= tiers
            and {a.channel for a in project.actions} <= channels):
        return
    for action in project.actions:
        path = ("action", action.id)
        if action.touchpoint not in all_tps:
            f.dangling(path, "touchpoint", f.ours.touchpoint_paths.get(action.touchpoint),
                       _t("touchpoint {id}").format(id=action.touchpoint))
        for tier in action.tiers:
            if tier not in tiers:
                f.dangling(path, "tiers", ("tier", tier), _t("tier {id}").format(id=tier))
        if action.channel not in channels:
            f.dangling(path, "channel", ("channel", action.channel),
                       _t("channel {id}").format(id=action.channel))


def _owners(project: Project) -> Iterable[tuple[str, Path]]:
    yield from ((t.id, ("tier", t.id)) for t in project.tiers)
    yield from ((c.id, ("channel", c.id)) for c in project.channels)
    for j in project.journeys:
        yield j.id, ("journey", j.id)
        yield from ((s.id, ("stage", j.id, s.id)) for s in j.stages)
        yield from ((tp.id, ("touchpoint", j.id, tp.id)) for tp in j.touchpoints)
    yield from ((a.id, ("action", a.id)) for a in project.actions)


def _duplicate_ids(f: _Finder) -> None:
    project = f.merged
    ids = [t.id for t in project.tiers] + [c.id for c in project.channels]
    for j in project.journeys:
        ids.append(j.id)
        ids += [s.id for s in j.stages]
        ids += [tp.id for tp in j.touchpoints]
    ids += [a.id for a in project.actions]
    if len(set(ids)) == len(ids):
        return
    repeated = {object_id for object_id, n in Counter(ids).items() if n > 1}
    by_id: defaultdict[str, list[Path]] = defaultdict(list)
    for object_id, path in _owners(project):
        if object_id in repeated:
            by_id[object_id].append(path)
    for object_id, paths in by_id.items():
        for path in paths:
            other = next((p for p in paths if p != path), None)
            if other is not None and not f.ours.has(path):  # (the same path twice: bad input)
                f.veto(path, None, _t("id {id} is also used by {place}").format(
                    id=repr(object_id), place=f.places.place(other)))


def _undo_shares(f: _Finder, parts: list[tuple[Path, Any]], problem: str) -> None:
    """Keep ours' share of every part whose share theirs changed (or drop theirs' part)."""
    for path, item in parts:
        mine = f.ours.get(path)
        if mine is None:
            f.veto(path, None, problem)
        elif mine.share != item.share:
            f.veto(path, "share", problem)


def _shares(f: _Finder) -> None:
    tiers = f.merged.tiers
    total = sum(t.share for t in tiers if _is_number(t.share))
    if total > 1 + SHARE_TOLERANCE:
        _undo_shares(f, [(("tier", t.id), t) for t in tiers],
                     _t("tier shares would sum to {total}").format(total=f"{total:.3g}"))
    for j in f.merged.journeys:
        _journey_shares(f, j)


def _journey_shares(f: _Finder, journey: Journey) -> None:
    totals: dict[str, float] = {}
    get = totals.get
    for tr in journey.transitions:
        share = tr.share
        if (type(share) is float and share - share == 0.0) or _is_number(share):  # finite: quick test first
            totals[tr.source] = get(tr.source, 0.0) + share
    for source, total in totals.items():
        if total > 1 + SHARE_TOLERANCE:
            parts = [(("transition", journey.id, (tr.source, tr.target)), tr)
                     for tr in journey.transitions if tr.source == source]
            place = f.places.place(("touchpoint", journey.id, source))
            _undo_shares(f, parts, _t("shares leaving {place} would sum to {total}").format(
                place=place, total=f"{total:.3g}"))


def _dates(f: _Finder) -> None:
    phases = f.merged.phases
    # only what ends before it starts (in one sweep: the plan may date all 50,000 actions)
    backwards: list[tuple[str, Hashable, Any]] = [
        ("action", a.id, a) for a in f.merged.actions
        if a.start and a.end and isinstance(a.start, str) and isinstance(a.end, str) and a.end < a.start]
    backwards += [("phase", key, p) for key, p in zip(name_keys(phases), phases, strict=True)
                  if p.start and p.end and isinstance(p.start, str) and isinstance(p.end, str)
                  and p.end < p.start]
    for kind, key, item in backwards:
        start, end = item.start, item.end
        if not (_ISO_DATE.match(start) and _ISO_DATE.match(end)):
            continue
        path = (kind, key)
        mine = f.ours.get(path)
        problem = _t("it would end ({end}) before it starts ({start})").format(end=end, start=start)
        if mine is None:
            f.veto(path, None, problem)
            continue
        for field in ("start", "end"):
            if getattr(mine, field) != getattr(item, field):
                f.veto(path, field, problem)

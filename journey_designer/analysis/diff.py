"""What changed between two versions of a project, by name, and what it did to the plan.

Objects are matched by id (ids are stable across saves); transitions by their two ends.
Moving a card on the map is reported as "moved on the map", not as new coordinates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from journey_designer.analysis.engine import Analyzer
from journey_designer.analysis.whatif import AnalysisChange, compare
from journey_designer.domain import CareAction, Journey, Project, Touchpoint, Trigger

MAX_TEXT = 60
CHANGE_KINDS = ("added", "removed", "changed")


@dataclass(frozen=True, slots=True)
class Change:
    """One object added, removed or changed; `details` say how ("emotion: -1 → -3")."""

    what: str  # settings, tier, channel, journey, stage, touchpoint, transition, action
    change: str  # added, removed, changed
    name: str
    details: tuple[str, ...] = ()
    journey: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectDiff:
    old: str
    new: str
    changes: tuple[Change, ...]
    analysis: AnalysisChange

    def of(self, what: str, change: str | None = None) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.what == what
                     and (change is None or c.change == change))


def diff_projects(old: Project, new: Project, *, tier: str | None = None) -> ProjectDiff:
    """Structural changes from `old` to `new` and how coverage and gaps changed."""
    analyzer = Analyzer()
    changes = [*_settings(old, new),
               *_by_id("tier", old.tiers, new.tiers),
               *_by_id("channel", old.channels, new.channels),
               *_journeys(old, new),
               *_actions(old, new)]
    return ProjectDiff(old=old.name, new=new.name, changes=tuple(changes),
                       analysis=compare(analyzer.analyze(old, tier), analyzer.analyze(new, tier)))


# ---------------------------------------------------------------- formatting values


def _text(value: Any) -> str:
    if isinstance(value, Trigger):
        return _trigger(value)
    if isinstance(value, list):
        return "[" + ", ".join(_text(v) for v in value) + "]"
    if isinstance(value, str):
        short = value if len(value) <= MAX_TEXT else value[:MAX_TEXT - 1] + "…"
        return repr(short)
    return "none" if value is None else str(value)


def _trigger(trigger: Trigger) -> str:
    parts: list[str] = [trigger.type]
    for name in ("event", "days", "date", "metric", "value"):
        value = getattr(trigger, name)
        if value is not None:
            parts.append(f"{name} {_text(value)}")
    return " ".join(parts)


def _field_changes(old: Any, new: Any, *, skip: Iterable[str] = (),
                   show: dict[str, Callable[[Any], str]] | None = None) -> list[str]:
    """'field: old → new' for every differing dataclass field (x/y as 'moved on the map')."""
    show = show or {}
    skipped = {"id", "x", "y", *skip}
    details = []
    for f in dataclasses.fields(old):
        if f.name in skipped:
            continue
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a != b:
            fmt = show.get(f.name, _text)
            details.append(f"{f.name.replace('_', ' ')}: {fmt(a)} → {fmt(b)}")
    if isinstance(old, Touchpoint) and (old.x, old.y) != (new.x, new.y):
        details.append("moved on the map")
    return details


def _by_id(what: str, old: list[Any], new: list[Any], *, journey: str | None = None,
           skip: Iterable[str] = (), show: dict[str, Callable[[Any], str]] | None = None,
           name: Callable[[Any], str] | None = None) -> list[Change]:
    label = name or (lambda o: str(o.name))
    before = {o.id: o for o in old}
    after = {o.id: o for o in new}
    changes = [Change(what, "removed", label(o), journey=journey)
               for i, o in before.items() if i not in after]
    for i, o in after.items():
        if i not in before:
            changes.append(Change(what, "added", label(o), journey=journey))
            continue
        details = _field_changes(before[i], o, skip=skip, show=show)
        if details:
            changes.append(Change(what, "changed", label(o), tuple(details), journey))
    return changes


# ---------------------------------------------------------------- the project's parts


def _settings(old: Project, new: Project) -> list[Change]:
    details = _field_changes(old.settings, new.settings)
    if old.name != new.name:
        details.insert(0, f"name: {_text(old.name)} → {_text(new.name)}")
    return [Change("settings", "changed", new.name, tuple(details))] if details else []


def _journeys(old: Project, new: Project) -> list[Change]:
    before = {j.id: j for j in old.journeys}
    changes = _by_id("journey", old.journeys, new.journeys,
                     skip=("stages", "touchpoints", "transitions"),
                     show={"entries": _names_in(old, new), "exits": _names_in(old, new)})
    for journey in new.journeys:
        if journey.id in before:
            changes += _inside_journey(before[journey.id], journey)
    return changes


def _names_in(old: Project, new: Project) -> Callable[[Any], str]:
    names = {tp.id: tp.name for p in (old, new) for j in p.journeys for tp in j.touchpoints}
    return lambda ids: "[" + ", ".join(repr(names.get(i, i)) for i in ids) + "]"


def _inside_journey(old: Journey, new: Journey) -> list[Change]:
    stage_names = {s.id: s.name for j in (old, new) for s in j.stages}
    changes = _by_id("stage", old.stages, new.stages, journey=new.name)
    changes += _by_id("touchpoint", old.touchpoints, new.touchpoints, journey=new.name,
                      show={"stage": lambda s: repr(stage_names.get(s, s))})
    return changes + _transitions(old, new)


def _transitions(old: Journey, new: Journey) -> list[Change]:
    names = {tp.id: tp.name for j in (old, new) for tp in j.touchpoints}
    before = {(t.source, t.target): t.share for t in old.transitions}
    after = {(t.source, t.target): t.share for t in new.transitions}

    def label(key: tuple[str, str]) -> str:
        return f"{names.get(key[0], key[0])} → {names.get(key[1], key[1])}"

    changes = [Change("transition", "removed", label(k), (f"share {_share(s)}",), new.name)
               for k, s in before.items() if k not in after]
    for key, share in after.items():
        if key not in before:
            changes.append(Change("transition", "added", label(key), (f"share {_share(share)}",),
                                  new.name))
        elif before[key] != share:
            changes.append(Change("transition", "changed", label(key),
                                  (f"share: {_share(before[key])} → {_share(share)}",), new.name))
    return changes


def _share(value: object) -> str:
    return f"{value * 100:.3g} %" if isinstance(value, int | float) else _text(value)


def _actions(old: Project, new: Project) -> list[Change]:
    tp_names = {tp.id: tp.name for p in (old, new) for j in p.journeys for tp in j.touchpoints}
    tiers = {t.id: t.name for p in (old, new) for t in p.tiers}
    channels = {c.id: c.name for p in (old, new) for c in p.channels}

    def label(action: CareAction) -> str:
        return f"{action.name} at {tp_names.get(action.touchpoint, action.touchpoint)}"

    show = {"touchpoint": lambda i: repr(tp_names.get(i, i)),
            "tiers": lambda ids: "[" + ", ".join(repr(tiers.get(i, i)) for i in ids) + "]",
            "channel": lambda i: repr(channels.get(i, i))}
    return _by_id("action", old.actions, new.actions, show=show, name=label)

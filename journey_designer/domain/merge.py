"""Three-way merge of two versions of a project that share a common base (git's BASE,
OURS and THEIRS), the partner of `diff`.

Objects are matched by id (tiers, channels, journeys, stages, touchpoints, actions),
transitions by their two ends within their journey, KPIs, phases and risks by name.
For each object and each field:

- changed on one side only: that side's value; changed on both to the same value: it;
  changed on both to different values: a **conflict**, ours' value is kept;
- a touchpoint's position (x and y together) is one field: moved on both sides is a
  conflict only when the two positions differ;
- lists of texts or ids (pain and delight points, backstage, channels of a touchpoint,
  entries, exits, opportunities, an action's tiers, a phase's tasks) merge as ordered
  sets: what either side added is added, what either side removed is removed, never a
  conflict;
- an object added on one side is added (after its predecessor on that side); added on
  both sides with the same id, its fields merge as if the base had none of them;
- removed on one side and unchanged on the other: removed; removed on one side and
  changed on the other: a conflict, ours is kept (still there, or still removed);
- order: ours' order, unless only theirs reordered, then theirs'.

The merged project is valid whenever OURS and THEIRS are: where the two sides' changes
together would break a rule (tier or transition shares summing to more than 1, an action
at a touchpoint the other side deleted, an id added twice, an end before a start), ours'
side is kept and the spot is reported as a conflict too (merge_support.find_vetoes).
The result shares unchanged objects with the inputs.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from journey_designer import messages
from journey_designer.domain.merge_support import (
    JOURNEY_LISTS,
    JOURNEY_PARTS,
    TOP_LISTS,
    Index,
    ListKeys,
    Path,
    Places,
    Veto,
    find_vetoes,
    show,
)
from journey_designer.domain.model import Journey, Project, Touchpoint
from journey_designer.domain.validation import validate

BOTH_CHANGED = "changed_on_both"
REMOVED_CHANGED = "removed_and_changed"
INVALID = "invalid"
POSITION = "position"
MAX_ROUNDS = 50
_MISSING: Any = object()
_LISTS: dict[type, ListKeys] = {
    Project: TOP_LISTS, Journey: JOURNEY_LISTS}


def _t(text: str) -> str:
    return messages.translate("Merge", text)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One place where ours was kept although theirs differs.

    `kind` is what the object is (tier, touchpoint, transition, settings…), `id` its id
    (a name for KPIs, phases and risks), `path` its place in words, `field` the field
    (None: the whole object), `base`/`ours`/`theirs` the three values (None where the
    object does not exist on that side), `reason` one of changed_on_both,
    removed_and_changed, invalid, and `problem` why ours was kept for `invalid`.
    """

    kind: str
    id: str | None
    path: str
    field: str | None
    base: Any
    ours: Any
    theirs: Any
    reason: str
    problem: str = ""

    def __str__(self) -> str:
        if self.field is not None:
            line = _t("{place}: {field}: base {base}, ours {ours}, theirs {theirs}").format(
                place=self.path, field=self.field, base=show(self.base), ours=show(self.ours),
                theirs=show(self.theirs))
            if self.reason == INVALID:
                line += _t(" — ours kept: {problem}").format(problem=self.problem)
            return line
        if self.reason == REMOVED_CHANGED:
            if self.theirs is None:
                return _t("{place}: removed in theirs, changed in ours — ours kept").format(place=self.path)
            return _t("{place}: removed in ours, changed in theirs — stays removed").format(place=self.path)
        if self.kind == "project" and self.ours is None:
            return _t("{place}: {problem} — the merged project would have this problem, so "
                      "ours was kept as it was").format(place=self.path, problem=self.problem)
        if self.ours is None:
            return _t("{place}: added in theirs, left out: {problem}").format(
                place=self.path, problem=self.problem)
        return _t("{place}: removed in theirs, kept: {problem}").format(
            place=self.path, problem=self.problem)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged project and the conflicts; `kept_ours` when the merge would have broken
    a rule the merge does not know, so `project` is ours as it was."""

    project: Project
    conflicts: tuple[Conflict, ...]
    kept_ours: bool = False

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_projects(base: Project | None, ours: Project, theirs: Project) -> MergeResult:
    """Merge what `theirs` changed since `base` into `ours` (base None: no common version).

    The result is checked with validate(); when it fails, ours is returned as it was
    (`kept_ours`), so the result is valid whenever `ours` is.
    """
    indices = (Index(ours), Index(theirs), Index(base))
    places = Places(*indices)
    vetoes: dict[Veto, str] = {}
    for _ in range(MAX_ROUNDS):
        merge = _Merge(base, ours, theirs, vetoes, places)
        merged = merge.project()
        found = {v: why for v, why in find_vetoes(merged, indices[0], places).items()
                 if v not in vetoes}
        if not found:
            break
        vetoes.update(found)
    invalid = [_veto_conflict(veto, why, indices, places) for veto, why in vetoes.items()]
    problems = validate(merged)
    if problems:  # a rule the vetoes do not know: keep ours whole, say why
        invalid += [Conflict("project", None, p.where or _t("project"), None, None, None, None,
                             INVALID, p.message) for p in problems]
        return MergeResult(ours, tuple(merge.conflicts + invalid), kept_ours=True)
    return MergeResult(merged, tuple(merge.conflicts + invalid))


def _veto_conflict(veto: Veto, why: str, indices: tuple[Index, Index, Index],
                   places: Places) -> Conflict:
    path, field = veto
    values = [index.get(path) for index in (indices[2], indices[0], indices[1])]
    if field is not None:
        values = [_field_value(v, field) for v in values]
    base, ours, theirs = values
    return Conflict(path[0], places.ident(path), places.place(path), field, base, ours, theirs,
                    INVALID, why)


def _field_value(entity: Any, field: str) -> Any:
    if entity is None:
        return None
    if field == POSITION:
        return (entity.x, entity.y)
    return getattr(entity, field)


class _Merge:
    """One pass of the merge with a given set of vetoes (ours kept there)."""

    def __init__(self, base: Project | None, ours: Project, theirs: Project,
                 vetoes: dict[Veto, str], places: Places) -> None:
        self.base, self.ours, self.theirs = base, ours, theirs
        self.places = places
        self.conflicts: list[Conflict] = []
        self.fields: defaultdict[Path, set[str | None]] = defaultdict(set)
        self.touched: set[tuple[Any, ...]] = set()  # (kind, scope...) of lists with vetoes
        for path, field in vetoes:
            self.fields[path].add(field)
            self.touched.add(path[:-1] if len(path) > 1 else path)
            if path[0] in JOURNEY_PARTS or path[0] == "journey":
                self.touched.add(("journey",))
                self.touched.add(("journey", path[1]))

    def project(self) -> Project:
        return self._entity(("project",), self.base, self.ours, self.theirs)

    def _conflict(self, path: Path, field: str | None, b: Any, o: Any, t: Any, reason: str) -> None:
        self.conflicts.append(Conflict(path[0], self.places.ident(path), self.places.place(path),
                                       field, b, o, t, reason))

    def _inner_vetoes(self, path: Path) -> bool:
        if path[0] == "project":
            return bool(self.fields)
        return path[0] == "journey" and path in self.touched

    def _entity(self, path: Path, b: Any, o: Any, t: Any) -> Any:
        if o is t or o == t:
            return o
        if b is not None and t == b:
            return o
        vetoed = self.fields.get(path, set())
        if b is not None and o == b and not vetoed and not self._inner_vetoes(path):
            return t
        cls = type(o)
        lists = _LISTS.get(cls, {})
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = f.name
            if cls is Touchpoint and name in ("x", "y"):
                if name == "x":
                    values["x"], values["y"] = self._value(
                        path, POSITION, _MISSING if b is None else (b.x, b.y), (o.x, o.y), (t.x, t.y),
                        vetoed)
                continue
            bv = _MISSING if b is None else getattr(b, name)
            ov, tv = getattr(o, name), getattr(t, name)
            if name in lists:
                kind, keys = lists[name]
                scope = (path[1],) if cls is Journey else ()
                values[name] = self._list(kind, scope, keys, [] if bv is _MISSING else bv, ov, tv)
            elif cls is Project and name == "settings":
                values[name] = self._entity(("settings",), None if bv is _MISSING else bv, ov, tv)
            else:
                values[name] = self._value(path, name, bv, ov, tv, vetoed)
        return cls(**values)

    def _value(self, path: Path, name: str, bv: Any, ov: Any, tv: Any, vetoed: set[str | None]) -> Any:
        if name in vetoed or ov == tv:
            return ov
        if bv is not _MISSING:
            if tv == bv:
                return ov
            if ov == bv:
                return tv
        if isinstance(ov, list) and isinstance(tv, list):
            return merge_sets([] if bv is _MISSING else bv, ov, tv)
        self._conflict(path, name, None if bv is _MISSING else bv, ov, tv, BOTH_CHANGED)
        return ov

    def _list(self, kind: str, scope: tuple[Any, ...], keys_of: Callable[[list[Any]], list[Hashable]],
              bv: list[Any], ov: list[Any], tv: list[Any]) -> list[Any]:
        if ov == tv or tv == bv:
            return ov
        if ov == bv and (kind, *scope) not in self.touched:
            return tv
        b_keys, o_keys, t_keys = keys_of(bv), keys_of(ov), keys_of(tv)
        b_map = dict(zip(b_keys, bv, strict=True))
        o_map = dict(zip(o_keys, ov, strict=True))
        t_map = dict(zip(t_keys, tv, strict=True))
        kept: dict[Hashable, Any] = {}
        b_get, t_get = b_map.get, t_map.get
        for key, o_item in o_map.items():
            t_item = t_get(key)
            if t_item is not None and (o_item is t_item or o_item == t_item):
                kept[key] = o_item  # the common case: nobody changed it
                continue
            path = (kind, *scope, key)
            b_item = b_get(key)
            if t_item is not None:
                kept[key] = self._entity(path, b_item, o_item, t_item)
            elif b_item is None:
                kept[key] = o_item  # added in ours
            elif o_item != b_item:
                self._conflict(path, None, b_item, o_item, None, REMOVED_CHANGED)
                kept[key] = o_item
            elif None in self.fields.get(path, ()):
                kept[key] = o_item  # theirs removed it, but something needs it
        for key, t_item in t_map.items():
            if key in o_map:
                continue
            path = (kind, *scope, key)
            b_item = b_map.get(key)
            if b_item is None:
                if None not in self.fields.get(path, ()):
                    kept[key] = self._added(path, t_item)
            elif t_item != b_item:
                self._conflict(path, None, b_item, None, t_item, REMOVED_CHANGED)
        return [kept[k] for k in merge_order(b_keys, o_keys, t_keys, kept)]

    def _added(self, path: Path, item: Any) -> Any:
        """An object only theirs has, without the parts a veto leaves out."""
        if path[0] != "journey" or path not in self.touched:
            return item
        parts = {}
        for name, (kind, keys_of) in JOURNEY_LISTS.items():
            items = getattr(item, name)
            parts[name] = [x for k, x in zip(keys_of(items), items, strict=True)
                           if None not in self.fields.get((kind, path[1], k), ())]
        return dataclasses.replace(item, **parts)


def _reordered(base_keys: list[Hashable], side_keys: list[Hashable]) -> bool:
    if side_keys == base_keys:
        return False
    common = set(base_keys).intersection(side_keys)
    return [k for k in base_keys if k in common] != [k for k in side_keys if k in common]


def merge_order(base_keys: list[Hashable], ours_keys: list[Hashable], theirs_keys: list[Hashable],
                kept: dict[Hashable, Any] | set[Hashable]) -> list[Hashable]:
    """The order of the kept keys: ours' (theirs' when only theirs reordered), with the
    other side's additions placed after their predecessor on that side."""
    primary, secondary = ours_keys, theirs_keys
    if not _reordered(base_keys, ours_keys) and _reordered(base_keys, theirs_keys):
        primary, secondary = theirs_keys, ours_keys
    skeleton = list(dict.fromkeys([k for k in primary if k in kept]))
    if len(skeleton) == len(kept):
        return skeleton  # nothing to insert from the other side
    in_skeleton = set(skeleton)
    placed: set[Hashable] = set()
    after: defaultdict[Hashable, list[Hashable]] = defaultdict(list)
    anchor: Hashable = _MISSING  # the last key of the skeleton before the one looked at
    previous = -1
    # only the few keys of `secondary` outside the skeleton are looked at one by one (a list
    # of 50,000 actions with 100 added: ~3x quicker than a loop over all of them)
    for i in [i for i, key in enumerate(secondary) if key not in in_skeleton]:
        if i != previous + 1:
            anchor = secondary[i - 1]  # in the skeleton: it is not in this list
        previous = i
        key = secondary[i]
        if key in kept and key not in placed:
            after[anchor].append(key)
            placed.add(key)
    order = list(after.get(_MISSING, ()))
    start = 0
    for i in [i for i, key in enumerate(skeleton) if key in after]:
        order += skeleton[start:i + 1]
        order += after[skeleton[i]]
        start = i + 1
    order += skeleton[start:]
    return order


def _freeze(value: Any) -> Hashable:
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, *(_freeze(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    return value


def merge_sets(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """Lists merged as ordered sets: additions from both sides, removals from both sides."""
    b_keys, o_keys, t_keys = ([_freeze(v) for v in side] for side in (base, ours, theirs))
    values = dict(zip(t_keys, theirs, strict=True)) | dict(zip(o_keys, ours, strict=True))
    in_base, in_ours, in_theirs = set(b_keys), set(o_keys), set(t_keys)
    kept = {k for k in values
            if (k in in_ours and k in in_theirs) or (k not in in_base)}
    return [values[k] for k in merge_order(b_keys, o_keys, t_keys, kept)]

"""`journey-designer merge` reads OURS and THEIRS with BASE's objects where an item is
unchanged (io/project_file/json_share.py): the command must do exactly what it does
without that — same exit code, same lines, same bytes written — and the merge must never
change an object the three versions share."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_designer.cli import main
from journey_designer.cli_merge import _load
from journey_designer.domain.merge import merge_projects
from journey_designer.io.project_file.json_io import dumps, project_to_dict
from journey_designer.io.project_file.json_share import Sharing
from tests.test_merge import plan

# JSON lists of the plan, and values to put into their items: some of them equal in Python
# but not in the file (100 and 100.0, 0 and false), some not allowed (false as an emotion)
LISTS = {"touchpoints": ("journeys", 0, "touchpoints"), "transitions": ("journeys", 0, "transitions"),
         "stages": ("journeys", 0, "stages"), "actions": ("actions",)}
VALUES: dict[str, list[Any]] = {
    "touchpoints": [("x", 100), ("x", 100.0), ("x", 0), ("y", 0.0), ("y", 5.5), ("emotion", 1),
                    ("emotion", 1.0), ("emotion", True), ("emotion", 0), ("name", "Sign up"),
                    ("name", "Renamed"), ("moment_of_truth", 1), ("moment_of_truth", True),
                    ("emotion", False), ("emotion", 0.0), ("moment_of_truth", 0), ("recovery", 0.0),
                    ("x", 0.0)],
    "transitions": [("share", 0.5), ("share", 1), ("share", 1.0), ("share", True)],
    "stages": [("name", "Join"), ("name", "Start")],
    "actions": [("owner", "VIP desk"), ("owner", ""), ("trigger", {"type": "offset", "days": 2}),
                ("trigger", {"type": "offset", "days": 2.0}), ("trigger", {"days": 2, "type": "offset"}),
                ("sla_minutes", 30), ("sla_minutes", 30.0), ("cost", 1), ("cost", 1.0)],
}

EDIT = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(sorted(LISTS)), st.integers(0, 2), st.integers(0, 17)),
    st.tuples(st.just("remove"), st.sampled_from(sorted(LISTS)), st.integers(0, 2), st.just(0)),
    st.tuples(st.just("reverse keys"), st.sampled_from(sorted(LISTS)), st.integers(0, 2), st.just(0)),
)


def _items(data: dict[str, Any], name: str) -> list[Any]:
    where: Any = data
    for step in LISTS[name]:
        where = where[step]
    return where


def edited(data: dict[str, Any], edits: list[tuple[str, str, int, int]]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for kind, name, index, choice in edits:
        items = _items(data, name)
        if not items:
            continue
        index %= len(items)
        if kind == "set":
            key, value = VALUES[name][choice % len(VALUES[name])]
            items[index][key] = copy.deepcopy(value)
        elif kind == "remove":
            del items[index]
        else:
            items[index] = dict(reversed(items[index].items()))
    return data


def run(paths: list[Path], out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Any, ...]:
    """What the user sees of one merge: exit code, output, and the file written (if any)."""
    out.unlink(missing_ok=True)
    code = main(["merge", *map(str, paths), "-o", str(out)])
    seen = capsys.readouterr()
    return code, seen.out, seen.err, out.read_bytes() if out.exists() else None


def write(folder: Path, datas: list[dict[str, Any]]) -> list[Path]:
    paths = [folder / f"{role}.json" for role in ("base", "ours", "theirs")]
    for data, path in zip(datas, paths, strict=True):
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return paths


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ours_edits=st.lists(EDIT, max_size=4), theirs_edits=st.lists(EDIT, max_size=4))
def test_merging_with_shared_objects_gives_what_merging_without_gives(
        tmp_path_factory, capsys, ours_edits, theirs_edits) -> None:
    folder = tmp_path_factory.mktemp("merge")
    base = project_to_dict(plan())
    paths = write(folder, [base, edited(base, ours_edits), edited(base, theirs_edits)])
    shared = run(paths, folder / "out.json", capsys)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Sharing, "share", lambda self, data: data)  # every object made anew
        alone = run(paths, folder / "out.json", capsys)
    assert shared == alone


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ours_edits=st.lists(EDIT, max_size=4), theirs_edits=st.lists(EDIT, max_size=4))
def test_the_merge_changes_none_of_the_objects_the_versions_share(
        tmp_path_factory, ours_edits, theirs_edits) -> None:
    folder = tmp_path_factory.mktemp("merge")
    base_data = project_to_dict(plan())
    paths = write(folder, [base_data, edited(base_data, ours_edits), edited(base_data, theirs_edits)])
    sharing = Sharing()
    base = _load(paths[0], share=sharing.keep)
    assert base is not None
    sharing.adopt(base)
    try:
        ours, theirs = (_load(path, share=sharing.share) for path in paths[1:])
    except Exception:  # an edit the reader refuses: nothing to merge (the test above runs it)
        return
    assert ours is not None and theirs is not None
    before = [dumps(p) for p in (base, ours, theirs)]
    result = merge_projects(base, ours, theirs)
    assert [dumps(p) for p in (base, ours, theirs)] == before
    dumps(result.project)  # the result is whole


def test_an_unchanged_item_is_the_base_object_and_a_retyped_one_is_not(tmp_path) -> None:
    base_data = project_to_dict(plan())
    base_data["journeys"][0]["touchpoints"][1]["x"] = 100.0
    ours_data = edited(base_data, [("set", "touchpoints", 0, 0)])  # x 0 -> 100
    ours_data["journeys"][0]["touchpoints"][1]["x"] = 100  # 100.0 -> 100: equal, not the same
    paths = write(tmp_path, [base_data, ours_data, base_data])
    sharing = Sharing()
    base = _load(paths[0], share=sharing.keep)
    assert base is not None
    sharing.adopt(base)
    ours = _load(paths[1], share=sharing.share)
    assert ours is not None
    b_tps, o_tps = base.journeys[0].touchpoints, ours.journeys[0].touchpoints
    assert o_tps[2] is b_tps[2] and ours.actions[0] is base.actions[0]
    assert o_tps[0] is not b_tps[0] and o_tps[1] is not b_tps[1]
    assert type(o_tps[1].x) is int and type(b_tps[1].x) is float


"""The parts of `render --out MAP.svg` are named and measurable: each card a group
id="card-<touchpoint id>", each arrow a group id="arrow-<from>--<to>" holding its path,
each share label a group id="share-<from>--<to>" holding its text. Measured on those
parts, as anyone could: no arrow passes through a card that is not its end, and no
share label overlaps another or a card."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journey_designer.io.picture.parts import part_id
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.geometry import Box
from journey_designer.layout.quality import card_crossings, labels_on_cards, overlapping_pairs

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "journey_designer" / "samples").glob("*.journey"))
NS = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def path_points(d: str) -> list[tuple[float, float]]:
    """Every coordinate pair of a path (end and control points: the corners of a rounded
    orthogonal route are its control points, so the polyline through them is the route)."""
    numbers = [float(n) for n in _NUMBER.findall(d)]
    return list(zip(numbers[::2], numbers[1::2], strict=False))


def bbox(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def render_svg(source: Path, out: Path) -> ET.Element:
    done = subprocess.run([sys.executable, "-m", "journey_designer", "render", str(source),
                           "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return ET.parse(out).getroot()


def groups(root: ET.Element, prefix: str) -> dict[str, ET.Element]:
    return {g.get("id", ""): g for g in root.iter(f"{NS}g")
            if g.get("id", "").startswith(prefix)}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_svg_parts_are_named_and_no_arrow_or_label_touches_what_it_should_not(
        sample: Path, tmp_path: Path) -> None:
    journey = load_project(sample).journeys[0]
    root = render_svg(sample, tmp_path / "map.svg")
    cards, arrows, shares = groups(root, "card-"), groups(root, "arrow-"), groups(root, "share-")
    assert set(cards) == {part_id("card", tp.id) for tp in journey.touchpoints}
    keys = {(t.source, t.target) for t in journey.transitions}
    assert set(arrows) == {part_id("arrow", *k) for k in keys}
    assert set(shares) == {part_id("share", *k) for k in keys}
    boxes = {}
    for gid, group in cards.items():
        first = next(group.iter(f"{NS}path"))  # the card's own box comes first
        boxes[gid.removeprefix("card-")] = bbox(path_points(first.get("d", "")))
    routes = []
    by_gid = {part_id("arrow", *k): k for k in keys}
    for gid, group in arrows.items():
        source, target = by_gid[gid]
        paths = list(group.iter(f"{NS}path"))
        assert paths, f"{gid} holds no path"
        routes.append(((part_id("card", source).removeprefix("card-"),
                        part_id("card", target).removeprefix("card-")),
                       path_points(paths[0].get("d", ""))))
    assert card_crossings(routes, boxes, inset=1.0) == []
    labels = []
    for gid, group in shares.items():
        texts = ["".join(t.itertext()) for t in group.iter(f"{NS}text")]
        assert texts and texts[0].endswith("%"), f"{gid} holds no share text"
        labels.append(bbox(path_points(next(group.iter(f"{NS}path")).get("d", ""))).inset(0.5))
    assert overlapping_pairs(labels) == 0
    assert labels_on_cards(labels, [b.inset(0.5) for b in boxes.values()]) == 0


def test_ids_are_escaped_to_valid_xml_ids() -> None:
    assert part_id("card", "tp-1") == "card-tp-1"
    assert part_id("arrow", "a", "b") == "arrow-a--b"
    odd = part_id("arrow", "x--y", "客户 1")
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9._-]*", odd)
    assert odd.count("--") == 1, odd  # the separator stays unambiguous

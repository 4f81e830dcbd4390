"""Measures of a laid-out map that a reader notices: arrows through cards, labels on
one another or on cards, badges over titles. Used by the tests and benchmarks/bench_layout."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from journey_designer.layout.cards import CardLayout
from journey_designer.layout.geometry import Box, BoxIndex, Point

Segment = tuple[Point, Point]


def card_crossings(arrows: Iterable[tuple[tuple[str, str], Sequence[Point]]],
                   boxes: Mapping[str, Box], inset: float = 0.5) -> list[tuple[tuple[str, str], str]]:
    """(arrow, card) for every stretch of a polyline through a card not its end."""
    index = BoxIndex(96.0)
    for tp_id, box in boxes.items():
        index.add(box.inset(inset), tp_id)
    found = []
    for key, points in arrows:
        for a, b in zip(points, points[1:], strict=False):
            found += [(key, str(card)) for card in index.crossed_by(a, b, skip=key)]
    return found


def overlapping_pairs(labels: Sequence[Box]) -> int:
    """How many pairs of the boxes overlap."""
    index = BoxIndex(64.0)
    count = 0
    for box in labels:
        count += sum(1 for i in index.near(box.x, box.y, box.right, box.bottom)
                     if index.boxes[i].overlaps(box))
        index.add(box)
    return count


def labels_on_cards(labels: Sequence[Box], boxes: Iterable[Box]) -> int:
    index = BoxIndex(96.0)
    for box in boxes:
        index.add(box)
    return sum(1 for label in labels if index.hits(label))


def badge_title_overlaps(cards: Iterable[CardLayout]) -> int:
    """Badges over a title line, a channel line or the pain-point count."""
    count = 0
    for card in cards:
        texts = [*card.title_boxes, *(b for b in (card.channel_box, card.pain_box) if b)]
        count += sum(1 for _, badge in card.badges for box in texts if badge.overlaps(box))
    return count

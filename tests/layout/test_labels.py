"""Share labels and card text (layout engine): labels never on one another or on a
card, each on its own arrow; card titles wrap to two lines then an ellipsis, and the
MoT/REC badges never cover a title, the channel line or the pain count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journey_designer.domain.model import Journey
from journey_designer.io.picture.render import _fonts
from journey_designer.io.picture.style import BADGE_SIZE, NAME_SIZE, SMALL_SIZE
from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.layout.cards import ELLIPSIS, card_layout
from journey_designer.layout.engine import layout_journey
from journey_designer.layout.quality import badge_title_overlaps, labels_on_cards, overlapping_pairs

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "journey_designer" / "samples").glob("*.journey"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import big_project  # noqa: E402


def journeys() -> list[tuple[str, Journey]]:
    return [(f"{p.stem}:{j.name}", j) for p in SAMPLES for j in load_project(p).journeys]


def touches(box, points) -> bool:
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if min(x0, x1) <= box.right and box.x <= max(x0, x1) and \
                min(y0, y1) <= box.bottom and box.y <= max(y0, y1):
            return True
    return False


@pytest.mark.parametrize(("name", "journey"), journeys())
def test_every_share_label_of_a_sample_is_shown_on_its_arrow_and_overlaps_nothing(
        name: str, journey: Journey) -> None:
    layout = layout_journey(journey)
    labels = [box for box in layout.labels.values() if box is not None]
    assert len(labels) == len(layout.routes), "every arrow of a sample has its label"
    assert overlapping_pairs(labels) == 0
    assert labels_on_cards(labels, layout.boxes.values()) == 0
    for key, box in layout.labels.items():
        assert box is not None and touches(box, layout.routes[key].points), key


def test_labels_of_a_dense_map_never_overlap() -> None:
    journey = big_project(touchpoints=2000, transitions=5000, tiers=5, actions=10,
                          stages=12).journeys[0]
    layout = layout_journey(journey)
    labels = [box for box in layout.labels.values() if box is not None]
    assert len(labels) >= 0.9 * len(layout.routes)
    assert overlapping_pairs(labels) == 0
    assert labels_on_cards(labels, layout.boxes.values()) == 0


def layout_of(name: str, mot: bool = True, rec: bool = True):
    fonts = _fonts()
    line = (fonts.ascent + fonts.descent) * NAME_SIZE
    return card_layout(name, ["Call centre (phone)", "Online chat", "Branch"], mot, rec, 2, 5,
                       fonts, title_size=NAME_SIZE, small_size=SMALL_SIZE, badge_size=BADGE_SIZE,
                       line_height=line)


def test_badges_never_cover_the_title_on_any_sample_card() -> None:
    fonts = _fonts()
    line = (fonts.ascent + fonts.descent) * NAME_SIZE
    cards = []
    for path in SAMPLES:
        project = load_project(path)
        channels = {c.id: c.name for c in project.channels}
        for journey in project.journeys:
            cards += [card_layout(tp.name, [channels[c] for c in tp.channels], tp.moment_of_truth,
                                  tp.recovery, len(tp.pain_points), len(project.tiers), fonts,
                                  title_size=NAME_SIZE, small_size=SMALL_SIZE,
                                  badge_size=BADGE_SIZE, line_height=line)
                      for tp in journey.touchpoints]
    assert badge_title_overlaps(cards) == 0
    hotline = layout_of("Service hotline / chat enquiry")
    assert " ".join(hotline.title).startswith("Service hotline / chat")


def test_a_long_title_takes_two_lines_then_an_ellipsis_with_the_whole_name_kept() -> None:
    name = "Pre-approved offer for deposit customers with a very long explanation attached"
    card = layout_of(name)
    assert len(card.title) == 2
    assert card.title[-1].endswith(ELLIPSIS)
    assert card.elided and card.tooltip == name
    assert badge_title_overlaps([card]) == 0
    assert card.channel_box is not None
    assert all(box.bottom <= card.channel_box.y for box in card.title_boxes)


def test_tier_dots_stay_clear_of_the_pain_count_with_many_tiers() -> None:
    fonts = _fonts()
    line = (fonts.ascent + fonts.descent) * NAME_SIZE
    card = card_layout("X", [], False, False, 12, 9, fonts, title_size=NAME_SIZE,
                       small_size=SMALL_SIZE, badge_size=BADGE_SIZE, line_height=line)
    assert card.pain_box is not None
    assert max(card.dots) + 5 < card.pain_box.x

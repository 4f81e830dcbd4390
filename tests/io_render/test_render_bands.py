"""A big PNG is drawn in bands of bounded size (issue 15: a 4K picture of a 2,000-card
map in < 500 MB): no buffer of more than BAND_PIXELS pixels is ever drawn, and the
picture is the same as one drawn in one piece."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from journey_designer.io.picture import bands as render_bands
from journey_designer.io.picture.render import render_map
from journey_designer.io.project_file.sqlite_store import load_project

SAMPLE = Path(__file__).resolve().parents[2] / "journey_designer" / "samples" / \
    "credit_card_care.journey"


def test_a_big_picture_is_drawn_in_small_bands_and_looks_the_same(tmp_path,
                                                                  monkeypatch) -> None:
    project = load_project(SAMPLE)
    monkeypatch.setattr(render_bands, "PROCESSES", 1)
    whole = render_map(project, tmp_path / "whole.png", tier="Gold", scale=1)
    drawn: list[tuple[int, int]] = []
    real = render_bands.band_pixels

    def recording(layout, scale, width_px, row0, row1):
        pixels = real(layout, scale, width_px, row0, row1)
        drawn.append(pixels.shape[:2])
        return pixels
    monkeypatch.setattr(render_bands, "band_pixels", recording)
    with Image.open(whole) as image:
        width, height = image.size
    limit = width * height // 5  # five bands or more
    monkeypatch.setattr(render_bands, "BAND_PIXELS", limit)
    banded = render_map(project, tmp_path / "banded.png", tier="Gold", scale=1)
    assert len(drawn) >= 5 and all(rows * cols <= limit for rows, cols in drawn), drawn
    assert sum(rows for rows, _ in drawn) == height
    with Image.open(whole) as a, Image.open(banded) as b:
        first, second = np.asarray(a).astype(int), np.asarray(b).astype(int)
    assert first.shape == second.shape
    # the same picture, but for the anti-aliasing of a few hundred edge pixels per seam
    # (a band's figure starts at a whole pixel, its coordinates round a little otherwise)
    seams = len(drawn) - 1
    assert (np.abs(first - second).max(axis=2) > 3).sum() < 500 * seams

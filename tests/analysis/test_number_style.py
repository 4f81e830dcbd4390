"""One number style in the analysis report: whole figures never carry ".00", so "110"
does not stand next to "16.00", nor "worth 1,000 against 50.00" (issue 14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journey_designer.analysis.engine import analyze
from journey_designer.analysis.report import analysis_text
from journey_designer.analysis.wording import amount
from journey_designer.io.project_file.json_io import loads

SAMPLES = Path(__file__).resolve().parents[2] / "journey_designer" / "samples"
TRAILING_ZEROS = re.compile(r"(?<![\d.])\d[\d,]*\.00(?!\d)")


@pytest.mark.parametrize(("value", "text"), [
    (16.0, "16"), (50.0, "50"), (0.0, "0"), (1.0, "1"), (1000.0, "1,000"), (110.0, "110"),
    (5.2, "5.20"), (18.666, "18.67"), (0.013, "0.013"), (16.004, "16"), (3120.4, "3,120"),
])
def test_amounts_share_one_style(value: float, text: str) -> None:
    assert amount(value) == text


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_the_report_shows_no_whole_number_with_decimals(sample: Path) -> None:
    project = loads(sample.read_text(encoding="utf-8"))
    text = analysis_text(analyze(project), touchpoints=1, journeys=1, actions=1)
    assert TRAILING_ZEROS.findall(text) == []

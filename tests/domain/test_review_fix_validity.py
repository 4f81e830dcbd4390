"""Review (H12): every quick fix the Gaps dock would offer on the sample projects — care for
a gap (plan_care) and the contact_fatigue fixes — gives, once made, a project `validate`
accepts (no clashing ids, no trigger without what it needs), and closes the gap it is for
unless it says what it opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_designer.analysis import Analyzer
from journey_designer.domain.care_fixes import closes_with_care, plan_care
from journey_designer.domain.fatigue_fixes import fatigue_fixes
from journey_designer.domain.fix_plans import about, applied
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.by_name import load_any

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "journey_designer" / "samples").glob("*.json"))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_offered_fix_of_a_sample_makes_a_valid_project(path: Path) -> None:
    project = load_any(path)
    analyzer = Analyzer()

    def gaps_of(p):
        return analyzer.analyze(p).gaps

    result = analyzer.analyze(project)
    care = [g for g in result.gaps if closes_with_care(g.kind) and g.tier_id and g.touchpoint_id]
    tried = 0
    for gap in care[:6]:
        choice = plan_care(project, gap.kind, gap.tier_id, gap.touchpoint_id,
                           lambda tp: f"Care at {tp.name}", gaps_of)
        if choice is None:
            continue
        tried += 1
        fixed = applied(project, choice.edit)
        assert validate(fixed) == [], f"{gap.message}: {validate(fixed)[:2]}"
        ids = [a.id for a in fixed.actions]
        assert len(ids) == len(set(ids))
        if choice.closes:
            assert about(gap) not in {about(g) for g in gaps_of(fixed)} or gap.kind == "care_silence"
    for tier in result.fatigue:
        for report in tier.journeys:
            if not report.worst_path_ids:
                continue
            for fix in fatigue_fixes(project, tier.tier_id, report.journey_id, report.worst_path_ids,
                                     report.worst_window_start_day, report.worst_contacts,
                                     gaps_of):
                tried += 1
                fixed = applied(project, fix.edit)
                assert validate(fixed) == [], f"{fix.how}: {validate(fixed)[:2]}"
                assert ("contact_fatigue", tier.tier_id, report.journey_id) not in {
                    about(g) for g in gaps_of(fixed)}
    assert tried, "no fix was offered on the sample: the test checks nothing"

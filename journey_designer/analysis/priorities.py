"""Which touchpoints to fix first.

score = reach × importance × Σ over the tiers left without the care the touchpoint needs
of tier share × value_per_customer (by value, the default: "resources match customer
value"), or of tier share alone (by customers), where

- importance = (1 + how negative the emotion is) × (3 for a moment of truth) ×
  (1 + half the number of pain points, at most 3 counted); only touchpoints with a
  negative emotion, a pain point or the moment-of-truth flag are candidates;
- a tier is left without care at a touchpoint when it has no action there, or no
  *service* action at a pain point, or (for tiers wanting a human touch) no action on a
  human channel at a moment of truth.

By value falls back to by customers when no tier in scope has a value.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from journey_designer.analysis import wording
from journey_designer.analysis.facts import Facts, number
from journey_designer.analysis.results import Priority

TOP = 10
PRIORITY_BY: tuple[str, ...] = ("value", "customers")
MOT_WEIGHT = 3.0
MAX_PAINS = 3


def _pain_counts(f: Facts) -> np.ndarray:
    return np.array([min(MAX_PAINS, sum(1 for p in tp.pain_points if str(p).strip()))
                     for tp in f.tps], dtype=np.float64)


def importance(f: Facts) -> np.ndarray:
    """How much a touchpoint matters to customers, 0 when nothing marks it out."""
    pains = _pain_counts(f)
    negative = np.maximum(0, -f.emotion).astype(np.float64)
    weight = (1 + negative) * np.where(f.mot, MOT_WEIGHT, 1.0) * (1 + pains / 2)
    marked = (negative > 0) | f.mot | (pains > 0)
    return np.where(marked, weight, 0.0)


def needs_care(f: Facts, tiers: Sequence[int]) -> np.ndarray:
    """needs[k, g]: tier tiers[k] is left without the care touchpoint g needs."""
    t = np.array(tiers, dtype=np.int64)
    wants_human = np.array([f.project.tiers[i].human_touch_at_mot for i in tiers], dtype=bool)
    return (~f.covered[t] | (f.painful[None, :] & ~f.service[t])
            | (f.mot[None, :] & wants_human[:, None] & ~f.human[t]))


def priorities(f: Facts, tiers: Sequence[int], top: int = TOP,
               by: str = "value") -> tuple[Priority, ...]:
    """The `top` touchpoints with the highest score (score > 0), best first."""
    if not tiers or not len(f.tps):
        return ()
    needs = needs_care(f, tiers)
    shares = np.array([max(0.0, number(f.project.tiers[i].share)) for i in tiers])
    uncovered_share = shares @ needs
    weights = shares
    if by == "value":
        values = np.array([max(0.0, number(f.project.tiers[i].value_per_customer)) for i in tiers])
        if values.any():
            weights = shares * values
    score = f.reach * importance(f) * (weights @ needs)
    candidates = np.nonzero(score > 0)[0]
    ranked = candidates[np.argsort(-score[candidates], kind="stable")][:top]
    return tuple(
        _priority(f, rank, int(g), float(score[g]), float(uncovered_share[g]),
                  [tiers[int(k)] for k in np.nonzero(needs[:, g])[0]])
        for rank, g in enumerate(ranked, start=1)
    )


def _priority(f: Facts, rank: int, g: int, score: float, share: float,
              lacking: list[int]) -> Priority:
    tp = f.tps[g]
    return Priority(
        rank=rank, touchpoint_id=tp.id, touchpoint=tp.name, journey=f.journey_of(g).name,
        stage=f.stage_names[g], score=score, expected_visits=float(f.visits[g]),
        uncovered_tiers=tuple(f.tier_names[t] for t in lacking), uncovered_share=share,
        reasons=tuple(_reasons(f, g, lacking, share)),
    )


def _reasons(f: Facts, g: int, lacking: list[int], share: float) -> list[str]:
    tp = f.tps[g]
    pains = [p for p in tp.pain_points if str(p).strip()]
    no_action = [f.tier_names[t] for t in lacking if not f.covered[t, g]]
    no_service = [f.tier_names[t] for t in lacking if f.covered[t, g]
                  and f.painful[g] and not f.service[t, g]]
    no_person = [f.tier_names[t] for t in lacking if f.covered[t, g] and f.mot[g]
                 and f.project.tiers[t].human_touch_at_mot and not f.human[t, g]]
    return wording.priority_reasons(
        f.project.locale, float(f.visits[g]), bool(tp.moment_of_truth),
        int(f.emotion[g]) if f.emotion[g] < 0 else None, pains[:MAX_PAINS],
        no_action, no_service, no_person, share)

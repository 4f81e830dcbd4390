"""Numbers and names as a care manager reads them in gap messages and reports."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence


def quoted(name: object) -> str:
    return f"'{name}'"


def percent(fraction: float) -> str:
    """0.183 -> '18 %'; a small but positive share never shows as 0 %."""
    if math.isinf(fraction):
        return "∞ %"
    value = fraction * 100
    if 0 < value < 0.5:
        return "<1 %"
    return f"{value:.0f} %"


def amount(value: float) -> str:
    """A figure with sensible precision: 3,120 / 48.50 / 2.40 / 0.013."""
    if math.isinf(value):
        return "∞"
    size = abs(value)
    if size >= 100:
        return f"{value:,.0f}"
    if size >= 0.1 or size == 0:
        return f"{value:.2f}"
    return f"{value:.2g}"


def reach_phrase(visits: float) -> str:
    """How many customers get to a touchpoint, in words."""
    if math.isinf(visits):
        return "in a loop that never ends"
    if visits <= 0:
        return "no customer gets there"
    if visits <= 1 + 1e-9:
        return f"reached by {percent(visits)} of customers"
    return f"visited {visits:.1f} times per customer"


def at_stage(stage: str | None) -> str:
    return f" (stage {quoted(stage)})" if stage else ""


def names_list(names: list[str]) -> str:
    """'Gold', 'Gold and Silver', 'Gold, Silver and Bronze'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def day_phrase(day: float) -> str:
    return f"day {day:g}"


def unique_names(names: Sequence[str], qualifiers: Sequence[Sequence[str]]) -> list[str]:
    """`names` made unique: a name used more than once gets the first qualifier that
    separates it ("Hotline (Onboarding)", then "Hotline [tp-7]"), and as a last resort
    its position ("Hotline #3")."""
    keys = list(names)
    levels = [*qualifiers, [f"#{i + 1}" for i in range(len(names))]]
    for level in levels:
        counts = Counter(keys)
        if all(n == 1 for n in counts.values()):
            break
        keys = [f"{name} {q}" if counts[key] > 1 else key
                for key, name, q in zip(keys, names, level, strict=True)]
    return keys

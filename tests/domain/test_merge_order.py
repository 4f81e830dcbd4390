"""The order of a merged list (merge.merge_order): ours' order with theirs' additions each
placed after its predecessor on theirs' side — checked against the plain statement of
that rule on many small lists (the quick version looks only at the added keys)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_designer.domain.merge import _reordered, merge_order

KEYS = st.lists(st.sampled_from("abcdefghij"), max_size=12)


def plain_order(base: list[str], ours: list[str], theirs: list[str], kept: set[str]) -> list[str]:
    """The rule, one key at a time."""
    primary, secondary = ours, theirs
    if not _reordered(base, ours) and _reordered(base, theirs):
        primary, secondary = theirs, ours
    skeleton = list(dict.fromkeys(k for k in primary if k in kept))
    after: dict[str | None, list[str]] = {}
    anchor, placed = None, set(skeleton)
    for key in secondary:
        if key in skeleton:
            anchor = key
        elif key in kept and key not in placed:
            after.setdefault(anchor, []).append(key)
            placed.add(key)
    order = list(after.get(None, []))
    for key in skeleton:
        order += [key, *after.get(key, [])]
    return order


@settings(max_examples=200, deadline=None)
@given(base=KEYS, ours=KEYS, theirs=KEYS, drop=st.sets(st.sampled_from("abcdefghij")))
def test_merged_order_follows_the_rule(base, ours, theirs, drop) -> None:
    kept = {k: k for k in [*ours, *theirs] if k not in drop}
    assert merge_order(base, ours, theirs, kept) == plain_order(base, ours, theirs, set(kept))


def test_theirs_additions_go_after_their_predecessor() -> None:
    base = ["a", "b", "c"]
    ours = ["a", "b", "c"]
    theirs = ["x", "a", "y", "z", "b", "c", "w"]
    kept = dict.fromkeys(["a", "b", "c", "x", "y", "z", "w"])
    assert merge_order(base, ours, theirs, kept) == ["x", "a", "y", "z", "b", "c", "w"]

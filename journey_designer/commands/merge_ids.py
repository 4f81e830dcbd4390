"""Merge ids of undo commands, in one place so no two kinds collide."""

from __future__ import annotations

from enum import IntEnum


class MergeId(IntEnum):
    NONE = -1  # never merges
    NUDGE = 1  # Alt+arrow moves of the same cards
    TYPING = 2  # typing in one field of one card
    SHARE = 3  # editing one arrow's share
    ITEM_TYPING = 4  # typing in one field of a tier, channel, action, KPI...

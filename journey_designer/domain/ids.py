"""Stable ids for new objects: a readable prefix and 12 hex digits of a uuid4."""

from __future__ import annotations

import uuid


def new_id(prefix: str) -> str:
    """A fresh id such as ``tp-3f2a9c1e4b7d``; ids read from files are kept as they are."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"

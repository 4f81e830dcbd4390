"""Reading and writing projects. Sub-packages: `project_file` (the .journey file, JSON, atomic
writes, locks), `workbook` (export, three-way import, spreadsheet safety), `picture` (map
pictures); `customer_data` reads customer transactions for deriving tiers."""

from __future__ import annotations

from typing import Any

__all__ = ["load_any", "save_any"]


def __getattr__(name: str) -> Any:
    """load_any and save_any, imported when first used: a child process that only reads a
    workbook (isolated_read) starts without the project store (sqlite-utils)."""
    if name in __all__:
        from journey_designer.io.project_file import by_name

        return getattr(by_name, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Reading and writing projects: the .journey file, JSON, workbooks, pictures."""

from __future__ import annotations

from typing import Any

__all__ = ["load_any", "save_any"]


def __getattr__(name: str) -> Any:
    """load_any and save_any, imported when first used: a child process that only reads a
    workbook (isolated_read) starts without the project store (sqlite-utils)."""
    if name in __all__:
        from journey_designer.io import project_files

        return getattr(project_files, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

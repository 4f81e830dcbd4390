"""The bundled sample projects, used as templates by `new --template` and File ▸ New."""

from __future__ import annotations

from pathlib import Path

import journey_designer

SAMPLES_DIR = Path(journey_designer.__file__).resolve().parent.parent / "sample_projects"
BLANK = "blank"


def sample_paths() -> dict[str, Path]:
    """Template name (the file's stem) -> its `.journey` file, in name order."""
    if not SAMPLES_DIR.is_dir():
        return {}
    return {p.stem: p for p in sorted(SAMPLES_DIR.glob("*.journey"))}


def template_names() -> list[str]:
    return [BLANK, *sample_paths()]

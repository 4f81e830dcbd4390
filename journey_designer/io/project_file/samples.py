"""The bundled sample projects, used as templates by `new --template` and File ▸ New."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from journey_designer.io.project_file.atomic import atomic_copy
from journey_designer.io.project_file.sqlite_store import load_project

# The samples ship inside the package. pip always installs a package unpacked and SQLite
# needs a real file, so the resource folder is used as a path.
SAMPLES_DIR = Path(str(resources.files("journey_designer") / "samples"))
BLANK = "blank"


def sample_paths() -> dict[str, Path]:
    """Template name (the file's stem) -> its `.journey` file, in name order."""
    if not SAMPLES_DIR.is_dir():
        return {}
    return {p.stem: p for p in sorted(SAMPLES_DIR.glob("*.journey"))}


def template_names() -> list[str]:
    return [BLANK, *sample_paths()]


def copy_template(name: str, target: Path) -> None:
    """Copy the sample `name` to `target` whole or not at all (a full disk, a missing or
    read-only folder, a folder in the way: ProjectFileError, nothing left behind).

    The sample is read first, so a damaged sample is refused rather than copied.
    """
    source = sample_paths()[name]
    load_project(source)
    atomic_copy(source, target)

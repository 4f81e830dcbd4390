"""Open and save a project by file name: `.json` is JSON, anything else a `.journey` file."""

from __future__ import annotations

from pathlib import Path

from journey_designer.domain import Project
from journey_designer.io.project_file.json_io import load_json, save_json
from journey_designer.io.project_file.sqlite_store import load_project, save_project


def is_json_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".json"


def load_any(path: str | Path) -> Project:
    """Load a project from a `.journey` or `.json` file (JSON is checked strictly)."""
    return load_json(path) if is_json_path(path) else load_project(path)


def save_any(project: Project, path: str | Path) -> None:
    """Save atomically in the format the file name asks for."""
    if is_json_path(path):
        save_json(project, path)
    else:
        save_project(project, path)

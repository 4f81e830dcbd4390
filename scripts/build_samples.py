"""Rebuild each sample's `.journey` file from its `.json` twin (and normalise the JSON).

    .venv/bin/python scripts/build_samples.py

Run the generators in sample_projects/src/ first when you change a sample's content.
"""

from __future__ import annotations

from pathlib import Path

from journey_designer.io.project_file.json_io import dumps, load_json
from journey_designer.io.project_file.sqlite_store import save_project

SAMPLES = Path(__file__).resolve().parent.parent / "journey_designer" / "samples"


def main() -> None:
    for source in sorted(SAMPLES.glob("*.json")):
        project = load_json(source)  # refuses a sample with any problem
        source.write_text(dumps(project), encoding="utf-8")
        save_project(project, source.with_suffix(".journey"))
        print(f"{source.with_suffix('.journey').name}: {project.name}")


if __name__ == "__main__":
    main()

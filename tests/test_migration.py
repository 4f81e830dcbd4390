"""Older project files open (upgraded in memory) and keep a backup of the original."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from journey_designer.io.samples import sample_paths
from journey_designer.io.schema import SCHEMA_VERSION
from journey_designer.io.sqlite_store import file_schema_version, load_project, save_project


def make_schema_1_file(path: Path) -> None:
    """A file as Journey Designer 0.1 (schema 1, no indexes) wrote it."""
    save_project(load_project(sample_paths()["saas_onboarding_renewal"]), path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX idx_touchpoints_journey")
        conn.execute("DROP INDEX idx_actions_touchpoint")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.close()


def test_a_schema_1_file_opens_and_stays_untouched(tmp_path: Path) -> None:
    old = tmp_path / "old.journey"
    make_schema_1_file(old)
    before = old.read_bytes()
    assert file_schema_version(old) == 1
    project = load_project(old)
    assert project == load_project(sample_paths()["saas_onboarding_renewal"])
    assert old.read_bytes() == before  # migrated in memory only
    save_project(project, old)
    assert file_schema_version(old) == SCHEMA_VERSION


def test_new_files_have_the_lookup_indexes(tmp_path: Path) -> None:
    path = tmp_path / "new.journey"
    save_project(load_project(sample_paths()["credit_card_care"]), path)
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    conn.close()
    assert {"idx_touchpoints_journey", "idx_actions_touchpoint"} <= names

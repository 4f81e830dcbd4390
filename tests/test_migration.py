"""Older project files open (upgraded in memory) and keep a backup of the original."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from journey_designer.domain import Peak, Project, ServiceLevel, Settings
from journey_designer.io.project_file.samples import sample_paths
from journey_designer.io.project_file.schema import FORMAT_2_COLUMNS, SCHEMA_VERSION
from journey_designer.io.project_file.sqlite_store import file_schema_version, load_project, save_project


def without_format_2(plan: Project) -> Project:
    """`plan` with the values format 2 added set back to what older files hold."""
    for journey in plan.journeys:
        journey.peaks = []
    for channel in plan.channels:
        channel.context_group = channel.hours_per_day = channel.handling_minutes = None
        channel.agents = channel.service_level = None
    for action in plan.actions:
        action.trigger.direction = None
        if action.purpose == "care":  # was "service" or "marketing" then: either will do
            action.purpose = "service"
    plan.budget_per_month, plan.settings = None, Settings(
        plan.settings.care_silence_limit, plan.settings.fatigue_window_days)
    return plan


def make_schema_2_file(path: Path, project: Project | None = None) -> None:
    """A file as Journey Designer wrote it before project format 2 (schema 2: no budget,
    staffing, peaks or trigger direction)."""
    save_project(project or without_format_2(load_project(sample_paths()["saas_onboarding_renewal"])),
                 path)
    db = sqlite_utils.Database(path)
    for table, columns in FORMAT_2_COLUMNS.items():
        db.table(table).transform(drop={name for name, _, _ in columns})
    db.table("peaks").drop()
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    db.conn.commit()
    db.close()


def make_schema_1_file(path: Path) -> None:
    """A file as Journey Designer 0.1 (schema 1, no indexes) wrote it."""
    make_schema_2_file(path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX IF EXISTS idx_touchpoints_journey")
        conn.execute("DROP INDEX IF EXISTS idx_actions_touchpoint")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.close()


def test_a_schema_2_file_opens_with_the_format_2_defaults(tmp_path: Path) -> None:
    old = tmp_path / "old.journey"
    plan = without_format_2(load_project(sample_paths()["credit_card_care"]))
    make_schema_2_file(old, plan)
    before = old.read_bytes()
    with sqlite3.connect(old) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(channels)")}
    conn.close()
    assert file_schema_version(old) == 2 and "agents" not in columns
    project = load_project(old)
    assert old.read_bytes() == before  # migrated in memory only
    assert project == plan
    assert (project.settings.fatigue_tolerance, project.budget_per_month) == (0.05, None)
    project.journeys[0].peaks.append(Peak("Double 11", "11-10", 3, 2.5))
    project.channels[0].service_level = ServiceLevel(0.8, 20)
    save_project(project, old)
    assert file_schema_version(old) == SCHEMA_VERSION == 3
    assert load_project(old) == project


def test_a_schema_1_file_opens_and_stays_untouched(tmp_path: Path) -> None:
    old = tmp_path / "old.journey"
    make_schema_1_file(old)
    before = old.read_bytes()
    assert file_schema_version(old) == 1
    project = load_project(old)
    assert project == without_format_2(load_project(sample_paths()["saas_onboarding_renewal"]))
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

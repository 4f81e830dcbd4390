"""An interrupted save never damages the project already on disk."""

from __future__ import annotations

import sqlite3

import pytest

from journey_designer.domain import ProjectFileError
from journey_designer.domain.templates import blank_project
from journey_designer.io.project_file import json_io, sqlite_store
from journey_designer.io.project_file.sqlite_store import load_project, save_project


class Crash(Exception):
    pass


def test_exception_mid_write_keeps_the_old_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Old plan"), path)
    before = path.read_bytes()

    def rows_then_crash(project):  # the tables exist, the temp file is half written
        raise Crash("power cut")

    monkeypatch.setattr(sqlite_store, "_rows_of", rows_then_crash)

    with pytest.raises(Crash):
        save_project(blank_project(name="New plan"), path)
    assert path.read_bytes() == before
    assert load_project(path).name == "Old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]  # no temp left


def test_database_error_mid_write_is_reported_and_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "plan.journey"
    save_project(blank_project(name="Old plan"), path)
    before = path.read_bytes()

    def disk_full(rows, temp):
        temp.write_bytes(b"SQLite format 3\x00 partial")
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(sqlite_store, "_write_database", disk_full)

    with pytest.raises(ProjectFileError, match="could not be written .database or disk is full"):
        save_project(blank_project(name="New plan"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]


def test_interrupted_json_save_keeps_the_old_file(tmp_path, monkeypatch) -> None:
    path = tmp_path / "plan.json"
    json_io.save_json(blank_project(name="Old plan"), path)
    before = path.read_bytes()
    monkeypatch.setattr(json_io, "dumps", lambda project: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        json_io.save_json(blank_project(name="New plan"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ProjectFileError) as info:
        save_project(blank_project(), tmp_path / "no-such-folder" / "plan.journey")
    assert "plan.journey: could not be written" in str(info.value)


def test_new_file_gets_ordinary_permissions(tmp_path) -> None:
    path = tmp_path / "plan.journey"
    save_project(blank_project(), path)
    assert path.stat().st_mode & 0o044  # readable by others as with any saved document

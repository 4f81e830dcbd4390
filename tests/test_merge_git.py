"""`journey-designer merge` as git's merge driver, in a real repository (README "Projects
in git"): different fields on two branches merge; the same field changed differently is a
conflict git reports, and the file left behind is a valid project with ours' value."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journey_designer.domain import Project
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.by_name import load_any, save_any
from tests.test_merge import action, plan, tp

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def driver() -> str:
    script = Path(sys.executable).with_name("journey-designer")
    command = str(script) if script.exists() else f"{sys.executable} -m journey_designer"
    return f"{command} merge %O %A %B"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check,
                          timeout=120)


def repo_with(tmp_path: Path, name: str) -> Path:
    """A repository holding `name` (the plan) on main, set up as the README says."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Tester")
    git(repo, "config", "user.email", "tester@example.com")
    git(repo, "config", "merge.journey.name", "Journey Designer project merge")
    git(repo, "config", "merge.journey.driver", driver())
    git(repo, "config", "diff.journey.textconv", driver().replace("merge %O %A %B", "convert --json -"))
    (repo / ".gitattributes").write_text("*.journey -text merge=journey diff=journey\n"
                                         "*.json merge=journey\n", encoding="utf-8")
    save_any(plan(), repo / name)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "plan")
    return repo


def commit_edit(repo: Path, name: str, branch: str, edit) -> None:
    git(repo, "checkout", "-q", branch)
    project: Project = load_any(repo / name)
    edit(project)
    save_any(project, repo / name)
    git(repo, "commit", "-q", "-am", f"edit on {branch}")


@pytest.mark.parametrize("name", ["plan.journey", "plan.json"])
def test_git_merges_edits_of_different_fields(tmp_path, name) -> None:
    repo = repo_with(tmp_path, name)
    git(repo, "branch", "theirs")
    commit_edit(repo, name, "theirs", lambda p: setattr(tp(p, "tp-12"), "emotion", 2))
    commit_edit(repo, name, "main", lambda p: setattr(action(p, "act-1"), "owner", "VIP desk"))
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    project = load_any(repo / name)
    assert tp(project, "tp-12").emotion == 2
    assert action(project, "act-1").owner == "VIP desk"
    assert git(repo, "status", "--porcelain").stdout == ""


@pytest.mark.parametrize("name", ["plan.journey", "plan.json"])
def test_git_reports_a_conflict_and_leaves_a_valid_project_with_ours(tmp_path, name) -> None:
    repo = repo_with(tmp_path, name)
    git(repo, "branch", "theirs")
    commit_edit(repo, name, "theirs", lambda p: setattr(tp(p, "tp-12"), "emotion", 2))
    commit_edit(repo, name, "main", lambda p: setattr(tp(p, "tp-12"), "emotion", -1))
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode != 0
    assert f"CONFLICT (content): Merge conflict in {name}" in merged.stdout
    assert ('journey "Onboarding", touchpoint "Welcome call" (tp-12): emotion: base 0, ours -1, '
            "theirs 2") in merged.stdout
    project = load_any(repo / name)  # no conflict markers: still a project
    assert validate(project) == []
    assert tp(project, "tp-12").emotion == -1
    assert f"UU {name}" in git(repo, "status", "--porcelain").stdout


def test_git_diff_shows_a_journey_file_as_its_json(tmp_path) -> None:
    repo = repo_with(tmp_path, "plan.journey")
    project = load_any(repo / "plan.journey")
    tp(project, "tp-12").name = "Welcome visit"
    save_any(project, repo / "plan.journey")
    changed = [line.replace(" ", "") for line in git(repo, "diff").stdout.splitlines()
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-"name":"Welcomecall",', '+"name":"Welcomevisit",']

"""`journey-designer analyze` and `journey-designer diff` as users and scripts meet them."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from analysis.plans import act, cover_all, everyone, plan
from analysis.schemas import check_analyze, check_diff

from journey_designer.cli import main
from journey_designer.domain import Project
from journey_designer.io.project_file.json_io import load_json, save_json
from journey_designer.io.project_file.samples import SAMPLES_DIR
from journey_designer.io.project_file.sqlite_store import save_project

SAMPLE_JSON = sorted(SAMPLES_DIR.glob("*.json"))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("journey-designer: error: ")
    return lines[0]


def saved(project: Project, path: Path) -> Path:
    (save_json if path.suffix == ".json" else save_project)(project, path)
    return path


def mot_plan() -> Project:
    """One critical gap: Gold hears nothing at the moment of truth B."""
    return plan("A>B:0.5 A>Z:0.5 B>Z:1", touchpoints={"B": {"name": "Refund approved",
                                                           "moment_of_truth": True}},
                actions=[everyone("A"), act("A", "gold"), act("B", "silver", "bronze"),
                         everyone("Z")])


@pytest.fixture(params=SAMPLE_JSON, ids=lambda p: p.stem)
def sample(request, tmp_path: Path) -> Path:
    """Each sample as a .journey file, as users have it."""
    return saved(load_json(request.param), tmp_path / f"{request.param.stem}.journey")


def test_text_report(capsys, sample: Path) -> None:
    code, out, err = run(capsys, "analyze", str(sample))
    assert (code, err) == (0, "")
    for heading in ("Analysis of", "Coverage", "Gaps:", "Fix first", "Channels",
                    "Contact fatigue", "Care cost per customer"):
        assert heading in out


def test_json_report_matches_the_schema(capsys, sample: Path) -> None:
    code, out, _ = run(capsys, "analyze", str(sample), "--json")
    assert code == 0
    document = json.loads(out)
    check_analyze(document)
    assert list(document)[:9] == ["project", "tiers", "coverage", "gaps", "flow", "priorities",
                                  "channels", "fatigue", "value"]


def test_the_text_groups_gaps_by_severity(capsys, tmp_path: Path) -> None:
    project = mot_plan()
    project.journeys[0].touchpoints[1].pain_points = ["Slow refund"]
    _, out, _ = run(capsys, "analyze", str(saved(project, tmp_path / "p.journey")))
    assert out.index("  CRITICAL\n") < out.index("  HIGH\n")
    assert ("[uncovered moment of truth] Gold customers hear nothing at the moment of truth "
            "'Refund approved' (reached by 50 % of customers)") in out


def test_one_tier(capsys, tmp_path: Path) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    _, out, _ = run(capsys, "analyze", str(path), "--json", "--tier", "Gold")
    document = json.loads(out)
    check_analyze(document)
    assert document["tiers"] == ["Gold"] and list(document["coverage"]) == ["Gold"]
    assert [(g["kind"], g["tier"]) for g in document["gaps"]] == [
        ("uncovered_moment_of_truth", "Gold")]
    _, out, _ = run(capsys, "analyze", str(path), "--json", "--tier", "Silver")
    assert json.loads(out)["gaps"] == []


def test_unknown_tier_names_the_known_ones(capsys, tmp_path: Path) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    code, out, err = run(capsys, "analyze", str(path), "--tier", "Platinum")
    assert code == 2 and out == ""
    assert one_error_line(err).endswith(
        "p.journey: unknown tier 'Platinum' — known: Gold, Silver, Bronze")


@pytest.mark.parametrize("fail_on, expected", [("critical", 1), ("high", 1), ("medium", 1)])
def test_fail_on_a_critical_gap(capsys, tmp_path: Path, fail_on: str, expected: int) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    assert run(capsys, "analyze", str(path), "--fail-on", fail_on)[0] == expected


@pytest.mark.parametrize("fail_on, expected", [("critical", 0), ("high", 0), ("medium", 1)])
def test_fail_on_with_only_a_medium_gap(capsys, tmp_path: Path, fail_on: str,
                                        expected: int) -> None:
    path = saved(cover_all(plan("A>B:0.5 A>Z:0.5")), tmp_path / "p.json")  # B: a dead end
    code, out, _ = run(capsys, "analyze", str(path), "--json", "--fail-on", fail_on)
    assert code == expected
    assert [g["kind"] for g in json.loads(out)["gaps"]] == ["dead_end"]


def test_fail_on_with_no_gap(capsys, tmp_path: Path) -> None:
    path = saved(cover_all(plan("A>B:1 B>Z:1")), tmp_path / "p.journey")
    code, out, _ = run(capsys, "analyze", str(path), "--fail-on", "medium")
    assert code == 0 and "Gaps: none" in out


def test_fail_on_refuses_other_words(capsys, tmp_path: Path) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(path), "--fail-on", "low"])
    assert stop.value.code == 2


def test_a_project_with_broken_references_is_analysed(capsys, tmp_path: Path) -> None:
    project = cover_all(plan("A>Z:1"))
    project.actions.append(act("nowhere", "gold", name="Lost action"))
    path = saved(project, tmp_path / "p.json")
    code, out, _ = run(capsys, "analyze", str(path), "--fail-on", "high")
    assert code == 1
    assert "[orphan action] Action 'Lost action' refers to touchpoint 'nowhere'" in out


def test_unreadable_file(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "broken.journey"
    bad.write_text("not a database")
    code, out, err = run(capsys, "analyze", str(bad))
    assert code == 2 and out == ""
    assert "broken.journey: is not a Journey Designer project" in one_error_line(err)


def test_missing_file_for_diff(capsys, tmp_path: Path) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    code, _, err = run(capsys, "diff", str(path), str(tmp_path / "nowhere.journey"))
    assert code == 2 and "nowhere.journey: no such file" in one_error_line(err)


# ---------------------------------------------------------------- diff


def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    old = mot_plan()
    new = copy.deepcopy(old)
    new.actions.append(act("B", "gold", name="Refund call", channel="phone"))
    new.journeys[0].touchpoints[1].emotion = -1
    new.journeys[0].transitions[0].share = 0.6
    new.journeys[0].transitions[1].share = 0.4
    return saved(old, tmp_path / "old.journey"), saved(new, tmp_path / "new.json")


def test_diff_text(capsys, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    code, out, err = run(capsys, "diff", str(old), str(new))
    assert (code, err) == (0, "")
    assert "~ changed 'Refund approved' (in 'Journey'): emotion: 0 → -1" in out
    assert "~ changed 'A → Refund approved' (in 'Journey'): share: 50 % → 60 %" in out
    assert "+ added 'Refund call at Refund approved'" in out
    assert "Gold: touchpoints covered 2 → 3 (+1), moments of truth covered 0 → 1 (+1)" in out
    assert "Gaps: 1 → 0 (-1)" in out
    assert "resolved: [critical, uncovered moment of truth] Gold customers hear nothing" in out


def test_diff_json(capsys, tmp_path: Path) -> None:
    old, new = two_versions(tmp_path)
    code, out, _ = run(capsys, "diff", str(old), str(new), "--json")
    assert code == 0
    document = json.loads(out)
    check_diff(document)
    assert document["changes"]["actions"]["added"] == [
        {"name": "Refund call at Refund approved", "journey": None, "details": []}]
    assert [g["kind"] for g in document["gaps"]["resolved"]] == ["uncovered_moment_of_truth"]
    assert document["coverage"]["Gold"]["after"]["mot_covered"] == 1


def test_diff_of_a_file_with_itself(capsys, sample: Path) -> None:
    code, out, _ = run(capsys, "diff", str(sample), str(sample))
    assert code == 0 and "no changes to the plan" in out


# ---------------------------------------------------------------- the real entry point


def test_installed_command_prints_json_without_qt(tmp_path: Path) -> None:
    path = saved(mot_plan(), tmp_path / "p.journey")
    code = ("import sys; from journey_designer.main import main; "
            "status = main(['analyze', sys.argv[1], '--json', '--fail-on', 'critical']); "
            "print(any(m.startswith('PySide6') for m in sys.modules)); sys.exit(status)")
    result = subprocess.run([sys.executable, "-c", code, str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    body, _, loaded_qt = result.stdout.rstrip().rpartition("\n")
    check_analyze(json.loads(body))
    assert loaded_qt == "False" and result.stderr == ""


# ---------------------------------------------------------------- format 2: --priority-by, budget, staffing


def value_plan() -> Project:
    # B (a moment of truth, half the customers) lacks care for everyone: by customers
    # 0.5 × 3 × 1 = 1.5; C (emotion -3, a pain point) lacks it for Bronze only:
    # 6 × 0.5 = 3.0. By value (1,000 / 300 / 100 a customer): B 1.5 × 340 = 510, C 300.
    return plan("A>B:0.5 A>C:0.5 B>C:1 C>Z:1",
                touchpoints={"B": {"moment_of_truth": True},
                             "C": {"emotion": -3, "pain_points": ["Waiting"]}},
                actions=[everyone("A"), act("C", "gold", "silver"), everyone("Z")])


def test_priority_by_value_or_customers(capsys, tmp_path: Path) -> None:
    path = saved(value_plan(), tmp_path / "plan.json")
    code, out, _ = run(capsys, "analyze", str(path), "--json")
    document = json.loads(out)
    assert code == 0 and document["priority_by"] == "value"
    assert [(p["touchpoint"], p["score"]) for p in document["priorities"]] == [("B", 510), ("C", 300)]
    code, out, _ = run(capsys, "analyze", str(path), "--json", "--priority-by", "customers")
    assert [p["touchpoint"] for p in json.loads(out)["priorities"]] == ["C", "B"]
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(path), "--priority-by", "money"])
    assert stop.value.code == 2 and "invalid choice: 'money'" in capsys.readouterr().err


def test_json_has_budget_and_staffing(capsys, tmp_path: Path) -> None:
    project = value_plan()
    project.budget_per_month = 100.0
    phone = project.channels[1]
    phone.hours_per_day, phone.handling_minutes, phone.agents = 10.0, 3.0, 7
    path = saved(project, tmp_path / "plan.journey")
    code, out, _ = run(capsys, "analyze", str(path), "--json")
    document = json.loads(out)
    check_analyze(document)
    # 3,000 customers a month; everyone gets a 0.1 SMS at A and Z, Gold and Silver one at C
    # too (reached by all): Gold 600 × 0.3 = 180, Silver 900 × 0.3 = 270, Bronze 1,500 × 0.2
    assert document["budget"] == {"total": 750, "limit": 100, "per_tier": {
        "Gold": 180, "Silver": 270, "Bronze": 300}, "per_journey": {"Journey": 750},
        "per_channel": {"SMS": 750, "Phone": 0}}
    assert list(document["staffing"]) == ["Phone"]
    assert document["staffing"]["Phone"]["required_agents"] == 0
    assert "over_budget" in {g["kind"] for g in document["gaps"]}
    code, out, _ = run(capsys, "analyze", str(path))
    assert "The plan costs 750 a month, more than the budget of 100" in out

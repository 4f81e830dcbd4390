"""Issue 14, how it is checked: a care manager builds the broadband outage plan from a
blank project through the window (stages, cards, arrows, shares, the outage as the pain
it is, a moment of truth, care for three tiers, every critical/high gap closed by the
Gaps dock's quick fixes; then an upgrade offer for every tier, and the contact fatigue it
causes closed by the fatigue gaps' own quick fixes), saves it, and the real command line
accepts the file: `journey-designer validate` exits 0 and `journey-designer analyze
--fail-on high` exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ui_helpers import small_project
from walkthrough_broadband import (
    CARDS,
    CARE,
    EMOTIONS,
    JOURNEY_NAME,
    OFFER,
    PROJECT_NAME,
    STAGES,
    Walkthrough,
)

from journey_designer.io.project_file.sqlite_store import load_project
from journey_designer.ui.main_window import MainWindow

_SCRIPT = Path(sys.executable).with_name("journey-designer")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "journey_designer"]


@pytest.fixture
def fresh_window(qtbot):
    win = MainWindow(small_project())  # a project was open before: File ▸ New replaces it
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                               "QT_QPA_PLATFORM": "offscreen"})


def test_build_the_broadband_outage_plan_through_the_ui_and_the_cli_accepts_it(
        qtbot, fresh_window, monkeypatch, tmp_path, unexpected_dialogs) -> None:
    path = tmp_path / "broadband.journey"
    walk = Walkthrough(fresh_window, monkeypatch.setattr, qtbot.wait)
    walk.run(path)
    assert unexpected_dialogs == []

    saved = load_project(path)
    journey = next(j for j in saved.journeys if j.name == JOURNEY_NAME)
    assert [s.name for s in journey.stages] == STAGES
    assert sorted(t.name for t in journey.touchpoints) == sorted(name for *_, name in CARDS)
    names = {t.id: t.name for t in journey.touchpoints}
    assert len(journey.transitions) == 8
    shares = {(names[t.source], names[t.target]): round(t.share, 6) for t in journey.transitions}
    assert shares[("Internet drops", "Call the helpline")] == 0.6
    assert shares[("Internet drops", "Report in the app")] == 0.4  # what was left
    assert shares[("Remote line test", "Engineer visit")] == 0.7
    assert shares[("Remote line test", "Service back")] == 0.3
    assert [names[t] for t in journey.entries] == ["Internet drops"]
    assert [names[t] for t in journey.exits] == ["Satisfaction survey"]
    assert [t.name for t in journey.touchpoints if t.moment_of_truth] == ["Engineer visit"]
    tiers = {t.id: t.name for t in saved.tiers}
    channels = {c.id: c for c in saved.channels}
    for tier, channel, action_name in CARE:
        action = next(a for a in saved.actions if a.name == action_name)
        assert [tiers[t] for t in action.tiers] == [tier]
        assert channels[action.channel].name == channel
        # until a cost is typed, an action costs what its channel costs per contact
        assert action.cost in (None, channels[action.channel].cost_per_contact)
    assert walk.quick_fixes, "no gap needed a quick fix: the walkthrough proves nothing"
    assert EMOTIONS["Internet drops"] <= -2  # the outage is a pain point, as it is
    assert [t.emotion for t in journey.touchpoints if t.name == "Internet drops"] == [-3]
    fatigue_fixes = [f for f in walk.quick_fixes if f.startswith("contact_fatigue")]
    assert fatigue_fixes, walk.quick_fixes
    # dropping the offer for Silver would leave Silver without care for 4 touchpoints
    # again: the fix offered moves it out of the outage week, for every tier
    offer = next(a for a in saved.actions if a.name == OFFER[1])
    assert offer.purpose == "marketing"
    assert sorted(tiers[t] for t in offer.tiers) == ["Bronze", "Gold", "Silver"]
    assert offer.trigger.type == "offset" and offer.trigger.days >= 7
    assert saved.name == PROJECT_NAME

    validated = _cli("validate", str(path))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    analyzed = _cli("analyze", str(path), "--fail-on", "high")
    assert analyzed.returncode == 0, analyzed.stdout + analyzed.stderr

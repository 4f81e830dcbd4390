"""Shared test set-up: Qt runs offscreen; real-world files come from ../shared/realdata."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must happen before anything imports Qt: without a display Qt would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "journey_designer" / "samples"
REALDATA = REPO.parent / "shared" / "realdata"


@pytest.fixture
def realdata() -> Path:
    """The folder of real files from other tools; the test skips when it is absent."""
    if not REALDATA.is_dir():
        pytest.skip(f"real-world files not available: {REALDATA} is absent (they sit beside "
                    "the repository in the team's workspace and in CI)")
    return REALDATA


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """Each test gets empty settings (and recovery folder) of its own, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("JourneyDesignerTests")
    QCoreApplication.setApplicationName("Journey Designer")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    # QStandardPaths (the recovery folder) reads XDG_DATA_HOME at each call on Linux
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    yield folder

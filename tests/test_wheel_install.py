"""Installed from its wheel, the program works away from the checkout (issue 14).

The wheel is built from a copy of the sources (the checkout is left untouched), installed
without its dependencies into a fresh virtual environment, and run from another folder.
The dependencies come from the development venv through a `.pth` line: the test then
needs no network, and the fresh venv still holds its own copy of the program, so every
sample and resource it finds must come from inside the wheel, not from the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "journey_designer")


def run(args: list[str], cwd: Path, timeout: float = 120,
        **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra_env)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = tmp_path_factory.mktemp("wheel_build")
    source = build / "source"
    source.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(path, source / name)
    # no build isolation: the build backend comes from the test extras, not the network
    result = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "-q", "-w", str(build / "dist"), str(source)], cwd=build, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    (found,) = (build / "dist").glob("journey_designer-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; returns its bin folder."""
    root = tmp_path_factory.mktemp("fresh") / "venv"
    venv.create(root, with_pip=False)
    bin_dir = root / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    result = run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                  "--no-index", "-q", str(wheel)], cwd=root, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    site = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
               cwd=root).stdout.strip()
    (Path(site) / "dev_venv_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return bin_dir


def test_the_wheel_holds_the_samples_resources_and_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
        entry_points = archive.read(metadata_name.replace("METADATA", "entry_points.txt")).decode()
    for sample in ("credit_card_care", "ecommerce_aftersales_zh", "saas_onboarding_renewal"):
        assert f"journey_designer/samples/{sample}.journey" in names
        assert f"journey_designer/samples/{sample}.json" in names
    assert "journey_designer/resources/icons/journey-designer.svg" in names
    assert "journey_designer/resources/desktop/journey-designer.desktop" in names
    assert "journey_designer/resources/desktop/journey-designer-mime.xml" in names
    assert "journey_designer/translations/journey_designer_zh_CN.qm" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not [n for n in names if n.startswith(("sample_projects/", "tests/", "scripts/"))]
    assert metadata["License-Expression"] == "MIT"
    assert "Journey Designer team" in metadata["Author"]
    classifiers = metadata.get_all("Classifier")
    assert "Environment :: X11 Applications :: Qt" in classifiers
    assert "Natural Language :: Chinese (Simplified)" in classifiers
    assert "[gui_scripts]\njourney-designer-gui = journey_designer.main:main" in entry_points
    assert "[console_scripts]\njourney-designer = journey_designer.main:main" in entry_points


def test_new_from_a_template_works_from_another_folder(installed: Path, tmp_path: Path) -> None:
    program = installed / "journey-designer"
    assert (installed / "journey-designer-gui").exists()
    new = run([str(program), "new", "x.journey", "--template", "credit_card_care"], cwd=tmp_path)
    assert new.returncode == 0, new.stdout + new.stderr
    checked = run([str(program), "validate", "x.journey"], cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    summary = run([str(program), "analyze", "--json", "x.journey"], cwd=tmp_path)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)["project"] == "Horizon Bank - Credit Card Care Plan 2026"


def test_the_installed_program_finds_its_samples_inside_itself(installed: Path,
                                                               tmp_path: Path) -> None:
    code = ("import journey_designer, json\n"
            "from journey_designer.io.project_file.samples import sample_paths, template_names\n"
            "print(json.dumps({'package': journey_designer.__file__, 'names': template_names(),\n"
            "    'paths': [str(p) for p in sample_paths().values()]}))")
    result = run([str(installed / "python"), "-c", code], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    venv_root = installed.parent.resolve()
    assert Path(found["package"]).resolve().is_relative_to(venv_root)
    assert found["names"] == ["blank", "credit_card_care", "ecommerce_aftersales_zh",
                              "saas_onboarding_renewal"]
    assert all(Path(p).resolve().is_relative_to(venv_root) for p in found["paths"])


def test_the_installed_app_finds_its_icon_and_manual(installed: Path, tmp_path: Path) -> None:
    code = ("from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(['x']); app.setApplicationName('Journey Designer')\n"
            "from journey_designer.ui.icons import app_icon\n"
            "from journey_designer.ui.help_menu import manual_path\n"
            "print(len(app_icon().availableSizes())); print(manual_path())")
    result = run([str(installed / "python"), "-c", code], cwd=tmp_path,
                 QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    sizes, manual = result.stdout.split("\n")[:2]
    assert sizes == "7"
    assert Path(manual).is_relative_to(tmp_path / "data")  # written from the wheel's metadata
    assert Path(manual).read_text(encoding="utf-8").startswith("# Journey Designer")

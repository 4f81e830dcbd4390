"""The desktop integration that scripts/setup.sh installs (issue 14): a menu entry that
desktop-file-validate accepts, a file type for `*.journey`, and the icon, all in the
user's own data folder.

scripts/install_desktop_entry.sh is run here as setup.sh runs it, with XDG_DATA_HOME
pointing at a temporary folder; what the desktop then sees is checked with the desktop's
own tools (desktop-file-validate, update-desktop-database) and with Qt's MIME database,
which reads the same shared-mime-info files a file manager does.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
INSTALLER = REPO / "scripts" / "install_desktop_entry.sh"
SAMPLE = REPO / "journey_designer" / "samples" / "credit_card_care.journey"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def install(data_home: Path, program: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    args = ["bash", str(INSTALLER)] + ([str(program)] if program else [])
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)


def entry(data_home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(data_home / "applications" / "journey-designer.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def validate(desktop_file: Path) -> str:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt package desktop-file-utils, "
                    "installed by scripts/setup.sh --test)")
    result = subprocess.run([tool, str(desktop_file)], capture_output=True, text=True)
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}".strip()


def mime_type_of(path: Path, data_home: Path) -> str:
    """What Qt (like a file manager) calls `path` with the user's MIME database."""
    code = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
            "print(QMimeDatabase().mimeTypeForFile(sys.argv[1]).name())")
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    result = subprocess.run([sys.executable, "-c", code, str(path)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_menu_entry_starts_the_venv_program_on_the_file_and_validates(tmp_path) -> None:
    data = tmp_path / "data"
    result = install(data)
    assert result.returncode == 0, result.stdout + result.stderr
    desktop = data / "applications" / "journey-designer.desktop"
    assert validate(desktop) == "exit 0"
    fields = entry(data)
    program = REPO / ".venv" / "bin" / "journey-designer"
    assert fields["Exec"] == f"{program} %f"
    assert fields["TryExec"] == str(program)
    assert fields["Icon"] == "journey-designer"
    assert fields["MimeType"] == "application/x-journey-designer;"
    assert fields["Name"] == "Journey Designer" and fields["Comment[zh_CN]"]


def test_a_program_path_with_spaces_is_quoted_and_still_validates(tmp_path) -> None:
    data = tmp_path / "data"
    program = tmp_path / "my apps" / "venv" / "bin" / "journey-designer"
    result = install(data, program)
    assert result.returncode == 0, result.stdout + result.stderr
    assert validate(data / "applications" / "journey-designer.desktop") == "exit 0"
    assert entry(data)["Exec"] == f'"{program}" %f'


def test_journey_files_get_their_own_type_and_open_with_the_program(tmp_path) -> None:
    data = tmp_path / "data"
    plain = tmp_path / "plan.journey"
    plain.write_bytes(SAMPLE.read_bytes())
    assert mime_type_of(plain, data) == "application/vnd.sqlite3"  # before: just a database
    assert install(data).returncode == 0
    xml = data / "mime" / "packages" / "journey-designer.xml"
    assert "<glob pattern=\"*.journey\"/>" in xml.read_text(encoding="utf-8")
    assert mime_type_of(plain, data) == "application/x-journey-designer"
    if shutil.which("update-desktop-database"):
        cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert "application/x-journey-designer=journey-designer.desktop;" in cache


def test_the_icon_is_installed_in_every_size_into_the_hicolor_theme(tmp_path) -> None:
    from PySide6.QtGui import QImage

    data = tmp_path / "data"
    assert install(data).returncode == 0
    icons = data / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "journey-designer.svg").read_text(
        encoding="utf-8").lstrip().startswith("<svg")
    for size in ICON_SIZES:
        image = QImage(str(icons / f"{size}x{size}" / "apps" / "journey-designer.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not empty


def test_installing_twice_replaces_the_entry(tmp_path) -> None:
    data = tmp_path / "data"
    assert install(data, tmp_path / "old" / "journey-designer").returncode == 0
    assert install(data).returncode == 0
    assert entry(data)["TryExec"] == str(REPO / ".venv" / "bin" / "journey-designer")
    assert [p.name for p in (data / "applications").glob("*.desktop")] == ["journey-designer.desktop"]


def test_setup_installs_the_desktop_entry() -> None:
    setup = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "scripts/install_desktop_entry.sh" in setup
    assert "desktop-file-utils" in setup

#!/usr/bin/env bash
# Installs everything Journey Designer needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt loads, a CJK font, Xvfb (for screenshots without a display),
# and a virtual environment in .venv with the program (and, with --test, the test tools);
# then a menu entry and the *.journey file type for the current user
# (scripts/install_desktop_entry.sh).
#
#   scripts/setup.sh          # app only
#   scripts/setup.sh --test   # app + pytest, pytest-qt, hypothesis, and LibreOffice for
#                             # the tests that open exported workbooks
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

apt_packages=(
  # Qt's offscreen and xcb platforms
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0
  # Chinese text in the UI, pictures and charts
  fonts-wqy-microhei
  # a virtual display for screenshots and headless runs
  xvfb xauth
  # Python's venv module (Debian ships it separately)
  python3-venv
)

if [ -n "$extras" ]; then
  # the tests open exported workbooks the way a user would: LibreOffice -> PDF -> PNG
  apt_packages+=(libreoffice-calc-nogui poppler-utils
    # LibreOffice Calc driven through Python UNO (system Python) for the round-trip tests
    python3-uno
    # the sqlite3 tool: tests open saved project files with it, as a user's tool would
    sqlite3
    # desktop-file-validate checks the menu entry install_desktop_entry.sh writes
    desktop-file-utils)
fi

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian-like system: install Qt's xcb libraries and a CJK font yourself." >&2
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extras}"
if [ "$(uname -s)" = Linux ]; then
  # the menu entry, the *.journey file type and the icon, in the user's own data folder
  scripts/install_desktop_entry.sh "$(pwd)/.venv/bin/journey-designer"
fi
echo "Journey Designer is installed in $(pwd)/.venv"

#!/usr/bin/env bash
# Makes Journey Designer a desktop program for the current user: a menu entry that
# opens the program on a file, the file type of *.journey projects (a kind of SQLite
# database, told apart by its name) and the icon, in the user's data folder
# ($XDG_DATA_HOME, else ~/.local/share). Needs no root; run again to update.
#
#   scripts/install_desktop_entry.sh [PROGRAM]
#
# PROGRAM is the journey-designer to start (default: this checkout's .venv/bin/journey-designer).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
resources=$repo/journey_designer/resources
program=${1:-$repo/.venv/bin/journey-designer}
case $program in
  /*) ;;
  *) program=$PWD/$program ;;
esac
if [[ $program == *$'\n'* ]]; then
  echo "install_desktop_entry.sh: the program's path holds a line break: $program" >&2
  exit 2
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}

# Exec= quoting (Desktop Entry spec): a path with reserved characters goes in double
# quotes with " ` $ \ escaped; every backslash is then doubled for the string value,
# and % (a field code) is written %%.
exec_path=$program
if [[ $program =~ [[:space:]\"\'\\\<\>~\|\&\;\$\*\?\#\(\)\`] ]]; then
  quoted=$program
  quoted=${quoted//\\/\\\\}
  quoted=${quoted//\"/\\\"}
  quoted=${quoted//\`/\\\`}
  quoted=${quoted//\$/\\\$}
  exec_path="\"${quoted//\\/\\\\}\""
fi
exec_path=${exec_path//%/%%}
try_exec=${program//\\/\\\\}

mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"

entry=$data/applications/journey-designer.desktop
while IFS= read -r line; do
  case $line in
    Exec=*) printf 'Exec=%s %%f\n' "$exec_path" ;;
    TryExec=*) printf 'TryExec=%s\n' "$try_exec" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$resources/desktop/journey-designer.desktop" >"$entry.tmp"
mv -f "$entry.tmp" "$entry"

cp -f "$resources/desktop/journey-designer-mime.xml" "$data/mime/packages/journey-designer.xml"
cp -f "$resources/icons/journey-designer.svg" "$data/icons/hicolor/scalable/apps/journey-designer.svg"
for png in "$resources"/icons/journey-designer-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp -f "$png" "$data/icons/hicolor/${size}x${size}/apps/journey-designer.png"
done
touch "$data/icons/hicolor"  # icon caches look at the theme folder's time

if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data/mime"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications"
fi
echo "Menu entry, *.journey file type and icon installed in $data"

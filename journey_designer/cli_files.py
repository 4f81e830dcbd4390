"""How the command line treats the files it is given: `-` for standard input or output,
an output that is the input, a project open in the app, and a mistyped command.

Every refusal is a JourneyError (exit 2, one line naming the file) raised before
anything is read or written.
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import JourneyError, Project
from journey_designer.io.project_file import lock
from journey_designer.io.project_file.by_name import is_json_path
from journey_designer.io.project_file.json_io import load_json, load_json_stream, save_json
from journey_designer.io.project_file.sqlite_store import load_project, save_project

STDIO = "-"
STDIN_NAME = "<stdin>"


def _t(text: str) -> str:
    return messages.translate("CLI", text)


class FileRefused(JourneyError):
    """An input or output the command will not use (the reason names the file)."""


def is_stdio(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIO


def load(path: Path, *, check: bool) -> Project:
    """A project from a .journey or .json file, or JSON on standard input (`-`)."""
    if is_stdio(path):
        if sys.stdin is None:
            raise FileRefused(_t("{file}: standard input is closed").format(file=STDIN_NAME))
        return load_json_stream(sys.stdin.buffer, STDIN_NAME, check=check)
    return load_json(path, check=check) if is_json_path(path) else load_project(path)


def save(project: Project, path: Path, *, as_json: bool | None = None) -> None:
    """Save atomically, as JSON when `as_json` (None: in the format the name asks for)."""
    if is_json_path(path) if as_json is None else as_json:
        save_json(project, path)
    else:
        save_project(project, path)


def write_json_to_stdout(text: str) -> None:
    """`--json -`: the JSON text on standard output (UTF-8 whatever the locale)."""
    if sys.stdout is None:
        raise FileRefused(_t("standard output is closed"))
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise FileRefused(_t("standard output could not be written ({reason})").format(
            reason=exc.strerror or exc)) from None


def display_name(path: Path) -> str:
    """The file's name in messages (`<stdin>` for `-`)."""
    return STDIN_NAME if is_stdio(path) else str(path)


def same_file(one: Path, other: Path) -> bool:
    """True when both names lead to one file (another spelling, a symlink, a hard link)."""
    if is_stdio(one) or is_stdio(other):
        return False
    try:
        if one.exists() and other.exists():
            return os.path.samefile(one, other)
        return os.path.realpath(one) == os.path.realpath(other)
    except (OSError, ValueError):  # an unreadable folder, a NUL in the name: not the same
        return False


def refuse_output_onto_input(output: Path, inputs: Iterable[Path]) -> None:
    """Refuse writing `output` when it is one of `inputs` (it would be replaced by the result)."""
    for source in inputs:
        if same_file(output, source):
            raise FileRefused(_t("{file}: is the same file as the input {source} — write the result "
                                 "to another file").format(file=output, source=source))


def refuse_if_open(project: Path, *, force: bool, overridable: bool = True) -> None:
    """Refuse writing a project file that Journey Designer has open (its lock file), unless
    `force`: the app would otherwise overwrite this change with its next save."""
    if is_stdio(project):
        raise FileRefused(_t("'-' (standard input or output) cannot be the project file to write"))
    owner = lock.current_owner(project)
    if owner is None or (force and overridable):
        return
    if overridable:
        raise FileRefused(_t("{file}: open in Journey Designer ({owner}) — close it there, or "
                             "use --force").format(file=project, owner=owner.describe()))
    raise FileRefused(_t("{file}: open in Journey Designer ({owner}) — close it there first").format(
        file=project, owner=owner.describe()))


def unknown_command(word: str, commands: Iterable[str]) -> str:
    """"unknown command 'analyse' — did you mean 'analyze'?" (or the list of commands)."""
    names = sorted(commands)
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if close:
        return _t("unknown command {word} — did you mean {command}?").format(
            word=repr(word), command=repr(close[0]))
    return _t("unknown command {word} — the commands are: {names} (to open a file in the app, "
              "give a name ending in .journey or .json)").format(
                  word=repr(word), names=messages.join_names(names))

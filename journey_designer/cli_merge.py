"""`journey-designer merge`: three-way merge of two versions of a project, for git.

    journey-designer merge BASE OURS THEIRS [-o OUT] [--json] [--force]

Merges what THEIRS changed since BASE into OURS (rules: domain/merge.py) and writes the
result atomically into OURS, or OUT, in OURS' format (OUT's: by its suffix). Exit 0:
merged cleanly; 1: conflicts, each listed on one line (ours' value kept, the file written
still validates — what a git merge driver must do); 2: bad input (an unreadable file,
not a project, the output open in the app, an OURS that itself fails `validate` when the
merge cannot do without it) with one line on stderr and nothing written. Only the result
is validated (once, the costly part of a big merge): where THEIRS breaks a rule, ours is
kept and the spot listed as a conflict.

Git hands a merge driver temporary files without the project's suffix, so each file's
format is read from its first bytes (an SQLite header or JSON), not from its name. An
empty BASE (git's "added on both branches") means there is no common version. JSON versions
are read with BASE's objects wherever an item is exactly the base's (json_share.py: fewer
objects made, unchanged items met with an `is`; the merge changes no object it is given). Wired into
cli.py with `add_merge_command(subparsers)`; `run_merge(args)` returns the exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from journey_designer import messages
from journey_designer.cli_files import refuse_if_open, refuse_output_onto_input, save
from journey_designer.domain import JourneyError, Project
from journey_designer.domain.merge import Conflict, merge_projects
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.by_name import is_json_path
from journey_designer.io.project_file.json_io import load_json, to_json_value
from journey_designer.io.project_file.json_share import Sharing
from journey_designer.io.project_file.sqlite_store import SQLITE_MAGIC, load_project

PROG = "journey-designer"
EXIT_OK, EXIT_CONFLICTS = 0, 1


def _t(text: str) -> str:
    return messages.translate("CLI", text)


class MergeRefused(JourneyError):
    """A merge that cannot start: the reason names the file."""


def add_merge_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `merge` sub-command to `subparsers` (cli.py's `commands`)."""
    merge = subparsers.add_parser(
        "merge", help=_t("three-way merge of two versions of a project (a git merge driver)"),
        description=_t("Merge what THEIRS changed since BASE into OURS and write the result into "
                       "OURS (or OUT). Exit 0: merged; 1: conflicts, ours' values kept and each "
                       "conflict listed; 2: bad input, nothing written."))
    merge.add_argument("base", type=Path, metavar="BASE", help=_t("the common ancestor (.journey or .json)"))
    merge.add_argument("ours", type=Path, metavar="OURS", help=_t("our version; receives the result"))
    merge.add_argument("theirs", type=Path, metavar="THEIRS", help=_t("their version"))
    merge.add_argument("-o", "--output", type=Path, metavar="OUT",
                       help=_t("write the result here instead of OURS (format by its suffix)"))
    merge.add_argument("--json", action="store_true", help=_t("list the conflicts as one JSON object"))
    merge.add_argument("--force", action="store_true",
                       help=_t("write even when the file is open in Journey Designer"))
    return merge


def run_merge(args: argparse.Namespace) -> int:
    collecting = gc.isenabled()
    gc.disable()  # four big projects, millions of objects and no cycles, in a short command:
    try:          # collections would only pass over them again and again (~1 s of 10k touchpoints)
        return _run_merge(args)
    finally:
        if collecting:
            gc.enable()


def _run_merge(args: argparse.Namespace) -> int:
    sharing = Sharing()  # OURS and THEIRS made with BASE's objects where unchanged
    base = _load(args.base, allow_empty=True, share=sharing.keep)
    if base is not None:
        sharing.adopt(base)
    ours = _load(args.ours, share=sharing.share)
    theirs = _load(args.theirs, share=sharing.share)
    assert ours is not None and theirs is not None
    out: Path = args.output or args.ours
    if args.output is not None:  # onto OURS is what a merge does; onto BASE or THEIRS loses one
        refuse_output_onto_input(out, (args.base, args.theirs))
    refuse_if_open(out, force=args.force)  # also refuses `-o -`: the result is a project file
    as_json = is_json_path(out) if args.output is not None else _looks_like_json(args.ours)
    with _english() if args.json else contextlib.nullcontext():
        result = merge_projects(base, ours, theirs)  # conflicts worded in English for --json
    if result.kept_ours:
        _refuse_if_invalid(ours, args.ours)
    _save(result.project, out, as_json)
    if args.json:
        with _english():
            print(json.dumps({"output": str(out), "conflicts": [_conflict_json(c) for c in result.conflicts]},
                             ensure_ascii=False, indent=2, allow_nan=False))
    else:
        _print_text(result.conflicts, args.theirs, out)
    return EXIT_OK if result.clean else EXIT_CONFLICTS


def _print_text(conflicts: tuple[Conflict, ...], theirs: Path, out: Path) -> None:
    if not conflicts:
        print(_t("merged {theirs} into {file}: no conflicts").format(theirs=theirs, file=out))
        return
    print(_t("merged {theirs} into {file} with {count} conflict(s); ours' values kept:").format(
        theirs=theirs, file=out, count=len(conflicts)))
    for conflict in conflicts:
        print(f"  {conflict}")


def _conflict_json(conflict: Conflict) -> dict[str, Any]:
    return {"kind": conflict.kind, "id": conflict.id, "path": conflict.path,
            "field": conflict.field, "base": to_json_value(conflict.base),
            "ours": to_json_value(conflict.ours), "theirs": to_json_value(conflict.theirs),
            "reason": conflict.reason, "problem": conflict.problem or None}


@contextlib.contextmanager
def _english() -> Iterator[None]:
    """--json output is the same in every language."""
    saved = messages.language()
    messages.set_language("en")
    try:
        yield
    finally:
        messages.set_language(saved)


# ---------------------------------------------------------------- files


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC))
    except OSError:
        return b""  # the loader says what is wrong with it


def _looks_like_json(path: Path) -> bool:
    head = _head(path)
    if head.startswith(SQLITE_MAGIC):
        return False
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return start.startswith(b"{") or (not start and is_json_path(path))


def _load(path: Path, *, allow_empty: bool = False,
          share: Callable[[Any], Any] | None = None) -> Project | None:
    if allow_empty and path.is_file() and path.stat().st_size == 0:
        return None  # git's base of a file added on both branches
    if _looks_like_json(path) or (is_json_path(path) and not _head(path).startswith(SQLITE_MAGIC)):
        return load_json(path, check=False, share=share)
    return load_project(path)


def _refuse_if_invalid(project: Project, path: Path) -> None:
    """OURS itself breaks the rules: there is no valid result to write."""
    problems = validate(project)
    if problems:
        more = _t(" (and {count} more)").format(count=len(problems) - 1) if len(problems) > 1 else ""
        raise MergeRefused(_t("{file}: {problem}{more} — fix it first ('{prog} validate {file}' "
                              "lists every problem)").format(
            file=path, problem=problems[0], more=more, prog=PROG))


def _save(project: Project, out: Path, as_json: bool) -> None:
    try:
        save(project, out, as_json=as_json)  # a git temporary file holding JSON has no .json suffix
    except OSError as exc:
        raise MergeRefused(_t("{file}: cannot be written ({reason})").format(
            file=out, reason=exc.strerror or exc)) from None

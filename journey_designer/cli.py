"""The command line (design.md's contract). Uses the core only, never the UI.

Exit codes: 0 success, 1 the check found problems, 2 bad input (one line on stderr
naming the file and the problem), 3 an internal error (a bug: please report it); 130
after Ctrl-C. `-` is standard input (a JSON project) or output (convert --json -); how
files are checked before use (output onto input, a project open in the app): cli_files.py.

What it prints for people (help, headings, summaries, errors) is in the language of
journey_designer.messages (context "CLI"), which main.py sets from the environment
(LANG=zh_CN.UTF-8: Simplified Chinese); `main()` itself keeps the language it finds
(English unless set), so calling it in-process does not depend on the user's locale.
JSON output (--json) is the same in every language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from journey_designer import __version__, messages
from journey_designer.analysis.results import SEVERITIES  # light: the engine is imported by analyze, diff
from journey_designer.cli_argparse import argparse_in_language
from journey_designer.cli_files import (
    display_name,
    is_stdio,
    load,
    refuse_if_open,
    refuse_output_onto_input,
    save,
    unknown_command,
    write_json_to_stdout,
)
from journey_designer.cli_merge import add_merge_command, run_merge
from journey_designer.cli_render import add_render_command, run_render, unknown_tier
from journey_designer.domain import InvalidProjectError, JourneyError, Project
from journey_designer.domain.validation import validate
from journey_designer.io.project_file.by_name import is_json_path
from journey_designer.io.project_file.json_io import dumps, load_json, save_json
from journey_designer.io.project_file.samples import BLANK, copy_template, sample_paths, template_names
from journey_designer.io.project_file.sqlite_store import load_project, save_project

PROG = "journey-designer"
EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT


def _t(text: str) -> str:
    return messages.translate("CLI", text)


class BadInput(JourneyError):
    """A usage problem the user can fix (an unknown template, a file in the way...)."""


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the message language (build it inside argparse_in_language())."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_t("Customer journey maps and tiered care plans. "
                      "Run '{prog} [FILE]' to open the desktop app.").format(prog=PROG),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_t("show program's version number and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help=_t("create a project (blank or from a sample)"))
    new.add_argument("file", type=Path, metavar="FILE")
    new.add_argument("--template", default=BLANK, metavar="NAME",
                     help=_t("one of: {names}").format(names=messages.join_names(template_names())))
    new.add_argument("--locale", default="en", choices=["en", "zh_CN"],
                     help=_t("language of a blank project's stages, tiers and channels"))
    new.add_argument("--force", action="store_true", help=_t("replace FILE if it exists"))

    check = commands.add_parser("validate", help=_t("structural check; exit 1 if problems"))
    check.add_argument("file", type=Path, metavar="FILE")

    convert = commands.add_parser("convert", help=_t("project file <-> JSON"))
    convert.add_argument("file", type=Path, metavar="FILE")
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument("--json", type=Path, metavar="OUT.json",
                           help=_t("write FILE as JSON to OUT.json"))
    direction.add_argument("--from-json", type=Path, metavar="IN.json",
                           help=_t("create FILE from the JSON project IN.json"))
    convert.add_argument("--force", action="store_true",
                         help=_t("write even when the file is open in Journey Designer"))
    _add_analysis_commands(commands)
    _add_workbook_commands(commands)
    add_render_command(commands)
    add_merge_command(commands)
    return parser


def _add_analysis_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "analyze", help=_t("coverage and gap report (exit 1 with --fail-on when gaps are found)"))
    report.add_argument("file", type=Path, metavar="FILE")
    report.add_argument("--json", action="store_true", help=_t("print one JSON object"))
    report.add_argument("--tier", metavar="NAME", help=_t("only this tier (its name or id)"))
    report.add_argument("--fail-on", choices=SEVERITIES[:3], metavar="SEVERITY",
                        help=_t("exit 1 when a gap of SEVERITY (critical, high or medium) "
                                "or worse exists"))
    report.add_argument("--priority-by", choices=("value", "customers"), default="value",
                        help=_t("rank Fix first by the value of the customers left without "
                                "care (default) or by their number"))

    compare = commands.add_parser(
        "diff", help=_t("what changed between two versions, and how coverage and gaps changed"))
    compare.add_argument("old", type=Path, metavar="OLD")
    compare.add_argument("new", type=Path, metavar="NEW")
    compare.add_argument("--json", action="store_true", help=_t("print one JSON object"))


def _add_workbook_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help=_t("write the execution-plan workbook (.xlsx)"))
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--xlsx", type=Path, required=True, metavar="OUT.xlsx",
                        help=_t("the workbook to write (replaced if it exists)"))
    export.add_argument("--no-charts", action="store_true", help=_t("leave the charts off the Overview"))

    load = commands.add_parser("import", help=_t("apply an edited workbook's Action Plan and Journey Map"))
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--xlsx", type=Path, required=True, metavar="IN.xlsx", help=_t("the edited workbook"))
    load.add_argument("--dry-run", action="store_true", help=_t("list the changes, change nothing"))
    load.add_argument("--accept-deletions", action="store_true",
                      help=_t("also delete the actions whose rows were removed from the sheet"))
    load.add_argument("--force", action="store_true",
                      help=_t("write even when the file is open in Journey Designer"))
    load.add_argument("--on-conflict", choices=("workbook", "project"),
                      help=_t("for a field changed both in the project and in the workbook since the export: "
                              "take the workbook's value or keep the project's (default: change nothing, "
                              "exit 1)"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with argparse_in_language():
        parser = build_parser()
        commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if argv and not argv[0].startswith("-") and argv[0] not in commands:
            _error(unknown_command(argv[0], commands))
            return EXIT_BAD_INPUT
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_OK
    handler = {"new": _cmd_new, "validate": _cmd_validate, "convert": _cmd_convert,
               "analyze": _cmd_analyze, "diff": _cmd_diff, "export": _cmd_export, "import": _cmd_import,
               "render": run_render, "merge": run_merge}
    try:
        code = handler[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk or a closed pipe is reported here, not at exit
        return code
    except JourneyError as exc:
        _error(str(exc), exc)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _error(_t("interrupted"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # the reader of the output went away (`| head`): main.py ends quietly
    except OSError as exc:  # the machine's (a full disk, standard output closed), not a bug
        if exc.filename is None:
            _error(_t("standard output could not be written ({reason})").format(reason=exc.strerror or exc))
        else:
            _error(_t("{file}: cannot be read or written ({reason})").format(
                file=exc.filename, reason=exc.strerror or exc))
        return EXIT_BAD_INPUT
    except Exception as exc:  # a bug: still one line, never a traceback
        _error(_t("internal error: {kind}: {error} (please report this)").format(
            kind=type(exc).__name__, error=exc))
        return EXIT_INTERNAL


def _error(message: str, exc: Exception | None = None) -> None:
    if isinstance(exc, InvalidProjectError) and len(exc.problems) > 1:
        message += _t(" — run '{prog} validate' for the full list").format(prog=PROG)
    print(_t("{prog}: error: {message}").format(prog=PROG, message=message), file=sys.stderr)


def _load(path: Path, *, check: bool) -> Project:
    return load(path, check=check)


def _save(project: Project, path: Path) -> None:
    save(project, path)


def _cmd_new(args: argparse.Namespace) -> int:
    from journey_designer.domain.templates import blank_project  # (uuid, platform: only `new` needs them)

    target: Path = args.file
    if target.exists() and not args.force:
        raise BadInput(_t("{file}: already exists (use --force to replace it)").format(file=target))
    refuse_if_open(target, force=args.force, overridable=False)  # --force replaces, not a lock
    if args.template == BLANK:
        project = blank_project(args.locale, name=target.stem)
        _save(project, target)
    else:
        samples = sample_paths()
        if args.template not in samples:
            raise BadInput(_t("unknown template {name} — known: {names}").format(
                name=repr(args.template), names=messages.join_names(template_names())))
        if is_json_path(target):
            _save(load_project(samples[args.template]), target)
        else:
            copy_template(args.template, target)  # whole or not at all
    print(_t("created {file}").format(file=target))
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    project = _load(args.file, check=False)
    problems = validate(project)
    if not problems:
        n_tp = sum(len(j.touchpoints) for j in project.journeys)
        print(_t("{file}: valid — {journeys} journey(s), {touchpoints} touchpoints, {actions} care actions")
              .format(file=display_name(args.file), journeys=len(project.journeys), touchpoints=n_tp,
                      actions=len(project.actions)))
        return EXIT_OK
    print(_t("{file}: {count} problem(s)").format(file=display_name(args.file), count=len(problems)))
    for problem in problems:
        print(f"  {problem}")
    return EXIT_PROBLEMS


def _cmd_convert(args: argparse.Namespace) -> int:
    if args.json is not None:
        if is_stdio(args.json):
            write_json_to_stdout(dumps(_load(args.file, check=False)))
            return EXIT_OK
        refuse_output_onto_input(args.json, [args.file])
        if args.json.exists():
            refuse_if_open(args.json, force=args.force)
        save_json(_load(args.file, check=False), args.json)
        print(_t("wrote {file}").format(file=args.json))
    else:
        refuse_output_onto_input(args.file, [args.from_json])
        refuse_if_open(args.file, force=args.force)
        project = (_load(args.from_json, check=True) if is_stdio(args.from_json)
                   else load_json(args.from_json, check=True))  # JSON whatever its name
        save_project(project, args.file)
        print(_t("wrote {file}").format(file=args.file))
    return EXIT_OK


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False))


def _cmd_analyze(args: argparse.Namespace) -> int:
    # imported here: the engine pulls in networkx and numpy, which the other commands never need
    from journey_designer.analysis.engine import UnknownTierError, analyze
    from journey_designer.analysis.json_report import analysis_json
    from journey_designer.analysis.report import analysis_text

    project = _load(args.file, check=False)  # an invalid plan is analysed, not refused
    try:
        result = analyze(project, tier=args.tier, priority_by=args.priority_by)
    except UnknownTierError as exc:
        raise BadInput(_t("{file}: {problem}").format(file=args.file,
                                                      problem=unknown_tier(exc.name, exc.known))) from None
    if args.json:
        _print_json(analysis_json(result))
    else:
        print(analysis_text(result, journeys=len(project.journeys), actions=len(project.actions),
                            touchpoints=sum(len(j.touchpoints) for j in project.journeys)),
              end="")
    if args.fail_on and result.has_gap_at_least(args.fail_on):
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_diff(args: argparse.Namespace) -> int:
    from journey_designer.analysis.diff import diff_projects
    from journey_designer.analysis.json_report import diff_json
    from journey_designer.analysis.report import diff_text

    old = _load(args.old, check=False)
    new = _load(args.new, check=False)
    result = diff_projects(old, new)
    if args.json:
        _print_json(diff_json(result))
    else:
        print(diff_text(result), end="")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    # imported here: openpyxl and matplotlib are only needed by the workbook commands
    from journey_designer.io.workbook.charts import matplotlib_charts
    from journey_designer.io.workbook.export import export_workbook

    if args.xlsx.suffix.lower() != ".xlsx":
        raise BadInput(_t("{file}: the workbook's name must end in .xlsx").format(file=args.xlsx))
    refuse_output_onto_input(args.xlsx, [args.file])
    project = _load(args.file, check=False)
    report = export_workbook(project, args.xlsx, charts=None if args.no_charts else matplotlib_charts)
    for note in report.notes:
        print(_t("note: {note}").format(note=note))
    print(_t("wrote {file} ({count} care actions)").format(file=args.xlsx, count=f"{report.actions:,}"))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from journey_designer.io.workbook.importing import ImportRefused, apply, plan_import

    if not args.dry_run:
        refuse_if_open(args.file, force=args.force)  # before any work: the app would overwrite it
    project = _load(args.file, check=False)
    plan = plan_import(project, args.xlsx)
    print(_t("{workbook} → {file}: {summary}").format(workbook=args.xlsx, file=args.file,
                                                      summary=plan.summary()))
    for line in plan.preview():
        print(f"  {line}")
    if not plan.ok:
        raise ImportRefused(plan)
    if plan.conflicts and args.on_conflict:
        print(_t("{count} conflict(s) decided by --on-conflict {side}").format(count=len(plan.conflicts),
                                                                           side=args.on_conflict))
        plan = plan.resolve(args.on_conflict)
    if plan.conflicts:
        print(_t("{count} conflict(s): nothing was changed — decide with --on-conflict workbook (take the "
                 "workbook's values) or --on-conflict project (keep the project's)").format(
            count=len(plan.conflicts)))
        return EXIT_PROBLEMS
    if args.dry_run:
        print(_t("dry run: nothing was changed"))
        return EXIT_OK
    if not plan.has_changes or (not plan.changes and not plan.added and not args.accept_deletions):
        if plan.deleted:
            print(_t("no changes to apply ({count} deletion(s) not applied: add --accept-deletions)")
                  .format(count=len(plan.deleted)))
        else:
            print(_t("no changes to apply"))
        return EXIT_OK
    _save(apply(project, plan, accept_deletions=args.accept_deletions), args.file)
    if plan.deleted and not args.accept_deletions:
        print(_t("kept {count} action(s) whose rows were removed (add --accept-deletions to delete them)")
              .format(count=len(plan.deleted)))
    print(_t("saved {file}").format(file=args.file))
    return EXIT_OK

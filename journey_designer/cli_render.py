"""`journey-designer render`: a picture of a journey map (PNG, SVG or PDF).

    journey-designer render FILE --out MAP.png|.svg|.pdf [--journey NAME] [--tier NAME]
                                 [--scale N] [--backstage] [--paper A4|A3|letter [--landscape]]

Wired into cli.py's parser with `add_render_command(subparsers)`; `run_render(args)`
returns the exit code: 0 written, 2 bad input (unknown journey, tier or picture type,
unreadable project, unwritable output) with one line on stderr, in the language of
journey_designer.messages (context "CLI"). Never imports Qt, and imports matplotlib only
when it runs, so the rest of the command line starts fast.
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from journey_designer import messages
from journey_designer.domain import JourneyError

PROG = "journey-designer"
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _t(text: str) -> str:
    return messages.translate("CLI", text)


class RenderUsageError(JourneyError):
    """A render option the user can fix (a scale that is not a positive number...)."""


def add_render_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `render` sub-command to `subparsers` (cli.py's `commands`)."""
    render = subparsers.add_parser(
        "render", help=_t("picture of a journey map (PNG, SVG or PDF)"),
        description=_t("Draw one journey's map — lanes, cards, arrows with shares, emotion "
                       "curve, legend and title — as a PNG, an SVG or a one-page PDF. "
                       "Works without a display."))
    render.add_argument("file", type=Path, metavar="FILE", help=_t("the project (.journey or .json)"))
    render.add_argument("--out", type=Path, required=True, metavar="MAP.png|.svg|.pdf",
                        help=_t("the picture to write; its extension picks the format"))
    render.add_argument("--journey", metavar="NAME",
                        help=_t("the journey to draw, by name or id (default: the first)"))
    render.add_argument("--tier", metavar="NAME",
                        help=_t("draw the map through this tier's lens (name or id): cards "
                                "green where it is covered, orange where not, red for an "
                                "uncovered moment of truth"))
    render.add_argument("--scale", type=float, default=2.0, metavar="N",
                        help=_t("PNG resolution: N pixels per map unit (default 2)"))
    render.add_argument("--paper", type=str.lower, choices=("a4", "a3", "letter"),
                        metavar="A4|A3|letter",
                        help=_t("fit the map on this paper size (a PDF gets several pages, "
                                "breaking between stages, when one page would be too small "
                                "to read)"))
    render.add_argument("--landscape", action="store_true",
                        help=_t("with --paper: the paper turned sideways"))
    render.add_argument("--backstage", action="store_true",
                        help=_t("also draw the backstage lane (processes and systems behind "
                                "each stage)"))
    return render


def run_render(args: argparse.Namespace) -> int:
    """Carry out `render`; returns the exit code."""
    try:
        return _render(args)
    except JourneyError as exc:
        print(_t("{prog}: error: {message}").format(prog=PROG, message=exc), file=sys.stderr)
        return EXIT_BAD_INPUT


def unknown_tier(name: str, known: Sequence[str]) -> str:
    """"unknown tier 'X' — known: ..." (analyze --tier, render --tier)."""
    if not known:
        return _t("unknown tier {name} — known: (the project has no tiers)").format(name=repr(name))
    return _t("unknown tier {name} — known: {names}").format(
        name=repr(name), names=messages.join_names(known))


def _unknown_journey(name: str, known: Sequence[str]) -> str:
    if not known:
        return _t("unknown journey {name} — known: (the project has no journeys)").format(name=repr(name))
    return _t("unknown journey {name} — known: {names}").format(
        name=repr(name), names=messages.join_names(known))


def _picture_format(path: Path) -> str:
    """"png", "svg" or "pdf" from the name of the picture to write."""
    from journey_designer.io.picture.render import FORMATS

    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        kind = repr(suffix) if suffix else _t("no extension")
        raise RenderUsageError(_t("{file}: unknown picture type ({kind}) — use .png, .svg or .pdf").format(
            file=path, kind=kind))
    return FORMATS[suffix]


def _render(args: argparse.Namespace) -> int:
    from journey_designer.cli_files import refuse_output_onto_input
    from journey_designer.io.picture.png import png_size
    from journey_designer.io.picture.render import (
        RenderWarning,
        UnknownJourneyError,
        UnknownTierError,
        render_map,
    )

    kind = _picture_format(args.out)  # refuse a wrong extension before reading anything
    refuse_output_onto_input(args.out, [args.file])
    if not (math.isfinite(args.scale) and args.scale > 0):
        raise RenderUsageError(_t("--scale must be a positive number, not {scale}").format(
            scale=f"{args.scale:g}"))
    project = _load(args.file)
    if not project.journeys and args.journey is None:
        raise RenderUsageError(_t("project {name} has no journey to draw").format(name=repr(project.name)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RenderWarning)
        try:
            out = render_map(project, args.out, journey=args.journey, tier=args.tier,
                             scale=args.scale, backstage=args.backstage,
                             paper=getattr(args, "paper", None),
                             landscape=getattr(args, "landscape", False))
        except UnknownJourneyError:
            problem = _unknown_journey(args.journey, [j.name for j in project.journeys])
            raise RenderUsageError(_t("{file}: {problem}").format(file=args.file, problem=problem)) from None
        except UnknownTierError:
            problem = unknown_tier(args.tier, [t.name for t in project.tiers])
            raise RenderUsageError(_t("{file}: {problem}").format(file=args.file, problem=problem)) from None
    for warning in caught:
        if issubclass(warning.category, RenderWarning):
            print(_t("{prog}: note: {message}").format(prog=PROG, message=warning.message), file=sys.stderr)
        else:  # not ours: let the usual warning filters decide
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)
    size = ""
    if kind == "png":
        width, height = png_size(out)
        size = f" ({width} × {height} px)"
    print(_t("wrote {file}").format(file=out) + size)
    return EXIT_OK


def _load(path: Path):
    from journey_designer.cli_files import load

    return load(path, check=False)  # `-`: a JSON project on standard input

"""`journey-designer render`: a picture of a journey map (PNG, SVG or PDF).

    journey-designer render FILE --out MAP.png|.svg|.pdf [--journey NAME] [--tier NAME]
                                 [--scale N] [--backstage]

Wired into cli.py's parser with `add_render_command(subparsers)`; `run_render(args)`
returns the exit code: 0 written, 2 bad input (unknown journey, tier or picture type,
unreadable project, unwritable output) with one line on stderr. Never imports Qt, and
imports matplotlib only when it runs, so the rest of the command line starts fast.
"""

from __future__ import annotations

import argparse
import math
import sys
import warnings
from pathlib import Path

from journey_designer.domain import JourneyError

PROG = "journey-designer"
EXIT_OK, EXIT_BAD_INPUT = 0, 2


class RenderUsageError(JourneyError):
    """A render option the user can fix (a scale that is not a positive number...)."""


def add_render_command(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the `render` sub-command to `subparsers` (cli.py's `commands`)."""
    render = subparsers.add_parser(
        "render", help="picture of a journey map (PNG, SVG or PDF)",
        description="Draw one journey's map — lanes, cards, arrows with shares, emotion "
                    "curve, legend and title — as a PNG, an SVG or a one-page PDF. "
                    "Works without a display.")
    render.add_argument("file", type=Path, metavar="FILE", help="the project (.journey or .json)")
    render.add_argument("--out", type=Path, required=True, metavar="MAP.png|.svg|.pdf",
                        help="the picture to write; its extension picks the format")
    render.add_argument("--journey", metavar="NAME",
                        help="the journey to draw, by name or id (default: the first)")
    render.add_argument("--tier", metavar="NAME",
                        help="draw the map through this tier's lens (name or id): cards "
                             "green where it is covered, orange where not, red for an "
                             "uncovered moment of truth")
    render.add_argument("--scale", type=float, default=2.0, metavar="N",
                        help="PNG resolution: N pixels per map unit (default 2)")
    render.add_argument("--backstage", action="store_true",
                        help="also draw the backstage lane (processes and systems behind "
                             "each stage)")
    return render


def run_render(args: argparse.Namespace) -> int:
    """Carry out `render`; returns the exit code."""
    try:
        return _render(args)
    except JourneyError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _render(args: argparse.Namespace) -> int:
    from journey_designer.io.render import (
        RenderWarning,
        UnknownJourneyError,
        UnknownTierError,
        picture_format,
        render_map,
    )
    from journey_designer.io.render_png import png_size

    kind = picture_format(args.out)  # refuse a wrong extension before reading anything
    if not (math.isfinite(args.scale) and args.scale > 0):
        raise RenderUsageError(f"--scale must be a positive number, not {args.scale:g}")
    project = _load(args.file)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RenderWarning)
        try:
            out = render_map(project, args.out, journey=args.journey, tier=args.tier,
                             scale=args.scale, backstage=args.backstage)
        except (UnknownJourneyError, UnknownTierError) as exc:
            raise RenderUsageError(f"{args.file}: {exc}") from None
    for warning in caught:
        if issubclass(warning.category, RenderWarning):
            print(f"{PROG}: note: {warning.message}", file=sys.stderr)
        else:  # not ours: let the usual warning filters decide
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)
    size = ""
    if kind == "png":
        width, height = png_size(out)
        size = f" ({width} × {height} px)"
    print(f"wrote {out}{size}")
    return EXIT_OK


def _load(path: Path):
    from journey_designer.io.json_io import load_json
    from journey_designer.io.project_files import is_json_path
    from journey_designer.io.sqlite_store import load_project

    return load_json(path, check=False) if is_json_path(path) else load_project(path)

"""The `journey-designer` entry point: sub-commands go to the CLI, the rest opens the app.

Kept apart from cli.py so the command line never imports Qt. The command line speaks the
language the environment asks for (LC_ALL, LC_MESSAGES, LANG: zh_* is Simplified Chinese);
the app follows its own language setting (i18n.py).

The app opens only for what looks like a file (an existing path, or a name ending in
.journey or .json) or a Qt option (`-style Fusion`); any other first word is a command,
so a mistyped one (`analyse`) is an error with a hint instead of the app opening a
file called "analyse".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

SUBCOMMANDS = {"new", "validate", "convert", "analyze", "export", "import", "render", "diff", "merge"}
CLI_OPTIONS = {"-h", "--help", "--version"}
PROJECT_SUFFIXES = (".journey", ".json")
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of the output went away (`| head`)


def opens_the_app(args: Sequence[str]) -> bool:
    """True when these arguments are for the desktop app rather than a command."""
    if not args:
        return True
    first = args[0]
    if first in SUBCOMMANDS or first in CLI_OPTIONS:
        return False
    if first.startswith("-"):
        return True  # a Qt option (-style, -platform, -reverse...): Qt checks it
    return first.lower().endswith(PROJECT_SUFFIXES) or os.path.exists(first)


def files_to_open(qt_arguments: Sequence[str]) -> list[str]:
    """The files in QApplication.arguments(): Qt has taken its own options (-style Fusion,
    -platform offscreen, -reverse...) out of that list, with their values."""
    return [a for a in qt_arguments[1:] if not a.startswith("-")]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
        if sys.stdout is not None:  # None when started with standard output closed
            sys.stdout.flush()  # here, not at exit, where a closed pipe would be reported
        return code
    except KeyboardInterrupt:  # Ctrl-C, also while starting: no traceback
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE


def _discard_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit has
    nowhere to fail (Python's documented way to end quietly after EPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _main(args: list[str]) -> int:
    if not opens_the_app(args):
        from journey_designer import cli, messages

        messages.set_language(messages.environment_language())
        return cli.main(args)
    from journey_designer import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())

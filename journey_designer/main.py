"""The `journey-designer` entry point: sub-commands go to the CLI, the rest opens the app.

Kept apart from cli.py so the command line never imports Qt. The command line speaks the
language the environment asks for (LC_ALL, LC_MESSAGES, LANG: zh_* is Simplified Chinese);
the app follows its own language setting (i18n.py).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

SUBCOMMANDS = {"new", "validate", "convert", "analyze", "export", "import", "render", "diff", "merge"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in {"-h", "--help", "--version"}):
        from journey_designer import cli, messages

        messages.set_language(messages.environment_language())
        return cli.main(args)
    from journey_designer import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())

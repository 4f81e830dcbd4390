"""argparse's own words ("usage:", "options", its error messages) in the command line's
language.

argparse looks them up with gettext, for which the program ships no catalogue; while
`argparse_in_language()` is active, its lookups go to journey_designer.messages instead
(context "argparse"), so `LANG=zh_CN.UTF-8 journey-designer validate` says 用法 and
explains a missing argument in Chinese. Texts argparse has and this list lacks stay English.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from journey_designer import messages


def _t(text: str) -> str:
    return messages.translate("argparse", text)


def _argparse_text(text: str) -> str:
    """argparse's gettext: the texts the command line can show, translated."""
    known = {
        "usage: ": _t("usage: "),
        "positional arguments": _t("positional arguments"),
        "options": _t("options"),
        "show this help message and exit": _t("show this help message and exit"),
        "%(prog)s: error: %(message)s\n": _t("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": _t("argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": _t("the following arguments are required: %s"),
        "one of the arguments %s is required": _t("one of the arguments %s is required"),
        "not allowed with argument %s": _t("not allowed with argument %s"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            _t("invalid choice: %(value)r (choose from %(choices)s)"),
        "invalid %(type)s value: %(value)r": _t("invalid %(type)s value: %(value)r"),
        "expected one argument": _t("expected one argument"),
        "unrecognized arguments: %s": _t("unrecognized arguments: %s"),
        "ambiguous option: %(option)s could match %(matches)s":
            _t("ambiguous option: %(option)s could match %(matches)s"),
        "ignored explicit argument %r": _t("ignored explicit argument %r"),
    }
    return known.get(text, text)


@contextlib.contextmanager
def argparse_in_language() -> Iterator[None]:
    """Build and run parsers inside this block to have argparse speak the message language."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]

"""The messages of the parts without Qt (CLI, validation, file, lock and workbook errors)
all have a Chinese translation in the JSON catalogue that journey_designer.messages reads.

A module shows such messages through a wrapper `def _t(text): return messages.translate(
"Context", text)` (see messages.py); scripts/update_translations.py hands its literal calls
to lupdate. These tests fail when a `_t("...")` was added without running the script and
translating it, when a wrapper is called with something the script cannot read (an
f-string: the text would never be found in the catalogue), or when a translation lost a
placeholder that `.format()` or argparse fills in.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey_designer import messages

PACKAGE = Path(messages.__file__).resolve().parent
PLACEHOLDERS = re.compile(r"\{\w+\}|%\(\w+\)[sr]|%[sr]")


def qt_free_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions `def f(text): return messages.translate("Ctx", text)`: name -> context."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1 and isinstance(node.body[0], ast.Return):
            call = node.body[0].value
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                    and call.func.attr == "translate" and isinstance(call.func.value, ast.Name) \
                    and call.func.value.id == "messages" and call.args \
                    and isinstance(call.args[0], ast.Constant):
                found[node.name] = str(call.args[0].value)
    return found


def wrapper_calls() -> Iterator[tuple[str, str, ast.Call]]:
    """(module, context, call) of every call to a Qt-free translation wrapper."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = qt_free_wrappers(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in wrappers:
                yield str(path.relative_to(PACKAGE)), wrappers[node.func.id], node


def literal_messages() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for _, context, call in wrapper_calls():
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            found.setdefault(context, set()).add(call.args[0].value)
    return found


MESSAGES = literal_messages()


def test_the_qt_free_parts_have_messages() -> None:
    """The scan finds the contexts this file guards (a broken scan would pass everything)."""
    assert {"CLI", "argparse", "Report", "Validation", "Errors", "ProjectFile", "ProjectJson",
            "ProjectLock", "Transactions"} <= MESSAGES.keys()
    assert "no such file" in MESSAGES["ProjectFile"]


def test_every_wrapper_call_passes_a_literal_text() -> None:
    unreadable = [f"{module}:{call.lineno} {ast.unparse(call)}" for module, _, call in wrapper_calls()
                  if not (len(call.args) == 1 and isinstance(call.args[0], ast.Constant)
                          and isinstance(call.args[0].value, str))]
    assert unreadable == [], "translate a literal and .format() it afterwards:\n" + "\n".join(unreadable)


@pytest.mark.parametrize("context", sorted(MESSAGES))
def test_every_message_has_a_chinese_translation(context: str) -> None:
    catalogue = messages.load_catalogue("zh_CN").get(context, {})
    missing = sorted(text for text in MESSAGES[context] if not catalogue.get(text, "").strip())
    assert missing == [], (f"no zh_CN translation in context {context!r} (run scripts/update_translations.py "
                           "and translate them in the .ts):\n" + "\n".join(map(repr, missing)))


@pytest.mark.parametrize("context", sorted(MESSAGES))
def test_translations_keep_every_placeholder(context: str) -> None:
    catalogue = messages.load_catalogue("zh_CN").get(context, {})
    wrong = [f"{text!r} -> {catalogue[text]!r}" for text in sorted(MESSAGES[context]) if text in catalogue
             and sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(catalogue[text]))]
    assert wrong == [], "\n".join(wrong)


def test_messages_follow_the_language_set() -> None:
    assert messages.translate("ProjectFile", "no such file") == "no such file"
    try:
        messages.set_language("zh_CN")
        assert messages.translate("ProjectFile", "no such file") == "文件不存在"
        assert messages.translate("ProjectFile", "a text nobody wrote") == "a text nobody wrote"
    finally:
        messages.set_language("en")

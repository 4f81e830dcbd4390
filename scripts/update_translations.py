"""Refresh the translations after adding or changing user-visible strings.

    .venv/bin/python scripts/update_translations.py [--check]

1. pyside6-lupdate reads every .py under journey_designer/ and updates
   resources/translations/journey_designer_<lang>.ts: new strings come in unfinished,
   existing translations are kept, strings no longer in the code are dropped (calls to
   module helpers like `def _tr(text): return QCoreApplication.translate("Ctx", text)`
   and to the HOOKS below, which lupdate does not see, are spelled out for it);
2. pyside6-lrelease compiles each .ts into journey_designer/translations/*.qm (the
   catalogue that ships in the package); unfinished messages are left out of it; the
   same messages also go to journey_designer/translations/*.json, which the parts that
   run without Qt read (journey_designer/messages.py: CLI, validation, file errors);
3. prints how many messages are still unfinished (translate them in the .ts, by hand or
   with pyside6-linguist, then run this again). Exit status 1 when some are, with --check.

At run time PySide's tr() looks a message up under the class of the object it is called
on, while lupdate files it under the class whose code calls tr() (or, for `w.tr(...)`,
under the variable name "w"). So before compiling, the messages of a class are copied to
every class that inherits from it, and those of the aliases below to the real class.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "journey_designer"
SOURCES = REPO / "resources" / "translations"
COMPILED = PACKAGE / "translations"
LANGUAGES = ("zh_CN",)
BIN = Path(sys.executable).parent

# Hooks lupdate cannot recognise: (folder under the package, function) -> context. The UI
# routes them through QCoreApplication.translate(context, ...) (see journey_designer/i18n.py).
HOOKS: dict[tuple[str, str], str] = {
    ("charts", "_t"): "Charts",  # chart titles and labels (charts/ has no Qt)
}

# lupdate context -> the classes whose objects the tr() calls actually run on.
ALIASES: dict[str, tuple[str, ...]] = {
    "w": ("MainWindow",),  # ui/actions.py: Actions.retranslate(w) is given the main window
}


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return SOURCES / f"journey_designer_{language}.ts"


def qm_path(language: str) -> Path:
    return COMPILED / f"journey_designer_{language}.qm"


def json_path(language: str) -> Path:
    return COMPILED / f"journey_designer_{language}.json"


def _translate_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions like `def _tr(text): return QCoreApplication.translate("Ctx", text)`:
    their name -> their context."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) and isinstance(node.body[0].value, ast.Call):
            call = node.body[0].value
            if isinstance(call.func, ast.Attribute) and call.func.attr == "translate" and call.args \
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                found[node.name] = call.args[0].value
    return found


def wrapped_messages() -> list[tuple[str, str]]:
    """(context, text) of every call with a literal text to a translate() wrapper or a
    hook, which lupdate does not see through."""
    messages = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translate_wrappers(tree)
        folder = path.relative_to(PACKAGE).parts[0]
        wrappers.update({name: context for (where, name), context in HOOKS.items() if where == folder})
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in wrappers and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                messages.append((wrappers[node.func.id], node.args[0].value))
    return messages


def run_lupdate(language: str, ts: Path | None = None) -> None:
    """Update `ts` (default: the language's .ts in resources/translations) from the code."""
    ts = ts or ts_path(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        extra = Path(scratch) / "wrapped_messages.py"  # what lupdate cannot see, spelled out
        extra.write_text("".join(f"QCoreApplication.translate({context!r}, {text!r})\n"
                                 for context, text in wrapped_messages()), encoding="utf-8")
        lst = Path(scratch) / "sources.lst"
        lst.write_text("\n".join(str(p) for p in [*sources(), extra]), encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language,
                        f"@{lst}", "-ts", str(ts)], check=True)


def subclasses() -> dict[str, set[str]]:
    """Class name -> names of every class in the package that inherits from it."""
    bases: dict[str, set[str]] = defaultdict(set)
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", None)
                    if name:
                        bases[node.name].add(name)
    children: dict[str, set[str]] = defaultdict(set)
    for cls in bases:
        todo, seen = list(bases[cls]), set()
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                children[parent].add(cls)
                todo.extend(bases.get(parent, ()))
    return children


def runtime_contexts(ts: Path) -> ET.ElementTree:
    """The .ts with each context's messages also under the contexts tr() uses at run time."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    children = subclasses()
    for name, context in list(contexts.items()):
        for target in sorted(set(ALIASES.get(name, ())) | children.get(name, set())):
            copy = contexts.get(target)
            if copy is None:
                copy = ET.SubElement(root, "context")
                ET.SubElement(copy, "name").text = target
                contexts[target] = copy
            have = {(m.findtext("source"), m.findtext("comment")) for m in copy.findall("message")}
            for message in context.findall("message"):
                if (message.findtext("source"), message.findtext("comment")) not in have:
                    copy.append(message)
    return tree


def unknown_contexts(ts: Path) -> list[str]:
    """Contexts that are neither a class of the package, nor a context named in a
    translate() call, nor an alias: `something.tr(...)` on an object that is not `self`,
    which no run-time lookup will find (add it to ALIASES or use translate())."""
    known = set(ALIASES) | set(HOOKS.values())
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "translate" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                known.add(str(node.args[0].value))
    found = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
    return sorted(found - known)


def run_lrelease(language: str, qm: Path | None = None) -> None:
    """Compile the language's .ts into `qm` (default: the catalogue in the package)."""
    qm = qm or qm_path(language)
    qm.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        expanded = Path(scratch) / ts_path(language).name
        runtime_contexts(ts_path(language)).write(expanded, encoding="utf-8", xml_declaration=True)
        subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(expanded),
                        "-qm", str(qm)], check=True)


def finished_messages(ts: Path) -> dict[str, dict[str, str]]:
    """context -> source -> translation of the finished, singular messages of `ts`."""
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                    or message.get("numerus") == "yes" or not (translation.text or "").strip():
                continue
            found.setdefault(name, {})[message.findtext("source") or ""] = translation.text or ""
    return found


def write_json(language: str, path: Path | None = None) -> None:
    """The catalogue of journey_designer/messages.py, from the language's .ts."""
    path = path or json_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(finished_messages(ts_path(language)), ensure_ascii=False, indent=0, sort_keys=True)
    path.write_text(text + "\n", encoding="utf-8")


def unfinished(language: str, ts: Path | None = None) -> list[str]:
    """The source texts of the messages without a finished translation."""
    missing = []
    for message in ET.parse(ts or ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        forms = [translation.text or ""] if translation is not None else [""]
        if translation is not None and message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")] or [""]
        if translation is None or translation.get("type") == "unfinished" \
                or not all(f.strip() for f in forms):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when messages are unfinished")
    parser.add_argument("--no-lupdate", action="store_true",
                        help="only compile the .ts files as they are")
    args = parser.parse_args()
    total = 0
    for language in LANGUAGES:
        if not args.no_lupdate:
            run_lupdate(language)
        run_lrelease(language)
        write_json(language)
        missing = unfinished(language)
        total += len(missing)
        count = sum(1 for _ in ET.parse(ts_path(language)).getroot().iter("message"))
        print(f"{language}: {count} messages, {len(missing)} unfinished -> "
              f"{qm_path(language).relative_to(REPO)}")
        for context in unknown_contexts(ts_path(language)):
            print(f"  warning: context {context!r} is no class: tr() called on a variable? "
                  "Add it to ALIASES in this script, or use QCoreApplication.translate()")
            total += 1
        for text in missing[:20]:
            print(f"  unfinished: {text!r}")
        if len(missing) > 20:
            print(f"  … and {len(missing) - 20} more")
    return 1 if args.check and total else 0


if __name__ == "__main__":
    sys.exit(main())

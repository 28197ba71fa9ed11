"""Refresh the translation catalogues and compile them.

    uv run python resources/i18n/update.py            # lupdate: new strings into nabij_nl.ts / nabij_en.ts
    uv run pyside6-linguist resources/i18n/nabij_nl.ts # translate what is new
    uv run python resources/i18n/update.py --release  # lupdate, then lrelease to the .qm files

What is scanned:
- every app/ui/**/*.py, straight by pyside6-lupdate (self.tr, QCoreApplication.translate);
- modules outside app/ui that mark strings in ways lupdate cannot read itself: a
  one-argument wrapper such as ``def _tr(text): return QCoreApplication.translate("printing", text)``
  (app/services/printing.py) and QT_TRANSLATE_NOOP (or an alias of it) whose context is a module
  constant (app/settings.py). Those calls are copied, with their context spelled out, into a
  throw-away Python file that lupdate reads along with the rest.

The commands run are exactly (paths relative to the repository root):

    pyside6-lupdate -locations none -no-obsolete -source-language en <sources> -ts resources/i18n/nabij_nl.ts
    pyside6-lupdate -locations none -no-obsolete -source-language en <sources> -ts resources/i18n/nabij_en.ts
    pyside6-lrelease resources/i18n/nabij_nl.ts -qm resources/i18n/nabij_nl.qm
    pyside6-lrelease resources/i18n/nabij_en.ts -qm resources/i18n/nabij_en.qm
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("nl", "en")
LUPDATE_OPTIONS = ("-locations", "none", "-no-obsolete", "-source-language", "en")


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"nabij_{language}.ts"


def qm_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"nabij_{language}.qm"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the uv venv), else on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this through 'uv run'")
    return found


def ui_sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "app" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


# --- strings outside app/ui that lupdate cannot see ------------------------------------------------


def _string(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def marked_strings(source: str) -> list[tuple[str, str, str | None]]:
    """(context, text, disambiguation) of every translatable string in a non-UI module."""
    tree = ast.parse(source)
    constants: dict[str, str] = {}
    noop_names = {"QT_TRANSLATE_NOOP", "translate"}
    wrappers: dict[str, str] = {}  # one-argument function -> its fixed context
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                constants[name] = node.value.value
            elif isinstance(node.value, ast.Name) and node.value.id in noop_names:
                noop_names.add(name)
        elif isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            param = node.args.args[0].arg
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Return)
                    and isinstance(inner.value, ast.Call)
                    and _callee(inner.value) == "translate"
                    and len(inner.value.args) >= 2
                    and isinstance(inner.value.args[1], ast.Name)
                    and inner.value.args[1].id == param
                ):
                    context = _string(inner.value.args[0], constants)
                    if context is not None:
                        wrappers[node.name] = context
    found: list[tuple[str, str, str | None]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name in wrappers and node.args:
            text = _string(node.args[0], constants)
            if text is not None:
                found.append((wrappers[name], text, None))
        elif name in noop_names and len(node.args) >= 2:
            context, text = _string(node.args[0], constants), _string(node.args[1], constants)
            disambiguation = _string(node.args[2], constants) if len(node.args) >= 3 else None
            if context is not None and text is not None:
                found.append((context, text, disambiguation))
    return found


def non_ui_stub(root: Path = ROOT) -> str:
    """A Python file lupdate can read, holding the marked strings of every module outside app/ui."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for path in sorted((root / "app").rglob("*.py")):
        if "__pycache__" in path.parts or (root / "app" / "ui") in path.parents:
            continue
        source = path.read_text(encoding="utf-8")
        if "translate" not in source and "QT_TRANSLATE_NOOP" not in source:
            continue
        for context, text, disambiguation in marked_strings(source):
            args = [json.dumps(context, ensure_ascii=False), json.dumps(text, ensure_ascii=False)]
            if disambiguation:
                args.append(json.dumps(disambiguation, ensure_ascii=False))
            lines.append(f"QCoreApplication.translate({', '.join(args)})")
    return "\n".join(lines) + "\n"


# --- the two tools -----------------------------------------------------------------------------------


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    with tempfile.TemporaryDirectory(prefix="nabij-i18n-") as tmp:
        stub = Path(tmp) / "non_ui_strings.py"
        stub.write_text(non_ui_stub(root), encoding="utf-8")
        for ts in ts_files:
            cmd = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *map(str, ui_sources(root)), str(stub), "-ts", str(ts)]
            subprocess.run(cmd, check=True, cwd=root, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    args = parser.parse_args(argv)
    lupdate([ts_path(lang) for lang in LANGUAGES])
    if args.release:
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())

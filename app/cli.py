"""Command line: start the app, the demo, or the deployment self-test."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__
from app.paths import DATA_DIR_ENV, default_data_dir, demo_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nabij",
        description="Nabij: an offline companion for Werk & Inkomen consultants.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=f"the folder that holds the encrypted database (default: per-user app data; env {DATA_DIR_ENV})",
    )
    parser.add_argument("--demo", action="store_true", help="open on fictional demo residents, in a folder of its own")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit (for IT staff)")
    parser.add_argument("--version", action="version", version=f"Nabij {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        return _self_test()
    if args.demo:
        data_dir = args.data_dir or demo_data_dir()
    else:
        data_dir = args.data_dir or default_data_dir()
    from app.ui.application import run_app

    return run_app(Path(data_dir), demo=args.demo)


def _self_test() -> int:
    """Run the self-test and show its report.

    A windowed Windows build (nabij.exe) has no stdout: sys.stdout is None. It
    then writes into the console it was started from, if any (cmd.exe does not
    wait for a windowed program, so the prompt may come back first; IT should
    use nabij-selftest.exe, the console build, for the exit code). Started
    without a console, e.g. from a shortcut, it shows the report in a window.
    """
    from app.selftest import run_self_test

    if sys.stdout is not None:
        return run_self_test(sys.stdout)
    if sys.platform == "win32":
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            with open("CONOUT$", "w", encoding="utf-8", errors="replace") as console:
                console.write("\n")
                return run_self_test(console)
    import io

    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - before the test makes a core app
    report = io.StringIO()
    code = run_self_test(report)
    icon = QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Critical
    box = QMessageBox(icon, "Nabij self-test", report.getvalue())
    box.exec()
    return code


if __name__ == "__main__":  # python -m app.cli
    sys.exit(main())

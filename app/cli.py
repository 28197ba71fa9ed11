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
        from app.selftest import run_self_test

        return run_self_test(sys.stdout)
    if args.demo:
        data_dir = args.data_dir or demo_data_dir()
    else:
        data_dir = args.data_dir or default_data_dir()
    from app.ui.application import run_app

    return run_app(Path(data_dir), demo=args.demo)

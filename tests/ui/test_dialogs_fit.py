"""Every dialog fits 1280x720 at 100 % text and 1366x768 at 125 % text, buttons included.

Each screen size needs its own Qt platform set-up, so each runs in a child pytest (dialogs_fit_check.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


# The room each screen leaves beside a 40 px taskbar (the offscreen screen has none).
@pytest.mark.parametrize("screen, text", [("1280x680", "100"), ("1366x728", "125")])
def test_dialogs_fit(screen, text):
    env = dict(os.environ, NABIJ_TEST_SCREEN=screen, NABIJ_TEST_TEXT=text)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            str(ROOT / "tests" / "ui" / "dialogs_fit_check.py"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]

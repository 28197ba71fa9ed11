"""The command line, as IT staff and newcomers use it: real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_and_prints_versions():
    out = subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SQLCipher: 4." in out.stdout
    assert "self-test passed" in out.stdout


def test_version():
    out = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("Nabij ")


def test_module_entry_point_runs_the_self_test():
    """`python -m app.cli --self-test` is what a packager tries first: it must really run."""
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test passed" in out.stdout


def test_self_test_leaves_no_temporary_folder_behind(tmp_path):
    """Every file the self-test opens is closed, so its temporary folders can go (on Windows a
    file still open cannot be deleted: the self-test then failed with WinError 32)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMP": str(tmp_path), "TEMP": str(tmp_path)}
    env["TMPDIR"] = str(tmp_path)
    out = subprocess.run(
        [sys.executable, "main.py", "--self-test"], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("nabij-selftest-")] == []

"""On Linux, logind's Lock and PrepareForSleep lock Nabij: the real watcher on a real (private) D-Bus.

The slots used to be passed as plain strings, which Qt reads without their first character
("Could not connect ... to n_prepare_for_sleep(bool)"), so nothing ever connected."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="logind is Linux's session manager")

HERE = Path(__file__).resolve().parent


def test_logind_lock_and_sleep_lock_the_app(tmp_path):
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed (Debian package dbus-daemon; .ci/run installs it)"
    bus = subprocess.Popen([daemon, "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True)
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = dict(os.environ, DBUS_SYSTEM_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, str(HERE / "logind_child.py")], env=env, capture_output=True, text=True, timeout=60
        )
    finally:
        bus.terminate()
        bus.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert "source logind" in done.stdout, done.stdout + done.stderr
    assert "locks 2" in done.stdout, done.stdout + done.stderr
    assert "Could not connect" not in done.stderr

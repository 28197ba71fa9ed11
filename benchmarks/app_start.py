"""Figures 1 and 6: the real app, cold, opened through the keyring path, until the main window has painted.

Started by run.py as a subprocess. Reads one JSON line on stdin:

    {"data_dir": "...", "entries": [[service, username, secret], ...], "resident_id": 17,
     "mode": "plain" | "breakdown" | "check-first"}

``entries`` pre-fill an in-memory keyring (tests/support/keyring_backend.py)
that is installed as *the* keyring before the app starts, so the app's
OsKeyring finds the data key exactly as it would in the OS keyring, and no
key is ever written to a file. Then the app starts through its real entry
point (app.cli.main --data-dir ...). The QApplication is made here first
(run_app reuses it) only so that the first-paint probe can be installed.

After the first paint of the unlocked MainWindow, the resident is opened
(caseload selection, all three tabs load), then the peak RSS is read and one
line ``BENCH {...}`` is printed, and the app quits normally.

Modes (diagnostics, never the headline figure):
- breakdown: also time the steps of the start (imports, keyring open, the key proof, migrations, window);
- check-first: the whole open check before the window, as before issue 16 (what deferring it saves).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from paint_probe import FirstPaint, peak_rss_kib, report, ru_maxrss_kib

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    job = json.loads(sys.stdin.readline())
    sys.path.insert(0, str(ROOT))
    import keyring

    from tests.support.keyring_backend import MemoryKeyring

    ring = MemoryKeyring()
    for service, user, secret in job["entries"]:
        ring.entries[(service, user)] = secret
    keyring.set_keyring(ring)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    steps: dict[str, float] = {}
    result: dict = {}

    def done(probe: FirstPaint) -> None:
        window = probe.window
        result.update(paint=probe.painted, first_paint_event=probe.first_paint_event)
        opened = time.monotonic()
        lst = window.caseload.list
        for row in range(lst.count()):
            if lst.item(row).data(Qt.ItemDataRole.UserRole) == job["resident_id"]:
                lst.setCurrentRow(row)
                break
        result["resident_open_s"] = time.monotonic() - opened
        result["resident_loaded"] = window.resident_id == job["resident_id"]

        def finish() -> None:
            result["rss_kib"] = peak_rss_kib()
            result["ru_maxrss_kib"] = ru_maxrss_kib()
            result["steps"] = steps
            report(**result)
            app.quit()

        QTimer.singleShot(0, finish)

    probe = FirstPaint(app, lambda w: type(w).__name__ == "MainWindow", done)

    if job.get("mode") in ("breakdown", "check-first"):
        _instrument(steps, check_first=job["mode"] == "check-first")

    from app.cli import main as cli_main

    code = cli_main(["--data-dir", job["data_dir"]])
    del probe
    return code


def _timed(steps: dict, name: str, fn):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            steps[name] = steps.get(name, 0.0) + time.perf_counter() - t

    return wrapper


def _instrument(steps: dict, check_first: bool) -> None:
    t = time.perf_counter()
    import app.ui.application as application  # the whole import graph of the app

    steps["import app.ui.application"] = time.perf_counter() - t
    from app.storage import migrations, vault
    from app.ui import caseload, main_window

    if check_first:
        keyring_open = vault.Vault.open_with_keyring

        def whole_check_first(self):
            self.defer_checks = False
            return keyring_open(self)

        vault.Vault.open_with_keyring = whole_check_first
    vault.check_openable = _timed(steps, "check_openable", vault.check_openable)
    vault.prove_key = _timed(steps, "prove_key", vault.prove_key)
    migrations.upgrade = _timed(steps, "migrations.upgrade", migrations.upgrade)
    vault.Vault.open_with_keyring = _timed(steps, "Vault.open_with_keyring (total)", vault.Vault.open_with_keyring)
    caseload.CaseloadPanel.refresh = _timed(steps, "CaseloadPanel.refresh", caseload.CaseloadPanel.refresh)
    main_window.MainWindow.__init__ = _timed(steps, "MainWindow.__init__ (total)", main_window.MainWindow.__init__)
    application.MainWindow = main_window.MainWindow
    application.AppController._on_database = _timed(
        steps, "AppController._on_database (total)", application.AppController._on_database
    )


if __name__ == "__main__":
    sys.exit(main())

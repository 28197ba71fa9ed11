"""What issue 15's durability and memory measures cost one autosave, each against a baseline in the same run.

    uv run python benchmarks/storage_costs.py            # prints one Markdown table

Every figure times one autosave as the app makes it (MeetingService.save_text of a 2,000-character note,
on a fresh copy of a small vault) in a child process, the variants alternating (a, b, a, b, ...) with one
unmeasured warm-up each, so both sides see the same machine load:

- memory security: the app as it is, against the same with SQLCipher's cipher_memory_security off (it can
  only be set per process, hence the children);
- the save note: the app as it is, against the same with the note written beside the file (nabij.saves)
  turned into a no-op;
- the quiet-time checkpoint: the cost of one PASSIVE checkpoint after 20 saves, against one save.

Benchmarks, never timed tests: nothing here fails a build.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAVES = 60
ROUNDS = 5

CHILD = r"""
import json, os, sys, time, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
variant = sys.argv[2]
from app.storage import engine, saves
if variant == "no-memory-security":
    engine.MEMORY_SECURITY = False
if variant == "no-save-note":
    saves.record = lambda *a, **k: None
from datetime import datetime
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.keys import NoSecretStore
from app.storage.keyfile import KdfParams
from app.storage.vault import Vault
folder = Path(tempfile.mkdtemp()) / "data"
database = Vault(folder, NoSecretStore()).create("bench passphrase 2026", KdfParams())
services = Services.over(database)
rid = services.caseload.add_resident(ResidentInput(display_name="Bench"))
mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
services.meetings.start(mid)
note = "woord " * 333
times = []
for i in range(int(sys.argv[3])):
    t = time.perf_counter()
    services.meetings.save_text(mid, {"notes": f"{i} {note}"})
    times.append(time.perf_counter() - t)
for i in range(20):
    services.meetings.save_text(mid, {"notes": f"x{i} {note}"})
t = time.perf_counter()
database.checkpoint()
checkpoint = time.perf_counter() - t
database.close()
print(json.dumps({"save_ms": sorted(times)[len(times) // 2] * 1000, "checkpoint_ms": checkpoint * 1000}))
"""


def run(variant: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), variant, str(SAVES)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=tempfile.gettempdir(),
    )
    if out.returncode != 0:
        raise SystemExit(f"{variant}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    variants = ("app", "no-memory-security", "no-save-note")
    for v in variants:
        run(v)  # warm-up
    results: dict[str, list[dict]] = {v: [] for v in variants}
    for _ in range(ROUNDS):
        for v in variants:
            results[v].append(run(v))

    def median(v: str, key: str) -> float:
        return statistics.median(r[key] for r in results[v])

    app_save = median("app", "save_ms")
    rows = [
        ("one autosave, the app as it is", f"{app_save:.2f} ms", "", ""),
        (
            "cipher_memory_security on",
            f"{app_save:.2f} ms",
            f"off: {median('no-memory-security', 'save_ms'):.2f} ms",
            f"{app_save / median('no-memory-security', 'save_ms'):.2f}×",
        ),
        (
            "the save note (nabij.saves, replaced, not synced)",
            f"{app_save:.2f} ms",
            f"without: {median('no-save-note', 'save_ms'):.2f} ms",
            f"{app_save / median('no-save-note', 'save_ms'):.2f}×",
        ),
        (
            "one quiet-time checkpoint after 20 saves",
            f"{median('app', 'checkpoint_ms'):.2f} ms",
            f"one save: {app_save:.2f} ms",
            f"{median('app', 'checkpoint_ms') / app_save:.2f}×",
        ),
    ]
    print(f"Median of {ROUNDS} alternating rounds of {SAVES} autosaves each (2,000-character notes).\n")
    print("| figure | measured | baseline | ratio |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

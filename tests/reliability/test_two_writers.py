"""Two writers: autosaves wait their turn instead of failing (issue 15, item 3).

Every unit of work begins with BEGIN IMMEDIATE, so it takes the write lock first and waits up to the
busy timeout for another writer; a deferred BEGIN that read first failed at once with "database is
locked" whenever another connection committed in between. Both tests count failures, and report
how many autosaves ran meanwhile (run with -s).
"""

from __future__ import annotations

import json
import subprocess
import threading
from datetime import datetime

from app.services.caseload import ResidentInput
from app.services.privacy import BackupService
from app.services.registry import Services
from tests.reliability.conftest import ROOT, child_env, python, report

# A second process that writes the same file about 300 times a second (a second Nabij, a sync tool),
# each transaction holding the lock while it reads back, until its stdin closes. Its pause between
# transactions is the writer's own pace, not a wait in the test: a writer that never pauses starves
# any other writer in SQLite, whose busy handler is not fair. It says READY once it has written
# (the key comes on stdin, never in argv).
OTHER_WRITER = r"""
import json, sys, threading
from app.storage.engine import connect_raw
job = json.loads(sys.stdin.readline())
con = connect_raw(job["path"], bytearray.fromhex(job["key"]))
con.execute("CREATE TABLE IF NOT EXISTS other_writer(n)")
done = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
n = 0
while not done.is_set():
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO other_writer VALUES (?)", (n,))
    con.execute("SELECT count(*) FROM other_writer").fetchone()
    con.execute("COMMIT")
    done.wait(0.003)
    n += 1
    if n == 5:
        print("READY", flush=True)
print("WROTE", n, flush=True)
con.close()
"""


def _meeting(db) -> tuple[Services, int]:
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Twee schrijvers"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.meetings.start(mid)
    return services, mid


def _autosave_until(services: Services, mid: int, stop: threading.Event, minimum: int) -> dict:
    figures = {"saves": 0, "failed": 0, "errors": []}
    i = 0
    while not stop.is_set() or i < minimum:
        i += 1
        try:
            services.meetings.save_text(mid, {"notes": f"versie {i} " + "tekst " * (i % 300)})
            figures["saves"] += 1
        except Exception as exc:  # noqa: BLE001 - counted: the test asserts there are none
            figures["failed"] += 1
            figures["errors"].append(f"{type(exc).__name__}: {exc}")
    return figures


def test_no_autosave_fails_while_backups_run(db, tmp_path):
    services, mid = _meeting(db)
    stop = threading.Event()
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(_autosave_until(services, mid, stop, 50)))
    thread.start()
    backups = failed_backups = 0
    try:
        for k in range(6):
            try:
                BackupService(db).make_backup(tmp_path / f"b{k}.nabijbackup")  # the backup, its audit and its date
                backups += 1
            except Exception:  # noqa: BLE001 - counted
                failed_backups += 1
    finally:
        stop.set()
        thread.join(120)
    report(
        "two-writers-backup",
        backups=backups,
        failed_backups=failed_backups,
        **{k: v for k, v in result.items() if k != "errors"},
    )
    assert result["failed"] == 0, result["errors"][:3]
    assert failed_backups == 0 and backups == 6
    assert result["saves"] >= 50


def test_no_autosave_fails_against_another_writing_process(db, tmp_path):
    services, mid = _meeting(db)
    key = db.key_copy()
    child = subprocess.Popen(
        [python(), "-c", OTHER_WRITER],
        cwd=ROOT,
        env=child_env(),
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        child.stdin.write(json.dumps({"path": str(db.path), "key": key.hex()}) + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "READY", child.stderr.read()
        stop = threading.Event()
        stop.set()  # a fixed number of autosaves, all while the other process writes
        figures = _autosave_until(services, mid, stop, 200)
    finally:
        child.stdin.close()
        out = child.stdout.read()
        child.wait(60)
        for i in range(len(key)):
            key[i] = 0
    wrote = int(out.split()[-1]) if out.strip() else 0
    report("two-writers-process", other_process_commits=wrote, **{k: v for k, v in figures.items() if k != "errors"})
    assert figures["failed"] == 0, figures["errors"][:3]
    assert figures["saves"] == 200 and wrote > 5


def test_reading_never_waits_for_a_writer(db):
    """The caseload, a meeting and the voorkennis are read while another connection holds the write lock
    (BEGIN IMMEDIATE, not committed): reads begin deferred, so they see the last commit and return,
    where a unit that begins IMMEDIATE would wait out the busy timeout and fail with db.busy."""
    from app.storage.engine import connect_raw
    from app.storage.errors import StorageError

    services, mid = _meeting(db)
    key = db.key_copy()
    other = connect_raw(db.path, key)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE meeting SET notes = 'niet gecommit' WHERE id = ?", (mid,))
        names = [r.display_name for r in services.caseload.list_residents()]
        assert "Twee schrijvers" in names
        detail = services.meetings.get(mid)
        assert detail.notes != "niet gecommit"
        assert services.preparation.background(detail.resident_id) is not None
        try:  # and a write does wait for the lock (the busy timeout), then says so plainly
            services.meetings.save_text(mid, {"notes": "van mij"})
        except StorageError as exc:
            assert exc.code == "db.busy"
        else:
            raise AssertionError("a write went ahead while another connection held the write lock")
        other.execute("ROLLBACK")
    finally:
        other.close()
        for i in range(len(key)):
            key[i] = 0

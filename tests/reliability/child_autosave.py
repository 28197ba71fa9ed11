"""Child process for the kill loop (tests/reliability/test_kill_loop.py).

It opens a data folder the way the app does (Vault.open_with_keyring: key file,
key check, read-only health check, migrations) and then autosaves one meeting
through the real MeetingService.save_text in a loop, with a growing counter.

Protocol, one line each on stdout (one write each):
    PID <pid>       (fork server only) the process to kill
    OPEN            about to open the vault
    READY <n>       open; the meeting holds counter n
    SAVE <n>        save_text(n) is about to start
    ACK <n>         save_text(n) has returned: this save is acknowledged

With --serve it is a fork server: it imports once and forks a fresh process
per job line, so a kill round costs a fork, not a Python start-up (about a
second on a busy CI core). Without it, it runs one job and is killed itself.

The data key comes on stdin as one JSON line, never through argv or the
environment (both show in process lists). The import path is kept minimal:
no Qt, no documents, no content library.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# The long-notes variant (issue 15): texts up to 64 KB, rewritten, grown and shortened in turn, with
# words that change from save to save, so the search index is rewritten and shrunk as well.
LONG_SIZES = (64_000, 20_000, 64_000, 48_000, 300, 30_000, 64_000, 1_000, 40_000, 22_000)


def payload(n: int, long: bool = False) -> tuple[str, str]:
    """The notes and summary for counter n: deterministic, of varying size (one to several pages)."""
    if long:
        size = LONG_SIZES[n % len(LONG_SIZES)]
        words = " ".join(f"woord{(n * 31 + i) % 997} notitie{n}" for i in range(size // 20 + 1))
        return f"{n:010d}|{words[:size]}", f"{n:010d}|samenvatting {n} " + "kort " * (n % 7)
    size = 200 + (n * 7919) % 14000
    filler = (f"notitie {n}; ") * (size // 12 + 1)
    return f"{n:010d}|{filler[:size]}", f"{n:010d}|samenvatting"


def counter_of(text: str | None) -> int:
    """The counter a notes or summary value carries; 0 for a meeting never saved here."""
    if not text or "|" not in text:
        return 0
    return int(text.split("|", 1)[0])


class _KeyFromStdin:
    """A SecretStore holding the key the parent sent; the app's own open path checks it."""

    def __init__(self, key: bytearray) -> None:
        self._key = key

    def describe(self) -> str:
        return "test key from stdin"

    def get(self, db_id: str) -> bytearray:
        return bytearray(self._key)

    def put(self, db_id: str, key) -> None:
        return None

    def delete(self, db_id: str) -> None:
        return None


def run_job(job: dict, say) -> int:
    """Open the vault as the app does and autosave until killed (or until job['limit'])."""
    from app.services.meetings import MeetingService
    from app.storage.vault import Vault

    key = bytearray.fromhex(job["key_hex"])
    say("OPEN")
    outcome = Vault(Path(job["data_dir"]), _KeyFromStdin(key)).open_with_keyring()
    if outcome.database is None:
        print(f"could not open: {outcome.problem}", file=sys.stderr)
        return 2
    meetings = MeetingService(outcome.database)
    meeting_id = int(job["meeting_id"])
    n = counter_of(meetings.get(meeting_id).notes)
    say(f"READY {n}")
    limit = int(job.get("limit", 10**9))
    while n < limit:
        n += 1
        notes, summary = payload(n, bool(job.get("long")))
        say(f"SAVE {n}")
        meetings.save_text(meeting_id, {"notes": notes, "summary": summary})
        say(f"ACK {n}")
    outcome.database.close()
    return 0


def _say(line: str) -> None:
    # One write(2) per line: a line is never split, and nothing sits in a Python buffer.
    os.write(1, (line + "\n").encode())


def serve() -> int:
    """Fork server: import once, then fork one fresh process per job line on stdin.

    Each job runs in its own process (its own SQLite connections, locks and
    memory, opened from scratch), which the parent kills with SIGKILL. The
    server only forks and reaps: it never opens a database. After each child
    ends it writes "EXIT <status>", so the parent knows every line of that
    child has been read.
    """
    from sqlalchemy.orm import configure_mappers

    import app.services.meetings  # noqa: F401 - the import cost is paid here, once
    import app.storage.vault  # noqa: F401

    configure_mappers()  # Python-level set-up only; no database is opened here

    _say("SERVING")
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _say(f"PID {os.getpid()}")
                code = run_job(job, _say)
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                print(f"child failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        _say(f"EXIT {status}")
    return 0


def main() -> int:
    if "--serve" in sys.argv[1:]:
        return serve()
    job = json.loads(sys.stdin.readline())
    sys.stdin.close()
    return run_job(job, _say)


if __name__ == "__main__":
    sys.exit(main())

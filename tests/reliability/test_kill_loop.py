"""Kill loop: an acknowledged autosave survives SIGKILL, crash after crash.

A child process (child_autosave.py) opens a copy of the test vault the way the
app does and autosaves one meeting through the real MeetingService.save_text,
printing "ACK n" after each save returns. The parent kills it with SIGKILL at a
random point:
- after-ack: right after reading the k-th ACK (the child is already busy with the next save);
- in-save:   right after reading "SAVE k", i.e. while save_text(k) runs;
- in-open:   right after "OPEN", while the app's open path (key check, read-only
             health check, WAL recovery, migrations) runs.
After every kill the file must be healthy (read-only open with the key:
cipher_integrity_check returns no rows, integrity_check says ok) and hold at
least the last acknowledged save, whole (notes and summary of one save, never
a mix and never torn).

The same data folder is reused across runs (crash after crash). Two lanes, each
with its own folder, run side by side to use both CI cores.

Each kill round is a fresh process with its own SQLite connections, forked
from a per-lane fork server that paid the Python and import cost once (a new
interpreter costs about a second per round on a busy 2-core CI machine; 100
rounds would take ~2 minutes). NABIJ_KILL_SPAWN=1 starts a new interpreter per
round instead.

SIGKILL is a process crash, not a power cut: the page cache survives it, so this
proves atomicity and recovery, not fsync (synchronous=FULL covers power loss).

Figures: "kill-loop: runs=... acknowledged=... lost=0 ..." (run with -s).
NABIJ_LONG=1: 500 runs instead of 100. NABIJ_SEED=<n> repeats a run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.engine import connect_raw
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from tests.reliability.child_autosave import counter_of, payload
from tests.reliability.conftest import ROOT, assert_healthy, child_env, python, report, scaled
from tests.support.keyring_backend import MemoryKeyring

CHILD = Path(__file__).with_name("child_autosave.py")
MODES = ("after-ack", "in-save", "in-open")
WEIGHTS = (45, 45, 10)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")  # the CI runs Debian


class ForkServer:
    """One child_autosave.py --serve per lane: it forks a fresh process per kill round."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self._err = open(log, "w")
        self.proc = subprocess.Popen(
            [python(), str(CHILD), "--serve"],
            cwd=ROOT,
            env=child_env(),
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
        )
        first = self.proc.stdout.readline()
        assert first == "SERVING\n", f"fork server did not start: {first!r} {self.errors()}"

    def errors(self) -> str:
        return self.log.read_text()[-2000:]

    def launch(self, job: str):
        self.proc.stdin.write(job)  # the key goes through stdin only
        self.proc.stdin.flush()
        tag, _, pid = self.proc.stdout.readline().strip().partition(" ")
        assert tag == "PID", f"fork server: {tag} {self.errors()}"
        pid = int(pid)
        outcome: dict = {}

        def lines():
            for line in self.proc.stdout:
                if line.startswith("EXIT "):
                    status = int(line.split()[1])
                    outcome["killed"] = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                    return
                yield line
            raise AssertionError(f"fork server ended: {self.errors()}")

        return (lambda: os.kill(pid, signal.SIGKILL)), lines(), outcome

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self._err.close()


class Spawner:
    """NABIJ_KILL_SPAWN=1: a new Python interpreter per kill round (slower: about 1 s each)."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def errors(self) -> str:
        return self.log.read_text()[-2000:]

    def launch(self, job: str):
        err = open(self.log, "w")
        proc = subprocess.Popen(
            [python(), str(CHILD)],
            cwd=ROOT,
            env=child_env(),
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
        )
        proc.stdin.write(job)  # the key goes through stdin only
        proc.stdin.close()
        outcome: dict = {}

        def lines():
            try:
                yield from proc.stdout
                proc.wait(timeout=60)
                outcome["killed"] = proc.returncode == -signal.SIGKILL
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                proc.stdout.close()
                err.close()

        return proc.kill, lines(), outcome

    def close(self) -> None:
        return None


class Lane:
    def __init__(
        self, index: int, data_dir: Path, key: bytearray, meeting_id: int, seed: int, long: bool = False
    ) -> None:
        self.long = long
        self.index = index
        self.data_dir = data_dir
        self.db_path = data_dir / "nabij.db"
        self.key = key
        self.meeting_id = meeting_id
        self.rng = random.Random(seed)
        self.value = 0  # the counter the file holds after the last kill
        self.stats: Counter = Counter()

    def job(self) -> str:
        return (
            json.dumps(
                {
                    "data_dir": str(self.data_dir),
                    "key_hex": self.key.hex(),
                    "meeting_id": self.meeting_id,
                    "long": self.long,
                }
            )
            + "\n"
        )

    def run_once(self, runner) -> None:
        mode = self.rng.choices(MODES, WEIGHTS)[0]
        target = self.rng.randint(1, 25)
        kill, lines, outcome = runner.launch(self.job())
        acked = started = 0
        ready: int | None = None
        acks = saves = 0
        killed = False
        for line in lines:
            tag, _, rest = line.strip().partition(" ")
            if tag == "OPEN" and mode == "in-open":
                kill()
                killed = True
                break
            if tag == "READY":
                ready = int(rest)
            elif tag == "SAVE":
                started = int(rest)
                saves += 1
                if mode == "in-save" and saves == target:
                    kill()
                    killed = True
                    break
            elif tag == "ACK":
                acked = int(rest)
                acks += 1
                if mode == "after-ack" and acks == target:
                    kill()
                    killed = True
                    break
        assert killed, f"lane {self.index}: the child ended by itself: {runner.errors()}"
        # Lines the child wrote before it died are acknowledgements too.
        for line in lines:
            tag, _, rest = line.strip().partition(" ")
            if tag == "ACK":
                acked = max(acked, int(rest))
            elif tag == "SAVE":
                started = max(started, int(rest))
            elif tag == "READY":
                ready = int(rest)
        assert outcome.get("killed"), f"lane {self.index}: the child did not die by SIGKILL: {runner.errors()}"

        if ready is not None:
            assert ready == self.value, f"lane {self.index}: reopened at {ready}, the file held {self.value}"
        # The file is healthy, and the last acknowledged save is in it, whole.
        assert_healthy(self.db_path, self.key)
        with closing(connect_raw(self.db_path, self.key, read_only=True)) as con:
            notes, summary = con.execute(
                "SELECT notes, summary FROM meeting WHERE id = ?", (self.meeting_id,)
            ).fetchone()
        value = counter_of(notes)
        previous = max(self.value, ready or 0)
        self.stats["runs"] += 1
        self.stats[f"mode_{mode}"] += 1
        self.stats["acknowledged"] += max(0, acked - previous)
        if value < acked:
            self.stats["lost"] += 1
        assert value >= acked, f"lane {self.index}: acknowledged save {acked} lost; the file holds {value}"
        assert value <= max(started, previous), f"lane {self.index}: the file holds {value}, never saved"
        if value:
            assert (notes, summary) == payload(value, self.long), f"lane {self.index}: save {value} is torn or mixed"
        if value > acked:
            self.stats["in_flight_committed"] += 1
        elif started > acked:
            self.stats["in_flight_rolled_back"] += 1
        self.value = value

    def run(self, runs: int, spawn: bool) -> Counter:
        log = self.data_dir.parent / f"lane{self.index}-stderr.txt"
        runner = Spawner(log) if spawn else ForkServer(log)
        try:
            for _ in range(runs):
                self.run_once(runner)
        finally:
            runner.close()
        return self.stats


def _prepare_lane(index: int, template_vault, tmp_path: Path, seed: int, long: bool = False) -> Lane:
    data_dir = tmp_path / f"lane{index}"
    shutil.copytree(template_vault[0], data_dir)
    ring = MemoryKeyring()
    ring.entries.update(template_vault[1])
    database = Vault(data_dir, OsKeyring(ring)).open_with_keyring().database
    services = Services.over(database)
    rid = services.caseload.add_resident(ResidentInput(display_name=f"Kill loop {index}"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.meetings.start(mid)
    key = database.key_copy()
    database.close()
    return Lane(index, data_dir, key, mid, seed + index, long)


@pytest.mark.parametrize(
    ("variant", "ci_runs", "long_runs"),
    [("ordinary", 100, 500), ("long-notes", 100, 500)],
)
def test_kill_loop(template_vault, tmp_path, variant, ci_runs, long_runs):
    """The long-notes variant (issue 15): notes up to 64 KB, rewritten, grown and shortened. Every round
    opens the folder through the app's own path (which refuses a damaged search index it cannot repair),
    and after every kill integrity_check, which covers the FTS5 index, must say ok."""
    long = variant == "long-notes"
    runs = scaled(ci_runs, long_runs)
    lanes_n = max(1, min(2, os.cpu_count() or 1))
    seed = int(os.environ.get("NABIJ_SEED") or random.randrange(1 << 30))
    lanes = [_prepare_lane(i, template_vault, tmp_path, seed, long) for i in range(lanes_n)]
    shares = [runs // lanes_n + (1 if i < runs % lanes_n else 0) for i in range(lanes_n)]
    started = time.perf_counter()
    spawn = os.environ.get("NABIJ_KILL_SPAWN", "") not in ("", "0") or not hasattr(os, "fork")
    with ThreadPoolExecutor(lanes_n) as pool:
        results = [f.result() for f in [pool.submit(lane.run, n, spawn) for lane, n in zip(lanes, shares, strict=True)]]
    elapsed = time.perf_counter() - started
    total: Counter = sum(results, Counter())

    # Finally the app's own open path, over each folder, sees the last value.
    for lane in lanes:
        ring = MemoryKeyring()
        ring.entries.update(template_vault[1])
        database = Vault(lane.data_dir, OsKeyring(ring)).open_with_keyring().database
        try:
            detail = Services.over(database).meetings.get(lane.meeting_id)
            assert counter_of(detail.notes) == lane.value
        finally:
            database.close()

    report(
        "kill-loop",
        variant=variant,
        runs=total["runs"],
        lanes=lanes_n,
        seed=seed,
        child="spawn" if spawn else "fork-server",
        acknowledged=total["acknowledged"],
        lost=total["lost"],
        in_flight_committed=total["in_flight_committed"],
        in_flight_rolled_back=total["in_flight_rolled_back"],
        kills_after_ack=total["mode_after-ack"],
        kills_in_save=total["mode_in-save"],
        kills_in_open=total["mode_in-open"],
        seconds=f"{elapsed:.1f}",
        per_run_ms=f"{1000 * elapsed * lanes_n / max(1, total['runs']):.0f}",
    )
    assert total["runs"] == runs
    assert total["lost"] == 0

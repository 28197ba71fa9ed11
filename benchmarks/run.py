"""Benchmarks for a 25,000-meeting caseload, as ratios against bare baselines measured in the same run.

    uv run python benchmarks/run.py              # figures 1-7 on 500 residents / 25,000 meetings
    uv run python benchmarks/run.py --stress     # also figures 1-3 on 100,000 meetings (figure 8)
    uv run python benchmarks/run.py --output benchmarks/results-latest.md

Prints ONE Markdown table. These are benchmarks, never timed unit tests: no
assertion fails a build, the table says met or missed.

How it measures
- Qt runs offscreen. Subprocess figures start ``sys.executable`` directly (no
  ``uv run`` in between) for both the app and its baseline, alternating them,
  after one unmeasured warm-up each.
- Bytecode: this sandbox sets PYTHONDONTWRITEBYTECODE=1, which makes every
  start compile every module from source. An installed app has its bytecode,
  so the harness re-executes itself with PYTHONPYCACHEPREFIX pointing into
  benchmarks/data/pycache (ignored by git) and warms it. Both the app and the
  bare baselines run under the same setting.
- Every run works on a fresh copy of the cached data set (benchmarks/data/),
  so the autosave figure never changes the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PYCACHE = HERE / "data" / "pycache"


def _reexec_with_bytecode() -> None:
    if os.environ.get("NABIJ_BENCH_CHILD_ENV") == "1":
        return
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["NABIJ_BENCH_CHILD_ENV"] = "1"
    env.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="nabij-bench-xdg-"))
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


# --------------------------------------------------------------------------------------------------
# results


@dataclass
class Row:
    number: str
    figure: str
    value: str
    baseline: str
    ratio: str
    target: str
    verdict: str  # "met", "missed" or "—"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *args) -> None:
        self.rows.append(Row(*args))
        r = self.rows[-1]
        print(
            f"  [{r.number}] {r.figure}: {r.value} | baseline {r.baseline} | ratio {r.ratio} | {r.verdict}", flush=True
        )

    def table(self) -> str:
        lines = [
            "| # | figure | measured | baseline (same run) | ratio | target | result |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in self.rows:
            lines.append(
                f"| {r.number} | {r.figure} | {r.value} | {r.baseline} | {r.ratio} | {r.target} | {r.verdict} |"
            )
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def median_time(fn, repeats: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def paired_medians(fa, fb, repeats: int, warmup: int = 2) -> tuple[float, float]:
    """Medians of two calls timed alternately (a, b, a, b, ...), so a burst of load hits both sides."""
    for _ in range(warmup):
        fa()
        fb()
    a, b = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        fa()
        a.append(time.perf_counter() - t)
        t = time.perf_counter()
        fb()
        b.append(time.perf_counter() - t)
    return statistics.median(a), statistics.median(b)


# --------------------------------------------------------------------------------------------------
# data


PASSPHRASE = None  # set from generate.PASSPHRASE


def working_copy(folder: Path, scratch: Path, name: str) -> Path:
    target = scratch / name
    target.mkdir(parents=True)
    for item in ("nabij.db", "nabij.key"):
        shutil.copy2(folder / item, target / item)
    return target


def keyring_vault(data_dir: Path, entries):
    from app.storage.keys import OsKeyring
    from app.storage.vault import Vault
    from tests.support.keyring_backend import MemoryKeyring

    ring = MemoryKeyring()
    for service, user, secret in entries:
        ring.entries[(service, user)] = secret
    vault = Vault(data_dir, OsKeyring(ring))
    vault.defer_checks = True  # the app's open: the key proven, every page checked on the worker after
    return vault


DEFERRED_CHECKS: list[float] = []  # Database.verify after each timed open: off the clock, as in the app


def deferred_check(database) -> None:
    t = time.perf_counter()
    database.verify()  # so that its close is a clean one, as the app leaves it
    DEFERRED_CHECKS.append(time.perf_counter() - t)


def open_by_passphrase(data_dir: Path):
    """Figure 7's path; also yields the keyring entries the app's keyring path needs."""
    from app.storage.keys import OsKeyring
    from app.storage.vault import Vault
    from tests.support.keyring_backend import MemoryKeyring

    ring = MemoryKeyring()
    vault = Vault(data_dir, OsKeyring(ring))
    vault.defer_checks = True  # as the app opens (AppController)
    t = time.perf_counter()
    database = vault.open_with_passphrase(PASSPHRASE)
    elapsed = time.perf_counter() - t
    deferred_check(database)
    entries = [[service, user, secret] for (service, user), secret in ring.entries.items()]
    return database, entries, elapsed


# --------------------------------------------------------------------------------------------------
# figures 1 and 6: subprocess start to first paint


FAILED_STARTS: list[str] = []


def _spawn(script: str, job: dict | None, tries: int = 3) -> dict:
    """One measured start. A start that crashes is recorded (FAILED_STARTS) and tried again."""
    for attempt in range(tries):
        try:
            return _spawn_once(script, job)
        except RuntimeError as exc:
            FAILED_STARTS.append(f"{script}: {str(exc).strip().splitlines()[-1]}")
            print(f"  ! {script} failed, attempt {attempt + 1}: {FAILED_STARTS[-1]}", flush=True)
            if attempt == tries - 1:
                raise
    raise AssertionError("unreachable")


def _spawn_once(script: str, job: dict | None) -> dict:
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / script)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=str(ROOT),
    )
    try:
        out, err = proc.communicate(json.dumps(job) + "\n" if job is not None else "", timeout=180)
    except subprocess.TimeoutExpired:  # a start that hangs is a failed start, not a stuck harness
        proc.kill()
        out, err = proc.communicate()
        raise RuntimeError(f"{script} did not finish within 180 s:\n{out[-2000:]}\n{err[-4000:]}") from None
    lines = [line for line in out.splitlines() if line.startswith("BENCH ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{script} failed ({proc.returncode}):\n{out[-2000:]}\n{err[-4000:]}")
    result = json.loads(lines[-1][6:])
    result["start_to_paint"] = result["paint"] - t0
    return result


def cold_starts(data_dir: Path, entries, resident_id: int, runs: int, mode: str = "plain") -> tuple[list, list]:
    job = {"data_dir": str(data_dir), "entries": entries, "resident_id": resident_id, "mode": mode}
    _spawn("bare_window.py", None)  # warm-up: OS file cache and bytecode
    _spawn("app_start.py", job)
    bare, app = [], []
    for _ in range(runs):
        bare.append(_spawn("bare_window.py", None))
        app.append(_spawn("app_start.py", job))
    return bare, app


# --------------------------------------------------------------------------------------------------
# figure 2: search


def search_figures(services, db_path: Path, key: bytearray, queries: dict, repeats: int) -> list[tuple]:
    import sqlcipher3

    from app.storage.search import RESIDENTS_SQL as sql  # the statement the app runs (the yardstick)
    from app.storage.search import to_match_query

    raw = sqlcipher3.connect(str(db_path), check_same_thread=False)
    raw.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    out = []
    try:
        for label, text in queries.items():
            match = to_match_query(text)
            service_s, raw_s = paired_medians(
                lambda t=text: services.caseload.list_residents(query=t),
                lambda m=match: raw.execute(sql, (m, 500)).fetchall(),
                repeats,
            )
            hits = len(services.caseload.list_residents(query=text))
            out.append((label, text, hits, service_s, raw_s))
    finally:
        raw.close()
    return out


# --------------------------------------------------------------------------------------------------
# figures 3 and 5: in-process Qt


def make_window(services, library):
    from PySide6.QtWidgets import QApplication

    from app.ui import style
    from app.ui.main_window import MainWindow
    from app.ui.worker import Worker

    app = QApplication.instance() or QApplication([sys.argv[0]])
    style.apply(app)
    window = MainWindow(services, library, Worker(), key_store="benchmark keyring", demo=False)
    window.show()
    _settle()
    return window


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    # Outside an event loop, deleteLater() never runs by itself: without this, every widget the app
    # replaced stays alive and every later sample pays for it (the old figure 3 did).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _select(window, resident_id: int) -> None:
    from PySide6.QtCore import Qt

    lst = window.caseload.list
    for row in range(lst.count()):
        if lst.item(row).data(Qt.ItemDataRole.UserRole) == resident_id:
            lst.setCurrentRow(row)
            return
    raise LookupError(f"resident {resident_id} is not in the caseload list")


def open_resident_times(window, residents: list[int], switches: int) -> list[float]:
    """Select a resident in the caseload list; time until all three tabs show its meeting (plus one event pass)."""
    samples = []
    for i in range(switches + 2):
        rid = residents[i % len(residents)]
        t = time.perf_counter()
        _select(window, rid)
        _settle()
        loaded = all(tab.resident_id == rid and tab.meeting_id == window.meeting_id for tab in window.meeting_tabs())
        elapsed = time.perf_counter() - t
        if not loaded or window.resident_id != rid:
            raise RuntimeError("the tabs did not load the chosen resident")
        if i >= 2:  # the first switch to each resident is the warm-up
            samples.append(elapsed)
    return samples


class RawOpen:
    """Figure 3's yardstick: the rows the three tabs show, read straight through one sqlcipher3 connection
    (the app's own pragmas, connect_raw) and put into plain widgets of the same kinds, shown at the same size,
    one event pass after, as figure 3 times the app. No ORM, no services, no autosave, no undo: what opening a
    resident cannot do with less."""

    def __init__(self, db_path: Path, key: bytearray, size) -> None:
        from PySide6.QtWidgets import (
            QLabel,
            QLineEdit,
            QListWidget,
            QPlainTextEdit,
            QScrollArea,
            QTabWidget,
            QVBoxLayout,
            QWidget,
        )

        from app.storage.engine import connect_raw

        self.con = connect_raw(db_path, key)
        self.top = QTabWidget()
        prep, talk, wrap = QWidget(), QWidget(), QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        col = QVBoxLayout(body)
        self.title, self.known, self.facts, self.open_lines, self.earlier = (QLabel() for _ in range(5))
        for label in (self.title, self.known, self.facts, self.open_lines, self.earlier):
            label.setWordWrap(True)
            col.addWidget(label)
        col.addStretch(1)
        scroll.setWidget(body)
        self.goals, self.notes, self.summary = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.agenda, self.talk_agenda, self.sphere = QListWidget(), QListWidget(), QListWidget()
        prep_col = QVBoxLayout(prep)
        prep_col.addWidget(scroll)
        prep_col.addWidget(self.goals)
        talk_col = QVBoxLayout(talk)
        for w in (self.talk_agenda, self.notes, self.sphere):
            talk_col.addWidget(w)
        self.wrap_col = QVBoxLayout(wrap)
        self.wrap_col.addWidget(self.summary)
        self.rows: list[QLineEdit] = []
        self.top.addTab(prep, "Voorbereiding")
        self.top.addTab(talk, "Gesprek")
        self.top.addTab(wrap, "Afronding")
        self.top.resize(size)
        self.top.show()

    def open(self, resident_id: int) -> None:
        from PySide6.QtWidgets import QLineEdit

        q = self.con.execute
        name, language, count = q(
            "SELECT display_name, language, consultant_count FROM resident WHERE id = ?", (resident_id,)
        ).fetchone()
        row = (
            q(
                "SELECT id FROM meeting WHERE resident_id = ? AND status IN ('in_progress', 'planned') "
                "ORDER BY status = 'in_progress' DESC, starts_at LIMIT 1",
                (resident_id,),
            ).fetchone()
            or q(
                "SELECT id FROM meeting WHERE resident_id = ? ORDER BY starts_at DESC LIMIT 1", (resident_id,)
            ).fetchone()
        )
        meeting_id = row[0]
        goals, notes, summary = q("SELECT goals, notes, summary FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        agenda = q("SELECT text FROM agenda_item WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)).fetchall()
        agreements = q(
            "SELECT text, owner, due FROM agreement WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        ).fetchall()
        sphere = q(
            "SELECT kind, text, referral_id FROM sphere_entry WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
        ).fetchall()
        q("SELECT category_id, kind, note FROM baggage_mark WHERE meeting_id = ?", (meeting_id,)).fetchall()
        q("SELECT prompt_id FROM prompt_use WHERE meeting_id = ?", (meeting_id,)).fetchall()
        earlier = q(
            "SELECT starts_at, summary FROM meeting WHERE resident_id = ? AND status = 'closed' AND id != ? "
            "ORDER BY starts_at DESC, id DESC LIMIT 20",
            (resident_id, meeting_id),
        ).fetchall()
        open_agreements = q(
            "SELECT text, owner, due FROM agreement WHERE resident_id = ? AND status = 'open' "
            "ORDER BY created_at, position",
            (resident_id,),
        ).fetchall()
        facts = q("SELECT text FROM known_fact WHERE resident_id = ? ORDER BY created_at", (resident_id,)).fetchall()
        q("SELECT id, name, discreet, contact FROM referral").fetchall()
        self.title.setText(name)
        self.known.setText(f"Consulenten tot nu toe: {count}\nTaal: {language}")
        self.facts.setText("\n".join(f"• {t}" for (t,) in facts))
        self.open_lines.setText("\n".join(f"{o}: {t} ({d})" for t, o, d in open_agreements))
        self.earlier.setText("\n".join(f"{d[:10]}: {t}" for d, t in earlier))
        self.goals.setPlainText(goals)
        self.notes.setPlainText(notes)
        self.summary.setPlainText(summary)
        for lst in (self.agenda, self.talk_agenda):
            lst.clear()
            lst.addItems([t for (t,) in agenda])
        self.sphere.clear()
        self.sphere.addItems([f"{k}: {t}" for k, t, _r in sphere])
        while len(self.rows) < len(agreements):  # reused, as the app reuses its agreement rows
            self.rows.append(QLineEdit())
            self.wrap_col.addWidget(self.rows[-1])
        for edit, (text, _o, _d) in zip(self.rows, agreements, strict=False):
            edit.setText(text)
            edit.show()
        for edit in self.rows[len(agreements) :]:
            edit.hide()

    def close(self) -> None:
        self.top.close()
        self.top.deleteLater()
        self.con.close()


def raw_open_times(raw: RawOpen, residents: list[int], switches: int) -> list[float]:
    samples = []
    for i in range(switches + 2):
        t = time.perf_counter()
        raw.open(residents[i % len(residents)])
        _settle()
        if i >= 2:
            samples.append(time.perf_counter() - t)
    return samples


def import_costs() -> str:
    """Where the import time of a start goes (fresh interpreters, bytecode cached)."""
    code = (
        f"import time, sys; sys.path.insert(0, {str(ROOT)!r}); import PySide6.QtWidgets; t0 = time.perf_counter(); "
        "import sqlalchemy, sqlalchemy.orm; t1 = time.perf_counter(); "
        "import alembic.command, alembic.config, alembic.script, alembic.runtime.migration; "
        "t2 = time.perf_counter(); import app.cli, app.ui.application; t3 = time.perf_counter(); "
        "print(t1 - t0, t2 - t1, t3 - t2)"
    )
    samples = []
    for _ in range(4):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=str(ROOT))
        samples.append([float(x) for x in out.stdout.split()])
    med = [statistics.median(col) for col in zip(*samples[1:], strict=True)]  # the first run warms the caches
    return (
        f"imports on top of PySide6.QtWidgets (median of 3 fresh interpreters): SQLAlchemy {ms(med[0])}; "
        f"alembic {ms(med[1])} (needed only when a migration is pending); the rest of app.cli + "
        f"app.ui.application {ms(med[2])}"
    )


def keyring_costs() -> str:
    """The keyring at start-up (fresh interpreters, no backend set, PYTHON_KEYRING_BACKEND unset): importing
    the package, letting it discover a backend through every installed entry point, and naming the
    platform's own (app.storage.keys.platform_backend, what the app does)."""
    code = (
        f"import time, sys; sys.path.insert(0, {str(ROOT)!r}); t0 = time.perf_counter(); import keyring, "
        "keyring.core; t1 = time.perf_counter(); "
        "from app.storage import keys; t2 = time.perf_counter(); keys.platform_backend(); "
        "t3 = time.perf_counter(); keyring.get_keyring(); t4 = time.perf_counter(); "
        "print(t1 - t0, t3 - t2, t4 - t3)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    samples = []
    for _ in range(4):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=str(ROOT), env=env
        )
        samples.append([float(x) for x in out.stdout.split()])
    med = [statistics.median(col) for col in zip(*samples[1:], strict=True)]
    return (
        f"keyring at start (median of 3 fresh interpreters): import keyring {ms(med[0])}; naming this "
        f"platform's backend {ms(med[1])}; discovery through entry points {ms(med[2])} (what naming avoids "
        "where the platform's keyring is usable; on this headless Linux it is not, so the app still discovers)"
    )


def open_resident_breakdown(window, residents: list[int], switches: int) -> dict[str, float]:
    """Diagnostics for figure 3: median time per step while switching residents."""
    steps: dict[str, list[float]] = {}
    current: dict[str, float] = {}

    def wrap(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                current[label] = current.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, name, timed)  # instance attribute: this window only

    wrap(window.preparation, "load", "PreparationTab.load")
    wrap(window.conversation, "load", "ConversationTab.load")
    wrap(window.wrapup, "load", "WrapUpTab.load")
    wrap(window, "_update_state", "MainWindow._update_state")
    services = window.services
    wrap(services.caseload, "get_resident", "CaseloadService.get_resident (all calls)")
    wrap(services.meetings, "get", "MeetingService.get (all calls)")
    wrap(services.preparation, "background", "PreparationService.background (all calls)")
    for i in range(switches + 2):
        current.clear()
        rid = residents[i % len(residents)]
        t = time.perf_counter()
        _select(window, rid)
        current["selection, synchronous part"] = time.perf_counter() - t
        t = time.perf_counter()
        _settle()
        current["event-loop pass after it (layout, paint, deferred deletes)"] = time.perf_counter() - t
        if i >= 2:
            for label, value in current.items():
                steps.setdefault(label, []).append(value)
    for owner in (
        window.preparation,
        window.conversation,
        window.wrapup,
        window,
        services.caseload,
        services.meetings,
        services.preparation,
    ):
        for name in ("load", "_update_state", "get_resident", "get", "background"):
            owner.__dict__.pop(name, None)
    return {label: statistics.median(values) for label, values in steps.items()}


def autosave_burst(
    window,
    resident_id: int,
    keystrokes: int = 2000,
    chunk: int = 5,
    tick_ms: int = 8,
    pause_every: int = 200,
    pause_ms: int = 700,
    heartbeat_ms: int = 5,
) -> dict:
    """Type into the Gesprek tab's quick notes from a QTimer, with pauses that let the 500 ms debounce fire."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    _select(window, resident_id)
    _settle()
    window.tabs.setCurrentWidget(window.conversation)
    _settle()
    notes = window.conversation.notes
    if notes.isReadOnly() or not notes.isEnabled() or not notes.isVisible():
        raise RuntimeError("the quick notes of the current meeting are not editable")
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)

    services = window.services
    save_times: list[float] = []
    original = services.meetings.save_text

    def timed_save(meeting_id, values):
        t = time.perf_counter()
        try:
            return original(meeting_id, values)
        finally:
            save_times.append(time.perf_counter() - t)

    services.meetings.save_text = timed_save  # instance attribute: only this run's window sees it
    # In the window a meeting's texts are saved as undoable steps (app/ui/undo.py): that is the write timed.
    undo_update = services.undo.update

    def timed_step(kind, row_id, values):
        t = time.perf_counter()
        try:
            return undo_update(kind, row_id, values)
        finally:
            save_times.append(time.perf_counter() - t)

    services.undo.update = timed_step
    text = (
        "Inwoner vertelt dat de brief van de Belastingdienst veel spanning gaf en wil samen kijken "
        "naar de betalingsregeling voor de energierekening. "
    )
    beats: list[float] = []
    state = {"sent": 0}
    loop = QEventLoop()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(heartbeat_ms)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    typer = QTimer()
    typer.setSingleShot(True)
    typer.setTimerType(Qt.TimerType.PreciseTimer)

    def type_chunk() -> None:
        for _ in range(chunk):
            if state["sent"] >= keystrokes:
                break
            QTest.keyClick(notes, text[state["sent"] % len(text)])
            state["sent"] += 1
        if state["sent"] >= keystrokes:
            QTimer.singleShot(pause_ms, loop.quit)  # let the last debounce fire inside the measured loop
            return
        typer.start(pause_ms if state["sent"] % pause_every == 0 else tick_ms)

    typer.timeout.connect(type_chunk)
    heartbeat.start()
    started = time.perf_counter()
    typer.start(tick_ms)
    loop.exec()
    duration = time.perf_counter() - started
    heartbeat.stop()
    services.meetings.save_text = original
    services.undo.update = undo_update
    if not save_times:
        raise RuntimeError("no save was timed: the probe does not see how the window saves")
    gaps = [b - a for a, b in pairwise(beats)]
    stored = services.meetings.get(window.meeting_id).notes
    return {
        "stall": max(gaps) - heartbeat_ms / 1000 if gaps else float("nan"),
        "p99_gap": sorted(gaps)[int(len(gaps) * 0.99)] if gaps else float("nan"),
        "saves": len(save_times),
        "save_median": statistics.median(save_times) if save_times else float("nan"),
        "save_max": max(save_times) if save_times else float("nan"),
        "typed": state["sent"],
        "stored_ok": stored == notes.toPlainText(),
        "duration": duration,
    }


# --------------------------------------------------------------------------------------------------
# figure 4: slip


def slip_figures(services, meeting_id: int, repeats: int) -> tuple[float, float, int]:
    from app.documents.slip import forget_qr_codes, render_slip
    from app.services.documents import slip_data_for

    detail = services.meetings.get(meeting_id)
    resident = services.caseload.get_resident(detail.resident_id).data
    data = slip_data_for(
        meeting_date=detail.starts_at,
        agreements=detail.agreements,
        earlier_open=(),
        next_at=detail.next_at,
        next_place=detail.next_place,
        next_place_detail=detail.next_place_detail,
        referral_ids=(),
        referrals={},
        resident=resident,
        profile=services.profile.get(),
    )
    count = len(data.agreements)

    def slip() -> bytes:
        forget_qr_codes()  # each render makes its QR code, as the first render of a slip does
        return render_slip(data, "A5")

    slip_s, bare_s = paired_medians(slip, lambda: bare_reportlab(detail.agreements), repeats)
    return slip_s, bare_s, count


def bare_reportlab(agreements) -> bytes:
    """The yardstick for figure 4: one A5 page with the agreements' text in a plain Table, set in the
    slip's own body font (Noto Sans, embedded and subset as on the slip), with no layout of our own."""
    import io

    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.documents.fonts import LATIN, register_fonts

    register_fonts()
    body = LATIN.regular
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A5)
    rows = [[a.text, a.owner, a.due.isoformat() if a.due else ""] for a in agreements[:10]]
    table = Table(rows)
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), body), ("FONTSIZE", (0, 0), (-1, -1), 8)])
    doc.build([table])
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------
# figure 7 and the open check


def kdf_figures(data_dir: Path, repeats: int = 3) -> dict:
    from app.storage import keyfile

    kf = keyfile.read(data_dir / "nabij.key")
    argon = median_time(lambda: keyfile.derive(PASSPHRASE, kf.salt, kf.kdf), repeats, warmup=1)
    return {"argon2id": argon, "memory_kib": kf.kdf.memory_kib, "iterations": kf.kdf.iterations, "lanes": kf.kdf.lanes}


def open_check_figures(db_path: Path, key: bytearray) -> dict:
    from app.storage.engine import check_openable, connect_raw

    out = {}
    t = time.perf_counter()
    check_openable(db_path, key)
    out["check_openable"] = time.perf_counter() - t
    con = connect_raw(db_path, key, read_only=True)
    try:
        for pragma in ("cipher_integrity_check", "quick_check"):
            t = time.perf_counter()
            con.execute(f"PRAGMA {pragma}").fetchall()
            out[pragma] = time.perf_counter() - t
        out["pages"] = con.execute("PRAGMA page_count").fetchone()[0]
    finally:
        con.close()
    t = time.perf_counter()
    connect_raw(db_path, key, read_only=True).close()
    out["key_proof_only"] = time.perf_counter() - t
    return out


# --------------------------------------------------------------------------------------------------


def machine_description() -> str:
    import PySide6
    import reportlab
    import sqlalchemy
    import sqlcipher3
    from PySide6.QtCore import qVersion

    con = sqlcipher3.connect(":memory:")
    cipher = con.execute("PRAGMA cipher_version").fetchone()[0]
    sqlite = con.execute("SELECT sqlite_version()").fetchone()[0]
    con.close()
    mem = "?"
    try:
        with open("/proc/meminfo") as fh:
            mem = f"{int(fh.readline().split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    try:
        uname = subprocess.run(["uname", "-a"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        uname = " ".join(platform.uname())
    return "\n".join(
        [
            f"- `uname -a`: `{uname}`",
            f"- {os.cpu_count()} cores, {mem} memory, no display (QT_QPA_PLATFORM=offscreen)",
            f"- Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
            f"SQLCipher {cipher} (SQLite {sqlite}), SQLAlchemy {sqlalchemy.__version__}, reportlab {reportlab.Version}",
            f"- load average at the start of the run: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Nabij benchmarks (see the module docstring).")
    parser.add_argument("--stress", action="store_true", help="also figures 1-3 at 100,000 meetings (figure 8)")
    parser.add_argument("--runs", type=int, default=5, help="cold starts per side (median)")
    parser.add_argument("--repeats", type=int, default=15, help="repeats for in-process figures (median)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="diagnostics: time the start-up steps, and a start without the full open check",
    )
    parser.add_argument("--output", type=Path, help="also write the table and machine description here")
    args = parser.parse_args(argv)

    from benchmarks import generate

    global PASSPHRASE
    PASSPHRASE = generate.PASSPHRASE
    seed = args.seed if args.seed is not None else generate.DEFAULT_SEED
    machine = machine_description()
    print(machine, flush=True)
    report = Report()
    scratch = Path(tempfile.mkdtemp(prefix="nabij-bench-"))
    try:
        folder, meta = generate.ensure(25_000, 500, seed)
        report.notes.append(
            f"25k data set: {meta['rows']['meeting']:,} meetings, {meta['rows']['resident']} "
            f"residents, nabij.db {meta['db_bytes'] / 2**20:.1f} MiB, generated in "
            f"{meta['generation_seconds']:.1f} s"
        )
        run_all(report, folder, meta, scratch / "25k", args, full=True)
        if args.stress:
            t = time.perf_counter()
            folder100, meta100 = generate.ensure(100_000, 500, seed)
            if time.perf_counter() - t > 5:
                print(f"(100k data set generated in {meta100['generation_seconds']:.1f} s)")
            report.notes.append(
                f"100k data set: {meta100['rows']['meeting']:,} meetings, "
                f"{meta100['rows']['resident']} residents, nabij.db "
                f"{meta100['db_bytes'] / 2**20:.1f} MiB, generated in "
                f"{meta100['generation_seconds']:.1f} s"
            )
            run_all(report, folder100, meta100, scratch / "100k", args, full=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report.notes.append("load average at the end of the run: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if FAILED_STARTS:
        report.notes.append(
            f"{len(FAILED_STARTS)} start(s) crashed and were tried again: " + "; ".join(sorted(set(FAILED_STARTS)))
        )
    text = report.table()
    print()
    print(text)
    for note in report.notes:
        print(f"- {note}")
    if args.output:
        args.output.write_text(
            f"Run of {date.today().isoformat()}\n\n{machine}\n\n{text}\n\n"
            + "\n".join(f"- {n}" for n in report.notes)
            + "\n"
        )
    return 0


def run_all(report: Report, folder: Path, meta: dict, scratch: Path, args, full: bool) -> None:
    from app.content import load_library
    from app.services.registry import Services

    size = "25k" if meta["meetings"] == 25_000 else f"{meta['meetings'] // 1000}k"
    n = (lambda number: number) if full else (lambda number: f"8.{number}")
    data_dir = working_copy(folder, scratch, "data")
    print(f"\n== {size}: {meta['meetings']:,} meetings, {meta['residents']} residents ({data_dir})", flush=True)
    open_residents = meta["open_residents"]

    # -- 7: unlock by passphrase (also gives the keyring entries for the keyring path)
    database, entries, passphrase_open = open_by_passphrase(data_dir)
    key = database.key_copy()
    database.close()  # closed cleanly, as the app leaves it: every later start takes the everyday path
    passphrase_opens = [passphrase_open]
    for _ in range(2):
        again, _entries, elapsed = open_by_passphrase(data_dir)
        again.close()
        passphrase_opens.append(elapsed)
    kdf = kdf_figures(data_dir)
    unlock = statistics.median(passphrase_opens)
    report.add(
        n("7"),
        f"unlock by passphrase, {size} (Vault.open_with_passphrase as the app opens: the pages after; median of 3)",
        secs(unlock),
        f"Argon2id alone {ms(kdf['argon2id'])} (memory {kdf['memory_kib'] // 1024} MiB, "
        f"{kdf['iterations']} iterations, {kdf['lanes']} lanes)",
        f"+{ms(unlock - kdf['argon2id'])}",
        "≤ Argon2id + 0.3 s",
        verdict(unlock - kdf["argon2id"] <= 0.3),
    )
    keyring_opens = []
    for _ in range(3):
        t = time.perf_counter()
        opened = keyring_vault(data_dir, entries).open_with_keyring()
        keyring_opens.append(time.perf_counter() - t)
        if opened.database is None:
            raise RuntimeError(f"the keyring path did not open: {opened.problem!r}")
        deferred_check(opened.database)
        opened.database.close()
    by_keyring = statistics.median(keyring_opens)
    report.add(
        n("9"),
        f"unlock by keyring, {size} (Vault.open_with_keyring: key, key proof, migrations; median of 3)",
        ms(by_keyring),
        "— (absolute; the window is figure 1)",
        "—",
        "≤ 0.5 s",
        verdict(by_keyring <= 0.5),
    )
    checks = open_check_figures(data_dir / "nabij.db", key)
    report.notes.append(
        f"{size}: the page check the app runs on the worker after first paint (Database.verify after each "
        f"open of figures 7 and 9; writes wait for it): median {secs(statistics.median(DEFERRED_CHECKS))}, "
        f"max {secs(max(DEFERRED_CHECKS))}"
    )
    DEFERRED_CHECKS.clear()
    report.notes.append(
        f"{size}: check_openable (the whole check: before any migration, and after damage) "
        f"{secs(checks['check_openable'])} "
        f"over {checks['pages']:,} pages: cipher_integrity_check {secs(checks['cipher_integrity_check'])}, "
        f"quick_check {secs(checks['quick_check'])}; proving the key alone (page 1) {ms(checks['key_proof_only'])}"
    )

    # -- 1 and 6: cold start, keyring path, subprocess; peak RSS
    bare, app = cold_starts(data_dir, entries, open_residents[0], args.runs)
    bare_s = statistics.median(r["start_to_paint"] for r in bare)
    app_s = statistics.median(r["start_to_paint"] for r in app)
    if not all(r["resident_loaded"] for r in app):
        raise RuntimeError("the app did not open the resident after first paint")
    report.add(
        n("1"),
        f"cold start to first paint, unlocked main window, {size}, keyring path (subprocess, median of {args.runs})",
        secs(app_s),
        f"bare 3-tab window {secs(bare_s)}",
        f"{app_s / bare_s:.1f}×",
        "≤ 2.0×" if full else "≤ 2.5×",
        verdict(app_s / bare_s <= (2.0 if full else 2.5)),
    )
    if full:
        bare_rss = statistics.median(r["rss_kib"] for r in bare) / 1024
        app_rss = statistics.median(r["rss_kib"] for r in app) / 1024
        report.add(
            "6",
            f"peak RSS (VmHWM of the child), {size} open, after first paint + opening a resident",
            f"{app_rss:.0f} MiB",
            f"bare window {bare_rss:.0f} MiB",
            f"{app_rss / bare_rss:.1f}×",
            "≤ 1.8×",
            verdict(app_rss / bare_rss <= 1.8),
        )
    if full:
        report.notes.append(keyring_costs())
    if args.breakdown and full:
        report.notes.append(import_costs())
    if args.breakdown:
        job = {"data_dir": str(data_dir), "entries": entries, "resident_id": open_residents[0]}
        for mode in ("breakdown", "check-first"):
            runs = [_spawn("app_start.py", {**job, "mode": mode}) for _ in range(3)]
            best = min(runs, key=lambda r: r["start_to_paint"])
            steps = ", ".join(f"{k} {ms(v)}" for k, v in best["steps"].items())
            report.notes.append(
                f"{size} start-up, {mode} (best of 3): first paint after {secs(best['start_to_paint'])}; {steps}"
            )

    # -- in-process figures over the working copy
    from app.storage.keys import NoSecretStore
    from app.storage.vault import Vault

    database = Vault(data_dir, NoSecretStore()).open_with_passphrase(PASSPHRASE)
    try:
        services = Services.over(database)
        library = load_library("nl")
        services.referrals.seed(library.referrals)

        # -- 2: search
        results = search_figures(services, data_dir / "nabij.db", key, meta["queries"], args.repeats)
        worst = max(s / r for _l, _t, _h, s, r in results)
        broad_limit = 0.060 if full else 0.250  # issue 16: a broad search (many residents) in absolute time
        broad_target = f"≤ {broad_limit * 1000:.0f} ms"
        for label, text, hits, service_s, raw_s in results:
            ratio = service_s / raw_s
            report.add(
                n("2"),
                f"search {size}, {label} “{text}” ({hits} residents), "
                f"CaseloadService.list_residents (median of {args.repeats})",
                ms(service_s),
                f"the same SQL straight through sqlcipher3 {ms(raw_s)}",
                f"{ratio:.1f}×",
                broad_target if hits > 3 else "—",
                verdict(service_s <= broad_limit) if hits > 3 else "reported",
            )
        print(f"  worst search ratio {worst:.1f}×")

        # -- 3: open a resident, and its yardstick (interleaved: a round of each, three times)
        window = make_window(services, library)
        raw = RawOpen(data_dir / "nabij.db", key, window.tabs.size())
        switches = max(10, args.repeats)
        samples: list[float] = []
        raw_samples: list[float] = []
        for _ in range(3):
            samples += open_resident_times(window, open_residents, switches)
            raw_samples += raw_open_times(raw, open_residents, switches)
        raw.close()
        opened = statistics.median(samples)
        raw_opened = statistics.median(raw_samples)
        counts = "/".join(str(c) for c in meta["open_resident_meetings"])
        report.add(
            n("3"),
            f"open a resident ({counts} meetings), all three tabs loaded, {size} "
            f"(in-process, median of {len(samples)}, max {ms(max(samples))})",
            ms(opened),
            f"the same rows straight through sqlcipher3 into plain widgets {ms(raw_opened)}",
            f"{opened / raw_opened:.1f}×",
            "≤ 50 ms and ≤ 3×",
            verdict(opened <= 0.050 and opened / raw_opened <= 3.0),
        )

        if args.breakdown:
            parts = open_resident_breakdown(window, open_residents, 10)
            report.notes.append(
                f"{size} opening a resident, medians per step: " + ", ".join(f"{k} {ms(v)}" for k, v in parts.items())
            )
        if full:
            # -- 5: autosave burst
            burst = autosave_burst(window, open_residents[0])
            if not burst["stored_ok"]:
                raise RuntimeError("the typed notes were not all saved")
            report.add(
                "5",
                f"autosave during {burst['typed']:,} keystrokes in the quick notes: longest "
                f"event-loop stall ({burst['saves']} saves, each median {ms(burst['save_median'])}, "
                f"max {ms(burst['save_max'])})",
                ms(burst["stall"]),
                "— (absolute)",
                "—",
                "≤ 30 ms",
                verdict(burst["stall"] <= 0.030),
            )

            # -- 4: the slip
            slip_s, bare_pdf_s, count = slip_figures(services, meta["slip_meeting"], args.repeats)
            report.add(
                "4",
                f"slip PDF, meeting with {count} agreements (render_slip, A5, median of {args.repeats})",
                ms(slip_s),
                f"bare reportlab A5, the same text in a Table, the same embedded fonts {ms(bare_pdf_s)}",
                f"{slip_s / bare_pdf_s:.1f}×",
                "≤ 2×",
                verdict(slip_s / bare_pdf_s <= 2),
            )
        window.flush_all()
        window.close()
        window.deleteLater()
        _settle()
    finally:
        database.close()
        for i in range(len(key)):
            key[i] = 0


if __name__ == "__main__":
    _reexec_with_bytecode()
    sys.exit(main())

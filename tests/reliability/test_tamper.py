"""Tamper matrix: a damaged database file is reported as damaged, offered for restore, and never written.

The database is made big enough to have many pages (through the services),
closed cleanly (no -wal left), then one kind of damage is applied:
flipped bits in page 1 (salt, body, IV, HMAC), a middle page and the last page
(body, IV, HMAC: SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 in
the 80-byte reserve at the end of each 4096-byte page), a zeroed page, and
truncation (to half the pages, and to lengths that are not a multiple of the
page size), and an older copy of the file written over it and stopped part-way
(a half-finished copy: every page has a valid HMAC, but the pages belong to two
versions, so only a structural check such as quick_check can see it).

In every case:
- Vault.open_with_keyring and Vault.open_with_passphrase raise DamagedDatabase
  (or ForeignFile);
- the app (AppController, InlineWorker) ends in its problem state: the
  RestoreDialog, whose text names the file, says nothing was changed and
  offers to restore a backup;
- on the passphrase path (no keyring) the unlock dialog reports the damage, and
  the app must end in the same problem state (test_..._passphrase_path_...);
- the file's SHA-256 is unchanged. Side files (-wal, -shm) that SQLite makes
  on a read-only open are listed in the figures; a -wal next to a tampered
  file must stay empty (nothing of the database was written anywhere).

A flipped bit in the WAL of an uncheckpointed database is tested on its own
(test_flipped_bit_in_wal): SQLite's WAL checksums make it drop that commit and
every later one; the database opens as a consistent earlier state.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage.engine import check_openable, connect_raw, sha256_of
from app.storage.errors import DamagedDatabase, ForeignFile
from app.storage.keys import NoSecretStore, OsKeyring
from app.storage.vault import Vault
from app.ui.dialogs.privacy import RestoreDialog
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.worker import Worker
from tests.conftest import PASSPHRASE
from tests.reliability.conftest import report
from tests.support.keyring_backend import MemoryKeyring

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
IV = PAGE - RESERVE
HMAC = PAGE - 64
SIDE = ("nabij.db-wal", "nabij.db-shm", "nabij.db-journal")
RESTORE_HINT = "restore it from a backup"

_FIGURES: dict[str, str] = {}


def _flip(offset_of):
    def mutate(raw: bytearray, pages: int, older: bytes) -> bytearray:
        raw[offset_of(pages)] ^= 0x01
        return raw

    return mutate


def _zero_page(page_of):
    def mutate(raw: bytearray, pages: int, older: bytes) -> bytearray:
        start = page_of(pages) * PAGE
        raw[start : start + PAGE] = bytes(PAGE)
        return raw

    return mutate


def _truncate(length_of):
    def mutate(raw: bytearray, pages: int, older: bytes) -> bytearray:
        return raw[: length_of(pages)]

    return mutate


def _older_copy_stopped(fraction: float):
    """An older copy of the file (a backup copied back by hand, a sync tool) written over it, stopped
    part-way: the first pages are the older version's, the rest the newer's. Every page carries a valid
    HMAC (same key, same page number), so only a structural check can tell."""

    def mutate(raw: bytearray, pages: int, older: bytes) -> bytearray:
        cut = int(len(older) * fraction) // PAGE * PAGE
        raw[:cut] = older[:cut]
        return raw

    return mutate


def mid(pages: int) -> int:
    return pages // 2


CASES = {
    "page 1: salt": _flip(lambda n: 5),
    "page 1: body": _flip(lambda n: 1500),
    "page 1: IV": _flip(lambda n: IV + 3),
    "page 1: HMAC": _flip(lambda n: HMAC + 7),
    "middle page: body": _flip(lambda n: mid(n) * PAGE + 2000),
    "middle page: IV": _flip(lambda n: mid(n) * PAGE + IV + 9),
    "middle page: HMAC": _flip(lambda n: mid(n) * PAGE + HMAC + 30),
    "middle page: zeroed": _zero_page(mid),
    "last page: body": _flip(lambda n: (n - 1) * PAGE + 100),
    "last page: HMAC, last byte of the file": _flip(lambda n: n * PAGE - 1),
    "truncated to half": _truncate(lambda n: (n // 2) * PAGE),
    "truncated by 1000 bytes (not a page multiple)": _truncate(lambda n: n * PAGE - 1000),
    "truncated to half plus 123 bytes": _truncate(lambda n: (n // 2) * PAGE + 123),
    "older copy written over it, stopped at 50%": _older_copy_stopped(0.5),
    "older copy written over it, stopped at 75%": _older_copy_stopped(0.75),
}


@pytest.fixture(scope="module")
def big_vault(template_vault, tmp_path_factory) -> tuple[Path, dict, int, bytes]:
    """A closed vault of many pages, its keyring entries, its page count, and an older version of its file."""
    root = tmp_path_factory.mktemp("tamper") / "data"
    shutil.copytree(template_vault[0], root)
    ring = MemoryKeyring()
    ring.entries.update(template_vault[1])
    older = b""
    for batch in range(2):
        database = Vault(root, OsKeyring(ring)).open_with_keyring().database
        services = Services.over(database)
        for i in range(batch * 30, batch * 30 + 30):
            rid = services.caseload.add_resident(ResidentInput(display_name=f"Inwoner {i}", initials=f"I{i}"))
            mid_ = services.meetings.plan(rid, datetime(2026, 12, 1 + i % 28, 10))
            services.meetings.save_text(mid_, {"notes": f"Aantekening {i} " * 150, "goals": f"Doel {i}"})
            services.wrapup.add_agreement(mid_, f"Afspraak {i}: cv sturen", "resident")
        database.close()
        if batch == 0:
            older = (root / "nabij.db").read_bytes()
    leftovers = sorted(p.name for p in root.iterdir() if p.name in SIDE)
    assert leftovers == [], f"a clean close leaves no side files, found {leftovers}"
    size = (root / "nabij.db").stat().st_size
    assert size % PAGE == 0
    pages = size // PAGE
    assert pages >= 20, pages
    assert len(older) < size
    return root, dict(ring.entries), pages, older


def _tampered(case: str, big_vault, tmp_path: Path) -> tuple[Path, Path, str, dict]:
    """A copy of the big vault with one case of damage: its folder, file, SHA-256 and keyring entries."""
    source, entries, pages, older = big_vault
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    db_path = folder / "nabij.db"
    db_path.write_bytes(bytes(CASES[case](bytearray(db_path.read_bytes()), pages, older)))
    return folder, db_path, sha256_of(db_path), entries


def _side_files(folder: Path) -> dict[str, int]:
    return {name: (folder / name).stat().st_size for name in SIDE if (folder / name).exists()}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_tampered_file_is_damaged_and_untouched(case, big_vault, tmp_path, qtbot, controllers):
    folder, db_path, before, entries = _tampered(case, big_vault, tmp_path)

    def keyring_vault():
        ring = MemoryKeyring()
        ring.entries.update(entries)
        return Vault(folder, OsKeyring(ring))

    # The storage layer: both ways in say "damaged" (the key is right: it is proven by the key file).
    with pytest.raises((DamagedDatabase, ForeignFile)) as by_keyring:
        keyring_vault().open_with_keyring()
    with pytest.raises((DamagedDatabase, ForeignFile)) as by_passphrase:
        keyring_vault().open_with_passphrase(PASSPHRASE)
    for err in (by_keyring.value, by_passphrase.value):
        assert str(db_path) in str(err)
        assert "not changed" in str(err)
    assert sha256_of(db_path) == before

    # The app, keyring path: it ends in its problem state and offers a restore.
    controller = controllers(keyring_vault())
    controller.start()
    assert controller.window is None and controller.database is None
    assert controller.problem is not None, "the app shows no problem for a damaged file"
    assert RESTORE_HINT in controller.problem, controller.problem
    _assert_restore_offer(controller, db_path)
    assert sha256_of(db_path) == before

    assert sha256_of(db_path) == before, "a damaged file must never be written"
    side = _side_files(folder)
    assert side.get("nabij.db-wal", 0) == 0, f"database pages were written into a -wal file: {side}"
    assert "nabij.db-journal" not in side
    _FIGURES[case] = f"{type(by_passphrase.value).__name__}, side files {side or 'none'}"
    report(
        "tamper",
        case=repr(case),
        detected=type(by_passphrase.value).__name__,
        reason=repr(str(by_passphrase.value).split(": ", 1)[1].split(".")[0]),
        sha256="unchanged",
        side_files=side or "none",
        app="problem state with restore offer",
    )


def _assert_restore_offer(controller, db_path: Path) -> None:
    dialog = controller.dialog
    assert isinstance(dialog, RestoreDialog), f"no restore offer: the app shows {type(dialog).__name__}"
    assert dialog.isVisible()
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(db_path) in shown and RESTORE_HINT in shown and "Nothing was deleted or overwritten" in shown, shown


def test_tampered_file_on_the_passphrase_path_offers_restore(big_vault, tmp_path, qtbot, controllers):
    """No keyring (headless Linux, locked keyring, new laptop): the consultant types the passphrase.

    The key is right, so the open goes ahead; the page check after it finds the damage, and the app must
    end in the same problem state with a restore offer as on the keyring path, without asking again.
    """
    case = "middle page: HMAC"
    folder, db_path, before, _entries = _tampered(case, big_vault, tmp_path)

    controller = controllers(Vault(folder, NoSecretStore()))
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.problem is not None, timeout=10000)
    assert RESTORE_HINT in controller.problem
    assert controller.window is None and controller.database is None
    assert not isinstance(controller.dialog, UnlockDialog), "the passphrase was asked again"
    assert sha256_of(db_path) == before
    _assert_restore_offer(controller, db_path)
    report("tamper-passphrase-path", case=repr(case), app="problem state with restore offer")


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_deferred_check_refuses_every_write(case, big_vault, tmp_path):
    """The app's open (Vault.defer_checks): the key is proven at once, every page after. For every case
    of the matrix either the open refuses, or the open goes ahead and the deferred check finds the damage;
    a write attempted before that check ran waits for it and is refused. The file is never changed."""
    folder, db_path, before, entries = _tampered(case, big_vault, tmp_path)
    ring = MemoryKeyring()
    ring.entries.update(entries)
    vault = Vault(folder, OsKeyring(ring))
    vault.defer_checks = True
    try:
        database = vault.open_with_keyring().database
    except (DamagedDatabase, ForeignFile):
        report("tamper-deferred", case=repr(case), detected="at open")
    else:
        assert database is not None and not database.verified
        services = Services.over(database)
        with pytest.raises(DamagedDatabase):  # the write runs the check itself: nothing ran it yet
            services.caseload.add_resident(ResidentInput(display_name="Na de schade"))
        with pytest.raises(DamagedDatabase):
            database.verify()
        with pytest.raises(DamagedDatabase):  # and again: no write goes through after damage
            services.caseload.add_resident(ResidentInput(display_name="Nog een keer"))
        database.close()
        assert not (folder / "nabij.closed").exists(), "a damaged file was noted as closed cleanly"
        report("tamper-deferred", case=repr(case), detected="by the deferred check, writes refused")
    assert sha256_of(db_path) == before
    assert _side_files(folder).get("nabij.db-wal", 0) == 0


def test_deferred_check_on_the_worker_ends_in_the_problem_state(big_vault, tmp_path, qtbot):
    """The real threaded worker: the window paints first, the check runs beside it, then the damage shows."""
    from app.ui.application import AppController

    case = "middle page: body"
    folder, db_path, before, entries = _tampered(case, big_vault, tmp_path)
    ring = MemoryKeyring()
    ring.entries.update(entries)
    worker = Worker()
    controller = AppController(Vault(folder, OsKeyring(ring)), worker)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.problem is not None, timeout=20000)
        assert controller.window is None and controller.database is None
        _assert_restore_offer(controller, db_path)
        assert sha256_of(db_path) == before
    finally:
        worker.wait()
        if controller.dialog is not None:
            controller.dialog.rejected.disconnect()
            controller.dialog.close()
        controller.shutdown()


def test_tamper_summary(big_vault):
    """Runs after the matrix (same module, collected after it): one line with the totals so far."""
    report(
        "tamper-matrix",
        cases=len(CASES),
        ran=len(_FIGURES),
        detected=len(_FIGURES),
        pages=big_vault[2],
        left_empty_wal_and_shm=sum("nabij.db-shm" in v for v in _FIGURES.values()),
    )


def test_flipped_bit_in_wal(template_vault, tmp_path):
    """An uncheckpointed WAL with one flipped bit: what does the app see?

    SQLite checks each WAL frame's checksum, chained from the WAL header, when
    it rebuilds the WAL index. A frame that fails ends the valid log: that commit
    and all later ones are ignored, silently. The database opens as a consistent
    earlier state; the check cannot tell. We assert exactly that: no damage
    reported, a healthy file, a state that is one of the committed states, and
    nothing written to the database or the WAL by the read-only check.
    """
    live = tmp_path / "live"
    shutil.copytree(template_vault[0], live)
    ring = MemoryKeyring()
    ring.entries.update(template_vault[1])
    database = Vault(live, OsKeyring(ring)).open_with_keyring().database
    services = Services.over(database)
    rid = services.caseload.add_resident(ResidentInput(display_name="WAL"))
    meeting = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    commits = 12
    for i in range(1, commits + 1):
        services.meetings.save_text(meeting, {"notes": f"{i:04d}"})
    key = database.key_copy()
    wal = (live / "nabij.db-wal").read_bytes()
    frame = 24 + PAGE
    frames = (len(wal) - 32) // frame
    assert frames > commits, frames

    cases = {
        "WAL header: salt": 17,
        "WAL header: format version": 5,
        "first frame": 32 + 24 + 100,
        "middle frame": 32 + (frames // 2) * frame + 24 + 100,
        "last frame, page body": 32 + (frames - 1) * frame + 24 + 100,
        "last frame, page HMAC": 32 + (frames - 1) * frame + 24 + PAGE - 10,
        "last frame, frame header": 32 + (frames - 1) * frame + 10,
    }
    outcomes = {}
    for name, offset in cases.items():
        # A crash image: the database file and its WAL, copied while the app has them open.
        folder = tmp_path / name.replace(" ", "_").replace(",", "")
        folder.mkdir()
        shutil.copy2(live / "nabij.key", folder / "nabij.key")
        shutil.copy2(live / "nabij.db", folder / "nabij.db")
        damaged = bytearray(wal)
        damaged[offset] ^= 0x01
        (folder / "nabij.db-wal").write_bytes(bytes(damaged))
        db_sha, wal_sha = sha256_of(folder / "nabij.db"), sha256_of(folder / "nabij.db-wal")
        try:
            check_openable(folder / "nabij.db", key)
            verdict = "opens"
        except DamagedDatabase as exc:
            verdict = f"DamagedDatabase ({str(exc).split(': ', 1)[1].split('.')[0]})"
        row = None
        if verdict == "opens":
            con = connect_raw(folder / "nabij.db", key, read_only=True)
            try:
                row = con.execute("SELECT notes FROM meeting WHERE id = ?", (meeting,)).fetchone()
                integrity = con.execute("PRAGMA integrity_check").fetchall()
            finally:
                con.close()
            assert [r[0] for r in integrity] == ["ok"]
        seen = int(row[0]) if row and row[0] else 0
        assert 0 <= seen <= commits  # a committed state, never a mix
        assert sha256_of(folder / "nabij.db") == db_sha and sha256_of(folder / "nabij.db-wal") == wal_sha
        dropped = commits - seen if verdict == "opens" else "n/a"
        outcomes[name] = (verdict, dropped)
        report(
            "wal-flip",
            case=repr(name),
            check=repr(verdict),
            meeting_row=("present" if row else "absent") if verdict == "opens" else "n/a",
            commits_silently_dropped=dropped,
            of=commits,
        )
    database.close()
    report(
        "wal-flip-summary",
        cases=len(cases),
        opened_with_commits_silently_dropped=sum(1 for v, lost in outcomes.values() if v == "opens" and lost),
        opened_complete=sum(1 for v, lost in outcomes.values() if v == "opens" and not lost),
        reported_as_damaged=sum(1 for v, _ in outcomes.values() if v != "opens"),
    )

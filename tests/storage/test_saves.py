"""Saves that a -wal or an older file would lose are reported, never dropped silently (issue 15, WAL).

A crash image is the database and its -wal copied while Nabij has them open after N saves (every save
is synced before it is acknowledged, so this is what a power cut leaves). Into such images the tests
flip bits, delete or swap the -wal, or put back an older nabij.db, and open them through the vault as
the app does.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from app.services.caseload import CaseloadService, ResidentInput
from app.storage import saves
from app.storage.errors import OlderThanLastSave
from app.storage.keys import OsKeyring
from app.storage.vault import Vault

# About 165 frames (each save writes the resident, the index and its owner table): below the autocheckpoint
# (200 pages), so all of them stay in the -wal.
SAVES = 24


def _count_residents(database) -> int:
    return len(CaseloadService(database).list_residents())


def _image(vault: Vault, target: Path) -> Path:
    """A crash image of the open data folder: the database, its -wal, the key file and the save note."""
    target.mkdir()
    for name in ("nabij.db", "nabij.db-wal", "nabij.key", "nabij.saves"):
        if (vault.data_dir / name).exists():
            shutil.copy2(vault.data_dir / name, target / name)
    return target


def _open(folder: Path, ring):
    outcome = Vault(folder, OsKeyring(ring)).open_with_keyring()
    assert outcome.database is not None, outcome.problem
    return outcome.database


@pytest.fixture
def image(db, vault, tmp_path):
    """A crash image holding SAVES residents, all of them only in its -wal, every frame committed."""
    assert db.checkpoint() or True  # whatever the set-up wrote goes into the file first
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = _count_residents(db)
    caseload = CaseloadService(db)
    for i in range(SAVES):
        caseload.add_resident(ResidentInput(display_name=f"Bewoner {i}"))
    path = _image(vault, tmp_path / "image")
    report = saves.inspect_wal(path / "nabij.db-wal")
    assert report.frames > SAVES and report.recovered == report.frames and not report.broken
    return path, before


def test_a_clean_crash_image_opens_with_every_save(image, memory_keyring):
    path, before = image
    database = _open(path, memory_keyring)
    try:
        assert _count_residents(database) == before + SAVES
    finally:
        database.close()


def test_every_flipped_frame_is_recovered_or_reported(image, memory_keyring, tmp_path):
    """One bit flipped in the -wal header or in any frame: all saves open, or the open is refused with a reason."""
    path, before = image
    wal = (path / "nabij.db-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    frame = 24 + page_size
    frames = saves.inspect_wal(path / "nabij.db-wal").recovered
    rng = random.Random(15)
    spots = [rng.randrange(0, 32)]  # the header
    for n in range(frames):  # every frame: its header or its page
        spots.append(32 + n * frame + rng.randrange(0, frame))
    outcomes = {"all_saves": 0, "reported": 0, "silently_lost": 0}
    for k, at in enumerate(spots):
        case = tmp_path / f"flip{k}"
        shutil.copytree(path, case)
        damaged = bytearray(wal)
        damaged[at] ^= 1 << rng.randrange(8)
        (case / "nabij.db-wal").write_bytes(bytes(damaged))
        try:
            database = _open(case, memory_keyring)
        except OlderThanLastSave as exc:
            outcomes["reported"] += 1
            assert exc.kept is not None and exc.kept.read_bytes() == bytes(damaged)  # the -wal as it was, kept
            continue
        try:
            got = _count_residents(database)
        finally:
            database.close()
        outcomes["all_saves" if got == before + SAVES else "silently_lost"] += 1
    print(f"wal-flips: frames={frames} {outcomes}")
    assert outcomes["silently_lost"] == 0, outcomes
    assert outcomes["reported"] > 0


def test_a_deleted_wal_is_reported_and_the_older_state_can_be_chosen(image, memory_keyring):
    path, before = image
    (path / "nabij.db-wal").unlink()
    with pytest.raises(OlderThanLastSave) as caught:
        _open(path, memory_keyring)
    assert caught.value.missing == SAVES and caught.value.code == "db.older"
    vault = Vault(path, OsKeyring(memory_keyring))
    vault.accept_older_state()  # the consultant's choice in the start-up dialog
    database = _open(path, memory_keyring)
    try:
        assert _count_residents(database) == before
    finally:
        database.close()
    assert list(path.glob("nabij.saves.older-*")), "the old note is kept for reference"


def test_an_older_wal_is_reported(db, vault, memory_keyring, tmp_path):
    raw = db.engine.raw_connection()
    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    caseload = CaseloadService(db)
    for i in range(10):
        caseload.add_resident(ResidentInput(display_name=f"Eerst {i}"))
    early = _image(vault, tmp_path / "early")
    for i in range(10):
        caseload.add_resident(ResidentInput(display_name=f"Later {i}"))
    late = _image(vault, tmp_path / "late")
    shutil.copy2(early / "nabij.db-wal", late / "nabij.db-wal")
    with pytest.raises(OlderThanLastSave) as caught:
        _open(late, memory_keyring)
    assert caught.value.missing == 10


def test_an_older_database_copied_back_is_reported(db, vault, memory_keyring, tmp_path):
    caseload = CaseloadService(db)
    caseload.add_resident(ResidentInput(display_name="Voor de kopie"))
    db.close()  # a clean close: everything is in nabij.db
    old = tmp_path / "old.db"
    shutil.copy2(vault.data_dir / "nabij.db", old)
    database = _open(vault.data_dir, memory_keyring)
    CaseloadService(database).add_resident(ResidentInput(display_name="Na de kopie"))
    database.close()
    shutil.copy2(old, vault.data_dir / "nabij.db")
    with pytest.raises(OlderThanLastSave) as caught:
        _open(vault.data_dir, memory_keyring)
    assert caught.value.missing == 1


def test_a_failed_commit_is_never_noted(db, vault, memory_keyring, monkeypatch):
    """The note is read back after the commit: a unit that rolled back leaves the note where it was."""
    caseload = CaseloadService(db)
    caseload.add_resident(ResidentInput(display_name="Een"))
    noted = saves.recorded(vault.data_dir, db.db_id)
    with pytest.raises(RuntimeError), db.session() as session:
        from app.models.core import Resident

        session.add(Resident(display_name="Twee"))
        session.flush()
        raise RuntimeError("the unit fails after its write")
    db.close()
    assert saves.recorded(vault.data_dir, db.db_id) == noted
    database = _open(vault.data_dir, memory_keyring)  # and it opens: the note is not ahead of the file
    database.close()

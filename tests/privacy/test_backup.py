"""Backups: made while the app writes, restored into a fresh folder, equal, and refused when anything is off."""

from __future__ import annotations

import json
import threading
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.audit import AuditService
from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import MeetingService
from app.services.privacy import AccessExportService, BackupService
from app.services.settings import SettingsService
from app.services.wrapup import WrapUpService
from app.storage import backup
from app.storage.backup import BackupDamaged, BackupMode, NotABackup, TargetNotEmpty
from app.storage.errors import AlreadyExists, WrongPassphrase
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.privacy.support import contains_any, files_under, seed_resident

BACKUP_PASSPHRASE = "een eigen wachtwoord voor de kopie"


def _collect_all(db) -> dict[int, dict]:
    export = AccessExportService(db)
    out = {}
    for row in CaseloadService(db).list_residents("name"):
        data = export.collect(row.id)
        data.pop("generated_at")
        out[row.id] = data
    return out


def _open(target, memory_keyring, passphrase=None):
    vault = Vault(target, OsKeyring(memory_keyring))
    if passphrase is None:
        outcome = vault.open_with_keyring()
        assert outcome.database is not None, outcome.problem
        return outcome.database
    return vault.open_with_passphrase(passphrase)


@pytest.fixture
def made(db, tmp_path):
    """A database with two residents full of canaries, and a same-key backup of it."""
    seeded = [seed_resident(db, "a", cancelled=True), seed_resident(db, "b", close=False)]
    path = tmp_path / "usb" / backup.default_backup_name(datetime(2026, 12, 1, 9, 30))
    path.parent.mkdir()
    info = BackupService(db).make_backup(path)
    return seeded, path, info


def test_backup_while_writing_then_restore_gives_equal_data(db, vault, tmp_path, memory_keyring):
    seeded = [seed_resident(db, "a", cancelled=True), seed_resident(db, "b", close=False)]
    caseload, meetings, wrap = CaseloadService(db), MeetingService(db), WrapUpService(db)
    rid = caseload.add_resident(ResidentInput(display_name="Schrijver"))
    mid = meetings.plan(rid, datetime(2026, 12, 1, 9))
    written: list[int] = []
    errors: list[BaseException] = []
    warmed_up, stop = threading.Event(), threading.Event()

    def writer():
        try:
            i = 0
            while not stop.is_set() or i < 40:
                wrap.add_agreement(mid, f"afspraak {i}")
                meetings.save_text(mid, {"notes": f"versie {i}"})
                written.append(i)
                if i == 10:
                    warmed_up.set()
                i += 1
        except BaseException as exc:  # surfaced in the main thread
            errors.append(exc)
            warmed_up.set()

    thread = threading.Thread(target=writer)
    thread.start()
    assert warmed_up.wait(30)
    dest = tmp_path / "during.nabijbackup"
    try:
        info = backup.create_backup(db, dest)
        done_at_backup = len(written)
    finally:
        stop.set()
        thread.join(60)
    assert not errors, errors
    assert info.mode is BackupMode.SAME_KEY and info.size == dest.stat().st_size

    target = tmp_path / "restored"
    assert backup.restore_backup(dest, PASSPHRASE, target) == target
    assert sorted(p.name for p in target.iterdir()) == ["nabij.db", "nabij.key"]
    restored = _open(target, memory_keyring)  # same key: the OS keyring entry opens it too
    try:
        # one consistent snapshot: agreements 0..k-1 with no gaps, and the notes of the same moment
        texts = [a.text for a in WrapUpService(restored).open_agreements(rid)]
        k = len(texts)
        assert 10 <= k and texts == [f"afspraak {i}" for i in range(k)]
        assert MeetingService(restored).get(mid).notes in (f"versie {k - 1}", f"versie {k - 2}")
        assert k <= done_at_backup + 1
        live = _collect_all(db)
        copy = _collect_all(restored)
        for s in seeded:  # residents nobody wrote to meanwhile: equal in every field
            assert copy[s.resident_id] == live[s.resident_id]
    finally:
        restored.close()

    # quiet now: a second backup is equal in everything
    quiet = tmp_path / "quiet.nabijbackup"
    backup.create_backup(db, quiet)
    target2 = tmp_path / "restored2"
    backup.restore_backup(quiet, PASSPHRASE, target2)
    restored = _open(target2, memory_keyring)
    try:
        assert _collect_all(restored) == _collect_all(db)
    finally:
        restored.close()

    for path in (dest, quiet):
        for s in seeded:
            for c in s.all():
                assert not contains_any(path.read_bytes(), c), c
    # nothing left behind in the data folder or beside the backups
    assert sorted(p.name for p in vault.data_dir.iterdir()) == [
        "nabij.db",
        "nabij.db-shm",
        "nabij.db-wal",
        "nabij.key",
        "nabij.saves",
    ]
    assert not list(tmp_path.glob("*.part"))


def test_backup_is_audited_and_remembered(db, made):
    _seeded, path, info = made
    assert backup.read_backup_info(path) == info.__class__(**{**info.__dict__, "seconds": 0.0})
    assert SettingsService(db).last_backup_at() == info.created_at
    assert not BackupService(db).reminder_due()
    rows = AuditService(db).recent()
    assert [(r.action, r.object_type, r.object_id, r.result) for r in rows][0] == ("backup", "database", None, "ok")
    with pytest.raises(AlreadyExists):
        BackupService(db).make_backup(path)
    assert AuditService(db).recent()[0].result == "failed"
    again = BackupService(db).make_backup(path, overwrite=True)  # replaces it in one rename
    assert backup.read_backup_info(path).created_at == again.created_at
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_file_format_header(made):
    _seeded, path, info = made
    raw = path.read_bytes()
    assert raw[:8] == b"NABIJBK\x01"
    n = int.from_bytes(raw[8:12], "big")
    header = json.loads(raw[12 : 12 + n])
    assert header["format"] == "nabij-backup" and header["version"] == 1 and header["mode"] == "same_key"
    assert header["database"]["size"] == len(raw) - 12 - n == info.database_size
    assert header["key_file"]["format"] == "nabij-keyfile"
    assert raw[12 + n : 12 + n + 16] != b"SQLite format 3\x00"  # the database in it is encrypted
    assert set(header) == {
        "format",
        "version",
        "mode",
        "created_at",
        "app_version",
        "schema_revision",
        "cipher_version",
        "database",
        "key_file",
        "mac",
    }


def test_same_key_backup_restores_with_the_passphrase(made, tmp_path, memory_keyring):
    seeded, path, _info = made
    assert backup.verify_backup(path, PASSPHRASE).schema_revision
    with pytest.raises(WrongPassphrase):
        backup.verify_backup(path, "niet het goede wachtwoord")
    target = tmp_path / "fresh"
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(path, "niet het goede wachtwoord", target)
    assert not target.exists()
    memory_keyring.entries.clear()  # a new laptop: only the passphrase
    restored = backup.restore_backup(path, PASSPHRASE, target)
    db2 = _open(restored, memory_keyring, PASSPHRASE)
    try:
        assert CaseloadService(db2).count() == 2
        assert seeded[0].canaries["notes"] in MeetingService(db2).get(seeded[0].meeting_ids[0]).notes
    finally:
        db2.close()


def test_own_passphrase_backup(db, tmp_path, memory_keyring):
    seeded = seed_resident(db, "o")
    path = tmp_path / "eigen.nabijbackup"
    with pytest.raises(ValueError):
        backup.create_backup(db, path, mode=BackupMode.OWN_PASSPHRASE, passphrase="kort")
    info = backup.create_backup(db, path, mode=BackupMode.OWN_PASSPHRASE, passphrase=BACKUP_PASSPHRASE)
    assert info.mode is BackupMode.OWN_PASSPHRASE
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(path, PASSPHRASE, tmp_path / "x")  # the database passphrase does not open it
    assert not (tmp_path / "x").exists()
    target = backup.restore_backup(path, BACKUP_PASSPHRASE, tmp_path / "eigen")
    db2 = _open(target, memory_keyring, BACKUP_PASSPHRASE)
    try:
        assert db2.db_id != db.db_id  # a key and id of its own
        assert _collect_all(db2) == _collect_all(db)
    finally:
        db2.close()
    for c in seeded.all():
        assert not contains_any(path.read_bytes(), c)


def _damaged_copies(path, tmp_path, dek: bytearray):
    raw = path.read_bytes()
    n = int.from_bytes(raw[8:12], "big")
    header = json.loads(raw[12 : 12 + n])
    start = 12 + n
    copies = {}

    def put(name, data):
        p = tmp_path / f"{name}.nabijbackup"
        p.write_bytes(data)
        copies[name] = p

    put("cut_in_database", raw[: start + (len(raw) - start) // 2])
    put("cut_in_header", raw[: 12 + n // 2])
    put("cut_after_magic", raw[:10])
    put("extra_bytes", raw + b"\0" * 4096)
    flipped = bytearray(raw)
    flipped[start + 5000] ^= 0x01
    put("flipped_database_byte", bytes(flipped))
    changed = dict(header, created_at="2020-01-01T00:00:00+00:00")
    body = json.dumps(changed, sort_keys=True, indent=1).encode()
    put("changed_header", raw[:8] + len(body).to_bytes(4, "big") + body + raw[start:])
    # someone with the key who also fixes the checksum and the MAC: SQLCipher's page HMAC still notices
    forged_db = bytearray(raw[start:])
    forged_db[4096 * 2 + 100] ^= 0x01
    import hashlib

    forged = dict(header, database={"size": len(forged_db), "sha256": hashlib.sha256(forged_db).hexdigest()})
    forged["mac"] = backup._mac(dek, forged)
    body = json.dumps(forged, sort_keys=True, indent=1).encode()
    put("forged_with_key", raw[:8] + len(body).to_bytes(4, "big") + body + bytes(forged_db))
    put("newer_format", b"NABIJBK\x02" + raw[8:])
    for name, body in (
        ("header_is_a_list", b"[]"),
        ("mac_not_ascii", json.dumps(dict(header, mac="\u00e9"), ensure_ascii=False).encode()),
    ):
        put(name, raw[:8] + len(body).to_bytes(4, "big") + body + raw[start:])
    return copies


def test_truncated_or_tampered_backups_are_refused_and_leave_the_target_empty(made, tmp_path, key):
    _seeded, path, _info = made
    for name, bad in _damaged_copies(path, tmp_path, key).items():
        existing = tmp_path / f"target-{name}"
        existing.mkdir()  # an existing empty folder stays, empty
        with pytest.raises(BackupDamaged) as err:
            backup.restore_backup(bad, PASSPHRASE, existing)
        assert str(bad) in str(err.value), name
        assert list(existing.iterdir()) == [], name
        fresh = tmp_path / f"new-{name}"
        with pytest.raises(BackupDamaged):
            backup.restore_backup(bad, PASSPHRASE, fresh)
        assert not fresh.exists(), name
        with pytest.raises(BackupDamaged):
            backup.verify_backup(bad, PASSPHRASE)
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(5000))
    with pytest.raises(NotABackup):
        backup.restore_backup(junk, PASSPHRASE, tmp_path / "junk-target")
    assert not (tmp_path / "junk-target").exists()


def test_restore_refuses_a_folder_that_is_not_empty(made, tmp_path):
    _seeded, path, _info = made
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "notes.txt").write_text("van iemand anders")
    with pytest.raises(TargetNotEmpty):
        backup.restore_backup(path, PASSPHRASE, target)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    assert (target / "notes.txt").read_text() == "van iemand anders"
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(TargetNotEmpty):
        backup.restore_backup(path, PASSPHRASE, a_file)


def test_adopt_restored_keeps_the_replaced_database(db, vault, made, tmp_path, memory_keyring):
    _seeded, path, info = made
    CaseloadService(db).add_resident(ResidentInput(display_name="Na de kopie"))
    target = backup.restore_backup(path, PASSPHRASE, backup.restore_target_for(vault.data_dir))
    assert target.parent == vault.data_dir.parent
    db.close()
    # the lock file of a running app stays where it is
    (vault.data_dir / "nabij.lock").write_text("123")
    replaced = backup.adopt_restored(target, vault.data_dir)
    assert replaced is not None and replaced.parent == vault.data_dir
    assert (replaced / "nabij.db").exists() and (replaced / "nabij.key").exists()
    assert sorted(p.name for p in vault.data_dir.iterdir() if p.is_file()) == ["nabij.db", "nabij.key", "nabij.lock"]
    assert not target.exists()
    assert (vault.data_dir / "nabij.lock").read_text() == "123"
    reopened = _open(vault.data_dir, memory_keyring)
    try:
        BackupService(reopened).record_restore(backup_created_at=info.created_at)
        assert SettingsService(reopened).last_backup_at() == info.created_at
        assert CaseloadService(reopened).count() == 2  # as in the backup, without "Na de kopie"
        assert AuditService(reopened).recent()[0].action == "restore"
    finally:
        reopened.close()
    # the replaced database is intact and still opens
    assert files_under(replaced)
    old = Vault(replaced, OsKeyring(memory_keyring)).open_with_keyring().database
    try:
        assert CaseloadService(old).count() == 3
    finally:
        old.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.binary(max_size=300), prefix=st.sampled_from([b"", b"NABIJBK", b"NABIJBK\x01", b"NABIJBK\x01\x00\x00"]))
def test_any_garbage_gives_a_backup_error_and_nothing_else(tmp_path, tail, prefix):
    path = tmp_path / "garbage.nabijbackup"
    path.write_bytes(prefix + tail)
    with pytest.raises(backup.BackupError):
        backup.read_backup_info(path)

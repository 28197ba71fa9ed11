"""A canary typed into every field never reaches any file in plaintext: not the database,
its WAL or shared memory, the key file, the logs, the temp folder, a backup or a restored copy."""

from __future__ import annotations

import base64
import logging
import sys
import tempfile
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from app.logging_setup import configure_logging, shutdown_logging
from app.models import BaggageMark
from app.services.caseload import CaseloadService
from app.services.preparation import PreparationService
from app.services.privacy import AccessExportService, BackupService, ErasureService, RetentionService
from app.storage import backup
from app.storage.backup import BackupMode
from tests.conftest import PASSPHRASE
from tests.privacy.support import contains_any, decrypted_everything, files_under, leaks, seed_resident


def test_canary_never_reaches_a_file(db, vault, key, tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    usb = tmp_path / "usb"
    usb.mkdir()
    log_path = configure_logging(vault.data_dir)
    try:
        kept = seed_resident(db, "keep")
        erased = seed_resident(db, "gone", close=False, cancelled=True)
        purged = seed_resident(db, "old")
        log = logging.getLogger("app.canary_test")

        # the everyday paths: search, background, access export (bytes in memory only)
        caseload = CaseloadService(db)
        assert [r.id for r in caseload.list_residents(query=kept.canaries["agenda"])] == [kept.resident_id]
        PreparationService(db).background(kept.resident_id)
        export = AccessExportService(db)
        assert kept.canaries["notes"].encode() in export.export_json(kept.resident_id)
        assert export.export_pdf(kept.resident_id).startswith(b"%PDF")

        # careless logging and failures: the name as an argument, a SQL error with the note as parameter
        log.info("opened resident %s (%s)", kept.name, kept.resident_id)
        log.warning("draft %r", {"notes": kept.canaries["notes"]})
        try:
            with db.session() as s:
                for _ in range(2):
                    s.add(
                        BaggageMark(
                            meeting_id=erased.meeting_ids[0],
                            category_id="dup",
                            kind="life_story",
                            note=erased.canaries["baggage"],
                        )
                    )
        except IntegrityError:
            log.exception("saving a baggage mark failed")
        try:
            raise ValueError(f"bad input: {kept.canaries['summary']}")
        except ValueError:
            sys.excepthook(*sys.exc_info())

        # backups in both modes, checked, and restored
        service = BackupService(db)
        same = service.make_backup(usb / "same.nabijbackup")
        own = service.make_backup(
            usb / "own.nabijbackup", mode=BackupMode.OWN_PASSPHRASE, passphrase="een ander wachtwoord"
        )
        backup.verify_backup(same.path, PASSPHRASE)
        backup.verify_backup(own.path, "een ander wachtwoord")
        backup.restore_backup(same.path, PASSPHRASE, tmp_path / "restored")

        # erasure and purge
        ErasureService(db).erase(erased.resident_id, erased.name)
        RetentionService(db).purge([purged.resident_id], today=date(2030, 1, 1))
    finally:
        shutdown_logging()

    text = log_path.read_text("utf-8")
    assert "IntegrityError" in text and "ValueError" in text and "opened resident" in text  # the log did work
    canaries = kept.all() + erased.all() + purged.all()
    for root in (vault.data_dir, tmp, usb, tmp_path / "restored"):
        assert files_under(root) or root == tmp
        for c in canaries:
            assert leaks(root, c) == [], (root, c)

    # the data key itself is in no file, in any common spelling
    spellings = [bytes(key), bytes(key).hex().encode(), bytes(key).hex().upper().encode(), base64.b64encode(bytes(key))]
    for root in (vault.data_dir, tmp, usb, tmp_path / "restored"):
        for p in files_under(root):
            blob = p.read_bytes()
            assert not any(s in blob for s in spellings), p

    db.close()  # and after a clean close (WAL checkpointed into the file) still nothing
    for c in canaries:
        assert leaks(vault.data_dir, c) == []


@pytest.mark.parametrize("field", ["notes", "baggage", "agreement", "agenda", "name", "fact", "sphere"])
def test_each_field_is_in_the_database_only_encrypted(db, vault, key, field):
    """The canary is really stored (decrypting finds it) and yet no file shows it."""
    seeded = seed_resident(db, field[:3], drafts=1)
    assert contains_any(decrypted_everything(vault.db_path, key), seeded.canaries[field])
    assert leaks(vault.data_dir, seeded.canaries[field]) == []

"""Owner-only files on POSIX (issue 15, case 8): the data folder 0700, the key file, the database with
its -wal and -shm, and every backup Nabij writes 0600, whatever the umask. A folder made by an older
Nabij (0755, files 0644) is narrowed when it is opened. A passphrase change keeps the key file at
0600, or at the stricter mode it had (0444 becomes 0400, never 0644). Windows: tests/windows/."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from app.services.caseload import CaseloadService, ResidentInput
from app.services.privacy import BackupService
from app.storage import backup, keyfile
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes; Windows ACLs: tests/windows")

NEW_PASSPHRASE = "een nieuwe zin van vier woorden"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def generous_umask():
    """The common default: without Nabij's own modes, files would be 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _write_something(database) -> None:
    CaseloadService(database).add_resident(ResidentInput(display_name="Fatima"))


def test_a_new_data_folder_is_owner_only(tmp_path):
    vault = Vault(tmp_path / "nieuw", NoSecretStore())
    database = vault.create(PASSPHRASE)
    try:
        _write_something(database)
        wal, shm = Path(str(vault.db_path) + "-wal"), Path(str(vault.db_path) + "-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: oct(mode(p)) for p in (vault.data_dir, vault.key_path, vault.db_path, wal, shm)} == {
            "nieuw": "0o700",
            "nabij.key": "0o600",
            "nabij.db": "0o600",
            "nabij.db-wal": "0o600",
            "nabij.db-shm": "0o600",
        }
    finally:
        database.close()


def test_a_folder_left_open_by_an_older_nabij_is_narrowed_when_opened(data_dir):
    os.chmod(data_dir, 0o755)
    for name in ("nabij.key", "nabij.db"):
        os.chmod(data_dir / name, 0o644)
    database = Vault(data_dir, NoSecretStore()).open_with_passphrase(PASSPHRASE)
    try:
        _write_something(database)
        assert oct(mode(data_dir)) == "0o700"
        for name in ("nabij.key", "nabij.db", "nabij.db-wal", "nabij.db-shm"):
            assert oct(mode(data_dir / name)) == "0o600", name
    finally:
        database.close()


@pytest.mark.parametrize(("before", "after"), [(0o644, 0o600), (0o600, 0o600), (0o444, 0o400), (0o400, 0o400)])
def test_a_passphrase_change_never_widens_the_key_file(data_dir, before, after):
    vault = Vault(data_dir, NoSecretStore())
    os.chmod(vault.key_path, before)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert oct(mode(vault.key_path)) == oct(after)
    vault.open_with_passphrase(NEW_PASSPHRASE).close()  # and it is the new key file


def test_a_reset_passphrase_keeps_the_key_file_owner_only(data_dir):
    vault = Vault(data_dir, NoSecretStore())
    os.chmod(vault.key_path, 0o644)
    database = vault.open_with_passphrase(PASSPHRASE)
    try:
        vault.reset_passphrase(database, NEW_PASSPHRASE)
    finally:
        database.close()
    assert oct(mode(vault.key_path)) == "0o600"


def test_a_part_file_left_by_a_crash_does_not_lend_its_mode(data_dir):
    key_path = data_dir / "nabij.key"
    part = key_path.with_name("nabij.key.part")
    part.write_bytes(b"left by a crash")
    os.chmod(part, 0o666)
    keyfile.write(key_path, keyfile.read(key_path))
    assert oct(mode(key_path)) == "0o600" and not part.exists()


def test_backups_and_what_a_restore_unpacks_are_owner_only(db, tmp_path):
    path = tmp_path / "usb" / backup.default_backup_name(datetime(2026, 12, 1, 9, 30))
    path.parent.mkdir()
    BackupService(db).make_backup(path)
    assert oct(mode(path)) == "0o600"
    target = backup.restore_backup(path, PASSPHRASE, tmp_path / "teruggezet")
    assert oct(mode(target / "nabij.key")) == "0o600"
    assert oct(mode(target / "nabij.db")) == "0o600"


def test_a_folder_the_consultant_made_stricter_is_left_stricter(tmp_path):
    from app.storage import permissions

    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    os.chmod(folder, 0o555)
    permissions.tighten_folder(folder)
    assert oct(mode(folder)) == "0o500"  # narrowed, never widened to 0700
    os.chmod(folder, 0o700)

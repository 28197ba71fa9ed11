"""Foreign and damaged files get a clear message naming the file, and are never written to."""

from __future__ import annotations

import sqlite3

import pytest

from app.storage.engine import sha256_of
from app.storage.errors import DamagedDatabase, ForeignFile, KeyFileDamaged, KeyFileMissing
from app.storage.vault import Vault, VaultState
from tests.conftest import PASSPHRASE


def test_plain_sqlite_file_is_foreign(data_dir, vault):
    vault.db_path.unlink()
    con = sqlite3.connect(vault.db_path)
    con.execute("create table x (a)")
    con.commit()
    con.close()
    before = sha256_of(vault.db_path)
    assert vault.state() is VaultState.FOREIGN
    with pytest.raises(ForeignFile) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert str(vault.db_path) in str(err.value)
    assert sha256_of(vault.db_path) == before


def test_random_bytes_are_damaged(vault):
    vault.db_path.write_bytes(bytes(range(256)) * 64)
    before = sha256_of(vault.db_path)
    with pytest.raises(DamagedDatabase) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert str(vault.db_path) in str(err.value)
    assert sha256_of(vault.db_path) == before


def test_flipped_byte_in_page_one_is_damaged(vault):
    raw = bytearray(vault.db_path.read_bytes())
    raw[100] ^= 0xFF
    vault.db_path.write_bytes(bytes(raw))
    before = sha256_of(vault.db_path)
    with pytest.raises(DamagedDatabase):  # the keyring key is right: this is damage, not a key problem
        vault.open_with_keyring()
    with pytest.raises(DamagedDatabase):
        vault.open_with_passphrase(PASSPHRASE)
    assert sha256_of(vault.db_path) == before


def test_missing_key_file(vault):
    vault.key_path.unlink()
    before = sha256_of(vault.db_path)
    assert vault.state() is VaultState.KEY_FILE_MISSING
    with pytest.raises(KeyFileMissing) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert str(vault.key_path) in str(err.value)
    assert sha256_of(vault.db_path) == before


def test_damaged_key_file(vault):
    vault.key_path.write_text("{ not json")
    before = sha256_of(vault.db_path)
    with pytest.raises(KeyFileDamaged) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert str(vault.key_path) in str(err.value)
    assert sha256_of(vault.db_path) == before


def test_missing_database_with_key_file(vault):
    vault.db_path.unlink()
    assert vault.state() is VaultState.DATABASE_MISSING
    with pytest.raises(DamagedDatabase):
        vault.open_with_passphrase(PASSPHRASE)
    assert not vault.db_path.exists(), "never create a database to replace a missing one"


def test_new_folder_is_new(tmp_path):
    from app.storage.keys import NoSecretStore

    assert Vault(tmp_path / "empty", NoSecretStore()).state() is VaultState.NEW

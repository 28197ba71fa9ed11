"""Key faults: the app falls back to the passphrase, never makes a new key, never touches the file."""

from __future__ import annotations

import keyring.backends.fail
import keyring.backends.null
import keyring.core
import pytest

from app.models import Resident
from app.storage import keyfile
from app.storage.engine import sha256_of
from app.storage.errors import AlreadyExists, WrongPassphrase
from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.keyring_backend import MemoryKeyring


def _break_no_backend(ring):
    return OsKeyring(keyring.backends.fail.Keyring())


def _break_null(ring):
    return OsKeyring(keyring.backends.null.Keyring())


def _break_locked(ring):
    ring.locked = True
    return OsKeyring(ring)


def _break_deleted(ring):
    ring.entries.clear()
    return OsKeyring(ring)


def _break_wrong_key(ring):
    for k in ring.entries:
        ring.entries[k] = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="  # 32 bytes of 0x01
    return OsKeyring(ring)


def _break_garbage(ring):
    for k in ring.entries:
        ring.entries[k] = "not base64 at all!"
    return OsKeyring(ring)


FAULTS = {
    "no backend (NoKeyringError)": _break_no_backend,
    "null backend": _break_null,
    "keyring locked": _break_locked,
    "entry deleted": _break_deleted,
    "entry holds a wrong key": _break_wrong_key,
    "entry holds garbage": _break_garbage,
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_keyring_fault_falls_back_to_passphrase(fault, data_dir, memory_keyring):
    # Some data to find again.
    good = Vault(data_dir, OsKeyring(memory_keyring))
    db = good.open_with_keyring().database
    with db.session() as s:
        s.add(Resident(display_name="Fatima"))
    db.close()
    keyfile_before = good.key_path.read_bytes()
    db_hash = sha256_of(good.db_path)
    dek_check = keyfile.read(good.key_path).check

    store = FAULTS[fault](memory_keyring)
    vault = Vault(data_dir, store)
    outcome = vault.open_with_keyring()
    assert outcome.database is None
    assert outcome.problem  # a reason the UI shows
    assert sha256_of(vault.db_path) == db_hash, "a key problem must not touch the database"

    with pytest.raises(WrongPassphrase):
        vault.open_with_passphrase("not the passphrase")
    assert sha256_of(vault.db_path) == db_hash

    db = vault.open_with_passphrase(PASSPHRASE)
    with db.session() as s:
        assert [r.display_name for r in s.query(Resident)] == ["Fatima"]
    db.close()
    # Never a new key: the key file is the same file, the key check the same key.
    assert vault.key_path.read_bytes() == keyfile_before
    assert keyfile.read(vault.key_path).check == dek_check


def test_passphrase_unlock_repairs_a_deleted_keyring_entry(data_dir, memory_keyring):
    memory_keyring.entries.clear()
    vault = Vault(data_dir, OsKeyring(memory_keyring))
    vault.open_with_passphrase(PASSPHRASE).close()
    assert memory_keyring.entries, "the right key is put back in the keyring"
    outcome = Vault(data_dir, OsKeyring(memory_keyring)).open_with_keyring()
    assert outcome.database is not None
    outcome.database.close()


def test_keyring_path_costs_no_kdf(data_dir, memory_keyring, monkeypatch):
    calls = []
    real = keyfile.derive
    monkeypatch.setattr(keyfile, "derive", lambda *a, **k: calls.append(1) or real(*a, **k))
    outcome = Vault(data_dir, OsKeyring(memory_keyring)).open_with_keyring()
    assert outcome.database is not None
    outcome.database.close()
    assert calls == []


def test_change_passphrase_rewraps_without_rekeying(data_dir, memory_keyring):
    vault = Vault(data_dir, OsKeyring(memory_keyring))
    db_hash = sha256_of(vault.db_path)
    check = keyfile.read(vault.key_path).check
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert sha256_of(vault.db_path) == db_hash
    assert keyfile.read(vault.key_path).check == check
    with pytest.raises(WrongPassphrase):
        vault.open_with_passphrase(PASSPHRASE)
    vault.open_with_passphrase("a brand new passphrase").close()


def test_create_refuses_to_overwrite(data_dir):
    vault = Vault(data_dir, OsKeyring(MemoryKeyring()))
    db_hash = sha256_of(vault.db_path)
    with pytest.raises(AlreadyExists):
        vault.create("another passphrase here")
    assert sha256_of(vault.db_path) == db_hash


def test_short_passphrase_refused(tmp_path):
    with pytest.raises(ValueError):
        Vault(tmp_path, OsKeyring(MemoryKeyring())).create("short")
    assert not (tmp_path / "nabij.db").exists()


def test_argon2id_gives_the_same_key_as_before():
    """The reference Argon2id (which wipes the passphrase) derives what OpenSSL's did: old key files still open."""
    import os

    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from app.storage import keyfile

    salt = os.urandom(16)
    for passphrase in ("test passphrase 2026", "wachtzin met é en ü", "كلمة مرور طويلة جدا"):
        ours = keyfile.derive(passphrase, salt, keyfile.KdfParams())
        theirs = Argon2id(salt=salt, length=32, iterations=3, lanes=4, memory_cost=64 * 1024).derive(
            passphrase.encode("utf-8")
        )
        assert ours == theirs


def test_a_keyring_chosen_elsewhere_is_respected(monkeypatch, tmp_path):
    """The platform's keyring is named only when nobody chose one: a backend set with set_keyring
    (tests, tools) or named by IT in PYTHON_KEYRING_BACKEND is what the app uses."""
    from app.storage import keys

    ring = MemoryKeyring()
    previous = keyring.core._keyring_backend
    keyring.set_keyring(ring)
    try:
        assert keys.platform_backend() is None
        assert OsKeyring().backend is ring
    finally:
        keyring.core._keyring_backend = previous
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert keys.platform_backend() is None

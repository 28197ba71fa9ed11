"""The structural check is skipped only for a file exactly as Nabij left it at a clean close."""

from __future__ import annotations

import shutil

import pytest

from app.models import Resident
from app.storage import vault as vault_module
from app.storage.errors import DamagedDatabase
from app.storage.keys import OsKeyring
from app.storage.vault import CLOSED_NAME, Vault


@pytest.fixture
def spy(monkeypatch):
    calls = []
    real = vault_module.check_openable

    def check(path, key, *, full=True):
        calls.append(full)
        return real(path, key, full=full)

    monkeypatch.setattr(vault_module, "check_openable", check)
    return calls


def test_clean_close_then_quick_open(vault, spy):
    db = vault.open_with_keyring().database
    with db.session() as s:
        s.add(Resident(display_name="R"))
    db.close()
    assert (vault.data_dir / CLOSED_NAME).exists()
    vault.open_with_keyring().database.close()
    assert spy[-1] is False, "unchanged since the clean close: the HMAC check is enough"


def test_changed_file_gets_the_full_check(vault, spy, tmp_path):
    vault.open_with_keyring().database.close()
    shutil.copy2(vault.db_path, tmp_path / "copy.db")
    vault.db_path.write_bytes((tmp_path / "copy.db").read_bytes())  # same bytes, new time: someone wrote it
    vault.open_with_keyring().database.close()
    assert spy[-1] is True


def test_an_older_copy_stopped_part_way_is_caught(data_dir, memory_keyring):
    vault = Vault(data_dir, OsKeyring(memory_keyring))
    db = vault.open_with_keyring().database
    with db.session() as s:
        s.add_all(Resident(display_name=f"Oud {i} " + "x" * 800) for i in range(200))
    db.close()
    older = vault.db_path.read_bytes()
    db = vault.open_with_keyring().database
    with db.session() as s:
        for r in s.query(Resident):
            r.display_name = "Nieuw " + "y" * 900
        s.add_all(Resident(display_name=f"Extra {i} " + "z" * 800) for i in range(200))
    db.close()
    newer = bytearray(vault.db_path.read_bytes())
    cut = len(older) // 2 // 4096 * 4096
    newer[:cut] = older[:cut]
    vault.db_path.write_bytes(bytes(newer))
    with pytest.raises(DamagedDatabase):
        vault.open_with_keyring()

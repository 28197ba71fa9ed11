"""A first run is all or nothing (issue 15, case 6): made in a staging folder, moved into place last.

The disk-full runs through the real dialog are in tests/reliability/test_disk_full.py; here a crash
at each point of the first run is left behind by hand, and the next start must see either nothing
(the first-run dialog again, nothing that looks like a database) or the finished install.
"""

from __future__ import annotations

import os

import pytest

from app.services.profile import Profile, ProfileService
from app.storage import first_run
from app.storage.errors import AlreadyExists, StorageError
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault, VaultState
from tests.conftest import PASSPHRASE


def _staged(tmp_path, name="nieuw") -> tuple[Vault, object]:
    """A finished install, then taken apart into what a crash at some point would have left."""
    vault = Vault(tmp_path / name, NoSecretStore())
    vault.create(PASSPHRASE, prepare=lambda db: ProfileService(db).save(Profile("Sanne"))).close()
    for note in ("nabij.closed", "nabij.saves"):  # written only once the first run is in place
        (vault.data_dir / note).unlink(missing_ok=True)
    staging = vault.data_dir / f"{first_run.STAGING_PREFIX}abc123"
    staging.mkdir()
    return vault, staging


def test_a_crash_before_the_moves_leaves_a_first_run_again(tmp_path):
    vault, staging = _staged(tmp_path)
    for name in ("nabij.db", "nabij.key"):
        os.replace(vault.data_dir / name, staging / name)
    assert vault.state() is VaultState.NEW
    assert sorted(p.name for p in vault.data_dir.iterdir()) == []  # the half-made install is gone
    vault.create(PASSPHRASE).close()  # and a first run works (no "already exists")
    assert vault.state() is VaultState.READY


def test_a_crash_between_the_two_moves_is_completed(tmp_path):
    vault, staging = _staged(tmp_path)
    os.replace(vault.key_path, staging / "nabij.key")  # the database is in place, its key file is not
    assert vault.state() is VaultState.READY
    assert not staging.exists()
    database = vault.open_with_passphrase(PASSPHRASE)
    try:
        assert ProfileService(database).get().name == "Sanne"
    finally:
        database.close()


def test_a_failing_prepare_leaves_nothing_and_says_so_plainly(tmp_path):
    vault = Vault(tmp_path / "nieuw", NoSecretStore())

    def refuse(database):
        raise StorageError("the disk refused", code="disk.refused", folder=database.path.parent)

    with pytest.raises(StorageError) as err:
        vault.create(PASSPHRASE, prepare=refuse)
    assert err.value.code in ("disk.refused", "disk.full")
    assert err.value.params["folder"] == str(vault.data_dir)  # the data folder, not the staging folder
    assert sorted(p.name for p in vault.data_dir.iterdir()) == []
    assert vault.state() is VaultState.NEW


def test_an_existing_install_is_never_created_over(data_dir):
    vault = Vault(data_dir, NoSecretStore())
    with pytest.raises(AlreadyExists):
        vault.create(PASSPHRASE)
    assert not list(data_dir.glob(first_run.STAGING_PREFIX + "*"))

"""A fault only in the search index is repaired at open, never a refused database (issue 15, item 1)."""

from __future__ import annotations

import pytest

from app.services.caseload import CaseloadService, ResidentInput
from app.storage.engine import check_openable, connect_raw
from app.storage.errors import DamagedDatabase
from app.storage.keys import OsKeyring
from app.storage.vault import Vault


def _break_index(path, key) -> None:
    con = connect_raw(path, key)
    try:
        con.execute("UPDATE search_index_content SET c0 = 'iets heel anders'")  # the index no longer matches
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def test_a_damaged_search_index_is_rebuilt_at_open(db, vault, memory_keyring):
    CaseloadService(db).add_resident(ResidentInput(display_name="Fatima Zorgvuldig"))
    key = db.key_copy()
    db.close()
    _break_index(vault.db_path, key)
    with pytest.raises(DamagedDatabase) as caught:
        check_openable(vault.db_path, key)
    assert caught.value.params["why"] == "search_index"

    outcome = Vault(vault.data_dir, OsKeyring(memory_keyring)).open_with_keyring()
    assert outcome.database is not None, outcome.problem
    try:
        found = CaseloadService(outcome.database).list_residents(query="zorgvuldig")
        assert [r.display_name for r in found] == ["Fatima Zorgvuldig"]
        assert not CaseloadService(outcome.database).list_residents(query="anders")  # the broken text is gone
    finally:
        outcome.database.close()
    check_openable(vault.db_path, key)  # healthy again
    kept = list(vault.data_dir.glob("nabij.db.before-index-repair-*"))
    assert len(kept) == 1, "the file as it was is kept beside it"


def test_damage_outside_the_index_is_still_refused(db, vault, memory_keyring):
    CaseloadService(db).add_resident(ResidentInput(display_name="Een"))
    key = db.key_copy()
    db.close()
    con = connect_raw(vault.db_path, key)
    try:
        con.execute("PRAGMA writable_schema = ON")
        # An index of a data table that no longer matches its table: not the search index.
        con.execute("CREATE TABLE t_probe(x)")
        con.execute("CREATE INDEX t_probe_x ON t_probe(x)")
        con.execute("INSERT INTO t_probe VALUES (1), (2), (3)")
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 't_probe_x'").fetchone()[0]
        table_root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 't_probe'").fetchone()[0]
        con.execute(f"UPDATE sqlite_master SET rootpage = {table_root} WHERE name = 't_probe_x'")
        con.execute(f"UPDATE sqlite_master SET rootpage = {root} WHERE name = 't_probe'")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    with pytest.raises(DamagedDatabase) as caught:
        Vault(vault.data_dir, OsKeyring(memory_keyring)).open_with_keyring()
    assert caught.value.params["why"] != "search_index"
    assert not list(vault.data_dir.glob("nabij.db.before-index-repair-*"))


def test_a_backup_of_a_file_whose_index_is_damaged_is_made_and_restores(db, vault, memory_keyring, tmp_path):
    """The backup copy's index is made again before its check: neither the backup nor its restore is refused."""
    from app.storage import backup
    from tests.conftest import PASSPHRASE

    CaseloadService(db).add_resident(ResidentInput(display_name="Fatima Zorgvuldig"))
    key = db.key_copy()
    db.close()
    _break_index(vault.db_path, key)
    database = Vault(vault.data_dir, OsKeyring(memory_keyring)).open_with_keyring().database  # repaired here
    _break_index(vault.db_path, key)  # and broken again while open: the backup meets a damaged index
    try:
        backup.create_backup(database, tmp_path / "b.nabijbackup")
    finally:
        database.close()
    target = backup.restore_backup(tmp_path / "b.nabijbackup", PASSPHRASE, tmp_path / "restored")
    check_openable(target / "nabij.db", key)
    outcome = Vault(target, OsKeyring(memory_keyring)).open_with_keyring()
    assert outcome.database is not None, outcome.problem
    try:
        assert [r.display_name for r in CaseloadService(outcome.database).list_residents(query="zorgvuldig")]
    finally:
        outcome.database.close()

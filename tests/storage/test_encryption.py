"""The file on disk is really encrypted, and only the right key opens it."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3

from app.models import Resident
from app.storage import keyfile
from app.storage.engine import SQLITE_PLAIN_HEADER, connect_raw

CANARY = "kanarie-7f3a9c-geheim"


def _dek(vault, memory_keyring) -> bytearray:
    kf = keyfile.read(vault.key_path)
    dek = vault.secrets.get(kf.db_id)
    assert dek is not None and keyfile.dek_matches(kf, dek)
    return dek


def test_header_is_not_plaintext(db, vault):
    with db.session() as s:
        s.add(Resident(display_name=CANARY))
    db.close()
    head = vault.db_path.read_bytes()[:16]
    assert head != SQLITE_PLAIN_HEADER
    assert CANARY.encode() not in vault.db_path.read_bytes()


def test_stdlib_sqlite_cannot_read_it(db, vault):
    db.close()
    con = sqlite3.connect(vault.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("select count(*) from sqlite_master").fetchone()
    con.close()


def test_sqlcipher_with_the_right_raw_key_can(db, vault, memory_keyring):
    with db.session() as s:
        s.add(Resident(display_name=CANARY))
    db.close()
    con = connect_raw(vault.db_path, _dek(vault, memory_keyring))
    assert con.execute("select display_name from resident").fetchall() == [(CANARY,)]
    con.close()


def test_sqlcipher_with_a_wrong_key_cannot(db, vault):
    db.close()
    with pytest.raises(sqlcipher3.DatabaseError):
        connect_raw(vault.db_path, bytearray(32 * b"\x01"))


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_keyfile_parameters_meet_the_floor(vault):
    kf = keyfile.read(vault.key_path)
    assert kf.kdf.memory_kib >= 64 * 1024
    assert kf.kdf.iterations >= 3
    with pytest.raises(ValueError):
        keyfile.KdfParams(memory_kib=1024, iterations=1)


def test_close_drops_the_key(db):
    db.close()
    assert not db.is_open
    with pytest.raises(Exception):  # noqa: B017 (any refusal will do: the key is gone)
        with db.session() as s:
            s.get(Resident, 1)

"""Searches run on a connection of the database's own that does nothing else (issue 16): it finds what the
engine finds, sees every save at once, survives a fault by falling back to the engine, and is closed with the
database, so that on Windows the file can be moved or removed after a lock."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage import search
from app.storage.engine import driver_connection
from app.storage.errors import StorageError
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _engine_ids(db, words: str) -> list[int]:
    with db.reading() as s:
        return search.search_resident_ids(driver_connection(s.connection().connection), words)


@pytest.fixture
def caseload(db):
    services = Services.over(db)
    people = {
        name: services.caseload.add_resident(ResidentInput(display_name=name))
        for name in ("Fatima Fietsenmaker", "Jan Huurman", "Zeynep Zorg", "سارا احمدی")
    }
    for name, rid in people.items():
        mid = services.meetings.plan(rid, datetime(2026, 12, 8, 10))
        services.meetings.save_text(mid, {"notes": f"schuldhulp brief {name} " + "huurachterstand " * 50})
    return services, people


@pytest.mark.parametrize(
    "words", ["schuld brie", "huurachterstand", "Fietsen", "zorg", "احمدی", '"; DROP TABLE meeting; --', "✨ <b>x</b>"]
)
def test_finds_what_the_engine_finds(db, caseload, words):
    services, _people = caseload
    assert db.search_resident_ids(words) == _engine_ids(db, words)
    assert [r.id for r in services.caseload.list_residents(query=words)] or not _engine_ids(db, words)


def test_it_is_a_connection_of_its_own_and_sees_each_save_at_once(db, caseload):
    services, people = caseload
    assert db.search_resident_ids("Fietsenmaker") == [people["Fatima Fietsenmaker"]]
    own = db._search
    assert own is not None
    rid = services.caseload.add_resident(ResidentInput(display_name="Pieter Paardenbloem"))
    assert db.search_resident_ids("paardenbloem") == [rid]  # a save through the engine, seen here at once
    assert db._search is own  # the same connection, kept
    services.erasure.erase(rid, "Pieter Paardenbloem", vacuum=False)
    assert db.search_resident_ids("paardenbloem") == []


def test_a_broken_search_connection_falls_back_and_is_made_again(db, caseload):
    _services, people = caseload
    assert db.search_resident_ids("Huurman") == [people["Jan Huurman"]]
    assert db._search is not None
    db._search.close()  # broken under it: the next search raises on it
    assert db.search_resident_ids("Huurman") == [people["Jan Huurman"]]  # answered by the engine
    assert db._search is None
    assert db.search_resident_ids("Huurman") == [people["Jan Huurman"]]
    assert db._search is not None  # and opened again


def test_closed_with_the_database_so_the_file_can_be_moved(vault, caseload, db):
    assert db.search_resident_ids("zorg")
    db.close()
    assert db._search is None
    with pytest.raises(StorageError):
        db.search_resident_ids("zorg")  # locked: the usual refusal, from the engine
    # On Windows a handle still open would refuse this (PermissionError): every connection is gone.
    moved = vault.db_path.with_name("moved.db")
    os.replace(vault.db_path, moved)
    os.replace(moved, vault.db_path)
    again = Vault(vault.data_dir, NoSecretStore()).open_with_passphrase(PASSPHRASE)
    try:
        assert again.search_resident_ids("zorg")
    finally:
        again.close()

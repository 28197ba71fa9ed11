"""The search owner table (issue 16) stays in step with the index through every kind of change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.storage import search
from app.storage.engine import driver_connection
from app.storage.keys import NoSecretStore
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _pairs(db) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    with db.reading() as s:
        index = {(int(r[0]), int(r[1])) for r in s.execute(text("SELECT rowid, resident_id FROM search_index"))}
        owner = {(int(r[0]), int(r[1])) for r in s.execute(text("SELECT id, resident_id FROM search_owner"))}
    return index, owner


def _found(db, words: str) -> list[int]:
    with db.reading() as s:
        return search.search_resident_ids(driver_connection(s.connection().connection), words)


def test_owner_rows_follow_every_insert_update_and_delete(db):
    services = Services.over(db)
    people = [services.caseload.add_resident(ResidentInput(display_name=f"Inwoner {i}")) for i in range(4)]
    meetings = [services.meetings.plan(rid, datetime(2026, 12, 1 + i, 10)) for i, rid in enumerate(people)]
    agreements = [services.wrapup.add_agreement(mid, "fietsenwerkplaats bellen", "resident") for mid in meetings]
    for mid in meetings:
        services.preparation.add_agenda_item(mid, "Energieschuld bespreken")
        services.meetings.save_text(mid, {"notes": "huurachterstand " * 400})  # a long note
    index, owner = _pairs(db)
    assert index == owner and len(index) >= 4 * 4

    assert sorted(_found(db, "fietsenwerkplaats")) == sorted(people)
    services.wrapup.update_agreement(agreements[0], text="iets anders")
    services.wrapup.remove_agreement(agreements[1])
    assert sorted(_found(db, "fietsenwerkplaats")) == sorted(people[2:])
    services.erasure.erase(people[3], "Inwoner 3", vacuum=False)
    assert sorted(_found(db, "fietsenwerkplaats")) == [people[2]]
    assert sorted(_found(db, "energieschuld")) == sorted(people[:3])
    index, owner = _pairs(db)
    assert index == owner
    assert all(resident != people[3] for _rowid, resident in owner), "an erased resident left owner rows"


def test_the_index_repair_makes_the_owner_table_again(db, vault):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Fatima Zorgvuldig"))
    key = db.key_copy()
    db.close()
    search.repair_file(vault.db_path, key)
    again = Vault(vault.data_dir, NoSecretStore()).open_with_passphrase(PASSPHRASE)
    try:
        index, owner = _pairs(again)
        assert index == owner and index
        assert _found(again, "zorgvuldig") == [rid]
    finally:
        again.close()


def test_search_order_name_first_then_most_mentions(db):
    """The caseload's search order: the resident named by the word first, then whose texts say it most often."""
    services = Services.over(db)
    once = services.caseload.add_resident(ResidentInput(display_name="Inwoner Een"))
    named = services.caseload.add_resident(ResidentInput(display_name="Karim Bakkerij"))
    often = services.caseload.add_resident(ResidentInput(display_name="Inwoner Drie"))
    never = services.caseload.add_resident(ResidentInput(display_name="Inwoner Vier"))
    for rid, times in ((once, 1), (often, 3)):
        mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10))
        for i in range(times):
            services.wrapup.add_agreement(mid, f"langs bij de bakkerij {i}", "resident")
    services.meetings.plan(never, datetime(2026, 12, 3, 11))

    rows = services.caseload.list_residents(query="bakkerij")
    assert [r.id for r in rows] == [named, often, once]
    assert [r.id for r in services.caseload.list_residents(query="bakker")] == [named, often, once]

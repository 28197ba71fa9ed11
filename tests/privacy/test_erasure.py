"""Erasure: after erase() nothing of the resident can be found, not even with the key."""

from __future__ import annotations

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.models import (
    AgendaItem,
    Agreement,
    AuditEvent,
    BaggageMark,
    KnownFact,
    Meeting,
    PromptUse,
    Resident,
    SphereEntry,
)
from app.services.caseload import CaseloadService
from app.services.privacy import ErasureService, NameMismatch
from app.storage.engine import connect_raw
from tests.privacy.support import contains_any, decrypt_database, decrypt_wal, decrypted_everything, seed_resident


def _plaintext_export(db_path, key, out_path) -> bytes:
    """The whole database decrypted into a plain SQLite file (sqlcipher_export), as bytes."""
    con = connect_raw(db_path, key)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(out_path),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    return out_path.read_bytes()


def _fts_rows(path) -> list[str]:
    """Every row of the FTS5 shadow tables in the plaintext export, as text."""
    con = sqlcipher3.connect(str(path))
    try:
        out = []
        for table in ("search_index_data", "search_index_content", "search_index_idx", "search_index_docsize"):
            for row in con.execute(f"SELECT * FROM {table}"):
                out.append(repr(row))
        return out
    finally:
        con.close()


def _counts(db, resident_id: int, meeting_ids: list[int]) -> dict[str, int]:
    with db.session() as s:
        return {
            "resident": s.scalar(select(func.count()).select_from(Resident).where(Resident.id == resident_id)),
            "meeting": s.scalar(select(func.count()).select_from(Meeting).where(Meeting.resident_id == resident_id)),
            "agreement": s.scalar(
                select(func.count()).select_from(Agreement).where(Agreement.resident_id == resident_id)
            ),
            "known_fact": s.scalar(
                select(func.count()).select_from(KnownFact).where(KnownFact.resident_id == resident_id)
            ),
            **{
                model.__tablename__: s.scalar(
                    select(func.count()).select_from(model).where(model.meeting_id.in_(meeting_ids))
                )
                for model in (AgendaItem, BaggageMark, PromptUse, SphereEntry)
            },
        }


def test_erase_leaves_no_trace_even_with_the_key(db, vault, key, tmp_path):
    victim = seed_resident(db, "v", drafts=4, cancelled=True)
    keeper = seed_resident(db, "k", drafts=1, cancelled=True)
    # the scan can see the data at all: before erasure the victim is in the decrypted pages
    before = decrypted_everything(vault.db_path, key)
    assert all(contains_any(before, c) for c in victim.all())
    assert all(v > 0 for k, v in _counts(db, victim.resident_id, victim.meeting_ids).items())

    result = ErasureService(db).erase(victim.resident_id, f"  {victim.name} ")
    assert result.scrub.wal_truncated

    # every row is gone, through the cascades
    assert set(_counts(db, victim.resident_id, victim.meeting_ids).values()) == {0}
    caseload = CaseloadService(db)
    for c in victim.all():
        assert caseload.list_residents(query=c) == []
    assert [r.id for r in caseload.list_residents(query=keeper.canaries["notes"])] == [keeper.resident_id]

    # every page and every WAL frame, decrypted with the key: no trace, but the keeper is still there
    db_pages = decrypt_database(vault.db_path, key)
    wal_frames = decrypt_wal(vault.db_path.with_name(vault.db_path.name + "-wal"), key)
    for c in victim.all():
        assert not contains_any(db_pages, c), c
        assert not contains_any(wal_frames, c), c
    assert all(contains_any(db_pages + wal_frames, c) for c in keeper.all())

    # a decrypted export of the whole database, FTS5 shadow tables included
    plain = tmp_path / "plain.db"
    exported = _plaintext_export(vault.db_path, key, plain)
    assert exported.startswith(b"SQLite format 3\x00")
    fts = "\n".join(_fts_rows(plain))
    for c in victim.all():
        assert not contains_any(exported, c), c
        assert not contains_any(fts.encode(), c), c
    assert contains_any(exported, keeper.canaries["notes"])

    # and the raw encrypted files hold no plaintext at all
    for p in vault.data_dir.iterdir():
        if p.is_file():
            for c in victim.all() + keeper.all():
                assert not contains_any(p.read_bytes(), c), (p.name, c)

    # audited with the id only
    with db.session() as s:
        events = [(e.action, e.object_type, e.object_id, e.result) for e in s.scalars(select(AuditEvent))]
    assert ("erase", "resident", victim.resident_id, "ok") in events


def test_erase_after_close_and_reopen_also_scrubs(db, vault, key, memory_keyring):
    """The database was closed and reopened between writing and erasing (pages already checkpointed)."""
    victim = seed_resident(db, "w")
    db.close()
    outcome = vault.open_with_keyring()
    db2 = outcome.database
    try:
        ErasureService(db2).erase(victim.resident_id, victim.name)
        everything = decrypted_everything(vault.db_path, key)
        for c in victim.all():
            assert not contains_any(everything, c), c
    finally:
        db2.close()


def test_erasure_refuses_a_name_that_does_not_match(db):
    victim = seed_resident(db, "x")
    service = ErasureService(db)
    for wrong in ("", victim.name.lower(), victim.name + "x", victim.name.split()[0]):
        with pytest.raises(NameMismatch):
            service.erase(victim.resident_id, wrong)
    assert all(v > 0 for v in _counts(db, victim.resident_id, victim.meeting_ids).values())
    with db.session() as s:
        results = [e.result for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "erase"))]
    assert results == ["refused"] * 4
    with pytest.raises(LookupError):
        service.erase(999_999, "Niemand")


def test_keyed_connections_zero_deleted_content(db):
    """SQLCipher turns secure_delete on for keyed databases; erase.py sets it explicitly anyway.
    If a SQLCipher upgrade changes that default, this test says so."""
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1

"""Migrations: the fast head check agrees with Alembic, and a fresh database is at head."""

from __future__ import annotations

from app.storage import migrations


def test_head_read_from_files_matches_alembic():
    assert migrations.head_from_files() == migrations.head_revision()


def test_fresh_database_is_at_head_with_the_caseload_index(db):
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    with db.engine.connect() as conn:
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list('meeting')")}
    assert "ix_meeting_resident_status_starts" in indexes and "ix_meeting_resident_status" not in indexes

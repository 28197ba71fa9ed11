"""Retention dates, what is due for purge, and purging beyond recovery."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from app.models import AuditEvent, Resident
from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import MeetingService
from app.services.privacy import RetentionService, keep_until
from app.services.settings import SettingsService
from tests.privacy.support import contains_any, decrypted_everything, seed_resident

TODAY = date(2026, 12, 1)


def _resident(db, name: str, created: datetime) -> int:
    rid = CaseloadService(db).add_resident(ResidentInput(display_name=name))
    with db.session() as s:
        s.get(Resident, rid).created_at = created
    return rid


def _closed_meeting(db, rid: int, at: datetime) -> int:
    meetings = MeetingService(db)
    mid = meetings.plan(rid, at)
    meetings.close(mid)
    return mid


def test_keep_until_counts_calendar_months():
    assert keep_until(datetime(2024, 5, 2, 10), 24) == date(2026, 5, 2)
    assert keep_until(datetime(2025, 8, 31), 6) == date(2026, 2, 28)
    assert keep_until(datetime(2023, 8, 31), 6) == date(2024, 2, 29)
    assert keep_until(datetime(2024, 12, 15), 1) == date(2025, 1, 15)
    assert keep_until(datetime(2024, 1, 15), 240) == date(2044, 1, 15)


def test_retention_dates_and_due_list(db):
    svc = RetentionService(db)
    assert svc.months() == 24
    old = _resident(db, "Oud Contact", datetime(2023, 1, 10, 9))
    _closed_meeting(db, old, datetime(2023, 6, 1, 10))
    _closed_meeting(db, old, datetime(2024, 5, 2, 10))  # the latest closed meeting counts
    recent = _resident(db, "Recent Contact", datetime(2023, 1, 10, 9))
    _closed_meeting(db, recent, datetime(2026, 2, 3, 10))
    never = _resident(db, "Nooit Gesproken", datetime(2024, 10, 1, 9))  # created_at counts
    planned = _resident(db, "Nog Gepland", datetime(2022, 1, 1, 9))
    _closed_meeting(db, planned, datetime(2022, 2, 1, 10))
    MeetingService(db).plan(planned, datetime(2027, 1, 5, 10))  # contact has not ended

    assert svc.retention_date(old) == date(2026, 5, 2)
    assert svc.retention_date(never) == date(2026, 10, 1)
    assert svc.retention_date(recent) == date(2028, 2, 3)

    due = svc.due_for_purge(TODAY)
    assert [r.resident_id for r in due] == [old, never]  # oldest date first
    by_id = {r.resident_id: r for r in due}
    assert by_id[old].display_name == "Oud Contact"
    assert by_id[old].meeting_count == 2
    assert by_id[old].last_contact == datetime(2024, 5, 2, 10)
    assert by_id[never].meeting_count == 0
    assert by_id[never].last_contact == datetime(2024, 10, 1, 9)

    # a longer retention from the settings moves the dates
    SettingsService(db).set("retention_months", 36)
    assert svc.due_for_purge(TODAY) == []
    assert svc.retention_date(old) == date(2027, 5, 2)


def test_purge_deletes_only_due_residents_beyond_recovery(db, vault, key):
    first = seed_resident(db, "p")  # closed meeting on 2026-03-02: kept until 2028-03-02
    second = seed_resident(db, "q")
    keep = _resident(db, "Blijft Bewaard", datetime(2026, 11, 1))  # kept until 2028-11-01
    svc = RetentionService(db)
    day = date(2028, 3, 3)
    assert svc.due_for_purge(date(2028, 3, 2)) == []  # the retention date itself is still kept
    assert [r.resident_id for r in svc.due_for_purge(day)] == [first.resident_id, second.resident_id]

    result = svc.purge([first.resident_id, keep, second.resident_id, 424242, first.resident_id], today=day)
    assert result.purged == [first.resident_id, second.resident_id]
    assert result.skipped == [keep, 424242]  # not due, or unknown: left alone
    assert result.scrub is not None and result.scrub.wal_truncated
    with db.session() as s:
        assert s.get(Resident, keep) is not None
        assert s.get(Resident, first.resident_id) is None and s.get(Resident, second.resident_id) is None
        events = [
            (e.action, e.object_type, e.object_id, e.result)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "purge"))
        ]
    assert sorted(events) == [("purge", "resident", rid, "ok") for rid in sorted(result.purged)]
    everything = decrypted_everything(vault.db_path, key)
    for c in first.all() + second.all():
        assert not contains_any(everything, c), c
    assert svc.purge([keep], today=day).purged == []

"""The caseload's rows are computed again after every unit that changed the file, and never outlive the lock.

CaseloadService.list_residents keeps the rows of every resident while the file's save count is unchanged
(Database.unchanged_since), so that a search while typing only filters them (issue 16). Each test here
would fail if a kept row were shown after a change, or kept after the database closed.
"""

from __future__ import annotations

import gc
from datetime import datetime

from app.services.caseload import ResidentInput, ResidentRow
from app.services.registry import Services
from app.storage.database import Database


def test_a_search_after_a_write_shows_the_new_rows(db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Marieke Zoekvast"))
    first = services.caseload.list_residents(query="Zoekvast")
    assert [(r.id, r.next_meeting_at) for r in first] == [(rid, None)]

    when = datetime(2027, 1, 12, 9, 30)
    services.meetings.plan(rid, when)
    assert [r.next_meeting_at for r in services.caseload.list_residents(query="Zoekvast")] == [when]

    services.caseload.update_resident(rid, ResidentInput(display_name="Marieke Zoekvast-Bakker"))
    renamed = services.caseload.list_residents(query="Bakker")
    assert [(r.id, r.display_name) for r in renamed] == [(rid, "Marieke Zoekvast-Bakker")]
    assert [r.display_name for r in services.caseload.list_residents() if r.id == rid] == ["Marieke Zoekvast-Bakker"]


def test_a_write_through_another_connection_is_seen(db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Anouk Tweede"))
    assert [r.next_meeting_at for r in services.caseload.list_residents() if r.id == rid] == [None]

    second = Database(db.path, db.key_copy(), db.db_id)  # another engine on the same file: its own pool
    try:
        when = datetime(2027, 2, 3, 14, 0)
        Services.over(second).meetings.plan(rid, when)
    finally:
        second.close()
    assert [r.next_meeting_at for r in services.caseload.list_residents() if r.id == rid] == [when]
    assert [r.id for r in services.caseload.list_residents(query="Tweede")] == [rid]


def test_no_row_outlives_the_lock(db):
    services = Services.over(db)
    services.caseload.add_resident(ResidentInput(display_name="Sanne Vergeetmij"))
    rows = services.caseload.list_residents()
    assert any(r.display_name == "Sanne Vergeetmij" for r in rows)
    del rows
    db.close()
    gc.collect()
    left = [o for o in gc.get_objects() if isinstance(o, ResidentRow) and o.display_name == "Sanne Vergeetmij"]
    assert left == []

"""Reads that share one snapshot (Database.read_together), as opening a resident does (issue 16).

Sharing must never show what was there before a write on the same thread (the autosave that flushes
while the tabs load), and a read that fails must not take the later reads down with it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from app.services.caseload import ResidentInput
from app.services.registry import Services


def _meeting(db) -> tuple[Services, int]:
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Noor Samen"))
    return services, services.meetings.plan(rid, datetime(2027, 3, 4, 10, 0))


def test_the_reads_in_the_block_share_one_unit(db):
    with db.read_together():
        with db.reading() as first:
            pass
        with db.reading() as second:
            assert second is first
    with db.reading() as apart, db.reading() as other:
        assert apart is not other


def test_a_read_after_a_write_in_the_block_sees_the_write(db):
    services, mid = _meeting(db)
    with services.read_together():
        assert services.meetings.get(mid).goals == ""
        services.meetings.save_text(mid, {"goals": "Samen de post doornemen"})
        assert services.meetings.get(mid).goals == "Samen de post doornemen"
    assert services.meetings.get(mid).goals == "Samen de post doornemen"


def test_a_failed_read_leaves_the_later_reads_whole(db):
    services, mid = _meeting(db)
    with services.read_together():
        with pytest.raises(Exception, match="no such table"), db.reading() as s:
            s.execute(text("SELECT * FROM no_such_table"))
        assert services.meetings.get(mid).id == mid  # a unit of its own now: it reads as usual

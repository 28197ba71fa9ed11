"""The storage side of undo (a row deleted and put back whole; an id taken meanwhile) and of
meetings not held (refusals, nothing deleted, history and check-out)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import InvalidInput
from app.models.rules import DomainError, MeetingClosed
from app.services.caseload import ResidentInput
from app.services.registry import Services


@pytest.fixture
def s(db):
    return Services.over(db)


def _meeting(s, started=True):
    rid = s.caseload.add_resident(ResidentInput(display_name="Dhr. Smit"))
    mid = s.meetings.plan(rid, datetime(2026, 12, 1, 10))
    if started:
        s.meetings.start(mid)
    return rid, mid


def test_a_deleted_row_comes_back_whole_or_with_a_new_id_when_its_id_was_taken(s):
    rid, mid = _meeting(s)
    aid = s.wrapup.add_agreement(mid, "Bellen", "consultant", date(2026, 12, 8))
    before = s.undo.snapshot("agreement", aid)
    snap = s.undo.delete("agreement", aid)
    assert snap == before and s.undo.snapshot("agreement", aid) is None
    assert s.undo.restore(snap) == aid
    assert s.undo.snapshot("agreement", aid) == before
    snap = s.undo.delete("agreement", aid)
    taken = s.wrapup.add_agreement(mid, "Iets anders", "resident")  # SQLite may give it the freed id
    new_id = s.undo.restore(snap)
    restored = s.undo.snapshot("agreement", new_id)
    assert restored is not None and restored.as_dict() | {"id": aid} == before.as_dict()
    assert (new_id == aid) == (taken != aid)


def test_undo_keeps_the_rules_a_closed_meeting_is_not_changed(s):
    rid, mid = _meeting(s)
    item = s.preparation.add_agenda_item(mid, "Huur", "resident")
    snap = s.undo.delete("agenda_item", item)
    s.meetings.close(mid)
    with pytest.raises(MeetingClosed):
        s.undo.restore(snap)
    with pytest.raises(InvalidInput):
        s.undo.update("agreement", 1, {"resident_id": 2})


def test_cancel_needs_a_reason_and_only_a_meeting_still_to_come(s):
    rid, mid = _meeting(s, started=False)
    with pytest.raises(InvalidInput):
        s.meetings.cancel(mid, "   ")
    s.meetings.start(mid)
    with pytest.raises(DomainError):
        s.meetings.cancel(mid, "Ziek")
    with pytest.raises(DomainError):
        s.meetings.reschedule(mid, datetime(2026, 12, 2, 10), "office")


def test_a_no_show_is_history_but_not_a_check_out_or_contact(s):
    rid, mid = _meeting(s)
    s.meetings.no_show(mid)
    bg = s.preparation.background(rid)
    assert [(m.id, m.not_held) for m in bg.earlier] == [(mid, "no_show")]
    assert bg.last_checkout is None
    assert [r.last_contact_at for r in s.caseload.list_residents()] == [None]
    assert s.relationship.timeline(rid).points == []

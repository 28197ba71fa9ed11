"""Meeting lifecycle and carry-over, through the real services on an encrypted database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models.rules import DomainError, MeetingClosed
from app.services.caseload import CaseloadService, ResidentInput
from app.services.conversation import ConversationService
from app.services.meetings import MeetingService
from app.services.preparation import PreparationService
from app.services.wrapup import WrapUpService


@pytest.fixture
def svc(db):
    return (CaseloadService(db), MeetingService(db), PreparationService(db), ConversationService(db), WrapUpService(db))


def test_one_current_meeting_and_carry_over(svc):
    caseload, meetings, prep, conv, wrap = svc
    rid = caseload.add_resident(ResidentInput(display_name="Mevr. J. de Vries", address_form="u"))
    t0 = datetime(2026, 12, 1, 10, 0)
    m1 = meetings.plan(rid, t0, "office", goals="Kennismaken")
    with pytest.raises(DomainError):
        meetings.plan(rid, t0 + timedelta(days=7))
    a = prep.add_agenda_item(m1, "Schulden", "resident")
    prep.add_agenda_item(m1, "Werk zoeken", "consultant")
    prep.update_agenda_item(a, discussed=True)
    wrap.add_agreement(m1, "Brief van de bank meenemen", "resident", date(2026, 12, 12))
    done = wrap.add_agreement(m1, "Bijzondere bijstand uitzoeken", "consultant")
    wrap.update_agreement(done, status="done")
    conv.dont_ask_again(m1, "Heeft twee kinderen, 4 en 7", "children")
    wrap.set_next_appointment(m1, t0 + timedelta(days=14), "home")
    m2 = meetings.close(m1)
    assert m2 is not None and meetings.current_meeting_id(rid) == m2

    with pytest.raises(MeetingClosed):
        meetings.save_text(m1, {"notes": "changed after closing"})

    detail = meetings.get(m2)
    carried = [(i.text, i.carried_over) for i in detail.agenda]
    assert ("Brief van de bank meenemen", True) in carried  # open agreement
    assert ("Werk zoeken", True) in carried  # undiscussed item
    assert all(text != "Schulden" for text, _ in carried)  # discussed: not carried
    assert all(text != "Bijzondere bijstand uitzoeken" for text, _ in carried)  # done: not carried
    assert detail.place == "home"

    bg = prep.background(rid, before_meeting=m2)
    assert [a.text for a in bg.open_agreements["resident"]] == ["Brief van de bank meenemen"]
    assert [f.text for f in bg.facts] == ["Heeft twee kinderen, 4 en 7"]
    assert [e.id for e in bg.earlier] == [m1]

    # The normal way to close plans the next meeting; reopening the closed one still works, the
    # planned one stays planned, and closing again does not plan a second one.
    meetings.reopen(m1)
    assert meetings.status(m1) == "in_progress" and meetings.status(m2) == "planned"
    assert meetings.current_meeting_id(rid) == m1
    meetings.save_text(m1, {"notes": "aangevuld na heropenen"})
    assert meetings.close(m1) == m2
    assert meetings.status(m2) == "planned" and meetings.current_meeting_id(rid) == m2

    meetings.start(m2)  # once the next one is in progress, only one may be
    with pytest.raises(DomainError):
        meetings.reopen(m1)
    assert meetings.status(m1) == "closed"


def test_search_finds_names_agenda_agreements_notes(svc):
    caseload, meetings, prep, conv, wrap = svc
    r1 = caseload.add_resident(ResidentInput(display_name="Özlem Yıldız", client_number="KL-4411"))
    r2 = caseload.add_resident(ResidentInput(display_name="Piet Jansen"))
    m = meetings.plan(r2, datetime(2026, 12, 2, 9, 0))
    prep.add_agenda_item(m, "Energietoeslag aanvragen")
    wrap.add_agreement(m, "Contact opnemen met de woningcorporatie")
    meetings.save_text(m, {"notes": "Wil graag vrijwilligerswerk bij de voedselbank"})
    ids = lambda q: [r.id for r in caseload.list_residents(query=q)]  # noqa: E731
    assert ids("ozlem") == [r1]  # diacritics folded
    assert ids("KL-4411") == [r1]
    assert ids("energie") == [r2]
    assert ids("woningcorp") == [r2]
    assert ids("voedselbank") == [r2]
    assert ids("bestaatniet") == []
    meetings.save_text(m, {"notes": "iets anders"})
    assert ids("voedselbank") == []  # the index follows updates


def test_sorting(svc):
    caseload, meetings, *_ = svc
    a = caseload.add_resident(ResidentInput(display_name="A"))
    b = caseload.add_resident(ResidentInput(display_name="B"))
    c = caseload.add_resident(ResidentInput(display_name="C"))
    meetings.plan(a, datetime(2027, 1, 5, 9))
    meetings.plan(b, datetime(2026, 12, 5, 9))
    m = meetings.plan(c, datetime(2026, 10, 1, 9))
    meetings.close(m)
    assert [r.id for r in caseload.list_residents("next")] == [b, a, c]
    assert [r.id for r in caseload.list_residents("last")][0] == c


def test_reorder_agenda(svc):
    caseload, meetings, prep, *_ = svc
    rid = caseload.add_resident(ResidentInput(display_name="R"))
    m = meetings.plan(rid, datetime(2026, 12, 1, 9))
    ids = [prep.add_agenda_item(m, t) for t in ("een", "twee", "drie")]
    prep.reorder_agenda(m, [ids[2], ids[0], ids[1]])
    assert [i.text for i in meetings.get(m).agenda] == ["drie", "een", "twee"]


def test_carry_over_does_not_repeat_an_item(svc):
    caseload, meetings, prep, conv, wrap = svc
    rid = caseload.add_resident(ResidentInput(display_name="R"))
    m1 = meetings.plan(rid, datetime(2026, 12, 1, 9))
    wrap.add_agreement(m1, "Buurthuis bellen")
    meetings.close(m1)
    m2 = meetings.plan(rid, datetime(2026, 12, 8, 9))  # carries the open agreement, left undiscussed
    meetings.close(m2)
    m3 = meetings.plan(rid, datetime(2026, 12, 15, 9))
    assert [i.text for i in meetings.get(m3).agenda] == ["Buurthuis bellen"]

"""Issue 10 services: the relationship timeline, file reading, self-check, handover, signals."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from app.models.rules import MeetingClosed
from app.services.caseload import ResidentInput
from app.services.profile import Profile
from app.services.registry import Services
from app.services.relationship import RelationshipService, SelfCheckAnswers
from app.services.signals import NotAnonymous, SignalService

PLACEHOLDERS = {"name": "[naam]", "email": "[e-mail]", "postcode": "[postcode]", "number": "[nummer]"}


@pytest.fixture
def services(db):
    return Services.over(db)


def test_timeline_counts_kept_agreements_per_side(services, db):
    rel = RelationshipService(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Kees", consultant_count=4))
    m1 = services.meetings.plan(rid, datetime(2026, 9, 1, 10))
    done_r = services.wrapup.add_agreement(m1, "Loonstrook meenemen", "resident")
    services.wrapup.add_agreement(m1, "Cv maken", "resident")
    done_c = services.wrapup.add_agreement(m1, "Bellen met de woningcorporatie", "consultant")
    dropped_c = services.wrapup.add_agreement(m1, "Cursus zoeken", "consultant")
    services.wrapup.add_agreement(m1, "Samen naar het buurthuis", "together")
    services.wrapup.set_checkout_score(m1, 2)
    services.meetings.close(m1)
    m2 = services.meetings.plan(rid, datetime(2026, 10, 1, 10))
    for aid in (done_r, done_c):
        services.wrapup.update_agreement(aid, status="done")
    services.wrapup.update_agreement(dropped_c, status="dropped")
    services.wrapup.set_checkout_score(m2, 4)

    timeline = rel.timeline(rid)
    assert [p.feeling for p in timeline.points] == [2, 4]
    assert timeline.kept["resident"] == {"open": 1, "done": 1, "dropped": 0}
    assert timeline.kept["consultant"] == {"open": 0, "done": 1, "dropped": 1}
    assert timeline.kept["together"] == {"open": 1, "done": 0, "dropped": 0}
    assert timeline.kept_ratio("consultant") == 0.5 and timeline.kept_ratio("together") is None
    assert timeline.consultant_count == 4


def test_file_reading_and_correction(services, db):
    rel = RelationshipService(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    rel.save_file_reading(mid, what_i_read="Je hebt in 2024 een aanvraag gedaan.", why="Om niet opnieuw te vragen.")
    rel.save_file_reading(mid, resident_agrees=False, correction="Het was in 2023.")
    note = rel.file_reading(mid)
    assert (note.what_i_read, note.resident_agrees, note.correction) == (
        "Je hebt in 2024 een aanvraag gedaan.",
        False,
        "Het was in 2023.",
    )
    services.meetings.close(mid)
    with pytest.raises(MeetingClosed):
        rel.save_file_reading(mid, why="later")


def test_self_check_is_stored_and_exported_anonymously(services, db):
    rel = RelationshipService(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Anoniem Canary"))
    mid = services.meetings.plan(rid, datetime(2026, 11, 3, 10))
    services.meetings.close(mid)
    rel.save_self_check(SelfCheckAnswers(mid, 3, 2, 1))  # allowed after closing
    assert rel.self_check(mid) == SelfCheckAnswers(mid, 3, 2, 1)
    with pytest.raises(ValueError):
        rel.save_self_check(SelfCheckAnswers(mid, 7, None, None))
    exported = rel.self_check_export_csv()
    assert "2026-11,real_conversation,3,1" in exported
    assert "Canary" not in exported and str(mid) + "," not in exported.split("\n", 1)[1].split(",")[0]


def test_handover_keeps_latest_and_lists_open_agreements(services, db):
    rel = RelationshipService(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10))
    services.wrapup.add_agreement(mid, "Aanvraag bijzondere bijstand afmaken", "consultant")
    rel.save_handover(rid, "We werken aan schulden en werk.", "Graag geen telefoon voor 10 uur.")
    rel.save_handover(rid, "We werken aan schulden, werk en taal.", "Graag geen telefoon voor 10 uur.")
    note = rel.handover(rid)
    assert note.text == "We werken aan schulden, werk en taal."
    assert note.open_agreements == ["Aanvraag bijzondere bijstand afmaken"]


CANARY_NAMES = ["Xandriaan Qwibbel", "Mevr. Zolotova-Brink"]


def test_scrubber_flags_names_numbers_email_postcode(services, db):
    for name in CANARY_NAMES:
        services.caseload.add_resident(ResidentInput(display_name=name, initials="X.Q."))
    services.profile.save(Profile(name="Sanne Verbeek"))
    scrubber = SignalService(db).scrubber()
    text = (
        "Qwibbel kreeg drie brieven; mail naar x.q@example.nl, woont 1234 AB, klantnummer 88-1234-5, "
        "Zolotova vindt het oneerlijk en Sanne ook"
    )
    kinds = [(f.kind, f.text) for f in scrubber.findings(text)]
    assert ("name", "Qwibbel") in kinds and ("name", "Zolotova") in kinds and ("name", "Sanne") in kinds
    assert ("email", "x.q@example.nl") in kinds
    assert ("postcode", "1234 AB") in kinds
    assert ("number", "88-1234-5") in kinds
    assert ("name", "drie") not in kinds and ("name", "oneerlijk") not in kinds
    clean = scrubber.scrub(text, PLACEHOLDERS)
    for secret in ("Qwibbel", "Zolotova", "x.q@example.nl", "1234 AB", "88-1234-5", "Sanne"):
        assert secret not in clean


def test_signal_refused_until_anonymous_and_export_has_no_canaries(services, db):
    for name in CANARY_NAMES:
        services.caseload.add_resident(ResidentInput(display_name=name, client_number="KN-77123"))
    signals = SignalService(db)
    with pytest.raises(NotAnonymous) as err:
        signals.create("sys_threatening_letters", "Xandriaan vond de brief van 12 mei dreigend", True)
    assert {f.kind for f in err.value.findings} == {"name", "number"}
    signals.create("sys_threatening_letters", "Brieven voelen dreigend en onduidelijk", True, today=date(2026, 11, 5))
    signals.create(
        "sys_many_consultants", "Weer een nieuwe consulent, weer opnieuw beginnen", False, today=date(2026, 10, 2)
    )
    # A signal written before a resident with that name was added: caught at export.
    signals.create("sys_distrust", "Wantrouwen bij controle van Brinkman", True, today=date(2026, 11, 9))
    services.caseload.add_resident(ResidentInput(display_name="Dhr. Brinkman"))

    rows = signals.rows_in_period()
    counts = signals.counts(rows)
    assert counts[("sys_threatening_letters", "2026-11")] == 1 and counts[("sys_many_consultants", "2026-10")] == 1
    shareable = signals.shareable(rows, PLACEHOLDERS)
    data = SignalService.to_csv(shareable, lambda c: c, ("period", "team", "category", "text")).decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(data)))
    assert len(parsed) == 1 + 2, "only signals with consent leave the laptop"
    for canary in ("Xandriaan", "Qwibbel", "Zolotova", "KN-77123", "77123", "Brinkman"):
        assert canary not in data

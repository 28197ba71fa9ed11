"""Handover package: export from one vault, import into another; refusals leave the target unchanged."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from app.models import Base, Meeting
from app.services import handover_package as package
from app.services.caseload import ResidentInput
from app.services.handover import Consent, HandoverService
from app.services.registry import Services

NOTE = "kanarie-notitie-93"
BAGGAGE = "kanarie-bagage-17"
SHARED_NOTE = "gedeelde-notitie-41"


def _sender(db):
    services = Services.over(db)
    rid = services.caseload.add_resident(
        ResidentInput(
            display_name="Mevr. Kaya ‏שלום 🙂 <b>x</b>",
            initials="F.K.",
            address_form="u",
            preferred_channel="letter",
            language="Turks",
            brings_companion=True,
            preferred_place="home",
            consultant_count=3,
        )
    )
    first = services.meetings.plan(rid, datetime(2026, 10, 1, 10))
    services.conversation.dont_ask_again(first, "Heeft drie kinderen")
    services.conversation.dont_ask_again(first, "x" * 100_000)
    services.wrapup.add_agreement(first, "Huurcontract meenemen", "resident", date(2026, 12, 20))
    done = services.wrapup.add_agreement(first, "Al gedaan", "consultant")
    services.wrapup.update_agreement(done, status="done")
    services.meetings.save_text(first, {"notes": NOTE, "checkout_words": "Zwaar, maar gehoord"})
    services.wrapup.set_checkout_score(first, 2)
    services.conversation.set_baggage(first, "divorce", "life_story", True, BAGGAGE)
    services.relationship.save_file_reading(first, what_i_read="Je woont sinds mei hier", why="Voor de huur")
    services.relationship.save_file_reading(first, resident_agrees=False, correction="Sinds april")
    services.meetings.close(first)
    second = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    services.meetings.save_text(second, {"notes": SHARED_NOTE, "checkout_words": "Beter"})
    services.wrapup.set_checkout_score(second, 4)
    services.wrapup.add_agreement(second, "Samen bellen met de woningcorporatie", "together")
    services.meetings.close(second)
    services.relationship.save_handover(rid, HANDOVER_NOTE, "Graag een vaste consulent")
    return services, rid, first, second


def _snapshot(db) -> dict[str, list[tuple]]:
    with db.reading() as s:
        return {t.name: [tuple(r) for r in s.execute(select(t))] for t in Base.metadata.sorted_tables}


CONSENT = Consent(given=True)
HANDOVER_NOTE = "Samen geschreven: liever per brief, iemand mag mee."


def test_round_trip_between_two_vaults_field_by_field(db, other_db):
    services, rid, first, second = _sender(db)
    sent = HandoverService(db).collect(rid, CONSENT)
    sealed = HandoverService(db).export(rid, CONSENT)
    # The canaries are nowhere: not in the file, not in the decrypted payload.
    opened = package.unseal(sealed.data, sealed.passphrase)
    plain = json.dumps(opened, ensure_ascii=False)
    for canary in (NOTE, BAGGAGE, SHARED_NOTE, "divorce"):
        assert canary.encode() not in sealed.data and canary not in plain
    assert b"Huurcontract" not in sealed.data  # the file is encrypted
    assert {k: v for k, v in opened.items() if k != "made_at"} == {k: v for k, v in sent.items() if k != "made_at"}

    new_id = HandoverService(other_db).import_(sealed.data, sealed.passphrase)
    target = Services.over(other_db)
    received = HandoverService(other_db).collect(new_id, Consent(given=True))
    # Everything exported arrives equal, field by field (one more consultant now: you).
    expected = dict(sent)
    expected["resident"] = {**sent["resident"], "consultant_count": sent["resident"]["consultant_count"] + 1}
    for key in (
        "resident",
        "handover_note",
        "agreements",
        "checkout_trend",
        "file_reading",
        "shared_notes",
        "shared_baggage",
    ):
        assert received[key] == expected[key], key
    assert [(f["text"], f["category_id"]) for f in received["facts"]] == [
        (f["text"], f["category_id"]) for f in sent["facts"]
    ]
    assert [a["text"] for a in received["agreements"]] == [
        "Huurcontract meenemen",
        "Samen bellen met de woningcorporatie",
    ]
    # The history is marked handed over, and the handover note is there.
    with other_db.reading() as s:
        meetings = list(s.scalars(select(Meeting).where(Meeting.resident_id == new_id)))
    assert meetings and all(m.handed_over_at is not None for m in meetings)
    assert target.relationship.handover(new_id).text == HANDOVER_NOTE
    bg = target.preparation.background(new_id)
    assert bg.last_checkout is not None and bg.last_checkout.words == "Beter"
    # Audit on both sides.
    assert [e.action for e in Services.over(db).audit.recent()][:2] == ["handover_export", "handover_consent"]
    assert [(e.action, e.object_id) for e in target.audit.recent()][-1] == ("handover_import", new_id)


def test_notes_and_baggage_go_only_item_by_item(db, other_db):
    services, rid, first, second = _sender(db)
    with db.reading() as s:
        mark_id = s.scalar(text("SELECT id FROM baggage_mark"))
    consent = Consent(given=True, shared_note_meetings=frozenset({second}), shared_baggage_marks=frozenset({mark_id}))
    sealed = HandoverService(db).export(rid, consent)
    opened = package.unseal(sealed.data, sealed.passphrase)
    assert [n["text"] for n in opened["shared_notes"]] == [SHARED_NOTE]
    assert NOTE not in json.dumps(opened)  # the other meeting's note was not agreed
    assert [b["note"] for b in opened["shared_baggage"]] == [BAGGAGE]
    new_id = HandoverService(other_db).import_(sealed.data, sealed.passphrase)
    with other_db.reading() as s:
        notes = [m.notes for m in s.scalars(select(Meeting).where(Meeting.resident_id == new_id))]
    assert SHARED_NOTE in "\n".join(notes)


def test_no_consent_no_package(db):
    services, rid, *_ = _sender(db)
    with pytest.raises(Exception) as caught:
        HandoverService(db).export(rid, Consent(given=False))
    assert getattr(caught.value, "code", "") == "handover.no_consent"


def _refused(other_db, data: bytes, passphrase: str, reason: str) -> None:
    before = _snapshot(other_db)
    with pytest.raises(package.PackageRefused) as caught:
        HandoverService(other_db).import_(data, passphrase)
    assert caught.value.reason == reason
    assert caught.value.code == f"handover.{reason}"
    assert _snapshot(other_db) == before


def test_wrong_passphrase_is_refused_and_nothing_written(db, other_db):
    services, rid, *_ = _sender(db)
    sealed = HandoverService(db).export(rid, CONSENT)
    _refused(other_db, sealed.data, package.new_passphrase(), "wrong_passphrase")


def test_tampered_package_is_refused_and_nothing_written(db, other_db):
    services, rid, *_ = _sender(db)
    sealed = HandoverService(db).export(rid, CONSENT)
    body = bytearray(sealed.data)
    body[-5] ^= 0x01  # one bit in the ciphertext
    _refused(other_db, bytes(body), sealed.passphrase, "wrong_passphrase")
    head, _, rest = sealed.data.partition(b"\n")
    header = json.loads(head)
    header["kdf"]["iterations"] += 1  # a changed header is associated data: refused too
    changed = json.dumps(header, sort_keys=True, separators=(",", ":")).encode() + b"\n" + rest
    _refused(other_db, changed, sealed.passphrase, "wrong_passphrase")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 not ours", "foreign"),
        (b'{"format": "nabij-backup", "version": 1}\nxxxx', "foreign"),
        (b'{"format": "nabij-handover", "version": 99}\nxxxx', "newer_version"),
        (
            b'{"format": "nabij-handover", "version": 1, "kdf": {"name": "argon2id", "memory_kib": 99999999,'
            b' "iterations": 3, "lanes": 4}, "salt": "", "nonce": ""}\nxx',
            "damaged",
        ),
        (b"[" * 5000 + b"\n", "foreign"),
        (b"x" * (package.MAX_FILE_BYTES + 1), "too_large"),
    ],
)
def test_foreign_and_hostile_files_are_refused_before_any_key_is_derived(other_db, data, reason):
    _refused(other_db, data, "what ever", reason)


def test_a_sealed_payload_of_the_wrong_shape_is_refused(other_db):
    passphrase = package.new_passphrase()
    _refused(other_db, package.seal({"resident": {}}, passphrase), passphrase, "damaged")
    deep: object = "x"
    for _ in range(50):
        deep = [deep]
    _refused(other_db, package.seal({"x": deep}, passphrase), passphrase, "damaged")


def test_passphrase_survives_being_read_out(db, other_db):
    services, rid, *_ = _sender(db)
    sealed = HandoverService(db).export(rid, CONSENT)
    spoken = " " + sealed.passphrase.upper().replace("-", " - ") + " "
    assert HandoverService(other_db).import_(sealed.data, spoken) > 0

"""Access export (AVG art. 15): everything about one resident, as JSON and as a readable PDF."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.content import load_library
from app.models import AuditEvent
from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import MeetingService
from app.services.preparation import PreparationService
from app.services.privacy import AccessExportService
from app.services.profile import Profile, ProfileService
from app.services.wrapup import WrapUpService
from tests.documents.helpers import Pdf
from tests.privacy.support import seed_resident


def test_collect_holds_everything_about_one_resident_and_nothing_of_others(db):
    me = seed_resident(db, "me")
    other = seed_resident(db, "other")
    export = AccessExportService(db, library=load_library("nl"))
    data = export.collect(me.resident_id)

    assert data["format"] == "nabij-access-export" and data["version"] == 1
    assert data["resident"]["display_name"] == me.name
    assert data["resident"]["client_number"] == me.canaries["client"]
    assert data["retention"] == {"months": 24, "last_contact": "2026-03-02T10:00:00", "keep_until": "2028-03-02"}
    [meeting] = data["meetings"]
    for key, field in (
        ("goals", "goals"),
        ("notes", "notes"),
        ("summary", "summary"),
        ("words", "checkout_words"),
        ("well", "went_well"),
        ("improve", "could_improve"),
        ("place", "place_detail"),
    ):
        assert me.canaries[key] in meeting[field]
    assert me.canaries["agenda"] in meeting["agenda"][0]["text"]
    assert meeting["agenda"][0]["proposed_by"] == "resident"
    assert me.canaries["agreement"] in meeting["agreements"][0]["text"]
    assert meeting["agreements"][0]["due"] == "2026-03-20"
    assert me.canaries["baggage"] in meeting["baggage"][0]["note"]
    assert meeting["baggage"][0]["category"]  # titled from the content library
    assert me.canaries["sphere"] in meeting["sphere"][0]["text"]
    assert meeting["prompts_used"][0]["prompt_id"] == "prep_letter_tone"
    assert meeting["prompts_used"][0]["text"]
    assert me.canaries["fact"] in data["known_facts"][0]["text"]
    assert meeting["status"] == "closed" and meeting["closed_at"]

    blob = json.dumps(data)
    assert not any(c in blob for c in other.all())


def test_json_is_utf8_stable_and_readable(db):
    rid = CaseloadService(db).add_resident(ResidentInput(display_name="Özlem Yıldız – مريم"))
    MeetingService(db).plan(rid, datetime(2026, 12, 1, 9))
    export = AccessExportService(db)
    data = export.collect(rid)
    raw = export.to_json(data)
    assert "Özlem Yıldız – مريم".encode() in raw  # ensure_ascii=False
    assert json.loads(raw.decode("utf-8")) == data
    assert export.to_json(json.loads(raw)) == raw  # stable key order
    keys = list(json.loads(raw))
    assert keys == sorted(keys)


def test_pdf_is_made_and_audited_by_id(db):
    me = seed_resident(db, "pdf")
    rid = CaseloadService(db).add_resident(ResidentInput(display_name='<b>Ali</b> & "AT&T" مريم'))
    m = MeetingService(db).plan(rid, datetime(2026, 12, 1, 9))
    MeetingService(db).save_text(m, {"notes": "regel 1\nregel 2 </para> " + "lang " * 2000})
    export = AccessExportService(db, library=load_library("nl"))
    for resident_id in (me.resident_id, rid):
        for lang in ("nl", "en"):
            pdf = export.export_pdf(resident_id, lang)
            assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
            assert b"Helvetica" not in pdf  # Noto Sans throughout
            assert b"NotoSans" in pdf or b"Noto" in pdf
    assert len(re.findall(rb"/Type /Page\b", pdf)) >= 2  # long notes flow over pages
    with db.session() as s:
        events = [(e.action, e.object_type, e.object_id, e.result) for e in s.scalars(select(AuditEvent))]
    assert events.count(("export", "resident", rid, "ok")) == 2
    assert events.count(("export", "resident", me.resident_id, "ok")) == 2
    export.export_json(rid)
    # the export lists what was done with the data, by action
    data = export.collect(rid)
    assert [e["action"] for e in data["audit"]] == ["export"] * 3


# -- issue 17: controller, rights, complaint route, the resident's form of address ----------


def _resident(db, name: str, form: str) -> int:
    rid = CaseloadService(db).add_resident(
        ResidentInput(display_name=name, address_form=form, preferred_place="home", preferred_channel="letter")
    )
    m = MeetingService(db).plan(rid, datetime(2026, 11, 3, 10), "home")
    PreparationService(db).add_agenda_item(m, "Energierekening", "resident")
    WrapUpService(db).add_agreement(m, "Brief meenemen", "resident", date(2026, 11, 20))
    return rid


def _export_text(db, rid: int, lang: str, tmp_path) -> tuple[str, Pdf]:
    pdf = Pdf(AccessExportService(db).export_pdf(rid, lang), tmp_path / f"inzage-{rid}-{lang}.pdf")
    return " ".join(pdf.text().split()), pdf


def test_the_controller_is_the_municipality_from_the_profile(db, tmp_path):
    rid = _resident(db, "Dhr. De Boer", "u")
    without, _ = _export_text(db, rid, "nl", tmp_path)
    assert "De gemeente waar de consulent werkt, is verantwoordelijk voor deze gegevens." in without
    ProfileService(db).save(Profile("Sanne Verbeek", "06 12 34 56 78", "s@example.nl", "Gemeente Voorbeeld"))
    assert AccessExportService(db).collect(rid)["controller"] == {"municipality": "Gemeente Voorbeeld"}
    nl, _ = _export_text(db, rid, "nl", tmp_path)
    assert "Gemeente Voorbeeld is verantwoordelijk voor deze gegevens." in nl
    assert "verwerkingsverantwoordelijke" in nl
    en, _ = _export_text(db, rid, "en", tmp_path)
    assert "Gemeente Voorbeeld is responsible for this data. The law calls this the controller." in en


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_rights_and_the_complaint_route_are_stated(db, tmp_path, lang):
    ProfileService(db).save(Profile("Sanne Verbeek", "", "", "Gemeente Voorbeeld"))
    text, pdf = _export_text(db, _resident(db, "Mevr. Yılmaz", "u"), lang, tmp_path)
    rights = (
        ("Inzage", "Correctie", "Verwijdering", "Beperking", "Bezwaar")
        if lang == "nl"
        else ("Access", "Correction", "Erasure", "Restriction", "Objection")
    )
    for right in rights:
        assert f"• {right}:" in text, right
    officer = "functionaris gegevensbescherming van Gemeente Voorbeeld" if lang == "nl" else "data protection officer"
    authority = "Autoriteit Persoonsgegevens"
    # first the municipality's privacy officer, then the Autoriteit Persoonsgegevens
    assert officer in text and authority in text and "autoriteitpersoonsgegevens.nl" in text
    assert text.index(officer) < text.index(authority)
    # stated before the data itself, where a reader finds it
    heading = "Uw gegevens" if lang == "nl" else "Your details"
    assert text.index(authority) < text.index(heading)
    for row in pdf.fonts().splitlines()[2:]:
        assert row.split()[-5] == "yes", row  # every font embedded


JE_WORDS = {"je", "jij", "jou", "jouw", "jullie"}
U_WORDS = {"u", "uw"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


def test_the_export_follows_the_residents_form_of_address(db, tmp_path):
    ProfileService(db).save(Profile("Sanne Verbeek", "", "", "Gemeente Voorbeeld"))
    u_text, _ = _export_text(db, _resident(db, "Dhr. De Boer", "u"), "nl", tmp_path)
    assert not JE_WORDS & _words(u_text), JE_WORDS & _words(u_text)
    for expected in (
        "Wat er in Nabij over u staat",
        "Dit zijn uw rechten",
        "Heeft u een klacht?",
        "Uw gegevens",
        "uw punt",
        "bij u thuis",
        "Inzage in uw gegevens",  # the footer
    ):
        assert expected in u_text, expected
    je_text, _ = _export_text(db, _resident(db, "Kees", "je"), "nl", tmp_path)
    assert not U_WORDS & _words(je_text), U_WORDS & _words(je_text)
    for expected in ("Wat er in Nabij over je staat", "Dit zijn je rechten", "Heb je een klacht?", "jouw punt"):
        assert expected in je_text, expected
    # the English export explains the Dutch form of address it records
    en_text, _ = _export_text(db, _resident(db, "Mevr. Yılmaz", "u"), "en", tmp_path)
    assert "u (formal)" in en_text

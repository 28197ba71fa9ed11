"""The documents' content is chosen in the service: what the dossier summary tells, before any words."""

from __future__ import annotations

from datetime import datetime

from app.services.caseload import ResidentInput
from app.services.registry import Services


def test_dossier_content_chooses_agreements_and_keeps_baggage_and_notes_out_unless_asked(db):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="R"))
    first = services.meetings.plan(rid, datetime(2026, 11, 1, 10))
    earlier_one = services.wrapup.add_agreement(first, "Loonstrook inleveren", "together")
    services.wrapup.set_next_appointment(first, datetime(2026, 12, 1, 10), "walk")
    mid = services.meetings.close(first)
    assert mid is not None
    services.wrapup.add_agreement(mid, "Kwijtschelding uitzoeken", "consultant")
    services.wrapup.add_agreement(mid, "   ", "resident")  # no words yet: not in the dossier
    services.wrapup.add_agreement(mid, "Bankafschriften meenemen", "resident")
    topic = services.preparation.add_agenda_item(mid, "Schulden", "resident")
    services.preparation.add_agenda_item(mid, "Niet besproken", "consultant")
    services.preparation.update_agenda_item(topic, discussed=True)
    services.conversation.set_baggage(mid, "divorce", "life_story", True, "zwaar")
    services.meetings.save_text(mid, {"notes": "  vertrouwelijk  "})

    detail = services.meetings.get(mid)
    shown = [*services.wrapup.open_agreements(rid), *detail.agreements]  # this meeting's are left out of "earlier"
    content = services.documents.dossier(mid, earlier=shown)
    assert content.starts_at == datetime(2026, 12, 1, 10) and content.place == "walk"
    assert content.discussed == ["Schulden"]
    assert {owner: [a.text for a in group] for owner, group in content.agreements.items()} == {
        "resident": ["Bankafschriften meenemen"],
        "consultant": ["Kwijtschelding uitzoeken"],
        "together": [],
    }
    assert [a.id for a in content.earlier] == [earlier_one]
    assert content.baggage == [] and content.notes == ""

    full = services.documents.dossier(mid, include_baggage=True, include_notes=True)
    assert [(b.category_id, b.note) for b in full.baggage] == [("divorce", "zwaar")]
    assert full.notes == "vertrouwelijk" and full.earlier == []

"""The invitation letter and the slip, opened from the window, previewed, saved, and audited."""

from __future__ import annotations

import subprocess
from datetime import datetime

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.registry import Services
from app.ui.main_window import MainWindow
from app.ui.worker import InlineWorker


def test_invitation_letter_preview_save_and_audit(qtbot, db, tmp_path):
    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Kaya", address_form="u"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 3, 10), "walk", "Stadspark, ingang Noord")
    services.preparation.add_agenda_item(mid, "Zorgen over de huur", "resident")
    services.preparation.add_agenda_item(mid, "Werk & taal <b>", "consultant")
    window = MainWindow(services, load_library("nl"), InlineWorker())
    qtbot.addWidget(window)
    window.caseload.refresh(select_id=rid)
    window.preparation.invitation_button.click()
    preview = window.preview
    target = tmp_path / "brief.pdf"
    preview.save_to(str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Mevr." not in text  # the stored title is written out in the salutation
    for expected in (
        "Beste mevrouw Kaya,",
        "Zorgen over de huur",
        "Werk & taal <b>",
        "tijdens een wandeling",
        "Stadspark, ingang Noord",
        "iemand meenemen",
    ):
        assert expected in text, expected
    assert [(e.action, e.object_type, e.object_id) for e in services.audit.recent()][:1] == [
        ("save_pdf", "resident", rid)
    ]

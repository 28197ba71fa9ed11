"""The invitation letter: friendly, complete, no legal threats."""

from __future__ import annotations

import re

from app.documents.letter import render_invitation
from app.documents.model import AgendaLine

from .helpers import sample_invitation, squash


def test_letter_has_agenda_bring_someone_places_and_contact(pdf_file):
    pdf = pdf_file(render_invitation(sample_invitation()))
    w, h = pdf.page_size()
    assert abs(w - 595) < 2 and abs(h - 842) < 2
    assert pdf.pages == 1
    text = pdf.text()
    for expected in (
        "Uitnodiging voor een gesprek",
        "Beste Fatima,",
        "dinsdag 16 december 2025 om 10.30 uur",
        "Gemeentehuis, Markt 1",
        # the agenda, in order, with the resident's own topic marked
        "Hoe gaat het nu met je?",
        "Het internet dat niet werkt",
        "Werk zoeken in de zorg",
        "jouw onderwerp",
        # their own topics, bringing someone
        "Wil jij ook iets bespreken?",
        "iemand meenemen",
        # contact details
        "Sanne de Vries",
        "06 12 34 56 78",
        "s.devries@example.nl",
    ):
        assert expected in text, expected
    flat = squash(text)
    for option in ("op kantoor", "bij jou thuis", "tijdens een wandeling", "aan de telefoon", "met beeldbellen"):
        assert squash(option) in flat, option
    order = [text.find(s) for s in ("Hoe gaat het", "Het internet", "Werk zoeken")]
    assert order == sorted(order)


def test_letter_marks_only_resident_topics(pdf_file):
    only_mine = sample_invitation(agenda=[AgendaLine("Alleen mijn punt", "consultant")])
    assert "jouw onderwerp" not in pdf_file(render_invitation(only_mine)).text()
    two = sample_invitation(agenda=[AgendaLine("Punt A", "resident"), AgendaLine("Punt B", "resident")])
    assert pdf_file(render_invitation(two)).text().count("jouw onderwerp") == 2


def test_letter_has_no_article_numbers_or_threats(pdf_file):
    data = sample_invitation(languages=("nl", "en"))
    for form in ("je", "u"):
        text = pdf_file(render_invitation(data.__class__(**{**data.__dict__, "address_form": form}))).text()
        lowered = text.lower()
        for word in (
            "artikel",
            "article",
            "verplicht",
            "sanctie",
            "maatregel",
            "boete",
            "korting",
            "stopzetten",
            "participatiewet",
            "mandatory",
            "penalty",
        ):
            assert word not in lowered, word
        assert not re.search(r"\bart\.\s*\d", lowered)


def test_u_form(pdf_file):
    text = pdf_file(render_invitation(sample_invitation(address_form="u"))).text()
    assert "U mag iemand meenemen" in text
    assert "uw onderwerp" in text
    assert "bij u thuis" in squash(text) or squash("bij u thuis") in squash(text)
    assert "jij" not in text.split()


def test_without_appointment_or_place_choice(pdf_file):
    text = pdf_file(render_invitation(sample_invitation(appointment=None, place_choice_note=False, agenda=[]))).text()
    assert "We kiezen samen een dag en een tijd" in text
    assert "beeldbellen" not in text
    assert "Ik heb nog geen onderwerpen" in text
    assert "iemand meenemen" in text


def test_english_letter_follows_on_its_own_page(pdf_file):
    pdf = pdf_file(render_invitation(sample_invitation(languages=("nl", "en"))))
    assert pdf.pages == 2
    english = pdf.text().split("Invitation to a meeting", 1)[1]
    for expected in (
        "Dear Fatima,",
        "You may bring someone",
        "your topic",
        "Tuesday 16 December 2025 at 10:30",
        "How to reach me",
    ):
        assert expected in english, expected
    assert "by video call" in english.replace("\n", " ")


def test_markup_in_agenda_prints_literally(pdf_file):
    data = sample_invitation(
        resident_name="<b>Ali",
        agenda=[AgendaLine("AT&T <i> </para>", "resident"), AgendaLine("&amp; <font size=40>")],
    )
    text = pdf_file(render_invitation(data)).text()
    for expected in ("Beste <b>Ali,", "AT&T <i> </para>", "&amp; <font size=40>"):
        assert expected in text, expected

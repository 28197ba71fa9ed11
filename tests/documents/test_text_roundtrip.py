"""Text bugs of issue 17, each rendered and read back with pdftotext.

NFD accents, bidi controls in left-to-right text, zero-width-only text,
characters no font has, and long right-to-left names in every template.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pdfplumber
import pytest

from app.documents.access_export import build_access_export
from app.documents.letter import render_invitation
from app.documents.model import Consultant, SlipAgreement
from app.documents.slip import render_slip
from app.documents.team import HandoverData, render_handover
from app.documents.text import is_blank

from .helpers import CONSULTANT, sample_invitation, sample_slip, squash

MISSING = "\u25a1"  # the visible stand-in for a character no font has


def test_nfd_accents_print_on_their_letter(pdf_file):
    nfd = unicodedata.normalize("NFD", "Müller")
    assert nfd != "Müller"
    data = sample_slip(resident_name=nfd, agreements=[SlipAgreement(f"Bel {nfd} over de café-rekening", "resident")])
    text = pdf_file(render_slip(data)).text()
    assert "Voor Müller" in text  # one character ü (NFC), not u + a loose mark
    assert "Bel Müller over de café-rekening" in text
    assert "\u0308" not in text


def test_bidi_controls_in_left_to_right_text_leave_no_marks(pdf_file):
    phone = "\u202a06 12 34 56 78\u202c"  # as pasted from WhatsApp
    data = sample_slip(
        consultant=Consultant("Sanne", phone, "\u2066s@example.nl\u2069", "Gemeente X"),
        agreements=[SlipAgreement("\u200eBel\u200e de \u202dbank\u202c op \u202e12\u202c mei", "resident")],
    )
    pdf = pdf_file(render_slip(data))
    text = pdf.text()
    assert "06 12 34 56 78" in text
    assert "s@example.nl" in text
    assert "Bel de bank op" in text
    assert MISSING not in text
    assert not any(ch in text for ch in "\u200e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b\u200d\u2060", "\ufeff \u200c", "\u200e\u202c", "\u00ad"])
def test_zero_width_only_text_is_empty(pdf_file, invisible):
    assert is_blank(invisible)
    data = sample_slip(
        agreements=[SlipAgreement(invisible, "resident"), SlipAgreement("Bel de bank", "resident")], referrals=[]
    )
    pdf = pdf_file(render_slip(data))
    with pdfplumber.open(str(pdf.path)) as doc:
        page = doc.pages[0]
        boxes = [
            c
            for c in page.curves
            if abs((c["x1"] - c["x0"]) - (c["bottom"] - c["top"])) < 0.5 and c["x1"] - c["x0"] > 6
        ]
    assert len(boxes) == 1  # no empty tick box for the invisible one
    assert "Bel de bank" in pdf.text()
    assert "\u2014" not in pdf.text()


def test_visible_text_is_not_blank():
    for text in ("a", "👍", "ا", "\u200bX", "1"):
        assert not is_blank(text)


def test_a_character_no_font_has_shows_a_visible_square(pdf_file):
    data = sample_slip(agreements=[SlipAgreement("Naam in het Chinees: 漢字 (Wang)", "resident")])
    text = pdf_file(render_slip(data)).text()
    assert f"Naam in het Chinees: {MISSING}{MISSING} (Wang)" in text


LONG_ARABIC_NAME = " ".join(f"اسم{n}" for n in "ابتثجحخدذرزسشصضطظعغفق")


def test_long_rtl_name_wraps_in_logical_order_on_the_slip(pdf_file):
    pdf = pdf_file(render_slip(sample_slip(resident_name=LONG_ARABIC_NAME)))
    # the line goes on with " · gesprek van ...": pdftotext puts that neutral dot at the
    # direction change, so it is left out; the name's words must follow in logical order
    assert squash(LONG_ARABIC_NAME) in squash(pdf.text()).replace("·", "")


def test_long_rtl_name_wraps_in_logical_order_in_the_letter_salutation(pdf_file):
    pdf = pdf_file(render_invitation(sample_invitation(resident_name=LONG_ARABIC_NAME)))
    assert squash(LONG_ARABIC_NAME) in squash(pdf.text())


def test_long_rtl_name_wraps_in_logical_order_in_handover_and_access_export(pdf_file):
    handover = HandoverData(LONG_ARABIC_NAME, "je", "Werk", "WhatsApp", [], CONSULTANT, date(2026, 11, 28))
    assert squash(LONG_ARABIC_NAME) in squash(pdf_file(render_handover(handover)).text())
    export = build_access_export(
        {"resident": {"display_name": LONG_ARABIC_NAME}, "generated_at": "2026-11-28T10:00:00"}
    )
    assert squash(LONG_ARABIC_NAME) in squash(pdf_file(export).text())


def test_the_continuation_band_keeps_an_rtl_name_readable(pdf_file):
    many = [
        SlipAgreement(f"Afspraak {i} over iets dat we samen doen", "resident", date(2025, 12, 12)) for i in range(14)
    ]
    name = "أحمد العمراني"
    pdf = pdf_file(render_slip(sample_slip(resident_name=name, agreements=many, next_appointment=None)))
    assert pdf.pages == 2
    import subprocess

    second = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(pdf.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert squash(name) in squash(second)
    assert datetime(2025, 11, 28).year == 2025  # the sample's meeting
    assert "vrijdag 28 november 2025" in second


@pytest.mark.parametrize(
    "text",
    [
        "Duim 👍🏽 omhoog",  # a skin tone: kept, not dropped
        "Zwaai 👋🏿 gedag",
        "Gezin 👨\u200d👩\u200d👧 samen",  # a ZWJ sequence: its parts, never boxes
        "Lach 😀 en 🤣",  # emoji that Noto Sans Symbols 2 lacks
        "Hart ❤️ erbij",  # with its emoji variation selector
    ],
)
def test_emoji_with_skin_tones_and_sequences_round_trip(pdf_file, text):
    pdf = pdf_file(render_slip(sample_slip(agreements=[SlipAgreement(text, "resident")], referrals=[])))
    out = pdf.text()
    assert text in out
    assert MISSING not in out
    assert "emb" in pdf.fonts() and all(line.split()[-5] == "yes" for line in pdf.fonts().splitlines()[2:])

"""The slip as one honest sheet: page counts, type sizes, tick boxes, dates, dead ends.

Page counts come from pdfinfo, text from pdftotext, type sizes and the tick
boxes from the PDF itself (pdfplumber reads each character's size and each
drawn shape).
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pdfplumber
import pytest
from reportlab.lib.units import mm

from app.documents.model import Appointment, SlipAgreement, SlipReferral
from app.documents.slip import render_slip

from .helpers import sample_slip, squash

MEETING = date(2025, 11, 28)

FIVE = [
    SlipAgreement(
        "Bel de woningcorporatie over de achterstand in de huur en vraag om een betalingsregeling",
        "resident",
        date(2025, 12, 12),
    ),
    SlipAgreement("Zoek de brief van de bewindvoerder op en neem hem mee", "resident", date(2025, 12, 16)),
    SlipAgreement("Vraag bijzondere bijstand aan voor de wasmachine", "consultant", date(2025, 12, 5)),
    SlipAgreement("Mail het rooster van de taalcursus", "consultant", date(2025, 12, 3)),
    SlipAgreement("Kijk samen naar vrijwilligerswerk in de buurt", "together", date(2026, 1, 9)),
]
EXTRA = [
    SlipAgreement("Vraag de zorgverzekeraar om een overzicht van de premie", "resident", date(2025, 12, 19)),
    SlipAgreement("Bel de school over de kosten van de schoolreis", "resident"),
    SlipAgreement("Lever het formulier voor de kwijtschelding in", "together", date(2025, 12, 22)),
]
# two national entries as the directory ships them (long purposes, a phone number and a website)
REFERRALS = [
    SlipReferral(
        "Het Juridisch Loket",
        "Gratis juridisch advies voor mensen met een laag inkomen, bijvoorbeeld over bezwaar, huur of schulden.",
        "Bel gratis 0800-8020",
        "https://www.juridischloket.nl",
    ),
    SlipReferral(
        "Nibud",
        "Onafhankelijke informatie en hulpmiddelen over geld, zoals een budgetplan en rekenhulpen.",
        "",
        "https://www.nibud.nl",
    ),
]
NEXT = Appointment(datetime(2025, 12, 16, 10, 30), "Markt 1", "office")


def typical(**changes):
    values = dict(agreements=FIVE, referrals=REFERRALS, next_appointment=NEXT)
    values.update(changes)
    return sample_slip(**values)


def page_text(pdf, page: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf.path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


A5_POINTS = (419.5, 595.3)
A4_POINTS = (595.3, 841.9)


def _close(size: tuple[float, float], expected: tuple[float, float]) -> bool:
    return abs(size[0] - expected[0]) < 1 and abs(size[1] - expected[1]) < 1


# -- one sheet ------------------------------------------------------------------


@pytest.mark.parametrize("form", ["je", "u"])
def test_typical_content_fits_one_a5_sheet(pdf_file, form):
    pdf = pdf_file(render_slip(typical(address_form=form)))
    assert pdf.pages == 1
    assert _close(pdf.page_size(), A5_POINTS)
    text = pdf.text()
    for expected in ("Onze afspraken", "Het Juridisch Loket", "nibud.nl", "Onze volgende afspraak", "Vragen?"):
        assert expected in text
    assert "Blad" not in text  # one sheet: no sheet numbers


def test_a_bilingual_slip_puts_both_languages_on_the_same_sheet(pdf_file):
    # issue 18: no longer one slip per language (four A5 pages); each line in Dutch and in English
    pdf = pdf_file(render_slip(typical(languages=("nl", "en"))))
    assert pdf.pages <= 2
    first = page_text(pdf, 1)
    assert "Our agreements" in first and "Onze afspraken" in first
    assert "What you will do" in first and "Dit doe jij" in first


def test_eight_agreements_take_two_sheets_and_the_second_says_whose_it_is(pdf_file):
    pdf = pdf_file(render_slip(typical(agreements=FIVE + EXTRA, resident_name="Fatima el Amrani")))
    assert pdf.pages == 2
    first, second = page_text(pdf, 1), page_text(pdf, 2)
    assert "Blad 1 van 2" in first
    assert "Blad 2 van 2" in second
    assert "Fatima el Amrani" in second
    assert "vrijdag 28 november 2025" in second
    assert "Onze afspraken" in second
    # the next appointment and the contact block stay together
    for page in (first, second):
        assert ("Onze volgende afspraak" in page) == ("Vragen?" in page)


def test_the_bilingual_continuation_sheet(pdf_file):
    pdf = pdf_file(render_slip(typical(agreements=FIVE + EXTRA, languages=("nl", "en"))))
    assert pdf.pages == 2
    assert "Blad 2 van 2" in page_text(pdf, 2) and "Fatima" in page_text(pdf, 2)


# -- sizes, read from the PDF ------------------------------------------------------------


def _chars(pdf) -> list[dict]:
    with pdfplumber.open(str(pdf.path)) as doc:
        return [c for page in doc.pages for c in page.chars if c["text"].strip()]


def _boxes(pdf, page: int = 0) -> list[tuple[float, float]]:
    """(width, height) of the square shapes drawn on a page: the tick boxes."""
    with pdfplumber.open(str(pdf.path)) as doc:
        p = doc.pages[page]
        shapes = list(p.curves) + list(p.rects)
        out = []
        for s in shapes:
            w, h = s["x1"] - s["x0"], s["bottom"] - s["top"]
            if abs(w - h) < 0.5 and w > 6:
                out.append((w, h))
        return out


@pytest.mark.parametrize("paper, body, labels", [("A5", 12, 11), ("A4", 12, 11)])
def test_type_sizes_meet_the_minimums(pdf_file, paper, body, labels):
    pdf = pdf_file(render_slip(typical(agreements=FIVE + EXTRA, client_number="K-4711"), paper))
    chars = _chars(pdf)
    assert chars
    sizes = {round(c["size"], 2) for c in chars}
    assert min(sizes) >= labels, sorted(sizes)
    # the agreements, referrals and contact details are body text
    with pdfplumber.open(str(pdf.path)) as doc:
        words = [w for page in doc.pages for w in page.extract_words(extra_attrs=["size"])]
    for needle in ("woningcorporatie", "wasmachine", "Onafhankelijke", "s.devries@example.nl", "0800-8020"):
        hits = [w for w in words if needle in w["text"]]
        assert hits, needle
        assert all(w["size"] >= body for w in hits), (needle, hits)
    # dates and labels
    for needle in ("uiterlijk", "Blad") if pdf.pages > 1 else ("uiterlijk",):
        hits = [w for w in words if needle in w["text"]]
        assert hits and all(w["size"] >= labels for w in hits), (needle, hits)


@pytest.mark.parametrize("paper", ["A5", "A4"])
def test_tick_boxes_are_at_least_5_mm(pdf_file, paper):
    pdf = pdf_file(render_slip(typical(), paper))
    boxes = _boxes(pdf)
    assert len(boxes) == len(FIVE)
    # the outline's outer edge; the stroke is 1 pt, so the inner side is at least 5 mm - 1 pt
    assert all(w >= 5 * mm - 0.01 for w, _ in boxes), boxes


# -- honest dates -------------------------------------------------------------------------


def test_earlier_agreements_stand_in_their_own_group_with_the_date_agreed(pdf_file):
    earlier = SlipAgreement(
        "Lever het formulier voor de kwijtschelding in", "resident", date(2025, 10, 17), agreed_on=date(2025, 10, 3)
    )
    today = SlipAgreement("Bel de woningcorporatie", "resident", date(2025, 12, 12), agreed_on=MEETING)
    pdf = pdf_file(render_slip(sample_slip(agreements=[earlier, today], meeting_date=MEETING)))
    text = pdf.text()
    assert "Nog open van eerder" in text
    heading, rest = text.split("Nog open van eerder", 1)
    assert "Bel de woningcorporatie" in heading and "uiterlijk vrijdag 12 december" in heading
    assert "kwijtschelding" in rest and "kwijtschelding" not in heading
    assert "afgesproken op vrijdag 3 oktober" in rest
    # the past due date is never printed as a deadline
    assert "zo snel mogelijk" in rest
    assert "17 oktober" not in text
    assert "vóór" not in text


def test_a_past_due_date_is_never_a_deadline_in_either_language(pdf_file):
    late = SlipAgreement("Stuur het loonstrookje", "resident", date(2025, 11, 20))
    pdf = pdf_file(render_slip(sample_slip(agreements=[late], languages=("nl", "en"))))
    text = pdf.text()
    assert "zo snel mogelijk" in text and "as soon as possible" in text
    assert "20 november" not in text and "20 November" not in text
    assert "vóór" not in text and "before" not in text


def test_only_earlier_agreements_do_not_say_today(pdf_file):
    earlier = SlipAgreement("Bel de huisarts", "resident", None, agreed_on=date(2025, 10, 3))
    text = pdf_file(render_slip(sample_slip(agreements=[earlier]))).text()
    assert "Nog open van eerder" in text
    assert "vandaag" not in text


def test_due_dates_say_the_day_itself_counts(pdf_file):
    text = pdf_file(render_slip(sample_slip(languages=("nl", "en")))).text()
    assert "uiterlijk vrijdag 12 december" in text
    # English "by" takes the day itself in (unlike "before"); short, so it stands beside the Dutch
    assert squash("by Friday 12 December") in squash(text)
    assert "before" not in text


# -- referrals --------------------------------------------------------------------------------


def test_a_referral_without_any_way_in_is_left_off(pdf_file):
    dead_end = SlipReferral("SchuldHulpMaatje", "Vrijwilligers bij geldzorgen")
    text = pdf_file(render_slip(sample_slip(referrals=[dead_end, REFERRALS[1]]))).text()
    assert "SchuldHulpMaatje" not in text
    assert "Nibud" in text and "nibud.nl" in text and "https" not in text


def test_no_reachable_referral_means_no_referral_heading(pdf_file):
    text = pdf_file(render_slip(sample_slip(referrals=[SlipReferral("SchuldHulpMaatje")]))).text()
    assert "hulp vragen" not in text

"""The agreements slip: content, grouping, privacy, hostile and huge input."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from app.documents.model import (
    Appointment,
    SlipAgreement,
    SlipData,
    SlipReferral,
    slip_data_from,
)
from app.documents.slip import render_slip
from app.documents.wording import keys

from .helpers import CONSULTANT, sample_slip, squash


def _positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(n) for n in needles]
    assert -1 not in found, [n for n, i in zip(needles, found, strict=True) if i == -1]
    return found


def test_slip_is_a5_pdf_with_title_name_and_date(pdf_file):
    pdf = pdf_file(render_slip(sample_slip()))
    assert pdf.data.startswith(b"%PDF-")
    w, h = pdf.page_size()
    assert abs(w - 420) < 2 and abs(h - 595) < 2
    text = pdf.text()
    for expected in ("Gemeente Voorbeeld", "Onze afspraken", "Voor Fatima", "vrijdag 28 november 2025"):
        assert expected in text


def test_a4_is_available(pdf_file):
    w, h = pdf_file(render_slip(sample_slip(), "A4")).page_size()
    assert abs(w - 595) < 2 and abs(h - 842) < 2


def test_agreements_grouped_by_owner_in_given_order_dutch(pdf_file):
    text = pdf_file(render_slip(sample_slip())).text()
    order = _positions(
        text,
        [
            "Dit doe jij",
            "Bel de woningcorporatie over de huur",
            "Zoek de brief van de bewindvoerder op",
            "Dit doe ik (Sanne de Vries)",
            "Vraag bijzondere bijstand aan voor de wasmachine",
            "Mail het rooster van de cursus",
            "Dit doen we samen",
            "Kijk samen naar vrijwilligerswerk",
        ],
    )
    assert order == sorted(order)
    # due dates in words, without the year when it is the meeting's year
    assert "uiterlijk vrijdag 12 december" in text
    assert "uiterlijk vrijdag 5 december" in text
    assert "uiterlijk vrijdag 9 januari 2026" in text


def test_u_form_changes_the_resident_heading(pdf_file):
    text = pdf_file(render_slip(sample_slip(address_form="u"))).text()
    assert "Dit doet u" in text and "Dit doe jij" not in text
    assert "Hier kunt u ook hulp vragen" in text


def test_second_language_stands_beside_the_dutch_on_the_same_sheet(pdf_file):
    # issue 18: one bilingual slip, each line in Dutch and in the second language (no second copy)
    nl_only = pdf_file(render_slip(sample_slip()))
    both = pdf_file(render_slip(sample_slip(languages=("nl", "en"))))
    assert both.pages <= nl_only.pages + 1
    english = dutch = squash(both.text())
    assert both.text().count("Bel de woningcorporatie") == 1  # what was typed: once, untranslated
    order = _positions(
        english,
        [
            squash(s)
            for s in (
                "What you will do",
                "Bel de woningcorporatie over de huur",
                "Zoek de brief van de bewindvoerder op",
                "What I will do",
                "Vraag bijzondere bijstand aan voor de wasmachine",
                "Mail het rooster van de cursus",
                "What we will do together",
                "Kijk samen naar vrijwilligerswerk",
            )
        ],
    )
    assert order == sorted(order)
    assert squash("by Friday 12 December") in english  # "by": the day itself counts
    assert squash("Tuesday 16 December 2025 at 10:30") in english or squash("at 10:30") in english
    # the date in Dutch, the second language's date under it, then the time in both side by side
    assert squash("dinsdag 16 december 2025") in dutch and squash("om 10.30 uur") in dutch


def test_next_appointment_referrals_and_contact(pdf_file):
    text = pdf_file(render_slip(sample_slip())).text()
    for expected in (
        "Onze volgende afspraak",
        "dinsdag 16 december 2025\nom 10.30 uur",
        "Gemeentehuis, Markt 1",
        "Hier kun je ook hulp vragen",
        "Juridisch Loket",
        "Gratis advies over recht",
        "0800 8020",
        "06 12 34 56 78",
        "s.devries@example.nl",
    ):
        assert expected in text


def test_client_number_only_when_given(pdf_file):
    assert "Klantnummer" not in pdf_file(render_slip(sample_slip())).text()
    text = pdf_file(render_slip(sample_slip(client_number="K-4711"))).text()
    assert "Klantnummer" in text and "K-4711" in text


def test_empty_meeting_renders_a_sensible_slip(pdf_file):
    data = sample_slip(agreements=[], next_appointment=None, referrals=[])
    pdf = pdf_file(render_slip(data))
    assert pdf.pages == 1
    text = pdf.text()
    assert "Geen afspraken" in text or "geen afspraken" in text
    assert "Dit doe jij" not in text and "Hier kun je ook hulp vragen" not in text
    assert "Vragen?" in text


def test_bare_minimum_renders(pdf_file):
    """No name, no consultant details, no municipality: still a valid slip."""
    data = sample_slip(
        resident_name="",
        agreements=[],
        next_appointment=None,
        referrals=[],
        consultant=dataclasses.replace(CONSULTANT, name="", phone="", email="", municipality=""),
    )
    assert pdf_file(render_slip(data)).pages == 1


def test_unknown_language_or_paper_is_refused():
    with pytest.raises(ValueError):
        render_slip(sample_slip(languages=("nl", "xx")))
    with pytest.raises(ValueError):
        render_slip(sample_slip(), "Letter")  # type: ignore[arg-type]


def test_unknown_owner_is_refused():
    with pytest.raises(ValueError):
        SlipAgreement("x", "neighbour")  # type: ignore[arg-type]


def test_broken_logo_does_not_stop_the_slip(pdf_file, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    assert pdf_file(render_slip(sample_slip(logo_path=bad))).pages >= 1
    assert pdf_file(render_slip(sample_slip(logo_path=tmp_path / "missing.png"))).pages >= 1


def test_logo_is_drawn(pdf_file, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (27, 106, 128)).save(logo)
    plain = render_slip(sample_slip())
    with_logo = render_slip(sample_slip(logo_path=logo))
    assert b"/Subtype /Image" in with_logo and b"/Subtype /Image" not in plain


# -- privacy ------------------------------------------------------------------

CANARY = "CANARY-7f3a-do-not-print"


def _meeting_record() -> dict:
    """A meeting as the app holds it: with everything the slip must NOT show."""
    return {
        "resident_name": "Fatima",
        "meeting_date": date(2025, 11, 28),
        "client_number": "K-123",
        "agreements": [
            {
                "text": "Bel de woningcorporatie",
                "owner": "resident",
                "due": date(2025, 12, 12),
                "status": "open",
                "note": f"private {CANARY}",
            },
        ],
        "next_appointment": {"start": datetime(2025, 12, 16, 10, 30), "place": "Gemeentehuis"},
        "referrals": [
            {"name": "Juridisch Loket", "purpose": "Advies", "contact": "0800 8020", "internal_remark": CANARY}
        ],
        "baggage": [{"category": "life-story damage", "text": f"divorce {CANARY}"}],
        "notes": f"quick note {CANARY}",
        "checkout": {"feeling": 2, "words": f"tired {CANARY}"},
        "history": [CANARY],
    }


def test_slip_data_has_no_place_for_baggage_or_notes():
    fields = {f.name for f in dataclasses.fields(SlipData)}
    assert not fields & {"baggage", "notes", "checkout", "check_out", "history", "background"}


def test_canary_in_baggage_and_notes_never_reaches_the_slip(pdf_file):
    record = _meeting_record()
    data = slip_data_from(record, consultant=CONSULTANT, languages=("nl", "en"))
    assert CANARY not in repr(data)
    pdf = pdf_file(render_slip(data))
    assert CANARY.encode() not in pdf.data
    text = pdf.text()
    assert CANARY not in text and "CANARY" not in text
    assert "Bel de woningcorporatie" in text  # the mapping did carry the agreement
    assert "K-123" not in text  # client number stays off unless enabled


def test_mapping_also_reads_objects_and_client_number_is_opt_in(pdf_file):
    record = _meeting_record()
    obj = type("Meeting", (), record)()
    data = slip_data_from(obj, consultant=CONSULTANT, show_client_number=True)
    assert data.client_number == "K-123"
    assert [a.text for a in data.agreements] == ["Bel de woningcorporatie"]
    assert CANARY not in pdf_file(render_slip(data)).text()


# -- hostile input --------------------------------------------------------------

MARKUP = ["<b", "AT&T <i>", "<font size=40>", "</para>", "&amp;", "<br/>", "]]>", "&#65;"]


def test_markup_in_user_text_prints_literally(pdf_file):
    agreements = [SlipAgreement(m, "resident") for m in MARKUP]
    agreements.append(SlipAgreement("Ik bel de huisbaas", "consultant"))
    data = sample_slip(
        resident_name="<b>Ali</b> & co",
        agreements=agreements,
        next_appointment=Appointment(datetime(2025, 12, 16, 9, 0), "Markt <1> & </para>"),
        referrals=[SlipReferral("<i>Loket", "a & b <br/>", "<font color=red>0800")],
        consultant=dataclasses.replace(CONSULTANT, name="Jan <b>", municipality="Gemeente & <x>"),
    )
    text = pdf_file(render_slip(data)).text()
    for m in MARKUP:
        assert m in text, m
    for expected in (
        "<b>Ali</b> & co",
        "Markt <1> & </para>",
        "<i>Loket",
        "a & b <br/>",
        "<font color=red>0800",
        "Dit doe ik (Jan <b>)",
        "Gemeente & <x>",
    ):
        assert expected in text, expected


def test_control_characters_are_removed_safely(pdf_file):
    text = "Bel\x00 de\x07 huis\x1bbaas\x7f\x85op\u2028maandag\ud800"
    pdf = pdf_file(render_slip(sample_slip(agreements=[SlipAgreement(text, "resident")])))
    out = pdf.text()
    assert "Bel de huisbaas" in out
    assert "maandag" in out


# -- long text ----------------------------------------------------------------


def test_100k_characters_with_spaces_are_complete(pdf_file):
    text = " ".join(f"w{i:05d}" for i in range(14_286))[:100_000]
    assert len(text) == 100_000
    pdf = pdf_file(render_slip(sample_slip(agreements=[SlipAgreement(text, "resident")])))
    assert pdf.pages > 10
    assert squash(text) in squash(pdf.body_text(top_band=62))


def test_100k_characters_without_spaces_wrap_and_are_complete(pdf_file):
    text = "".join(f"{i:05d}" for i in range(20_000))
    assert len(text) == 100_000 and " " not in text
    pdf = pdf_file(render_slip(sample_slip(agreements=[SlipAgreement(text, "together")])))
    assert pdf.pages > 10
    assert squash(text) in squash(pdf.body_text(top_band=62))


def test_long_text_keeps_later_sections(pdf_file):
    text = "Lange afspraak. " * 3000
    data = sample_slip(agreements=[SlipAgreement(text, "resident"), SlipAgreement("Laatste afspraak", "together")])
    out = pdf_file(render_slip(data)).text()
    assert "Laatste afspraak" in out and "Juridisch Loket" in out and "06 12 34 56 78" in out


def test_newlines_are_kept_as_lines(pdf_file):
    data = sample_slip(agreements=[SlipAgreement("Eerste regel\nTweede regel\r\n\r\nDerde", "resident")])
    out = pdf_file(render_slip(data)).text()
    lines = [line.strip() for line in out.splitlines()]
    assert "Eerste regel" in lines and "Tweede regel" in lines and "Derde" in lines


# -- scripts ------------------------------------------------------------------

ARABIC = "سأتصل بمكتب الإسكان"
HEBREW = "שלום עולם"


def test_arabic_hebrew_and_emoji_render(pdf_file):
    data = sample_slip(
        resident_name="أحمد",
        agreements=[
            SlipAgreement(ARABIC + " يوم الاثنين 12", "resident"),
            SlipAgreement(HEBREW + " 42", "together"),
            SlipAgreement("Goed gedaan 👍 en 😀 samen", "consultant"),
            SlipAgreement("Ahmed belt (" + ARABIC + ") op maandag", "resident"),
        ],
        languages=("nl", "en"),
    )
    pdf = pdf_file(render_slip(data))
    text = squash(pdf.text())
    for word in ARABIC.split() + HEBREW.split() + ["أحمد"]:
        assert squash(word) in text, word
    assert squash("Goed gedaan 👍 en") in text
    assert squash("samen") in text
    fonts = pdf.fonts()
    for face in ("NotoSansArabic", "NotoSansHebrew", "NotoSans-Regular", "NotoSansSymbols2"):
        assert face in fonts, face
    for line in fonts.splitlines()[2:]:
        assert " yes yes " in line, f"font not embedded: {line}"


def test_long_arabic_paragraph_keeps_logical_line_order(pdf_file):
    words = [f"كلمة{n}" for n in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" * 3]
    text = " ".join(words)
    pdf = pdf_file(render_slip(sample_slip(agreements=[SlipAgreement(text, "resident")])))
    out = squash(pdf.text())
    # pdftotext gives RTL text back in logical order: the words follow each other
    assert squash("".join(words)) in out


def test_wording_files_have_the_same_keys():
    assert keys("nl") == keys("en")


def test_long_text_in_every_field_never_breaks_the_layout(pdf_file):
    from app.documents.letter import render_invitation
    from app.documents.model import AgendaLine

    from .helpers import sample_invitation

    big = "lang " * 1500 + "EINDE"
    person = dataclasses.replace(CONSULTANT, name=big, phone=big, email=big, municipality=big)
    slip = sample_slip(
        resident_name=big,
        client_number=big,
        consultant=person,
        next_appointment=Appointment(datetime(2025, 12, 16, 9, 0), big),
        referrals=[SlipReferral(big, big, big)],
    )
    assert squash(pdf_file(render_slip(slip)).body_text(top_band=62)).count("EINDE") >= 8
    letter = sample_invitation(
        resident_name=big,
        consultant=person,
        appointment=Appointment(datetime(2025, 12, 16, 9, 0), big),
        agenda=[AgendaLine(big, "resident")],
    )
    assert squash(pdf_file(render_invitation(letter)).body_text()).count("EINDE") >= 7


@pytest.mark.parametrize(
    "email",
    ["s.devries@gemeente-voorbeeld.nl", "sanne.de.vries-van-den-berg@werkeninkomen.gemeente-voorbeeld.nl"],
)
def test_the_email_address_is_never_broken_inside_a_word(pdf_file, email):
    """A resident types it over: it stays whole, a little smaller if need be, or breaks only after its '@'."""
    pdf = pdf_file(render_slip(sample_slip(consultant=dataclasses.replace(CONSULTANT, email=email))))
    lines = [line.strip() for line in pdf.text().splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if line.startswith(email.split("@")[0]))
    parts = [lines[at]]
    while "".join(parts) != email:
        assert email.startswith("".join(parts)) and parts[-1].endswith(("@", ".")), parts  # broken only there
        parts.append(lines[at + len(parts)])

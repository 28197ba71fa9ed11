"""The invitation letter: friendly, complete, no legal threats."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from app.documents.letter import render_invitation
from app.documents.model import AgendaLine, Appointment, Consultant, InvitationData
from app.documents.wording import Wording

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


# -- issue 17: the letter ------------------------------------------------------


def _letter_text(pdf_file, **changes) -> str:
    return pdf_file(render_invitation(sample_invitation(**changes))).text()


def _salutation_line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


@pytest.mark.parametrize(
    ("stored", "form", "expected"),
    [
        ("Dhr. De Boer", "u", "Beste meneer De Boer,"),
        ("Dhr. De Boer", "je", "Beste meneer De Boer,"),
        ("Mevr. Yılmaz", "u", "Beste mevrouw Yılmaz,"),
        ("Mw. Jansen", "u", "Beste mevrouw Jansen,"),
        ("Mevr. Bakker-Okafor", "u", "Beste mevrouw Bakker-Okafor,"),
        ("mevr.yılmaz", "u", "Beste mevrouw Yılmaz,"),
        ("Dhr. J. de Boer", "u", "Beste meneer De Boer,"),
        ("De heer van Dijk", "u", "Beste meneer Van Dijk,"),
        ("Kees", "je", "Beste Kees,"),
        ("Kees", "u", "Beste Kees,"),
        ("Bakker-Okafor", "u", "Beste Bakker-Okafor,"),
        ("J. de Boer", "u", "Beste heer of mevrouw De Boer,"),
        ("J. de Boer", "je", "Beste J. de Boer,"),
        ("Dhr.", "u", "Hallo,"),
        ("", "je", "Hallo,"),
    ],
)
def test_the_salutation_is_natural_dutch(pdf_file, stored, form, expected):
    text = _letter_text(pdf_file, resident_name=stored, address_form=form)
    assert _salutation_line(text, ("Beste", "Hallo")) == expected
    for abbreviation in ("Dhr", "Mevr", "Mw."):
        assert abbreviation not in _salutation_line(text, ("Beste", "Hallo")), abbreviation


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("Dhr. De Boer", "Dear Mr De Boer,"),
        ("Mevr. Yılmaz", "Dear Ms Yılmaz,"),
        ("Kees", "Dear Kees,"),
        ("J. de Boer", "Dear J. de Boer,"),
    ],
)
def test_the_english_salutation(pdf_file, stored, expected):
    text = _letter_text(pdf_file, resident_name=stored, address_form="u", languages=("nl", "en"))
    english = text.split("Invitation to a meeting", 1)[1]
    assert _salutation_line(english, ("Dear", "Hello")) == expected


def test_the_sender_is_named_at_the_top_not_only_at_the_signature(pdf_file):
    text = _letter_text(pdf_file)
    sender = "Mijn naam is Sanne de Vries. Ik werk bij Gemeente Voorbeeld."
    assert sender in text.replace("\n", " ")
    flat = text.replace("\n", " ")
    # before the meeting's details and the agenda, and again at the signature
    assert flat.index(sender) < flat.index("Wanneer en waar") < flat.index("Hartelijke groet")
    assert text.count("Sanne de Vries") == 2
    only_name = _letter_text(pdf_file, consultant=Consultant(name="Sanne de Vries"))
    assert "Mijn naam is Sanne de Vries." in only_name and "Ik werk bij" not in only_name
    nobody = _letter_text(pdf_file, consultant=Consultant(name=" "))
    assert "Mijn naam is" not in nobody and "Ik werk bij" not in nobody
    english = _letter_text(pdf_file, languages=("nl", "en")).split("Invitation to a meeting", 1)[1]
    assert "My name is Sanne de Vries. I work for Gemeente Voorbeeld." in english.replace("\n", " ")


@pytest.mark.parametrize("kind", ["office", "home", "walk", "phone", "video"])
def test_the_chosen_place_is_not_offered_as_an_alternative_to_itself(pdf_file, kind):
    appointment = Appointment(datetime(2025, 12, 16, 10, 30), "Markt 1", place_kind=kind)
    for form, lang in (("je", "nl"), ("u", "nl"), ("u", "en")):
        w = Wording(lang, form)
        text = _letter_text(pdf_file, appointment=appointment, address_form=form, languages=(lang,))
        flat = squash(text)
        offer = squash(text[text.index(w("letter.place_choice").split("{")[0][:20]) :])
        assert squash(w(f"places.{kind}")) in flat  # where we meet
        chosen = squash(w(f"letter.place_options.{kind}"))
        others = [k for k in ("office", "home", "walk", "phone", "video") if k != kind]
        assert chosen not in offer, (lang, form, kind)
        for other in others:
            assert squash(w(f"letter.place_options.{other}")) in offer, (lang, form, other)


def test_without_a_place_every_place_is_offered(pdf_file):
    text = _letter_text(pdf_file, appointment=None, address_form="u")
    assert "U mag kiezen waar we praten" in text
    assert "Liever ergens anders" not in text
    for option in ("op kantoor", "bij u thuis", "tijdens een wandeling", "aan de telefoon", "met beeldbellen"):
        assert squash(option) in squash(text), option


LONG_EMAIL = "annemarie.van.der.heijden-vaneijck@werkeninkomen.gemeente-voorbeeldstad.nl"


@pytest.mark.parametrize("email", ["s.devries@example.nl", LONG_EMAIL])
def test_the_email_address_never_breaks_inside_a_word(pdf_file, email):
    pdf = pdf_file(render_invitation(sample_invitation(consultant=Consultant("Sanne de Vries", "", email))))
    lines = [line.strip() for line in pdf.text().splitlines()]
    start = next(i for i, line in enumerate(lines) if email.startswith(line) and line.endswith(("@", ".", email)))
    pieces = []
    for line in lines[start:]:
        pieces.append(line)
        if "".join(pieces) == email:
            break
    assert "".join(pieces) == email, pieces
    # every piece ends at the '@' or a dot of the domain, or is the whole address
    domain = email.split("@", 1)[1]
    for piece in pieces[:-1]:
        assert piece.endswith("@") or (piece.endswith(".") and piece[:-1].split("@")[-1] in domain), pieces
    if email != LONG_EMAIL:
        assert pieces == [email]


def test_there_is_no_address_block_nabij_stores_no_postal_address():
    # Data minimisation: the resident record has no address, so the letter cannot print one
    # (and never a secret address). If an address field is ever added, this test says: the
    # letter needs the envelope block and the secret-address rule with it.
    from app.models import Resident

    columns = {c.name for c in Resident.__table__.columns}
    assert not {"address", "street", "postal_code", "postcode", "city", "secret_address"} & columns
    assert not {f for f in InvitationData.__dataclass_fields__ if "address" in f and f != "address_form"}


def test_the_letter_fonts_are_embedded(pdf_file):
    data = sample_invitation(resident_name="Mevr. Yılmaz", address_form="u", languages=("nl", "en"))
    fonts = pdf_file(render_invitation(data)).fonts().splitlines()[2:]
    assert fonts
    for row in fonts:
        assert row.split()[-5] == "yes", row  # the "emb" column


def _bbox_words(pdf, page: int) -> tuple[float, list[tuple[str, float, float, float]]]:
    """The page width and its words as pdftotext -bbox sees them: (text, xMin, xMax, yMin)."""
    import subprocess
    import unicodedata

    args = ["pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf.path), "-"]
    html = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = [
        (unicodedata.normalize("NFKC", text), float(x0), float(x1), float(y0))
        for x0, y0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html
        )
    ]
    return width, words


def _row(words, word):
    """The other words on the line of `word`."""
    return [w for w in words if abs(w[3] - word[3]) < 3 and w is not word]


def _rtl(text: str) -> bool:
    return bool(re.search(r"[\u0600-\u06ff]", text))


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_on_a_right_to_left_page_captions_and_signature_stand_at_the_right(pdf_file, lang):
    from app.documents.layout import THEMES

    pdf = pdf_file(render_invitation(sample_invitation(languages=("nl", lang))), f"letter-{lang}")
    margin = THEMES["A4"].margin_right
    # the Dutch page keeps its captions at the left
    width, dutch = _bbox_words(pdf, 1)
    wanneer = next(w for w in dutch if w[0] == "Wanneer")
    assert wanneer[1] < width * 0.25
    width, words = _bbox_words(pdf, 2)
    for value in ("Gemeentehuis,", "s.devries@example.nl", "06"):
        hit = next(w for w in words if w[0] == value)
        caption = [w for w in _row(words, hit) if _rtl(w[0]) and w[1] > hit[2]]
        # the caption (متى / أين, the phone, the e-mail) stands at the right of its value ...
        assert caption, (value, _row(words, hit))
        # ... and the value, a Dutch line that still reads left to right, is aligned right against it
        start = min(w[1] for w in caption)
        end = max(w[2] for w in [hit, *_row(words, hit)] if not _rtl(w[0]) and w[2] < start)
        assert start - end < 80, value
    place = next(w for w in words if w[0] == "Gemeentehuis,")
    where = [w for w in _row(words, place) if _rtl(w[0])]
    assert max(w[2] for w in where) > width - margin - 20  # at the panel's right edge
    # the signature: the consultant's name (after the greeting, the last time it appears) is right-aligned
    name = [w for w in words if w[0] == "Vries"][-1]
    assert name[2] > width - margin - 2
    assert name[1] > width * 0.6

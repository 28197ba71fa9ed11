"""Issue 18: the slip and the letter in the resident's own language.

Each of the nine languages: the text comes back out of the PDF (pdftotext), every
glyph is drawn from an embedded font that has it, right-to-left lines are aligned
right and read in logical order, the bilingual slip stays on one sheet (never four
pages), and the wording files say honestly whether a native speaker checked them.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from app.documents.letter import render_invitation
from app.documents.slip import render_slip
from app.documents.wording import (
    RESIDENT_SECTIONS,
    SUPPORTED,
    Wording,
    is_rtl,
    keys,
    languages_in,
    second_language_for,
    translation_status,
)
from app.paths import resource_path

from .helpers import sample_invitation, squash
from .test_slip_sheet import typical

SECOND = [lang for lang in SUPPORTED if lang != "nl"]
FONT_DIR = Path(str(resource_path("fonts")))


def plain(text: str) -> str:
    """squash() without Arabic vowel marks (pdftotext may put a mark before or after its letter)."""
    import unicodedata

    return "".join(ch for ch in squash(text) if unicodedata.category(ch) != "Mn")


def words_in(phrase: str, text: str) -> bool:
    """Every word of the phrase is in the text (lines of two columns may interleave in pdftotext)."""
    import unicodedata

    def letters(t: str) -> str:
        return "".join(ch for ch in plain(t) if unicodedata.category(ch)[0] in "LN")

    return all(letters(word) in letters(text) for word in phrase.split() if letters(word))


def _langs(lang: str) -> tuple[str, ...]:
    return ("nl",) if lang == "nl" else ("nl", lang)


# -- the wording files -------------------------------------------------------------------


def _resident_keys(lang: str) -> set[str]:
    return {k for k in keys(lang) if k.split(".")[0] in RESIDENT_SECTIONS}


@pytest.mark.parametrize("lang", SECOND)
def test_every_language_has_all_of_what_a_resident_reads(lang):
    assert _resident_keys(lang) == _resident_keys("nl")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", SECOND)
def test_placeholders_match_the_dutch(lang):
    for form in ("je", "u"):
        nl, other = Wording("nl", form), Wording(lang, form)
        for key in _resident_keys("nl"):
            value = nl.raw(key)
            if isinstance(value, str):
                allowed = _fields(value) | ({"name", "surname"} if key.startswith("letter.salutation") else set())
                assert _fields(other.raw(key)) <= allowed, (lang, key)
                if not key.startswith("letter.salutation"):
                    assert _fields(other.raw(key)) == _fields(value), (lang, key)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_translation_status_is_stated(lang):
    status = translation_status(lang)
    if lang == "nl":
        assert status.status == "source"
    else:
        # drafted by the team, or reviewed by a native speaker on a known date
        assert status.status in ("drafted", "reviewed")
        if status.status == "reviewed":
            assert status.reviewed_on is not None and status.reviewed_by


def test_a_review_without_a_date_does_not_count(monkeypatch):
    from app.documents import wording

    monkeypatch.setattr(wording, "_load", lambda _lang: {"translation": {"status": "reviewed", "reviewed_by": "X"}})
    assert wording.translation_status("ar").status == "drafted"


@pytest.mark.parametrize(
    ("typed", "codes", "second"),
    [
        ("Nederlands, Arabisch", ["nl", "ar"], "ar"),
        ("Nederlands en Turks", ["nl", "tr"], "tr"),
        ("Tigrinya", ["ti"], "ti"),
        ("farsi / Engels", ["fa", "en"], "fa"),
        ("Oekraïens", ["uk"], "uk"),
        ("Nederlands, Papiaments", ["nl"], ""),
        ("", [], ""),
    ],
)
def test_the_resident_language_field_names_the_documents_language(typed, codes, second):
    assert languages_in(typed) == codes
    assert second_language_for(typed) == second


# -- the slip in each language -------------------------------------------------------------


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_slip_text_comes_back_in_each_language(pdf_file, lang):
    pdf = pdf_file(render_slip(typical(languages=_langs(lang))), f"slip-{lang}")
    text = pdf.text()
    w = Wording(lang)
    for key in ("slip.title", "slip.owner.resident", "slip.owner.together", "slip.next_title"):
        assert plain(w(key)) in plain(text), (lang, key)
    assert squash("Onze afspraken") in squash(text)  # Dutch always
    assert squash("Bel de woningcorporatie") in squash(text)  # what was typed, untranslated
    if lang != "nl":
        assert words_in(w("slip.typed_in_dutch"), text)  # ... and said to be Dutch
    assert "\u25a1" not in pdf.text()  # no box for a missing glyph


@pytest.mark.parametrize("lang", SUPPORTED)
def test_a_typical_bilingual_slip_is_one_sheet_never_four_pages(pdf_file, lang):
    pdf = pdf_file(render_slip(typical(languages=_langs(lang))), f"slip-{lang}")
    # Dutch alone and with each second language: one side (test_slip_fit.py checks that all of it is there)
    assert pdf.pages == 1


@cache
def _font_coverage() -> dict[str, frozenset[int]]:
    """PostScript name -> the code points the shipped font file has."""
    out = {}
    for path in FONT_DIR.glob("*.ttf"):
        face = TTFont(path.stem, str(path)).face
        out[face.name.decode() if isinstance(face.name, bytes) else face.name] = frozenset(face.charToGlyph)
    return out


def _glyph_problems(pdf) -> list[str]:
    cover = _font_coverage()
    problems = []
    with pdfplumber.open(str(pdf.path)) as doc:
        for page in doc.pages:
            for ch in page.chars:
                name = ch["fontname"].split("+", 1)[-1]
                have = cover.get(name)
                if have is None:
                    problems.append(f"{ch['text']!r} in a font we do not ship: {name}")
                    continue
                for c in ch["text"]:
                    if c.strip() and ord(c) not in have:
                        problems.append(f"{c!r} U+{ord(c):04X} not in {name}")
    return problems


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_glyph_comes_from_an_embedded_font_that_has_it(pdf_file, lang):
    for name, data in (
        ("slip", render_slip(typical(languages=_langs(lang)))),
        ("letter", render_invitation(sample_invitation(languages=_langs(lang)))),
    ):
        pdf = pdf_file(data, f"{name}-{lang}")
        fonts = pdf.fonts().splitlines()[2:]
        assert fonts and all(line.split()[-5] == "yes" for line in fonts), pdf.fonts()
        assert _glyph_problems(pdf) == []


def test_tigrinya_is_set_in_the_ethiopic_font(pdf_file):
    pdf = pdf_file(render_slip(typical(languages=("nl", "ti"))))
    assert "NotoSansEthiopic" in pdf.fonts()


def test_persian_letters_and_digits_print_from_the_arabic_font():
    cover = _font_coverage()["NotoSansArabic-Regular"]
    from app.documents import fonts

    for ch in "پچژگکی۰۱۲۳۴۵۶۷۸۹":
        assert ord(ch) in cover
        # shaped forms too (what reportlab draws)
        assert all(ord(c) in cover for c in fonts.shape(ch + ch + ch))


def _rtl_lines(pdf, page_no: int) -> list[tuple[float, float]]:
    """(x0, x1) of each line of Arabic-script characters on a page."""
    with pdfplumber.open(str(pdf.path)) as doc:
        page = doc.pages[page_no]
        width = page.width
        rows: dict[int, list[dict]] = {}
        for ch in page.chars:
            if re.match(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", ch["text"]):
                rows.setdefault(round(ch["top"]), []).append(ch)
    return [(min(c["x0"] for c in row), max(c["x1"] for c in row)) for row in rows.values()] + [(width, width)]


@pytest.mark.parametrize("lang", [lang for lang in SECOND if is_rtl(lang)])
def test_right_to_left_lines_are_aligned_right(pdf_file, lang):
    # the letter's page in that language: its paragraphs end at the right margin
    pdf = pdf_file(render_invitation(sample_invitation(languages=("nl", lang))))
    lines = _rtl_lines(pdf, 1)
    width = lines.pop()[0]
    right_edges = [x1 for _, x1 in lines]
    assert len(right_edges) >= 8
    margin = width - max(right_edges)
    flush = [x1 for x1 in right_edges if x1 >= width - margin - 1.5]
    # the paragraphs end at the margin (labels, tags and the signature block sit elsewhere)
    assert len(flush) >= 10
    # on the slip, the second language's column ends at the right margin too
    slip = pdf_file(render_slip(typical(languages=("nl", lang))))
    slip_lines = _rtl_lines(slip, 0)
    width = slip_lines.pop()[0]
    assert max(x1 for _, x1 in slip_lines) > width * 0.9


@pytest.mark.parametrize("lang", [lang for lang in SECOND if is_rtl(lang)])
def test_right_to_left_wording_reads_in_logical_order(pdf_file, lang):
    pdf = pdf_file(render_invitation(sample_invitation(languages=("nl", lang))))
    text = plain(pdf.text())
    w = Wording(lang)
    for key in ("letter.title", "letter.when_title", "letter.bring_title", "letter.closing", "letter.bring"):
        assert plain(w(key)) in text, key


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_letter_in_each_language(pdf_file, lang):
    pdf = pdf_file(render_invitation(sample_invitation(languages=_langs(lang))), f"letter-{lang}")
    text = pdf.text()
    w = Wording(lang)
    assert plain(w("letter.title")) in plain(text)
    assert plain(w("letter.bring_title")) in plain(text)
    if lang != "nl":
        assert words_in(w("common.in_dutch"), text)  # the agenda, as typed, is marked as Dutch


def test_large_print_has_nothing_under_16_points(pdf_file):
    pdf = pdf_file(render_slip(typical(languages=("nl", "ar")), "A5", large=True))
    with pdfplumber.open(str(pdf.path)) as doc:
        sizes = {round(c["size"], 1) for page in doc.pages for c in page.chars if c["text"].strip()}
    assert min(sizes) >= 16
    assert pdf.pages <= 4


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_handover_note_renders_in_each_language(pdf_file, lang):
    from datetime import date

    from app.documents.model import Consultant
    from app.documents.team import HandoverData, render_handover

    data = HandoverData(
        "Fatima",
        "je",
        "Werk zoeken",
        "WhatsApp",
        ["Cv maken"],
        Consultant("Sanne", "06", "s@x.nl", "Gemeente X"),
        date(2026, 11, 28),
        language=lang,
    )
    pdf = pdf_file(render_handover(data), f"handover-{lang}")
    w = Wording(lang)
    assert plain(w("handover.title")) in plain(pdf.text())
    assert _glyph_problems(pdf) == []

"""Issue 18: a bilingual slip is one A5 side for typical content, in each of the nine languages.

"Typical" twice: the demo residents' latest meetings as `--demo` seeds them (through the real
services), and the heavier sample of the slip tests (five agreements, two national referrals with
long purposes, the next appointment). Each comes back whole through pdftotext: every fixed line in
both languages and every agreement, derived from the data, not from a list typed here.

More than fits one side goes on the back of the same sheet (two pages, never four), also with a
dozen agreements of hostile text. Text that does not fit is never cut off: it continues on the next
page (a 100,000-character agreement takes the sheets it needs, each saying "Blad n van m").
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pdfplumber
import pytest

from app.documents.fonts import has_rtl
from app.documents.model import SlipAgreement, SlipData
from app.documents.slip import render_slip
from app.documents.wording import SUPPORTED, Wording
from app.services.demo import seed_demo
from app.services.registry import Services

from .helpers import squash
from .test_languages import _langs, plain, words_in
from .test_slip_sheet import EXTRA, FIVE, typical


def fixed_lines(data: SlipData) -> list[str]:
    """Every fixed line the slip prints for this data, in each of its languages (filled in from the data)."""
    lines: list[str] = []
    today = [a for a in data.agreements if a.agreed_on is None or a.agreed_on >= data.meeting_date]
    earlier = [a for a in data.agreements if a not in today]
    for i, lang in enumerate(data.languages):
        w = Wording(lang, data.address_form)
        lines += [w("slip.title"), w("slip.contact_title"), w("slip.contact_intro"), w("slip.next_title")]
        lines.append(w("slip.intro") if today else w("slip.intro_only_earlier"))
        if i:
            lines.append(w("slip.typed_in_dutch"))
        for owner in sorted({a.owner for a in today}):
            if owner == "consultant":
                key = "slip.owner.consultant_no_name" if i else "slip.owner.consultant"
                lines.append(w.raw(key).format(name=data.consultant.name) if not i else w(key))
            else:
                lines.append(w(f"slip.owner.{owner}"))
        if earlier:
            lines.append(w("slip.earlier_title"))
        if data.referrals:
            lines.append(w("slip.referrals_title"))
        for a in data.agreements:
            if a.due is not None:
                lines.append(w.due(a.due, data.meeting_date))
        appt = data.next_appointment
        if appt is not None:
            lines += [w.date_long(appt.start.date()), w("slip.at_time", time=w.time(appt.start))]
            if appt.where(w).strip():
                lines.append(appt.where(w))
        else:
            lines.append(w("slip.no_next"))
    return lines


def typed_lines(data: SlipData) -> list[str]:
    """What the consultant typed or picked: the agreements, referrals and contact details."""
    out = [a.text for a in data.agreements]
    for r in data.referrals:
        out += [r.name, r.purpose, r.contact]
    c = data.consultant
    return [t for t in out + [c.name, c.phone, c.email] if t.strip()]


def comes_back(line: str, text: str) -> bool:
    """The line is in the text; a right-to-left line word by word (pdftotext may set its digits
    and its neighbours' runs in another order, and the line wraps)."""
    if has_rtl(line):
        return words_in(line, text)
    return plain(line) in plain(text)


def assert_whole(pdf, data: SlipData) -> None:
    """Every fixed line and every typed line comes back out of the PDF."""
    text = pdf.text()
    missing = [line for line in fixed_lines(data) + typed_lines(data) if not comes_back(line, text)]
    assert missing == [], missing


def assert_nothing_clipped(pdf) -> None:
    """Every character is drawn inside its page (nothing runs off the paper)."""
    with pdfplumber.open(str(pdf.path)) as doc:
        for page in doc.pages:
            outside = [
                c["text"]
                for c in page.chars
                if c["x0"] < -0.5 or c["x1"] > page.width + 0.5 or c["top"] < -0.5 or c["bottom"] > page.height + 0.5
            ]
            assert outside == [], (page.page_number, outside[:20])


# -- the sample of the slip tests -------------------------------------------------------------


@pytest.mark.parametrize("lang", SUPPORTED)
def test_the_typical_slip_is_one_a5_side_in_each_language(pdf_file, lang):
    data = typical(languages=_langs(lang))
    pdf = pdf_file(render_slip(data), f"typical-{lang}")
    assert pdf.pages == 1
    assert_whole(pdf, data)
    assert "Blad" not in pdf.text()  # one side: no sheet numbers


@pytest.mark.parametrize("lang", ["en", "so"])
def test_the_bilingual_slip_keeps_the_type_sizes(pdf_file, lang):
    # one side by layout and wording, never by smaller type: body 12 pt, dates and labels 11 pt
    pdf = pdf_file(render_slip(typical(languages=("nl", lang))))
    with pdfplumber.open(str(pdf.path)) as doc:
        words = [w for page in doc.pages for w in page.extract_words(extra_attrs=["size"])]
    assert min(w["size"] for w in words) >= 11
    for needle in ("woningcorporatie", "wasmachine", "Onafhankelijke", "s.devries@example.nl"):
        assert all(w["size"] >= 12 for w in words if needle in w["text"]), needle


# -- the demo residents ------------------------------------------------------------------------


@pytest.fixture
def demo(db):
    services = Services.over(db)
    seed_demo(services)
    return services


def _latest_meetings(services: Services) -> list[int]:
    """Each demo resident's latest closed meeting: the slip a consultant would print next."""
    out = []
    for row in services.caseload.list_residents():
        closed = [m for m in services.caseload.get_resident(row.id).meetings if m.status == "closed"]
        if closed:
            out.append(max(closed, key=lambda m: m.starts_at).id)
    return out


@pytest.mark.parametrize("lang", SUPPORTED)
def test_each_demo_residents_slip_is_one_a5_side(demo, pdf_file, lang):
    meetings = _latest_meetings(demo)
    assert len(meetings) >= 5
    for mid in meetings:
        data = demo.documents.slip(mid, second="" if lang == "nl" else lang)
        assert data.languages == _langs(lang)
        pdf = pdf_file(render_slip(data), f"demo-{lang}-{mid}")
        assert pdf.pages == 1, (lang, mid)
        assert_whole(pdf, data)


# -- the worst case: never four pages, nothing lost -------------------------------------------

HOSTILE = [
    "سأتصل بمكتب الإسكان يوم الاثنين \u202eمعكوس\u202c عن الإيجار",
    "Bel \u2067مكتب الإسكان\u2069 over de huur 👍🏽 en de 😀 brief",
    "Ahmed belt (سأتصل بمكتب الإسكان) op maandag \u200f12\u200e december",
    "<b>Markup</b> & AT&T </para> ]]> \U0001f1f3\U0001f1f1",
]


def _many() -> list[SlipAgreement]:
    owners = ["resident", "consultant", "together"]
    out = []
    for i in range(12):
        text = (FIVE + EXTRA)[i % 8].text if i % 2 else HOSTILE[i % 4]
        earlier = date(2025, 10, 3) if i % 5 == 4 else None
        out.append(SlipAgreement(text, owners[i % 3], date(2025, 12, 1 + i), agreed_on=earlier))  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize("lang", SUPPORTED)
def test_a_dozen_hostile_agreements_stay_on_one_sheet(pdf_file, lang):
    data = typical(agreements=_many(), languages=_langs(lang))
    pdf = pdf_file(render_slip(data), f"many-{lang}")
    assert pdf.pages <= 2  # front and back of one sheet
    body = squash(pdf.text())
    for a in data.agreements:
        assert comes_back(a.text, pdf.text()) or squash(a.text) in body, a.text
    assert_nothing_clipped(pdf)


def test_a_100k_agreement_continues_and_the_second_language_does_not_double_it(pdf_file):
    text = " ".join(f"w{i:05d}" for i in range(14_286))[:100_000]
    data = typical(agreements=[SlipAgreement(text, "resident"), *FIVE[1:]])
    dutch = pdf_file(render_slip(data))
    both = pdf_file(render_slip(dataclasses.replace(data, languages=("nl", "ar"))))
    # too long for any sheet: it goes on, page after page, and the second language adds at most one
    assert dutch.pages > 2
    assert both.pages <= dutch.pages + 1
    assert squash(text) in squash(both.body_text(top_band=62))
    assert squash(FIVE[-1].text) in squash(both.text())  # what follows it is still there
    assert_nothing_clipped(both)


CASES = [
    (count, langs, paper, large)
    for count in (0, 3, 4, 5, 6, 8, 12)
    for langs, paper, large in (
        (("nl",), "A5", False),
        (("nl", "en"), "A5", False),
        (("nl", "ar"), "A5", False),
        (("nl",), "A5", True),
        (("nl", "so"), "A4", False),
    )
]


@pytest.mark.parametrize(("count", "langs", "paper", "large"), CASES)
def test_skipping_a_doomed_one_sheet_attempt_changes_nothing(monkeypatch, count, langs, paper, large):
    """Issue 16: a slip whose own heights pass one sheet goes straight to the layout with footers. The
    shortcut may only ever skip an attempt that would have failed: the PDF is the same, byte for byte,
    as with every attempt made, and whenever it says "no" the attempt itself says so too."""
    from app.documents import slip

    data = typical(agreements=(_many() * 2)[:count], languages=langs)
    attempts: list[tuple[bool, bool]] = []  # (the shortcut's answer, whether the attempt fitted)
    real_check, real_build = slip._may_fit_one_sheet, slip._build

    def check(story, st, section_langs):
        answer = real_check(story, st, section_langs)
        if not answer:
            fitted = real_build(slip.story_for(data, st, section_langs), data, st, section_langs, single=True)
            attempts.append((answer, fitted is not None))
        return answer

    monkeypatch.setattr(slip, "_may_fit_one_sheet", check)
    quick = render_slip(data, paper, large=large)
    assert all(not fitted for _answer, fitted in attempts), "a slip that fits one sheet was sent to two"
    monkeypatch.setattr(slip, "_may_fit_one_sheet", lambda *_args: True)
    assert render_slip(data, paper, large=large) == quick


def test_a_long_slip_is_laid_out_once_not_twice(monkeypatch):
    from app.documents import slip

    builds: list[bool] = []
    real_build = slip._build

    def build(*args, single):
        builds.append(single)
        return real_build(*args, single=single)

    monkeypatch.setattr(slip, "_build", build)
    render_slip(typical(agreements=(_many() * 2)[:20], languages=("nl",)))
    assert builds == [False]

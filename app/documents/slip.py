"""The agreements slip (afsprakenbriefje): what the resident takes home.

One sheet, A5 by default, in plain language: who does what and by when, the
next appointment, where to go for help, and how to reach the consultant.
With a second language the same slip follows on its own page(s).
"""

from __future__ import annotations

from typing import Literal

from reportlab.platypus import Flowable, PageBreak, Paragraph

from app.vocabulary import Owner

from . import fonts
from .layout import (
    ACCENT,
    TINT,
    Block,
    LanguageMark,
    Styles,
    build_pdf,
    checkbox_marker,
    fill,
    header,
    label,
    text_marker,
    theme_for,
)
from .model import SlipAgreement, SlipData
from .text import user_flowables
from .wording import SUPPORTED, Wording


def _languages(requested: tuple[str, ...]) -> list[str]:
    langs: list[str] = []
    for lang in requested or ("nl",):
        if lang not in SUPPORTED:
            raise ValueError(f"no slip wording for language {lang!r}; have {SUPPORTED}")
        if lang not in langs:
            langs.append(lang)
    return langs


def _group_heading(owner: str, data: SlipData, w: Wording, st: Styles) -> Paragraph:
    if owner == "consultant":
        name = data.consultant.name.strip()
        if name:
            return Paragraph(fill(w("slip.owner.consultant"), name=name), st.heading)
        return Paragraph(label(w("slip.owner.consultant_no_name")), st.heading)
    return Paragraph(label(w(f"slip.owner.{owner}")), st.heading)


def _agreement(item: SlipAgreement, data: SlipData, w: Wording, st: Styles) -> list[Flowable]:
    """A checkbox beside the agreement, and the due date under it.

    Only the first paragraph sits in a Block (for the checkbox); the rest of
    a long text follows as plain indented paragraphs, so it flows over pages
    without the Block re-measuring all of it on every page.
    """
    box = st.theme.body * 0.78
    indent = box + 9
    body = st.indented(st.body, indent)
    paragraphs: list[Flowable] = user_flowables(item.text, body) or [Paragraph("\u2014", body)]
    first = Block(paragraphs[:1], marker=checkbox_marker(box), space_before=st.theme.leading * 0.45)
    out: list[Flowable] = [first, *paragraphs[1:]]
    if item.due is not None:
        out.append(Paragraph(label(w.due(item.due, data.meeting_date)), st.indented(st.due, indent)))
    return out


def _labelled(caption: str, value: str, st: Styles, width: float) -> Block:
    """A caption on the left ("Waar") and user text beside it."""
    return Block(
        user_flowables(value, st.body) or [Paragraph(" ", st.body)],
        left=width,
        marker=text_marker(caption, st.label),
        space_before=2,
    )


def _caption_width(captions: list[str], st: Styles) -> float:
    widest = max(fonts.string_width(c, st.label.fontSize) for c in captions)
    return widest + 10


def _section(data: SlipData, lang: str, st: Styles) -> list[Flowable]:
    w = Wording(lang, data.address_form)
    t = st.theme
    story: list[Flowable] = [LanguageMark(lang)]
    story += header(data.consultant.municipality, data.logo_path, st)

    # title, for whom, which meeting
    story.append(Paragraph(label(w("slip.title")), st.title))
    if data.resident_name.strip():
        story.append(Paragraph(fill(w("slip.for_name"), name=data.resident_name.strip()), st.subtitle))
    story.append(Paragraph(label(w("slip.meeting_on", date=w.date_long(data.meeting_date))), st.small))

    # agreements, grouped by owner, each group in the given order
    if data.agreements:
        story.append(Paragraph(label(w("slip.intro")), st.spaced(st.body, t.leading * 0.8)))
        story.append(Paragraph(label(w("slip.checkbox_hint")), st.small))
        for owner in Owner:
            items = [a for a in data.agreements if a.owner == owner]
            if not items:
                continue
            story += [st.keep_room(), _group_heading(owner, data, w, st)]
            for a in items:
                story += _agreement(a, data, w, st)
    else:
        story.append(Paragraph(label(w("slip.no_agreements")), st.spaced(st.body, t.leading * 0.8)))

    # next appointment, in a calm tinted panel
    captions = [w("slip.when"), w("slip.where")]
    cap_w = _caption_width(captions, st)
    panel: list[Flowable] = [Paragraph(label(w("slip.next_title")), st.panel_heading)]
    appt = data.next_appointment
    if appt is not None:
        panel.append(_labelled(w("slip.when"), w.date_time(appt.start), st, cap_w))
        if appt.where(w).strip():
            panel.append(_labelled(w("slip.where"), appt.where(w), st, cap_w))
    else:
        panel.append(Paragraph(label(w("slip.no_next")), st.body))
    pad = t.leading * 0.7
    story.append(
        Block(
            panel,
            left=pad + 3,
            right=pad,
            top=pad,
            bottom=pad,
            background=TINT,
            bar=ACCENT,
            bar_width=3,
            space_before=t.leading * 1.1,
            keep_together=t.frame_height,
        )
    )

    # referrals
    referrals = [r for r in data.referrals if (r.name.strip() or r.purpose.strip() or r.contact.strip())]
    if referrals:
        story += [st.keep_room(), Paragraph(label(w("slip.referrals_title")), st.heading)]
        for r in referrals:
            content: list[Flowable] = []
            content += user_flowables(r.name, st.strong)
            content += user_flowables(r.purpose, st.body)
            content += user_flowables(r.contact, st.small)
            story.append(
                Block(
                    content,
                    left=10,
                    bar=ACCENT,
                    bar_width=1.2,
                    space_before=t.leading * 0.45,
                    keep_together=t.frame_height,
                )
            )

    # how to reach the consultant
    c = data.consultant
    contact: list[Flowable] = [
        Paragraph(label(w("slip.contact_title")), st.heading),
        Paragraph(label(w("slip.contact_intro")), st.body),
    ]
    if c.name.strip():
        contact += user_flowables(c.name, st.spaced(st.strong, t.leading * 0.4))
    rows = [(w("common.phone"), c.phone), (w("common.email"), c.email)]
    if data.client_number:
        rows.append((w("slip.client_number"), data.client_number))
    rows = [(cap, val) for cap, val in rows if val and val.strip()]
    if rows:
        cw = _caption_width([cap for cap, _ in rows], st)
        contact += [_labelled(cap, val, st, cw) for cap, val in rows]
    story.append(Block(contact, space_before=st.heading.spaceBefore, keep_together=t.frame_height))
    return story


def render_slip(data: SlipData, page_size: Literal["A5", "A4"] = "A5") -> bytes:
    """The agreements slip as PDF bytes.

    Only the fields of SlipData are printed. The first language is the main
    slip; each further language follows on a new page.
    """
    t = theme_for(page_size)
    st = Styles(t)
    langs = _languages(tuple(data.languages))
    story: list[Flowable] = []
    for i, lang in enumerate(langs):
        if i:
            story.append(PageBreak())
        story += _section(data, lang, st)

    municipality = data.consultant.municipality.strip()
    title = Wording(langs[0], data.address_form)("slip.document_title")
    return build_pdf(story, t, title=title, municipality=municipality, address_form=data.address_form, lang=langs[0])

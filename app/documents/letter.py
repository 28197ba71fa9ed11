"""The invitation letter: a friendly plain-language invitation to a meeting.

It proposes an agenda (showing which topics the resident put forward), asks
for their own topics, says they may bring someone, offers another place to
meet, and tells them how to reach the consultant. No article numbers, no
threats: the wording lives in resources/documents/<lang>.toml.

- The sender (the consultant's name and municipality) is named at the top,
  right after the salutation, not only at the signature.
- The salutation is made from the stored name (salutation.py): "Dhr. De Boer"
  becomes "Beste meneer De Boer", never "Beste Dhr. De Boer".
- Another place is offered only among the places not already chosen.
- The e-mail address never breaks inside a word (UnbrokenLine).
- There is no window-envelope address block: Nabij stores no postal address
  (data minimisation; a resident may live at a secret address), so the letter
  has none to print. It is handed over, or sent by the municipality's own post.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph

from . import fonts
from .layout import (
    ACCENT,
    TINT,
    Block,
    Columns,
    LanguageMark,
    Styles,
    UnbrokenLine,
    WritingLines,
    build_pdf,
    fill_line,
    header,
    number_marker,
    tag_marker,
    tag_width,
    text_marker,
    theme_for,
)
from .model import Appointment, InvitationData
from .salutation import name_parts
from .slip import _languages
from .text import is_blank, phrase, user_flowables
from .wording import Wording, is_rtl


def _caption_width(captions: list[str], st: Styles) -> float:
    return max(fonts.string_width(c, st.label.fontSize) for c in captions) + 12


def _labelled(caption: str, value: str, st: Styles, width: float, rtl: bool = False) -> Block:
    """A caption ("Wanneer") and its value beside it; on a right-to-left page the caption stands
    at the right and the value to its left, aligned right (a Dutch place name still reads left to right)."""
    if rtl:
        body = _right(st.body)
        return Block(
            user_flowables(value, body) or [Paragraph(" ", body)],
            right=width,
            right_marker=text_marker(caption, st.label, right=True),
            space_before=2,
        )
    return Block(
        user_flowables(value, st.body) or [Paragraph(" ", st.body)],
        left=width,
        marker=text_marker(caption, st.label),
        space_before=2,
    )


def _right(style: ParagraphStyle) -> ParagraphStyle:
    """`style` aligned right, for the lines of a right-to-left page."""
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _salutation(stored: str, w: Wording, style: ParagraphStyle) -> Flowable:
    parts = name_parts(stored)
    if parts.kind == "none":
        return phrase(w("letter.salutation.none"), style)
    return fill_line(w(f"letter.salutation.{parts.kind}"), style, name=parts.name, surname=parts.surname)


def _sender(data: InvitationData, w: Wording, style: ParagraphStyle) -> list[Flowable]:
    name, municipality = data.consultant.name.strip(), data.consultant.municipality.strip()
    if is_blank(name) and is_blank(municipality):
        return []
    if is_blank(municipality):
        return [fill_line(w("letter.sender_name_only"), style, name=name)]
    if is_blank(name):
        return [fill_line(w("letter.sender_municipality_only"), style, municipality=municipality)]
    return [fill_line(w("letter.sender"), style, name=name, municipality=municipality)]


def _other_places(appt: Appointment | None, w: Wording) -> str:
    """The places to offer, in the file's order, without the one already chosen."""
    chosen = appt.place_kind if appt is not None else None
    kinds = [k for k in w.raw("letter.place_options") if k != chosen]
    return w.join([w(f"letter.place_options.{k}") for k in kinds])


def _section(data: InvitationData, lang: str, st: Styles, letter_date: date) -> list[Flowable]:
    w = Wording(lang, data.address_form)
    t = st.theme
    gap = t.leading
    rtl = is_rtl(lang)  # captions and the signature mirrored: at the right
    story: list[Flowable] = [LanguageMark(lang)]
    story += header(data.consultant.municipality, data.logo_path, st)
    story.append(phrase(w.date_plain(letter_date), st.right_small))
    story.append(phrase(w("letter.title"), st.spaced(st.title, 2)))

    story.append(_salutation(data.resident_name, w, st.spaced(st.body, gap * 0.6)))
    story += _sender(data, w, st.spaced(st.body, gap * 0.5))
    story.append(phrase(w("letter.opening"), st.spaced(st.body, gap * 0.3)))

    # when and where, in the one tinted panel, with the offer of another place
    panel: list[Flowable] = [phrase(w("letter.when_title"), st.panel_heading)]
    appt = data.appointment
    if appt is not None:
        cap_w = _caption_width([w("letter.when"), w("letter.where")], st)
        panel.append(_labelled(w("letter.when"), w.date_time(appt.start), st, cap_w, rtl))
        if appt.where(w).strip():
            panel.append(_labelled(w("letter.where"), appt.where(w), st, cap_w, rtl))
    else:
        panel.append(phrase(w("letter.no_appointment"), st.body))
    if data.place_choice_note:
        key = "letter.place_choice" if appt is not None else "letter.place_choice_open"
        text = w(key, options=_other_places(appt, w)) + " " + w("letter.place_choice_after")
        panel.append(phrase(text, st.spaced(st.body, gap * 0.5)))
    panel.append(phrase(w("letter.cannot_come"), st.spaced(st.body, gap * 0.3)))
    pad = gap * 0.65
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
            space_before=gap,
            keep_together=t.frame_height,
        )
    )

    # bring someone
    story += [st.keep_room(), phrase(w("letter.bring_title"), st.heading)]
    story.append(phrase(w("letter.bring"), st.body))

    # the proposed agenda; the resident's own topics are marked as theirs
    story += [st.keep_room(), phrase(w("letter.agenda_title"), st.heading)]
    if data.agenda:
        story.append(phrase(w("letter.agenda_intro"), st.body))
        for n, line in enumerate(data.agenda, start=1):
            content = user_flowables(line.text, st.body) or [Paragraph("\u2014", st.body)]
            tag, right = None, 0.0
            if line.proposed_by == "resident":
                mine = w("letter.proposed_by_resident")
                if lang != "nl":  # the topic as typed, in Dutch: say so
                    mine = f"{mine} {w('common.in_dutch')}"
                tag, right = tag_marker(mine, st.small), tag_width(mine, st.small) + 10
            elif lang != "nl":
                mine = w("common.in_dutch")
                tag, right = tag_marker(mine, st.small), tag_width(mine, st.small) + 10
            story.append(
                Block(
                    content,
                    left=18,
                    right=right,
                    marker=number_marker(n, st.body),
                    right_marker=tag,
                    space_before=gap * 0.3,
                )
            )
    else:
        story.append(phrase(w("letter.agenda_empty"), st.body))

    # room for their own topics
    story.append(
        Block(
            [
                phrase(w("letter.own_topics_title"), st.heading),
                phrase(w("letter.own_topics"), st.body),
                WritingLines(2, gap * 1.6),
            ],
            space_before=st.heading.spaceBefore,
            keep_together=t.frame_height,
        )
    )

    # closing, then signature and how to reach me side by side
    c = data.consultant
    story.append(phrase(w("letter.closing"), st.spaced(st.body, gap * 0.9)))
    body, strong = (_right(st.body), _right(st.strong)) if rtl else (st.body, st.strong)
    signature: list[Flowable] = [phrase(w("letter.greeting"), body)]
    if c.name.strip():
        signature += user_flowables(c.name, st.spaced(strong, gap * 0.3))
    if c.municipality.strip():
        signature += user_flowables(c.municipality, body)
    contact: list[Flowable] = []
    rows = [(w("common.phone"), c.phone, False), (w("common.email"), c.email, True)]
    rows = [(cap, val, unbroken) for cap, val, unbroken in rows if not is_blank(val)]
    if rows:
        contact.append(phrase(w("letter.contact_title"), strong))
        cw = _caption_width([cap for cap, _, _ in rows], st)
        for cap, val, unbroken in rows:
            if unbroken:  # an e-mail address the resident types over: never split inside it
                line = UnbrokenLine(val, st.body, min_size=st.theme.small, right=rtl)
                marker = text_marker(cap, st.label, right=rtl)
                contact.append(
                    Block([line], right=cw, right_marker=marker, space_before=2)
                    if rtl
                    else Block([line], left=cw, marker=marker, space_before=2)
                )
            else:
                contact.append(_labelled(cap, val, st, cw, rtl))
    if rtl:
        # mirrored: the signature at the right, how to reach me to its left
        columns = Columns(contact, signature, gap=gap * 1.5, split_at=0.55, space_before=gap * 0.8)
    else:
        columns = Columns(signature, contact, gap=gap * 1.5, split_at=0.45, space_before=gap * 0.8)
    columns.max_height = t.frame_height
    story.append(columns)
    return story


def render_invitation(data: InvitationData, page_size: Literal["A5", "A4"] = "A4") -> bytes:
    """The invitation letter as PDF bytes; a second language follows on a new page."""
    t = theme_for(page_size)
    st = Styles(t)
    langs = _languages(tuple(data.languages))
    letter_date = data.letter_date or date.today()
    story: list[Flowable] = []
    for i, lang in enumerate(langs):
        if i:
            story.append(PageBreak())
        story += _section(data, lang, st, letter_date)

    municipality = data.consultant.municipality.strip()
    title = Wording(langs[0], data.address_form)("letter.document_title")
    return build_pdf(story, t, title=title, municipality=municipality, address_form=data.address_form, lang=langs[0])

"""The agreements slip (afsprakenbriefje): what the resident takes home.

One sheet, A5 by default, in plain language: who does what and by when, the
next appointment, where to go for help, and how to reach the consultant.

- Typical content fits one A5 sheet: up to five agreements, two referrals,
  the next appointment and the contact block. Body text is 12 pt, dates and
  labels 11 pt, tick boxes 5 mm.
- With more, the slip goes on to a second sheet that carries the title, the
  name, the meeting's date and "Blad 2 van 2", so no sheet is an orphan. The
  next appointment and the contact block stay together as one band.
- Agreements from earlier meetings stand in their own group ("Nog open van
  eerder") with the date they were agreed; a due date already past is never
  printed as a deadline ("zo snel mogelijk").
- A referral the slip cannot say how to reach (no contact, no website) is
  left off: a name without a way in is a dead end.
- A4 has its own layout (larger type and margins), never an A5 page on A4.

With a second language the same slip follows on its own sheet(s).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from app.vocabulary import Owner

from . import fonts
from .layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    Block,
    Columns,
    LanguageMark,
    Marker,
    Styles,
    Theme,
    UnbrokenLine,
    fill_line,
    footer_canvas,
    header,
    label,
)
from .model import SlipAgreement, SlipData, SlipReferral
from .text import clean_text, is_blank, para_text, user_flowables
from .wording import SUPPORTED, Wording


def _languages(requested: tuple[str, ...]) -> list[str]:
    langs: list[str] = []
    for lang in requested or ("nl",):
        if lang not in SUPPORTED:
            raise ValueError(f"no slip wording for language {lang!r}; have {SUPPORTED}")
        if lang not in langs:
            langs.append(lang)
    return langs


# -- sizes ----------------------------------------------------------------------


@dataclass(frozen=True)
class SlipTheme:
    """The slip's sizes on one paper size (the minimums: body 12, labels 11, box 5 mm)."""

    page: Theme
    box: float  # tick box side, in points
    band: float  # height of the continuation band at the top of a later sheet
    single_bottom: float  # bottom margin when the slip is one sheet (no footer)


SLIP_THEMES = {
    # page, margins left/right/top/bottom, body, leading, small (dates and labels), heading, title
    "A5": SlipTheme(Theme(A5, 11 * mm, 11 * mm, 10 * mm, 13 * mm, 12, 14.6, 11, 12.5, 18), 5 * mm, 42, 8 * mm),
    "A4": SlipTheme(Theme(A4, 22 * mm, 22 * mm, 18 * mm, 20 * mm, 14, 18.5, 12.5, 15, 24), 6.5 * mm, 50, 12 * mm),
}


def slip_theme(page_size: str) -> SlipTheme:
    try:
        return SLIP_THEMES[page_size]
    except KeyError:
        raise ValueError(f"page_size must be one of {sorted(SLIP_THEMES)}, not {page_size!r}") from None


class SlipStyles(Styles):
    """The document styles, set tighter for one sheet."""

    def __init__(self, st: SlipTheme) -> None:
        super().__init__(st.page)
        t = st.page
        self.slip = st
        self.municipality = ParagraphStyle(
            "s_municipality", parent=self.municipality, fontSize=t.small, leading=t.small * 1.25
        )
        self.title = ParagraphStyle(
            "s_title", parent=self.title, spaceBefore=t.leading * 0.25, spaceAfter=0, leading=t.title * 1.15
        )
        self.subtitle = ParagraphStyle(
            "s_subtitle", parent=self.body, fontSize=t.small, leading=t.small * 1.3, textColor=MUTED
        )
        self.heading = ParagraphStyle(
            "s_heading",
            parent=self.heading,
            leading=t.heading * 1.22,
            spaceBefore=t.leading * 0.38,
            spaceAfter=t.leading * 0.05,
        )
        self.panel_heading = ParagraphStyle("s_panel_heading", parent=self.heading, textColor=INK, spaceBefore=0)
        self.small = ParagraphStyle("s_small", parent=self.small, leading=t.small * 1.2)
        self.due = ParagraphStyle(
            "s_due", parent=self.small, textColor=ACCENT, fontName=fonts.LATIN.bold, spaceBefore=0.5
        )
        self.earlier = ParagraphStyle("s_earlier", parent=self.small, textColor=MUTED, spaceBefore=0.5)
        self.intro = ParagraphStyle("s_intro", parent=self.body, spaceBefore=t.leading * 0.35)
        # the most a block may need to stay whole: the frame of a later sheet
        self.room = t.frame_height - st.band


# -- pieces ------------------------------------------------------------------------


def _group_heading(owner: str, data: SlipData, w: Wording, st: SlipStyles) -> Flowable:
    if owner == "consultant":
        name = data.consultant.name.strip()
        if name:
            return fill_line(w("slip.owner.consultant"), st.heading, name=name)
        return Paragraph(label(w("slip.owner.consultant_no_name")), st.heading)
    return Paragraph(label(w(f"slip.owner.{owner}")), st.heading)


def box_marker(size: float, body: ParagraphStyle) -> Marker:
    """A tick box of `size` points, centred on the first line's lower-case letters."""
    mid = body.fontSize * 0.27  # the middle of the x-height above the baseline

    def draw(canv: Canvas, _width: float, baseline: float) -> None:
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.0)
        canv.roundRect(0, baseline + mid - size / 2, size, size, size * 0.14, stroke=1, fill=0)

    return draw


def _agreement(item: SlipAgreement, data: SlipData, w: Wording, st: SlipStyles, earlier: bool) -> list[Flowable]:
    """A tick box beside the agreement, then (for an earlier one) who and when agreed, then the due date.

    Only the first paragraph sits in a Block (for the box); the rest of a long
    text follows as plain indented paragraphs, so it flows over pages.
    """
    box = st.slip.box
    indent = box + st.theme.body * 0.6
    body = st.indented(st.body, indent)
    paragraphs: list[Flowable] = user_flowables(item.text, body) or [Paragraph("\u2014", body)]
    lines: list[Flowable] = []
    if earlier and item.agreed_on is not None:
        who = w(f"slip.who.{item.owner}")
        lines.append(
            Paragraph(
                label(w("slip.earlier_line", who=who, date=w.date_near(item.agreed_on, data.meeting_date))),
                st.indented(st.earlier, indent),
            )
        )
    if item.due is not None:
        lines.append(Paragraph(label(w.due(item.due, data.meeting_date)), st.indented(st.due, indent)))
    # the box is taller than one line: keep room under it when the text is one short line
    first = Block(
        paragraphs[:1] + (lines if len(paragraphs) == 1 else []),
        marker=box_marker(box, st.body),
        space_before=st.theme.leading * 0.22,
        keep_together=st.room,
    )
    first.min_height = box * 0.5 + st.theme.body * 0.27 + st.theme.body
    if len(paragraphs) == 1:
        return [first]
    return [first, *paragraphs[1:], *lines]


def _is_earlier(item: SlipAgreement, data: SlipData) -> bool:
    return item.agreed_on is not None and item.agreed_on < data.meeting_date


_SCHEME = re.compile(r"^(https?://)?(www\.)?", re.IGNORECASE)


def _web(url: str) -> str:
    """A website as a resident would type it: "nibud.nl", not "https://www.nibud.nl/"."""
    return _SCHEME.sub("", url.strip()).rstrip("/")


def _referral(r: SlipReferral, st: SlipStyles) -> Block:
    name, purpose = clean_text(r.name).strip(), clean_text(r.purpose).strip()
    content: list[Flowable] = []
    if fonts.has_rtl(name + purpose):
        content += user_flowables(name, st.strong)
        content += user_flowables(purpose, st.body)
    elif name and purpose:
        content.append(Paragraph(f"<b>{para_text(name)}</b> \u2013 {para_text(purpose)}", st.body))
    else:
        content += user_flowables(name or purpose, st.strong if name else st.body)
    reach = " \u00b7 ".join(part for part in (r.contact.strip(), _web(r.website)) if part)
    content += user_flowables(reach, ParagraphStyle("s_reach", parent=st.body, textColor=ACCENT))
    return Block(
        content,
        left=st.theme.body * 0.75,
        bar=ACCENT,
        bar_width=1.4,
        space_before=st.theme.leading * 0.3,
        keep_together=st.room,
    )


def _next_panel(data: SlipData, w: Wording, st: SlipStyles) -> Block:
    t = st.theme
    panel: list[Flowable] = [Paragraph(label(w("slip.next_title")), st.panel_heading)]
    appt = data.next_appointment
    if appt is not None:
        panel.append(Paragraph(label(w.date_long(appt.start.date())), st.strong))
        panel.append(Paragraph(label(w("slip.at_time", time=w.time(appt.start))), st.body))
        where = appt.where(w)
        if where.strip():
            panel += user_flowables(where, st.body)
    else:
        panel.append(Paragraph(label(w("slip.no_next")), st.body))
    pad = t.leading * 0.45
    return Block(panel, left=pad + 3, right=pad, top=pad, bottom=pad, background=TINT, bar=ACCENT, bar_width=3)


def _contact(data: SlipData, w: Wording, st: SlipStyles) -> list[Flowable]:
    c = data.consultant
    out: list[Flowable] = [
        Paragraph(label(w("slip.contact_title")), st.panel_heading),
        Paragraph(label(w("slip.contact_intro")), st.body),
    ]
    out += user_flowables(c.name, st.spaced(st.strong, st.theme.leading * 0.2))
    out += user_flowables(c.phone, st.body)
    if not is_blank(c.email):
        out.append(UnbrokenLine(c.email, st.body, min_size=st.theme.small))  # typed over: never split mid-word
    if data.client_number and data.client_number.strip():
        out.append(fill_line(w("slip.client_number_line"), st.body, number=data.client_number))
    return out


def _section(data: SlipData, lang: str, st: SlipStyles) -> list[Flowable]:
    w = Wording(lang, data.address_form)
    t = st.theme
    story: list[Flowable] = [LanguageMark(lang)]
    story += header(data.consultant.municipality, data.logo_path, st)

    # title, for whom, which meeting
    story.append(Paragraph(label(w("slip.title")), st.title))
    when = w.date_long(data.meeting_date)
    if data.resident_name.strip():
        story.append(fill_line(w("slip.for_name_on"), st.subtitle, name=data.resident_name.strip(), date=when))
    else:
        story.append(Paragraph(label(w("slip.meeting_on", date=when)), st.subtitle))

    agreements = [a for a in data.agreements if not is_blank(a.text)]
    today = [a for a in agreements if not _is_earlier(a, data)]
    earlier = [a for a in agreements if _is_earlier(a, data)]
    if agreements:
        story.append(Paragraph(label(w("slip.intro" if today else "slip.intro_only_earlier")), st.intro))
        for owner in Owner:
            items = [a for a in today if a.owner == owner]
            if not items:
                continue
            story += [st.keep_room(2), _group_heading(owner, data, w, st)]
            for a in items:
                story += _agreement(a, data, w, st, earlier=False)
        if earlier:
            story += [st.keep_room(2), Paragraph(label(w("slip.earlier_title")), st.heading)]
            for a in sorted(earlier, key=lambda a: list(Owner).index(a.owner)):
                story += _agreement(a, data, w, st, earlier=True)
    else:
        story.append(Paragraph(label(w("slip.no_agreements")), st.intro))

    # referrals: only those the slip can say how to reach
    referrals = [r for r in data.referrals if r.reachable and not is_blank(r.name + r.purpose)]
    if referrals:
        story += [st.keep_room(2), Paragraph(label(w("slip.referrals_title")), st.heading)]
        story += [_referral(r, st) for r in referrals]

    # the next appointment and how to reach the consultant: one band, never split
    story.append(CondPageBreak(t.leading * 6))
    story.append(
        Columns(
            [_next_panel(data, w, st)],
            _contact(data, w, st),
            gap=t.body * 1.2,
            split_at=0.52,
            space_before=t.leading * 0.6,
            max_height=st.room,
        )
    )
    return story


# -- pages ---------------------------------------------------------------------------


def _draw_runs(canv: Canvas, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    for family, run in fonts.font_runs(fonts.visual_line(clean_text(text))):
        font = family.pick(bold)
        canv.setFont(font, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)
    return x


def _fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """Text cut with "…" so that it fits `width` (a band is one line)."""
    text = " ".join(clean_text(text).split())
    if fonts.string_width(fonts.visual_line(text), size, bold) <= width:
        return text
    text = text[: int(width / (size * 0.2)) + 1]  # no glyph is narrower than a fifth of the size
    while text and fonts.string_width(fonts.visual_line(text + "\u2026"), size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _furniture(data: SlipData, st: SlipStyles) -> Callable[[Canvas, int, int, str], None]:
    """Draws, once the page count is known: "Blad 1 van 2" at the foot of each sheet of a
    section with more than one, and on every later sheet a band with the title, the name
    and the date, so a sheet found on its own still says whose it is."""
    t = st.theme
    size = t.small

    def draw(canv: Canvas, page: int, pages: int, lang: str) -> None:
        if pages == 1:
            return  # one sheet: the header says it all
        w = Wording(lang, data.address_form)
        sheet = w("slip.sheet", page=page, pages=pages)
        right = t.page[0] - t.margin_right
        canv.saveState()
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        # foot
        y = t.margin_bottom * 0.4
        canv.line(t.margin_left, y + size * 1.35, right, y + size * 1.35)
        canv.setFont(fonts.LATIN.regular, size)
        canv.drawRightString(right, y, sheet)
        municipality = data.consultant.municipality.strip()
        if municipality:
            room = t.frame_width - fonts.string_width(sheet, size) - size * 2
            _draw_runs(canv, t.margin_left, y, _fit(municipality, size, room), size)
        if page > 1:
            # the continuation band: title and sheet number, then name and date
            top = t.page[1] - t.margin_top - size
            canv.setFillColor(INK)
            title = w("slip.title")
            canv.setFont(fonts.LATIN.bold, size)
            canv.drawString(t.margin_left, top, title)
            canv.setFont(fonts.LATIN.regular, size)
            canv.drawRightString(right, top, sheet)
            when = w.date_long(data.meeting_date)
            name = data.resident_name.strip()
            second = w("slip.for_name_on", name=name, date=when) if name else w("slip.meeting_on", date=when)
            canv.setFillColor(MUTED)
            _draw_runs(canv, t.margin_left, top - size * 1.3, _fit(second, size, t.frame_width), size)
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(0.8)
            line_y = top - size * 1.3 - size * 0.6
            canv.line(t.margin_left, line_y, right, line_y)
        canv.restoreState()

    return draw


def render_slip(data: SlipData, page_size: str = "A5") -> bytes:
    """The agreements slip as PDF bytes.

    Only the fields of SlipData are printed. The first language is the main
    slip; each further language follows on a new sheet.
    """
    st = SlipStyles(slip_theme(page_size))
    langs = _languages(tuple(data.languages))
    # A slip that fits one sheet per language needs no footer: try it with a
    # narrow bottom margin first, and lay it out again with room for the
    # footer ("Blad 1 van 2") only when it does not fit.
    pdf, pages = _build(story_for(data, st, langs), data, st, langs, single=True)
    if pages == len(langs):
        return pdf
    pdf, _ = _build(story_for(data, st, langs), data, st, langs, single=False)
    return pdf


def story_for(data: SlipData, st: SlipStyles, langs: list[str]) -> list[Flowable]:
    story: list[Flowable] = []
    for i, lang in enumerate(langs):
        if i:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _section(data, lang, st)
    return story


def _build(
    story: list[Flowable], data: SlipData, st: SlipStyles, langs: list[str], *, single: bool
) -> tuple[bytes, int]:
    """The PDF and its number of pages."""
    theme = st.slip
    t = theme.page
    bottom = theme.single_bottom if single else t.margin_bottom
    height = t.page[1] - t.margin_top - bottom
    municipality = data.consultant.municipality.strip()
    title = Wording(langs[0], data.address_form)("slip.document_title")
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=t.page,
        leftMargin=t.margin_left,
        rightMargin=t.margin_right,
        topMargin=t.margin_top,
        bottomMargin=bottom,
        title=title,
        author=municipality or "Nabij",
        creator="Nabij",
        producer="Nabij",
        subject="",
        lang=langs[0],
        invariant=1,
        initialFontName=fonts.LATIN.regular,
    )

    def frame(top_band: float) -> Frame:
        return Frame(
            t.margin_left,
            bottom,
            t.frame_width,
            height - top_band,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame(0)], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame(theme.band)]),
        ]
    )
    doc.build(story, canvasmaker=footer_canvas(_furniture(data, st)))
    return buf.getvalue(), int(doc.page)

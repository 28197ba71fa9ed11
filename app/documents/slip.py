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

With a second language each fixed line stands in Dutch and beside it (or under it) in that
language, on the same sheet: typical content still fits one A5 side, at the same type sizes
(short lines side by side, the intros across the width under the QR code, the time in both
languages on one line). What does not fit goes on the back of the same sheet; the preview then
asks the printer for long-edge duplex. Text is never cut off: a very long agreement continues
on as many sheets as it needs.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
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
    Spacer,
)

from app.vocabulary import Owner

from . import fonts, pictograms
from .ical import vevent
from .layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SECOND,
    TINT,
    Block,
    Columns,
    LanguageMark,
    Marker,
    Pair,
    Styles,
    Theme,
    UnbrokenLine,
    fill_line,
    footer_canvas,
    header,
)
from .model import SlipAgreement, SlipData, SlipReferral
from .phone import appointment_event
from .text import BidiParagraph, clean_text, is_blank, para_text, phrase, user_flowables
from .wording import SUPPORTED, Wording, is_rtl


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
    qr: float = 24 * mm  # side of the QR code of the next appointment


SLIP_THEMES = {
    # page, margins left/right/top/bottom, body, leading, small (dates and labels), heading, title
    "A5": SlipTheme(Theme(A5, 11 * mm, 11 * mm, 10 * mm, 13 * mm, 12, 14.6, 11, 12.5, 18), 5 * mm, 42, 8 * mm, 21 * mm),
    "A4": SlipTheme(
        Theme(A4, 22 * mm, 22 * mm, 18 * mm, 20 * mm, 14, 18.5, 12.5, 15, 24), 6.5 * mm, 50, 12 * mm, 30 * mm
    ),
}
# large print: no text under 16 pt (labels and dates included); more sheets where needed
LARGE_THEMES = {
    "A5": SlipTheme(Theme(A5, 10 * mm, 10 * mm, 9 * mm, 13 * mm, 16, 19.5, 16, 17, 22), 6.5 * mm, 46, 8 * mm),
    "A4": SlipTheme(Theme(A4, 18 * mm, 18 * mm, 16 * mm, 20 * mm, 18, 23, 16, 19, 28), 7.5 * mm, 56, 12 * mm, 32 * mm),
}


# two languages on one sheet: a little less margin and leading (the sizes stay)
BILINGUAL_THEMES = {
    "A5": SlipTheme(Theme(A5, 8 * mm, 8 * mm, 7 * mm, 13 * mm, 12, 13.9, 11, 12.5, 17), 5 * mm, 40, 6 * mm, 19 * mm),
    "A4": SLIP_THEMES["A4"],
}
# tried when the bilingual slip misses one side by a little: tighter lines, the same type sizes
COMPACT_THEMES = {
    "A5": SlipTheme(Theme(A5, 6 * mm, 6 * mm, 6 * mm, 13 * mm, 12, 13.0, 11, 12, 15), 5 * mm, 40, 5 * mm, 17 * mm),
    "A4": SLIP_THEMES["A4"],
}


def slip_theme(page_size: str, large: bool = False, bilingual: bool = False) -> SlipTheme:
    try:
        if large:
            return LARGE_THEMES[page_size]
        return (BILINGUAL_THEMES if bilingual else SLIP_THEMES)[page_size]
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
            spaceBefore=t.leading * (0.38 if t.leading > 14 else 0.25),
            spaceAfter=t.leading * 0.05,
        )
        self.panel_heading = ParagraphStyle("s_panel_heading", parent=self.heading, textColor=INK, spaceBefore=0)
        self.small = ParagraphStyle("s_small", parent=self.small, leading=t.small * 1.2)
        self.due = ParagraphStyle(
            "s_due", parent=self.small, textColor=ACCENT, fontName=fonts.LATIN.bold, spaceBefore=0.5
        )
        self.earlier = ParagraphStyle("s_earlier", parent=self.small, textColor=MUTED, spaceBefore=0.5)
        self.intro = ParagraphStyle("s_intro", parent=self.body, spaceBefore=t.leading * 0.35)
        # fixed wording set in pairs (Dutch beside the second language): the label size, never under 11 pt
        self.pair_body = ParagraphStyle("s_pair_body", parent=self.body, fontSize=t.small, leading=t.small * 1.22)
        self.pair_intro = ParagraphStyle("s_pair_intro", parent=self.intro, fontSize=t.small, leading=t.small * 1.22)
        # the most a block may need to stay whole: the frame of a later sheet
        self.room = t.frame_height - st.band


# -- pieces ------------------------------------------------------------------------


class Tongue:
    """One language of the slip: its wording and the styles its lines are set in.

    The second language's lines sit beside (or under) the Dutch ones; an Arabic-script
    language's lines are aligned right (BidiParagraph).
    """

    def __init__(self, lang: str, form: str, st: SlipStyles, *, second: bool) -> None:
        self.w = Wording(lang, form)
        self.lang = lang
        self.second = second
        self.rtl = is_rtl(lang)
        self._st = st
        self._styles: dict[str, ParagraphStyle] = {}

    def style(self, base: ParagraphStyle) -> ParagraphStyle:
        if not self.second:
            return base
        hit = self._styles.get(base.name)
        if hit is None:
            hit = ParagraphStyle(
                f"{base.name}~2",
                parent=base,
                leftIndent=0,  # the Dutch column carries the indent
                alignment=TA_RIGHT if self.rtl else base.alignment,
                textColor=SECOND if base.textColor in (INK, MUTED) else base.textColor,
            )
            self._styles[base.name] = hit
        return hit

    def say(self, key: str, style: ParagraphStyle, **values: str) -> Flowable:
        """Wording by key in this language; {values} (user text) filled in safely."""
        template = self.w(key) if not values else self.w.raw(key)
        if values:
            return fill_line(template, self.style(style), **values)
        return phrase(template, self.style(style))

    def text(self, text: str, style: ParagraphStyle) -> Flowable:
        """Wording already filled in (dates, times)."""
        return phrase(text, self.style(style))


def _both(
    first: Flowable,
    second: Flowable | None,
    st: SlipStyles,
    *,
    space_before: float = 0,
    stacked: bool = False,
    split_at: float = 0.5,
) -> Flowable:
    """The Dutch line and the second language's: side by side (or one under the other), or the Dutch alone."""
    if second is None:
        if space_before:
            return Block([first], space_before=space_before)
        return first
    if stacked:
        second.spaceBefore = 0
        pair: Flowable = Block([first, second], space_before=space_before)
    else:
        size = float(getattr(getattr(first, "style", None), "fontSize", st.theme.body))
        pair = Pair(first, second, gap=size * 0.9, split_at=split_at)
        pair.spaceBefore = space_before
    pair.style = getattr(first, "style", None)  # the first baseline, for a marker beside it
    return pair


def _say_both(
    tongues: list[Tongue], key: str, style: ParagraphStyle, st: SlipStyles, *, space_before: float = 0, **values: str
) -> Flowable:
    first = tongues[0].say(key, style, **values)
    second = tongues[1].say(key, style, **values) if len(tongues) > 1 else None
    return _both(first, second, st, space_before=space_before)


def _text_both(
    tongues: list[Tongue], make: Callable[[Wording], str], style: ParagraphStyle, st: SlipStyles, **kw: Any
) -> Flowable:
    first = tongues[0].text(make(tongues[0].w), style)
    second = tongues[1].text(make(tongues[1].w), style) if len(tongues) > 1 else None
    return _both(first, second, st, **kw)


def _pictured(content: Flowable, kind: str, style: ParagraphStyle, st: SlipStyles) -> Flowable:
    """A heading with its pictogram in front (you, me, together, the appointment ...)."""
    size = style.fontSize * 1.15
    space = content.getSpaceBefore()
    if isinstance(content, Paragraph | BidiParagraph):
        content.spaceBefore = 0
    elif isinstance(content, Block | Columns):
        content.spaceBefore = 0
    block = Block(
        [content],
        left=size + style.fontSize * 0.35,
        marker=pictograms.marker(kind, size, ACCENT, style.fontSize * 0.7),
        space_before=space,
        keep_with_next=True,
    )
    block.min_height = size
    return block


def _group_heading(owner: str, data: SlipData, tongues: list[Tongue], st: SlipStyles) -> Flowable:
    name = data.consultant.name.strip()
    style = st.heading
    if owner == "consultant" and name:
        # the name once, on the Dutch side: the second side stays one line
        first = tongues[0].say("slip.owner.consultant", style, name=name)
        second = tongues[1].say("slip.owner.consultant_no_name", style) if len(tongues) > 1 else None
        pair = _both(first, second, st)
    elif owner == "consultant":
        pair = _say_both(tongues, "slip.owner.consultant_no_name", style, st)
    else:
        pair = _say_both(tongues, f"slip.owner.{owner}", style, st)
    pair.spaceBefore = style.spaceBefore
    return _pictured(pair, owner, style, st)


def box_marker(size: float, body: ParagraphStyle) -> Marker:
    """A tick box of `size` points, centred on the first line's lower-case letters."""
    mid = body.fontSize * 0.27  # the middle of the x-height above the baseline

    def draw(canv: Canvas, _width: float, baseline: float) -> None:
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.0)
        canv.roundRect(0, baseline + mid - size / 2, size, size, size * 0.14, stroke=1, fill=0)

    return draw


def _agreement(
    item: SlipAgreement, data: SlipData, tongues: list[Tongue], st: SlipStyles, earlier: bool
) -> list[Flowable]:
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
        agreed_on = item.agreed_on

        def line(w: Wording) -> str:
            return w(
                "slip.earlier_line", who=w(f"slip.who.{item.owner}"), date=w.date_near(agreed_on, data.meeting_date)
            )

        lines.append(_text_both(tongues, line, st.indented(st.earlier, indent), st, split_at=0.55))
    if item.due is not None:
        due = item.due
        due_style = st.indented(st.due, indent)
        lines.append(_text_both(tongues, lambda w: w.due(due, data.meeting_date), due_style, st, split_at=0.55))
    # the box is taller than one line: keep room under it when the text is one short line
    first = Block(
        paragraphs[:1],
        marker=box_marker(box, st.body),
        space_before=st.theme.leading * 0.22,
        keep_together=st.room,
    )
    if not lines and len(paragraphs) == 1:
        first.min_height = box * 0.5 + st.theme.body * 0.27 + st.theme.body
        return [first]
    if len(paragraphs) == 1:
        # keep the date with its agreement
        return [Block([first, *lines], keep_together=st.room)]
    return [first, *paragraphs[1:], *lines]


def _is_earlier(item: SlipAgreement, data: SlipData) -> bool:
    return item.agreed_on is not None and item.agreed_on < data.meeting_date


_SCHEME = re.compile(r"^(https?://)?(www\.)?", re.IGNORECASE)


def _web(url: str) -> str:
    """A website as a resident would type it: "nibud.nl", not "https://www.nibud.nl/"."""
    return _SCHEME.sub("", url.strip()).rstrip("/")


def _referral(r: SlipReferral, tongues: list[Tongue], st: SlipStyles) -> Block:
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


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _qr(data: SlipData, size: float) -> QrCode | None:
    """The QR code of the next appointment, or None (no appointment, turned off, or too much to hold).

    A QR code holds a few hundred characters at a size a phone reads well: very long typed text
    (a place of a page long) is cut in the code; the slip itself prints all of it.
    """
    event = appointment_event(data)
    if event is None or not data.qr:
        return None
    from dataclasses import replace

    event = replace(
        event,
        summary=_short(event.summary, 90),
        location=_short(event.location, 90),
        description=_short(event.description, 200),
    )
    try:
        return QrCode(vevent(event), size)
    except Exception:  # noqa: BLE001  # reportlab's encoder raises a bare Exception on overflow
        return None


@functools.lru_cache(maxsize=4)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules (True = dark), error correction M (15 %): a crumpled slip still scans.

    Kept for the last few payloads: choosing the best of the eight masks is still a good part of a
    slip's time (app/documents/qr.py takes a third of reportlab's own), and one slip is laid out more
    than once (the tighter pass, another paper or language in the preview).
    Only the appointment's VEVENT is kept, which the slip prints anyway; a lock clears it (forget_qr_codes).
    """
    from app.documents.qr import qr_matrix

    return qr_matrix(payload, "M")


def forget_qr_codes() -> None:
    """Drop the kept QR codes (a lock: nothing of an appointment stays in memory)."""
    qr_modules.cache_clear()


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """The next appointment as a QR code (an iCalendar VEVENT), `size` points square.

    Drawn as plain rectangles (reportlab's QR widget would name an unembedded Helvetica in the PDF),
    with the quiet zone of two modules inside `size`.
    """

    QUIET = 2

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.modules = qr_modules(payload)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        return self.size, self.size

    def draw(self) -> None:
        canv = self.canv
        n = len(self.modules)
        cell = self.size / (n + 2 * self.QUIET)
        canv.saveState()
        canv.setFillColor(INK)
        # One rectangle per run of dark modules, each filled on its own: drawn as one path, the code rasterised
        # less cleanly and no longer scanned at 200 dpi (tests/documents/test_phone.py)
        for r, row in enumerate(self.modules):
            y = self.size - (self.QUIET + r + 1) * cell
            c = 0
            while c < n:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                canv.rect((self.QUIET + start) * cell, y, (c - start) * cell, cell, stroke=0, fill=1)
        canv.restoreState()
        # a small phone beside the code says what it is for, without words
        icon = self.size * 0.3
        pictograms.draw(canv, "phone", -icon * 0.9, 0, icon, ACCENT)


def _next_panel(data: SlipData, tongues: list[Tongue], st: SlipStyles, *, stacked: bool = False) -> Block:
    t = st.theme
    heading = _both(*_pair_of(tongues, lambda w: w("slip.next_title"), st.panel_heading), st, stacked=stacked)
    panel: list[Flowable] = [_pictured(heading, "appointment", st.panel_heading, st)]
    appt = data.next_appointment
    if appt is not None:
        start = appt.start

        def when(w: Wording) -> str:
            return w.date_long(start.date()) + " " + w("slip.at_time", time=w.time(start))

        if stacked:
            # the Dutch date, the second language's date under it, then the time in both side by side
            dutch, other = tongues[0].w, tongues[1].w
            panel.append(tongues[0].text(dutch.date_long(start.date()), st.strong))
            panel.append(tongues[1].text(other.date_long(start.date()), st.body))
            panel.append(
                _both(*_pair_of(tongues, lambda w: w("slip.at_time", time=w.time(start)), st.body), st, split_at=0.45)
            )
        else:
            panel.append(_both(*_pair_of(tongues, when, st.strong), st, space_before=t.leading * 0.15))
        if appt.where(tongues[0].w).strip():
            place = _both(
                *_pair_of(tongues, lambda w: appt.where(w), st.body), st, space_before=t.leading * 0.15, stacked=stacked
            )
            panel.append(_pictured(place, "place", st.body, st))
    else:
        panel.append(_say_both(tongues, "slip.no_next", st.body, st))
    pad = t.leading * 0.45
    return Block(panel, left=pad + 3, right=pad, top=pad, bottom=pad, background=TINT, bar=ACCENT, bar_width=3)


def _pair_of(
    tongues: list[Tongue], make: Callable[[Wording], str], style: ParagraphStyle
) -> tuple[Flowable, Flowable | None]:
    first = tongues[0].text(make(tongues[0].w), style)
    second = tongues[1].text(make(tongues[1].w), style) if len(tongues) > 1 else None
    return first, second


def _contact_lines(data: SlipData, tongues: list[Tongue], st: SlipStyles) -> list[Flowable]:
    """Dutch only: the contact block as one column beside the appointment."""
    w = tongues[0].w
    out: list[Flowable] = [tongues[0].text(w("slip.contact_title"), st.panel_heading)]
    out.append(tongues[0].text(w("slip.contact_intro"), st.body))
    who = _who(data, tongues, st)
    if who:
        who[0] = Block([who[0]], space_before=st.theme.leading * 0.2)
    return out + who


def _contact(data: SlipData, tongues: list[Tongue], st: SlipStyles) -> Flowable:
    t = st.theme
    words: list[Flowable] = [
        _both(*_pair_of(tongues, lambda w: w("slip.contact_title"), st.panel_heading), st, stacked=True),
        _both(*_pair_of(tongues, lambda w: w("slip.contact_intro"), st.pair_body), st, stacked=True),
    ]
    return Columns(
        words,
        _who(data, tongues, st),
        gap=t.body * 1.2,
        split_at=0.5,
        space_before=t.leading * 0.5,
        max_height=st.room,
    )


def _who(data: SlipData, tongues: list[Tongue], st: SlipStyles) -> list[Flowable]:
    c = data.consultant
    who: list[Flowable] = []
    who += user_flowables(c.name, st.strong)
    phone = user_flowables(c.phone, st.body)
    if phone:
        who.append(_pictured(Block(phone), "phone", st.body, st))
    if not is_blank(c.email):
        who.append(UnbrokenLine(c.email, st.body, min_size=st.theme.small))  # typed over: never split mid-word
    if data.client_number and data.client_number.strip():
        who.append(fill_line(tongues[0].w("slip.client_number_line"), st.body, number=data.client_number))
    return who


def _section(data: SlipData, langs: list[str], st: SlipStyles) -> list[Flowable]:
    tongues = [Tongue(lang, data.address_form, st, second=i > 0) for i, lang in enumerate(langs)]
    w = tongues[0].w
    t = st.theme
    story: list[Flowable] = [LanguageMark(langs[0])]
    story += header(data.consultant.municipality, data.logo_path, st)

    # title, for whom, which meeting; the QR code of the next appointment beside them
    title = _say_both(tongues, "slip.title", st.title, st)
    top: list[Flowable] = [title]
    name = data.resident_name.strip()
    meeting = data.meeting_date
    if name:
        first = fill_line(w("slip.for_name_on"), st.subtitle, name=name, date=w.date_long(meeting))
        second = None
        if len(tongues) > 1:
            w2 = tongues[1].w
            second = fill_line(
                w2("slip.for_name_on"), tongues[1].style(st.subtitle), name=name, date=w2.date_long(meeting)
            )
        top.append(_both(first, second, st, stacked=True))
    else:
        top.append(_text_both(tongues, lambda w: w("slip.meeting_on", date=w.date_long(meeting)), st.subtitle, st))
    agreements = [a for a in data.agreements if not is_blank(a.text)]
    today = [a for a in agreements if not _is_earlier(a, data)]
    earlier = [a for a in agreements if _is_earlier(a, data)]
    intro_key = ("slip.intro" if today else "slip.intro_only_earlier") if agreements else "slip.no_agreements"
    intro: Flowable | None = None
    if len(tongues) == 1:
        top.append(_say_both(tongues, intro_key, st.intro, st, space_before=st.intro.spaceBefore))
    else:
        # what the consultant typed is never translated: the second language says so, after its intro
        w2 = tongues[1].w
        second_intro = w2(intro_key) + (" " + w2("slip.typed_in_dutch") if agreements else "")
        intro = _both(
            tongues[0].text(w(intro_key), st.pair_intro),
            tongues[1].text(second_intro, st.pair_intro),
            st,
            space_before=st.intro.spaceBefore,
        )
    qr = _qr(data, st.slip.qr)
    if qr is not None:
        story.append(Columns(top, [qr], gap=t.body, right_width=st.slip.qr))
    else:
        story += top
    if intro is not None:
        # the two intros under the titles and the QR code, across the whole width (fewer lines)
        story.append(intro)

    if agreements:
        for owner in Owner:
            items = [a for a in today if a.owner == owner]
            if not items:
                continue
            story += [st.keep_room(2), _group_heading(owner, data, tongues, st)]
            for a in items:
                story += _agreement(a, data, tongues, st, earlier=False)
        if earlier:
            heading = _say_both(tongues, "slip.earlier_title", st.heading, st, space_before=st.heading.spaceBefore)
            story += [st.keep_room(2), heading]
            for a in sorted(earlier, key=lambda a: list(Owner).index(a.owner)):
                story += _agreement(a, data, tongues, st, earlier=True)

    # referrals: only those the slip can say how to reach
    referrals = [r for r in data.referrals if r.reachable and not is_blank(r.name + r.purpose)]
    if referrals:
        heading = _say_both(tongues, "slip.referrals_title", st.heading, st, space_before=st.heading.spaceBefore)
        story += [st.keep_room(2), heading]
        story += [_referral(r, tongues, st) for r in referrals]

    # the next appointment and how to reach the consultant: one band, never split
    story.append(CondPageBreak(t.leading * 6))
    if len(tongues) > 1:
        # bilingual: the appointment beside the contact, each line in Dutch and under it the second language
        contact = [
            _both(*_pair_of(tongues, lambda w: w("slip.contact_title"), st.panel_heading), st, stacked=True),
            _both(*_pair_of(tongues, lambda w: w("slip.contact_intro"), st.pair_body), st, stacked=True),
        ]
        who = _who(data, tongues, st)
        if who:
            who[0] = Block([who[0]], space_before=t.leading * 0.2)
        band: Flowable = Columns(
            [_next_panel(data, tongues, st, stacked=True)],
            contact + who,
            gap=t.body * 1.0,
            split_at=0.56,
            space_before=t.leading * 0.5,
            max_height=st.room,
            balance=True,
        )
    else:
        band = Columns(
            [_next_panel(data, tongues, st)],
            _contact_lines(data, tongues, st),
            gap=t.body * 1.0,
            split_at=0.56,
            space_before=t.leading * 0.5,
            max_height=st.room,
        )
    story.append(band)
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
            _draw_runs(canv, t.margin_left, top, _fit(w("slip.title"), size, t.frame_width * 0.6, True), size, True)
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


def render_slip(data: SlipData, page_size: str = "A5", large: bool = False) -> bytes:
    """The agreements slip as PDF bytes.

    Only the fields of SlipData are printed. The first language is the main
    one (Dutch); a second language stands beside or under each of its lines on
    the same sheet. Each further language (rare) makes one more bilingual slip.
    `large`: large print, nothing under 16 pt.
    """
    langs = _languages(tuple(data.languages))
    st = SlipStyles(slip_theme(page_size, large, bilingual=len(langs) > 1))
    # A slip that fits one sheet per section needs no footer: try it with a
    # narrow bottom margin first, and lay it out again with room for the
    # footer ("Blad 1 van 2") only when it does not fit. A story whose own
    # heights already pass one sheet skips that attempt (issue 16).
    story = story_for(data, st, langs)
    if _may_fit_one_sheet(story, st, langs):
        pdf = _build(story, data, st, langs, single=True)
        if pdf is not None:
            return pdf
        story = story_for(data, st, langs)  # that attempt laid the flowables out: new ones for the next
    if len(langs) > 1 and not large:
        # two languages: with tighter lines (never smaller type) it may still fit one side
        tight = SlipStyles(COMPACT_THEMES[page_size])
        tight_story = story_for(data, tight, langs)
        if _may_fit_one_sheet(tight_story, tight, langs):
            tight_pdf = _build(tight_story, data, tight, langs, single=True)
            if tight_pdf is not None:
                return tight_pdf
    pdf = _build(story, data, st, langs, single=False)
    assert pdf is not None
    return pdf


def _may_fit_one_sheet(story: list[Flowable], st: SlipStyles, langs: list[str]) -> bool:
    """False only when the slip surely needs a second sheet: its flowables, stacked as reportlab's Frame
    stacks them (no space above the first, the larger of two touching spaces between), pass the height
    of a footerless sheet before the last one is placed. Anything that could only push content further
    down (a CondPageBreak, a Spacer) counts as nothing, so a slip that fits is never sent to two sheets;
    with more than one section (one slip per further language) the attempt is always made."""
    if len(_sections(langs)) > 1:
        return True
    t = st.slip.page
    room = t.page[1] - t.margin_top - st.slip.single_bottom
    used, after, at_top = 0.0, 0.0, True
    for f in story:
        if getattr(f, "frameAction", None) or isinstance(f, (CondPageBreak, Spacer)):
            continue
        height = f.wrap(t.frame_width, room)[1]
        before = 0.0 if at_top else max(f.getSpaceBefore() - after, 0.0)
        used += before + height
        if used > room + 0.01:
            return False
        after = f.getSpaceAfter()
        used += after
        at_top = at_top and before + height + after == 0
    return True


def _sections(langs: list[str]) -> list[list[str]]:
    """[nl] or [nl, ar]; with more languages, one bilingual slip for each: [[nl, en], [nl, ar]]."""
    if len(langs) <= 2:
        return [langs]
    return [[langs[0], lang] for lang in langs[1:]]


def story_for(data: SlipData, st: SlipStyles, langs: list[str]) -> list[Flowable]:
    story: list[Flowable] = []
    for i, section in enumerate(_sections(langs)):
        if i:
            story += [NextPageTemplate("first"), PageBreak()]
        story += _section(data, section, st)
    return story


class _Overflow(Exception):
    """A single-sheet attempt needs one more sheet: it stops there (_OneSheetEach)."""


class _OneSheetEach(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type stubs: its classes are Any
    """A layout that gives up at the first page beyond ``sheets``: a slip that does not fit is laid out
    again with its footer, so the rest of this attempt (its drawing, the PDF) would be thrown away."""

    sheets = 0

    def handle_pageBegin(self) -> None:  # noqa: N802 (reportlab API)
        if self.sheets and self.page >= self.sheets:
            raise _Overflow
        super().handle_pageBegin()


def _build(story: list[Flowable], data: SlipData, st: SlipStyles, langs: list[str], *, single: bool) -> bytes | None:
    """The PDF; with ``single``, None as soon as a section needs a second sheet."""
    theme = st.slip
    t = theme.page
    bottom = theme.single_bottom if single else t.margin_bottom
    height = t.page[1] - t.margin_top - bottom
    municipality = data.consultant.municipality.strip()
    title = Wording(langs[0], data.address_form)("slip.document_title")
    buf = io.BytesIO()
    doc = _OneSheetEach(
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
    doc.sheets = len(_sections(langs)) if single else 0
    try:
        doc.build(story, canvasmaker=footer_canvas(_furniture(data, st)))
    except _Overflow:
        return None
    return buf.getvalue()

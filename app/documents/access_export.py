"""The access export (inzage, AVG art. 15): everything Nabij holds about one resident, readable.

It takes the plain dict from AccessExportService.collect() and returns PDF
bytes; the JSON export carries the same data for machines. Every value a
person typed goes through text.user_flowables()/fill(), so it is escaped,
shaped for right-to-left scripts and set in a font that has its glyphs.

The words of this document live in resources/documents/<lang>.toml under
[access_export], in Dutch and English, and follow the resident's form of
address (je or u) as the slip and the letter do. Near the top it names the
controller (the municipality from the consultant's profile), the resident's
rights and where to complain: first the municipality's data protection
officer, then the Autoriteit Persoonsgegevens.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from . import fonts
from .layout import (
    ACCENT,
    TINT,
    Block,
    Rule,
    Styles,
    Theme,
    draw_footer,
    fill_line,
    footer_canvas,
    label,
    text_marker,
    theme_for,
)
from .text import is_blank, user_flowables
from .wording import Wording

PERSON_FIELDS = (
    "display_name",
    "initials",
    "address_form",
    "client_number",
    "preferred_channel",
    "language",
    "brings_companion",
    "preferred_place",
    "consultant_count",
    "created_at",
    "updated_at",
)
MEETING_FIELDS = (
    "place",
    "place_detail",
    "status",
    "goals",
    "notes",
    "summary",
    "checkout_score",
    "checkout_words",
    "went_well",
    "could_improve",
    "closed_at",
    "not_held",
    "not_held_reason",
    "not_held_at",
    "rescheduled_from",
    "rescheduled_at",
    "next_at",
    "next_place",
    "next_place_detail",
)
FILE_READING_FIELDS = ("what_i_read", "why", "resident_agrees", "correction", "updated_at")
HANDOVER_FIELDS = ("text", "resident_wishes", "created_at", "updated_at")


class _Words:
    """The export's wording in one language and form of address: keys under [access_export]."""

    def __init__(self, lang: str, form: str = "je") -> None:
        self.lang = lang
        self.form = "u" if form == "u" else "je"
        self.calendar = Wording(lang, self.form)  # raises on a language without a file

    def __call__(self, key: str, **values: Any) -> str:
        return self.calendar(f"access_export.{key}", **values)

    def items(self, key: str) -> list[str]:
        return self.calendar.items(f"access_export.{key}")

    def __contains__(self, key: str) -> bool:
        try:
            return isinstance(self.calendar.raw(f"access_export.{key}"), str)
        except KeyError:
            return False

    def get(self, key: str, default: str) -> str:
        return self(key) if key in self else default

    def when(self, value: str | None) -> str:
        """An ISO date or date-time from the export, written out."""
        if not value:
            return ""
        if "T" in value:
            dt = datetime.fromisoformat(value)
            return f"{self.calendar.date_plain(dt.date())} {self.calendar.time(dt)}"
        return self.calendar.date_plain(date.fromisoformat(value))

    def value(self, key: str, value: Any) -> str:
        """Any field value as text a person can read."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if key.endswith("_at") or key in ("due", "rescheduled_from"):
            return self.when(value)
        if key == "status":
            return self.get(f"status.{value}", str(value))
        if key == "not_held":
            return self.get(f"not_held.{value}", str(value))
        if key in ("place", "next_place", "preferred_place"):
            return self.get(f"place.{value}", str(value))
        if key == "address_form":
            return self.get(f"form.{value}", str(value))
        if key == "preferred_channel":
            return self.get(f"channel.{value}", str(value))
        return str(value)


def _caption_width(captions: list[str], st: Styles) -> float:
    return max(fonts.string_width(c, st.label.fontSize) for c in captions) + 12


def _fields(record: dict[str, Any], keys: tuple[str, ...], w: _Words, st: Styles) -> list[Flowable]:
    rows = [(w(f"f.{k}"), w.value(k, record.get(k))) for k in keys]
    rows = [(cap, val) for cap, val in rows if val.strip()]
    if not rows:
        return []
    width = min(_caption_width([c for c, _ in rows], st), st.theme.frame_width * 0.38)
    return [
        Block(
            user_flowables(val, st.body) or [Paragraph(" ", st.body)],
            left=width,
            marker=text_marker(cap, st.label),
            space_before=2,
        )
        for cap, val in rows
    ]


def _bars(lines: list[str], st: Styles) -> list[Flowable]:
    """Each line of user text beside a thin accent bar."""
    return [
        Block(
            user_flowables(line, st.body) or [Paragraph(" ", st.body)],
            left=10,
            bar=ACCENT,
            bar_width=1.2,
            space_before=2,
        )
        for line in lines
    ]


def _list(title: str, lines: list[str], st: Styles) -> list[Flowable]:
    if not lines:
        return []
    # room for the heading and a first line: a heading never stands alone at the foot of a page
    return [st.keep_room(), Paragraph(label(title), st.spaced(st.strong, st.theme.leading * 0.5)), *_bars(lines, st)]


def _meeting(m: dict[str, Any], w: _Words, st: Styles) -> list[Flowable]:
    t = st.theme
    heading = Paragraph(label(w("meeting_heading", date=w.when(m.get("starts_at")))), st.heading)
    story: list[Flowable] = [st.keep_room(4), heading]
    shown = (
        MEETING_FIELDS
        if m.get("next_at")
        else tuple(k for k in MEETING_FIELDS if k not in ("next_place", "next_place_detail"))
    )
    story += _fields(m, shown, w, st)

    agenda = []
    for a in m.get("agenda", []):
        tags = [w.get(f"proposed_by.{a['proposed_by']}", a["proposed_by"])]
        if a.get("carried_over"):
            tags.append(w("carried_over"))
        if a.get("discussed"):
            tags.append(w("discussed"))
        agenda.append(f"{a['text']} ({', '.join(tags)})")
    story += _list(w("agenda"), agenda, st)

    agreements = []
    for a in m.get("agreements", []):
        tags = [w.get(f"owner.{a['owner']}", a["owner"]), w.get(f"status.{a['status']}", a["status"])]
        if a.get("due"):
            tags.append(w("due", date=w.when(a["due"])))
        agreements.append(f"{a['text']} ({', '.join(tags)})")
    story += _list(w("agreements"), agreements, st)

    baggage = []
    for b in m.get("baggage", []):
        title = b.get("category") or b["category_id"]
        baggage.append(f"{title}: {b['note']}" if b.get("note") else title)
    story += _list(w("baggage"), baggage, st)

    sphere = []
    for e in m.get("sphere", []):
        line = f"{w.get('sphere_kind.' + e['kind'], e['kind'])}: {e['text']}"
        if e.get("referral"):
            line += "\n" + w("referral", name=e["referral"])
        sphere.append(line)
    story += _list(w("sphere_title"), sphere, st)

    prompts = [p.get("text") or p["prompt_id"] for p in m.get("prompts_used", [])]
    story += _list(w("prompts"), prompts, st)

    reading = _fields(m.get("file_reading") or {}, FILE_READING_FIELDS, w, st)
    if reading:
        story += [Paragraph(label(w("file_reading")), st.spaced(st.strong, st.theme.leading * 0.5)), *reading]
    story.append(Rule(space_before=t.leading * 0.6, space_after=0))
    return story


def _panel(content: list[Flowable], t: Theme) -> Block:
    pad = t.leading * 0.6
    return Block(
        content,
        left=pad + 3,
        right=pad,
        top=pad,
        bottom=pad,
        background=TINT,
        bar=ACCENT,
        bar_width=3,
        space_before=t.leading,
        keep_together=t.frame_height,
    )


def _controller_and_rights(municipality: str, w: _Words, st: Styles) -> list[Flowable]:
    """Who is responsible (the controller), the resident's rights, and where to complain."""
    t = st.theme
    named = not is_blank(municipality)
    who = municipality if named else w("municipality_unknown")
    story: list[Flowable] = [Paragraph(label(w("controller_title")), st.heading)]
    if named:
        story.append(fill_line(w("controller"), st.body, municipality=municipality))
    else:
        story.append(Paragraph(label(w("controller_unknown")), st.body))
    rights: list[Flowable] = [
        Paragraph(label(w("rights_title")), st.panel_heading),
        Paragraph(label(w("rights_intro")), st.body),
    ]
    rights += [
        Block([Paragraph(label(line), st.body)], left=14, marker=text_marker("\u2022", st.body), space_before=2)
        for line in w.items("rights")
    ]
    rights.append(fill_line(w("rights_how"), st.spaced(st.body, t.leading * 0.4), municipality=who))
    story.append(_panel(rights, t))
    complaint: list[Flowable] = [
        Paragraph(label(w("complaint_title")), st.panel_heading),
        fill_line(w("complaint"), st.body, municipality=who),
    ]
    story.append(_panel(complaint, t))
    return story


def build_access_export(data: dict[str, Any], lang: str = "nl") -> bytes:
    """The access export of one resident as PDF bytes (A4), in the resident's form of address."""
    resident = data["resident"]
    w = _Words(lang, str(resident.get("address_form") or "je"))
    t = theme_for("A4")
    st = Styles(t)
    generated = data.get("generated_at")

    story: list[Flowable] = [Paragraph(label(w("title")), st.title)]
    story.append(fill_line(w("for_name"), st.subtitle, name=str(resident.get("display_name", ""))))
    if generated:
        story.append(Paragraph(label(w("made_on", date=w.when(generated))), st.small))
    story.append(Paragraph(label(w("intro")), st.spaced(st.body, t.leading * 0.8)))
    story += _controller_and_rights(str((data.get("controller") or {}).get("municipality") or ""), w, st)

    retention = data.get("retention") or {}
    if retention:
        panel: list[Flowable] = [
            Paragraph(label(w("retention_title")), st.panel_heading),
            Paragraph(
                label(
                    w(
                        "retention",
                        months=retention.get("months", ""),
                        last=w.when(retention.get("last_contact")),
                        until=w.when(retention.get("keep_until")),
                    )
                ),
                st.body,
            ),
        ]
        story.append(_panel(panel, t))

    story.append(Paragraph(label(w("person_title")), st.heading))
    story += _fields(resident, PERSON_FIELDS, w, st)

    facts = [f"{f['category']}: {f['text']}" if f.get("category") else f["text"] for f in data.get("known_facts", [])]
    if facts:
        story.append(Paragraph(label(w("facts_title")), st.heading))
        story += _bars(facts, st)

    handovers = data.get("handovers", [])
    if handovers:
        story.append(Paragraph(label(w("handovers_title")), st.heading))
        for h in handovers:
            story += _fields(h, HANDOVER_FIELDS, w, st)

    story.append(Paragraph(label(w("meetings_title")), st.heading))
    meetings = data.get("meetings", [])
    if not meetings:
        story.append(Paragraph(label(w("no_meetings")), st.body))
    for m in meetings:
        story += _meeting(m, w, st)

    story.append(Paragraph(label(w("audit_title")), st.heading))
    events = data.get("audit", [])
    if not events:
        story.append(Paragraph(label(w("audit_none")), st.body))
    for e in events:
        parts = [
            w.when(e.get("at")),
            w.get(f"action.{e['action']}", e["action"]),
            w.get(f"object.{e['object_type']}", e["object_type"]),
            w.get(f"result.{e['result']}", e["result"]),
        ]
        story.append(Paragraph(label(" · ".join(p for p in parts if p)), st.body))

    def footer(canv: Canvas, page: int, pages: int, _lang: str) -> None:
        draw_footer(canv, t, w("document_title"), w("page", page=page, pages=pages))

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=t.page,
        leftMargin=t.margin_left,
        rightMargin=t.margin_right,
        topMargin=t.margin_top,
        bottomMargin=t.margin_bottom,
        title=w("document_title"),
        author="Nabij",
        creator="Nabij",
        producer="Nabij",
        subject="",
        lang=lang,
        invariant=1,
    )
    frame = Frame(
        t.margin_left,
        t.margin_bottom,
        t.frame_width,
        t.frame_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=footer_canvas(footer))
    return buf.getvalue()

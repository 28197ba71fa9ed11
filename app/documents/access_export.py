"""The access export (inzage, AVG art. 15): everything Nabij holds about one resident, readable.

It takes the plain dict from AccessExportService.collect() and returns PDF
bytes; the JSON export carries the same data for machines. Every value a
person typed goes through text.user_flowables()/fill(), so it is escaped,
shaped for right-to-left scripts and set in a font that has its glyphs.

The words of this document live in WORDING below, in Dutch and English.
(They could move to resources/documents/<lang>.toml under [access_export]
once that file's owner adds them; the keys are the same.)
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
    draw_footer,
    fill_line,
    footer_canvas,
    label,
    text_marker,
    theme_for,
)
from .text import user_flowables
from .wording import Wording

WORDING: dict[str, dict[str, str]] = {
    "nl": {
        "document_title": "Inzage in je gegevens",
        "title": "Wat er in Nabij over je staat",
        "for_name": "Voor {name}",
        "made_on": "Gemaakt op {date}",
        "intro": (
            "Je hebt gevraagd welke gegevens over jou zijn vastgelegd. Hieronder staat alles wat je "
            "consulent in Nabij over je heeft genoteerd: je gegevens, elk gesprek met de agenda, de "
            "afspraken, de aantekeningen, wat je consulent in je dossier las, wat je al verteld hebt en "
            "de overdracht aan een volgende consulent. Nabij is een hulpmiddel voor de gesprekken. Je "
            "officiële dossier bewaart de gemeente ergens anders; daar kun je apart naar vragen."
        ),
        "retention_title": "Hoe lang we dit bewaren",
        "retention": (
            "We bewaren deze aantekeningen tot {months} maanden na het laatste contact. "
            "Je laatste contact was op {last}. Als er daarna geen contact meer is, worden ze na {until} verwijderd."
        ),
        "person_title": "Je gegevens",
        "facts_title": "Wat je al verteld hebt (niet opnieuw vragen)",
        "meetings_title": "Gesprekken",
        "no_meetings": "Er zijn nog geen gesprekken vastgelegd.",
        "meeting_heading": "Gesprek van {date}",
        "agenda": "Agenda",
        "agreements": "Afspraken",
        "baggage": "Wat ter sprake kwam",
        "sphere": "Wat de consulent wel doet, niet doet of niet kan",
        "prompts": "Gesprekstips die de consulent gebruikte",
        "file_reading": "Wat de consulent in je dossier las",
        "handovers_title": "Overdracht aan een volgende consulent",
        "audit_title": "Wat er met je gegevens is gedaan",
        "audit_none": "Er is niets afgedrukt, bewaard of geëxporteerd.",
        "yes": "ja",
        "no": "nee",
        "page": "Pagina {page} van {pages}",
        "f.display_name": "Naam",
        "f.initials": "Voorletters",
        "f.address_form": "Aanspreekvorm",
        "f.client_number": "Klantnummer",
        "f.preferred_channel": "Liefst contact via",
        "f.language": "Taal",
        "f.brings_companion": "Neemt iemand mee",
        "f.preferred_place": "Liefst afspreken",
        "f.consultant_count": "Aantal consulenten",
        "f.created_at": "Vastgelegd op",
        "f.updated_at": "Laatst gewijzigd",
        "f.starts_at": "Wanneer",
        "f.place": "Waar",
        "f.place_detail": "Plaats",
        "f.status": "Stand",
        "f.goals": "Doelen",
        "f.notes": "Aantekeningen",
        "f.summary": "Samenvatting",
        "f.checkout_score": "Gevoel na afloop (1–5)",
        "f.checkout_words": "Gevoel in woorden",
        "f.went_well": "Wat goed ging",
        "f.could_improve": "Wat beter kan",
        "f.closed_at": "Afgesloten op",
        "f.next_at": "Volgende afspraak",
        "f.next_place": "Volgende plaats",
        "f.next_place_detail": "Volgende plaats (details)",
        "f.what_i_read": "Wat de consulent las",
        "f.why": "Waarom",
        "f.resident_agrees": "Klopt het, volgens jou",
        "f.correction": "Wat niet klopt",
        "f.text": "Waar we aan werken",
        "f.resident_wishes": "Wat voor jou belangrijk is",
        "proposed_by.resident": "jouw punt",
        "proposed_by.consultant": "punt van de consulent",
        "carried_over": "overgenomen",
        "discussed": "besproken",
        "owner.resident": "jij",
        "owner.consultant": "consulent",
        "owner.together": "samen",
        "status.open": "open",
        "status.done": "gedaan",
        "status.dropped": "vervallen",
        "status.planned": "gepland",
        "status.in_progress": "bezig",
        "status.closed": "afgesloten",
        "place.office": "op kantoor",
        "place.home": "bij je thuis",
        "place.walk": "tijdens een wandeling",
        "place.phone": "telefonisch",
        "place.video": "via video",
        "channel.mail": "e-mail",
        "channel.whatsapp": "WhatsApp",
        "channel.phone": "telefoon",
        "channel.letter": "brief",
        "due": "vóór {date}",
        "sphere.will": "wel",
        "sphere.wont": "niet",
        "sphere.cant": "kan niet",
        "referral": "Doorverwijzing: {name}",
        "action.print": "afgedrukt",
        "action.save_pdf": "als pdf bewaard",
        "action.export": "geëxporteerd",
        "action.erase": "wissen",
        "action.purge": "verwijderd",
        "action.backup": "reservekopie",
        "action.restore": "teruggezet",
        "object.resident": "je gegevens",
        "object.meeting": "gesprek",
        "result.ok": "",
        "result.failed": "mislukt",
        "result.refused": "geweigerd",
        "result.cancelled": "afgebroken",
    },
    "en": {
        "document_title": "Access to your data",
        "title": "What Nabij holds about you",
        "for_name": "For {name}",
        "made_on": "Made on {date}",
        "intro": (
            "You asked which data about you has been recorded. Below is everything your consultant noted "
            "about you in Nabij: your details, every meeting with its agenda, the agreements, the notes, "
            "what your consultant read in your file, what you have already told and the handover to a next "
            "consultant. Nabij is a tool for the meetings. The municipality keeps your official file "
            "elsewhere; you can ask for that separately."
        ),
        "retention_title": "How long we keep this",
        "retention": (
            "We keep these notes until {months} months after the last contact. Your last contact was on "
            "{last}. If there is no contact after that, they are deleted after {until}."
        ),
        "person_title": "Your details",
        "facts_title": "What you have already told (not to be asked again)",
        "meetings_title": "Meetings",
        "no_meetings": "No meetings have been recorded yet.",
        "meeting_heading": "Meeting of {date}",
        "agenda": "Agenda",
        "agreements": "Agreements",
        "baggage": "What came up",
        "sphere": "What the consultant will, won't or can't do",
        "prompts": "Conversation prompts the consultant used",
        "file_reading": "What the consultant read in your file",
        "handovers_title": "Handover to a next consultant",
        "audit_title": "What was done with your data",
        "audit_none": "Nothing was printed, saved or exported.",
        "yes": "yes",
        "no": "no",
        "page": "Page {page} of {pages}",
        "f.display_name": "Name",
        "f.initials": "Initials",
        "f.address_form": "Form of address",
        "f.client_number": "Client number",
        "f.preferred_channel": "Preferred contact",
        "f.language": "Language",
        "f.brings_companion": "Brings someone",
        "f.preferred_place": "Preferred place to meet",
        "f.consultant_count": "Number of consultants",
        "f.created_at": "Recorded on",
        "f.updated_at": "Last changed",
        "f.starts_at": "When",
        "f.place": "Where",
        "f.place_detail": "Place",
        "f.status": "Status",
        "f.goals": "Goals",
        "f.notes": "Notes",
        "f.summary": "Summary",
        "f.checkout_score": "Feeling afterwards (1–5)",
        "f.checkout_words": "Feeling in words",
        "f.went_well": "What went well",
        "f.could_improve": "What could be better",
        "f.closed_at": "Closed on",
        "f.next_at": "Next appointment",
        "f.next_place": "Next place",
        "f.next_place_detail": "Next place (details)",
        "f.what_i_read": "What the consultant read",
        "f.why": "Why",
        "f.resident_agrees": "Is it right, according to you",
        "f.correction": "What is not right",
        "f.text": "What we are working on",
        "f.resident_wishes": "What matters to you",
        "proposed_by.resident": "your topic",
        "proposed_by.consultant": "consultant's topic",
        "carried_over": "carried over",
        "discussed": "discussed",
        "owner.resident": "you",
        "owner.consultant": "consultant",
        "owner.together": "together",
        "status.open": "open",
        "status.done": "done",
        "status.dropped": "dropped",
        "status.planned": "planned",
        "status.in_progress": "in progress",
        "status.closed": "closed",
        "place.office": "at the office",
        "place.home": "at your home",
        "place.walk": "on a walk",
        "place.phone": "by phone",
        "place.video": "by video",
        "channel.mail": "email",
        "channel.whatsapp": "WhatsApp",
        "channel.phone": "phone",
        "channel.letter": "letter",
        "due": "by {date}",
        "sphere.will": "will",
        "sphere.wont": "won't",
        "sphere.cant": "can't",
        "referral": "Referral: {name}",
        "action.print": "printed",
        "action.save_pdf": "saved as PDF",
        "action.export": "exported",
        "action.erase": "erase",
        "action.purge": "deleted",
        "action.backup": "backup",
        "action.restore": "restored",
        "object.resident": "your details",
        "object.meeting": "meeting",
        "result.ok": "",
        "result.failed": "failed",
        "result.refused": "refused",
        "result.cancelled": "cancelled",
    },
}

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
    "next_at",
    "next_place",
    "next_place_detail",
)
FILE_READING_FIELDS = ("what_i_read", "why", "resident_agrees", "correction", "updated_at")
HANDOVER_FIELDS = ("text", "resident_wishes", "created_at", "updated_at")


class _Words:
    def __init__(self, lang: str) -> None:
        if lang not in WORDING:
            raise ValueError(f"no access export wording for {lang!r}; have {tuple(WORDING)}")
        self.lang = lang
        self.table = WORDING[lang]
        self.calendar = Wording(lang)

    def __call__(self, key: str, **values: Any) -> str:
        text = self.table[key]
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        return self.table.get(key, default)

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
        if key.endswith("_at") or key in ("due",):
            return self.when(value)
        if key == "status":
            return self.get(f"status.{value}", str(value))
        if key in ("place", "next_place", "preferred_place"):
            return self.get(f"place.{value}", str(value))
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
    return [Paragraph(label(title), st.spaced(st.strong, st.theme.leading * 0.5)), *_bars(lines, st)]


def _meeting(m: dict[str, Any], w: _Words, st: Styles) -> list[Flowable]:
    t = st.theme
    story: list[Flowable] = [Paragraph(label(w("meeting_heading", date=w.when(m.get("starts_at")))), st.heading)]
    shown = (
        MEETING_FIELDS
        if m.get("next_at")
        else tuple(k for k in MEETING_FIELDS if k not in ("next_place", "next_place_detail"))
    )
    story += _fields(m, shown, w, st)

    agenda = []
    for a in m.get("agenda", []):
        tags = [
            w(f"proposed_by.{a['proposed_by']}") if f"proposed_by.{a['proposed_by']}" in w.table else a["proposed_by"]
        ]
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
        line = f"{w.get('sphere.' + e['kind'], e['kind'])}: {e['text']}"
        if e.get("referral"):
            line += "\n" + w("referral", name=e["referral"])
        sphere.append(line)
    story += _list(w("sphere"), sphere, st)

    prompts = [p.get("text") or p["prompt_id"] for p in m.get("prompts_used", [])]
    story += _list(w("prompts"), prompts, st)

    reading = _fields(m.get("file_reading") or {}, FILE_READING_FIELDS, w, st)
    if reading:
        story += [Paragraph(label(w("file_reading")), st.spaced(st.strong, st.theme.leading * 0.5)), *reading]
    story.append(Rule(space_before=t.leading * 0.6, space_after=0))
    return story


def build_access_export(data: dict[str, Any], lang: str = "nl") -> bytes:
    """The access export of one resident as PDF bytes (A4)."""
    w = _Words(lang)
    t = theme_for("A4")
    st = Styles(t)
    resident = data["resident"]
    generated = data.get("generated_at")

    story: list[Flowable] = [Paragraph(label(w("title")), st.title)]
    story.append(fill_line(w("for_name"), st.subtitle, name=str(resident.get("display_name", ""))))
    if generated:
        story.append(Paragraph(label(w("made_on", date=w.when(generated))), st.small))
    story.append(Paragraph(label(w("intro")), st.spaced(st.body, t.leading * 0.8)))

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
        pad = t.leading * 0.6
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
                space_before=t.leading,
                keep_together=t.frame_height,
            )
        )

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

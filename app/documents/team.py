"""Two documents of issue 10: the team's signals one-pager, and the handover note.

Both take plain data and return PDF bytes. User text goes through
text.user_flowables (escaped, shaped for right-to-left scripts).
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from . import fonts
from .layout import ACCENT, Rule, Styles, fill, fill_line, header, theme_for
from .model import Consultant
from .text import para_text, phrase, user_flowables
from .wording import Wording


@dataclass(frozen=True)
class SignalLine:
    category: str  # the label, already in the document's language
    period: str
    text: str


@dataclass(frozen=True)
class SignalsReport:
    lines: list[SignalLine]
    start: date
    end: date
    team: str = ""
    municipality: str = ""
    language: str = "nl"


@dataclass(frozen=True)
class HandoverData:
    resident_name: str
    address_form: str
    summary: str
    wishes: str
    open_agreements: list[str] = field(default_factory=list)
    consultant: Consultant = field(default_factory=lambda: Consultant(""))
    made_on: date = field(default_factory=date.today)
    language: str = "nl"
    logo_path: Path | None = None


def _build(story: list[Flowable], page_size: str, title: str) -> bytes:
    t = theme_for(page_size)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=t.page,
        leftMargin=t.margin_left,
        rightMargin=t.margin_right,
        topMargin=t.margin_top,
        bottomMargin=t.margin_bottom,
        title=title,
        author="Nabij",
        initialFontName=fonts.LATIN.regular,  # no unembedded Helvetica (pdffonts: every font embedded)
    )
    doc.build(story)
    return out.getvalue()


def render_signals_report(report: SignalsReport, page_size: str = "A4") -> bytes:
    w = Wording(report.language)
    st = Styles(theme_for(page_size))
    story = list(header(report.municipality, None, st))
    story.append(Paragraph(para_text(w("signals.title")), st.title))
    story.append(
        Paragraph(
            para_text(w("signals.period", start=w.date_plain(report.start), end=w.date_plain(report.end))), st.small
        )
    )
    if report.team:
        story.append(Paragraph(fill(w("signals.team"), team=report.team), st.small))
    story.append(Spacer(1, 6))
    story.append(Paragraph(para_text(w("signals.intro")), st.body_after))
    if not report.lines:
        story.append(Paragraph(para_text(w("signals.none")), st.body))
    else:
        story.append(Paragraph(para_text(w("signals.counts_title")), st.heading))
        counts = Counter(line.category for line in report.lines)
        rows = [
            [
                Paragraph(para_text(w("signals.category")), st.strong),
                Paragraph(para_text(w("signals.count")), st.strong),
            ]
        ]
        rows += [[Paragraph(para_text(cat), st.body), Paragraph(str(n), st.body)] for cat, n in counts.most_common()]
        table = Table(rows, colWidths=[st.theme.frame_width * 0.8, st.theme.frame_width * 0.2])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    # a table sets its cells' font even around Paragraphs: not reportlab's Helvetica
                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN.regular),
                ]
            )
        )
        story.append(table)
        story.append(Paragraph(para_text(w("signals.texts_title")), st.heading))
        for line in report.lines:
            story.append(Paragraph(para_text(f"{line.category} · {line.period}"), st.small))
            story.extend(user_flowables(line.text, st.body_after))
    story.append(Rule())
    story.append(Paragraph(para_text(w("signals.questions_title")), st.heading))
    for question in w.items("signals.questions"):
        story.append(Paragraph(para_text("• " + question), st.body))
    return _build(story, page_size, w("signals.document_title"))


@dataclass(frozen=True)
class TeamCountsReport:
    rows: list[tuple[str, str, int | None]]  # (category label, month, count or None when hidden)
    threshold: int
    files: int
    team: str = ""
    municipality: str = ""
    language: str = "nl"


def render_team_counts(report: TeamCountsReport, page_size: str = "A4") -> bytes:
    """One page for management: signals per topic and month from the team's files. Counts below
    the threshold are printed as "fewer than k", never as a number."""
    w = Wording(report.language)
    st = Styles(theme_for(page_size))
    story = list(header(report.municipality, None, st))
    story.append(Paragraph(para_text(w("team_signals.title")), st.title))
    if report.team:
        story.append(Paragraph(fill(w("signals.team"), team=report.team), st.small))
    story.append(Paragraph(para_text(w("team_signals.files", files=str(report.files))), st.small))
    story.append(Spacer(1, 6))
    story.append(Paragraph(para_text(w("team_signals.intro", k=str(report.threshold))), st.body_after))
    if not report.rows:
        story.append(Paragraph(para_text(w("signals.none")), st.body))
    else:
        hidden = w("team_signals.hidden", k=str(report.threshold))
        rows = [
            [
                Paragraph(para_text(w("signals.category")), st.strong),
                Paragraph(para_text(w("team_signals.month")), st.strong),
                Paragraph(para_text(w("signals.count")), st.strong),
            ]
        ]
        rows += [
            [
                Paragraph(para_text(cat), st.body),
                Paragraph(para_text(month), st.body),
                Paragraph(para_text(hidden if n is None else str(n)), st.body),
            ]
            for cat, month, n in report.rows
        ]
        width = st.theme.frame_width
        table = Table(rows, colWidths=[width * 0.55, width * 0.2, width * 0.25], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN.regular),
                ]
            )
        )
        story.append(table)
    return _build(story, page_size, w("team_signals.title"))


@dataclass(frozen=True)
class AuditReport:
    rows: list[tuple[str, str, str, str, str]]  # when, action label, object type label, id, result label
    start: date | None
    end: date | None
    kind: str  # the filter, already a label ("all" in the document's language when none)
    municipality: str = ""
    language: str = "nl"


def render_audit_log(report: AuditReport, page_size: str = "A4") -> bytes:
    """The audit log for the privacy officer: fixed codes, dates and numbers only."""
    w = Wording(report.language)
    st = Styles(theme_for(page_size))
    story = list(header(report.municipality, None, st))
    story.append(Paragraph(para_text(w("audit.title")), st.title))
    start = w.date_plain(report.start) if report.start else "…"
    end = w.date_plain(report.end) if report.end else "…"
    story.append(Paragraph(para_text(w("signals.period", start=start, end=end)), st.small))
    story.append(Paragraph(para_text(w("audit.kind", kind=report.kind)), st.small))
    story.append(Spacer(1, 6))
    story.append(Paragraph(para_text(w("audit.intro")), st.body_after))
    if not report.rows:
        story.append(Paragraph(para_text(w("audit.none")), st.body))
    else:
        head = [Paragraph(para_text(t), st.strong) for t in w.items("audit.columns")]
        rows = [head] + [[Paragraph(para_text(cell), st.body) for cell in row] for row in report.rows]
        width = st.theme.frame_width
        table = Table(rows, colWidths=[width * f for f in (0.22, 0.28, 0.18, 0.14, 0.18)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), fonts.LATIN.regular),
                ]
            )
        )
        story.append(table)
    return _build(story, page_size, w("audit.title"))


def render_handover(data: HandoverData, page_size: str = "A4") -> bytes:
    w = Wording(data.language, data.address_form)
    st = Styles(theme_for(page_size))
    story = list(header(data.consultant.municipality, data.logo_path, st))
    story.append(phrase(w("handover.title"), st.title))  # phrase: Arabic-script wording set right to left
    story.append(fill_line(w("handover.for_name"), st.subtitle, name=data.resident_name))
    story.append(phrase(w("handover.made_on", date=w.date_plain(data.made_on)), st.small))
    story.append(Spacer(1, 6))
    story.append(phrase(w("handover.intro"), st.body_after))
    # What was written together stays as it was typed: on a page in another language it is said to be Dutch.
    typed = "" if data.language in ("nl", "en") else " " + w("common.in_dutch")
    for key, text in (("handover.summary_title", data.summary), ("handover.wishes_title", data.wishes)):
        story.append(phrase(w(key) + (typed if text.strip() else ""), st.heading))
        story.extend(user_flowables(text, st.body) if text.strip() else [phrase(w("handover.none"), st.small)])
    if data.open_agreements:
        story.append(phrase(w("handover.open_title") + typed, st.heading))
        for text in data.open_agreements:
            story.extend(user_flowables("• " + text, st.body))
    story.append(phrase(w("handover.from_title"), st.heading))
    contact = [data.consultant.name, data.consultant.phone, data.consultant.email]
    for line in filter(None, contact):
        story.extend(user_flowables(line, st.body))
    return _build(story, page_size, w("handover.document_title"))

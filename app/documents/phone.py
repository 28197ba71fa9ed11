"""The next appointment for the resident's phone: the calendar event and the short message.

Both are made from SlipData only (so they can hold nothing the slip does not),
in Dutch and, when there is one, the resident's own language. The words come
from the wording files ([message]); what the consultant typed (the place) is
never translated.
"""

from __future__ import annotations

from datetime import datetime

from .ical import Event
from .model import SlipData
from .text import clean_text, is_blank
from .wording import Wording


def _where(data: SlipData, w: Wording) -> str:
    appt = data.next_appointment
    return " ".join(clean_text(appt.where(w)).split()) if appt is not None else ""


def appointment_event(data: SlipData, made_at: datetime | None = None) -> Event | None:
    """The next appointment as an event (None when there is none).

    Summary and description in Dutch, then the second language; the location
    as the documents' first language names it.
    """
    appt = data.next_appointment
    if appt is None:
        return None
    langs = list(dict.fromkeys(data.languages or ("nl",)))
    name = " ".join(clean_text(data.consultant.name).split())
    phone = " ".join(clean_text(data.consultant.phone).split())
    summaries, descriptions = [], []
    for lang in langs:
        w = Wording(lang, data.address_form)
        summaries.append(w("message.event_summary", name=name) if name else w("message.event_summary_no_name"))
        if phone:
            descriptions.append(w("message.event_description", phone=phone))
    return Event(
        start=appt.start,
        summary=" / ".join(dict.fromkeys(summaries)),
        location=_where(data, Wording(langs[0], data.address_form)),
        description="\n".join(descriptions),
        stamp=made_at or datetime.combine(data.meeting_date, appt.start.time()),
    )


def phone_message(data: SlipData) -> str:
    """A short B1 message to paste into WhatsApp or mail: Dutch first, then the second language."""
    blocks = []
    c = data.consultant
    name, phone = " ".join(clean_text(c.name).split()), " ".join(clean_text(c.phone).split())
    count = sum(1 for a in data.agreements if not is_blank(a.text))
    for lang in dict.fromkeys(data.languages or ("nl",)):
        w = Wording(lang, data.address_form)
        lines = []
        appt = data.next_appointment
        if appt is not None:
            lines.append(w("message.next", date=w.date_long(appt.start.date()), time=w.time(appt.start)))
            where = _where(data, w)
            if where:
                lines.append(w("message.place", place=where))
        else:
            lines.append(w("message.no_next"))
        if count:
            lines.append(w("message.agreements", count=count))
        if phone:
            lines.append(w("message.contact", name=name or "", phone=phone))
        elif name:
            lines.append(w("message.contact_no_phone", name=name))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)

"""The next appointment as an iCalendar event (RFC 5545), for the slip's QR code and an .ics file.

No server: the resident scans the code or opens the file, and the phone's own
calendar takes the appointment. Times are written in UTC ("...Z"), so the event
needs no VTIMEZONE and reads the same on any phone. The Dutch wall-clock time
the consultant typed is converted with the EU summer-time rule (the last Sunday
of March to the last Sunday of October, at 01:00 UTC), so no time-zone database
is needed (Windows has none for Python without the tzdata package).

Only what the resident needs is in the event: when, where, with whom, and the
consultant's phone. No resident name, no client number, no agreements.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MAX_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
DURATION = timedelta(minutes=45)  # a meeting's usual length; the slip names only the start


@dataclass(frozen=True)
class Event:
    start: datetime  # naive: Dutch wall-clock time, as typed in Afronding
    summary: str
    location: str = ""
    description: str = ""
    stamp: datetime | None = None  # when the event was made (naive Dutch time); None: start
    duration: timedelta = DURATION

    @property
    def end(self) -> datetime:
        return self.start + self.duration

    @property
    def uid(self) -> str:
        """Stable for the same appointment (printing the slip again gives the same event), and names no one."""
        seed = f"{self.start.isoformat()}|{self.location}|{self.summary}".encode()
        return hashlib.sha256(seed).hexdigest()[:24] + "@nabij.local"


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def amsterdam_to_utc(local: datetime) -> datetime:
    """Dutch wall-clock time to UTC: CET (+1) in winter, CEST (+2) in summer."""
    if local.tzinfo is not None:
        return local.astimezone(UTC).replace(tzinfo=None)
    year = local.year
    # the switches happen at 01:00 UTC: 02:00 CET in March, 03:00 CEST in October
    summer_from = datetime.combine(_last_sunday(year, 3), datetime.min.time()) + timedelta(hours=2)
    summer_until = datetime.combine(_last_sunday(year, 10), datetime.min.time()) + timedelta(hours=3)
    offset = 2 if summer_from <= local < summer_until else 1
    return local - timedelta(hours=offset)


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    out = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    # control characters are not allowed in a TEXT value (RFC 5545 3.3.11: TSAFE-CHAR)
    return "".join(ch for ch in out if ch == "\t" or ord(ch) >= 0x20 and ord(ch) != 0x7F)


def fold(line: str) -> str:
    """One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = MAX_OCTETS
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(t: datetime) -> str:
    return amsterdam_to_utc(t).strftime("%Y%m%dT%H%M%SZ")


def vevent_lines(event: Event) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{_utc(event.stamp or event.start)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.location.strip():
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description.strip():
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines.append("END:VEVENT")
    return lines


def vevent(event: Event) -> str:
    """Just the VEVENT, as calendar QR codes carry it (phones' camera apps read this)."""
    return "\r\n".join(fold(line) for line in vevent_lines(event)) + "\r\n"


def calendar(event: Event) -> bytes:
    """A complete .ics file with one event (UTF-8, CRLF line ends, folded)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nabij//Afspraak//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    lines += vevent_lines(event)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")

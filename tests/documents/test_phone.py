"""Issue 18: the next appointment to the resident's phone, without a server.

The QR code on the slip is rendered to a PNG (pdftoppm) and decoded with zbar
(zbarimg, Debian package zbar-tools); what it holds must be a valid VEVENT with
the right date, time and place. The .ics file must parse under a strict RFC 5545
reader written here (line length, folding, CRLF, escaping, required properties).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import datetime

import pytest

from app.documents.ical import Event, amsterdam_to_utc, calendar, escape_text, fold, vevent
from app.documents.model import Appointment, Consultant
from app.documents.phone import appointment_event, phone_message
from app.documents.slip import render_slip

from .helpers import sample_slip
from .test_slip_sheet import typical

# -- a strict reader ------------------------------------------------------------------

_NAME = re.compile(r"^[A-Z][A-Z0-9-]*$")
_UTC = re.compile(r"^\d{8}T\d{6}Z$")


def strict_parse(data: bytes) -> list[dict[str, list[str]]]:
    """The components of an iCalendar stream as {NAME: [raw values]}; raises on any fault."""
    text = data.decode("utf-8")  # must be UTF-8
    assert text.endswith("\r\n"), "must end with CRLF"
    raw_lines = text[:-2].split("\r\n")
    for line in raw_lines:
        assert "\n" not in line and "\r" not in line, "bare LF or CR"
        assert len(line.encode("utf-8")) <= 75, f"line longer than 75 octets: {line!r}"
    # unfold (RFC 5545 3.1): a line starting with one space or tab continues the previous one
    lines: list[str] = []
    for line in raw_lines:
        if line[:1] in (" ", "\t"):
            assert lines, "continuation without a line"
            lines[-1] += line[1:]
        else:
            lines.append(line)
    stack: list[tuple[str, dict[str, list[str]]]] = []
    done: list[dict[str, list[str]]] = []
    for line in lines:
        name, sep, value = line.partition(":")
        assert sep, f"no colon: {line!r}"
        name = name.split(";", 1)[0]
        assert _NAME.match(name), f"bad property name {name!r}"
        for ch in value:
            assert ch == "\t" or ord(ch) >= 0x20 and ord(ch) != 0x7F, f"control character in {line!r}"
        if name == "BEGIN":
            stack.append((value, {"_": [value]}))
        elif name == "END":
            assert stack and stack[-1][0] == value, f"END:{value} does not close {stack[-1][0] if stack else None}"
            done.append(stack.pop()[1])
        else:
            assert stack, f"property outside a component: {line!r}"
            stack[-1][1].setdefault(name, []).append(value)
    assert not stack, "unclosed component"
    for comp in done:
        if comp["_"] == ["VEVENT"]:
            for required in ("UID", "DTSTAMP", "DTSTART"):
                assert len(comp.get(required, [])) == 1, f"VEVENT needs one {required}"
            for when in ("DTSTAMP", "DTSTART", "DTEND"):
                for value in comp.get(when, []):
                    assert _UTC.match(value), f"{when} not a UTC date-time: {value}"
            for text_prop in ("SUMMARY", "LOCATION", "DESCRIPTION"):
                for value in comp.get(text_prop, []):
                    # TEXT: , ; \\ must be escaped (3.3.11)
                    assert not re.search(r"(?<!\\)[,;]", re.sub(r"\\\\", "", value)), f"unescaped in {value!r}"
        if comp["_"] == ["VCALENDAR"]:
            assert comp.get("VERSION") == ["2.0"] and comp.get("PRODID")
    return done


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _event(comps) -> dict[str, list[str]]:
    return next(c for c in comps if c["_"] == ["VEVENT"])


# -- time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        (datetime(2025, 12, 16, 10, 30), datetime(2025, 12, 16, 9, 30)),  # winter: CET +1
        (datetime(2026, 7, 1, 9, 0), datetime(2026, 7, 1, 7, 0)),  # summer: CEST +2
        (datetime(2026, 3, 29, 1, 59), datetime(2026, 3, 29, 0, 59)),  # just before the switch
        (datetime(2026, 3, 29, 3, 0), datetime(2026, 3, 29, 1, 0)),  # just after
        (datetime(2026, 10, 25, 3, 0), datetime(2026, 10, 25, 2, 0)),  # back to winter
    ],
)
def test_dutch_time_to_utc(local, utc):
    assert amsterdam_to_utc(local) == utc


def test_the_rule_agrees_with_the_time_zone_database():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        tz = zoneinfo.ZoneInfo("Europe/Amsterdam")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database here (Windows without tzdata)")
    from datetime import UTC, timedelta

    t = datetime(2025, 1, 1, 12, 0)
    while t.year < 2028:
        expected = t.replace(tzinfo=tz).astimezone(UTC).replace(tzinfo=None)
        assert amsterdam_to_utc(t) == expected, t
        t += timedelta(hours=37)


# -- the .ics file --------------------------------------------------------------------------


def test_the_ics_file_parses_strictly():
    data = typical(languages=("nl", "ar"))
    event = appointment_event(data)
    assert event is not None
    comps = strict_parse(calendar(event))
    ev = _event(comps)
    assert ev["DTSTART"] == ["20251216T093000Z"]  # 10.30 in Amsterdam, in winter
    assert ev["DTEND"] == ["20251216T101500Z"]
    assert unescape(ev["LOCATION"][0]) == "op kantoor, Markt 1"
    assert "Sanne de Vries" in unescape(ev["SUMMARY"][0]) and "موعد" in unescape(ev["SUMMARY"][0])
    assert "06 12 34 56 78" in unescape(ev["DESCRIPTION"][0])
    assert ev["UID"][0].endswith("@nabij.local")
    # no resident data: not the name, not the agreements
    text = calendar(event).decode()
    assert "Fatima" not in text and "woningcorporatie" not in text


HOSTILE = [
    "Markt 1, 2e etage; kamer 3\\4",
    "regel een\nregel twee\r\nregel drie",
    "مركز المدينة، الطابق الثاني " * 8,
    "ትግርኛ " * 30,
    "😀👍🏽 " * 20,
    "\x00\x07bel\x1b[0m",
]


@pytest.mark.parametrize("place", HOSTILE)
def test_hostile_text_still_makes_a_strict_file(place):
    event = Event(datetime(2026, 5, 4, 9, 15), summary="Afspraak, met; jou", location=place, description=place)
    comps = strict_parse(calendar(event))
    ev = _event(comps)
    expected = "".join(ch for ch in place.replace("\r\n", "\n") if ch in "\n\t" or ord(ch) >= 0x20)
    assert unescape(ev["LOCATION"][0]) == expected
    assert unescape(ev["SUMMARY"][0]) == "Afspraak, met; jou"


def test_folding_never_cuts_a_character():
    line = "DESCRIPTION:" + "ش" * 100
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_escaping():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


# -- the QR code on the slip ---------------------------------------------------------------


@pytest.fixture(scope="module")
def zbarimg() -> str:
    path = shutil.which("zbarimg")
    if path is None:
        if sys.platform == "win32":
            pytest.skip("no zbar in the Windows lane: the QR code is the same PDF bytes, decoded on Linux")
        pytest.fail("zbarimg missing: apt-get install zbar-tools")
    return path


def _decode(pdf_path, tmp_path, zbarimg, dpi: int = 300) -> list[str]:
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf_path), str(png)], check=True)
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run([zbarimg, "--quiet", "--raw", "-Sbinary", str(image)], capture_output=True, check=True)
    return [out.stdout.decode("utf-8")]


@pytest.mark.parametrize("langs", [("nl",), ("nl", "ar"), ("nl", "ti")])
def test_the_qr_code_decodes_to_the_next_appointment(pdf_file, tmp_path, zbarimg, langs):
    data = typical(languages=langs)
    pdf = pdf_file(render_slip(data))
    (payload,) = _decode(pdf.path, tmp_path, zbarimg)
    if payload.endswith("\r\n\n"):
        payload = payload[:-1]  # some zbar versions end each symbol with a newline of their own
    assert payload.startswith("BEGIN:VEVENT\r\n")
    ev = _event(strict_parse(payload.encode()))
    assert ev["DTSTART"] == ["20251216T093000Z"]
    assert unescape(ev["LOCATION"][0]) == "op kantoor, Markt 1"
    assert "06 12 34 56 78" in unescape(ev["DESCRIPTION"][0])
    assert payload == vevent(appointment_event(data))


@pytest.mark.parametrize("langs", [("nl",), ("nl", "ar")])
def test_the_qr_code_still_scans_from_a_coarse_raster(pdf_file, tmp_path, zbarimg, langs):
    """200 dpi, about what a phone camera makes of a printed slip held at arm's length: the code must
    still scan (drawn as one path it did not, at the same size)."""
    pdf = pdf_file(render_slip(typical(languages=langs)))
    (payload,) = _decode(pdf.path, tmp_path, zbarimg, dpi=200)
    assert payload.startswith("BEGIN:VEVENT\r\n")


def test_no_next_appointment_no_qr_code(pdf_file):
    pdf = pdf_file(render_slip(sample_slip(next_appointment=None)))
    assert appointment_event(sample_slip(next_appointment=None)) is None
    assert pdf.pages == 1


# -- the message ---------------------------------------------------------------------------


def test_the_message_is_dutch_then_the_residents_language():
    data = typical(languages=("nl", "tr"))
    text = phone_message(data)
    dutch, turkish = text.split("\n\n")
    assert "Onze volgende afspraak: dinsdag 16 december 2025 om 10.30 uur." in dutch
    assert "Waar: op kantoor, Markt 1." in dutch
    assert "Bir sonraki randevumuz: 16 Aralık 2025 Salı, saat 10.30." in turkish
    assert "06 12 34 56 78" in dutch and "06 12 34 56 78" in turkish
    assert "Fatima" not in text  # a message may be forwarded: no name


def test_the_message_without_a_next_appointment():
    data = sample_slip(next_appointment=None, consultant=Consultant("Sanne", "", "", ""), languages=("nl",))
    lines = phone_message(data).split("\n")
    assert lines[0] == "We maken later samen een nieuwe afspraak."
    assert lines[-1] == "Vragen? Neem contact op met Sanne."


def test_appointment_place_kind_is_named_in_each_language():
    data = sample_slip(next_appointment=Appointment(datetime(2026, 2, 3, 14, 0), "", "home"), languages=("nl", "pl"))
    text = phone_message(data)
    assert "bij jou thuis" in text and "u Ciebie w domu" in text

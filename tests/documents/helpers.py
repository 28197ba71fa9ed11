"""Shared helpers for the document tests: sample data and poppler readers."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

from app.documents.model import (
    AgendaLine,
    Appointment,
    Consultant,
    InvitationData,
    SlipAgreement,
    SlipData,
    SlipReferral,
)

POPPLER = ("pdftotext", "pdfinfo", "pdffonts")


class Pdf:
    """A rendered PDF on disk (test data only), read back with poppler."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.data = data
        self.path = path
        path.write_bytes(data)

    def text(self, *, layout: bool = False) -> str:
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(self.path), "-"]
        out = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        return out.replace("\r\n", "\n")  # poppler on Windows ends its lines with CRLF

    def body_text(self, footer_band: float = 40, top_band: float = 0) -> str:
        """Text without the page footers (the bottom `footer_band` points) and,
        with `top_band`, without the top of each page (a slip's continuation band)."""
        w, h = self.page_size()
        args = [
            "pdftotext",
            "-enc",
            "UTF-8",
            "-r",
            "72",
            "-x",
            "0",
            "-y",
            str(int(top_band)),
            "-W",
            str(int(w) + 1),
            "-H",
            str(int(h - footer_band - top_band)),
            str(self.path),
            "-",
        ]
        out = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        return out.replace("\r\n", "\n")

    def info(self) -> dict[str, str]:
        out = subprocess.run(["pdfinfo", str(self.path)], capture_output=True, check=True).stdout
        pairs = (line.split(":", 1) for line in out.decode("utf-8", "replace").splitlines() if ":" in line)
        return {k.strip(): v.strip() for k, v in pairs}

    @property
    def pages(self) -> int:
        return int(self.info()["Pages"])

    def page_size(self) -> tuple[float, float]:
        m = re.match(r"([\d.]+) x ([\d.]+) pts", self.info()["Page size"])
        assert m, self.info()["Page size"]
        return float(m.group(1)), float(m.group(2))

    def fonts(self) -> str:
        return subprocess.run(["pdffonts", str(self.path)], capture_output=True, check=True).stdout.decode()


_FOOTER = re.compile(r"(Pagina|Page|Blad|Sheet) \d+ (van|of) \d+")


def squash(text: str) -> str:
    """Text for comparing content: NFKC (Arabic presentation forms back to
    letters), page footers removed, no whitespace, no invisible bidi marks."""
    text = unicodedata.normalize("NFKC", text)
    text = _FOOTER.sub("", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")


CONSULTANT = Consultant(
    name="Sanne de Vries",
    phone="06 12 34 56 78",
    email="s.devries@example.nl",
    municipality="Gemeente Voorbeeld",
)


def sample_slip(**changes) -> SlipData:
    values = dict(
        resident_name="Fatima",
        address_form="je",
        meeting_date=date(2025, 11, 28),
        agreements=[
            SlipAgreement("Bel de woningcorporatie over de huur", "resident", date(2025, 12, 12)),
            SlipAgreement("Vraag bijzondere bijstand aan voor de wasmachine", "consultant", date(2025, 12, 5)),
            SlipAgreement("Zoek de brief van de bewindvoerder op", "resident"),
            SlipAgreement("Kijk samen naar vrijwilligerswerk", "together", date(2026, 1, 9)),
            SlipAgreement("Mail het rooster van de cursus", "consultant"),
        ],
        next_appointment=Appointment(datetime(2025, 12, 16, 10, 30), "Gemeentehuis, Markt 1"),
        referrals=[SlipReferral("Juridisch Loket", "Gratis advies over recht", "0800 8020")],
        consultant=CONSULTANT,
        logo_path=None,
        client_number=None,
        languages=("nl",),
    )
    values.update(changes)
    return SlipData(**values)


def sample_invitation(**changes) -> InvitationData:
    values = dict(
        resident_name="Fatima",
        address_form="je",
        appointment=Appointment(datetime(2025, 12, 16, 10, 30), "Gemeentehuis, Markt 1"),
        place_choice_note=True,
        agenda=[
            AgendaLine("Hoe gaat het nu met je?", "consultant"),
            AgendaLine("Het internet dat niet werkt", "resident"),
            AgendaLine("Werk zoeken in de zorg", "consultant"),
        ],
        consultant=CONSULTANT,
        logo_path=None,
        languages=("nl",),
        letter_date=date(2025, 12, 1),
    )
    values.update(changes)
    return InvitationData(**values)

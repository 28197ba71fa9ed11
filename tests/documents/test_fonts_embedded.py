"""Every font in every PDF the app makes is embedded (pdffonts: emb yes).

A PDF that names a font without embedding it (reportlab's default Helvetica)
prints with whatever the printer or viewer substitutes.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.documents.access_export import build_access_export
from app.documents.letter import render_invitation
from app.documents.model import Consultant
from app.documents.slip import render_slip
from app.documents.team import HandoverData, SignalLine, SignalsReport, render_handover, render_signals_report

from .helpers import sample_invitation, sample_slip


def _fonts(pdf) -> list[tuple[str, str]]:
    """(name, emb) for each font pdffonts lists."""
    lines = pdf.fonts().splitlines()[2:]  # two header lines
    out = []
    for line in lines:
        cols = line.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th column from the end
        out.append((cols[0], cols[-5]))
    return out


DOCUMENTS = {
    "slip": lambda: render_slip(sample_slip()),
    "slip_a4": lambda: render_slip(sample_slip(), "A4"),
    "invitation": lambda: render_invitation(sample_invitation()),
    "signals": lambda: render_signals_report(
        SignalsReport(
            [SignalLine("Dreigende brieven", "2026-11", "Brieven voelen kil")],
            date(2026, 10, 1),
            date(2026, 11, 30),
            team="Team Oost",
        )
    ),
    "handover": lambda: render_handover(
        HandoverData("Fatima", "je", "Werk", "WhatsApp", ["Cv"], Consultant("Sanne", "06", "s@x.nl", "Gemeente X"))
    ),
    "access_export": lambda: build_access_export(
        {"resident": {"display_name": "Fatima"}, "generated_at": "2026-11-28T10:00:00"}
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_font_is_embedded(pdf_file, name):
    pdf = pdf_file(DOCUMENTS[name](), name)
    fonts = _fonts(pdf)
    assert fonts, pdf.fonts()
    not_embedded = [font for font, emb in fonts if emb != "yes"]
    assert not not_embedded, pdf.fonts()
    assert not any("Helvetica" in font for font, _ in fonts), pdf.fonts()

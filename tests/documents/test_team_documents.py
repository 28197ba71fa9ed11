"""The signals one-pager and the handover note render every word, escaped."""

from __future__ import annotations

import subprocess
from datetime import date

from app.documents.model import Consultant
from app.documents.team import HandoverData, SignalLine, SignalsReport, render_handover, render_signals_report


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_signals_report(tmp_path):
    report = SignalsReport(
        [
            SignalLine("Dreigende brieven", "2026-11", "Brieven <b>voelen</b> dreigend & kil"),
            SignalLine("Dreigende brieven", "2026-10", "Toon is streng"),
            SignalLine("Veel wisselende consulenten", "2026-11", "Weer opnieuw beginnen"),
        ],
        date(2026, 10, 1),
        date(2026, 11, 30),
        team="Team Oost",
        municipality="Gemeente X",
    )
    text = _text(render_signals_report(report), tmp_path)
    assert "Brieven <b>voelen</b> dreigend & kil" in text
    assert "Team Oost" in text and "oktober" in text
    counts = [line for line in text.splitlines() if "Dreigende brieven" in line and "2" in line.split()[-1]]
    assert counts, text


def test_empty_signals_report(tmp_path):
    text = _text(render_signals_report(SignalsReport([], date(2026, 1, 1), date(2026, 3, 31), language="en")), tmp_path)
    assert "No signals were shared" in text


def test_handover(tmp_path):
    data = HandoverData(
        "Fatima",
        "u",
        "We werken aan taal en werk.",
        "Liever via WhatsApp, niet bellen.",
        ["Cv bijwerken"],
        Consultant("Sanne Verbeek", "06-1", "s@x.nl", "Gemeente X"),
        date(2026, 11, 28),
    )
    text = _text(render_handover(data), tmp_path)
    for expected in (
        "Fatima",
        "We werken aan taal en werk.",
        "Liever via WhatsApp",
        "Cv bijwerken",
        "Sanne Verbeek",
        "Wat u belangrijk vindt",
    ):
        assert expected in text

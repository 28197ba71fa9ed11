"""Team signals without a server: five consultants' signed files merged, one tampered, with duplicates."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

import pytest

from app.documents.team import TeamCountsReport, render_team_counts
from app.errors import InvalidInput
from app.services import team_signals as ts
from app.services.caseload import ResidentInput
from app.services.registry import Services

SECRET = "koffie bij het wijkteam"
PLACEHOLDERS = {"name": "[naam]", "email": "[e-mail]", "postcode": "[postcode]", "number": "[nummer]"}


def _file(source: str, items: list[tuple[str, str]], start: int = 1) -> bytes:
    signals = [
        ts.TeamSignal(ts.signal_uid(source, start + n), cat, month, "Team Noord", "Het wachten duurt lang")
        for n, (cat, month) in enumerate(items)
    ]
    return ts.export_file(signals, SECRET)


@pytest.fixture
def five_files(db):
    services = Services.over(db)
    services.caseload.add_resident(ResidentInput(display_name="Fatima Amrani"))
    # Consultant 1 goes through the real app: consent only, scrubbed, signed.
    for n in range(3):
        services.signals.create("distrust", f"De wachttijd is te lang {chr(97 + n)}", True, today=date(2026, 10, 3))
    services.signals.create("distrust", "Niet delen", False, today=date(2026, 10, 3))
    first = services.signals.team_file(services.signals.rows_in_period(), PLACEHOLDERS, SECRET)
    second = _file("c2", [("distrust", "2026-10"), ("rejected_applications", "2026-10")])
    third = _file("c3", [("rejected_applications", "2026-10"), ("rejected_applications", "2026-11")])
    fourth = _file("c4", [("rejected_applications", "2026-10")])
    tampered = json.loads(_file("c5", [("rejected_applications", "2026-11")]))
    tampered["signals"].append(dict(tampered["signals"][0], uid="extra"))  # someone adds a signal by hand
    return [
        ("c1.json", first),
        ("c2.json", second),
        ("c2-again.json", second),  # the same consultant exported twice
        ("c3.json", third),
        ("c4.json", fourth),
        ("c5.json", json.dumps(tampered).encode()),
    ]


def test_merge_refuses_the_tampered_file_and_counts_duplicates_once(five_files):
    merged = ts.merge(five_files, SECRET)
    assert [r.file for r in merged.refused] == ["c5.json"] and merged.refused[0].reason == "tampered"
    assert merged.duplicates == 2
    assert len(merged.files) == 5
    counts = ts.counts(merged.signals)
    assert counts[("distrust", "2026-10")] == 4  # 3 shared by consultant 1 (not the one without consent) + 1
    assert counts[("rejected_applications", "2026-10")] == 3
    assert counts[("rejected_applications", "2026-11")] == 1
    assert all("Amrani" not in s.text for s in merged.signals)


def test_a_wrong_secret_foreign_damaged_or_huge_file_is_refused(five_files):
    merged = ts.merge(five_files, "een ander geheim")
    assert {r.reason for r in merged.refused} == {"tampered"} and not merged.signals
    odd = [
        ("foto.png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ("ander.json", b'{"kind": "iets anders"}'),
        ("diep.json", b"[" * 100_000),
        ("groot.json", b" " * (ts.MAX_FILE_BYTES + 1)),
    ]
    assert [r.reason for r in ts.merge(odd, SECRET).refused] == [
        "not_signals",
        "not_signals",
        "not_signals",
        "too_large",
    ]
    with pytest.raises(InvalidInput):
        ts.merge(odd, "kort")


def test_counts_below_k_are_hidden_in_csv_and_pdf(five_files, tmp_path):
    merged = ts.merge(five_files, SECRET)
    rows = ts.shown_counts(merged.signals, 4)
    assert ("rejected_applications", "2026-10", None) in rows and ("distrust", "2026-10", 4) in rows
    assert ts.shown_counts(merged.signals, 1) == ts.shown_counts(merged.signals, 3), "k is at least 3"
    csv = ts.management_csv(rows, str.upper, ("onderwerp", "maand", "aantal"), "minder dan 4").decode("utf-8-sig")
    assert "REJECTED_APPLICATIONS,2026-10,minder dan 4" in csv and "REJECTED_APPLICATIONS,2026-11,minder dan 4" in csv
    assert "DISTRUST,2026-10,4" in csv
    assert ",3\n" not in csv and ",1\n" not in csv
    pdf = tmp_path / "team.pdf"
    pdf.write_bytes(render_team_counts(TeamCountsReport([(c, m, n) for c, m, n in rows], 4, len(merged.files))))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("minder dan 4") == 2 and "distrust" in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M), pages

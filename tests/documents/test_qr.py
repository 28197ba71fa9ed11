"""The slip's QR code: app/documents/qr.py chooses the mask faster than reportlab, and must make the
very symbol reportlab makes, module for module, for any payload and at every size. That the slip's
code decodes to the right VEVENT is test_phone.py's (zbar)."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.barcode import qrencoder

from app.documents.qr import best_mask, lost_points, masked_layouts, qr_matrix


def reportlab_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    n = qr.getModuleCount()
    return tuple(tuple(bool(qr.isDark(r, c)) for c in range(n)) for r in range(n))


# VEVENT-like text (ASCII, CRLF, Dutch and other letters), short to long: QR versions 1 to 25 or so
payloads = st.text(alphabet=string.ascii_letters + string.digits + " :;,.-\r\néëüçışğ€", min_size=1, max_size=900)


@settings(max_examples=40, deadline=None)
@given(payloads)
def test_the_same_symbol_as_reportlab(payload):
    try:
        expected = reportlab_matrix(payload)
    except Exception as exc:  # noqa: BLE001 - reportlab refuses some payloads ('\n' alone); so must this
        with pytest.raises(type(exc)):
            qr_matrix(payload)
        return
    assert qr_matrix(payload) == expected


def test_every_size_from_one_to_forty_modules_steps():
    # lengths that land on many versions, including those of 7 and up that carry version bits
    for length in (1, 20, 60, 130, 250, 400, 650, 1000, 1500, 2200):
        payload = ("BEGIN:VEVENT\r\nLOCATION:Stadskantoor\r\n" * 60)[:length]
        mine = qr_matrix(payload)
        assert mine == reportlab_matrix(payload), length
        assert len(mine) >= 21


def test_the_score_is_reportlabs_for_each_mask():
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData("DTSTART;TZID=Europe/Amsterdam:20261210T100000\r\nLOCATION:Balie 3, Stationsplein 1\r\n")
    qr.version = qr.calculate_version()
    scores = []
    for mask in range(8):
        qr.makeImpl(True, mask)
        rows = ["".join("1" if m else "0" for m in row) for row in qr.modules]
        scores.append(lost_points(rows))
        assert scores[-1] == qrencoder.QRUtil.getLostPoint(qr), mask
    assert len(set(scores)) > 1  # the masks differ, so the choice means something
    qr.makeImpl(True, 0)
    positions = list(qr.dataPosIterator())
    bits = list(qr.dataBitIterator(qr.dataCache))
    bits += [False] * (len(positions) - len(bits))
    base = [row[:] for row in qr.modules]
    for c, r in positions:
        base[r][c] = False
    assert best_mask(masked_layouts(base, positions, bits), len(base)) == scores.index(min(scores))

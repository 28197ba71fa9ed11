"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to None on every
call that returns None, and CPython 3.11 aborts the whole app after ~26,000 such calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_none_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.parent()
        label.setText("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None lost {before - after} references in 10,000 Qt calls"


def test_qtpdf_is_available():
    from PySide6.QtPdf import QPdfDocument  # noqa: F401
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401

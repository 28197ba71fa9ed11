"""Issue 18 at the window: the resident's language picks the documents' second language, the preview
shows the translation status and lets the consultant choose another, the next appointment goes to
the phone (message through the clipboard, .ics file), and the resident view's headings come twice."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.content import load_library
from app.services.caseload import ResidentInput
from app.services.profile import Profile
from app.services.registry import Services
from app.ui.resident_view import ResidentSafeView
from app.ui.tabs.wrapup import WrapUpTab
from app.ui.worker import Worker


@pytest.fixture(scope="module")
def library():
    return load_library("nl")


@pytest.fixture
def services(db, library):
    services = Services.over(db)
    services.referrals.seed(library.referrals)
    services.profile.save(Profile(name="Anouk de Groot", phone="0412 123 456", municipality="Gemeente Oss"))
    return services


def _tab(qtbot, services, library, language: str):
    rid = services.caseload.add_resident(ResidentInput(display_name="Fatima", address_form="je", language=language))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.meetings.start(mid)
    services.wrapup.add_agreement(mid, "Brief van de Belastingdienst meenemen", "resident")
    services.wrapup.set_next_appointment(mid, datetime(2026, 12, 15, 14, 30), "office", "Markt 1")
    tab = WrapUpTab(services, library)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.worker = Worker()
    tab.load(rid, mid)
    return tab, rid, mid


def _preview(qtbot, tab):
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog.isVisible(), timeout=10000)
    return tab.preview_dialog


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "shown.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_the_residents_language_is_the_slips_second_and_its_status_shows(qtbot, services, library, tmp_path):
    tab, _rid, _mid = _tab(qtbot, services, library, "Nederlands, Turks")
    dialog = _preview(qtbot, tab)
    assert dialog.language is not None and dialog.language.currentData() == "tr"
    assert "Anlaşmalarımız" in _text(dialog.pdf, tmp_path)
    # the consultant sees that the Turkish wording is a draft nobody checked
    assert dialog.translation_label.isVisible()
    status = dialog.translation_label.text()
    assert "Türkçe" in status and ("not checked" in status or "niet nagekeken" in status)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_consultant_overrides_the_language_in_the_preview(qtbot, services, library, tmp_path):
    tab, _rid, _mid = _tab(qtbot, services, library, "Arabisch")
    dialog = _preview(qtbot, tab)
    combo = dialog.language
    assert combo.currentData() == "ar"
    combo.setFocus()
    # Home: the first choice, Dutch only; the preview is made again and the status line goes
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: dialog.second_language == "")
    text = _text(dialog.pdf, tmp_path)
    assert "Onze afspraken" in text and "اتفاقاتنا" not in text
    assert not dialog.translation_label.isVisible()
    # Down: the next language, English
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.second_language == "en")
    assert "Our agreements" in _text(dialog.pdf, tmp_path)
    # large print, ticked with the space bar
    dialog.large_print.setFocus()
    qtbot.keyClick(dialog.large_print, Qt.Key.Key_Space)
    import pdfplumber

    path = tmp_path / "large.pdf"
    path.write_bytes(dialog.pdf)
    with pdfplumber.open(str(path)) as doc:
        sizes = {round(c["size"], 2) for page in doc.pages for c in page.chars if c["text"].strip()}  # float noise
    assert min(sizes) >= 16
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_message_goes_through_the_clipboard(qtbot, services, library):
    tab, _rid, _mid = _tab(qtbot, services, library, "Nederlands, Pools")
    copied: list[str] = []
    tab.copy_text = copied.append  # the main window routes this through its clipboard guard
    qtbot.mouseClick(tab.message_button, Qt.MouseButton.LeftButton)
    assert len(copied) == 1
    dutch, polish = copied[0].split("\n\n")
    assert "Onze volgende afspraak: dinsdag 15 december 2026 om 14.30 uur." in dutch
    assert "Nasze następne spotkanie: wtorek, 15 grudnia 2026, godz. 14:30." in polish
    assert "Fatima" not in copied[0]


def test_the_main_window_guards_the_message(qtbot, services, library):
    from app.ui.clipboard import ClipboardGuard

    tab, _rid, _mid = _tab(qtbot, services, library, "Somalisch")
    guard = ClipboardGuard(seconds=60)
    tab.copy_text = guard.copy
    qtbot.mouseClick(tab.message_button, Qt.MouseButton.LeftButton)
    assert "Ballanteenna xigta" in QGuiApplication.clipboard().text()
    assert guard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == ""


def test_the_ics_file_is_saved_where_the_consultant_chooses(qtbot, services, library, tmp_path):
    tab, _rid, _mid = _tab(qtbot, services, library, "Tigrinya")
    qtbot.mouseClick(tab.ics_button, Qt.MouseButton.LeftButton)
    dialog = tab.ics_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "afspraak.ics"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(dialog.fileSelected, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists)
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"DTSTART:20261215T133000Z" in data  # 14.30 in Amsterdam, winter
    assert "ቆጸራ".encode() in data
    assert str(target) in tab.feedback.text()


def test_the_resident_view_headings_come_in_the_residents_language(qtbot, services):
    rid = services.caseload.add_resident(ResidentInput(display_name="Olena", language="Oekraïens"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    services.wrapup.add_agreement(mid, "Cv meenemen", "resident")
    view = ResidentSafeView(services)
    qtbot.addWidget(view)
    view.load(rid, mid)
    seconds = [label.text() for label in view.second_lines]
    assert "Про що ми говоримо" in seconds and "Про що ми домовляємося" in seconds
    assert "Це зробите ви" in seconds
    # without a language Nabij has wording for: one line, as before
    other = services.caseload.add_resident(ResidentInput(display_name="Rosa", language="Papiaments"))
    view.load(other, services.meetings.plan(other, datetime(2026, 12, 2, 10, 0)))
    assert view.second_lines == []


def test_rtl_headings_in_the_resident_view_are_right_aligned(qtbot, services):
    rid = services.caseload.add_resident(ResidentInput(display_name="Reza", language="Farsi"))
    mid = services.meetings.plan(rid, datetime(2026, 12, 1, 10, 0))
    view = ResidentSafeView(services)
    qtbot.addWidget(view)
    view.load(rid, mid)
    assert view.second_lines
    for label in view.second_lines:
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert label.alignment() & Qt.AlignmentFlag.AlignRight
        assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute  # right on the screen, not mirrored


def test_a_long_slip_is_one_sheet_front_and_back_in_the_preview(qtbot, services, library):
    from tests.documents.test_slip_sheet import EXTRA, FIVE

    tab, _rid, mid = _tab(qtbot, services, library, "Nederlands, Engels")
    for a in FIVE + EXTRA + FIVE:  # more than one side holds, with the dates still to come
        services.wrapup.add_agreement(mid, a.text, a.owner, a.due.replace(year=2027) if a.due else None)
    tab.load(_rid, mid)
    dialog = _preview(qtbot, tab)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=10000)
    assert dialog.page_count() == 2, dialog.page_count()
    # two pages: the back of the same sheet, and the preview says so
    assert dialog.sheet_label.isVisible()
    assert "voor- en achterkant" in dialog.sheet_label.text() or "front and back" in dialog.sheet_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_short_slip_is_one_side_and_says_nothing_of_sheets(qtbot, services, library):
    tab, _rid, _mid = _tab(qtbot, services, library, "Nederlands, Engels")
    dialog = _preview(qtbot, tab)
    qtbot.waitUntil(lambda: dialog.page_count() == 1, timeout=10000)
    assert not dialog.sheet_label.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

"""Importing a referral directory file: a preview first, and a window that never freezes (issue 15, case 8).

An import used to replace an entry of the same name silently (a helpline's number changed with no
preview) and to import 2,000 entries on the GUI thread (the window froze for 14 s). Now the file is
read and compared on the real threaded worker, a preview shows what would be added and what would
change (old → new), and only Import in the preview writes, on the worker, in one transaction. The
tests choose the file in Qt's own file dialog and answer the preview with clicks and keys.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from app.content import Referral, export_referrals
from app.services.referrals import ReferralInput, ReferralService
from app.ui.dialogs.referrals import ReferralDirectoryDialog
from app.ui.i18n import install_translators, remove_translators
from app.ui.worker import Worker

CHECKED = date(2026, 11, 1)


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The consultant's language: the dialogs are made after the catalogues are installed."""
    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def _directory(qtbot, db) -> tuple[ReferralService, ReferralDirectoryDialog]:
    service = ReferralService(db)
    dialog = ReferralDirectoryDialog(service, Worker())
    qtbot.addWidget(dialog)
    dialog.show()
    return service, dialog


def _choose(qtbot, dialog: ReferralDirectoryDialog, path) -> None:
    """Import…, then in Qt's file dialog (opened in the file's folder) type the file's name and Enter."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    file_dialog = dialog.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    file_dialog.setDirectory(str(path.parent))  # where the consultant browsed to
    name = file_dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(name, path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert not file_dialog.isVisible()


def _preview(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=60000)
    return dialog.preview


def test_the_preview_shows_old_and_new_and_nothing_changes_before_import(qtbot, db, tmp_path):
    service, dialog = _directory(qtbot, db)
    helpline = service.add(ReferralInput("Hulplijn Geldzorgen", "Gratis advies over geld", "0800-1111", "", CHECKED))
    service.set_retired(service.add(ReferralInput("Oude Inloop", "Inloop", "", "", CHECKED)), True)
    kept = service.add(ReferralInput("Buurtteam Zuid", "Hulp in de wijk", "010-2222", "", CHECKED))
    path = tmp_path / "kaart.toml"
    export_referrals(
        [
            Referral("a", "hulplijn geldzorgen", "Gratis advies over geld", "0800-9999", "", CHECKED),  # same name
            Referral("b", "Buurtteam Zuid", "Hulp in de wijk", "010-2222", "", CHECKED),  # the same
            Referral("c", "Oude Inloop", "Inloop", "", "", CHECKED),  # retired: comes back
            Referral("d", "Schuldhulp Noord", "Hulp bij schulden", "020-3333", "", CHECKED),  # new
        ],
        path,
    )
    before = {r.id: r for r in service.list(include_retired=True)}

    _choose(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled() and "kaart.toml" in dialog.message.text()  # reading, off the GUI thread
    preview = _preview(qtbot, dialog)
    lines = preview.lines()
    assert "hulplijn geldzorgen · Contact: 0800-1111 → 0800-9999" in lines
    assert "hulplijn geldzorgen · Naam: Hulplijn Geldzorgen → hulplijn geldzorgen" in lines
    assert any(line.startswith("Oude Inloop · ") and "weer in gebruik" in line for line in lines), lines
    assert "Schuldhulp Noord · 020-3333" in lines
    assert not any(line.startswith("Buurtteam Zuid") for line in lines)
    assert "1 nieuw, 2 gewijzigd, 1 al hetzelfde" in preview.summary.text(), preview.summary.text()
    assert {r.id: r for r in service.list(include_retired=True)} == before  # nothing replaced yet

    qtbot.keyClick(preview.list, Qt.Key.Key_Return)  # Enter: the default button is Cancel
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert not preview.isVisible() and dialog.message.text() == "Er is niets geïmporteerd."
    assert {r.id: r for r in service.list(include_retired=True)} == before

    _choose(qtbot, dialog, path)
    preview = _preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.imported, timeout=60000) as done:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert done.args == [3]
    assert service.get(helpline).contact == "0800-9999"
    assert not any(r.retired for r in service.list(include_retired=True))
    assert service.get(kept) == before[kept]
    assert "Schuldhulp Noord" in [dialog.list.item(i).text() for i in range(dialog.list.count())]

    _choose(qtbot, dialog, path)  # the same file again: nothing left to change, no preview
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert "Niets te importeren" in dialog.message.text()


def test_two_thousand_entries_keep_the_window_responsive(qtbot, db, tmp_path):
    service, dialog = _directory(qtbot, db)
    service.add(ReferralInput("Hulplijn 0007", "oud", "0800-0000", "", CHECKED))
    path = tmp_path / "groot.toml"
    export_referrals(
        [Referral(f"r{i}", f"Hulplijn {i:04}", f"Hulp nummer {i}", f"0800-{i:04}", "", CHECKED) for i in range(2000)],
        path,
    )
    # A heartbeat on the GUI thread: it beats only while the event loop runs. Beats while the file is read
    # and while it is written show that neither blocks the window (the longest gap is printed as a figure;
    # speed belongs in benchmarks, not in an assertion here).
    clock, gaps, last = QElapsedTimer(), [], [0]
    clock.start()

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()
    try:
        _choose(qtbot, dialog, path)
        preview = _preview(qtbot, dialog)
        assert "1999 nieuw, 1 gewijzigd" in preview.summary.text()
        assert "Hulplijn 0007 · Contact: 0800-0000 → 0800-0007" in preview.lines()
        beats_before_import = len(gaps)
        with qtbot.waitSignal(dialog.imported, timeout=120000) as done:
            qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
            assert dialog.message.text() == "Bezig met importeren…"  # the write runs on the worker
        beats_during_import = len(gaps) - beats_before_import
    finally:
        heart.stop()
    assert done.args == [2000]
    assert len(service.list()) == 2000
    longest = max(gaps)
    print(f"referral-import: entries=2000 longest_gui_stall_ms={longest} beats={len(gaps)}")
    assert beats_before_import > 0 and beats_during_import > 0, "the event loop stood still during the import"

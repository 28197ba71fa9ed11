"""The discreet flag of a referral: stored per entry, set in the directory with the keyboard or the mouse.

NULL follows the bundled content (113, Veilig Thuis, MIND stay discreet without anyone doing
anything); a tick or an untick in the directory is the consultant's choice, which seeding never
overrules and an import changes only when its file says so, shown in the preview first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.content import Referral, export_referrals, load_library
from app.services.referrals import ReferralInput, ReferralService
from app.ui.dialogs.referrals import ReferralDirectoryDialog
from app.ui.worker import Worker

CHECKED = date(2026, 11, 1)


def _directory(qtbot, service: ReferralService) -> ReferralDirectoryDialog:
    dialog = ReferralDirectoryDialog(service, Worker())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _select(qtbot, dialog: ReferralDirectoryDialog, referral_id: int) -> None:
    """Click the entry's line in the list."""
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == referral_id:
            dialog.list.scrollToItem(item)
            rect = dialog.list.visualItemRect(item)
            qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert dialog.current_id == referral_id
            return
    raise AssertionError(f"referral {referral_id} is not in the list")


def _line(dialog: ReferralDirectoryDialog, referral_id: int) -> str:
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == referral_id:
            return item.text()
    raise AssertionError(f"referral {referral_id} is not in the list")


def _click_box(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_a_new_entry_is_made_discreet_with_the_keyboard(qtbot, db):
    service = ReferralService(db)
    dialog = _directory(qtbot, service)
    box = dialog.discreet
    assert box.accessibleName() == "Discreet: only on a slip when ticked for it"
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClicks(dialog.name, "Blijf Groep Voorbeeld")
    qtbot.keyClicks(dialog.contact, "0800-2000")
    # The box sits between "Last checked" and New in the tab order (Tab inside the date edit walks
    # its day, month and year, so come back from New).
    dialog.new_button.setFocus()
    qtbot.keyClick(dialog.new_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_button
    qtbot.keyClick(dialog.new_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)

    saved = service.get(dialog.current_id)
    assert saved.content_id is None and saved.discreet and saved.discreet_choice is True
    assert "discreet: on a slip only when ticked" in _line(dialog, saved.id)
    # opened again, the box shows what is stored
    dialog.new_entry()
    assert not box.isChecked()
    _select(qtbot, dialog, saved.id)
    assert box.isChecked()


def test_a_bundled_discreet_entry_follows_the_bundle_until_the_consultant_chooses(qtbot, db):
    service = ReferralService(db)
    library = load_library("nl")
    service.seed(library.referrals)
    crisis = next(r for r in service.list() if r.content_id == "zelfmoordpreventie_113")
    assert crisis.discreet and crisis.discreet_choice is None
    dialog = _directory(qtbot, service)
    _select(qtbot, dialog, crisis.id)
    assert dialog.discreet.isChecked()

    # editing something else is no choice about discretion: the bundle's default still applies
    dialog.website.clear()
    qtbot.keyClicks(dialog.website, "https://www.113.nl/")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert service.get(crisis.id).website == "https://www.113.nl/"
    assert service.get(crisis.id).discreet_choice is None

    _click_box(qtbot, dialog.discreet)  # untick: the consultant's own choice
    assert not dialog.discreet.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = service.get(crisis.id)
    assert not after.discreet and after.discreet_choice is False
    assert "discreet" not in _line(dialog, crisis.id)

    service.seed(library.referrals)  # as at every start: the choice stays
    assert service.get(crisis.id).discreet is False
    _click_box(qtbot, dialog.discreet)  # and back
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert service.get(crisis.id).discreet_choice is True


def test_an_import_shows_and_sets_the_flag_only_where_the_file_says_it(qtbot, db, tmp_path):
    service = ReferralService(db)
    shelter = service.add(ReferralInput("Blijf Groep Voorbeeld", "Opvang", "0800-2000", "", CHECKED))
    loket = service.add(ReferralInput("Juridisch Loket Voorbeeld", "Advies", "0800-8020", "", CHECKED, True))
    path = tmp_path / "kaart.toml"
    export_referrals(
        [
            Referral("a", "Blijf Groep Voorbeeld", "Opvang", "0800-2000", "", CHECKED, discreet=True),  # says yes
            Referral("b", "Juridisch Loket Voorbeeld", "Advies", "0800-8021", "", CHECKED),  # says nothing
            Referral("c", "Sterk Huis Voorbeeld", "Hulp thuis", "0800-3000", "", CHECKED, discreet=True),  # new
        ],
        path,
    )
    dialog = _directory(qtbot, service)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    file_dialog = dialog.file_dialog
    file_dialog.setDirectory(str(path.parent))
    name = file_dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClicks(name, path.name)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=60000)
    lines = dialog.preview.lines()
    assert "Blijf Groep Voorbeeld · Discreet: no → yes" in lines
    assert not any("Juridisch Loket Voorbeeld · Discreet" in line for line in lines)  # unsaid: unchanged
    assert "Sterk Huis Voorbeeld · 0800-3000 · discreet" in lines
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.preview.import_button, Qt.MouseButton.LeftButton)
    assert service.get(shelter).discreet_choice is True
    assert service.get(loket).discreet_choice is True and service.get(loket).contact == "0800-8021"
    added = next(r for r in service.list() if r.name == "Sterk Huis Voorbeeld")
    assert added.discreet and added.discreet_choice is True

    # the export writes the flag either way, so a colleague's import carries it both ways
    out = tmp_path / "uit.toml"
    dialog.export_to(out)
    text = out.read_text(encoding="utf-8")
    assert text.count("discreet = true") == 3 and "discreet = false" not in text


def test_the_box_speaks_dutch_to_the_consultant(qtbot, db):
    from app.ui.i18n import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "nl")
    try:
        dialog = _directory(qtbot, ReferralService(db))
        assert dialog.discreet.text() == "Discreet: alleen op een briefje als je het daarvoor aanvinkt"
        assert dialog.discreet.accessibleName() == dialog.discreet.text()
    finally:
        remove_translators(QApplication.instance(), translators)

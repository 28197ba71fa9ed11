"""Screenshots for the user guide, made from the demo data so they stay current.

    uv run python docs/make_screenshots.py --lang nl      # -> docs/img/nl/*.png
    uv run python docs/make_screenshots.py --lang en      # -> docs/img/en/*.png
    uv run python docs/make_screenshots.py --lang nl --out /tmp/shots   # -> /tmp/shots/nl/
    uv run python docs/make_screenshots.py --size 1280x720 --out /tmp/shots  # a small laptop screen

Runs offscreen, on a throw-away copy of the demo in a temporary folder. The UI
speaks ``--lang`` (through app.ui.i18n.install_translators, when that module is
there) and the content library is loaded in the same language.

It plays one short meeting with the demo resident (``--resident``, default
Fatima): start the meeting, tick an agenda item and a baggage item, write a
note, turn a line into an agreement, plan the next appointment and the
check-out. So every shot shows the app in use, not empty.

Shots (PNG, at most 1366×768; a window that Qt will not make that small is
scaled down to fit):
  first-run, unlock, lock                   the start and lock dialogs
  main-preparation, main-conversation,
  main-wrapup                               the three tabs
  resident-view, resident-turn              the resident-safe view (F9), and the resident's turn in it
  resident-view-1280, resident-reading      F9 at 1280x720 (its read-aloud button), and while it reads aloud
                                            (that one only where the engine has a voice; ``--speech mock``
                                            uses Qt's test engine, whose voices are English)
  slip-preview                              the agreements slip preview
  background, referrals                     Help > Background, Team > Referral directory
  backup, restore                           File > Make a backup / Restore a backup
  handover-export, handover-passphrase      Resident > Make a handover package (consent, contents; the passphrase)
  handover-import, handover-import-refused  File > Read in a handover (and a wrong passphrase refused)
  handover-imported                         the resident read in, in Voorbereiding, marked handed over
  promises, promises-1280                   View > My promises (Ctrl+T), at 1366x768 and 1280x720
  meeting-cancel                            Meeting > Cancel this meeting (a reason typed)
  preparation-history, ...-1280             Voorbereiding after a cancelled meeting: "afgezegd: <reden>"
  undo-status                               Afronding after an agreement's ✕: "Verwijderd — Ongedaan maken"

``--size 1280x720`` gives the offscreen platform one screen of that size (dialogs fit themselves to
it) and makes the window and the shots at most that size; the default is 1366x768.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MAX_W, MAX_H = 1366, 768  # the default --size


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent / "img",
        help="base folder; the PNGs go into <out>/<lang>/ (default: docs/img)",
    )
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    parser.add_argument("--resident", default="Fatima")
    parser.add_argument("--size", default=f"{MAX_W}x{MAX_H}", help="screen and window size, WxH (default 1366x768)")
    parser.add_argument("--speech", default=None, help="speech engine for read-aloud (default: the platform's)")
    args = parser.parse_args(argv)
    if args.speech:
        from app.ui import read_aloud

        read_aloud.ENGINE = args.speech
    out = args.out / args.lang
    out.mkdir(parents=True, exist_ok=True)
    max_w, max_h = (int(n) for n in args.size.lower().split("x"))
    screen_config = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)  # noqa: SIM115 - removed below
    screen = {"name": "shots", "x": 0, "y": 0, "width": max_w, "height": max_h, "logicalDpi": 96, "dpr": 1}
    json.dump({"screens": [screen]}, screen_config)
    screen_config.close()
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config.name}"

    from PySide6.QtCore import QDate, QLocale, Qt, QTime
    from PySide6.QtWidgets import QApplication, QScrollArea

    app = QApplication.instance() or QApplication([])
    translators = _install_translators(app, args.lang)  # before any widget is built
    from app.services.demo import DEMO_PASSPHRASE
    from app.storage.keys import NoSecretStore
    from app.storage.vault import Vault
    from app.ui import style
    from app.ui.application import AppController
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.worker import InlineWorker

    style.apply(app)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        image = widget.grab().toImage()
        if image.width() > max_w or image.height() > max_h:
            image = image.scaled(
                max_w, max_h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        path = out / f"{name}.png"
        if not image.save(str(path), "PNG", 0):  # 0: smallest file (PNG stays lossless)
            raise OSError(f"could not write {path}")
        shots.append(path)

    def shoot_dialog(dialog, name: str, size=None) -> None:
        if size is not None:
            dialog.resize(*size)
        dialog.show()
        save(dialog, name)
        dialog.close()

    with tempfile.TemporaryDirectory(prefix="nabij-shots-") as tmp:
        first = FirstRunDialog(Vault(Path(tmp) / "new", NoSecretStore()), InlineWorker())
        shoot_dialog(first, "first-run")

        controller = AppController(
            Vault(Path(tmp) / "demo", NoSecretStore()), InlineWorker(), demo=True, language=args.lang
        )
        controller.start()  # creates and seeds the demo, then asks the passphrase
        unlock = controller.dialog
        unlock.show()
        save(unlock, "unlock")
        unlock.passphrase.setText(DEMO_PASSPHRASE)
        unlock.submit()
        window = controller.window
        window.resize(max_w, max_h)
        window.show()
        window.update_backup_reminder()
        panel = window.caseload
        for row in range(panel.list.count()):
            if panel.list.item(row).text().startswith(args.resident):
                panel.list.setCurrentRow(row)
                break
        else:
            raise SystemExit(f"no demo resident called {args.resident!r}")

        # Voorbereiding, as the consultant finds it before the meeting.
        window.tabs.setCurrentWidget(window.preparation)
        save(window, "main-preparation")
        window.show_background()
        shoot_dialog(window.dialog, "background")

        # Gesprek: start the meeting and use it a little.
        window.start_meeting()
        conversation = window.conversation
        window.tabs.setCurrentWidget(conversation)
        if conversation.agenda_list.count():
            conversation.agenda_list.item(0).setCheckState(Qt.CheckState.Checked)
            conversation.agenda_list.setCurrentRow(0)
        opening = conversation.prompt_lists["opening"]
        if opening.count():
            opening.item(0).setCheckState(Qt.CheckState.Checked)
            opening.setCurrentRow(0)
        critique = [row for row in conversation.baggage_rows.values() if row.kind == "system_critique"]
        if critique:
            conversation.baggage_pages.show_page(1)  # System critique
            critique[0].check.setChecked(True)
        referrals = window.services.referrals.list()
        helper = next((r for r in referrals if "Geldfit" in r.name), referrals[0] if referrals else None)
        will, cant = _sphere(args.lang)
        conversation._add_sphere_entry("will", will, None)  # what the column's Add button does
        conversation._add_sphere_entry("cant", cant, helper.id if helper else None)
        conversation.notes.setPlainText(_note(args.lang))
        conversation.flush()
        cursor = conversation.notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        conversation.notes.setTextCursor(cursor)
        conversation._make_agreement(conversation.notes)  # what Ctrl+Return on the note's line does
        save(window, "main-conversation")

        # Afronding: the agreement, the next appointment, the check-out; then the slip.
        wrapup = window.wrapup
        window.tabs.setCurrentWidget(wrapup)
        wrapup.next_planned.setChecked(True)
        start = window.services.meetings.get(window.meeting_id).starts_at
        next_day = QDate(start.date()).addDays(14)
        while next_day.dayOfWeek() > 5:
            next_day = next_day.addDays(1)
        wrapup.next_date.setDate(next_day)
        wrapup.next_time.setTime(QTime(10, 0))
        wrapup.feeling.set_score(4)
        wrapup._save_score(4)  # set_score fills from storage without a signal; store it as a click would
        wrapup.went_well.setPlainText(_went_well(args.lang))
        wrapup.flush()
        save(window, "main-wrapup")
        wrapup.preview_slip()
        preview = wrapup.preview_dialog
        if preview is not None:
            preview.resize(760, 768)
            preview.show()
            _wait_for_pages(app, preview)
            save(preview, "slip-preview")
            preview.close()

        # The resident-safe view.
        window.enter_resident_view()
        save(window, "resident-view")
        window.resize(1280, 720)
        save(window, "resident-view-1280")
        window.resize(max_w, max_h)
        view = window.resident_view
        if view.read_button.isEnabled():
            view.read_button.click()
            save(window, "resident-reading")
            view.stop_reading()
        # Scrolled down: the resident's turn (check-out in faces, own words, own action points).
        if window.resident_view.own_words is not None:
            window.resident_view.own_words.setFocus()
            window.resident_view.findChild(QScrollArea).ensureWidgetVisible(window.resident_view.new_action)
            app.processEvents()
        save(window, "resident-turn")

        # The handover package: consent first, what goes in, then the one-time passphrase.
        window.show_handover_package()
        export = window.dialog
        export.consent.setChecked(True)
        if export.show_items_button.isEnabled():
            export.show_items_button.click()
        package_path = Path(tmp) / f"overdracht-{_today()}.nabij-overdracht"
        export.path.setText(str(package_path))
        export.show()
        save(export, "handover-export")
        export.start()  # what "Make the package" does (the worker is inline here)
        save(export, "handover-passphrase")
        passphrase = export.passphrase.text()
        export.close()
        window.leave_resident_view()
        window.show_handover_import()
        reading = window.dialog
        reading.path.setText(str(package_path))
        reading.passphrase.setText(passphrase)
        reading.show()
        save(reading, "handover-import")
        reading.passphrase.setText(passphrase[:-1] + ("X" if passphrase[-1] != "X" else "Y"))
        reading.submit()
        save(reading, "handover-import-refused")
        reading.passphrase.setText(passphrase)
        reading.submit()  # read in (into this throw-away demo): the new resident, history marked handed over
        window.tabs.setCurrentWidget(window.preparation)
        save(window, "handover-imported")

        window.show_referrals()
        dialog = window.dialog
        if dialog.list.count():
            dialog.list.setCurrentRow(0)
        shoot_dialog(dialog, "referrals")
        window.show_backup()
        shoot_dialog(window.dialog, "backup")
        window.show_restore()
        shoot_dialog(window.dialog, "restore")

        # Afronding after an agreement's ✕: the status bar offers to undo it.
        window.tabs.setCurrentWidget(wrapup)
        removable = [row for row in wrapup.rows.values() if row.remove_button is not None]
        if removable:
            removable[-1].remove_button.click()
            save(window, "undo-status")
            window.undo_last()

        # Mijn toezeggingen (Ctrl+T), at both screen sizes.
        for size, name in (((MAX_W, MAX_H), "promises"), ((1280, 720), "promises-1280")):
            window.show_promises()
            dialog = window.dialog
            dialog.resize(*size)
            dialog.show()
            if dialog.due.count():
                dialog.due.setCurrentRow(0)
            save(dialog, name)
            dialog.close()

        # A planned meeting cancelled with a reason, then the next one: the history says so.
        other = next(
            (r for r in window.services.caseload.list_residents() if r.id != window.resident_id and r.next_meeting_at),
            None,
        )
        if other is not None:
            panel.refresh(select_id=other.id)
            if window.services.meetings.status(window.meeting_id) == "in_progress":
                pass
            else:
                window.change_meeting("cancel")
                dialog = window.dialog
                dialog.reason.setPlainText(_cancel_reason(args.lang))
                dialog.show()
                save(dialog, "meeting-cancel")
                dialog.submit()
                start = window.services.meetings.get(window.meeting_id).starts_at
                window.services.meetings.plan(other.id, start.replace(day=1) + _weeks(5))
                window._show_resident(other.id)
                window.tabs.setCurrentWidget(window.preparation)
                save(window, "preparation-history")
                window.resize(1280, 720)
                save(window, "preparation-history-1280")
                window.resize(MAX_W, MAX_H)

        controller.lock()
        save(controller.dialog, "lock")
        controller.dialog.close()
        controller.shutdown()
    del translators
    os.unlink(screen_config.name)
    QLocale.setDefault(QLocale.system())
    total = 0
    for path in shots:
        size = path.stat().st_size
        total += size
        print(f"{path}  {size // 1024} KB")
    print(f"{len(shots)} shots, {total // 1024} KB")
    return 0


def _today() -> str:
    from datetime import date

    return f"{date.today():%Y%m%d}"


def _cancel_reason(language: str) -> str:
    return "Ziek; belt zelf voor een nieuwe afspraak" if language == "nl" else "Ill; will call for a new date"


def _weeks(n: int):
    from datetime import timedelta

    return timedelta(weeks=n)


def _wait_for_pages(app, preview, seconds: float = 5.0) -> None:
    """QPdfView renders pages in a thread: wait until the view is no longer blank."""
    import time

    from PySide6.QtGui import QColor

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        image = preview.view.viewport().grab().toImage()
        w, h = image.width(), image.height()
        dark = sum(1 for x in range(0, w, 7) for y in range(0, h, 7) if QColor(image.pixel(x, y)).lightness() < 128)
        if dark > 20:  # text is on screen
            for _ in range(10):  # let the remaining tiles land
                app.processEvents()
                time.sleep(0.02)
            return
        time.sleep(0.05)
    print("slip preview still blank after waiting", file=sys.stderr)


def _install_translators(app, language: str) -> list:
    try:
        from app.ui.i18n import install_translators
    except ImportError:  # the translation layer is not there yet: English UI
        print("app.ui.i18n not found: the UI stays English", file=sys.stderr)
        return []
    return install_translators(app, language)


def _note(language: str) -> str:
    if language == "nl":
        return "Taalcursus gaat goed, wil meer oefenen met spreken.\nZelf een proefles bij het buurthuis regelen"
    return (
        "The language course goes well; wants more speaking practice.\nArrange a trial lesson at the community centre"
    )


def _sphere(language: str) -> tuple[str, str]:
    if language == "nl":
        return "Uitzoeken welke toeslag je kunt krijgen", "Je schulden regelen"
    return "Find out which allowance you can get", "Sort out your debts"


def _went_well(language: str) -> str:
    if language == "nl":
        return "Samen de agenda gemaakt; zij bracht zelf het buurthuis in."
    return "We made the agenda together; she brought up the community centre herself."


if __name__ == "__main__":
    sys.exit(main())

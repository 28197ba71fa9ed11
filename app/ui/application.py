"""Start-up and lock: from the data folder to an unlocked main window, and back.

No blocking modal is shown while the application object is built: dialogs are
opened with open() once the event loop runs, and report through signals.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app import policy
from app.content import load_library_safely, pack_location
from app.errors import NabijError
from app.services.registry import Services
from app.storage.database import Database
from app.storage.errors import DamagedDatabase, OlderThanLastSave, StorageError
from app.storage.keys import NoSecretStore, OsKeyring
from app.storage.vault import Vault, VaultState
from app.ui import preferences, style
from app.ui.dialogs.first_run import FirstRunDialog
from app.ui.dialogs.privacy import RestoreDialog
from app.ui.dialogs.unlock import UnlockDialog
from app.ui.i18n import choose_language, install_translators
from app.ui.lock import IdleWatcher, OsLockWatcher, exclude_from_capture
from app.ui.main_window import MainWindow, Place
from app.ui.messages import key_store_text, user_message
from app.ui.qt_types import gui_app
from app.ui.single_instance import SingleInstance
from app.ui.worker import Worker

log = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 30


class AppController(QObject):
    """Owns the vault, the open database and the main window; moves between locked and unlocked."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self, vault: Vault, worker, *, demo: bool = False, language: str = "nl", idle_minutes: float | None = None
    ) -> None:
        super().__init__()
        self.vault = vault
        # The open proves the key; every page is checked on the worker once the window is up, and no
        # write commits before that check has passed (Database.verify; issue 16).
        self.vault.defer_checks = True
        self.worker = worker
        self.demo = demo
        # IT's machine policy (app/policy.py), then the municipal content pack it or the data folder names.
        self.policy = policy.reload()
        self.pack_path = pack_location(vault.data_dir, self.policy.pack_path)
        self.library, pack_error = load_library_safely(language, self.pack_path)
        self.pack_problem = user_message(pack_error) if pack_error is not None else ""
        if pack_error is not None:
            log.warning("content pack not used: %s", pack_error.key or "file")
        self.database: Database | None = None
        self.window: MainWindow | None = None
        # The open start-up dialog, reachable for tests.
        self.dialog: FirstRunDialog | UnlockDialog | RestoreDialog | None = None
        self.problem: str | None = None
        self._place: Place | None = None  # where the consultant was at the last lock
        self._drafts: list[tuple[str, int, dict[str, str]]] = []  # typed before a lock, not yet saved
        self._idle_override = idle_minutes  # tests; otherwise the setting decides
        self.idle = IdleWatcher(idle_minutes or 5, self)
        # Quiet times: the -wal is copied into the database file when there were saves (Database.checkpoint).
        self.checkpoints = QTimer(self)
        self.checkpoints.setInterval(CHECKPOINT_SECONDS * 1000)
        self.checkpoints.timeout.connect(self._checkpoint)
        self.idle.idle.connect(self.lock)
        self.os_lock = OsLockWatcher(self)
        self.os_lock.os_locked.connect(self.lock)

    # --- start ---------------------------------------------------------------------------
    def start(self) -> None:
        state = self.vault.state()
        if state is VaultState.NEW:
            if self.demo:
                self._create_demo()
            else:
                first_run = FirstRunDialog(self.vault, self.worker)
                self.dialog = first_run
                first_run.created.connect(self._on_database)
                first_run.rejected.connect(self._quit_if_locked)
                first_run.open()
            return
        if state is not VaultState.READY:
            self._show_problem(self._describe(state))
            return
        try:
            outcome = self.vault.open_with_keyring()
        except OlderThanLastSave as exc:
            self._show_problem(user_message(exc), offer_older=True)
            return
        except StorageError as exc:
            self._show_problem(user_message(exc))
            return
        if outcome.database is not None:
            self._on_database(outcome.database)
        else:
            self.ask_passphrase(user_message(outcome.problem) if outcome.problem is not None else None)

    def ask_passphrase(self, reason: str | None = None, locked: bool = False) -> None:
        from app.services.demo import DEMO_PASSPHRASE

        unlock = UnlockDialog(
            self.vault,
            self.worker,
            reason=reason,
            demo_passphrase=DEMO_PASSPHRASE if self.demo else None,
            locked=locked,
            unsaved_drafts=len(self._drafts),
        )
        self.dialog = unlock
        unlock.unlocked.connect(self._on_database)
        unlock.rejected.connect(self._quit_if_locked)
        unlock.failed.connect(self._unlock_failed)
        unlock.open()

    def _unlock_failed(self, message: str) -> None:
        """The passphrase was right but the file is damaged or incomplete: offer a restore instead."""
        unlock = self.dialog
        older = isinstance(getattr(unlock, "last_error", None), OlderThanLastSave)
        if unlock is not None:
            unlock.rejected.disconnect(self._quit_if_locked)  # closing it is not the user quitting
            unlock.reject()
        self._show_problem(message, offer_older=older)

    def _open_older(self) -> None:
        """The consultant chose the older state over a restore: the missing saves are given up, then open."""
        dialog = self.dialog
        try:
            self.vault.accept_older_state()
        except StorageError as exc:
            if isinstance(dialog, RestoreDialog):
                dialog.failed(user_message(exc))
            return
        if dialog is not None:
            dialog.rejected.disconnect(self._quit_if_locked)
            dialog.reject()
        self.dialog = None
        self.problem = None
        self.start()

    def _create_demo(self) -> None:
        from app.services.demo import DEMO_PASSPHRASE, seed_demo

        def create():  # all or nothing: the demo residents are in before the database is put in place
            self.vault.create(DEMO_PASSPHRASE, prepare=lambda db: seed_demo(Services.over(db), self.library)).close()
            return True

        self.worker.submit(create, lambda _ok: self.ask_passphrase(), lambda exc: self._show_problem(user_message(exc)))

    def _describe(self, state: VaultState) -> str:
        if state is VaultState.NOT_A_FILE:
            return self.tr(
                "{path} is a folder, not the database file. Nabij does not change it: rename or move it, "
                "or restore your backup."
            ).format(path=self.vault.db_path)
        if state is VaultState.FOREIGN:
            return self.tr("{path} is not a Nabij database. It was not changed.").format(path=self.vault.db_path)
        if state is VaultState.KEY_FILE_MISSING:
            return self.tr(
                "The key file {path} is missing. Put it back from your backup; the database was not changed."
            ).format(path=self.vault.key_path)
        return self.tr(
            "The database {path} is missing, but its key file is there. Restore the database from "
            "your backup; nothing was created or changed."
        ).format(path=self.vault.db_path)

    def _show_problem(self, message: str, offer_older: bool = False) -> None:
        """A damaged, foreign or incomplete data folder: say so, touch nothing, offer a restore."""
        self.problem = message
        log.warning("start-up problem shown to the user")
        intro = "\n\n".join(
            (
                self.tr("Nabij cannot open your data"),
                message,
                self.tr("Nothing was deleted or overwritten."),
                self.tr(
                    "You can restore your most recent backup. It goes into a fresh folder and is checked first; "
                    "the current files are kept aside."
                ),
            )
        )
        dialog = RestoreDialog(intro=intro, offer_older=offer_older)
        dialog.restore_requested.connect(self.restore)
        dialog.open_older_requested.connect(self._open_older)
        dialog.rejected.connect(self._quit_if_locked)
        self.dialog = dialog
        dialog.open()

    def _on_database(self, database: Database) -> None:
        self.database = database
        self.worker.submit(database.verify, lambda _ok: None, lambda exc: self._found_damaged(database, exc))
        if database.damage is not None:
            return  # the check ran at once (tests' inline worker) and found damage
        services = Services.over(database, self.library)
        try:
            services.referrals.seed(self.library.referrals)
        except DamagedDatabase:
            return  # the check above found damage while this waited for it; _found_damaged follows
        with style.applied_after(gui_app()):  # the stylesheet once the window is built, not while it grows
            self.window = MainWindow(
                services, self.library, self.worker, key_store=key_store_text(self.vault.key_store()), demo=self.demo
            )
        self.window.pack_problem = self.pack_problem
        self.window.lock_requested.connect(self.lock)
        self.window.restore_requested.connect(self.restore)
        self.window.change_passphrase_requested.connect(self.change_passphrase)
        self.window.settings_changed.connect(self._settings_changed)
        # Language and text size were applied before unlock, from the plain preferences file.
        self.apply_settings({k: v for k, v in services.settings.all().items() if k not in preferences.FIELDS})
        self._write_kept_drafts(services)
        self.window.show()
        place, self._place = self._place, None
        if place is not None:
            self.window.go_to(place)
        self.os_lock.register_window(self.window)
        exclude_from_capture(self.window)
        self.dialog = None
        self.idle.start()
        self.checkpoints.start()
        if self.pack_problem:
            self.window.statusBar().showMessage(self.pack_problem, 30000)
        self.unlocked.emit()

    def _found_damaged(self, database: Database, exc: BaseException) -> None:
        """The check that runs after first paint failed: writes were already refused; show the damage.

        What was typed is kept (as at a lock), the window goes, and the file is opened again with the same
        key and the whole check first: a fault only in the search index is repaired there (the window comes
        back), any other damage ends in the problem state with its restore offer. Nothing is written to it.
        """
        if database is not self.database:
            return  # locked or closed meanwhile
        if not isinstance(exc, DamagedDatabase):
            log.warning("open check did not finish: %s", type(exc).__name__)
            return  # a check that could not run (no memory, a closed file) is not damage: the next write checks
        log.warning("the open check found damage after start")
        key = database.key_copy()
        self._close_session(keep_drafts=True)
        self.locked.emit()
        try:
            reopened = self.vault.open_checked(key)
        except StorageError as damaged:
            self._show_problem(user_message(damaged))
            return
        self._on_database(reopened)

    def _settings_changed(self, values: dict) -> None:
        """Changed in the settings dialog: the UI preferences also go to the plain file read before unlock."""
        wanted = {k: values[k] for k in preferences.FIELDS if k in values}
        if wanted:
            try:
                preferences.update(self.vault.data_dir, **wanted)
            except (OSError, StorageError) as exc:
                log.warning("ui preferences not saved: %s", type(exc).__name__)
        self.apply_settings(values)  # the text size at once; the language from the next start

    def _write_kept_drafts(self, services: Services) -> None:
        kept, self._drafts = self._drafts, []
        for kind, object_id, values in kept:
            try:
                if kind == "meeting":
                    services.meetings.save_text(object_id, values)
                elif kind == "file_reading":  # the fields FileReadingEditor autosaves
                    services.relationship.save_file_reading(
                        object_id, what_i_read=values.get("what_i_read"), why=values.get("why")
                    )
                elif kind == "agreement":
                    services.wrapup.update_agreement(object_id, text=values.get("text"))
            except StorageError:
                self._drafts.append((kind, object_id, values))
        if kept and self.window is not None:
            self.window.caseload.refresh(select_id=self.window.caseload.current_id())
            message = (
                self.tr("Text typed before the lock is saved now.")
                if not self._drafts
                else self.tr(
                    "Text typed before the lock still cannot be saved: is the disk full? It is kept "
                    "until it can be saved."
                )
            )
            self.window.statusBar().showMessage(message, 20000)

    def apply_settings(self, values: dict) -> None:
        if "idle_lock_minutes" in values and self._idle_override is None:
            self.idle.set_minutes(values["idle_lock_minutes"])
            if self.window is not None:
                self.idle.start()
        if "clipboard_clear_seconds" in values and self.window is not None:
            self.window.clipboard.set_seconds(values["clipboard_clear_seconds"])
        if "font_scale" in values:
            style.apply(gui_app(), values["font_scale"] / 100)

    def change_passphrase(self) -> None:
        from app.ui.dialogs.passphrase import ChangePassphraseDialog

        if self.window is None or self.database is None:
            return
        dialog = ChangePassphraseDialog(self.vault, self.database, self.worker, parent=self.window)
        dialog.changed.connect(self._passphrase_changed)
        self.window.dialog = dialog
        dialog.open()

    def _passphrase_changed(self) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Your passphrase was changed."), 10000)

    # --- restore ---------------------------------------------------------------------------
    def restore(self, backup_path: str, passphrase: str) -> None:
        """Restore into a fresh folder and check it (in the worker); only then switch to it."""
        from app.storage import backup

        target = backup.restore_target_for(self.vault.data_dir)
        dialog = self.dialog if self.window is None else self.window.dialog

        def restore_failed(exc: BaseException) -> None:
            if isinstance(dialog, RestoreDialog):
                dialog.failed(user_message(exc))

        self.worker.submit(
            lambda: (
                backup.restore_backup(Path(backup_path), passphrase, target),
                backup.read_backup_info(Path(backup_path)),
            ),
            lambda result: self._adopt(result[0], result[1], passphrase),
            restore_failed,
        )

    def _adopt(self, restored: Path, info, passphrase: str) -> None:
        from app.services.privacy import BackupService
        from app.storage import backup

        self._close_session(keep_drafts=False)  # drafts belong to the data being replaced
        self._place = None  # and so does the place
        try:
            backup.adopt_restored(restored, self.vault.data_dir)
        except StorageError as exc:
            # Undone by adopt_restored: the current data is in place again. Say so, and open it again.
            if self.dialog is not None and hasattr(self.dialog, "reject"):
                self.dialog.reject()
            self.start()
            self._say_after_start(user_message(exc))
            return
        database = self.vault.open_with_passphrase(passphrase)
        BackupService(database).record_restore(backup_created_at=info.created_at)
        if self.dialog is not None and hasattr(self.dialog, "accept"):
            self.dialog.accept()
        self.problem = None
        self._on_database(database)

    def _checkpoint(self) -> None:
        database = self.database
        if database is not None and database.is_open:
            self.worker.submit(database.checkpoint, lambda _done: None, lambda _exc: None)

    def _say_after_start(self, message: str) -> None:
        """A message for the consultant once the window (or the unlock dialog) is back."""
        if self.window is not None:
            self.window.statusBar().showMessage(message, 30000)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore"), message, parent=self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        elif self.dialog is not None and hasattr(self.dialog, "show_message"):
            self.dialog.show_message(message)

    # --- lock ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Save drafts, close every connection, drop the key, clear widgets; then ask the passphrase."""
        if self.window is None:
            return
        self._place = self.window.place()  # ids and positions only: brought back after unlock
        self._close_session(keep_drafts=True)
        self.locked.emit()
        self.ask_passphrase(locked=True)

    def _close_session(self, keep_drafts: bool) -> None:
        """Save drafts, close open dialogs, clear and drop the window, close every connection, drop the key."""
        window, self.window = self.window, None
        self.checkpoints.stop()
        if window is not None:
            self.idle.stop()
            if not window.flush_all() and keep_drafts:
                # The disk refused (full, removed). Keep what was typed, off screen, and write it after unlock.
                self._drafts.extend(window.unsaved_drafts())
            for widget in QApplication.topLevelWidgets():
                if widget is not window and widget.isVisible() and widget.isModal():
                    widget.close()
            window.clear_sensitive()
            window.hide()
            window.deleteLater()
        if self.database is not None:
            self.database.close()
            self.database = None

    def _quit_if_locked(self) -> None:
        if self.window is None:
            gui_app().quit()

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.flush_all()
        if self.database is not None:
            self.database.close()
            self.database = None


def _refuse(app: QApplication, english: str, shown: str, code: int) -> int:
    """A start-up refusal: in English on stderr for IT and scripts, and in the consultant's language in a
    window (not when headless)."""
    print(english, file=sys.stderr)
    if app.platformName() not in ("offscreen", "minimal"):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Nabij", shown)
        box.finished.connect(app.quit)
        box.open()
        app.exec()
    return code


def claim_data_folder(guard: SingleInstance, data_dir: Path) -> tuple[str, str, int] | None:
    """After ``guard.acquire()`` failed: None when the folder is ours after all (a stale lock taken
    over), else the refusal as (English for stderr, the consultant's language, exit code)."""
    if guard.ask_first_to_raise():
        return (
            f"Nabij is already open on {data_dir}; that window was brought to the front.",
            QCoreApplication.translate(
                "StartUp", "Nabij is already open on {folder}; that window was brought to the front."
            ).format(folder=data_dir),
            3,
        )
    if guard.lock_error() == QLockFile.LockError.LockFailedError:
        if guard.take_over_stale():
            log.warning("a lock left by an earlier Nabij that no process held was taken over")
            return None
        # Held by a live process that does not answer: a Nabij still starting or stuck. Not read-only.
        return (
            f"Another Nabij holds the data folder {data_dir} but does not answer (it may still be starting, "
            "or be stuck). Nothing was changed.",
            QCoreApplication.translate(
                "StartUp",
                "Another Nabij holds the data folder {folder} but does not answer: it may still be starting, or "
                "be stuck. Wait a moment and start Nabij again. If that does not help, close Nabij in the Task "
                "Manager or restart the computer. Nothing was changed.",
            ).format(folder=data_dir),
            3,
        )
    return (
        f"Nabij cannot write in the data folder {data_dir} (is it read-only?). Nothing was changed.",
        QCoreApplication.translate(
            "StartUp", "Nabij cannot write in the data folder {folder} (is it read-only?). Nothing was changed."
        ).format(folder=data_dir),
        2,
    )


START_FAILED = 4  # exit code: start-up failed on something unexpected; the lock is released


def start_failure(exc: BaseException, data_dir: Path) -> tuple[str, str]:
    """What to say when start-up fails on an exception: (English for stderr, the consultant's language).

    Names only the error's code or type (its text could hold anything) and the data folder."""
    what = exc.code if isinstance(exc, NabijError) else type(exc).__name__
    english = f"Nabij could not start ({what}). Nothing was changed; the data folder {data_dir} is free again."
    shown = QCoreApplication.translate(
        "StartUp",
        "Nabij could not start. {reason} Nothing was changed. Start Nabij again; if this happens again, "
        "give IT the log in {folder}.",
    )
    return english, shown.replace("{reason}", user_message(exc)).replace("{folder}", str(data_dir / "logs"))


def _fail_at_start(app: QApplication, exc: BaseException, data_dir: Path) -> None:
    """Say why, then leave the event loop with START_FAILED: run_app's finally releases the lock."""
    log.error("start-up failed: %s", type(exc).__name__)
    english, shown = start_failure(exc, data_dir)
    print(english, file=sys.stderr)
    if app.platformName() in ("offscreen", "minimal"):
        app.exit(START_FAILED)
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
    box = QMessageBox(QMessageBox.Icon.Critical, "Nabij", shown)
    box.finished.connect(lambda _result: app.exit(START_FAILED))
    box.open()


def run_app(data_dir: Path, demo: bool = False) -> int:
    app = gui_app() if QApplication.instance() is not None else QApplication(sys.argv)
    app.setApplicationName("Nabij")
    app.setOrganizationName("Nabij")
    app.setQuitOnLastWindowClosed(False)
    # Language and text size before any widget is built: widgets translate their texts once, when made.
    # They come from a small plain file, since the encrypted settings cannot be read before unlock.
    prefs = preferences.load(data_dir)  # defaults when the folder is not there (yet)
    language = choose_language(prefs.ui_language)
    translators = install_translators(app, language)  # noqa: F841 - kept alive until exit
    style.apply(app, prefs.scale)
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        return _refuse(
            app,
            f"Nabij cannot use the data folder {data_dir}: {exc.strerror}",
            QCoreApplication.translate("StartUp", "Nabij cannot use the data folder {folder}: {reason}").format(
                folder=data_dir, reason=exc.strerror
            ),
            2,
        )
    from app.logging_setup import configure_logging, shutdown_logging

    guard = SingleInstance(data_dir)
    if not guard.acquire():
        refusal = claim_data_folder(guard, data_dir)
        if refusal is not None:
            return _refuse(app, *refusal)
    if prefs.ui_language is None:  # first run: remember what the system suggested (only the instance that runs)
        try:
            prefs = preferences.update(data_dir, ui_language=language)
        except (OSError, StorageError):
            pass
    try:
        configure_logging(data_dir)
    except OSError as exc:
        guard.release()
        return _refuse(
            app,
            f"Nabij cannot write in the data folder {data_dir}: {exc.strerror}. Nothing was changed.",
            QCoreApplication.translate(
                "StartUp", "Nabij cannot write in the data folder {folder}: {reason}. Nothing was changed."
            ).format(folder=data_dir, reason=exc.strerror),
            2,
        )
    try:
        return _run_unlocked_or_not(app, guard, data_dir, demo, language)
    finally:
        guard.release()  # also after an exception: never an invisible process that holds the folder
        shutdown_logging()


def _run_unlocked_or_not(app: QApplication, guard: SingleInstance, data_dir: Path, demo: bool, language: str) -> int:
    """The event loop, with the data folder held. An exception at start-up, or one later while no
    window is visible, ends it with START_FAILED and a message instead of an invisible process."""
    secrets = NoSecretStore() if demo else OsKeyring()
    try:
        controller = AppController(Vault(data_dir, secrets), Worker(), demo=demo, language=language)
    except Exception as exc:  # noqa: BLE001 - said to the consultant, then a clean exit
        _fail_at_start(app, exc, data_dir)
        if app.platformName() not in ("offscreen", "minimal"):
            app.exec()
        return START_FAILED

    def bring_to_front() -> None:  # the window, or while locked the unlock or problem dialog
        shown = controller.window or controller.dialog
        if shown is not None:
            shown.showNormal()
            shown.raise_()
            shown.activateWindow()

    guard.raise_requested.connect(bring_to_front)

    def quit_unless_locked() -> None:  # without a main window (locked, starting) the open dialog decides
        if controller.window is not None:
            app.quit()

    app.lastWindowClosed.connect(quit_unless_locked)
    controller.os_lock.install(app)

    def start() -> None:
        try:
            controller.start()
        except Exception as exc:  # noqa: BLE001 - said to the consultant, then a clean exit
            _fail_at_start(app, exc, data_dir)

    previous_hook = sys.excepthook

    def unhandled(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """An exception in a slot: Qt carries on. Without a visible window nobody could ever see or quit it."""
        previous_hook(kind, exc, tb)
        if isinstance(exc, Exception) and not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            _fail_at_start(app, exc, data_dir)

    sys.excepthook = unhandled
    QTimer.singleShot(0, start)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        try:
            controller.shutdown()
        except Exception as exc:  # noqa: BLE001 - the lock is released all the same
            log.error("shutdown failed: %s", type(exc).__name__)

"""The one place where an error becomes a sentence in the user's language.

Errors below the UI carry a code and plain parameters (app/errors.py); this module has one
translated sentence per code, and fills in the parameters. Nothing shown to a user comes from
``str(exc)``: that is English, for the log. An error without a code (a bug, a library's own
exception) gets a calm general sentence that names only its type, never its text, which could
hold resident data.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from app.errors import NabijError
from app.storage.vault import KeyStore


def _sentences() -> dict[str, str]:
    """code -> translated sentence; {name} is filled from the error's params.

    Built on each call, so a language switch takes effect at once. lupdate reads the literal
    QCoreApplication.translate calls below."""
    return {
        "unexpected": QCoreApplication.translate(
            "Messages", "Something unexpected went wrong ({detail}). Nothing was lost."
        ),
        "key.wrong_passphrase": QCoreApplication.translate(
            "Messages", "That passphrase is not right. Check Caps Lock and try again."
        ),
        "key.file_missing": QCoreApplication.translate(
            "Messages", "The key file {path} is missing. The database was not changed."
        ),
        "key.file_damaged": QCoreApplication.translate(
            "Messages", "The key file {path} cannot be read. The database was not changed; restore a backup."
        ),
        "key.kdf_out_of_bounds": QCoreApplication.translate(
            "Messages",
            "The key file {path} asks for more time or memory than Nabij allows, so it was not used. "
            "The database was not changed; restore a backup.",
        ),
        "key.not_this_database": QCoreApplication.translate(
            "Messages", "The key file does not belong to this database. Nothing was changed."
        ),
        "key.passphrase_too_short": QCoreApplication.translate(
            "Messages", "A passphrase has at least {minimum} characters."
        ),
        "key.passphrase_too_simple": QCoreApplication.translate(
            "Messages",
            "This passphrase is too simple: it uses the same few characters again and again. "
            "Choose a short sentence of a few words, for example three words that belong together.",
        ),
        "keyring.none": QCoreApplication.translate(
            "Messages", "This computer has no secure keyring that Nabij can use, so Nabij asks for your passphrase."
        ),
        "keyring.locked": QCoreApplication.translate(
            "Messages", "The computer's keyring is locked, so Nabij asks for your passphrase."
        ),
        "keyring.refused": QCoreApplication.translate(
            "Messages", "The computer's keyring did not answer ({detail}), so Nabij asks for your passphrase."
        ),
        "keyring.no_key": QCoreApplication.translate(
            "Messages", "The computer's keyring has no key for this database yet, so Nabij asks for your passphrase."
        ),
        "keyring.wrong_key": QCoreApplication.translate(
            "Messages",
            "The key in the computer's keyring belongs to another database, so Nabij asks for your passphrase.",
        ),
        "db.foreign": QCoreApplication.translate("Messages", "{path} is not a Nabij database. It was not changed."),
        "db.damaged": QCoreApplication.translate(
            "Messages", "{path} is damaged: {why}. It was not changed; restore it from a backup."
        ),
        "db.exists": QCoreApplication.translate(
            "Messages", "{path} already exists. Nabij does not create a new database over it."
        ),
        "db.locked": QCoreApplication.translate("Messages", "Nabij is locked. Unlock it first."),
        "db.closed": QCoreApplication.translate(
            "Messages", "The database was closed meanwhile. Nothing was changed; try again."
        ),
        "db.no_sqlcipher": QCoreApplication.translate(
            "Messages", "This installation cannot encrypt its database, so Nabij will not start. Reinstall Nabij."
        ),
        "db.busy": QCoreApplication.translate(
            "Messages", "The database was busy. Nothing was lost; it is saved again in a moment."
        ),
        "db.older": QCoreApplication.translate(
            "Messages",
            "{path} holds fewer saves than Nabij made: {missing} change(s) are missing. This happens when the "
            "file nabij.db-wal was removed or an older copy of nabij.db was put back. Nothing was changed. If you "
            "have the missing file, put it back and start Nabij again. Otherwise open the older state, or restore "
            "a backup.",
        ),
        "db.wal_broken": QCoreApplication.translate(
            "Messages",
            "The latest changes to {path} (in the file nabij.db-wal) are damaged: opening it as it is would lose "
            "saves without a word. A copy was kept: {kept}. Nothing was changed. Open what can still be read, or "
            "restore a backup.",
        ),
        "disk.full": QCoreApplication.translate(
            "Messages", "There is not enough disk space in {folder}. Nothing was changed; free some space."
        ),
        "disk.refused": QCoreApplication.translate(
            "Messages",
            "The disk refused to write in {folder} (full, over its quota, removed or failing). Nothing was changed.",
        ),
        "file.write_failed": QCoreApplication.translate(
            "Messages", "{path} could not be written ({detail}). Nothing was changed."
        ),
        "folder.missing": QCoreApplication.translate("Messages", "The folder {path} does not exist."),
        "folder.cannot_create": QCoreApplication.translate(
            "Messages", "The folder {path} cannot be created ({detail})."
        ),
        "folder.not_empty": QCoreApplication.translate(
            "Messages", "The folder {path} is not empty. A backup is only restored into an empty folder."
        ),
        "backup.not_a_backup": QCoreApplication.translate("Messages", "{path} is not a Nabij backup."),
        "backup.damaged": QCoreApplication.translate(
            "Messages", "The backup {path} cannot be used: {why}. Nothing was restored."
        ),
        "backup.missing": QCoreApplication.translate("Messages", "The backup {path} does not exist."),
        "backup.unreadable": QCoreApplication.translate("Messages", "The backup {path} cannot be read ({detail})."),
        "backup.copy_failed_check": QCoreApplication.translate(
            "Messages",
            "The copy of the database failed its check, so no backup was written. "
            "The database was not changed; run the self-check.",
        ),
        "backup.read_back_failed": QCoreApplication.translate(
            "Messages",
            "The backup in {folder} did not read back correctly, so it was removed. "
            "Try another stick or folder. The database was not changed.",
        ),
        "backup.failed": QCoreApplication.translate(
            "Messages", "The backup could not be made ({detail}). The database was not changed."
        ),
        "backup.no_revision": QCoreApplication.translate(
            "Messages", "The database has no version number, so no backup was made."
        ),
        "backup.nothing_restored": QCoreApplication.translate("Messages", "{path} does not hold a restored database."),
        "backup.adopt_failed": QCoreApplication.translate(
            "Messages",
            "The restored data could not be put in place in {folder} ({detail}); perhaps another program has a "
            "file open there. Your current data is in place again and nothing was lost. Close that program and "
            "restore again.",
        ),
        "meeting.closed": QCoreApplication.translate(
            "Messages", "This meeting is closed. Reopen it first to change it."
        ),
        "meeting.already_current": QCoreApplication.translate(
            "Messages", "This resident already has a current meeting. Close it before planning another."
        ),
        "meeting.handed_over": QCoreApplication.translate(
            "Messages",
            "This came from the previous consultant in a handover package. It stays as it was: plan a meeting of "
            "your own to go on.",
        ),
        "meeting.started": QCoreApplication.translate(
            "Messages", "This meeting has started already. Only a meeting still to come can be moved or cancelled."
        ),
        "meeting.cancel_reason": QCoreApplication.translate(
            "Messages", "Write in a few words why the meeting is cancelled. It stays in the history."
        ),
        "meeting.other_in_progress": QCoreApplication.translate(
            "Messages", "Another meeting of this resident is in progress. Close it before reopening this one."
        ),
        "resident.needs_name": QCoreApplication.translate("Messages", "A resident needs a name or initials."),
        "resident.name_mismatch": QCoreApplication.translate(
            "Messages", "The typed name does not match the resident's name exactly. Nothing was erased."
        ),
        "referral.needs_name": QCoreApplication.translate("Messages", "A referral needs a name."),
        "handover.foreign": QCoreApplication.translate(
            "Messages", "This file is not a Nabij handover package. Nothing was imported."
        ),
        "handover.too_large": QCoreApplication.translate(
            "Messages", "This file is far too large for a handover package. Nothing was imported."
        ),
        "handover.newer_version": QCoreApplication.translate(
            "Messages", "This package was made by a newer Nabij. Update Nabij and try again. Nothing was imported."
        ),
        "handover.damaged": QCoreApplication.translate(
            "Messages", "This handover package is damaged. Ask for a new one. Nothing was imported."
        ),
        "handover.wrong_passphrase": QCoreApplication.translate(
            "Messages",
            "The passphrase does not fit this package, or the file was changed. Check the passphrase with "
            "the previous consultant. Nothing was imported.",
        ),
        "handover.unreadable": QCoreApplication.translate(
            "Messages", "The file could not be read. Nothing was imported."
        ),
        "handover.no_consent": QCoreApplication.translate(
            "Messages", "Record the resident's consent first. Nothing was exported."
        ),
        "signal.needs_category": QCoreApplication.translate("Messages", "Choose a category for the signal."),
        "signal.too_long": QCoreApplication.translate("Messages", "Keep a signal short: at most {maximum} characters."),
        "team.register_incomplete": QCoreApplication.translate(
            "Messages",
            "Give a topic, what was done (one short line) and who did it, as a role (not a name).",
        ),
        "team.secret_short": QCoreApplication.translate(
            "Messages",
            "Set the team secret first (Settings): the same words for everyone in the team, at least 8 characters.",
        ),
        "signal.not_anonymous": QCoreApplication.translate(
            "Messages", "The text still holds something that could point to a person."
        ),
        "content.invalid": QCoreApplication.translate(
            "Messages", "The content file {where} cannot be used ({key}): {reason}. Nabij uses its own content."
        ),
        "not_found": QCoreApplication.translate(
            "Messages", "This item no longer exists; it may have been removed meanwhile."
        ),
        "invalid": QCoreApplication.translate("Messages", "This value cannot be saved. Nothing was changed."),
    }


def _reasons() -> dict[str, str]:
    """Why a database or a backup cannot be used (app.storage.errors.DAMAGE_REASONS), translated."""
    return {
        "missing": QCoreApplication.translate("Messages", "the database file is missing"),
        "empty": QCoreApplication.translate("Messages", "the file is empty"),
        "too_short": QCoreApplication.translate("Messages", "the file is too short to be a database"),
        "no_decrypt": QCoreApplication.translate("Messages", "parts of it do not decrypt"),
        "integrity": QCoreApplication.translate("Messages", "parts of it fail their integrity check"),
        "structure": QCoreApplication.translate("Messages", "its structure is inconsistent"),
        "search_index": QCoreApplication.translate(
            "Messages", "its search index is damaged and could not be rebuilt (your data itself was readable)"
        ),
        "references": QCoreApplication.translate("Messages", "it has broken references"),
        "newer_version": QCoreApplication.translate(
            "Messages", "it was made by a newer version of Nabij; update Nabij first"
        ),
        "other_version": QCoreApplication.translate("Messages", "it was made by a different version of Nabij"),
        "incomplete": QCoreApplication.translate("Messages", "the file is incomplete (cut off)"),
        "extra_bytes": QCoreApplication.translate("Messages", "the file has unexpected extra bytes"),
        "header": QCoreApplication.translate("Messages", "its header cannot be read"),
        "header_mismatch": QCoreApplication.translate("Messages", "its header does not match the database in it"),
        "changed": QCoreApplication.translate("Messages", "it has been changed or damaged"),
        "key_unreadable": QCoreApplication.translate("Messages", "its key file cannot be read"),
        "kdf_bounds": QCoreApplication.translate(
            "Messages", "its key settings ask for more time or memory than Nabij allows"
        ),
    }


def key_store_text(store: KeyStore) -> str:
    """Where the key to the data is kept, in words."""
    if store.keyring is not None:
        text = QCoreApplication.translate(
            "Messages", "the computer's keyring ({keyring}) and the passphrase key file ({file})"
        )
        return _fill(text, {"keyring": store.keyring, "file": store.key_file})
    return _fill(
        QCoreApplication.translate("Messages", "the passphrase key file only ({file})"), {"file": store.key_file}
    )


def codes_with_a_sentence() -> set[str]:
    return set(_sentences())


def reasons_with_words() -> set[str]:
    return set(_reasons())


def user_message(exc: BaseException) -> str:
    """What to tell the user about ``exc``, in the UI language."""
    if isinstance(exc, NabijError):
        sentences = _sentences()
        text = sentences.get(exc.code, sentences["unexpected"])
        params = dict(exc.params)
        params.setdefault("detail", exc.code)
        if "why" in params:
            params["why"] = _reasons().get(params["why"], params["why"])
        return _fill(text, params)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _fill(_sentences()["disk.full"], {"folder": exc.filename or "?"})
        detail = exc.strerror or type(exc).__name__
        return _fill(_sentences()["file.write_failed"], {"path": exc.filename or "?", "detail": detail})
    return _fill(_sentences()["unexpected"], {"detail": type(exc).__name__})


def _fill(text: str, params: dict[str, str]) -> str:
    for name, value in params.items():
        text = text.replace("{" + name + "}", value)
    return text

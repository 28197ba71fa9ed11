"""A hostile key file or backup cannot hang, exhaust or crash Nabij (issue 15, case 7).

Argon2id parameters come from the file and the KDF runs before anything can be authenticated,
so every parameter is bounded before use: 10 million passes, 2 TiB of memory, a thousand lanes
or a work product over the ceiling are refused with a coded error, without running the KDF. A
key file or backup header nested thousands deep (RecursionError) or deeper than its format ever
goes, and a key file far larger than one, are refused as unreadable. Each error is said in the
UI language and names the file; the database and the target folder stay as they were.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from app.services.privacy import BackupService
from app.storage import backup, keyfile
from app.storage.backup import BackupDamaged
from app.storage.engine import sha256_of
from app.storage.errors import KdfOutOfBounds, KeyFileDamaged
from app.ui.i18n import install_translators, remove_translators
from app.ui.messages import user_message
from tests.conftest import PASSPHRASE

HOSTILE_KDF = {
    "ten_million_passes": {"iterations": 10_000_000},
    "two_tib_memory": {"memory_kib": 2 * 1024**3},
    "a_thousand_lanes": {"lanes": 1000},
    "work_over_the_ceiling": {"memory_kib": keyfile.MAX_MEMORY_KIB, "iterations": keyfile.MAX_ITERATIONS},
    "below_the_floor": {"memory_kib": 1024, "iterations": 1},
    "negative_passes": {"iterations": -3},
}
MALFORMED_KDF = {
    "passes_as_text": {"iterations": "3"},
    "memory_as_a_float": {"memory_kib": 65536.0},
    "lanes_as_true": {"lanes": True},
    "passes_missing": {"iterations": None},
}


@pytest.fixture
def no_kdf(monkeypatch):
    """Fails the test if Argon2id is run at all: bounds are checked before it."""
    calls = []

    def derive(passphrase, salt, kdf):
        calls.append(kdf)
        raise AssertionError(f"the KDF ran with {kdf}")

    monkeypatch.setattr(keyfile, "derive", derive)
    return calls


@pytest.fixture
def dutch(qapp):
    translators = install_translators(QApplication.instance(), "nl")
    yield
    remove_translators(QApplication.instance(), translators)


def _with_kdf(doc: dict, change: dict) -> dict:
    kdf = dict(doc["kdf"])
    for name, value in change.items():
        if value is None:
            kdf.pop(name)
        else:
            kdf[name] = value
    return dict(doc, kdf=kdf)


def _key_doc(vault) -> dict:
    return json.loads(vault.key_path.read_bytes())


def test_the_parameters_the_app_writes_are_within_bounds(vault):
    kf = keyfile.read(vault.key_path)
    assert kf.kdf == keyfile.KdfParams()
    default = keyfile.KdfParams()
    assert default.memory_kib * default.iterations * 16 == keyfile.MAX_WORK
    # the largest settings the bounds allow are accepted
    doc = _with_kdf(_key_doc(vault), {"memory_kib": keyfile.MAX_MEMORY_KIB, "iterations": keyfile.MIN_ITERATIONS})
    assert keyfile.kdf_from_document(doc["kdf"]).memory_kib == keyfile.MAX_MEMORY_KIB


@pytest.mark.parametrize("case", HOSTILE_KDF, ids=list(HOSTILE_KDF))
def test_hostile_kdf_in_the_key_file_is_refused_before_the_kdf_runs(case, vault, no_kdf, dutch):
    vault.key_path.write_text(json.dumps(_with_kdf(_key_doc(vault), HOSTILE_KDF[case])), encoding="utf-8")
    before = sha256_of(vault.db_path)
    with pytest.raises(KdfOutOfBounds) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert err.value.code == "key.kdf_out_of_bounds"
    assert no_kdf == []
    shown = user_message(err.value)
    assert str(vault.key_path) in shown and "meer tijd of geheugen" in shown, shown
    assert sha256_of(vault.db_path) == before


@pytest.mark.parametrize("case", MALFORMED_KDF, ids=list(MALFORMED_KDF))
def test_malformed_kdf_in_the_key_file_is_damage(case, vault, no_kdf):
    vault.key_path.write_text(json.dumps(_with_kdf(_key_doc(vault), MALFORMED_KDF[case])), encoding="utf-8")
    with pytest.raises(KeyFileDamaged) as err:
        keyfile.read(vault.key_path)
    assert err.value.code == "key.file_damaged"
    assert no_kdf == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"kdf": ' * 200_000 + b"1" + b"}" * 200_000,  # RecursionError in json without the guard
        b"[" * 50_000,
        json.dumps({"format": "nabij-keyfile", "x": [[[[[[[[[[1]]]]]]]]]]}).encode(),  # deeper than a key file
        b" " * (keyfile.MAX_FILE_BYTES + 1),
        b'{"salt": "' + b"A" * 10_000_000 + b'"}',
    ],
    ids=["nested_200000_deep", "unclosed_lists", "nested_10_deep", "too_large", "ten_megabytes"],
)
def test_a_nested_or_huge_key_file_is_damage_not_a_crash(body, vault, no_kdf, dutch):
    if body.startswith(b'{"kdf"'):
        with pytest.raises(RecursionError):  # what the key file reader met before the guard
            json.loads(body)
    vault.key_path.write_bytes(body)
    with pytest.raises(KeyFileDamaged) as err:
        vault.open_with_passphrase(PASSPHRASE)
    assert type(err.value) is KeyFileDamaged
    assert str(vault.key_path) in user_message(err.value)
    assert no_kdf == []


def test_byte_fields_of_the_wrong_length_are_damage(vault, no_kdf):
    doc = _key_doc(vault)
    for field, value in (("salt", "AAAA"), ("nonce", "AAAA"), ("ciphertext", "AAAA")):
        bad = json.loads(json.dumps(doc))
        (bad["kdf"] if field == "salt" else bad["aead"])[field] = value
        vault.key_path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(KeyFileDamaged):
            keyfile.read(vault.key_path)
    assert no_kdf == []


def test_a_key_file_that_is_a_folder_is_damage(vault):
    vault.key_path.unlink()
    vault.key_path.mkdir()
    with pytest.raises(KeyFileDamaged) as err:
        keyfile.read(vault.key_path)
    assert str(vault.key_path) in str(err.value)


# --- the same inside a backup -----------------------------------------------------------------


@pytest.fixture
def made(db, tmp_path):
    path = tmp_path / "usb" / backup.default_backup_name(datetime(2026, 12, 1, 9, 30))
    path.parent.mkdir()
    BackupService(db).make_backup(path)
    return path


def _rewrite(path, tmp_path, name: str, header_bytes: bytes):
    raw = path.read_bytes()
    n = int.from_bytes(raw[8:12], "big")
    out = tmp_path / f"{name}.nabijbackup"
    out.write_bytes(raw[:8] + len(header_bytes).to_bytes(4, "big") + header_bytes + raw[12 + n :])
    return out


def _header(path) -> dict:
    raw = path.read_bytes()
    return json.loads(raw[12 : 12 + int.from_bytes(raw[8:12], "big")])


@pytest.mark.parametrize("case", HOSTILE_KDF, ids=list(HOSTILE_KDF))
def test_hostile_kdf_in_a_backup_is_refused_at_once(case, made, tmp_path, no_kdf, dutch):
    header = _header(made)
    header["key_file"] = _with_kdf(header["key_file"], HOSTILE_KDF[case])
    bad = _rewrite(made, tmp_path, case, json.dumps(header).encode())
    for attempt in (
        lambda: backup.read_backup_info(bad),
        lambda: backup.verify_backup(bad, PASSPHRASE),
        lambda: backup.restore_backup(bad, PASSPHRASE, tmp_path / "target"),
    ):
        with pytest.raises(BackupDamaged) as err:
            attempt()
        assert err.value.params["why"] == "kdf_bounds"
        shown = user_message(err.value)
        assert str(bad) in shown and "meer tijd of geheugen" in shown, shown
    assert not (tmp_path / "target").exists()
    assert no_kdf == []


def test_hostile_kdf_is_refused_even_when_the_header_check_is_bypassed(made, tmp_path, no_kdf):
    """The key file inside a backup goes through keyfile.read too: the bound holds there on its own."""
    header = _header(made)
    header["key_file"] = _with_kdf(header["key_file"], {"iterations": 10_000_000})
    work = tmp_path / "work"
    work.mkdir()
    (work / "nabij.key").write_text(json.dumps(header["key_file"]), encoding="utf-8")
    with pytest.raises(KdfOutOfBounds):
        keyfile.read(work / "nabij.key")
    assert no_kdf == []


@pytest.mark.parametrize(
    "header_bytes",
    [
        b"[" * 500_000 + b"]" * 500_000,  # within the 1 MiB header limit; RecursionError without the guard
        b'{"a": ' * 100_000 + b"1" + b"}" * 100_000,
    ],
    ids=["lists_500000_deep", "objects_100000_deep"],
)
def test_a_deeply_nested_backup_header_is_damage_not_a_crash(header_bytes, made, tmp_path, no_kdf, dutch):
    assert len(header_bytes) <= backup.MAX_HEADER
    with pytest.raises(RecursionError):  # what the header reader met before the guard
        json.loads(header_bytes)
    bad = _rewrite(made, tmp_path, "nested", header_bytes)
    with pytest.raises(BackupDamaged) as err:
        backup.restore_backup(bad, PASSPHRASE, tmp_path / "target")
    assert err.value.params["why"] == "header"
    assert str(bad) in user_message(err.value)
    assert not (tmp_path / "target").exists()


def test_a_valid_header_with_a_deep_branch_is_damage(made, tmp_path, no_kdf):
    header = _header(made)
    deep: object = 1
    for _ in range(keyfile.MAX_DEPTH + 2):
        deep = [deep]
    header["key_file"]["extra"] = deep
    bad = _rewrite(made, tmp_path, "deep-branch", json.dumps(header).encode())
    with pytest.raises(BackupDamaged) as err:
        backup.read_backup_info(bad)
    assert err.value.params["why"] == "header"


def test_a_header_over_the_size_limit_is_refused(made, tmp_path):
    raw = made.read_bytes()
    bad = tmp_path / "huge.nabijbackup"
    bad.write_bytes(raw[:8] + (backup.MAX_HEADER + 1).to_bytes(4, "big") + b" " * (backup.MAX_HEADER + 1) + raw[12:])
    with pytest.raises(BackupDamaged):
        backup.read_backup_info(bad)


def test_the_untouched_backup_still_restores(made, tmp_path):
    """The bounds do not refuse what Nabij itself writes."""
    target = backup.restore_backup(made, PASSPHRASE, tmp_path / "ok")
    assert (target / "nabij.db").is_file() and (target / "nabij.key").is_file()

"""The handover package file is written all or nothing, on Windows too (paths, replace, handles)."""

from __future__ import annotations

import pytest

from app.errors import NabijError
from app.services import handover_package as package


def test_the_package_is_written_atomically_and_reads_back(tmp_path):
    folder = tmp_path / "Overdracht Ünïcode map"
    folder.mkdir()
    target = folder / f"Mevr. K{package.SUFFIX}"
    passphrase = package.new_passphrase()
    target.write_bytes(b"an older file with the same name")
    package.write(target, package.seal({"hello": "wereld ‏שלום"}, passphrase))
    assert package.unseal(package.read(target), passphrase) == {"hello": "wereld ‏שלום"}
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no .part left behind


def test_a_failed_write_leaves_nothing(tmp_path):
    target = tmp_path / "missing folder" / f"x{package.SUFFIX}"
    with pytest.raises(NabijError):
        package.write(target, b"data")
    assert not target.parent.exists()


def test_reading_a_missing_or_huge_file_is_refused(tmp_path):
    with pytest.raises(package.PackageRefused) as caught:
        package.read(tmp_path / "nope")
    assert caught.value.reason == "unreadable"
    huge = tmp_path / "huge"
    with huge.open("wb") as f:
        f.truncate(package.MAX_FILE_BYTES + 1)
    with pytest.raises(package.PackageRefused) as caught:
        package.read(huge)
    assert caught.value.reason == "too_large"


def test_the_export_writes_the_file_before_it_is_audited(db, tmp_path):
    """Services.handover.export(path=...): the file is there, whole, when the audit says a package was made;
    a write that fails leaves no file and no 'package made' row (the consent stays recorded)."""
    from app.services.caseload import ResidentInput
    from app.services.handover import Consent
    from app.services.registry import Services

    services = Services.over(db)
    rid = services.caseload.add_resident(ResidentInput(display_name="Mevr. Ünïcode"))
    folder = tmp_path / "Overdracht Ünïcode map"
    folder.mkdir()
    target = folder / f"overdracht{package.SUFFIX}"
    sealed = services.handover.export(rid, Consent(given=True), target)
    assert package.unseal(package.read(target), sealed.passphrase)["resident"]["display_name"] == "Mevr. Ünïcode"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert [e.action for e in services.audit.recent()][:2] == ["handover_export", "handover_consent"]
    with pytest.raises(NabijError):
        services.handover.export(rid, Consent(given=True), tmp_path / "missing folder" / target.name)
    assert not (tmp_path / "missing folder").exists()
    assert [e.action for e in services.audit.recent()][:2] == ["handover_consent", "handover_export"]

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

"""Old files: a database made at every Alembic revision opens in today's app and is upgraded to head.

The fixtures live in tests/fixtures/<revision>/ (see tests/fixtures/README.md);
tests/fixtures/make_fixture.py made them. They are copied to tmp_path before
opening: the committed files are never modified.
"""

from __future__ import annotations

import json
import shutil
from contextlib import closing
from datetime import date, datetime

import pytest

from app.services.registry import Services
from app.storage.engine import check_openable, connect_raw, sha256_of
from app.storage.keys import NoSecretStore
from app.storage.migrations import all_revisions, current_revision, head_revision
from app.storage.vault import Vault, VaultState
from tests.fixtures.make_fixture import MAX_BYTES, passphrase_for
from tests.reliability.conftest import ROOT, assert_healthy, report

FIXTURES = ROOT / "tests" / "fixtures"
REVISIONS = all_revisions()
FILES = ("nabij.db", "nabij.key", "expected.json")


def _require_fixture(revision: str) -> dict:
    folder = FIXTURES / revision
    missing = [name for name in FILES if not (folder / name).exists()]
    if missing:
        pytest.fail(
            f"Revision {revision} has no fixture database ({', '.join(missing)} missing in {folder}). "
            "Add the fixture for each new revision when you add the revision: add SAMPLES["
            f"{revision!r}] to tests/fixtures/make_fixture.py, run "
            f"`uv run python tests/fixtures/make_fixture.py {revision}` and commit tests/fixtures/{revision}/.",
            pytrace=False,
        )
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_revision_has_a_fixture(revision):
    expected = _require_fixture(revision)
    db_file = FIXTURES / revision / "nabij.db"
    assert expected["revision"] == revision
    assert expected["passphrase"] == passphrase_for(revision)
    assert db_file.read_bytes()[:16] != b"SQLite format 3\x00", "a fixture must be encrypted"
    assert db_file.stat().st_size < MAX_BYTES, f"{db_file} is over {MAX_BYTES} bytes"
    assert sha256_of(db_file) == expected["sha256"], f"{db_file} was changed after it was made"
    leftovers = [p.name for p in (FIXTURES / revision).iterdir() if p.name.startswith("nabij.db-")]
    assert not leftovers, f"side files committed with the fixture: {leftovers}"


def _same(stored, wanted):
    if isinstance(wanted, bool):
        return stored == int(wanted)
    return stored == wanted


@pytest.mark.parametrize("revision", REVISIONS)
def test_old_file_opens_upgrades_and_keeps_its_data(revision, tmp_path):
    expected = _require_fixture(revision)
    source = FIXTURES / revision
    committed = {name: sha256_of(source / name) for name in FILES}
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("nabij.db", "nabij.key"):
        shutil.copy2(source / name, folder / name)

    vault = Vault(folder, NoSecretStore())
    assert vault.state() is VaultState.READY
    database = vault.open_with_passphrase(passphrase_for(revision))  # upgrades to head
    key = database.key_copy()
    try:
        assert current_revision(database.engine) == head_revision()

        # Every row, every column, as inserted at its revision.
        checked = 0
        with database.engine.connect() as conn:
            for row in expected["rows"]:
                table, pk, values = row["table"], row["pk"], row["values"]
                cols = list(values)
                got = conn.exec_driver_sql(
                    f"SELECT {', '.join(cols)} FROM {table} WHERE {pk} = ?", (values[pk],)
                ).fetchone()
                assert got is not None, f"{table} {values[pk]} is gone after the upgrade"
                for col, stored in zip(cols, got, strict=True):
                    assert _same(stored, values[col]), f"{table}.{col}: {stored!r} != {values[col]!r}"
                    checked += 1

        # Today's services read it (every column of head, with what the upgrade filled in).
        services = Services.over(database)
        residents = {r["values"]["id"]: r["values"] for r in expected["rows"] if r["table"] == "resident"}
        for rid, values in residents.items():
            detail = services.caseload.get_resident(rid)
            assert detail.data.display_name == values["display_name"]
            assert detail.data.client_number == values["client_number"]
            services.preparation.background(rid)
        meetings = [r["values"] for r in expected["rows"] if r["table"] == "meeting"]
        for values in meetings:
            detail = services.meetings.get(values["id"])
            assert (detail.notes, detail.summary, detail.goals) == (values["notes"], values["summary"], values["goals"])
            assert isinstance(detail.starts_at, datetime)
            for agreement in detail.agreements:
                assert agreement.due is None or isinstance(agreement.due, date)
        probe_id, word = expected["search_probe"]
        assert [r.id for r in services.caseload.list_residents(query=word)] == [probe_id]
        assert services.caseload.count() == len(residents)
    finally:
        database.close()

    check_openable(folder / "nabij.db", key)
    assert_healthy(folder / "nabij.db", key)
    with closing(connect_raw(folder / "nabij.db", key, read_only=True)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    assert {name: sha256_of(source / name) for name in FILES} == committed, "a committed fixture was modified"
    report(
        "old-file",
        revision=revision,
        made_with=repr(expected["sqlcipher"]),
        upgraded_to=head_revision(),
        rows=len(expected["rows"]),
        values_checked=checked,
        lost=0,
    )


def test_a_stored_discreet_flag_survives_the_upgrade_and_a_seed(tmp_path):
    """0006 stores the consultant's discreet choice; the bundle's default applies only where none was made."""
    from app.content import load_library

    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("nabij.db", "nabij.key"):
        shutil.copy2(FIXTURES / "0006" / name, folder / name)
    database = Vault(folder, NoSecretStore()).open_with_passphrase(passphrase_for("0006"))
    try:
        services = Services.over(database)
        services.referrals.seed(load_library("nl").referrals)  # as at every start: adds, never overrules
        added, crisis, plain = (services.referrals.get(i) for i in (2, 3, 1))
        assert added.content_id is None and added.discreet and added.discreet_choice is True
        assert crisis.content_id == "zelfmoordpreventie_113"
        assert not crisis.discreet and crisis.discreet_choice is False  # the bundle says discreet; the choice wins
        assert not plain.discreet and plain.discreet_choice is None
        by_content = {r.content_id: r for r in services.referrals.list()}
        assert by_content["veilig_thuis"].discreet and by_content["veilig_thuis"].discreet_choice is None
    finally:
        database.close()


def test_referrals_from_before_0006_follow_the_bundled_default(tmp_path):
    from app.content import load_library

    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("nabij.db", "nabij.key"):
        shutil.copy2(FIXTURES / "0005" / name, folder / name)
    database = Vault(folder, NoSecretStore()).open_with_passphrase(passphrase_for("0005"))
    try:
        services = Services.over(database)
        services.referrals.seed(load_library("nl").referrals)
        rows = services.referrals.list()
        assert all(r.discreet_choice is None for r in rows)
        assert {r.content_id for r in rows if r.discreet} == {r.id for r in load_library("nl").referrals if r.discreet}
    finally:
        database.close()


@pytest.mark.parametrize("revision", ["0006", "0007"])
def test_after_0007_search_finds_sphere_lines_file_reading_and_handover(revision, tmp_path):
    """0007 indexes what was written before it: an old file finds the resident by those texts too."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("nabij.db", "nabij.key"):
        shutil.copy2(FIXTURES / revision / name, folder / name)
    database = Vault(folder, NoSecretStore()).open_with_passphrase(passphrase_for(revision))
    try:
        caseload = Services.over(database).caseload
        # Each word stands only in one of the three tables (sphere line, file reading, handover).
        for word in ("huurachterstand", "woningcorporatie", "vertrouwen"):
            assert [r.id for r in caseload.list_residents(query=word)] == [1], word
        assert caseload.list_residents(query="energieschuld") == []
    finally:
        database.close()


@pytest.mark.parametrize("revision", ["0008", "0009"])
def test_after_0009_search_finds_baggage_notes_and_cancel_reasons(revision, tmp_path):
    """0009 puts a meeting's baggage notes and cancel reason in its index row, also for old files."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in ("nabij.db", "nabij.key"):
        shutil.copy2(FIXTURES / revision / name, folder / name)
    database = Vault(folder, NoSecretStore()).open_with_passphrase(passphrase_for(revision))
    try:
        caseload = Services.over(database).caseload
        assert [r.id for r in caseload.list_residents(query="opnieuw")] == [1]  # only a baggage note holds it
        if revision == "0009":
            assert [r.id for r in caseload.list_residents(query="ziek")] == [2]  # only a cancel reason holds it
    finally:
        database.close()

"""The access export covers every column of every table reachable from a resident (issue 15, build 7).

The export used to list its fields by hand and so missed "what I read in your file" and the
handover note. Now app.services.privacy declares where each table goes (EXPORTED_TABLES), which
columns travel under another name (EXPORTED_ELSEWHERE) and which are left out and why
(NOT_EXPORTED); the rows themselves are written from the models' columns.

- The schema walk starts at ``resident`` and follows the foreign keys in the models' metadata:
  every table that points at a reached table, and the tables those point at (the referral
  directory), plus the audit table, which names residents and meetings by id. A column that is
  neither exported nor listed with a reason fails the test; so does a stale entry.
- A resident with a row in every one of those tables (the privacy seed) is exported to JSON, and
  every value of every exported column in the database is found at its declared place.
- The PDF, in Dutch and in English, holds every piece of text that was typed about the resident.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text, or_, select

from app.content import load_library
from app.documents.wording import Wording
from app.models import Base
from app.services.privacy import EXPORTED_ELSEWHERE, EXPORTED_TABLES, NOT_EXPORTED, AccessExportService
from tests.documents.helpers import Pdf
from tests.privacy.support import seed_resident

# Not a foreign key: audit rows name a resident or one of their meetings by object_type and object_id.
LINKED_BY_ID = ("audit_event",)


def reachable(metadata: MetaData) -> tuple[set[str], set[str]]:
    """(tables that hang off the resident through foreign keys, tables those point at)."""
    tables = metadata.tables
    reached = {"resident"}
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            if name not in reached and any(fk.column.table.name in reached for fk in table.foreign_keys):
                reached.add(name)
                grew = True
    pointed = {fk.column.table.name for name in reached for fk in tables[name].foreign_keys} - reached
    return reached, pointed


def uncovered(metadata: MetaData) -> list[str]:
    """Every problem with the declared export of the reachable tables in ``metadata``."""
    reached, pointed = reachable(metadata)
    tables = reached | pointed | set(LINKED_BY_ID)
    problems = []
    for name in sorted(tables):
        for column in metadata.tables[name].columns:
            key = f"{name}.{column.name}"
            exported = (name in EXPORTED_TABLES and key not in NOT_EXPORTED) or key in EXPORTED_ELSEWHERE
            listed = key in NOT_EXPORTED
            if not exported and not listed:
                problems.append(f"{key}: neither exported nor listed in NOT_EXPORTED with a reason")
            elif exported and listed:
                problems.append(f"{key}: both exported and listed as not exported")
            elif listed and len(NOT_EXPORTED[key].split()) < 6:
                problems.append(f"{key}: the reason {NOT_EXPORTED[key]!r} says too little")
    columns = {f"{n}.{c.name}" for n in tables for c in metadata.tables[n].columns}
    problems += [
        f"{key}: listed, but no such reachable column" for key in {*NOT_EXPORTED, *EXPORTED_ELSEWHERE} - columns
    ]
    problems += [f"{name}: has a place in the export but is not reachable" for name in set(EXPORTED_TABLES) - tables]
    return problems


def test_every_reachable_column_is_exported_or_listed_with_a_reason():
    reached, pointed = reachable(Base.metadata)
    # the walk finds what the issue named, and the private and directory tables beside them
    assert {"meeting", "file_reading", "handover", "self_check", "known_fact", "agreement"} <= reached
    assert pointed == {"referral"}
    assert not {"team_signal", "consultant_profile", "setting"} & (reached | pointed)  # no link to a resident
    assert uncovered(Base.metadata) == []


def test_the_walk_fails_on_a_new_column_and_a_new_table():
    """A column added later to an exported table is exported by construction (rows are written from
    the model's columns; the value test below checks it arrives). One added to a table that is left
    out, or a new table, is caught here until it is exported or listed with a reason."""
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["self_check"].append_column(Column("resident_mood", Text))
    Table(
        "home_visit",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("meeting_id", ForeignKey("meeting.id")),
        Column("impression", Text),
    )
    problems = uncovered(metadata)
    assert any(p.startswith("self_check.resident_mood:") for p in problems), problems
    assert {p.split(":")[0] for p in problems if p.startswith("home_visit.")} == {
        "home_visit.id",
        "home_visit.meeting_id",
        "home_visit.impression",
    }


# --- the values ------------------------------------------------------------------------------


def _rows_of(db, resident_id: int) -> dict[str, list[dict]]:
    """Every row that belongs to the resident, found through the same foreign keys, with raw values."""
    metadata = Base.metadata
    reached, pointed = reachable(metadata)
    ids: dict[str, set[int]] = {"resident": {resident_id}}
    rows: dict[str, list[dict]] = {}
    with db.session() as s:
        rows["resident"] = [dict(r._mapping) for r in s.execute(select(metadata.tables["resident"]).where(
            metadata.tables["resident"].c.id == resident_id))]  # fmt: skip
        grew = True
        while grew:
            grew = False
            for name in sorted(reached - {"resident"}):
                table = metadata.tables[name]
                conditions = [
                    fk.parent.in_(ids[fk.column.table.name])
                    for fk in table.foreign_keys
                    if ids.get(fk.column.table.name)
                ]
                if not conditions:
                    continue
                found = [dict(r._mapping) for r in s.execute(select(table).where(or_(*conditions)))]
                if {r["id"] for r in found} != ids.get(name, set()):
                    ids[name] = {r["id"] for r in found}
                    rows[name] = found
                    grew = True
        for name in pointed:
            table = metadata.tables[name]
            wanted = {
                r[fk.parent.name]
                for child in reached
                for fk in metadata.tables[child].foreign_keys
                if fk.column.table.name == name
                for r in rows.get(child, [])
                if r[fk.parent.name] is not None
            }
            rows[name] = [dict(r._mapping) for r in s.execute(select(table).where(table.c.id.in_(wanted)))]
        audit = metadata.tables["audit_event"]
        rows["audit_event"] = [
            dict(r._mapping)
            for r in s.execute(
                select(audit).where(
                    ((audit.c.object_type == "resident") & (audit.c.object_id == resident_id))
                    | ((audit.c.object_type == "meeting") & audit.c.object_id.in_(ids["meeting"]))
                )
            )
        ]
    return rows


def _at(data: dict, place: str) -> list[dict]:
    items = [data]
    for part in place.split("."):
        key, many = part.removesuffix("[]"), part.endswith("[]")
        found = []
        for item in items:
            value = item[key]
            if many:
                found.extend(value)
            elif value is not None:
                found.append(value)
        items = found
    return items


def _json_value(value):
    return value.isoformat() if isinstance(value, date) else value


@pytest.fixture
def exported(db):
    me = seed_resident(db, "all", next_appointment=True, cancelled=True)
    other = seed_resident(db, "other")
    export = AccessExportService(db, library=load_library("nl"))
    export.export_json(me.resident_id)  # an audit row of the resident's own
    export.export_pdf(other.resident_id)
    # through JSON, as the resident gets it (export_json would audit the export after collecting it)
    data = json.loads(export.to_json(export.collect(me.resident_id)))
    return me, other, export, data


def test_every_value_of_every_exported_column_is_in_the_json(db, exported):
    me, other, _export, data = exported
    rows = _rows_of(db, me.resident_id)
    for table_name, place in EXPORTED_TABLES.items():
        table = Base.metadata.tables[table_name]
        columns = [c.name for c in table.columns if f"{table_name}.{c.name}" not in NOT_EXPORTED]
        db_rows, json_rows = rows.get(table_name, []), _at(data, place)
        assert db_rows, f"the privacy seed puts no row in {table_name}: the check would prove nothing"
        for column in columns:
            assert any(r[column] not in (None, "") for r in db_rows), f"the seed leaves {table_name}.{column} empty"
        assert len(json_rows) == len(db_rows), (table_name, len(json_rows), len(db_rows))
        if "id" in columns:
            by_id = {j["id"]: j for j in json_rows}
            for row in db_rows:
                for column in columns:
                    assert by_id[row["id"]][column] == _json_value(row[column]), f"{table_name}.{column}"
        else:  # the audit rows: no id, compared as a whole
            want = sorted(tuple(_json_value(r[c]) for c in columns) for r in db_rows)
            assert sorted(tuple(j[c] for c in columns) for j in json_rows) == want, table_name
    # columns exported under another name, beside the row that points at them
    [(key, place)] = EXPORTED_ELSEWHERE.items()
    assert key == "referral.name"
    names = {r["id"]: r["name"] for r in rows["referral"]}
    pointing = [j for j in _at(data, place.rsplit(".", 1)[0]) if j["referral_id"] is not None]
    assert pointing and all(j["referral"] == names[j["referral_id"]] for j in pointing)
    # what the issue found missing, by name
    [reading] = [m["file_reading"] for m in data["meetings"] if m["file_reading"]]
    assert me.canaries["read"] in reading["what_i_read"] and me.canaries["why"] in reading["why"]
    assert me.canaries["correction"] in reading["correction"] and reading["resident_agrees"] is False
    [handover] = data["handovers"]
    assert me.canaries["handover"] in handover["text"] and me.canaries["wishes"] in handover["resident_wishes"]
    # the private self-check stays out, and nothing of another resident is in it
    assert not any(k.startswith("real_conversation") for k in json.dumps(data).split('"'))
    blob = json.dumps(data, ensure_ascii=False)
    assert not any(c in blob for c in other.all())


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_holds_every_typed_text_in_both_languages(db, exported, lang, tmp_path):
    me, other, export, _data = exported
    pdf = Pdf(export.export_pdf(me.resident_id, lang), tmp_path / f"inzage-{lang}.pdf")
    text = _squeezed(pdf.text())
    missing = [k for k, c in me.canaries.items() if c not in text]
    assert missing == [], f"not in the {lang} PDF: {missing}"
    words = Wording(lang, "u")  # the privacy seed addresses its resident with "u"
    for heading in ("file_reading", "handovers_title", "f.what_i_read", "f.why", "f.correction", "f.resident_wishes"):
        assert _squeezed(words(f"access_export.{heading}")) in text, (lang, heading)
    assert _squeezed(words("access_export.no")) in text  # the resident said it is not right
    assert "SchuldhulpVoorbeeld" in text  # the referral a sphere item points to
    assert not any(c in text for c in other.all())

"""The settings registry and service, the audit trail (ids only), and the backup reminder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app import settings as registry
from app.models import AuditEvent, Resident, Setting
from app.services.audit import ACTIONS, AuditService
from app.services.caseload import CaseloadService, ResidentInput
from app.services.settings import SettingsService
from app.settings import SettingError

EXPECTED = {
    "retention_months": 24,
    "idle_lock_minutes": 5,
    "clipboard_clear_seconds": 30,
    "address_form_default": "je",
    "show_client_number_on_slip": False,
    "slip_second_language": "",
    "slip_logo_path": "",
    "slip_paper": "A5",
    "read_aloud": True,
    "backup_folder": "",
    "backup_reminder_days": 7,
    "ui_language": "nl",
    "font_scale": 100,
    "team_secret": "",
    "signal_threshold": 3,
}


def test_registry_declares_each_setting_once_with_default_and_label():
    assert {k: registry.REGISTRY[k].default for k in EXPECTED} == EXPECTED
    assert len({s.key for s in registry.SETTINGS}) == len(registry.SETTINGS)
    for spec in registry.SETTINGS:
        assert spec.label.strip()
        assert isinstance(spec.default, spec.type)
    retention = registry.spec("retention_months")
    assert "Participatiewet" in retention.help and "not a legal term" in retention.help
    assert "last_backup_at" not in {s.key for s in registry.visible()}


def test_defaults_when_absent_and_json_round_trip(db):
    svc = SettingsService(db)
    assert svc.all() == {**EXPECTED, "last_backup_at": "", "team_register": "", "signal_source": ""}
    svc.set("retention_months", 36)
    svc.set("show_client_number_on_slip", True)
    svc.set("slip_second_language", "en")
    svc.set("address_form_default", "u")
    assert svc.get("retention_months") == 36
    assert svc.get("show_client_number_on_slip") is True
    with db.session() as s:
        stored = {k: v for k, v in s.execute(select(Setting.key, Setting.value))}
    assert stored == {
        "retention_months": "36",
        "show_client_number_on_slip": "true",
        "slip_second_language": '"en"',
        "address_form_default": '"u"',
    }
    svc.reset("retention_months")
    assert svc.get("retention_months") == 24


@pytest.mark.parametrize(
    "key, value",
    [
        ("retention_months", "24"),
        ("retention_months", 0),
        ("retention_months", True),
        ("idle_lock_minutes", 0),
        ("address_form_default", "jij"),
        ("show_client_number_on_slip", 1),
        ("slip_second_language", "de"),
        ("ui_language", "fr"),
        ("font_scale", 10),
        ("last_backup_at", "gisteren"),
    ],
)
def test_invalid_values_are_refused(db, key, value):
    with pytest.raises(SettingError):
        SettingsService(db).set(key, value)


def test_unknown_setting_and_damaged_row(db):
    svc = SettingsService(db)
    with pytest.raises(SettingError):
        svc.get("no_such_setting")
    with pytest.raises(SettingError):
        svc.set("no_such_setting", 1)
    with db.session() as s:
        s.add(Setting(key="idle_lock_minutes", value="not json"))
        s.add(Setting(key="font_scale", value="9999"))
    assert svc.get("idle_lock_minutes") == 5
    assert svc.get("font_scale") == 100


def test_backup_reminder(db):
    svc = SettingsService(db)
    now = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
    assert not svc.backup_reminder_due(now)  # the very first start: nothing to lose yet
    caseload = CaseloadService(db)
    rid = caseload.add_resident(ResidentInput(display_name="A. Test"))
    with db.session() as s:  # the first resident was added eight days ago, and there is no backup
        s.get(Resident, rid).created_at = (now - timedelta(days=8)).astimezone().replace(tzinfo=None)
    assert svc.backup_reminder_due(now)
    with db.session() as s:  # ... or only yesterday
        s.get(Resident, rid).created_at = (now - timedelta(days=1)).astimezone().replace(tzinfo=None)
    assert not svc.backup_reminder_due(now)
    svc.record_backup(now - timedelta(days=6, hours=23))
    assert not svc.backup_reminder_due(now)
    assert svc.last_backup_at() == now - timedelta(days=6, hours=23)
    svc.record_backup(now - timedelta(days=7))
    assert svc.backup_reminder_due(now)
    svc.set("backup_reminder_days", 14)
    assert not svc.backup_reminder_due(now)


def test_audit_records_ids_and_codes_only(db):
    audit = AuditService(db)
    for action in ACTIONS:
        audit.record(action, "resident" if action in ("erase", "purge", "export") else "database", None, "ok")
    audit.record("print", "meeting", 12, "ok")
    audit.record("save_pdf", "meeting", 12, "cancelled")
    rows = audit.recent(limit=3)
    assert [(r.action, r.object_type, r.object_id, r.result) for r in rows] == [
        ("save_pdf", "meeting", 12, "cancelled"),
        ("print", "meeting", 12, "ok"),
        ("restore", "database", None, "ok"),
    ]
    assert len(audit.recent()) == len(ACTIONS) + 2
    for bad in (
        dict(action="printed"),
        dict(action="print", object_type="Jan Jansen"),
        dict(action="print", object_id="Jan Jansen"),
        dict(action="print", result="ok: Jan Jansen"),
        dict(action="print", object_id=True),
    ):
        args = {"object_type": "meeting", "object_id": 1, "result": "ok", **bad}
        with pytest.raises(ValueError):
            audit.record(**args)
    with db.session() as s:
        assert s.query(AuditEvent).count() == len(ACTIONS) + 2

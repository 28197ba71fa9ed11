"""The log file and crash output carry no resident data and no key material."""

from __future__ import annotations

import ast
import logging
import sys
import threading
import warnings
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.logging_setup import (
    configure_logging,
    describe_exception,
    format_exception_safely,
    safe_value,
    shutdown_logging,
)
from app.models import BaggageMark
from app.services.caseload import CaseloadService
from app.storage.errors import KeyringUnavailable
from tests.privacy.support import new_canary, seed_resident

APP = Path(__file__).resolve().parents[2] / "app"
LOG_METHODS = {"debug", "info", "warning", "warn", "error", "exception", "critical", "log"}


@pytest.fixture
def logged(tmp_path):
    path = configure_logging(tmp_path / "data")
    yield path
    shutdown_logging()


def _integrity_error(db, note: str) -> IntegrityError:
    seeded = seed_resident(db, "ie", drafts=0, close=False)
    try:
        with db.session() as s:
            for _ in range(2):
                s.add(BaggageMark(meeting_id=seeded.meeting_ids[0], category_id="x", kind="life_story", note=note))
    except IntegrityError as exc:
        return exc
    raise AssertionError("expected an IntegrityError")


def test_scenario_leaves_no_canary_and_no_key_in_the_log(db, logged, capsys):
    canary = new_canary("log")
    key_hex = db.key_copy().hex()
    log = logging.getLogger("app.scenario")
    seeded = seed_resident(db, "sc")
    CaseloadService(db).list_residents(query=seeded.canaries["notes"])

    log.info("resident %s saved", seeded.name)
    log.info("resident %(name)s saved", {"name": seeded.name})
    log.warning("draft %s, key %s", [canary], key_hex)
    log.info("path %s", Path("/home/consulent") / f"slip {canary}.pdf")
    log.info("keyring problem: %s", KeyringUnavailable("The OS keyring is locked."))
    log.info("failed: %s", type(ValueError()).__name__)
    log.info(f"an f-string message is still text: {len(canary)}")
    exc = _integrity_error(db, canary)
    assert canary not in str(exc)  # the engine hides SQL parameters (hide_parameters=True)...
    try:
        raise RuntimeError(f"wrapped {canary}") from exc  # ...and the formatter drops messages anyway
    except RuntimeError:
        log.exception("saving failed")
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"odd value {canary}", stacklevel=1)
    try:
        raise ValueError(canary)
    except ValueError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: (_ for _ in ()).throw(KeyError(canary)))
    thread.start()
    thread.join()

    text = logged.read_text("utf-8")
    assert canary not in text and canary[-16:] not in text
    assert key_hex not in text and key_hex[:16] not in text
    for c in seeded.all():
        assert c not in text
    # ...while the log still says what happened and where
    assert "resident <text> saved" in text
    assert "<path *.pdf>" in text
    assert "keyring problem: KeyringUnavailable: The OS keyring is locked." in text
    assert "failed: ValueError" in text
    assert "IntegrityError [SQLITE_CONSTRAINT" in text
    assert "The above exception was the direct cause" in text
    assert 'File "tests/privacy/test_logging.py"' in text
    assert "unhandled exception" in text and "KeyError" in text
    err = capsys.readouterr().err
    assert canary not in err and "ValueError" in err


def test_format_exception_safely_drops_messages_and_locals():
    secret = new_canary("tb")

    def inner(note=secret):
        raise ValueError(note)

    try:
        inner()
    except ValueError:
        text = format_exception_safely(*sys.exc_info())
    assert secret not in text
    assert "in inner" in text and text.splitlines()[-1] == "ValueError"
    assert describe_exception(KeyringUnavailable("The OS keyring is locked.")).endswith("locked.")
    assert safe_value(42) == 42 and safe_value(None) is None
    assert safe_value("Jan Jansen") == "<text>" and safe_value("NoKeyringError") == "NoKeyringError"
    assert safe_value(b"bytes") == "<bytes>"


def test_log_file_rotates_at_one_megabyte(logged):
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_nabij_safe_handler", False))
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 3
    assert logged.parent.name == "logs" and logging.getLogger().level == logging.INFO


def test_every_log_call_in_app_uses_a_constant_message():
    """Arguments are filtered; the message itself must be a literal so no text can be formatted into it."""
    problems = []
    for path in sorted(APP.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if node.func.attr not in LOG_METHODS or not (
                isinstance(owner, ast.Name) and owner.id in ("log", "logger", "_log", "_crash_log", "logging")
            ):
                continue
            args = node.args[1:] if node.func.attr == "log" else node.args
            if not args or not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
                problems.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert problems == []


def test_sqlalchemy_errors_hide_their_parameters(db):
    """engine.py should pass hide_parameters=True to create_engine (see the report)."""
    if not db.engine.hide_parameters:
        pytest.skip(
            "app/storage/engine.py does not pass hide_parameters=True yet; the log formatter drops "
            "SQLAlchemy messages meanwhile"
        )
    canary = new_canary("hp")
    assert canary not in str(_integrity_error(db, canary))

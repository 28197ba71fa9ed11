"""Alembic, run programmatically on an open keyed connection."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

# Alembic is imported only where it is used: an everyday open finds the
# database at head and never needs it (importing it costs about 0.3 s and
# 17 MiB at start-up; see benchmarks/results.md).

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")  # a broken install
    return head


def all_revisions() -> list[str]:
    """Oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


_REVISION = re.compile(r'^revision\s*=\s*"([^"]+)"\s*$', re.MULTILINE)
_DOWN_REVISION = re.compile(r'^down_revision\s*=\s*(?:None|"([^"]+)")\s*$', re.MULTILINE)


def head_from_files() -> str | None:
    """The one head revision, read from the version files without importing Alembic.

    None whenever this simple reading is not sure (a file it cannot parse, a
    merge, several heads, no .py files): the caller then asks Alembic.
    """
    files = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in files:
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            downs.add(down[0])
    heads = revisions - downs
    if not files or len(revisions) != len(files) or len(heads) != 1:
        return None
    return heads.pop()


def at_head(engine: Engine) -> bool:
    """True when the database is at the head revision (cheap: no Alembic import)."""
    head = head_from_files()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except DBAPIError:  # no alembic_version table yet: a new database
        return False
    return [r[0] for r in rows] == [head]


def upgrade(engine: Engine, target: str = "head") -> None:
    if target == "head" and at_head(engine):
        return
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)

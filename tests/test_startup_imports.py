"""What the start imports before the first window (issue 16): documents and migrations load when used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LATER = ("reportlab", "PIL", "arabic_reshaper", "bidi", "alembic")
# Qt modules the start leaves out too: speech loads when the resident view (F9) first opens (issue 18).
LATER_QT = ("PySide6.QtTextToSpeech", "app.ui.read_aloud")


def test_the_app_starts_without_the_document_migration_or_speech_libraries():
    code = (
        "import json, sys; import app.cli, app.ui.application; "
        f"print(json.dumps(sorted(({{m.split('.')[0] for m in sys.modules}} & set({list(LATER)!r})) "
        f"| (set(sys.modules) & set({list(LATER_QT)!r})))))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_making_a_document_still_finds_its_libraries():
    from app.documents import plain, text

    assert text.is_blank is plain.is_blank
    assert plain.is_blank(" \u200b\u202e\u00ad\t") and not plain.is_blank("\u0645")  # invisible only; Arabic mim

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_translators, remove_translators
from tests.support.screens import build_world


@pytest.fixture
def dutch(qapp):
    """The Dutch catalogues installed for one test, and removed afterwards."""
    translators = install_translators(QApplication.instance(), "nl")
    yield translators
    remove_translators(QApplication.instance(), translators)


@pytest.fixture
def world(db, vault):
    return build_world(db, vault)

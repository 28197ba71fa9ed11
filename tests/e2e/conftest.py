"""The few tests that build the whole app: a controller over a fresh encrypted data dir."""

from __future__ import annotations

import pytest

from app.storage.keys import OsKeyring
from app.storage.vault import Vault
from app.ui.application import AppController
from app.ui.worker import InlineWorker


@pytest.fixture
def make_controller(qtbot, data_dir, memory_keyring):
    made = []

    def make(worker=None, **kwargs) -> AppController:
        vault = Vault(data_dir, OsKeyring(memory_keyring))
        controller = AppController(vault, worker if worker is not None else InlineWorker(), **kwargs)
        made.append(controller)
        controller.start()
        if controller.window is not None:
            qtbot.addWidget(controller.window)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()

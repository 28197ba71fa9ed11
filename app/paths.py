"""Every path the app uses comes from here.

Resources are reached through importlib.resources so the same code works from
a source checkout and from a PyInstaller bundle. The data dir comes from
platformdirs, unless ``--data-dir`` or ``NABIJ_DATA_DIR`` overrides it.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "Nabij"
DATA_DIR_ENV = "NABIJ_DATA_DIR"


def resource_path(*parts: str) -> Path:
    """A real filesystem path to a file or folder under resources/."""
    root = resources.files("resources")
    return Path(str(root.joinpath(*parts)))


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def demo_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME + "-demo", appauthor=False, roaming=False))


def seeds_dir() -> Path:
    """The research documents, beside the checkout (only present in development and CI)."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

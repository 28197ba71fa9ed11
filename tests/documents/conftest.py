"""Setup for the document tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # until the root conftest sets it

import shutil
from itertools import count

import pytest

from .helpers import POPPLER, Pdf


@pytest.fixture(scope="session", autouse=True)
def _poppler_present() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"poppler-utils missing ({', '.join(missing)}): apt-get install poppler-utils")


@pytest.fixture
def pdf_file(tmp_path):
    """pdf_file(bytes) -> Pdf: writes test output under tmp_path and reads it back."""
    numbers = count()

    def make(data: bytes, name: str = "doc") -> Pdf:
        return Pdf(data, tmp_path / f"{name}-{next(numbers)}.pdf")

    return make

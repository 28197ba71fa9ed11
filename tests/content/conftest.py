"""Fixtures for the content tests: the seed texts, and every bundled content file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from app.content import LANGUAGES
from app.paths import resource_path, seeds_dir

OWN_WORDS_RUN = 60
"""No content string may share a run of this many characters with a seed (content.md, "Own words")."""

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """Collapse every whitespace run to one space and compare case-insensitively."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).casefold()


def content_files() -> list[Path]:
    return sorted(resource_path("content").glob("*/*.toml"))


def strings_in(value, path: str = ""):
    """Every string in a parsed TOML document, with a dotted path to it."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            name = item.get("id", index) if isinstance(item, dict) else index
            yield from strings_in(item, f"{path}[{name}]")


def read_seeds(folder: Path) -> dict[str, str]:
    """The research seeds. A missing folder FAILS the test: the checks must never silently pass."""
    if not folder.is_dir():
        pytest.fail(f"seed folder {folder} is missing; CI must have shared/ beside the clone (../shared/seeds)")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    if not texts:
        pytest.fail(f"seed folder {folder} holds no .txt files")
    return texts


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return read_seeds(seeds_dir())


@pytest.fixture(scope="session")
def seed_windows(seed_texts) -> dict[str, str]:
    """Every OWN_WORDS_RUN-character window of every seed, normalised, mapped to its seed file.

    Each seed is taken twice: as is, and with words rejoined where a line break
    hyphenated them ("gemeen-\\nten"), so a copy cannot hide behind the layout.
    """
    windows: dict[str, str] = {}
    for name, text in seed_texts.items():
        for variant in (text, re.sub(r"-\s*\n\s*", "", text)):
            flat = normalise(variant)
            for start in range(len(flat) - OWN_WORDS_RUN + 1):
                windows.setdefault(flat[start : start + OWN_WORDS_RUN], name)
    return windows


@pytest.fixture(scope="session")
def content_docs() -> dict[Path, dict]:
    files = content_files()
    assert {p.parent.name for p in files} == set(LANGUAGES), files
    return {path: tomllib.loads(path.read_text(encoding="utf-8")) for path in files}

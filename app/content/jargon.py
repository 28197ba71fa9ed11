"""Jargon to avoid in what the resident reads: words with a plain alternative.

The list is content data (resources/content/<lang>/jargon.toml). The preview of the
slip or the letter names the words it finds in the consultant's text, with the plain
alternative; it never changes the text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from app.paths import resource_path

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Jargon:
    id: str
    word: str  # the word as typed in the (Dutch) text; compounds with it count too
    plain: str  # what to write instead, in the list's language


@cache
def load_jargon(language: str = "nl") -> tuple[Jargon, ...]:
    if language not in LANGUAGES:
        language = "nl"
    with resource_path("content", language, "jargon.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    return tuple(Jargon(str(e["id"]), str(e["word"]), str(e["plain"])) for e in doc.get("jargon", []))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@cache
def _pattern(word: str) -> re.Pattern[str]:
    # at the start of a word, or the end of a compound ("Sollicitatieplicht", "taalverplichting")
    return re.compile(r"\w*" + re.escape(_fold(word)) + r"\w*")


def find_jargon(texts: Iterable[str], language: str = "nl") -> list[tuple[Jargon, str]]:
    """The listed words found in the texts, each once, in list order, with the form found."""
    folded = [_fold(t) for t in texts if t]
    found: list[tuple[Jargon, str]] = []
    for entry in load_jargon(language):
        for text in folded:
            m = _pattern(entry.word).search(text)
            if m:
                found.append((entry, m.group(0)))
                break
    return found

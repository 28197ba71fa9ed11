"""The wording of the documents, read from resources/documents/<lang>.toml.

All words a resident reads on a slip or letter live in those files. Dutch and
English carry every document; the other languages carry what a resident reads
(the slip, the letter, the handover, the resident view's headings and the
message for the phone: RESIDENT_SECTIONS), each with its translation status. A value is
a string (or list), or a table {je = ..., u = ...} where the form of address
changes the words. Dates are written with the day and month names from the
file, so the output never depends on the operating system's locale.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from app.paths import resource_path

SUPPORTED = ("nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa")
# the sections every language has (nl and en have more: the team's and the privacy officer's documents)
RESIDENT_SECTIONS = (
    "translation",
    "calendar",
    "common",
    "slip",
    "letter",
    "handover",
    "resident_view",
    "message",
    "places",
)


@cache
def _load(lang: str) -> dict[str, Any]:
    if lang not in SUPPORTED:
        raise ValueError(f"no document wording for language {lang!r}; have {SUPPORTED}")
    with resource_path("documents", f"{lang}.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class Wording:
    """Wording in one language for one form of address ("je" or "u")."""

    lang: str
    form: str = "je"

    @property
    def data(self) -> dict[str, Any]:
        return _load(self.lang)

    def raw(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            try:
                node = node[part]
            except (KeyError, TypeError):
                raise KeyError(f"{self.lang}.toml has no {key!r}") from None
        if isinstance(node, dict) and set(node) == {"je", "u"}:
            node = node[self.form]
        return node

    def __call__(self, key: str, **values: Any) -> str:
        """The text for key, with {placeholders} filled in."""
        text = self.raw(key)
        if not isinstance(text, str):
            raise TypeError(f"{self.lang}.toml {key!r} is not a text")
        return text.format(**values) if values else text

    def items(self, key: str) -> list[str]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise TypeError(f"{self.lang}.toml {key!r} is not a list")
        return [str(v) for v in value]

    def join(self, parts: list[str]) -> str:
        """ "a, b of c" / "a, b or c"."""
        if len(parts) <= 1:
            return "".join(parts)
        sep, last = self("common.list_separator"), self("common.list_last_separator")
        return sep.join(parts[:-1]) + last + parts[-1]

    # -- dates and times ---------------------------------------------------
    def _parts(self, d: date) -> dict[str, Any]:
        return {
            "weekday": self.items("calendar.weekdays")[d.weekday()],
            "day": d.day,
            "month": self.items("calendar.months")[d.month - 1],
            "year": d.year,
        }

    def date_long(self, d: date) -> str:
        """e.g. "vrijdag 12 december 2025"."""
        return self("calendar.date_long", **self._parts(d))

    def date_plain(self, d: date) -> str:
        """e.g. "12 december 2025"."""
        return self("calendar.date_plain", **self._parts(d))

    def date_near(self, d: date, today: date) -> str:
        """Weekday and date, with the year only when it is not today's year."""
        if d.year == today.year:
            return self("calendar.date_no_year", **self._parts(d))
        return self.date_long(d)

    def due(self, d: date, today: date) -> str:
        """e.g. "uiterlijk vrijdag 12 december" / "by Friday 12 December at the latest".

        A date before `today` is never printed as a deadline still to meet:
        it reads "zo snel mogelijk" / "as soon as possible".
        """
        if d < today:
            return self("calendar.due_past")
        return self("calendar.due", date=self.date_near(d, today))

    def time(self, t: datetime) -> str:
        return self("calendar.time", hour=t.hour, minute=f"{t.minute:02d}")

    def date_time(self, t: datetime) -> str:
        return self("calendar.date_time", date=self.date_long(t.date()), time=self.time(t))


@dataclass(frozen=True)
class TranslationStatus:
    """Who wrote a language's wording, and whether a native speaker checked it."""

    lang: str
    status: str  # "source" (Dutch), "drafted" (translated, not checked) or "reviewed"
    reviewed_by: str = ""
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        return self.status in ("source", "reviewed")


def translation_status(lang: str) -> TranslationStatus:
    node = _load(lang).get("translation", {})
    status = str(node.get("status", "drafted"))
    when = node.get("reviewed_on") or None
    if isinstance(when, str):
        when = date.fromisoformat(when) if when else None
    if status == "reviewed" and when is None:
        status = "drafted"  # a review without a date does not count
    return TranslationStatus(lang, status, str(node.get("reviewed_by", "")), when)


def native_name(lang: str) -> str:
    """The language's name in the language itself ("العربية")."""
    return str(_load(lang)["name"])


def dutch_name(lang: str) -> str:
    """The language's name in Dutch ("Arabisch")."""
    return str(_load(lang)["name_nl"])


def is_rtl(lang: str) -> bool:
    return bool(_load(lang).get("direction") == "rtl")


# A resident's language field is free text ("Nederlands, Arabisch"). These are the names a
# consultant is likely to type for each language (Dutch, English, the language's own), lower case.
_ALIASES = {
    "nl": ("nederlands", "dutch", "nl", "vlaams"),
    "en": ("engels", "english", "en"),
    "ar": ("arabisch", "arabic", "ar", "العربية", "عربي"),
    "tr": ("turks", "turkish", "tr", "türkçe", "turkce"),
    "pl": ("pools", "polish", "pl", "polski"),
    "uk": ("oekraïens", "oekraiens", "ukrainian", "uk", "українська"),
    "ti": ("tigrinya", "tigrinia", "tigrinisch", "ti", "ትግርኛ"),
    "so": ("somalisch", "somali", "so", "soomaali"),
    "fa": ("perzisch", "persian", "farsi", "fa", "فارسی", "dari", "dari (perzisch)"),
}


def languages_in(text: str) -> list[str]:
    """The document languages named in a resident's language field, in the order typed.

    "Nederlands, Arabisch" gives ["nl", "ar"]; a language Nabij has no wording for
    ("Papiaments") is left out. Separators: commas, semicolons, slashes, "en", "and", "+".
    """
    import re

    found: list[str] = []
    for part in re.split(r"[,;/+&]|\s+(?:en|and)\s+", text.casefold()):
        word = part.strip(" .()")
        for lang, aliases in _ALIASES.items():
            if word in aliases and lang not in found:
                found.append(lang)
    return found


def second_language_for(text: str) -> str:
    """The slip's second language for a resident: the first non-Dutch language they read ("" when none)."""
    return next((lang for lang in languages_in(text) if lang != "nl"), "")


def keys(lang: str) -> set[str]:
    """Every leaf key of a language file (je/u tables count as one leaf)."""
    out: set[str] = set()

    def walk(node: Any, prefix: str) -> None:
        if isinstance(node, dict) and set(node) != {"je", "u"}:
            for k, v in node.items():
                walk(v, f"{prefix}.{k}" if prefix else k)
        else:
            out.add(prefix)

    walk(_load(lang), "")
    return out

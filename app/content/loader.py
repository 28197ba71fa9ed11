"""Load the content library from TOML: bundled files, plus an optional municipal pack.

Bundled content
===============
resources/content/<language>/ holds one file per kind of item::

    prompts.toml  baggage.toml  life_domains.toml  background.toml  referrals.toml  sphere.toml

Each file has ``version = 1`` and one array of tables named after the file,
for example ``[[prompts]]``. Every entry has an ``id``; the same ids exist in
every language. Bundled files are never edited by the app.

Content packs
=============
A municipality's pack is ONE TOML file that overrides or extends bundled items
by id, for one or both languages. Items sit under a language table, as an
array of tables with the same fields as the bundled files::

    version = 1
    name = "Gemeente Voorbeeld"          # optional; shown in the app

    [[nl.prompts]]                       # override: an id the bundle has
    id = "open_check_in"
    text = "Begin met koffie en vraag hoe het gaat."   # only the fields you change

    [[nl.referrals]]                     # new item: an id the bundle lacks ...
    id = "voorbeeld_schuldhulp"
    name = "Schuldhulp Voorbeeld"
    purpose = "Hulp bij schulden voor inwoners van Voorbeeld."
    contact = "0123-456789"
    website = "https://www.voorbeeld.nl/schulden"
    last_checked = 2026-11-01

    [[en.referrals]]                     # ... must be given in every language
    id = "voorbeeld_schuldhulp"
    name = "Schuldhulp Voorbeeld"
    purpose = "Debt help for residents of Voorbeeld."
    last_checked = 2026-11-01

Rules:

- An entry whose id exists in the bundle is an *override*: the fields it
  gives replace the bundled ones, other fields stay. Overriding in one
  language only is fine.
- An entry with a new id is an *addition*: it needs every required field and
  must appear under every language (nl and en). ``source`` may be left out;
  it then names the pack.
- The same id twice in one language and kind, an unknown phase or kind, an
  unknown field, a missing required field, a link to a baggage category or
  referral that does not exist, a prompt longer than 12 words: each raises
  ContentError naming the file and the key, e.g. ``nl.prompts.open_check_in.phase``.
  Entries without a usable id are named by position, counted from 1:
  ``nl.prompts[3].id``.
- Removing the pack file restores the bundled content; nothing is copied.

Use load_library_safely() in the app: it never raises on a bad pack.
See resources/content/PACK_FORMAT.md for the full format.
"""

from __future__ import annotations

import datetime
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.content.model import (
    BAGGAGE_KINDS,
    LANGUAGES,
    MAX_EXAMPLE_WORDS,
    MAX_PROMPT_WORDS,
    PHASES,
    SPHERE_KINDS,
    BackgroundCard,
    BaggageCategory,
    Library,
    LifeDomain,
    PackInfo,
    Prompt,
    Referral,
    Source,
    SphereItem,
)
from app.errors import NabijError
from app.nesting import nesting_depth
from app.paths import resource_path
from app.storage.fileops import atomic_write

CONTENT_VERSION = 1
KINDS: tuple[str, ...] = ("prompts", "baggage", "life_domains", "background", "referrals", "sphere")
"""The kinds of item; each is one bundled file <kind>.toml with an array [[<kind>]]."""

MAX_DEPTH = 10
"""How deeply tables and arrays may nest in a content file; the deepest the format uses is 5
(a pack, a language, a kind, an item, its source or its list of ids)."""
_TOO_DEEP = f"tables or arrays are nested more than {MAX_DEPTH} deep; a content file needs at most 5"

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]\s]+)\s*\]\]?")
_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"']*)["']""")


class ContentError(NabijError):
    """Content that cannot be used. ``file`` and ``key`` say where; str() names both.

    The reason stays in English: it is written for whoever edits the content file."""

    code = "content.invalid"

    def __init__(
        self, message: str, *, file: str | os.PathLike[str], key: str | None = None, line: int | None = None
    ) -> None:
        self.file = str(file)
        self.key = key
        self.line = line
        self.reason = message
        where = self.file if line is None else f"{self.file}:{line}"
        super().__init__(
            f"{where}: {key}: {message}" if key else f"{where}: {message}",
            where=where,
            key=key or "",
            reason=message,
        )


# --------------------------------------------------------------------------
# Field checks. Each returns the cleaned value or raises _Invalid(reason).
# --------------------------------------------------------------------------


class _Invalid(Exception):
    pass


def _words(text: str) -> int:
    return len(text.split())


def _string(value: Any, *, empty_ok: bool = False) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"must be text (a quoted string), not {type(value).__name__}")
    if not empty_ok and not value.strip():
        raise _Invalid("must not be empty")
    return value


def _optional_string(value: Any) -> str:
    return _string(value, empty_ok=True)


def _choice(options: tuple[str, ...], what: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = _string(value)
        if text not in options:
            raise _Invalid(f"unknown {what} {text!r}; expected one of: {', '.join(options)}")
        return text

    return check


def _prompt_text(value: Any) -> str:
    text = _string(value)
    if "\n" in text.strip():
        raise _Invalid("must be one line")
    if _words(text) > MAX_PROMPT_WORDS:
        raise _Invalid(f"has {_words(text)} words; a prompt has at most {MAX_PROMPT_WORDS}")
    return text


def _example(value: Any) -> str:
    text = _string(value)
    if "\n" in text.strip():
        raise _Invalid("must be one line")
    if _words(text) > MAX_EXAMPLE_WORDS:
        raise _Invalid(f"has {_words(text)} words; an example has at most {MAX_EXAMPLE_WORDS}")
    return text


def _ref(value: Any) -> str:
    text = _string(value)
    if not _ID.match(text):
        raise _Invalid(f"{text!r} is not a valid id")
    return text


def _id_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _Invalid('must be a list of ids, e.g. ["debts", "distrust"]')
    out = tuple(_ref(v) for v in value)
    if len(set(out)) != len(out):
        raise _Invalid("names the same id twice")
    return out


def _source(value: Any) -> Source:
    if not isinstance(value, dict):
        raise _Invalid('must be a table: { file = "...", section = "..." }')
    extra = set(value) - {"file", "section"}
    if extra:
        raise _Invalid(f"unknown field(s) {', '.join(sorted(extra))}; a source has file and section")
    if "file" not in value or "section" not in value:
        raise _Invalid("needs both file and section")
    return Source(file=_string(value["file"]), section=_string(value["section"]))


def _website(value: Any) -> str:
    text = _optional_string(value).strip()
    if text and not text.startswith(("https://", "http://")):
        raise _Invalid("must start with https:// (or be empty)")
    return text


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid("must be true or false")
    return value


def _date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise _Invalid("must be a date without a time, e.g. 2026-11-28")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Invalid("must be a date, e.g. 2026-11-28")


@dataclass(frozen=True)
class _Field:
    name: str
    check: Callable[[Any], Any]
    required: bool = True
    default: Any = None


_SOURCE = _Field("source", _source)  # required in bundled files, defaulted in packs
_OPTIONAL_SOURCE = _Field("source", _source, required=False)

_SPECS: dict[str, tuple[_Field, ...]] = {
    "prompts": (
        _Field("phase", _choice(PHASES, "phase")),
        _Field("text", _prompt_text),
        _Field("example", _example, required=False),
        _SOURCE,
        _Field("baggage", _id_list, required=False, default=()),
        _Field("example_u", _example, required=False),
    ),
    "baggage": (
        _Field("kind", _choice(BAGGAGE_KINDS, "baggage kind")),
        _Field("label", _string),
        _Field("description", _string),
        _Field("acknowledgement", _string),
        _SOURCE,
        _Field("acknowledgement_u", _string, required=False, default=""),
    ),
    "life_domains": (
        _Field("label", _string),
        _Field("description", _string),
        _OPTIONAL_SOURCE,
    ),
    "background": (
        _Field("title", _string),
        _Field("body", _string),
        _SOURCE,
    ),
    "referrals": (
        _Field("name", _string),
        _Field("purpose", _string),
        _Field("contact", _optional_string, required=False, default=""),
        _Field("website", _website, required=False, default=""),
        _Field("last_checked", _date),
        _Field("discreet", _flag, required=False, default=None),
    ),
    "sphere": (
        _Field("kind", _choice(SPHERE_KINDS, "sphere kind")),
        _Field("text", _string),
        _Field("referral", _ref, required=False),
        _OPTIONAL_SOURCE,
    ),
}

_CLASSES: dict[str, type] = {
    "prompts": Prompt,
    "baggage": BaggageCategory,
    "life_domains": LifeDomain,
    "background": BackgroundCard,
    "referrals": Referral,
    "sphere": SphereItem,
}


# --------------------------------------------------------------------------
# Raw entries: the TOML tables, with where each value came from.
# --------------------------------------------------------------------------


@dataclass
class _Entry:
    kind: str
    id: str
    file: str
    key: str  # e.g. "nl.prompts.open_check_in" or "prompts.open_check_in"
    values: dict[str, Any]
    origin: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (file, key)
    new: bool = False  # added by a pack (not in the bundle)

    def merged_with(self, other: _Entry) -> _Entry:
        values = dict(self.values)
        origin = dict(self.origin)
        for name, value in other.values.items():
            values[name] = value
            origin[name] = other.origin[name]
        return _Entry(self.kind, self.id, other.file, other.key, values, origin, self.new)


def _read_entries(kind: str, items: Any, file: str, prefix: str) -> list[_Entry]:
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ContentError(f"must be a list of tables: write [[{prefix}]] above each item", file=file, key=prefix)
    allowed = {"id"} | {f.name for f in _SPECS[kind]}
    seen: dict[str, int] = {}
    entries: list[_Entry] = []
    for n, raw in enumerate(items, start=1):
        if "id" not in raw:
            raise ContentError("missing required field 'id'", file=file, key=f"{prefix}[{n}].id")
        try:
            item_id = _ref(raw["id"])
        except _Invalid as exc:
            raise ContentError(
                f"{exc} (use lower-case letters, digits and _)", file=file, key=f"{prefix}[{n}].id"
            ) from None
        key = f"{prefix}.{item_id}"
        if item_id in seen:
            raise ContentError(
                f"duplicate id {item_id!r}: entries {seen[item_id]} and {n} share it", file=file, key=key
            )
        seen[item_id] = n
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise ContentError(
                f"unknown field {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}",
                file=file,
                key=f"{key}.{unknown[0]}",
            )
        values = {k: v for k, v in raw.items() if k != "id"}
        origin = {k: (file, f"{key}.{k}") for k in values}
        entries.append(_Entry(kind, item_id, file, key, values, origin))
    return entries


def _build(entry: _Entry, default_source: Source | None) -> Any:
    kwargs: dict[str, Any] = {"id": entry.id}
    for spec in _SPECS[entry.kind]:
        if spec.name not in entry.values:
            if spec.name == "source" and default_source is not None:
                kwargs["source"] = default_source
            elif spec.required:
                raise ContentError(
                    f"missing required field {spec.name!r}", file=entry.file, key=f"{entry.key}.{spec.name}"
                )
            else:
                kwargs[spec.name] = spec.default
            continue
        try:
            kwargs[spec.name] = spec.check(entry.values[spec.name])
        except _Invalid as exc:
            file, key = entry.origin[spec.name]
            raise ContentError(str(exc), file=file, key=key) from None
    return _CLASSES[entry.kind](**kwargs)


MAX_FILE_BYTES = 5_000_000
"""A content file larger than this is refused unread; the bundled files are a few dozen kB."""


def _parse_toml(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ContentError(
                f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB; is it a content file?", file=path
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError("file not found", file=path) from None
    except OSError as exc:
        raise ContentError(f"cannot read the file: {exc.strerror or exc}", file=path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"not UTF-8 text (byte {exc.start})", file=path) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        line = int(match.group(1)) if match else None
        raise ContentError(f"not valid TOML: {exc}", file=path, key=_key_near(text, line), line=line) from None
    except RecursionError:  # arrays or inline tables nested deeper than the parser goes
        doc = None
    if doc is None or nesting_depth(doc, MAX_DEPTH) > MAX_DEPTH:
        line = _too_deep_line(text)
        raise ContentError(_TOO_DEEP, file=path, key=_assigned_key(text, line), line=line) from None
    return doc


def _too_deep_line(text: str) -> int | None:
    """The line where brackets and braces first nest deeper than MAX_DEPTH (strings and comments skipped)."""
    depth, line, quote, i = 0, 1, "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            line += 1
        elif quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end - 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif ch in "]}":
            depth -= 1
        i += 1
    return None


def _assigned_key(text: str, line: int | None) -> str | None:
    """The key assigned on ``line`` (``x`` in ``x = [[...]]``), under the table above it if any."""
    if line is None:
        return None
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*=", text.splitlines()[line - 1])
    table = _key_near(text, line)
    if match is None:
        return table
    return f"{table}.{match.group(1)}" if table else match.group(1)


def _key_near(text: str, line: int | None) -> str | None:
    """The table (and id) just above a TOML syntax error, to say roughly where it is."""
    if line is None:
        return None
    header, item_id = None, None
    for current in reversed(text.splitlines()[:line]):
        if item_id is None and (m := _ID_LINE.match(current)):
            item_id = m.group(1)
        if m := _TABLE_HEADER.match(current):
            header = m.group(1)
            break
    if header is None:
        return None
    return f"{header}.{item_id}" if item_id else header


def _check_version(doc: Mapping[str, Any], file: str | Path) -> None:
    if "version" not in doc:
        raise ContentError(f"missing 'version = {CONTENT_VERSION}' at the top", file=file, key="version")
    if doc["version"] != CONTENT_VERSION or isinstance(doc["version"], bool):
        raise ContentError(
            f"unsupported version {doc['version']!r}; this app reads version {CONTENT_VERSION}",
            file=file,
            key="version",
        )


# --------------------------------------------------------------------------
# Bundled content and packs.
# --------------------------------------------------------------------------


def _bundled_file(language: str, kind: str) -> Path:
    return resource_path("content", language, f"{kind}.toml")


def _read_bundle(language: str) -> dict[str, list[_Entry]]:
    bundle: dict[str, list[_Entry]] = {}
    for kind in KINDS:
        path = _bundled_file(language, kind)
        doc = _parse_toml(path)
        _check_version(doc, path)
        extra = sorted(set(doc) - {"version", kind})
        if extra:
            raise ContentError(f"unexpected top-level key {extra[0]!r}", file=path, key=extra[0])
        bundle[kind] = _read_entries(kind, doc.get(kind, []), str(path), kind)
    return bundle


_PACK_HEADER = ("version", "name", "pack_version", "date")


@dataclass
class _Pack:
    path: Path
    name: str
    pack_version: str
    date: datetime.date | None
    entries: dict[str, dict[str, list[_Entry]]]  # language -> kind -> entries


def _read_pack(path: Path, bundles: Mapping[str, Mapping[str, list[_Entry]]]) -> _Pack:
    doc = _parse_toml(path)
    file = str(path)
    _check_version(doc, path)
    name = doc.get("name", path.stem)
    if not isinstance(name, str) or not name.strip():
        raise ContentError("must be non-empty text", file=file, key="name")
    pack_version = doc.get("pack_version", "")
    if isinstance(pack_version, int) and not isinstance(pack_version, bool):
        pack_version = str(pack_version)
    if not isinstance(pack_version, str) or len(pack_version) > 40 or "\n" in pack_version:
        raise ContentError('must be short text on one line, such as "2026.2"', file=file, key="pack_version")
    date = doc.get("date")
    if date is not None:
        try:
            date = _date(date)
        except _Invalid as exc:
            raise ContentError(str(exc), file=file, key="date") from None
    entries: dict[str, dict[str, list[_Entry]]] = {}
    for top, value in doc.items():
        if top in _PACK_HEADER:
            continue
        if top in KINDS:
            raise ContentError(
                f"missing language: put these items under a language, as [[nl.{top}]] or [[en.{top}]]",
                file=file,
                key=top,
            )
        if top not in LANGUAGES:
            raise ContentError(
                f"unknown key {top!r}; a pack has 'version', 'name', 'pack_version', 'date' "
                f"and one table per language "
                f"({', '.join(LANGUAGES)})",
                file=file,
                key=top,
            )
        if not isinstance(value, dict):
            raise ContentError(f"must hold item lists such as [[{top}.prompts]]", file=file, key=top)
        per_kind: dict[str, list[_Entry]] = {}
        for kind, items in value.items():
            if kind not in KINDS:
                raise ContentError(
                    f"unknown kind {kind!r}; expected one of: {', '.join(KINDS)}", file=file, key=f"{top}.{kind}"
                )
            per_kind[kind] = _read_entries(kind, items, file, f"{top}.{kind}")
        entries[top] = per_kind
    if not entries:
        raise ContentError(
            f"missing language: the pack has no items under {' or '.join(LANGUAGES)}",
            file=file,
            key="/".join(LANGUAGES),
        )

    # An addition (an id the bundle lacks) must exist in every language.
    for language, per_kind in entries.items():
        for kind, kind_entries in per_kind.items():
            bundled_ids = {e.id for e in bundles[language][kind]}
            for entry in kind_entries:
                if entry.id in bundled_ids:
                    continue
                entry.new = True
                for other in LANGUAGES:
                    other_ids = {e.id for e in entries.get(other, {}).get(kind, [])}
                    if entry.id not in other_ids:
                        raise ContentError(
                            f"missing language: the new item {entry.id!r} is not given under "
                            f"[[{other}.{kind}]]; a new item needs every language ({', '.join(LANGUAGES)})",
                            file=file,
                            key=f"{other}.{kind}.{entry.id}",
                        )
    return _Pack(path=path, name=name.strip(), pack_version=pack_version.strip(), date=date, entries=entries)


def _merge(bundled: list[_Entry], overrides: list[_Entry]) -> list[_Entry]:
    by_id = {e.id: e for e in overrides}
    merged = [e.merged_with(by_id[e.id]) if e.id in by_id else e for e in bundled]
    known = {e.id for e in bundled}
    merged.extend(e for e in overrides if e.id not in known)
    return merged


def _assemble(language: str, entries: Mapping[str, list[_Entry]], pack: _Pack | None) -> Library:
    default_source = Source(file=pack.path.name, section=pack.name) if pack else None
    built: dict[str, list[Any]] = {}
    for kind in KINDS:
        built[kind] = [_build(e, default_source if e.new else None) for e in entries[kind]]

    baggage_ids = {b.id for b in built["baggage"]}
    for entry, prompt in zip(entries["prompts"], built["prompts"], strict=True):
        for link in prompt.baggage:
            if link not in baggage_ids:
                file, key = entry.origin["baggage"]
                raise ContentError(f"unknown baggage category {link!r}", file=file, key=key)
    referral_ids = {r.id for r in built["referrals"]}
    for entry, item in zip(entries["sphere"], built["sphere"], strict=True):
        if item.referral is not None and item.referral not in referral_ids:
            file, key = entry.origin["referral"]
            raise ContentError(f"unknown referral {item.referral!r}", file=file, key=key)

    return Library(
        language=language,
        prompts=tuple(built["prompts"]),
        baggage=tuple(built["baggage"]),
        life_domains=tuple(built["life_domains"]),
        background=tuple(built["background"]),
        referrals=tuple(built["referrals"]),
        sphere=tuple(built["sphere"]),
        pack_name=pack.name if pack else None,
        pack=_pack_info(language, pack) if pack else None,
    )


def _pack_info(language: str, pack: _Pack) -> PackInfo:
    """What the pack changes in this language: per kind, how many items it overrides and adds."""
    changes = []
    for kind in KINDS:
        kind_entries = pack.entries.get(language, {}).get(kind, [])
        added = sum(1 for e in kind_entries if e.new)
        if kind_entries:
            changes.append((kind, len(kind_entries) - added, added))
    return PackInfo(
        name=pack.name, file=str(pack.path), pack_version=pack.pack_version, date=pack.date, changes=tuple(changes)
    )


def load_library(language: str = "nl", pack: Path | None = None) -> Library:
    """The content for one language: bundled items, with a municipal pack applied if given.

    The whole pack is checked, for every language, before anything is used,
    so a pack that loads in Dutch also loads in English. Raises ContentError.
    """
    if language not in LANGUAGES:
        raise ContentError(
            f"unknown language {language!r}; expected one of: {', '.join(LANGUAGES)}",
            file=resource_path("content"),
            key="language",
        )
    if pack is None:
        return _assemble(language, _read_bundle(language), None)
    bundles = {lang: _read_bundle(lang) for lang in LANGUAGES}
    parsed = _read_pack(Path(pack), bundles)
    libraries = {
        lang: _assemble(
            lang,
            {kind: _merge(bundles[lang][kind], parsed.entries.get(lang, {}).get(kind, [])) for kind in KINDS},
            parsed,
        )
        for lang in LANGUAGES
    }
    return libraries[language]


PACK_FILE_NAME = "content-pack.toml"
"""A pack put in the data folder under this name is used when no policy names a pack."""


def pack_location(data_dir: Path | str | None, policy_path: str = "") -> Path | None:
    """Which pack to load: the one the policy names, else content-pack.toml in the data folder, else none.

    A policy path is returned even when the file is missing, so the consultant hears that
    the pack IT set up cannot be found (load_library_safely reports it)."""
    if policy_path.strip():
        return Path(policy_path.strip()).expanduser()
    if data_dir is None:
        return None
    candidate = Path(data_dir) / PACK_FILE_NAME
    return candidate if candidate.is_file() else None


def load_library_safely(
    language: str = "nl", pack: Path | None = None, previous: Library | None = None
) -> tuple[Library, ContentError | None]:
    """Like load_library, but a bad pack never raises.

    On a ContentError this returns the previous library (when it is for the
    same language) or else the bundled content, together with the error so
    the app can show it. Returns (library, None) when all went well.
    """
    try:
        return load_library(language, pack), None
    except ContentError as error:
        if previous is not None and previous.language == language:
            return previous, error
        fallback = language if language in LANGUAGES else LANGUAGES[0]
        return load_library(fallback), error


# --------------------------------------------------------------------------
# Referral directory as a file.
# --------------------------------------------------------------------------

_REFERRAL_FIELDS = ("id", "name", "purpose", "contact", "website", "last_checked", "discreet")
_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(text: str) -> str:
    """A TOML basic string for any text: quotes, backslashes and control characters escaped.

    Other characters, emoji included, are written as they are (the file is UTF-8).
    """
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"lone surrogate U+{code:04X} cannot be written to TOML")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def export_referrals(referrals: Iterable[Referral], path: Path | str) -> None:
    """Write a referral directory as TOML that import_referrals reads back unchanged.

    Every referral is checked first (valid id, no duplicates, required fields);
    a bad one raises ContentError and no file is written. The file is replaced
    atomically.
    """
    path = Path(path)
    referrals = list(referrals)
    file = str(path)
    seen: set[str] = set()
    blocks: list[str] = []
    for n, referral in enumerate(referrals, start=1):
        try:
            _ref(referral.id)
        except _Invalid as exc:
            raise ContentError(str(exc), file=file, key=f"referrals[{n}].id") from None
        if referral.id in seen:
            raise ContentError(f"duplicate id {referral.id!r}", file=file, key=f"referrals.{referral.id}")
        seen.add(referral.id)
        entry = _Entry(
            "referrals",
            referral.id,
            file,
            f"referrals.{referral.id}",
            {
                name: getattr(referral, name)
                for name in _REFERRAL_FIELDS[1:]
                if not (name == "discreet" and getattr(referral, name, None) is None)  # unsaid: left out
            },
        )
        entry.origin = {k: (file, f"{entry.key}.{k}") for k in entry.values}
        _build(entry, None)  # same checks as on import
        try:
            lines = [
                "[[referrals]]",
                f"id = {toml_string(referral.id)}",
                f"name = {toml_string(referral.name)}",
                f"purpose = {toml_string(referral.purpose)}",
                f"contact = {toml_string(referral.contact)}",
                f"website = {toml_string(referral.website)}",
                f"last_checked = {referral.last_checked.isoformat()}",
            ]
            discreet = getattr(referral, "discreet", None)
            if discreet is not None:  # said either way: an import then sets it; unsaid, it leaves it
                lines.append(f"discreet = {'true' if discreet else 'false'}")
        except ValueError as exc:
            raise ContentError(str(exc), file=file, key=f"referrals.{referral.id}") from None
        blocks.append("\n".join(lines))
    text = f"# Nabij referral directory (sociale kaart)\nversion = {CONTENT_VERSION}\n"
    if blocks:
        text += "\n" + "\n\n".join(blocks) + "\n"

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as out:  # an OSError leaves the old file and no .part behind
        out.write(text.encode("utf-8"))


def import_referrals(path: Path | str) -> list[Referral]:
    """Read a referral directory written by export_referrals (or by hand). Raises ContentError."""
    path = Path(path)
    doc = _parse_toml(path)
    _check_version(doc, path)
    extra = sorted(set(doc) - {"version", "referrals"})
    if extra:
        raise ContentError(f"unexpected top-level key {extra[0]!r}", file=path, key=extra[0])
    entries = _read_entries("referrals", doc.get("referrals", []), str(path), "referrals")
    return [_build(entry, None) for entry in entries]

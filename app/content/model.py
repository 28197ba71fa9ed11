"""The typed shape of the content library: frozen dataclasses, no I/O.

Everything here is plain data. The loader (app.content.loader) builds these
objects from the TOML files under resources/content/<language>/ and from an
optional municipal content pack. The UI reads them and never changes them.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

PHASES: tuple[str, ...] = ("preparation", "opening", "during", "closing", "after", "team")
"""The moments a prompt belongs to, in the order of a meeting (team work last)."""

LANGUAGES: tuple[str, ...] = ("nl", "en")
"""Languages the app ships content for. Every id exists in each of them."""

BAGGAGE_KINDS: tuple[str, ...] = ("life_story", "system_critique")
SPHERE_KINDS: tuple[str, ...] = ("will", "wont", "cant")

MAX_PROMPT_WORDS = 12
"""A prompt is read at a glance: one line of at most 12 words (content.md, "Short")."""

MAX_EXAMPLE_WORDS = 25
"""An example is one sentence the consultant could say: at most 25 words."""

BaggageKind = Literal["life_story", "system_critique"]
SphereKind = Literal["will", "wont", "cant"]


@dataclass(frozen=True)
class Source:
    """Where an item's idea comes from: a seed file name and a section heading in it."""

    file: str
    section: str


@dataclass(frozen=True)
class Prompt:
    """A handvat: a short reminder for one phase, with an optional example sentence."""

    id: str
    phase: str
    text: str
    example: str | None
    source: Source
    baggage: tuple[str, ...] = ()
    example_u: str | None = None  # the example said to a resident addressed with "u", where it differs

    def example_for(self, address_form: str) -> str | None:
        return self.example_u if address_form == "u" and self.example_u else self.example


@dataclass(frozen=True)
class BaggageCategory:
    """A kind of baggage a resident may bring, with acknowledging phrasing.

    The acknowledgement names the feeling. It neither agrees with a critique
    ("yes, the municipality got it wrong") nor waves it away ("those are the rules").
    """

    id: str
    kind: BaggageKind
    label: str
    description: str
    acknowledgement: str
    source: Source
    acknowledgement_u: str = ""  # said to a resident addressed with "u", where it differs

    def acknowledgement_for(self, address_form: str) -> str:
        return self.acknowledgement_u if address_form == "u" and self.acknowledgement_u else self.acknowledgement


@dataclass(frozen=True)
class LifeDomain:
    """An area of life to ask about (in the spirit of the Zelfredzaamheid-Matrix)."""

    id: str
    label: str
    description: str
    source: Source | None = None


@dataclass(frozen=True)
class BackgroundCard:
    """A reference card for the preparation tab. The body is plain text, lines split by "\\n"."""

    id: str
    title: str
    body: str
    source: Source


@dataclass(frozen=True)
class Referral:
    """One entry of the referral directory (sociale kaart)."""

    id: str
    name: str
    purpose: str
    contact: str
    website: str
    last_checked: datetime.date
    # a crisis, violence or mental-health line: printed on the take-home slip only when
    # the consultant ticks it for that slip. None: the file does not say (not discreet in the
    # bundle; an import leaves the directory's choice as it is)
    discreet: bool | None = None


@dataclass(frozen=True)
class SphereItem:
    """A line for the sphere-of-influence panel: what I will do, won't do, or can't do.

    A "can't" item may name the id of a referral that can help instead.
    """

    id: str
    kind: SphereKind
    text: str
    referral: str | None = None
    source: Source | None = None


LibraryItem = Prompt | BaggageCategory | LifeDomain | BackgroundCard | Referral | SphereItem


@dataclass(frozen=True)
class PackInfo:
    """What a municipal content pack is and what it changes, for the settings dialog."""

    name: str
    file: str  # the pack file's full path
    pack_version: str = ""  # the municipality's own version of its pack ("2026.2"); may be empty
    date: datetime.date | None = None  # when the municipality issued this version
    changes: tuple[tuple[str, int, int], ...] = ()  # (kind, overridden, added) for every kind it touches


@dataclass(frozen=True)
class Library:
    """All content for one language: bundled items, with a municipal pack applied if any."""

    language: str
    prompts: tuple[Prompt, ...]
    baggage: tuple[BaggageCategory, ...]
    life_domains: tuple[LifeDomain, ...]
    background: tuple[BackgroundCard, ...]
    referrals: tuple[Referral, ...]
    sphere: tuple[SphereItem, ...]
    pack_name: str | None = None
    """The name of the content pack that was applied, or None for bundled content only."""
    pack: PackInfo | None = None
    """The applied pack's name, version, date and changes; None for bundled content only."""

    _prompts: dict[str, Prompt] = field(init=False, repr=False, compare=False, hash=False)
    _baggage: dict[str, BaggageCategory] = field(init=False, repr=False, compare=False, hash=False)
    _life_domains: dict[str, LifeDomain] = field(init=False, repr=False, compare=False, hash=False)
    _background: dict[str, BackgroundCard] = field(init=False, repr=False, compare=False, hash=False)
    _referrals: dict[str, Referral] = field(init=False, repr=False, compare=False, hash=False)
    _sphere: dict[str, SphereItem] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_prompts", {p.id: p for p in self.prompts})
        object.__setattr__(self, "_baggage", {b.id: b for b in self.baggage})
        object.__setattr__(self, "_life_domains", {d.id: d for d in self.life_domains})
        object.__setattr__(self, "_background", {c.id: c for c in self.background})
        object.__setattr__(self, "_referrals", {r.id: r for r in self.referrals})
        object.__setattr__(self, "_sphere", {s.id: s for s in self.sphere})

    def _kinds(self) -> dict[str, Mapping[str, LibraryItem]]:
        return {
            "prompts": self._prompts,
            "baggage": self._baggage,
            "life_domains": self._life_domains,
            "background": self._background,
            "referrals": self._referrals,
            "sphere": self._sphere,
        }

    # -- lookups by id (KeyError when the id is unknown) -----------------

    def prompt(self, id: str) -> Prompt:
        return self._prompts[id]

    def baggage_by_id(self, id: str) -> BaggageCategory:
        return self._baggage[id]

    def life_domain(self, id: str) -> LifeDomain:
        return self._life_domains[id]

    def background_card(self, id: str) -> BackgroundCard:
        return self._background[id]

    def referral(self, id: str) -> Referral:
        return self._referrals[id]

    def sphere_item(self, id: str) -> SphereItem:
        return self._sphere[id]

    def item(self, kind: str, id: str) -> LibraryItem:
        """Any item by kind ("prompts", "baggage", "life_domains", ...) and id. KeyError if unknown."""
        return self._kinds()[kind][id]

    def ids(self, kind: str) -> tuple[str, ...]:
        """The ids of one kind ("prompts", "baggage", ...), in library order."""
        return tuple(self._kinds()[kind])

    # -- selections ------------------------------------------------------

    def prompts_for(self, phase: str) -> tuple[Prompt, ...]:
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}; expected one of {', '.join(PHASES)}")
        return tuple(p for p in self.prompts if p.phase == phase)

    def prompts_for_baggage(self, baggage_id: str) -> tuple[Prompt, ...]:
        """Prompts that help with one baggage category."""
        return tuple(p for p in self.prompts if baggage_id in p.baggage)

    def baggage_of_kind(self, kind: str) -> tuple[BaggageCategory, ...]:
        if kind not in BAGGAGE_KINDS:
            raise ValueError(f"unknown baggage kind {kind!r}; expected one of {', '.join(BAGGAGE_KINDS)}")
        return tuple(b for b in self.baggage if b.kind == kind)

    def sphere_of_kind(self, kind: str) -> tuple[SphereItem, ...]:
        if kind not in SPHERE_KINDS:
            raise ValueError(f"unknown sphere kind {kind!r}; expected one of {', '.join(SPHERE_KINDS)}")
        return tuple(s for s in self.sphere if s.kind == kind)

    def referral_for(self, item: SphereItem) -> Referral | None:
        """The referral a sphere item points to, if any."""
        return self._referrals.get(item.referral) if item.referral else None

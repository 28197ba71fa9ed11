"""Signals: system critique residents voice, made anonymous, for the team.

The research says this critique 'disappears somewhere' inside the
organisation. A signal keeps only a category, a short text, a month and the
team: no resident, no meeting. Before it is saved, a scrubber flags anything
that could point to a person: names from the caseload, numbers, e-mail
addresses, postcodes. A signal with flags is not saved until they are gone.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.errors import InvalidInput
from app.models import ConsultantProfile, Resident, Signal
from app.storage.database import Database

MAX_TEXT = 500
_TITLES = {
    "mevr",
    "mevrouw",
    "mw",
    "dhr",
    "heer",
    "de",
    "van",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "mr",
    "mrs",
    "ms",
    "mx",
    "familie",
    "fam",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_POSTCODE = re.compile(r"\b[1-9][0-9]{3}\s?(?!SA|SD|SS)[A-Za-z]{2}\b")
_NUMBER = re.compile(r"\d(?:[\d\s./-]*\d)?")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Finding:
    kind: str  # "name" | "email" | "postcode" | "number"
    start: int
    end: int
    text: str


class NotAnonymous(InvalidInput):
    code = "signal.not_anonymous"

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("The text still contains something that could point to a person.")


class Scrubber:
    """Flags what could identify someone. Names come from the caseload and the profile."""

    def __init__(self, names: list[str]) -> None:
        words: set[str] = set()
        for name in names:
            for word in _WORD.findall(name or ""):
                w = word.casefold()
                if len(w) >= 2 and w not in _TITLES and not w.isdigit():
                    words.add(w)
        self.name_words = frozenset(words)

    def findings(self, text: str) -> list[Finding]:
        found: list[Finding] = []
        taken: list[tuple[int, int]] = []

        def add(kind: str, m: re.Match[str]) -> None:
            if any(m.start() < e and s < m.end() for s, e in taken):
                return
            taken.append((m.start(), m.end()))
            found.append(Finding(kind, m.start(), m.end(), m.group(0)))

        for m in _EMAIL.finditer(text):
            add("email", m)
        for m in _POSTCODE.finditer(text):
            add("postcode", m)
        for m in _NUMBER.finditer(text):
            add("number", m)
        for m in _WORD.finditer(text):
            if m.group(0).casefold() in self.name_words:
                add("name", m)
        return sorted(found, key=lambda f: f.start)

    def scrub(self, text: str, placeholders: dict[str, str]) -> str:
        """Replace every finding with its placeholder, e.g. {'name': '[naam]', ...}."""
        out, last = [], 0
        for f in self.findings(text):
            out.append(text[last : f.start])
            out.append(placeholders.get(f.kind, "[…]"))
            last = f.end
        out.append(text[last:])
        return "".join(out)


@dataclass(frozen=True)
class SignalRow:
    id: int
    category_id: str
    text: str
    period: str
    team: str
    consent: bool


class SignalService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def scrubber(self) -> Scrubber:
        with self._db.session() as s:
            names = [n for row in s.execute(select(Resident.display_name, Resident.initials)) for n in row]
            profile = s.get(ConsultantProfile, 1)
            if profile is not None:
                names.append(profile.name)
        return Scrubber(names)

    def create(
        self, category_id: str, text: str, consent: bool, *, team: str | None = None, today: date | None = None
    ) -> int:
        text = " ".join(text.split())
        if not category_id:
            raise InvalidInput("A signal needs a category.", code="signal.needs_category")
        if len(text) > MAX_TEXT:
            raise InvalidInput(
                f"Keep a signal short: at most {MAX_TEXT} characters.", code="signal.too_long", maximum=MAX_TEXT
            )
        findings = self.scrubber().findings(text)
        if findings:
            raise NotAnonymous(findings)
        with self._db.session() as s:
            if team is None:
                profile = s.get(ConsultantProfile, 1)
                team = profile.team if profile is not None else ""
            row = Signal(
                category_id=category_id,
                text=text,
                consent=consent,
                team=team,
                period=(today or date.today()).strftime("%Y-%m"),
            )
            s.add(row)
            s.flush()
            return row.id

    def remove(self, signal_id: int) -> None:
        with self._db.session() as s:
            row = s.get(Signal, signal_id)
            if row is not None:
                s.delete(row)

    def rows_in_period(self, period_from: str | None = None, period_to: str | None = None) -> list[SignalRow]:
        with self._db.session() as s:
            q = select(Signal).order_by(Signal.period.desc(), Signal.id.desc())
            if period_from:
                q = q.where(Signal.period >= period_from)
            if period_to:
                q = q.where(Signal.period <= period_to)
            return [SignalRow(r.id, r.category_id, r.text, r.period, r.team, r.consent) for r in s.scalars(q)]

    def counts(self, rows: list[SignalRow] | None = None) -> Counter[tuple[str, str]]:
        """(category, period) -> how many."""
        rows = self.rows_in_period() if rows is None else rows
        return Counter((r.category_id, r.period) for r in rows)

    def shareable(self, rows: list[SignalRow], placeholders: dict[str, str]) -> list[SignalRow]:
        """What may leave the laptop: signals the resident agreed to share, scrubbed once more
        (a name added to the caseload since the signal was written is caught here too)."""
        scrubber = self.scrubber()
        return [
            SignalRow(r.id, r.category_id, scrubber.scrub(r.text, placeholders), r.period, r.team, True)
            for r in rows
            if r.consent
        ]

    def team_file(self, rows: list[SignalRow], placeholders: dict[str, str], secret: str) -> bytes:
        """The signed file for the team lead (app.services.team_signals): shareable signals only, scrubbed."""
        import secrets as random

        from app.services import team_signals
        from app.services.settings import SettingsService

        settings = SettingsService(self._db)
        source = settings.get("signal_source")
        if not source:
            source = random.token_hex(16)
            settings.set("signal_source", source)
        return team_signals.export_file(
            [
                team_signals.TeamSignal(team_signals.signal_uid(source, r.id), r.category_id, r.period, r.team, r.text)
                for r in self.shareable(rows, placeholders)
            ],
            secret,
        )

    @staticmethod
    def to_csv(rows: list[SignalRow], category_label: Callable[[str], str], header: tuple[str, str, str, str]) -> bytes:
        """CSV for a spreadsheet: period, team, category, text. No ids, names or dates beyond the month."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(header)
        for r in rows:
            writer.writerow([r.period, r.team, category_label(r.category_id), r.text])
        return buffer.getvalue().encode("utf-8-sig")

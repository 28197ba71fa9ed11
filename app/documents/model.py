"""Plain input for the documents: no Qt, no SQLAlchemy.

A document only prints what it is given. SlipData deliberately has no field
for baggage, notes, history or check-out answers, so the slip cannot leak
them. slip_data_from() is the one road from a meeting record to a slip: it
copies the fields the slip needs by name and leaves everything else behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from app.vocabulary import AddressForm, Owner

Proposer = Literal["consultant", "resident"]


@dataclass(frozen=True)
class Consultant:
    name: str
    phone: str = ""
    email: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class SlipAgreement:
    text: str
    owner: Owner
    due: date | None = None
    # the date of the meeting where it was agreed; None or the slip's own meeting date
    # means "today". An earlier date puts it under "Nog open van eerder".
    agreed_on: date | None = None

    def __post_init__(self) -> None:
        if self.owner not in tuple(Owner):
            raise ValueError(f"unknown agreement owner {self.owner!r}; expected one of {tuple(map(str, Owner))}")


@dataclass(frozen=True)
class Appointment:
    start: datetime
    place: str = ""  # display text, e.g. "Gemeentehuis, Markt 1"
    place_kind: str | None = None  # office/home/walk/phone/video: named in each document language

    def where(self, wording: Callable[[str], str]) -> str:
        """The place as the document's language says it, then the typed detail."""
        named = wording(f"places.{self.place_kind}") if self.place_kind else ""
        detail = self.place.strip()
        return f"{named}, {detail}" if named and detail else (named or detail)


@dataclass(frozen=True)
class SlipReferral:
    name: str
    purpose: str = ""
    contact: str = ""
    website: str = ""

    @property
    def reachable(self) -> bool:
        """True when the slip can say how to reach it (a referral without is a dead end)."""
        return bool(self.contact.strip() or self.website.strip())


@dataclass(frozen=True)
class SlipData:
    resident_name: str  # as they like to be addressed; initials are fine
    address_form: AddressForm
    meeting_date: date
    agreements: list[SlipAgreement]  # in the order they are shown
    next_appointment: Appointment | None
    referrals: list[SlipReferral]
    consultant: Consultant
    logo_path: Path | None = None
    client_number: str | None = None  # None unless the consultant turned it on
    languages: tuple[str, ...] = ("nl",)
    qr: bool = True  # the next appointment as a QR code (a calendar event) on the slip


@dataclass(frozen=True)
class AgendaLine:
    text: str
    proposed_by: Proposer = "consultant"

    def __post_init__(self) -> None:
        if self.proposed_by not in ("consultant", "resident"):
            raise ValueError(f"unknown proposer {self.proposed_by!r}")


@dataclass(frozen=True)
class InvitationData:
    resident_name: str
    address_form: AddressForm
    appointment: Appointment | None
    place_choice_note: bool  # say that another place (home, a walk, phone) is fine
    agenda: list[AgendaLine]
    consultant: Consultant
    logo_path: Path | None = None
    languages: tuple[str, ...] = ("nl",)
    letter_date: date | None = None  # None: today


# -- from a meeting record to a slip -----------------------------------------


def _get(record: Any, key: str, default: Any = None) -> Any:
    """record[key] for mappings, record.key for objects."""
    if isinstance(record, Mapping):
        return record.get(key, default)
    return getattr(record, key, default)


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _agreement(item: Any) -> SlipAgreement:
    return SlipAgreement(
        text=str(_get(item, "text", "") or ""),
        owner=_get(item, "owner"),
        due=_as_date(_get(item, "due")),
        agreed_on=_as_date(_get(item, "agreed_on")),
    )


def _referral(item: Any) -> SlipReferral:
    return SlipReferral(
        name=str(_get(item, "name", "") or ""),
        purpose=str(_get(item, "purpose", "") or ""),
        contact=str(_get(item, "contact", "") or ""),
        website=str(_get(item, "website", "") or ""),
    )


def _appointment(item: Any) -> Appointment | None:
    if item is None:
        return None
    start = _get(item, "start")
    if start is None:
        return None
    return Appointment(start=_as_datetime(start), place=str(_get(item, "place", "") or ""))


def slip_data_from(
    meeting: Any,
    *,
    consultant: Consultant,
    address_form: AddressForm = AddressForm.JE,
    logo_path: Path | None = None,
    show_client_number: bool = False,
    languages: Iterable[str] = ("nl",),
) -> SlipData:
    """Build SlipData from a meeting record (a mapping or an object).

    Reads only these fields, by name:
      resident_name, meeting_date (or date), client_number,
      agreements[]: text, owner, due, agreed_on
      next_appointment: start, place
      referrals[]: name, purpose, contact, website
    Anything else on the record (baggage, notes, check-out answers, history)
    is never read. The client number is copied only when show_client_number
    is True.
    """
    meeting_date = _as_date(_get(meeting, "meeting_date")) or _as_date(_get(meeting, "date"))
    if meeting_date is None:
        raise ValueError("the meeting record has no meeting_date")
    client_number = _get(meeting, "client_number") if show_client_number else None
    return SlipData(
        resident_name=str(_get(meeting, "resident_name", "") or ""),
        address_form=address_form,
        meeting_date=meeting_date,
        agreements=[_agreement(a) for a in (_get(meeting, "agreements") or [])],
        next_appointment=_appointment(_get(meeting, "next_appointment")),
        referrals=[_referral(r) for r in (_get(meeting, "referrals") or [])],
        consultant=consultant,
        logo_path=logo_path,
        client_number=str(client_number) if client_number else None,
        languages=tuple(languages),
    )

"""The documents' data, assembled from the records: only what each document prints.

The agreements slip shows the open agreements (grouped by who does them), the
next appointment, the referrals picked on "can't" lines of the sphere of
influence, and how to reach the consultant. It is built field by field, so
baggage, notes, check-out answers and known facts never reach SlipData: the
slip's mapping does not even read them. The dossier summary's content is
chosen here too; its words are put at the UI edge.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from app.documents.model import AgendaLine as InvitationLine
from app.documents.model import (
    Appointment,
    Consultant,
    InvitationData,
    Proposer,
    SlipAgreement,
    SlipData,
    SlipReferral,
)
from app.documents.plain import is_blank
from app.documents.wording import SUPPORTED, second_language_for
from app.models.rules import group_by_owner
from app.services.caseload import CaseloadService, ResidentInput
from app.services.meetings import AgreementLine, BaggageLine, MeetingDetail, MeetingService
from app.services.profile import Profile, ProfileService
from app.services.referrals import Referral, ReferralService
from app.services.settings import SettingsService
from app.services.wrapup import WrapUpService
from app.storage.database import Database
from app.vocabulary import AddressForm, AgreementStatus, Owner


def _address_form(resident: ResidentInput) -> AddressForm:
    return AddressForm.U if resident.address_form == AddressForm.U else AddressForm.JE


def _consultant(profile: Profile) -> Consultant:
    return Consultant(name=profile.name, phone=profile.phone, email=profile.email, municipality=profile.municipality)


def _logo(path: Any) -> Path | None:
    return Path(path) if path and Path(path).is_file() else None


def slip_data_for(
    *,
    meeting_date: datetime,
    agreements: Sequence[AgreementLine],
    earlier_open: Sequence[AgreementLine],
    next_at: datetime | None,
    next_place: str,
    next_place_detail: str,
    referral_ids: Sequence[int],
    referrals: Mapping[int, Referral],
    resident: ResidentInput,
    profile: Profile,
    languages: Sequence[str] = ("nl",),
    client_number: str | None = None,
    logo_path: Path | None = None,
    agreed_on: Mapping[int, date] | None = None,
    discreet_ticked: Collection[int] = (),
) -> SlipData:
    """The pure mapping. Takes exactly the slip's ingredients, nothing else.

    - agreements: this meeting's; only the open ones go on the slip (done or
      dropped ones need no reminder);
    - earlier_open: still-open agreements from earlier meetings (also on the slip,
      under "Nog open van eerder", with the day of their meeting from agreed_on);
    - referral_ids: referrals picked on "can't" lines, in order (duplicates once).
      A discreet referral (crisis, violence, mental health) goes on only when its id
      is in discreet_ticked; one without contact or website never (a dead end).
    """
    seen_ids: set[int] = set()
    todo: list[AgreementLine] = []
    for a in [*agreements, *earlier_open]:
        if a.status == AgreementStatus.OPEN and a.id not in seen_ids and not is_blank(a.text):
            seen_ids.add(a.id)
            todo.append(a)
    # group_by_owner keeps only the three owners, resident first (and SlipAgreement checks again).
    this_meeting = {a.id for a in agreements}
    dates = agreed_on or {}
    slip_agreements = [
        SlipAgreement(
            text=a.text,
            owner=Owner(owner),
            due=a.due,
            agreed_on=meeting_date.date() if a.id in this_meeting else dates.get(a.meeting_id),
        )
        for owner, group in group_by_owner(todo).items()
        for a in group
    ]

    slip_referrals: list[SlipReferral] = []
    picked: set[int] = set()
    for referral_id in referral_ids:
        referral = referrals.get(referral_id)
        if referral is None or referral_id in picked:
            continue
        picked.add(referral_id)
        if not referral.reachable or (referral.discreet and referral_id not in discreet_ticked):
            continue
        slip_referrals.append(
            SlipReferral(
                name=referral.name, purpose=referral.purpose, contact=referral.contact, website=referral.website
            )
        )

    next_appointment = None
    if next_at is not None:
        next_appointment = Appointment(start=next_at, place=next_place_detail.strip(), place_kind=next_place or None)

    return SlipData(
        resident_name=resident.display_name,
        address_form=_address_form(resident),
        meeting_date=meeting_date.date(),
        agreements=slip_agreements,
        next_appointment=next_appointment,
        referrals=slip_referrals,
        consultant=_consultant(profile),
        client_number=client_number,
        logo_path=logo_path,
        languages=tuple(languages),
    )


@dataclass(frozen=True)
class SlipReferralChoice:
    """A referral of the meeting as the wrap-up tab offers it for the slip."""

    id: int
    name: str
    discreet: bool  # goes on the slip only when ticked for it
    reachable: bool  # has contact details or a website; without, never on the slip


@dataclass(frozen=True)
class DossierContent:
    """What the dossier summary tells, chosen; the words around it are the UI's."""

    starts_at: datetime
    place: str
    discussed: list[str]  # the topics ticked as discussed, in agenda order
    agreements: dict[str, list[AgreementLine]]  # this meeting's (with text), by owner in the fixed order
    earlier: list[AgreementLine]  # earlier meetings' agreements, in owner order
    next_at: datetime | None
    next_place: str
    next_place_detail: str
    baggage: list[BaggageLine] = field(default_factory=list)  # empty unless asked for
    notes: str = ""  # empty unless asked for
    summary: str = ""  # the meeting's summary as written at wrap-up


class DocumentService:
    """Gathers each document's ingredients through the services and maps them, as the settings say."""

    def __init__(self, db: Database) -> None:
        self._meetings = MeetingService(db)
        self._caseload = CaseloadService(db)
        self._wrapup = WrapUpService(db)
        self._referrals = ReferralService(db)
        self._profile = ProfileService(db)
        self._settings = SettingsService(db)

    def slip_paper(self) -> str:
        """The paper the slip is laid out for: "A5" (the default) or "A4", as the settings say."""
        paper = self._settings.get("slip_paper")
        return paper if paper in ("A5", "A4") else "A5"

    def slip_referrals(self, meeting_id: int, detail: MeetingDetail | None = None) -> list[SlipReferralChoice]:
        """The referrals picked on this meeting's "can't" lines, in order, with what the slip does with each.

        ``detail``: the meeting as the caller already read it (opening a resident reads it once, issue 16)."""
        if detail is None or detail.id != meeting_id:
            detail = self._meetings.get(meeting_id)
        if not any(e.kind == "cant" and e.referral_id is not None for e in detail.sphere):
            return []
        referrals = {r.id: r for r in self._referrals.list(include_retired=True)}
        out: list[SlipReferralChoice] = []
        seen: set[int] = set()
        for e in detail.sphere:
            if e.kind != "cant" or e.referral_id is None or e.referral_id in seen:
                continue
            r = referrals.get(e.referral_id)
            if r is None:
                continue
            seen.add(r.id)
            out.append(SlipReferralChoice(r.id, r.name, r.discreet, r.reachable))
        return out

    def second_language(self, resident_id: int) -> str:
        """The documents' second language for a resident: the first language they read that Nabij has
        wording for ("Nederlands, Arabisch" gives "ar"); else the organisation's default; "" for Dutch only."""
        resident = self._caseload.get_resident(resident_id).data
        own = second_language_for(resident.language)
        if own:
            return own
        default = self._settings.get("slip_second_language")
        return default if default in SUPPORTED and default != "nl" else ""

    def _languages(self, resident_id: int, languages: Sequence[str], second: str | None) -> tuple[str, ...]:
        if second is None:
            second = self.second_language(resident_id)
        if second and second not in SUPPORTED:
            raise ValueError(f"no document wording for language {second!r}")
        if second and second not in languages:
            languages = (*languages, second)
        return tuple(languages)

    def slip(
        self,
        meeting_id: int,
        languages: Sequence[str] = ("nl",),
        *,
        discreet_ticked: Collection[int] = (),
        second: str | None = None,
    ) -> SlipData:
        """The agreements slip: a second language, the client number only when enabled, the municipality's logo.

        discreet_ticked: the discreet referrals the consultant ticked for this slip (none by default).
        second: the second language chosen in the preview ("" for Dutch only); None: the resident's own.
        """
        detail = self._meetings.get(meeting_id)
        languages = self._languages(detail.resident_id, languages, second)
        resident = self._caseload.get_resident(detail.resident_id).data
        earlier = [a for a in self._wrapup.open_agreements(detail.resident_id) if a.meeting_id != meeting_id]
        referral_ids = [e.referral_id for e in detail.sphere if e.kind == "cant" and e.referral_id is not None]
        referrals = {r.id: r for r in self._referrals.list(include_retired=True)}
        return slip_data_for(
            meeting_date=detail.starts_at,
            agreements=detail.agreements,
            earlier_open=earlier,
            next_at=detail.next_at,
            next_place=detail.next_place,
            next_place_detail=detail.next_place_detail,
            referral_ids=referral_ids,
            referrals=referrals,
            resident=resident,
            profile=self._profile.get(),
            languages=languages,
            client_number=resident.client_number if self._settings.get("show_client_number_on_slip") else None,
            logo_path=_logo(self._settings.get("slip_logo_path")),
            agreed_on=self._wrapup.meeting_dates({a.meeting_id for a in earlier}),
            discreet_ticked=discreet_ticked,
        )

    def invitation(self, meeting_id: int, *, second: str | None = None) -> InvitationData:
        """The invitation letter for a planned meeting: its agenda, place, and who to contact.

        second: as for the slip (None: the resident's own language, else the default)."""
        detail = self._meetings.get(meeting_id)
        resident = self._caseload.get_resident(detail.resident_id).data
        languages = self._languages(detail.resident_id, ("nl",), second)
        return InvitationData(
            resident_name=resident.display_name,
            address_form=_address_form(resident),
            appointment=Appointment(start=detail.starts_at, place=detail.place_detail.strip(), place_kind=detail.place),
            place_choice_note=True,
            # AgendaLine checks the proposer again
            agenda=[InvitationLine(a.text, cast(Proposer, a.proposed_by)) for a in detail.agenda if a.text.strip()],
            consultant=_consultant(self._profile.get()),
            logo_path=_logo(self._settings.get("slip_logo_path")),
            languages=languages,
        )

    def dossier(
        self,
        meeting_id: int,
        *,
        earlier: Iterable[AgreementLine] = (),
        include_baggage: bool = False,
        include_notes: bool = False,
    ) -> DossierContent:
        """The dossier summary's content: date, topics discussed, agreements by owner, next appointment.

        ``earlier``: the earlier meetings' agreements the consultant saw (this meeting's are left out).
        Baggage and notes are left out unless asked for: the dossier is the official record, and what
        the resident shared in confidence stays here by default.
        """
        detail = self._meetings.get(meeting_id)
        earlier_groups = group_by_owner(a for a in earlier if a.meeting_id != detail.id)
        return DossierContent(
            starts_at=detail.starts_at,
            place=detail.place,
            discussed=[a.text for a in detail.agenda if a.discussed],
            agreements=group_by_owner(a for a in detail.agreements if a.text.strip()),
            earlier=[a for group in earlier_groups.values() for a in group],
            next_at=detail.next_at,
            next_place=detail.next_place,
            next_place_detail=detail.next_place_detail,
            baggage=list(detail.baggage) if include_baggage else [],
            notes=detail.notes.strip() if include_notes else "",
            summary=detail.summary.strip(),
        )

"""From a meeting to the slip: only what the resident takes home.

The agreements slip shows the open agreements (grouped by who does them), the
next appointment, the referrals picked on "can't" lines of the sphere of
influence, and how to reach the consultant. It is built field by field, so
baggage, notes, check-out answers and known facts never reach SlipData: this
module does not even read them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from app.documents.model import AgendaLine as InvitationLine
from app.documents.model import (
    Appointment,
    Consultant,
    InvitationData,
    SlipAgreement,
    SlipData,
    SlipReferral,
)
from app.models.rules import group_by_owner
from app.models.vocabulary import AddressForm, AgreementStatus, Owner
from app.services.caseload import ResidentInput
from app.services.meetings import AgreementLine
from app.services.profile import Profile
from app.services.referrals import Referral


def appointment_place(place: str, detail: str, place_label: Callable[[str], str]) -> str:
    label = place_label(place) if place else ""
    detail = detail.strip()
    return f"{label}, {detail}" if label and detail else (label or detail)


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
    place_label: Callable[[str], str] = str,
    languages: Sequence[str] = ("nl",),
    client_number: str | None = None,
    logo_path=None,
) -> SlipData:
    """The pure mapping. Takes exactly the slip's ingredients, nothing else.

    - agreements: this meeting's; only the open ones go on the slip (done or
      dropped ones need no reminder);
    - earlier_open: still-open agreements from earlier meetings (also on the slip);
    - referral_ids: referrals picked on "can't" lines, in order (duplicates once).
    """
    seen_ids: set[int] = set()
    todo: list[AgreementLine] = []
    for a in [*agreements, *earlier_open]:
        if a.status == AgreementStatus.OPEN and a.id not in seen_ids and a.text.strip():
            seen_ids.add(a.id)
            todo.append(a)
    # group_by_owner keeps only the three owners, resident first (and SlipAgreement checks again).
    slip_agreements = [
        SlipAgreement(text=a.text, owner=Owner(owner), due=a.due)
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
        slip_referrals.append(SlipReferral(name=referral.name, purpose=referral.purpose, contact=referral.contact))

    next_appointment = None
    if next_at is not None:
        next_appointment = Appointment(start=next_at, place=next_place_detail.strip(), place_kind=next_place or None)

    return SlipData(
        resident_name=resident.display_name,
        address_form=AddressForm.U if resident.address_form == AddressForm.U else AddressForm.JE,
        meeting_date=meeting_date.date(),
        agreements=slip_agreements,
        next_appointment=next_appointment,
        referrals=slip_referrals,
        consultant=Consultant(
            name=profile.name, phone=profile.phone, email=profile.email, municipality=profile.municipality
        ),
        client_number=client_number,
        logo_path=logo_path,
        languages=tuple(languages),
    )


def build_slip_data(
    services, meeting_id: int, place_label: Callable[[str], str] = str, languages: Sequence[str] = ("nl",)
) -> SlipData:
    """Gather the ingredients through the services and map them, as the settings say:
    a second language, the client number only when enabled, the municipality's logo."""
    detail = services.meetings.get(meeting_id)
    second = services.settings.get("slip_second_language")
    if second and second not in languages:
        languages = (*languages, second)
    logo = services.settings.get("slip_logo_path") or None
    resident = services.caseload.get_resident(detail.resident_id).data
    earlier = [a for a in services.wrapup.open_agreements(detail.resident_id) if a.meeting_id != meeting_id]
    referral_ids = [e.referral_id for e in detail.sphere if e.kind == "cant" and e.referral_id is not None]
    referrals = {r.id: r for r in services.referrals.list(include_retired=True)}
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
        profile=services.profile.get(),
        place_label=place_label,
        languages=languages,
        client_number=resident.client_number if services.settings.get("show_client_number_on_slip") else None,
        logo_path=Path(logo) if logo and Path(logo).is_file() else None,
    )


def build_invitation_data(services, meeting_id: int) -> InvitationData:
    """The invitation letter for a planned meeting: its agenda, place, and who to contact."""
    detail = services.meetings.get(meeting_id)
    resident = services.caseload.get_resident(detail.resident_id).data
    profile = services.profile.get()
    languages: tuple[str, ...] = ("nl",)
    second = services.settings.get("slip_second_language")
    if second:
        languages = ("nl", second)
    logo = services.settings.get("slip_logo_path") or None
    return InvitationData(
        resident_name=resident.display_name,
        address_form=AddressForm.U if resident.address_form == AddressForm.U else AddressForm.JE,
        appointment=Appointment(start=detail.starts_at, place=detail.place_detail.strip(), place_kind=detail.place),
        place_choice_note=True,
        agenda=[InvitationLine(a.text, a.proposed_by) for a in detail.agenda if a.text.strip()],
        consultant=Consultant(
            name=profile.name, phone=profile.phone, email=profile.email, municipality=profile.municipality
        ),
        logo_path=Path(logo) if logo and Path(logo).is_file() else None,
        languages=languages,
    )

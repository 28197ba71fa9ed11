"""Fictional demo residents for `--demo`. Every name and story here is invented."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app.content.model import Library
from app.services.caseload import ResidentInput
from app.services.profile import Profile
from app.services.registry import Services

DEMO_PASSPHRASE = "nabij-demo-2026"

PROFILE = Profile(
    "Sanne Verbeek", "06 12 34 56 78", "s.verbeek@gemeente.example", "Gemeente Voorbeeld", "Team Werk & Inkomen Oost"
)

# name, initials, je/u, channel, language, companion, place, consultants, facts, meetings
# each meeting: (days ago, place, summary, agenda [(text, proposer, discussed)], agreements [(text, owner, status)])
RESIDENTS = [
    (
        "Fatima",
        "F.E.",
        "je",
        "whatsapp",
        "Nederlands, Arabisch",
        True,
        "office",
        6,
        ["Twee kinderen (6 en 9); school gaat om 14:30 uit", "Gevlucht uit Syrië in 2015; praat er liever niet over"],
        [
            (
                120,
                "office",
                "Kennismaking. Wil graag werken in de zorg, maar opvang voor de kinderen is lastig.",
                [("Kennismaken", "consultant", True), ("Kinderopvang", "resident", True)],
                [
                    ("Informatie over kinderopvangtoeslag opzoeken", "consultant", "done"),
                    ("Rooster van school meenemen", "resident", "done"),
                ],
            ),
            (
                60,
                "walk",
                "Wandeling in het park. Opener dan op kantoor. Taalcursus loopt goed.",
                [("Taalcursus", "resident", True), ("Vrijwilligerswerk", "consultant", False)],
                [("Contact leggen met het buurthuis over vrijwilligerswerk", "together", "open")],
            ),
            (
                21,
                "office",
                "Vrijwilligerswerk nog niet gestart; spanning over een brief van de Belastingdienst.",
                [("Brief Belastingdienst", "resident", True)],
                [
                    ("Brief van de Belastingdienst meenemen", "resident", "open"),
                    ("Uitzoeken wie kan helpen met de toeslagenbrief", "consultant", "open"),
                ],
            ),
        ],
        (5, "office", "Samen terugkijken op de taalcursus"),
    ),
    (
        "Dhr. De Boer",
        "J.",
        "u",
        "letter",
        "Nederlands",
        False,
        "home",
        11,
        ["Heeft last van zijn rug; lang zitten gaat niet", "Weduwnaar sinds 2019"],
        [
            (
                200,
                "home",
                "Huisbezoek. Voelt zich van het kastje naar de muur gestuurd. Wil niet opnieuw zijn verhaal doen.",
                [("Kennismaken", "consultant", True), ("Wat er eerder misging", "resident", True)],
                [("Dossier lezen en samenvatten wat er al bekend is", "consultant", "done")],
            ),
            (
                90,
                "home",
                "Samenvatting besproken; klopte grotendeels. Schulden bij energieleverancier.",
                [("Samenvatting dossier", "consultant", True), ("Energierekening", "resident", True)],
                [
                    ("Aanmelden bij schuldhulpverlening", "together", "done"),
                    ("Betalingsregeling energie bespreken met leverancier", "resident", "dropped"),
                ],
            ),
            (
                30,
                "phone",
                "Kort telefonisch contact: schuldhulp is gestart.",
                [("Stand van zaken schuldhulp", "consultant", True)],
                [("Volgende brief van de bewindvoerder doorsturen", "resident", "open")],
            ),
        ],
        (12, "home", ""),
    ),
    (
        "Kees",
        "K.V.",
        "je",
        "phone",
        "Nederlands",
        None,
        "walk",
        3,
        ["Herstellende van alcoholverslaving; 14 maanden droog"],
        [
            (
                45,
                "walk",
                "Wandeling langs de haven. Werkt aan herstel; wil structuur in de week.",
                [("Dagbesteding", "resident", True), ("Sollicitatieplicht", "consultant", False)],
                [("Twee dagen per week naar de fietsenwerkplaats", "resident", "open")],
            )
        ],
        (2, "walk", "Hoe gaat het met de werkplaats?"),
    ),
    (
        "Mevr. Yılmaz",
        "A.",
        "u",
        "mail",
        "Nederlands, Turks",
        True,
        "office",
        2,
        [],
        [
            (
                15,
                "office",
                "Eerste gesprek na aanvraag. Dochter vertaalde soms. Zorgen over het verliezen van de uitkering.",
                [("Rechten en plichten", "consultant", True), ("Zorgen over inkomen", "resident", True)],
                [("Folder over rechten en plichten in het Turks opzoeken", "consultant", "open")],
            )
        ],
        (9, "office", "Vervolg: vragen van mevrouw Yılmaz"),
    ),
    (
        "Ricardo",
        "R.M.",
        "je",
        "whatsapp",
        "Nederlands, Papiaments",
        False,
        "video",
        8,
        ["Heeft een strafblad (2016); wil dat niet steeds uitleggen"],
        [
            (
                300,
                "office",
                "Gesprek liep stroef; voelt zich gewantrouwd door eerdere controles.",
                [("Controle inkomsten", "consultant", True)],
                [],
            ),
            (
                150,
                "video",
                "Videobellen werkt beter voor hem. Wil een rijbewijs halen voor werk in de bouw.",
                [("Rijbewijs", "resident", True), ("Werk in de bouw", "resident", True)],
                [("Mogelijkheden voor vergoeding rijlessen uitzoeken", "consultant", "done")],
            ),
            (
                40,
                "video",
                "Rijlessen gestart. Positief over het contact.",
                [("Rijlessen", "resident", True), ("Werkfit-traject", "consultant", False)],
                [("Theorie-examen plannen", "resident", "open")],
            ),
        ],
        (20, "video", ""),
    ),
    (
        "Mw. Jansen",
        "E.",
        "u",
        "letter",
        "Nederlands",
        True,
        "home",
        1,
        ["Mantelzorger voor haar moeder", "Zoon komt mee naar gesprekken"],
        [
            (
                10,
                "home",
                "Kennismaking thuis, zoon was erbij. Veel stress door zorgtaken.",
                [
                    ("Kennismaken", "consultant", True),
                    ("Mantelzorg", "resident", True),
                    ("Vrijstelling", "resident", False),
                ],
                [("Informatie over mantelzorgondersteuning geven", "consultant", "open")],
            )
        ],
        (14, "home", ""),
    ),
    (
        "Daan",
        "D.",
        "je",
        "mail",
        "Nederlands",
        False,
        "office",
        4,
        ["ADHD-diagnose; korte gesprekken werken beter"],
        [
            (
                70,
                "office",
                "Kort en concreet gehouden. Wil een opleiding in de techniek.",
                [("Opleiding", "resident", True)],
                [("Open dag ROC bezoeken", "resident", "done")],
            ),
            (
                25,
                "office",
                "Open dag was goed. Aanmelding loopt.",
                [("Aanmelding opleiding", "resident", True), ("Studiefinanciering", "consultant", True)],
                [
                    ("Aanmeldformulier samen invullen", "together", "open"),
                    ("Uitzoeken hoe bijstand en studie samengaan", "consultant", "open"),
                ],
            ),
        ],
        (3, "office", "Aanmeldformulier"),
    ),
    (
        "Mevr. Bakker-Okafor",
        "G.",
        "u",
        "phone",
        "Nederlands, Engels",
        None,
        "phone",
        5,
        ["Slachtoffer van huiselijk geweld; woont op een geheim adres"],
        [
            (
                180,
                "phone",
                "Telefonisch, op haar verzoek. Veiligheid gaat voor alles.",
                [("Veiligheid", "resident", True)],
                [("Geen post naar het oude adres sturen", "consultant", "done")],
            ),
            (
                35,
                "office",
                "Eerste keer op kantoor. Wil graag weer aan het werk in de administratie.",
                [("Werk in de administratie", "resident", True), ("Cursus Excel", "consultant", False)],
                [("Cv bijwerken", "resident", "open")],
            ),
        ],
        (18, "phone", ""),
    ),
    ("Tom", "T.H.", "je", "whatsapp", "Nederlands", False, "office", 1, [], [], (1, "office", "Kennismaken")),
]


def seed_demo(services: Services, library: Library | None = None) -> None:
    """Fill an empty demo database. Meetings are placed relative to today."""
    services.profile.save(PROFILE)
    if library is not None:
        services.referrals.seed(library.referrals)
    today = datetime.combine(date.today(), time(10, 0))
    for name, initials, form, channel, language, companion, place, consultants, facts, history, upcoming in RESIDENTS:
        rid = services.caseload.add_resident(
            ResidentInput(
                display_name=name,
                initials=initials,
                address_form=form,
                preferred_channel=channel,
                language=language,
                brings_companion=companion,
                preferred_place=place,
                consultant_count=consultants,
            )
        )
        for index, (days_ago, mplace, summary, agenda, agreements) in enumerate(history):
            when = today - timedelta(days=days_ago) + timedelta(hours=index % 3)
            mid = services.meetings.plan(rid, when, mplace)
            for text, proposer, discussed in agenda:
                item = services.preparation.add_agenda_item(mid, text, proposer)
                services.preparation.update_agenda_item(item, discussed=discussed)
            for k, (text, owner, status) in enumerate(agreements):
                due = (when + timedelta(days=14 + 7 * k)).date()
                aid = services.wrapup.add_agreement(mid, text, owner, due)
                if status != "open":
                    services.wrapup.update_agreement(aid, status=status)
            if index == 0:
                for fact in facts:
                    services.conversation.dont_ask_again(mid, fact)
            services.meetings.save_text(mid, {"summary": summary})
            services.wrapup.set_checkout_score(mid, 3 + (index + len(name)) % 3)
            services.meetings.close(mid)
        if upcoming:
            days_ahead, uplace, goals = upcoming
            mid = services.meetings.plan(rid, today + timedelta(days=days_ahead), uplace, goals=goals)
            if not history:
                services.preparation.add_agenda_item(mid, "Kennismaken", "consultant")
                services.preparation.add_agenda_item(mid, "Wat vind jij belangrijk om te bespreken?", "resident")

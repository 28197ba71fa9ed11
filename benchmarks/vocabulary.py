"""Words and phrases for fictional caseloads. Every name and story here is invented.

The text only has to look like what a consultant types (length, word mix,
Dutch), so that the database and its full-text index have realistic sizes.
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Anouk",
    "Bram",
    "Chantal",
    "Dirk",
    "Esra",
    "Fenna",
    "Gerrit",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Karim",
    "Lotte",
    "Mohamed",
    "Noor",
    "Olga",
    "Pieter",
    "Quirine",
    "Rachid",
    "Saskia",
    "Thijs",
    "Ufuk",
    "Vera",
    "Wouter",
    "Yasmina",
    "Zeynep",
    "Ahmet",
    "Bianca",
    "Coen",
    "Dewi",
    "Emre",
    "Femke",
    "Gijs",
    "Hatice",
    "Ivo",
    "Jolanda",
    "Kofi",
    "Latifa",
    "Marco",
    "Nadia",
    "Orlando",
    "Petra",
    "Rik",
    "Sevda",
    "Tamara",
    "Umut",
    "Wendy",
    "Xander",
)
# Invented surnames: a made-up root plus a common ending. None is a real family name on purpose.
SURNAME_ROOTS = (
    "Verzin",
    "Bedenk",
    "Fictief",
    "Proef",
    "Schets",
    "Droom",
    "Ontwerp",
    "Voorbeeld",
    "Papier",
    "Testel",
    "Nepper",
    "Spelde",
    "Fabel",
    "Sprook",
    "Denkbeeld",
)
SURNAME_ENDINGS = ("stra", "inga", "hoven", "berg", "veld", "huis", "dijk", "kamp", "sma", "ink", "man", "ert")
SURNAME_PREFIXES = ("", "", "", "van ", "de ", "van der ", "ter ")
TITLES = ("", "", "", "Mevr. ", "Dhr. ", "Mw. ")
LANGUAGES = (
    "Nederlands",
    "Nederlands",
    "Nederlands",
    "Nederlands, Arabisch",
    "Nederlands, Turks",
    "Nederlands, Engels",
    "Nederlands, Papiaments",
    "Nederlands, Pools",
    "Nederlands, Tigrinya",
)

SUBJECTS = (
    "Inwoner",
    "Hij",
    "Zij",
    "Mevrouw",
    "Meneer",
    "De dochter",
    "Zijn partner",
    "Haar zus",
    "De bewindvoerder",
    "De huisarts",
    "De jobcoach",
    "We",
    "Ik",
)
VERBS = (
    "vertelt dat het lastig is met",
    "geeft aan dat er zorgen zijn over",
    "maakt zich zorgen over",
    "is blij met",
    "heeft moeite met",
    "wil graag verder met",
    "twijfelt over",
    "heeft contact gehad over",
    "vraagt hulp bij",
    "is gestart met",
    "is gestopt met",
    "heeft nog geen antwoord over",
    "bespreekt liever eerst",
    "wil niet opnieuw uitleggen hoe het zit met",
    "denkt positief over",
    "heeft een afspraak gemaakt over",
    "is teleurgesteld over",
    "krijgt ondersteuning bij",
)
TOPICS = (
    "de schuldhulpverlening",
    "de energierekening",
    "het vrijwilligerswerk bij het buurthuis",
    "de taalcursus",
    "de sollicitatie bij de supermarkt",
    "de kinderopvang",
    "het rooster van school",
    "de brief van de Belastingdienst",
    "de huurachterstand",
    "de fietsenwerkplaats",
    "de re-integratie",
    "de opleiding bij het ROC",
    "het rijbewijs",
    "de mantelzorg voor moeder",
    "de bewindvoering",
    "de toeslagen",
    "de zorgverzekering",
    "het werkfit-traject",
    "de medische keuring",
    "de inlichtingenplicht",
    "de woningcorporatie",
    "de voedselbank",
    "het sociaal wijkteam",
    "de huisartsenpraktijk",
    "de betalingsregeling",
    "de stage in de zorg",
    "het werk in de bouw",
    "de cursus Excel",
    "de kostendelersnorm",
    "de bijzondere bijstand",
    "de verhuizing",
    "de rugklachten",
    "de slaapproblemen",
    "het contact met de kinderen",
    "de nieuwe woning",
    "de aanvraag voor een uitkering",
    "de controle van de inkomsten",
    "de participatieverklaring",
    "de sportvereniging",
    "het buurtcentrum",
)
TIMES = (
    "sinds vorige maand",
    "deze week",
    "al een tijdje",
    "na de zomer",
    "binnenkort",
    "sinds het vorige gesprek",
    "sinds de verhuizing",
    "in het weekend",
    "na de kerstvakantie",
    "over twee weken",
    "vanaf maandag",
)
OBSERVATIONS = (
    "Oogt rustiger dan vorige keer.",
    "Was opener dan op kantoor.",
    "Voelt zich gehoord.",
    "Is gespannen over geld.",
    "Slaapt slecht door de zorgen.",
    "Lacht weer meer.",
    "Wil liever wandelen tijdens het gesprek.",
    "Vond de brief dreigend.",
    "Had veel te vertellen.",
    "Sprak over eerdere consulenten.",
    "Wil niet nog een keer het hele verhaal doen.",
    "Heeft de papieren netjes meegenomen.",
    "Kwam iets te laat door de bus.",
    "Was moe maar betrokken.",
)
CONNECTORS = ("Daarnaast", "Verder", "Ook", "Tegelijk", "Wel", "Toch", "Volgens haar", "Volgens hem", "Eerlijk gezegd")

AGENDA = (
    "Kennismaken",
    "Stand van zaken schuldhulp",
    "Sollicitaties",
    "Rechten en plichten",
    "Zorgen over inkomen",
    "Vrijwilligerswerk",
    "Taalcursus",
    "Kinderopvang",
    "Brief van de Belastingdienst",
    "Huurachterstand",
    "Opleiding",
    "Rijbewijs",
    "Gezondheid",
    "Dagbesteding",
    "Mantelzorg",
    "Werkfit-traject",
    "Bewindvoering",
    "Toeslagen",
    "Verhuizing",
    "Terugkijken op vorige afspraken",
    "Wat wil jij bespreken?",
    "Medische keuring",
    "Stage",
    "Netwerk en familie",
    "Wat ging er eerder mis",
    "Inlichtingenplicht",
    "Bijzondere bijstand",
    "Sport en bewegen",
    "Contact met het wijkteam",
    "Plannen voor de zomer",
)
ACTIONS = (
    "Contact opnemen met",
    "Aanmelden bij",
    "Informatie opzoeken over",
    "Formulier invullen voor",
    "Afspraak maken met",
    "Papieren meenemen over",
    "Navragen bij",
    "Samen uitzoeken hoe het zit met",
    "Brief sturen over",
    "Terugbellen over",
    "Langsgaan bij",
    "Overzicht maken van",
)
AGREEMENT_OBJECTS = (
    "het buurthuis",
    "de schuldhulpverlening",
    "de woningcorporatie",
    "de fietsenwerkplaats",
    "de energieleverancier",
    "het ROC",
    "de jobcoach",
    "de huisarts",
    "het sociaal wijkteam",
    "de voedselbank",
    "de bewindvoerder",
    "de Belastingdienst",
    "de kinderopvang",
    "de zorgverzekeraar",
    "het uitzendbureau",
    "de sportvereniging",
    "de taalschool",
    "de rijschool",
    "de bibliotheek",
    "het maatschappelijk werk",
)
AGREEMENT_TAILS = (
    "",
    "",
    " voor het volgende gesprek",
    " deze week",
    " binnen twee weken",
    " samen met de dochter",
    " en het resultaat doorgeven",
    " via WhatsApp laten weten",
)
FACTS = (
    "Twee kinderen; school gaat om 14:30 uit",
    "Weduwnaar sinds enkele jaren",
    "Heeft last van zijn rug",
    "Herstellende van een verslaving; wil daar niet steeds over praten",
    "Woont op een geheim adres",
    "Mantelzorger voor moeder",
    "Zoon komt mee naar gesprekken",
    "Korte gesprekken werken beter",
    "Heeft een strafblad van lang geleden; wil dat niet steeds uitleggen",
    "Gevlucht; praat er liever niet over",
    "Is gescheiden; contact met ex is moeizaam",
    "Heeft eerder schulden gehad",
    "Spreekt liever Engels",
    "Heeft slechte ervaringen met controles",
    "Leest liever niet lang; kort op papier",
)
SPHERE = {
    "will": ("Ik zoek uit wie kan helpen met de brief", "Ik bel de woningcorporatie", "Ik stuur de folder na"),
    "wont": ("Ik neem geen beslissing over de boete", "Ik vul het formulier niet voor je in"),
    "cant": ("Ik kan de schuld niet kwijtschelden", "Ik kan de huur niet betalen", "Ik kan geen medisch advies geven"),
}
CHECKOUT_WORDS = ("opgelucht", "moe", "gehoord", "onzeker", "tevreden", "gespannen", "hoopvol", "rustig")
WENT_WELL = ("Samen de agenda gemaakt", "Wandelen werkte goed", "Rustig de tijd genomen", "Korte zinnen gebruikt")
COULD_IMPROVE = ("Minder tegelijk bespreken", "Eerder de brief uitleggen", "Meer tijd nemen voor vragen")


def sentence(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(OBSERVATIONS)
    start = rng.choice(SUBJECTS)
    if roll < 0.35:
        start = (
            f"{rng.choice(CONNECTORS)} {start[0].lower()}{start[1:]}"
            if start not in ("Ik",)
            else f"{rng.choice(CONNECTORS)} ik"
        )
    body = f"{start} {rng.choice(VERBS)} {rng.choice(TOPICS)}"
    if rng.random() < 0.5:
        body += f" {rng.choice(TIMES)}"
    if rng.random() < 0.25:
        body += f" en {rng.choice(VERBS).split(' ', 1)[1]} {rng.choice(TOPICS)}"
    return body + "."


def text_of_length(rng: random.Random, low: int, high: int) -> str:
    """Sentences until the text is between low and high characters long."""
    target = rng.randint(low, high)
    parts: list[str] = []
    size = 0
    while size < target:
        s = sentence(rng)
        parts.append(s)
        size += len(s) + 1
    text = " ".join(parts)
    if len(text) > high:
        text = text[: high - 1].rstrip() + "."
    return text


def agreement_text(rng: random.Random) -> str:
    return f"{rng.choice(ACTIONS)} {rng.choice(AGREEMENT_OBJECTS)}{rng.choice(AGREEMENT_TAILS)}"


def surname(rng: random.Random) -> str:
    return f"{rng.choice(SURNAME_PREFIXES)}{rng.choice(SURNAME_ROOTS)}{rng.choice(SURNAME_ENDINGS)}"

"""Demo databases: a new LeerWerk file filled with realistic but entirely invented data.

`generate_demo` is for trying LeerWerk out, for screenshots and training sessions, and for testing
the app at a size no real organisation reaches. Every person, school, phone number and address is
generated from word lists with `random.Random(seed)`, so the same seed and day give the same file.
Nothing is copied from real people; there is no BSN anywhere.

Speed matters (10,000 learners is over a million rows), so rows are built as plain tuples in column
order with ids assigned here, and written with ``executemany`` in one transaction. peewee's
``insert_many`` builds SQL value by value and took about five times as long for the same rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peewee import DateField, DateTimeField, SqliteDatabase
from PIL import Image, ImageDraw

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_number
from desktop.services.bpv import phase_windows, phases_reached, supernumerary_until
from desktop.storage import choices, models
from desktop.storage.database import open_database, release_database
from desktop.textsearch import fold

MAX_LEARNERS = 100_000
MAX_STAFF = 60_000
ROWS_PER_BATCH = 5_000  # rows per executemany call; also how often progress is reported
GENERATE_SHARE = 0.5  # the part of the progress bar spent building rows (the rest is writing)

Progress = Callable[[float], object] | None


# -- Word lists -------------------------------------------------------------------------------------
# Invented combinations of common first and last names; diacritics and tussenvoegsels on purpose,
# because sorting, searching and PDF fonts must cope with them.

FIRST_NAMES = (
    "Daan", "Sem", "Lotte", "Fleur", "Bram", "Luuk", "Noor", "Saskia", "Ingrid", "Wim", "Jos", "Ria",
    "Mieke", "Thijs", "Anouk", "Iris", "Ilse", "Sanne", "Femke", "Koen", "Jeroen", "Maud", "Lieke",
    "Roel", "Niek", "Gijs", "Bo", "Jesse", "Tim", "Eva", "Julia", "Sophie", "Emma", "Milan", "Lars",
    "Mohamed", "Fatima", "Yusuf", "Samira", "Priya", "Dragana", "Agnieszka", "Tomasz", "Marieke",
    "Hanneke", "Petra", "Marjo", "Har", "Sjef", "Trees", "Zoë", "Anaïs", "Chloé", "Noëlle", "Ayşe",
    "Gülşen", "Søren", "Esmée", "René", "Hélène", "Joëlle", "Maël", "Björn", "Zeynep", "Kübra",
    "Łukasz", "Inês", "Thaïs", "Rosé", "Dániel",
)  # fmt: skip

SURNAMES = (
    "Janssen", "Peeters", "Smeets", "Hendriks", "Bos", "Willems", "Jacobs", "Vos", "Coenen",
    "Lemmens", "Schreurs", "Hermans", "Wouters", "Kusters", "Dassen", "Vossen", "Bakker", "Visser",
    "Meijer", "Mulder", "Kuipers", "Claessens", "Bemelmans", "Ramakers", "Yılmaz", "Çelik", "Şahin",
    "Müller", "Đorđević", "Kowalczyk", "Öztürk", "Nguyễn", "Schröder", "Lefèvre", "Gonçalves",
    "El Amrani", "Bouzid", "Ramdin",
)  # fmt: skip

PREFIXED_SURNAMES = (
    ("van", "Leeuwen"), ("van", "Dijk"), ("van", "Loon"), ("van", "Rooij"), ("de", "Vries"),
    ("de", "Jong"), ("de", "Wit"), ("de", "Groot"), ("van der", "Meulen"), ("van der", "Linden"),
    ("van der", "Heijden"), ("van den", "Berg"), ("van den", "Heuvel"), ("van den", "Broek"),
    ("ter", "Horst"), ("ter", "Beek"), ("'t", "Hart"), ("van 't", "Hof"), ("van 't", "Veer"),
    ("van de", "Ven"), ("van de", "Kerkhof"), ("in 't", "Zandt"), ("den", "Hollander"),
)  # fmt: skip

CITIES = {  # Limburg towns with the range of their postal codes
    "Maastricht": (6211, 6229), "Heerlen": (6411, 6422), "Sittard": (6131, 6137),
    "Geleen": (6160, 6167), "Kerkrade": (6461, 6471), "Venlo": (5911, 5928), "Roermond": (6041, 6046),
    "Weert": (6001, 6006), "Venray": (5801, 5809), "Valkenburg": (6301, 6305),
    "Brunssum": (6441, 6446), "Landgraaf": (6371, 6374), "Echt": (6101, 6102),
}  # fmt: skip
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
STREETS = (
    "Lindelaan", "Kastanjelaan", "Kerkstraat", "Molenweg", "Dorpstraat", "Beekstraat", "Schoolstraat",
    "Heirweg", "Hoogstraat", "Mergelweg", "Kapelweg", "Veldstraat", "Julianastraat", "Wilhelminalaan",
    "Maasboulevard", "Op de Berg", "Bongerdweg", "Akkerstraat", "Vlierweg", "Geulstraat",
)  # fmt: skip

ORGANISATION_NAMES = (
    "Zorggroep De Linde",
    "Stichting Zorg aan de Geul",
    "Zorgcentra Maasoever",
    "Zorggroep Het Mergelland",
)
LOCATION_NAMES = (
    "Huize De Linde", "Woonzorgcentrum Maasoever", "De Bongerd", "Hof van Geuldal", "Het Kloosterhof",
    "Residentie Sint-Pieter", "De Wingerd", "Zorgcentrum Ter Beek", "Woonpark De Vlier", "Het Mergelhuis",
)  # fmt: skip
TEAM_NAMES = (
    "Somatiek 1", "Somatiek 2", "Psychogeriatrie 1", "Psychogeriatrie 2", "Kleinschalig wonen",
    "NAH-groep", "Revalidatie", "Wijkteam Noord", "Wijkteam Zuid", "Dagbesteding", "Nachtdienst",
    "Korte zorg", "Hospice",
)  # fmt: skip
JOB_TITLES = (
    "Verzorgende IG", "Verzorgende IG", "Verpleegkundige", "Helpende", "Persoonlijk begeleider",
    "Activiteitenbegeleider", "Medewerker facilitair", "Gedragsdeskundige", "Logopedist",
    "Fysiotherapeut", "Specialist ouderengeneeskunde", "Medewerker welzijn",
)  # fmt: skip

# (code, name, crebo, level, learner-type weights) — the crebo codes look like real qualifications.
QUALIFICATIONS = (
    ("vig", "Verzorgende-IG", "25491", "3", {"bbl": 40, "mio": 40, "side_entrant": 50, "bol": 30}),
    ("mz3", "Maatschappelijke zorg", "25476", "3", {"bbl": 15, "mio": 15, "side_entrant": 20, "bol": 20}),
    ("mz4", "Maatschappelijke zorg", "25476", "4", {"bbl": 10, "mio": 10, "bol": 15}),
    ("hzw", "Helpende zorg en welzijn", "25498", "2", {"bbl": 15, "mio": 15, "side_entrant": 30, "bol": 15}),
    ("mbovp", "Mbo-verpleegkundige", "25655", "4", {"bbl": 15, "mio": 15, "bol": 15}),
    ("adz", "Assistent dienstverlening en zorg", "25252", "1", {"bbl": 5, "mio": 5, "bol": 5}),
    ("sw", "Social Work", None, "hbo", {"hbo": 35}),
    ("logo", "Logopedie", None, "hbo", {"hbo": 20}),
    ("fysio", "Fysiotherapie", None, "hbo", {"hbo": 15}),
    ("hbov", "Verpleegkunde (hbo-v)", None, "hbo", {"hbo": 30}),
)

_CARE_PROCESSES = (
    ("B1-K1-W1", "Inventariseert de behoefte aan zorg en/of ondersteuning"),
    ("B1-K1-W2", "Stelt het zorgplan op en/of bij"),
    ("B1-K1-W3", "Voert zorginterventies en/of begeleidingsactiviteiten uit"),
    ("B1-K1-W4", "Voert verpleegtechnische handelingen uit"),
    ("B1-K1-W5", "Communiceert met de zorgvrager en zijn naasten"),
    ("B1-K1-W6", "Geeft informatie en advies over zorg en gezondheid"),
    ("B1-K1-W7", "Handelt in onvoorziene en/of acute situaties"),
    ("B1-K2-W1", "Stemt af met andere zorgverleners"),
    ("B1-K2-W2", "Werkt aan de eigen deskundigheid"),
    ("B1-K2-W3", "Draagt bij aan het bewaken en bevorderen van de kwaliteit van zorg"),
)
WORK_PROCESSES = {
    "vig": _CARE_PROCESSES,
    "mbovp": _CARE_PROCESSES[:7]
    + (
        ("B1-K3-W1", "Coördineert de zorg rond de zorgvrager"),
        ("B1-K3-W2", "Begeleidt collega's en stagiairs"),
        ("B1-K3-W3", "Draagt bij aan het verbeteren van het zorgproces"),
    ),
    "hzw": (
        ("B1-K1-W1", "Ondersteunt bij de persoonlijke verzorging"),
        ("B1-K1-W2", "Ondersteunt bij huishoudelijke taken"),
        ("B1-K1-W3", "Ondersteunt bij activiteiten en dagbesteding"),
        ("B1-K1-W4", "Signaleert veranderingen bij de cliënt en meldt ze"),
        ("B1-K2-W1", "Werkt samen met naasten en vrijwilligers"),
        ("B1-K2-W2", "Werkt aan de eigen deskundigheid"),
    ),
    "mz3": (
        ("B1-K1-W1", "Inventariseert de ondersteuningsvraag van de cliënt"),
        ("B1-K1-W2", "Stelt een ondersteuningsplan op"),
        ("B1-K1-W3", "Begeleidt de cliënt bij wonen en dagbesteding"),
        ("B1-K1-W4", "Ondersteunt bij persoonlijke verzorging"),
        ("B1-K1-W5", "Handelt bij crisissituaties"),
        ("B1-K2-W1", "Werkt samen met het netwerk van de cliënt"),
        ("B1-K2-W2", "Reflecteert op de eigen werkzaamheden"),
    ),
    "mz4": (
        ("B1-K1-W1", "Inventariseert de ondersteuningsvraag van de cliënt"),
        ("B1-K1-W2", "Stelt een ondersteuningsplan op en evalueert het"),
        ("B1-K1-W3", "Begeleidt de cliënt bij wonen en dagbesteding"),
        ("B1-K1-W4", "Biedt begeleiding bij onbegrepen gedrag"),
        ("B1-K1-W5", "Handelt bij crisissituaties"),
        ("B1-K2-W1", "Coördineert de ondersteuning rond de cliënt"),
        ("B1-K2-W2", "Draagt bij aan het methodisch werken van het team"),
        ("B1-K3-W1", "Werkt aan de eigen deskundigheid"),
    ),
    "adz": (
        ("B1-K1-W1", "Ondersteunt bij het schoonhouden van de leefruimte"),
        ("B1-K1-W2", "Ondersteunt bij het verzorgen van maaltijden"),
        ("B1-K1-W3", "Helpt bij eenvoudige activiteiten"),
        ("B1-K2-W1", "Voert eenvoudige facilitaire taken uit"),
    ),
    "sw": (
        ("SW-1", "Contact leggen en een werkrelatie opbouwen"),
        ("SW-2", "Vraagverheldering en analyse"),
        ("SW-3", "Plannen en uitvoeren van interventies"),
        ("SW-4", "Samenwerken in het netwerk van de cliënt"),
        ("SW-5", "Professionele ontwikkeling en reflectie"),
    ),
    "logo": (
        ("LO-1", "Screenen en diagnosticeren"),
        ("LO-2", "Behandelplan opstellen"),
        ("LO-3", "Behandelen en begeleiden"),
        ("LO-4", "Adviseren van cliënt, naasten en team"),
    ),
    "fysio": (
        ("FT-1", "Fysiotherapeutisch onderzoek"),
        ("FT-2", "Behandelen en begeleiden"),
        ("FT-3", "Preventie en advies"),
        ("FT-4", "Samenwerken en verantwoorden"),
    ),
    "hbov": (
        ("HV-1", "Klinisch redeneren"),
        ("HV-2", "Verpleegkundige zorg verlenen"),
        ("HV-3", "Coördineren van zorg"),
        ("HV-4", "Gezondheid bevorderen"),
        ("HV-5", "Kwaliteit van zorg verbeteren"),
        ("HV-6", "Professioneel leiderschap"),
    ),
}

SCHOOLS = (  # (name, kind, city, email domain)
    ("ROC Fictief Zuid", "mbo", "Heerlen", "rocfictiefzuid.voorbeeld.nl"),
    ("Gilde Fictief Opleidingen", "mbo", "Roermond", "gildefictief.voorbeeld.nl"),
    ("Zorgacademie Fictief Maasland", "mbo", "Maastricht", "zorgacademie.voorbeeld.nl"),
    ("Hogeschool Fictief Limburg", "hbo", "Sittard", "hsfictief.voorbeeld.nl"),
)

LEARNING_GOALS = (
    "Ik stel samen met de cliënt het zorgplan bij en leg dit vast in het ECD.",
    "Ik geef een overdracht volgens SBAR aan de avonddienst.",
    "Ik bereid een medicatieronde voor en voer die veilig uit.",
    "Ik herken signalen van pijn bij cliënten die zich moeilijk kunnen uiten.",
    "Ik voer een familiegesprek samen met de EVV'er.",
    "Ik herken slikproblemen tijdens de maaltijd en weet wie ik moet inschakelen.",
    "Ik ga rustig en respectvol om met onbegrepen gedrag.",
    "Ik vraag op tijd om feedback en verwerk die in mijn werk.",
    "Ik organiseer een activiteit voor een kleine groep bewoners.",
    "Ik voer wondzorg uit volgens het protocol.",
    "Ik maak een MIC-melding en bespreek die in het teamoverleg.",
    "Ik pas de methodiek 'Hooi op je vork' toe in mijn dagelijks werk.",
)
COACHING_GOALS = (
    "Ik geef werkbegeleiding met open vragen in plaats van oplossingen.",
    "Ik bespreek de voortgang van de leerling elke twee weken.",
    "Ik pas wat ik in de training leerde toe in de teamoverdracht.",
    "Ik durf een collega aan te spreken op afspraken.",
    "Ik breng mijn eigen grenzen in werkdruk eerder ter sprake.",
)
ASSIGNMENT_TITLES = (
    "Zorgplan bijstellen met de cliënt", "MIC-melding analyseren", "Medicatieronde voorbereiden en uitvoeren",
    "Overdracht geven volgens SBAR", "Dagbesteding organiseren voor een kleine groep",
    "Mondzorg bij cliënten met dementie", "Valpreventie in de woonkamer", "Familiegesprek voorbereiden",
    "Pijn signaleren bij cliënten met afasie", "Slikproblemen herkennen bij de maaltijd",
    "Wondzorg volgens protocol", "Omgaan met onbegrepen gedrag", "Casusbespreking voorbereiden",
)  # fmt: skip
ASSESSMENT_METHODS = (
    "Observatie door de werkbegeleider en een criteriumgericht interview met de praktijkopleider.",
    "Schriftelijk verslag en een reflectiegesprek met de praktijkopleider.",
    "Beoordeling aan de hand van het beoordelingsformulier van school.",
)
JUDGEMENTS = (
    "Laat een duidelijke groei zien in zelfstandigheid.",
    "Werkt zorgvuldig en communiceert prettig met cliënten.",
    "Moet nog werken aan het op tijd vragen om hulp.",
    "Voldoet aan de verwachtingen voor deze fase.",
)
# How early endings are written down; `choices.classify_end_reason` reads each as a reason code.
END_REASONS = (
    "Andere opleiding gekozen", "Overstap naar een andere werkgever", "Persoonlijke omstandigheden",
    "Langdurig ziek", "Niet geschikt voor het werk met deze doelgroep", "Verhuisd naar een andere regio",
)  # fmt: skip
# How a completed period ended, with its share; None: not recorded (yet).
COMPLETION_REASONS = {
    "completed_diploma": 80,
    "switched_programme": 4,
    "switched_employer": 4,
    "dismissed": 2,
    None: 10,
}
# Contract hours of a 36-hour week (the VVT collective agreement), as FTE, with their share.
FTE_SHARES = {"0.44": 8, "0.56": 14, "0.67": 22, "0.72": 10, "0.78": 14, "0.89": 18, "1.00": 14}
EVALUATION_REMARKS = (
    "Meer tijd voor de werkbegeleider zou helpen.", "Het inwerkprogramma was duidelijk.",
    "Graag eerder het rooster.", "Fijn team, ik voelde me welkom.", "",
)  # fmt: skip

# (key, title, kind, dayparts, hours, provider, cost, mandatory, validity months, certificate, description)
TRAININGS = (
    ("vakmanschap", "Leertraject vakmanschap", "blended", 11, 33, "internal", None, False, None, True,
     "Vakmanschap in de zorg voor mensen met niet-aangeboren hersenletsel: 11 dagdelen in vier modules."),
    ("nah_basis", "Basiskennis NAH", "blended", 2, 8, "internal", None, False, None, False,
     "E-learning en twee dagdelen."),
    ("dit_vind_ik", "Gesprekstechnieken en methodiek \u201cDit vind ik ervan!\u201d", "classroom", 4, 14,
     "internal", None, False, None, False, "Vier dagdelen."),
    ("hooi", "Methodiek \u201cHooi op je vork\u201d en Pluriform ECD", "classroom", 3, 10.5, "internal", None,
     False, None, False, "Drie dagdelen."),
    ("nah_plus", "NAH plus", "blended", 2, 8, "internal", None, False, None, False, "E-learning en twee dagdelen."),
    ("vbh_el", "E-learning Voorbehouden handelingen", "elearning", None, 4, "external", 35, True, 24, True,
     "Wettelijk verplicht voor wie voorbehouden handelingen uitvoert."),
    ("medicatie_el", "E-learning Medicatietoediening", "elearning", None, 3, "external", 35, True, 12, True,
     "Jaarlijks te herhalen."),
    ("mondzorg_el", "E-learning Mondzorg", "elearning", None, 2, "external", 25, False, None, True, ""),
    ("bhv", "BHV (bedrijfshulpverlening)", "elearning", None, 4, "external", 95, True, 12, True,
     "Jaarlijkse herhaling, e-learning met praktijktoets."),
    ("wzd_el", "E-learning Wet zorg en dwang", "elearning", None, 2, "external", 25, True, 24, True, ""),
    ("til_el", "E-learning Tiltechnieken", "elearning", None, 1.5, "external", 20, False, None, True, ""),
    ("werkbegeleiding", "Basisvaardigheden werkbegeleiding", "classroom", 3, 10.5, "internal", None, True, None,
     True, "Voor nieuwe werkbegeleiders."),
    ("vbh_oefenen", "Oefenen voorbehouden en risicovolle handelingen", "classroom", 1, 3.5, "internal", None,
     False, 12, True, "Getoetst door interne toetsers per regio."),
    ("deescalatie", "Zorgweerbaarheid en de-escalatie", "classroom", 2, 7, "internal", None, False, None, True,
     "Vanaf 2025 in het aanbod."),
    ("slik", "Klinische les slikproblematiek", "clinical_lesson", 1, 2, "internal", None, False, None, False, ""),
    ("afasie", "Klinische les afasie", "clinical_lesson", 1, 2, "internal", None, False, None, False, ""),
    ("yucel", "Teamtraining Yucel-methode", "team", 2, 7, "external", 1850, False, None, False,
     "Jaarlijkse teamtraining op de eigen locatie."),
    ("po_extern", "Post-hbo Praktijkopleider", "external", None, 120, "external", 2450, False, None, True,
     "Extern, aangevraagd via de leidinggevende."),
)  # fmt: skip
VAKMANSCHAP_MODULES = ("nah_basis", "dit_vind_ik", "hooi", "nah_plus")
REQUIREMENTS = (  # (training key, role, learner type, all staff)
    ("bhv", "manager", None, False),
    ("bhv", "work_supervisor", None, False),
    ("wzd_el", None, None, True),
    ("vbh_el", "work_supervisor", None, False),
    ("vbh_el", None, "bbl", False),
    ("vbh_el", None, "mio", False),
    ("vbh_el", None, "side_entrant", False),
    ("medicatie_el", "work_supervisor", None, False),
    ("medicatie_el", None, "bbl", False),
    ("medicatie_el", None, "mio", False),
    ("werkbegeleiding", "work_supervisor", None, False),
)
DAYPART_TIMES = {"morning": ("09:00", "12:30"), "afternoon": ("13:30", "17:00"), "evening": ("18:30", "21:30")}
PROVIDERS = {"external": "Zorgleerplatform Fictief", "po_extern": "Hogeschool Fictief Limburg"}

LEARNER_TYPE_SHARE = {"bbl": 45, "mio": 30, "bol": 10, "side_entrant": 10, "hbo": 5}
# (status, phase) of a learner's current period, with its share.
PERIOD_STATES = {
    ("planned", "introduction"): 10,
    ("active", "introduction"): 14,
    ("active", "work_and_learn"): 34,
    ("active", "evaluation"): 12,
    ("completed", "evaluation"): 20,
    ("ended_early", "work_and_learn"): 10,
}
PERIOD_WEEKS = {"bbl": (40, 104), "mio": (40, 104), "side_entrant": (40, 80), "bol": (10, 40), "hbo": (20, 40)}
HOURS_PER_WEEK = {"bbl": (24, 36), "mio": (24, 32), "side_entrant": (24, 36), "bol": (16, 32), "hbo": (32, 36)}
AGES = {"bbl": (18, 45), "mio": (20, 55), "side_entrant": (28, 55), "bol": (17, 25), "hbo": (18, 30)}
ROLE_JOB_TITLES = {"manager": "Teamleider", "practice_trainer": "Praktijkopleider", "trainer": "Trainer"}
LEARNER_JOB_TITLES = {"mio": "Medewerker in opleiding", "bbl": "Leerling-werknemer (BBL)"}
BBL_LIKE = ("bbl", "mio")  # learners who give medication from the start of their period


# -- Public entry point -------------------------------------------------------------------------------


def generate_demo(
    path: Path,
    learners: int = 60,
    seed: int = 1,
    progress: Progress = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Create a new database at `path` filled with invented data; returns the row count per table.

    The file must not exist yet (LeerWerk never overwrites a file). The same `seed` and `today` give
    the same content. `progress(fraction)` is called now and then with a number from 0 to 1.
    """
    path = Path(path)
    _check_arguments(path, learners)
    today = today or clock.today()
    # Not bound to the shared model proxy: the app keeps working on its own database (and keeps its
    # lock) while a demo is built; everything here writes through `database` directly.
    database = open_database(path, bind=False)
    try:
        builder = _DemoBuilder(random.Random(seed), today, learners, _read_seeded(database))
        builder.build(_scaled(progress, 0.0, GENERATE_SHARE))
        with database.atomic():
            _write_all(database, builder, _scaled(progress, GENERATE_SHARE, 1.0))
            _seal_signatures(database)
        counts = _count_rows(database)
    except BaseException:
        release_database(database)
        _remove_database_files(path)
        raise
    release_database(database)
    if progress is not None:
        progress(1.0)
    return counts


def _seal_signatures(database: SqliteDatabase) -> None:
    """Give every standing signature the hash of the content it signed, as signing in the app does;
    voided ones keep a hash of some earlier content, as after a reopen."""
    from desktop.services.forms import content_hashes

    for kind in ("assignment", "assessment", "trajectory"):
        column = f"{kind}_id"
        sql = f"SELECT DISTINCT {column} FROM signature WHERE {column} IS NOT NULL AND voided_at IS NULL"
        ids = [row[0] for row in database.execute_sql(sql)]
        hashes = content_hashes(kind, ids, database)
        database.connection().executemany(
            f"UPDATE signature SET content_hash = ? WHERE {column} = ? AND voided_at IS NULL AND signed_at IS NOT NULL",
            [(digest, form_id) for form_id, digest in hashes.items()],
        )


def _check_arguments(path: Path, learners: int) -> None:
    if path.exists():
        raise ValidationError(
            "path",
            _("The file {path} already exists; LeerWerk never overwrites it. Choose a new name.").format(path=path),
        )
    if not path.parent.is_dir():
        raise ValidationError("path", _("The folder {folder} does not exist.").format(folder=path.parent))
    if isinstance(learners, bool) or not isinstance(learners, int) or not 0 <= learners <= MAX_LEARNERS:
        raise ValidationError(
            "learners",
            _("The number of learners must be a whole number from {low} to {high}.").format(
                low=format_number(0), high=format_number(MAX_LEARNERS)
            ),
        )


def _remove_database_files(path: Path) -> None:
    # Only called for a file this function created itself: a half-built demo is of no use to anyone.
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)


def _scaled(progress: Progress, low: float, high: float) -> Callable[[float], None]:
    def report(fraction: float) -> None:
        if progress is not None:
            progress(low + (high - low) * min(max(fraction, 0.0), 1.0))

    return report


# -- Reading the seeded rows and writing the built ones ---------------------------------------------


@dataclass(frozen=True)
class _Seeded:
    organisation_id: int
    templates: tuple[tuple, ...]  # (id, phase, role, position, title, applies_to_mio)
    questions: tuple[tuple, ...]  # (id, kind)
    trainings: tuple[tuple, ...] = ()  # (id, title, kind, dayparts, validity_months): the seeded catalogue
    next_ids: tuple[int, int, int] = (1, 1, 1)  # the first free id in training, training_module, training_requirement


def _read_seeded(database: SqliteDatabase) -> _Seeded:
    organisation = database.execute_sql("SELECT id FROM organisation ORDER BY id LIMIT 1").fetchone()
    templates = database.execute_sql(
        "SELECT id, phase, role, position, title, applies_to_mio FROM phase_task_template"
        " WHERE active = 1 ORDER BY position, id"
    ).fetchall()
    questions = database.execute_sql(
        "SELECT id, kind FROM evaluation_question WHERE active = 1 ORDER BY position, id"
    ).fetchall()
    trainings = database.execute_sql("SELECT id, title, kind, dayparts, validity_months FROM training").fetchall()
    next_ids = tuple(
        database.execute_sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0]
        for table in ("training", "training_module", "training_requirement")
    )
    return _Seeded(organisation[0], tuple(templates), tuple(questions), tuple(trainings), next_ids)


def _write_all(database: SqliteDatabase, builder: _DemoBuilder, report: Callable[[float], None]) -> None:
    total = sum(len(rows) for rows in builder.rows.values()) or 1
    written = 0
    database.execute_sql(
        "UPDATE organisation SET name = ?, address = ?, postal_code = ?, city = ?, phone = ?, email = ?,"
        " sbb_id = ?, logo = ?, logo_mime = ?, created_at = ?, updated_at = ? WHERE id = ?",
        builder.organisation,
    )
    for model, rows in builder.rows.items():
        if not rows:
            continue
        columns = builder.columns[model]
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join(["?"] * len(columns))
        sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
        cursor = database.cursor()
        for start in range(0, len(rows), ROWS_PER_BATCH):
            batch = rows[start : start + ROWS_PER_BATCH]
            cursor.executemany(sql, batch)
            written += len(batch)
            report(written / total)


def _count_rows(database: SqliteDatabase) -> dict[str, int]:
    counts = {}
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        counts[table] = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    return counts


# -- Small helpers --------------------------------------------------------------------------------------


def _mail_name(text: str) -> str:
    """ASCII letters for e-mail addresses: "Đorđević" -> "dordevic", "van 't Hof" -> "vanthof"."""
    return "".join(char for char in fold(text) if char.isascii() and char.isalnum())


def _add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _deck(rng: random.Random, shares: dict, count: int) -> list:
    """`count` items in the given shares, shuffled; every item appears once there is room for it."""
    total = sum(shares.values())
    exact = {key: share * count / total for key, share in shares.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(shares, key=lambda key: exact[key] - counts[key], reverse=True)
    for key in by_remainder[: count - sum(counts.values())]:
        counts[key] += 1
    if count >= len(shares):
        for key in shares:
            if counts[key] == 0:
                counts[max(counts, key=counts.get)] -= 1
                counts[key] = 1
    items = [key for key in shares for _ in range(counts[key])]
    rng.shuffle(items)
    return items


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _logo_png() -> bytes:
    """A linden tree in a green disc: enough to show where the logo goes on a printed form."""
    image = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, 124, 124), fill=(46, 125, 80, 255))
    draw.rectangle((58, 74, 70, 108), fill=(250, 247, 240, 255))
    draw.ellipse((32, 26, 66, 66), fill=(250, 247, 240, 255))
    draw.ellipse((62, 26, 96, 66), fill=(250, 247, 240, 255))
    draw.polygon(((34, 52), (94, 52), (64, 88)), fill=(250, 247, 240, 255))
    return _png(image)


def _scribble_png(rng: random.Random, width: int = 240, height: int = 80) -> bytes:
    """A transparent PNG with a pen-like scribble, standing in for a signature drawn on a tablet."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x, points = 12.0, []
    while x < width - 12:
        points.append((x, height / 2 + rng.uniform(-1, 1) * height * 0.35))
        x += rng.uniform(6, 18)
    draw.line(points, fill=(20, 30, 90, 255), width=3, joint="curve")
    draw.line((points[0][0], height - 14, points[-1][0] * 0.7, height - 16), fill=(20, 30, 90, 255), width=2)
    return _png(image)


@dataclass
class _Period:
    id: int
    learner_id: int
    learner_type: str
    learner_name: str
    programme: int
    work_processes: tuple[int, ...]
    school_supervisor_name: str
    pt: int
    ws: int
    start: dt.date
    end: dt.date
    status: str
    phase: str
    ended_on: dt.date | None
    hours_per_week: int

    @property
    def length(self) -> int:
        return (self.end - self.start).days

    @property
    def last_day(self) -> dt.date:
        """The last day on which something can have happened in this period."""
        return self.ended_on or self.end


def _phase_at(length: int, elapsed: int) -> str:
    intro, evaluation = phase_windows(length)
    if elapsed < intro:
        return "introduction"
    return "work_and_learn" if elapsed < evaluation else "evaluation"


# -- The builder -------------------------------------------------------------------------------------


class _DemoBuilder:
    """Builds every row in memory, as tuples in column order, with ids assigned here."""

    def __init__(self, rng: random.Random, today: dt.date, learner_count: int, seeded: _Seeded):
        self.learner_keys: set[tuple[str, dt.date]] = set()
        self.rng = rng
        self.today = today
        self.learner_count = learner_count
        self.seeded = seeded
        self.now = dt.datetime.combine(today, dt.time(9, 0))
        self.rows: dict[type, list[tuple]] = {}
        self.columns: dict[type, list[str]] = {}
        self._layout: dict[type, list[tuple[str, object]]] = {}
        self._known: dict[type, set[str]] = {}
        for model in models.ALL_MODELS:
            self._prepare(model)
        self.signature_images = [_scribble_png(rng) for _ in range(16)]
        self.scans = [_scribble_png(rng, 300, 120) for _ in range(4)]
        self.form_numbers: dict[tuple[str, int], int] = {}
        self.staff_names: dict[int, str] = {}
        self.staff_parts: dict[int, tuple[str, str, str]] = {}
        self.learner_names: dict[int, str] = {}
        self.session_capacity: dict[int, int | None] = {}
        self.outcomes_to_show = ["cancelled", "no_show", "attended", "completed"]
        # Fields added later draw from their own generator, so a seed still gives the rest as before.
        self.extra_rng = random.Random(repr(rng.getstate()[1][:8]))

    def _prepare(self, model: type) -> None:
        fields = model._meta.sorted_fields
        self.rows[model] = []
        self.columns[model] = [field.column_name for field in fields]
        defaults = []
        for field in fields:
            default = field.default
            if callable(default):
                # Column defaults that read the clock would make two runs differ; use the demo's "now".
                if isinstance(field, DateTimeField):
                    default = self.now
                elif isinstance(field, DateField):
                    default = self.today
                else:
                    default = default()
            defaults.append(default)
        self._layout[model] = list(zip(self.columns[model], defaults, strict=True))
        self._known[model] = {*self.columns[model], "id"}

    def add(self, model: type, **values) -> int:
        """Queue one row; returns its id (ids run from 1 in every table this builder fills)."""
        rows = self.rows[model]
        new_id = len(rows) + 1
        values.setdefault("id", new_id)
        # A misspelt column would otherwise silently fall back to its default.
        if not values.keys() <= self._known[model]:
            raise KeyError(f"{model.__name__} has no column(s) {sorted(values.keys() - self._known[model])}")
        rows.append(tuple([values.get(column, default) for column, default in self._layout[model]]))
        return new_id

    def change(self, model: type, row_id: int, **values) -> None:
        """Change columns of a row queued earlier (a role or a learner record found out later)."""
        rows, columns = self.rows[model], self.columns[model]
        row = list(rows[row_id - 1])
        for column, value in values.items():
            row[columns.index(column)] = value
        rows[row_id - 1] = tuple(row)

    # -- dates and small random pieces

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def stamp(self, day: dt.date) -> dt.datetime:
        """A working-hours moment on `day`, never later than the demo's "now"."""
        moment = dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=self.rng.randrange(0, 540))
        return min(moment, self.now)

    def stamps(self, created: dt.date, updated: dt.date | None = None) -> dict:
        created_at = self.stamp(min(created, self.today))
        updated_at = self.stamp(min(max(updated or created, created), self.today))
        return {"created_at": created_at, "updated_at": max(created_at, updated_at)}

    def between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def person(self) -> tuple[str, str, str]:
        first = self.rng.choice(FIRST_NAMES)
        if self.chance(0.35):
            prefix, last = self.rng.choice(PREFIXED_SURNAMES)
        else:
            prefix, last = "", self.rng.choice(SURNAMES)
        return first, prefix, last

    def email(self, first: str, prefix: str, last: str, domain: str = "voorbeeld.nl") -> str:
        return f"{_mail_name(first)}.{_mail_name(prefix + last)}@{domain}"

    def mobile(self) -> str:
        return f"06-{self.rng.randrange(10_000_000, 100_000_000)}"

    def address(self) -> tuple[str, str, str]:
        city = self.rng.choice(tuple(CITIES))
        low, high = CITIES[city]
        letters = "SS"
        while letters in ("SA", "SD", "SS"):  # combinations PostNL does not hand out
            letters = "".join(self.rng.choice(POSTCODE_LETTERS) for _ in range(2))
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 180)}"
        return street, f"{self.rng.randint(low, high)} {letters}", city

    def form_number(self, prefix: str, day: dt.date) -> str:
        key = (prefix, day.year)
        self.form_numbers[key] = self.form_numbers.get(key, 0) + 1
        return f"{prefix}-{day.year}-{self.form_numbers[key]:05d}"

    # -- the whole database

    def build(self, report: Callable[[float], None]) -> None:
        steps = (
            self.organisation_and_settings,
            self.locations_and_teams,
            self.staff,
            self.schools,
            self.programmes,
            self.learners_and_periods,
            self.period_details,
            self.trainings,
            self.enrolments,
            self.coaching,
            self.audit_log,
        )
        for done, step in enumerate(steps, start=1):
            step()
            report(done / len(steps))

    def organisation_and_settings(self) -> None:
        street, postal_code, city = self.address()
        name = self.rng.choice(ORGANISATION_NAMES)
        sbb_id = str(self.rng.randrange(100_000_000, 200_000_000))
        self.organisation = (
            name,
            street,
            postal_code,
            city,
            f"088-{self.rng.randrange(1_000_000, 10_000_000)}",
            "opleidingen@voorbeeld.nl",
            sbb_id,
            _logo_png(),
            "image/png",
            self.stamp(self.day(-1500)),
            self.now,
            self.seeded.organisation_id,
        )
        for key, value in (("certificate_warning_days", "60"), ("demo", "1"), ("demo_today", str(self.today))):
            self.add(models.AppSetting, key=key, value=value)

    def locations_and_teams(self) -> None:
        self.teams: list[tuple[int, int]] = []  # (team id, location id)
        self.location_ids: list[int] = []
        for name in self.rng.sample(LOCATION_NAMES, self.rng.randint(4, 8)):
            street, _postal, city = self.address()
            location = self.add(models.Location, name=name, address=street, city=city, **self.stamps(self.day(-1500)))
            self.location_ids.append(location)
            for team_name in self.rng.sample(TEAM_NAMES, self.rng.randint(2, 5)):
                team = self.add(models.Team, location_id=location, name=team_name, **self.stamps(self.day(-1500)))
                self.teams.append((team, location))
        self.team_location = dict(self.teams)

    # -- staff and their roles

    def staff(self) -> None:
        team_ids = [team for team, _location in self.teams]
        count = min(MAX_STAFF, max(40, self.learner_count * 3 // 2, len(team_ids) * 4))
        # Every team first gets a manager and two colleagues, then the rest are spread at random.
        teams = team_ids * 3 + [
            self.rng.choice(team_ids) if self.chance(0.95) else None for _ in range(count - 3 * len(team_ids))
        ]
        self.staff_team: dict[int, int | None] = {}
        for number, team in enumerate(teams, start=1):
            first, prefix, last = self.person()
            self.add(
                models.Staff,
                first_name=first,
                name_prefix=prefix,
                last_name=last,
                employee_number=f"M{100000 + number}",
                email=self.email(first, prefix, last),
                phone=f"088-{self.rng.randrange(1_000_000, 10_000_000)}",
                job_title=self.rng.choice(JOB_TITLES),
                team_id=team,
                active=self.chance(0.97),
                **self.stamps(self.day(-self.rng.randint(30, 3000))),
            )
            self.staff_team[number] = team
            self.staff_parts[number] = (first, prefix, last)
            self.staff_names[number] = " ".join(part for part in (first, prefix, last) if part)
        self.all_staff = list(self.staff_names)
        self.assign_roles(team_ids, count)
        self.staff_fte_and_location()

    def staff_fte_and_location(self) -> None:
        """Everyone's contract as FTE (a few not recorded); staff without a team work at a location."""
        fte_values, weights = list(FTE_SHARES), list(FTE_SHARES.values())
        for staff, team in self.staff_team.items():
            fte = self.extra_rng.choices(fte_values, weights)[0] if self.extra_rng.random() > 0.03 else None
            location = self.extra_rng.choice(self.location_ids) if team is None else None
            self.change(models.Staff, staff, fte=fte, location_id=location)

    def assign_roles(self, team_ids: list[int], count: int) -> None:
        self.managers = {team: index + 1 for index, team in enumerate(team_ids)}
        others = list(range(len(team_ids) + 1, count + 1))
        self.rng.shuffle(others)
        pt_count = min(len(others) // 4, max(3, round(self.learner_count * 8 / 100)))
        self.practice_trainers = others[:pt_count]
        rest = others[pt_count:]
        by_team: dict[int, list[int]] = {}
        for staff in rest:
            if self.staff_team[staff] is not None:
                by_team.setdefault(self.staff_team[staff], []).append(staff)
        self.team_supervisors = {
            team: members[: max(1, len(members) * 2 // 5)] for team, members in sorted(by_team.items())
        }
        self.work_supervisors = [staff for members in self.team_supervisors.values() for staff in members]
        self.coaches = self.rng.sample(rest, min(len(rest), max(13, self.learner_count // 75)))
        self.trainers = self.rng.sample(rest, min(len(rest), max(3, min(8, count // 300))))
        self.assessors = self.rng.sample(self.practice_trainers + self.work_supervisors, len(self.location_ids))
        holders = set(self.practice_trainers) | set(self.work_supervisors) | set(self.coaches) | set(self.trainers)
        # Staff without any role may be the employee record of a mio or BBL learner.
        self.free_staff = [staff for staff in rest if staff not in holders and self.staff_team[staff] is not None]
        roles = (
            ("manager", list(self.managers.values())),
            ("practice_trainer", self.practice_trainers),
            ("work_supervisor", self.work_supervisors),
            ("learning_coach", self.coaches),
            ("trainer", self.trainers),
            ("assessor", self.assessors),
        )
        for role, holders_of_role in roles:
            for staff in holders_of_role:
                self.add_role(staff, role)
                # Whoever guides learners is in service, and some roles are a job of their own.
                self.change(models.Staff, staff, active=True)
                if role in ROLE_JOB_TITLES:
                    self.change(models.Staff, staff, job_title=ROLE_JOB_TITLES[role])
        self.pt_by_location: dict[int, list[int]] = {}
        for staff in self.practice_trainers:
            location = self.team_location.get(self.staff_team[staff])
            self.pt_by_location.setdefault(location, []).append(staff)

    def add_role(self, staff: int, role: str) -> None:
        since = self.day(-self.rng.randint(60, 2500))
        certified_until = None
        if role in ("practice_trainer", "assessor"):
            # Certification runs for some years; a few are expired or due, which the app should flag.
            certified_until = self.day(self.rng.randint(-90, 1100))
        self.add(models.StaffRole, staff_id=staff, role=role, since=since, certified_until=certified_until)

    # -- schools and programmes

    def schools(self) -> None:
        self.school_ids: dict[str, list[int]] = {"mbo": [], "hbo": []}
        self.supervisors: dict[int, list[tuple[int, str]]] = {}
        for name, kind, city, domain in SCHOOLS:
            street, _postal, _city = self.address()
            school = self.add(
                models.School,
                name=name,
                kind=kind,
                brin=f"{self.rng.randint(10, 99)}{self.rng.choice('XYZ')}{self.rng.choice(POSTCODE_LETTERS)}",
                address=street,
                city=city,
                phone=f"088-{self.rng.randrange(1_000_000, 10_000_000)}",
                email=f"bpv@{domain}",
                **self.stamps(self.day(-1500)),
            )
            self.school_ids[kind].append(school)
            for _number in range(self.rng.randint(2, 4)):
                first, prefix, last = self.person()
                supervisor = self.add(
                    models.SchoolSupervisor,
                    first_name=first,
                    name_prefix=prefix,
                    last_name=last,
                    school_id=school,
                    email=self.email(first, prefix, last, domain),
                    phone=self.mobile(),
                    active=self.chance(0.9),
                    **self.stamps(self.day(-self.rng.randint(100, 1500))),
                )
                display = " ".join(part for part in (first, prefix, last) if part)
                self.supervisors.setdefault(school, []).append((supervisor, display))

    def programmes(self) -> None:
        self.cohorts = range(self.today.year - 4, self.today.year + 1)
        self.programme_ids: dict[tuple[str, str | None, int], tuple[int, tuple[int, ...]]] = {}
        for code, name, crebo, level, _weights in QUALIFICATIONS:
            pathways = (None,) if level == "hbo" else ("BOL", "BBL")
            for cohort in self.cohorts:
                for pathway in pathways:
                    programme = self.add(
                        models.Programme,
                        name=name,
                        crebo=crebo,
                        level=level,
                        pathway=pathway,
                        cohort=cohort,
                        active=cohort >= self.today.year - 3,
                        **self.stamps(dt.date(cohort - 1, 6, 1)),
                    )
                    processes = tuple(
                        self.add(models.WorkProcess, programme_id=programme, code=wp_code, title=title, position=i)
                        for i, (wp_code, title) in enumerate(WORK_PROCESSES[code])
                    )
                    self.programme_ids[(code, pathway, cohort)] = (programme, processes)

    def pick_programme(self, learner_type: str, start: dt.date) -> tuple[int, tuple[int, ...]]:
        options = [(q[0], q[4][learner_type]) for q in QUALIFICATIONS if learner_type in q[4]]
        code = self.rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]
        pathway = None if learner_type == "hbo" else ("BOL" if learner_type == "bol" else "BBL")
        cohort = min(max(start.year, self.cohorts[0]), self.cohorts[-1])
        return self.programme_ids[(code, pathway, cohort)]

    # -- learners and their BPV periods

    def learners_and_periods(self) -> None:
        self.periods: list[_Period] = []
        types = _deck(self.rng, LEARNER_TYPE_SHARE, self.learner_count)
        states = _deck(self.rng, PERIOD_STATES, self.learner_count)
        free_staff = list(self.free_staff)
        for learner_type, (status, phase) in zip(types, states, strict=True):
            staff = None
            if free_staff and (learner_type == "mio" or (learner_type == "bbl" and self.chance(0.5))):
                staff = free_staff.pop()
            self.add_learner(learner_type, status, phase, staff)

    def add_learner(self, learner_type: str, status: str, phase: str, staff: int | None) -> None:
        if staff is not None:
            # The learner is also an employee: same person, so the same name as the staff record.
            first, prefix, last = self.staff_parts[staff]
            self.change(models.Staff, staff, job_title=LEARNER_JOB_TITLES[learner_type], active=True)
        else:
            first, prefix, last = self.person()
        low, high = AGES[learner_type]
        birth = self.day(-self.rng.randint(low * 365 + 1, high * 365 + 300))
        # Two learners with the same name and birth date would be one person to an import: keep them apart.
        key = fold(f"{first} {prefix} {last}")
        while (key, birth) in self.learner_keys:
            birth -= dt.timedelta(days=1)
        self.learner_keys.add((key, birth))
        street, postal_code, city = self.address()
        learner_id = len(self.rows[models.Learner]) + 1
        name = " ".join(part for part in (first, prefix, last) if part)
        self.learner_names[learner_id] = name
        timeline = self.period_timeline(learner_type, status, phase)
        closed = all(item[0] in ("completed", "ended_early") for item in timeline)
        archived = closed and (timeline[-1][4] or timeline[-1][3]) < self.day(-365)
        self.add(
            models.Learner,
            first_name=first,
            name_prefix=prefix,
            last_name=last,
            birth_date=birth,
            email=self.email(first, prefix, last),
            phone=self.mobile(),
            address=street,
            postal_code=postal_code,
            city=city,
            student_number=f"{self.rng.randint(1, 9)}{learner_id:06d}",
            learner_type=learner_type,
            staff_id=staff,
            notes="Let op: combineert werk en mantelzorg." if self.chance(0.03) else "",
            archived=archived,
            **self.stamps(timeline[0][2] - dt.timedelta(days=30)),
        )
        team = self.staff_team[staff] if staff is not None else self.rng.choice(self.teams)[0]
        for period_status, period_phase, start, end, ended_on in timeline:
            self.add_period(learner_id, learner_type, name, team, period_status, period_phase, start, end, ended_on)

    def period_timeline(self, learner_type: str, status: str, phase: str) -> list[tuple]:
        """The learner's periods as (status, phase, start, end, ended_on), oldest first."""
        low, high = PERIOD_WEEKS[learner_type]
        length = self.rng.randint(low, high) * 7
        intro, evaluation = phase_windows(length)
        ended_on = None
        if status == "planned":
            start = self.day(self.rng.randint(3, 90))
        elif status == "active":
            elapsed_range = {
                "introduction": (0, intro - 1),
                "work_and_learn": (intro, evaluation - 1),
                "evaluation": (evaluation, length + 10),  # a few run past their end and wait to be closed
            }[phase]
            start = self.day(-self.rng.randint(*elapsed_range))
        elif status == "completed":
            start = self.day(-self.rng.randint(1, 800) - length)
        else:
            ended_on = self.day(-self.rng.randint(1, 400))
            elapsed = self.rng.randint(7, length - 7)
            start = ended_on - dt.timedelta(days=elapsed)
            phase = _phase_at(length, elapsed)
        timeline = [(status, phase, start, start + dt.timedelta(days=length), ended_on)]
        if self.chance(0.15):
            earlier_length = self.rng.randint(low, high) * 7
            earlier_end = min(start - dt.timedelta(days=self.rng.randint(1, 60)), self.day(-1))
            timeline.insert(
                0, ("completed", "evaluation", earlier_end - dt.timedelta(days=earlier_length), earlier_end, None)
            )
        return timeline

    def add_period(self, learner_id, learner_type, name, team, status, phase, start, end, ended_on) -> None:
        programme, processes = self.pick_programme(learner_type, start)
        school = self.rng.choice(self.school_ids["hbo" if learner_type == "hbo" else "mbo"])
        supervisor, supervisor_name = self.rng.choice(self.supervisors[school])
        location = self.team_location[team]
        pt = self.rng.choice(self.pt_by_location.get(location) or self.practice_trainers)
        ws = self.rng.choice(self.team_supervisors.get(team) or self.work_supervisors)
        hours = self.rng.randint(*HOURS_PER_WEEK[learner_type])
        weeks = (end - start).days // 7
        planned_hours = hours * weeks
        worked_until = min(ended_on or end, self.today)
        realised = None
        if status != "planned":
            realised = max(0, round((worked_until - start).days / 7 * hours * self.rng.uniform(0.9, 1.02)))
        supernumerary = supernumerary_until(learner_type, start, end)
        period_id = self.add(
            models.BpvPeriod,
            learner_id=learner_id,
            programme_id=programme,
            school_id=school,
            school_supervisor_id=supervisor,
            team_id=team,
            practice_trainer_id=pt,
            work_supervisor_id=ws,
            contract_type=choices.DEFAULT_CONTRACT[learner_type],
            start_date=start,
            end_date=end,
            hours_per_week=hours,
            planned_hours=planned_hours,
            realised_hours=realised,
            supernumerary_until=supernumerary,
            supervisor_meeting_weeks=self.rng.choice((1, 2, 2)),
            phase=phase,
            status=status,
            ended_on=ended_on,
            **self.end_reason(status, self.rng.choice(END_REASONS) if ended_on else ""),
            **self.stamps(start - dt.timedelta(days=self.rng.randint(14, 60)), worked_until),
        )
        self.periods.append(
            _Period(
                id=period_id,
                learner_id=learner_id,
                learner_type=learner_type,
                learner_name=name,
                programme=programme,
                work_processes=processes,
                school_supervisor_name=supervisor_name,
                pt=pt,
                ws=ws,
                start=start,
                end=end,
                status=status,
                phase=phase,
                ended_on=ended_on,
                hours_per_week=hours,
            )
        )

    def end_reason(self, status: str, words: str) -> dict:
        if status == "ended_early":
            code, text = choices.classify_end_reason(words)
            return {"end_reason": code, "end_reason_text": text if code == "other" else ""}
        if status == "completed":
            reasons = list(COMPLETION_REASONS)
            return {"end_reason": self.extra_rng.choices(reasons, list(COMPLETION_REASONS.values()))[0]}
        return {}

    # -- what happens inside a period

    def period_details(self) -> None:
        for period in self.periods:
            self.phase_tasks(period)
            self.meetings(period)
            goals = self.period_goals(period)
            self.assignments(period, goals)
            self.assessments(period)
            if period.status == "completed" and self.chance(0.8):
                self.student_evaluation(period)

    def phase_tasks(self, period: _Period) -> None:
        reached = phases_reached(period.phase)
        intro, evaluation = phase_windows(period.length)
        bounds = {
            "introduction": (0, intro),
            "work_and_learn": (intro, evaluation),
            "evaluation": (evaluation, period.length),
        }
        for template_id, phase, role, position, title, applies_to_mio in self.seeded.templates:
            if phase not in reached or (period.learner_type == "mio" and not applies_to_mio):
                continue
            finished_phase = phase != period.phase or period.status == "completed"
            done_on = None
            if period.status != "planned" and self.chance(0.95 if finished_phase else 0.45):
                first = period.start + dt.timedelta(days=bounds[phase][0])
                last = min(period.start + dt.timedelta(days=bounds[phase][1]), period.last_day, self.today)
                done_on = self.between(first, max(first, last)) if first <= self.today else None
            self.add(
                models.PhaseTask,
                period_id=period.id,
                template_id=template_id,
                phase=phase,
                role=role,
                position=position,
                title=title,
                done_on=done_on,
                cancelled=done_on is None and period.status == "ended_early",
            )

    def meeting_plan(self, period: _Period) -> list[tuple[str, dt.date]]:
        start, end = period.start, period.end
        intro, evaluation = phase_windows(period.length)
        plan = [
            ("introduction", start + dt.timedelta(days=self.rng.randint(0, 3))),
            ("induction_evaluation", start + dt.timedelta(days=intro)),
            ("interim_assessment", start + dt.timedelta(days=period.length // 2)),
            ("final_assessment", end - dt.timedelta(days=7)),
        ]
        day = start + dt.timedelta(days=intro + 28)
        while day < start + dt.timedelta(days=evaluation):
            plan.append(("monthly_evaluation", day))
            day += dt.timedelta(days=28)
        # Werkbegeleider talks happen every week or two; only the last ten weeks are kept in the demo.
        horizon = min(period.last_day, self.day(14))
        day = max(start + dt.timedelta(days=14), horizon - dt.timedelta(weeks=10))
        while day <= horizon:
            plan.append(("supervisor_evaluation", day))
            day += dt.timedelta(weeks=2)
        limit = period.last_day if period.status in ("completed", "ended_early") else self.day(35)
        return sorted((item for item in plan if item[1] <= limit), key=lambda item: item[1])

    def meetings(self, period: _Period) -> None:
        participants = {
            "supervisor_evaluation": "Lerende, werkbegeleider",
            "final_assessment": "Lerende, praktijkopleider, werkbegeleider, bpv-docent",
        }
        for kind, planned in self.meeting_plan(period):
            held, cancelled = None, False
            if planned < self.today:
                roll = self.rng.random()
                closed = period.status in ("completed", "ended_early")
                if roll < 0.04:
                    cancelled = True
                elif closed or roll < 0.88:
                    held = min(planned + dt.timedelta(days=self.rng.randint(-2, 3)), self.today)
                    held = max(held, period.start)
                # else: overdue, planned in the past and never held: the app should flag it
            self.add(
                models.Meeting,
                period_id=period.id,
                kind=kind,
                planned_on=planned,
                held_on=held,
                cancelled=cancelled,
                participants=participants.get(kind, "Lerende, praktijkopleider"),
                notes="Verslag in het dossier." if held and self.chance(0.2) else "",
            )

    def period_goals(self, period: _Period) -> list[int]:
        goals = []
        for position, text in enumerate(self.rng.sample(LEARNING_GOALS, self.rng.randint(2, 4))):
            status = self.goal_status(period.status)
            reviewed = status in ("achieved", "dropped")
            reviewed_on = self.between(period.start, min(period.last_day, self.today)) if reviewed else None
            goals.append(
                self.add(
                    models.LearningGoal,
                    period_id=period.id,
                    position=position,
                    text=text,
                    status=status,
                    review="Besproken in het evaluatiegesprek." if reviewed else "",
                    reviewed_by_id=period.pt if reviewed else None,
                    reviewed_on=reviewed_on,
                    **self.stamps(period.start, reviewed_on),
                )
            )
        return goals

    def goal_status(self, period_status: str) -> str:
        options = {
            "planned": ("open",),
            "active": ("open", "in_progress", "in_progress", "achieved"),
            "completed": ("achieved", "achieved", "achieved", "dropped"),
            "ended_early": ("open", "in_progress", "dropped"),
        }[period_status]
        return self.rng.choice(options)

    def assignments(self, period: _Period, goals: list[int]) -> None:
        if period.status == "planned":
            return
        elapsed_months = max(0, (min(period.last_day, self.today) - period.start).days // 90)
        count = 1 + min(3, elapsed_months)
        for index in range(count):
            deadline = min(period.start + dt.timedelta(days=42 + index * 90), period.end)
            title = "Inwerkopdracht" if index == 0 else self.rng.choice(ASSIGNMENT_TITLES)
            status = self.assignment_status(period, deadline)
            created = deadline - dt.timedelta(days=35)
            number = self.form_number("PO", max(created, period.start))
            assignment = self.add(
                models.PracticeAssignment,
                number=number,
                period_id=period.id,
                title=title,
                description=f"{title}. Uitwerken met de werkbegeleider en bespreken met de praktijkopleider.",
                deadline=deadline,
                assessment_method=self.rng.choice(ASSESSMENT_METHODS),
                status=status,
                language="en" if self.chance(0.03) else "nl",
                **self.stamps(max(created, period.start), deadline),
            )
            for process in self.rng.sample(
                period.work_processes, min(len(period.work_processes), self.rng.randint(1, 3))
            ):
                self.add(models.AssignmentWorkProcess, assignment_id=assignment, work_process_id=process)
            for goal in self.rng.sample(goals, self.rng.randint(0, min(2, len(goals)))):
                self.add(models.AssignmentGoal, assignment_id=assignment, goal_id=goal)
            self.assignment_signatures(period, assignment, number, status, created, deadline)

    def assignment_status(self, period: _Period, deadline: dt.date) -> str:
        if period.status == "completed":
            return "signed_off" if self.chance(0.9) else "assessed"
        if deadline >= self.today:
            return self.rng.choice(("draft", "issued", "issued"))
        if period.status == "ended_early":
            return self.rng.choice(("issued", "handed_in"))
        return self.rng.choice(("handed_in", "assessed", "signed_off", "signed_off", "signed_off"))

    def assignment_signatures(self, period, assignment, number, status, created, deadline) -> None:
        if status == "draft":
            return
        issued = min(max(created, period.start), self.today)
        signers = [("learner", period.learner_name), ("practice_trainer", self.staff_names[period.pt])]
        for role, name in signers:
            self.signature(number, role, name, issued, assignment_id=assignment, stage="issue")
        if status == "signed_off":
            signed_off = min(deadline + dt.timedelta(days=self.rng.randint(0, 14)), self.today)
            signers.append(("work_supervisor", self.staff_names[period.ws]))
            for role, name in signers:
                self.signature(number, role, name, signed_off, assignment_id=assignment, stage="final")

    def signature(self, number: str, role: str, name: str, day: dt.date, pending: bool = False, **form) -> None:
        """One signature; a few are voided (the form was reopened) and signed again a little later."""
        if pending:
            self.add(models.Signature, signer_role=role, signer_name=name, **form)
            return
        voided = self.chance(0.03)
        signed_at = self.stamp(day)
        for attempt in range(2 if voided else 1):
            moment = min(signed_at + dt.timedelta(days=attempt * 2), self.now)
            on_screen = self.chance(0.6)
            content = f"{number}|{role}|{name}|{moment.isoformat()}|v{attempt}"
            scanned = not on_screen and self.chance(0.5)
            self.add(
                models.Signature,
                signer_role=role,
                signer_name=name,
                method="screen" if on_screen else "paper",
                signed_at=moment,
                image=self.rng.choice(self.signature_images) if on_screen else None,
                scan=self.rng.choice(self.scans) if scanned else None,
                scan_name=f"{number}-{role}.png" if scanned else "",
                content_hash=hashlib.sha256(content.encode()).hexdigest(),
                voided_at=moment + dt.timedelta(hours=4) if voided and attempt == 0 else None,
                **form,
            )

    def assessments(self, period: _Period) -> None:
        if period.status == "planned":
            return
        intro, _evaluation = phase_windows(period.length)
        reached = min(period.last_day, self.today)
        kinds = [("induction", period.start + dt.timedelta(days=intro))]
        kinds.append(("interim", period.start + dt.timedelta(days=period.length // 2)))
        kinds.append(("final", period.end - dt.timedelta(days=7)))
        for kind, due in kinds:
            started = kind == "induction" or (kind == "interim" and reached >= due - dt.timedelta(days=21))
            if kind == "final":
                started = period.phase == "evaluation" and period.status != "ended_early"
            if not started:
                continue
            self.assessment(period, kind, due)

    def assessment(self, period: _Period, kind: str, due: dt.date) -> None:
        if period.status == "completed" or due < self.day(-21):
            status = "signed" if self.chance(0.85) else "completed"
        elif due < self.today:
            status = self.rng.choice(("draft", "completed", "signed"))
        else:
            status = "draft"
        talk = min(due + dt.timedelta(days=self.rng.randint(-3, 5)), self.today) if status != "draft" else None
        number = self.form_number("BF", min(due, self.today) - dt.timedelta(days=14))
        scored = status != "draft" or self.chance(0.5)
        people = [period.learner_name, self.staff_names[period.pt], self.staff_names[period.ws]]
        if kind == "final":
            people.append(period.school_supervisor_name)
        assessment = self.add(
            models.Assessment,
            number=number,
            period_id=period.id,
            kind=kind,
            talk_date=talk,
            due_on=due,
            attitude_score=self.score() if scored else None,
            overall_score=self.score() if scored else None,
            overall_judgement=self.rng.choice(JUDGEMENTS) if scored else "",
            planned_hours=period.hours_per_week * (period.length // 7),
            realised_hours=round(
                (min(due, self.today, period.last_day) - period.start).days / 7 * period.hours_per_week
            ),
            participants=", ".join(people),
            status=status,
            language="en" if self.chance(0.03) else "nl",
            **self.stamps(min(due, self.today) - dt.timedelta(days=14), talk),
        )
        for process in period.work_processes:
            self.add(
                models.AssessmentScore,
                assessment_id=assessment,
                work_process_id=process,
                score=self.score(True) if scored or self.chance(0.3) else None,
                remarks="Zie toelichting in het gesprek." if self.chance(0.1) else "",
            )
        if status != "draft":
            self.assessment_signatures(period, assessment, number, status, talk)

    def score(self, per_process: bool = False) -> str:
        weights = (8, 55, 30, 7 if per_process else 0)
        return self.rng.choices(("insufficient", "sufficient", "good", "not_applicable"), weights=weights)[0]

    def assessment_signatures(self, period: _Period, assessment: int, number: str, status: str, talk) -> None:
        signers = [("learner", period.learner_name), ("practice_trainer", self.staff_names[period.pt])]
        if status == "completed":
            for role, name in signers:
                self.signature(number, role, name, talk, pending=self.chance(0.5), assessment_id=assessment)
            return
        signers.append(("work_supervisor", self.staff_names[period.ws]))
        if self.chance(0.7):
            signers.append(("school_supervisor", period.school_supervisor_name))
        for role, name in signers:
            self.signature(number, role, name, talk, assessment_id=assessment)

    def student_evaluation(self, period: _Period) -> None:
        submitted = min(period.end + dt.timedelta(days=self.rng.randint(0, 14)), self.today)
        evaluation = self.add(models.StudentEvaluation, period_id=period.id, submitted_on=submitted)
        for question, kind in self.seeded.questions:
            if kind == "scale":
                score = self.rng.choices((1, 2, 3, 4, 5), weights=(2, 5, 18, 45, 30))[0]
                self.add(models.EvaluationAnswer, evaluation_id=evaluation, question_id=question, score=score)
            else:
                self.add(
                    models.EvaluationAnswer,
                    evaluation_id=evaluation,
                    question_id=question,
                    text=self.rng.choice(EVALUATION_REMARKS),
                )

    # -- trainings and enrolments

    def trainings(self) -> None:
        # A new database starts with the catalogue (migration 2): the demo uses those rows, found by title,
        # and adds only the trainings it has beyond them, with ids after the seeded ones.
        self.training_ids: dict[str, int] = {}
        self.training_info: dict[str, tuple] = {}
        seeded = {row[1]: row for row in self.seeded.trainings}
        next_training, next_module, next_requirement = self.seeded.next_ids
        added = set()
        for key, title, kind, dayparts, hours, provider, cost, mandatory, validity, certifies, text in TRAININGS:
            if title in seeded:
                self.training_ids[key], _title, kind, dayparts, validity = seeded[title]
                self.training_info[key] = (kind, dayparts, validity, certifies)
                continue
            self.add(
                models.Training,
                id=next_training,
                title=title,
                kind=kind,
                dayparts=dayparts,
                hours=hours,
                provider_kind=provider,
                provider_name=PROVIDERS.get(key, PROVIDERS["external"]) if provider == "external" else "",
                cost=cost,
                description=text,
                mandatory=mandatory,
                validity_months=validity,
                active=not (key == "deescalatie" and self.today.year < 2025),
                **self.stamps(self.day(-1200)),
            )
            self.training_ids[key], next_training = next_training, next_training + 1
            self.training_info[key] = (kind, dayparts, validity, certifies)
            added.add(key)
        if "vakmanschap" in added:
            for position, module in enumerate(VAKMANSCHAP_MODULES):
                self.add(
                    models.TrainingModule,
                    id=next_module + position,
                    programme_id=self.training_ids["vakmanschap"],
                    module_id=self.training_ids[module],
                    position=position,
                )
        for key, role, learner_type, all_staff in REQUIREMENTS:
            if key in added:
                self.add(
                    models.TrainingRequirement,
                    id=next_requirement,
                    training_id=self.training_ids[key],
                    role=role,
                    learner_type=learner_type,
                    all_staff=all_staff,
                )
                next_requirement += 1

    def enrolments(self) -> None:
        staff_ids = self.all_staff
        learner_types = {period.learner_id: period.learner_type for period in self.periods}
        current_learners = sorted({p.learner_id for p in self.periods if p.status in ("planned", "active")})
        audiences = {
            "bhv": (list(self.managers.values()) + self.work_supervisors, []),
            "wzd_el": (staff_ids, []),
            "vbh_el": (self.work_supervisors, [i for i in current_learners if learner_types[i] != "bol"]),
            "medicatie_el": (self.work_supervisors, [i for i in current_learners if learner_types[i] in BBL_LIKE]),
            "mondzorg_el": (self.rng.sample(staff_ids, len(staff_ids) // 8), current_learners[::7]),
            "til_el": (self.rng.sample(staff_ids, len(staff_ids) // 10), current_learners[::9]),
        }
        for key, (staff, learners) in audiences.items():
            self.elearning(key, staff, learners)
        self.vakmanschap()
        self.classroom("werkbegeleiding", self.work_supervisors[::3], [], self.trainers)
        self.classroom("vbh_oefenen", self.work_supervisors[::5], current_learners[::5], self.assessors)
        self.classroom("deescalatie", staff_ids[::10], [], self.trainers)
        self.classroom("slik", staff_ids[::25], current_learners[::30], self.trainers)
        self.classroom("afasie", staff_ids[::25], current_learners[::30], self.trainers)
        self.team_trainings()
        self.external("po_extern", self.practice_trainers[::3])
        self.imported_certificates()

    def enrol(self, key: str, person: tuple[str, int], status: str, day: dt.date, session=None) -> int:
        """One enrolment; `day` is when it happened (completed, cancelled, or enrolled)."""
        staff, learner = (person[1], None) if person[0] == "staff" else (None, person[1])
        enrolled_on = day - dt.timedelta(days=self.rng.randint(7, 60)) if status != "enrolled" else day
        enrolled_on = min(enrolled_on, self.today)
        enrolment = self.add(
            models.Enrolment,
            training_id=self.training_ids[key],
            session_id=session,
            staff_id=staff,
            learner_id=learner,
            status=status,
            enrolled_on=enrolled_on,
            waiting_since=self.stamp(enrolled_on) if status == "waiting" else None,
            completed_on=day if status == "completed" else None,
            cancelled_on=min(day, self.today) if status == "cancelled" else None,
            **self.stamps(enrolled_on, min(day, self.today)),
        )
        _kind, _dayparts, validity, certifies = self.training_info[key]
        if status == "completed" and certifies:
            self.certificate(key, person, day, enrolment, validity)
        return enrolment

    def certificate(self, key: str, person, issued: dt.date, enrolment: int | None, validity, notes="") -> None:
        staff, learner = (person[1], None) if person[0] == "staff" else (None, person[1])
        self.add(
            models.Certificate,
            training_id=self.training_ids[key],
            enrolment_id=enrolment,
            staff_id=staff,
            learner_id=learner,
            issued_on=issued,
            expires_on=_add_months(issued, validity) if validity else None,
            notes=notes,
        )

    def elearning(self, key: str, staff: Sequence[int], learners: Sequence[int]) -> None:
        _kind, _dayparts, validity, _certifies = self.training_info[key]
        cycle = (validity or 24) * 30
        people = [("staff", s) for s in staff] + [("learner", lr) for lr in learners]
        for person in people:
            if not self.chance(0.9):
                continue
            roll = self.rng.random()
            if roll < 0.75:
                # The latest completion is spread so that most certificates are valid, some expire soon
                # and some have lapsed; a third of the people also did it once before.
                latest = self.day(-self.rng.randint(0, cycle + 90))
                if self.chance(0.33):
                    self.enrol(key, person, "completed", latest - dt.timedelta(days=cycle + self.rng.randint(-30, 30)))
                self.enrol(key, person, "completed", latest)
            elif roll < 0.93:
                self.enrol(key, person, "enrolled", self.day(-self.rng.randint(0, 60)))
            else:
                self.enrol(key, person, "cancelled", self.day(-self.rng.randint(0, 200)))

    def session(self, key: str, first_day: dt.date, trainers: Sequence[int], location: int | None = None) -> tuple:
        """A session with its dates; returns (session id, [(date id, day)], cancelled)."""
        kind, dayparts, _validity, _certifies = self.training_info[key]
        external = kind in ("team", "external")
        cancelled = self.chance(0.05)
        capacity = None if kind == "team" else self.rng.choice((10, 12, 14, 16))
        session = self.add(
            models.TrainingSession,
            training_id=self.training_ids[key],
            location_id=location or self.rng.choice(self.location_ids),
            venue=self.rng.choice(("Leslokaal 1", "Leslokaal 2", "Restaurant", "Vergaderzaal De Maas")),
            trainer_id=None if external or not trainers else self.rng.choice(trainers),
            external_trainer="Trainer van het externe bureau" if external else "",
            capacity=capacity,
            cancelled=cancelled,
            notes="Geannuleerd wegens te weinig aanmeldingen." if cancelled else "",
            **self.stamps(first_day - dt.timedelta(days=90), first_day),
        )
        self.session_capacity[session] = capacity
        dates, day = [], first_day
        daypart = self.rng.choice(("morning", "afternoon", "afternoon", "evening"))
        for _daypart_number in range(dayparts or 1):
            start_time, end_time = DAYPART_TIMES[daypart]
            date_id = self.add(
                models.SessionDate,
                session_id=session,
                date=day,
                daypart=daypart,
                start_time=start_time,
                end_time=end_time,
            )
            dates.append((date_id, day))
            day += dt.timedelta(days=self.rng.choice((7, 7, 14)))
        return session, dates, cancelled

    def session_enrolments(self, key: str, people: Sequence[tuple[str, int]], session: tuple) -> list[tuple]:
        """Enrol `people` in a session; returns (enrolment id, person, status) for each."""
        session_id, dates, cancelled = session
        last_day = dates[-1][1]
        result = []
        capacity = self.session_capacity[session_id]
        for index, person in enumerate(people):
            if cancelled:
                status, day = "cancelled", dates[0][1] - dt.timedelta(days=7)
            elif dates[0][1] > self.today:
                full = capacity is not None and index >= capacity
                status = "waiting" if full else ("cancelled" if self.chance(0.08) else "enrolled")
                day = self.day(-self.rng.randint(0, 30))
            elif last_day >= self.today:
                status, day = "enrolled", dates[0][1] - dt.timedelta(days=30)
            else:
                status = self.past_session_status()
                day = last_day if status != "cancelled" else dates[0][1] - dt.timedelta(days=self.rng.randint(1, 20))
            enrolment = self.enrol(key, person, status, day, session_id)
            self.attendance(enrolment, status, dates)
            result.append((enrolment, person, status))
        return result

    def past_session_status(self) -> str:
        # The first few past enrolments show every outcome once, so even a small demo has each status.
        if self.outcomes_to_show:
            return self.outcomes_to_show.pop()
        return self.rng.choices(("completed", "attended", "no_show", "cancelled"), (75, 8, 7, 10))[0]

    def attendance(self, enrolment: int, status: str, dates: list[tuple[int, dt.date]]) -> None:
        if status not in ("enrolled", "attended", "completed", "no_show"):
            return
        for date_id, day in dates:
            if day >= self.today:
                break
            present = status != "no_show" and (status == "completed" or self.chance(0.9))
            self.add(models.Attendance, enrolment_id=enrolment, session_date_id=date_id, present=present)

    def session_days(self, count: int) -> list[dt.date]:
        """First days of `count` sessions over the last eighteen months; the last one is still to come."""
        days = sorted(self.day(self.rng.randint(-540, 180)) for _index in range(count - 1))
        return days + [self.day(self.rng.randint(14, 180))]

    def classroom(self, key: str, staff: Sequence[int], learners: Sequence[int], trainers: Sequence[int]) -> None:
        people = [("staff", s) for s in staff] + [("learner", lr) for lr in learners]
        self.rng.shuffle(people)
        groups = max(2, math.ceil(len(people) / 11))
        for index, first_day in enumerate(self.session_days(groups)):
            session = self.session(key, first_day, trainers)
            group = dict.fromkeys(people[index::groups])
            if first_day > self.today and (index == groups - 1 or self.chance(0.4)):
                # A popular session: full, with a short waiting list behind it.
                wanted = self.session_capacity[session[0]] + self.rng.randint(1, 3)
                while len(group) < wanted:
                    group.setdefault(("staff", self.rng.choice(self.all_staff)), None)
            self.session_enrolments(key, list(group), session)

    def team_trainings(self) -> None:
        members: dict[int, list[int]] = {}
        for staff, team in self.staff_team.items():
            if team is not None:
                members.setdefault(team, []).append(staff)
        for team, _location in self.rng.sample(self.teams, min(12, len(self.teams))):
            first_day = self.day(self.rng.randint(-360, 120))
            session = self.session("yucel", first_day, [], self.team_location[team])
            self.session_enrolments("yucel", [("staff", s) for s in members[team][:20]], session)

    def external(self, key: str, staff: Sequence[int]) -> None:
        for member in staff:
            if self.chance(0.6):
                self.enrol(key, ("staff", member), "completed", self.day(-self.rng.randint(30, 900)))
            else:
                self.enrol(key, ("staff", member), "enrolled", self.day(-self.rng.randint(0, 120)))

    def imported_certificates(self) -> None:
        # Certificates from before LeerWerk, typed over from the old spreadsheet: no enrolment behind them.
        for staff in list(self.staff_names)[::33]:
            issued = self.day(-self.rng.randint(400, 1400))
            self.certificate("bhv", ("staff", staff), issued, None, 12, "Overgenomen uit het oude Excel-overzicht.")

    def vakmanschap(self) -> None:
        """Leertraject vakmanschap: cohorts of about twelve, one session per module, goals per participant."""
        staff = [s for s in self.staff_names if s not in self.managers.values()]
        participants = self.rng.sample(staff, min(len(staff), max(12, len(staff) // 60)))
        cohorts = max(2, math.ceil(len(participants) / 12))
        self.vakmanschap_enrolments: list[tuple[int, int, str, dt.date, dt.date]] = []
        for index, first_day in enumerate(self.session_days(cohorts)):
            group = [("staff", s) for s in participants[index::cohorts]]
            module_results = []
            day = first_day
            for module in VAKMANSCHAP_MODULES:
                session = self.session(module, day, self.trainers)
                module_results.append(self.session_enrolments(module, group, session))
                day = session[1][-1][1] + dt.timedelta(days=14)
            last_day = day - dt.timedelta(days=14)
            for position, person in enumerate(group):
                statuses = {results[position][2] for results in module_results}
                status = "completed" if statuses == {"completed"} else "enrolled"
                if statuses == {"cancelled"}:
                    status = "cancelled"
                when = last_day if status == "completed" else min(first_day, self.today) - dt.timedelta(days=21)
                enrolment = self.enrol("vakmanschap", person, status, when)
                self.enrolment_goals(enrolment, person[1], status, last_day)
                self.vakmanschap_enrolments.append((enrolment, person[1], status, first_day, last_day))

    def enrolment_goals(self, enrolment: int, staff: int, status: str, last_day: dt.date) -> None:
        team = self.staff_team[staff]
        mentor = self.rng.choice(self.team_supervisors.get(team) or self.work_supervisors)
        for position, text in enumerate(self.rng.sample(LEARNING_GOALS, 2)):
            reviewed = status == "completed"
            self.add(
                models.LearningGoal,
                enrolment_id=enrolment,
                position=position,
                text=text,
                status=self.rng.choice(("achieved", "achieved", "in_progress")) if reviewed else "open",
                review="Nabesproken met de inwerkmentor." if reviewed else "",
                reviewed_by_id=mentor if reviewed else None,
                reviewed_on=last_day if reviewed else None,
                **self.stamps(last_day - dt.timedelta(days=120), last_day if reviewed else None),
            )

    # -- coaching

    def coaching(self) -> None:
        for enrolment, staff, status, first_day, last_day in self.vakmanschap_enrolments:
            stopped = status == "cancelled"
            self.trajectory(
                "learning_coach",
                ("staff", staff),
                self.rng.choice(self.coaches),
                enrolment,
                first_day,
                last_day,
                stopped,
            )
        coached = self.work_supervisors[:: 15 if len(self.work_supervisors) > 30 else 4]
        for index, staff in enumerate(coached):
            start = self.day(-self.rng.randint(-60, 500))
            coach = self.rng.choice(self.practice_trainers)
            self.trajectory(
                "supervisor_coaching",
                ("staff", staff),
                coach,
                None,
                start,
                start + dt.timedelta(days=120),
                index == 1 or self.chance(0.05),  # one stopped trajectory at least, as happens in practice
            )
        learners = sorted({p.learner_id: p for p in self.periods if p.status == "active"}.items())
        for learner, period in learners[:: max(2, len(learners) // max(2, self.learner_count // 40))]:
            start = max(period.start, self.day(-300))
            self.trajectory(
                "other",
                ("learner", learner),
                self.rng.choice(self.coaches),
                None,
                start,
                start + dt.timedelta(days=150),
                self.chance(0.05),
                period.ws,
            )
        self.coach_meetings()

    def trajectory(self, kind, participant, coach, enrolment, first_day, training_end, stopped, manager=None) -> None:
        started = first_day - dt.timedelta(days=14)
        return_day = training_end + dt.timedelta(days=90)
        if stopped:
            status = "stopped"
        elif started > self.today:
            status = "planned"
        else:
            status = "completed" if return_day < self.today else "active"
        ended_on = None
        if status == "completed":
            ended_on = return_day
        elif status == "stopped" and started > self.today:
            ended_on = self.today  # called off before it began
        elif status == "stopped":
            ended_on = min(self.today, started + dt.timedelta(days=self.rng.randint(10, 60)))
        if participant[0] == "staff" and manager is None:
            manager = self.managers.get(self.staff_team[participant[1]])
        trajectory = self.add(
            models.CoachingTrajectory,
            kind=kind,
            participant_staff_id=participant[1] if participant[0] == "staff" else None,
            participant_learner_id=participant[1] if participant[0] == "learner" else None,
            coach_id=coach,
            manager_id=manager,
            enrolment_id=enrolment,
            status=status,
            started_on=started if status != "planned" and started <= self.today else None,
            ended_on=ended_on,
            training_ends_on=training_end,
            manager_expectations="Past de geleerde gesprekstechnieken toe in het team." if status != "planned" else "",
            manager_contribution="Ruimte in het rooster voor de trainingsdagen." if status != "planned" else "",
            **self.stamps(started - dt.timedelta(days=14), ended_on),
        )
        self.coaching_steps(trajectory, kind, status, started, training_end, ended_on)
        self.trajectory_goals(trajectory, status, coach, ended_on)
        if status != "planned" and started + dt.timedelta(days=14) <= self.today:
            names = [("participant", self.participant_name(participant)), ("coach", self.staff_names[coach])]
            if manager is not None:
                names.append(("manager", self.staff_names[manager]))
            for role, name in names:
                self.signature(
                    f"CT-{trajectory:05d}", role, name, started + dt.timedelta(days=14), trajectory_id=trajectory
                )

    def participant_name(self, participant: tuple[str, int]) -> str:
        names = self.staff_names if participant[0] == "staff" else self.learner_names
        return names[participant[1]]

    def coaching_steps(self, trajectory, kind, status, started, training_end, ended_on) -> None:
        plan = [("learning_goals", started), ("intake", started + dt.timedelta(days=14))]
        progress_days = max(1, min(3, (training_end - started).days // 45))
        for index in range(progress_days):
            plan.append(("progress", started + dt.timedelta(days=45 * (index + 1))))
        plan.append(("evaluation", training_end))
        if kind == "learning_coach":
            plan += [
                ("consolidation", training_end + dt.timedelta(days=28)),
                ("return_day", training_end + dt.timedelta(days=90)),
            ]
        for position, (step, planned) in enumerate(plan):
            if status == "stopped" and ended_on is not None and planned > ended_on:
                break
            held = planned if status != "planned" and planned < self.today and self.chance(0.95) else None
            self.add(
                models.CoachingStep,
                trajectory_id=trajectory,
                kind=step,
                position=position,
                planned_on=planned,
                held_on=held,
                participants="Deelnemer, leercoach" + (", leidinggevende" if step == "intake" else ""),
            )

    def trajectory_goals(self, trajectory: int, status: str, coach: int, ended_on) -> None:
        for position, text in enumerate(self.rng.sample(COACHING_GOALS, 2)):
            reviewed = status == "completed"
            self.add(
                models.LearningGoal,
                trajectory_id=trajectory,
                position=position,
                text=text,
                status="achieved" if reviewed else ("open" if status == "planned" else "in_progress"),
                reviewed_by_id=coach if reviewed else None,
                reviewed_on=ended_on if reviewed else None,
                review="Besproken op de terugkomdag." if reviewed else "",
                **self.stamps(self.day(-400), ended_on),
            )

    def coach_meetings(self) -> None:
        # The coaches meet twice a year (spring and autumn); three years of history.
        for year in range(self.today.year - 3, self.today.year + 1):
            for month in (3, 10):
                held = dt.date(year, month, self.rng.randint(5, 25))
                if held >= self.today:
                    continue
                meeting = self.add(
                    models.CoachMeeting, held_on=held, notes="Intervisie en afstemming van de trajecten."
                )
                for coach in self.rng.sample(self.coaches, max(1, len(self.coaches) * 3 // 4)):
                    self.add(models.CoachMeetingAttendee, meeting_id=meeting, staff_id=coach)

    def audit_log(self) -> None:
        # Record ids and field names only, as the real audit log does: never names or values.
        tables = (
            (models.Learner, "create", ""),
            (models.BpvPeriod, "update", "status,ended_on,end_reason"),
            (models.Enrolment, "create", ""),
            (models.Assessment, "sign", "status"),
            (models.Certificate, "import", ""),
            (models.PracticeAssignment, "update", "deadline"),
            (models.Assessment, "reopen", "status"),
            (models.Enrolment, "delete", ""),
        )
        for index in range(24):
            model, action, changed = tables[index % len(tables)]
            count = len(self.rows[model])
            record = self.rng.randint(1, count) if count and action != "delete" else count + index
            moment = self.stamp(self.day(-self.rng.randint(0, 30)))
            self.add(
                models.AuditEntry,
                at=moment,
                user="demo",
                action=action,
                table_name=model._meta.table_name,
                record_id=record,
                changed_fields=changed,
            )

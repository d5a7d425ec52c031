"""Schema version 2: no new tables; a new database starts with the training catalogue of `domain.md`.

The catalogue is seeded only into an empty `training` table, so a database in which the coordinator
already keeps trainings is not given a second, overlapping catalogue. Every item can be changed or
retired (Active unticked) afterwards; nothing here is fixed in code.

Assumptions, where the source documents (001, the learning policy) give no figure:
- Validity: BHV and medicatietoediening are repeated every year (12 months), voorbehouden handelingen
  and Wet zorg en dwang every two years (24 months), the practical training of voorbehouden en
  risicovolle handelingen every year (12); the other trainings do not expire.
- Mandatory: BHV for managers and work supervisors (the usual in-house emergency responders), Wet zorg
  en dwang for all staff, voorbehouden handelingen and medicatietoediening for work supervisors and for
  BBL students and mio's (and side entrants for voorbehouden handelingen), basisvaardigheden
  werkbegeleiding for work supervisors.
- Hours: 3.5 hours per dagdeel for classroom days; e-learning hours as the providers usually state.
- The e-learnings are bought from an external learning platform; the provider name is left empty
  for the coordinator to fill in, as are the costs.
"""

DESCRIPTION = "training catalogue"

STATEMENTS: list[str] = []

# (title, kind, dagdelen, hours, provider, mandatory, validity months, description)
TRAININGS = (
    ("Leertraject vakmanschap", "blended", 11, 33, "internal", 0, None,
     "Vakmanschap in de zorg voor mensen met niet-aangeboren hersenletsel: 11 dagdelen in vier modules. "
     "Deelnemers schrijven vooraf persoonlijke leerdoelen; de inwerkmentor bespreekt ze na afloop."),
    ("Basiskennis NAH", "blended", 2, 8, "internal", 0, None, "E-learning en twee dagdelen."),
    ("Gesprekstechnieken en methodiek \u201cDit vind ik ervan!\u201d", "classroom", 4, 14, "internal", 0, None,
     "Vier dagdelen."),
    ("Methodiek \u201cHooi op je vork\u201d en Pluriform ECD", "classroom", 3, 10.5, "internal", 0, None,
     "Drie dagdelen."),
    ("NAH plus", "blended", 2, 8, "internal", 0, None, "E-learning en twee dagdelen."),
    ("E-learning Voorbehouden handelingen", "elearning", None, 4, "external", 1, 24,
     "Wettelijk verplicht voor wie voorbehouden handelingen uitvoert."),
    ("E-learning Medicatietoediening", "elearning", None, 3, "external", 1, 12, "Jaarlijks te herhalen."),
    ("E-learning Mondzorg", "elearning", None, 2, "external", 0, None, ""),
    ("BHV (bedrijfshulpverlening)", "elearning", None, 4, "external", 1, 12,
     "Jaarlijkse herhaling, e-learning met praktijktoets."),
    ("E-learning Wet zorg en dwang", "elearning", None, 2, "external", 1, 24, ""),
    ("E-learning Tiltechnieken", "elearning", None, 1.5, "external", 0, None, ""),
    ("Basisvaardigheden werkbegeleiding", "classroom", 3, 10.5, "internal", 1, None, "Voor nieuwe werkbegeleiders."),
    ("Oefenen voorbehouden en risicovolle handelingen", "classroom", 1, 3.5, "internal", 0, 12,
     "Getoetst door interne toetsers per regio."),
    ("Zorgweerbaarheid en de-escalatie", "classroom", 2, 7, "internal", 0, None, "Vanaf 2025 in het aanbod."),
    ("Klinische les slikproblematiek", "clinical_lesson", 1, 2, "internal", 0, None, ""),
    ("Klinische les afasie", "clinical_lesson", 1, 2, "internal", 0, None, ""),
    ("Teamtraining Yucel-methode", "team", 2, 7, "external", 0, None, "Jaarlijkse teamtraining op de eigen locatie."),
)  # fmt: skip

PROGRAMMES = {
    "Leertraject vakmanschap": (
        "Basiskennis NAH",
        "Gesprekstechnieken en methodiek \u201cDit vind ik ervan!\u201d",
        "Methodiek \u201cHooi op je vork\u201d en Pluriform ECD",
        "NAH plus",
    ),
}

# (title, staff role, learner type, all staff)
REQUIREMENTS = (
    ("BHV (bedrijfshulpverlening)", "manager", None, 0),
    ("BHV (bedrijfshulpverlening)", "work_supervisor", None, 0),
    ("E-learning Wet zorg en dwang", None, None, 1),
    ("E-learning Voorbehouden handelingen", "work_supervisor", None, 0),
    ("E-learning Voorbehouden handelingen", None, "bbl", 0),
    ("E-learning Voorbehouden handelingen", None, "mio", 0),
    ("E-learning Voorbehouden handelingen", None, "side_entrant", 0),
    ("E-learning Medicatietoediening", "work_supervisor", None, 0),
    ("E-learning Medicatietoediening", None, "bbl", 0),
    ("E-learning Medicatietoediening", None, "mio", 0),
    ("Basisvaardigheden werkbegeleiding", "work_supervisor", None, 0),
)


def seed(execute) -> None:
    """Fill an empty training table with the catalogue; `execute(sql, params)` runs one statement."""
    if execute("SELECT COUNT(*) FROM training", ()).fetchone()[0]:
        return
    ids = {}
    for title, kind, dayparts, hours, provider, mandatory, validity, description in TRAININGS:
        execute(
            "INSERT INTO training (created_at, updated_at, title, kind, dayparts, hours, provider_kind,"
            " provider_name, cost, description, mandatory, validity_months, active)"
            " VALUES (datetime('now', 'localtime'), datetime('now', 'localtime'), ?, ?, ?, ?, ?, '', NULL, ?, ?, ?,"
            " TRUE)",
            (title, kind, dayparts, hours, provider, description, bool(mandatory), validity),
        )
        # Read back by title rather than through the cursor's lastrowid, which a PostgreSQL server does not give.
        ids[title] = execute("SELECT id FROM training WHERE title = ?", (title,)).fetchone()[0]
    for programme, modules in PROGRAMMES.items():
        for position, module in enumerate(modules):
            execute(
                "INSERT INTO training_module (programme_id, module_id, position) VALUES (?, ?, ?)",
                (ids[programme], ids[module], position),
            )
    for title, role, learner_type, all_staff in REQUIREMENTS:
        execute(
            "INSERT INTO training_requirement (training_id, role, learner_type, all_staff) VALUES (?, ?, ?, ?)",
            (ids[title], role, learner_type, bool(all_staff)),
        )

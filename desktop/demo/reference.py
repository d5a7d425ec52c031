"""Reference data of the demo: the organisation and its settings, locations and teams, staff and their roles,
schools with their supervisors, and programmes with their work processes."""

from __future__ import annotations

import datetime as dt

from desktop.demo.names import (
    JOB_TITLES,
    LOCATION_NAMES,
    ORGANISATION_NAMES,
    POSTCODE_LETTERS,
    SCHOOLS,
    TEAM_NAMES,
)
from desktop.demo.pictures import logo_png
from desktop.demo.rows import RowBuilder
from desktop.storage import models as m

MAX_STAFF = 60_000

# (code, name, crebo, level, learner-type weights) — the crebo codes look like real qualifications.
QUALIFICATIONS = (
    ("vig", "Verzorgende-IG", "25491", "3", {"bbl": 40, "mio": 40, "side_entrant": 50, "bol": 30}),
    # A crebo is one qualification at one level: level 3 and 4 of a dossier each have their own.
    ("mz3", "Maatschappelijke zorg", "25475", "3", {"bbl": 15, "mio": 15, "side_entrant": 20, "bol": 20}),
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

# Contract hours of a 36-hour week (the VVT collective agreement), as FTE, with their share.
FTE_SHARES = {"0.44": 8, "0.56": 14, "0.67": 22, "0.72": 10, "0.78": 14, "0.89": 18, "1.00": 14}
ROLE_JOB_TITLES = {"manager": "Teamleider", "practice_trainer": "Praktijkopleider", "trainer": "Trainer"}


class ReferenceData(RowBuilder):
    """The organisation, its locations, teams and staff with their roles, schools and programmes."""

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
            logo_png(),
            "image/png",
            self.stamp(self.day(-1500)),
            self.now,
            self.seeded.organisation_id,
        )
        for key, value in (("certificate_warning_days", "60"), ("demo", "1"), ("demo_today", str(self.today))):
            self.add(m.AppSetting, key=key, value=value)

    def locations_and_teams(self) -> None:
        self.teams: list[tuple[int, int]] = []  # (team id, location id)
        self.location_ids: list[int] = []
        for name in self.rng.sample(LOCATION_NAMES, self.rng.randint(4, 8)):
            street, _postal, city = self.address()
            location = self.add(m.Location, name=name, address=street, city=city, **self.stamps(self.day(-1500)))
            self.location_ids.append(location)
            for team_name in self.rng.sample(TEAM_NAMES, self.rng.randint(2, 5)):
                team = self.add(m.Team, location_id=location, name=team_name, **self.stamps(self.day(-1500)))
                self.teams.append((team, location))
        self.team_location = dict(self.teams)

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
                m.Staff,
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
            self.change(m.Staff, staff, fte=fte, location_id=location)

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
                self.change(m.Staff, staff, active=True)
                if role in ROLE_JOB_TITLES:
                    self.change(m.Staff, staff, job_title=ROLE_JOB_TITLES[role])
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
        self.add(m.StaffRole, staff_id=staff, role=role, since=since, certified_until=certified_until)

    def schools(self) -> None:
        self.school_ids: dict[str, list[int]] = {"mbo": [], "hbo": []}
        self.supervisors: dict[int, list[tuple[int, str]]] = {}
        for name, kind, city, domain in SCHOOLS:
            street, _postal, _city = self.address()
            school = self.add(
                m.School,
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
                    m.SchoolSupervisor,
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
                        m.Programme,
                        name=name,
                        crebo=crebo,
                        level=level,
                        pathway=pathway,
                        cohort=cohort,
                        active=cohort >= self.today.year - 3,
                        **self.stamps(dt.date(cohort - 1, 6, 1)),
                    )
                    processes = tuple(
                        self.add(m.WorkProcess, programme_id=programme, code=wp_code, title=title, position=i)
                        for i, (wp_code, title) in enumerate(WORK_PROCESSES[code])
                    )
                    self.programme_ids[(code, pathway, cohort)] = (programme, processes)

    def pick_programme(self, learner_type: str, start: dt.date) -> tuple[int, tuple[int, ...]]:
        options = [(q[0], q[4][learner_type]) for q in QUALIFICATIONS if learner_type in q[4]]
        code = self.rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]
        pathway = None if learner_type == "hbo" else ("BOL" if learner_type == "bol" else "BBL")
        cohort = min(max(start.year, self.cohorts[0]), self.cohorts[-1])
        return self.programme_ids[(code, pathway, cohort)]

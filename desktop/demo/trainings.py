"""Trainings of the demo: the catalogue beyond the seeded one, e-learning, classroom and team sessions with
dates, enrolments and attendance, certificates, and the Leertraject vakmanschap with personal goals."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Sequence

from desktop.demo.bpv_forms import LEARNING_GOALS
from desktop.demo.rows import RowBuilder
from desktop.storage import models as m

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
BBL_LIKE = ("bbl", "mio")  # learners who give medication from the start of their period


def _add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# How the learning platform calls some e-learnings in its completions export (not as LeerWerk does).
PLATFORM_COURSES = {
    "vbh_el": "Voorbehouden handelingen - basis (e-learning)",
    "medicatie_el": "Medicatie veilig toedienen",
    "bhv": "BHV Basis e-learning 2026",
    "wzd_el": "Wzd: de basis",
}


class Trainings(RowBuilder):
    """The training catalogue, sessions, enrolments, attendance and certificates."""

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
                m.Training,
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
                    m.TrainingModule,
                    id=next_module + position,
                    programme_id=self.training_ids["vakmanschap"],
                    module_id=self.training_ids[module],
                    position=position,
                )
        for key, role, learner_type, all_staff in REQUIREMENTS:
            if key in added:
                self.add(
                    m.TrainingRequirement,
                    id=next_requirement,
                    training_id=self.training_ids[key],
                    role=role,
                    learner_type=learner_type,
                    all_staff=all_staff,
                )
                next_requirement += 1
        self.course_names()

    def course_names(self) -> None:
        """The learning platform's names of the e-learnings, as its completions export writes them, already matched
        to LeerWerk's trainings (an import remembers them so)."""
        from desktop.services.completions import course_key

        for key, name in PLATFORM_COURSES.items():
            self.add(m.CourseName, name=course_key(name), training_id=self.training_ids[key])

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
            m.Enrolment,
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
            m.Certificate,
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
            m.TrainingSession,
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
                m.SessionDate,
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
            self.add(m.Attendance, enrolment_id=enrolment, session_date_id=date_id, present=present)

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
                m.LearningGoal,
                enrolment_id=enrolment,
                position=position,
                text=text,
                status=self.rng.choice(("achieved", "achieved", "in_progress")) if reviewed else "open",
                review="Nabesproken met de inwerkmentor." if reviewed else "",
                reviewed_by_id=mentor if reviewed else None,
                reviewed_on=last_day if reviewed else None,
                **self.stamps(last_day - dt.timedelta(days=120), last_day if reviewed else None),
            )

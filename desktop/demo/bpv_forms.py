"""What happens inside a demo BPV period: phase tasks, meetings, learning goals, practice assignments and
assessments with their signatures, and the learner's evaluation at the end."""

from __future__ import annotations

import datetime as dt
import random

from desktop.demo.learners import Period
from desktop.demo.rows import RowBuilder
from desktop.services.bpv import phase_windows, phases_reached
from desktop.storage import models as m

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

EVALUATION_REMARKS = (
    "Meer tijd voor de werkbegeleider zou helpen.", "Het inwerkprogramma was duidelijk.",
    "Graag eerder het rooster.", "Fijn team, ik voelde me welkom.", "",
)  # fmt: skip


TALK_WENT_WELL = (
    "Goed ingewerkt en snel zelfstandig.", "De werkbegeleiding was steeds bereikbaar.",
    "De leerdoelen zijn gehaald.", "Fijne samenwerking met het team.",
)  # fmt: skip
TALK_IMPROVEMENTS = (
    "Eerder feedback vragen.", "Meer tijd voor de leeropdrachten inplannen.", "",
    "Het rooster eerder doorgeven aan school.",
)  # fmt: skip
SCHOOL_AGREEMENTS = (
    "Intake voortaan samen met de bpv-docent.\nTussenevaluatie in week 10.",
    "Beoordelingsformulieren digitaal delen.", "Vaste contactpersoon per locatie.",
)  # fmt: skip


class BpvForms(RowBuilder):
    """Everything inside each BPV period the learners area made."""

    def period_details(self) -> None:
        self.form_columns()
        for period in self.periods:
            self.phase_tasks(period)
            self.meetings(period)
            goals = self.period_goals(period)
            self.assignments(period, goals)
            self.assessments(period)
            if period.status == "completed" and self.chance(0.8):
                self.student_evaluation(period)
            # Early leavers are asked too (the policy, 001 §6), and answer less often. A draw of its own keeps
            # the rest of a seed's demo as it was.
            elif period.status == "ended_early" and self.extra_rng.random() < 0.6:
                self.student_evaluation(period)
        # Seeded from the extra draws without taking one, so adding the evaluations changed no other demo row.
        evaluations = random.Random(self.extra_rng.getstate()[1][0])
        for period in self.periods:
            if period.status in ("completed", "ended_early") and evaluations.random() < 0.7:
                self.evaluation_talk(period, evaluations)
        self.school_reviews(evaluations)

    def evaluation_talk(self, period: Period, rng: random.Random) -> None:
        ended = period.ended_on or period.end
        held = max(period.start, min(ended - dt.timedelta(days=rng.randint(0, 10)), self.today))
        participants = [period.learner_name, self.staff_names[period.pt]]
        if period.school_supervisor_name and rng.random() < 0.8:
            participants.append(period.school_supervisor_name)
        self.add(
            m.PeriodEvaluation,
            period_id=period.id,
            held_on=held,
            participants=", ".join(participants),
            went_well=rng.choice(TALK_WENT_WELL),
            improvements=rng.choice(TALK_IMPROVEMENTS),
            **self.stamps(held),
        )

    def school_reviews(self, rng: random.Random) -> None:
        """Each school evaluated once a year, the last two years, most with a follow-up half a year on."""
        for kind_ids in self.school_ids.values():
            for school in kind_ids:
                for years_ago in (1, 0):
                    held = self.day(-365 * years_ago - rng.randint(20, 200))
                    follow_up = held + dt.timedelta(days=182) if rng.random() < 0.8 else None
                    self.add(
                        m.SchoolEvaluation,
                        school_id=school,
                        held_on=held,
                        participants="Opleidingscoördinator, praktijkopleiders, bpv-docent",
                        agreements=rng.choice(SCHOOL_AGREEMENTS),
                        follow_up_on=follow_up,
                        **self.stamps(held),
                    )

    def phase_tasks(self, period: Period) -> None:
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
                m.PhaseTask,
                period_id=period.id,
                template_id=template_id,
                phase=phase,
                role=role,
                position=position,
                title=title,
                done_on=done_on,
                cancelled=done_on is None and period.status == "ended_early",
            )

    def meeting_plan(self, period: Period) -> list[tuple[str, dt.date]]:
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

    def meetings(self, period: Period) -> None:
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
                m.Meeting,
                period_id=period.id,
                kind=kind,
                planned_on=planned,
                held_on=held,
                cancelled=cancelled,
                participants=participants.get(kind, "Lerende, praktijkopleider"),
                notes="Verslag in het dossier." if held and self.chance(0.2) else "",
            )

    def period_goals(self, period: Period) -> list[int]:
        goals = []
        for position, text in enumerate(self.rng.sample(LEARNING_GOALS, self.rng.randint(2, 4))):
            status = self.goal_status(period.status)
            reviewed = status in ("achieved", "dropped")
            reviewed_on = self.between(period.start, min(period.last_day, self.today)) if reviewed else None
            goals.append(
                self.add(
                    m.LearningGoal,
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

    def assignments(self, period: Period, goals: list[int]) -> None:
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
                m.PracticeAssignment,
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
                self.add(m.AssignmentWorkProcess, assignment_id=assignment, work_process_id=process)
            for goal in self.rng.sample(goals, self.rng.randint(0, min(2, len(goals)))):
                self.add(m.AssignmentGoal, assignment_id=assignment, goal_id=goal)
            self.assignment_signatures(period, assignment, number, status, created, deadline)

    def assignment_status(self, period: Period, deadline: dt.date) -> str:
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

    def assessments(self, period: Period) -> None:
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

    def assessment(self, period: Period, kind: str, due: dt.date) -> None:
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
            m.Assessment,
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
                m.AssessmentScore,
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

    def assessment_signatures(self, period: Period, assessment: int, number: str, status: str, talk) -> None:
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

    def form_columns(self) -> None:
        """The online form's columns as matched at its first import: an exported heading is the question."""
        from desktop.services.waardering_import import heading_key

        for question, _kind, text in self.seeded.questions:
            self.add(m.FormColumn, heading=heading_key(text), question_id=question)

    def student_evaluation(self, period: Period) -> None:
        rng = self.rng if period.status == "completed" else self.extra_rng
        ended = period.ended_on or period.end
        submitted = min(ended + dt.timedelta(days=rng.randint(0, 14)), self.today)
        source = self.extra_rng.choices(("online", "paper", "typed"), weights=(6, 3, 1))[0]
        evaluation = self.add(m.StudentEvaluation, period_id=period.id, submitted_on=submitted, source=source)
        for question, kind, _text in self.seeded.questions:
            if kind == "yes_no":
                answer = self.extra_rng.choices(("yes", "no"), weights=(8, 2))[0]
                self.add(m.EvaluationAnswer, evaluation_id=evaluation, question_id=question, text=answer)
            elif kind == "scale":
                score = rng.choices((1, 2, 3, 4, 5), weights=(2, 5, 18, 45, 30))[0]
                self.add(m.EvaluationAnswer, evaluation_id=evaluation, question_id=question, score=score)
            else:
                self.add(
                    m.EvaluationAnswer,
                    evaluation_id=evaluation,
                    question_id=question,
                    text=rng.choice(EVALUATION_REMARKS),
                )

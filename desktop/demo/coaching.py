"""Coaching in the demo: trajectories after the vakmanschap training, for work supervisors and for learners,
with their steps, goals and signatures, and the coaches' own meetings."""

from __future__ import annotations

import datetime as dt

from desktop.demo.rows import RowBuilder
from desktop.storage import models as m

COACHING_GOALS = (
    "Ik geef werkbegeleiding met open vragen in plaats van oplossingen.",
    "Ik bespreek de voortgang van de leerling elke twee weken.",
    "Ik pas wat ik in de training leerde toe in de teamoverdracht.",
    "Ik durf een collega aan te spreken op afspraken.",
    "Ik breng mijn eigen grenzen in werkdruk eerder ter sprake.",
)


class Coaching(RowBuilder):
    """Coaching trajectories, their steps and goals, and the coaches' meetings."""

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
            m.CoachingTrajectory,
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
                m.CoachingStep,
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
                m.LearningGoal,
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
                meeting = self.add(m.CoachMeeting, held_on=held, notes="Intervisie en afstemming van de trajecten.")
                for coach in self.rng.sample(self.coaches, max(1, len(self.coaches) * 3 // 4)):
                    self.add(m.CoachMeetingAttendee, meeting_id=meeting, staff_id=coach)

"""Learners of the demo and their BPV periods: types and states in fixed shares, some with an earlier period,
mio and BBL learners often also on the staff."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from desktop.demo.rows import RowBuilder
from desktop.services.bpv import phase_windows, supernumerary_until
from desktop.storage import choices
from desktop.storage import models as m
from desktop.textsearch import fold

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
LEARNER_JOB_TITLES = {"mio": "Medewerker in opleiding", "bbl": "Leerling-werknemer (BBL)"}

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


@dataclass
class Period:
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


class LearnersAndPeriods(RowBuilder):
    """Learners and their BPV periods (kept in `periods` for the areas after this one)."""

    def learners_and_periods(self) -> None:
        self.periods: list[Period] = []
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
            self.change(m.Staff, staff, job_title=LEARNER_JOB_TITLES[learner_type], active=True)
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
        learner_id = len(self.rows[m.Learner]) + 1
        name = " ".join(part for part in (first, prefix, last) if part)
        self.learner_names[learner_id] = name
        timeline = self.period_timeline(learner_type, status, phase)
        closed = all(item[0] in ("completed", "ended_early") for item in timeline)
        archived = closed and (timeline[-1][4] or timeline[-1][3]) < self.day(-365)
        self.add(
            m.Learner,
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
            m.BpvPeriod,
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
            Period(
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

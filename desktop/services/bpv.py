"""The rules of a BPV period that follow from its dates: phases, supernumerary time, meetings, tasks.

These are plain functions on dates and codes (no database), so the period service, the import and
the demo data plan a period the same way. `sync_period` applies them to a stored period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

PHASE_ORDER = ("introduction", "work_and_learn", "evaluation")
SUPERNUMERARY_WEEKS = 2  # BBL students, mio's and side entrants: their first two weeks
WHOLE_PERIOD_SUPERNUMERARY = ("bol", "hbo")  # interns are supernumerary for the whole period
OPEN_ENDED_DAYS = 365  # a period without an end date is planned one year ahead
ONCE = ("introduction", "induction_evaluation", "interim_assessment", "final_assessment")
RECURRING = ("monthly_evaluation", "supervisor_evaluation")
PLANNED_KINDS = ONCE + RECURRING


def phase_windows(length: int) -> tuple[int, int]:
    """Days from the start at which the work-and-learn and the evaluation phase begin."""
    intro = min(42, max(14, length * 15 // 100))
    evaluation = max(intro + 7, length - max(21, length * 15 // 100))
    return intro, evaluation


def phase_on(start: dt.date, end: dt.date | None, day: dt.date) -> str:
    """The phase a period is in on `day`, by the usual share of time per phase."""
    length = ((end or start + dt.timedelta(days=OPEN_ENDED_DAYS)) - start).days
    intro, evaluation = phase_windows(length)
    elapsed = (day - start).days
    if elapsed < intro:
        return "introduction"
    return "work_and_learn" if elapsed < evaluation else "evaluation"


def state_on(start: dt.date, end: dt.date | None, day: dt.date) -> tuple[str, str]:
    """Status and phase a period has on `day` by its dates: planned, active (in its phase) or completed."""
    if start > day:
        return "planned", "introduction"
    if end is not None and end < day:
        return "completed", "evaluation"
    return "active", phase_on(start, end, day)


def supernumerary_until(learner_type: str, start: dt.date, end: dt.date | None) -> dt.date | None:
    """Interns are supernumerary (boventallig) for the whole period, the others for two weeks."""
    if learner_type in WHOLE_PERIOD_SUPERNUMERARY:
        return end
    return start + dt.timedelta(weeks=SUPERNUMERARY_WEEKS) - dt.timedelta(days=1)


def plan_meetings(
    start: dt.date, end: dt.date | None, supervisor_weeks: int, today: dt.date | None = None
) -> list[tuple[str, dt.date]]:
    """The meetings of a period, by date: introduction talk, end-of-induction evaluation, monthly
    evaluations with the practice trainer, evaluations every one or two weeks with the work
    supervisor, and (with an end date) the interim and final assessment.

    With `today`, recurring talks before today are left out: a period entered or imported while it
    runs would otherwise start with months of "overdue" talks nobody can account for. The milestones
    (introduction, induction, interim and final) stay, so they can still be recorded."""
    last = end or start + dt.timedelta(days=OPEN_ENDED_DAYS)
    length = (last - start).days
    intro, evaluation = phase_windows(length)
    plan = [("introduction", start), ("induction_evaluation", start + dt.timedelta(days=intro))]
    day = start + dt.timedelta(days=intro + 28)
    while day < start + dt.timedelta(days=evaluation if end else length):
        plan.append(("monthly_evaluation", day))
        day += dt.timedelta(days=28)
    step = dt.timedelta(weeks=supervisor_weeks)
    day = start + step
    while day < last - dt.timedelta(days=3):
        plan.append(("supervisor_evaluation", day))
        day += step
    if end is not None and length >= 28:
        plan.append(("interim_assessment", start + dt.timedelta(days=length // 2)))
        plan.append(("final_assessment", max(start, end - dt.timedelta(days=7))))
    plan = [item for item in plan if item[1] <= last and (today is None or item[0] in ONCE or item[1] >= today)]
    return sorted(plan, key=lambda item: (item[1], PLANNED_KINDS.index(item[0])))


def phases_reached(phase: str) -> tuple[str, ...]:
    return PHASE_ORDER[: PHASE_ORDER.index(phase) + 1]


def phases_after(phase: str) -> tuple[str, ...]:
    return PHASE_ORDER[PHASE_ORDER.index(phase) + 1 :]


def applicable(templates: Iterable, learner_type: str, phases: Iterable[str]):
    """The active task templates of `phases` that apply to this learner (mio's skip some)."""
    wanted = set(phases)
    return [
        template
        for template in templates
        if template.active and template.phase in wanted and (learner_type != "mio" or template.applies_to_mio)
    ]

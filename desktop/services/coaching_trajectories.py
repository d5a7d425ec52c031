"""Coaching trajectories, their steps and learning goals.

A trajectory links a participant (a staff member or a learner) with a coach (a leercoach, or a
praktijkopleider coaching a werkbegeleider), the participant's manager and, optionally, the training
enrolment it supports. Its steps follow the method of the leercoach model (domain.md, "Coaching"):
learning goals with the coach, intake with the manager, progress talks, the final evaluation, the
borgingsbijeenkomst and, for a training, the return day three months after the training ends.

The intake agreement is signed by participant, coach and manager through `desktop.services.signing`
(kind "trajectory"). What they sign, and what is fixed while their signatures stand: the people, the
training, the learning goals, what the manager expects and contributes, and the planned steps (kind and
date). When a step was held, who took part, notes, goal progress and the status stay open to change.
The coaches' overview and their meetings build on this module: `desktop.services.coaches`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import peewee

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import signing
from desktop.services import validation as v
from desktop.services.base import CrudService, Snapshot, audit, count_held_change, signed_content_refused
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.models import NamedRow, _now, db, display_name, iso_date, sort_name
from desktop.textsearch import fold

OPEN_STATUSES = ("planned", "active")  # a trajectory that still has steps to come
INTAKE_AFTER_DAYS = 14
PROGRESS_EVERY_DAYS = 42
MAX_PROGRESS_TALKS = 4
DEFAULT_LENGTH_DAYS = 120  # without a training, the evaluation is planned four months after the start
CONSOLIDATION_AFTER_DAYS = 28
RETURN_DAY_MONTHS = 3
STEP_KINDS = choices.COACHING_STEP_ORDER


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved `months` calendar months on, on the last day of a shorter month (31 May + 3 → 31 Aug)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- the plan ---------------------------------------------------------------------------------------


@dataclass
class StepLine:
    """One step of a trajectory as the dialog edits it (id None: not stored yet)."""

    kind: str
    planned_on: dt.date | None = None
    held_on: dt.date | None = None
    participants: str = ""
    notes: str = ""
    id: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        """Planned before `today` and not held; a date still being typed (text) is not overdue."""
        return self.held_on is None and isinstance(self.planned_on, dt.date) and self.planned_on < today


def plan_steps(kind: str, start: dt.date, training_end: dt.date | None) -> list[StepLine]:
    """The steps of the method, planned from the start and the end of the training.

    Learning goals with the coach at the start; the intake with the manager two weeks later; a
    progress talk every six weeks or so (at least one, at most four) until the evaluation at the end of
    the training (or four months after the start without one); the borgingsbijeenkomst four weeks after
    it; and for a learning coach of a training the return day three months after the training ends.
    """
    end = training_end or start + dt.timedelta(days=DEFAULT_LENGTH_DAYS)
    intake = start + dt.timedelta(days=INTAKE_AFTER_DAYS)
    end = max(end, intake + dt.timedelta(days=2))
    span = (end - intake).days
    talks = max(1, min(MAX_PROGRESS_TALKS, span // PROGRESS_EVERY_DAYS))
    participants = _default_participants()
    steps = [StepLine("learning_goals", start, participants=participants["learning_goals"])]
    steps.append(StepLine("intake", intake, participants=participants["intake"]))
    for index in range(1, talks + 1):
        steps.append(StepLine("progress", intake + dt.timedelta(days=span * index // (talks + 1)),
                              participants=participants["progress"]))  # fmt: skip
    steps.append(StepLine("evaluation", end, participants=participants["evaluation"]))
    steps.append(
        StepLine("consolidation", end + dt.timedelta(days=CONSOLIDATION_AFTER_DAYS),
                 participants=participants["consolidation"])
    )  # fmt: skip
    if kind == "learning_coach":
        steps.append(
            StepLine("return_day", add_months(end, RETURN_DAY_MONTHS), participants=participants["return_day"])
        )
    return steps


def _default_participants() -> dict[str, str]:
    with_manager = _("participant, coach, manager")
    return {
        "learning_goals": _("participant, coach"),
        "intake": with_manager,
        "progress": _("participant, coach"),
        "evaluation": with_manager,
        "consolidation": with_manager,
        "return_day": _("participant"),
    }


def replan(kind: str, start: dt.date, training_end: dt.date | None, current: list[StepLine]) -> list[StepLine]:
    """A new plan that keeps every step that was held (or has notes) and plans the rest afresh."""
    kept = [s for s in current if s.held_on is not None or s.notes.strip()]
    planned = plan_steps(kind, start, training_end)
    done_kinds = {s.kind for s in kept if s.kind != "progress"}
    held_progress = sum(1 for s in kept if s.kind == "progress")
    fresh = []
    for step in planned:
        if step.kind in done_kinds:
            continue
        if step.kind == "progress" and held_progress:
            held_progress -= 1
            continue
        fresh.append(step)
    return sorted(kept + fresh, key=lambda s: (STEP_KINDS.index(s.kind), s.planned_on or s.held_on or dt.date.max))


def training_end_of(enrolment_id: int | None) -> dt.date | None:
    """The last date of the session an enrolment is for (None without session or dates)."""
    if not enrolment_id:
        return None
    sql = """SELECT MAX(d.date) FROM enrolment e JOIN session_date d ON d.session_id = e.session_id
             WHERE e.id = ?"""
    row = db.execute_sql(sql, [enrolment_id]).fetchone()
    return iso_date(row[0]) if row else None


def number_of(trajectory_id: int) -> str:
    """How a trajectory is named on paper: "CT-00042"."""
    return f"CT-{trajectory_id:05d}"


# -- saving -------------------------------------------------------------------------------------------------


class TrajectoryService(CrudService):
    model = m.CoachingTrajectory
    vocabularies = {"kind": choices.TRAJECTORY_KINDS, "status": choices.TRAJECTORY_STATUSES}

    def check(self, data, instance):
        staff, learner = data.get("participant_staff"), data.get("participant_learner")
        if not staff and not learner:
            raise ValidationError("participant", _("Choose the participant: a staff member or a learner."))
        if staff and learner:
            raise ValidationError("participant", _("A trajectory has one participant: a staff member or a learner."))
        if staff and data.get("coach") == staff:
            raise ValidationError("coach", _("The participant cannot be their own coach."))
        if staff and data.get("manager") == staff:
            raise ValidationError("manager", _("The participant cannot be their own manager."))
        enrolment = data.get("enrolment")
        if enrolment:
            row = m.Enrolment.get_by_id(enrolment)
            if (row.staff_id, row.learner_id) != (staff, learner):
                raise ValidationError("enrolment", _("This enrolment belongs to someone else than the participant."))
        started, ended = data.get("started_on"), data.get("ended_on")
        if started and ended and ended < started:
            raise ValidationError("ended_on", _("Cannot be before the start date."))
        v.past_date("ended_on", ended)
        if data.get("status") in ("completed", "stopped") and not ended:
            raise ValidationError("ended_on", _("Give the date the trajectory ended."))
        if data.get("status") == "planned" and ended:
            raise ValidationError("status", _("A trajectory that has ended is completed or stopped, not planned."))


TRAJECTORIES = TrajectoryService()


def get_trajectory(trajectory_id: int) -> m.CoachingTrajectory:
    return signing.get_form("trajectory", trajectory_id)


def _clean_steps(steps: list[StepLine], today: dt.date) -> list[StepLine]:
    clean = []
    for number, step in enumerate(steps, start=1):
        where = _("Step {number}").format(number=number)
        if step.kind in choices.COACHING_STEPS:
            where = f"{where} ({choices.label(choices.COACHING_STEPS, step.kind)})"

        def fail(message: str, where: str = where, number: int = number) -> ValidationError:
            return ValidationError("steps", f"{where}: {message}", row=number)

        if step.kind not in choices.COACHING_STEPS:
            raise fail(_("choose what kind of step it is."))
        try:
            planned = v.date("planned_on", step.planned_on)
            held = v.past_date("held_on", step.held_on, today=today)
            participants = v.text("participants", step.participants, max_length=500)
            notes = v.text("notes", step.notes, max_length=20000, multiline=True)
        except ValidationError as error:
            raise fail(error.message) from None
        if planned is None and held is None:
            raise fail(_("give the date it is planned on, or when it was held."))
        clean.append(StepLine(step.kind, planned, held, participants, notes, step.id))
    return clean


@dataclass
class GoalLine:
    """One learning goal of a trajectory as the dialog edits it (id None: not stored yet)."""

    text: str
    status: str = "open"
    review: str = ""
    reviewed_on: dt.date | None = None
    id: int | None = None


def _clean_goals(goals: list[GoalLine], today: dt.date) -> list[GoalLine]:
    clean = []
    for number, goal in enumerate(goals, start=1):
        where = _("Learning goal {number}").format(number=number)
        try:
            text = v.text("text", goal.text, required=True, max_length=2000, multiline=True)
            status = v.choice("status", goal.status, choices.GOAL_STATUSES)
            review = v.text("review", goal.review, max_length=20000, multiline=True)
            reviewed = v.past_date("reviewed_on", goal.reviewed_on, today=today)
        except ValidationError as error:
            raise ValidationError("goals", f"{where}: {error.message}", row=number) from None
        clean.append(GoalLine(text, status, review, reviewed, goal.id))
    return clean


def default_signers(trajectory: m.CoachingTrajectory) -> list[signing.Signer]:
    """The three who sign the intake agreement; the manager's name is blank while none is known."""
    participant = trajectory.participant_staff or trajectory.participant_learner
    return [
        signing.Signer("participant", participant.display_name),
        signing.Signer("coach", trajectory.coach.display_name),
        signing.Signer("manager", trajectory.manager.display_name if trajectory.manager_id else ""),
    ]


def save_trajectory(
    trajectory_id: int | None,
    values: dict,
    *,
    steps: list[StepLine] | None = None,
    goals: list[GoalLine] | None = None,
    today: dt.date | None = None,
    seen_version: int | None = None,
) -> m.CoachingTrajectory:
    """Create or change a trajectory with its steps and learning goals, in one transaction.

    A new trajectory without `steps` gets the steps of the method. While the intake agreement has
    signatures that stand, changing what it says is refused and nothing is written; a change is refused too when
    someone else changed the trajectory (or its steps and goals) since `seen_version`, the one the dialog read."""
    day = today or clock.today()
    values = dict(values)
    with db.atomic():
        if trajectory_id is None:
            cleaned = TRAJECTORIES.clean(values, partial=False)
            _fill_dates(values, cleaned, None, day)
            if not cleaned.get("training_ends_on") and cleaned.get("enrolment"):
                values["training_ends_on"] = training_end_of(cleaned["enrolment"])
            trajectory = TRAJECTORIES.create(**values)
            before = None
            if steps is None:
                start = trajectory.started_on or day
                steps = plan_steps(trajectory.kind, start, trajectory.training_ends_on)
        else:
            trajectory = get_trajectory(trajectory_id)
            if seen_version is not None and trajectory.version != seen_version:
                raise TRAJECTORIES.changed_since_read(trajectory.id)
            read = TRAJECTORIES.snapshot(trajectory) if seen_version is not None else None
            before = signing.fixed_content("trajectory", trajectory.id)
            _fill_dates(values, TRAJECTORIES.clean(values, partial=True), trajectory, day)
            if values:
                trajectory, _previous = TRAJECTORIES.update(trajectory.id, seen_version=seen_version, **values)
        with signed_content_refused("trajectory"):
            if steps is not None:
                _write_steps(trajectory.id, _clean_steps(steps, day))
            if goals is not None:
                _write_goals(trajectory.id, _clean_goals(goals, day))
        trajectory = get_trajectory(trajectory.id)
        signing.set_signers("trajectory", trajectory, "final", default_signers(trajectory))
        if trajectory_id is not None:
            count_held_change(TRAJECTORIES, trajectory.id, seen_version, read)
        signing.frozen_guard("trajectory", trajectory.id, before)
    return get_trajectory(trajectory.id)


def _fill_dates(values: dict, cleaned: dict, trajectory: m.CoachingTrajectory | None, day: dt.date) -> None:
    """A trajectory that becomes active has started, one that is completed or stopped has ended: today,
    unless a date is given."""
    status = cleaned.get("status")
    started = cleaned["started_on"] if "started_on" in cleaned else trajectory and trajectory.started_on
    ended = cleaned["ended_on"] if "ended_on" in cleaned else trajectory and trajectory.ended_on
    if status in ("active", "completed") and not started:
        values["started_on"] = min(day, ended) if ended else day
    if status in ("completed", "stopped") and not ended:
        values["ended_on"] = day


def _write_steps(trajectory_id: int, steps: list[StepLine]) -> None:
    lines = [
        (step.id, {"kind": step.kind, "position": position, "planned_on": step.planned_on, "held_on": step.held_on,
                   "participants": step.participants, "notes": step.notes})
        for position, step in enumerate(steps)
    ]  # fmt: skip
    message = _("This step belongs to another trajectory or no longer exists.")
    _write_lines(m.CoachingStep, trajectory_id, lines, "steps", message)


def _write_goals(trajectory_id: int, goals: list[GoalLine]) -> None:
    lines = [
        (goal.id, {"position": position, "text": goal.text, "status": goal.status, "review": goal.review,
                   "reviewed_on": goal.reviewed_on})
        for position, goal in enumerate(goals)
    ]  # fmt: skip
    message = _("This learning goal belongs to another trajectory or no longer exists.")
    _write_lines(m.LearningGoal, trajectory_id, lines, "goals", message)


def _write_lines(model, trajectory_id: int, lines: list[tuple[int | None, dict]], field: str, unknown: str) -> None:
    """Make the trajectory's rows of `model` exactly `lines` ((id or None for a new one, values), in
    order): rows left out are deleted, changed ones updated, each change in the audit log."""
    stored = {row.id: row for row in model.select().where(model.trajectory == trajectory_id)}
    keep = {line_id for line_id, _values in lines if line_id is not None}
    if keep - set(stored):
        raise ValidationError(field, unknown)
    gone = [row_id for row_id in stored if row_id not in keep]
    if gone:
        model.delete().where(model.id.in_(gone)).execute()
        audit("delete", model._meta.table_name, trajectory_id, [field])
    stamp = {"updated_at": _now()} if issubclass(model, m.TimestampedModel) else {}
    for line_id, values in lines:
        if line_id is None:
            model.create(trajectory=trajectory_id, **values)
            continue
        changed = [name for name, value in values.items() if getattr(stored[line_id], name) != value]
        if changed:
            model.update(**values, **stamp).where(model.id == line_id).execute()
            audit("update", model._meta.table_name, line_id, changed)


def ever_signed(trajectory_id: int) -> bool:
    query = m.Signature.select().where((m.Signature.trajectory == trajectory_id) & m.Signature.signed_at.is_null(False))
    return query.exists()


def delete_trajectory(trajectory_id: int, seen_version: int | None = None) -> Snapshot:
    """Delete a trajectory whose intake agreement nobody ever signed (signatures are evidence); refused when
    someone else changed it since `seen_version` (what an undo step left)."""
    trajectory = get_trajectory(trajectory_id)
    if ever_signed(trajectory.id):
        raise ValidationError("id", _("The intake agreement of this trajectory has been signed, so it must be kept."))
    return TRAJECTORIES.delete_unchanged(trajectory.id, seen_version)


def snapshot_trajectory(trajectory_id: int) -> Snapshot:
    return TRAJECTORIES.snapshot(get_trajectory(trajectory_id))


def replace_trajectory(snapshot: Snapshot, seen_version: int | None = None) -> int | None:
    """Put a trajectory back as in `snapshot` (undo and redo of an edit); refused once it was signed
    or reopened since, or changed by someone else since `seen_version` (the version the step left). Returns the
    version it has now."""
    return signing.replace_signed("trajectory", snapshot, TRAJECTORIES, seen_version)


def restore_trajectory(snapshot: Snapshot) -> None:
    """Undo of a delete."""
    try:
        with db.atomic():
            TRAJECTORIES.restore(snapshot)
    except peewee.IntegrityError:
        raise ValidationError(
            "id", _("What this trajectory referred to has changed since; this step can no longer be undone.")
        ) from None


# -- the list of trajectories ------------------------------------------------------------------------------


@dataclass(slots=True)
class TrajectoryRow(NamedRow):
    """One line of the trajectories list, read with all others in a few queries."""

    id: int
    kind: str
    status: str
    participant_kind: str  # "staff" or "learner"
    first_name: str
    name_prefix: str
    last_name: str
    coach_id: int
    coach: str
    coach_sort: str
    manager: str
    training: str
    started_on: dt.date | None
    ended_on: dt.date | None
    next_kind: str = ""
    next_on: dt.date | None = None
    overdue_steps: int = 0
    signers: int = 0
    signed: int = 0

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def overdue(self) -> bool:
        return self.is_open and self.overdue_steps > 0


TRAJECTORY_SQL = """
SELECT t.id, t.kind, t.status,
       CASE WHEN t.participant_staff_id IS NOT NULL THEN 'staff' ELSE 'learner' END,
       COALESCE(ps.first_name, pl.first_name), COALESCE(ps.name_prefix, pl.name_prefix),
       COALESCE(ps.last_name, pl.last_name),
       t.coach_id, c.first_name, c.name_prefix, c.last_name,
       mg.first_name, mg.name_prefix, mg.last_name,
       tr.title, t.started_on, t.ended_on
FROM coaching_trajectory t
JOIN staff c ON c.id = t.coach_id
LEFT JOIN staff ps ON ps.id = t.participant_staff_id
LEFT JOIN learner pl ON pl.id = t.participant_learner_id
LEFT JOIN staff mg ON mg.id = t.manager_id
LEFT JOIN enrolment e ON e.id = t.enrolment_id
LEFT JOIN training tr ON tr.id = e.training_id
{where}
"""

OPEN_STEPS_SQL = """
SELECT s.trajectory_id, s.kind, s.planned_on FROM coaching_step s
JOIN coaching_trajectory t ON t.id = s.trajectory_id
WHERE s.held_on IS NULL AND t.status IN ('planned', 'active') {where}
ORDER BY s.trajectory_id, s.planned_on IS NULL, s.planned_on, s.position, s.id
"""

TRAJECTORY_SIGNER_SQL = """
SELECT trajectory_id, COUNT(*), COUNT(signed_at) FROM signature
WHERE trajectory_id IS NOT NULL AND voided_at IS NULL {where} GROUP BY trajectory_id
"""


def trajectory_rows(ids: list[int] | None = None, today: dt.date | None = None) -> list[TrajectoryRow]:
    """Every trajectory (or those in `ids`) with its people, training, next step and signing state."""
    day = today or clock.today()
    where, params = "", []
    if ids is not None:
        if not ids:
            return []
        where, params = f"IN ({', '.join('?' * len(ids))})", list(ids)
    rows: dict[int, TrajectoryRow] = {}
    for r in db.execute_sql(TRAJECTORY_SQL.format(where=f"WHERE t.id {where}" if where else ""), params):
        rows[r[0]] = TrajectoryRow(
            r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6] or "", r[7],
            display_name(r[8], r[9], r[10]), sort_name(r[8], r[9], r[10]),
            display_name(r[11], r[12], r[13]) if r[13] else "", r[14] or "", iso_date(r[15]), iso_date(r[16]),
        )  # fmt: skip
    step_where = f"AND s.trajectory_id {where}" if where else ""
    for owner, kind, planned in db.execute_sql(OPEN_STEPS_SQL.format(where=step_where), params):
        row = rows.get(owner)
        if row is None:
            continue
        planned = iso_date(planned)
        if not row.next_kind:
            row.next_kind, row.next_on = kind, planned
        if planned is not None and planned < day:
            row.overdue_steps += 1
    signer_where = f"AND trajectory_id {where}" if where else ""
    for owner, count, signed in db.execute_sql(TRAJECTORY_SIGNER_SQL.format(where=signer_where), params):
        if owner in rows:
            rows[owner].signers, rows[owner].signed = count, signed or 0
    return list(rows.values())


def steps_of(trajectory_id: int) -> list[StepLine]:
    query = (
        m.CoachingStep.select()
        .where(m.CoachingStep.trajectory == trajectory_id)
        .order_by(m.CoachingStep.position, m.CoachingStep.id)
    )
    return [StepLine(s.kind, s.planned_on, s.held_on, s.participants, s.notes, s.id) for s in query]


def goals_of(trajectory_id: int) -> list[GoalLine]:
    query = (
        m.LearningGoal.select()
        .where(m.LearningGoal.trajectory == trajectory_id)
        .order_by(m.LearningGoal.position, m.LearningGoal.id)
    )
    return [GoalLine(g.text, g.status, g.review, g.reviewed_on, g.id) for g in query]


# -- choices for the dialog ---------------------------------------------------------------------------------


def _staff_with_roles(roles: tuple[str, ...], include: int | None) -> list[tuple[int, str]]:
    query = (
        m.Staff.select(m.Staff.id, m.Staff.first_name, m.Staff.name_prefix, m.Staff.last_name)
        .join(m.StaffRole)
        .where((m.StaffRole.role.in_(roles) & m.Staff.active) | (m.Staff.id == (include or 0)))
        .distinct()
    )
    people = sorted(query, key=lambda s: (fold(s.sort_name), s.id))
    chosen = [(s.id, s.display_name) for s in people]
    if include and all(number != include for number, _name in chosen):
        staff = m.Staff.get_or_none(m.Staff.id == include)
        if staff is not None:
            chosen.append((staff.id, staff.display_name))
    return chosen


def coach_choices(include: int | None = None) -> list[tuple[int, str]]:
    """Leercoaches and praktijkopleiders (a praktijkopleider coaches werkbegeleiders), by last name."""
    return _staff_with_roles(("learning_coach", "practice_trainer"), include)


def manager_choices(include: int | None = None) -> list[tuple[int, str]]:
    return _staff_with_roles(("manager",), include)


def participant_choices(include: tuple[str, int] | None = None) -> list[tuple[tuple[str, int], str, str]]:
    """Active staff and learners still on the books, as ((kind, id), name, sort key), by last name."""
    keep_staff = include[1] if include and include[0] == "staff" else 0
    keep_learner = include[1] if include and include[0] == "learner" else 0
    people = []
    sql = "SELECT id, first_name, name_prefix, last_name FROM staff WHERE active OR id = ?"
    for number, first, prefix, last in db.execute_sql(sql, [keep_staff]):
        people.append((("staff", number), display_name(first, prefix, last), sort_name(first, prefix, last)))
    sql = "SELECT id, first_name, name_prefix, last_name FROM learner WHERE NOT archived OR id = ?"
    for number, first, prefix, last in db.execute_sql(sql, [keep_learner]):
        people.append((("learner", number), display_name(first, prefix, last), sort_name(first, prefix, last)))
    people.sort(key=lambda p: (fold(p[2]), p[0]))
    return people


def enrolment_choices(participant: tuple[str, int] | None, include: int | None = None) -> list[tuple[int, str]]:
    """The participant's enrolments that are not cancelled (and `include`), newest first."""
    if participant is None:
        return []
    column = m.Enrolment.staff if participant[0] == "staff" else m.Enrolment.learner
    query = (
        m.Enrolment.select(m.Enrolment, m.Training)
        .join(m.Training)
        .where((column == participant[1]) & ((m.Enrolment.status != "cancelled") | (m.Enrolment.id == (include or 0))))
        .order_by(m.Enrolment.enrolled_on.desc(), m.Enrolment.id.desc())
    )
    result = []
    for enrolment in query:
        end = training_end_of(enrolment.id)
        label = enrolment.training.title
        if end is not None:
            label = _("{training} (until {date})").format(training=label, date=end.isoformat())
        result.append((enrolment.id, label))
    return result


def suggested_manager(participant: tuple[str, int] | None) -> int | None:
    """The manager of the participant's team (for a learner: of the team of their current period)."""
    if participant is None:
        return None
    if participant[0] == "staff":
        team = m.Staff.select(m.Staff.team).where(m.Staff.id == participant[1]).scalar()
    else:
        team = (
            m.BpvPeriod.select(m.BpvPeriod.team)
            .where(m.BpvPeriod.learner == participant[1])
            .order_by(m.BpvPeriod.start_date.desc())
            .scalar()
        )
    if not team:
        return None
    query = (
        m.Staff.select(m.Staff.id)
        .join(m.StaffRole)
        .where(
            (m.Staff.team == team)
            & (m.StaffRole.role == "manager")
            & m.Staff.active
            & (m.Staff.id != (participant[1] if participant[0] == "staff" else 0))
        )
        .order_by(m.Staff.id)
    )
    return query.scalar()

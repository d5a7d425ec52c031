"""Evaluating the period and the school: SBB's fourth stage (001, Bijlage 1, *Evaluatie*).

The leerbedrijf evaluates each BPV period at its end in a talk with the student, the praktijkopleider and the
school's bpv-begeleider (at most one talk per period), and once a year evaluates the cooperation with each
school: who took part, what was agreed, when to look again. Beside a school's evaluation stand the school's
figures of that year, with the reports' small-group rule (`reports.SMALL_GROUP`): no mean studentwaardering
from fewer than 5 responses, no count of 1 to 4 early endings, and no figures at all for fewer than 5
placements, so that no student can be singled out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _, format_date
from desktop.services import validation as v
from desktop.services.base import audit, save_read_record, transaction
from desktop.services.reports import SMALL_GROUP
from desktop.services.waardering import ENDED_ON_SQL, period_details
from desktop.storage.models import PeriodEvaluation, School, SchoolEvaluation, db

MAX_PARTICIPANTS = 500
MAX_NOTES = 4000


def _held_on(value, *, not_before: dt.date | None = None, before_what: str = "") -> dt.date:
    day = v.date("held_on", value, required=True)
    if day > clock.today():
        raise ValidationError("held_on", _("The evaluation cannot be held on a day still to come."))
    if not_before is not None and day < not_before:
        raise ValidationError("held_on", before_what)
    return day


@dataclass(frozen=True)
class PeriodTalk:
    id: int
    period_id: int
    held_on: dt.date
    participants: str
    went_well: str
    improvements: str
    version: int = 0  # as read, for a save to state


def talk_of(period_id: int) -> PeriodTalk | None:
    """The evaluation talk of the period, or None when none was held."""
    row = PeriodEvaluation.get_or_none(PeriodEvaluation.period == period_id)
    if row is None:
        return None
    return PeriodTalk(row.id, period_id, row.held_on, row.participants, row.went_well, row.improvements, row.version)


def default_participants(period_id: int) -> str:
    """Who normally takes part in the period's talk: the student, the praktijkopleider, the bpv-begeleider."""
    details = period_details(period_id)
    row = db.execute_sql(
        """SELECT s.first_name, s.name_prefix, s.last_name FROM bpv_period p
        JOIN school_supervisor s ON s.id = p.school_supervisor_id WHERE p.id = ?""",
        (period_id,),
    ).fetchone()
    names = [details.learner, details.practice_trainer]
    if row is not None:
        names.append(" ".join(part for part in row if part))
    return ", ".join(name for name in names if name)


def save_talk(period_id: int, held_on, participants, went_well, improvements, seen_version: int | None = None) -> int:
    """Store the period's evaluation talk (replacing the one stored); returns its id. `seen_version`: the version
    of the talk the dialog showed (0: it showed none); refused when someone else saved one since."""
    details = period_details(period_id)
    day = _held_on(
        held_on,
        not_before=details.start_date,
        before_what=_("The evaluation talk cannot be held before the BPV period started ({date}).").format(
            date=format_date(details.start_date)
        ),
    )
    values = {
        "held_on": day,
        "participants": v.text("participants", participants, required=True, max_length=MAX_PARTICIPANTS),
        "went_well": v.text("went_well", went_well, max_length=MAX_NOTES, multiline=True),
        "improvements": v.text("improvements", improvements, max_length=MAX_NOTES, multiline=True),
    }
    if not values["went_well"] and not values["improvements"]:
        raise ValidationError("went_well", _("Write down what went well or a point for improvement."))
    with transaction():
        row = PeriodEvaluation.get_or_none(PeriodEvaluation.period == period_id)
        if row is None:
            row = PeriodEvaluation.create(period=period_id, **values)
            audit("create", "period_evaluation", row.id, sorted(values))
        else:
            if seen_version is not None:
                from desktop.services import service_for

                service_for(PeriodEvaluation).claim_version(row.id, seen_version)
            changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
            PeriodEvaluation.update(**values, updated_at=dt.datetime.now()).where(
                PeriodEvaluation.id == row.id
            ).execute()
            audit("update", "period_evaluation", row.id, changed)
    return row.id


def delete_talk(period_id: int, seen_version: int | None = None) -> None:
    """Delete the period's evaluation talk; refused when someone else changed it since `seen_version` (the one the
    dialog showed)."""
    from desktop.services import service_for

    row = PeriodEvaluation.get_or_none(PeriodEvaluation.period == period_id)
    if row is None:
        return
    service_for(PeriodEvaluation).delete_unchanged(row.id, seen_version)


@dataclass(frozen=True)
class SchoolReview:
    id: int
    school_id: int
    held_on: dt.date
    participants: str
    agreements: str
    follow_up_on: dt.date | None
    version: int = 0  # as read, for a save or delete to state


def _school(school_id: int) -> School:
    school = School.get_or_none(School.id == school_id)
    if school is None:
        raise NotFoundError(_("The school with number {id} does not exist.").format(id=school_id))
    return school


def school_choices() -> list[tuple[int, str]]:
    """Every school by name, the active ones first: whom an evaluation can be with."""
    query = School.select(School.id, School.name).order_by(School.active.desc(), School.name)
    return [(school.id, school.name) for school in query]


def school_reviews(school_id: int) -> list[SchoolReview]:
    """The school's evaluations of the cooperation, the newest first."""
    query = SchoolEvaluation.select().where(SchoolEvaluation.school == school_id)
    return [
        SchoolReview(row.id, school_id, row.held_on, row.participants, row.agreements, row.follow_up_on, row.version)
        for row in query.order_by(SchoolEvaluation.held_on.desc(), SchoolEvaluation.id.desc())
    ]


def school_review(review_id: int) -> SchoolReview:
    row = SchoolEvaluation.get_or_none(SchoolEvaluation.id == review_id)
    if row is None:
        raise NotFoundError(_("The school evaluation with number {id} does not exist.").format(id=review_id))
    return SchoolReview(
        row.id, row.school_id, row.held_on, row.participants, row.agreements, row.follow_up_on, row.version
    )


def save_school_review(
    school_id: int, held_on, participants, agreements, follow_up_on, review_id=None, seen_version: int | None = None
) -> int:
    """Store an evaluation of the cooperation with the school (a new one, or `review_id` changed); returns its id. A
    change is refused when someone else changed or deleted it since `seen_version` (the one the dialog read)."""
    from desktop.services import service_for  # the catalogue imports this module

    _school(school_id)
    day = _held_on(held_on)
    follow_up = v.date("follow_up_on", follow_up_on)
    if follow_up is not None and follow_up <= day:
        raise ValidationError(
            "follow_up_on",
            _("The follow-up must lie after the evaluation itself ({date}).").format(date=format_date(day)),
        )
    values = {
        "held_on": day,
        "participants": v.text("participants", participants, required=True, max_length=MAX_PARTICIPANTS),
        "agreements": v.text("agreements", agreements, max_length=MAX_NOTES, multiline=True),
        "follow_up_on": follow_up,
    }
    with transaction():
        if review_id is None:
            row = SchoolEvaluation.create(school=school_id, **values)
            audit("create", "school_evaluation", row.id, sorted(values))
            return row.id
        row = service_for(SchoolEvaluation).read_as_seen(review_id, seen_version)
        if row.school_id != school_id:
            raise NotFoundError(_("The school evaluation with number {id} does not exist.").format(id=review_id))
        changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
        for name in changed:
            setattr(row, name, values[name])
        save_read_record(row, changed)
        audit("update", "school_evaluation", row.id, changed)
        return row.id


def delete_school_review(review_id: int, seen_version: int | None = None) -> None:
    """Delete an evaluation; refused when someone else changed it since `seen_version`, or deleted it already."""
    from desktop.services import service_for

    service_for(SchoolEvaluation).delete_unchanged(review_id, seen_version)


def year_of(held_on) -> int:
    """The year whose figures stand beside an evaluation dated `held_on`: this year while it is not a date."""
    try:
        day = v.date("held_on", held_on, required=True)
    except ValidationError:
        return clock.today().year
    return day.year


@dataclass(frozen=True)
class SchoolFigures:
    """A school's figures of one calendar year; None is a figure hidden because the group is small."""

    year: int
    placements: int
    early_endings: int | None
    responses: int
    mean_waardering: Decimal | None


def school_figures(school_id: int, year: int) -> SchoolFigures:
    """The school's placements running in `year`, those that ended early in it, and the mean score of the
    studentwaardering of its periods that ended in it (all scale questions together)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    placements, early = db.execute_sql(
        f"""SELECT COUNT(*),
               COALESCE(SUM(CASE WHEN p.status = 'ended_early' AND p.ended_on BETWEEN ? AND ? THEN 1 ELSE 0 END), 0)
        FROM bpv_period p WHERE p.school_id = ? AND p.start_date <= ?
        AND ({ENDED_ON_SQL} IS NULL OR {ENDED_ON_SQL} >= ?)""",
        (first, last, school_id, last, first),
    ).fetchone()
    responses, total, count = db.execute_sql(
        f"""SELECT COUNT(DISTINCT se.id), SUM(a.score), COUNT(a.score) FROM bpv_period p
        JOIN student_evaluation se ON se.period_id = p.id
        LEFT JOIN evaluation_answer a ON a.evaluation_id = se.id
        WHERE p.school_id = ? AND p.status IN ('completed', 'ended_early') AND {ENDED_ON_SQL} BETWEEN ? AND ?""",
        (school_id, first, last),
    ).fetchone()
    small = placements < SMALL_GROUP
    shown_early = None if small or 0 < early < SMALL_GROUP else early
    mean = None
    if responses >= SMALL_GROUP and count:
        mean = (Decimal(total) / Decimal(count)).quantize(Decimal("0.01"))
    return SchoolFigures(year, placements, shown_early, responses, mean)

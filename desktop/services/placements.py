"""Placements that follow the calendar: statuses moved on by date, the phase suggested, ending early.

A period's status follows its dates (`bpv.state_on`): planned until its start, active while it runs,
completed after its end. `advance_periods` applies that when a database is opened and when the date
changes while LeerWerk runs. It only ever moves a status forward, so a period the coordinator set by hand
to a later state (completed before its end, ended early) is never touched, and running it twice changes
nothing the second time.

Ending a period early (`end_early`) cancels what would otherwise show up later as late: its meetings
after the last day and its open tasks. They are kept, marked cancelled, not deleted, and the whole ending
is one transaction that `undo_ending` puts back exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# `services.service_for` is looked up when called: importing the name loads the whole catalogue, and the window
# imports this module at start-up to move periods on by date.
from desktop import clock, services
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import bpv
from desktop.services import validation as v
from desktop.services.base import current_user
from desktop.storage import models as m
from desktop.storage.models import _now, db, iso_date

STATUS_ORDER = ("planned", "active", "completed", "ended_early")
OPEN_STATUSES = ("planned", "active")


@dataclass(frozen=True)
class StatusMove:
    period_id: int
    before: str
    after: str


def _may_write() -> bool:
    # A LeerWerk that only reads this database leaves the moving on to the one that writes in it.
    return getattr(db.obj, "may_write", True)


def advance_periods(today: dt.date | None = None) -> list[StatusMove]:
    """Move every period whose dates say so to its next status, in one transaction with one change-history
    entry per period; returns what moved (nothing on a second run, nor on a read-only database)."""
    day = today or clock.today()
    if not _may_write():
        return []
    sql = """SELECT id, status, start_date, end_date FROM bpv_period
             WHERE (status = 'planned' AND start_date <= ?) OR (status = 'active' AND end_date < ?)"""
    moves = []
    for period_id, status, start, end in db.execute_sql(sql, (day.isoformat(), day.isoformat())):
        target, _phase = bpv.state_on(iso_date(start), iso_date(end), day)
        if STATUS_ORDER.index(target) > STATUS_ORDER.index(status):
            moves.append(StatusMove(period_id, status, target))
    if not moves:
        return []
    stamp, user = _now(), current_user()
    applied = []
    with db.atomic():
        for move in moves:
            # The status is checked again in the statement: a period changed since it was read stays as it is.
            query = m.BpvPeriod.update(status=move.after, updated_at=stamp).where(
                (m.BpvPeriod.id == move.period_id) & (m.BpvPeriod.status == move.before)
            )
            if query.execute():
                applied.append(move)
        if applied:
            m.AuditEntry.insert_many(
                [
                    {
                        "at": stamp,
                        "user": user,
                        "action": "update",
                        "table_name": "bpv_period",
                        "record_id": move.period_id,
                        "changed_fields": "status",
                    }
                    for move in applied
                ]  # fmt: skip
            ).execute()
    return applied


# -- the phase ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhaseSuggestion:
    """The phase a period could be in: by its dates, or the next one once every task of its phase is done."""

    period_id: int
    current: str
    suggested: str
    by_dates: str
    open_tasks: int  # of the current phase, not done and not cancelled

    @property
    def differs(self) -> bool:
        return self.suggested != self.current


def suggest_phase(period_id: int, today: dt.date | None = None) -> PhaseSuggestion:
    """Never a phase before the current one: a phase is only ever suggested forward. A period that has not
    started, or has ended, keeps its phase."""
    period = services.service_for(m.BpvPeriod).get(period_id)
    day = today or clock.today()
    order = bpv.PHASE_ORDER
    tasks = list(
        m.PhaseTask.select(m.PhaseTask.done_on, m.PhaseTask.cancelled).where(
            (m.PhaseTask.period == period.id) & (m.PhaseTask.phase == period.phase)
        )
    )
    open_tasks = sum(1 for task in tasks if task.done_on is None and not task.cancelled)
    by_dates = bpv.state_on(period.start_date, period.end_date, day)[1]
    suggested = period.phase
    if period.status == "active":
        candidates = [order.index(period.phase), order.index(by_dates)]
        if tasks and not open_tasks:
            candidates.append(min(order.index(period.phase) + 1, len(order) - 1))
        suggested = order[max(candidates)]
    return PhaseSuggestion(period.id, period.phase, suggested, by_dates, open_tasks)


# -- ending early ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodEnding:
    """What `end_early` changed, for undo and redo: the period's values before and after, the meetings and tasks it
    cancelled, and the version each of those records has after the last step (ending, undo or redo), which the next
    step states so that it refuses to put back a record someone else changed since."""

    period_id: int
    new: dict
    previous: dict
    meetings: tuple[int, ...]
    tasks: tuple[int, ...]
    versions: dict = field(default_factory=dict, compare=False)  # (model, id) -> version


def end_early(
    period_id: int, ended_on, end_reason, end_reason_text: str = "", *, seen_version: int | None = None, **changes
) -> PeriodEnding:
    """End a planned or running period on `ended_on`: the period gets its end, and its meetings planned
    after that day and its open tasks are cancelled, all in one transaction (or nothing when a value is
    refused). `end_reason` is a code of `choices.END_REASONS` (or words, read as one). `changes` are other
    values of the period saved with the ending (the period dialog saves its whole form at once);
    `seen_version` the period's version they were made on (refused when someone else saved it since)."""
    service = services.service_for(m.BpvPeriod)
    period = service.get(period_id)
    if period.status not in OPEN_STATUSES:
        raise ValidationError("status", _("This period has already ended."))
    day = v.date("ended_on", ended_on, required=True)
    if day < period.start_date:
        raise ValidationError("ended_on", _("A period cannot end before it started."))
    values = {**changes, "status": "ended_early", "ended_on": day, "end_reason": end_reason}
    if end_reason_text:
        values["end_reason_text"] = end_reason_text
    with db.atomic():
        period, previous = service.update(period.id, seen_version=seen_version, **values)
        meetings = [
            meeting.id
            for meeting in m.Meeting.select(m.Meeting.id).where(
                (m.Meeting.period == period.id)
                & m.Meeting.held_on.is_null()
                & ~m.Meeting.cancelled
                & (m.Meeting.planned_on > day)
            )
        ]
        tasks = [
            task.id
            for task in m.PhaseTask.select(m.PhaseTask.id).where(
                (m.PhaseTask.period == period.id) & m.PhaseTask.done_on.is_null() & ~m.PhaseTask.cancelled
            )
        ]
        unread = {**{(m.Meeting, i): None for i in meetings}, **{(m.PhaseTask, i): None for i in tasks}}
        versions = {(m.BpvPeriod, period.id): period.version, **_set_cancelled(unread, True)}
    new = service.values_of(period, previous)
    return PeriodEnding(period.id, new, previous, tuple(meetings), tuple(tasks), versions)


def undo_ending(ending: PeriodEnding) -> None:
    """Put the period, its meetings and its tasks back as they were before `end_early`; refused (and nothing put
    back) when someone else changed one of them since."""
    _step(ending, ending.previous, cancelled=False)


def redo_ending(ending: PeriodEnding) -> None:
    _step(ending, ending.new, cancelled=True)


def _step(ending: PeriodEnding, values: dict, cancelled: bool) -> None:
    key = (m.BpvPeriod, ending.period_id)
    with db.atomic():
        others = {record: version for record, version in ending.versions.items() if record != key}
        versions = _set_cancelled(others, cancelled)
        period, _changed = services.service_for(m.BpvPeriod).update(
            ending.period_id, seen_version=ending.versions.get(key), **values
        )
    ending.versions.update(versions)  # only once all of it is stored: a refused step leaves them as they were
    ending.versions[key] = period.version


def _set_cancelled(records: dict, cancelled: bool) -> dict:
    """Cancel (or put back) meetings and tasks, each stating the version in `records` ((model, id) -> version, None
    for the one read now); returns the versions this leaves."""
    left = {}
    for (model, record_id), version in records.items():
        record, _changed = services.service_for(model).update(record_id, seen_version=version, cancelled=cancelled)
        left[(model, record_id)] = record.version
    return left

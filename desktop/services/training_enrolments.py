"""Enrolments, the waiting list, attendance and certificates.

A session has places (its capacity, or unlimited). Who is enrolled, attended, completed or did not
show up has a place; who is waiting does not. A new enrolment in a full session, or behind people
already waiting, goes on the waiting list, which is ordered by `waiting_since`. A cancellation gives
the freed place to the first person waiting. Completing a training gives a certificate that expires
`validity_months` after the completion date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import (
    INSERT_BATCH,
    CrudService,
    Snapshot,
    audit,
    audit_many,
    insert_rows,
    refusal_from_history,
    save_read_record,
)
from desktop.storage import choices
from desktop.storage.engine import engine_of
from desktop.storage.models import (
    Attendance,
    AuditEntry,
    Certificate,
    Enrolment,
    Learner,
    SessionDate,
    Staff,
    Training,
    TrainingSession,
    _now,
    db,
)

SEATED = ("enrolled", "attended", "completed", "no_show")  # statuses that hold a place in a session
OPEN = ("enrolled", "waiting")  # an enrolment that has not ended yet
STATE_FIELDS = ("status", "waiting_since", "cancelled_on", "completed_on")


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole calendar months; the 31st becomes the last day of a shorter month (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(completed_on: dt.date, validity_months: int | None) -> dt.date | None:
    return add_months(completed_on, validity_months) if validity_months else None


def person_of(enrolment: Enrolment) -> Staff | Learner:
    return Staff.get_by_id(enrolment.staff_id) if enrolment.staff_id else Learner.get_by_id(enrolment.learner_id)


def seats_taken(session_id: int, excluding: int | None = None) -> int:
    query = Enrolment.select().where((Enrolment.session == session_id) & Enrolment.status.in_(SEATED))
    if excluding is not None:
        query = query.where(Enrolment.id != excluding)
    return query.count()


def waiting_list(session_id: int) -> list[Enrolment]:
    """The people waiting for a place in the session, first come first."""
    query = Enrolment.select().where((Enrolment.session == session_id) & (Enrolment.status == "waiting"))
    return list(query.order_by(Enrolment.waiting_since, Enrolment.id))


def free_places(session_id: int) -> int | None:
    """Places left in the session; None when it has no limit."""
    capacity = TrainingSession.get_by_id(session_id).capacity
    return None if capacity is None else max(0, capacity - seats_taken(session_id))


def hold_sessions(*session_ids: int | None) -> None:
    """Inside a transaction: hold the sessions until it ends, so that a second client enrolling, cancelling or
    promoting in them waits and then counts the places after this one's changes (on a server; SQLite lets one
    writer at a time). In the order of their numbers, so that two clients never wait for each other."""
    ids = sorted({number for number in session_ids if number is not None})
    if ids:
        engine_of(db).locked(TrainingSession.select(TrainingSession.id).where(TrainingSession.id.in_(ids))).execute()


def _last_session_day(session_id: int | None) -> dt.date | None:
    if session_id is None:
        return None
    last = SessionDate.select().where(SessionDate.session == session_id).order_by(SessionDate.date.desc()).first()
    return last.date if last else None


SCORE_LENGTH = 20  # a score as a platform writes it: "85", "8,5", "Voldoende"


class EnrolmentService(CrudService):
    model = Enrolment
    vocabularies = {"status": choices.ENROLMENT_STATUSES}
    rules = {"completed_on": v.past_date, "score": lambda f, value: v.text(f, value, max_length=SCORE_LENGTH)}

    # -- derived fields ------------------------------------------------------------------------------
    def _derived(self, cleaned: dict[str, Any], instance: Enrolment | None) -> dict[str, Any]:
        """What follows from the status: a place on the waiting list, the cancellation or completion date."""
        old = instance.status if instance else None
        status = cleaned.get("status", old or "enrolled")
        session = cleaned["session"] if "session" in cleaned else (instance.session_id if instance else None)
        derived: dict[str, Any] = {}
        if instance is None:
            if status == "enrolled" and session is not None and not self._place_for_newcomer(session):
                status = "waiting"
            derived["status"] = status
        if status == "waiting":
            derived["waiting_since"] = instance.waiting_since if old == "waiting" and instance.waiting_since else _now()
        else:
            derived["waiting_since"] = None
        if "cancelled_on" not in cleaned:
            if status == "cancelled":
                kept = instance.cancelled_on if old == "cancelled" else None
                derived["cancelled_on"] = kept or clock.today()
            else:
                derived["cancelled_on"] = None
        if "completed_on" not in cleaned:
            if status == "completed":
                kept = instance.completed_on if old == "completed" else None
                last = _last_session_day(session)
                derived["completed_on"] = kept or (last if last and last <= clock.today() else clock.today())
            else:
                derived["completed_on"] = None
        return derived

    @staticmethod
    def _place_for_newcomer(session_id: int) -> bool:
        """A newcomer gets a place when one is free and nobody is waiting for it already."""
        places = free_places(session_id)
        if places is not None and places <= 0:
            return False
        return (
            not Enrolment.select().where((Enrolment.session == session_id) & (Enrolment.status == "waiting")).exists()
        )

    def create(self, **values) -> Enrolment:
        cleaned = self.clean(values, partial=True)
        with db.atomic():
            hold_sessions(cleaned.get("session"))
            return super().create(**self._new_values(values, cleaned))

    def _new_values(self, values: dict[str, Any], cleaned: dict[str, Any]) -> dict[str, Any]:
        """The values of a new enrolment: those given, with the training of its session and what the status
        derives."""
        values = dict(values)
        if cleaned.get("session") is not None and cleaned.get("training") is None:
            session = TrainingSession.get_by_id(cleaned["session"])
            values["training"] = cleaned["training"] = session.training_id
            values.pop("training_id", None)
        derived = self._derived(cleaned, None)
        values = {**derived, **values}
        if derived.get("status") == "waiting":
            values["status"] = "waiting"  # a full session: whoever asked for a place joins the queue
        return values

    def create_completed(
        self, rows: list[dict[str, Any]], *, written: Callable[[int], None] | None = None, batch: int = INSERT_BATCH
    ) -> list[int]:
        """Completed enrolments without a session (a learning platform's completions), each as `create` makes
        it (the same rules, its certificate, the same audit entries), written set-wise; their ids, in order.
        Such enrolments take no place and close nothing open, so none of their checks depends on another: each
        is checked against the database as it was. A refused row raises its error with the row's index in
        `row`. Runs inside the caller's transaction; `written(count)` after each `batch` rows may raise to stop."""
        merged = [
            self._new_values({**row, "status": "completed"}, cleaned)
            for row, cleaned in zip(rows, self.clean_many(rows, partial=True), strict=True)
        ]
        records = self.clean_many(merged, partial=False)
        for index, data in enumerate(records):
            if data.get("session") is not None:
                raise ValueError("create_completed writes enrolments without a session only")
            try:
                self.check(data, None)
            except ValidationError as error:
                error.row = index
                raise
        validity = dict(
            Training.select(Training.id, Training.validity_months)
            .where(Training.id.in_({data["training"] for data in records}))
            .tuples()
        )
        ids: list[int] = []
        for start in range(0, len(records), batch):
            chunk = records[start : start + batch]
            enrolment_ids = self._write(lambda chunk=chunk: insert_rows(Enrolment, chunk))
            certificates = [certificate_values(data, validity[data["training"]]) for data in chunk]
            certificate_ids = insert_rows(
                Certificate,
                [{"enrolment": number, **values} for number, values in zip(enrolment_ids, certificates, strict=True)],
            )
            entries = []
            for number, certificate_id, data, values in zip(
                enrolment_ids, certificate_ids, chunk, certificates, strict=True
            ):
                # In the order `create` makes them: the certificate (its after_write), then the enrolment.
                entries.append(("create", Certificate._meta.table_name, certificate_id, sorted(values)))
                entries.append(("create", Enrolment._meta.table_name, number, sorted(data)))
            audit_many(entries)
            ids += enrolment_ids
            if written is not None:
                written(len(ids))
        return ids

    def update(self, record_id: int, *, seen_version: int | None = None, **values):
        cleaned = self.clean(values, partial=True)
        with db.atomic():
            hold_sessions(self.get(record_id).session_id, cleaned.get("session"))
            instance = self.get(record_id)  # as it is now that nobody else changes its session
            derived = self._derived(cleaned, instance)
            return super().update(record_id, seen_version=seen_version, **{**derived, **values})

    # -- rules -----------------------------------------------------------------------------------------
    def check(self, data, instance):
        staff, learner = data.get("staff"), data.get("learner")
        if (staff is None) == (learner is None):
            raise ValidationError("staff", _("Choose one person: a staff member or a learner."))
        session_id, status = data.get("session"), data.get("status")
        session = TrainingSession.get_or_none(id=session_id) if session_id else None
        if session is not None:
            # Only a session's rules need the training; without one, checking reads nothing (many at once).
            training = Training.get_or_none(id=data.get("training"))
            if training is not None and session.training_id != training.id:
                raise ValidationError("session", _("This session belongs to another training."))
            moved = instance is None or instance.session_id != session.id
            if session.cancelled and moved:
                raise ValidationError("session", _("This session is cancelled; choose another one."))
            newly_seated = status == "enrolled" and (instance is None or instance.status != "enrolled" or moved)
            if newly_seated and session.capacity is not None:
                if seats_taken(session.id, excluding=instance.id if instance else None) >= session.capacity:
                    raise ValidationError(
                        "status",
                        _("The session is full ({capacity} places); the person stays on the waiting list.").format(
                            capacity=session.capacity
                        ),
                    )
            if training is not None and training.kind == "elearning":
                raise ValidationError("session", _("An e-learning has no sessions."))
        elif status == "waiting":
            raise ValidationError("status", _("Only a session has a waiting list."))
        self._check_unique(data, instance, session)
        if status == "completed" and not data.get("completed_on"):
            raise ValidationError("completed_on", _("Give the date on which the training was completed."))
        if status != "completed" and data.get("completed_on"):
            raise ValidationError("completed_on", _("A completion date belongs to a completed enrolment."))
        if status != "cancelled" and data.get("cancelled_on"):
            raise ValidationError("cancelled_on", _("A cancellation date belongs to a cancelled enrolment."))

    @staticmethod
    def _check_unique(data, instance, session) -> None:
        if session is None and data.get("status") not in OPEN:
            return  # only a session, or an open enrolment, can be held twice
        person = Enrolment.staff == data["staff"] if data.get("staff") else Enrolment.learner == data["learner"]
        field_name = "staff" if data.get("staff") else "learner"
        others = Enrolment.select().where(person)
        if instance is not None:
            others = others.where(Enrolment.id != instance.id)
        if session is not None:
            other = others.where(Enrolment.session == session.id).first()
            if other is not None:
                raise ValidationError(
                    field_name,
                    _("This person already has an enrolment for this session ({status}).").format(
                        status=choices.label(choices.ENROLMENT_STATUSES, other.status)
                    ),
                )
        elif data.get("status") in OPEN:
            query = others.where(
                (Enrolment.training == data.get("training")) & Enrolment.session.is_null() & Enrolment.status.in_(OPEN)
            )
            if query.exists():
                raise ValidationError(field_name, _("This person already has an open enrolment for this training."))

    def after_write(self, instance, changed):
        if {"status", "completed_on", "training", "staff", "learner"} & changed.keys():
            sync_certificate(instance)

    def delete(self, record_id: int) -> Snapshot:
        """An enrolment entered by mistake goes with its certificate (which would otherwise stay behind,
        detached); undo puts both back."""
        instance = self.get(record_id)
        snapshot = self.snapshot(instance)
        certificates = [d for d in snapshot.detached if d[0] is Certificate]
        snapshot.detached = [d for d in snapshot.detached if d[0] is not Certificate]
        ids = [row_id for _model, row_id, _column, _value in certificates]
        if ids:
            rows = list(Certificate.select().where(Certificate.id.in_(ids)).dicts())
            snapshot.removed += [(Certificate, row) for row in rows]
        with db.atomic():
            if ids:
                Certificate.delete().where(Certificate.id.in_(ids)).execute()
                for row_id in ids:
                    audit("delete", Certificate._meta.table_name, row_id)
            instance.delete_instance()
            audit("delete", self.model._meta.table_name, snapshot.row["id"])
        return snapshot


class AttendanceService(CrudService):
    model = Attendance

    def check(self, data, instance):
        enrolment = Enrolment.get_or_none(id=data.get("enrolment"))
        date = SessionDate.get_or_none(id=data.get("session_date"))
        if enrolment is None or date is None:
            return
        if enrolment.session_id != date.session_id:
            raise ValidationError("session_date", _("This date belongs to another session."))
        if enrolment.status not in SEATED:
            raise ValidationError("enrolment", _("Only people with a place in the session have attendance."))


class CertificateService(CrudService):
    model = Certificate
    rules = {"issued_on": lambda f, value: v.past_date(f, value)}

    def check(self, data, instance):
        if (data.get("staff") is None) == (data.get("learner") is None):
            raise ValidationError("staff", _("Choose one person: a staff member or a learner."))
        issued, expires = data.get("issued_on"), data.get("expires_on")
        if issued and expires and expires < issued:
            raise ValidationError("expires_on", _("The certificate expires before it was issued."))


# -- certificates -------------------------------------------------------------------------------------


def certificate_values(enrolment: dict[str, Any], validity_months: int | None) -> dict[str, Any]:
    """The certificate of a completed enrolment (its training, person and completion date by field name)."""
    return {
        "training": enrolment["training"],
        "staff": enrolment.get("staff"),
        "learner": enrolment.get("learner"),
        "issued_on": enrolment["completed_on"],
        "expires_on": expiry_date(enrolment["completed_on"], validity_months),
    }


def sync_certificate(enrolment: Enrolment) -> None:
    """Give a completed enrolment its certificate (expiry from the training's validity); take it back
    from one that is no longer completed. Runs inside the caller's transaction."""
    existing = list(Certificate.select().where(Certificate.enrolment == enrolment.id).order_by(Certificate.id))
    if enrolment.status != "completed" or enrolment.completed_on is None:
        for certificate in existing:
            certificate.delete_instance()
            audit("delete", Certificate._meta.table_name, certificate.id)
        return
    training = Training.get_by_id(enrolment.training_id)
    values = certificate_values(
        {
            "training": enrolment.training_id,
            "staff": enrolment.staff_id,
            "learner": enrolment.learner_id,
            "completed_on": enrolment.completed_on,
        },
        training.validity_months,
    )
    if existing:
        first, extra = existing[0], existing[1:]
        Certificate.update(**values).where(Certificate.id == first.id).execute()
        audit("update", Certificate._meta.table_name, first.id, sorted(values))
        for certificate in extra:
            certificate.delete_instance()
            audit("delete", Certificate._meta.table_name, certificate.id)
    else:
        certificate = Certificate.create(enrolment=enrolment.id, **values)
        audit("create", Certificate._meta.table_name, certificate.id, sorted(values))


# -- changes of several enrolments at once -------------------------------------------------------------


@dataclass
class EnrolmentChange:
    """The states of enrolments before and after one action (a cancellation with a promotion, say)."""

    before: list[dict] = field(default_factory=list)
    after: list[dict] = field(default_factory=list)
    promoted: list[int] = field(default_factory=list)


def _state(enrolment: Enrolment) -> dict:
    return {"id": enrolment.id, **{name: getattr(enrolment, name) for name in STATE_FIELDS}}


def _set_state(enrolment: Enrolment, state: dict) -> None:
    changed = [name for name in STATE_FIELDS if getattr(enrolment, name) != state[name]]
    if not changed:
        return
    for name in changed:
        setattr(enrolment, name, state[name])
    save_read_record(enrolment, changed)
    sync_certificate(enrolment)
    audit("update", Enrolment._meta.table_name, enrolment.id, changed)


def apply_states(
    states: list[dict], versions: dict[int, int] | None = None, edit: tuple[int, dict] | None = None
) -> dict[int, int]:
    """Put enrolments in exactly the given states (as `EnrolmentChange` recorded them), in one transaction, for an
    undo or redo. `versions`: the version of each enrolment as the step being undone or redone left it; refused
    (nothing written) once someone else changed one since. `edit`: other values of one enrolment saved with the step
    (its id and the values to put). Returns the versions this leaves, for the next step."""
    with db.atomic():
        service = EnrolmentService()
        for record_id, version in (versions or {}).items():
            service.claim_version(record_id, version)  # no other save lands on them before this transaction ends
        if edit is not None:
            service.update(edit[0], **edit[1])
        for state in states:
            _set_state(service.get(state["id"]), state)
        return enrolment_versions([state["id"] for state in states])


def enrolment_versions(ids: list[int]) -> dict[int, int]:
    """The version of each enrolment in `ids` now."""
    query = Enrolment.select(Enrolment.id, Enrolment.version).where(Enrolment.id.in_(ids))
    return dict(query.tuples()) if ids else {}


def _promote(session_id: int, change: EnrolmentChange) -> None:
    """Give every free place to the people waiting, first come first."""
    places = free_places(session_id)
    queue = waiting_list(session_id)
    if places is not None:
        queue = queue[:places]
    for enrolment in queue:
        change.before.append(_state(enrolment))
        _set_state(enrolment, {**_state(enrolment), "status": "enrolled", "waiting_since": None})
        change.after.append(_state(enrolment))
        change.promoted.append(enrolment.id)


def cancel_enrolment(enrolment_id: int) -> EnrolmentChange:
    """Cancel an enrolment; a place it frees goes to the first person on the waiting list."""
    service = EnrolmentService()
    change = EnrolmentChange()
    with db.atomic():
        hold_sessions(service.get(enrolment_id).session_id)
        enrolment = service.get(enrolment_id)  # as it is now that nobody else changes its session
        if enrolment.status == "cancelled":
            raise ValidationError("status", _("This enrolment is already cancelled."))
        if enrolment.status not in OPEN:
            raise ValidationError(
                "status",
                _("This enrolment is {status}; only an open enrolment can be cancelled.").format(
                    status=choices.label(choices.ENROLMENT_STATUSES, enrolment.status).lower()
                ),
            )
        change.before.append(_state(enrolment))
        new = {**_state(enrolment), "status": "cancelled", "waiting_since": None, "cancelled_on": clock.today()}
        _set_state(enrolment, new)
        change.after.append(_state(enrolment))
        if enrolment.session_id is not None:
            _promote(enrolment.session_id, change)
    return change


def promote_waiting(session_id: int) -> EnrolmentChange:
    """Fill the free places of a session from its waiting list (after its capacity was raised)."""
    change = EnrolmentChange()
    with db.atomic():
        hold_sessions(session_id)
        _promote(session_id, change)
    return change


def set_status(enrolment_ids: list[int], status: str, day: dt.date | None = None) -> EnrolmentChange:
    """Mark enrolments attended, completed or no-show, each through the enrolment rules, all or none."""
    if status not in ("attended", "completed", "no_show", "enrolled"):
        raise ValidationError("status", _("This status is set by enrolling or cancelling."))
    service = EnrolmentService()
    change = EnrolmentChange()
    with db.atomic():
        for enrolment_id in enrolment_ids:
            enrolment = service.get(enrolment_id)
            if enrolment.status in ("waiting", "cancelled"):
                raise ValidationError("status", _("Only people who have a place can attend or complete a training."))
            values: dict[str, Any] = {"status": status}
            if status == "completed" and day is not None:
                values["completed_on"] = day
            before = _state(enrolment)
            enrolment, previous = service.update(enrolment_id, **values)
            if previous:
                change.before.append(before)
                change.after.append(_state(enrolment))
    return change


# -- attendance -----------------------------------------------------------------------------------------


def attendance_of(enrolment_id: int, session_date_id: int) -> bool | None:
    row = Attendance.get_or_none(enrolment=enrolment_id, session_date=session_date_id)
    return None if row is None else bool(row.present)


AttendanceMark = tuple[bool | None, int | None]  # what a cell holds (None: nothing recorded), and its row's id


def record_attendance(
    enrolment_id: int, session_date_id: int, present: bool | None, left: AttendanceMark | None = None
) -> bool | None:
    """Record whether the person was there on that date (None: not recorded); returns what it was. `left`: the mark
    an undo step left (`attendance_marks`); refused, saying who and when, once someone else recorded another since
    (a mark is one answer: what it holds is what a change would overwrite, whatever its row's number or version)."""
    service = AttendanceService()
    row = Attendance.get_or_none(enrolment=enrolment_id, session_date=session_date_id)
    previous = None if row is None else bool(row.present)
    if left is not None and previous != left[0]:
        if row is None:
            raise service.changed_since_read(left[1])  # who took the mark away
        # The row's own history names who recorded or changed it (a mark recorded anew is a change of the cell).
        raise refusal_from_history("attendance", AuditEntry.record_id == row.id, gone=False)
    if previous == present:
        return previous
    # Stating the version just read: on a server, another client's write in between is refused, not overwritten.
    if present is None:
        service.delete_unchanged(row.id, row.version)
    elif row is None:
        service.create(enrolment=enrolment_id, session_date=session_date_id, present=present)
    else:
        service.update(row.id, seen_version=row.version, present=present)
    return previous


def attendance_marks(cells: list[tuple[int, int]]) -> dict[tuple[int, int], AttendanceMark]:
    """What each (enrolment, session date) holds now, with its row's id (None, None where nothing is recorded)."""
    marks: dict[tuple[int, int], AttendanceMark] = dict.fromkeys(cells, (None, None))
    for enrolment, session_date in cells:
        row = Attendance.get_or_none(enrolment=enrolment, session_date=session_date)
        if row is not None:
            marks[(enrolment, session_date)] = (bool(row.present), row.id)
    return marks


def present_at_every_date(session_id: int) -> list[int]:
    """Enrolments with a place that were recorded present at every date of the session."""
    dates = SessionDate.select().where(SessionDate.session == session_id).count()
    if not dates:
        return []
    sql = """
        SELECT e.id FROM enrolment e JOIN attendance a ON a.enrolment_id = e.id
        WHERE e.session_id = ? AND e.status IN ('enrolled', 'attended') AND a.present = TRUE
        GROUP BY e.id HAVING COUNT(*) = ?
    """
    return [row[0] for row in db.execute_sql(sql, (session_id, dates))]


def record_attendances(
    marks: list[tuple[int, int, bool | None]], seen: dict[tuple[int, int], AttendanceMark] | None = None
) -> list[bool | None]:
    """Several (enrolment, session date, present) at once, all or none; returns what each was. `seen`: the marks an
    undo step left, by cell; refused as a whole once someone else changed one of them since."""
    with db.atomic():
        return [
            record_attendance(enrolment, date, present, None if seen is None else seen[(enrolment, date)])
            for enrolment, date, present in marks
        ]


def cancel_session_enrolments(session_id: int) -> EnrolmentChange:
    """Cancel every open enrolment of a session that is called off (nobody is promoted: there is no session)."""
    change = EnrolmentChange()
    query = Enrolment.select().where((Enrolment.session == session_id) & Enrolment.status.in_(OPEN))
    with db.atomic():
        for enrolment in query.order_by(Enrolment.id):
            change.before.append(_state(enrolment))
            new = {**_state(enrolment), "status": "cancelled", "waiting_since": None, "cancelled_on": clock.today()}
            _set_state(enrolment, new)
            change.after.append(_state(enrolment))
    return change


def open_enrolment_count(session_id: int) -> int:
    return Enrolment.select().where((Enrolment.session == session_id) & Enrolment.status.in_(OPEN)).count()


@dataclass
class Enrolled:
    """What enrolling several people at once did."""

    created: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    skipped: list[tuple[str, int]] = field(default_factory=list)  # already enrolled: (kind, person id)


def enrol_people(
    training_id: int, session_id: int | None, people: list[tuple[str, int]], completed_on=None
) -> Enrolled:
    """Enrol people in the order given (the waiting list keeps that order), all or none. Who already has an
    enrolment for the session (or an open one for a training without sessions) is skipped, not refused.
    With `completed_on` (for e-learnings and external courses), they are enrolled as completed."""
    service = EnrolmentService()
    result = Enrolled()
    with db.atomic():
        for kind, person_id in people:
            person = {"staff": person_id} if kind == "staff" else {"learner": person_id}
            others = Enrolment.select().where(
                (Enrolment.staff == person_id) if kind == "staff" else (Enrolment.learner == person_id)
            )
            if session_id is not None:
                duplicate = others.where(Enrolment.session == session_id).exists()
            else:
                duplicate = (
                    completed_on is None
                    and others.where(
                        (Enrolment.training == training_id) & Enrolment.session.is_null() & Enrolment.status.in_(OPEN)
                    ).exists()
                )
            if duplicate:
                result.skipped.append((kind, person_id))
                continue
            values: dict[str, Any] = {"training": training_id, "session": session_id, **person}
            if completed_on is not None:
                values.update(status="completed", completed_on=completed_on)
            enrolment = service.create(**values)
            result.created.append(enrolment.id)
            if enrolment.status == "waiting":
                result.waiting.append(enrolment.id)
    return result


# -- one enrolment, for its dialog --------------------------------------------------------------------


def find_enrolment(enrolment_id: int) -> Enrolment | None:
    """The enrolment, or None when there is none with that number (any more)."""
    return Enrolment.get_or_none(id=enrolment_id)


def get_enrolment(enrolment_id: int) -> Enrolment:
    return Enrolment.get_by_id(enrolment_id)

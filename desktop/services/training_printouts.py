"""What the training printouts show, read from the database and handed to the PDF renderers.

Reading happens here, on the caller's thread (the database connection belongs to it); rendering takes
only the plain data, so a long printout can be made on a worker thread while the window stays usable.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.errors import ValidationError
from desktop.i18n import _, format_date, format_number, ngettext
from desktop.pdf.base import Letterhead
from desktop.pdf.trainings import (
    AttendanceListRenderer,
    AttendanceSheet,
    CertificateRenderer,
    MatrixLine,
    MatrixRenderer,
    MatrixSheet,
    Participation,
    SheetDate,
)
from desktop.services.training_enrolments import SEATED, expiry_date, person_of
from desktop.services.training_matrix import STATE_COLOURS, STATE_LABELS, Matrix, fast_cell_text
from desktop.storage import choices
from desktop.storage.models import (
    Enrolment,
    Organisation,
    SessionDate,
    Staff,
    Team,
    Training,
    TrainingModule,
    TrainingSession,
)
from desktop.textsearch import fold


def letterhead() -> Letterhead:
    organisation = Organisation.select().order_by(Organisation.id).first()
    return Letterhead.from_organisation(organisation) if organisation else Letterhead("")


def session_dates(session_id: int) -> list[SessionDate]:
    query = SessionDate.select().where(SessionDate.session == session_id)
    return list(query.order_by(SessionDate.date, SessionDate.start_time, SessionDate.id))


def _times(date: SessionDate) -> str:
    return "–".join(part for part in (date.start_time, date.end_time) if part)


def session_place(session: TrainingSession) -> str:
    location = session.location.name if session.location_id else ""
    return ", ".join(part for part in (location, session.venue) if part)


def session_trainer(session: TrainingSession) -> str:
    return session.trainer.display_name if session.trainer_id else session.external_trainer


# -- attendance list ------------------------------------------------------------------------------------


def attendance_sheet(session_id: int) -> AttendanceSheet:
    session = TrainingSession.get_by_id(session_id)
    training = Training.get_by_id(session.training_id)
    enrolments = list(
        Enrolment.select()
        .where((Enrolment.session == session_id) & Enrolment.status.in_(SEATED))
        .order_by(Enrolment.id)
    )
    people = []
    teams = {team.id: team.name for team in Team.select()}
    for enrolment in enrolments:
        person = person_of(enrolment)
        if isinstance(person, Staff):
            detail = teams.get(person.team_id, "")
        else:
            detail = choices.label(choices.LEARNER_TYPES, person.learner_type)
        people.append((person.sort_name, person.display_name, detail))
    people.sort(key=lambda p: fold(p[0]))
    dates = tuple(
        SheetDate(d.date, choices.label(choices.DAYPARTS, d.daypart), _times(d)) for d in session_dates(session_id)
    )
    details = [(_("Location"), session_place(session)), (_("Trainer"), session_trainer(session))]
    details.append((_("Participants"), format_number(len(people))))
    return AttendanceSheet(
        training=training.title,
        details=tuple((label, value) for label, value in details if value),
        dates=dates,
        people=tuple((name, detail) for _sort, name, detail in people),
    )


def attendance_list_pdf(session_id: int) -> bytes:
    return AttendanceListRenderer(letterhead(), attendance_sheet(session_id)).render()


# -- certificate of participation ------------------------------------------------------------------------


def extent(training: Training) -> str:
    """ "4 half-days, 14 hours" as far as known."""
    parts = []
    if training.dayparts:
        parts.append(
            ngettext("{count} half-day", "{count} half-days", training.dayparts).format(count=training.dayparts)
        )
    if training.hours is not None:
        parts.append(_("{count} hours").format(count=format_number(training.hours.normalize())))
    return ", ".join(parts)


def participation(enrolment_id: int) -> Participation:
    enrolment = Enrolment.get_or_none(id=enrolment_id)
    if enrolment is None or enrolment.status != "completed" or enrolment.completed_on is None:
        raise ValidationError("status", _("A certificate of participation is for a completed enrolment."))
    training = Training.get_by_id(enrolment.training_id)
    person = person_of(enrolment)
    details = [(_("Kind"), choices.label(choices.TRAINING_KINDS, training.kind))]
    if enrolment.session_id:
        days = sorted({d.date for d in session_dates(enrolment.session_id)})
        if days:
            details.append((_("Dates"), ", ".join(format_date(day, "long") for day in days)))
    if extent(training):
        details.append((_("Extent"), extent(training)))
    provider = training.provider_name if training.provider_kind == "external" else letterhead().name
    if provider:
        details.append((_("Given by"), provider))
    details.append((_("Completed on"), format_date(enrolment.completed_on, "long")))
    expires = expiry_date(enrolment.completed_on, training.validity_months)
    details.append((_("Valid until"), format_date(expires, "long") if expires else _("No expiry")))
    modules = (
        Training.select(Training.title)
        .join(TrainingModule, on=TrainingModule.module == Training.id)
        .where(TrainingModule.programme == training.id)
        .order_by(TrainingModule.position)
    )
    return Participation(
        name=person.display_name,
        training=training.title,
        details=tuple(details),
        modules=tuple(m.title for m in modules),
    )


def certificate_pdf(enrolment_id: int) -> bytes:
    return CertificateRenderer(letterhead(), participation(enrolment_id)).render()


# -- the matrix -----------------------------------------------------------------------------------------------


def legend() -> tuple[tuple[str, str], ...]:
    states = tuple((STATE_COLOURS[state], _(label)) for state, label in STATE_LABELS.items())
    return (*states, ("#ffffff", _("empty: not required")))


def matrix_sheet(matrix: Matrix, filters: str, progress: Callable[[float], None] | None = None) -> MatrixSheet:
    """The matrix as text and colours, ready for a PDF or a workbook."""
    subtitle = _("{filters} · situation on {date} · “expires soon”: within {days} days").format(
        filters=filters, date=format_date(matrix.today, "long"), days=matrix.warning_days
    )
    lines = []
    for number, person in enumerate(matrix.people):
        cells = tuple(
            (fast_cell_text(cell), STATE_COLOURS[cell.state] if cell is not None else None) for cell in person.cells
        )
        lines.append(MatrixLine(person.name, person.team, person.role_text(), cells, person.location))
        if progress is not None and number % 500 == 0:
            progress(number / max(1, len(matrix.people)))
    return MatrixSheet(subtitle, tuple(t.title for t in matrix.trainings), tuple(lines), legend())


def matrix_pdf(sheet: MatrixSheet, head: Letterhead, progress=None, cancelled=None) -> bytes:
    """Safe on a worker thread: no database access."""
    return MatrixRenderer(head, sheet, progress=progress, cancelled=cancelled).render()

"""BPV forms: practice assignments and assessment forms, their signers, signing and reopening.

A form is addressed as `(kind, id)` with kind "assignment" or "assessment". Its *content* is what the
form itself says: for an assignment the title, description, deadline, assessment method, werkprocessen
and learning goals; for an assessment the kind, talk date, scores and remarks, judgement, hours and
participants; for both the period (and so the learner) it belongs to. Status, language and signatures
are not content. A signature stores the SHA-256 of the canonical content at the moment it was set;
while a form has signatures that stand, its content cannot change until it is reopened, which voids
them (written to the audit log). `signatures_match` tells whether they still fit what is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import peewee
from peewee import fn

from desktop import clock, images
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.base import MAX_BLOB_BYTES, CrudService, Snapshot, audit
from desktop.services.bpv import phase_windows
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.choices import label
from desktop.storage.models import NamedRow, _now, db, iso_date

KINDS = choices.FORM_KINDS
PREFIXES = {"assignment": "PO", "assessment": "BF"}
FINISHED = {"assignment": "signed_off", "assessment": "signed"}
# Statuses from which a form no longer waits for anyone: it is not "due" any more.
DONE_STATUSES = {"assignment": ("signed_off",), "assessment": ("signed",)}
DUE_HORIZON_DAYS = 14  # "due" means: not done, and due within two weeks (or overdue)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SCAN_MAGIC = {b"%PDF-": "PDF", PNG_MAGIC: "PNG", b"\xff\xd8\xff": "JPEG"}


# Besides the two BPV forms, a coaching trajectory's intake agreement is signed through this module:
# kind "trajectory". Its content is read by `desktop.services.coaching`; it has no status of its own to
# move on, and its signers are the participant, the coach and the manager.
SIGNED_MODELS = {"assignment": m.PracticeAssignment, "assessment": m.Assessment, "trajectory": m.CoachingTrajectory}
SIGNER_ROLES_OF = {
    "assignment": ("learner", "practice_trainer", "work_supervisor", "school_supervisor"),
    "assessment": ("learner", "practice_trainer", "work_supervisor", "school_supervisor"),
    "trajectory": ("participant", "coach", "manager"),
}


def model_of(kind: str) -> type[m.PracticeAssignment] | type[m.Assessment] | type[m.CoachingTrajectory]:
    if kind in SIGNED_MODELS:
        return SIGNED_MODELS[kind]
    raise ValidationError("kind", _("Unknown kind of form: {kind}.").format(kind=kind))


def _signature_column(kind: str):
    return getattr(m.Signature, kind if kind in SIGNED_MODELS else "assessment")


def get_form(kind: str, form_id: int):
    model = model_of(kind)
    number = v.record_id(form_id)
    form = model.get_or_none(model.id == number) if number else None
    if form is None:
        if kind == "trajectory":
            raise NotFoundError(_("The coaching trajectory with number {id} does not exist.").format(id=form_id))
        raise NotFoundError(_("The form with number {id} does not exist.").format(id=form_id))
    return form


def find_form(text: str) -> tuple[str, int]:
    """A form by its number ("BF-2026-00042"), or by its record number when only one kind of form has it."""
    value = str(text or "").strip()
    for kind, model in (("assignment", m.PracticeAssignment), ("assessment", m.Assessment)):
        found = model.get_or_none(model.number == value.upper())
        if found is not None:
            return kind, found.id
    number = v.record_id(int(value)) if value.isascii() and value.isdecimal() and len(value) < 19 else None
    if number is not None:
        found = [
            (kind, model.get_or_none(model.id == number))
            for kind, model in (("assignment", m.PracticeAssignment), ("assessment", m.Assessment))
        ]
        found = [(kind, form) for kind, form in found if form is not None]
        if len(found) == 1:
            return found[0][0], found[0][1].id
        if len(found) == 2:
            raise ValidationError(
                "id",
                _("Both {first} and {second} have record number {id}; give the form number.").format(
                    first=found[0][1].number, second=found[1][1].number, id=number
                ),
            )
    raise NotFoundError(_("There is no form {id}; give a number such as BF-2026-00042.").format(id=value))


# -- canonical content and its hash ----------------------------------------------------------------


def _dump(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _in_chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def canonical_contents(kind: str, ids: Iterable[int], database=None) -> dict[int, str]:
    """The canonical content (compact, sorted JSON) of each form in `ids`, read in a few queries
    (from `database`, else the app's database)."""
    ids = sorted(set(ids))
    execute = (database or db).execute_sql
    result: dict[int, str] = {}
    for chunk in _in_chunks(ids):
        marks = ", ".join("?" * len(chunk))
        if kind == "assignment":
            result.update(_assignment_contents(execute, chunk, marks))
        elif kind == "trajectory":
            from desktop.services.coaching import trajectory_contents  # coaching builds on this module

            result.update({key: _dump(content) for key, content in trajectory_contents(execute, chunk, marks).items()})
        else:
            result.update(_assessment_contents(execute, chunk, marks))
    return result


def _assignment_contents(execute, chunk: list[int], marks: str) -> dict[int, str]:
    processes: dict[int, list] = defaultdict(list)
    sql = f"""SELECT aw.assignment_id, wp.code, wp.title FROM assignment_work_process aw
              JOIN work_process wp ON wp.id = aw.work_process_id
              WHERE aw.assignment_id IN ({marks}) ORDER BY wp.position, wp.code, wp.id"""
    for form_id, code, title in execute(sql, chunk):
        processes[form_id].append([code, title])
    goals: dict[int, list] = defaultdict(list)
    sql = f"""SELECT ag.assignment_id, g.text FROM assignment_goal ag JOIN learning_goal g ON g.id = ag.goal_id
              WHERE ag.assignment_id IN ({marks}) ORDER BY g.position, g.id"""
    for form_id, text in execute(sql, chunk):
        goals[form_id].append(text)
    sql = f"""SELECT id, number, period_id, title, description, deadline, assessment_method
              FROM practice_assignment WHERE id IN ({marks})"""
    result = {}
    for form_id, number, period, title, description, deadline, method in execute(sql, chunk):
        content = {
            "form": "assignment",
            "number": number,
            "period": period,
            "title": title,
            "description": description,
            "deadline": str(deadline) if deadline else None,
            "assessment_method": method,
            "work_processes": processes.get(form_id, []),
            "goals": goals.get(form_id, []),
        }
        result[form_id] = _dump(content)
    return result


def _assessment_contents(execute, chunk: list[int], marks: str) -> dict[int, str]:
    scores: dict[int, list] = defaultdict(list)
    sql = f"""SELECT s.assessment_id, wp.code, wp.title, s.score, s.remarks FROM assessment_score s
              JOIN work_process wp ON wp.id = s.work_process_id
              WHERE s.assessment_id IN ({marks}) ORDER BY wp.position, wp.code, wp.id"""
    for form_id, code, title, score, remarks in execute(sql, chunk):
        scores[form_id].append([code, title, score, remarks])
    sql = f"""SELECT id, number, period_id, kind, talk_date, attitude_score, attitude_remarks, overall_score,
                     overall_judgement, planned_hours, realised_hours, participants
              FROM assessment WHERE id IN ({marks})"""
    result = {}
    for row in execute(sql, chunk):
        content = {
            "form": "assessment",
            "number": row[1],
            "period": row[2],
            "kind": row[3],
            "talk_date": str(row[4]) if row[4] else None,
            "attitude_score": row[5],
            "attitude_remarks": row[6],
            "overall_score": row[7],
            "overall_judgement": row[8],
            "planned_hours": row[9],
            "realised_hours": row[10],
            "participants": row[11],
            "scores": scores.get(row[0], []),
        }
        result[row[0]] = _dump(content)
    return result


def content_hashes(kind: str, ids: Iterable[int], database=None) -> dict[int, str]:
    return {form_id: _digest(text) for form_id, text in canonical_contents(kind, ids, database).items()}


def content_hash(kind: str, form_id: int) -> str:
    hashes = content_hashes(kind, [form_id])
    if form_id not in hashes:
        raise NotFoundError(_("The form with number {id} does not exist.").format(id=form_id))
    return hashes[form_id]


# -- signatures ---------------------------------------------------------------------------------------


def signatures(kind: str, form_id: int, *, voided: bool = False) -> list[m.Signature]:
    """The form's signature rows (pending and set), issue round first, in role order."""
    column = _signature_column(kind)
    query = m.Signature.select().where(column == form_id)
    if not voided:
        query = query.where(m.Signature.voided_at.is_null())
    order = list(choices.SIGNER_ROLES)
    rows = list(query)
    rows.sort(key=lambda s: (s.stage != "issue", order.index(s.signer_role) if s.signer_role in order else 99, s.id))
    return rows


def standing_signatures(kind: str, form_id: int) -> list[m.Signature]:
    return [s for s in signatures(kind, form_id) if s.signed_at is not None]


def is_frozen(kind: str, form_id: int) -> bool:
    """True while the form has a signature that stands: its content is then fixed."""
    column = _signature_column(kind)
    query = m.Signature.select().where(
        (column == form_id) & m.Signature.signed_at.is_null(False) & m.Signature.voided_at.is_null()
    )
    return query.exists()


def signatures_match(kind: str, form_id: int) -> bool:
    """Whether every standing signature was made on the content the form holds now."""
    standing = standing_signatures(kind, form_id)
    if not standing:
        return True
    current = content_hash(kind, form_id)
    return all(s.content_hash == current for s in standing)


@dataclass(frozen=True)
class Signer:
    role: str
    name: str


def default_signers(period: m.BpvPeriod, kind: str, assessment_kind: str | None = None) -> list[Signer]:
    """Who signs: the learner and the praktijkopleider, the werkbegeleider when the period has one, and
    on a final assessment the school's BPV supervisor when known."""
    signers = [Signer("learner", period.learner.display_name)]
    if period.practice_trainer_id:
        signers.append(Signer("practice_trainer", period.practice_trainer.display_name))
    if period.work_supervisor_id:
        signers.append(Signer("work_supervisor", period.work_supervisor.display_name))
    if kind == "assessment" and assessment_kind == "final" and period.school_supervisor_id:
        signers.append(Signer("school_supervisor", period.school_supervisor.display_name))
    return signers


def signer_choices(period: m.BpvPeriod) -> list[Signer]:
    """Every role that can sign a form of `period`, with the person's name where the period names one."""
    names = {
        "learner": period.learner.display_name,
        "practice_trainer": period.practice_trainer.display_name if period.practice_trainer_id else "",
        "work_supervisor": period.work_supervisor.display_name if period.work_supervisor_id else "",
        "school_supervisor": period.school_supervisor.display_name if period.school_supervisor_id else "",
    }
    return [Signer(role, name) for role, name in names.items()]


def _set_signers(kind: str, form, stage: str, signers: list[Signer]) -> None:
    """Make the pending rows of `stage` name exactly `signers`; a role that has signed stays."""
    roles = [s.role for s in signers]
    if len(set(roles)) != len(roles):
        raise ValidationError("signers", _("A role can sign only once."))
    for role in roles:
        if role not in SIGNER_ROLES_OF[kind]:
            raise ValidationError("signers", _("Unknown role: {role}.").format(role=role))
    if not signers:
        raise ValidationError("signers", _("Choose at least one signer."))
    current = {s.signer_role: s for s in signatures(kind, form.id) if s.stage == stage}
    for role, row in current.items():
        if role not in roles:
            if row.signed_at is not None:
                raise ValidationError(
                    "signers",
                    _("{role} has signed already and cannot be taken off; reopen the form first.").format(
                        role=label(choices.SIGNER_ROLES, role)
                    ),
                )
            row.delete_instance()
    for signer in signers:
        name = v.text("signers", signer.name, max_length=200)
        row = current.get(signer.role)
        if row is None:
            m.Signature.create(**{kind: form.id}, signer_role=signer.role, signer_name=name, stage=stage)
        elif row.signed_at is None and row.signer_name != name:
            row.signer_name = name
            row.save()


def _settle_status(kind: str, form) -> None:
    """After the signers changed: a finished form that waits for a new signer steps back a status,
    and a round that is complete now moves the form on as a last signature would."""
    if kind == "trajectory":
        return  # a trajectory's status is the coordinator's to set
    stage = "final" if kind == "assessment" or _has_stage(kind, form.id, "final") else "issue"
    if _stage_complete(kind, form.id, stage):
        _after_signing(kind, form.id, stage)
        return
    fresh = get_form(kind, form.id)
    back = {"signed_off": "assessed", "signed": "completed"}.get(fresh.status)
    if back is not None:
        fresh.status, fresh.updated_at = back, _now()
        fresh.save()
        audit("update", fresh._meta.table_name, fresh.id, ["status"])


def _stage_complete(kind: str, form_id: int, stage: str) -> bool:
    rows = [s for s in signatures(kind, form_id) if s.stage == stage]
    return bool(rows) and all(s.signed_at is not None for s in rows)


def _pending(signature_id: int) -> m.Signature:
    number = v.record_id(signature_id)
    row = m.Signature.get_or_none(m.Signature.id == number) if number else None
    if row is None or row.voided_at is not None:
        raise NotFoundError(_("This signature does not exist (any more)."))
    if row.signed_at is not None:
        raise ValidationError(
            "id", _("{role} has signed this form already.").format(role=label(choices.SIGNER_ROLES, row.signer_role))
        )
    return row


def _form_of(signature: m.Signature) -> tuple[str, int]:
    if signature.assignment_id is not None:
        return "assignment", signature.assignment_id
    if signature.trajectory_id is not None:
        return "trajectory", signature.trajectory_id
    return "assessment", signature.assessment_id


def _check_png(data) -> bytes:
    if not isinstance(data, bytes | bytearray) or not bytes(data).startswith(PNG_MAGIC):
        raise ValidationError("image", _("The signature is missing; sign in the box first."))
    if len(data) > MAX_BLOB_BYTES:
        raise ValidationError("image", _("The file is too large: at most 10 MB."))
    if images.too_many_pixels(bytes(data)):
        raise ValidationError("image", images.too_large(_("The signature")))
    return bytes(data)


def scan_kind(data: bytes) -> str | None:
    """What a file really is by its first bytes ("PDF", "PNG" or "JPEG"), not by its name; else None."""
    return next((kind for magic, kind in SCAN_MAGIC.items() if bytes(data).startswith(magic)), None)


def check_scan(data, name: str = "") -> bytes:
    """A scan must be a PDF, PNG or JPEG of at most 10 MB (judged by its contents, not its name)."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise ValidationError("scan", _("The scan is empty."))
    if len(data) > MAX_BLOB_BYTES:
        raise ValidationError("scan", _("The file is too large: at most 10 MB."))
    if scan_kind(data) is None:
        raise ValidationError("scan", _("{name} is not a PDF, PNG or JPEG file.").format(name=name or _("The scan")))
    if scan_kind(data) != "PDF" and images.too_many_pixels(bytes(data)):
        raise ValidationError("scan", images.too_large(name or _("The scan")))
    return bytes(data)


def _after_signing(kind: str, form_id: int, stage: str) -> None:
    """A round that is complete moves the form on: issued, signed off, or signed."""
    if kind == "trajectory" or not _stage_complete(kind, form_id, stage):
        return
    form = get_form(kind, form_id)
    if kind == "assignment" and stage == "issue" and form.status == "draft":
        new = "issued"
    elif kind == "assignment" and stage == "final":
        new = "signed_off"
    elif kind == "assessment":
        new = "signed"
    else:
        return
    form.status, form.updated_at = new, _now()
    form.save()
    audit("update", form._meta.table_name, form.id, ["status"])


def sign_on_screen(signature_id: int, signer_name: str, image: bytes, *, now: dt.datetime | None = None) -> m.Signature:
    """Set a pending signature with the image drawn on screen, dated now."""
    name = v.text("signer_name", signer_name, required=True)
    picture = _check_png(image)
    with db.atomic():
        row = _pending(signature_id)
        kind, form_id = _form_of(row)
        row.signer_name, row.method, row.image = name, "screen", picture
        row.signed_at = now or _now()
        row.content_hash = content_hash(kind, form_id)
        row.save()
        audit("sign", "signature", row.id, [row.signer_role])
        _after_signing(kind, form_id, row.stage)
    return row


def sign_on_paper(
    signature_id: int, signer_name: str, signed_on, scan: bytes | None = None, scan_name: str = "",
    *, today: dt.date | None = None,
) -> m.Signature:  # fmt: skip
    """Record that a signer signed the printed form on `signed_on`, optionally with the scan."""
    name = v.text("signer_name", signer_name, required=True)
    day = v.date("signed_on", signed_on, required=True)
    if day > (today or clock.today()):
        raise ValidationError("signed_on", _("Cannot be in the future."))
    picture = check_scan(scan, scan_name) if scan is not None else None
    file_name = v.text("scan_name", scan_name, max_length=200) if picture is not None else ""
    with db.atomic():
        row = _pending(signature_id)
        kind, form_id = _form_of(row)
        form = get_form(kind, form_id)
        if day < form.created_at.date():
            raise ValidationError(
                "signed_on",
                _("Cannot be before the form was made ({date}).").format(date=form.created_at.date().isoformat()),
            )
        row.signer_name, row.method, row.scan, row.scan_name = name, "paper", picture, file_name
        row.signed_at = dt.datetime.combine(day, dt.time(12, 0))
        row.content_hash = content_hash(kind, form_id)
        row.save()
        audit("sign", "signature", row.id, [row.signer_role])
        _after_signing(kind, form_id, row.stage)
    return row


def reopen(kind: str, form_id: int) -> int:
    """Void every standing signature so the form can change again; it goes back to draft and waits
    for the same signers. Returns how many signatures were voided. Written to the audit log."""
    with db.atomic():
        form = get_form(kind, form_id)
        standing = standing_signatures(kind, form.id)
        if not standing:
            if kind == "trajectory":
                raise ValidationError("id", _("Nobody has signed this intake agreement; it can be changed as it is."))
            raise ValidationError("id", _("This form has no signatures; it can be changed as it is."))
        moment = _now()
        voided = signatures(kind, form.id)
        for row in voided:
            row.voided_at = moment
            row.save()
        for row in voided:
            if kind != "assignment" or row.stage == "issue":
                m.Signature.create(
                    **{kind: form.id}, signer_role=row.signer_role, signer_name=row.signer_name, stage=row.stage
                )
        if kind != "trajectory":
            form.status = "draft"
        form.updated_at = moment
        form.save()
        audit("reopen", form._meta.table_name, form.id, ["status", "signatures"])
    return len(standing)


# -- numbers and defaults ------------------------------------------------------------------------------


def next_number(kind: str, day: dt.date | None = None) -> str:
    """The next number of the year: "PO-2026-00001" for assignments, "BF-…" for assessments. A number
    is never given twice, also not after the form that had it was deleted (its paper may be out)."""
    model, prefix = model_of(kind), PREFIXES[kind]
    year = (day or clock.today()).year
    start = f"{prefix}-{year}-"
    highest = model.select(fn.MAX(peewee.Cast(fn.SUBSTR(model.number, len(start) + 1), "INTEGER"))).where(
        model.number.startswith(start)
    )
    counter = m.AppSetting.get_or_none(m.AppSetting.key == _counter_key(start))
    used = max(highest.scalar() or 0, int(counter.value) if counter and counter.value.isdecimal() else 0)
    return f"{start}{used + 1:05d}"


def _counter_key(start: str) -> str:
    return f"form_number/{start.rstrip('-')}"


def _take_number(kind: str) -> str:
    """`next_number`, remembered as used (call inside the transaction that stores the form)."""
    number = next_number(kind)
    start, sequence = number.rsplit("-", 1)
    m.AppSetting.insert(key=_counter_key(start + "-"), value=str(int(sequence))).on_conflict_replace().execute()
    return number


def assessment_due(period: m.BpvPeriod, kind: str) -> dt.date | None:
    """When an assessment is due by the period's dates: end of induction, halfway, a week before the end."""
    if period.end_date is None:
        return None
    length = (period.end_date - period.start_date).days
    intro, _evaluation = phase_windows(length)
    if kind == "induction":
        return period.start_date + dt.timedelta(days=intro)
    if kind == "interim":
        return period.start_date + dt.timedelta(days=length // 2)
    return period.end_date - dt.timedelta(days=7)


def participants_of(period: m.BpvPeriod, kind: str) -> str:
    return ", ".join(s.name for s in default_signers(period, "assessment", kind) if s.name)


def period_work_processes(period_id: int) -> list[m.WorkProcess]:
    period = m.BpvPeriod.get_by_id(period_id)
    query = m.WorkProcess.select().where(m.WorkProcess.programme == period.programme_id)
    return list(query.order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id))


# -- saving ------------------------------------------------------------------------------------------------


class AssignmentService(CrudService):
    model = m.PracticeAssignment
    vocabularies = {"status": choices.ASSIGNMENT_STATUSES, "language": {"nl": "Nederlands", "en": "English"}}
    rules = {"title": lambda f, value: v.text(f, value, required=True, max_length=200)}


class AssessmentService(CrudService):
    model = m.Assessment
    vocabularies = {
        "status": choices.ASSESSMENT_STATUSES,
        "kind": choices.ASSESSMENT_KINDS,
        "attitude_score": choices.SCORES,
        "overall_score": choices.SCORES,
        "language": {"nl": "Nederlands", "en": "English"},
    }
    rules = {
        "planned_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "realised_hours": lambda f, value: v.integer(f, value, minimum=0, maximum=10000),
        "talk_date": lambda f, value: _not_future(f, value),
    }


def _not_future(field: str, value) -> dt.date | None:
    day = v.date(field, value)
    if day is not None and day > clock.today():
        raise ValidationError(field, _("Cannot be in the future."))
    return day


SERVICES = {"assignment": AssignmentService(), "assessment": AssessmentService()}


def service(kind: str) -> CrudService:
    model_of(kind)
    return SERVICES[kind]


def _check_links(period_id: int, work_process_ids: list[int], goal_ids: list[int]) -> None:
    period = m.BpvPeriod.get_or_none(m.BpvPeriod.id == period_id)
    if period is None:
        raise ValidationError("period", _("Refers to a record that does not exist (number {id}).").format(id=period_id))
    allowed = {wp.id for wp in period_work_processes(period_id)}
    for wp in work_process_ids:
        if wp not in allowed:
            raise ValidationError("work_processes", _("This werkproces is not part of the learner's programme."))
    goals = {g.id for g in m.LearningGoal.select(m.LearningGoal.id).where(m.LearningGoal.period == period_id)}
    for goal in goal_ids:
        if goal not in goals:
            raise ValidationError("goals", _("This learning goal belongs to another BPV period."))


def _frozen_guard(kind: str, form_id: int, before: str | None) -> None:
    """Inside the saving transaction: refuse when a signed form's content would change."""
    if before is not None and content_hash(kind, form_id) != before:
        if kind == "trajectory":
            raise ValidationError(
                "id",
                _(
                    "The intake agreement has been signed, so the people, the learning goals, what the manager "
                    "expects and contributes, and the planned steps are fixed. Reopen it to change them; that "
                    "voids the signatures."
                ),
            )
        raise ValidationError(
            "id",
            _("This form has been signed, so its content is fixed. Reopen it to change it; that voids the signatures."),
        )


def _check_status(kind: str, form, status: str | None) -> None:
    if status == FINISHED[kind] and form.status != status and not _stage_complete(kind, form.id, "final"):
        raise ValidationError("status", _("Can only be set when every signer has signed."))


def save_assignment(
    assignment_id: int | None,
    values: dict,
    *,
    work_processes: list[int] | None = None,
    goals: list[int] | None = None,
    signers: list[Signer] | None = None,
) -> m.PracticeAssignment:
    """Create or change a practice assignment with its werkprocessen, goals and signers, in one go."""
    svc = SERVICES["assignment"]
    with db.atomic():
        if assignment_id is None:
            values = {"number": _take_number("assignment"), **values}
            cleaned = svc.clean(values, partial=False)
            _check_links(cleaned["period"], work_processes or [], goals or [])
            if cleaned.get("status", "draft") not in ("draft", "issued"):
                raise ValidationError("status", _("A new assignment starts as draft or issued."))
            form = svc.create(**values)
            before = None
        else:
            form, before = _update_fields("assignment", assignment_id, values)
        if work_processes is not None or goals is not None:
            _check_links(form.period_id, work_processes or [], goals or [])
        if work_processes is not None:
            m.AssignmentWorkProcess.delete().where(m.AssignmentWorkProcess.assignment == form.id).execute()
            for wp in dict.fromkeys(work_processes):
                m.AssignmentWorkProcess.create(assignment=form.id, work_process=wp)
        if goals is not None:
            m.AssignmentGoal.delete().where(m.AssignmentGoal.assignment == form.id).execute()
            for goal in dict.fromkeys(goals):
                m.AssignmentGoal.create(assignment=form.id, goal=goal)
        period = m.BpvPeriod.get_by_id(form.period_id)
        if signers is None and assignment_id is None:
            signers = default_signers(period, "assignment")
        if signers is not None:
            _set_signers("assignment", form, "issue", signers)
            if form.status in ("assessed", "signed_off") or _has_stage("assignment", form.id, "final"):
                _set_signers("assignment", form, "final", signers)
        elif form.status == "assessed" and not _has_stage("assignment", form.id, "final"):
            issue = [
                Signer(s.signer_role, s.signer_name) for s in signatures("assignment", form.id) if s.stage == "issue"
            ]
            _set_signers("assignment", form, "final", issue or default_signers(period, "assignment"))
        if signers is not None and assignment_id is not None:
            _settle_status("assignment", form)
        _frozen_guard("assignment", form.id, before)
    return get_form("assignment", form.id)


def _update_fields(kind: str, form_id: int, values: dict):
    """Change a form's own fields; returns the form and, when it is signed, its content hash before
    (the caller compares it once everything is written, inside the same transaction)."""
    svc = SERVICES[kind]
    form = svc.get(form_id)
    before = content_hash(kind, form.id) if is_frozen(kind, form.id) else None
    if "period" in values and svc.clean({"period": values["period"]}, partial=True)["period"] != form.period_id:
        raise ValidationError("period", _("A form stays with its BPV period."))
    _check_status(kind, form, values.get("status"))
    if values:
        form, _previous = svc.update(form.id, **values)
    return form, before


def _has_stage(kind: str, form_id: int, stage: str) -> bool:
    return any(s.stage == stage for s in signatures(kind, form_id))


def save_assessment(
    assessment_id: int | None,
    values: dict,
    *,
    scores: list[tuple[int, str | None, str]] | None = None,
    signers: list[Signer] | None = None,
) -> m.Assessment:
    """Create or change an assessment form with its scores per werkproces and its signers.

    A new form gets a line for every werkproces of the learner's programme; `scores` gives
    (werkproces id, score or None, remarks) for the lines to set.
    """
    svc = SERVICES["assessment"]
    with db.atomic():
        if assessment_id is None:
            values = {"number": _take_number("assessment"), **values}
            cleaned = svc.clean(values, partial=False)
            if cleaned.get("status", "draft") == "signed":
                raise ValidationError("status", _("Can only be set when every signer has signed."))
            period = m.BpvPeriod.get_by_id(cleaned["period"])
            values.setdefault("due_on", assessment_due(period, cleaned["kind"]))
            values.setdefault("planned_hours", period.planned_hours)
            values.setdefault("participants", participants_of(period, cleaned["kind"]))
            form = svc.create(**values)
            for wp in period_work_processes(period.id):
                m.AssessmentScore.create(assessment=form.id, work_process=wp.id)
            before = None
        else:
            form, before = _update_fields("assessment", assessment_id, values)
        if scores is not None:
            lines = {
                s.work_process_id: s for s in m.AssessmentScore.select().where(m.AssessmentScore.assessment == form.id)
            }
            for wp, score, remarks in scores:
                line = lines.get(wp)
                if line is None:
                    raise ValidationError("scores", _("This werkproces is not part of the learner's programme."))
                line.score = v.choice("scores", score, choices.SCORES, required=False)
                line.remarks = v.text("scores", remarks, max_length=2000, multiline=True)
                line.save()
        if signers is None and assessment_id is None:
            signers = default_signers(m.BpvPeriod.get_by_id(form.period_id), "assessment", form.kind)
        if signers is not None:
            _set_signers("assessment", form, "final", signers)
            if assessment_id is not None:
                _settle_status("assessment", form)
        _frozen_guard("assessment", form.id, before)
    return get_form("assessment", form.id)


def delete_form(kind: str, form_id: int) -> Snapshot:
    """Delete a form that nobody has ever signed: signed forms are evidence and stay, also after a reopen."""
    svc = service(kind)
    form = get_form(kind, form_id)
    column = _signature_column(kind)
    if m.Signature.select().where((column == form.id) & m.Signature.signed_at.is_null(False)).exists():
        # Voided signatures too: they are the evidence of what was signed before a reopen.
        raise ValidationError("id", _("This form has been signed and must be kept."))
    return svc.delete(form.id)


def snapshot_form(kind: str, form_id: int) -> Snapshot:
    return service(kind).snapshot(get_form(kind, form_id))


def replace_form(kind: str, snapshot: Snapshot, *, crud: CrudService | None = None) -> None:
    """Put a form back exactly as in `snapshot` (undo and redo of an edit); refused when signatures
    were set or voided since, because signing is not undone. `crud`: the service of a kind this module
    does not keep (a coaching trajectory)."""
    model = model_of(kind)
    crud = crud or service(kind)
    form_id = snapshot.row["id"]
    then = sorted(row["id"] for table, row in snapshot.removed if table is m.Signature and row["signed_at"])
    then_void = sorted(row["id"] for table, row in snapshot.removed if table is m.Signature and row["voided_at"])
    column = _signature_column(kind)
    now = list(m.Signature.select().where(column == form_id))
    if sorted(s.id for s in now if s.signed_at) != then or sorted(s.id for s in now if s.voided_at) != then_void:
        raise ValidationError("id", _("The form was signed or reopened since; this step can no longer be undone."))
    try:
        with db.atomic():
            model.delete().where(model.id == form_id).execute()
            crud.restore(snapshot)
    except peewee.IntegrityError:
        # Something the form referred to (a learning goal, a werkproces) is gone since.
        raise ValidationError(
            "id", _("What this form referred to has changed since; this step can no longer be undone.")
        ) from None


# -- the forms list --------------------------------------------------------------------------------------


@dataclass(slots=True)
class FormRow(NamedRow):
    """One line of the forms list, read with all others in a few queries."""

    kind: str
    id: int
    number: str
    title: str
    assessment_kind: str
    status: str
    due: dt.date | None
    language: str
    period_id: int
    start_date: dt.date | None
    end_date: dt.date | None
    learner_id: int
    first_name: str
    name_prefix: str
    last_name: str
    signers: int = 0
    signed: int = 0
    signed_roles: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.id

    @property
    def done(self) -> bool:
        return self.status in DONE_STATUSES[self.kind]

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due is not None and self.due < today

    def is_due(self, today: dt.date, horizon: int = DUE_HORIZON_DAYS) -> bool:
        return not self.done and self.due is not None and self.due <= today + dt.timedelta(days=horizon)


FORM_ROWS_SQL = """
SELECT 'assignment', f.id, f.number, f.title, '', f.status, f.deadline, f.language,
       p.id, p.start_date, p.end_date, l.id, l.first_name, l.name_prefix, l.last_name
FROM practice_assignment f JOIN bpv_period p ON p.id = f.period_id JOIN learner l ON l.id = p.learner_id
{assignment_where}
UNION ALL
SELECT 'assessment', f.id, f.number, '', f.kind, f.status, f.due_on, f.language,
       p.id, p.start_date, p.end_date, l.id, l.first_name, l.name_prefix, l.last_name
FROM assessment f JOIN bpv_period p ON p.id = f.period_id JOIN learner l ON l.id = p.learner_id
{assessment_where}
"""

# Per form, the signature rows of its latest round (signed-off round once it exists), not voided.
SIGNER_SQL = """
SELECT CASE WHEN s.assignment_id IS NOT NULL THEN 'assignment' ELSE 'assessment' END,
       COALESCE(s.assignment_id, s.assessment_id), s.stage, s.signer_role, s.signed_at IS NOT NULL
FROM signature s
WHERE s.voided_at IS NULL AND s.trajectory_id IS NULL {where}
"""


def form_rows(keys: list[tuple[str, int]] | None = None) -> list[FormRow]:
    """Every form (or those in `keys`) with its learner, period, due date and who has signed."""
    wheres = {"assignment_where": "", "assessment_where": ""}
    signer_where = ""
    params: list = []
    signer_params: list = []
    if keys is not None:
        if not keys:
            return []
        by_kind = {kind: [form_id for k, form_id in keys if k == kind] for kind in ("assignment", "assessment")}
        for kind in ("assignment", "assessment"):
            ids = by_kind[kind] or [0]
            wheres[f"{kind}_where"] = f"WHERE f.id IN ({', '.join('?' * len(ids))})"
            params += ids
        a, b = by_kind["assignment"] or [0], by_kind["assessment"] or [0]
        signer_where = (
            f"AND (s.assignment_id IN ({', '.join('?' * len(a))}) OR s.assessment_id IN ({', '.join('?' * len(b))}))"
        )
        signer_params = [*a, *b]
    rows = {}
    for r in db.execute_sql(FORM_ROWS_SQL.format(**wheres), params):
        row = FormRow(
            r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], iso_date(r[6]), r[7], r[8], iso_date(r[9]), iso_date(r[10]),
            r[11], r[12], r[13] or "", r[14],
        )  # fmt: skip
        rows[(row.kind, row.id)] = row
    rounds: dict[tuple[str, int], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for kind, form_id, stage, role, signed in db.execute_sql(SIGNER_SQL.format(where=signer_where), signer_params):
        rounds[(kind, form_id)][stage].append((role, bool(signed)))
    order = list(choices.SIGNER_ROLES)
    for key, stages in rounds.items():
        row = rows.get(key)
        if row is None:
            continue
        latest = stages.get("final") or stages.get("issue") or []
        row.signers = len(latest)
        row.signed = sum(1 for _role, signed in latest if signed)
        row.signed_roles = tuple(sorted((role for role, signed in latest if signed), key=order.index))
    return list(rows.values())


def mismatched_forms() -> set[tuple[str, int]]:
    """The forms with a standing signature made on other content than the form holds now (changed
    outside the app, or a werkproces renamed since): their signatures no longer apply."""
    result: set[tuple[str, int]] = set()
    for kind in ("assignment", "assessment"):
        column = f"{kind}_id"
        sql = f"""SELECT {column}, content_hash FROM signature
                  WHERE {column} IS NOT NULL AND signed_at IS NOT NULL AND voided_at IS NULL"""
        signed: dict[int, set] = defaultdict(set)
        for form_id, digest in db.execute_sql(sql):
            signed[form_id].add(digest)
        current = content_hashes(kind, signed)
        result.update((kind, form_id) for form_id, digests in signed.items() if digests != {current.get(form_id)})
    return result


def due_forms(today: dt.date | None = None, kind: str | None = None) -> list[FormRow]:
    """The forms that wait for someone and are due within two weeks or overdue, by due date."""
    day = today or clock.today()
    rows = [row for row in form_rows() if row.is_due(day) and (kind is None or row.kind == kind)]
    return sorted(rows, key=lambda row: (row.due, row.number))


def form_title(kind: str, form) -> str:
    if kind == "assignment":
        return form.title
    return label(choices.ASSESSMENT_KINDS, form.kind)

"""Signing a document: its signers, their signatures on screen or on paper, freezing and reopening.

Three kinds of document are signed: the two BPV forms (kind "assignment" and "assessment") and a
coaching trajectory's intake agreement (kind "trajectory"). A signature stores the SHA-256 of the
document's canonical content (`desktop.services.signed_content`) at the moment it was set; while a
document has signatures that stand, its content cannot change until it is reopened, which voids them
(written to the audit log). `signatures_match` tells whether they still fit what is stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from desktop import clock, images
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _, format_date
from desktop.services import validation as v
from desktop.services.base import MAX_BLOB_BYTES, CrudService, Snapshot, audit, save_read_record, signed_form_fixed
from desktop.services.scans import PNG_MAGIC, check_scan
from desktop.services.signed_content import content_hash
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.choices import label
from desktop.storage.models import _now, db

# An intake agreement has no status of its own for a complete round to move on (its trajectory's status
# is the coordinator's to set), and other signers than a BPV form.
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


def signature_column(kind: str):
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


def signatures(kind: str, form_id: int, *, voided: bool = False) -> list[m.Signature]:
    """The form's signature rows (pending and set), issue round first, in role order."""
    column = signature_column(kind)
    query = m.Signature.select().where(column == form_id)
    if not voided:
        query = query.where(m.Signature.voided_at.is_null())
    return in_signing_order(query)


def in_signing_order(rows) -> list[m.Signature]:
    """Signature rows of one form as a form lists them: issue round first, in role order."""
    order = list(choices.SIGNER_ROLES)
    return sorted(
        rows, key=lambda s: (s.stage != "issue", order.index(s.signer_role) if s.signer_role in order else 99, s.id)
    )


def standing_signatures(kind: str, form_id: int) -> list[m.Signature]:
    return [s for s in signatures(kind, form_id) if s.signed_at is not None]


def is_frozen(kind: str, form_id: int) -> bool:
    """True while the form has a signature that stands: its content is then fixed."""
    column = signature_column(kind)
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


def set_signers(kind: str, form, stage: str, signers: list[Signer]) -> None:
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


def settle_status(kind: str, form) -> None:
    """After the signers changed: a finished form that waits for a new signer steps back a status,
    and a round that is complete now moves the form on as a last signature would."""
    if kind == "trajectory":
        return  # a trajectory's status is the coordinator's to set
    stage = "final" if kind == "assessment" or has_stage(kind, form.id, "final") else "issue"
    if stage_complete(kind, form.id, stage):
        _after_signing(kind, form.id, stage)
        return
    fresh = get_form(kind, form.id)
    back = {"signed_off": "assessed", "signed": "completed"}.get(fresh.status)
    if back is not None:
        fresh.status = back
        save_read_record(fresh, ["status"])
        audit("update", fresh._meta.table_name, fresh.id, ["status"])


def stage_complete(kind: str, form_id: int, stage: str) -> bool:
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


def _after_signing(kind: str, form_id: int, stage: str) -> None:
    """A round that is complete moves the form on: issued, signed off, or signed."""
    if kind == "trajectory" or not stage_complete(kind, form_id, stage):
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
    form.status = new
    save_read_record(form, ["status"])
    audit("update", form._meta.table_name, form.id, ["status"])


def _check_talk_held(kind: str, form, day: dt.date) -> None:
    """An assessment is signed after its talk: a planned talk date later than the signature refuses it."""
    talk = getattr(form, "talk_date", None) if kind == "assessment" else None
    if talk is not None and talk > day:
        raise ValidationError(
            "talk_date",
            _(
                "The assessment talk is planned on {date}; the form is signed after the talk. Sign it then, or "
                "change the date of the talk."
            ).format(date=format_date(talk)),
        )


def sign_on_screen(signature_id: int, signer_name: str, image: bytes, *, now: dt.datetime | None = None) -> m.Signature:
    """Set a pending signature with the image drawn on screen, dated now."""
    name = v.text("signer_name", signer_name, required=True)
    picture = _check_png(image)
    with db.atomic():
        row = _pending(signature_id)
        kind, form_id = _form_of(row)
        signed_at = now or _now()
        _check_talk_held(kind, get_form(kind, form_id), signed_at.date())
        row.signer_name, row.method, row.image = name, "screen", picture
        row.signed_at = signed_at
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
    picture = check_scan(scan, MAX_BLOB_BYTES, scan_name) if scan is not None else None
    file_name = v.text("scan_name", scan_name, max_length=200) if picture is not None else ""
    with db.atomic():
        row = _pending(signature_id)
        kind, form_id = _form_of(row)
        form = get_form(kind, form_id)
        _check_talk_held(kind, form, day)
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
        save_read_record(form, ["status"])
        audit("reopen", form._meta.table_name, form.id, ["status", "signatures"])
    return len(standing)


def fixed_content(kind: str, form_id: int) -> str | None:
    """The content hash a save must leave as it is while signatures stand (None while none does); read
    it before writing and hand it to `frozen_guard` after, inside the same transaction."""
    return content_hash(kind, form_id) if is_frozen(kind, form_id) else None


def frozen_guard(kind: str, form_id: int, before: str | None) -> None:
    """Inside the saving transaction: refuse when a signed form's content would change."""
    if before is not None and content_hash(kind, form_id) != before:
        raise ValidationError("id", signed_form_fixed(kind))


def has_stage(kind: str, form_id: int, stage: str) -> bool:
    return any(s.stage == stage for s in signatures(kind, form_id))


def replace_signed(kind: str, snapshot: Snapshot, crud: CrudService, seen_version: int | None = None) -> int | None:
    """Put a signed document back exactly as in `snapshot` through `crud`, the service of its kind (undo
    and redo of an edit); refused when signatures were set or voided since, because signing is not undone, and when
    someone else changed it since `seen_version` (the version the step being undone or redone left). Returns the
    version it has now: stating one, a new version, not the snapshot's, which a dialog opened on the document before
    may still hold and would then save over whatever is changed after this."""
    model = model_of(kind)
    form_id = snapshot.row["id"]
    then = sorted(row["id"] for table, row in snapshot.removed if table is m.Signature and row["signed_at"])
    then_void = sorted(row["id"] for table, row in snapshot.removed if table is m.Signature and row["voided_at"])
    column = signature_column(kind)
    now = list(m.Signature.select().where(column == form_id))
    if sorted(s.id for s in now if s.signed_at) != then or sorted(s.id for s in now if s.voided_at) != then_void:
        raise ValidationError("id", _("The form was signed or reopened since; this step can no longer be undone."))
    try:
        with db.atomic():
            # No other save lands on it before the snapshot replaces it.
            version = crud.claim_version(form_id, seen_version) if seen_version is not None else None
            model.delete().where(model.id == form_id).execute()
            crud.restore(snapshot)
            if version is None:
                return snapshot.row.get("version")
            model.update(version=version).where(model.id == form_id).execute()
            return version
    except peewee.IntegrityError:
        # Something the form referred to (a learning goal, a werkproces) is gone since.
        raise ValidationError(
            "id", _("What this form referred to has changed since; this step can no longer be undone.")
        ) from None

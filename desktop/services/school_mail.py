"""Signed BPV forms handed to the school: an e-mail draft to the period's bpv-begeleider with the forms'
PDFs attached, for the coordinator's own mail program to open ready to send (an .eml file with
`X-Unsent: 1`, as Outlook and Thunderbird read it), and the moment of handing over recorded on each form.
Several forms make one draft per bpv-begeleider.

Only a form signed by everyone goes; a bpv-begeleider needs an e-mail address. Drafts are written whole or
not at all, and a form is marked handed over only once every draft of the batch is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, ngettext
from desktop.services import form_lists, form_printouts
from desktop.services.base import audit
from desktop.storage import models as m
from desktop.storage.files import write_atomically
from desktop.storage.models import db


@dataclass(frozen=True)
class SchoolDraft:
    """One e-mail to one bpv-begeleider, with the forms it carries."""

    name: str
    address: str
    school: str
    keys: tuple[tuple[str, int], ...]
    file_name: str
    message: bytes


def _supervisor(row: form_lists.FormRow) -> m.SchoolSupervisor:
    period = m.BpvPeriod.get_by_id(row.period_id)
    supervisor = period.school_supervisor
    if supervisor is None:
        raise ValidationError(
            "school_supervisor",
            _("The BPV period of {number} names no bpv-begeleider; choose one in the period first.").format(
                number=row.number
            ),
        )
    if not supervisor.email.strip():
        raise ValidationError(
            "email",
            _("{name}, the bpv-begeleider of {number}, has no e-mail address; add it under Basisgegevens.").format(
                name=supervisor.display_name, number=row.number
            ),
        )
    return supervisor


def _check_signed(row: form_lists.FormRow) -> None:
    if not row.done:
        raise ValidationError(
            "status",
            _(
                "{number} is not signed by everyone yet ({signed} of {signers}); only a signed form goes to the school."
            ).format(number=row.number, signed=row.signed, signers=row.signers),
        )


def drafts(keys: list[tuple[str, int]], *, today: dt.date | None = None) -> list[SchoolDraft]:
    """The drafts for these forms, one per bpv-begeleider; a ValidationError names the first form that cannot
    go and why."""
    rows = {row.key: row for row in form_lists.form_rows(keys)}
    groups: dict[int, tuple[m.SchoolSupervisor, list[form_lists.FormRow]]] = {}
    for key in keys:
        row = rows.get(key)
        if row is None:
            raise ValidationError("id", _("This form does not exist (any more)."))
        _check_signed(row)
        supervisor = _supervisor(row)
        groups.setdefault(supervisor.id, (supervisor, []))[1].append(row)
    organisation = form_printouts.letterhead_fields()["organisation"]
    return [_draft(supervisor, forms, organisation, today or clock.today()) for supervisor, forms in groups.values()]


def _draft(supervisor: m.SchoolSupervisor, rows: list[form_lists.FormRow], organisation: str, today: dt.date):
    message = EmailMessage()
    message["To"] = formataddr((supervisor.display_name, supervisor.email.strip()))
    message["X-Unsent"] = "1"  # a draft: the mail program opens it to be sent, not as a message received
    numbers = ", ".join(row.number for row in rows)
    if len(rows) == 1:
        message["Subject"] = _("BPV form {number} of {learner}").format(number=rows[0].number, learner=rows[0].name)
    else:
        message["Subject"] = _("BPV forms {numbers}").format(numbers=numbers)
    listing = "\n".join(f"- {row.number} {row.name}" for row in rows)
    body = ngettext(
        "Dear {name},\n\nAttached is the signed BPV form:\n{listing}\n\nKind regards,\n{organisation}\n",
        "Dear {name},\n\nAttached are the signed BPV forms:\n{listing}\n\nKind regards,\n{organisation}\n",
        len(rows),
    ).format(name=supervisor.display_name, listing=listing, organisation=organisation)
    message.set_content(body)
    for row in rows:
        pdf = form_printouts.form_pdf(row.kind, row.id)
        name = form_printouts.file_name(row.number, row.name)
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    school = supervisor.school.name
    if len(rows) == 1:
        file_name = form_printouts.file_name(rows[0].number, rows[0].name).removesuffix(".pdf")
    else:
        about = f"{school} {supervisor.display_name} {today.isoformat()}"
        file_name = form_printouts.file_name(_("BPV forms"), about).removesuffix(".pdf")
    return SchoolDraft(
        supervisor.display_name,
        supervisor.email.strip(),
        school,
        tuple(row.key for row in rows),
        f"{file_name}.eml",
        message.as_bytes(),
    )


def hand_to_school(
    keys: list[tuple[str, int]], folder: Path, *, now: dt.datetime | None = None
) -> list[tuple[SchoolDraft, Path]]:
    """Write a draft per bpv-begeleider into `folder` and record on every form that it was handed to the
    school now. When a draft cannot be written, the drafts already written go again and no form is marked."""
    made = drafts(keys, today=(now.date() if now else None))
    written: list[tuple[SchoolDraft, Path]] = []
    try:
        for draft in made:
            path = folder / draft.file_name
            write_atomically(path, draft.message)
            written.append((draft, path))
        moment = (now or clock.now()).replace(microsecond=0)
        with db.atomic():
            for draft in made:
                for kind, form_id in draft.keys:
                    model = m.PracticeAssignment if kind == "assignment" else m.Assessment
                    model.update(handed_to_school_at=moment).where(model.id == form_id).execute()
                    audit("update", model._meta.table_name, form_id, ["handed_to_school_at"])
    except BaseException:
        for _draft_made, path in written:
            path.unlink(missing_ok=True)
        raise
    return written

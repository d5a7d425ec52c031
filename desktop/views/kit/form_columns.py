"""How a BPV form is shown in a list: the columns the forms tab and a period's forms page share.

A row is a `desktop.services.form_lists.FormRow`; this module reads only its plain fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from desktop import clock
from desktop.i18n import N_, _, format_date
from desktop.storage import choices
from desktop.views.kit.table_model import Column
from desktop.views.kit.widgets import period_text

if TYPE_CHECKING:
    from desktop.services.form_lists import FormRow

OVERDUE = QColor("#b00020")
STATUS_ORDER = choices.FORM_STATUS_ORDER


def status_text(row: FormRow) -> str:
    """The status as it is: a form that some but not all signers have signed is "partly signed (1 of 3)",
    whatever its recorded status, because its content is fixed from the first signature on."""
    if not row.done and 0 < row.signed < row.signers:
        return _("Partly signed ({signed} of {signers})").format(signed=row.signed, signers=row.signers)
    vocabulary = choices.ASSIGNMENT_STATUSES if row.kind == "assignment" else choices.ASSESSMENT_STATUSES
    return choices.label(vocabulary, row.status)


def status_order(row: FormRow) -> tuple[int, int]:
    return (STATUS_ORDER.index(row.status) if row.status in STATUS_ORDER else 99, row.signed)


def kind_text(row: FormRow) -> str:
    return _(choices.FORM_KINDS[row.kind])


def title_text(row: FormRow) -> str:
    return row.title if row.kind == "assignment" else choices.label(choices.ASSESSMENT_KINDS, row.assessment_kind)


def signed_text(row: FormRow) -> str:
    if not row.signers:
        return ""
    names = ", ".join(choices.label(choices.SIGNER_ROLES, role) for role in row.signed_roles)
    count = _("{signed} of {signers}").format(signed=row.signed, signers=row.signers)
    return f"{count}: {names}" if names else count


def is_overdue(row: FormRow) -> bool:
    return row.is_overdue(clock.today())


NUMBER = Column("number", N_("Number"), lambda r: r.number)
LEARNER = Column("learner", N_("Learner"), lambda r: r.name, sort=lambda r: r.sort_name)
KIND = Column("kind", N_("Kind"), kind_text, searchable=False)
TITLE = Column("title", N_("Title"), title_text)
PERIOD = Column(
    "period",
    N_("BPV period"),
    lambda r: period_text(r.start_date, r.end_date),
    sort=lambda r: r.start_date,
    searchable=False,
)
STATUS = Column("status", N_("Status"), status_text, sort=status_order, searchable=False)
DUE = Column(
    "due",
    N_("Due"),
    lambda r: format_date(r.due, "short"),
    sort=lambda r: r.due,
    searchable=False,
    foreground=lambda r: OVERDUE if is_overdue(r) else None,
    tooltip=lambda r: _("Overdue since {date}").format(date=format_date(r.due)) if is_overdue(r) else "",
)
SIGNED = Column("signed", N_("Signed by"), signed_text, sort=lambda r: (r.signed, r.signers), searchable=False)
SCHOOL = Column(
    "to_school",
    N_("To the school"),
    lambda r: format_date(r.handed_to_school_on, "short"),
    sort=lambda r: r.handed_to_school_on,
    searchable=False,
)

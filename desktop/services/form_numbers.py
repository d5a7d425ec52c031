"""The numbers of BPV forms ("PO-2026-00001", "BF-2026-00042"): the next one of the year, never given
twice, and the form a typed number (or record number) stands for."""

from __future__ import annotations

import datetime as dt

import peewee
from peewee import fn

from desktop import clock
from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import _
from desktop.services import validation as v
from desktop.services.signing import model_of
from desktop.storage import models as m
from desktop.storage.engine import engine_of

PREFIXES = {"assignment": "PO", "assessment": "BF"}


def find_form(text: str) -> tuple[str, int]:
    """A form by its number ("BF-2026-00042"), or by its record number when only one kind of form has it."""
    value = str(text or "").strip()
    for kind, model in (("assignment", m.PracticeAssignment), ("assessment", m.Assessment)):
        found = model.get_or_none(model.number == value.upper())
        if found is not None:
            return kind, found.id
    number = v.record_number(value)
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


def take_number(kind: str) -> str:
    """`next_number`, remembered as used (call inside the transaction that stores the form).

    Two clients of a server numbering at once would both read the same highest number: the year's counter row is
    made first and held until the commit, so the second one reads on only after the first one's form is stored."""
    key = _counter_key(f"{PREFIXES[kind]}-{clock.today().year}-")
    m.AppSetting.insert(key=key, value="0").on_conflict_ignore().execute()
    engine_of(m.db).locked(m.AppSetting.select().where(m.AppSetting.key == key)).execute()
    number = next_number(kind)
    start, sequence = number.rsplit("-", 1)
    m.AppSetting.insert(key=_counter_key(start + "-"), value=str(int(sequence))).on_conflict(
        conflict_target=[m.AppSetting.key], preserve=[m.AppSetting.value]
    ).execute()
    return number

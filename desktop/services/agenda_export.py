"""The agenda written to a file: a table (CSV or XLSX), a list to print (PDF), or a calendar (iCalendar).

What the command line's `leerwerk agenda --out FILE` and the overview's export need: one call that reads
the part of the agenda asked for and writes it whole or not at all, the kind of file following its name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_date
from desktop.pdf.week_list import WeekList, WeekListRenderer
from desktop.services import tabular
from desktop.services import validation as v
from desktop.services.agenda import RESPONSIBLE_ROLES, AgendaItem, default_until, load_agenda
from desktop.services.icalendar import meetings_calendar
from desktop.services.output import cannot_write, check_target, save_file
from desktop.services.training_printouts import letterhead
from desktop.services.week_list import count_text, sections, trainer_of
from desktop.storage import choices

SUFFIXES = (".csv", ".xlsx", ".pdf", ".ics")


def agenda_table(items: Iterable[AgendaItem]) -> tuple[list[str], list[list]]:
    """A header and one row per item: dates as dates, every name written out (for CSV and Excel)."""
    header = [
        _("Due"), _("Overdue"), _("Kind"), _("Who"), _("What"), _("Details"), _("Responsible"), _("Role"),
        _("Location"), _("Team"), _("Kind of record"), _("Record number"),
    ]  # fmt: skip
    yes, no = _("yes"), _("no")
    rows = []
    for item in items:
        role = choices.label(RESPONSIBLE_ROLES, item.role) if item.role else ""
        rows.append(
            [item.due, yes if item.overdue else no, item.kind_label, item.who, item.what, item.detail,
             item.responsible, role, item.location, item.team, choices.label(choices.TABLE_LABELS, item.table),
             item.record_id if item.record_id is not None else ""]
        )  # fmt: skip
    return header, rows


def agenda_document(items: Sequence[AgendaItem], first: dt.date, last: dt.date, trainer: str = "") -> WeekList:
    """The items as a list to print: what is overdue, then day by day from `first` to `last`."""
    span = f"{format_date(first, 'd MMMM yyyy')} – {format_date(last, 'd MMMM yyyy')}"
    title = _("Agenda of {name}").format(name=trainer) if trainer else _("Agenda")
    return WeekList(
        title,
        trainer,
        span,
        count_text(len(items), sum(1 for item in items if item.overdue)),
        sections(list(items), first, last),
        _("Nothing is due in this period, and nothing is overdue."),
    )


def agenda_range(start=None, end=None) -> tuple[dt.date, dt.date]:
    """The range an export covers: from `start` (default today) to `end` (default two weeks on)."""
    first = v.date("start", start) or clock.today()
    last = v.date("end", end) or default_until(first)
    if last < first:
        raise ValidationError("end", _("The end date lies before the start date."))
    return first, last


def agenda_items(
    first: dt.date,
    last: dt.date,
    *,
    practice_trainer: int | None = None,
    responsible: int | None = None,
    location: int | None = None,
    team: int | None = None,
    kinds: Iterable[str] | None = None,
) -> list[AgendaItem]:
    """What is due from `first` to `last` (from `agenda_range`) and what is overdue, as an export lists it."""
    loaded = load_agenda(max(last, clock.today()), practice_trainer=practice_trainer, location=location, team=team)
    return loaded.select(first, last, responsible=responsible, kinds=kinds)


def save_agenda(
    path,
    start=None,
    end=None,
    *,
    practice_trainer: int | None = None,
    responsible: int | None = None,
    location: int | None = None,
    team: int | None = None,
    kinds: Iterable[str] | None = None,
) -> Path:
    """Write what is due from `start` (default today) to `end` (default: two weeks on), and what is overdue,
    to `path`: .csv or .xlsx as a table, .pdf as a list to print, .ics as the planned meetings of one
    praktijkopleider (`practice_trainer` is then required)."""
    target = check_target(path, SUFFIXES)
    first, last = agenda_range(start, end)
    if target.suffix.lower() == ".ics":
        if practice_trainer is None:
            raise ValidationError(
                "practice_trainer", _("A calendar file is made for one practice trainer; give their number.")
            )
        return save_file(target, meetings_calendar(practice_trainer, first, last), SUFFIXES)
    items = agenda_items(
        first, last, practice_trainer=practice_trainer, responsible=responsible, location=location, team=team,
        kinds=kinds,
    )  # fmt: skip
    if target.suffix.lower() == ".pdf":
        trainer = trainer_of(practice_trainer).display_name if practice_trainer is not None else ""
        document = agenda_document(items, first, last, trainer)
        return save_file(target, WeekListRenderer(letterhead(), document).render(), SUFFIXES)
    header, rows = agenda_table(items)
    try:
        if target.suffix.lower() == ".csv":
            tabular.write_csv(target, header, ([tabular.cell_text(cell) for cell in row] for row in rows))
        else:
            tabular.write_xlsx(target, header, rows, _("Agenda"))
    except OSError as error:
        raise ValidationError("out", cannot_write(target, error)) from None
    return target

"""A praktijkopleider's week list: their learners' meetings, tasks, forms and certificates for one week,
read from the agenda, and what is overdue before it. Rendered by `desktop.pdf.week_list`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import _, format_date, format_number, ngettext
from desktop.pdf.week_list import WeekLine, WeekList, WeekListRenderer, WeekSection
from desktop.services import validation as v
from desktop.services.agenda import RESPONSIBLE_ROLES, AgendaItem, load_agenda
from desktop.services.output import save_file
from desktop.services.training_printouts import letterhead
from desktop.storage import choices
from desktop.storage import models as m


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week `day` lies in."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _line(item: AgendaItem, dated: bool) -> WeekLine:
    what = f"{item.what} ({item.detail})" if item.detail and item.kind in ("form", "certificate") else item.what
    by = ""
    if item.role not in (None, "practice_trainer") and item.responsible:
        by = f"{choices.label(RESPONSIBLE_ROLES, item.role)}: {item.responsible}"
    when = format_date(item.due, "EEE d MMM yyyy") if dated else ""
    return WeekLine(when, item.kind_label, item.who, what, by, item.overdue)


def week_list(practice_trainer_id: int, day=None) -> WeekList:
    """The week list of the praktijkopleider for the week of `day` (default: this week)."""
    number = v.record_id(practice_trainer_id)
    trainer = m.Staff.get_or_none(m.Staff.id == number) if number else None
    if trainer is None:
        raise ValidationError(
            "practice_trainer",
            _("Refers to a record that does not exist (number {id}).").format(id=practice_trainer_id),
        )
    monday, sunday = week_of(v.date("day", day) or clock.today())
    loaded = load_agenda(max(sunday, clock.today()), practice_trainer=trainer.id)
    late = [item for item in loaded.items if item.overdue]
    week = [item for item in loaded.items if not item.overdue and monday <= item.due <= sunday]
    sections = []
    if late:
        sections.append(WeekSection(_("Overdue"), tuple(_line(item, True) for item in late), late=True))
    for offset in range(7):
        today = monday + dt.timedelta(days=offset)
        lines = sorted((item for item in week if item.due == today), key=lambda i: (i.kind_label, i.subject.who_sort))
        if lines:
            title = format_date(today, "EEEE d MMMM")
            sections.append(WeekSection(title[:1].upper() + title[1:], tuple(_line(item, False) for item in lines)))
    learners = m.BpvPeriod.select(m.BpvPeriod.learner).where(
        (m.BpvPeriod.practice_trainer == trainer.id) & m.BpvPeriod.status.in_(("planned", "active"))
    )
    count = learners.distinct().count()
    items = len(late) + len(week)
    summary = " · ".join(
        (
            ngettext("{count} learner in placement", "{count} learners in placement", count).format(
                count=format_number(count)
            ),
            ngettext("{count} item", "{count} items", items).format(count=format_number(items))
            + (", " + _("{count} of them overdue").format(count=format_number(len(late))) if late else ""),
        )
    )
    iso_week = monday.isocalendar().week
    span = f"{format_date(monday, 'd MMMM')} – {format_date(sunday, 'd MMMM yyyy')}"
    return WeekList(
        trainer.display_name,
        _("Week {number} · {span}").format(number=iso_week, span=span),
        summary,
        tuple(sections),
        _("Nothing is due this week, and nothing is overdue."),
    )


def week_list_pdf(practice_trainer_id: int, day=None) -> bytes:
    return WeekListRenderer(letterhead(), week_list(practice_trainer_id, day)).render()


def save_week_list(path: Path, practice_trainer_id: int, day=None) -> Path:
    """Write the week list as a PDF to `path`, whole or not at all."""
    return save_file(path, week_list_pdf(practice_trainer_id, day), (".pdf",))

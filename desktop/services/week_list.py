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


def trainer_of(practice_trainer_id) -> m.Staff:
    number = v.record_id(practice_trainer_id)
    trainer = m.Staff.get_or_none(m.Staff.id == number) if number else None
    if trainer is None:
        raise ValidationError(
            "practice_trainer",
            _("Refers to a record that does not exist (number {id}).").format(id=practice_trainer_id),
        )
    return trainer


def sections(items: list[AgendaItem], first: dt.date, last: dt.date) -> tuple[WeekSection, ...]:
    """What is overdue, then one section per day from `first` to `last` that has something due."""
    late = [item for item in items if item.overdue]
    result = []
    if late:
        result.append(WeekSection(_("Overdue"), tuple(_line(item, True) for item in late), late=True))
    by_day: dict[dt.date, list[AgendaItem]] = {}
    for item in items:
        if not item.overdue and first <= item.due <= last:
            by_day.setdefault(item.due, []).append(item)
    for day in sorted(by_day):
        lines = sorted(by_day[day], key=lambda i: (i.kind_label, i.subject.who_sort))
        title = format_date(day, "EEEE d MMMM" if first.year == last.year else "EEEE d MMMM yyyy")
        result.append(WeekSection(title[:1].upper() + title[1:], tuple(_line(item, False) for item in lines)))
    return tuple(result)


def count_text(items: int, late: int) -> str:
    """ "23 items, 5 of them overdue"."""
    text = ngettext("{count} item", "{count} items", items).format(count=format_number(items))
    return text + (", " + _("{count} of them overdue").format(count=format_number(late)) if late else "")


def week_list(practice_trainer_id: int, day=None) -> WeekList:
    """The week list of the praktijkopleider for the week of `day` (default: this week)."""
    trainer = trainer_of(practice_trainer_id)
    monday, sunday = week_of(v.date("day", day) or clock.today())
    loaded = load_agenda(max(sunday, clock.today()), practice_trainer=trainer.id)
    chosen = loaded.select(monday, sunday)
    learners = m.BpvPeriod.select(m.BpvPeriod.learner).where(
        (m.BpvPeriod.practice_trainer == trainer.id) & m.BpvPeriod.status.in_(("planned", "active"))
    )
    count = learners.distinct().count()
    in_placement = ngettext("{count} learner in placement", "{count} learners in placement", count).format(
        count=format_number(count)
    )
    span = f"{format_date(monday, 'd MMMM')} – {format_date(sunday, 'd MMMM yyyy')}"
    return WeekList(
        _("Week list of {name}").format(name=trainer.display_name),
        trainer.display_name,
        _("Week {number} · {span}").format(number=monday.isocalendar().week, span=span),
        f"{in_placement} · {count_text(len(chosen), sum(1 for item in chosen if item.overdue))}",
        sections(chosen, monday, sunday),
        _("Nothing is due this week, and nothing is overdue."),
    )


def week_list_pdf(practice_trainer_id: int, day=None) -> bytes:
    return WeekListRenderer(letterhead(), week_list(practice_trainer_id, day)).render()


def save_week_list(path: Path, practice_trainer_id: int, day=None) -> Path:
    """Write the week list as a PDF to `path`, whole or not at all."""
    return save_file(path, week_list_pdf(practice_trainer_id, day), (".pdf",))

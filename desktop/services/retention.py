"""The review list: records kept longer than their retention period, and anonymising them in one go."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from peewee import fn

from desktop import clock
from desktop.i18n import _, format_date, ngettext
from desktop.services.base import audit
from desktop.services.erasure import erase_committed, erase_in_transaction
from desktop.services.privacy import ANONYMISED, PersonRef, years_after
from desktop.services.retention_periods import BY_CODE, longest_retention_years, retention_years
from desktop.storage import models as m
from desktop.storage.backup_pruning import prune_backups_older_than
from desktop.storage.models import display_name, iso_date
from desktop.storage.wiping import NotWiped

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # a code of `retention_periods.KINDS`
    table: str
    record_id: int | None
    label: str  # what the coordinator recognises: a name, a training, a number of changes
    ended_on: dt.date
    due_on: dt.date  # the first day past the retention period

    def past_by(self, today: dt.date) -> int:
        return (today - self.due_on).days

    @property
    def kind_label(self) -> str:
        return _(BY_CODE[self.kind].label)

    @property
    def person(self) -> PersonRef | None:
        if self.table in ("learner", "staff") and self.record_id is not None:
            return PersonRef(self.table, self.record_id)
        return None


def _learner_items(today: dt.date) -> list[ReviewItem]:
    sql = """
        SELECT l.id, l.first_name, l.name_prefix, l.last_name, l.updated_at,
               MAX(COALESCE(p.ended_on, p.end_date)),
               SUM(CASE WHEN p.id IS NOT NULL AND COALESCE(p.ended_on, p.end_date) IS NULL THEN 1 ELSE 0 END)
        FROM learner l LEFT JOIN bpv_period p ON p.learner_id = l.id
        WHERE l.first_name <> ?
        GROUP BY l.id
    """
    signed_sql = """
        SELECT DISTINCT p.learner_id FROM signature sg
        LEFT JOIN practice_assignment pa ON pa.id = sg.assignment_id
        LEFT JOIN assessment a ON a.id = sg.assessment_id
        JOIN bpv_period p ON p.id = COALESCE(pa.period_id, a.period_id)
        WHERE sg.signed_at IS NOT NULL
    """
    signed = {row[0] for row in m.db.execute_sql(signed_sql)}
    years, form_years = retention_years("learner"), retention_years("signed_form")
    items = []
    for learner_id, first, prefix, last, updated, last_end, running in m.db.execute_sql(sql, (ANONYMISED,)):
        if running:
            continue
        ended = iso_date(last_end) or iso_date(updated)
        due = years_after(ended, max(years, form_years) if learner_id in signed else years)
        if due < today:
            kind = "signed_form" if learner_id in signed and form_years > years else "learner"
            items.append(ReviewItem(kind, "learner", learner_id, display_name(first, prefix, last), ended, due))
    return items


def _staff_items(today: dt.date) -> list[ReviewItem]:
    years = retention_years("staff")
    query = m.Staff.select().where(~m.Staff.active & (m.Staff.first_name != ANONYMISED))
    items = []
    for staff in query:
        ended = staff.updated_at.date()
        due = years_after(ended, years)
        if due < today:
            items.append(ReviewItem("staff", "staff", staff.id, staff.display_name, ended, due))
    return items


def _holder(row) -> str:
    return display_name(row[0], row[1], row[2])


def _training_items(today: dt.date) -> list[ReviewItem]:
    years = retention_years("training")
    items = []
    certificates = """
        SELECT c.id, t.title, COALESCE(c.expires_on, c.issued_on),
               COALESCE(s.first_name, l.first_name), COALESCE(s.name_prefix, l.name_prefix),
               COALESCE(s.last_name, l.last_name)
        FROM certificate c JOIN training t ON t.id = c.training_id
        LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN learner l ON l.id = c.learner_id
    """
    for record_id, title, end, *name in m.db.execute_sql(certificates):
        ended = iso_date(end)
        due = years_after(ended, years)
        if due < today:
            label = _("Certificate {training}: {name}").format(training=title, name=_holder(name))
            items.append(ReviewItem("training", "certificate", record_id, label, ended, due))
    enrolments = """
        SELECT e.id, t.title, COALESCE(e.completed_on, e.cancelled_on, e.updated_at),
               COALESCE(s.first_name, l.first_name), COALESCE(s.name_prefix, l.name_prefix),
               COALESCE(s.last_name, l.last_name)
        FROM enrolment e JOIN training t ON t.id = e.training_id
        LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN learner l ON l.id = e.learner_id
        WHERE e.status IN ('completed', 'cancelled', 'attended', 'no_show')
    """
    for record_id, title, end, *name in m.db.execute_sql(enrolments):
        ended = iso_date(end)
        due = years_after(ended, years)
        if due < today:
            label = _("Enrolment {training}: {name}").format(training=title, name=_holder(name))
            items.append(ReviewItem("training", "enrolment", record_id, label, ended, due))
    return items


def _coaching_items(today: dt.date) -> list[ReviewItem]:
    years = retention_years("coaching")
    sql = """
        SELECT c.id, c.ended_on, COALESCE(s.first_name, l.first_name), COALESCE(s.name_prefix, l.name_prefix),
               COALESCE(s.last_name, l.last_name)
        FROM coaching_trajectory c
        LEFT JOIN staff s ON s.id = c.participant_staff_id LEFT JOIN learner l ON l.id = c.participant_learner_id
        WHERE c.ended_on IS NOT NULL
    """
    items = []
    for record_id, end, *name in m.db.execute_sql(sql):
        ended = iso_date(end)
        due = years_after(ended, years)
        if due < today:
            label = _("Coaching trajectory of {name}").format(name=_holder(name))
            items.append(ReviewItem("coaching", "coaching_trajectory", record_id, label, ended, due))
    return items


def _audit_cutoff(today: dt.date) -> dt.date:
    """Changes made before this day are past their period."""
    return years_after(today, -retention_years("audit"))


def _audit_items(today: dt.date) -> list[ReviewItem]:
    cutoff = _audit_cutoff(today)
    entry = m.AuditEntry
    query = entry.select(fn.COUNT(entry.id), fn.MIN(entry.at), fn.MAX(entry.at))
    count, oldest, newest = query.where(entry.at < cutoff).tuples().get()
    if not count:
        return []
    oldest = iso_date(oldest)
    label = ngettext("{count} change", "{count} changes", count).format(count=count)
    label += " " + _("from {start} to {end}").format(start=format_date(oldest), end=format_date(iso_date(newest)))
    due = years_after(oldest, retention_years("audit"))
    return [ReviewItem("audit", "audit_log", None, label, oldest, due)]


def review(today: dt.date | None = None) -> list[ReviewItem]:
    """Every record past its retention period, longest overdue first."""
    today = today or clock.today()
    items = [
        *_learner_items(today),
        *_staff_items(today),
        *_training_items(today),
        *_coaching_items(today),
        *_audit_items(today),
    ]
    return sorted(items, key=lambda item: (item.due_on, item.table, item.record_id or 0))


@dataclass
class AnonymiseResult:
    items: int = 0
    deleted: dict[str, int] = field(default_factory=dict)
    anonymised: dict[str, int] = field(default_factory=dict)
    backups_removed: int = 0
    not_wiped: NotWiped | None = None  # why the file may still hold what was anonymised (None: wiped)


def _count(target: dict[str, int], table: str, number: int) -> None:
    if number:
        target[table] = target.get(table, 0) + number


def anonymise(items: list[ReviewItem], today: dt.date | None = None) -> AnonymiseResult:
    """Anonymise or delete what `items` name, in one transaction, then wipe the file and prune old backups.

    People are erased (`erasure`); certificates, enrolments and coaching trajectories deleted; old
    change history removed. An item whose record is gone in the meantime is skipped."""
    today = today or clock.today()
    simple = {"certificate": m.Certificate, "enrolment": m.Enrolment, "coaching_trajectory": m.CoachingTrajectory}
    order = {"audit_log": 0, "certificate": 1, "enrolment": 1, "coaching_trajectory": 1, "staff": 2, "learner": 3}

    def work() -> AnonymiseResult:
        result = AnonymiseResult()
        for item in sorted(items, key=lambda i: order.get(i.table, 9)):
            if item.table == "audit_log":
                number = m.AuditEntry.delete().where(m.AuditEntry.at < _audit_cutoff(today)).execute()
                _count(result.deleted, "audit_log", number)
                audit("delete", "audit_log", None)
            elif item.table in simple:
                model = simple[item.table]
                number = model.delete().where(model.id == item.record_id).execute()
                if number:
                    audit("delete", item.table, item.record_id)
                _count(result.deleted, item.table, number)
                if not number:
                    continue
            else:
                ref = item.person
                if ref is None or ref.model.get_or_none(ref.model.id == ref.id) is None:
                    continue
                report = erase_in_transaction(ref, today)
                for table, number in report.deleted.items():
                    _count(result.deleted, table, number)
                for table, number in report.anonymised.items():
                    _count(result.anonymised, table, number)
            result.items += 1
        return result

    refused = _("The disk is full: nothing was anonymised, nothing was changed.")
    result, not_wiped = erase_committed(work, refused)
    result.not_wiped = not_wiped
    result.backups_removed = len(prune_backups_older_than(longest_retention_years() * 366))
    log.info("Anonymised %d records past their retention period", result.items)
    return result

"""Reading the BPV forms for the forms list: every form with its learner, period, due date and who has
signed, a few queries for all of them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from desktop import clock
from desktop.services.signed_content import content_hashes
from desktop.storage import choices
from desktop.storage.models import NamedRow, db, iso_date

# Statuses from which a form no longer waits for anyone: it is not "due" any more.
DONE_STATUSES = {"assignment": ("signed_off",), "assessment": ("signed",)}
DUE_HORIZON_DAYS = 14  # "due" means: not done, and due within two weeks (or overdue)


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
    handed_to_school_on: dt.date | None = None  # the day a draft to the bpv-begeleider was made

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
       p.id, p.start_date, p.end_date, l.id, l.first_name, l.name_prefix, l.last_name, f.handed_to_school_at
FROM practice_assignment f JOIN bpv_period p ON p.id = f.period_id JOIN learner l ON l.id = p.learner_id
{assignment_where}
UNION ALL
SELECT 'assessment', f.id, f.number, '', f.kind, f.status, f.due_on, f.language,
       p.id, p.start_date, p.end_date, l.id, l.first_name, l.name_prefix, l.last_name, f.handed_to_school_at
FROM assessment f JOIN bpv_period p ON p.id = f.period_id JOIN learner l ON l.id = p.learner_id
{assessment_where}
"""


# Per form, the signature rows of its latest round (signed-off round once it exists), not voided.
SIGNER_SQL = """
SELECT CASE WHEN s.assignment_id IS NOT NULL THEN 'assignment' ELSE 'assessment' END,
       COALESCE(s.assignment_id, s.assessment_id), s.stage, s.signer_role, s.signed_at IS NOT NULL
FROM signature s
WHERE s.voided_at IS NULL {where}
"""


def form_rows(keys: list[tuple[str, int]] | None = None) -> list[FormRow]:
    """Every form (or those in `keys`) with its learner, period, due date and who has signed."""
    wheres = {"assignment_where": "", "assessment_where": ""}
    signer_queries: list[tuple[str, list]] = [("AND s.trajectory_id IS NULL", [])]
    params: list = []
    if keys is not None:
        if not keys:
            return []
        by_kind = {kind: [form_id for k, form_id in keys if k == kind] for kind in ("assignment", "assessment")}
        for kind in ("assignment", "assessment"):
            ids = by_kind[kind] or [0]
            wheres[f"{kind}_where"] = f"WHERE f.id IN ({', '.join('?' * len(ids))})"
            params += ids
        # One query per kind, each in its own index: a test of both columns, or of the trajectory's, would read
        # every signature.
        signer_queries = [
            (f"AND s.{kind}_id IN ({', '.join('?' * len(ids))})", ids) for kind, ids in by_kind.items() if ids
        ]
    rows = {}
    for r in db.execute_sql(FORM_ROWS_SQL.format(**wheres), params):
        row = FormRow(
            r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], iso_date(r[6]), r[7], r[8], iso_date(r[9]), iso_date(r[10]),
            r[11], r[12], r[13] or "", r[14], handed_to_school_on=iso_date(r[15]),
        )  # fmt: skip
        rows[(row.kind, row.id)] = row
    rounds: dict[tuple[str, int], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for signer_where, signer_params in signer_queries:
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


PERIOD_FORMS_SQL = """
SELECT 'assignment', id, period_id FROM practice_assignment WHERE period_id IN ({marks})
UNION ALL
SELECT 'assessment', id, period_id FROM assessment WHERE period_id IN ({marks})
"""


def _period_forms(period_ids: list[int]) -> list[tuple[str, int, int]]:
    if not period_ids:
        return []
    marks = ", ".join("?" * len(period_ids))
    return list(db.execute_sql(PERIOD_FORMS_SQL.format(marks=marks), [*period_ids, *period_ids]))


def period_form_rows(period_id: int) -> list[FormRow]:
    """The forms of one BPV period, as the forms list shows them."""
    return form_rows([(kind, form_id) for kind, form_id, _period in _period_forms([period_id])])


def form_counts(period_ids: list[int]) -> dict[int, int]:
    """How many forms each of these BPV periods has (a period without forms is left out)."""
    counts: dict[int, int] = defaultdict(int)
    for _kind, _form_id, period_id in _period_forms(list(period_ids)):
        counts[period_id] += 1
    return dict(counts)

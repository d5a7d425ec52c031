"""The praktijkopleiders (001, §1): how long each is certified, their caseload against their FTE, and the
werkbegeleiders they coach.

A certification running out is warned as many days ahead as a certificate (`training_matrix.warning_days`).
The caseload counts the learners of the placements a praktijkopleider guides now (planned or running); per
FTE it is that count divided by their contract, so that a part-timer's load compares with a full-timer's.
The werkbegeleiders they coach are the participants of their open "praktijkopleider coaching a werkbegeleider"
trajectories.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop import clock
from desktop.i18n import N_
from desktop.services.privacy import ANONYMISED
from desktop.services.training_matrix import warning_days
from desktop.storage import choices
from desktop.storage.models import NamedRow, db, display_name, iso_date
from desktop.textsearch import fold, matches, search_words

CERTIFICATION_STATES = {
    "expired": N_("Expired"),
    "expiring": N_("Expires soon"),
    "valid": N_("Valid"),
    "unknown": N_("Not recorded"),
}


def certification_state(until: dt.date | None, today: dt.date, warning: int) -> str:
    if until is None:
        return "unknown"
    if until < today:
        return "expired"
    return "expiring" if until <= today + dt.timedelta(days=warning) else "valid"


@dataclass(slots=True)
class TrainerRow(NamedRow):
    staff_id: int
    first_name: str
    name_prefix: str
    last_name: str
    team_id: int | None
    team: str
    location_id: int | None
    location: str
    certified_until: dt.date | None
    certification: str  # `CERTIFICATION_STATES`
    fte: Decimal | None
    caseload: int
    coached: list[str] = field(default_factory=list)  # names of the werkbegeleiders they coach

    @property
    def caseload_per_fte(self) -> Decimal | None:
        return (Decimal(self.caseload) / self.fte).quantize(Decimal("0.1")) if self.fte else None

    @property
    def certification_label(self) -> str:
        return choices.label(CERTIFICATION_STATES, self.certification)


TRAINERS_SQL = """
SELECT s.id, s.first_name, s.name_prefix, s.last_name, s.team_id, COALESCE(t.location_id, s.location_id),
       r.certified_until, s.fte,
       (SELECT COUNT(DISTINCT p.learner_id) FROM bpv_period p JOIN learner l ON l.id = p.learner_id
        WHERE p.practice_trainer_id = s.id AND p.status IN ('planned', 'active') AND l.archived = FALSE)
FROM staff_role r JOIN staff s ON s.id = r.staff_id LEFT JOIN team t ON t.id = s.team_id
WHERE r.role = 'practice_trainer' AND s.first_name <> ?{scope}
"""
COACHED_SQL = """
SELECT t.coach_id, s.first_name, s.name_prefix, s.last_name FROM coaching_trajectory t
JOIN staff s ON s.id = t.participant_staff_id
WHERE t.kind = 'supervisor_coaching' AND t.status IN ('planned', 'active'){scope}
"""


def practice_trainers(
    *,
    location: int | None = None,
    team: int | None = None,
    search: str = "",
    staff_id: int | None = None,
    today: dt.date | None = None,
) -> list[TrainerRow]:
    """Every praktijkopleider in service (or just `staff_id`), filtered by place and words; the certifications
    that ran out or run out soon first, then by name."""
    today = today or clock.today()
    warning = warning_days()
    scope = f" AND s.id = {int(staff_id)}" if staff_id is not None else " AND s.active = TRUE"
    teams = dict(db.execute_sql("SELECT id, name FROM team").fetchall())
    locations = dict(db.execute_sql("SELECT id, name FROM location").fetchall())
    coached: dict[int, list[str]] = {}
    coach_scope = f" AND t.coach_id = {int(staff_id)}" if staff_id is not None else ""
    for coach, first, prefix, last in db.execute_sql(COACHED_SQL.format(scope=coach_scope)):
        coached.setdefault(coach, []).append(display_name(first, prefix, last))
    words = search_words(search) if search else []
    rows = []
    for number, first, prefix, last, team_id, location_id, until, fte, caseload in db.execute_sql(
        TRAINERS_SQL.format(scope=scope), (ANONYMISED,)
    ):
        if team is not None and team_id != team:
            continue
        if location is not None and location_id != location:
            continue
        certified = iso_date(until)
        row = TrainerRow(number, first, prefix, last, team_id, teams.get(team_id, ""), location_id,
                         locations.get(location_id, ""), certified, certification_state(certified, today, warning),
                         Decimal(str(fte)) if fte is not None else None, caseload,
                         sorted(coached.get(number, []), key=fold))  # fmt: skip
        if words and not matches(words, fold(f"{row.name} {row.team} {row.location} {' '.join(row.coached)}")):
            continue
        rows.append(row)
    urgency = {"expired": 0, "expiring": 1, "unknown": 2, "valid": 3}
    rows.sort(key=lambda row: (urgency[row.certification], fold(row.sort_name)))
    return rows

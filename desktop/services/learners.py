"""Reading learners for lists and exports: each learner with their current BPV period.

The current period is the active one; without it the next planned one, else the most recent. When
several qualify, the one that started last wins.
"""

from __future__ import annotations

from desktop.storage.models import db

CURRENT_PERIOD_SQL = """
SELECT learner_id, id FROM (
    SELECT learner_id, id, ROW_NUMBER() OVER (
        PARTITION BY learner_id
        ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END,
                 CASE WHEN status = 'planned' THEN start_date END ASC,
                 start_date DESC, id DESC
    ) AS rank
    FROM bpv_period
) WHERE rank = 1
"""


def current_period_ids() -> dict[int, int]:
    """Learner id -> id of their current period, for every learner who has a period."""
    return dict(db.execute_sql(CURRENT_PERIOD_SQL).fetchall())

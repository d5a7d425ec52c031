"""The demo builder: every row of a demo database, made in memory by one builder per area of the domain.

`DemoBuilder` puts the areas together and runs them in order, each building on what the ones before made (staff
before learners, learners before their forms, trainings before coaching); the order is part of the result, since
all areas draw from one `random.Random(seed)`. Rows are plain tuples in column order with ids assigned here (see
`rows`), so `desktop.demo.generate` can write them with ``executemany``; the same seed and day give the same rows.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.demo.agreements import Agreements
from desktop.demo.bpv_forms import BpvForms
from desktop.demo.budget import Budget
from desktop.demo.climate import Climate, LearningTogether
from desktop.demo.coaching import Coaching
from desktop.demo.development import Development
from desktop.demo.learners import LearnersAndPeriods
from desktop.demo.reference import ReferenceData
from desktop.demo.trainings import Trainings
from desktop.storage import models as m


class DemoBuilder(
    ReferenceData,
    LearnersAndPeriods,
    BpvForms,
    Agreements,
    Trainings,
    Coaching,
    Budget,
    Development,
    Climate,
    LearningTogether,
):
    """All of a demo database's rows: `build` them, then read `rows`, `columns` and `organisation`."""

    def build(self, report: Callable[[float], None]) -> None:
        steps = (
            self.organisation_and_settings,
            self.locations_and_teams,
            self.staff,
            self.schools,
            self.programmes,
            self.learners_and_periods,
            self.period_details,
            self.agreements_and_recognitions,
            self.trainings,
            self.enrolments,
            self.coaching,
            self.learning_climate,
            self.learning_together,
            self.audit_log,
            self.budget,
            self.development_records,
        )
        for done, step in enumerate(steps, start=1):
            step()
            report(done / len(steps))

    def audit_log(self) -> None:
        # Record ids and field names only, as the real audit log does: never names or values.
        tables = (
            (m.Learner, "create", ""),
            (m.BpvPeriod, "update", "status,ended_on,end_reason"),
            (m.Enrolment, "create", ""),
            (m.Assessment, "sign", "status"),
            (m.Certificate, "import", ""),
            (m.PracticeAssignment, "update", "deadline"),
            (m.Assessment, "reopen", "status"),
            (m.Enrolment, "delete", ""),
        )
        for index in range(24):
            model, action, changed = tables[index % len(tables)]
            count = len(self.rows[model])
            record = self.rng.randint(1, count) if count and action != "delete" else count + index
            moment = self.stamp(self.day(-self.rng.randint(0, 30)))
            self.add(
                m.AuditEntry,
                at=moment,
                user="demo",
                action=action,
                table_name=model._meta.table_name,
                record_id=record,
                changed_fields=changed,
            )

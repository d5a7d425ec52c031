"""Certificates that run out, as the agenda reads them (`certificate_alerts`, tuned for tens of thousands of
certificates), against a plain reading of every certificate on a demo, on several days."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from desktop import clock
from desktop.services.training_matrix import certificate_alerts
from desktop.storage.models import db, iso_date

DEMO_TODAY = dt.date(2026, 11, 16)


@pytest.fixture(scope="module")
def demo_300(tmp_path_factory):
    from desktop.demo import generate_demo
    from desktop.storage.database import close_database

    path = tmp_path_factory.mktemp("demo") / "demo-300.sqlite3"
    generate_demo(path, learners=300, seed=17, today=DEMO_TODAY)
    close_database()
    return path


def _plainly(until: dt.date, learners: set[int] | None = None) -> set[tuple]:
    """Every person's best certificate per mandatory training (no expiry counting as the best, of equally good
    ones the latest entered), kept when it runs out by `until`, its holder counts and the training is required
    for them, and the holder's other record (staff member and learner at once) has none that lasts longer."""
    trainings = dict(db.execute_sql("SELECT id, title FROM training WHERE mandatory = TRUE AND active = TRUE"))
    best: dict[tuple, tuple] = {}
    for certificate, training, staff, learner, expires in db.execute_sql(
        "SELECT id, training_id, staff_id, learner_id, expires_on FROM certificate"
    ):
        if training not in trainings:
            continue
        key = (training, "staff", staff) if staff is not None else (training, "learner", learner)
        rank = (iso_date(expires) if expires else dt.date.max, certificate)
        if key not in best or rank > best[key]:
            best[key] = rank
    active_staff = {row[0] for row in db.execute_sql("SELECT id FROM staff WHERE active = TRUE")}
    roles = defaultdict(set)
    for staff, role in db.execute_sql("SELECT staff_id, role FROM staff_role"):
        roles[staff].add(role)
    placed = {
        row[0]
        for row in db.execute_sql("SELECT DISTINCT learner_id FROM bpv_period WHERE status IN ('planned', 'active')")
    }
    learner_type, staff_types, other = {}, defaultdict(set), {}
    for learner, kind, staff, archived in db.execute_sql("SELECT id, learner_type, staff_id, archived FROM learner"):
        if archived:
            continue
        if learner in placed:
            learner_type[learner] = kind
            if staff is not None:
                staff_types[staff].add(kind)
        if staff is not None:
            other[("learner", learner)], other[("staff", staff)] = ("staff", staff), ("learner", learner)
    requirements = defaultdict(list)
    for training, role, kind, all_staff in db.execute_sql(
        "SELECT training_id, role, learner_type, all_staff FROM training_requirement"
    ):
        requirements[training].append((role, kind, all_staff))

    def required(training: int, kind: str, person: int) -> bool:
        wanted = requirements.get(training)
        if not wanted:
            return kind == "staff"
        if kind == "staff":
            return any(all_staff or role in roles[person] or t in staff_types[person] for role, t, all_staff in wanted)
        return any(t == learner_type[person] for _role, t, _all in wanted)

    found = set()
    for (training, kind, person), (expires, certificate) in best.items():
        counts = person in active_staff if kind == "staff" else person in learner_type
        if learners is not None:
            counts = counts and kind == "learner" and person in learners
        if not counts or expires > until or not required(training, kind, person):
            continue
        linked = other.get((kind, person))
        if linked is not None and best.get((training, *linked), (dt.date.min,))[0] > expires:
            continue
        found.add((certificate, training, trainings[training], kind, person, expires))
    return found


@pytest.mark.parametrize("today", [DEMO_TODAY, dt.date(2027, 2, 1), dt.date(2027, 9, 15)])
def test_the_alerts_are_those_a_plain_reading_of_every_certificate_finds(demo_300, today):
    from desktop.storage.database import open_database

    open_database(demo_300)
    clock.set_today(today)
    until = today + dt.timedelta(days=60)
    alerts = certificate_alerts(until)
    read = {(a.certificate_id, a.training_id, a.training, a.kind, a.person_id, a.expires_on) for a in alerts}
    assert len(read) == len(alerts)
    assert read == _plainly(until)
    assert any(a.expires_on < today for a in alerts) and any(a.expires_on >= today for a in alerts)
    some = {a.person_id for a in alerts if a.kind == "learner"}
    some = set(sorted(some)[::2])
    assert some
    read = {(a.certificate_id, a.training_id, a.training, a.kind, a.person_id, a.expires_on) for a in
            certificate_alerts(until, learners=some)}  # fmt: skip
    assert read == _plainly(until, some)


@pytest.fixture
def linked(database):
    """Ria Vos: a staff member and, under a learner record linked to it, a BBL learner in placement; a mandatory
    training required for all staff and for BBL learners."""
    from desktop.services import service_for
    from desktop.storage import models as m

    training = service_for(m.Training).create(title="Tilinstructie", kind="classroom", mandatory=True,
                                              validity_months=12).id  # fmt: skip
    service_for(m.TrainingRequirement).create(training=training, all_staff=True)
    service_for(m.TrainingRequirement).create(training=training, learner_type="bbl")
    staff = service_for(m.Staff).create(first_name="Ria", last_name="Vos").id
    learner = service_for(m.Learner).create(first_name="Ria", last_name="Vos", learner_type="bbl", staff=staff).id
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id
    service_for(m.BpvPeriod).create(learner=learner, programme=programme, school=school, status="active",
                                    start_date="2026-09-01", end_date="2027-06-30")  # fmt: skip
    return {"training": training, "staff": staff, "learner": learner}


def _certificate(linked, kind: str, issued: str, expires: str) -> int:
    from desktop.services import service_for
    from desktop.storage import models as m

    holder = {kind: linked[kind]}
    return service_for(m.Certificate).create(training=linked["training"], issued_on=issued, expires_on=expires,
                                             **holder).id  # fmt: skip


UNTIL = dt.date(2026, 11, 18) + dt.timedelta(days=60)


def _alerts() -> set[tuple[str, int]]:
    return {(alert.kind, alert.person_id) for alert in certificate_alerts(UNTIL)}


def test_a_learners_certificate_running_out_is_no_alert_when_their_staff_record_has_a_later_one(linked):
    _certificate(linked, "learner", "2025-12-01", "2026-12-01")  # runs out within the warning period
    _certificate(linked, "staff", "2026-10-01", "2027-10-01")  # the same person, trained again as a staff member
    assert _alerts() == set() == {(a[3], a[4]) for a in _plainly(UNTIL)}


def test_a_staff_members_certificate_running_out_is_no_alert_when_their_learner_record_has_a_later_one(linked):
    _certificate(linked, "staff", "2025-12-01", "2026-12-01")
    _certificate(linked, "learner", "2026-10-01", "2027-10-01")
    assert _alerts() == set() == {(a[3], a[4]) for a in _plainly(UNTIL)}


def test_with_both_records_running_out_the_one_that_runs_out_last_alerts(linked):
    _certificate(linked, "staff", "2025-12-05", "2026-12-05")
    _certificate(linked, "learner", "2025-12-01", "2026-12-01")
    assert _alerts() == {("staff", linked["staff"])} == {(a[3], a[4]) for a in _plainly(UNTIL)}

"""The completions import writes set-wise what the per-row path (each completion through
`EnrolmentService.create`) wrote: the same enrolments, certificates and audit entries, the same refusals, and
on a cancel nothing at all. Each file is imported both ways into two databases made alike, and their contents
compared."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import completions, service_for
from desktop.services.training_enrolments import EnrolmentService
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from tests.helpers import content_dump, import_completions_one_by_one, table_dump

TODAY = dt.date(2025, 3, 31)
MOMENT = dt.datetime(2025, 3, 31, 10, 15, 30)  # both ways write at the same moment, so created_at can be compared
HEADER = "Personeelsnummer;Naam;Cursus;Voltooid op;Score"
NAMES = ("Anna", "Bram", "Cor", "Daan", "Eva", "Fleur", "Gijs")
STAFF = 130  # more than one batch of writes, so a cancel comes after rows were written

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def fixed_moment(monkeypatch):
    clock.set_today(TODAY)
    monkeypatch.setattr(clock, "now", lambda: MOMENT)
    yield
    clock.set_today(None)


def populate() -> None:
    """What both databases hold before the import: people, trainings with and without a validity, a completion
    already on record (so the file's copy of it is left out) and an open enrolment (which the file's completion
    completes), and a certificate of another training (so the new ids do not start at 1)."""
    staff = service_for(m.Staff)
    people = [
        staff.create(first_name=NAMES[n % len(NAMES)], last_name="Werker", employee_number=str(5000 + n)).id
        for n in range(STAFF)
    ]
    service_for(m.Learner).create(first_name="Anaïs", last_name="Vries", learner_type="bbl", student_number="S77")
    trainings = service_for(m.Training)
    bhv = trainings.create(title="BHV", kind="elearning", validity_months=12).id
    trainings.create(title="Handhygiëne", kind="elearning")
    trainings.create(title="Tillen", kind="elearning", validity_months=1)
    enrolments = EnrolmentService()
    enrolments.create(training=bhv, staff=people[0], status="completed", completed_on=dt.date(2025, 1, 31))
    enrolments.create(training=bhv, staff=people[1])


def export(tmp_path, name="voltooiingen.csv"):
    lines = [HEADER]
    for n in range(STAFF):
        lines.append(f"{5000 + n};;BHV;31-01-2025;{60 + n % 40}")
    lines += [
        "5001;;Handhygiëne;15-02-2025;Voldoende",
        "5002;;Tillen;31-01-2025;",  # a month's validity from the 31st: the last day of February
        ";Anaïs Vries;Tillen;01-03-2025;8,5",
        "5003;;handhygiene;15-02-2025;",  # the same course, written otherwise: a second completion, another day
        "5003;;Handhygiëne;16-02-2025;",
    ]
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def audit_entries() -> list[tuple]:
    """The audit log without the moment of each entry."""
    sql = "SELECT user, action, table_name, record_id, changed_fields FROM audit_log ORDER BY id"
    return list(m.db.execute_sql(sql))


def import_both_ways(tmp_path, write_setwise, write_reference, before_write=None):
    """Import `export` into two copies of the populated database, one way each; for each what it holds after
    (or the error that refused it, with what it held)."""
    populate()
    made = Path(m.db.file_path)
    close_database()
    outcomes = []
    for name, write in (("setwise", write_setwise), ("reference", write_reference)):
        shutil.copy2(made, tmp_path / f"{name}.sqlite3")  # a copy: the rows a migration makes carry its moment
        open_database(tmp_path / f"{name}.sqlite3")
        plan = completions.read_completions(export(tmp_path))
        assert plan.importable, (plan.problems, plan.unknown_courses, plan.unmatched)
        if before_write is not None:
            before_write(plan)
        before = table_dump(m.db)
        try:
            written, error = write(plan), None
        except ValidationError as refused:
            written, error = None, (refused.field, str(refused))
            assert table_dump(m.db) == before
        outcomes.append((written, error, content_dump(m.db), audit_entries()))
        close_database()
    return outcomes


@pytest.mark.file_only  # the two databases made alike are copies of one file
def test_the_setwise_write_stores_what_the_per_row_path_stores(database, tmp_path):
    setwise, reference = import_both_ways(tmp_path, completions.apply_completions, import_completions_one_by_one)
    assert setwise[0] == reference[0] == STAFF - 1 + 5  # the completion on record is left out
    assert setwise[2] == reference[2]
    assert setwise[3] == reference[3]
    # What the comparison covers: one certificate per new enrolment with its expiry, and their audit entries.
    enrolments = [row for row in setwise[2] if row[0] == "enrolment"]
    certificates = [row for row in setwise[2] if row[0] == "certificate"]
    # The open enrolment is completed, not joined by a second: one new enrolment fewer than completions.
    assert len(enrolments) == 2 + setwise[0] - 1 and len(certificates) == 1 + setwise[0]
    assert ("2025-01-31", "2025-02-28") in {(row[6], row[7]) for row in certificates}  # issued, expires
    created = [entry[1:4] for entry in setwise[3] if entry[1] == "create"]
    assert created[-2:] == [("create", "certificate", len(certificates)), ("create", "enrolment", len(enrolments))]


@pytest.mark.file_only  # the two databases made alike are copies of one file
def test_a_person_deleted_after_the_preview_is_refused_the_same_way(database, tmp_path):
    """The plan was made, then a staff member it names was deleted: both ways refuse the file at that line, and
    store nothing."""

    lines = []

    def delete_a_person(plan):
        completion = plan.completions[40]
        lines.append(completion.line)
        m.Staff.delete().where(m.Staff.id == completion.staff_id).execute()

    setwise, reference = import_both_ways(
        tmp_path, completions.apply_completions, import_completions_one_by_one, delete_a_person
    )
    assert setwise[1] is not None and setwise[1] == reference[1]
    assert setwise[1][0] == "staff" and f"{lines[0]}" in setwise[1][1] and "does not exist" in setwise[1][1]
    assert setwise[2:] == reference[2:]


def test_a_cancel_after_written_batches_stores_nothing(database, tmp_path):
    populate()
    plan = completions.read_completions(export(tmp_path))
    before = table_dump(m.db)
    reports = []

    def progress(done, total):
        reports.append(done)
        if done >= 100:
            raise InterruptedError

    with pytest.raises(InterruptedError):
        completions.apply_completions(plan, progress=progress)
    assert reports == [0, 101]  # the open enrolment completed first, then a batch of 100 new ones
    assert table_dump(m.db) == before
    assert completions.remembered() == {}


def test_on_a_server_the_setwise_write_stores_the_same_rows(postgres_url, tmp_path):
    """PostgreSQL names the ids it gives (RETURNING): each enrolment its certificate and its audit entries."""
    open_database(postgres_url)
    populate()
    plan = completions.read_completions(export(tmp_path))
    first, held = m.AuditEntry.select().count(), m.Enrolment.select().count()
    assert completions.apply_completions(plan) == len(plan.completions) == STAFF - 1 + 5
    enrolments = list(m.Enrolment.select().order_by(m.Enrolment.id))
    enrolments = enrolments[held:]
    by_enrolment = {c.enrolment_id: c for c in m.Certificate.select()}
    pairs = [(e.training_id, e.staff_id, e.learner_id, e.completed_on) for e in enrolments]
    assert [
        (c.training_id, c.staff_id, c.learner_id, c.issued_on)
        for c in map(by_enrolment.get, [e.id for e in enrolments])
    ] == pairs
    tillen = by_enrolment[next(e.id for e in enrolments if e.completed_on == dt.date(2025, 3, 1))]
    assert tillen.expires_on == dt.date(2025, 4, 1)
    entries = [(a.action, a.table_name, a.record_id) for a in m.AuditEntry.select().order_by(m.AuditEntry.id)][first:]
    assert entries[-2:] == [
        ("create", "certificate", by_enrolment[enrolments[-1].id].id),
        ("create", "enrolment", enrolments[-1].id),
    ]
    assert len(entries) == 2 * len(plan.completions)

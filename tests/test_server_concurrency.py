"""Two clients of one PostgreSQL server acting at once: the last place of a session, form numbers and the waiting
list stay right.

Each client is a thread with a connection of its own (peewee keeps one per thread). The first client acts inside a
transaction and holds it open; the second acts then. Either the second waits for the first one's commit (the row
lock the services take), which the test sees on the server, or it goes ahead on what it read before that commit,
which is the race these tests catch: both are then let finish and the outcome is checked.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest

from desktop.services import forms, service_for
from desktop.services import training_enrolments as enrolments
from desktop.storage import models as m
from desktop.storage.database import open_database
from tests.factories import staff

WAIT_S = 60


@pytest.fixture
def server_database(request, postgres_server, postgres_template):
    name = postgres_server.create_database(template=postgres_template)
    request.addfinalizer(lambda: postgres_server.drop_database(name))
    return open_database(postgres_server.url(name)), name


class Client(threading.Thread):
    """A second LeerWerk: `action` on a connection of its own; what it returned or raised is kept."""

    def __init__(self, action: Callable, hold: threading.Event | None = None):
        super().__init__(daemon=True)
        self.action, self.hold = action, hold
        self.pid: int | None = None
        self.started_acting = threading.Event()
        self.acted = threading.Event()
        self.result = self.error = None

    def run(self):
        try:
            self.pid = m.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            with m.db.atomic():
                self.started_acting.set()
                self.result = self.action()
                self.acted.set()
                if self.hold is not None:
                    assert self.hold.wait(WAIT_S)
        except BaseException as error:  # handed to the test
            self.error = error
        finally:
            self.acted.set()
            m.db.close()


def _waits_for_a_lock(postgres_server, name: str, client: Client) -> bool:
    """Whether `client` is waiting on the server for a lock, polled until it is or it has finished acting."""
    deadline = time.monotonic() + WAIT_S
    connection = postgres_server.connect(name)
    try:
        with connection.cursor() as cursor:
            while time.monotonic() < deadline:
                if client.acted.is_set():
                    return False
                cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (client.pid,))
                row = cursor.fetchone()
                if row and row[0] == "Lock":
                    return True
                time.sleep(0.02)
    finally:
        connection.close()
    raise AssertionError("the second client neither waited nor finished")


def race(postgres_server, name: str, first_action: Callable, second_action: Callable) -> tuple[Client, Client]:
    """Both clients act at once: the first holds its transaction open while the second acts."""
    release = threading.Event()
    first, second = Client(first_action, hold=release), Client(second_action)
    first.start()
    assert first.acted.wait(WAIT_S) and first.error is None, first.error
    second.start()
    assert second.started_acting.wait(WAIT_S)
    second.waited = _waits_for_a_lock(postgres_server, name, second)
    release.set()
    for client in (first, second):
        client.join(WAIT_S)
        assert not client.is_alive()
    assert first.error is None, first.error
    return first, second


@pytest.fixture
def full_but_one(server_database):
    """A session with two places, one of them taken."""
    training = service_for(m.Training).create(title="Tilcursus", kind="clinical_lesson", dayparts=1)
    session = service_for(m.TrainingSession).create(training=training.id, capacity=2)
    taken = staff("Ineke", "Bos")
    enrolments.enrol_people(training.id, session.id, [("staff", taken)])
    return training.id, session.id


def test_two_clients_enrolling_for_the_last_place_one_gets_it_one_waits(server_database, postgres_server, full_but_one):
    training, session = full_but_one
    first_person, second_person = staff("Ayşe", "Yılmaz"), staff("Jan", "de Vries")
    first, second = race(
        postgres_server,
        server_database[1],
        lambda: enrolments.enrol_people(training, session, [("staff", first_person)]),
        lambda: enrolments.enrol_people(training, session, [("staff", second_person)]),
    )
    assert second.error is None, second.error
    assert second.waited  # for the first client's commit, not on what it read before
    assert (first.result.waiting, second.result.waiting) == ([], second.result.created)
    statuses = dict(m.Enrolment.select(m.Enrolment.staff, m.Enrolment.status).tuples())
    assert statuses[first_person] == "enrolled" and statuses[second_person] == "waiting"
    assert enrolments.seats_taken(session) == 2


def test_two_clients_cancelling_at_once_give_both_places_to_the_first_two_waiting(
    server_database, postgres_server, full_but_one
):
    training, session = full_but_one
    seated = staff("Ayşe", "Yılmaz")
    waiting = [staff("Wachtende", name) for name in ("Eerst", "Tweede", "Derde")]
    enrolments.enrol_people(training, session, [("staff", seated), *[("staff", person) for person in waiting]])
    by_person = dict(m.Enrolment.select(m.Enrolment.staff, m.Enrolment.id).tuples())
    taken = next(person for person, status in m.Enrolment.select(m.Enrolment.staff, m.Enrolment.status).tuples()
                 if status == "enrolled" and person != seated)  # fmt: skip
    first, second = race(
        postgres_server,
        server_database[1],
        lambda: enrolments.cancel_enrolment(by_person[taken]),
        lambda: enrolments.cancel_enrolment(by_person[seated]),
    )
    assert second.error is None, second.error
    assert second.waited
    statuses = dict(m.Enrolment.select(m.Enrolment.staff, m.Enrolment.status).tuples())
    assert [statuses[person] for person in waiting] == ["enrolled", "enrolled", "waiting"]  # first come, first served
    assert enrolments.seats_taken(session) == 2


def test_two_clients_numbering_forms_at_once_get_the_next_two_numbers(
    server_database, postgres_server, period_on_server
):
    first, second = race(
        postgres_server,
        server_database[1],
        lambda: forms.save_assessment(None, {"period": period_on_server, "kind": "interim"}).number,
        lambda: forms.save_assessment(None, {"period": period_on_server, "kind": "final"}).number,
    )
    assert second.error is None, second.error
    assert second.waited
    start = first.result.rsplit("-", 1)[0]
    assert (first.result, second.result) == (f"{start}-00001", f"{start}-00002")
    assert sorted(m.Assessment.select(m.Assessment.number).tuples()) == [(first.result,), (second.result,)]


@pytest.fixture
def period_on_server(server_database):
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    service_for(m.WorkProcess).create(programme=programme.id, code="B1-K1-W1", title="Werkproces 1")
    learner = service_for(m.Learner).create(first_name="Zoë", last_name="Çelik", learner_type="bbl")
    period = service_for(m.BpvPeriod).create(
        learner=learner.id,
        programme=programme.id,
        school=school.id,
        start_date=dt.date(2026, 9, 1),
        end_date=dt.date(2027, 6, 30),
    )
    return period.id

"""Roles enforced by the PostgreSQL server itself: `leerwerk server setup` and `leerwerk server grant` on the test
server, and then each login queried with plain psycopg2, as any SQL client would, not through the program."""

from __future__ import annotations

import datetime as dt
import itertools
import os

import psycopg2
import pytest
from psycopg2 import errors

from desktop import cli
from desktop.errors import RefusedByServerError
from desktop.services import service_for
from desktop.storage import models as m
from desktop.storage import server_roles
from desktop.storage.database import close_database, open_database

_logins = itertools.count(1)


@pytest.fixture
def server(postgres_server, postgres_template, request):
    """A LeerWerk database with the roles set up (by the owner, through the command line) and a fresh login maker."""
    name = postgres_server.create_database(template=postgres_template)
    made: list[str] = []

    def finish():
        close_database()
        postgres_server.drop_database(name)
        for login in made:
            postgres_server.execute(f'DROP ROLE IF EXISTS "{login}"')

    request.addfinalizer(finish)
    assert cli.main(["server", "setup", "--db", postgres_server.url(name)]) == 0

    def login(role: str | None = None, staff: int | None = None) -> str:
        made.append(f"{role or 'none'}_{name}_{next(_logins)}")
        postgres_server.execute(f'CREATE ROLE "{made[-1]}" LOGIN')
        if role is not None:
            arguments = ["server", "grant", made[-1], role, "--db", postgres_server.url(name)]
            assert cli.main([*arguments, *(["--staff", str(staff)] if staff else [])]) == 0
        return made[-1]

    return postgres_server, name, login


@pytest.fixture
def two_trainers(server):
    """Two praktijkopleiders, each with a learner in a BPV period (and its planned meetings), entered by the owner."""
    postgres_server, name, _login = server
    open_database(postgres_server.url(name))
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    found = {}
    for trainer_name, learner_name in (("Jan", "Zoë"), ("Ineke", "Sem")):
        trainer = service_for(m.Staff).create(first_name=trainer_name, last_name="Bos")
        learner = service_for(m.Learner).create(first_name=learner_name, last_name="Çelik", learner_type="bbl")
        period = service_for(m.BpvPeriod).create(
            learner=learner.id, programme=programme.id, school=school.id, practice_trainer=trainer.id,
            start_date=dt.date(2026, 9, 1), end_date=dt.date(2027, 6, 30),
        )  # fmt: skip
        found[trainer_name] = (trainer.id, learner.id, period.id)
    close_database()
    return found


def _as(server, login: str):
    postgres_server, name, _login = server
    connection = psycopg2.connect(host="127.0.0.1", port=postgres_server.port, user=login, dbname=name)
    connection.autocommit = True
    return connection


def _rows(connection, sql: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else [(cursor.rowcount,)]


def _refused(connection, sql: str, params=()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        _rows(connection, sql, params)


def test_a_praktijkopleider_reads_and_writes_only_their_own_learners(server, two_trainers):
    jan, ineke = two_trainers["Jan"], two_trainers["Ineke"]
    owner = _as(server, "leerwerk_test")
    _rows(owner, "INSERT INTO learner_line_stale (learner_id) SELECT id FROM learner ON CONFLICT DO NOTHING")
    owner.close()
    connection = _as(server, server[2]("praktijkopleider", staff=jan[0]))
    assert _rows(connection, "SELECT id FROM bpv_period") == [(jan[2],)]
    # The Learners tab's derived lines hold folded names: only their own learners' too.
    assert _rows(connection, "SELECT learner_id FROM learner_line_stale") == [(jan[1],)]
    _refused(connection, "INSERT INTO learner_line_stale (learner_id) VALUES (%s)", (ineke[1],))
    assert _rows(connection, "SELECT id FROM learner") == [(jan[1],)]
    assert {period for (period,) in _rows(connection, "SELECT period_id FROM meeting")} == {jan[2]}
    assert _rows(connection, "SELECT id FROM bpv_period WHERE id = %s", (ineke[2],)) == []
    assert _rows(connection, "UPDATE bpv_period SET notes = 'gezien' WHERE id = %s", (ineke[2],)) == [(0,)]
    assert _rows(connection, "UPDATE bpv_period SET notes = 'eigen' WHERE id = %s", (jan[2],)) == [(1,)]
    assert _rows(connection, "UPDATE meeting SET notes = 'ok' WHERE period_id = %s", (jan[2],))[0][0] > 0
    assert _rows(connection, "UPDATE meeting SET notes = 'ok' WHERE period_id = %s", (ineke[2],)) == [(0,)]
    # Not their learner's period, not even by handing their own away.
    _refused(connection, "UPDATE bpv_period SET practice_trainer_id = %s WHERE id = %s", (ineke[0], jan[2]))
    _refused(connection, "INSERT INTO meeting (period_id, kind, cancelled, participants, notes) "
             "VALUES (%s, 'introduction', FALSE, '', '')", (ineke[2],))  # fmt: skip
    # Reference data is read, never written; what is not theirs at all is not read.
    assert len(_rows(connection, "SELECT id FROM school")) == 1
    _refused(connection, "INSERT INTO school (name, kind, brin, address, city, phone, email, active, created_at, "
             "updated_at) VALUES ('Elders', 'mbo', '', '', '', '', '', TRUE, now(), now())")  # fmt: skip
    _refused(connection, "UPDATE programme SET name = 'Anders'")
    _refused(connection, "SELECT * FROM enrolment")
    _refused(connection, f"SELECT * FROM {server_roles.LOGIN_TABLE}")
    connection.close()
    owner = _as(server, "leerwerk_test")
    assert _rows(owner, "SELECT notes FROM bpv_period ORDER BY id") == [("eigen",), ("",)]


def test_a_read_only_login_reads_everything_and_writes_nothing(server, two_trainers):
    connection = _as(server, server[2]("readonly"))
    assert len(_rows(connection, "SELECT id FROM learner")) == 2
    assert _rows(connection, "SELECT DISTINCT period_id FROM meeting ORDER BY 1") == [
        (two_trainers["Jan"][2],),
        (two_trainers["Ineke"][2],),
    ]
    _refused(connection, "UPDATE learner SET notes = 'x'")
    _refused(connection, "DELETE FROM meeting")
    _refused(connection, "UPDATE school SET city = 'Utrecht'")
    # Nor the Learners tab's lines, which everybody's list shows (its own reading writes them in its session).
    _refused(connection, "DELETE FROM learner_line_stale")
    _refused(connection, "INSERT INTO learner_line_stale (learner_id) VALUES (%s)", (two_trainers["Jan"][1],))
    _refused(connection, "UPDATE learner_line SET name_key = 'x'")


def test_a_coordinator_does_everything(server, two_trainers):
    ineke = two_trainers["Ineke"]
    connection = _as(server, server[2]("coordinator"))
    assert len(_rows(connection, "SELECT id FROM learner")) == 2
    assert _rows(connection, "UPDATE school SET city = 'Utrecht'") == [(1,)]
    assert _rows(connection, "UPDATE bpv_period SET notes = 'gezien' WHERE id = %s", (ineke[2],)) == [(1,)]
    assert _rows(connection, "SELECT count(*) FROM enrolment") == [(0,)]


def test_a_login_without_a_role_gets_nothing(server, two_trainers):
    connection = _as(server, server[2]())
    _refused(connection, "SELECT id FROM learner")


def test_setup_twice_changes_nothing_and_a_new_grant_replaces_the_old_role(server, two_trainers):
    postgres_server, name, login = server
    jan, ineke = two_trainers["Jan"], two_trainers["Ineke"]
    trainer = login("praktijkopleider", staff=jan[0])
    assert cli.main(["server", "setup", "--db", postgres_server.url(name)]) == 0
    connection = _as(server, trainer)
    assert _rows(connection, "SELECT id FROM bpv_period") == [(jan[2],)]
    arguments = ["server", "grant", trainer, "praktijkopleider", "--staff", str(ineke[0])]
    assert cli.main([*arguments, "--db", postgres_server.url(name)]) == 0
    assert _rows(connection, "SELECT id FROM bpv_period") == [(ineke[2],)]
    assert cli.main(["server", "grant", trainer, "readonly", "--db", postgres_server.url(name)]) == 0
    connection.close()
    connection = _as(server, trainer)
    assert len(_rows(connection, "SELECT id FROM bpv_period")) == 2
    _refused(connection, "UPDATE bpv_period SET notes = 'x'")


def test_a_grant_that_cannot_be_given_is_said_in_one_sentence(server, two_trainers, capsys):
    postgres_server, name, login = server
    address = ["--db", postgres_server.url(name)]
    assert cli.main(["server", "grant", "niemand", "coordinator", *address]) == 1
    assert capsys.readouterr().err.strip() == (
        "Er is geen login niemand op deze server; maak die eerst aan (CREATE ROLE niemand LOGIN PASSWORD '…') "
        "en geef hem dan een rol."
    )
    someone = login()
    assert cli.main(["server", "grant", someone, "praktijkopleider", "--staff", "999", *address]) == 1
    assert capsys.readouterr().err.strip() == "Er is geen medewerker met recordnummer 999."
    assert cli.main(["server", "grant", someone, "praktijkopleider", *address]) == 1
    assert "--staff" in capsys.readouterr().err
    assert cli.main(["server", "grant", someone, "baas", *address]) == 2
    connection = _as(server, someone)
    _refused(connection, "SELECT id FROM learner")  # nothing was granted on the way


def test_setup_refuses_a_file_and_a_database_that_is_not_leerwerks(postgres_server, postgres_url, tmp_path, capsys):
    assert cli.main(["server", "setup", "--db", str(tmp_path / "werk.sqlite3")]) == 2
    assert "postgresql://" in capsys.readouterr().err
    postgres_server.execute("CREATE TABLE klanten (id INTEGER)", database=postgres_url.rsplit("/", 1)[1])
    assert cli.main(["server", "setup", "--db", postgres_url]) == 2
    assert "geen LeerWerk-database" in capsys.readouterr().err


def test_setup_on_an_empty_database_builds_the_schema(postgres_server, postgres_url):
    assert cli.main(["server", "setup", "--db", postgres_url]) == 0
    database = open_database(postgres_url)
    assert m.EvaluationQuestion.select().count() > 0
    assert server_roles.role_of_login(database) == "coordinator"  # the owner


def test_the_program_says_what_the_server_refused_and_knows_the_role(server, two_trainers):
    postgres_server, name, login = server
    jan = two_trainers["Jan"]
    trainer = login("praktijkopleider", staff=jan[0])
    database = open_database(postgres_server.url(name, user=trainer))
    assert server_roles.role_of_login(database) == "praktijkopleider"
    with pytest.raises(RefusedByServerError) as refused:
        service_for(m.School).create(name="Elders")
    assert str(refused.value) == (
        f"De databaseserver heeft deze wijziging geweigerd: de login {trainer} mag die met zijn rol niet maken. "
        "Ze is niet opgeslagen."
    )
    with pytest.raises(RefusedByServerError, match="niet lezen"):
        list(m.Enrolment.select())
    # What is theirs goes through the program as it would on a file.
    before = m.Meeting.select().count()
    service_for(m.Meeting).create(period=jan[2], kind="monthly_evaluation", planned_on=dt.date(2026, 10, 6))
    assert m.Meeting.select().count() == before + 1
    assert {meeting.period_id for meeting in m.Meeting.select()} == {jan[2]}


def test_the_it_suppliers_steps_from_the_readme_work_without_a_superuser(postgres_server, request):
    """An owner with CREATEROLE (not a superuser) sets up an empty database and grants a login, as README says."""
    number = next(_logins)
    owner, database, person = (f"{what}_{os.getpid()}_{number}" for what in ("beheer", "leerwerk", "persoon"))

    def finish():
        postgres_server.drop_database(database)
        for login in (person, owner):
            postgres_server.execute(f'DROP ROLE IF EXISTS "{login}"')

    request.addfinalizer(finish)
    postgres_server.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
    postgres_server.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    postgres_server.execute(f'CREATE ROLE "{person}" LOGIN')
    address = postgres_server.url(database, user=owner)
    assert cli.main(["server", "setup", "--db", address]) == 0
    assert cli.main(["server", "setup", "--db", address]) == 0
    assert cli.main(["server", "grant", person, "coordinator", "--db", address]) == 0
    connection = _as((postgres_server, database, None), person)
    assert _rows(connection, "UPDATE location SET city = 'Zwolle'") == [(0,)]
    assert _rows(connection, "SELECT count(*) FROM learner") == [(0,)]
    connection.close()


def test_check_finds_the_database_healthy_after_setup_as_the_owner_and_as_a_coordinator(server, capsys):
    postgres_server, name, login = server
    for user in (None, login("coordinator")):
        address = postgres_server.url(name) if user is None else postgres_server.url(name, user=user)
        code = cli.main(["check", "--db", address])
        out, err = capsys.readouterr()
        assert code == 0, (user, out, err)
        assert "server_login" not in out + err and "verwijzingen" not in out + err

"""Two LeerWerks on one database do not overwrite each other's work: every save states the version of the record it
was made on, and a save, an undo or a redo over someone else's later change is refused, saying who and when.

The two clients are two real connections: on a file, two connections to the same file; on a server (run with
``--engine=postgresql``), two connections under two logins. The change history names each one's login."""

# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop.errors import ChangedSinceReadError
from desktop.services import service_for
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from desktop.storage.migrations import LATEST_VERSION
from desktop.storage.models import db
from tests.crash_support import ADDED_IN_16, downgrade_to, health, make_demo, rows, schema_version
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


@pytest.fixture
def learners(database):
    return service_for(m.Learner)


@pytest.fixture
def learner(learners):
    return learners.create(first_name="Zoë", last_name="Berg", learner_type="bbl", phone="06-11111111")


def stored(learner_id: int) -> tuple:
    return (
        m.Learner.select(m.Learner.phone, m.Learner.city, m.Learner.version)
        .where(m.Learner.id == learner_id)
        .tuples()
        .get()
    )


def last_change(learner_id: int) -> m.AuditEntry:
    return (
        m.AuditEntry.select()
        .where((m.AuditEntry.table_name == "learner") & (m.AuditEntry.record_id == learner_id))
        .order_by(m.AuditEntry.id.desc())
        .get()
    )


def test_a_save_over_another_clients_later_save_is_refused_saying_who_and_when(
    learners, learner, other_client, monkeypatch
):
    opened = learners.get(learner.id)  # both coordinators open the learner at version 1
    with working_as(other_client, monkeypatch):
        saved, _previous = learners.update(learner.id, seen_version=opened.version, phone="06-22222222")
    assert saved.version == 2
    changes_before = m.AuditEntry.select().count()

    with pytest.raises(ChangedSinceReadError) as refused:
        learners.update(learner.id, seen_version=opened.version, phone="06-33333333", city="Zwolle")

    change = last_change(learner.id)
    assert change.user == OTHER_LOGIN
    assert refused.value.message == (
        f"Gewijzigd door {OTHER_LOGIN} om {change.at:%H:%M}, nadat het hier geopend werd; "
        "deze wijziging is niet opgeslagen."
    )
    assert stored(learner.id) == ("06-22222222", "", 2)  # the first save, and nothing of the second
    assert m.AuditEntry.select().count() == changes_before


def test_a_save_made_on_the_newest_version_goes_through_and_counts_it_up(learners, learner, other_client, monkeypatch):
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, seen_version=1, phone="06-22222222")
    reloaded = learners.get(learner.id)
    record, previous = learners.update(learner.id, seen_version=reloaded.version, city="Zwolle")
    assert previous == {"city": ""} and record.version == 3
    assert stored(learner.id) == ("06-22222222", "Zwolle", 3)


def test_a_change_on_another_day_is_named_with_its_date(learners, learner, other_client, monkeypatch):
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, seen_version=1, phone="06-22222222")
    change = last_change(learner.id)
    m.AuditEntry.update(at=change.at - dt.timedelta(days=2)).where(m.AuditEntry.id == change.id).execute()
    with pytest.raises(ChangedSinceReadError, match=rf"^Gewijzigd door {OTHER_LOGIN} op 16 november 2026 om "):
        learners.update(learner.id, seen_version=1, city="Zwolle")


def test_a_change_the_history_cannot_name_is_still_refused(learners, learner, other_client, monkeypatch):
    with working_as(other_client, monkeypatch):
        # A write of many rows at once (as an import makes) goes around the services, and still counts versions up.
        m.Learner.update(phone="06-22222222").where(m.Learner.id == learner.id).execute()
    with pytest.raises(ChangedSinceReadError, match="^Iemand anders heeft dit record gewijzigd"):
        learners.update(learner.id, seen_version=1, city="Zwolle")
    assert stored(learner.id) == ("06-22222222", "", 2)


def test_a_save_that_loses_the_race_after_reading_is_refused_by_the_database(
    learners, learner, other_client, monkeypatch
):
    """The other client saves between this client's reading of the record and its write: the comparison is part of
    the UPDATE itself, so the write finds no row of the version it read."""
    real_check, raced = type(learners).check, []

    def other_saves_meanwhile(service, data, instance):
        real_check(service, data, instance)
        if not raced:
            raced.append(True)
            with working_as(other_client, monkeypatch):
                learners.update(learner.id, phone="06-22222222")

    monkeypatch.setattr(type(learners), "check", other_saves_meanwhile)
    with pytest.raises(ChangedSinceReadError, match=f"^Gewijzigd door {OTHER_LOGIN} om "):
        learners.update(learner.id, city="Zwolle")
    assert stored(learner.id) == ("06-22222222", "", 2)


def test_the_change_history_names_the_login_of_each_client(learners, learner, other_client, monkeypatch, engine):
    from desktop.storage.engine import engine_of

    with working_as(other_client, monkeypatch):
        learners.update(learner.id, phone="06-22222222")
    users = [
        entry.user
        for entry in m.AuditEntry.select().where(m.AuditEntry.record_id == learner.id).order_by(m.AuditEntry.id)
    ]
    own = engine_of(db).login(db)
    assert users == [own, OTHER_LOGIN] and own != OTHER_LOGIN
    if engine == "postgresql":
        assert own == db.execute_sql("SELECT session_user").fetchone()[0]


# -- undo ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def undo_stack(qapp):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


def test_undo_refuses_to_put_back_a_record_another_client_changed_since(
    learners, learner, other_client, monkeypatch, undo_stack
):
    from desktop.views.kit.undo import UpdateCommand, undo_step

    record, previous = learners.update(learner.id, seen_version=1, city="Zwolle")
    new = learners.values_of(record, previous)
    undo_stack.push(UpdateCommand(learners, learner.id, new, previous, "edit", version=record.version))
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, phone="06-22222222")

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    assert refused.message.startswith(f"Gewijzigd door {OTHER_LOGIN} om {last_change(learner.id).at:%H:%M}")
    assert stored(learner.id) == ("06-22222222", "Zwolle", 3)


def test_undo_and_redo_go_through_while_nobody_else_changed_the_record(learners, learner, undo_stack):
    from desktop.views.kit.undo import UpdateCommand, redo_step, undo_step

    record, previous = learners.update(learner.id, seen_version=1, city="Zwolle")
    undo_stack.push(UpdateCommand(learners, learner.id, learners.values_of(record, previous), previous, "edit"))
    assert undo_step(undo_stack) is None and stored(learner.id) == ("06-11111111", "", 3)
    assert redo_step(undo_stack) is None and stored(learner.id) == ("06-11111111", "Zwolle", 4)
    assert undo_step(undo_stack) is None and stored(learner.id) == ("06-11111111", "", 5)


def test_undoing_an_addition_refuses_to_delete_what_another_client_wrote_in_it(
    learners, other_client, monkeypatch, undo_stack
):
    from desktop.views.kit.undo import CreateCommand, undo_step

    made = learners.create(first_name="Daan", last_name="Vos", learner_type="bol")
    undo_stack.push(CreateCommand(learners, made.id, "add"))
    with working_as(other_client, monkeypatch):
        learners.update(made.id, phone="06-22222222")

    refused = undo_step(undo_stack)

    assert isinstance(refused, ChangedSinceReadError)
    assert stored(made.id) == ("06-22222222", "", 2)


def test_a_redone_delete_refuses_to_delete_what_was_changed_after_the_undo(
    learners, learner, other_client, monkeypatch, undo_stack
):
    from desktop.views.kit.undo import DeleteCommand, redo_step, undo_step

    undo_stack.push(DeleteCommand(learners, learners.delete(learner.id), "delete"))
    assert undo_step(undo_stack) is None and stored(learner.id) == ("06-11111111", "", 1)
    with working_as(other_client, monkeypatch):
        learners.update(learner.id, phone="06-22222222")

    assert isinstance(redo_step(undo_stack), ChangedSinceReadError)
    assert stored(learner.id) == ("06-22222222", "", 2)


# -- the schema ----------------------------------------------------------------------------------------------------


@pytest.mark.file_only
def test_a_schema_15_database_gets_version_1_on_every_record_and_keeps_its_rows(tmp_path, leerwerk_home):
    path = make_demo(tmp_path / "demo.sqlite3")
    downgrade_to(path, 15)
    assert schema_version(path) == 15
    before = rows(path)
    assert "version" not in {
        column for (_, column, *_rest) in sqlite3.connect(path).execute("PRAGMA table_info(learner)")
    }

    open_database(path)
    assert service_for(m.Learner).get(m.Learner.select().first().id).version == 1
    close_database()

    assert schema_version(path) == LATEST_VERSION
    assert health(path) == (["ok"], [])
    after = rows(path, leave_out=ADDED_IN_16)
    assert {t: r for t, r in after.items() if t in before and t != "schema_version"} == {
        t: r for t, r in before.items() if t != "schema_version"
    }  # tables later steps add (the Learners tab's lines) are theirs to test
    with sqlite3.connect(path) as connection:
        for table in ADDED_IN_16:
            assert connection.execute(f'SELECT DISTINCT version FROM "{table}"').fetchall() in ([], [(1,)]), table
    assert len(list((leerwerk_home / "backups").rglob("*-schema15*.sqlite3"))) == 1

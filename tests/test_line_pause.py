"""The Learners tab's line triggers paused for a bulk write (schema 19): the lines after an import are the lines built
from scratch, a failed import leaves the pause unset and the lines as they were, and every other write still marks
its learners row by row. Runs on both engines (``--engine=postgresql``)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from desktop import clock
from desktop.services import learner_io, learner_list, service_for
from desktop.services.learner_io import ImportCancelledError
from desktop.storage import models as m
from desktop.storage.bulk import bulk_writing
from desktop.storage.database import close_database, open_database
from desktop.storage.engine import postgres_statement
from desktop.storage.migrations import LATEST_VERSION, v0019_line_triggers_paused
from tests.crash_support import ROOT
from tests.factories import HEADER_NL, day, row

pytestmark = pytest.mark.usefixtures("english")


def csv_file(tmp_path, name: str, *rows: str):
    path = tmp_path / name
    path.write_text("\r\n".join([HEADER_NL, *rows]) + "\r\n", encoding="utf-8")
    return path


def lines() -> list[tuple]:
    return m.db.execute_sql("SELECT * FROM learner_line ORDER BY id").fetchall()


def stale() -> set[int]:
    return {number for (number,) in m.db.execute_sql("SELECT learner_id FROM learner_line_stale")}


def paused() -> int:
    return m.db.execute_sql("SELECT COUNT(*) FROM learner_line_paused").fetchone()[0]


def learner_id(last: str) -> int:
    return m.Learner.get(m.Learner.last_name == last).id


def lines_from_scratch() -> list[tuple]:
    """Every line written anew from the tables, as a database not yet listed gets them."""
    with m.db.atomic():
        m.db.execute_sql("DELETE FROM learner_line")
        m.db.execute_sql("DELETE FROM learner_line_stale")
        m.db.execute_sql("INSERT INTO learner_line_stale (learner_id) SELECT id FROM learner")
    learner_list.refresh()
    return lines()


@pytest.fixture
def listed(database, tmp_path):
    """Three learners imported and their lines written, as after a reading of the Learners tab."""
    first = csv_file(
        tmp_path,
        "eerste.csv",
        row(first="Mila", last="Jansen", born="1-2-2003"),
        row(first="Daan", last="Visser", born="2-3-2002", start=day(-400), end=day(-20)),
        row(first="Noor", last="Smit", born="3-4-2001"),
    )
    _plan, result = learner_io.import_learners(first)
    assert result.learners == 3
    learner_list.refresh()
    assert stale() == set() and len(lines()) == 3
    return tmp_path


def test_the_lines_after_an_import_are_the_lines_built_from_scratch(listed):
    # Jansen's e-mail changes (an update, through the service), Visser has a new placement (a period and its
    # meetings added to a learner who has a line), Bakker is new; Smit's row is as it was.
    second = csv_file(
        listed,
        "tweede.csv",
        row(first="Mila", last="Jansen", born="1-2-2003", email="mila.jansen@voorbeeld.nl"),
        row(first="Daan", last="Visser", born="2-3-2002", start=day(10), end=day(380)),
        row(first="Noor", last="Smit", born="3-4-2001"),
        row(first="Sem", last="Bakker", born="4-5-2000"),
    )
    before = {line[0]: line for line in lines()}
    plan, result = learner_io.import_learners(second)
    assert plan.problems == [] and result.learners == 1 and paused() == 0
    assert stale() == {learner_id("Jansen"), learner_id("Visser"), learner_id("Bakker")}
    assert {line[0] for line in lines()} == {learner_id("Smit")}  # the lines of the others were taken away

    learner_list.refresh()
    after = lines()
    assert {line[0]: line for line in after}[learner_id("Smit")] == before[learner_id("Smit")]
    assert {line[0]: line for line in after}[learner_id("Visser")] != before[learner_id("Visser")]  # its new period
    assert after == lines_from_scratch()


def test_rows_added_in_a_bulk_write_mark_their_learners_once_at_the_end(listed):
    smit = learner_id("Smit")
    period = m.BpvPeriod.get(m.BpvPeriod.learner == smit)
    talk = clock.today() - dt.timedelta(days=35)  # before any open meeting of Smit's: the next one the line shows
    with bulk_writing(m.db, 1024):
        m.Meeting.insert(period=period.id, kind="other", planned_on=talk).execute()
        assert paused() == 1 and stale() == set()  # the trigger waited
    assert paused() == 0 and stale() == {smit}
    learner_list.refresh()
    assert learner_list.lines([smit])[smit].next_meeting == talk
    assert lines() == lines_from_scratch()


def test_a_cancelled_import_leaves_the_pause_unset_and_the_lines_as_they_were(listed):
    count = learner_io.CHUNK_ROWS + 20
    letters = ("".join(chr(97 + number // 26**place % 26) for place in range(3)) for number in range(count))
    many = [row(first="Mila", last=f"Kok-{suffix}", born="1-1-2004") for suffix in letters]
    plan = learner_io.read_learners(csv_file(listed, "veel.csv", *many))

    def cancel(done, total):
        if done >= learner_io.CHUNK_ROWS:  # after the first chunk was written, with the triggers waiting
            raise ImportCancelledError()

    before = lines()
    with pytest.raises(ImportCancelledError):
        learner_io.apply_import(plan, progress=cancel)
    assert paused() == 0 and stale() == set() and lines() == before
    assert m.Learner.select().count() == 3

    # and the triggers work as before: a single save marks its learner, a meeting added marks its period's
    jansen, smit = learner_id("Jansen"), learner_id("Smit")
    service_for(m.Learner).update(jansen, email="mila@voorbeeld.nl")
    assert stale() == {jansen}
    period = m.BpvPeriod.get(m.BpvPeriod.learner == smit)
    service_for(m.Meeting).create(period=period.id, kind="other", planned_on=clock.today() + dt.timedelta(days=3))
    assert stale() == {jansen, smit}
    learner_list.refresh()
    assert lines() == lines_from_scratch()


def test_a_failing_write_inside_the_pause_leaves_it_unset_within_the_transaction(listed):
    """A bulk writer whose block fails inside a transaction that goes on: the pause goes with the block's rows."""
    with m.db.atomic():
        with pytest.raises(RuntimeError), bulk_writing(m.db, 1024):
            service_for(m.Learner).create(first_name="Sem", last_name="Bakker", learner_type="bbl")
            raise RuntimeError("the write failed")
        assert paused() == 0 and stale() == set()
        bakker = service_for(m.Learner).create(first_name="Sem", last_name="Bakker", learner_type="bbl").id
        assert stale() == {bakker}  # marked by its trigger: nothing waits any more


TRIGGERS_SQL = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
WAITING = {f"learner_line_{table}_insert" for table, *_rest in v0019_line_triggers_paused.PAUSED}


@pytest.mark.file_only  # a second connection to the same file, and a process killed on it
def test_no_other_connection_sees_the_pause_and_a_killed_write_leaves_none(listed, db_path):
    from desktop.storage import schema

    triggers = m.db.execute_sql(TRIGGERS_SQL).fetchall()
    assert WAITING <= {name for name, _sql in triggers}
    with bulk_writing(m.db, 1024):
        other = sqlite3.connect(db_path)
        try:
            assert paused() == 1
            assert other.execute("SELECT COUNT(*) FROM learner_line_paused").fetchone()[0] == 0
            # SQLite's triggers that wait are set aside in the write's own transaction, for it alone
            assert {name for name, _sql in m.db.execute_sql(TRIGGERS_SQL)}.isdisjoint(WAITING)
            assert other.execute(TRIGGERS_SQL).fetchall() == triggers
        finally:
            other.close()
    assert m.db.execute_sql(TRIGGERS_SQL).fetchall() == triggers  # made again from their own text
    close_database()
    killed = textwrap.dedent(
        f"""
        import os
        from desktop.storage.database import open_database
        from desktop.storage.bulk import bulk_writing
        from desktop.storage import models as m
        open_database({str(db_path)!r})
        with bulk_writing(m.db, 1024):
            m.Learner.insert(first_name="Sem", last_name="Bakker", learner_type="bbl").execute()
            os._exit(9)
        """
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    finished = subprocess.run([sys.executable, "-c", killed], cwd=ROOT, env=environment, check=False)
    assert finished.returncode == 9
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute(TRIGGERS_SQL).fetchall() == triggers  # the crash took the drop back too
        assert schema.differences(connection, LATEST_VERSION) == []
    finally:
        connection.close()
    open_database(db_path)
    assert paused() == 0 and m.Learner.select().count() == 3 and stale() == set()
    bakker = service_for(m.Learner).create(first_name="Sem", last_name="Bakker", learner_type="bbl").id
    assert stale() == {bakker}


def test_the_server_tests_the_pause_in_the_trigger_function():
    """PostgreSQL takes no subquery in a trigger's WHEN: the function tests it, and a dropped trigger is its function
    dropped."""
    drop, create = (sql for sql in v0019_line_triggers_paused.STATEMENTS if '"learner_line_learner_insert"' in sql)
    assert postgres_statement(drop) == 'DROP FUNCTION "learner_line_learner_insert"() CASCADE'
    on_server = postgres_statement(create)
    assert f"IF {v0019_line_triggers_paused.NOT_PAUSED} THEN DELETE FROM" in on_server
    assert "END IF; RETURN NULL; END $$" in on_server and " WHEN " not in on_server


@pytest.mark.file_only
def test_a_database_of_schema_18_gets_the_waiting_triggers(listed, db_path):
    from desktop.storage import migrations, schema
    from tests.crash_support import downgrade_to

    close_database()
    downgrade_to(db_path, 18)
    connection = sqlite3.connect(db_path)
    try:
        assert schema.differences(connection, 18) == []
        triggers = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        assert " WHEN " not in triggers["learner_line_meeting_insert"]
    finally:
        connection.close()

    database = open_database(db_path)
    assert migrations.schema_version(database) == migrations.LATEST_VERSION and paused() == 0
    test_rows_added_in_a_bulk_write_mark_their_learners_once_at_the_end(listed)

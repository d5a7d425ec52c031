"""Schema 4: a database of an older LeerWerk keeps every row, and the reasons written in words become codes."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.storage import migrations
from desktop.storage.choices import classify_end_reason
from desktop.storage.database import close_database, open_database
from tests.crash_support import (
    ADDED_IN_4,
    ADDED_IN_7,
    ADDED_IN_8,
    ADDED_IN_15,
    ADDED_IN_16,
    columns_added,
    copy_database,
    downgrade_to_version_3,
    health,
    make_demo,
    rows,
    schema_version,
)

WRITTEN = {
    "Geslaagd, diploma uitgereikt op 3 juli": "completed_diploma",
    "DIPLOMA behaald": "completed_diploma",
    "Niet geslaagd voor het examen": "other",
    "Overstap naar een andere opleiding": "switched_programme",
    "Kiest voor een andere opleiding (verpleegkunde)": "switched_programme",
    "Overstap naar een andere werkgever": "switched_employer",
    "Gaat werken bij ander werkgever": "switched_employer",
    "Persoonlijke omstandigheden": "stopped_personal",
    "Langdurig ziek": "stopped_health",
    "Gezondheid liet het niet toe": "stopped_health",
    "Bleek niet geschikt voor de zorg": "stopped_not_suitable",
    "Ontslag op staande voet": "dismissed",
    "Verhuisd naar Groningen": "other",
    "Moved abroad for personal reasons": "stopped_personal",
    "Switched to another employer": "switched_employer",
}


@pytest.mark.parametrize(("words", "code"), WRITTEN.items())
def test_words_are_read_as_a_reason_and_kept(words, code):
    assert classify_end_reason(words) == (code, words)


def test_a_code_empty_text_and_spaces():
    assert classify_end_reason("stopped_health") == ("stopped_health", "")
    assert classify_end_reason("") == (None, "")
    assert classify_end_reason("  \n ") == (None, "")
    assert classify_end_reason(None) == (None, "")
    assert classify_end_reason("  Langdurig\n ZIEK  ") == ("stopped_health", "Langdurig\n ZIEK")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3", learners=40)


def test_a_schema_3_database_is_upgraded_with_its_reasons_read_as_codes(demo_file, tmp_path, leerwerk_home):
    with sqlite3.connect(demo_file) as demo:
        original = dict(demo.execute("SELECT id, end_reason FROM bpv_period"))
    path = downgrade_to_version_3(copy_database(demo_file, tmp_path / "oud.sqlite3"))
    connection = sqlite3.connect(path)
    periods = [row[0] for row in connection.execute("SELECT id FROM bpv_period ORDER BY id")]
    written = dict(zip(periods, WRITTEN, strict=False))
    connection.executemany("UPDATE bpv_period SET end_reason = ? WHERE id = ?", [(w, p) for p, w in written.items()])
    connection.execute("UPDATE bpv_period SET end_reason = '   ' WHERE id = ?", (periods[-1],))
    connection.commit()
    connection.close()
    assert schema_version(path) == 3
    before = rows(path, leave_out={"bpv_period": {"end_reason"}})

    open_database(path)
    close_database()

    assert schema_version(path) == migrations.LATEST_VERSION
    assert health(path) == (["ok"], [])
    connection = sqlite3.connect(path)
    stored = {row[0]: row[1:] for row in connection.execute("SELECT id, end_reason, end_reason_text FROM bpv_period")}
    for period, words in written.items():
        assert stored[period] == (WRITTEN[words], words)
    assert stored[periods[-1]] == (None, "")
    # The demo's own reasons, written out as their English labels by the downgrade, come back as the same codes.
    untouched = set(periods) - set(written) - {periods[-1]}
    assert {original[p] for p in untouched} > {None, "completed_diploma"}
    assert all(stored[p][0] == original[p] for p in untouched)
    assert (
        connection.execute("SELECT COUNT(*) FROM staff WHERE fte IS NOT NULL OR location_id IS NOT NULL").fetchone()[0]
        == 0
    )
    assert connection.execute("SELECT SUM(cancelled) FROM phase_task").fetchone()[0] == 0
    indexes = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"meeting_open", "phase_task_open", "staff_location_id", "bpv_period_learner_id"} <= indexes
    connection.close()
    after = rows(
        path,
        leave_out=columns_added(
            ADDED_IN_4,
            ADDED_IN_7,
            ADDED_IN_8,
            ADDED_IN_15,
            ADDED_IN_16,
            {"bpv_period": {"end_reason", "end_reason_text"}},
        ),
    )
    assert {t: r for t, r in after.items() if t in before and t != "schema_version"} == {
        t: r for t, r in before.items() if t != "schema_version"
    }
    assert len(list((leerwerk_home / "backups").rglob("*-schema3*.sqlite3"))) == 1


def test_a_reason_outside_the_list_is_refused_by_the_database(demo_file, tmp_path):
    path = copy_database(demo_file, tmp_path / "nieuw.sqlite3")
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE bpv_period SET end_reason = 'Verhuisd' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE staff SET fte = 0 WHERE id = 1")
    connection.close()

"""The learners list worked out by SQLite: the order, the search and the filters the Learners tab shows,
without the tab; and the list of a database opened read-only."""

from __future__ import annotations

import datetime as dt
import sqlite3

import peewee
import pytest

from desktop import clock, i18n
from desktop.services import learner_list, service_for
from desktop.services.learner_list import LineFilter
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database, open_read_only
from desktop.storage.engine import engine_of
from desktop.storage.migrations.v0025_line_keys_in_code_order import KEYS

PEOPLE = [("Zoë", "van der", "Berg", "bbl"), ("Jan", "", "Çelik", "mio"), ("Bram", "'t", "Hart", "bol")]


@pytest.fixture
def learners(database):
    ids = {
        last: service_for(m.Learner).create(first_name=first, name_prefix=prefix, last_name=last, learner_type=kind).id
        for first, prefix, last, kind in PEOPLE
    }
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    # Started a month ago with a crebo the organisation has no SBB recognition for: a concern.
    service_for(m.BpvPeriod).create(
        learner=ids["Hart"],
        programme=programme.id,
        school=school.id,
        start_date=clock.today() - dt.timedelta(days=30),
        end_date=clock.today() + dt.timedelta(days=200),
        status="active",
    )
    learner_list.refresh()
    return ids


def names(learner_ids: list[int]) -> list[str]:
    return [m.Learner.get_by_id(learner_id).last_name for learner_id in learner_ids]


def test_sorted_by_last_name_the_dutch_way_both_ways(learners):
    assert names(learner_list.line_ids(LineFilter())) == ["Berg", "Çelik", "Hart"]
    assert names(learner_list.line_ids(LineFilter(), "name", descending=True)) == ["Hart", "Çelik", "Berg"]


def test_empty_cells_sort_last_whichever_way(learners):
    for descending in (False, True):
        assert names(learner_list.line_ids(LineFilter(), "programme", descending))[0] == "Hart"
        assert names(learner_list.line_ids(LineFilter(), "school", descending))[0] == "Hart"


def test_search_forgives_case_and_diacritics_and_needs_every_word(learners):
    assert names(learner_list.line_ids(LineFilter(search="CELIK"))) == ["Çelik"]
    assert names(learner_list.line_ids(LineFilter(search="zoe berg"))) == ["Berg"]
    assert names(learner_list.line_ids(LineFilter(search="zoe hart"))) == []
    assert names(learner_list.line_ids(LineFilter(search="fictief verzorgende"))) == ["Hart"]
    assert learner_list.line_ids(LineFilter(search="50%")) == []  # a wildcard of LIKE is a plain character


def test_search_finds_the_words_the_table_shows_in_the_language_of_the_moment(learners):
    # The level and the attention column are kept as codes; the words are those of the current language.
    assert names(learner_list.line_ids(LineFilter(search="niveau 3"))) == ["Hart"]
    assert names(learner_list.line_ids(LineFilter(search="niet erkend"))) == ["Hart"]
    i18n.set_language("en")
    assert names(learner_list.line_ids(LineFilter(search="level 3"))) == ["Hart"]
    assert names(learner_list.line_ids(LineFilter(search="not recognised"))) == ["Hart"]
    assert learner_list.line_ids(LineFilter(search="niet erkend")) == []


def test_filters(learners):
    assert names(learner_list.line_ids(LineFilter(attention=True))) == ["Hart"]
    assert names(learner_list.line_ids(LineFilter(status="active"))) == ["Hart"]
    assert names(learner_list.line_ids(LineFilter(status=learner_list.NO_PERIOD))) == ["Berg", "Çelik"]
    assert names(learner_list.line_ids(LineFilter(learner_type="mio"))) == ["Çelik"]
    service_for(m.Learner).update(learners["Berg"], archived=True)
    learner_list.refresh()
    assert names(learner_list.line_ids(LineFilter())) == ["Çelik", "Hart"]
    assert names(learner_list.line_ids(LineFilter(archived=True))) == ["Berg", "Çelik", "Hart"]


def test_lines_are_read_only_for_the_ids_asked_and_a_deleted_learner_has_none(learners):
    lines = learner_list.lines([learners["Hart"], learners["Berg"]])
    assert sorted(line.last_name for line in lines.values()) == ["Berg", "Hart"]
    assert lines[learners["Hart"]].concerns and lines[learners["Hart"]].programme == "Verzorgende-IG"
    service_for(m.Learner).delete(learners["Berg"])
    assert learner_list.lines([learners["Berg"]]) == {}


def test_lines_are_read_again_after_a_rolled_back_transaction_and_on_a_new_connection(learners, database):
    """A server reads the lines through a statement it prepared once per connection: it outlives a transaction that
    was rolled back (PREPARE is no part of it), and a new connection prepares its own."""
    shown = [learners["Hart"], learners["Çelik"]]
    with pytest.raises(RuntimeError), database.atomic():
        assert set(learner_list.lines(shown)) == set(shown)
        raise RuntimeError("rolled back")
    assert learner_list.lines(shown)[learners["Hart"]].programme == "Verzorgende-IG"
    database.close()
    database.connect()
    assert learner_list.lines(shown)[learners["Hart"]].programme == "Verzorgende-IG"
    assert set(learner_list.lines(list(learners.values()))) == set(learners.values())  # another number of ids


def test_the_filters_offer_the_locations_and_praktijkopleiders_of_the_lines_each_once_by_name(learners):
    hart = m.BpvPeriod.get(m.BpvPeriod.learner == learners["Hart"])
    linde = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=linde.id, name="Kleinschalig wonen")
    trainers = {
        last: service_for(m.Staff).create(first_name=first, last_name=last).id
        for first, last in (("Noëlle", "Yılmaz"), ("Ayşe", "Aydın"), ("Jan", "Zuidema"))
    }
    service_for(m.BpvPeriod).update(hart.id, practice_trainer=trainers["Yılmaz"], team=team.id)
    for learner, trainer in ((learners["Berg"], "Aydın"), (learners["Çelik"], "Yılmaz")):
        service_for(m.BpvPeriod).create(
            learner=learner,
            programme=hart.programme_id,
            school=hart.school_id,
            practice_trainer=trainers[trainer],
            start_date=hart.start_date,
            end_date=hart.end_date,
        )
    locations, praktijkopleiders = learner_list.filter_choices()
    assert locations == [(linde.id, "De Linde")]
    # Zuidema trains no one: not offered; Yılmaz trains two, and is offered once.
    assert praktijkopleiders == [(trainers["Aydın"], "Ayşe Aydın"), (trainers["Yılmaz"], "Noëlle Yılmaz")]


@pytest.mark.file_only
def test_a_database_opened_read_only_lists_its_learners_and_stays_unwritten(learners, db_path):
    close_database()
    before = db_path.read_bytes()
    open_read_only(db_path)
    try:
        assert learner_list.refresh() == 3
        assert names(learner_list.line_ids(LineFilter(search="celik"))) == ["Çelik"]
        assert m.db.execute_sql("PRAGMA query_only").fetchone()[0] == 1  # back once the list is written
        with pytest.raises(Exception, match="alleen geopend om te lezen"):
            m.db.execute_sql("UPDATE learner SET archived = 1")
    finally:
        close_database()
    assert db_path.read_bytes() == before
    open_database(db_path)


@pytest.mark.file_only
def test_lines_of_a_database_not_yet_listed_are_whole(learners, db_path):
    close_database()
    open_database(db_path)  # a new connection: its temporary list is not there
    hart = learners["Hart"]
    service_for(m.BpvPeriod).update(
        m.BpvPeriod.get(m.BpvPeriod.learner == hart).id,
        status="completed",
        end_date=clock.today() - dt.timedelta(days=1),
    )
    line = learner_list.lines([hart])[hart]
    assert line.programme == "Verzorgende-IG" and line.waardering_due_since == clock.today() - dt.timedelta(days=1)


def test_every_change_to_what_a_line_shows_is_listed_at_the_next_reading(learners):
    school = m.School.get(m.School.name == "ROC Fictief Zuid")
    service_for(m.School).update(school.id, name="ROC Noorderlicht")
    assert names(learner_list.line_ids(LineFilter(search="fictief"))) == []
    assert names(learner_list.line_ids(LineFilter(search="noorderlicht"))) == ["Hart"]
    service_for(m.Learner).update(learners["Çelik"], last_name="Aydın")
    assert names(learner_list.line_ids(LineFilter())) == ["Aydın", "Berg", "Hart"]
    assert names(learner_list.line_ids(LineFilter(search="aydin"))) == ["Aydın"]
    service_for(m.Learner).delete(learners["Berg"])
    assert names(learner_list.line_ids(LineFilter(archived=True))) == ["Aydın", "Hart"]
    period = m.BpvPeriod.get(m.BpvPeriod.learner == learners["Hart"])
    service_for(m.BpvPeriod).update(period.id, status="completed", end_date=clock.today() - dt.timedelta(days=1))
    assert names(learner_list.line_ids(LineFilter(status="active"))) == []
    assert names(learner_list.line_ids(LineFilter(waardering_due=True))) == ["Hart"]
    assert learner_list.refresh() == 2
    assert m.LearnerLineStale.select().count() == 0  # written once, not at every reading


def test_a_missing_agreement_needs_attention_from_the_day_its_period_starts(learners):
    programme = m.Programme.get(m.Programme.crebo == "25491")
    today = clock.today()
    service_for(m.SbbRecognition).create(
        crebo="25491", starts_on=today - dt.timedelta(days=900), ends_on=today + dt.timedelta(days=900)
    )
    service_for(m.BpvPeriod).create(
        learner=learners["Çelik"],
        programme=programme.id,
        school=m.School.get().id,
        start_date=today + dt.timedelta(days=10),
        end_date=today + dt.timedelta(days=300),
        status="planned",
    )
    assert names(learner_list.line_ids(LineFilter(attention=True))) == ["Hart"]  # recognised; Hart has no agreement
    clock.set_today(today + dt.timedelta(days=10))
    try:  # nothing was written since: the day alone makes the difference
        assert names(learner_list.line_ids(LineFilter(attention=True))) == ["Çelik", "Hart"]
        assert names(learner_list.line_ids(LineFilter(search="geen getekende overeenkomst")))[0] == "Çelik"
    finally:
        clock.set_today(today)
    assert names(learner_list.line_ids(LineFilter(search="geen getekende overeenkomst"))) == ["Hart"]


def test_an_erased_learner_leaves_nothing_of_their_name_in_the_lines(learners):
    from desktop.services.erasure import erase_person
    from desktop.services.privacy import PersonRef

    assert any("berg" in row[0] for row in m.db.execute_sql("SELECT search FROM learner_line"))  # proves something
    erase_person(PersonRef("learner", learners["Berg"]))
    for moment in ("erased", "listed again"):
        texts = [str(value) for row in m.db.execute_sql("SELECT * FROM learner_line") for value in row]
        assert not [text for text in texts if "berg" in text or "zoe" in text], moment
        learner_list.refresh()


@pytest.mark.file_only
def test_a_database_opened_read_only_lists_the_lines_written_since_it_was_last_listed(learners, db_path):
    service_for(m.Learner).update(learners["Çelik"], last_name="Aydın")  # its line is not written yet
    close_database()
    before = db_path.read_bytes()
    open_read_only(db_path)
    try:
        assert names(learner_list.line_ids(LineFilter(search="aydin"))) == ["Aydın"]
        assert names(learner_list.line_ids(LineFilter())) == ["Aydın", "Berg", "Hart"]
    finally:
        close_database()
    assert db_path.read_bytes() == before
    open_database(db_path)


# -- the full-text index of the search texts (schema 21, SQLite) -----------------------------------------------------

SEARCH_INDEX = "learner_line_search"
MORE_PEOPLE = [("Jannes", "", "Janssen", "bbl"), ("Anja", "", "Kloosterman", "bol"), ("Gert", "", "O'Neil", "mio")]


def _index_agrees_with_the_lines() -> None:
    """FTS5's own check of an index against the table it indexes: it raises when they differ."""
    m.db.execute_sql(f"INSERT INTO {SEARCH_INDEX} ({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)")


def test_a_search_finds_exactly_the_lines_whose_text_holds_every_word(learners):
    for first, prefix, last, kind in MORE_PEOPLE:
        service_for(m.Learner).create(first_name=first, name_prefix=prefix, last_name=last, learner_type=kind)
    service_for(m.School).update(m.School.get().id, name='ROC "Fictief" Zuid')  # a quote means nothing to a search
    learner_list.refresh()
    texts = m.db.execute_sql("SELECT id, search FROM learner_line ORDER BY name_key, id").fetchall()
    searches = ["jan", "janssen", "anja", "kloos", "oost", "ROC fictief", "zoë van", "\"fictief\"", "o'neil",
                "ssen jan", "an", "j", "verzorgende-ig", "25491", "nobody", "c \"f"]  # fmt: skip
    found_any = 0
    for search in searches:
        words = learner_list.search_words(search)
        expected = [line_id for line_id, text in texts if all(word in text for word in words)]
        assert learner_list.line_ids(LineFilter(search=search)) == expected, search
        found_any += bool(expected)
    assert found_any >= 10  # the comparisons above compare lists with something in them


@pytest.mark.sqlite_only
def test_the_search_index_follows_every_line_written_and_taken_away(learners):
    _index_agrees_with_the_lines()
    service_for(m.Learner).update(learners["Çelik"], last_name="Aydınlı")
    learner_list.refresh()
    _index_agrees_with_the_lines()
    assert names(learner_list.line_ids(LineFilter(search="celik"))) == []
    assert names(learner_list.line_ids(LineFilter(search="aydinli"))) == ["Aydınlı"]
    service_for(m.School).update(m.School.get().id, name="ROC Noorderlicht")
    learner_list.refresh()
    _index_agrees_with_the_lines()
    assert names(learner_list.line_ids(LineFilter(search="noorderlicht"))) == ["Hart"]
    service_for(m.Learner).delete(learners["Berg"])  # the trigger takes the line away, and so its text
    _index_agrees_with_the_lines()
    learner_list.refresh()
    assert names(learner_list.line_ids(LineFilter(search="berg", archived=True))) == []


@pytest.mark.file_only
def test_a_database_from_before_the_index_is_searched_through_it_once_upgraded(learners, db_path):
    from tests.crash_support import downgrade_to

    close_database()
    downgrade_to(db_path, 18)
    with sqlite3.connect(db_path) as plain:
        assert plain.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_INDEX,)).fetchone() is None
    plain.close()
    open_database(db_path)  # upgraded: the index is built from the lines already written
    _index_agrees_with_the_lines()
    plan = " ".join(
        str(row)
        for row in m.db.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT id FROM learner_line WHERE id IN "
            f"(SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH ?)",
            ['"celik"'],
        )
    )
    assert "VIRTUAL TABLE" in plan
    assert names(learner_list.line_ids(LineFilter(search="celik"))) == ["Çelik"]


@pytest.mark.file_only
def test_a_wipe_leaves_no_piece_of_a_deleted_name_in_the_search_index(learners, db_path):
    from desktop.storage import wiping

    def index_bytes() -> bytes:
        return b"".join(row[0] for row in m.db.execute_sql(f"SELECT block FROM {SEARCH_INDEX}_data"))

    learner = service_for(m.Learner).create(first_name="Quirijn", last_name="Wyzgowski", learner_type="bbl").id
    learner_list.refresh()
    # Trigrams no other line holds; the index keeps a term in full where it shares no beginning with the one before.
    pieces = [b"wyz", b"yzg", b"zgo", b"gow", b"ows", b"wsk"]
    assert any(piece in index_bytes() for piece in pieces)
    service_for(m.Learner).delete(learner)
    assert names(learner_list.line_ids(LineFilter(search="wyzgowski"))) == []
    assert any(piece in index_bytes() for piece in pieces)  # gone from the searches, not yet from the file
    assert wiping.wipe(m.db) is None
    _index_agrees_with_the_lines()
    assert not any(piece in index_bytes() for piece in pieces)


def test_on_a_server_the_list_in_name_order_is_read_from_the_index_of_the_names(learners, database):
    """Migration 25: a server compares the lines' keys by character code, as the list orders them, so the index of
    the names (in that collation) gives the list's order and no reading sorts every line; a file's texts compare by
    code already."""
    engine = engine_of(database)
    if not engine.is_server:
        pytest.skip("SQLite compares texts by code: nothing to migrate in a file")
    collations = database.execute_sql(
        "SELECT column_name, collation_name FROM information_schema.columns WHERE table_name = 'learner_line'"
        " AND column_name LIKE '%%_key'"
    ).fetchall()
    assert sorted(collations) == sorted((key, "C") for key in KEYS)
    database.execute_sql("SET enable_sort = off")  # three lines: the index is to be usable, not cheapest here
    sql = f"EXPLAIN SELECT id FROM learner_line WHERE NOT archived ORDER BY {engine.in_code_order('name_key')}, id"
    plan = "\n".join(row[0] for row in database.execute_sql(sql))
    assert "learner_line_name_key_id_archived_search" in plan and "Sort" not in plan, plan
    assert names(learner_list.line_ids(LineFilter())) == ["Berg", "Çelik", "Hart"]


def test_a_reading_of_lines_the_database_refused_leaves_the_next_one_working(learners, engine):
    """A server prepares the statement of the lines with its first use, in one round trip: a first use that the
    server refuses (an id beyond its integers) has still prepared it there, and the next use must not trip over
    that."""
    too_large = 2**40
    if engine == "postgresql":
        m.db.close()  # a new connection, where nothing is prepared yet
        m.db.connect()
        with pytest.raises(peewee.DataError):
            learner_list.lines([too_large])
        m.db.rollback()
    else:
        assert learner_list.lines([too_large]) == {}
    shown = learner_list.lines([learners["Hart"]])
    assert shown[learners["Hart"]].last_name == "Hart"

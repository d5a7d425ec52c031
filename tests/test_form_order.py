"""The forms list worked out by the database (`form_order`): every sort, filter and search of the BPV forms tab gives
the forms in the order the tab gave them when it sorted and filtered its rows in Python, read whole or a few at a
time, on either engine."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop import clock, i18n
from desktop.services import form_lists, form_order, forms, learner_list, service_for, signing
from desktop.services.form_order import FormFilter, key_of
from desktop.storage import models as m
from desktop.storage.engine import engine_of
from desktop.storage.migrations.v0023_form_search import NAME_INDEX, NUMBER_INDEXES
from desktop.textsearch import fold, matches, search_words
from desktop.views.kit import form_columns
from desktop.views.kit.table_model import _sortable
from tests.factories import PNG, _assignment

TODAY = clock.today()
SORTS = ("number", "learner", "kind", "title", "period", "status", "due", "signed", "to_school")


def days(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def made(period):
    """Forms of two learners: overdue, due soon, later and without a date; signed, partly signed and not at all;
    one handed to the school; assessments of two kinds."""
    other = service_for(m.Learner).create(first_name="Bram", name_prefix="'t", last_name="Hart", learner_type="bol")
    earlier = service_for(m.BpvPeriod).create(
        learner=other.id, programme=period.programme_id, school=period.school_id, start_date=dt.date(2025, 9, 1)
    )
    _assignment(period, title="Overdracht schrijven", deadline=days(-2))
    signed = _assignment(period, title="Medicatieronde", deadline=days(40))
    for row in signing.signatures("assignment", signed.id):
        signing.sign_on_screen(row.id, row.signer_name, PNG)
    partly = _assignment(earlier, title="Cliëntgesprek voeren", deadline=days(3))
    signing.sign_on_screen(signing.signatures("assignment", partly.id)[0].id, "Bram 't Hart", PNG)
    _assignment(earlier, title="Zonder datum", deadline=None)
    _assignment(earlier, title="Ook vandaag", deadline=TODAY)
    _assignment(period, title="Vandaag", deadline=TODAY)
    forms.save_assessment(None, {"period": period.id, "kind": "interim", "due_on": days(5)})
    forms.save_assessment(None, {"period": earlier.id, "kind": "final", "due_on": None})
    forms.save_assessment(None, {"period": earlier.id, "kind": "final", "due_on": days(-30)})
    m.PracticeAssignment.update(handed_to_school_at=dt.datetime.combine(days(-1), dt.time(10))).where(
        m.PracticeAssignment.id == signed.id
    ).execute()
    learner_list.refresh()
    rows = sorted(form_lists.form_rows(), key=lambda row: (row.kind != "assignment", row.id))
    return {row.key: row for row in rows}


COLUMNS = {column.key: column for column in form_columns.__dict__.values() if isinstance(column, form_columns.Column)}


def expected(made, sort: str, descending: bool = False, test=lambda row: True) -> list[tuple[str, int]]:
    """The order of the tab that sorted its rows in Python: by the column's value, empty cells last either way, rows
    alike in that column as they were read (assignments first, by id)."""
    column = COLUMNS[sort]
    rows = [row for row in made.values() if test(row)]
    value = {row.key: _sortable(column.sort(row) if column.sort else column.display(row)) for row in rows}
    filled = [row.key for row in rows if value[row.key] not in (None, "")]
    empty = [row.key for row in rows if value[row.key] in (None, "")]
    return sorted(filled, key=value.__getitem__, reverse=descending) + empty


def listed(shown: FormFilter, sort: str = "due", descending: bool = False) -> list[tuple[str, int]]:
    return [key_of(item) for item in form_order.form_ids(shown, sort, descending)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_every_column_sorts_as_the_tab_sorted_its_rows(made, sort, descending):
    assert listed(FormFilter(), sort, descending) == expected(made, sort, descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_the_database_counts_where_each_form_is_without_reading_the_list(made, sort, descending):
    whole = listed(FormFilter(), sort, descending)
    for place, key in enumerate(whole):
        ids = form_order.form_ids(FormFilter(), sort, descending)  # nothing read yet
        assert ids.index(form_order.list_id(*key)) == place and form_order.list_id(*key) in ids
    shown = form_order.form_ids(FormFilter(kind="assessment"), sort, descending)
    assignment = form_order.list_id(*next(key for key in whole if key[0] == "assignment"))
    assert assignment not in shown
    with pytest.raises(ValueError):
        shown.index(assignment)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["due", "learner"])
def test_read_a_few_at_a_time_the_list_is_the_same_and_opens_at_today(made, monkeypatch, sort, descending):
    monkeypatch.setattr(form_order, "BLOCK", 2)  # blocks that start before today, end after it, or hold the empty
    whole = listed(FormFilter(), sort, descending)
    ids = form_order.form_ids(FormFilter(), sort, descending)
    assert [key_of(ids[place]) for place in range(len(ids))] == whole
    ids = form_order.form_ids(FormFilter(), sort, descending)
    assert [key_of(ids[place]) for place in reversed(range(len(ids)))] == whole[::-1]
    if sort == "due":
        first = ids.first_from_today()
        dues = [made[key].due for key in whole]
        assert dues[first] == TODAY and all(due > TODAY if descending else due < TODAY for due in dues[:first])


def test_without_a_form_due_from_today_on_the_list_does_not_open_anywhere(period):
    _assignment(period, title="Lang geleden", deadline=days(-100))
    _assignment(period, title="Zonder datum", deadline=None)
    assert form_order.form_ids(FormFilter()).first_from_today() is None
    assert form_order.form_ids(FormFilter(), "due", descending=True).first_from_today() == 0


def test_the_filters_select_what_the_tab_selected(made, period):
    cases = [
        (FormFilter(kind="assessment"), lambda r: r.kind == "assessment"),
        (FormFilter(status="issued"), lambda r: r.status == "issued"),
        (FormFilter(learner_id=period.learner_id), lambda r: r.learner_id == period.learner_id),
        (FormFilter(due="due"), lambda r: r.is_due(TODAY)),
        (FormFilter(due="overdue"), lambda r: r.is_overdue(TODAY)),
        (FormFilter(due="waiting"), lambda r: r.signed < r.signers),
        (FormFilter(kind="assignment", due="waiting"), lambda r: r.kind == "assignment" and r.signed < r.signers),
    ]
    for shown, test in cases:
        assert listed(shown) == expected(made, "due", test=test), shown
        assert listed(shown, "status", True) == expected(made, "status", True, test=test), shown
    assert listed(FormFilter(due="changed")) == []


def test_a_form_whose_signed_content_changed_outside_the_app_is_found(made):
    signed = m.PracticeAssignment.get(title="Medicatieronde")
    work_process = m.AssignmentWorkProcess.get(assignment=signed.id).work_process_id
    m.db.execute_sql("UPDATE work_process SET title = 'Medicatie geven' WHERE id = ?", (work_process,))
    changed = form_lists.mismatched_forms()  # the partly signed form names the same werkproces
    assert ("assignment", signed.id) in changed
    assert listed(FormFilter(due="changed")) == expected(made, "due", test=lambda row: row.key in changed)


@pytest.mark.parametrize(
    "search", ["zoe", "CELIK", "zoë overdracht", "clientgesprek", "hart", "tussentijdse", "eind", "po-", "xyz", "50%"]
)
def test_search_looks_in_number_learner_and_title_forgiving_case_and_accents(made, search):
    def found(row) -> bool:
        return matches(search_words(search), fold(" ".join((row.number, row.name, form_columns.title_text(row)))))

    shown = expected(made, "due", test=found)
    assert listed(FormFilter(search=search)) == shown
    assert shown or search in ("xyz", "50%")


def test_the_signed_forms_not_yet_at_the_school_in_the_lists_order(made):
    ids = list(form_order.form_ids(FormFilter(), "number"))
    assert form_order.school_waiting(ids) == []  # no form is signed off
    signed = m.PracticeAssignment.get(title="Medicatieronde")
    m.PracticeAssignment.update(status="signed_off").where(m.PracticeAssignment.id == signed.id).execute()
    assert form_order.school_waiting(ids) == []  # it went to the school yesterday
    m.PracticeAssignment.update(handed_to_school_at=None).where(m.PracticeAssignment.id == signed.id).execute()
    assert form_order.school_waiting(ids) == [("assignment", signed.id)]
    assert form_order.school_waiting([item for item in ids if key_of(item) != ("assignment", signed.id)]) == []
    assert form_order.form_count() == len(made)
    lines = form_order.lines(ids[:3])
    assert {item: line.key for item, line in lines.items()} == {item: key_of(item) for item in ids[:3]}


# -- the search through indexes (schema 23) --------------------------------------------------------------------------

# Of every length (a word of one or two characters is too short for the trigram indexes), in case and accents as
# typed, with the characters LIKE and FTS5 read as their own (% _ \ ").
INDEXED_SEARCHES = [
    "z", "ç", "zo", "PO", "çel", "ÇELIK", "celik,", "hart", "'t", "bram hart", "dracht", "overdracht zoë", "vandaag",
    "eind", "tussentijdse", "po-2", "-0", "6_0", "_", "%", "\\", '"', 'x"y', "nobody",
]  # fmt: skip


def matched_in_python(search: str) -> set[tuple[str, int]]:
    """The forms whose lower-case number, learner's folded name (as the Learners tab's lines keep it) or folded
    title (an assessment's: its kind's label) holds every word: what the search matched when it read every form."""
    names = dict(m.db.execute_sql("SELECT id, name_key FROM learner_line").fetchall())
    found = set()
    for row in form_lists.form_rows():
        texts = (row.number.lower(), names[row.learner_id], fold(form_columns.title_text(row)))
        if all(any(word in text for text in texts) for word in search_words(search)):
            found.add(row.key)
    return found


def test_the_indexes_find_exactly_what_reading_every_form_found(made, period):
    # Numbers with the characters LIKE reads as wildcards: only these hold them.
    m.PracticeAssignment.update(number="PO-2026_0%7").where(m.PracticeAssignment.title == "Vandaag").execute()
    m.Assessment.update(number="BF-2026\\00").where(m.Assessment.kind == "interim").execute()
    learner_list.refresh()
    found_any = 0
    for search in INDEXED_SEARCHES:
        shown = listed(FormFilter(search=search))
        assert set(shown) == matched_in_python(search), search
        assert shown == [key for key in listed(FormFilter()) if key in set(shown)], search  # in the list's order
        found_any += bool(shown)
    assert found_any >= 18  # the comparisons above compare lists with something in them
    assert listed(FormFilter(search="_")) == [("assignment", m.PracticeAssignment.get(title="Vandaag").id)]


def _indexes_agree_with_their_tables() -> None:
    """FTS5's own check of each index against the table it indexes: it raises when they differ."""
    for index in [NAME_INDEX, *NUMBER_INDEXES.values()]:
        m.db.execute_sql(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")


@pytest.mark.sqlite_only
def test_the_indexes_follow_every_form_and_name_written_and_taken_away(made, period):
    _indexes_agree_with_their_tables()
    renamed = m.PracticeAssignment.get(title="Vandaag")
    m.PracticeAssignment.update(number="PO-1999-77777").where(m.PracticeAssignment.id == renamed.id).execute()
    gone = m.Assessment.get(kind="interim")
    forms.delete_form("assessment", gone.id)
    service_for(m.Learner).update(period.learner_id, last_name="Aydınlı")
    learner_list.refresh()
    _indexes_agree_with_their_tables()
    assert listed(FormFilter(search="77777")) == [("assignment", renamed.id)]
    assert listed(FormFilter(search=renamed.number)) == []
    assert ("assessment", gone.id) not in listed(FormFilter(search=gone.number))
    assert listed(FormFilter(search="celik")) == []
    assert {key for key in listed(FormFilter(search="aydinli"))} == matched_in_python("aydinli") != set()


@pytest.mark.file_only
def test_a_database_from_before_the_indexes_is_searched_through_them_once_upgraded(made, db_path):
    from desktop.storage.database import close_database, open_database
    from tests.crash_support import downgrade_to

    before = {search: listed(FormFilter(search=search)) for search in ("celik", "po-2", "hart")}
    close_database()
    downgrade_to(db_path, 22)
    open_database(db_path)  # upgraded: the indexes are built from the rows already there
    _indexes_agree_with_their_tables()
    shown = form_order.form_ids(FormFilter(search="celik"))
    sql, params = shown._query.sql_whole()
    plan = " ".join(str(row) for row in m.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"{NAME_INDEX} VIRTUAL TABLE" in plan and f"{NUMBER_INDEXES['assessment']} VIRTUAL TABLE" in plan
    assert "SCAN f" not in plan  # no pass over every form
    assert {search: listed(FormFilter(search=search)) for search in before} == before


@pytest.mark.file_only
def test_read_only_a_name_changed_since_the_last_reading_is_searched_in_the_lines(made, period, db_path):
    from desktop.storage.database import close_database, open_read_only

    service_for(m.Learner).update(period.learner_id, last_name="Aydınlı")  # its line is stale, not yet written
    close_database()
    open_read_only(db_path)
    assert {key for key in listed(FormFilter(search="aydinli"))} == matched_in_python("aydinli") != set()
    assert listed(FormFilter(search="celik")) == []


def test_learners_imported_and_forms_written_in_bulk_are_found_through_the_indexes(made, tmp_path):
    from desktop.services import learner_io
    from desktop.storage.bulk import bulk_writing
    from tests.factories import HEADER_NL, row

    path = tmp_path / "nieuw.csv"
    path.write_text(f"{HEADER_NL}\r\n{row(first='Ömer', last='Wyzgowski', born='1-2-2003')}\r\n", encoding="utf-8")
    _plan, result = learner_io.import_learners(path)  # a bulk write: the lines' triggers wait until its end
    assert result.learners == 1
    imported = m.BpvPeriod.get(m.BpvPeriod.learner == m.Learner.get(last_name="Wyzgowski").id)
    assignment = _assignment(imported, title="Inwerkopdracht", deadline=days(7))
    with bulk_writing(m.db, 1024):
        m.PracticeAssignment.insert(period=imported.id, number="PO-2026-98765", title="Zonder datum").execute()
    added = m.PracticeAssignment.get(number="PO-2026-98765").id
    for search in ("wyzgowski", "omer", "98765", "wyz 987"):
        assert set(listed(FormFilter(search=search))) == matched_in_python(search) != set(), search
    assert set(listed(FormFilter(search="wyzgowski"))) == {("assignment", assignment.id), ("assignment", added)}
    if not engine_of(m.db).is_server:
        _indexes_agree_with_their_tables()


@pytest.mark.file_only
def test_a_wipe_leaves_no_piece_of_an_erased_name_in_the_names_index(period):
    from desktop.storage import wiping

    def index_bytes() -> bytes:
        return b"".join(row[0] for row in m.db.execute_sql(f"SELECT block FROM {NAME_INDEX}_data"))

    learner = service_for(m.Learner).create(first_name="Quirijn", last_name="Wyzgowski", learner_type="bbl").id
    learner_list.refresh()
    pieces = [b"wyz", b"yzg", b"zgo", b"gow", b"ows", b"wsk"]  # trigrams no other name holds
    assert any(piece in index_bytes() for piece in pieces)
    service_for(m.Learner).delete(learner)
    learner_list.refresh()
    assert listed(FormFilter(search="wyzgowski")) == []
    assert wiping.wipe(m.db) is None
    _indexes_agree_with_their_tables()
    assert not any(piece in index_bytes() for piece in pieces)


# -- a keystroke that narrows the search is cut from the list shown ----------------------------------------------------

# Typed a character at a time, with words added, deleted and pasted, in case and accents as typed: each text after the
# one before it, as the tab asks for them.
TYPED = [
    "z", "zo", "zoë", "Zoë ", "Zoë o", "Zoë ov", "zoë overdracht", "zoë overdrach", "", "C", "Ç", "ÇE", "çel", "celik",
    "CELIK", "celik,", "", "h", "ha", "har", "hart", "bram hart", "bram hart x", "bram", "'t", "'t b", "po", "po-",
    "po-2", "po-2 ", "", "t", "tu", "tussentijds", "Tussentijdse", "eind", "eind 5", "5", "50", "50%", "_", "%", "\\",
    "v", "va", "vandaag", "ook vandaag", "vandaag", "",
]  # fmt: skip


def _typed(shown: FormFilter, texts: list[str], sort: str = "due", descending: bool = False) -> None:
    """Type `texts` one after another, each list asked for with the one before it, and compare each with a search
    read afresh."""
    ids = None
    for text in texts:
        ids = form_order.form_ids(replace(shown, search=text), sort, descending, previous=ids)
        fresh = form_order.form_ids(replace(shown, search=text), sort, descending)
        assert list(ids) == list(fresh), (shown, text)


@pytest.fixture
def whole_reads(monkeypatch):
    """How many lists were read whole from the database (`_Query.sql_whole`), not cut from the one before."""
    calls = []
    original = form_order._Query.sql_whole

    def counted(query):
        calls.append(query)
        return original(query)

    monkeypatch.setattr(form_order._Query, "sql_whole", counted)
    return calls


def test_typing_finds_what_a_search_afresh_finds_at_each_keystroke(made, whole_reads):
    m.PracticeAssignment.update(number="PO-2026_0%7").where(m.PracticeAssignment.title == "Vandaag").execute()
    learner_list.refresh()
    _typed(FormFilter(), TYPED)
    fresh = len(TYPED)  # each keystroke's search afresh, which `_typed` compares with
    cut = len(TYPED) - (len(whole_reads) - fresh)
    # Only a text whose words do not hold those of a list read before it is searched afresh (the first character
    # of a search, a word replaced); coming back to words searched before, or to none, shows the list read then.
    assert cut >= 35, len(whole_reads) - fresh


@pytest.mark.parametrize(
    ("shown", "sort", "descending"),
    [
        (FormFilter(kind="assessment"), "due", False),
        (FormFilter(status="issued"), "title", True),
        (FormFilter(due="waiting"), "learner", False),
        (FormFilter(due="overdue"), "signed", True),
    ],
)
def test_typing_with_filters_and_in_every_order_finds_what_a_search_afresh_finds(made, shown, sort, descending):
    _typed(shown, TYPED, sort, descending)


def test_a_change_between_keystrokes_is_in_the_next_list(made, period):
    ids = form_order.form_ids(FormFilter(search="hart"))
    hart = {key_of(item) for item in ids}
    # A form of another learner named so since: the narrowed list would not hold it, the database does.
    m.Learner.update(last_name="Hartman").where(m.Learner.id == period.learner_id).execute()
    narrowed = form_order.form_ids(FormFilter(search="hartm"), previous=ids)
    assert list(narrowed) == list(form_order.form_ids(FormFilter(search="hartm")))
    assert {key_of(item) for item in narrowed} - hart  # the renamed learner's forms are found


def test_a_language_or_a_day_changed_between_keystrokes_is_in_the_next_list(made):
    ids = form_order.form_ids(FormFilter(search="fin"))
    assert "assessment" not in {key_of(item)[0] for item in ids}  # "Eindbeoordeling"
    i18n.set_language("en")  # "Final assessment" now
    english = form_order.form_ids(FormFilter(search="fina"), previous=ids)
    assert list(english) == list(form_order.form_ids(FormFilter(search="fina")))
    assert "assessment" in {key_of(item)[0] for item in english}
    i18n.set_language("nl")
    ids = form_order.form_ids(FormFilter(search="o", due="overdue"))
    clock.set_today(days(10))  # "Ook vandaag" and "Vandaag" are overdue by then
    try:
        later = form_order.form_ids(FormFilter(search="oo", due="overdue"), previous=ids)
        assert list(later) == list(form_order.form_ids(FormFilter(search="oo", due="overdue")))
        assert ("assignment", m.PracticeAssignment.get(title="Ook vandaag").id) in {key_of(item) for item in later}
    finally:
        clock.set_today(None)

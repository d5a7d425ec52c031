"""The learners list at any size: the database filters, sorts and searches it, the window holds only ids.

Every learner's line is kept in the database (`learner_line`, schema version 17): the filter values, a folded
sort key per text column and one folded search text, so that "zoe" finds "Zoë" and "Çelik" sorts under C, as
`textsearch` does everywhere. A change to what a line is made of takes the line away and marks its learner in
`learner_line_stale` (the database's triggers do, on either engine; a bulk write does it once for all its new rows
at its end, `storage.line_pause`); every reading first writes those lines again
(`refresh`), so a search, a filter or a sort is one query over lines that are never stale, and returns the ids in
order. The window reads the full lines (`learners.learner_rows`) only for the rows it shows.

What depends on the day is worked out when read, with today as a parameter: a missing agreement counts from its
period's start, and a studentwaardering is owed for a year after a period ended.

A search word of three characters or more is found through SQLite's full-text index of the search texts (migration
21), not by reading every line's text; a server, and a shorter word, read the texts.

A database opened read-only (`mode=ro`) cannot write its stale lines: they are written into a copy of the lines in
the connection's temporary schema, which SQLite reads before the file's table of the same name. A read-only login on
a server may not write them either (a line others read is no place for a login that may change nothing): it writes
its stale lines into a table of its session, read beside the stored lines (`Engine.session_copy`). The full-text
index knows the file's lines only, so a search there reads the texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop import clock
from desktop.i18n import _
from desktop.services.agreements import Concern, PeriodFacts, concerns
from desktop.services.learners import LearnerRow, learner_rows, learner_rows_sql
from desktop.services.waardering import DUE_CONDITION, ENDED_ON_SQL, due_window
from desktop.storage import choices
from desktop.storage.engine import engine_of
from desktop.storage.migrations.v0021_learner_search_index import INDEX as SEARCH_INDEX
from desktop.storage.models import db, display_name, iso_date, sort_name
from desktop.textsearch import fold, search_words

NO_PERIOD = "-"  # the status filter's value for learners without any period

COLUMNS = (
    "id", "archived", "learner_type", "period_id", "status", "phase", "level", "crebo", "location_id",
    "practice_trainer_id", "start_date", "next_meeting", "attention", "agreement_gaps", "attention_codes",
    "name_key", "programme_key", "pathway_key", "school_key", "location_key", "team_key", "trainer_key",
    "supervisor_key", "search",
)  # fmt: skip
# Written over whatever line is there: two readings on a server may write the same stale line at once.
WRITE_SQL = (
    "INSERT INTO {table} ("
    + ", ".join(COLUMNS)
    + f") VALUES ({', '.join('?' * len(COLUMNS))}) "
    + f"ON CONFLICT (id) DO UPDATE SET {', '.join(f'{column} = excluded.{column}' for column in COLUMNS[1:])}"
)
# A login that may read the lines but not write them (the read-only role on a server) writes its stale ones here.
SESSION_LINES = "learner_line_session"

# The sort of each column of the list, by the key the window's columns use: a column of the table, or a
# code whose translated label decides the order (worked out per query, in the language of the moment).
SORT_COLUMNS = {
    "crebo": "crebo",
    "period": "start_date",
    "next_meeting": "next_meeting",
}
SORT_TEXTS = {
    "name": "name_key",
    "programme": "programme_key",
    "pathway": "pathway_key",
    "school": "school_key",
    "location": "location_key",
    "team": "team_key",
    "practice_trainer": "trainer_key",
    "work_supervisor": "supervisor_key",
}
PHASE_ORDER = ("introduction", "work_and_learn", "evaluation")
CONCERN_CODES = ("agreement", "recognition", "certification")
AGREEMENT = "agreement"  # the concern that counts from its period's start
MANY = 2000  # more stale lines than this are found in one pass over every learner rather than by their ids
CHUNK = 500  # ids per query, well under either engine's limit of parameters

# The agreement concerns of a line on the day of the reading (one parameter: today).
ATTENTION_SQL = "(attention + CASE WHEN agreement_gaps > 0 AND start_date <= ? THEN agreement_gaps ELSE 0 END)"
# Of the periods that owe a studentwaardering (two parameters: `due_window`), the one that ended last.
OWED_SINCE_SQL = (
    f"(SELECT MAX({ENDED_ON_SQL}) FROM bpv_period p WHERE p.learner_id = learner_line.id AND {DUE_CONDITION})"
)


@dataclass(frozen=True)
class LineFilter:
    """What the list shows: the search words and the filters of the tab (None or False: not filtered)."""

    search: str = ""
    archived: bool = False  # archived learners too
    attention: bool = False  # only learners whose current period needs attention
    status: str | None = None  # a period status, or NO_PERIOD
    learner_type: str | None = None
    location_id: int | None = None
    practice_trainer_id: int | None = None
    waardering_due: bool = False


# -- writing the lines -----------------------------------------------------------------------------------------------


class _Folded(dict):
    """Folded texts by their text: the names of programmes, schools, teams and people repeat thousands of
    times over the lines, and are folded once each."""

    def __missing__(self, text: str) -> str:
        folded = self[text] = fold(text)
        return folded


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rows_of(learner_ids: list[int]) -> list[tuple]:
    """The raw rows of `learner_ids` as `learner_rows_sql` reads them (with its one parameter: not cancelled)."""
    every_row = learner_rows_sql()
    if len(learner_ids) > MANY:
        wanted = set(learner_ids)
        return [row for row in db.execute_sql(every_row, [False]) if row[0] in wanted]
    rows = []
    for chunk in _chunks(learner_ids):
        rows += engine_of(db).rows_of_ids(db, every_row, [False], "l.id", chunk).fetchall()
    return rows


def _lines_of(raw: list[tuple]) -> list[tuple]:
    """The lines of the raw rows, in the order of `COLUMNS`. Folding and the rules of concerns are Python's."""
    facts = [PeriodFacts(r[6], r[4], r[26], iso_date(r[23]), r[8] or None, r[15]) for r in raw if r[6] is not None]
    found = concerns(facts, today=dt.date.max)  # every concern a line may have; the day decides when it is read
    folded = _Folded({"": ""})
    staff_keys: dict[int, str] = {}

    def staff_key(staff_id: int | None, name: tuple) -> str | None:
        if staff_id is None:
            return None
        key = staff_keys.get(staff_id)
        if key is None:
            key = staff_keys[staff_id] = fold(display_name(*name))
        return key

    lines = []
    for r in raw:
        first, prefix, last = folded[r[1] or ""], folded[r[2] or ""], folded[r[3] or ""]
        codes = [concern.code for concern in found.get(r[6], ())] if r[6] is not None else []
        gaps = codes.count(AGREEMENT)
        programme, pathway, school = folded[r[7] or ""], folded[r[10] or ""], folded[r[11] or ""]
        location, team = folded[r[13] or ""], folded[r[14] or ""]
        # folding goes letter by letter, so the folded parts joined are the folded whole
        search = " ".join((display_name(first, prefix, last), programme, r[8] or "", school, location, team))
        lines.append(
            (
                r[0], bool(r[5]), r[4], r[6], r[26], r[25], r[9] or None, r[8] or None, r[12], r[15],
                iso_date(r[23]), iso_date(r[27]), len(codes) - gaps, gaps, f" {' '.join(dict.fromkeys(codes))} ",
                sort_name(first, prefix, last), programme or None, pathway or None, school or None,
                location or None, team or None, staff_key(r[15], r[16:19]), staff_key(r[19], r[20:23]), search,
            )
        )  # fmt: skip
    return lines


def _write(learner_ids: list[int], table: str = "learner_line") -> None:
    """Write the lines of `learner_ids` into `table` over what is there; a learner who is gone has none."""
    lines = _lines_of(_rows_of(learner_ids))
    db.cursor().executemany(engine_of(db).parameters(WRITE_SQL.format(table=table)), lines)
    gone = sorted(set(learner_ids) - {line[0] for line in lines})
    for chunk in _chunks(gone):
        db.execute_sql(f"DELETE FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)


def _stale() -> list[int]:
    return [row[0] for row in db.execute_sql("SELECT learner_id FROM learner_line_stale")]


# Whether a line is to be written: asked with a reading of the lines (on a server in the same statement), which is
# read again after the writing in the rare case that one is.
STALE_MARKED = "EXISTS (SELECT 1 FROM learner_line_stale)"


@contextmanager
def _temporary_writes() -> Iterator[None]:
    """A database opened read-only refuses all writes (`query_only`), its temporary schema's too; its file is
    opened with `mode=ro`, so lifting the pragma for the temporary table leaves the file as safe as before."""
    db.execute_sql("PRAGMA query_only = 0")
    try:
        yield
    finally:
        db.execute_sql("PRAGMA query_only = 1")


def refresh() -> int:
    """Write the lines that changes took away; returns how many learners there are."""
    count, stale = db.execute_sql(f"SELECT (SELECT COUNT(*) FROM learner_line), {STALE_MARKED}").fetchone()
    if not stale:
        return count
    _write_stale()
    return db.execute_sql("SELECT COUNT(*) FROM learner_line").fetchone()[0]


def _write_stale() -> None:
    """Write the lines that changes took away (before every reading of them; a keystroke's too, which needs no count
    of every line: at 50,000 learners a pass over an index)."""
    engine = engine_of(db)
    writes = engine.may_write(db, "learner_line_stale")
    if not writes and engine.is_server:
        # Stale lines have no stored line (the change took it away), and one written by someone else since is no
        # longer marked: the view reads each learner's line once, without this login writing what others read.
        # With nothing marked the stored lines are complete, whether the view is there yet or not.
        if _stale():
            with db.atomic():
                engine.session_copy(db, "learner_line", SESSION_LINES, "SELECT learner_id FROM learner_line_stale")
                db.execute_sql(f"DELETE FROM {SESSION_LINES}")
                _write(_stale(), SESSION_LINES)
    elif not writes:
        stale = _stale()
        if stale:
            with _temporary_writes(), db.atomic():
                if db.execute_sql("SELECT 1 FROM sqlite_temp_master WHERE name = 'learner_line'").fetchone() is None:
                    db.execute_sql("CREATE TEMP TABLE learner_line AS SELECT * FROM main.learner_line")
                    db.execute_sql("CREATE UNIQUE INDEX temp.learner_line_id ON learner_line (id)")
                _write(stale)
    elif _stale():  # most readings find none: on a server, a transaction would cost two more round trips
        with db.atomic():
            stale = _stale()  # again, in the transaction that writes them
            if stale:
                _write(stale)
                for chunk in _chunks(stale):
                    marks = ", ".join("?" * len(chunk))
                    db.execute_sql(f"DELETE FROM learner_line_stale WHERE learner_id IN ({marks})", chunk)


# -- reading them ----------------------------------------------------------------------------------------------------


def _codes_matching(word: str, labels: dict[str, str]) -> list[str]:
    """The codes whose label, in the language of the moment, holds `word`: a search finds a level or a
    concern by the words the table shows, while the lines keep codes that hold in every language."""
    return [code for code, label in labels.items() if word in fold(_(label))]


def _concern_words() -> dict[str, str]:
    return {code: Concern(code, None).short() for code in CONCERN_CODES}


def _label_order(column: str, labels: dict[str, str], blank: str | None = None) -> tuple[str, list]:
    """A CASE that numbers the codes of `column` in the order of their translated labels."""
    shown = {code: _(label) for code, label in labels.items()}
    if blank is not None:
        shown[NO_PERIOD] = blank
    codes = sorted(shown, key=lambda code: fold(shown[code]))
    value = f"COALESCE({column}, '{NO_PERIOD}')" if blank is not None else column
    return f"CASE {value} {' '.join('WHEN ? THEN ?' for _code in codes)} END", [
        part for rank, code in enumerate(codes) for part in (code, rank)
    ]


def _sort_expression(key: str, today: dt.date) -> tuple[str, list]:
    if key in SORT_TEXTS:
        return engine_of(db).in_code_order(SORT_TEXTS[key]), []
    if key in SORT_COLUMNS:
        return SORT_COLUMNS[key], []
    if key == "attention":
        return ATTENTION_SQL, [today]
    if key == "waardering":
        return OWED_SINCE_SQL, due_window(today)
    if key == "type":
        return _label_order("learner_type", choices.LEARNER_TYPES)
    if key == "level":
        return _label_order("level", choices.LEVELS)
    if key == "status":
        return _label_order("status", choices.PERIOD_STATUSES, blank=_("No BPV period"))
    if key == "phase":
        return f"CASE phase {' '.join('WHEN ? THEN ?' for _phase in PHASE_ORDER)} END", [
            part for rank, phase in enumerate(PHASE_ORDER) for part in (phase, rank)
        ]
    raise ValueError(f"no sort for column {key!r}")


def _where(shown: LineFilter, today: dt.date, indexed: bool) -> tuple[str, list]:
    tests, params = [], []
    if not shown.archived:
        tests.append("archived = FALSE")
    if shown.attention:
        tests.append(f"{ATTENTION_SQL} > 0")
        params.append(today)
    if shown.status == NO_PERIOD:
        tests.append("period_id IS NULL")
    elif shown.status:
        tests.append("status = ?")
        params.append(shown.status)
    for column, value in (
        ("learner_type", shown.learner_type),
        ("location_id", shown.location_id),
        ("practice_trainer_id", shown.practice_trainer_id),
    ):
        if value:
            tests.append(f"{column} = ?")
            params.append(value)
    if shown.waardering_due:
        tests.append(f"EXISTS (SELECT 1 FROM bpv_period p WHERE p.learner_id = learner_line.id AND {DUE_CONDITION})")
        params += due_window(today)
    engine, concern_words = engine_of(db), _concern_words()
    for word in search_words(shown.search):
        test, alternative_params = engine.contains_word("search", SEARCH_INDEX if indexed else None, word)
        alternatives = [test]
        for code in _codes_matching(word, concern_words):
            if code == AGREEMENT:
                alternatives.append(engine.contains("attention_codes") + " AND start_date <= ?")
                alternative_params += [f" {code} ", today]
            else:
                alternatives.append(engine.contains("attention_codes"))
                alternative_params.append(f" {code} ")
        for level in _codes_matching(word, choices.LEVELS):
            alternatives.append("level = ?")
            alternative_params.append(level)
        tests.append(f"({' OR '.join(f'({test})' for test in alternatives)})")
        params += alternative_params
    return (" WHERE " + " AND ".join(tests)) if tests else "", params


def line_ids(shown: LineFilter, sort: str = "name", descending: bool = False) -> list[int]:
    """The ids of the learners `shown` selects, sorted by the column `sort`; empty cells last either way,
    and learners alike in that column by name."""
    today, engine = clock.today(), engine_of(db)
    writes = engine.may_write(db, "learner_line_stale")
    where, params = _where(shown, today, indexed=writes)
    direction = "DESC" if descending else "ASC"
    name = engine.in_code_order("name_key")
    if sort == "name":  # never empty, and walked in its index
        order, sort_params = f"{name} {direction}, id {direction}", []
    else:
        expression, sort_params = _sort_expression(sort, today)
        order = f"({expression}) IS NULL, {expression} {direction}, {name}, id"
        sort_params = sort_params * 2
    sql, params = f"SELECT id FROM learner_line{where} ORDER BY {order}", [*params, *sort_params]
    # A login that may not write the lines keeps its stale marks: it writes its own copy before every reading.
    ids = engine.ids_unless(db, sql, params, STALE_MARKED) if writes else None
    if ids is None:
        _write_stale()
        ids = [row[0] for row in db.execute_sql(sql, params)]
    return ids


def lines(learner_ids: list[int]) -> dict[int, LearnerRow]:
    """The full lines of `learner_ids` (those still there), by id, worked out for today."""
    return {row.id: row for row in learner_rows(learner_ids)}


def filter_choices() -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The locations and the praktijkopleiders of the learners' current periods, each by name: what the
    location and trainer filters offer."""
    # The ids from the lines' own indexes, then only those locations and people: not a pass over every line or
    # every staff member (tens of thousands in a large organisation). A row without id says a line is stale.
    locations_sql = "SELECT id, name FROM location WHERE id IN (SELECT location_id FROM learner_line)"
    locations = db.execute_sql(f"SELECT NULL, NULL WHERE {STALE_MARKED} UNION ALL {locations_sql}").fetchall()
    if any(location is None for location, _name in locations):
        _write_stale()
        locations = db.execute_sql(locations_sql).fetchall()
    trainers = db.execute_sql(
        "SELECT id, first_name, name_prefix, last_name FROM staff WHERE id "
        + engine_of(db).among("SELECT DISTINCT practice_trainer_id FROM learner_line")
    )
    people = [(r[0], display_name(r[1], r[2], r[3])) for r in trainers]
    return sorted(locations, key=lambda x: fold(x[1])), sorted(people, key=lambda x: fold(x[1]))

"""The learners list at any size: SQLite filters, sorts and searches it, the window holds only ids.

Each reading writes every learner's line once into a temporary table of the connection (`learner_line`):
the filter values, a folded sort key per text column and one folded search text, so that "zoe" finds
"Zoë" and "Çelik" sorts under C, as `textsearch` does everywhere. A search, a filter or a sort is then
one query that returns the ids in order; the window reads the full lines (`learner_rows`) only for the
rows it shows. With 50,000 learners that is a few megabytes instead of the objects of every line.

The table lives in the connection's temporary schema: nothing is written to the database file, so a
database opened read-only (`mode=ro`) lists its learners the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.i18n import _
from desktop.services.agreements import Concern, PeriodFacts, concerns
from desktop.services.learners import LEARNER_ROWS_SQL, LearnerRow, learner_rows
from desktop.services.waardering import due_by_learner
from desktop.storage import choices
from desktop.storage.models import db, display_name, iso_date, sort_name
from desktop.textsearch import fold, search_words

NO_PERIOD = "-"  # the status filter's value for learners without any period

CREATE_SQL = """
CREATE TEMP TABLE learner_line (
    position INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, archived INTEGER NOT NULL, learner_type TEXT NOT NULL,
    period_id INTEGER, status TEXT, phase TEXT, level TEXT, crebo TEXT, location_id INTEGER,
    practice_trainer_id INTEGER, start_date TEXT, next_meeting TEXT, attention INTEGER NOT NULL,
    attention_codes TEXT NOT NULL, waardering_period_id INTEGER, waardering_due_since TEXT,
    name_key TEXT NOT NULL, programme_key TEXT, pathway_key TEXT, school_key TEXT, location_key TEXT,
    team_key TEXT, trainer_key TEXT, supervisor_key TEXT, search TEXT NOT NULL)
"""

# The sort of each column of the list, by the key the window's columns use: a column of the table, or a
# code whose translated label decides the order (worked out per query, in the language of the moment).
SORT_COLUMNS = {
    "name": "name_key",
    "attention": "attention",
    "programme": "programme_key",
    "crebo": "crebo",
    "pathway": "pathway_key",
    "school": "school_key",
    "location": "location_key",
    "team": "team_key",
    "practice_trainer": "trainer_key",
    "work_supervisor": "supervisor_key",
    "period": "start_date",
    "next_meeting": "next_meeting",
    "waardering": "waardering_due_since",
}
PHASE_ORDER = ("introduction", "work_and_learn", "evaluation")
CONCERN_CODES = ("agreement", "recognition", "certification")


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


@contextmanager
def _temporary_writes() -> Iterator[None]:
    """A database opened read-only refuses all writes (`query_only`), its temporary schema's too; its file is
    opened with `mode=ro`, so lifting the pragma for the temporary table leaves the file as safe as before."""
    was = db.execute_sql("PRAGMA query_only").fetchone()[0]
    if was:
        db.execute_sql("PRAGMA query_only = 0")
    try:
        yield
    finally:
        if was:
            db.execute_sql("PRAGMA query_only = 1")


def _codes_matching(word: str, labels: dict[str, str]) -> list[str]:
    """The codes whose label, in the language of the moment, holds `word`: a search finds a level or a
    concern by the words the table shows, while the lines keep codes that hold in every language."""
    return [code for code, label in labels.items() if word in fold(_(label))]


def _concern_words() -> dict[str, str]:
    return {code: Concern(code, None).short() for code in CONCERN_CODES}


class _Folded(dict):
    """Folded texts by their text: the names of programmes, schools, teams and people repeat thousands of
    times over the lines, and are folded once each."""

    def __missing__(self, text: str) -> str:
        folded = self[text] = fold(text)
        return folded


INSERT_SQL = f"INSERT INTO temp.learner_line VALUES ({', '.join('?' * 26)})"


def build() -> int:
    """Write every learner's line into the temporary table, anew; returns how many learners there are.

    Folding and the rules of concerns are Python's: the lines are worked out here and written at once
    (SQLite calling back into Python per value, to fold in an INSERT ... SELECT, was measured slower)."""
    raw = db.execute_sql(LEARNER_ROWS_SQL, [False]).fetchall()  # False: not cancelled, as learner_rows binds it
    facts = [PeriodFacts(r[6], r[4], r[26], iso_date(r[23]), r[8] or None, r[15]) for r in raw if r[6] is not None]
    found = concerns(facts)
    due = due_by_learner()
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
        period_concerns = found.get(r[6], ()) if r[6] is not None else ()
        codes = " ".join(dict.fromkeys(concern.code for concern in period_concerns))
        owed = due.get(r[0])
        programme, pathway, school = folded[r[7] or ""], folded[r[10] or ""], folded[r[11] or ""]
        location, team = folded[r[13] or ""], folded[r[14] or ""]
        # folding goes letter by letter, so the folded parts joined are the folded whole
        search = " ".join((display_name(first, prefix, last), programme, r[8] or "", school, location, team))
        lines.append(
            (
                r[0], r[5], r[4], r[6], r[26], r[25], r[9], r[8], r[12], r[15], r[23], r[27], len(period_concerns),
                f" {codes} ", owed.period_id if owed else None, owed.ended_on.isoformat() if owed else None,
                sort_name(first, prefix, last), programme or None, pathway or None, school or None,
                location or None, team or None, staff_key(r[15], r[16:19]), staff_key(r[19], r[20:23]), search,
            )
        )  # fmt: skip
    del raw, facts, found
    # Written in the list's usual order (by name), so that order is the table's own: read without sorting.
    lines.sort(key=lambda line: (line[16], line[0]))
    with _temporary_writes(), db.atomic():
        db.execute_sql("DROP TABLE IF EXISTS temp.learner_line")
        db.execute_sql(CREATE_SQL)
        db.cursor().executemany(INSERT_SQL, ((position, *line) for position, line in enumerate(lines)))
    return len(lines)


def _built() -> bool:
    return db.execute_sql("SELECT 1 FROM sqlite_temp_master WHERE name = 'learner_line'").fetchone() is not None


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


def _sort_expression(key: str) -> tuple[str, list]:
    if key in SORT_COLUMNS:
        return SORT_COLUMNS[key], []
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


def _where(shown: LineFilter) -> tuple[str, list]:
    tests, params = [], []
    if not shown.archived:
        tests.append("archived = FALSE")
    if shown.attention:
        tests.append("attention > 0")
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
        tests.append("waardering_period_id IS NOT NULL")
    concern_words = _concern_words()
    for word in search_words(shown.search):
        # instr: a plain substring, without LIKE's wildcards to escape
        concern_codes, levels = _codes_matching(word, concern_words), _codes_matching(word, choices.LEVELS)
        tests.append(
            f"(instr(search, ?) > 0{' OR instr(attention_codes, ?) > 0' * len(concern_codes)}"
            f"{' OR level = ?' * len(levels)})"
        )
        params += [word, *(f" {code} " for code in concern_codes), *levels]
    return (" WHERE " + " AND ".join(tests)) if tests else "", params


def line_ids(shown: LineFilter, sort: str = "name", descending: bool = False) -> list[int]:
    """The ids of the learners `shown` selects, sorted by the column `sort`; empty cells last either way,
    and learners alike in that column by name."""
    if not _built():
        build()
    where, params = _where(shown)
    expression, sort_params = _sort_expression(sort)
    direction = "DESC" if descending else "ASC"
    if sort == "name":  # never empty, and walked in its index
        sql, sort_params = f"SELECT id FROM temp.learner_line{where} ORDER BY position {direction}", []
    else:
        sql = (
            f"SELECT id FROM temp.learner_line{where} ORDER BY ({expression}) IS NULL OR ({expression}) = '', "
            f"{expression} {direction}, position"
        )
        sort_params = sort_params * 3
    return [row[0] for row in db.execute_sql(sql, [*params, *sort_params])]


def lines(learner_ids: list[int]) -> dict[int, LearnerRow]:
    """The full lines of `learner_ids` (those still there), by id, with what the list worked out for them."""
    if not _built():  # a database opened anew, not yet listed: worked out for these lines alone
        return {row.id: row for row in learner_rows(learner_ids)}
    rows = {row.id: row for row in learner_rows(learner_ids, with_waardering=False)}
    if rows:
        marks = ", ".join("?" * len(rows))
        sql = (
            "SELECT id, waardering_period_id, waardering_due_since FROM temp.learner_line "
            f"WHERE id IN ({marks}) AND waardering_period_id IS NOT NULL"
        )
        for learner_id, period_id, since in db.execute_sql(sql, list(rows)):
            rows[learner_id].waardering_period_id, rows[learner_id].waardering_due_since = period_id, iso_date(since)
    return rows


def filter_choices() -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The locations and the praktijkopleiders of the learners' current periods, each by name: what the
    location and trainer filters offer."""
    if not _built():
        build()
    locations = db.execute_sql(
        "SELECT DISTINCT loc.id, loc.name FROM temp.learner_line ll JOIN location loc ON loc.id = ll.location_id"
    ).fetchall()
    trainers = db.execute_sql(
        "SELECT DISTINCT s.id, s.first_name, s.name_prefix, s.last_name FROM temp.learner_line ll "
        "JOIN staff s ON s.id = ll.practice_trainer_id"
    ).fetchall()
    people = [(r[0], display_name(r[1], r[2], r[3])) for r in trainers]
    return sorted(locations, key=lambda x: fold(x[1])), sorted(people, key=lambda x: fold(x[1]))

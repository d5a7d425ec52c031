"""The forms list at any size: the database searches, filters and sorts the BPV forms and gives their ids in order.

At 50,000 learners there are some 265,000 forms: reading every one as a row to sort it in Python took seconds. The
list holds one number per form instead, its list id (`list_id`: an assignment's id doubled, an assessment's doubled
plus one, so the two tables share one list), and reads the full rows (`form_lists.form_rows`) only for the forms on
screen. A search looks in what the list shows and searches: the number, the learner's folded name (the Learners
tab's lines keep it, `learner_list`) and the title, an assessment's by the label of its kind in the language of the
moment. Each of them is found through an index (schema 23: the titles' and kinds' own, and on SQLite full-text
indexes of the numbers and the names), never by reading every form.

Who has signed counts in the latest round of a form only (the signed-off round once it exists, the round of issue
before), as the list shows it: the sorts and the filter that depend on it ask the signatures of each form in SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter, or_

from desktop import clock
from desktop.i18n import _, current_language
from desktop.services import form_lists
from desktop.services.connection import change_marks
from desktop.services.form_lists import DONE_STATUSES, DUE_HORIZON_DAYS, FormRow
from desktop.storage import choices
from desktop.storage.engine import engine_of
from desktop.storage.migrations.v0023_form_search import NAME_INDEX, NUMBER_INDEXES
from desktop.storage.models import db
from desktop.textsearch import fold, search_words

KINDS = ("assignment", "assessment")
DUE, OVERDUE, WAITING, CHANGED = "due", "overdue", "waiting", "changed"  # what the due filter offers
CHUNK = 500  # ids per query, well under either engine's limit of parameters


@dataclass(frozen=True)
class Side:
    """One of the two tables of forms, with the names its columns have."""

    kind: str
    table: str
    due: str
    signature_column: str


SIDES = (
    Side("assignment", "practice_assignment", "deadline", "assignment_id"),
    Side("assessment", "assessment", "due_on", "assessment_id"),
)
_SIDE = {side.kind: side for side in SIDES}


@dataclass(frozen=True)
class FormFilter:
    """What the list shows: the search words and the filters of the tab (None: not filtered)."""

    search: str = ""
    learner_id: int | None = None
    kind: str | None = None
    status: str | None = None
    due: str | None = None  # DUE, OVERDUE, WAITING or CHANGED


def list_id(kind: str, form_id: int) -> int:
    return form_id * 2 + KINDS.index(kind)


def key_of(item: int) -> tuple[str, int]:
    return KINDS[item % 2], item // 2


def _latest_round(side: Side) -> str:
    """The stage whose signatures count for the form `f`: the signed-off round once it has one."""
    return (
        f"(CASE WHEN EXISTS (SELECT 1 FROM signature x WHERE x.{side.signature_column} = f.id AND x.stage = 'final' "
        "AND x.voided_at IS NULL) THEN 'final' ELSE 'issue' END)"
    )


def _signatures(side: Side, what: str) -> str:
    """A count over the signatures of the latest round of form `f`: COUNT(*) signers, COUNT(s.signed_at) signed."""
    return (
        f"(SELECT {what} FROM signature s WHERE s.{side.signature_column} = f.id AND s.voided_at IS NULL "
        f"AND s.stage = {_latest_round(side)})"
    )


def _ranked(column: str, labels: dict[str, str]) -> tuple[str, list]:
    """A CASE that numbers the codes of `column` in the order of their translated labels."""
    codes = sorted(labels, key=lambda code: fold(_(labels[code])))
    return f"CASE {column} {' '.join('WHEN ? THEN ?' for _code in codes)} END", [
        part for rank, code in enumerate(codes) for part in (code, rank)
    ]


def _sort_values(side: Side, key: str) -> tuple[str, str, list]:
    """The two values a form `f` of `side` sorts by in the column `key` (the first NULL: an empty cell, last)."""
    if key == "number":
        return "f.number", "0", []
    if key == "learner":
        return "ll.name_key", "0", []
    if key == "kind":
        ranks = sorted(KINDS, key=lambda kind: fold(_(choices.FORM_KINDS[kind])))
        return "?", "0", [ranks.index(side.kind)]
    if key == "title":
        if side.kind == "assignment":
            return "NULLIF(LOWER(f.title), '')", "0", []
        labels = {code: fold(_(label)) for code, label in choices.ASSESSMENT_KINDS.items()}
        return (
            f"CASE f.kind {' '.join('WHEN ? THEN ?' for _code in labels)} END",
            "0",
            [part for item in labels.items() for part in item],
        )
    if key == "period":
        return "p.start_date", "0", []
    if key == "status":
        ranks = " ".join("WHEN ? THEN ?" for _status in choices.FORM_STATUS_ORDER)
        params = [part for rank, status in enumerate(choices.FORM_STATUS_ORDER) for part in (status, rank)]
        return f"CASE f.status {ranks} ELSE 99 END", _signatures(side, "COUNT(s.signed_at)"), params
    if key == "due":
        return f"f.{side.due}", "0", []
    if key == "signed":
        return _signatures(side, "COUNT(s.signed_at)"), _signatures(side, "COUNT(*)"), []
    if key == "to_school":
        return "f.handed_to_school_at", "0", []
    raise ValueError(f"no sort for column {key!r}")


# The distinct titles, each found in the title index from the one before (a DISTINCT would read every assignment).
DISTINCT_TITLES_SQL = (
    "WITH RECURSIVE titles (title) AS (SELECT MIN(title) FROM practice_assignment UNION ALL "
    "SELECT (SELECT MIN(title) FROM practice_assignment WHERE title > titles.title) FROM titles "
    "WHERE titles.title IS NOT NULL) SELECT title FROM titles WHERE title IS NOT NULL"
)


def _titles_matching(word: str) -> list[str]:
    """The assignment titles whose folded text holds `word`: titles repeat over thousands of forms, and the
    database cannot fold them itself."""
    titles = [row[0] for row in db.execute_sql(DISTINCT_TITLES_SQL)]
    return [title for title in titles if title and word in fold(title)]


def _kinds_matching(word: str) -> list[str]:
    """The assessment kinds whose label, in the language of the moment, holds `word` when folded."""
    return [code for code, label in choices.ASSESSMENT_KINDS.items() if word in fold(_(label))]


def _word_in_texts(side: Side, word: str) -> tuple[list[str], list]:
    """The tests that a form `f` of `side` holds `word` in its number or its learner's name, with their parameters:
    the alternatives of a search word that the database answers (the title's is worked out in Python)."""
    engine = engine_of(db)
    # The names' index knows the file's lines, not those a read-only reading wrote beside them (`learner_list`).
    names = NAME_INDEX if engine.may_write(db, "learner_line_stale") else None
    # Each alternative through an index (`v0023_form_search`), so that the database reads only the forms found.
    # The numbers in a query of their own: a word too short for their index reads only the index of the
    # numbers, not every form, and the test of each alternative stays one an index answers.
    number, params = engine.contains_word("n.number", NUMBER_INDEXES[side.table], word, "n.id", True)
    number = f"f.id IN (SELECT n.id FROM {side.table} n WHERE {number})"
    # The learners whose name holds the word, found once in their lines: not a join per form.
    name, name_params = engine.contains_word("nl.name_key", names, word, "nl.id")
    named = (
        "f.period_id IN (SELECT bp.id FROM bpv_period bp WHERE bp.learner_id IN "
        f"(SELECT nl.id FROM learner_line nl WHERE {name}))"
    )
    return [number, named], params + name_params


def _where(side: Side, shown: FormFilter, today: dt.date) -> tuple[list[str], list]:
    tests, params = [], []
    done = DONE_STATUSES[side.kind]
    not_done = f"f.status NOT IN ({', '.join('?' * len(done))})"
    if shown.learner_id is not None:
        tests.append("p.learner_id = ?")
        params.append(shown.learner_id)
    if shown.status:
        tests.append("f.status = ?")
        params.append(shown.status)
    if shown.due == DUE:
        tests.append(f"{not_done} AND f.{side.due} <= ?")
        params += [*done, today + dt.timedelta(days=DUE_HORIZON_DAYS)]
    elif shown.due == OVERDUE:
        tests.append(f"{not_done} AND f.{side.due} < ?")
        params += [*done, today]
    elif shown.due == WAITING:
        tests.append(
            f"EXISTS (SELECT 1 FROM signature s WHERE s.{side.signature_column} = f.id AND s.voided_at IS NULL "
            f"AND s.signed_at IS NULL AND s.stage = {_latest_round(side)})"
        )
    for word in search_words(shown.search):
        alternatives, alternative_params = _word_in_texts(side, word)
        if side.kind == "assignment":
            titles = _titles_matching(word)
            if titles:
                alternatives.append(f"f.title IN ({', '.join('?' * len(titles))})")
                alternative_params += titles
        else:
            kinds = _kinds_matching(word)
            if kinds:
                alternatives.append(f"f.kind IN ({', '.join('?' * len(kinds))})")
                alternative_params += kinds
        tests.append(f"({' OR '.join(alternatives)})")
        params += alternative_params
    return tests, params


BLOCK = 500  # ids read at once: a tall window shows some 40 forms
OPPOSITE = {"<": ">=", ">": "<="}


class FormIds(Sequence[int]):
    """The list ids of the forms a filter selects, in the list's order, read where the list is looked at.

    A screen of forms is a few dozen ids out of some 265,000: the ids are read a block at a time (`BLOCK`, by their
    place in the order), and all at once only when something asks for all of them (where an id is, or every one in
    turn). Forms with an empty cell in the sorted column come last either way, read by a query of their own, so that
    the others are read in the order of an index where there is one (the due dates have). Sorted by due date, the
    list opens at today: the forms due before it are counted, and a block near today is read from today on (or
    back from it), not counted off from the top."""

    def __init__(self, query: _Query, listed: _Listed | None = None):
        self._query = query
        self._blocks: dict[int, list[int]] = {}
        self._all: list[int] | None = None
        self._today: int | None = None  # the place of the first form not before today, once counted
        self._listed: _Listed | None = None  # a list read whole: its ids with the title (or kind) of each form
        self._basis: _Basis | None = None  # what the list depends on besides its search words
        self._words: tuple[str, ...] = ()
        self._earlier: tuple[FormIds, ...] = ()  # lists of the same basis whose words these cover, nearest first
        if listed is not None:  # narrowed from a list read before (`_narrowed`)
            self._by_block, self._listed, self._all, self._count = False, listed, listed.ids, len(listed.ids)
            return
        # A block far down a searched or filtered list, or one sorted without an index, costs as much as the whole
        # list (the database walks every form before it in the index, reading each, or sorts them all): such a list
        # is read at once, in one pass over the forms.
        self._by_block = query.before is not None and all(
            test == "FALSE" for part in query.parts for test in part.tests
        )
        if self._by_block:
            self._count_places()
        else:
            sql, params = query.sql_whole()
            self._listed = _Listed.read(db.execute_sql(sql, params))
            self._all = self._listed.ids
            self._count = len(self._all)

    def _count_places(self) -> None:
        counts = [part.counts(self._query.before) for part in self._query.parts]
        self._filled, self._count, before = (sum(column) for column in zip(*counts, strict=True))
        self._today = before if self._query.before is not None else None

    def first_from_today(self) -> int | None:
        """Sorted by due date: the place of the first form due today or later (descending: today or before); None
        when there is none."""
        if self._query.before is None:
            return None
        if self._today is None:
            self._count_places()
        return self._today if self._today < self._filled else None

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, place):
        if isinstance(place, slice):
            return [self[i] for i in range(*place.indices(self._count))]
        if place < 0:
            place += self._count
        if not 0 <= place < self._count:
            raise IndexError(place)
        if self._all is not None:
            return self._all[place]
        block = self._blocks.get(place // BLOCK)
        if block is None:
            block = self._blocks[place // BLOCK] = self._read(place // BLOCK * BLOCK, BLOCK)
        return block[place % BLOCK]

    def _read(self, start: int, count: int) -> list[int]:
        """The ids at the places `start` to `start + count` (fewer at the end). A block is read from the nearest place
        the database finds through the index, today or either end of the filled cells: it walks every form between
        (some 240,000 between the top and today at 50,000 learners, a fifth of a second)."""
        end = min(start + count, self._count)
        anchor = self._today if self._today is not None else 0
        ids: list[int] = []
        if start < min(end, anchor):  # filled, before today
            compared = self._query.before
            upto = min(end, anchor)
            if start < anchor - upto:  # nearer the top: read down from it
                ids += self._ids(self._query.sql(True, compared), start, upto - start)
            else:  # read back from today
                ids += self._ids(self._query.sql(True, compared, reverse=True), anchor - upto, upto - start)[::-1]
        if max(start, anchor) < min(end, self._filled):  # filled, from today (or from the top) on
            compared = (OPPOSITE[self._query.before[0]], self._query.before[1]) if self._today is not None else None
            first, last = max(start, anchor), min(end, self._filled)
            if self._filled - last < first - anchor:  # nearer the last filled cell: read back from it
                ids += self._ids(self._query.sql(True, compared, reverse=True), self._filled - last, last - first)[::-1]
            else:
                ids += self._ids(self._query.sql(True, compared), first - anchor, last - first)
        if end > self._filled:  # empty cells, last
            first = max(start, self._filled)
            ids += self._ids(self._query.sql(False), first - self._filled, end - first)
        return ids

    @staticmethod
    def _ids(query: tuple[str, list], offset: int, limit: int) -> list[int]:
        sql, params = query
        return [row[0] for row in db.execute_sql(f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}", params)]

    def _every(self) -> list[int]:
        if self._all is None:
            self._all = self._read(0, self._count) if self._count else []
            self._blocks = {}
        return self._all

    def __iter__(self) -> Iterator[int]:
        return iter(self._every())

    def __contains__(self, item: object) -> bool:
        try:
            self.index(item)  # type: ignore[arg-type]
        except ValueError:
            return False
        return True

    def index(self, item: int, start: int = 0, stop: int | None = None) -> int:
        """The place of the form with list id `item` (ValueError: not in the list), counted by the database: where
        a selected form went after a search or a sort, without reading the list."""
        stop = len(self) if stop is None else stop
        if self._all is not None:
            return self._all.index(item, start, stop)
        place = next(
            (number * BLOCK + block.index(item) for number, block in self._blocks.items() if item in block), None
        )
        if place is None:
            place = self._query.place_of(item, self._filled)
        if place is None or not start <= place < stop:
            raise ValueError(f"form {item} is not in the list")
        return place


@dataclass
class _Part:
    """The forms of one table as a query selects them: list id, kind bit, id, the two sort values."""

    number: int  # the kind bit
    table: str
    joins: str
    first: str  # the first sort value, NULL for an empty cell
    second: str
    text: str  # what a search looks in besides the number and the learner's name: the title, an assessment's kind
    sort_params: list  # those of `first`
    tests: list[str]
    where_params: list

    def select(
        self, filled: bool | None, compared: tuple[str, dt.date] | None = None, with_text: bool = False
    ) -> tuple[str, list]:
        """The forms with a filled cell (or an empty one, or either: None); with `compared`, only those whose cell
        compares so; `with_text`: with the form's `text` too."""
        tests = [f"({test})" for test in self.tests]
        params = [*self.sort_params, *self.where_params]
        if filled is not None:
            tests.append(f"({self.first}) IS {'NOT ' if filled else ''}NULL")
            params += self.sort_params
        if compared is not None:
            tests.append(f"({self.first}) {compared[0]} ?")
            params += [*self.sort_params, compared[1]]
        sql = (
            f"SELECT f.id * 2 + {self.number} AS k, {self.number} AS kb, f.id AS fid, {self.first} AS sv, "
            f"{self.second} AS sv2{f', {self.text} AS tx' if with_text else ''} FROM {self.table} f{self.joins} "
            f"WHERE {' AND '.join(tests) or 'TRUE'}"
        )
        return sql, params

    def _count_where(self, tests: list[str], params: list) -> int:
        where = " AND ".join([*(f"({test})" for test in self.tests), *tests])
        sql = engine_of(db).parameters(f"SELECT COUNT(*) FROM {self.table} f{self.joins} WHERE {where}")
        return db.execute_sql(sql, [*self.where_params, *params]).fetchone()[0]

    def values_of(self, form_id: int) -> tuple | None:
        """The two sort values of the form of this table with `form_id`; None when the filter leaves it out."""
        where = " AND ".join([*(f"({test})" for test in self.tests), "f.id = ?"])
        sql = f"SELECT {self.first}, {self.second} FROM {self.table} f{self.joins} WHERE {where}"
        params = [*self.sort_params, *self.where_params, form_id]
        return db.execute_sql(engine_of(db).parameters(sql), params).fetchone()

    def count_before(self, values: tuple, kind_bit: int, form_id: int, compare: str) -> int:
        """How many forms of this table come before the one with `values` (its sort values; the first None for an
        empty cell), kind bit and id, in the list sorted with `compare` ("<" ascending, ">" descending)."""
        # Alike in the sorted column: by kind bit, then by id, ascending either way.
        tie, tie_params = ("TRUE", []) if self.number < kind_bit else ("FALSE", [])
        if self.number == kind_bit:
            tie, tie_params = "f.id < ?", [form_id]
        first, second = values
        if first is None:
            return self._count_where([f"({self.first}) IS NULL", tie], [*self.sort_params, *tie_params])
        value = f"({self.first})"  # a due date: the one order a list is read by block in
        before = (
            f"({value} {compare} ? OR ({value} = ? AND "
            f"(({self.second}) {compare} ? OR (({self.second}) = ? AND {tie}))))"
        )
        params = [*self.sort_params, *self.sort_params, first, *self.sort_params, first, second, second, *tie_params]
        return self._count_where([f"({self.first}) IS NOT NULL", before], params)

    def counts(self, before: tuple[str, dt.date] | None) -> tuple[int, int, int]:
        """How many forms have their sorted cell filled, how many there are, and (with `before`, a comparison and
        a value) how many filled ones compare so."""
        test, value = before or ("=", None)
        where = " AND ".join(f"({test})" for test in self.tests) or "TRUE"
        sql = (
            f"SELECT COUNT({self.first}), COUNT(*), COUNT(CASE WHEN {self.first} {test} ? THEN 1 END) "
            f"FROM {self.table} f{self.joins} WHERE {where}"
        )
        params = [*self.sort_params, *self.sort_params, value, *self.where_params]
        return db.execute_sql(engine_of(db).parameters(sql), params).fetchone()


@dataclass
class _Query:
    parts: list[_Part]
    direction: str
    value: str  # the first sort value as ORDER BY compares it
    before: tuple[str, dt.date] | None  # sorted by due date: the test of the forms above today

    def place_of(self, item: int, filled: int) -> int | None:
        """The place of the form with list id `item` in the list (`filled`: how many have a filled cell); None when
        the filter leaves it out."""
        kind_bit, form_id = item % 2, item // 2
        values = next(part for part in self.parts if part.number == kind_bit).values_of(form_id)
        if values is None:
            return None
        compare = "<" if self.direction == "ASC" else ">"
        before = sum(part.count_before(values, kind_bit, form_id, compare) for part in self.parts)
        return before + (filled if values[0] is None else 0)

    def sql_whole(self) -> tuple[str, list]:
        """The list ids of every form in the list's order, each with its title (or kind), sorted by the database
        after one pass over the forms."""
        selects = [part.select(None, with_text=True) for part in self.parts]
        union = " UNION ALL ".join(sql for sql, _params in selects)
        params = [param for _sql, part_params in selects for param in part_params]
        order = f"sv IS NULL, {self.value} {self.direction}, sv2 {self.direction}, kb, fid"
        return engine_of(db).parameters(f"SELECT k, tx FROM ({union}) u ORDER BY {order}"), params

    def sql(self, filled: bool, compared: tuple[str, dt.date] | None = None, reverse: bool = False) -> tuple[str, list]:
        """The list ids of the forms with a filled cell (or an empty one; with `compared`, whose cell compares
        so), in the list's order or its reverse."""
        selects = [part.select(filled, compared) for part in self.parts]
        union = " UNION ALL ".join(sql for sql, _params in selects)
        params = [param for _sql, part_params in selects for param in part_params]
        direction, tie = self.direction, "ASC"
        if reverse:
            direction, tie = ("ASC" if direction == "DESC" else "DESC"), "DESC"
        order = f"{self.value} {direction}, sv2 {direction}, kb {tie}, fid {tie}" if filled else f"kb {tie}, fid {tie}"
        if self.value != "sv":  # an expression: the union is sorted as a subquery
            return engine_of(db).parameters(f"SELECT k FROM ({union}) u ORDER BY {order}"), params
        return engine_of(db).parameters(f"{union} ORDER BY {order}"), params


def form_ids(
    shown: FormFilter, sort: str = "due", descending: bool = False, previous: Sequence[int] | None = None
) -> FormIds:
    """The list ids of the forms `shown` selects, sorted by the column `sort`; empty cells last either way, and
    forms alike in that column as they were made (assignments first).

    `previous`: the list shown before. While nothing else changed (the filters, the order, the day, the language and
    the database), a search that narrows it is cut from it, and one that comes back to no words, or to the same
    words, is the list read then: a keystroke costs what the forms it looks at cost, not a search of every form."""
    from desktop.services.learner_list import refresh

    refresh()  # the learners' folded names, for the search and the learner column
    today = clock.today()
    basis = _Basis(replace(shown, search=""), sort, descending, today, current_language(), change_marks())
    words = tuple(search_words(shown.search))
    earlier: tuple[FormIds, ...] = ()
    if isinstance(previous, FormIds) and basis.marks is not None and previous._basis == basis:
        earlier = (previous, *previous._earlier)
    same = next((ids for ids in earlier if ids._words == words), None)
    if same is not None:  # the same words again: a space typed, a character deleted, the search emptied
        return same
    earlier = tuple(ids for ids in earlier if _covers(words, ids._words))[:EARLIER]
    changed = form_lists.mismatched_forms() if shown.due == CHANGED else set()
    parts = []
    for number, side in enumerate(SIDES):
        first, second, sort_params = _sort_values(side, sort)
        tests, where_params = _where(side, shown, today)
        if shown.kind and shown.kind != side.kind:
            tests.append("FALSE")
        if shown.due == CHANGED:
            own = sorted(form_id for kind, form_id in changed if kind == side.kind)
            tests.append(" OR ".join(f"f.id IN ({', '.join('?' * len(chunk))})" for chunk in _chunks(own)) or "FALSE")
            where_params += own
        # Only the tables the sort or the learner filter needs: joining them for every form costs more than the sort.
        joins = ""
        if "p." in " ".join((first, second)) or "ll." in first or shown.learner_id is not None:
            joins += " JOIN bpv_period p ON p.id = f.period_id"
        if "ll." in " ".join((first, second)):
            joins += " LEFT JOIN learner_line ll ON ll.id = p.learner_id"
        text = "f.title" if side.kind == "assignment" else "f.kind"
        parts.append(_Part(number, side.table, joins, first, second, text, sort_params, tests, where_params))
    value = engine_of(db).in_code_order("sv") if sort in ("number", "learner") else "sv"
    before = ((">" if descending else "<"), today) if sort == "due" else None
    query = _Query(parts, "DESC" if descending else "ASC", value, before)
    widest = [ids for ids in earlier if ids._listed is not None]
    ids = _narrowed(min(widest, key=len), words, query) if widest else FormIds(query)
    ids._basis, ids._words, ids._earlier = basis, words, earlier
    return ids


EARLIER = 32  # lists kept for coming back to them: they share their ids (some 8 bytes a form each)


def _covers(words: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """Whether each word of `before` is part of one of `words`: every form `words` find, `before` found."""
    return all(any(old in word for word in words) for old in before)


@dataclass(frozen=True)
class _Basis:
    """What a list of forms depends on besides its search words (`form_ids`)."""

    filters: FormFilter  # without the search
    sort: str
    descending: bool
    today: dt.date
    language: str
    marks: tuple | None  # `connection.change_marks`: what moves when the database changes


@dataclass
class _Listed:
    """A list of forms read whole: the list ids in order and the code of each form's title (an assessment's: its kind)
    in `codes`, by kind bit and text: what a narrowing search looks in besides the numbers and names (`_narrowed`)."""

    ids: list[int]
    texts: list[int]
    codes: dict[tuple[int, str | None], int]

    @classmethod
    def read(cls, cursor) -> _Listed:
        """From rows of a list id and its form's title (or kind). Titles repeat over thousands of forms: each form
        holds a small number for its title, not a string of its own."""
        rows = cursor.fetchall()
        ids = list(map(itemgetter(0), rows))
        keys = list(zip(map((1).__and__, ids), map(itemgetter(1), rows), strict=True))
        codes = {key: code for code, key in enumerate(dict.fromkeys(keys))}
        return cls(ids, list(map(codes.__getitem__, keys)), codes)


def _narrowed(previous: FormIds, words: tuple[str, ...], query: _Query) -> FormIds:
    """The list of the search `words`, cut from `previous`, a list of the same basis read whole whose words `words`
    cover (`_covers`): every form the words find now held those then, so the list is the forms of `previous` that
    hold the new words, in its order."""
    listed = previous._listed
    ids, texts = listed.ids, listed.texts
    for word in dict.fromkeys(word for word in words if word not in previous._words):
        kinds = _kinds_matching(word)
        titled = [False] * len(listed.codes)
        for (kind_bit, text), code in listed.codes.items():
            titled[code] = text in kinds if kind_bit else bool(text) and word in fold(text)
        found = _found_by_number_or_name(word)
        keep = list(map(or_, map(titled.__getitem__, texts), map(found.__contains__, ids)))
        ids, texts = list(compress(ids, keep)), list(compress(texts, keep))
    return FormIds(query, _Listed(ids, texts, listed.codes))


def _found_by_number_or_name(word: str) -> set[int]:
    """The list ids of the forms whose number or learner's name holds `word`, found through the indexes, whatever the
    list shows."""
    selects, params = [], []
    for number, side in enumerate(SIDES):
        alternatives, alternative_params = _word_in_texts(side, word)
        selects.append(f"SELECT f.id * 2 + {number} FROM {side.table} f WHERE {' OR '.join(alternatives)}")
        params += alternative_params
    sql = engine_of(db).parameters(" UNION ALL ".join(selects))
    return set(map(itemgetter(0), db.execute_sql(sql, params)))


def form_count() -> int:
    """How many forms there are, whatever the list shows."""
    sql = "SELECT (SELECT COUNT(*) FROM practice_assignment) + (SELECT COUNT(*) FROM assessment)"
    return db.execute_sql(sql).fetchone()[0]


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def lines(ids: list[int]) -> dict[int, FormRow]:
    """The full rows of the forms with these list ids (those still there), by list id."""
    rows: dict[int, FormRow] = {}
    for chunk in _chunks(ids):
        rows.update((list_id(*row.key), row) for row in form_lists.form_rows([key_of(item) for item in chunk]))
    return rows


def school_waiting(ids: list[int]) -> list[tuple[str, int]]:
    """Of the forms with these list ids, the signed ones that have not gone to the school yet, in the list's order."""
    waiting: set[int] = set()
    for kind in KINDS:
        side, done = _SIDE[kind], DONE_STATUSES[kind]
        own = [key_of(item)[1] for item in ids if key_of(item)[0] == kind]
        for chunk in _chunks(own):
            sql = engine_of(db).parameters(
                f"SELECT id FROM {side.table} WHERE id IN ({', '.join('?' * len(chunk))}) "
                f"AND status IN ({', '.join('?' * len(done))}) AND handed_to_school_at IS NULL"
            )
            waiting.update(list_id(kind, form_id) for (form_id,) in db.execute_sql(sql, [*chunk, *done]))
    return [key_of(item) for item in ids if item in waiting]

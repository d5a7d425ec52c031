"""The rows of a workbook's sheet as the importers get them: each cell as `_xlsx_cell` has it, the rows that hold
nothing left out, and the bounds of `_Budget` checked on the whole sheet at once, with the message of the first row
that reaches one (as when every row was counted on its own)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

import pytest

from desktop.services import tabular
from desktop.services.table_bounds import UnreadableFileError


class Sheet:
    """What `_worksheet_rows` asks of calamine's sheet: where its cells start and end, how wide it is, and its rows as
    lists (from the first row on, from the first column that holds a cell); how many rows were asked for."""

    def __init__(self, rows: list[list] | Iterator[list], first_column: int = 0, *, height: int = 0, width: int = 0):
        self.rows = rows
        height = height or len(rows)
        self.width = width or max((len(row) for row in rows), default=0)
        self.start = (0, first_column) if height else None
        self.end = (height - 1, first_column + self.width - 1) if height else None
        self.given = 0

    def iter_rows(self):
        for row in self.rows:
            self.given += 1
            yield row


VALUES = [
    "Mila",
    "  Jansen ",
    "",
    " ",
    "van der",
    "Zoë",
    dt.date(2024, 9, 1),
    dt.datetime(2024, 9, 1, 8, 30),
    dt.time(8, 30),
    dt.timedelta(hours=2),
    25491.0,
    2.5,
    7,
    True,
    False,
]


def expected_rows(rows: list[list], first_column: int) -> list[tuple[int, tuple]]:
    """The rows by the definition: every cell through `_xlsx_cell`, the empty ones at the end dropped."""
    padding = [None] * first_column
    found = []
    for number, values in enumerate(rows, start=1):
        cells = tabular._without_empty_end([*padding, *map(tabular._xlsx_cell, values)])
        if cells:
            found.append((number, cells))
    return found


@pytest.mark.parametrize("seed", range(40))
def test_every_cell_is_as_the_definition_has_it(seed):
    chance = random.Random(seed)
    width, first_column = chance.randint(0, 12), chance.choice([0, 0, 2])
    text_only = {column for column in range(width) if chance.random() < 0.5}
    rows = []
    for _row in range(chance.randint(0, 60)):
        if chance.random() < 0.1:
            rows.append([""] * width)  # a blank row
            continue
        rows.append(
            [
                chance.choice(VALUES[:6] if column in text_only else VALUES) if chance.random() < 0.8 else ""
                for column in range(width)
            ]
        )
    budget, counted = tabular._Budget("lijst.xlsx"), tabular._Budget("lijst.xlsx")
    found = tabular._worksheet_rows(Sheet(rows, first_column), budget)
    one_by_one = tabular._rows(rows, (None,) * first_column, counted)
    assert [(row.line, row.cells) for row in found] == expected_rows(rows, first_column)
    assert found == one_by_one
    assert (budget.rows, budget.cells) == (counted.rows, counted.cells)
    assert budget.rows == len(found) and budget.cells == sum(len(row.cells) for row in found)


def test_a_peek_at_the_top_rows_counts_nothing():
    rows = [["voornaam", "achternaam"], [""] * 2, ["Mila", "Jansen"], ["Noor", "Bakker"]]
    budget = tabular._Budget("lijst.xlsx")
    found = tabular._worksheet_rows(Sheet(rows), budget, limit=2)
    assert [row.line for row in found] == [1, 3]
    assert (budget.rows, budget.cells) == (0, 0)


def refused(rows: list[list] | Sheet, budget: tabular._Budget | None = None, limit: int | None = None) -> str:
    """The sentence a sheet (or a sheet of these rows) is refused with."""
    sheet = rows if isinstance(rows, Sheet) else Sheet(rows)
    with pytest.raises(UnreadableFileError) as caught:
        tabular._worksheet_rows(sheet, budget or tabular._Budget("lijst.xlsx"), limit)
    return caught.value.message


def test_a_long_value_is_refused_at_its_row(english):
    """The value without its surrounding spaces counts, as when the row was counted on its own."""
    rows = [["voornaam", "geboortedatum"], ["Mila", dt.date(2001, 7, 23)], [" " + "x" * tabular.MAX_CELL_CHARS, 5.0]]
    assert len(tabular._worksheet_rows(Sheet(rows), tabular._Budget("lijst.xlsx"))) == 3
    rows[2][0] = "x" * (tabular.MAX_CELL_CHARS + 1)
    assert "Line 3 of lijst.xlsx holds a value of more than" in refused(rows)
    rows[2] = [5.0, dt.date(2001, 7, 23), "x" * (tabular.MAX_CELL_CHARS + 1)]  # in a column that is not text only
    assert "Line 3 of lijst.xlsx holds a value of more than" in refused(rows)


@pytest.mark.parametrize("long_value_below", [False, True])
def test_too_many_cells_are_refused_where_they_are_reached(english, long_value_below):
    """Too many cells from row 3 (and a long value at row 5): row 3 is where a reading row by row stops."""
    budget = tabular._Budget("lijst.xlsx")
    budget.cells = tabular.MAX_CELLS - 5  # what the sheets before this one held
    rows = [["a", "b"], ["c", "d"], ["e", "f"], ["g"]]
    if long_value_below:
        rows.append(["x" * (tabular.MAX_CELL_CHARS + 1)])
    assert "more than 2,000,000 cells" in refused(rows, budget)
    budget.cells = tabular.MAX_CELLS - 7
    assert len(tabular._worksheet_rows(Sheet(rows[:4]), budget)) == 4 and budget.cells == tabular.MAX_CELLS


def test_too_many_rows_are_refused(english):
    rows = [["Mila"]] * (tabular.MAX_ROWS + 1)
    assert "more than 110,000 rows" in refused(rows)
    budget = tabular._Budget("lijst.xlsx")
    assert len(tabular._worksheet_rows(Sheet(rows[:-1]), budget)) == tabular.MAX_ROWS == budget.rows


def test_rows_past_the_last_row_excel_has_are_refused(english):
    rows = [[]] * tabular.MAX_ROW_NUMBER + [["Mila"]]
    assert "past line 1,048,576" in refused(rows)
    assert "past line 1,048,576" in refused(rows, limit=10)  # also by a peek at the top rows (of a later sheet)


def test_a_sheet_larger_than_any_list_is_read_row_by_row_up_to_the_bound(english):
    """calamine holds the sheet; LeerWerk makes no more rows of it than the bound allows before it refuses."""
    sheet = Sheet(([f"Mila {number}"] * 100 for number in range(30_000)), height=30_000, width=100)
    assert "more than 2,000,000 cells" in refused(sheet)
    assert sheet.given == tabular.MAX_CELLS // 100 + 1

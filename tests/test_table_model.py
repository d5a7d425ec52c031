"""The table convention: sorting on native values, empty cells last, search that forgives diacritics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.i18n import N_
from desktop.textsearch import fold
from desktop.views.kit.table_model import OBJECT_ROLE, SORT_ROLE, Column, RowTableModel, SearchProxyModel


@dataclass
class Person:
    first: str
    prefix: str
    last: str
    born: dt.date | None


class PeopleModel(RowTableModel):
    NAME, BORN = range(2)
    columns = (
        Column(
            "name",
            N_("Name"),
            lambda p: " ".join(x for x in (p.first, p.prefix, p.last) if x),
            sort=lambda p: (p.last, p.first),
        ),
        Column(
            "born",
            N_("Date of birth"),
            lambda p: p.born.isoformat() if p.born else "",
            sort=lambda p: p.born,
            searchable=False,
        ),
    )


PEOPLE = [
    Person("Zoë", "van der", "Berg", dt.date(2004, 4, 3)),
    Person("Ayşe", "", "Yılmaz", None),
    Person("Anaïs", "de", "Vries", dt.date(1999, 1, 1)),
    Person("Jan", "", "Çelik", dt.date(2001, 7, 9)),
    Person("Bram", "'t", "Hart", dt.date(1985, 12, 24)),
]


@pytest.fixture
def models(qtbot):
    model = PeopleModel()
    model.set_rows(PEOPLE)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    return model, proxy


def column_values(proxy, column):
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_models_pass_the_qt_model_tester(models, qtmodeltester):
    model, proxy = models
    qtmodeltester.check(model)
    proxy.sort(PeopleModel.BORN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_names_sort_by_last_name_without_tussenvoegsel(models):
    _model, proxy = models
    proxy.sort(PeopleModel.NAME)
    assert column_values(proxy, PeopleModel.NAME) == [
        "Zoë van der Berg",
        "Jan Çelik",
        "Bram 't Hart",
        "Anaïs de Vries",
        "Ayşe Yılmaz",
    ]


def test_dates_sort_as_dates_with_empty_cells_last_both_ways(models):
    _model, proxy = models
    proxy.sort(PeopleModel.BORN, Qt.SortOrder.AscendingOrder)
    assert column_values(proxy, PeopleModel.BORN) == ["1985-12-24", "1999-01-01", "2001-07-09", "2004-04-03", ""]
    proxy.sort(PeopleModel.BORN, Qt.SortOrder.DescendingOrder)
    assert column_values(proxy, PeopleModel.BORN) == ["2004-04-03", "2001-07-09", "1999-01-01", "1985-12-24", ""]


def test_sort_survives_new_rows_and_keeps_selection_indexes(models):
    model, proxy = models
    proxy.sort(PeopleModel.BORN)
    kept = QPersistentModelIndex(model.index(0, 0))
    person = kept.data(OBJECT_ROLE)
    proxy.sort(PeopleModel.BORN, Qt.SortOrder.DescendingOrder)
    assert model.index(kept.row(), 0).data(OBJECT_ROLE) is person
    model.set_rows([*PEOPLE, Person("Noëlle", "", "Aerts", dt.date(2010, 2, 2))])
    assert proxy.index(0, PeopleModel.BORN).data() == "2010-02-02"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("zoe", ["Zoë van der Berg"]),
        ("CELIK", ["Jan Çelik"]),
        ("yilmaz", ["Ayşe Yılmaz"]),
        ("van der berg", ["Zoë van der Berg"]),
        ("anais vries", ["Anaïs de Vries"]),
        ("1999", []),  # the date column is not searchable
        ("", [p.first for p in PEOPLE]),
    ],
)
def test_search_forgives_case_and_diacritics(models, query, expected):
    _model, proxy = models
    proxy.set_search(query)
    names = column_values(proxy, PeopleModel.NAME)
    if query:
        assert names == expected
    else:
        assert [name.split()[0] for name in names] == expected


def test_sort_role_gives_native_values(models):
    model, _proxy = models
    assert model.index(0, PeopleModel.BORN).data(SORT_ROLE) == dt.date(2004, 4, 3)
    assert model.index(0, PeopleModel.NAME).data(SORT_ROLE) == ("berg", "zoe")
    assert model.headerData(PeopleModel.BORN, Qt.Orientation.Horizontal) == "Geboortedatum"


def test_fold():
    assert fold("Đorđe Øster Łukasz Yılmaz Çelik") == "dorde oster lukasz yilmaz celik"


def test_the_texts_kept_are_bounded_while_every_row_shows_its_own(qtbot):
    """Scrolling through many thousands of rows keeps the texts of a few thousand, not of every row passed."""
    from desktop.views.kit.table_model import DISPLAY_CACHE_ROWS

    people = [Person(f"Naam{n}", "", f"Achter{n}", None) for n in range(DISPLAY_CACHE_ROWS * 2 + 10)]
    model = PeopleModel()
    model.set_rows(people)
    for row in range(model.rowCount()):
        assert model.data(model.index(row, PeopleModel.NAME)) == f"Naam{row} Achter{row}"
        assert len(model._display_cache) <= DISPLAY_CACHE_ROWS
    model.set_search("achter1")
    assert model.rowCount() == sum(1 for p in people if "achter1" in fold(p.last))
    assert model.data(model.index(0, PeopleModel.NAME)) == "Naam1 Achter1"

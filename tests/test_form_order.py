"""The forms list worked out by the database (`form_order`): every sort, filter and search of the BPV forms tab gives
the forms in the order the tab gave them when it sorted and filtered its rows in Python, read whole or a few at a
time, on either engine."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import clock
from desktop.services import form_lists, form_order, forms, learner_list, service_for, signing
from desktop.services.form_order import FormFilter, key_of
from desktop.storage import models as m
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

"""BPV forms printed in a batch: read set-wise, rendered and written whole, with progress and cancel."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.demo import generate_demo
from desktop.errors import NotFoundError
from desktop.services import form_lists, form_printouts
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database

DAY = dt.date(2026, 3, 12)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("batch") / "demo.sqlite3"
    generate_demo(path, learners=12, seed=3)
    close_database()
    return path


@pytest.fixture
def opened(demo):
    open_database(demo)
    yield [row.key for row in sorted(form_lists.form_rows(), key=lambda row: row.number)]
    close_database()


def _statements(work) -> list[str]:
    """The SQL statements `work` has the database run."""
    seen: list[str] = []
    connection = m.db.connection()
    connection.set_trace_callback(seen.append)
    try:
        work()
    finally:
        connection.set_trace_callback(None)
    return seen


def test_a_batch_reads_every_form_as_it_reads_one(opened, monkeypatch):
    monkeypatch.setattr(form_printouts, "CHUNK", 7)  # chunks, and rows shared between them
    keys = opened
    assert {kind for kind, _id in keys} == {"assignment", "assessment"} and len(keys) > 3 * 7
    batch = list(form_printouts.form_documents(keys, printed_on=DAY))
    alone = [form_printouts.form_document(kind, form_id, printed_on=DAY) for kind, form_id in keys]
    assert batch == alone
    assert [document.number for document in batch] == sorted(document.number for document in batch)
    assert all(document.particulars for document in batch)
    assert any(block.image for document in batch for block in document.signatures)


def test_the_queries_do_not_grow_with_the_number_of_forms(opened):
    keys = opened
    one_of_each = [next(key for key in keys if key[0] == kind) for kind in ("assignment", "assessment")]
    few = _statements(lambda: list(form_printouts.form_documents(one_of_each, printed_on=DAY)))
    every = _statements(lambda: list(form_printouts.form_documents(keys, printed_on=DAY)))
    assert len(keys) > 40
    assert len(every) == len(few) < 40


def test_an_unknown_form_in_a_batch_is_named(opened):
    with pytest.raises(NotFoundError) as caught:
        list(form_printouts.form_documents([opened[0], ("assessment", 999_999)]))
    assert "999999" in caught.value.message

"""`insert_rows`, the bulk writers' one INSERT: every row's values in its columns, with one given column or
several, and their ids in order. Runs on both engines (``--engine=postgresql``)."""

from __future__ import annotations

import datetime as dt

from desktop.services.base import insert_rows
from desktop.storage import models as m


def test_rows_of_one_given_column_go_in_whole(database):
    ids = insert_rows(m.Location, [{"name": "Noord"}, {"name": "Zuid"}])
    found = {location.id: location.name for location in m.Location.select()}
    assert [found[number] for number in ids] == ["Noord", "Zuid"]


def test_rows_of_several_given_columns_keep_their_values_in_order(database):
    born = dt.date(2004, 2, 29)
    rows = [
        {"first_name": "Mila", "last_name": "Jansen", "birth_date": born, "learner_type": "bbl"},
        {"first_name": "Daan", "last_name": "Visser", "birth_date": None, "learner_type": "bol"},
    ]
    ids = insert_rows(m.Learner, rows)
    found = {
        learner.id: (learner.first_name, learner.last_name, learner.birth_date, learner.learner_type)
        for learner in m.Learner.select()
    }
    assert [found[number] for number in ids] == [("Mila", "Jansen", born, "bbl"), ("Daan", "Visser", None, "bol")]


def test_a_reference_goes_in_as_its_record_number_whether_given_as_number_or_record(database):
    (north,) = insert_rows(m.Location, [{"name": "Noord"}])
    record = m.Location.get_by_id(north)
    ids = insert_rows(m.Team, [{"location": north, "name": "Dag"}, {"location": record, "name": "Nacht"}])
    found = {team.id: (team.location_id, team.name) for team in m.Team.select()}
    assert [found[number] for number in ids] == [(north, "Dag"), (north, "Nacht")]

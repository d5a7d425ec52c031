"""Changes of several rows that are one change for the person are stored together or not at all."""

from __future__ import annotations

import pytest

from desktop.errors import LeerWerkError, ValidationError
from desktop.services import service_for
from desktop.services.base import transaction
from desktop.services.training_enrolments import cancel_enrolment
from desktop.storage import models as m
from desktop.storage.database import open_database
from tests.crash_support import make_demo
from tests.helpers import table_dump


@pytest.fixture
def demo(tmp_path):
    return open_database(make_demo(tmp_path / "demo.sqlite3", learners=15))


def test_update_many_writes_every_change_or_none(demo):
    service = service_for(m.WorkProcess)
    programme = m.WorkProcess.select().first().programme_id
    first, second, third = m.WorkProcess.select().where(m.WorkProcess.programme == programme).limit(3)
    before = table_dump(demo)
    with pytest.raises(ValidationError):
        # The second change takes the third one's code, which the programme already has.
        service.update_many([(first.id, {"position": 99}), (second.id, {"code": third.code})])
    assert table_dump(demo) == before

    previous = service.update_many([(first.id, {"position": 99}), (second.id, {"position": 98})])
    assert previous == [{"position": first.position}, {"position": second.position}]
    assert m.WorkProcess.get_by_id(first.id).position == 99


def test_an_edit_and_its_cancellation_go_together(demo, monkeypatch):
    """As the enrolment dialog saves "cancelled" with other edits: a failing cancellation takes the edit back."""
    enrolment = m.Enrolment.select().where(m.Enrolment.status == "enrolled").first()
    before = table_dump(demo)

    def refuse(_enrolment_id):
        raise LeerWerkError("refused for the test")

    with pytest.raises(LeerWerkError), transaction():
        service_for(m.Enrolment).update(enrolment.id, notes="Zoë belt af")
        refuse(enrolment.id)
    assert table_dump(demo) == before

    with transaction():
        service_for(m.Enrolment).update(enrolment.id, notes="Zoë belt af")
        cancel_enrolment(enrolment.id)
    stored = m.Enrolment.get_by_id(enrolment.id)
    assert (stored.notes, stored.status) == ("Zoë belt af", "cancelled")

"""A learner who is also on the staff (a mio) is linked to their staff record: in the learner dialog and in the
learner import, both by employee number. A staff member already linked to another learner is refused with a
sentence beside the field (or on the file's line), and nothing is stored."""

from __future__ import annotations

import pytest

from desktop import i18n
from desktop.errors import ValidationError
from desktop.services import learner_io, service_for
from desktop.storage import models as m
from tests.factories import staff

HEADER = "voornaam;achternaam;soort;personeelsnummer"


@pytest.fixture
def employees(database):
    i18n.set_language("nl")
    zoe = staff("Zoë", "Çelik")
    ayse = staff("Ayşe", "Yılmaz")
    service_for(m.Staff).update(zoe, employee_number="M100234")
    service_for(m.Staff).update(ayse, employee_number="M100777")
    return {"zoe": zoe, "ayse": ayse}


def _csv(tmp_path, *lines: str):
    path = tmp_path / "leerlingen.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_the_service_refuses_a_staff_member_linked_to_another_learner(employees):
    learners = service_for(m.Learner)
    first = learners.create(first_name="Zoë", last_name="Çelik", learner_type="mio", staff=employees["zoe"])
    learners.update(first.id, staff=employees["zoe"])  # the learner itself may keep its link
    with pytest.raises(ValidationError) as raised:
        learners.create(first_name="Zoë", last_name="Celik", learner_type="bbl", staff=employees["zoe"])
    assert raised.value.field == "staff" and f"leerling (recordnummer {first.id})" in raised.value.message
    assert m.Learner.select().count() == 1


def test_the_import_links_by_employee_number_and_refuses_what_cannot_be(employees, tmp_path):
    plan = learner_io.read_learners(_csv(tmp_path, "Zoë;Çelik;mio;m100234", "Anaïs;Vries;bbl;"))
    assert plan.problems == []
    learner_io.apply_import(plan)
    linked = {learner.last_name: learner.staff_id for learner in m.Learner.select()}
    assert linked == {"Çelik": employees["zoe"], "Vries": None}

    plan = learner_io.read_learners(
        _csv(
            tmp_path,
            "Zoë;Çelik;mio;M100234",
            "Ayşe;Yılmaz;mio;M999999",
            "Jan;Hart;mio;M100234",
            "Bo;Bos;mio;M100777",
            "Ilse;Claes;mio;M100777",
        )  # fmt: skip
    )
    problems = {(problem.line, problem.column): problem.reason for problem in plan.problems}
    assert set(problems) == {(3, "personeelsnummer"), (4, "personeelsnummer"), (6, "personeelsnummer")}
    assert "Geen medewerker heeft personeelsnummer M999999" in problems[(3, "personeelsnummer")]
    assert "al gekoppeld aan een andere leerling" in problems[(4, "personeelsnummer")]
    assert "al op regel 5" in problems[(6, "personeelsnummer")]
    assert m.Learner.select().count() == 2  # read only: nothing stored


def test_the_learner_dialog_links_by_employee_number_beside_the_field(main_window, employees, qtbot):
    from desktop.views.learners.learner_dialog import LearnerDialog

    other = service_for(m.Learner).create(
        first_name="Zoë", last_name="Çelik", learner_type="mio", staff=employees["zoe"]
    )
    dialog = LearnerDialog(main_window.undo_stack, None, main_window)
    qtbot.addWidget(dialog)
    dialog.ui.firstNameEdit.setText("Ayşe")
    dialog.ui.lastNameEdit.setText("Yılmaz")
    dialog.ui.staffEdit.setText("M100234")
    assert not dialog.save()
    assert f"(recordnummer {other.id})" in dialog.ui.errorLabel.text() and dialog.ui.staffEdit.styleSheet()
    dialog.ui.staffEdit.setText("M404")
    assert not dialog.save() and "Geen medewerker heeft personeelsnummer M404" in dialog.ui.errorLabel.text()
    assert m.Learner.select().count() == 1
    dialog.ui.staffEdit.setText("m100777")
    assert dialog.save()
    assert m.Learner.get(m.Learner.last_name == "Yılmaz").staff_id == employees["ayse"]
    assert dialog.ui.staffNameLabel.text() == "Ayşe Yılmaz"
    reopened = LearnerDialog(main_window.undo_stack, dialog.learner_id, main_window)
    qtbot.addWidget(reopened)
    assert reopened.ui.staffEdit.text() == "M100777"

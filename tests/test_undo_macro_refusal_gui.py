# ruff: noqa: F811 - the tests name the `other_client` fixture imported from tests.two_clients
"""An undo step made of several records (a training's fields and its requirements, saved as one) that is refused
because another client (a second, real connection) changed one of them since: the person is told why, with who and
when, and the step is refused as a whole, the records it did not refuse left as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services import service_for
from desktop.services.trainings import requirements_of, save_training
from desktop.storage import models as m
from desktop.views.trainings.training_dialog import TrainingDialog
from tests.helpers import table_dump
from tests.test_trainings_tab import require_of_work_supervisors
from tests.two_clients import OTHER_LOGIN, other_client, working_as  # noqa: F401 - other_client: a fixture


def test_a_refused_undo_of_a_training_saved_with_its_requirements_is_told_and_undoes_nothing(
    qtbot, main_window, other_client, monkeypatch, database
):
    training = service_for(m.Training).create(title="Tilvaardigheid", kind="classroom")
    dialog = TrainingDialog(main_window.undo_stack, training.id, main_window)
    qtbot.addWidget(dialog)
    dialog.edits["provider_name"].setText("Team Leren & Ontwikkelen")
    dialog.ui.mandatoryCheck.setChecked(True)
    require_of_work_supervisors(dialog)
    assert dialog.save()
    dialog.close()
    assert requirements_of(training.id) == [("work_supervisor", None, False)]
    assert main_window.undo_stack.count() == 1  # the fields and the requirements: one step
    with working_as(other_client, monkeypatch):
        stored = service_for(m.Training).get(training.id)
        save_training(training.id, {}, requirements=[("assessor", None, False)], seen_version=stored.version)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append((title, text)))
    before = table_dump(database)

    main_window.undo()

    assert len(warnings) == 1
    title, text = warnings[0]
    assert text.startswith(f"Gewijzigd door {OTHER_LOGIN} om ") or text.startswith(f"Changed by {OTHER_LOGIN} at ")
    assert table_dump(database) == before  # the provider was not put back either: the step is one
    assert service_for(m.Training).get(training.id).provider_name == "Team Leren & Ontwikkelen"
    assert requirements_of(training.id) == [("assessor", None, False)]
    assert not main_window.undo_stack.canUndo()  # dropped, as a refused step of one record is

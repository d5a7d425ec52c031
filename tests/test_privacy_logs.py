"""Logs, error reports and the audit log never hold personal data: the main flows run with logging at
DEBUG, then every log file and the audit table are searched for the test people's details."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import QMessageBox

from desktop.cli import main as cli_main
from desktop.services import form_printouts, learner_io, service_for, training_enrolments
from desktop.services.privacy import PersonRef
from desktop.services.privacy_export import export_person
from desktop.storage import models as m
from desktop.storage.database import close_database, open_database
from desktop.views.learners.learner_dialog import LearnerDialog
from desktop.views.window import error_dialog
from tests.helpers import everything_logged
from tests.privacy_data import LEARNER, SECRETS, STAFF_SECRETS, make_people, signed_assignment

IMPORTED = ["Łukasz", "Wiśniewska-Öztürk", "l.wisniewska@voorbeeld.nl", "06-11223344", "1999-12-31"]
CSV = (
    "voornaam;tussenvoegsel;achternaam;geboortedatum;e-mail;telefoon;soort;opleiding;crebo;niveau;leerweg;school;"
    "startdatum;einddatum;locatie\n"
    "Łukasz;;Wiśniewska-Öztürk;31-12-1999;l.wisniewska@voorbeeld.nl;06-11223344;BBL;Verzorgende-IG;25491;3;;"
    "ROC Fictief Zuid;01-09-2026;30-06-2027;De Linde\n"
)


def audit_text() -> str:
    return "\n".join(
        f"{e.user}|{e.action}|{e.table_name}|{e.record_id}|{e.changed_fields}" for e in m.AuditEntry.select()
    )


def test_main_flows_at_debug_leave_no_personal_data_in_logs_or_audit(
    qtbot, main_window, db_path, tmp_path, monkeypatch, debug_log
):
    # Services: a learner with a period, a change, a signed and printed form, an enrolment.
    people = make_people()
    learner_id = people["learner"].id
    service_for(m.Learner).update(learner_id, phone="06-98765432", city="Oosterwoldewijk")
    assignment = signed_assignment(people)
    assert form_printouts.form_pdf("assignment", assignment.id).startswith(b"%PDF")
    training = m.Training.select().first()
    training_enrolments.enrol_people(training.id, None, [("learner", learner_id), ("staff", people["staff"].id)])

    # The learner dialog: a new learner, saved, then deleted with its period.
    tab = next(page for page in main_window.pages if page.objectName() == "tab.learners")
    dialog = LearnerDialog(main_window.undo_stack, None, tab, on_change=tab.reload)
    qtbot.addWidget(dialog)
    for field, text in {"first_name": "Zoë", "last_name": "Ærtsvéld-Çelikkaya", "email": LEARNER["email"]}.items():
        dialog.edits[field].setText(text)
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("bol"))
    dialog.save_and_close()
    second = m.Learner.select().order_by(m.Learner.id.desc()).first()
    service_for(m.BpvPeriod).create(
        learner=second.id,
        programme=m.Programme.select().first().id,
        school=people["school"].id,
        start_date=dt.date(2026, 9, 1),
    )
    service_for(m.Learner).delete(second.id)

    # An import of a CSV file of learners (a name in the file name too).
    source = tmp_path / "Łukasz Wiśniewska.csv"
    source.write_bytes(CSV.encode("utf-8"))
    service_for(m.Location).create(name="De Linde")
    plan, result = learner_io.import_learners(source)
    assert result is not None and not plan.problems

    # An unexpected error whose message quotes personal data: shown, logged without it.
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    try:
        raise ValueError(f"kapot bij {LEARNER['email']} ({LEARNER['last_name']})")
    except ValueError:
        error_dialog.excepthook(*sys.exc_info())
    assert shown and "Traceback" in shown[0] and "ValueError" in shown[0]
    assert [text for text in SECRETS if text in shown[0]] == []  # the report to send on holds none either

    # The AVG commands themselves, on the command line.
    export_person(PersonRef("learner", learner_id), tmp_path / "export.zip")
    close_database()
    assert cli_main(["privacy", "export", f"staff:{people['staff'].id}", "--out", str(tmp_path / "s.zip"),
                     "--db", str(db_path)]) == 0  # fmt: skip
    assert cli_main(["privacy", "erase", f"learner:{learner_id}", "--yes", "--db", str(db_path)]) == 0
    assert cli_main(["privacy", "review", "--db", str(db_path)]) == 0
    open_database(db_path)

    logged = everything_logged().decode("utf-8")
    assert "DEBUG" in logged or "INFO" in logged  # the flows did log something
    leaks = [text for text in SECRETS + STAFF_SECRETS + IMPORTED if text in logged]
    assert leaks == [], [line for line in logged.splitlines() if any(t in line for t in leaks)][:5]
    audited = audit_text()
    assert [text for text in SECRETS + STAFF_SECRETS + IMPORTED if text in audited] == []

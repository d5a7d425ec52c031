"""Test people for the AVG tests: names with diacritics and contact details rare enough to grep for."""

from __future__ import annotations

import datetime as dt

from desktop import clock
from desktop.services import forms, service_for, signing
from desktop.storage import models as m

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40 + b"handtekening-zoe"
SCAN = b"%PDF-1.4\n" + b"x" * 40
LEARNER = {
    "first_name": "Zoë",
    "name_prefix": "van der",
    "last_name": "Ærtsvéld-Çelikkaya",
    "birth_date": dt.date(2004, 2, 29),
    "email": "zoe.aertsveld@voorbeeld.nl",
    "phone": "06-98765432",
    "address": "Kerkstraat 17b",
    "postal_code": "8431 XZ",
    "city": "Oosterwoldewijk",
    "student_number": "S9988776",
    "learner_type": "bbl",
    "notes": "Heeft dyslexie",
}
STAFF = {
    "first_name": "Jesús",
    "last_name": "Østergård-Brouwer",
    "email": "j.ostergard@zorgvoorbeeld.nl",
    "phone": "0512-345678",
    "employee_number": "P-77123",
    "job_title": "Praktijkopleider",
}
SECRETS = [
    "Zoë",
    "Ærtsvéld",
    "Çelikkaya",
    "zoe.aertsveld@voorbeeld.nl",
    "06-98765432",
    "Kerkstraat 17b",
    "8431 XZ",
    "Oosterwoldewijk",
    "S9988776",
    "2004-02-29",
    "Heeft dyslexie",
    "handtekening-zoe",
]
STAFF_SECRETS = ["Jesús", "Østergård", "j.ostergard@zorgvoorbeeld.nl", "0512-345678", "P-77123"]


def make_people(*, start: dt.date = dt.date(2026, 9, 1), end: dt.date = dt.date(2027, 6, 30)) -> dict:
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    for position, code in enumerate(("B1-K1-W1", "B1-K1-W2")):
        title = f"Werkproces {code}"
        service_for(m.WorkProcess).create(programme=programme.id, code=code, title=title, position=position)
    staff = service_for(m.Staff).create(**STAFF)
    service_for(m.StaffRole).create(staff=staff.id, role="practice_trainer")
    learner = service_for(m.Learner).create(**LEARNER)
    period = service_for(m.BpvPeriod).create(
        learner=learner.id,
        programme=programme.id,
        school=school.id,
        practice_trainer=staff.id,
        start_date=start,
        end_date=end,
        notes="Gesprek over thuissituatie",
    )
    service_for(m.Meeting).create(period=period.id, kind="introduction", planned_on=start, notes="Kennismaking")
    goal = service_for(m.LearningGoal).create(period=period.id, text="Overdracht geven aan collega's")
    return {"school": school, "staff": staff, "learner": learner, "period": period, "goal": goal}


def signed_assignment(people: dict) -> m.PracticeAssignment:
    period = people["period"]
    processes = [wp.id for wp in forms.period_work_processes(period.id)]
    assignment = forms.save_assignment(
        None,
        {"period": period.id, "title": "Inwerkopdracht", "description": "Zoë maakt kennis met het team."},
        work_processes=processes,
        goals=[people["goal"].id],
    )
    learner_row, trainer_row = signing.signatures("assignment", assignment.id)
    signing.sign_on_screen(learner_row.id, learner_row.signer_name, PNG)
    signing.sign_on_paper(trainer_row.id, trainer_row.signer_name, clock.today(), SCAN, "scan.pdf")
    return signing.get_form("assignment", assignment.id)


def unsigned_assessment(people: dict) -> m.Assessment:
    return forms.save_assessment(None, {"period": people["period"].id, "kind": "final"})


def file_bytes(path) -> bytes:
    """The database file and its write-ahead log, as they lie on disk."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")

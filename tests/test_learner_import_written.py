"""What an import writes, row for row: every table an import of learners touches, after a small file with new learners
of every type, periods past, current and to come (with and without an end), a known learner given a new period, a
known learner's changed e-mail address and a known period's changed end, new and known schools, programmes, locations
and teams, a praktijkopleider, a werkbegeleider and a bpv-begeleider.

The expected rows (`learner_import_written.json`) were recorded from the import before it was made faster, so that a
faster path that writes anything else (another id, moment, version, task, meeting or change-history entry) fails
here. The import's moment is fixed through the clock seam, and the person making the change is written as a mark.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import clock
from desktop.services import base, learner_io, service_for
from desktop.services.base import current_user
from desktop.storage import models as m

pytestmark = pytest.mark.usefixtures("english")

EXPECTED = Path(__file__).with_name("learner_import_written.json")
TODAY = dt.date(2026, 11, 18)
BEFORE = dt.datetime(2026, 11, 18, 9, 15, 0)  # when the records LeerWerk knows were made
IMPORTED = dt.datetime(2026, 11, 18, 10, 30, 0)  # the import's moment
TABLES = (
    m.School,
    m.SchoolSupervisor,
    m.Programme,
    m.Location,
    m.Team,
    m.Staff,
    m.StaffRole,
    m.Learner,
    m.BpvPeriod,
    m.PhaseTask,
    m.Meeting,
    m.AuditEntry,
    m.LearnerLineStale,
)
HEADER = (
    "studentnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;e-mail;soort;opleiding;crebo;niveau;leerweg;"
    "cohort;school;startdatum;einddatum;locatie;team;praktijkopleider;werkbegeleider;bpv-begeleider;uren per week;"
    "geplande uren"
)


def _day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).strftime("%d-%m-%Y")


ROWS = (
    # known: a new period (another start), and a changed e-mail address
    f"S100;Zoë;;Bakker;14-3-2001;zoe.nieuw@voorbeeld.nl;BBL;Verzorgende-IG;25491;3;BBL;;ROC Fictief Zuid;{_day(-20)};"
    f"{_day(340)};De Linde;;Anna de Wit;;;24;800",
    # known, with a period starting on the same day: its end changes
    f"S101;Sem;van;Dijk;2-2-2002;;BOL;Verzorgende-IG;25491;3;BOL;;ROC Fictief Zuid;{_day(-100)};{_day(150)};"
    "De Linde;;;;;;",
    f"S200;Mila;;Jansen;5-6-2003;mila@voorbeeld.nl;BBL;Verzorgende-IG;25491;3;BBL;;ROC Fictief Zuid;{_day(-30)};"
    f"{_day(300)};De Linde;Vlinder;Anna de Wit;Bram Kok;Petra Smit;32;1200",
    f"S201;Finn;de;Vries;7-8-2004;;BOL;Helpende Zorg en Welzijn;25498;2;BOL;2026;ROC Fictief Noord;{_day(20)};"
    f"{_day(200)};Huize Ébenhaëzer;;;;;16,5;",
    f"S202;Noor;;Bos;1-1-1990;noor@voorbeeld.nl;mio;Verpleegkundige;25655;4;BBL;;ROC Fictief Zuid;{_day(-250)};"
    f"{_day(60)};De Linde;Vlinder;Anna de Wit;;;28;",
    f"S203;Daan;;Smits;3-3-1985;;zij-instromer;Verzorgende-IG;25491;3;BBL;;ROC Fictief Zuid;{_day(-700)};"
    f"{_day(-10)};De Linde;;;;;;",
    f"S204;Eva;ter;Horst;9-9-2000;;hbo;Verpleegkunde;;hbo;;;Hogeschool Fictief;{_day(-40)};;Het Anker;;;;;;",
    f"S205;Lucas;;Mulder;4-4-2005;;BBL;Verzorgende-IG;25491;3;BBL;;ROC Fictief Zuid;{_day(0)};{_day(27)};"
    "Het Anker;Zeester;;;;;",
    f"S206;Julia;;Peters;5-5-2001;;BOL;Verzorgende-IG;25491;3;BOL;;ROC Fictief Zuid;{_day(-3)};{_day(-3)};"
    "De Linde;;;;;;",
    "S207;Tim;;Koster;6-6-1999;;mio;;;;;;;;;;;;;;;",
)


def _known() -> None:
    """What LeerWerk knows before the import, made through the services at `BEFORE`."""
    create = lambda model, **values: service_for(model).create(**values)  # noqa: E731
    school = create(m.School, name="ROC Fictief Zuid")
    create(m.SchoolSupervisor, school=school.id, first_name="Petra", last_name="Smit")
    programme = create(m.Programme, name="VIG", crebo="25491", level="3", pathway="BBL", cohort=TODAY.year)
    bol = create(m.Programme, name="VIG", crebo="25491", level="3", pathway="BOL", cohort=TODAY.year)
    location = create(m.Location, name="De Linde")
    team = create(m.Team, location=location.id, name="De Linde")
    trainer = create(m.Staff, first_name="Anna", name_prefix="de", last_name="Wit")
    create(m.StaffRole, staff=trainer.id, role="practice_trainer")
    supervisor = create(m.Staff, first_name="Bram", last_name="Kok")
    create(m.StaffRole, staff=supervisor.id, role="work_supervisor")
    zoe = create(m.Learner, first_name="Zoë", last_name="Bakker", birth_date="14-3-2001", learner_type="bbl",
                 student_number="S100", email="zoe@voorbeeld.nl")  # fmt: skip
    create(m.BpvPeriod, learner=zoe.id, programme=programme.id, school=school.id, team=team.id,
           start_date=TODAY - dt.timedelta(400), end_date=TODAY - dt.timedelta(30))  # fmt: skip
    sem = create(m.Learner, first_name="Sem", name_prefix="van", last_name="Dijk", birth_date="2-2-2002",
                 learner_type="bol", student_number="S101")  # fmt: skip
    create(m.BpvPeriod, learner=sem.id, programme=bol.id, school=school.id, team=team.id,
           start_date=TODAY - dt.timedelta(100), end_date=TODAY + dt.timedelta(100))  # fmt: skip


def _plain(value):
    """A value as JSON holds it, alike on both engines."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def written() -> dict[str, list[dict]]:
    user = current_user()
    tables = {}
    for model in TABLES:
        rows = []
        for row in model.select().order_by(*model._meta.get_primary_keys()).dicts():
            if model is m.AuditEntry:
                row["user"] = "<who imported>" if row["user"] == user else row["user"]
            rows.append({key: _plain(value) for key, value in row.items()})
        tables[model._meta.table_name] = rows
    return tables


def _import(tmp_path, monkeypatch) -> learner_io.ImportResult:
    monkeypatch.setattr(clock, "now", lambda: BEFORE)
    _known()
    path = tmp_path / "leerlingen.csv"
    path.write_text("\r\n".join([HEADER, *ROWS]) + "\r\n", encoding="utf-8")
    plan = learner_io.read_learners(path)
    assert plan.problems == []
    monkeypatch.setattr(clock, "now", lambda: IMPORTED)
    return learner_io.apply_import(plan)


@pytest.mark.parametrize("batch", [None, 3])  # rows per written statement: as the import has it, and a few
def test_the_import_writes_exactly_the_recorded_rows(database, tmp_path, monkeypatch, batch):
    assert clock.today() == TODAY  # the rows were recorded on this day (the tests' fixed day)
    if batch is not None:
        monkeypatch.setattr(base, "INSERT_BATCH", batch)
    result = _import(tmp_path, monkeypatch)
    assert (result.learners, result.periods, result.updated_learners, result.updated_periods) == (8, 8, 1, 1)
    expected = json.loads(EXPECTED.read_text("utf-8"))
    actual = written()
    for table, rows in expected.items():
        assert actual[table] == rows, table
    assert len(expected["phase_task"]) > 50 and len(expected["meeting"]) > 50

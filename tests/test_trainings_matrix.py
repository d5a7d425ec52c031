"""The training matrix: who is qualified for which mandatory training right now, on screen and exported."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop import clock
from desktop.services import service_for
from desktop.services.training_matrix import (
    EXPIRED,
    EXPIRING,
    MISSING,
    VALID,
    set_warning_days,
    training_matrix,
    warning_days,
)
from desktop.storage import models as m
from desktop.views.kit import files as trainings_files
from desktop.views.trainings.matrix import FIXED
from desktop.views.trainings.tab import TrainingsTab

pytestmark = pytest.mark.usefixtures("english")


def completed(training: str, days_ago: int, staff=None, learner=None) -> None:
    training_id = m.Training.get(m.Training.title == training).id
    day = clock.today() - dt.timedelta(days=days_ago)
    service_for(m.Enrolment).create(
        training=training_id, staff=staff, learner=learner, status="completed", completed_on=day
    )


@pytest.fixture
def staff(database):
    """Four people with different roles and certificates, at two locations."""
    north = service_for(m.Location).create(name="Noord")
    south = service_for(m.Location).create(name="Zuid")
    ward = service_for(m.Team).create(location=north.id, name="Afdeling 1")
    home = service_for(m.Team).create(location=south.id, name="Wijkteam")
    people = {}
    for first, last, team, role in (
        ("Zoë", "Berg", ward.id, "manager"),
        ("Jan", "Çelik", ward.id, "work_supervisor"),
        ("Ayşe", "Yılmaz", home.id, "work_supervisor"),
        ("Bram", "Hart", home.id, None),
    ):
        person = service_for(m.Staff).create(first_name=first, last_name=last, team=team)
        if role:
            service_for(m.StaffRole).create(staff=person.id, role=role)
        people[last] = person.id
    bhv = "BHV (bedrijfshulpverlening)"
    completed(bhv, 30, staff=people["Berg"])  # valid for 11 more months
    completed(bhv, 340, staff=people["Çelik"])  # expires within 60 days
    completed(bhv, 400, staff=people["Yılmaz"])  # expired
    return people | {"north": north.id, "south": south.id, "ward": ward.id}


def row_of(matrix, name):
    return next(p for p in matrix.people if p.name == name)


def cell(matrix, person, title):
    index = [t.title for t in matrix.trainings].index(title)
    return row_of(matrix, person).cells[index]


def test_states_valid_expiring_expired_missing_and_not_required(staff):
    matrix = training_matrix()
    bhv = "BHV (bedrijfshulpverlening)"
    assert cell(matrix, "Zoë Berg", bhv).state == VALID
    assert cell(matrix, "Jan Çelik", bhv).state == EXPIRING
    assert cell(matrix, "Ayşe Yılmaz", bhv).state == EXPIRED
    assert cell(matrix, "Bram Hart", bhv) is None  # BHV is for managers and work supervisors only
    assert cell(matrix, "Bram Hart", "E-learning Wet zorg en dwang").state == MISSING  # for all staff
    # BHV expired; werkbegeleiding, medicatie, voorbehouden handelingen and Wet zorg en dwang never followed
    assert row_of(matrix, "Ayşe Yılmaz").problems == 5
    assert [t.title for t in matrix.trainings] == sorted((t.title for t in matrix.trainings), key=str.casefold)


def test_the_warning_period_decides_what_expires_soon_and_is_kept_in_the_database(staff):
    assert warning_days() == 60
    assert cell(training_matrix(days=10), "Jan Çelik", "BHV (bedrijfshulpverlening)").state == VALID
    assert set_warning_days(10) == 60 and warning_days() == 10
    assert cell(training_matrix(), "Jan Çelik", "BHV (bedrijfshulpverlening)").state == VALID


def test_a_warning_period_out_of_range_or_not_a_number_is_refused_and_nothing_changes(staff, database):
    from desktop.errors import ValidationError
    from tests.helpers import table_dump

    set_warning_days(30)
    before = table_dump(database)
    for wrong in (-1, 731, "veel", ""):
        with pytest.raises(ValidationError) as refused:
            set_warning_days(wrong)
        assert refused.value.field == "warning_days" and refused.value.message, wrong
    assert table_dump(database) == before and warning_days() == 30


def test_filters_by_role_location_and_team(staff):
    assert {p.name for p in training_matrix("role:work_supervisor").people} == {"Jan Çelik", "Ayşe Yılmaz"}
    assert {p.name for p in training_matrix(location_id=staff["south"]).people} == {"Ayşe Yılmaz", "Bram Hart"}
    assert {p.name for p in training_matrix(team_id=staff["ward"]).people} == {"Zoë Berg", "Jan Çelik"}
    assert training_matrix("learners").people == []


def test_a_learner_on_the_payroll_is_one_row_with_both_records_counting(staff):
    mio = service_for(m.Learner).create(first_name="Bram", last_name="Hart", learner_type="mio", staff=staff["Hart"])
    programme = service_for(m.Programme).create(name="VIG", crebo="25491", level="3", pathway="BBL")
    school = service_for(m.School).create(name="ROC")
    service_for(m.BpvPeriod).create(
        learner=mio.id, programme=programme.id, school=school.id, start_date=clock.today(), status="active"
    )
    completed("E-learning Medicatietoediening", 10, learner=mio.id)
    matrix = training_matrix()
    assert [p.name for p in matrix.people].count("Bram Hart") == 1
    assert cell(matrix, "Bram Hart", "E-learning Medicatietoediening").state == VALID  # the learner's certificate
    assert cell(matrix, "Bram Hart", "E-learning Voorbehouden handelingen").state == MISSING  # mio's requirement
    assert {p.name for p in training_matrix("type:mio").people} == {"Bram Hart"}


@pytest.fixture
def page(qtbot, main_window, staff):
    tab = main_window.findChild(TrainingsTab, "tab.trainings")
    tab.ui.pages.setCurrentWidget(tab.ui.matrixPage)
    return tab.matrix


def shown(page) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def column_of(page, title) -> int:
    return FIXED + page.model.titles.index(title)


def test_the_page_shows_colour_and_words_and_sorts_worst_first(page, qtmodeltester):
    qtmodeltester.check(page.model)
    bhv = column_of(page, "BHV (bedrijfshulpverlening)")
    assert page.model.headerData(bhv, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith("BHV")
    page.ui.tableView.sortByColumn(bhv, Qt.SortOrder.AscendingOrder)
    assert shown(page)[:3] == ["Ayşe Yılmaz", "Jan Çelik", "Zoë Berg"]  # expired, expiring, valid; not required last
    expired = page.model.index(0, bhv)
    assert expired.data().startswith("✗ ") and expired.data(Qt.ItemDataRole.BackgroundRole).name() == "#f6c4c1"
    assert "Expired" in expired.data(Qt.ItemDataRole.ToolTipRole)
    assert page.model.index(1, bhv).data().startswith("⚠ ")
    assert page.model.index(3, bhv).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_page_filters_and_searches_without_asking_the_database(qtbot, page, staff):
    ui = page.ui
    ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData("role:manager"))
    assert shown(page) == ["Zoë Berg"]
    ui.audienceCombo.setCurrentIndex(0)
    ui.locationCombo.setCurrentIndex(ui.locationCombo.findData(staff["south"]))
    assert sorted(shown(page)) == ["Ayşe Yılmaz", "Bram Hart"]
    assert ui.teamCombo.count() == 2  # "All teams" and the one team in Zuid
    ui.locationCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.filterEdit, "celik")
    assert shown(page) == ["Jan Çelik"]
    ui.filterEdit.clear()
    service_for(m.Enrolment).create(
        training=m.Training.get(m.Training.title == "E-learning Wet zorg en dwang").id,
        staff=staff["Hart"], status="completed",
    )  # fmt: skip
    page.reload()
    ui.gapsCheck.setChecked(True)
    assert "Bram Hart" not in shown(page) and len(shown(page)) == 3
    assert "3 of 4 people" in ui.countLabel.text()


def test_changing_the_warning_period_is_saved_and_undoable(qtbot, main_window, page):
    page.ui.daysSpin.setValue(10)
    qtbot.waitUntil(lambda: warning_days() == 10, timeout=2000)
    assert "Jan Çelik" not in [p.name for p in page.model.all_rows() if p.expiring]
    main_window.undo()
    assert warning_days() == 60 and page.ui.daysSpin.value() == 60


def test_export_to_excel_and_pdf_as_shown(monkeypatch, tmp_path, page):
    page.ui.audienceCombo.setCurrentIndex(page.ui.audienceCombo.findData("role:work_supervisor"))
    target = tmp_path / "matrix.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(trainings_files, "open_file", lambda path: None)
    page.export_xlsx()
    from openpyxl import load_workbook

    rows = list(load_workbook(io.BytesIO(target.read_bytes())).active.iter_rows(values_only=True))
    assert "Work supervisor" in rows[1][0]  # the filters are printed above the table
    assert sorted(row[0] for row in rows[4:]) == ["Ayşe Yılmaz", "Jan Çelik"]

    target = tmp_path / "matrix.pdf"
    page.export_pdf()  # made on a worker thread behind a progress dialog
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data

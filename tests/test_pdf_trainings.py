"""Training printouts: real PDFs with embedded fonts, the organisation's name, and the right content."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from desktop import clock
from desktop.errors import ValidationError
from desktop.pdf import RenderCancelledError
from desktop.pdf.base import Letterhead
from desktop.pdf.trainings import MatrixLine, MatrixRenderer, MatrixSheet
from desktop.services import service_for
from desktop.services.training_export import matrix_xlsx
from desktop.services.training_matrix import training_matrix
from desktop.services.training_printouts import (
    attendance_list_pdf,
    attendance_sheet,
    certificate_pdf,
    matrix_pdf,
    matrix_sheet,
    participation,
)
from desktop.storage import models as m

TODAY = clock.today()


pytestmark = pytest.mark.usefixtures("english")


def _png_logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (60, 30), (20, 120, 60, 128)).save(buffer, "PNG")  # half transparent: needs mask='auto'
    return buffer.getvalue()


@pytest.fixture
def organisation(database):
    service_for(m.Organisation).save(name="Zorggroep Ëlst & Co", city="Elst", logo=_png_logo())


@pytest.fixture
def session(organisation):
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen")
    training = service_for(m.Training).create(title="Klinische les slikken", kind="clinical_lesson", dayparts=6)
    session = service_for(m.TrainingSession).create(training=training.id, location=location.id, venue="Leslokaal 1")
    for week in range(6):
        service_for(m.SessionDate).create(
            session=session.id, date=TODAY - dt.timedelta(days=7 * (6 - week)), daypart="morning", start_time="9:00"
        )
    for first, prefix, last in (("Zoë", "van der", "Berg"), ("Đorđe", "", "Çelik"), ("Ayşe", "", "Yılmaz")):
        staff = service_for(m.Staff).create(first_name=first, name_prefix=prefix, last_name=last, team=team.id)
        service_for(m.Enrolment).create(session=session.id, staff=staff.id)
    return session


def assert_pdf(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    assert b"/FontFile2" in pdf  # the DejaVu TrueType fonts are embedded, not just named
    assert b"/Type1" not in pdf and b"Helvetica" not in pdf  # and no font is named without travelling along
    assert b"DejaVuSans" in pdf
    assert pdf.rstrip().endswith(b"%%EOF")


def test_attendance_list_has_everyone_with_a_place_and_every_date(session):
    sheet = attendance_sheet(session.id)
    assert [name for name, _team in sheet.people] == ["Zoë van der Berg", "Đorđe Çelik", "Ayşe Yılmaz"]
    assert len(sheet.dates) == 6 and sheet.dates[0].times == "09:00"
    assert ("Location", "De Linde, Leslokaal 1") in sheet.details
    pdf = attendance_list_pdf(session.id)
    assert_pdf(pdf)
    assert b"/Image" in pdf  # the logo
    assert b"Zorggroep" in pdf  # the document's author is the organisation
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in pdf  # six dates: landscape


def test_certificate_for_a_completed_enrolment_only(session):
    enrolment = m.Enrolment.select().where(m.Enrolment.session == session.id).first()
    with pytest.raises(ValidationError):
        participation(enrolment.id)
    service_for(m.Enrolment).update(enrolment.id, status="completed")
    data = participation(enrolment.id)
    assert data.name == "Zoë van der Berg" and data.training == "Klinische les slikken"
    assert dict(data.details)["Valid until"] == "No expiry"
    assert dict(data.details)["Extent"] == "6 half-days"
    pdf = certificate_pdf(enrolment.id)
    assert_pdf(pdf)
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf


def test_matrix_pdf_and_workbook_show_states_in_words_and_colours(organisation):
    bhv = m.Training.get(m.Training.title == "BHV (bedrijfshulpverlening)")
    manager = service_for(m.Staff).create(first_name="Petra", last_name="Jansen")
    service_for(m.StaffRole).create(staff=manager.id, role="manager")
    service_for(m.Enrolment).create(training=bhv.id, staff=manager.id, status="completed", completed_on=TODAY)
    matrix = training_matrix(audience="staff")
    sheet = matrix_sheet(matrix, "Staff")
    line = sheet.people[0]
    column = sheet.trainings.index("BHV (bedrijfshulpverlening)")
    assert line.cells[column][0].startswith("✓") and line.cells[column][1] == "#cdebd3"
    pdf = matrix_pdf(sheet, Letterhead("Zorggroep Elst"))
    assert_pdf(pdf)
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in pdf

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(matrix_xlsx(sheet, "Zorggroep Elst")))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "Training matrix – Zorggroep Elst"
    header = rows[3]
    assert header[:4] == ("Name", "Team", "Location", "Role")
    assert rows[4][0] == "Petra Jansen" and rows[4][4 + column].startswith("✓")
    cell = book.active.cell(row=5, column=5 + column)
    assert cell.fill.fgColor.rgb.endswith("CDEBD3")


def test_a_long_matrix_spreads_trainings_over_pages_and_can_be_cancelled():
    trainings = tuple(f"Training {n}" for n in range(20))
    people = tuple(
        MatrixLine(f"Medewerker {n}", "Team", "Rol", tuple(("✗ not trained", "#e2e6ea") for _ in trainings))
        for n in range(120)
    )
    sheet = MatrixSheet("Everyone", trainings, people, (("#e2e6ea", "Not trained"),))
    reported = []
    pdf = MatrixRenderer(Letterhead("Zorggroep"), sheet, progress=reported.append).render()
    assert_pdf(pdf)
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 6  # 3 groups of trainings, 2+ pages each
    assert reported[-1] == 1.0 and reported == sorted(reported)
    with pytest.raises(RenderCancelledError):
        MatrixRenderer(Letterhead("Zorggroep"), sheet, cancelled=lambda: True).render()


def test_formula_like_text_is_kept_as_text_in_the_workbook():
    from openpyxl import load_workbook

    sheet = MatrixSheet("=1+1", ("=SUM(A1)",), (MatrixLine("-Jan", "@team", "+rol", (("x", None),)),), ())
    book = load_workbook(io.BytesIO(matrix_xlsx(sheet, "")))
    values = [cell.value for row in book.active.iter_rows() for cell in row if cell.value]
    assert "=SUM(A1)" in values and "-Jan" in values
    assert all(cell.data_type == "s" for row in book.active.iter_rows() for cell in row if cell.value)

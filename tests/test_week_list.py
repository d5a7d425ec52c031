"""A praktijkopleider's week list: the right items in the right places, as a real A4 PDF with our fonts."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from desktop.errors import ValidationError
from desktop.services import service_for
from desktop.services.week_list import save_week_list, week_list, week_list_pdf, week_of
from desktop.storage import models as m

TODAY = dt.date(2026, 11, 18)  # a Wednesday


@pytest.fixture
def trainer(database):
    service_for(m.Organisation).save(name="Zorggroep Ëlst & Co", city="Elst")
    location = service_for(m.Location).create(name="Huize De Linde").id
    team = service_for(m.Team).create(location=location, name="Somatiek 1").id
    po = service_for(m.Staff).create(first_name="Hélène", name_prefix="in 't", last_name="Zandt", team=team).id
    ws = service_for(m.Staff).create(first_name="Wim", last_name="Vossen", team=team).id
    school = service_for(m.School).create(name="ROC Fictief Zuid").id
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL").id
    learner = service_for(m.Learner).create(first_name="Łukasz", last_name="Wiśniewski", learner_type="bbl").id
    period = service_for(m.BpvPeriod).create(
        learner=learner, programme=programme, school=school, team=team, practice_trainer=po, work_supervisor=ws,
        start_date="2026-09-03", end_date="2027-06-30", status="active", supervisor_meeting_weeks=1,
    ).id  # fmt: skip
    idle = service_for(m.Staff).create(first_name="Sjef", last_name="Coenen", team=team).id
    return {"po": po, "period": period, "idle": idle}


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "weeklijst.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_the_week_of_a_day():
    assert week_of(TODAY) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert week_of(dt.date(2026, 11, 22)) == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))


def test_overdue_first_then_day_by_day(trainer):
    data = week_list(trainer["po"])
    assert data.trainer == "Hélène in 't Zandt"
    assert data.week == "Week 47 · 16 november – 22 november 2026"
    titles = [section.title for section in data.sections]
    assert titles[0] == "Te laat" and data.sections[0].late
    assert all(line.late and re.match(r"\w\w \d+ \w+ 20\d\d", line.when) for line in data.sections[0].lines)
    assert "Kennismakingsgesprek" in [line.what for line in data.sections[0].lines]
    days = titles[1:]
    assert days and all(re.fullmatch(r"(Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag) \d+ november", t) for t in days)
    supervisor = [
        line for section in data.sections[1:] for line in section.lines if line.what.startswith("Evaluatie met")
    ]
    assert supervisor and {line.by for line in supervisor} == {"Werkbegeleider: Wim Vossen"}
    assert data.summary.startswith("1 lerende in bpv · ")


def test_next_weeks_list_and_an_empty_one(trainer):
    later = week_list(trainer["po"], "23-11-2026")
    assert later.week.startswith("Week 48 · 23 november")
    assert all(not section.late or section.title == "Te laat" for section in later.sections)
    empty = week_list(trainer["idle"])
    assert empty.sections == () and empty.summary == "0 lerenden in bpv · 0 punten"


def test_the_pdf_is_a4_with_the_letterhead_and_embedded_fonts(trainer, tmp_path):
    pdf = week_list_pdf(trainer["po"])
    assert pdf.startswith(b"%PDF-") and b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf
    text = text_of(pdf, tmp_path)
    assert "Zorggroep Ëlst & Co" in text and "Weeklijst van Hélène in 't Zandt" in text
    assert "Łukasz Wiśniewski" in text and "Te laat" in text
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    fonts = [line.split() for line in rows.splitlines()[2:]]
    assert fonts and all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", f[0]) and f[-5] == "yes" for f in fonts)
    empty = text_of(week_list_pdf(trainer["idle"]), tmp_path)
    assert "Deze week staat er niets op de lijst" in empty


def test_bad_input_writes_nothing(trainer, tmp_path):
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError) as caught:
        week_list(999)
    assert caught.value.field == "practice_trainer"
    with pytest.raises(ValidationError):
        week_list(trainer["po"], "32-11-2026")
    with pytest.raises(ValidationError, match=r"\.pdf"):
        save_week_list(out / "weeklijst.xlsx", trainer["po"])
    with pytest.raises(ValidationError, match="bestaat niet"):
        save_week_list(out / "nergens" / "weeklijst.pdf", trainer["po"])
    assert list(out.iterdir()) == []
    save_week_list(out / "weeklijst.pdf", trainer["po"])
    assert [p.name for p in out.iterdir()] == ["weeklijst.pdf"]

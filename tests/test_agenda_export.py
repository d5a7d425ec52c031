"""The agenda to a file: a table for Excel, a list to print, a calendar; whole or not at all."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from desktop.errors import ValidationError
from desktop.services.agenda import agenda
from desktop.services.agenda_export import save_agenda
from desktop.services.tabular import read_sheet
from tests.test_agenda import world  # noqa: F401 - the fixture

TODAY = dt.date(2026, 11, 18)


def test_a_table_for_excel_with_every_item_in_the_range_and_what_is_overdue(world, tmp_path):  # noqa: F811
    expected = agenda(TODAY, TODAY + dt.timedelta(days=13))
    sheet = read_sheet(save_agenda(tmp_path / "agenda.csv"))
    header, *rows = [row.cells for row in sheet.rows]
    assert header[:5] == ("Uiterlijk", "Te laat", "Soort", "Wie", "Wat")
    assert len(rows) == len(expected) > 0
    first = expected[0]
    assert rows[0][:5] == (first.due.strftime("%d-%m-%Y"), "ja", first.kind_label, first.who, first.what)
    workbook = read_sheet(save_agenda(tmp_path / "agenda.xlsx", responsible=world["ws"]))
    body = [row.cells for row in workbook.rows][1:]
    assert body and all(isinstance(row[0], dt.date) for row in body)
    assert {row[6] for row in body} == {"Wim Vossen"}


def test_a_list_to_print_and_a_calendar_of_one_praktijkopleider(world, tmp_path):  # noqa: F811
    pdf = save_agenda(tmp_path / "agenda.pdf", TODAY, TODAY + dt.timedelta(days=6), practice_trainer=world["po"])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Agenda van Petra Hermans" in text and "Te laat" in text and "Ayşe" not in text
    everyone = save_agenda(tmp_path / "iedereen.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(everyone), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Agenda" in text and "Ayşe Yılmaz" in text
    calendar = save_agenda(tmp_path / "agenda.ics", practice_trainer=world["po"])
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_bad_input_writes_nothing(world, tmp_path):  # noqa: F811
    tmp_path = tmp_path / "uit"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="praktijkopleider"):
        save_agenda(tmp_path / "agenda.ics")
    with pytest.raises(ValidationError, match=r"\.csv, \.xlsx, \.pdf, \.ics"):
        save_agenda(tmp_path / "agenda.docx")
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        save_agenda(tmp_path / "agenda.csv", "2026-12-01", "2026-11-01")
    with pytest.raises(ValidationError) as caught:
        save_agenda(tmp_path / "agenda.pdf", practice_trainer=12345)
    assert caught.value.field == "practice_trainer"
    assert list(tmp_path.iterdir()) == []

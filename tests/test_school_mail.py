"""Send to the school: a signed form becomes an e-mail draft (.eml, X-Unsent: 1, the PDF attached, to the
school supervisor's address) and the form records when it was handed over; a batch makes one draft per
bpv-begeleider; a form that cannot go is refused with the reason, leaving no file and no change."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import clock
from desktop.errors import ValidationError
from desktop.services import form_lists, forms, school_mail, service_for, signing
from desktop.storage import models as m
from desktop.views.bpv_forms.dialog import FormDialog
from desktop.views.bpv_forms.tab import FormsTab
from desktop.views.kit import files
from tests.factories import PNG, _assignment
from tests.helpers import content_dump
from tests.pdf_text import text_of

NOW = dt.datetime.combine(clock.today(), dt.time(10, 30))


def sign_all(kind: str, form_id: int) -> None:
    for row in signing.signatures(kind, form_id):
        if row.signed_at is None:
            signing.sign_on_screen(row.id, row.signer_name or "Ondertekenaar", PNG)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


@pytest.fixture
def signed(period):
    service_for(m.SchoolSupervisor).update(period.school_supervisor_id, email="a.yilmaz@roc-fictief.example")
    assessment = forms.save_assessment(None, {"period": period.id, "kind": "interim"})
    sign_all("assessment", assessment.id)
    assignment = _assignment(period, title="Overdracht schrijven")
    return {"assessment": assessment, "assignment": assignment}


def parse(path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_a_signed_form_becomes_a_draft_to_the_school_supervisor_with_its_pdf(out, signed):
    form = signed["assessment"]
    made = school_mail.hand_to_school([("assessment", form.id)], out, now=NOW)
    [(draft, path)] = made
    assert path.parent == out and path.suffix == ".eml" and list(out.iterdir()) == [path]
    message = parse(path)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "a.yilmaz@roc-fictief.example"
    assert message["To"].addresses[0].display_name == "Ayşe Yılmaz"
    assert form.number in message["Subject"] and "Zoë Çelik" in message["Subject"]
    assert "Beste Ayşe Yılmaz" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{form.number} Zoë Çelik.pdf"
    pdf = attachment.get_content()
    assert pdf.startswith(b"%PDF") and form.number in text_of(pdf, out.parent)
    assert m.Assessment.get_by_id(form.id).handed_to_school_at == NOW
    assert signing.signatures_match("assessment", form.id)  # not content: the signatures still stand
    [row] = form_lists.form_rows([("assessment", form.id)])
    assert row.handed_to_school_on == NOW.date()


def test_a_form_not_signed_by_everyone_is_refused_and_nothing_changes(out, signed, database):
    before = content_dump(database)
    form = signed["assignment"]
    with pytest.raises(ValidationError) as refused:
        school_mail.hand_to_school([("assessment", signed["assessment"].id), ("assignment", form.id)], out)
    assert form.number in refused.value.message and "0 van 2" in refused.value.message
    assert content_dump(database) == before and not any(out.iterdir())


def test_a_school_supervisor_without_an_address_is_named(out, signed, period, database):
    service_for(m.SchoolSupervisor).update(period.school_supervisor_id, email="")
    before = content_dump(database)
    with pytest.raises(ValidationError) as refused:
        school_mail.hand_to_school([("assessment", signed["assessment"].id)], out)
    assert "Ayşe Yılmaz" in refused.value.message and "e-mailadres" in refused.value.message
    assert content_dump(database) == before and not any(out.iterdir())


def test_a_batch_makes_one_draft_per_school_supervisor(out, signed, period):
    other_supervisor = service_for(m.SchoolSupervisor).create(
        school=period.school_id, first_name="Bart", last_name="Smit", email="b.smit@roc-fictief.example"
    )
    second = forms.save_assessment(None, {"period": period.id, "kind": "final"})
    sign_all("assessment", second.id)
    other = service_for(m.Learner).create(first_name="Bram", last_name="Hart", learner_type="bol")
    other_period = service_for(m.BpvPeriod).create(
        learner=other.id,
        programme=period.programme_id,
        school=period.school_id,
        school_supervisor=other_supervisor.id,
        start_date=dt.date(2026, 9, 1),
    )
    third = forms.save_assessment(None, {"period": other_period.id, "kind": "interim"})
    sign_all("assessment", third.id)
    keys = [("assessment", signed["assessment"].id), ("assessment", third.id), ("assessment", second.id)]
    made = school_mail.hand_to_school(keys, out, now=NOW)
    by_address = {draft.address: parse(path) for draft, path in made}
    assert set(by_address) == {"a.yilmaz@roc-fictief.example", "b.smit@roc-fictief.example"}
    assert len(list(by_address["a.yilmaz@roc-fictief.example"].iter_attachments())) == 2
    assert len(list(by_address["b.smit@roc-fictief.example"].iter_attachments())) == 1
    assert all(m.Assessment.get_by_id(form_id).handed_to_school_at == NOW for _kind, form_id in keys)


def test_a_draft_that_cannot_be_written_takes_the_others_back_and_marks_no_form(out, signed, period, database):
    other_supervisor = service_for(m.SchoolSupervisor).create(
        school=period.school_id, first_name="Bart", last_name="Smit", email="b.smit@roc-fictief.example"
    )
    other = service_for(m.Learner).create(first_name="Bram", last_name="Hart", learner_type="bol")
    other_period = service_for(m.BpvPeriod).create(
        learner=other.id,
        programme=period.programme_id,
        school=period.school_id,
        school_supervisor=other_supervisor.id,
        start_date=dt.date(2026, 9, 1),
    )
    third = forms.save_assessment(None, {"period": other_period.id, "kind": "interim"})
    sign_all("assessment", third.id)
    blocked = school_mail.drafts([("assessment", third.id)])[0].file_name
    (out / blocked).mkdir()  # a folder where the second draft must go: it cannot be written
    before = content_dump(database)
    with pytest.raises(OSError):
        school_mail.hand_to_school([("assessment", signed["assessment"].id), ("assessment", third.id)], out)
    assert content_dump(database) == before
    assert [p.name for p in out.iterdir()] == [blocked]  # the first draft went again; nothing partial


def test_the_form_dialog_hands_a_signed_form_to_the_school(qtbot, monkeypatch, tmp_path, main_window, signed):
    monkeypatch.setenv("LEERWERK_HOME", str(tmp_path))
    opened = []
    monkeypatch.setattr(files, "open_file", opened.append)  # the mail program itself is not started in a test
    unsigned = FormDialog(main_window.undo_stack, "assignment", signed["assignment"].id, main_window)
    qtbot.addWidget(unsigned)
    assert not unsigned.ui.schoolButton.isEnabled()
    form = signed["assessment"]
    dialog = FormDialog(main_window.undo_stack, "assessment", form.id, main_window)
    qtbot.addWidget(dialog)
    assert dialog.ui.schoolButton.isEnabled()
    dialog.ui.schoolButton.click()
    [path] = opened
    assert path.parent == tmp_path / "drafts" and parse(path)["X-Unsent"] == "1"
    assert m.Assessment.get_by_id(form.id).handed_to_school_at is not None
    assert "aan school overhandigd" in dialog.ui.schoolButton.toolTip()


def test_the_forms_tab_hands_every_signed_form_in_the_list_to_the_school(
    qtbot, monkeypatch, tmp_path, main_window, signed
):
    monkeypatch.setenv("LEERWERK_HOME", str(tmp_path))
    opened = []
    monkeypatch.setattr(files, "open_file", opened.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab = main_window.findChild(FormsTab, "tab.forms")
    tab.reload()
    written = tab.send_to_school()
    assert written == opened and len(written) == 1  # the one signed form; the unsigned assignment stays
    column = tab.model.column_index("to_school")
    shown = {tab.model.row_object(r).number: tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    assert shown == {signed["assessment"].number: clock.today().strftime("%d-%m-%Y"), signed["assignment"].number: ""}
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    assert tab.send_to_school() == [] and "geen ondertekend formulier" in said[0]

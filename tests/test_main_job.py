"""The main job done as a person does it, on the real window and a fresh database: a new learner, a BPV period, a
final assessment form with eleven scores, three signatures and the form saved as PDF; once with mouse and keyboard,
once with the keyboard alone. Every click and key press goes through one counter (tests/person.py), so that the
number of steps the job takes is measured, not guessed.

Counted on this test before the last cuts: 34 clicks, 40 keys typed and 3 other keys with the mouse (an Apply before
a new period could start its form, an Apply before a new form could be signed, a click on the first score); with the
keyboard alone the job could not be done (Alt+T in the learner dialog was also the tussenvoegsel's, a new period
opened on its page tabs, the scores were seven Tabs away and no period or learner dialog closed with Ctrl+Enter).
The issue counted about 30 clicks and 35 key presses for the job as a new user found it. Then 31 clicks, 40 typed and
3 other keys (keyboard alone: 45 typed, 26 other), until signing went on from one signer to the next (no reopening
per signer), a new period named the one praktijkopleider, the drop-downs were chosen with a letter where the focus
already was, and the last score went on to the attitude. Now (MOUSE_STEPS, KEYBOARD_STEPS), the three signature
strokes counted as clicks:
"""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop import clock
from desktop.services import service_for, signing
from desktop.settings import PRINTOUT_FOLDER, Settings
from desktop.storage import models as m
from tests.person import Person, Step, Steps, run_job

MOUSE_STEPS = Steps(clicks=20, typed=43, keys=5)
KEYBOARD_STEPS = Steps(clicks=0, typed=44, keys=22)
WORK_PROCESSES = 11
SCORES = "gvgvgvgvgvg"  # goed, voldoende, … : one letter per werkproces


@pytest.fixture
def organisation(database):
    """What Basisgegevens holds before the job: a programme with eleven werkprocessen, a school with its one
    bpv-begeleider, and a praktijkopleider."""
    school = service_for(m.School).create(name="ROC Fictief Zuid")
    service_for(m.SchoolSupervisor).create(
        school=school.id, first_name="Ayşe", last_name="Yılmaz", email="a.yilmaz@roc.example"
    )
    programme = service_for(m.Programme).create(name="Verzorgende-IG", crebo="25491", level="3", pathway="BBL")
    for position in range(WORK_PROCESSES):
        code = f"B1-K1-W{position + 1}"
        service_for(m.WorkProcess).create(
            programme=programme.id, code=code, title=f"Werkproces {code}", position=position
        )
    trainer = service_for(m.Staff).create(first_name="Jan", last_name="de Vries")
    service_for(m.StaffRole).create(staff=trainer.id, role="practice_trainer")


@pytest.fixture
def job_window(organisation, main_window, tmp_path, monkeypatch):
    from desktop.views.kit import files

    Settings().set(PRINTOUT_FOLDER, tmp_path)  # where the coordinator saved a printout last time
    monkeypatch.setattr(files, "open_file", lambda path: None)  # the PDF reader is not part of the job
    main_window.resize(1366, 768)
    main_window.show()
    main_window.activateWindow()
    return main_window


def dates() -> tuple[str, str]:
    """A period in its last weeks, so that the assessment is the final one that the school signs too."""
    today = clock.today()
    start, end = today - dt.timedelta(days=300), today + dt.timedelta(days=20)
    return f"{start.day}-{start.month}-{start.year}", f"{end.day}-{end.month}-{end.year}"  # as a person types


def the_job_is_done(tmp_path) -> None:
    learner = m.Learner.get(m.Learner.last_name == "Bakker")
    period = m.BpvPeriod.get(m.BpvPeriod.learner == learner.id)
    form = m.Assessment.get(m.Assessment.period == period.id)
    assert form.kind == "final"
    scores = [s.score for s in m.AssessmentScore.select().where(m.AssessmentScore.assessment == form.id)]
    assert sorted(scores) == sorted("good" if letter == "g" else "sufficient" for letter in SCORES)
    signed = [s for s in signing.signatures("assessment", form.id) if s.signed_at is not None]
    assert sorted(s.signer_role for s in signed) == ["learner", "practice_trainer", "school_supervisor"]
    (pdf,) = tmp_path.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert form.number in text and "Bakker" in text


@pytest.mark.usefixtures("job_window")
def test_the_main_job_with_mouse_and_keyboard(qtbot, tmp_path):
    person = Person()
    start, end = dates()

    def learners_tab(main):
        page = next(
            main.tabs.widget(i) for i in range(main.tabs.count()) if main.tabs.widget(i).objectName() == "tab.learners"
        )
        person.click_tab(main.tabs, page)
        person.click(page.ui.newButton)

    def learner(dialog):
        person.type("Sanne")
        person.press(Qt.Key.Key_Tab)
        person.press(Qt.Key.Key_Tab)  # past the tussenvoegsel
        person.type("Bakker")
        person.click(dialog.ui.addPeriodButton)

    def period(dialog):
        ui = dialog.ui
        person.type("V")  # the new period opens at its programme: a letter chooses in a drop-down
        person.press(Qt.Key.Key_Tab)
        person.type("R")
        assert ui.trainerCombo.currentText() == "Jan de Vries"  # the one praktijkopleider is chosen already
        person.click(ui.startEdit)
        person.type(start)
        person.press(Qt.Key.Key_Tab)
        person.type(end)
        person.click_tab(ui.pages, ui.formsPage)
        person.click(ui.newAssessmentButton)

    def assessment(dialog):
        ui = dialog.ui
        person.type(SCORES)  # the form opens at its first score, and goes on to the attitude after the last
        person.type("g")
        person.choose(ui.overallCombo, "Goed")
        person.click_tab(ui.pages, ui.signingPage)
        person.click(dialog.panel.ui.signScreenButton)

    def sign(dialog):
        person.sign(dialog.ui.pad)
        person.click(dialog.ok_button())

    def save_pdf(dialog):
        person.click(dialog.ui.pdfButton)

    def file_dialog(dialog):
        person.press(Qt.Key.Key_Return)

    def ok(dialog):
        person.click(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok))

    steps = [
        Step("MainWindow", learners_tab),
        Step("learner.dialog", learner),
        Step("period.dialog", period),
        Step("assessment.dialog", assessment),
        Step("sign_screen.dialog", sign),
        Step("sign_screen.dialog", sign),
        Step("sign_screen.dialog", sign),
        Step("assessment.dialog", save_pdf),
        Step("QFileDialog", file_dialog),
        Step("assessment.dialog", ok),
        Step("period.dialog", ok),
        Step("learner.dialog", ok),
    ]
    run_job(qtbot, steps)
    the_job_is_done(tmp_path)
    assert person.steps == MOUSE_STEPS, person.log


@pytest.mark.usefixtures("job_window")
def test_the_main_job_with_the_keyboard_alone(qtbot, tmp_path):
    person = Person()
    start, end = dates()

    def learners_tab(main):
        person.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # the next tab: Lerenden
        person.press(Qt.Key.Key_Tab)  # from the tabs into the page
        person.press(Qt.Key.Key_Insert)

    def learner(dialog):
        person.type("Sanne")
        person.press(Qt.Key.Key_Tab)
        person.press(Qt.Key.Key_Tab)  # past the tussenvoegsel
        person.type("Bakker")
        person.alt(dialog.ui.addPeriodButton.text())

    def period(dialog):
        ui = dialog.ui
        person.type("V")
        person.press(Qt.Key.Key_Tab)
        person.type("R")
        person.alt(ui.startLabel.text())
        person.type(start)
        person.alt(ui.endLabel.text())
        person.type(end)
        person.alt(ui.pages.tabText(ui.pages.indexOf(ui.formsPage)))
        person.alt(ui.newAssessmentButton.text())

    def assessment(dialog):
        ui = dialog.ui
        person.type(SCORES)  # the form opens at its first score, and goes on to the attitude after the last
        person.type("g")
        person.alt(ui.overallLabel.text())
        person.type("g")
        person.alt(ui.pages.tabText(ui.pages.indexOf(ui.signingPage)))
        person.alt(dialog.panel.ui.signPaperButton.text())

    def sign(dialog):
        person.press(Qt.Key.Key_Return)

    def save_pdf(dialog):
        person.alt(dialog.ui.pdfButton.text())

    def enter(dialog):
        person.press(Qt.Key.Key_Return)

    def ok(dialog):
        person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    steps = [
        Step("MainWindow", learners_tab),
        Step("learner.dialog", learner),
        Step("period.dialog", period),
        Step("assessment.dialog", assessment),
        Step("sign_paper.dialog", sign),
        Step("sign_paper.dialog", sign),
        Step("sign_paper.dialog", sign),
        Step("assessment.dialog", save_pdf),
        Step("QFileDialog", enter),
        Step("assessment.dialog", ok),
        Step("period.dialog", ok),
        Step("learner.dialog", ok),
    ]
    run_job(qtbot, steps)
    the_job_is_done(tmp_path)
    assert person.steps == KEYBOARD_STEPS, person.log


LAPTOP_AT_150 = (910, 485)  # 1366x768 at 150% Windows scaling, in points, less the taskbar


@pytest.mark.parametrize("kind", ["new learner", "learner", "period", "assessment", "assignment"])
def test_the_learner_period_and_form_windows_fit_a_laptop_screen_at_150_percent(qtbot, main_window, period, kind):
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.views.bpv_forms.dialog import FormDialog
    from desktop.views.learners.learner_dialog import LearnerDialog
    from desktop.views.learners.period_dialog import PeriodDialog

    stack = main_window.undo_stack
    if kind.endswith("learner"):
        dialog = LearnerDialog(stack, period.learner_id if kind == "learner" else None, main_window)
    elif kind == "period":
        dialog = PeriodDialog(stack, period.learner_id, period.id, main_window)
    else:
        dialog = FormDialog(stack, kind, None, main_window, period_id=period.id)
    qtbot.addWidget(dialog)
    smallest = dialog.minimumSizeHint()
    assert smallest.width() <= LAPTOP_AT_150[0] and smallest.height() <= LAPTOP_AT_150[1]
    dialog.resize(*LAPTOP_AT_150)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.size().toTuple() == LAPTOP_AT_150
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(QRect(ok.mapTo(dialog, QPoint(0, 0)), ok.size()))  # OK is on the screen too
    if kind.endswith("learner"):  # and the next step of the main job without scrolling
        add, shown = dialog.ui.addPeriodButton, dialog.ui.content.parentWidget()  # the scroll area's viewport
        qtbot.waitUntil(lambda: shown.rect().contains(QRect(add.mapTo(shown, QPoint(0, 0)), add.size())))

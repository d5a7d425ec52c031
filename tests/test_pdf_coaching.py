"""The intake agreement of a coaching trajectory on paper: what participant, coach and manager sign.

Read back with poppler as a person reads the page (pdftotext, pdffonts, pdftoppm); built from the
database through the same services the window uses, and through the command line.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PIL import Image

from desktop import clock, i18n
from desktop.errors import NotFoundError
from desktop.i18n import translator
from desktop.services import (
    coaching_printouts,
    coaching_trajectories,
    form_printouts,
    service_for,
    signed_content,
    signing,
)
from desktop.services.coaching_trajectories import GoalLine
from desktop.storage import choices
from desktop.storage import models as m
from desktop.storage.database import close_database
from desktop.storage.models import db
from tests import pdf_form_samples as samples
from tests.helpers import file_digest, run
from tests.pdf_text import _line_right_of, one_line, pages_of, text_of, words_of

START = dt.date(2026, 9, 1)
TRAINING_END = dt.date(2027, 1, 29)
EXPECTS = "Zoë past de gesprekstechnieken toe in de teamoverdracht en deelt wat ze leert."
CONTRIBUTES = "Ruimte in het rooster voor de vier trainingsdagen en een maandelijks gesprek."
GOALS = ("Ik voer een gesprek volgens “Dit vind ik ervan!”.", "Ik geef collega’s feedback in de overdracht.")


@pytest.fixture
def people(database):
    location = service_for(m.Location).create(name="De Linde")
    team = service_for(m.Team).create(location=location.id, name="Kleinschalig wonen 2")
    staff = service_for(m.Staff)
    return {
        "participant": staff.create(first_name="Zoë", last_name="Çelik", job_title="Verzorgende IG", team=team.id),
        "coach": staff.create(first_name="Ayşe", last_name="Yılmaz"),
        "manager": staff.create(first_name="Dragan", last_name="Đorđević"),
    }


def _trajectory(people, *, goals=GOALS, expects=EXPECTS, contributes=CONTRIBUTES, **values) -> int:
    training = m.Training.get(m.Training.title == "Leertraject vakmanschap")  # in the catalogue of a new database
    enrolment = service_for(m.Enrolment).create(training=training.id, staff=people["participant"].id)
    data = {
        "kind": "learning_coach",
        "participant_staff": people["participant"].id,
        "coach": people["coach"].id,
        "manager": people["manager"].id,
        "enrolment": enrolment.id,
        "started_on": START,
        "training_ends_on": TRAINING_END,
        "manager_expectations": expects,
        "manager_contribution": contributes,
        **values,
    }
    trajectory = coaching_trajectories.save_trajectory(None, data, goals=[GoalLine(text) for text in goals])
    return trajectory.id


@pytest.fixture
def trajectory(people) -> int:
    return _trajectory(people)


def _pdf(trajectory_id: int, language: str = "nl") -> bytes:
    return form_printouts.render(coaching_printouts.intake_document(trajectory_id, language=language))


def _sign(trajectory_id: int, *, screen: tuple[str, ...] = (), paper: tuple[str, ...] = ()) -> None:
    images = iter(samples.signature_images())
    for row in signing.signatures("trajectory", trajectory_id):
        if row.signer_role in screen:
            signing.sign_on_screen(row.id, row.signer_name, next(images))
        elif row.signer_role in paper:
            signing.sign_on_paper(row.id, row.signer_name, clock.today())


def test_a_dutch_agreement_names_the_three_people_and_everything_they_agree_on(trajectory, tmp_path):
    pdf = _pdf(trajectory)
    nl = translator("nl")
    text = one_line(text_of(pdf, tmp_path))
    assert nl._("Intake agreement: coaching trajectory") in text
    for name in ("Zoë Çelik", "Ayşe Yılmaz", "Dragan Đorđević"):
        assert name in text
    assert "Medewerker, Verzorgende IG" in text and "De Linde, Kleinschalig wonen 2" in text
    assert "Leertraject vakmanschap" in text and "29 januari 2027" in text and "1 september 2026" in text
    for goal in GOALS:
        assert goal in text
    assert EXPECTS in text and CONTRIBUTES in text
    assert nl._("What the manager expects") in text and nl._("What the manager contributes") in text
    # every planned step with its date in Dutch, as the coaching service planned them
    steps = coaching_trajectories.steps_of(trajectory)
    assert [s.kind for s in steps][:2] == ["learning_goals", "intake"] and steps[-1].kind == "return_day"
    for step in steps:
        assert nl._(choices.COACHING_STEPS[step.kind]) in text
        assert nl.format_date(step.planned_on, "long") in text
    assert nl._("participant, coach, manager") in text  # who takes part, as the service planned it
    # three boxes, to fill in by pen: nothing signed yet
    assert len(re.findall(r"\bHandtekening\b", text)) == 3 and "Deelnemer" in text and "Leidinggevende" in text
    assert _line_right_of("Datum", pdf, tmp_path) == [True, True, True]
    assert _line_right_of("Handtekening", pdf, tmp_path) == [True, True, True]
    # the footer ties every page to this trajectory and this content
    number, content = coaching_trajectories.number_of(trajectory), signed_content.content_hash("trajectory", trajectory)
    pages = text_of(pdf, tmp_path).split("\f")[: pages_of(pdf, tmp_path)]
    for index, page in enumerate(pages, start=1):
        page = one_line(page)
        assert f"Formulier {number}" in page and f"Inhoud {content[:12]}" in page
        assert f"Pagina {index} van {len(pages)}" in page
    assert "Signature" not in text and "Page " not in text and "Learning goals" not in text


def test_an_english_agreement_speaks_english_whatever_the_window_speaks(trajectory, tmp_path):
    i18n.set_language("nl")
    text = one_line(text_of(_pdf(trajectory, "en"), tmp_path))
    for label in ("Intake agreement: coaching trajectory", "Participant", "Manager", "Learning goals", "Planned steps"):
        assert label in text
    assert "What the manager expects" in text and "Intake with the manager" in text and "29 January 2027" in text
    assert "Page 1 of" in text and f"Form {coaching_trajectories.number_of(trajectory)}" in text
    assert "Pagina" not in text and "Handtekeningen" not in text and "Leerdoelen" not in text


def test_without_a_language_the_agreement_speaks_the_windows_language(trajectory):
    i18n.set_language("en")
    document = coaching_printouts.intake_document(trajectory)
    assert document.language == "en" and document.title == "Intake agreement: coaching trajectory"
    i18n.set_language("nl")
    assert coaching_printouts.intake_document(trajectory).language == "nl"


def _phrase(words: list, phrase: str) -> tuple[float, int]:
    """The bottom (points from the top) and page of the first place `phrase` is printed."""
    wanted = phrase.split()
    texts = [w[0] for w in words]
    for index in range(len(texts) - len(wanted) + 1):
        if texts[index : index + len(wanted)] == wanted:
            last = words[index + len(wanted) - 1]
            return last[4], last[5]
    raise AssertionError(phrase)


def test_blank_parts_get_lines_to_write_on(people, tmp_path):
    pdf = _pdf(_trajectory(people, goals=(), expects="", contributes=""))
    nl = translator("nl")
    words = words_of(pdf, tmp_path)
    subprocess.run(["pdftoppm", "-png", "-r", "72", str(tmp_path / "form.pdf"), str(tmp_path / "blank")], check=True)
    pictures = [Image.open(path).convert("L") for path in sorted(tmp_path.glob("blank-*.png"))]
    for heading in (nl._("Learning goals"), nl._("What the manager expects"), nl._("What the manager contributes")):
        bottom, page = _phrase(words, heading)
        picture = pictures[page - 1]
        below = range(int(bottom) + 2, int(bottom) + 4 + 4 * 22)  # four lines, 7.5 mm (21 pt) apart
        ruled = {y // 15 for y in below if sum(picture.getpixel((x, y)) < 235 for x in range(60, 530)) > 440}
        assert len(ruled) == 4, heading  # lines right across the page, not text


def test_a_signature_drawn_on_screen_is_printed_and_one_on_paper_is_said(trajectory, tmp_path):
    _sign(trajectory, screen=("participant", "manager"), paper=("coach",))
    document = coaching_printouts.intake_document(trajectory, printed_on=dt.date(2020, 1, 2))
    assert document.signatures_match and [b.image is not None for b in document.signatures] == [True, False, True]
    pdf = form_printouts.render(document)
    assert pdf.count(b"/SMask") == 2  # each transparent signature with its alpha channel
    text = one_line(text_of(pdf, tmp_path))
    nl = translator("nl")
    assert text.count(nl._(choices.SIGNATURE_METHODS["screen"])) == 2
    assert text.count(nl._(choices.SIGNATURE_METHODS["paper"])) == 1
    # the day each of the three signed, as a whole date ("6 december 2026" is not counted inside "26 december 2026")
    signed_on = re.escape(nl.format_date(clock.today(), "long"))
    assert len(re.findall(rf"(?<!\d){signed_on}", text)) == 3
    assert _line_right_of("Handtekening", pdf, tmp_path) == [False, False, False]
    assert "ewijzigd na ondertekening" not in text


def test_content_changed_after_signing_is_shouted_on_every_page(trajectory, tmp_path):
    _sign(trajectory, screen=("participant",))
    assert coaching_printouts.intake_document(trajectory).signatures_match
    # the service and the database's trigger (schema 20) refuse to change signed content: change it as a client that
    # took the trigger away could
    db.execute_sql('DROP TRIGGER "coaching_trajectory_signed_fixed"')
    db.execute_sql("UPDATE coaching_trajectory SET manager_expectations = ? WHERE id = ?", ["Iets anders.", trajectory])
    document = coaching_printouts.intake_document(trajectory)
    assert not document.signatures_match and document.content_hash == signed_content.content_hash(
        "trajectory", trajectory
    )
    pdf = form_printouts.render(document)
    pages = [one_line(page) for page in text_of(pdf, tmp_path).split("\f")[: pages_of(pdf, tmp_path)]]
    assert all("Gewijzigd na ondertekening" in page for page in pages)
    assert "gewijzigd nadat het ondertekend is" in pages[0]


def test_a_learners_agreement_shows_their_programme_and_team(people, period, tmp_path):  # noqa: F811
    team = m.Team.get(m.Team.name == "Kleinschalig wonen 2")
    service_for(m.BpvPeriod).update(period.id, team=team.id)
    trajectory = coaching_trajectories.save_trajectory(
        None,
        {"kind": "other", "participant_learner": period.learner_id, "coach": people["coach"].id,
         "manager": people["manager"].id, "started_on": START},
    ).id  # fmt: skip
    nl = translator("nl")
    text = one_line(text_of(_pdf(trajectory), tmp_path))
    assert f"Lerende, {nl._(choices.LEARNER_TYPES['bbl'])}" in text
    assert "Verzorgende-IG (crebo 25491, Niveau 3, BBL)" in text and "De Linde, Kleinschalig wonen 2" in text
    assert "Medewerker" not in text and nl._(choices.TRAJECTORY_KINDS["other"]) in text
    assert (
        coaching_printouts.intake_file_name(trajectory)
        == f"{coaching_trajectories.number_of(trajectory)} Zoë Çelik.pdf"
    )


def test_fonts_are_embedded_and_only_our_own(trajectory, tmp_path):
    _sign(trajectory, screen=("participant",))
    for language in ("nl", "en"):
        pdf = _pdf(trajectory, language)
        assert b"/Type1" not in pdf and b"Helvetica" not in pdf
        path = tmp_path / f"{language}.pdf"
        path.write_bytes(pdf)
        rows = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
        fonts = [line.split() for line in rows.splitlines()[2:]]
        assert fonts and all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", font[0]) for font in fonts)
        assert all(font[-5] == "yes" for font in fonts)  # the "emb" column


def test_long_goals_flow_over_pages_and_the_three_boxes_stay_whole_together(people, tmp_path):
    goals = tuple(
        f"Leerdoel {n}: " + "ik oefen dit in de praktijk en bespreek het met mijn coach. " * 6 for n in range(14)
    )
    pdf = _pdf(_trajectory(people, goals=goals))
    assert pages_of(pdf, tmp_path) >= 3
    text = one_line(text_of(pdf, tmp_path))
    assert all(f"Leerdoel {n}:" in text for n in range(14))
    words = words_of(pdf, tmp_path)
    box_words = [w for w in words if w[0] in ("Naam", "Datum", "Handtekening")]
    assert len(box_words) == 9
    heading = [w for w in words if w[0] == "Handtekeningen"]
    assert len(heading) == 1
    assert {w[5] for w in box_words} == {heading[0][5]}  # the heading and all three boxes on one page
    # each box whole: its name line above its date line above its signature line, on that page
    for label in ("Naam", "Datum", "Handtekening"):
        assert sum(w[0] == label for w in box_words) == 3


def test_an_agreement_without_signers_gets_boxes_for_the_three_who_sign(trajectory, tmp_path):
    m.Signature.delete().where(m.Signature.trajectory == trajectory).execute()
    blocks = coaching_printouts.intake_document(trajectory).signatures
    assert [(b.role, b.name, b.signed_on) for b in blocks] == [
        ("Deelnemer", "Zoë Çelik", None),
        ("Coach", "Ayşe Yılmaz", None),
        ("Leidinggevende", "Dragan Đorđević", None),
    ]


def test_a_trajectory_is_found_by_its_number_or_record_number(trajectory):
    number = coaching_trajectories.number_of(trajectory)
    for text in (number, number.lower(), f" {trajectory} ", f"CT{trajectory}"):
        assert coaching_printouts.find_trajectory(text) == trajectory
    for text in ("CT-99999", "", "BF-2026-00001", "CT-", "٣", "1e3"):
        with pytest.raises(NotFoundError):
            coaching_printouts.find_trajectory(text)
    with pytest.raises(NotFoundError):
        coaching_printouts.intake_document(99999)


def test_the_command_saves_the_agreement_and_refuses_what_it_cannot_do(capsys, trajectory, db_path, tmp_path):
    number = coaching_trajectories.number_of(trajectory)
    close_database()
    digest = file_digest(db_path)
    out_file = tmp_path / "intake.pdf"
    code, out, err = run(capsys, "coaching-agreement", number.lower(), "--out", str(out_file), "--db", str(db_path))
    assert code == 0 and err == "" and number in out
    text = one_line(subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True).stdout)
    assert number in text and "Zoë Çelik" in text and EXPECTS in text
    saved = out_file.read_bytes()
    cases = [
        (("CT-99999", "--out", str(tmp_path / "x.pdf")), "CT-99999"),
        ((number, "--out", str(tmp_path / "x.txt")), ".pdf"),
        ((number, "--out", str(tmp_path / "nowhere" / "x.pdf")), "bestaat niet"),
        ((number, "--out", str(out_file)), str(out_file)),  # never overwrites
    ]
    for argv, said in cases:
        code, _out, err = run(capsys, "coaching-agreement", *argv, "--db", str(db_path))
        assert code != 0 and said in err, (argv, err)
    code, _out, err = run(
        capsys, "coaching-agreement", number, "--out", str(tmp_path / "y.pdf"), "--db", str(tmp_path / "none.db")
    )
    assert code != 0 and "bestaat niet" in err
    assert file_digest(db_path) == digest and out_file.read_bytes() == saved
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()

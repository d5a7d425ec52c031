"""The intake agreement of a coaching trajectory on paper, read from the database as a `FormDocument`.

It goes through the same renderer and signature layer as the BPV forms: participant, coach and manager
each get a box, filled in when they signed on screen or on paper, empty for a pen otherwise; every page
carries the trajectory's number and the start of the content hash they signed. A trajectory has no
language of its own, so the agreement speaks the language of the window unless told otherwise.
Importing this module loads no ReportLab.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop import clock
from desktop.errors import NotFoundError
from desktop.i18n import Translator, _, current_language, translator
from desktop.pdf.form_data import FormDocument, SignatureBlock
from desktop.services import coaching_trajectories, form_printouts, signed_content, signing
from desktop.services.form_printouts import label
from desktop.storage import choices
from desktop.storage import models as m

KIND = "trajectory"
_NUMBER = re.compile(r"(?:CT-?)?0*(\d{1,9})")


def find_trajectory(text: str) -> int:
    """A trajectory by its number ("CT-00042") or its record number ("42")."""
    value = str(text or "").strip()
    found = _NUMBER.fullmatch(value.upper()) if value.isascii() else None
    trajectory = m.CoachingTrajectory.get_or_none(m.CoachingTrajectory.id == int(found.group(1))) if found else None
    if trajectory is None:
        raise NotFoundError(_("There is no coaching trajectory {id}; give a number such as CT-00042.").format(id=value))
    return trajectory.id


def _latest_period(learner_id: int) -> m.BpvPeriod | None:
    return (
        m.BpvPeriod.select()
        .where(m.BpvPeriod.learner == learner_id)
        .order_by(m.BpvPeriod.start_date.desc(), m.BpvPeriod.id.desc())
        .first()
    )


def _team_line(team: m.Team | None) -> str:
    return f"{team.location.name}, {team.name}" if team is not None else ""


def _start(trajectory: m.CoachingTrajectory, steps: list[coaching_trajectories.StepLine]) -> dt.date | None:
    """When the trajectory started or, while it is planned, the first step's date."""
    planned = [s.planned_on for s in steps if s.planned_on is not None]
    return trajectory.started_on or (min(planned) if planned else None)


def _particulars(
    tr: Translator, trajectory: m.CoachingTrajectory, steps: list[coaching_trajectories.StepLine]
) -> tuple[tuple[str, str], ...]:
    """The participant (as staff member with their team, or as learner with their programme), the coach,
    the manager, the kind of trajectory, the training with its end, and the start."""
    staff, learner = trajectory.participant_staff, trajectory.participant_learner
    if staff is not None:
        role = tr._("Staff member")
        role = f"{role}, {staff.job_title}" if staff.job_title else role
        team, programme = _team_line(staff.team if staff.team_id else None), ""
        name = staff.display_name
    else:
        role = f"{tr._('Learner')}, {label(tr, choices.LEARNER_TYPES, learner.learner_type)}"
        period = _latest_period(learner.id)
        team = _team_line(period.team if period is not None and period.team_id else None)
        programme = form_printouts.programme_line(tr, period.programme) if period is not None else ""
        name = learner.display_name
    enrolment = trajectory.enrolment if trajectory.enrolment_id else None
    pairs = [
        (tr._("Participant"), name),
        (tr._("Takes part as"), role),
        (tr._("Location and team"), team),
        (tr._("Programme"), programme),
        (tr._("Coach"), trajectory.coach.display_name),
        (tr._("Manager"), trajectory.manager.display_name if trajectory.manager_id else ""),
        (tr._("Kind of trajectory"), label(tr, choices.TRAJECTORY_KINDS, trajectory.kind)),
        (tr._("Training"), enrolment.training.title if enrolment is not None else ""),
        (tr._("Training ends on"), tr.format_date(trajectory.training_ends_on, "long")),
        (tr._("Start"), tr.format_date(_start(trajectory, steps), "long")),
    ]
    return tuple((caption, value) for caption, value in pairs if value)


def _step_rows(tr: Translator, steps: list[coaching_trajectories.StepLine]) -> tuple[tuple[str, str, str], ...]:
    rows = []
    for step in steps:
        day = tr.format_date(step.planned_on, "long")
        if not day and step.held_on is not None:
            day = tr._("held on {date}").format(date=tr.format_date(step.held_on, "long"))
        rows.append((label(tr, choices.COACHING_STEPS, step.kind), day, step.participants))
    return tuple(rows)


def intake_document(
    trajectory_id: int, *, language: str | None = None, printed_on: dt.date | None = None
) -> FormDocument:
    """Everything the intake agreement shows, in `language` (default: the window's language)."""
    trajectory = coaching_trajectories.get_trajectory(trajectory_id)
    tr = translator(language or current_language())
    steps = coaching_trajectories.steps_of(trajectory.id)
    current = signed_content.content_hash(KIND, trajectory.id)
    rows = signing.signatures(KIND, trajectory.id)
    blocks = form_printouts.signature_blocks(tr, KIND, rows)
    if not blocks:  # never signed and no signers named: boxes for the three who sign, to fill in by pen
        signers = coaching_trajectories.default_signers(trajectory)
        blocks = tuple(SignatureBlock(label(tr, choices.SIGNER_ROLES, s.role), s.name) for s in signers)
    return FormDocument(
        language=tr.language,
        kind=KIND,
        number=coaching_trajectories.number_of(trajectory.id),
        title=tr._("Intake agreement: coaching trajectory"),
        content_hash=current,
        signatures_match=all(s.content_hash == current for s in rows if s.signed_at is not None),
        **form_printouts.letterhead_fields(),
        particulars=_particulars(tr, trajectory, steps),
        goals=tuple(goal.text for goal in coaching_trajectories.goals_of(trajectory.id)),
        sections=(
            (tr._("What the manager expects"), trajectory.manager_expectations),
            (tr._("What the manager contributes"), trajectory.manager_contribution),
        ),
        steps=_step_rows(tr, steps),
        agreement=tr._("By signing, participant, coach and manager agree to this intake agreement."),
        signatures=blocks,
        printed_on=printed_on or clock.today(),
    )


def intake_pdf(trajectory_id: int, *, language: str | None = None) -> bytes:
    """The intake agreement as PDF bytes (A4, fonts embedded)."""
    return form_printouts.render(intake_document(trajectory_id, language=language))


def intake_file_name(trajectory_id: int) -> str:
    """A file name Windows accepts: "CT-00042 Zoë Çelik.pdf"."""
    trajectory = coaching_trajectories.get_trajectory(trajectory_id)
    participant = trajectory.participant_staff or trajectory.participant_learner
    return form_printouts.file_name(coaching_trajectories.number_of(trajectory.id), participant.display_name)

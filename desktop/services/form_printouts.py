"""What a printed BPV form shows, read from the database in the form's own language.

Reading happens on the caller's thread (the connection belongs to it) and gives a plain
`FormDocument`; rendering takes only that, so a batch can be rendered on a worker thread. Importing
this module loads no ReportLab: `render` does, when it is called.

Forms are read set-wise, one form as a batch of one: the organisation once, the rows every form
refers to (programmes, schools, staff, teams) once each, and per chunk of forms one query per
table, so a batch of hundreds of forms costs a few dozen queries, not fifteen a form.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desktop import clock
from desktop.errors import ValidationError
from desktop.i18n import Translator, _, ngettext, translator
from desktop.paths import NOT_IN_FILE_NAMES
from desktop.pdf import address_lines
from desktop.pdf.form_data import FormDocument, ScoreRow, SignatureBlock
from desktop.services import form_batch, form_lists, signed_content, signing
from desktop.storage import choices
from desktop.storage import models as m


def label(tr: Translator, vocabulary: dict[str, str], code: str | None) -> str:
    """The label of `code` in `vocabulary`, in the language of `tr` (the code itself when unknown)."""
    if not code:
        return ""
    message = vocabulary.get(code)
    return tr._(message) if message else code


def _organisation() -> m.Organisation | None:
    return m.Organisation.select().order_by(m.Organisation.id).first()


def letterhead_fields() -> dict:
    """The organisation's name, address lines, SBB number and logo, as `FormDocument` takes them."""
    organisation = _organisation()
    return {
        "organisation": organisation.name if organisation else "",
        "organisation_lines": address_lines(organisation) if organisation else (),
        "sbb_id": organisation.sbb_id if organisation else "",
        "logo": bytes(organisation.logo) if organisation and organisation.logo else None,
    }


def programme_line(tr: Translator, programme: m.Programme) -> str:
    parts = [tr._("crebo {crebo}").format(crebo=programme.crebo) if programme.crebo else ""]
    parts.append(label(tr, choices.LEVELS, programme.level))
    parts.append(programme.pathway or "")
    details = ", ".join(part for part in parts if part)
    return f"{programme.name} ({details})" if details else programme.name


def _period_line(tr: Translator, period: m.BpvPeriod) -> str:
    start = tr.format_date(period.start_date, "long")
    if period.end_date is None:
        return tr._("from {start}").format(start=start)
    return f"{start} – {tr.format_date(period.end_date, 'long')}"


def _particulars(tr: Translator, period: m.BpvPeriod) -> tuple[tuple[str, str], ...]:
    learner = period.learner
    school = period.school.name
    supervisor = period.school_supervisor.display_name if period.school_supervisor_id else ""
    location = ""
    if period.team_id:
        location = f"{period.team.location.name}, {period.team.name}"
    pairs = [
        (tr._("Learner"), learner.display_name),
        (tr._("Student number"), learner.student_number),
        (tr._("Programme"), programme_line(tr, period.programme)),
        (tr._("School"), school),
        (tr._("BPV supervisor of the school"), supervisor),
        (tr._("BPV period"), _period_line(tr, period)),
        (tr._("Location and team"), location),
        (tr._("Practice trainer"), period.practice_trainer.display_name if period.practice_trainer_id else ""),
        (tr._("Work supervisor"), period.work_supervisor.display_name if period.work_supervisor_id else ""),
    ]
    return tuple((name, value) for name, value in pairs if value)


def signature_blocks(tr: Translator, kind: str, rows: list[m.Signature]) -> tuple[SignatureBlock, ...]:
    two_rounds = kind == "assignment" and len({row.stage for row in rows}) > 1
    blocks = []
    for row in rows:
        signed = row.signed_at.date() if row.signed_at else None
        stage = ""
        if kind == "assignment":
            stage = label(tr, choices.SIGNATURE_STAGES, row.stage) if two_rounds or row.stage == "final" else ""
            if not two_rounds and row.stage == "issue":
                stage = tr._("For agreement")
        blocks.append(
            SignatureBlock(
                role=label(tr, choices.SIGNER_ROLES, row.signer_role),
                name=row.signer_name,
                signed_on=signed,
                image=bytes(row.image) if row.image and row.method == "screen" else None,
                method=label(tr, choices.SIGNATURE_METHODS, row.method) if signed else "",
                stage=stage,
            )
        )
    return tuple(blocks)


def _hours(tr: Translator, value: int | None) -> str:
    return tr.format_number(value) if value is not None else ""


CHUNK = 250  # forms read together: one query per table each time, and a batch's memory bounded by it


def form_document(kind: str, form_id: int, *, printed_on: dt.date | None = None) -> FormDocument:
    """Everything the printed form shows, translated into the form's language."""
    return next(form_documents([(kind, form_id)], printed_on=printed_on))


def form_documents(keys: Iterable[tuple[str, int]], *, printed_on: dt.date | None = None) -> Iterator[FormDocument]:
    """The documents of the forms in `keys`, in that order, read a chunk at a time (see the module's doc).
    An unknown form raises `NotFoundError` when its chunk is read."""
    reader = _FormReader(printed_on or clock.today())
    keys = list(keys)
    for start in range(0, len(keys), CHUNK):
        yield from reader.documents(keys[start : start + CHUNK])


class _FormReader:
    """Reads forms chunk by chunk, keeping the rows that many forms share (organisation, programmes,
    schools, supervisors, staff, teams, locations) for the whole batch."""

    def __init__(self, printed_on: dt.date):
        self.printed_on = printed_on
        self.letterhead = letterhead_fields()
        self.known: dict[type, dict[int, object]] = defaultdict(dict)

    def _rows(self, model, ids: Iterable[int | None]) -> dict[int, object]:
        """The rows of `model` with `ids`, from what was read before or in one query for the rest."""
        known = self.known[model]
        missing = sorted({row_id for row_id in ids if row_id is not None and row_id not in known})
        for start in range(0, len(missing), CHUNK):
            known.update((row.id, row) for row in model.select().where(model.id.in_(missing[start : start + CHUNK])))
        return known

    def _periods(self, period_ids: Iterable[int]) -> dict[int, m.BpvPeriod]:
        """The periods with their learner, programme, school, people and team filled in, so that reading
        `period.learner` and the like asks nothing more of the database."""
        periods = {period.id: period for period in m.BpvPeriod.select().where(m.BpvPeriod.id.in_(sorted(period_ids)))}
        learner_fields = (m.Learner.id, m.Learner.first_name, m.Learner.name_prefix, m.Learner.last_name)
        learners = {
            learner.id: learner
            for learner in m.Learner.select(*learner_fields, m.Learner.student_number).where(
                m.Learner.id.in_(sorted({period.learner_id for period in periods.values()}))
            )
        }
        values = periods.values()
        programmes = self._rows(m.Programme, (period.programme_id for period in values))
        schools = self._rows(m.School, (period.school_id for period in values))
        supervisors = self._rows(m.SchoolSupervisor, (period.school_supervisor_id for period in values))
        staff = self._rows(m.Staff, [p.practice_trainer_id for p in values] + [p.work_supervisor_id for p in values])
        teams = self._rows(m.Team, (period.team_id for period in values))
        locations = self._rows(m.Location, (team.location_id for team in teams.values()))
        for team in teams.values():
            team.location = locations[team.location_id]
        for period in values:
            period.learner = learners[period.learner_id]
            period.programme = programmes[period.programme_id]
            period.school = schools[period.school_id]
            if period.school_supervisor_id:
                period.school_supervisor = supervisors[period.school_supervisor_id]
            if period.practice_trainer_id:
                period.practice_trainer = staff[period.practice_trainer_id]
            if period.work_supervisor_id:
                period.work_supervisor = staff[period.work_supervisor_id]
            if period.team_id:
                period.team = teams[period.team_id]
        return periods

    def documents(self, keys: list[tuple[str, int]]) -> list[FormDocument]:
        forms: dict[tuple[str, int], object] = {}
        extras: dict[tuple[str, int], dict] = {}
        hashes: dict[tuple[str, int], str] = {}
        signatures: dict[tuple[str, int], list[m.Signature]] = defaultdict(list)
        for kind in ("assignment", "assessment"):
            ids = sorted({form_id for k, form_id in keys if k == kind})
            if not ids:
                continue
            model = signing.model_of(kind)
            forms.update(((kind, form.id), form) for form in model.select().where(model.id.in_(ids)))
            column = signing.signature_column(kind)
            for row in m.Signature.select().where(column.in_(ids) & m.Signature.voided_at.is_null()):
                signatures[(kind, getattr(row, column.name + "_id"))].append(row)
            digests = signed_content.content_hashes(kind, ids)
            hashes.update(((kind, form_id), digest) for form_id, digest in digests.items())
            extras.update(_assignment_parts(ids) if kind == "assignment" else _assessment_parts(ids))
        for kind, form_id in keys:
            if (kind, form_id) not in forms:
                signing.get_form(kind, form_id)  # says which form does not exist, in its own words
        periods = self._periods({form.period_id for form in forms.values()})
        for form in forms.values():
            form.period = periods[form.period_id]
        return [
            self._document(kind, forms[(kind, form_id)], hashes[(kind, form_id)], signatures[(kind, form_id)],
                           extras.get((kind, form_id), {}))
            for kind, form_id in keys
        ]  # fmt: skip

    def _document(self, kind: str, form, current: str, rows: list[m.Signature], parts: dict) -> FormDocument:
        tr = translator(form.language)
        rows = signing.in_signing_order(rows)
        common = {
            "language": tr.language,
            "kind": kind,
            "number": form.number,
            "content_hash": current,
            "signatures_match": all(s.content_hash == current for s in rows if s.signed_at is not None),
            **self.letterhead,
            "particulars": _particulars(tr, form.period),
            "signatures": signature_blocks(tr, kind, rows),
            "printed_on": self.printed_on,
        }
        if kind == "assignment":
            return _assignment_document(tr, form, common, **parts)
        return _assessment_document(tr, form, common, **parts)


def _assignment_parts(ids: list[int]) -> dict[tuple[str, int], dict]:
    """Per assignment in `ids`: its werkprocessen (code, title) and learning goals, in print order."""
    parts = {("assignment", form_id): {"processes": [], "goals": []} for form_id in ids}
    query = (
        m.AssignmentWorkProcess.select(m.AssignmentWorkProcess.assignment, m.WorkProcess.code, m.WorkProcess.title)
        .join(m.WorkProcess)
        .where(m.AssignmentWorkProcess.assignment.in_(ids))
        .order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id)
        .tuples()
    )
    for form_id, code, title in query:
        parts[("assignment", form_id)]["processes"].append((code, title))
    goals = (
        m.AssignmentGoal.select(m.AssignmentGoal.assignment, m.LearningGoal.text)
        .join(m.LearningGoal)
        .where(m.AssignmentGoal.assignment.in_(ids))
        .order_by(m.LearningGoal.position, m.LearningGoal.id)
        .tuples()
    )
    for form_id, text in goals:
        parts[("assignment", form_id)]["goals"].append(text)
    return parts


def _assessment_parts(ids: list[int]) -> dict[tuple[str, int], dict]:
    """Per assessment in `ids`: its score rows (code, title, score, remarks), in print order."""
    parts = {("assessment", form_id): {"scores": []} for form_id in ids}
    query = (
        m.AssessmentScore.select(
            m.AssessmentScore.assessment, m.WorkProcess.code, m.WorkProcess.title, m.AssessmentScore.score,
            m.AssessmentScore.remarks,
        )
        .join(m.WorkProcess)
        .where(m.AssessmentScore.assessment.in_(ids))
        .order_by(m.WorkProcess.position, m.WorkProcess.code, m.WorkProcess.id)
        .tuples()
    )  # fmt: skip
    for form_id, *score in query:
        parts[("assessment", form_id)]["scores"].append(score)
    return parts


def _assignment_document(
    tr: Translator, form: m.PracticeAssignment, common: dict, processes: list, goals: list
) -> FormDocument:
    sections = [
        (tr._("Assignment"), form.title),
        (tr._("Description"), form.description),
        (tr._("Deadline"), tr.format_date(form.deadline, "long")),
        (tr._("How it is assessed"), form.assessment_method),
        (tr._("Status"), label(tr, choices.ASSIGNMENT_STATUSES, form.status)),
    ]
    return FormDocument(
        title=tr._("Practice assignment"),
        sections=tuple((name, text) for name, text in sections if text),
        work_processes=tuple(processes),
        goals=tuple(goals),
        **common,
    )


def _assessment_document(tr: Translator, form: m.Assessment, common: dict, scores: list) -> FormDocument:
    score_rows = tuple(
        ScoreRow(code, title, label(tr, choices.SCORES, score), remarks) for code, title, score, remarks in scores
    )
    summary = (
        ScoreRow(
            "", tr._("Professional attitude"), label(tr, choices.SCORES, form.attitude_score), form.attitude_remarks
        ),
        ScoreRow("", tr._("Overall judgement"), label(tr, choices.SCORES, form.overall_score), ""),
    )
    hours = ""
    if form.planned_hours is not None or form.realised_hours is not None:
        hours = tr._("planned {planned}, realised {realised}").format(
            planned=_hours(tr, form.planned_hours) or "–", realised=_hours(tr, form.realised_hours) or "–"
        )
    sections = [
        (tr._("Date of the assessment talk"), tr.format_date(form.talk_date, "long")),
        (tr._("Due"), tr.format_date(form.due_on, "long")),
        (tr._("BPV hours"), hours),
        (tr._("Taking part"), form.participants),
        # The score table has an "Overall judgement" row already: this is what explains it.
        (tr._("Explanation of the overall judgement"), form.overall_judgement),
    ]
    title = tr._("Assessment form: {kind}").format(kind=label(tr, choices.ASSESSMENT_KINDS, form.kind).lower())
    return FormDocument(
        title=title,
        sections=tuple((name, text) for name, text in sections if text),
        scores=score_rows,
        summary_scores=summary,
        **common,
    )


def render(document: FormDocument) -> bytes:
    """The PDF of `document` (loads ReportLab on first use)."""
    from desktop.pdf.forms import render_form

    return render_form(document)


def form_pdf(kind: str, form_id: int) -> bytes:
    return render(form_document(kind, form_id))


def file_name(number: str, learner: str) -> str:
    """A file name that Windows accepts: "BF-2026-00042 Zoë van der Berg.pdf"."""
    text = NOT_IN_FILE_NAMES.sub(" ", f"{number} {learner}")
    text = " ".join(text.split()).rstrip(". ")
    return f"{text[:150]}.pdf"


def saved_before(error: OSError) -> str:
    """What a batch that stopped on `error` saved, as a sentence after `output.cannot_write`'s: the whole forms stay
    in the folder ("" for none)."""
    count = len(form_batch.written_before(error))
    if not count:
        return ""
    return ". " + ngettext(
        "{count} form was saved before that and stays in the folder.",
        "{count} forms were saved before that and stay in the folder.",
        count,
    ).format(count=count)


def save_forms(
    keys: list[tuple[str, int]],
    folder: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
) -> list[Path]:
    """Render each form to `folder`, one PDF per form named by number and learner (a file of that name
    is replaced: it is the same form). Returns the files written; stops between forms when `cancelled`.

    A large batch is rendered on every core (see `form_batch`); `processes` sets the number of worker
    processes instead."""
    if not folder.is_dir():
        raise ValidationError("out", _("The folder {folder} does not exist.").format(folder=folder))
    names = {row.key: row.name for row in form_lists.form_rows(keys)}
    items = (
        (document, folder / file_name(document.number, names.get(key, "")))
        for key, document in zip(keys, form_documents(keys), strict=True)
    )
    return form_batch.write_forms(items, len(keys), progress=progress, cancelled=cancelled, processes=processes)

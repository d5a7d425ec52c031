"""The studentwaardering as a PDF for a student to fill in on paper: the active questions, with the period's
details when it is printed for one period, or blank lines for them when printed ahead."""

from __future__ import annotations

from desktop.i18n import _, format_date
from desktop.pdf.questionnaire import QuestionLine, QuestionnaireDocument, QuestionnaireRenderer
from desktop.services import waardering
from desktop.services.training_printouts import letterhead
from desktop.storage import choices
from desktop.storage.models import Organisation


def questionnaire_document(period_id: int | None = None) -> QuestionnaireDocument:
    organisation = Organisation.select().order_by(Organisation.id).first()
    place = organisation.name if organisation and organisation.name else _("our organisation")
    if period_id is None:
        blank = "_" * 40
        details = tuple(
            (label, blank) for label in (_("Name"), _("Student number"), _("BPV period"), _("Location and team"))
        )
    else:
        period = waardering.period_details(period_id)
        span = " – ".join(format_date(day, "long") for day in (period.start_date, period.end_date) if day)
        details = (
            (_("Name"), period.learner),
            (_("Student number"), period.student_number or "–"),
            (_("Programme"), period.programme),
            (_("School"), period.school),
            (_("BPV period"), span),
            (_("Location and team"), " – ".join(part for part in (period.location, period.team) if part) or "–"),
            (_("Practice trainer"), period.practice_trainer or "–"),
        )
    sections = tuple(
        (section, tuple(QuestionLine(q.text, q.kind) for q in items))
        for section, items in waardering.sections(waardering.questions())
    )
    return QuestionnaireDocument(
        title=_("Studentwaardering"),
        intro=_(
            "How did you find your placement at {place}? Tick one box per statement and write down what we can "
            "improve. Your answers help us make placements better; in our reports no student can be recognised."
        ).format(place=place),
        details=details,
        sections=sections,
        scale_labels=tuple(_(label) for label in choices.SCALE_LABELS.values()),
        yes_no_labels=(_(choices.YES_NO["yes"]), _(choices.YES_NO["no"])),
        closing=_("Thank you for filling this in. Hand the form to your practice trainer or the training coordinator."),
    )


def questionnaire_pdf(period_id: int | None = None) -> bytes:
    return QuestionnaireRenderer(letterhead(), questionnaire_document(period_id)).render()


def file_name(period_id: int | None) -> str:
    return f"studentwaardering-{period_id}.pdf" if period_id is not None else "studentwaardering.pdf"

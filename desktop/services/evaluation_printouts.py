"""The period's evaluation talk and a school's evaluation of the cooperation as PDFs, in the reader's
language; the school's with its figures of the year it was held, hidden where the group is small."""

from __future__ import annotations

from desktop.errors import NotFoundError
from desktop.i18n import _, format_date, format_number
from desktop.pdf.evaluation import EvaluationDocument, EvaluationRenderer
from desktop.services import evaluations, waardering
from desktop.services.reports import SMALL_GROUP
from desktop.services.training_printouts import letterhead
from desktop.storage.models import School


def _empty() -> str:
    return _("(nothing written down)")


def talk_document(period_id: int) -> EvaluationDocument:
    talk = evaluations.talk_of(period_id)
    if talk is None:
        raise NotFoundError(_("No evaluation talk was held for this BPV period yet."))
    period = waardering.period_details(period_id)
    span = " – ".join(format_date(day, "long") for day in (period.start_date, period.end_date) if day)
    return EvaluationDocument(
        title=_("Evaluation talk of the BPV period"),
        details=(
            (_("Name"), period.learner),
            (_("Programme"), period.programme),
            (_("School"), period.school),
            (_("BPV period"), span),
            (_("Practice trainer"), period.practice_trainer or "–"),
            (_("Held on"), format_date(talk.held_on, "long")),
            (_("Participants"), talk.participants),
        ),
        parts=((_("What went well"), talk.went_well), (_("Points for improvement"), talk.improvements)),
        empty=_empty(),
    )


def talk_pdf(period_id: int) -> bytes:
    return EvaluationRenderer(letterhead(), talk_document(period_id)).render()


def _figure_text(value) -> str:
    """A figure as shown, or why it is not: the small-group rule of the reports."""
    if value is None:
        return _("not shown: fewer than {count}").format(count=SMALL_GROUP)
    return format_number(value)


def figure_lines(figures: evaluations.SchoolFigures) -> tuple[tuple[str, str], ...]:
    """A school's figures of a year as (label, value), on screen beside the evaluation and on its PDF."""
    if figures.mean_waardering is not None:
        mean = _("{mean} of 5 ({count} responses)").format(
            mean=format_number(figures.mean_waardering), count=figures.responses
        )
    else:
        mean = _("not shown: fewer than {count} responses").format(count=SMALL_GROUP)
    return (
        (_("BPV periods in {year}").format(year=figures.year), format_number(figures.placements)),
        (_("Ended early in {year}").format(year=figures.year), _figure_text(figures.early_endings)),
        (_("Mean studentwaardering"), mean),
    )


def school_document(review_id: int) -> EvaluationDocument:
    review = evaluations.school_review(review_id)
    school = School.get_by_id(review.school_id)
    figures = evaluations.school_figures(review.school_id, review.held_on.year)
    return EvaluationDocument(
        title=_("Evaluation of the cooperation with {school}").format(school=school.name),
        details=(
            (_("School"), school.name),
            (_("Held on"), format_date(review.held_on, "long")),
            (_("Participants"), review.participants),
            (_("Follow-up on"), format_date(review.follow_up_on, "long") if review.follow_up_on else "–"),
            *figure_lines(figures),
        ),
        parts=((_("Agreements made"), review.agreements),),
        empty=_empty(),
        closing=_(
            "Figures of the calendar year of the evaluation. In groups of fewer than {count} students no figure "
            "is shown, so that no student can be recognised."
        ).format(count=SMALL_GROUP),
    )


def school_pdf(review_id: int) -> bytes:
    return EvaluationRenderer(letterhead(), school_document(review_id)).render()


def talk_file_name(period_id: int) -> str:
    return f"evaluatiegesprek-{period_id}.pdf"


def school_file_name(review_id: int) -> str:
    return f"schoolevaluatie-{review_id}.pdf"

"""Schema version 18: a signed form's content is fixed in the database itself, not only in the program.

On a server, clients reach the tables directly (another LeerWerk, or any SQL client with a login), so the rule that
a form with a standing signature (signed, not voided) keeps what it says is a trigger: an update that changes the
content of such a form or of one of its score lines, and a score line added to it or taken from it, are refused.
What counts as content is what the signature's hash covers (`desktop.services.signed_content`); status, language and
the moment it went to the school are not. Not covered: the werkprocessen and learning goals an assignment links to,
which the program rewrites as a whole on every save; `signing.signatures_match` notices a change there. The one change a signed form may take is the erasure of its free text (set empty), as
the anonymisation after its retention period does. Reopening voids the signatures first and so frees the form.
"""

DESCRIPTION = "signed forms fixed by triggers"

_MESSAGE = "the content of a signed form is fixed"  # desktop.storage.engine.SIGNED_CONTENT_FIXED


def _standing(column: str, form: str) -> str:
    return f"EXISTS (SELECT 1 FROM signature WHERE {column} = {form} AND signed_at IS NOT NULL AND voided_at IS NULL)"


def _changed(fixed: tuple[str, ...], erasable: tuple[str, ...]) -> str:
    """A column in `fixed` that changes, or one in `erasable` that changes to anything but empty."""
    parts = [f'NEW."{column}" IS NOT OLD."{column}"' for column in fixed]
    parts += [f'(NEW."{column}" IS NOT OLD."{column}" AND NEW."{column}" <> \'\')' for column in erasable]
    return " OR ".join(parts)


def _refusing(name: str, event: str, table: str, condition: str) -> str:
    return (
        f'CREATE TRIGGER "{name}" BEFORE {event} ON "{table}" FOR EACH ROW WHEN {condition} '
        f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
    )


STATEMENTS = [
    _refusing(
        "practice_assignment_signed_fixed",
        "UPDATE",
        "practice_assignment",
        _standing("assignment_id", "OLD.id")
        + " AND ("
        + _changed(("number", "period_id", "title", "deadline"), ("description", "assessment_method"))
        + ")",
    ),
    _refusing(
        "assessment_signed_fixed",
        "UPDATE",
        "assessment",
        _standing("assessment_id", "OLD.id")
        + " AND ("
        + _changed(
            (
                "number",
                "period_id",
                "kind",
                "talk_date",
                "attitude_score",
                "overall_score",
                "planned_hours",
                "realised_hours",
            ),
            ("attitude_remarks", "overall_judgement", "participants"),
        )  # fmt: skip
        + ")",
    ),
    _refusing(
        "assessment_score_signed_fixed",
        "UPDATE",
        "assessment_score",
        _standing("assessment_id", "OLD.assessment_id")
        + " AND ("
        + _changed(("assessment_id", "work_process_id", "score"), ("remarks",))
        + ")",
    ),
    _refusing(
        "assessment_score_signed_added", "INSERT", "assessment_score", _standing("assessment_id", "NEW.assessment_id")
    ),
    # A line taken away, but not with its form: a form deleted as a whole (undo puts it back) takes its lines along.
    _refusing(
        "assessment_score_signed_removed",
        "DELETE",
        "assessment_score",
        "EXISTS (SELECT 1 FROM assessment WHERE id = OLD.assessment_id) AND "
        + _standing("assessment_id", "OLD.assessment_id"),
    ),
]

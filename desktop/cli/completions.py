"""``leerwerk import completions``: completed courses from the learning platform's export, with their certificates."""

from __future__ import annotations

import argparse

from desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    nothing_imported,
    open_for_command,
    path_argument,
)
from desktop.i18n import _, ngettext


def mapping_argument(text: str) -> tuple[str, int]:
    name, sign, number = text.rpartition("=")
    if not sign or not name.strip() or not number.strip().isdigit():
        raise argparse.ArgumentTypeError(
            _('write a mapping as "Course name=TRAINING_ID", for instance "Brandveiligheid=12"; not {text}.').format(
                text=text
            )
        )
    return name.strip(), int(number)


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", type=path_argument, metavar=_("FILE"), help=_("the learning platform's export (.csv or .xlsx)")
    )
    add_database_option(parser, _("the database to import into"))
    parser.add_argument("--dry-run", action="store_true", help=_("check the file and report; write nothing"))
    parser.add_argument(
        "--map",
        dest="mappings",
        action="append",
        type=mapping_argument,
        default=[],
        metavar=_('"COURSE=TRAINING_ID"'),
        help=_("the training a course name of the file is (remembered for the next import); may be repeated"),
    )


def import_completions(args: argparse.Namespace) -> int:
    from desktop.errors import ValidationError
    from desktop.services import completions
    from desktop.services.learner_io import ImportFailedError
    from desktop.services.tabular import UnreadableFileError
    from desktop.storage.database import close_database

    open_for_command(database_path(args), writes=not args.dry_run)
    try:
        plan, imported = completions.import_completions(args.file, mappings=dict(args.mappings), dry_run=args.dry_run)
        for note in plan.notes:
            print(note)
        for problem in plan.problems:
            print(problem)
        if plan.problems:
            return nothing_imported(args.file, len(plan.problems))
        if plan.unknown_courses:
            for course, lines in plan.unknown_courses.items():
                print(
                    ngettext(
                        'The course "{course}" (line {lines}) is no training LeerWerk knows yet.',
                        'The course "{course}" (lines {lines}) is no training LeerWerk knows yet.',
                        len(lines),
                    ).format(course=course, lines=", ".join(str(line) for line in lines))
                )
            print(_("Trainings to choose from:"))
            for number, title in completions.trainings():
                print(f"  {number:>5}  {title}")
            example = next(iter(plan.unknown_courses))
            return fail(
                _('Nothing was imported. Say which training each course is, for instance --map "{course}=ID".').format(
                    course=example
                ),
                EXIT_INVALID,
            )
        left_out = [*plan.unmatched, *plan.ambiguous, *plan.twice, *plan.not_completed]
        for line in sorted(left_out, key=lambda problem: problem.line or 0):
            print(line)
        count = len(plan.completions)
        if args.dry_run:
            print(
                ngettext(
                    "{count} completion can be imported (dry run: nothing was written).",
                    "{count} completions can be imported (dry run: nothing was written).",
                    count,
                ).format(count=count)
            )
        else:
            print(
                ngettext(
                    "{count} completion imported, with its certificate.",
                    "{count} completions imported, with their certificates.",
                    imported,
                ).format(count=imported)
            )
        completing = sum(1 for completion in plan.completions if completion.enrolment_id is not None)
        if completing:
            print(
                ngettext(
                    "{count} of them completes an enrolment that was open; no second enrolment was added.",
                    "{count} of them complete enrolments that were open; no second enrolment was added.",
                    completing,
                ).format(count=completing)
            )
        for line in completions.left_out(plan):
            print(line)
        return EXIT_OK
    except ValidationError as error:  # a row the enrolment rules refuse on writing: all was rolled back
        return fail(error.message, EXIT_INVALID)
    except (UnreadableFileError, ImportFailedError) as error:
        return fail(error.message, EXIT_USAGE)
    finally:
        close_database()

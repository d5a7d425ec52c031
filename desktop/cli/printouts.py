"""``leerwerk form``, ``forms`` and ``coaching-agreement``: BPV forms and intake agreements saved as PDF."""

from __future__ import annotations

import argparse

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    add_database_option,
    database_path,
    fail,
    open_for_command,
    path_argument,
    refuse_target,
)
from desktop.i18n import _, ngettext
from desktop.services.output import cannot_write


def add_form_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_("the form's number (e.g. BF-2026-00042) or record number"))
    parser.add_argument("--out", type=path_argument, required=True, metavar=_("FILE"), help=_("the PDF file to write"))
    add_database_option(parser, _("the database"))


def save_form(args: argparse.Namespace) -> int:
    from desktop.services import form_printouts
    from desktop.services.form_numbers import find_form
    from desktop.storage.database import close_database
    from desktop.storage.files import write_atomically

    if (refused := refuse_target(args.out, (".pdf",))) is not None:
        return refused
    open_for_command(database_path(args), writes=False)
    try:
        kind, form_id = find_form(args.id)
        data = form_printouts.form_pdf(kind, form_id)
    finally:
        close_database()
    try:
        write_atomically(args.out, data)
    except OSError as error:
        return fail(cannot_write(args.out, error), EXIT_USAGE)
    print(_("Form {number} saved to {path}.").format(number=args.id.strip().upper(), path=args.out))
    return EXIT_OK


def add_agreement_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=_("the trajectory's number (e.g. CT-00042) or record number"))
    parser.add_argument("--out", type=path_argument, required=True, metavar=_("FILE"), help=_("the PDF file to write"))
    add_database_option(parser, _("the database"))


def save_coaching_agreement(args: argparse.Namespace) -> int:
    from desktop.services import coaching_printouts
    from desktop.services.coaching_trajectories import number_of
    from desktop.storage.database import close_database
    from desktop.storage.files import write_atomically

    if (refused := refuse_target(args.out, (".pdf",))) is not None:
        return refused
    if args.out.exists():
        return fail(_("{path} exists already; choose another file name.").format(path=args.out), EXIT_USAGE)
    open_for_command(database_path(args), writes=False)
    try:
        trajectory_id = coaching_printouts.find_trajectory(args.id)
        data = coaching_printouts.intake_pdf(trajectory_id)
        number = number_of(trajectory_id)
    finally:
        close_database()
    try:
        write_atomically(args.out, data)
    except OSError as error:
        return fail(cannot_write(args.out, error), EXIT_USAGE)
    print(_("Intake agreement {number} saved to {path}.").format(number=number, path=args.out))
    return EXIT_OK


def add_forms_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=path_argument, required=True, metavar=_("FOLDER"), help=_("the folder to write to")
    )
    add_database_option(parser, _("the database"))
    parser.add_argument(
        "--kind", choices=("assignment", "assessment"), help=_("only practice assignments or only assessment forms")
    )


def save_forms(args: argparse.Namespace) -> int:
    from desktop.services import form_printouts
    from desktop.services.form_lists import form_rows
    from desktop.storage.database import close_database

    if args.out.exists() and not args.out.is_dir():
        return fail(_("{path} is a file, not a folder.").format(path=args.out), EXIT_USAGE)
    if not args.out.parent.is_dir():
        return fail(_("The folder {folder} does not exist.").format(folder=args.out.parent), EXIT_USAGE)
    open_for_command(database_path(args), writes=False)
    try:
        rows = sorted(form_rows(), key=lambda row: row.number)
        keys = [row.key for row in rows if args.kind is None or row.kind == args.kind]
        args.out.mkdir(exist_ok=True)
        written = form_printouts.save_forms(keys, args.out)
    except OSError as error:
        return fail(cannot_write(args.out, error) + form_printouts.saved_before(error), EXIT_USAGE)
    finally:
        close_database()
    print(
        ngettext("{count} form saved to {folder}.", "{count} forms saved to {folder}.", len(written)).format(
            count=len(written), folder=args.out
        )
    )
    return EXIT_OK
